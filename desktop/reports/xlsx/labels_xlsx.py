"""Fixed texts of the Excel workbook, in English and Chinese.

Kept apart from :mod:`desktop.reports.labels` (the PDF's texts) so the two
exports can change independently. Sheet titles are at most 31 characters and
contain none of ``[]:*?/\\`` (Excel's rules for sheet names).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from desktop.domain.model import Lang, Text
from desktop.domain.shares import (
    ITEMS_READY,
    ITEMS_READY_DEFINITION,
    WEIGHTED_READINESS,
    WEIGHTED_READINESS_DEFINITION,
)

_T = Text

XLSX_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        # Sheet titles.
        "sheet_summary": _T("Summary", "摘要"),
        "sheet_evidence": _T("Evidence register", "证据清单"),
        "sheet_actions": _T("Action plan", "行动计划"),
        "sheet_audits": _T("Audits", "内部审核和管理评审"),
        "sheet_calendar": _T("Certificate calendar", "证书日历"),
        "sheet_integrated": _T("Integrated", "三体系整合"),
        # Summary: readiness table.
        "col_standard": _T("Standard", "标准"),
        "col_documented": _T("Documented", "已文件化"),
        "col_implemented": _T("Implemented", "已实施"),
        "col_sustained": _T("Sustained", "持续运行"),
        "col_items_ready": ITEMS_READY,
        "col_overall": WEIGHTED_READINESS,
        "col_applicable": _T("Applicable items", "适用项"),
        "col_ready": _T("Ready items", "已就绪项"),
        "col_mandatory": _T("Mandatory documented information ready", "强制性文件化信息就绪率"),
        "integrated_system": _T("Integrated system", "整合体系"),
        "chart_layers": _T("Readiness in three layers", "三层就绪度"),
        "chart_history": _T("Weighted readiness over time", "加权就绪度趋势"),
        "legend": _T(
            f"{ITEMS_READY_DEFINITION.en} {WEIGHTED_READINESS_DEFINITION.en} Percentages are "
            "rounded half up; a share above 0 below 0.5 % shows as <1%, a share below 100 % "
            "from 99.5 % as >99%; the cells keep the exact figure.",
            f"{ITEMS_READY_DEFINITION.zh}{WEIGHTED_READINESS_DEFINITION.zh}百分比四舍五入取整；"
            "大于 0 但不足 0.5% 的显示为 <1%，不足 100% 但不低于 99.5% 的显示为 >99%；"
            "单元格保留精确数值。",
        ),
        "axis_share": _T("Share", "比例"),
        # Summary: gates, history and facts.
        "col_gate": _T("Certification gate", "认证前提条件"),
        "col_result": _T("Result", "结果"),
        "col_reason": _T("Why", "说明"),
        "gate_passed": _T("✔ Passed", "✔ 通过"),
        "gate_failed": _T("✘ Failed", "✘ 未通过"),
        "col_day": _T("Day", "日期"),
        "fact_company": _T("Organization", "组织名称"),
        "fact_scope": _T("Scope", "认证范围"),
        "fact_generated": _T("Generated", "生成时间"),
        "fact_software": _T("Software", "软件版本"),
        "disclaimer": _T(
            "Self-assessment of readiness for a certification audit. It is not a certificate, "
            "carries no certification mark and does not replace an audit by a certification body.",
            "本工作簿是对认证审核准备情况的自我评估，不是认证证书，不带任何认证标志，"
            "也不能代替认证机构的审核。",
        ),
        # Checklist sheets (round-trip layout: see desktop.reports.xlsx.xlsx).
        "col_clause": _T("Clause", "条款"),
        "col_requirement": _T("Requirement", "要求"),
        "col_kind": _T("Type", "类型"),
        "col_status": _T("Status", "状态"),
        "col_owner": _T("Owner", "负责人"),
        "col_due": _T("Due date", "完成期限"),
        "col_notes": _T("Notes", "备注"),
        "col_justification": _T("Justification if not applicable", "不适用理由"),
        "col_evidence": _T("Evidence (read-only)", "证据（只读）"),
        # Integrated sheet.
        "col_group": _T("Clause group", "条款组"),
        "col_scope": _T("Applies to", "适用范围"),
        "shared": _T("Shared requirement", "共性要求"),
        "not_covered": _T("– Not covered", "– 不涉及"),
        "mixed": _T("◐ Differs between standards", "◐ 各标准不一致"),
        # Evidence register.
        "col_file_name": _T("File name", "文件名"),
        "col_nature": _T("Document or record", "文件或记录"),
        "col_version": _T("Version", "版本"),
        "col_approved": _T("Approved", "批准日期"),
        "col_effective_from": _T("Effective from", "生效/覆盖起始日"),
        "col_effective_to": _T("Effective to", "覆盖截止日"),
        "col_review_by": _T("Review by", "复审期限"),
        "col_added": _T("Added", "添加日期"),
        "col_size_bytes": _T("Size (bytes)", "大小（字节）"),
        "col_sha": _T("SHA-256 (first 12)", "SHA-256（前 12 位）"),
        "col_serves": _T("Items served", "对应检查项"),
        "col_sha_full": _T("SHA-256", "SHA-256（完整）"),
        # Action plan.
        "col_id": _T("No.", "编号"),
        "col_action": _T("Action", "行动"),
        "col_source": _T("Source", "来源"),
        "col_reference": _T("Reference", "关联对象"),
        "col_action_status": _T("Status", "状态"),
        "col_overdue": _T("Overdue", "是否逾期"),
        "overdue": _T("⊗ Overdue", "⊗ 逾期"),
        "col_root_cause": _T("Root cause", "根本原因"),
        "col_effectiveness": _T("Effectiveness check", "有效性验证"),
        "col_checked_on": _T("Checked on", "验证日期"),
        "col_created": _T("Raised on", "提出日期"),
        "col_closed": _T("Closed on", "关闭日期"),
        # Audits sheet.
        "col_record": _T("Record", "记录类型"),
        "col_title": _T("Title or statement", "名称或描述"),
        "col_from": _T("From", "开始日期"),
        "col_to": _T("To", "结束日期"),
        "col_people": _T("Auditors, chair or approver", "审核员/主持人/批准人"),
        "col_audited": _T("Audited or attending", "受审核部门/参加人员"),
        "col_grade": _T("Grade", "等级"),
        "col_where": _T("Clause or standards", "条款或标准"),
        "col_state": _T("State", "状态"),
        "col_record_notes": _T("Notes or outputs", "备注或输出"),
        "rec_programme": _T("Audit programme", "内部审核方案"),
        "rec_audit": _T("Internal audit", "内部审核"),
        "rec_finding": _T("Finding", "审核发现"),
        "rec_review": _T("Management review", "管理评审"),
        "audit_held": _T("● Held", "● 已实施"),
        "audit_planned": _T("○ Planned", "○ 计划中"),
        "finding_open": _T("○ Open", "○ 未关闭"),
        "finding_closed": _T("● Closed", "● 已关闭"),
        "review_held": _T("● Held", "● 已召开"),
        # Certificate calendar.
        "col_date": _T("Due by", "截止日期"),
        "col_deadline": _T("Deadline", "事项"),
        "col_done_on": _T("Done on", "完成日期"),
        "col_deadline_state": _T("Deadline state", "事项状态"),
        "col_cert_state": _T("Certificate state", "证书状态"),
        "due_met": _T("✔ Met", "✔ 已完成"),
        "due_late": _T("✔ Met late", "✔ 逾期完成"),
        "due_open": _T("○ Pending", "○ 待完成"),
        "due_missed": _T("⊗ Overdue", "⊗ 已逾期"),
        # Lists sheet (drop-down sources).
        "list_status": _T("Checklist status", "检查项状态"),
        "list_owner": _T("Known owners", "已知负责人"),
        "list_action_status": _T("Action status", "行动状态"),
        # Data validation messages.
        "dv_status_title": _T("Status", "状态"),
        "dv_status_error": _T(
            "Choose a status from the list.", "请从列表中选择状态。"
        ),
        "dv_owner_prompt": _T(
            "Pick a known owner or type a new name.", "可从列表中选择负责人，也可输入新的姓名。"
        ),
        "dv_date_error": _T(
            "Enter a date, for example 2026-03-31.", "请输入日期，例如 2026-03-31。"
        ),
    }
)


def xlabel(key: str, lang: Lang) -> str:
    """Return the workbook text ``key`` in ``lang``.

    Raises:
        KeyError: ``key`` is not a workbook text.
    """
    return XLSX_LABELS[key].get(lang)
