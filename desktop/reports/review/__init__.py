"""The management review input report (管理评审输入) as PDF."""
