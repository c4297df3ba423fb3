(
 lhs  
   .    
     rhs      
       )()