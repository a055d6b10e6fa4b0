"""export_evidence_pack on the sample project: folders, index, expiry, cancel, damaged files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import LETTER

from desktop.domain.records import EvidenceMeta
from desktop.errors import CancelledError, EvidenceError, ValidationError
from desktop.paths import resource
from desktop.reports.pack.evidence_pack import INDEX_NAME
from desktop.services.records import set_evidence_meta
from desktop.services.reporting.data import report_data
from desktop.services.reporting.evidence_pack import export_evidence_pack
from tests.clock import SAMPLE_NOW
from tests.tools import require_program

POLICY = "管理方针-QEHS-policy.pdf"
ASPECTS = "环境因素识别评价表.xlsx"
DRILL = "消防疏散演练照片.png"


def _flat(value: str) -> str:
    return re.sub(r"\s+", "", value)


def _index_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        pdf = archive.read(INDEX_NAME)
    return _flat("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_sample_pack_puts_each_file_under_every_clause_it_serves(sample, tmp_path):
    target = tmp_path / "证据包.zip"

    assert export_evidence_pack(sample, target, "zh") == target

    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        policy = archive.read(f"01 ISO 9001-2015/5.2.2 沟通质量方针/{POLICY}")
    assert names == [
        INDEX_NAME,
        "manifest.csv",
        "SHA256SUMS",
        f"01 ISO 9001-2015/5.2.2 沟通质量方针/{POLICY}",
        f"02 ISO 14001-2015/5.2 环境方针/{POLICY}",
        f"02 ISO 14001-2015/6.1.2 环境因素/{ASPECTS}",
        f"02 ISO 14001-2015/8.2 应急准备和响应/{DRILL}",
        f"03 ISO 45001-2018/5.2 职业健康安全方针/{POLICY}",
        f"03 ISO 45001-2018/8.2 应急准备和响应/{DRILL}",
    ]
    assert policy == resource("samples", POLICY).read_bytes()


def test_sample_index_lists_files_with_status_version_and_place(sample, tmp_path):
    target = tmp_path / "pack.zip"
    export_evidence_pack(sample, target, "en", data=report_data(sample, "en", now=SAMPLE_NOW))
    text = _index_text(target)

    assert _flat("江苏晨曦精密机械有限公司") in text
    assert _flat("GB/T 19001-2016 / ISO 9001:2015") in text
    # The quality policy item: ready, its file with version A/0 (sample metadata) and path.
    assert _flat("● Ready") in text
    assert _flat(POLICY) in text
    assert _flat("Version A/0") in text
    assert _flat(f"→ 01 ISO 9001-2015/5.2.2 Communicating the quality policy/{POLICY}") in text
    assert _flat(f"→ 03 ISO 45001-2018/5.2 OH&S policy/{POLICY}") in text
    assert _flat("3 evidence files, stored as 6 files in this pack") in text
    assert _flat("Every evidence file serves at least one item.") in text
    assert "Expired" not in text


def test_expired_evidence_is_marked_in_the_index(sample, tmp_path):
    drill = next(ev for ev in sample.store.evidence_list() if ev.name == DRILL)
    yesterday = dt.date.today() - dt.timedelta(days=1)
    set_evidence_meta(sample, EvidenceMeta(drill.id, effective_from=dt.date(2025, 5, 22),
                                           review_by=yesterday))
    target = tmp_path / "pack.zip"
    export_evidence_pack(sample, target, "en")

    # review_by is the last day it counts; it stopped counting today, under both items.
    expected = _flat(f"⊗ Expired (no longer counts from {dt.date.today().isoformat()})")
    assert _index_text(target).count(expected) == 2


def test_cancelled_export_leaves_no_file(sample, tmp_path):
    target = tmp_path / "pack.zip"

    with pytest.raises(CancelledError):
        export_evidence_pack(sample, target, "zh", cancelled=lambda: True)

    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_progress_reaches_the_size_of_all_copies(sample, tmp_path):
    sizes = {name: resource("samples", name).stat().st_size for name in (POLICY, ASPECTS, DRILL)}
    calls: list[tuple[int, int]] = []
    export_evidence_pack(sample, tmp_path / "p.zip", "en",
                         progress=lambda done, total: calls.append((done, total)))

    total = 3 * sizes[POLICY] + sizes[ASPECTS] + 2 * sizes[DRILL]
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)


def test_damaged_stored_file_gives_a_clear_error_and_no_pack(sample, tmp_path):
    aspects = next(ev for ev in sample.store.evidence_list() if ev.name == ASPECTS)
    with sqlite3.connect(sample.path) as conn:
        conn.execute("UPDATE blob_chunks SET data = ? WHERE sha256 = ? AND seq = 0",
                     [b"forged" * 10, aspects.sha256])
    target = tmp_path / "pack.zip"

    with pytest.raises(EvidenceError, match="damaged") as caught:
        export_evidence_pack(sample, target, "zh")

    assert ASPECTS in caught.value.zh
    assert "已损坏" in caught.value.zh
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_missing_chunk_gives_a_clear_error_and_no_pack(sample, tmp_path):
    policy = next(ev for ev in sample.store.evidence_list() if ev.name == POLICY)
    with sqlite3.connect(sample.path) as conn:
        conn.execute("DELETE FROM blob_chunks WHERE sha256 = ?", [policy.sha256])
    target = tmp_path / "pack.zip"

    with pytest.raises(EvidenceError) as caught:
        export_evidence_pack(sample, target, "en")

    assert POLICY in caught.value.en
    assert not target.exists()


def test_unknown_language_is_refused(sample, tmp_path):
    with pytest.raises(ValidationError):
        export_evidence_pack(sample, tmp_path / "p.zip", "fr")  # type: ignore[arg-type]
    assert not (tmp_path / "p.zip").exists()


def test_precomputed_data_and_letter_paper_are_used(sample, tmp_path):
    data = report_data(sample, "en")
    target = tmp_path / "pack.zip"
    export_evidence_pack(sample, target, "en", data=data, pagesize=LETTER)

    with zipfile.ZipFile(target) as archive:
        reader = PdfReader(io.BytesIO(archive.read(INDEX_NAME)))
        names = archive.namelist()
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == LETTER
    assert f"01 ISO 9001-2015/5.2.2 Communicating the quality policy/{POLICY}" in names
    with pytest.raises(ValueError):
        export_evidence_pack(sample, tmp_path / "zh.zip", "zh", data=data)


def test_auditor_unzips_the_pack_and_checks_every_file_with_sha256sum(sample, tmp_path):
    unzip = require_program("unzip", "unzip")
    sha256sum = require_program("sha256sum", "coreutils")
    target = tmp_path / "pack.zip"
    export_evidence_pack(sample, target, "zh")
    out = tmp_path / "out"
    subprocess.run([unzip, "-q", str(target), "-d", str(out)], check=True)

    check = subprocess.run([sha256sum, "-c", "SHA256SUMS"], cwd=out, capture_output=True,
                           text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    summed = sorted(line.split("  ", 1)[1] for line in
                    (out / "SHA256SUMS").read_text("utf-8").splitlines())
    assert summed == [name for name in files if name != "SHA256SUMS"]

    raw = (out / "manifest.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the BOM as UTF-8
    header, *rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert header[:4] == ["包内路径", "原文件名", "大小（字节）", "SHA-256"]
    assert sorted(row[0] for row in rows) == [
        name for name in files if name not in ("SHA256SUMS", "manifest.csv")]
    for row in rows:
        assert re.fullmatch("[0-9a-f]{64}", row[3]), row
        assert int(row[2]) == (out / row[0]).stat().st_size
    policy = next(row for row in rows if row[0].startswith("01 ") and row[1] == POLICY)
    assert policy[4] == "文件" and policy[5]  # nature and version from the sample metadata
    assert "ISO 9001 5.2.2" in policy[8]


def test_files_keep_their_own_date_and_the_index_prints_full_hashes(sample, tmp_path):
    policy = next(ev for ev in sample.store.evidence_list() if ev.name == POLICY)
    set_evidence_meta(sample, EvidenceMeta(policy.id, version="B/1",
                                           approved_on=dt.date(2024, 3, 18)))
    target = tmp_path / "pack.zip"
    export_evidence_pack(sample, target, "en")

    with zipfile.ZipFile(target) as archive:
        dates = {info.filename: info.date_time[:3] for info in archive.infolist()}
    assert dates[f"01 ISO 9001-2015/5.2.2 Communicating the quality policy/{POLICY}"] == (
        2024, 3, 18)
    assert dates["manifest.csv"] == dates[INDEX_NAME] != (2024, 3, 18)  # export time
    text = _index_text(target)
    assert _flat(f"SHA-256 {policy.sha256}") in text
    assert _flat("Requested but missing") in text


def test_index_lists_only_items_with_evidence_and_what_is_missing(sample, tmp_path):
    target = tmp_path / "pack.zip"
    export_evidence_pack(sample, target, "en")
    text = _index_text(target)
    data = report_data(sample, "en")

    # An item without files (9.3.3 results of management review) is not in the standard
    # tables but in the missing list when it is mandatory and not ready without a file.
    missing = [row for section in data.standards for row in section.rows
               if row.kind.is_mandatory_documented and not row.evidence_names
               and row.status.value != "not_applicable"]
    assert missing
    tail = text.split(_flat("Requested but missing"), 1)[1]
    for row in missing[:5]:
        assert _flat(row.title) in tail
    first = data.standards[0]
    assert _flat(f"of {len(first.rows)} checklist items have evidence") in text
    head = text.split(_flat("Requested but missing"), 1)[0]
    assert _flat(missing[0].title) not in head
