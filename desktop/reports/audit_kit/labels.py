"""Fixed texts of the internal-audit kit, English and Simplified Chinese (our own words)."""

from __future__ import annotations

from desktop.domain.model import Lang, Text

LABELS: dict[str, Text] = {
    "programme": Text("Annual internal audit programme", "年度内审计划"),
    "plan": Text("Internal audit plan", "审核实施计划"),
    "checklist": Text("Internal audit checklist", "内审检查表"),
    "period": Text("Period", "期间"),
    "approved_by": Text("Approved by", "批准人"),
    "audit": Text("Audit", "审核"),
    "dates": Text("Audit dates", "审核日期"),
    "team": Text("Audit team", "审核组"),
    "department": Text("Department", "部门"),
    "head": Text("Head", "部门负责人"),
    "sites": Text("Sites", "场所"),
    "clauses": Text("Clauses (responsible)", "主责条款"),
    "audits": Text("Audits", "审核安排"),
    "state": Text("State", "状态"),
    "day": Text("Date", "日期"),
    "time": Text("Time", "时间"),
    "auditors": Text("Auditors", "审核员"),
    "independence": Text("Independence", "独立性"),
    "when": Text("Date and time", "审核时间"),
    "no": Text("No.", "序号"),
    "clause": Text("Clause", "条款"),
    "title": Text("Requirement", "要求"),
    "question": Text("Audit question", "审核问题"),
    "evidence": Text("Evidence seen", "审核证据"),
    "result": Text("Result (C / NC / Obs)", "结果（符合/不符合/观察）"),
    "coverage": Text("Coverage: clauses by site", "覆盖情况：条款 × 场所"),
    "legend": Text("● held   ○ planned   — not covered", "● 已审核   ○ 已计划   — 未覆盖"),
    "gaps": Text("Not yet covered in the period", "本期间尚未覆盖"),
    "no_gaps": Text("Every department, clause and site is covered in the period.",
                    "本期间已覆盖全部部门、条款和场所。"),
    "held": Text("held", "已审核"),
    "planned": Text("planned", "已计划"),
    "missing": Text("not planned", "未安排"),
    "auditor_sign": Text("Auditor: ______________", "审核员：______________"),
    "auditee_sign": Text("Department representative: ______________",
                         "受审核部门代表：______________"),
    "prepared": Text("Prepared by: ______________   Approved by: ______________",
                     "编制：______________   批准：______________"),
    "no_programme": Text("The audit belongs to no audit programme.", "该审核未纳入任何审核方案。"),
    "footer": Text("AuditReady · internal audit", "AuditReady · 内部审核"),
}


def kit_label(key: str, lang: Lang) -> str:
    """The fixed text ``key`` in ``lang``."""
    return LABELS[key].get(lang)
