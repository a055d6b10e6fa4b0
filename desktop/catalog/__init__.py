"""The knowledge base: the checklists of ISO 9001, ISO 14001 and ISO 45001."""

from desktop.catalog.loader import load_catalog, load_standard_file
from desktop.catalog.parsing import parse_standard

__all__ = ["load_catalog", "load_standard_file", "parse_standard"]
