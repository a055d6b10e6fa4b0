"""The item panel shows what the knowledge base says: basis, warnings, guidance, evidence hints."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.domain.model import Basis, CatalogItem
from desktop.services.session import ProjectSession
from desktop.ui.shell.main_window import MainWindow


def _find(session: ProjectSession, wanted: Callable[[CatalogItem], bool], what: str
          ) -> CatalogItem:
    for standard in session.standards():
        for item in standard.checklist():
            if wanted(item):
                return item
    pytest.skip(f"no checklist item of the sample's standards has {what} yet")


def test_cb_requested_basis_is_never_shown_as_a_requirement(window: MainWindow) -> None:
    session = window.actions.session
    item = _find(session, lambda i: i.basis is Basis.CB_REQUESTED, "basis cb_requested")
    assert window.checklist.select_item(item.id)
    basis = window.item_panel.basis
    assert basis.isVisibleTo(window)
    assert Basis.CB_REQUESTED.label.en in basis.text()  # "Commonly requested by certification…"
    assert "not a requirement of the standard" in basis.text()
    assert "dashed" in basis.styleSheet()
    assert "Required by the standard" not in basis.text()

    required = _find(session, lambda i: i.basis is Basis.REQUIRED, "basis required")
    assert window.checklist.select_item(required.id)
    assert basis.text().endswith("Required by the standard")
    assert "dashed" not in basis.styleSheet()

    window.ctx.language.set_language("zh_CN")
    assert window.checklist.select_item(item.id)
    assert Basis.CB_REQUESTED.label.zh in basis.text()  # 认证机构常要求提供
    assert "并非标准要求" in basis.text()


def test_clause_headings_show_no_basis(window: MainWindow) -> None:
    window.checklist.select_item("iso9001-2015:7.5")
    panel = window.item_panel
    assert not panel.basis.isVisibleTo(window)
    assert not panel.pitfalls.isVisibleTo(window)
    assert not panel.tabs.isVisibleTo(window)


def test_guidance_questions_typical_evidence_and_freshness(window: MainWindow) -> None:
    session = window.actions.session
    item = _find(session, lambda i: bool(i.guidance and i.questions and i.typical_evidence
                                         and i.freshness), "guidance, questions, typical "
                 "evidence and a freshness rule")
    assert window.checklist.select_item(item.id)
    panel = window.item_panel
    assert panel.tabs.tabText(2) == "Audit guidance"
    text = panel.guidance.toPlainText()
    assert "What the auditor looks for" in text
    assert item.guidance.en.split()[0] in text
    for question in item.questions:
        assert question.en in text
    hints = panel.evidence_hints
    assert hints.typical == [e.en for e in item.typical_evidence]
    assert hints.freshness == item.freshness.text.en
    assert "Keep evidence current:" in hints.text()

    window.ctx.language.set_language("zh_CN")
    assert item.questions[0].zh in panel.guidance.toPlainText()
    assert hints.freshness == item.freshness.text.zh
    assert panel.tabs.tabText(2) == "审核指南"


def test_pitfall_warnings_are_shown_in_a_framed_box(window: MainWindow) -> None:
    session = window.actions.session
    item = _find(session, lambda i: any(p in session.catalog.pitfalls for p in i.pitfalls),
                 "a pitfall")
    assert window.checklist.select_item(item.id)
    box = window.item_panel.pitfalls
    assert box.isVisibleTo(window)
    pitfall = session.catalog.pitfalls[next(p for p in item.pitfalls
                                            if p in session.catalog.pitfalls)]
    assert any(pitfall.title.en in t and pitfall.warning.en.split(",")[0] in t
               for t in box.texts())
    window.checklist.select_item("iso9001-2015:7.5")
    assert not box.isVisibleTo(window)


def test_shared_mode_shows_the_selected_targets_guidance(window: MainWindow) -> None:
    session = window.actions.session
    from desktop.services.integrated import integrated_item

    shared = integrated_item(session, "ims:9.3:R")
    assert window.checklist.select_item(shared.id)
    panel = window.item_panel
    assert panel.basis.text().startswith("ISO 9001:2015: ")
    panel.targets.select_row(1)
    assert panel.basis.text().startswith("ISO 14001:2015: ")
    assert "ISO 14001:2015 9.3" in panel.guidance.toPlainText()
    target = shared.targets[1]
    if target.guidance is not None:
        assert target.guidance.en.split()[0] in panel.guidance.toPlainText()
