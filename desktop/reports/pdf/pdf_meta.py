"""The document properties (PDF Info dictionary) of the PDF reports.

Author is the report's preparer from the company profile, or the company when
no preparer is set; subject and keywords name the standards, the company and
the language, so a document management system can file the report without
opening it. reportlab writes these to the Info dictionary only: its
open-source release has no XMP metadata stream and no output intent, so the
reports are not PDF/A (see docs/report-typography.md).
"""

from __future__ import annotations

from desktop.reports.labels import PRODUCT_NAME, label
from desktop.reports.model import ReportData


def author(data: ReportData) -> str:
    """Return the PDF author: the preparer, else the company, else the product name."""
    company = data.company
    return company.preparer.strip() or company.name.strip() or PRODUCT_NAME


def subject(data: ReportData) -> str:
    """Return the PDF subject, e.g. "认证审核准备情况：ISO 9001:2015、ISO 14001:2015"."""
    names = [section.label for section in data.standards]
    joined = ("、" if data.lang == "zh" else ", ").join(names) or "ISO 9001 / 14001 / 45001"
    return label("pdf_subject", data.lang).format(standards=joined)


def keywords(data: ReportData) -> str:
    """Return the PDF keywords: each standard with its national adoption, company, language.

    A comma-separated list, e.g. "GB/T 19001-2016 / ISO 9001:2015, 江苏晨曦精密机械有限公司,
    简体中文, zh-CN".
    """
    language = "zh-CN" if data.lang == "zh" else "en"
    words = [section.designation for section in data.standards]
    words += [data.company.name.strip(), label("pdf_keywords_lang", data.lang), language]
    return ", ".join(word for word in words if word)
