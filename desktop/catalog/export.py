"""The catalog as plain JSON-ready data (``auditready-cli catalog --format json``).

Shape (documented in docs/reference.md, "Catalog JSON"): a list with one object per
standard edition::

    {"id", "code", "edition", "national", "system", "status", "status_note",
     "amendments", "title": {"en","zh"},
     "items": [{"id", "clause", "kind", "parent", "amendment", "origin", "custom",
                "title", "description", "guidance", "questions", "typical_evidence",
                "basis", "freshness", "pitfalls", "title_official", "demonstrates",
                "basis_text"}],
     "integrated": [{"id", "clause", "title", "description",
                     "targets": {"<standard id>": ["<item id>", …]}}],
     "transitions": [{"from", "to", "period", "changes": [{"change", "from_clause",
                      "to_clause", "note"}]}]}

Texts are ``{"en", "zh"}`` objects; ``freshness`` is ``{"rule", "months",
"text", "basis", "basis_text", "citation"}`` or null (``basis``: organization,
regulation or cb_practice; ``citation`` a text for regulation, else null);
``basis`` is required (maintain/retain items only), demonstrates (evidence
items; ``demonstrates`` names the clause), recommended or cb_requested, and
``basis_text`` says it in words; ``title_official`` is false where the
standard gives the clause no title and the title is ours; ``pitfalls`` are
``{"id", "title", "warning", "source"}``.
``integrated`` lists the shared requirements with a target in this standard,
each with its targets in every standard; ``transitions`` lists the maps that
lead to this edition.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.model import Basis, Catalog, CatalogItem, Standard, Text


def _text(text: Text | None) -> dict[str, str] | None:
    return None if text is None else {"en": text.en, "zh": text.zh}


def _item(catalog: Catalog, item: CatalogItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "clause": item.clause,
        "kind": item.kind.value,
        "parent": item.parent,
        "amendment": item.amendment,
        "origin": item.origin,
        "custom": item.custom,
        "title": _text(item.title),
        "description": _text(item.description),
        "guidance": _text(item.guidance),
        "questions": [_text(q) for q in item.questions],
        "typical_evidence": [_text(e) for e in item.typical_evidence],
        "basis": item.basis.value if item.kind.is_checklist else None,
        "freshness": None if item.freshness is None else {
            "rule": item.freshness.rule.value,
            "months": item.freshness.months,
            "text": _text(item.freshness.text),
            "basis": item.freshness.basis.value,
            "basis_text": _text(item.freshness.basis.label),
            "citation": _text(item.freshness.citation),
        },
        "pitfalls": [
            {"id": p.id, "title": _text(p.title), "warning": _text(p.warning), "source": p.source}
            for p in (catalog.pitfalls[pid] for pid in item.pitfalls if pid in catalog.pitfalls)
        ],
        "title_official": item.title_official,
        "demonstrates": item.clause if item.basis is Basis.DEMONSTRATES
        and item.kind.is_checklist else None,
        "basis_text": _text(item.basis.describe(item.clause)) if item.kind.is_checklist else None,
    }


def _integrated(catalog: Catalog, std: Standard) -> list[dict[str, Any]]:
    own = {i.id for i in std.items}
    result = []
    for req in catalog.shared:
        if not own.intersection(req.targets):
            continue
        targets: dict[str, list[str]] = {}
        for target in req.targets:
            if catalog.has_item(target):
                targets.setdefault(catalog.item(target).standard_id, []).append(target)
        result.append({"id": req.id, "clause": req.clause, "title": _text(req.title),
                       "description": _text(req.description), "targets": targets})
    return result


def _transitions(catalog: Catalog, std: Standard) -> list[dict[str, Any]]:
    return [
        {"from": tr.from_id, "to": tr.to_id, "period": _text(tr.period),
         "changes": [{"change": e.change.value, "from_clause": e.from_clause,
                      "to_clause": e.to_clause, "note": _text(e.note)} for e in tr.entries]}
        for tr in catalog.transitions if tr.to_id == std.id
    ]


def catalog_as_data(catalog: Catalog) -> list[dict[str, Any]]:
    """Return the catalog as lists and dicts of str/int/bool/None, ready for ``json.dumps``."""
    return [
        {
            "id": std.id,
            "code": std.code,
            "edition": std.edition,
            "national": std.national,
            "system": std.system,
            "status": std.status,
            "status_note": _text(std.status_note),
            "amendments": list(std.amendments),
            "title": _text(std.title),
            "items": [_item(catalog, item) for item in std.items],
            "integrated": _integrated(catalog, std),
            "transitions": _transitions(catalog, std),
        }
        for std in catalog.standards
    ]
