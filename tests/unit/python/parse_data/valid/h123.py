(
 lhs  
   .    
     rhs      
       ) += 42