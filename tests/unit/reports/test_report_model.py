"""build_report_data: readiness figures, checklist rows, evidence register, labels."""

from __future__ import annotations

import datetime as dt
import re
import string

import pytest

from desktop.domain.model import CompanyProfile, Evidence, ItemKind, ItemState, ItemStatus
from desktop.reports.labels import (
    LABELS,
    format_percent,
    format_size,
    kind_label,
    label,
)
from desktop.reports.model import ReportData, build_report_data, clean_text


def test_readiness_per_standard_comes_from_the_states(report_sample):
    data = report_sample.report("en")

    qms, ems = data.standards
    assert (qms.label, qms.code, qms.standard_id) == ("ISO 9001:2015", "ISO 9001", "iso9001-2015")
    assert qms.designation == "GB/T 19001-2016 / ISO 9001:2015/Amd 1:2024"
    assert ems.designation == "GB/T 24001-2016 / ISO 14001:2015"
    # 8 checklist items, one not applicable, two ready (4.3 M and 7.1.5.2 R).
    r = qms.readiness
    assert (r.total, r.applicable, r.ready, r.in_progress) == (8, 7, 2, 1)
    assert (r.mandatory_applicable, r.mandatory_ready) == (6, 2)
    assert (ems.readiness.applicable, ems.readiness.ready) == (2, 1)


def test_rows_follow_document_order_with_clause_titles(report_sample):
    data = report_sample.report("zh")

    rows = data.standards[0].rows
    assert [row.clause for row in rows] == [
        "4.3",
        "5.2.2",
        "7.1.5.2",
        "7.2",
        "8.3",
        "9.2.2",
        "9.3.3",
        "9.3.3",
    ]
    first = rows[0]
    assert first.item_id == "iso9001-2015:4.3:M"
    assert first.clause_title == "确定管理体系的范围"
    assert first.title == "成文的体系范围及不适用条款的理由"
    assert first.kind is ItemKind.MAINTAIN
    assert first.kind_text == "文件（保持）"
    assert first.status_text == "● 就绪"
    assert first.owner == "王质量"
    assert first.evidence_names == ("质量手册 V3.pdf",)


@pytest.mark.parametrize(
    ("lang", "kinds", "status"),
    [
        ("en", ["Document (maintain)", "Record (retain)", "Evidence"], "○ Not started"),
        ("zh", ["文件（保持）", "记录（保留）", "证据"], "○ 未开始"),
    ],
)
def test_kind_and_status_words_are_in_the_report_language(report_sample, lang, kinds, status):
    rows = {row.item_id: row for row in report_sample.report(lang).standards[0].rows}

    assert rows["iso9001-2015:4.3:M"].kind_text == kinds[0]
    assert rows["iso9001-2015:7.2:R"].kind_text == kinds[1]
    assert rows["iso9001-2015:8.3:E"].kind_text == kinds[2]
    # An item without a recorded state counts as not started.
    assert rows["iso9001-2015:9.2.2:R"].status_text == status
    assert rows["iso9001-2015:9.2.2:R"].status is ItemStatus.NOT_STARTED


def test_remarks_put_the_labelled_justification_before_the_notes(report_sample):
    zh = {row.item_id: row for row in report_sample.report("zh").standards[0].rows}
    en = {row.item_id: row for row in report_sample.report("en").standards[0].rows}

    assert zh["iso9001-2015:8.3:E"].remarks == f"不适用理由：{report_sample.na_justification}"
    assert en["iso9001-2015:8.3:E"].remarks == f"Justification: {report_sample.na_justification}"
    assert en["iso9001-2015:7.2:R"].remarks == report_sample.formula_note
    assert en["iso9001-2015:7.2:R"].justification == ""


def test_evidence_register_rows(report_sample):
    data = report_sample.report("en")

    by_id = {row.evidence_id: row for row in data.evidence}
    manual = by_id[1]
    assert manual.sha256_short == "a" * 12
    assert manual.sha256 == "a" * 64
    # Served items in the order of the report's standards, as code + clause.
    assert manual.serves == ("ISO 9001 4.3", "ISO 9001 5.2.2", "ISO 14001 5.2")
    # Added 2025-03-13 20:00 UTC is 2025-03-14 in the report's UTC+8.
    assert manual.added_on == dt.date(2025, 3, 14)
    # Items of standards outside the report keep their id.
    assert by_id[3].serves == ("iso45001-2018:5.4:E",)
    assert [row.name for row in data.evidence] == sorted(
        (row.name for row in data.evidence), key=str.casefold
    )


def test_naive_generated_at_keeps_utc_dates(report_sample):
    data = build_report_data(
        standards=[report_sample.qms()],
        profile=report_sample.profile(),
        states={},
        evidence=report_sample.evidence(),
        lang="en",
        generated_at=dt.datetime(2025, 3, 14, 9, 30),
        app_version="0.1.0",
    )

    assert {row.evidence_id: row.added_on for row in data.evidence}[1] == dt.date(2025, 3, 13)


def test_user_text_is_cleaned_of_control_characters(report_sample):
    added = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    data = build_report_data(
        standards=[report_sample.qms()],
        profile=CompanyProfile(name="ACME\x00 Ltd\r\nBranch", sites=("Site\x0b 1",)),
        states={"iso9001-2015:4.3:M": ItemState("iso9001-2015:4.3:M", notes="a\x07b\rc\td")},
        evidence=[Evidence(1, "0" * 64, "x\x1f.pdf", 1, "application/pdf", added, ())],
        lang="en",
        generated_at=dt.datetime(2025, 1, 1),
        app_version="0.1.0",
    )

    assert data.company.name == "ACME Ltd\nBranch"
    assert data.company.sites == ("Site 1",)
    assert data.standards[0].rows[0].notes == "ab\nc\td"
    assert data.evidence[0].name == "x.pdf"
    assert clean_text("\ud800ok\ufffe") == "ok"


def test_report_data_is_frozen(report_sample):
    data: ReportData = report_sample.report("en")

    with pytest.raises(AttributeError):
        data.lang = "zh"  # type: ignore[misc]


def test_every_label_exists_in_both_languages_with_the_same_fields():
    fields = string.Formatter()
    for key, text in LABELS.items():
        assert text.en.strip(), key
        assert text.zh.strip(), key
        en_fields = {name for _, name, _, _ in fields.parse(text.en) if name}
        zh_fields = {name for _, name, _, _ in fields.parse(text.zh) if name}
        assert en_fields == zh_fields, key
        assert re.search("[\u4e00-\u9fff]", text.zh) or key.startswith("col_sha"), key


def test_label_helpers():
    assert label("sheet_checklist", "zh") == "检查表"
    assert label("sheet_evidence", "en") == "Evidence register"
    assert kind_label(ItemKind.RETAIN, "zh") == "记录（保留）"
    with pytest.raises(ValueError, match="clause"):
        kind_label(ItemKind.CLAUSE, "en")
    with pytest.raises(KeyError):
        label("no_such_label", "en")


@pytest.mark.parametrize(
    ("share", "text"),
    [(0.0, "0%"), (0.001, "<1%"), (2 / 7, "29%"), (0.29, "29%"), (83 / 200, "42%"),
     (199 / 200, ">99%"), (1.0, "100%")],
)
def test_format_percent_rounds_half_up_and_never_claims_complete(share, text):
    assert format_percent(share) == text


@pytest.mark.parametrize(
    ("size", "text"),
    [(0, "0 B"), (812, "812 B"), (4096, "4.0 KB"), (2_345_678, "2.2 MB"), (3 * 1024**3, "3.0 GB")],
)
def test_format_size(size, text):
    assert format_size(size) == text
