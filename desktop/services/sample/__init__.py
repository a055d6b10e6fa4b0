"""The sample project.

A fictional small Chinese manufacturer: its items, departments and system records.
"""
