"""The Excel workbook (openpyxl): summary, checklist sheets in the round-trip layout,
register, action plan, audits and the certificate calendar.

:func:`desktop.reports.xlsx.xlsx.render_xlsx` is the entry point.
"""
