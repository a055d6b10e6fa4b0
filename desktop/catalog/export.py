"""The catalog as plain JSON-ready data (``auditready-cli catalog --format json``).

Shape (documented in README, "Catalog JSON")::

    [{"id", "code", "edition", "national", "system", "amendments", "title": {"en","zh"},
      "items": [{"id", "clause", "kind", "parent", "amendment",
                 "title": {"en","zh"}, "description": {"en","zh"}}]}]
"""

from __future__ import annotations

from typing import Any

from desktop.domain.model import Catalog, Text


def _text(text: Text) -> dict[str, str]:
    return {"en": text.en, "zh": text.zh}


def catalog_as_data(catalog: Catalog) -> list[dict[str, Any]]:
    """Return the catalog as lists and dicts of str/None, ready for ``json.dumps``."""
    return [
        {
            "id": std.id,
            "code": std.code,
            "edition": std.edition,
            "national": std.national,
            "system": std.system,
            "amendments": list(std.amendments),
            "title": _text(std.title),
            "items": [
                {
                    "id": item.id,
                    "clause": item.clause,
                    "kind": item.kind.value,
                    "parent": item.parent,
                    "amendment": item.amendment,
                    "title": _text(item.title),
                    "description": _text(item.description),
                }
                for item in std.items
            ],
        }
        for std in catalog.standards
    ]
