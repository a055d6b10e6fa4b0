"""File ▸ Import existing documents…: scan a folder, review the proposals, attach them."""
