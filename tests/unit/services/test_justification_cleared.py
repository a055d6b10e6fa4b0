"""A "not applicable" justification goes when the item becomes applicable again.

ISO 9001:2015 4.3 asks for a justification of each requirement that is not
applicable; once the item applies again a leftover justification would tell
the reader of a report that it still does not apply. Every way of changing a
status is checked: the item, the shared (三体系) item, the client workbook,
and what the reports print.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.model import ItemState, ItemStatus
from desktop.reports.model import ChecklistRow
from desktop.services.integrated import set_shared_status
from desktop.services.items import set_item_status
from desktop.services.reporting.data import report_data
from desktop.services.roundtrip import apply_roundtrip, preview_roundtrip
from desktop.services.session import ProjectSession
from tests.unit.services.test_roundtrip import edit, export_for_client

DESIGN = "iso9001-2015:8.3.2:R"
WHY = "We build to customer drawings; no design."
LEFTOVER = "Old reason that no longer holds"


def _row(session: ProjectSession, item_id: str) -> ChecklistRow:
    data = report_data(session, "en")
    return next(r for s in data.standards for r in s.rows if r.item_id == item_id)


@pytest.mark.parametrize("status", [ItemStatus.NOT_STARTED, ItemStatus.IN_PROGRESS,
                                    ItemStatus.READY])
def test_leaving_not_applicable_clears_the_justification_and_the_report_line(
    project: ProjectSession, status: ItemStatus
) -> None:
    set_item_status(project, DESIGN, ItemStatus.NOT_APPLICABLE, WHY)
    assert "Justification: " + WHY in _row(project, DESIGN).remarks
    set_item_status(project, DESIGN, status, "typed while the item still was N/A")
    assert project.store.item_state(DESIGN).justification == ""
    row = _row(project, DESIGN)
    assert row.justification == "" and "Justification" not in row.remarks


def test_the_shared_item_clears_the_justification_of_every_standard(
    project: ProjectSession,
) -> None:
    set_shared_status(project, "ims:9.3:R", ItemStatus.NOT_APPLICABLE, WHY)
    targets = ("iso9001-2015:9.3.3:R", "iso14001-2015:9.3:R", "iso45001-2018:9.3:R")
    assert {project.store.item_state(t).justification for t in targets} == {WHY}
    set_shared_status(project, "ims:9.3:R", ItemStatus.IN_PROGRESS)
    assert {project.store.item_state(t).justification for t in targets} == {""}


def test_a_client_workbook_setting_an_item_applicable_clears_its_justification(
    project: ProjectSession, tmp_path: Path
) -> None:
    set_item_status(project, DESIGN, ItemStatus.NOT_APPLICABLE, WHY)
    path = export_for_client(project, tmp_path / "client.xlsx")
    edit(path, {DESIGN: {"E": "● Ready"}})   # the justification column still holds WHY
    preview = preview_roundtrip(project, path)
    assert preview.problems == ()
    apply_roundtrip(project, preview, set())
    state = project.store.item_state(DESIGN)
    assert (state.status, state.justification) == (ItemStatus.READY, "")


def test_a_stale_justification_stored_by_an_older_version_is_not_printed(
    project: ProjectSession,
) -> None:
    # a project file written before the rule held: status ready, justification left over
    project.store.put_item_state(ItemState(DESIGN, ItemStatus.READY, justification=LEFTOVER))
    row = _row(project, DESIGN)
    assert row.justification == "" and LEFTOVER not in row.remarks
