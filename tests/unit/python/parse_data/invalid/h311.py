# -*- coding: iso8859-15 -*-
Â¤