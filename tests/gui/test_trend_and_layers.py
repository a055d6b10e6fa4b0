"""The readiness trend chart and the readiness layers in the summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QLabel

from desktop.domain.model import ItemStatus
from desktop.domain.records import LayerShares, ReadinessSnapshot
from desktop.ui.certification.trend_chart import TrendChart
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import percent
from desktop.ui.shell.main_window import MainWindow

SAMPLE_DAY = dt.date(2026, 11, 22)  # the day tests/gui/conftest.py makes the sample on


@pytest.fixture
def window(qtbot, ctx: AppContext, sample_path: Path) -> Iterator[MainWindow]:
    """The sample's window, its clock fixed on the day the sample was made before the
    project opens (opening keeps the day's readiness for the trend)."""
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.assessor.today = lambda: SAMPLE_DAY
    assert win.open_project(sample_path)
    yield win
    win.actions.close_project()


LABELS = {"iso9001-2015": "ISO 9001:2015", "iso14001-2015": "ISO 14001:2015"}


def _snapshot(day: dt.date, q: float, e: float, layers: tuple[float, float, float]
              ) -> ReadinessSnapshot:
    return ReadinessSnapshot(day, (
        ("iso9001-2015", LayerShares(0.1, 0.1, 0.0, q)),
        ("iso14001-2015", LayerShares(0.1, 0.1, 0.0, e)),
        ("integrated", LayerShares(*layers, overall=(q + e) / 2)),
    ))


def _painted(chart: TrendChart) -> QImage:
    return chart.grab().toImage()


def _distinct_colours(image: QImage) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), 3)
                for y in range(0, image.height(), 3)})


def test_chart_needs_two_days_before_it_draws(qtbot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(720, 360)
    chart.set_snapshots([_snapshot(dt.date(2026, 11, 1), 0.4, 0.3, (0.2, 0.1, 0.0))], LABELS)
    assert not chart.has_trend()
    assert "two different days" in chart.empty_text()
    empty = _distinct_colours(_painted(chart))
    chart.set_snapshots([_snapshot(dt.date(2026, 11, 1), 0.4, 0.3, (0.2, 0.1, 0.0)),
                         _snapshot(dt.date(2026, 11, 8), 0.5, 0.35, (0.3, 0.2, 0.05))], LABELS)
    assert chart.has_trend()
    assert _distinct_colours(_painted(chart)) > empty  # lines, markers, legend drawn


def test_one_line_per_standard_and_three_integrated_layers(qtbot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    later = _snapshot(dt.date(2026, 11, 8), 0.5, 0.35, (0.3, 0.2, 0.05))
    earlier = _snapshot(dt.date(2026, 11, 1), 0.4, 0.3, (0.2, 0.1, 0.0))
    chart.set_snapshots([later, earlier], LABELS)  # any order: drawn by date
    series = {s.key: s for s in chart.series()}
    assert list(series) == ["iso9001-2015", "iso14001-2015", "integrated:documented",
                            "integrated:implemented", "integrated:sustained"]
    assert series["iso9001-2015"].points == ((dt.date(2026, 11, 1), 0.4),
                                             (dt.date(2026, 11, 8), 0.5))
    assert series["integrated:implemented"].points == ((dt.date(2026, 11, 1), 0.1),
                                                       (dt.date(2026, 11, 8), 0.2))
    assert series["integrated:sustained"].label == "Integrated: sustained"
    # Grayscale print: no two lines share both dash pattern and marker.
    styles = [(s.dash, s.marker) for s in chart.series()]
    assert len(set(styles)) == len(styles)
    assert len({s.marker for s in chart.series()}) == len(styles)


def test_trend_fills_after_a_status_change(window: MainWindow, qtbot) -> None:
    commands = window.assessor
    session = window.actions.session
    today = commands.today()
    item_id = "iso14001-2015:9.2.2:R"  # not started in the sample
    window.checklist.select_item(item_id)
    combo = window.item_panel.findChild(QComboBox, "statusCombo")
    combo.setCurrentIndex(combo.findData(ItemStatus.READY.value))
    combo.activated.emit(combo.currentIndex())

    stored = session.store.records.snapshots()
    assert stored and stored[-1].day == today
    expected = dict(commands.assessment.figures)
    assert dict(stored[-1].figures) == expected
    points = {s.key: s.points for s in window.pages.trend.series()}
    assert points["iso14001-2015"][-1] == (today, expected["iso14001-2015"].overall)
    assert points["integrated:documented"][-1] == (today, expected["integrated"].documented)


def test_readiness_panel_shows_the_layers_with_explanations(window: MainWindow) -> None:
    panel = window.readiness
    assessment = window.assessor.assessment
    for lay in assessment.layers:
        for layer in ("documented", "implemented", "sustained"):
            label = panel.findChild(QLabel, f"readiness_{lay.standard_id}_{layer}")
            assert label.text() == percent(getattr(lay.shares, layer))
            assert label.toolTip().startswith(layer.capitalize())
    integrated = panel.findChild(QLabel, "readiness_integrated_sustained")
    assert integrated.text() == percent(assessment.integrated.sustained)
    expired = panel.findChild(QLabel, "readinessExpired")
    assert expired.isVisibleTo(window) == bool(assessment.expired)
