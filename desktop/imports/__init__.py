"""Inputs from other programs: the checklist workbook import and the filled-in workbook round trip.

They read untrusted files through :mod:`desktop.import_limits` and return plain
data for the services to apply; the workbook layout they read is the one
:mod:`desktop.reports` writes.
"""
