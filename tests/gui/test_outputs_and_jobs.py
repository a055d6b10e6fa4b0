"""In the window: outputs never replace the project, names show their hidden characters,
and a background job that fails at once still reaches the user."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.domain.model import Evidence
from desktop.errors import ExportError
from desktop.store import outputs
from desktop.ui.checklist.evidence_meta_dialog import EvidenceMetaDialog
from desktop.ui.checklist.evidence_model import EvidenceColumn, EvidenceTableModel
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.workers import Task, TaskRunner

SPOOF = "minutes\u202efdp.exe"  # displays as "minutesexe.pdf"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _last_message(window: MainWindow) -> tuple[str, str]:
    return window.ctx.errors.messages[-1]


def _save_as_picks(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def test_save_as_onto_the_open_project_is_refused(window: MainWindow, qtbot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    session = window.actions.session
    assert session is not None
    path = session.path
    digest = _digest(path)
    _save_as_picks(monkeypatch, path)

    window.save_as_dialog()

    kind, text = _last_message(window)
    assert kind == "user" and "the open project" in text and str(path) in text
    assert window.actions.session is session  # still open, still the same file
    assert session.store.evidence_list()
    assert _digest(path) == digest


def test_save_as_differing_only_in_case_is_refused_where_case_is_ignored(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    session = window.actions.session
    assert session is not None
    monkeypatch.setattr(outputs, "folder_ignores_case", lambda _folder: True)
    _save_as_picks(monkeypatch, session.path.with_name("SAMPLE.auditready"))

    window.save_as_dialog()

    assert "the open project" in _last_message(window)[1]
    assert window.actions.session is session
    assert not session.path.with_name("SAMPLE.auditready").exists()


def test_export_dialog_refuses_the_project_as_a_report(window: MainWindow, qtbot) -> None:
    session = window.actions.session
    assert session is not None
    digest = _digest(session.path)
    dialog = window.export_dialog()
    assert dialog is not None
    dialog.xlsx.check.setChecked(False)
    dialog.pdf.path.setText(str(session.path))
    with qtbot.waitSignal(window.ctx.errors.reported, timeout=60_000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0] == "user" and "the open project" in blocker.args[1]
    qtbot.waitUntil(dialog.export_button.isEnabled)
    assert _digest(session.path) == digest
    dialog.close()


def test_the_evidence_list_and_details_show_hidden_characters_escaped(qapp) -> None:
    evidence = Evidence(1, "0" * 64, SPOOF, 10, "application/octet-stream",
                        dt.datetime(2026, 11, 20, tzinfo=dt.UTC), ("iso9001-2015:9.3.3:R",))
    model = EvidenceTableModel()
    model.set_rows([evidence])
    shown = model.data(model.index(0, EvidenceColumn.NAME))
    assert shown == "minutes\\u202efdp.exe"
    assert "\\u202e" in model.data(model.index(0, EvidenceColumn.NAME), 3)  # tooltip role
    dialog = EvidenceMetaDialog(evidence, None, "", lambda _meta: True, "en")
    assert "minutes\\u202efdp.exe" in dialog.file_label.text()
    assert "\u202e" not in dialog.file_label.text()
    dialog.deleteLater()


def _fail_at_once(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
    raise ExportError("The disk went away.", "磁盘已移除。")


def _run_in_the_calling_thread(runner: TaskRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """The worst case: the job is over before ``start`` returns."""
    monkeypatch.setattr(runner, "_pool", _Inline())


class _Inline:
    def start(self, task: Task) -> None:
        task.run()

    def waitForDone(self, _msecs: int = -1) -> bool:
        return True


@pytest.mark.parametrize("inline", [False, True], ids=["pool", "inline"])
def test_a_job_failing_at_once_reaches_the_runner_caller_50_times(
        qtbot, monkeypatch: pytest.MonkeyPatch, inline: bool) -> None:
    runner = TaskRunner()
    if inline:
        _run_in_the_calling_thread(runner, monkeypatch)
    failures: list[BaseException] = []
    for attempt in range(50):
        runner.start(_fail_at_once, lambda task: task.signals.failed.connect(failures.append))
        qtbot.waitUntil(lambda n=attempt + 1: len(failures) == n and not runner.busy,
                        timeout=10_000)
    assert all(isinstance(exc, ExportError) for exc in failures)


@pytest.mark.parametrize("inline", [False, True], ids=["pool", "inline"])
def test_an_export_failing_at_once_reaches_the_user_50_times(
        window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        inline: bool) -> None:
    actions = window.actions
    if inline:
        _run_in_the_calling_thread(actions.runner, monkeypatch)
    target = tmp_path / "no such folder" / "r.pdf"  # refused before any work
    done: list[object] = []
    for _attempt in range(50):
        with qtbot.waitSignal(window.ctx.errors.reported, timeout=10_000) as blocker:
            task = actions.export("en", done.append, pdf=target)
            assert task is not None
        assert blocker.args[0] == "user" and str(target) in blocker.args[1]
        qtbot.waitUntil(lambda: not actions.runner.busy, timeout=10_000)
    assert done == []


def test_the_export_dialog_sees_a_job_that_ended_before_start_returned(
        window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _run_in_the_calling_thread(window.actions.runner, monkeypatch)
    dialog = window.export_dialog()
    assert dialog is not None
    dialog.xlsx.check.setChecked(False)
    dialog.pdf.path.setText(str(tmp_path / "no such folder" / "r.pdf"))
    with qtbot.waitSignal(window.ctx.errors.reported, timeout=10_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.export_button.isEnabled(),
                    timeout=10_000)
    dialog.close()


def test_the_runner_is_idle_when_a_jobs_outcome_is_handled(qtbot) -> None:
    """A dialog shown on success can start the next action at once (no "please wait")."""
    runner = TaskRunner()
    seen: list[bool] = []

    def connect(task: Task) -> None:
        task.signals.succeeded.connect(lambda _result: seen.append(runner.busy))
        task.signals.failed.connect(lambda _exc: seen.append(runner.busy))

    for attempt in range(20):
        job = _fail_at_once if attempt % 2 else (lambda _p, _c: "done")
        runner.start(job, connect)
        qtbot.waitUntil(lambda n=attempt + 1: len(seen) == n, timeout=10_000)
    assert seen == [False] * 20
