"""The audit-time panel on the sample project: inputs, figures, worked steps, disclaimer.

The sample stores 74 full-time and 12 part-time staff (20 h of 40 h a week →
6 full-time equivalents, 80 persons), QMS, EMS medium and OH&S high
complexity, a -5 % adjustment, 80 % integration and 2 sites. By hand from IAF
MD 5:2019 (band 66-85): QMS 6, EMS 7, OH&S 9 days; × 95 % → 5.7, 6.65, 8.55 →
5.5, 6.5, 8.5; sum 20.5; integration 80 % → 16 % off (IAF MD 11) → 17.22 → 17;
surveillance 17 / 3 → 5.5; recertification 17 × 2 / 3 → 11.5; sites √2 → 2.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop.domain.audit_time import Complexity, System, estimate_audit_time, inputs_from_project
from desktop.services.assessment import AUDIT_TIME_KEY, assess
from desktop.ui.certification.audit_time_model import StepColumn, StepsModel
from desktop.ui.certification.audit_time_view import AuditTimePanel
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def actions(qtbot, ctx: AppContext, sample_path: Path) -> Iterator[ProjectActions]:
    host = QWidget()
    qtbot.addWidget(host)
    project = ProjectActions(ctx, host)
    assert project.open_project(sample_path)
    yield project
    project.close_project()


def _panel(qtbot, ctx: AppContext, actions: ProjectActions, *, wired: bool) -> AuditTimePanel:
    panel = AuditTimePanel(ctx, actions)
    qtbot.addWidget(panel)

    def refresh(_changes: object = None) -> None:
        assert actions.session is not None
        panel.show_assessment(assess(actions.session, TODAY))
    if wired:  # as the main window does; unwired, the panel computes the estimate itself
        actions.changed.connect(refresh)
    refresh()
    return panel


@pytest.fixture
def panel(qtbot, ctx: AppContext, actions: ProjectActions) -> AuditTimePanel:
    return _panel(qtbot, ctx, actions, wired=True)


def _figures(panel: AuditTimePanel) -> dict[str, str]:
    return {name: label.text() for name, label in panel.figures.items()}


def _step_days(panel: AuditTimePanel) -> dict[str, str]:
    model = panel.steps
    return {model.data(model.index(r, StepColumn.TITLE)):
            model.data(model.index(r, StepColumn.DAYS)) for r in range(model.rowCount())}


def _stored(actions: ProjectActions) -> dict:
    assert actions.session is not None
    value = actions.session.store.records.setting(AUDIT_TIME_KEY)
    assert isinstance(value, dict)
    return value


def test_the_sample_estimate_is_shown_with_every_step_and_the_disclaimer(
    panel: AuditTimePanel
) -> None:
    assert panel.full_time.value() == 74
    assert panel.part_time.value() == 12
    assert panel.integration.value() == 80
    assert panel.complexity[System.OHSMS].currentData() == "high"
    assert not panel.complexity[System.QMS].isEnabled()  # table QMS 1 has one column
    assert panel.adjustments.values() == [
        ("二厂仅为仓库，活动简单", -5.0)]
    figures = _figures(panel)
    assert figures.pop("Sampled").startswith("2 of 2 site")  # plural form from Linguist
    assert figures == {
        "Effective": "80",
        "PerSystem": ("QMS (quality): 5.5 auditor-days\nEMS (environment): 6.5 auditor-days\n"
                      "OH&S MS (occupational health and safety): 8.5 auditor-days"),
        "Initial": "17 auditor-days (stage 1 + stage 2)",
        "Surveillance": "5.5 auditor-days per audit",
        "Recertification": "11.5 auditor-days",
    }
    days = _step_days(panel)
    assert days["Table time: QMS (quality)"] == "6"
    assert days["Table time: EMS (environment)"] == "7"
    assert days["Table time: OH&S MS (occupational health and safety)"] == "9"
    assert days["Sum of the systems"] == "20.5"
    assert panel.steps.rowCount() >= 10
    assert panel.disclaimer.isVisibleTo(panel)
    assert panel.disclaimer.text().startswith("⚠ This is an estimate")
    assert panel.error.isHidden()


def test_changing_headcount_and_complexity_updates_and_stores_the_estimate(
    panel: AuditTimePanel, actions: ProjectActions
) -> None:
    # 34 + 6 = 40 persons, band 26-45: QMS 4, EMS medium 5.5, OH&S high 7; × 95 % → 3.8, 5.225,
    # 6.65 → 4, 5, 6.5; sum 15.5; × 84 % = 13.02 → 13; surveillance 4.33 → 4.5; recert 8.67 → 8.5.
    panel.full_time.setValue(34)
    assert _stored(actions)["full_time"] == 34
    figures = _figures(panel)
    assert figures["Effective"] == "40"
    assert figures["Initial"] == "13 auditor-days (stage 1 + stage 2)"
    assert figures["Surveillance"] == "4.5 auditor-days per audit"
    assert figures["Recertification"] == "8.5 auditor-days"
    assert _step_days(panel)["Table time: QMS (quality)"] == "4"

    # EMS high for 26-45 persons: 7 → 6.65 → 6.5; sum 4 + 6.5 + 6.5 = 17; × 84 % = 14.28 → 14.5.
    ems = panel.complexity[System.EMS]
    ems.setCurrentIndex(ems.findData(Complexity.HIGH.value))
    assert {"system": "ems", "complexity": "high"} in _stored(actions)["systems"]
    assert _figures(panel)["Initial"] == "14.5 auditor-days (stage 1 + stage 2)"
    assert _step_days(panel)["Table time: EMS (environment)"] == "7"

    # Without the -5 % factor: 4 + 7 + 7 = 18; × 84 % = 15.12 → 15.
    panel.adjustment_table.setCurrentIndex(panel.adjustments.index(0, 0))
    panel.remove_adjustment.click()
    assert _stored(actions)["adjustments"] == []
    assert _figures(panel)["Initial"] == "15 auditor-days (stage 1 + stage 2)"


def test_a_new_factor_counts_once_it_has_a_label(
    panel: AuditTimePanel, actions: ProjectActions
) -> None:
    before = _stored(actions)
    panel.add_adjustment.click()
    assert panel.adjustments.rowCount() == 2
    assert _stored(actions) == before  # a blank row is a draft, not an input
    model = panel.adjustments
    assert model.setData(model.index(1, 1), 15.0)
    assert _stored(actions) == before
    assert model.setData(model.index(1, 0), "多种语言 / several languages")
    assert _stored(actions)["adjustments"][1] == {"label": "多种语言 / several languages",
                                                  "percent": 15.0}
    # -5 + 15 = +10 %: 6 × 1.1 = 6.6 → 6.5; 7 × 1.1 = 7.7 → 7.5; 9 × 1.1 = 9.9 → 10;
    # sum 24; × 84 % = 20.16 → 20.
    assert _figures(panel)["Initial"] == "20 auditor-days (stage 1 + stage 2)"
    assert model.rowCount() == 2  # the row stays where the user typed it


def test_inputs_the_rules_refuse_show_why_instead_of_figures(
    panel: AuditTimePanel, actions: ProjectActions
) -> None:
    panel.part_time_hours.setValue(50.0)  # more than the 40-hour full-time week
    assert _stored(actions)["part_time_hours"] == 50.0
    assert not panel.error.isHidden()
    assert "part-time hours per week must be above 0 and at most the full-time week" in (
        panel.error.text())
    assert set(_figures(panel).values()) == {"—"}
    assert panel.steps.rowCount() == 0
    assert panel.disclaimer.isVisibleTo(panel)


def test_the_panel_computes_the_estimate_itself_when_not_handed_one(
    qtbot, ctx: AppContext, actions: ProjectActions
) -> None:
    panel = _panel(qtbot, ctx, actions, wired=False)
    panel.reset_from_profile()
    # The profile: 86 staff, 2 sites, all medium, no factor, no integration: band 86-125
    # gives QMS 7, EMS 8, OH&S 8 = 23; surveillance 7.67 → 7.5; recertification 15.33 → 15.5.
    assert panel.full_time.value() == 86 and panel.part_time.value() == 0
    assert panel.integration.value() == 0 and panel.adjustments.rowCount() == 0
    assert _stored(actions)["full_time"] == 86
    figures = _figures(panel)
    assert figures["Initial"] == "23 auditor-days (stage 1 + stage 2)"
    assert figures["Surveillance"] == "7.5 auditor-days per audit"
    assert figures["Recertification"] == "15.5 auditor-days"


def test_without_a_project_the_panel_is_disabled(panel: AuditTimePanel,
                                                 actions: ProjectActions) -> None:
    actions.close_project()
    panel.show_assessment(None)
    assert not panel.isEnabled()
    assert panel.steps.rowCount() == 0
    assert set(_figures(panel).values()) == {"—"}


def test_steps_model_passes_the_model_tester(qtmodeltester) -> None:
    estimate = estimate_audit_time(inputs_from_project(55, 3, ["iso9001", "iso14001"]))
    model = StepsModel()
    model.set_steps(estimate.steps, "zh")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(estimate.steps)
    first = estimate.steps[0]
    assert model.data(model.index(0, StepColumn.TITLE)) == first.title.zh
    blank = [r for r, s in enumerate(estimate.steps) if s.days is None]
    assert blank and model.data(model.index(blank[0], StepColumn.DAYS)) == ""
