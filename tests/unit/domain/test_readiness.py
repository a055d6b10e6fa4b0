"""Readiness counts follow docs/reference.md "How readiness is computed"."""

from __future__ import annotations

from desktop.domain.model import CatalogItem, ItemKind, ItemState, ItemStatus, Standard, Text
from desktop.domain.readiness import standard_readiness


def _item(key: str, kind: ItemKind) -> CatalogItem:
    return CatalogItem(id=f"s:4:{key}", standard_id="s", clause="4", kind=kind,
                       parent="s:4", title=Text(key, key), description=Text(key, key))


STANDARD = Standard(
    id="s", code="ISO X", edition="2015", amendments=(), national="GB/T X", system="QMS",
    title=Text("X", "X"),
    items=(
        CatalogItem(id="s:4", standard_id="s", clause="4", kind=ItemKind.CLAUSE, parent=None,
                    title=Text("4", "4"), description=Text("4", "4")),
        _item("M", ItemKind.MAINTAIN),
        _item("R", ItemKind.RETAIN),
        _item("E", ItemKind.EVIDENCE),
        _item("E2", ItemKind.EVIDENCE),
        _item("E3", ItemKind.EVIDENCE),
    ),
)


def test_nothing_recorded_counts_as_not_started() -> None:
    r = standard_readiness(STANDARD, {})
    assert (r.total, r.applicable, r.ready, r.mandatory_applicable) == (5, 5, 0, 2)
    assert r.share == 0.0 and r.mandatory_share == 0.0


def test_not_applicable_leaves_the_denominator_and_clauses_never_count() -> None:
    states = {
        "s:4:M": ItemState("s:4:M", ItemStatus.READY),
        "s:4:R": ItemState("s:4:R", ItemStatus.IN_PROGRESS),
        "s:4:E": ItemState("s:4:E", ItemStatus.READY),
        "s:4:E2": ItemState("s:4:E2", ItemStatus.NOT_APPLICABLE, justification="no design"),
    }
    r = standard_readiness(STANDARD, states)
    assert (r.applicable, r.ready, r.in_progress) == (4, 2, 1)
    assert r.share == 0.5
    assert (r.mandatory_applicable, r.mandatory_ready) == (2, 1)
    assert r.mandatory_share == 0.5


def test_everything_not_applicable_gives_zero_not_a_division_error() -> None:
    states = {i.id: ItemState(i.id, ItemStatus.NOT_APPLICABLE, justification="x")
              for i in STANDARD.checklist()}
    r = standard_readiness(STANDARD, states)
    assert r.applicable == 0 and r.share == 0.0 and r.mandatory_share == 0.0
