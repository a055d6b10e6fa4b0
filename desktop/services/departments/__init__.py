"""Departments at work.

Departments and the responsibility matrix (职能分配表), its report, and the department
workbooks sent out and merged back.
"""
