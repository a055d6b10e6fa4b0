"""Fixed texts of the verdict box and the prioritized gap list, in English and Chinese.

Looked up through :func:`desktop.reports.labels.label` like every report
text; kept in their own table so :mod:`desktop.reports.labels` stays short.
Templates with named :meth:`str.format` fields are noted in the table.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from desktop.domain.model import Text

_T = Text

VERDICT_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "verdict_heading": _T("Verdict", "结论"),
        "verdict_ready": _T("✔ READY for the audit", "✔ 已具备审核条件"),
        "verdict_not_ready": _T("✘ NOT READY for the audit", "✘ 尚未具备审核条件"),
        "verdict_not_assessed": _T("? NOT ASSESSED: no certification conditions were checked",
                                   "？未评估：尚未检查认证前提条件"),
        # Template fields: {audit}, e.g. "Stage 1 audit"; {standard}; {date}; {days}.
        "verdict_target": _T("Target audit: {audit} · {standard} · {date} ({days})",
                             "目标审核：{audit} · {standard} · {date}（{days}）"),
        "verdict_no_target": _T(
            "Target audit: no audit date recorded (enter the certificate or planned "
            "certification with its audit dates).",
            "目标审核：尚未记录审核日期（请录入证书或认证计划及其审核日期）。",
        ),
        # Template fields: {failed}, {total}.
        "verdict_failed": _T("{failed} of {total} certification conditions are not met:",
                             "{total} 项认证前提条件中有 {failed} 项未满足："),
        "verdict_all_met": _T("All {total} certification conditions are met.",
                              "全部 {total} 项认证前提条件均已满足。"),
        # Template field: {items}, clauses to work on.
        "verdict_items": _T("Work on: {items}", "需处理：{items}"),
        "verdict_next": _T("Next things to do", "接下来要做的事"),
        "verdict_next_none": _T("Nothing is open: no action and no gap.",
                                "没有未完成的行动或差距。"),
        "col_what": _T("What", "事项"),
        "col_due_date": _T("Due", "期限"),
        "due_none": _T("no due date", "未定期限"),
        # Template field: {count}.
        "verdict_unplanned": _T(
            "{count} mandatory documented information items are not ready and have no open "
            "action: assign an owner and a due date to each.",
            "另有 {count} 项强制性文件化信息未就绪且没有对应的未关闭行动："
            "请为每项指定负责人和期限。",
        ),
        "priority_heading": _T("Gaps, what blocks certification first",
                               "差距清单（先列阻碍认证的项）"),
        "priority_order": _T(
            "Order: items of failed certification conditions, then mandatory documented "
            "information, then other items; within each, the earliest due date first.",
            "排序：先列未满足的认证前提条件涉及的项，再列强制性文件化信息，最后是其他项；"
            "同类中期限最早的在前。",
        ),
        "priority_gate": _T("Condition", "前提条件"),
        "priority_mandatory": _T("Mandatory", "强制性"),
        "priority_other": _T("Other", "其他"),
        "col_priority": _T("Why first", "类别"),
        "toc_heading": _T("Contents", "目录"),
    }
)
