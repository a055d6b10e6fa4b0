"""The headless command line, as a script or CI job would use it."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main
from desktop.domain.model import Catalog
from desktop.reports.labels import label
from desktop.reports.pack.evidence_pack import INDEX_NAME
from tests.tools import require_program

ASPECTS = "环境因素识别评价表.xlsx"  # a sample evidence file


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_catalog_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "catalog", "--format", "json")
    assert code == 0
    data = json.loads(out)
    by_id = {s["id"]: s for s in data}
    assert [by_id[i]["national"] for i in ("iso9001-2015", "iso14001-2015", "iso45001-2018")] == [
        "GB/T 19001-2016", "GB/T 24001-2016", "GB/T 45001-2020"]
    for std in data:
        keys = {"id", "code", "edition", "national", "items", "integrated", "transitions"}
        assert keys <= std.keys()
        for item in std["items"]:
            assert item["kind"] in {"clause", "maintain", "retain", "evidence"}
            assert re.fullmatch(r"\d+(\.\d+)*", item["clause"])
            for field in ("title", "description"):
                assert item[field]["en"] and item[field]["zh"]
            if item["kind"] != "clause":
                assert item["basis"] in {"required", "demonstrates", "recommended",
                                         "cb_requested"}
                # "required" is kept for what "shall maintain/retain" creates.
                assert (item["basis"] == "required") == (item["kind"] in {"maintain", "retain"})
                assert item["basis_text"]["en"] and item["basis_text"]["zh"]
                if item["basis"] == "demonstrates":
                    assert item["demonstrates"] == item["clause"]
                    assert item["clause"] in item["basis_text"]["en"]
                fresh = item["freshness"]
                if fresh is not None:
                    assert fresh["basis"] in {"organization", "regulation", "cb_practice"}
                    assert (fresh["citation"] is not None) == (fresh["basis"] == "regulation")
                assert item["guidance"]["en"] and item["guidance"]["zh"]
                assert item["typical_evidence"] and 2 <= len(item["questions"]) <= 5
    untitled = {i["clause"] for i in by_id["iso9001-2015"]["items"] if not i["title_official"]}
    assert untitled == {"4.4.1", "4.4.2", "6.1.1", "6.1.2", "6.2.1", "6.2.2", "7.5.3.1",
                        "7.5.3.2", "8.2.3.1", "8.2.3.2", "8.7.1", "8.7.2", "9.2.1", "9.2.2",
                        "10.2.1", "10.2.2"}
    assert all(i["title_official"] for s in data if s["id"] != "iso9001-2015"
               and s["code"] != "ISO 9001" for i in s["items"])
    doc_control = next(i for i in by_id["iso9001-2015"]["items"]
                       if i["id"] == "iso9001-2015:7.5.3.2:E")
    assert doc_control["basis"] == "demonstrates"
    assert doc_control["basis_text"]["en"].startswith("Shows that clause 7.5.3.2 is met")
    review = next(r for r in by_id["iso9001-2015"]["integrated"] if r["id"] == "ims:9.3:R")
    assert review["targets"]["iso14001-2015"] == ["iso14001-2015:9.3:R"]
    assert set(review["targets"]) == set(by_id)
    [transition] = by_id["iso14001-2026"]["transitions"]
    assert transition["from"] == "iso14001-2015"
    assert {"6.1.4", "6.3"} <= {c["to_clause"] for c in transition["changes"]
                                if c["change"] == "new"}


@pytest.fixture
def sample_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "s.auditready"
    code, out, _ = run(capsys, "sample", str(path))
    assert code == 0 and out.strip() == str(path)
    return path


def test_report_zh_pdf_and_xlsx(sample_path: Path, tmp_path: Path, catalog: Catalog,
                                capsys: pytest.CaptureFixture[str]) -> None:
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    code, _, err = run(capsys, "report", str(sample_path), "--pdf", str(pdf),
                       "--xlsx", str(xlsx), "--lang", "zh")
    assert code == 0, err
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for needle in ("ISO 9001", "ISO 14001", "ISO 45001", "江苏晨曦精密机械有限公司",
                   "质量方针", "GB/T 19001-2016"):
        assert needle in text, needle
    book = load_workbook(xlsx)
    for std_id in ("iso9001-2015", "iso14001-2015", "iso45001-2018"):
        std = next(s for s in catalog.standards if s.id == std_id)
        checklist = book[std.label.replace(":", " ")]  # one sheet per standard
        assert checklist.freeze_panes == "A2"
        assert checklist.auto_filter.ref
        # header, then one row per checklist item, in checklist order
        ids = [row[0] for row in checklist.iter_rows(min_row=2, max_col=1, values_only=True)]
        assert ids == [item.id for item in std.checklist()]


def test_pdf_embeds_every_font(sample_path: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    pdffonts = require_program("pdffonts", "poppler-utils")
    pdf = tmp_path / "r.pdf"
    assert run(capsys, "report", str(sample_path), "--pdf", str(pdf), "--lang", "en")[0] == 0
    rows = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    assert rows, "the PDF lists no fonts"
    for row in rows:
        # columns: name type encoding emb sub uni object ID; emb is the 4th from the right
        assert row.split()[-5] == "yes", row


def test_xlsx_converts_with_libreoffice(sample_path: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    office = require_program("libreoffice", "libreoffice-calc-nogui")
    xlsx = tmp_path / "r.xlsx"
    assert run(capsys, "report", str(sample_path), "--xlsx", str(xlsx), "--lang", "en")[0] == 0
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [office, f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), str(xlsx)],
        capture_output=True, check=True, timeout=300,
    )
    converted = tmp_path / "lo" / "r.pdf"
    assert converted.stat().st_size > 1000


def _outline_titles(outline: list) -> list[str]:
    titles: list[str] = []
    for entry in outline:
        if isinstance(entry, list):
            titles += _outline_titles(entry)
        else:
            titles.append(entry.title)
    return titles


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _assert_fonts_embedded(pdffonts: str, pdf: Path) -> None:
    rows = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    assert rows, f"{pdf.name} lists no fonts"
    for row in rows:
        assert row.split()[-5] == "yes", (pdf.name, row)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_report_writes_all_four_outputs(sample_path: Path, tmp_path: Path, lang: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    pdffonts = require_program("pdffonts", "poppler-utils")
    out = tmp_path / "out"
    out.mkdir()
    full, summary = out / "全文 report.pdf", out / "summary.pdf"
    pack, book = out / "pack.zip", out / "book.xlsx"
    code, stdout, err = run(capsys, "report", str(sample_path), "--pdf", str(full),
                            "--summary-pdf", str(summary), "--evidence-pack", str(pack),
                            "--xlsx", str(book), "--lang", lang)
    assert code == 0, err
    assert stdout.splitlines() == [str(full), str(summary), str(pack), str(book)]
    # nothing else is left in the folder (no temporary files)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        p.name for p in (full, summary, pack, book))

    title = label("report_title", lang)  # type: ignore[arg-type]
    reader = PdfReader(full)
    titles = _outline_titles(reader.outline)
    assert titles, "the full PDF has no outline"
    for code_name in ("ISO 9001", "ISO 14001", "ISO 45001"):
        assert any(code_name in t for t in titles), (code_name, titles)
    assert title in _pdf_text(full)
    assert len(PdfReader(summary).pages) == 1
    other = label("report_title", "en" if lang == "zh" else "zh")
    assert other not in _pdf_text(full)  # the chosen language only
    for pdf in (full, summary):
        _assert_fonts_embedded(pdffonts, pdf)

    with zipfile.ZipFile(pack) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert INDEX_NAME in names
        assert archive.read(INDEX_NAME).startswith(b"%PDF")
    assert any(n.endswith("/管理方针-QEHS-policy.pdf") for n in names)
    assert load_workbook(book).sheetnames


def test_report_letter_paper(sample_path: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    full, summary = tmp_path / "r.pdf", tmp_path / "s.pdf"
    code, _, err = run(capsys, "report", str(sample_path), "--pdf", str(full),
                       "--summary-pdf", str(summary), "--lang", "en", "--paper", "letter")
    assert code == 0, err
    for pdf in (full, summary):
        box = PdfReader(pdf).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # 8.5 x 11 in
    code, _, err = run(capsys, "report", str(sample_path), "--pdf", str(full), "--lang", "en")
    assert code == 0, err
    box = PdfReader(full).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 by default


def test_report_groups_the_action_plan_by_owner_or_standard(
        sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    full = tmp_path / "r.pdf"

    def plan_text() -> str:
        text = "".join(page.extract_text() for page in PdfReader(full).pages)
        return re.sub(r"\s+", "", text)

    code, _, err = run(capsys, "report", str(sample_path), "--pdf", str(full), "--lang", "en")
    assert code == 0, err
    assert "Openactionsbyowner" in plan_text()
    code, _, err = run(capsys, "report", str(sample_path), "--pdf", str(full), "--lang", "en",
                       "--actions-by", "standard")
    assert code == 0, err
    assert "Openactionsbystandard" in plan_text()
    assert run(capsys, "report", str(sample_path), "--pdf", str(full),
               "--actions-by", "team")[0] != 0


def test_report_writes_all_or_nothing(sample_path: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITREADY_LANG", "en")
    with sqlite3.connect(sample_path) as conn:  # damage one stored evidence file
        conn.execute("UPDATE blob_chunks SET data = ? WHERE sha256 = (SELECT sha256 FROM "
                     "evidence WHERE name = ?) AND seq = 0", [b"forged" * 10, ASPECTS])
    out = tmp_path / "out"
    out.mkdir()
    old = out / "r.pdf"
    old.write_bytes(b"previous report")
    # the PDFs are complete before the evidence pack fails: none of them may land
    code, stdout, err = run(capsys, "report", str(sample_path), "--pdf", str(old),
                            "--summary-pdf", str(out / "s.pdf"), "--evidence-pack",
                            str(out / "p.zip"), "--xlsx", str(out / "b.xlsx"))
    assert code == 2, err
    assert stdout == "" and ASPECTS in err and "Traceback" not in err
    assert old.read_bytes() == b"previous report"
    assert [p.name for p in out.iterdir()] == ["r.pdf"]  # no other output, no temporary file

    missing = tmp_path / "no such folder" / "b.xlsx"
    code, _, err = run(capsys, "report", str(sample_path), "--pdf", str(old),
                       "--xlsx", str(missing))
    assert code == 2
    assert str(missing) in err and "does not exist" in err
    assert old.read_bytes() == b"previous report"


def test_report_needs_an_output(sample_path: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITREADY_LANG", "zh_CN")
    code, _, err = run(capsys, "report", str(sample_path), "--lang", "en")
    assert code == 2
    assert "--evidence-pack" in err and "请至少指定" in err
    assert run(capsys, "report", str(sample_path), "--pdf", "x.pdf", "--paper", "a3")[0] == 3


def test_readiness_json(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "readiness", str(sample_path), "--format", "json")
    assert code == 0
    data = json.loads(out)
    figures = {r["code"]: r for r in data["standards"]}
    assert set(figures) == {"ISO 9001", "ISO 14001", "ISO 45001"}
    for r in figures.values():
        assert 0 < r["ready"] < r["applicable"]
        assert r["share"] == round(r["ready"] / r["applicable"], 4)
        assert set(r["layers"]) == {"documented", "implemented", "sustained", "overall"}
        assert all(0.0 <= v <= 1.0 for v in r["layers"].values())
    assert set(data["integrated"]["layers"]) == {"documented", "implemented", "sustained",
                                                 "overall"}
    gates = {g["id"]: g for g in data["gates"]}
    assert list(gates) == ["operating_period", "internal_audit", "management_review",
                           "climate_decision", "mandatory_documented", "no_open_major",
                           "reapplication_bar"]
    assert gates["reapplication_bar"]["passed"] is True
    rule = data["suspension_rule"]
    assert rule["months"] == rule["default_months"] == 3 and rule["is_default"] is True
    assert "CNCA-QMS-01:2025" in rule["source"]["en"] and "CNCA-QMS-01:2025" in rule["source"]["zh"]
    # The sample's first internal audit missed ISO 9001 8.5 at the warehouse.
    assert gates["internal_audit"]["passed"] is False
    assert "8.5" in gates["internal_audit"]["reason"]["en"]
    assert gates["internal_audit"]["reason"]["zh"]
    assert {"clause": "iso9001-2015:8.5", "site": data["coverage"]["sites"][-1]} in (
        data["coverage"]["missing"])
    assert gates["operating_period"]["passed"] is True
    assert gates["climate_decision"]["passed"] is True
    # ISO 9001 is certified; its first surveillance is due within 90 days.
    today = dt.date.fromisoformat(data["today"])
    certified = [c for c in data["certificates"] if c["standard_id"] == "iso9001-2015"]
    assert len(certified) == 1
    assert certified[0]["state"] == "surveillance_due"
    due = dt.date.fromisoformat(certified[0]["next_due"]["due"])
    assert 0 <= (due - today).days <= 90
    assert data["actions"]["overdue"], "the sample has an overdue corrective action"
    estimate = data["audit_time"]
    assert estimate["initial_days"] > estimate["recertification_days"] > estimate[
        "surveillance_days"] > 0
    assert len(estimate["steps"]) >= 4
    assert estimate["disclaimer"]["en"] and estimate["disclaimer"]["zh"]


def test_readiness_text_names_failed_gates_in_chinese(
    sample_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AUDITREADY_LANG", "zh_CN")
    code, out, _ = run(capsys, "readiness", str(sample_path))
    assert code == 0
    assert "✘ 未通过" in out and "✔ 通过" in out
    assert "ISO 9001:2015" in out


def test_not_a_project_is_a_clear_message_and_the_file_is_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AUDITREADY_LANG", "zh_CN")
    notes = tmp_path / "notes.auditready"
    notes.write_text("not a project", encoding="utf-8")
    code, _, err = run(capsys, "report", str(notes), "--pdf", str(tmp_path / "x.pdf"))
    assert code == 2
    assert "notes.auditready" in err and "Traceback" not in err
    assert re.search(r"[\u4e00-\u9fff]", err)
    assert notes.read_text(encoding="utf-8") == "not a project"
    assert not (tmp_path / "x.pdf").exists()


def test_sample_refuses_to_overwrite(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sample_path.read_bytes()
    code, _, err = run(capsys, "sample", str(sample_path))
    assert code == 2 and "s.auditready" in err
    assert sample_path.read_bytes() == before


def test_bad_command_line_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "report")[0] == 3
