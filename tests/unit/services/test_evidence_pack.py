"""export_evidence_pack on the sample project: folders, index, expiry, cancel, damaged files."""

from __future__ import annotations

import datetime as dt
import io
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import LETTER

from desktop.domain.records import EvidenceMeta
from desktop.errors import CancelledError, EvidenceError, ValidationError
from desktop.paths import resource
from desktop.reports.evidence_pack import INDEX_NAME
from desktop.services.evidence_pack import export_evidence_pack
from desktop.services.records import set_evidence_meta
from desktop.services.report_data import report_data

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
    export_evidence_pack(sample, target, "en")
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
