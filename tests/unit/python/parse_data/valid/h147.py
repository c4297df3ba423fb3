(
 lhs  
   .    
     rhs      
       ) = 42
