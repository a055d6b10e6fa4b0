"""AuditReady (审核就绪助手): audit preparation for ISO 9001, ISO 14001 and ISO 45001.

Package layout (arrows point one way)::

    ui -> services -> (reports, store, catalog) -> domain

Nothing outside :mod:`desktop.ui` imports Qt; :mod:`desktop.domain` imports
nothing of ours but itself. Both rules are checked by import-linter contracts
in ``pyproject.toml``.
"""

__version__ = "0.1.0"
