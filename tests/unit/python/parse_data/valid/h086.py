 	
# coding: {0}
