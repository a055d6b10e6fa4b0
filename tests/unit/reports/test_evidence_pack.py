"""Evidence pack (reports layer): Windows-safe names, folder layout, streaming, index PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import re
import subprocess
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import LETTER

from desktop.domain.model import Evidence, Lang, Text
from desktop.errors import CancelledError, EvidenceError
from desktop.reports.model import ReportData, build_report_data
from desktop.reports.pack.evidence_pack import (
    INDEX_NAME,
    compression_for,
    numbered_name,
    plan_evidence_pack,
    sanitize_name,
    write_evidence_pack,
)
from desktop.reports.pack.evidence_pack_index import render_pack_index
from tests.tools import require_program

Q, E = "iso9001-2015", "iso14001-2015"
MARKUP_NAME = "<b>memo</b> & <font>.txt"

# (name, content, item ids); ids are given by position, starting at 1.
FILES: list[tuple[str, bytes, tuple[str, ...]]] = [
    ("质量手册 V3.pdf", b"%PDF-1.4 manual", (f"{E}:5.2:M", f"{Q}:4.3:M", f"{Q}:5.2.2:M")),
    ("Policy.pdf", b"policy one", (f"{Q}:5.2.2:M",)),
    ("policy.PDF", b"policy two!", (f"{Q}:5.2.2:M",)),
    (MARKUP_NAME, b"note " * 100, (f"{Q}:7.2:R",)),
    ("旧版程序文件.docx", b"old draft", ("iso45001-2018:5.4:E",)),  # standard not in report
    ("CON.txt", b"console", ()),
]


def _evidence() -> list[Evidence]:
    added = dt.datetime(2025, 3, 1, 8, 0, tzinfo=dt.UTC)
    return [
        Evidence(
            id=n,
            sha256=hashlib.sha256(content).hexdigest(),
            name=name,
            size=len(content),
            media_type="application/octet-stream",
            added_at=added,
            item_ids=items,
        )
        for n, (name, content, items) in enumerate(FILES, start=1)
    ]


CONTENT = {n: content for n, (_, content, _) in enumerate(FILES, start=1)}
LINKS = {ev.id: ev.item_ids for ev in _evidence()}


def _data(report_sample, lang: Lang) -> ReportData:
    return build_report_data(
        standards=[report_sample.qms(), report_sample.ems()],
        profile=report_sample.profile(),
        states=report_sample.states(),
        evidence=_evidence(),
        lang=lang,
        generated_at=report_sample.generated_at,
        app_version="0.1.0",
    )


def _read(evidence_id: int) -> Iterator[bytes]:
    """Content in chunks of 4 bytes, so every file streams in several pieces."""
    content = CONTENT[evidence_id]
    for start in range(0, len(content), 4):
        yield content[start:start + 4]


def _pdf_text(data: bytes) -> str:
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", "", text)


def _flat(value: str) -> str:
    return re.sub(r"\s+", "", value)


# --- names ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ISO 9001:2015", "ISO 9001-2015"),
        ('a<b>c:d"e/f\\g|h?i*j.pdf', "a_b_c-d_e-f-g-h_i_j.pdf"),
        ("tab\there\x00.txt", "tab_here_.txt"),
        ("report. . .", "report"),
        ("  leading and trailing   ", "leading and trailing"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("Lpt9.tar.gz", "_Lpt9.tar.gz"),
        ("COM1 .log", "_COM1 .log"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("COM10.txt", "COM10.txt"),
        ("...", "_"),
        ("", "_"),
        ("管理方针-QEHS-policy.pdf", "管理方针-QEHS-policy.pdf"),
        ("e\u0301cole.pdf", "\u00e9cole.pdf"),  # decomposed é (macOS) -> one character
    ],
)
def test_sanitize_name_makes_names_windows_accepts(name, expected):
    assert sanitize_name(name) == expected


@pytest.mark.parametrize(
    ("name", "limit", "keep_extension", "expected"),
    [
        ("a" * 130 + ".pdf", 120, True, "a" * 116 + ".pdf"),
        ("证" * 200 + ".xlsx", 120, True, "证" * 115 + ".xlsx"),
        ("a" * 130, 120, True, "a" * 120),
        ("5.2.2 " + "x" * 80, 60, False, "5.2.2 " + "x" * 54),
        ("word " * 20, 23, False, "word word word word wor"),
        ("ab." * 30, 20, False, "ab.ab.ab.ab.ab.ab.ab"),
    ],
)
def test_long_names_are_shortened_keeping_the_extension(name, limit, keep_extension, expected):
    result = sanitize_name(name, limit=limit, keep_extension=keep_extension)

    assert result == expected
    assert len(result) <= limit


@pytest.mark.parametrize(
    ("name", "number", "expected"),
    [
        ("Policy.pdf", 2, "Policy (2).pdf"),
        ("README", 3, "README (3)"),
        ("a" * 116 + ".pdf", 2, "a" * 112 + " (2).pdf"),
    ],
)
def test_numbered_name_puts_the_number_before_the_extension(name, number, expected):
    assert numbered_name(name, number) == expected
    assert len(numbered_name(name, number)) <= 120


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("scan.PDF", zipfile.ZIP_STORED),
        ("photo.jpeg", zipfile.ZIP_STORED),
        ("aspects.xlsx", zipfile.ZIP_STORED),
        ("procedure.docx", zipfile.ZIP_STORED),
        ("old.zip", zipfile.ZIP_STORED),
        ("register.csv", zipfile.ZIP_DEFLATED),
        ("minutes.txt", zipfile.ZIP_DEFLATED),
        ("legacy.doc", zipfile.ZIP_DEFLATED),
        ("no extension", zipfile.ZIP_DEFLATED),
    ],
)
def test_already_compressed_formats_are_stored(name, method):
    assert compression_for(name) == method


# --- layout -----------------------------------------------------------------------


def test_shared_file_is_copied_into_every_clause_folder_it_serves(report_sample):
    plan = plan_evidence_pack(_data(report_sample, "zh"), LINKS)

    assert [entry.path for entry in plan.entries] == [
        "01 ISO 9001-2015/4.3 确定管理体系的范围/质量手册 V3.pdf",
        "01 ISO 9001-2015/5.2.2 沟通质量方针/Policy.pdf",
        "01 ISO 9001-2015/5.2.2 沟通质量方针/policy (2).PDF",
        "01 ISO 9001-2015/5.2.2 沟通质量方针/质量手册 V3.pdf",
        "01 ISO 9001-2015/7.2 能力/_b_memo_-b_ & _font_.txt",
        "02 ISO 14001-2015/5.2 环境方针/质量手册 V3.pdf",
        "03 未关联检查项/_CON.txt",
        "03 未关联检查项/旧版程序文件.docx",
    ]
    assert plan.file_count == 6
    # Copies count: the manual (15 bytes) three times.
    assert plan.total_bytes == 3 * 15 + 10 + 11 + 500 + 9 + 7


def test_english_pack_uses_english_clause_titles(report_sample):
    plan = plan_evidence_pack(_data(report_sample, "en"), LINKS)
    paths = [entry.path for entry in plan.entries]

    assert "01 ISO 9001-2015/5.2.2 Communicating the quality policy/Policy.pdf" in paths
    assert "03 Not linked to any item/_CON.txt" in paths


def test_index_lists_items_with_status_files_and_paths(report_sample):
    data = _data(report_sample, "en")
    plan = plan_evidence_pack(data, LINKS)
    text = _pdf_text(render_pack_index(data, plan))

    assert _flat("Evidence pack index") in text
    assert _flat(report_sample.company) in text
    assert _flat("Quality policy, approved and communicated") in text
    assert _flat("◐ In progress") in text  # 5.2.2 is in progress
    assert _flat("● Ready") in text
    assert _flat("01 ISO 9001-2015/5.2.2 Communicating the quality policy/policy (2).PDF") in text
    assert _flat(f"SHA-256 {hashlib.sha256(b'policy two!').hexdigest()}") in text
    assert _flat("Evidence not linked to any checklist item") in text
    assert _flat("6 evidence files, stored as 8 files in this pack") in text
    assert _flat("not a certificate") in text


def test_index_prints_markup_in_file_names_literally(report_sample):
    data = _data(report_sample, "zh")
    raw = "".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(render_pack_index(data, plan_evidence_pack(data, LINKS))))
        .pages
    )

    assert MARKUP_NAME in raw


def test_index_has_an_outline_page_numbers_and_letter_size(report_sample):
    data = _data(report_sample, "zh")
    reader = PdfReader(io.BytesIO(render_pack_index(data, plan_evidence_pack(data, LINKS),
                                                    pagesize=LETTER)))

    assert [entry.title for entry in reader.outline] == [
        "证据包索引", "ISO 9001:2015", "ISO 14001:2015", "要求提供但缺少的文件",
        "未关联任何检查项的证据",
    ]
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"第 {number} 页，共" in page.extract_text()
        assert (float(page.mediabox.width), float(page.mediabox.height)) == LETTER
    assert reader.metadata.title == "证据包索引 – 苏州精工机械制造有限公司"
    assert total >= 4  # overview, two standards, unlinked evidence


# --- writing ----------------------------------------------------------------------


def test_pack_round_trips_chinese_names_and_content(report_sample, tmp_path):
    target = tmp_path / "证据包.zip"
    write_evidence_pack(_data(report_sample, "zh"), LINKS, target, _read)

    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
        infos = archive.infolist()
        assert infos[0].filename == INDEX_NAME
        assert [info.filename for info in infos[1:3]] == ["manifest.csv", "SHA256SUMS"]
        for info in infos:
            if not info.filename.isascii():
                assert info.flag_bits & 0x800, info.filename  # names stored as UTF-8
        archive.extractall(tmp_path / "out")

    out = tmp_path / "out"
    assert (out / "00 索引 Index.pdf").read_bytes().startswith(b"%PDF")
    for folder in ("01 ISO 9001-2015/5.2.2 沟通质量方针", "02 ISO 14001-2015/5.2 环境方针"):
        assert (out / folder / "质量手册 V3.pdf").read_bytes() == b"%PDF-1.4 manual"
    assert (out / "01 ISO 9001-2015/5.2.2 沟通质量方针/policy (2).PDF").read_bytes() == (
        b"policy two!"
    )
    assert (out / "03 未关联检查项/旧版程序文件.docx").read_bytes() == b"old draft"


def test_pack_compresses_text_and_stores_compressed_formats(report_sample, tmp_path):
    target = tmp_path / "pack.zip"
    write_evidence_pack(_data(report_sample, "en"), LINKS, target, _read)

    with zipfile.ZipFile(target) as archive:
        methods = {info.filename.rsplit("/", 1)[-1]: info.compress_type
                   for info in archive.infolist()}
        memo = archive.getinfo("01 ISO 9001-2015/7.2 Competence/_b_memo_-b_ & _font_.txt")

    assert methods["Policy.pdf"] == zipfile.ZIP_STORED
    assert methods["旧版程序文件.docx"] == zipfile.ZIP_STORED
    assert methods[INDEX_NAME] == zipfile.ZIP_STORED
    assert memo.compress_type == zipfile.ZIP_DEFLATED
    assert memo.compress_size < memo.file_size == 500


def test_progress_counts_every_copy_and_ends_at_the_total(report_sample, tmp_path):
    calls: list[tuple[int, int]] = []
    write_evidence_pack(_data(report_sample, "en"), LINKS, tmp_path / "p.zip", _read,
                        progress=lambda done, total: calls.append((done, total)))

    total = 3 * 15 + 10 + 11 + 500 + 9 + 7
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert all(total_ == total for _, total_ in calls)
    done = [d for d, _ in calls]
    assert done == sorted(done)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_cancel_leaves_the_previous_file_untouched(report_sample, tmp_path):
    target = tmp_path / "pack.zip"
    target.write_bytes(b"previous pack")
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls > 5

    with pytest.raises(CancelledError):
        write_evidence_pack(_data(report_sample, "en"), LINKS, target, _read,
                            cancelled=cancelled)

    assert target.read_bytes() == b"previous pack"
    assert _leftovers(tmp_path) == []


def test_content_not_matching_its_sha256_is_refused(report_sample, tmp_path):
    def forged(evidence_id: int) -> Iterator[bytes]:
        content = CONTENT[evidence_id]
        yield content.replace(b"two", b"TWO") if evidence_id == 3 else content

    target = tmp_path / "pack.zip"
    with pytest.raises(EvidenceError, match="damaged") as caught:
        write_evidence_pack(_data(report_sample, "en"), LINKS, target, forged)

    assert "policy.PDF" in caught.value.zh
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_a_big_file_streams_without_being_held_in_memory(report_sample, tmp_path):
    chunk = bytes(range(256)) * 4096  # 1 MiB
    count = 48
    digest = hashlib.sha256()
    for _ in range(count):
        digest.update(chunk)
    big = Evidence(id=99, sha256=digest.hexdigest(), name="scan.pdf", size=len(chunk) * count,
                   media_type="application/pdf",
                   added_at=dt.datetime(2025, 3, 1, tzinfo=dt.UTC), item_ids=(f"{Q}:7.2:R",))
    data = build_report_data(
        standards=[report_sample.qms()], profile=report_sample.profile(), states={},
        evidence=[big], lang="en", generated_at=report_sample.generated_at, app_version="0.1.0",
    )

    def read(evidence_id: int) -> Iterator[bytes]:
        for _ in range(count):
            yield chunk

    tracemalloc.start()
    try:
        write_evidence_pack(data, {99: big.item_ids}, tmp_path / "big.zip", read)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert peak < 12 * len(chunk)  # a few chunks at most, never the 48 MiB file
    with zipfile.ZipFile(tmp_path / "big.zip") as archive:
        assert archive.getinfo("01 ISO 9001-2015/7.2 Competence/scan.pdf").file_size == big.size


def test_paths_stay_short_enough_to_extract_on_windows(report_sample):
    qms = report_sample.qms()
    long_title = "很长的条款标题" * 20
    items = tuple(
        dataclasses.replace(item, title=Text(long_title, long_title))
        if item.id == f"{Q}:7.2" else item
        for item in qms.items
    )
    custom = dataclasses.replace(qms, code="Customer-specific requirements " * 4, items=items)
    long_name = "供应商评价记录" * 30 + ".pdf"
    evidence = Evidence(id=1, sha256="0" * 64, name=long_name, size=1, media_type="",
                        added_at=dt.datetime(2025, 3, 1, tzinfo=dt.UTC),
                        item_ids=(f"{Q}:7.2:R",))
    data = build_report_data(
        standards=[custom], profile=report_sample.profile(), states={}, evidence=[evidence],
        lang="zh", generated_at=report_sample.generated_at, app_version="0.1.0",
    )

    (entry,) = plan_evidence_pack(data, {1: evidence.item_ids}).entries
    standard, clause, name = entry.path.split("/")

    assert standard == "01 Customer-specific requirement"  # cut at 32 characters
    assert clause == "7.2 " + (long_title * 2)[:56]
    assert name == "供应商评价记录" * 16 + "供应商评.pdf"  # 116 + ".pdf"
    assert len(name) == 120
    assert len(entry.path) <= 214


def test_index_embeds_its_only_font(report_sample, tmp_path):
    pdffonts = require_program("pdffonts", "poppler-utils")
    data = _data(report_sample, "zh")
    index = tmp_path / "index.pdf"
    index.write_bytes(render_pack_index(data, plan_evidence_pack(data, LINKS)))

    result = subprocess.run([pdffonts, index], capture_output=True, text=True, check=True)
    rows = result.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column
        assert "WenQuanYi" in row, row
