"""Folder import: scan a company's existing management-system folder and propose where
each document belongs (docs/folder-import.md).

Layer: beside :mod:`desktop.imports`; imports only the catalog, the domain and
:mod:`desktop.import_limits`. Services call it; it never touches a project.
"""

from desktop.onboarding.model import (
    Nature,
    Proposal,
    ScanLimits,
    ScannedFile,
    ScanResult,
    Skipped,
)
from desktop.onboarding.scan import scan_folder

__all__ = ["Nature", "Proposal", "ScanLimits", "ScanResult", "ScannedFile", "Skipped",
           "scan_folder"]
