
    Tests for printing code error expressions as part of PEP 657
    