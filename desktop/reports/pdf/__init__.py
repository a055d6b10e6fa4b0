"""The PDF outputs: the full readiness report and the one-page summary (reportlab).

:func:`desktop.reports.pdf.pdf.render_pdf` and ``render_summary_pdf`` are the entry
points; the other modules are their parts (font, styles, tables, sections, verdict).
"""
