"""The internal-audit kit as PDF and workbook: annual programme, audit plan, checklists."""
