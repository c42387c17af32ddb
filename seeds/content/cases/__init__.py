"""The twelve kinds of cases, one module each (``CASE_TYPE``), in four languages."""
