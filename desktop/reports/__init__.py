"""Readiness reports: a Qt-free :class:`~desktop.reports.model.ReportData` and its renderers.

A service builds the data with :func:`desktop.reports.model.build_report_data`
and hands it to :func:`desktop.reports.pdf.pdf.render_pdf` or
:func:`desktop.reports.xlsx.xlsx.render_xlsx`. Renderers do layout only; they never
query the project or the catalog.
"""
