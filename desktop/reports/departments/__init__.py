"""Department workbooks: one round-trip workbook per department, with only its part."""
