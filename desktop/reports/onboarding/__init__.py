"""What a scanned folder lacks (docs/folder-import.md): the data object and its PDF
and workbook renderers. The service :func:`desktop.services.onboarding.folder_lacks`
builds the data; the renderers only lay it out."""

from desktop.reports.onboarding.model import FolderLacks, LackingItem

__all__ = ["FolderLacks", "LackingItem"]
