'''blech
