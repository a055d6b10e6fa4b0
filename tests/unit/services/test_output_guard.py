"""Every writer refuses to land on the open project; names in outputs carry no bidi tricks."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.domain.model import ItemKind, Text
from desktop.errors import EvidenceError, OutputPathError
from desktop.reports.pack.evidence_pack import INDEX_NAME
from desktop.services.custom import EntryFields, add_custom_item, save_template
from desktop.services.evidence import attach_evidence, export_evidence
from desktop.services.reporting.export import export_reports
from desktop.services.session import ProjectSession, open_project, save_project_as

MR_9001 = "iso9001-2015:9.3.3:R"
SPOOF = "minutes\u202efdp.exe"  # shows as "minutesexe.pdf"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _still_opens(session: ProjectSession, path: Path, digest: str) -> None:
    assert _digest(path) == digest
    session.close()
    open_project(path, session.bundled).close()


@pytest.mark.parametrize("output", ["pdf", "summary_pdf", "evidence_pack", "xlsx"])
def test_no_report_replaces_the_project(sample: ProjectSession, output: str) -> None:
    path = sample.path
    digest = _digest(path)
    with pytest.raises(OutputPathError, match="the open project"):
        export_reports(sample, lang="en", **{output: path})
    _still_opens(sample, path, digest)


def test_save_as_onto_the_project_itself_is_refused(sample: ProjectSession) -> None:
    path = sample.path
    digest = _digest(path)
    for dest in (path, path.with_suffix("")):  # ".auditready" is added to the second
        with pytest.raises(OutputPathError, match="the open project"):
            save_project_as(sample, dest)
    _still_opens(sample, path, digest)


def test_evidence_export_onto_the_project_or_its_journal_is_refused(
        project: ProjectSession, tmp_path: Path) -> None:
    source = tmp_path / "minutes.pdf"
    source.write_bytes(b"%PDF-1.4 minutes")
    evidence_id = attach_evidence(project, [MR_9001], source).evidence_id
    assert evidence_id is not None
    path = project.path
    digest = _digest(path)
    for dest in (path, path.with_name(path.name + "-journal")):
        with pytest.raises(OutputPathError):
            export_evidence(project, evidence_id, dest)
    assert not path.with_name(path.name + "-journal").exists()
    out = tmp_path / "out.pdf"
    assert export_evidence(project, evidence_id, out) == out
    assert out.read_bytes() == b"%PDF-1.4 minutes"
    _still_opens(project, path, digest)


def test_template_export_onto_the_project_or_with_another_extension_is_refused(
        project: ProjectSession, tmp_path: Path) -> None:
    add_custom_item(project, EntryFields("7.1.5", ItemKind.RETAIN, Text("Gauges", "量具")),
                    parent="iso9001-2015:7.1.5")
    path = project.path
    digest = _digest(path)
    with pytest.raises(OutputPathError, match="the open project"):
        save_template(project, "iso9001-2015", path)
    with pytest.raises(OutputPathError, match=r"extension \.json"):
        save_template(project, "iso9001-2015", tmp_path / "items.txt")
    _still_opens(project, path, digest)


def test_the_evidence_pack_and_reports_drop_bidi_controls_from_names(
        project: ProjectSession, tmp_path: Path) -> None:
    source = tmp_path / SPOOF
    source.write_bytes(b"MZ not really a program")
    attach_evidence(project, [MR_9001], source)
    assert project.store.evidence_list()[0].name == SPOOF  # stored as it came
    pack, xlsx = tmp_path / "pack.zip", tmp_path / "r.xlsx"

    export_reports(project, lang="en", evidence_pack=pack, xlsx=xlsx)

    with zipfile.ZipFile(pack) as archive:
        names = archive.namelist()
        index = "".join(page.extract_text()
                        for page in PdfReader(io.BytesIO(archive.read(INDEX_NAME))).pages)
    assert any(name.endswith("/minutesfdp.exe") for name in names), names
    assert not any("\u202e" in name for name in names)
    assert "\u202e" not in index and "minutesfdp.exe" in index.replace("\n", "")
    cells = [str(c.value) for ws in load_workbook(xlsx) for row in ws.iter_rows()
             for c in row if isinstance(c.value, str)]
    assert any("minutesfdp.exe" in c for c in cells)
    assert not any("\u202e" in c for c in cells)


@pytest.mark.parametrize("suffix", ["", ".lock"])
def test_the_open_project_cannot_be_attached_to_itself(
        project: ProjectSession, suffix: str) -> None:
    source = project.path.with_name(project.path.name + suffix)
    source.touch()
    with pytest.raises(EvidenceError, match="cannot hold itself as evidence"):
        attach_evidence(project, [MR_9001], source)
    assert project.store.evidence_list() == []
