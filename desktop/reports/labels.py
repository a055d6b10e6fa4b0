"""Every fixed text the report renderers print, in English and Chinese, plus value formats.

The report language is chosen per export and is independent of the UI
language, so these texts live here as data rather than in Qt Linguist files.
Keys name the place a text is used (``col_owner``, ``cover_scope``); a few
texts are :meth:`str.format` templates with named fields, noted in the table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

from desktop.domain.model import Basis, ItemKind, Lang, Text
from desktop.domain.shares import (
    ITEMS_READY,
    ITEMS_READY_DEFINITION,
    WEIGHTED_READINESS,
    WEIGHTED_READINESS_DEFINITION,
    format_share,
)
from desktop.reports.labels_nav import NAV_LABELS
from desktop.reports.labels_verdict import VERDICT_LABELS

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
        "no_marks": _T(
            "It carries no certification or accreditation mark and must not be presented "
            "as evidence of certification.",
            "本报告不带任何认证标志或认可标志，不得作为已获认证的证明。",
        ),
        "cover_date": _T("Report date", "报告日期"),
        "cover_prepared_by": _T("Prepared by", "编制人"),
        "cover_approved_by": _T("Approved by", "批准人"),
        # PDF document properties. Template field: {standards}, e.g. "ISO 9001:2015".
        "pdf_subject": _T(
            "Readiness for the certification audit: {standards}", "认证审核准备情况：{standards}"
        ),
        # The report language, a keyword of the PDF document properties.
        "pdf_keywords_lang": _T("English", "简体中文"),
        # Template field: {version}, e.g. "0.1.0".
        "prepared_with": _T("Prepared with AuditReady {version}", "使用 AuditReady {version} 编制"),
        "contents_cover": _T("Cover", "封面"),
        # Readiness summary.
        "summary_heading": _T("Readiness summary", "就绪情况汇总"),
        "summary_note": _T(
            f"{ITEMS_READY_DEFINITION.en} Mandatory documented information means the "
            "documents to maintain and the records to retain.",
            f"{ITEMS_READY_DEFINITION.zh}强制性文件化信息指应保持的文件和应保留的记录。",
        ),
        "no_standards": _T("No standards are selected for this report.", "本报告未选择任何标准。"),
        "col_standard": _T("Standard", "标准"),
        "col_total": _T("Checklist items", "检查项总数"),
        "col_applicable": _T("Applicable", "适用项"),
        "col_ready": _T("Ready", "已就绪"),
        "col_ready_share": ITEMS_READY,
        "col_mandatory_share": _T(
            "Mandatory documented information ready %", "强制性文件化信息就绪率"
        ),
        "chart_all": ITEMS_READY,
        "chart_mandatory": _T("Mandatory documented information", "强制性文件化信息"),
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
        # Why an item is on the list (see basis_label). Template field: {clause}.
        "basis_required": _T("§ Required by the standard", "§ 标准要求"),
        "basis_demonstrates": _T("◇ Shows clause {clause} is met", "◇ 证实满足第 {clause} 条"),
        "basis_recommended": _T("✓ Recommended practice, not required",
                                "✓ 推荐做法，并非标准要求"),
        "basis_cb_requested": _T("ⓘ Commonly requested by certification bodies, not required",
                                 "ⓘ 认证机构常要求提供，并非标准要求"),
        "basis_legend": _T(
            "§ Required by the standard: documented information the standard says to maintain "
            "or retain. ◇ Evidence items show that the clause named is met; the documents they "
            "list are examples, not requirements. ✓ and ⓘ items are not requirements of the "
            "standard. Clause titles in [brackets] are AuditReady's own labels: the standard "
            "gives those sub-clauses no title.",
            "§ 标准要求：标准规定应保持或保留的成文信息。◇ 证据类检查项用于证实满足所列条款的要求，"
            "其中列出的文件仅为示例，并非要求。✓ 和 ⓘ 类检查项均非标准要求。方括号［］中的条款标题"
            "由本软件拟定：标准未给这些条款设标题。",
        ),
        "cut_note": _T(
            " … (shortened here; the Excel export has the full text)",
            " …（此处已截断，完整内容见 Excel 导出）",
        ),
        "more_names": _T(
            "… and {count} more (see the evidence register)", "……另有 {count} 个（见证据清单）"
        ),
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
        # Executive summary.
        "exec_heading": _T("Executive summary", "管理层摘要"),
        "layers_heading": _T("Readiness in three layers", "三层就绪度"),
        "layers_note": _T(
            f"{ITEMS_READY_DEFINITION.en} {WEIGHTED_READINESS_DEFINITION.en} Documented: "
            "approved documents in force. Implemented: records show the requirement is "
            "carried out. Sustained: records cover at least three months. The three layers "
            "also count mandatory documented information twice.",
            f"{ITEMS_READY_DEFINITION.zh}{WEIGHTED_READINESS_DEFINITION.zh}已文件化：有已批准且"
            "有效的文件；已实施：有记录证明要求已执行；持续运行：记录覆盖至少三个月。三个层次"
            "同样将强制性文件化信息按双倍权重计。",
        ),
        "layer_documented": _T("Documented", "已文件化"),
        "layer_implemented": _T("Implemented", "已实施"),
        "layer_sustained": _T("Sustained", "持续运行"),
        "layer_overall": WEIGHTED_READINESS,
        "col_items_ready": ITEMS_READY,
        "integrated_system": _T("Integrated system", "整合体系"),
        "no_assessment": _T(
            "Layers, gates, actions and certificates are not part of this report.",
            "本报告不含三层就绪度、认证前提条件、行动和证书信息。",
        ),
        "gates_heading": _T("Certification gates", "认证前提条件"),
        "col_gate": _T("Condition", "前提条件"),
        "col_result": _T("Result", "结果"),
        "col_reason": _T("Why", "说明"),
        "gate_passed": _T("✔ Passed", "✔ 通过"),
        "gate_failed": _T("✘ Failed", "✘ 未通过"),
        # Template fields: {passed}, {total}.
        "gates_count": _T("{passed} of {total} conditions met", "满足 {passed}/{total} 项前提条件"),
        "gaps_heading": _T(
            "Top gaps: mandatory documented information not ready",
            "主要差距：未就绪的强制性文件化信息",
        ),
        "gaps_none": _T(
            "All applicable mandatory documented information is ready.",
            "全部适用的强制性文件化信息均已就绪。",
        ),
        # Template fields: {count} shown here, {total} in all.
        "gaps_more": _T(
            "The first {count} of {total} are listed; the checklists show all of them.",
            "此处列出 {total} 项中的前 {count} 项，全部内容见各标准检查表。",
        ),
        "overdue_heading": _T("Overdue actions", "逾期行动"),
        "overdue_none": _T("No action is overdue.", "没有逾期的行动。"),
        # Template fields: {overdue}, {open}.
        "overdue_count": _T(
            "{overdue} of {open} open actions are overdue.",
            "{open} 项未关闭行动中有 {overdue} 项逾期。",
        ),
        # Template fields: {count} shown here, {total} in all.
        "overdue_more": _T(
            "The {count} most overdue of {total} are listed; the action plan shows all of them.",
            "此处列出 {total} 项中逾期最久的 {count} 项，全部内容见行动计划。",
        ),
        "certs_heading": _T("Certificates and next dates", "证书及下一关键日期"),
        "certs_none": _T(
            "No certificate or planned certification is recorded.", "尚未记录证书或认证计划。"
        ),
        "col_cert_state": _T("State", "证书状态"),
        "col_next": _T("Next deadline", "下一期限"),
        "col_days_left": _T("Days left", "剩余天数"),
        "next_none": _T("No deadline pending", "无待办期限"),
        # Template field: {days}, a whole number of days.
        "days_left": _T("{days} days", "还有 {days} 天"),
        "days_overdue": _T("⊗ {days} days overdue", "⊗ 已逾期 {days} 天"),
        # One-page summary.
        "summary_title": _T("Audit readiness at a glance", "审核准备就绪概要"),
        "next_deadline": _T("Next certificate deadline", "最近的证书期限"),
        # Checklists and the integrated view. Template fields: {standard}, {count}, {ready}.
        "checklists_heading": _T("Checklists per standard", "各标准检查表"),
        "status_legend": _T("Status:", "状态说明："),
        "integrated_heading": _T("Integrated checklist (三体系)", "三体系整合检查表"),
        "integrated_note": _T(
            "Each shared requirement stands for the matching item of every standard; "
            "the columns show the status recorded in each standard.",
            "每项共性要求对应各标准中的相应检查项，各列显示该项在各标准中的状态。",
        ),
        "integrated_empty": _T(
            "The integrated view needs at least two standards with shared requirements.",
            "整合视图需要至少两个具有共性要求的标准。",
        ),
        "col_requirement": _T("Shared requirement", "共性要求"),
        "integrated_specific_row": _T(
            "Items specific to one standard (see its checklist)",
            "各标准特有的检查项（见该标准检查表）",
        ),
        "ready_of": _T("{ready} of {count} ready", "已就绪 {ready}/{count}"),
        "not_covered": _T("– Not covered", "– 不涉及"),
        # Action plan.
        "actions_heading": _T("Action plan", "行动计划"),
        "actions_empty": _T("The action plan is empty.", "行动计划为空。"),
        # Template fields: {total}, {open}, {overdue}, {closed}.
        "actions_count": _T(
            "{total} actions: {open} open ({overdue} overdue), {closed} closed.",
            "共 {total} 项行动：未关闭 {open} 项（逾期 {overdue} 项），已关闭 {closed} 项。",
        ),
        "col_action": _T("Action", "行动"),
        "col_source": _T("Source", "来源"),
        "overdue_tag": _T("⊗ Overdue", "⊗ 逾期"),
        # Internal audits and management reviews.
        "audits_heading": _T("Internal audits and management reviews", "内部审核和管理评审"),
        "programmes_sub": _T("Audit programmes", "内部审核方案"),
        "programmes_empty": _T("No audit programme is recorded.", "尚未记录内部审核方案。"),
        "col_programme": _T("Programme", "方案"),
        "col_period": _T("Period", "期间"),
        "col_approved_by": _T("Approved by", "批准人"),
        "audits_sub": _T("Internal audits", "内部审核"),
        "audits_empty": _T("No internal audit is recorded.", "尚未记录内部审核。"),
        # Template fields: {held}, {planned}.
        "audits_count": _T(
            "{held} held, {planned} planned.", "已实施 {held} 次，计划中 {planned} 次。"
        ),
        "col_audit": _T("Audit", "审核"),
        "col_audit_state": _T("State", "状态"),
        "col_dates": _T("Dates", "日期"),
        "col_team": _T("Auditors", "审核员"),
        "col_auditees": _T("Audited", "受审核部门"),
        "col_findings": _T("Findings", "发现"),
        "audit_held": _T("● Held", "● 已实施"),
        "audit_planned": _T("○ Planned", "○ 计划中"),
        "findings_sub": _T("Findings by grade", "按等级统计的审核发现"),
        "col_grade": _T("Grade", "等级"),
        "col_count": _T("Raised", "总数"),
        "col_open": _T("Open", "未关闭"),
        "reviews_sub": _T("Management reviews", "管理评审"),
        "reviews_empty": _T("No management review has been held yet.", "尚未开展管理评审。"),
        "col_review_date": _T("Held on", "日期"),
        "col_chair": _T("Chaired by", "主持人"),
        "col_covers": _T("Standards", "涵盖标准"),
        "col_missing": _T("Required inputs missing", "缺少的规定输入"),
        "inputs_complete": _T("✔ None", "✔ 无"),
        # Template field: {count}.
        "inputs_missing": _T("✘ {count} missing", "✘ 缺少 {count} 项"),
        # Evidence index.
        "col_nature": _T("Type, version", "类型、版本"),
        "col_approved": _T("Approved", "批准日期"),
        "col_effective": _T("Effective", "生效/覆盖期间"),
        "col_review_by": _T("Review by", "复审期限"),
        # Audit-time estimate.
        "audit_time_heading": _T("Audit-time estimate", "审核时间估算"),
        "at_figure": _T("Figure", "项目"),
        "at_personnel": _T("Effective personnel", "有效人数"),
        "at_initial": _T("Initial audit (stage 1 + stage 2)", "初次认证审核（第一阶段+第二阶段）"),
        "at_surveillance": _T("Each surveillance audit", "每次监督审核"),
        "at_recert": _T("Recertification audit", "再认证审核"),
        "at_sites": _T("Sites visited at the initial audit", "初次审核抽样场所数"),
        # Template field: {days}, e.g. "17.0".
        "at_days": _T("{days} auditor-days", "{days} 人日"),
        "col_step": _T("Step", "步骤"),
        "col_detail": _T("Calculation", "计算"),
        "col_days": _T("Auditor-days", "人日"),
        "audit_time_none": _T("No estimate is available.", "无法给出估算。"),
        # Sign-off.
        "signoff_heading": _T("Sign-off", "签批"),
        "signoff_note": _T(
            "Signatures confirm that the figures were reviewed; they do not certify the "
            "management system.",
            "签字仅确认已审阅本报告中的数据，并不代表对管理体系的认证。",
        ),
        "signoff_prepared": _T("Prepared by", "编制"),
        "signoff_reviewed": _T("Reviewed by", "审核"),
        "signoff_approved": _T("Approved by", "批准"),
        "col_role": _T("Role", "职责"),
        "col_name": _T("Name", "姓名"),
        "col_signature": _T("Signature", "签字"),
        "col_date": _T("Date", "日期"),
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
    text = LABELS.get(key) or VERDICT_LABELS.get(key) or NAV_LABELS[key]
    return text.get(lang)


def kind_label(kind: ItemKind, lang: Lang) -> str:
    """Return how a checklist item kind is shown, e.g. "Record (retain)" / "记录（保留）".

    Raises:
        ValueError: ``kind`` is ``ItemKind.CLAUSE``, which is not a checklist item.
    """
    try:
        return label(_KIND_KEYS[kind], lang)
    except KeyError:
        raise ValueError(f"not a checklist item kind: {kind!r}") from None


_BASIS_KEYS = {
    Basis.REQUIRED: "basis_required",
    Basis.DEMONSTRATES: "basis_demonstrates",
    Basis.RECOMMENDED: "basis_recommended",
    Basis.CB_REQUESTED: "basis_cb_requested",
}


def basis_label(basis: Basis, clause: str, lang: Lang) -> str:
    """Return why an item is on the list, short, e.g. "◇ Shows clause 8.3 is met" /
    "◇ 证实满足第 8.3 条" or "§ Required by the standard" / "§ 标准要求"."""
    return label(_BASIS_KEYS[basis], lang).format(clause=clause)


def format_date(value: dt.date | None) -> str:
    """Return ``value`` as ISO 8601 ``YYYY-MM-DD`` (usual in both languages), or :data:`EMPTY`."""
    return value.isoformat() if value is not None else EMPTY


def format_datetime(value: dt.datetime) -> str:
    """Return ``value`` as ``YYYY-MM-DD HH:MM`` in its own time zone, without seconds."""
    return value.strftime("%Y-%m-%d %H:%M")


def format_percent(share: float) -> str:
    """Return a share 0.0-1.0 as a whole percentage, as every output prints it.

    :func:`desktop.domain.shares.format_share`: round half up, "<1%" for a
    share above zero that rounds to 0, ">99%" for a share below one that
    rounds to 100 (0.4567 -> "46%", 0.415 -> "42%").
    """
    return format_share(share)


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
