"""Every fixed text the report renderers print, in English and Chinese, plus value formats.

The report language is chosen per export and is independent of the UI
language, so these texts live here as data rather than in Qt Linguist files.
Keys name the place a text is used (``col_owner``, ``cover_scope``); a few
texts are :meth:`str.format` templates with named fields, noted in the table.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from types import MappingProxyType

from desktop.domain.model import ItemKind, Lang, Text

PRODUCT_NAME = "AuditReady 审核就绪助手"
"""The product name as printed on every report, the same in both languages."""

EMPTY = "—"
"""Printed where a value is blank (no owner, no due date, no evidence)."""

_T = Text

LABELS: Mapping[str, Text] = MappingProxyType(
    {
        # Document and cover page.
        "report_title": _T("Audit readiness report", "审核准备就绪报告"),
        "report_subject": _T(
            "Readiness for the ISO 9001 / ISO 14001 / ISO 45001 certification audit",
            "ISO 9001 / ISO 14001 / ISO 45001 认证审核准备情况",
        ),
        "cover_company": _T("Organization", "组织名称"),
        "cover_address": _T("Address", "地址"),
        "cover_scope": _T("Scope", "认证范围"),
        "cover_sites": _T("Sites", "场所"),
        "cover_headcount": _T("Personnel", "人数"),
        "cover_standards": _T("Standards", "标准"),
        "cover_generated": _T("Generated", "生成时间"),
        "cover_version": _T("Software", "软件版本"),
        "disclaimer": _T(
            "This report is a self-assessment of readiness for a certification audit; "
            "it is not a certificate and does not replace an audit by a certification body.",
            "本报告是对认证审核准备情况的自我评估，不是认证证书，也不能代替认证机构的审核。",
        ),
        # Readiness summary.
        "summary_heading": _T("Readiness summary", "就绪情况汇总"),
        "summary_note": _T(
            "Applicable items exclude items marked not applicable. Mandatory documented "
            "information means the documents to maintain and the records to retain.",
            "适用项不含标为“不适用”的检查项。强制性成文信息指应保持的文件和应保留的记录。",
        ),
        "no_standards": _T("No standards are selected for this report.", "本报告未选择任何标准。"),
        "col_standard": _T("Standard", "标准"),
        "col_total": _T("Checklist items", "检查项总数"),
        "col_applicable": _T("Applicable", "适用项"),
        "col_ready": _T("Ready", "已就绪"),
        "col_ready_share": _T("Ready %", "就绪率"),
        "col_mandatory_share": _T(
            "Mandatory documented information ready %", "强制性成文信息就绪率"
        ),
        "chart_all": _T("All applicable items", "全部适用项"),
        "chart_mandatory": _T("Mandatory documented information", "强制性成文信息"),
        # Checklist tables. Template fields: {standard}, e.g. "ISO 9001:2015";
        # {count}, a number of further evidence files.
        "checklist_heading": _T("{standard} checklist", "{standard} 检查表"),
        "checklist_empty": _T("This standard has no checklist items.", "该标准没有检查项。"),
        "col_clause": _T("Clause", "条款"),
        "col_item": _T("Item", "检查项"),
        "col_kind": _T("Type", "类型"),
        "col_status": _T("Status", "状态"),
        "col_owner": _T("Owner", "负责人"),
        "col_due": _T("Due", "完成期限"),
        "col_notes": _T("Notes", "备注"),
        "col_evidence": _T("Evidence", "证据"),
        "col_item_id": _T("Item ID", "检查项编号"),
        # Template field: {text}, the user's justification for "not applicable".
        "justification_line": _T("Justification: {text}", "不适用理由：{text}"),
        "kind_maintain": _T("Document (maintain)", "文件（保持）"),
        "kind_retain": _T("Record (retain)", "记录（保留）"),
        "kind_evidence": _T("Evidence", "证据"),
        "cut_note": _T(
            " … (shortened here; the Excel export has the full text)",
            " …（此处已截断，完整内容见 Excel 导出）",
        ),
        "more_names": _T("… and {count} more", "……另有 {count} 个"),
        # Evidence register.
        "evidence_heading": _T("Evidence register", "证据清单"),
        "evidence_empty": _T("No evidence files are attached.", "尚未添加证据文件。"),
        "col_file_name": _T("File name", "文件名"),
        "col_size": _T("Size", "大小"),
        "col_size_bytes": _T("Size (bytes)", "大小（字节）"),
        "col_media_type": _T("File type", "文件类型"),
        "col_added": _T("Added", "添加日期"),
        "col_sha": _T("SHA-256 (first 12)", "SHA-256（前 12 位）"),
        "col_serves": _T("Items served", "对应检查项"),
        "col_sha_full": _T("SHA-256", "SHA-256（完整）"),
        # Spreadsheet sheet titles (at most 31 characters, no []:*?/\).
        "sheet_checklist": _T("Checklist", "检查表"),
        "sheet_evidence": _T("Evidence register", "证据清单"),
        # Page footer. Template fields: {page}, {total}.
        "page_of": _T("Page {page} of {total}", "第 {page} 页，共 {total} 页"),
    }
)

_KIND_KEYS = {
    ItemKind.MAINTAIN: "kind_maintain",
    ItemKind.RETAIN: "kind_retain",
    ItemKind.EVIDENCE: "kind_evidence",
}


def label(key: str, lang: Lang) -> str:
    """Return the fixed report text ``key`` in ``lang``.

    Raises:
        KeyError: ``key`` is not in :data:`LABELS` (a programming error).
    """
    return LABELS[key].get(lang)


def kind_label(kind: ItemKind, lang: Lang) -> str:
    """Return how a checklist item kind is shown, e.g. "Record (retain)" / "记录（保留）".

    Raises:
        ValueError: ``kind`` is ``ItemKind.CLAUSE``, which is not a checklist item.
    """
    try:
        return label(_KIND_KEYS[kind], lang)
    except KeyError:
        raise ValueError(f"not a checklist item kind: {kind!r}") from None


def format_date(value: dt.date | None) -> str:
    """Return ``value`` as ISO 8601 ``YYYY-MM-DD`` (usual in both languages), or :data:`EMPTY`."""
    return value.isoformat() if value is not None else EMPTY


def format_datetime(value: dt.datetime) -> str:
    """Return ``value`` as ``YYYY-MM-DD HH:MM`` in its own time zone, without seconds."""
    return value.strftime("%Y-%m-%d %H:%M")


def format_percent(share: float) -> str:
    """Return a share 0.0-1.0 as a whole percentage, e.g. ``0.4567`` -> ``"45%"``.

    Rounds down, so "100%" is printed only when everything is ready.
    """
    return f"{math.floor(share * 100 + 1e-9):d}%"


def format_size(size: int) -> str:
    """Return a size in bytes for people: ``"812 B"``, ``"4.5 KB"``, ``"12.0 MB"``.

    Units are binary (1 KB = 1024 B), as file managers on Windows show them.
    """
    if size < 1024:
        return f"{size} B"
    value = size / 1024
    for unit in ("KB", "MB", "GB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"
