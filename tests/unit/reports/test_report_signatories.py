"""Who prepares and approves the report: cover, sign-off, PDF author; the disclaimer once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.catalog import load_catalog
from desktop.domain.model import Lang
from desktop.reports.labels import label
from desktop.reports.model import ReportData, build_report_data
from desktop.reports.pdf.pdf import render_pdf
from desktop.services.assessment import assess
from desktop.services.reporting.data import report_data
from desktop.services.sample.build import create_sample


def _report(report_sample, lang: Lang, **people: str) -> ReportData:
    profile = dataclasses.replace(report_sample.profile(), **people)
    return build_report_data(
        standards=[report_sample.qms(), report_sample.ems()],
        profile=profile,
        states=report_sample.states(),
        evidence=report_sample.evidence(),
        lang=lang,
        generated_at=report_sample.generated_at,
        app_version="0.1.0",
    )


PEOPLE = {
    "preparer": "王敏",
    "preparer_title": "品质部经理",
    "approver": "周文华",
    "approver_title": "总经理",
}


def _pages(path: Path) -> list[str]:
    """Each page's text, no-break spaces read as spaces."""
    return [page.extract_text().replace("\u00a0", " ") for page in PdfReader(path).pages]


def _flat(value: str) -> str:
    return re.sub(r"\s+", "", value)


@pytest.fixture
def zh_full(report_sample, tmp_path) -> Path:
    path = tmp_path / "zh.pdf"
    render_pdf(_report(report_sample, "zh", **PEOPLE), path)
    return path


def test_cover_names_company_preparer_and_approver(report_sample, zh_full):
    cover = _pages(zh_full)[0]

    assert _flat(report_sample.company) in _flat(cover)
    assert "编制人" in cover and "批准人" in cover
    assert "品质部经理 王敏" in cover
    assert "总经理 周文华" in cover


def test_sign_off_fills_preparer_and_approver(zh_full):
    last = _pages(zh_full)[-1]

    assert "签批" in last
    prepared, approved = last.index("王敏"), last.index("周文华")
    assert last.index("编制") < prepared < last.index("审核", prepared) < approved
    assert "品质部经理" in last and "总经理" in last


def test_english_cover_puts_the_title_after_the_name(report_sample, tmp_path):
    path = tmp_path / "en.pdf"
    people = dict(PEOPLE, approver="Zhou Wenhua", approver_title="General manager")
    render_pdf(_report(report_sample, "en", **people), path)

    assert "Zhou Wenhua, General manager" in _pages(path)[0]


def test_metadata_author_is_the_preparer_with_subject_and_keywords(report_sample, zh_full):
    info = PdfReader(zh_full).metadata

    assert info.author == "王敏"
    assert "ISO 9001:2015" in info.subject and "ISO 14001:2015" in info.subject
    keywords = info["/Keywords"]
    for word in ("GB/T 19001-2016", report_sample.company, "简体中文", "zh-CN"):
        assert word in keywords


def test_without_a_preparer_the_company_is_the_author(report_sample, tmp_path):
    path = tmp_path / "en.pdf"
    render_pdf(_report(report_sample, "en"), path)
    info = PdfReader(path).metadata

    assert info.author == report_sample.company
    assert "English" in info["/Keywords"] and "en" in info["/Keywords"].split(", ")


def _disclaimers(path: Path, lang: Lang) -> int:
    first_words = _flat(label("disclaimer", lang))[:24]
    return sum(_flat(page).count(first_words) for page in _pages(path))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_disclaimer_is_printed_once(report_sample, tmp_path, lang):
    full, summary = tmp_path / "full.pdf", tmp_path / "summary.pdf"
    data = _report(report_sample, lang, **PEOPLE)
    render_pdf(data, full)
    render_pdf(data, summary, variant="summary")

    assert _disclaimers(full, lang) == 1
    assert _disclaimers(summary, lang) == 1


def test_sample_report_with_audit_time_has_one_disclaimer_and_the_sample_people(tmp_path):
    day = dt.date(2026, 11, 22)
    session = create_sample(tmp_path / "sample.auditready", load_catalog(), today=day)
    try:
        assessment = assess(session, day)
        data = dataclasses.replace(report_data(session, "zh"), assessment=assessment)
    finally:
        session.close()
    assert assessment.audit_time is not None  # the section that used to repeat it
    full, summary = tmp_path / "full.pdf", tmp_path / "summary.pdf"
    render_pdf(data, full)
    render_pdf(data, summary, variant="summary")

    assert _disclaimers(full, "zh") == 1
    assert _disclaimers(summary, "zh") == 1
    pages = _pages(full)
    assert "品质部经理 王敏" in pages[0] and "总经理 周文华" in pages[0]
    assert "王敏" in pages[-1] and "周文华" in pages[-1]


def test_an_english_report_keeps_chinese_titles_before_chinese_names(report_sample, tmp_path):
    path = tmp_path / "en.pdf"
    render_pdf(_report(report_sample, "en", **PEOPLE), path)

    cover = _pages(path)[0]
    assert "品质部经理 王敏" in cover
    assert "王敏," not in cover
