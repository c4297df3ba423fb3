'''this is 
a 
test
