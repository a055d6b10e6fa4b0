"""Qt item models over domain objects (checklist tree, evidence table)."""

from desktop.ui.models.checklist import ChecklistTreeModel, Column, ItemIdRole, StatusRole
from desktop.ui.models.evidence import EvidenceIdRole, EvidenceTableModel

__all__ = [
    "ChecklistTreeModel",
    "Column",
    "EvidenceIdRole",
    "EvidenceTableModel",
    "ItemIdRole",
    "StatusRole",
]
