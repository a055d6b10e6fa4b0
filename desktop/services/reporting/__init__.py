"""Exports of a project.

The readiness reports (PDF and workbook), the data they are built from, and the evidence pack.
"""
