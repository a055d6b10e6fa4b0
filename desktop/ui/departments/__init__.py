"""Departments and the responsibility matrix (职能分配表): the dialog, the grid, the item picker."""
