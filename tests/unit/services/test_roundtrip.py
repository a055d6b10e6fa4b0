"""The Excel round trip with a client: preview changes, flag conflicts, apply all or nothing."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain.model import ItemState, ItemStatus
from desktop.errors import StorageFullError, ValidationError
from desktop.imports.xlsx_roundtrip import INTEGRATED_SHEET, META_SHEET
from desktop.reports.xlsx.xlsx import render_xlsx
from desktop.services import items as item_service
from desktop.services.changes import Changes
from desktop.services.reporting.data import report_data
from desktop.services.roundtrip import (
    ChangedField,
    RoundTripPreview,
    apply_roundtrip,
    preview_roundtrip,
)
from desktop.services.session import ProjectSession
from tests.tools import require_program

CALIBRATION = "iso9001-2015:7.1.5.1:R"    # not started, 品质部 王敏, due 2026-12-06, a note
COMPETENCE = "iso9001-2015:7.2:R"         # in progress, 行政人事部 李娜, due 2027-01-10
HAZARDS = "iso45001-2018:6.1.2.1:E"       # in progress, 安环部 陈刚, due 2026-12-20
CONTRACTORS = "iso45001-2018:8.1.4.2:E"   # in progress, 安环部 陈刚, due 2027-01-10
REVIEW = "iso9001-2015:8.2.4:E"           # ready, 品质部 王敏, no due date
LITERAL_NOTE = "=SUM(A1:A2) <b>校准</b> & <font>"
HEADER = ["ID", "Clause", "Requirement", "Kind", "Status", "Owner", "Due date", "Notes",
          "N/A justification", "Evidence", "Stamp"]


def export_for_client(session: ProjectSession, path: Path, lang: str = "en") -> Path:
    """Write the project's checklists in the round-trip layout (the exporter's contract)."""
    wb = Workbook()
    wb.remove(wb.active)
    states = session.store.item_states()
    names = []
    for standard in session.standards():
        ws = wb.create_sheet(standard.label.replace(":", " "))
        names.append(ws.title)
        ws.append(HEADER)
        for item in standard.checklist():
            state = states.get(item.id, ItemState(item.id))
            ws.append([item.id, item.clause, item.title.get(lang), item.kind.value,
                       f"{state.status.symbol} {state.status.label.get(lang)}", state.owner,
                       state.due_date, state.notes, state.justification, "",
                       state.updated_at.isoformat() if state.updated_at else ""])
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type, cell.quotePrefix = "s", True
    wb.create_sheet(INTEGRATED_SHEET).append(["Shared requirement", "ISO 9001"])
    meta = wb.create_sheet(META_SHEET)
    for row in (("format", 1), ("project", session.path.name),
                ("exported_at", "2026-11-22T10:00:00+00:00"), ("lang", lang),
                ("standards", ",".join(s.id for s in session.standards())),
                ("sheets", ",".join(names))):
        meta.append(list(row))
    meta.sheet_state = "hidden"
    wb.save(path)
    return path


def edit(path: Path, changes: dict[str, dict[str, Any]]) -> None:
    """Set cells by item id and column letter, as a client does in Excel."""
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for (cell,) in ws.iter_rows(min_row=2, max_col=1):
            for column, value in changes.get(str(cell.value), {}).items():
                target = ws[f"{column}{cell.row}"]
                target.value = value
                if isinstance(value, str) and value.startswith("="):
                    target.data_type, target.quotePrefix = "s", True
                if isinstance(value, dt.date):
                    target.number_format = "yyyy-mm-dd"
    wb.save(path)


CLIENT_EDITS: dict[str, dict[str, Any]] = {
    CALIBRATION: {"E": "● 就绪", "H": LITERAL_NOTE},
    COMPETENCE: {"F": "行政人事部 周婷", "G": dt.date(2027, 2, 28)},
    HAZARDS: {"E": "●", "G": "2027-03-15"},
    CONTRACTORS: {"E": "– Not applicable", "I": "本公司无承包商在现场作业。"},
}
EXPECTED = {
    CALIBRATION: [
        (ChangedField.STATUS, ItemStatus.NOT_STARTED, ItemStatus.READY),
        (ChangedField.NOTES, "一厂 2026 年 8 月搬迁车间后，三坐标测量机和 12 把卡尺尚未重新校准，"
                             "已联系常州市计量测试所。", LITERAL_NOTE)],
    COMPETENCE: [
        (ChangedField.OWNER, "行政人事部 李娜", "行政人事部 周婷"),
        (ChangedField.DUE_DATE, dt.date(2027, 1, 10), dt.date(2027, 2, 28))],
    HAZARDS: [
        (ChangedField.STATUS, ItemStatus.IN_PROGRESS, ItemStatus.READY),
        (ChangedField.DUE_DATE, dt.date(2026, 12, 20), dt.date(2027, 3, 15))],
    CONTRACTORS: [
        (ChangedField.STATUS, ItemStatus.IN_PROGRESS, ItemStatus.NOT_APPLICABLE),
        (ChangedField.JUSTIFICATION, "", "本公司无承包商在现场作业。")],
}


def summary(preview: RoundTripPreview) -> dict[str, list[tuple[Any, Any, Any]]]:
    return {c.item_id: [(f.field, f.old, f.new) for f in c.fields] for c in preview.items}


def check_applied(sample: ProjectSession, preview: RoundTripPreview,
                  before: dict[str, ItemState]) -> None:
    changes = apply_roundtrip(sample, preview, set())
    assert changes == Changes(items=frozenset(EXPECTED))
    after = sample.store.item_states()
    assert {k: v for k, v in after.items() if k not in EXPECTED} == {
        k: v for k, v in before.items() if k not in EXPECTED}
    assert after[CALIBRATION].status is ItemStatus.READY
    assert after[CALIBRATION].notes == LITERAL_NOTE
    assert after[COMPETENCE].owner == "行政人事部 周婷"
    assert after[COMPETENCE].due_date == dt.date(2027, 2, 28)
    assert (after[HAZARDS].status, after[HAZARDS].due_date) == (ItemStatus.READY,
                                                                 dt.date(2027, 3, 15))
    assert after[CONTRACTORS].status is ItemStatus.NOT_APPLICABLE
    assert after[CONTRACTORS].justification == "本公司无承包商在现场作业。"
    assert after[CONTRACTORS].owner == "安环部 陈刚"  # untouched fields are kept
    again = preview_roundtrip(sample, preview.source)  # the same workbook, now applied
    assert (again.items, again.problems) == ((), ())


def test_a_client_edit_comes_back_as_exactly_these_changes(sample: ProjectSession,
                                                           tmp_path: Path) -> None:
    path = export_for_client(sample, tmp_path / "client.xlsx")
    edit(path, CLIENT_EDITS)
    before = sample.store.item_states()
    preview = preview_roundtrip(sample, path)
    assert preview.problems == ()
    assert summary(preview) == EXPECTED
    assert preview.conflicts == frozenset()
    first = preview.items[0]
    assert (first.sheet, first.clause, first.standard) == ("ISO 9001 2015", "7.1.5.1",
                                                           "ISO 9001:2015")
    assert first.fields[0].old_text("zh") == "○ 未开始"
    assert first.fields[0].new_text("en") == "● Ready"
    assert sample.store.item_states() == before  # a preview writes nothing
    check_applied(sample, preview, before)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_report_workbook_round_trips(sample: ProjectSession, tmp_path: Path,
                                         lang: str) -> None:
    path = tmp_path / f"report-{lang}.xlsx"
    render_xlsx(report_data(sample, lang), path, project=sample.path.name)  # type: ignore[arg-type]
    untouched = preview_roundtrip(sample, path)
    assert (untouched.items, untouched.problems) == ((), ())
    edit(path, CLIENT_EDITS)
    before = sample.store.item_states()
    preview = preview_roundtrip(sample, path)
    assert preview.problems == ()
    assert summary(preview) == EXPECTED
    check_applied(sample, preview, before)


def test_an_unedited_export_changes_nothing(sample: ProjectSession, tmp_path: Path) -> None:
    path = export_for_client(sample, tmp_path / "client.xlsx", lang="zh")
    preview = preview_roundtrip(sample, path)
    assert (preview.items, preview.problems) == ((), ())
    assert apply_roundtrip(sample, preview, set()) == Changes()


def test_the_same_edits_survive_a_libreoffice_re_save(sample: ProjectSession,
                                                     tmp_path: Path) -> None:
    office = require_program("libreoffice", "libreoffice-calc-nogui")
    path = tmp_path / "client.xlsx"
    render_xlsx(report_data(sample, "zh"), path, project=sample.path.name)
    edit(path, CLIENT_EDITS)
    out = tmp_path / "lo"
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
                    "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   capture_output=True, check=True, timeout=300)
    resaved = out / "client.xlsx"
    wb = load_workbook(resaved)
    assert wb[META_SHEET].sheet_state == "hidden"
    checklist = wb["ISO 9001 2015"]  # the protection a client's save keeps
    assert checklist.protection.sheet and wb[META_SHEET].protection.sheet
    assert checklist["A2"].protection.locked and checklist["K2"].protection.locked
    assert not checklist["E2"].protection.locked and not checklist["H2"].protection.locked
    before = sample.store.item_states()
    preview = preview_roundtrip(sample, resaved)
    assert preview.problems == ()
    assert summary(preview) == EXPECTED
    check_applied(sample, preview, before)


def test_items_changed_in_the_project_since_export_are_conflicts(sample: ProjectSession,
                                                                tmp_path: Path) -> None:
    path = export_for_client(sample, tmp_path / "client.xlsx")
    edit(path, CLIENT_EDITS)
    later = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)
    store = sample.store
    # after the export the consultant changed COMPETENCE's owner and REVIEW's status
    store.put_item_state(replace(store.item_state(COMPETENCE), owner="顾问 张", updated_at=later))
    store.put_item_state(replace(store.item_state(REVIEW), status=ItemStatus.IN_PROGRESS,
                                 updated_at=later))
    preview = preview_roundtrip(sample, path)
    assert preview.conflicts == {COMPETENCE, REVIEW}
    assert summary(preview)[COMPETENCE][0] == (ChangedField.OWNER, "顾问 张", "行政人事部 周婷")
    # REVIEW was not edited: the workbook still holds the exported "ready"
    assert summary(preview)[REVIEW] == [(ChangedField.STATUS, ItemStatus.IN_PROGRESS,
                                         ItemStatus.READY)]
    changes = apply_roundtrip(sample, preview, {COMPETENCE})
    assert changes.items == {CALIBRATION, COMPETENCE, HAZARDS, CONTRACTORS}
    assert store.item_state(COMPETENCE).owner == "行政人事部 周婷"  # workbook value taken
    assert store.item_state(REVIEW).status is ItemStatus.IN_PROGRESS  # project value kept


def test_each_problem_is_reported_with_its_row_and_blocks_applying(sample: ProjectSession,
                                                                  tmp_path: Path) -> None:
    path = export_for_client(sample, tmp_path / "client.xlsx")
    edit(path, CLIENT_EDITS)
    wb = load_workbook(path)
    ws = wb["ISO 9001 2015"]
    rows = {ws[f"A{r}"].value: r for r in range(2, ws.max_row + 1)}
    ws[f"A{rows['iso9001-2015:4.1:E']}"] = "iso9001-2015:4.1:EX"        # altered id
    ws[f"A{rows['iso9001-2015:4.1:E2']}"] = "iso9001-2026:4.1:E"        # edition not chosen
    ws[f"A{rows['iso9001-2015:4.2:E']}"] = "iso9001-2015:4.2"           # a clause heading
    ws[f"E{rows['iso9001-2015:4.3:M']}"] = "– 不适用"                    # N/A, no reason
    ws[f"E{rows['iso9001-2015:5.1.1:E']}"] = "Finished"                 # unknown word
    ws[f"G{rows['iso9001-2015:5.1.2:E']}"] = "soon"                     # not a date
    ws[f"F{rows['iso9001-2015:5.2.1:E']}"] = "=B2"                      # a formula
    wb.create_sheet("Client notes").append(["call Mr Wang"])
    wb.save(path)
    before = sample.store.item_states()
    preview = preview_roundtrip(sample, path)
    sheet = "ISO 9001 2015"
    assert [(p.sheet, p.row, p.column) for p in preview.errors] == sorted([
        (sheet, rows["iso9001-2015:4.1:E"], "A"), (sheet, rows["iso9001-2015:4.1:E2"], "A"),
        (sheet, rows["iso9001-2015:4.2:E"], "A"), (sheet, rows["iso9001-2015:4.3:M"], "I"),
        (sheet, rows["iso9001-2015:5.1.1:E"], "E"), (sheet, rows["iso9001-2015:5.1.2:E"], "G"),
        (sheet, rows["iso9001-2015:5.2.1:E"], "F")], key=lambda p: p[1])
    assert [(p.sheet, p.blocking) for p in preview.notes] == [("Client notes", False)]
    messages = [p.text("en") for p in preview.errors]
    assert "unknown ID iso9001-2015:4.1:EX" in messages[0]
    assert "belongs to ISO 9001:2026, which this project does not include" in messages[1]
    assert "is a clause heading" in messages[2]
    assert '"Not applicable" needs a justification' in messages[3]
    na_row = rows["iso9001-2015:4.3:M"]
    assert preview.errors[3].text("zh").startswith(f"工作表“{sheet}”第 {na_row} 行 I 列：")
    assert preview.blocked and set(summary(preview)) == set(EXPECTED)  # good rows still shown
    with pytest.raises(ValidationError, match="7 error"):
        apply_roundtrip(sample, preview, set())
    assert sample.store.item_states() == before


def test_a_failure_in_the_middle_writes_nothing(sample: ProjectSession, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = export_for_client(sample, tmp_path / "client.xlsx")
    edit(path, CLIENT_EDITS)
    preview = preview_roundtrip(sample, path)
    before = sample.store.item_states()
    real = sample.store.put_item_state
    calls: list[str] = []

    def failing(state: ItemState) -> None:
        calls.append(state.item_id)
        if len(calls) == 3:
            raise StorageFullError("The disk is full.", "磁盘已满。")
        real(state)

    monkeypatch.setattr(sample.store, "put_item_state", failing)
    with pytest.raises(StorageFullError):
        apply_roundtrip(sample, preview, set())
    assert len(calls) == 3
    monkeypatch.undo()
    assert sample.store.item_states() == before


def test_a_change_after_the_preview_refuses_the_stale_preview(sample: ProjectSession,
                                                              tmp_path: Path) -> None:
    path = export_for_client(sample, tmp_path / "client.xlsx")
    edit(path, CLIENT_EDITS)
    preview = preview_roundtrip(sample, path)
    item_service.update_item_details(sample, HAZARDS, notes="checked on site")
    before = sample.store.item_states()
    with pytest.raises(ValidationError, match="changed after the preview"):
        apply_roundtrip(sample, preview, set())
    assert sample.store.item_states() == before
