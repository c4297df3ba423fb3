def f(): return; x
