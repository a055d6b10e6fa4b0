"""The sample project: a fictional small Chinese manufacturer preparing for 三体系.

Jiangsu Chenxi Precision Machinery (江苏晨曦精密机械有限公司, fictional) makes
sheet-metal enclosures and machined parts to customer drawings, 86 staff on
two sites. It holds an ISO 9001 certificate and prepares to add ISO 14001 and
ISO 45001 in one integrated (三体系) audit. Its progress is typical of the
months before a stage 1 audit: policy, scope and objectives are done,
operational records are in progress, the first internal audit has been held
but missed one clause at one site, and no management review has been held yet
(the records are described in :mod:`desktop.services.sample.records`). Design and
development (ISO 9001:2015 8.3) is justified as not applicable because the
company only works to customer drawings.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.domain.model import Catalog, CompanyProfile, ItemStatus
from desktop.paths import resource
from desktop.services.evidence import attach_evidence
from desktop.services.items import set_item_status, update_item_details
from desktop.services.sample.departments import add_sample_departments
from desktop.services.sample.records import add_sample_records
from desktop.services.session import ProjectSession, new_project

SAMPLE_STANDARDS = ("iso9001-2015", "iso14001-2015", "iso45001-2018")

SAMPLE_PROFILE = CompanyProfile(
    name="江苏晨曦精密机械有限公司",
    address="江苏省常州市武进区湖塘镇晨曦路 18 号",
    sites=(
        "总部及一厂：常州市武进区晨曦路 18 号（钣金、机加工、喷涂、办公）",
        "二厂仓库：常州市武进区纬六路 7 号（原材料与成品仓储）",
    ),
    headcount=86,
    scope=(
        "按客户图纸进行精密钣金机箱及机加工零部件的生产及相关管理活动 / "
        "Manufacture of precision sheet-metal enclosures and machined parts to "
        "customer drawings, and related management activities"
    ),
    preparer="王敏",
    preparer_title="品质部经理",
    approver="周文华",
    approver_title="总经理",
)

NOT_APPLICABLE_DESIGN = (
    "本公司按客户提供的图纸和技术要求加工，不承担产品设计和开发，故 8.3 不适用。"
)

# Status by clause prefix; the longest matching prefix wins.
_STATUS_BY_CLAUSE: dict[str, ItemStatus] = {
    "4": ItemStatus.READY,
    "4.4": ItemStatus.IN_PROGRESS,
    "5": ItemStatus.READY,
    "5.4": ItemStatus.IN_PROGRESS,
    "6.1": ItemStatus.IN_PROGRESS,
    "6.2": ItemStatus.READY,
    "6.3": ItemStatus.NOT_STARTED,
    "7.1": ItemStatus.IN_PROGRESS,
    "7.1.5": ItemStatus.NOT_STARTED,
    "7.2": ItemStatus.IN_PROGRESS,
    "7.3": ItemStatus.READY,
    "7.4": ItemStatus.READY,
    "7.5": ItemStatus.READY,
    "8": ItemStatus.IN_PROGRESS,
    "8.2": ItemStatus.READY,
    "8.4": ItemStatus.READY,
    "8.7": ItemStatus.NOT_STARTED,
    "9.1": ItemStatus.IN_PROGRESS,
    "9.2": ItemStatus.IN_PROGRESS,
    "9.3": ItemStatus.NOT_STARTED,
    "10": ItemStatus.NOT_STARTED,
}

_OWNERS: dict[str, str] = {
    "iso9001-2015": "品质部 王敏",
    "iso14001-2015": "安环部 陈刚",
    "iso45001-2018": "安环部 陈刚",
}
_OWNER_BY_CLAUSE: dict[str, str] = {
    "5": "总经理 周文华",
    "7.2": "行政人事部 李娜",
    "7.1.5": "品质部 王敏",
    "8.4": "采购部 赵磊",
    "9.2": "管理者代表 孙建国",
    "9.3": "管理者代表 孙建国",
}
# ISO 9001 operation clauses owned by the departments that run them.
_QMS_OWNER_BY_CLAUSE: dict[str, str] = {
    "7.1.3": "生产部 张建军",
    "8.2": "销售部 吴婷",
    "8.5": "生产部 张建军",
    "8.5.3": "销售部 吴婷",
    "9.1.2": "销售部 吴婷",
}

_NOTES: dict[str, str] = {
    "iso9001-2015:7.1.5.1:R": (
        "一厂 2026 年 8 月搬迁车间后，三坐标测量机和 12 把卡尺尚未重新校准，"
        "已联系常州市计量测试所。"
    ),
    "iso14001-2015:6.1.3:M": "需补充 2026 年新发布的地方 VOCs 排放标准，并完成合规性评价。",
    "iso45001-2018:8.2:M": "消防疏散演练已于 5 月完成；化学品泄漏专项演练计划在 12 月。",
    "iso9001-2015:9.2.2:R": (
        "内审员 3 人已取证；首次三体系内审已完成，二厂仓库的 8.5 未审核，补充审核已列入行动计划。"),
}

_EVIDENCE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("管理方针-QEHS-policy.pdf",
     ("iso9001-2015:5.2.2:M", "iso14001-2015:5.2:M", "iso45001-2018:5.2:M")),
    ("环境因素识别评价表.xlsx", ("iso14001-2015:6.1.2:M",)),
    ("消防疏散演练照片.png", ("iso14001-2015:8.2:M", "iso45001-2018:8.2:E")),
)


def _longest_prefix(clause: str, table: dict[str, str] | dict[str, ItemStatus]) -> str | None:
    best: str | None = None
    for prefix in table:
        if (clause == prefix or clause.startswith(prefix + ".")) and (
            best is None or len(prefix) > len(best)
        ):
            best = prefix
    return best


def create_sample(path: Path, catalog: Catalog, *, today: dt.date | None = None) -> ProjectSession:
    """Create the sample project at ``path`` and return it open.

    Args:
        path: the new project file (must not exist).
        today: the reference date for due dates (default: today).

    Raises:
        UserError: the file exists or cannot be written; a sample evidence
            file is missing from the installation.
    """
    today = today or dt.date.today()
    standard_ids = [s for s in SAMPLE_STANDARDS if any(x.id == s for x in catalog.standards)]
    session = new_project(path, SAMPLE_PROFILE, standard_ids, catalog)
    store = session.store
    with store.atomic():
        for std in session.standards():
            for n, item in enumerate(std.checklist()):
                _fill_item(session, item.id, item.clause, std.id, n, today)
        for name, item_ids in _EVIDENCE:
            wanted = [i for i in item_ids if catalog.has_item(i)]
            if wanted:
                attach_evidence(session, wanted, resource("samples", name))
        add_sample_records(session, today)
        add_sample_departments(session, SAMPLE_PROFILE)
    return session


def _fill_item(
    session: ProjectSession, item_id: str, clause: str, std_id: str, n: int, today: dt.date
) -> None:
    if std_id == "iso9001-2015" and (clause == "8.3" or clause.startswith("8.3.")):
        set_item_status(session, item_id, ItemStatus.NOT_APPLICABLE, NOT_APPLICABLE_DESIGN)
        return
    prefix = _longest_prefix(clause, _STATUS_BY_CLAUSE)
    status = _STATUS_BY_CLAUSE[prefix] if prefix else ItemStatus.NOT_STARTED
    if status is not ItemStatus.NOT_STARTED:
        set_item_status(session, item_id, status)
    owners = {**_OWNER_BY_CLAUSE, **(_QMS_OWNER_BY_CLAUSE if std_id == "iso9001-2015" else {})}
    owner_prefix = _longest_prefix(clause, owners)
    owner = owners[owner_prefix] if owner_prefix else _OWNERS.get(std_id, "")
    due = None
    if status is not ItemStatus.READY:
        due = today + dt.timedelta(days=14 + 7 * (n % 6))
    update_item_details(session, item_id, owner=owner, due_date=due,
                        notes=_NOTES.get(item_id))
