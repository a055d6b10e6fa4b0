"""Fixed texts of the report's navigation aids, in English and Chinese.

The action plan grouped by owner or standard and its appendix of closed
actions, the evidence register by standard and clause with its file index,
and the list of mandatory items without an action. Looked up through
:func:`desktop.reports.labels.label` like every report text. Templates with
named :meth:`str.format` fields are noted in the table.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from desktop.domain.model import Text

_T = Text

NAV_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        # Action plan. Template fields: {open}, {overdue}, {closed}.
        "actions_open_count": _T(
            "{open} open actions ({overdue} overdue); {closed} closed actions are listed "
            "in the appendix.",
            "未关闭的行动 {open} 项（逾期 {overdue} 项）；已关闭的 {closed} 项列在附录中。",
        ),
        "actions_open_only": _T(
            "{open} open actions ({overdue} overdue); none is closed yet.",
            "未关闭的行动 {open} 项（逾期 {overdue} 项）；尚无已关闭的行动。",
        ),
        "actions_by_owner": _T(
            "Open actions by owner; within each owner overdue actions first, then by due date.",
            "未关闭的行动按负责人分组；每组中逾期的在前，其余按期限排列。",
        ),
        "actions_by_standard": _T(
            "Open actions by standard; within each standard overdue actions first, then by "
            "due date.",
            "未关闭的行动按标准分组；每组中逾期的在前，其余按期限排列。",
        ),
        "actions_none_open": _T("No action is open.", "没有未关闭的行动。"),
        "owner_none": _T("No owner named", "未指定负责人"),
        "standard_none": _T("Not tied to one standard", "未关联到单一标准"),
        # Template fields: {name}, {count}.
        "group_count": _T("{name} ({count})", "{name}（{count} 项）"),
        "col_closed_on": _T("Closed", "关闭日期"),
        "closed_heading": _T("Appendix: closed actions", "附录：已关闭的行动"),
        # Template field: {count}.
        "closed_count": _T(
            "{count} actions are done or cancelled.", "已完成或已取消的行动共 {count} 项。"
        ),
        "closed_none": _T("No action is closed yet.", "尚无已关闭的行动。"),
        "closed_link": _T("Closed actions: see the appendix", "已关闭的行动见附录"),
        # Evidence register.
        "register_intro": _T(
            "By standard and clause, in checklist order. A file serving several clauses is "
            "listed under each of them; the file index at the end gives every file by name "
            "with a link to its first listing.",
            "按标准和条款排列，顺序与检查表一致。一个文件对应多个条款时，在每个条款下各列一次；"
            "末尾的文件索引按文件名列出全部文件，并链接到其首次出现的位置。",
        ),
        "register_unlinked": _T("Not linked to a checklist item", "未关联检查项"),
        "file_index_heading": _T("File index by name", "文件名索引"),
        "col_listed_under": _T("Listed under", "所在条款"),
        # Mandatory items not ready without an action. Template field: {count}.
        "unplanned_heading": _T(
            "Mandatory documented information without an action",
            "尚无行动的强制性文件化信息",
        ),
        "unplanned_none": _T(
            "Every mandatory item not ready has an open action.",
            "所有未就绪的强制性文件化信息均已有未关闭的行动。",
        ),
        "unplanned_count": _T(
            "{count} mandatory items are not ready and no open action was raised from them:",
            "{count} 项强制性文件化信息未就绪，且没有由其发起的未关闭行动：",
        ),
        "trend_heading": _T("Readiness over time", "就绪度趋势"),
        "trend_note": _T(
            "Weighted readiness per standard at each recorded day.",
            "各标准在每个记录日的加权就绪度。",
        ),
    }
)
