"""Exchange with other programs: the export dialog and the workbook import."""
