"""The responsibility matrix (职能分配表) as a report: its data, the PDF and the workbook sheet."""
