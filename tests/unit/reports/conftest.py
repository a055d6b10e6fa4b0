"""A small hand-made catalog and project for report tests (independent of resources/standards)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from desktop.domain.model import (
    CatalogItem,
    CompanyProfile,
    Evidence,
    ItemKind,
    ItemState,
    ItemStatus,
    Lang,
    Standard,
    Text,
)
from desktop.reports.model import ReportData, build_report_data

GENERATED_AT = dt.datetime(2025, 3, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
COMPANY = "苏州精工机械制造有限公司"
MARKUP_NOTE = "<b>bold</b> & <font>"
FORMULA_NOTE = "=SUM(A1:A2)"
LONG_ZH_NOTE = (
    "质量方针已由总经理批准并在全体员工大会上宣贯，各部门负责人签字确认；"
    "方针内容包括满足适用要求的承诺和持续改进质量管理体系的承诺，"
    "并已张贴在车间、办公区和公司网站上，供相关方获取。下次评审安排在管理评审会议上进行。"
)
LONG_EN_NOTE = (
    "Calibration records for all measuring equipment are kept in the metrology register; "
    "see \\\\fileserver\\quality\\metrology\\calibration_records_2024_Q4_all_sites_final_v3.xlsx "
    "for the complete list, including the supplier certificates and the traceability chain."
)
NA_JUSTIFICATION = "本公司不从事产品设计和开发，产品均按客户图纸生产。"


def _text(en: str, zh: str) -> Text:
    return Text(en=en, zh=zh)


def _item(
    std: str, clause: str, kind: ItemKind, parent: str | None, en: str, zh: str, order: int = 0
) -> CatalogItem:
    suffix = {ItemKind.CLAUSE: "", ItemKind.MAINTAIN: ":M", ItemKind.RETAIN: ":R"}.get(kind, ":E")
    return CatalogItem(
        id=f"{std}:{clause}{suffix}",
        standard_id=std,
        clause=clause,
        kind=kind,
        parent=parent,
        title=_text(en, zh),
        description=_text("", ""),
        order=order,
    )


def make_qms() -> Standard:
    """ISO 9001-like standard: 8 checklist items under nested clauses."""
    s = "iso9001-2015"
    c, m, r, e = ItemKind.CLAUSE, ItemKind.MAINTAIN, ItemKind.RETAIN, ItemKind.EVIDENCE
    items = (
        _item(s, "4", c, None, "Context of the organization", "组织环境"),
        _item(s, "4.3", c, f"{s}:4", "Scope of the management system", "确定管理体系的范围"),
        _item(
            s,
            "4.3",
            m,
            f"{s}:4.3",
            "Documented scope with justified exclusions",
            "成文的体系范围及不适用条款的理由",
        ),
        _item(s, "5", c, None, "Leadership", "领导作用"),
        _item(s, "5.2.2", c, f"{s}:5", "Communicating the quality policy", "沟通质量方针"),
        _item(
            s,
            "5.2.2",
            m,
            f"{s}:5.2.2",
            "Quality policy, approved and communicated",
            "经批准并沟通的质量方针",
        ),
        _item(s, "7", c, None, "Support", "支持"),
        _item(s, "7.1.5.2", c, f"{s}:7", "Measurement traceability", "测量溯源"),
        _item(
            s,
            "7.1.5.2",
            r,
            f"{s}:7.1.5.2",
            "Calibration and verification records",
            "校准和检定记录",
        ),
        _item(s, "7.2", c, f"{s}:7", "Competence", "能力"),
        _item(s, "7.2", r, f"{s}:7.2", "Evidence of competence", "人员能力的证据"),
        _item(s, "8", c, None, "Operation", "运行"),
        _item(s, "8.3", c, f"{s}:8", "Design and development", "产品和服务的设计和开发"),
        _item(s, "8.3", e, f"{s}:8.3", "Design and development process", "设计和开发过程"),
        _item(s, "9", c, None, "Performance evaluation", "绩效评价"),
        _item(s, "9.2.2", c, f"{s}:9", "Internal audit programme", "内部审核方案"),
        _item(
            s,
            "9.2.2",
            r,
            f"{s}:9.2.2",
            "Internal audit programme and results",
            "审核方案及审核结果",
        ),
        _item(s, "9.3.3", c, f"{s}:9", "Management review outputs", "管理评审输出"),
        _item(s, "9.3.3", r, f"{s}:9.3.3", "Results of management reviews", "管理评审结果"),
        _item(
            s,
            "9.3.3",
            e,
            f"{s}:9.3.3",
            "Minutes with actions and owners",
            "附有措施和负责人的会议纪要",
        ),
    )
    return Standard(
        id=s,
        code="ISO 9001",
        edition="2015",
        amendments=("Amd 1:2024",),
        national="GB/T 19001-2016",
        system="QMS",
        title=_text("Quality management systems — Requirements", "质量管理体系 要求"),
        items=items,
    )


def make_ems() -> Standard:
    """ISO 14001-like standard with two checklist items."""
    s = "iso14001-2015"
    c, m = ItemKind.CLAUSE, ItemKind.MAINTAIN
    items = (
        _item(s, "5.2", c, None, "Environmental policy", "环境方针"),
        _item(s, "5.2", m, f"{s}:5.2", "Environmental policy", "环境方针"),
        _item(s, "6.1.2", c, None, "Environmental aspects", "环境因素"),
        _item(s, "6.1.2", m, f"{s}:6.1.2", "Significant environmental aspects", "重要环境因素"),
    )
    return Standard(
        id=s,
        code="ISO 14001",
        edition="2015",
        amendments=(),
        national="GB/T 24001-2016",
        system="EMS",
        title=_text("Environmental management systems", "环境管理体系 要求及使用指南"),
        items=items,
    )


def make_states() -> dict[str, ItemState]:
    """States with every case the renderers must survive."""
    q = "iso9001-2015"
    states = [
        ItemState(f"{q}:4.3:M", ItemStatus.READY, owner="王质量", notes=MARKUP_NOTE),
        ItemState(
            f"{q}:5.2.2:M",
            ItemStatus.IN_PROGRESS,
            owner="李明（管理者代表）",
            due_date=dt.date(2025, 4, 30),
            notes=LONG_ZH_NOTE,
        ),
        ItemState(
            f"{q}:7.1.5.2:R",
            ItemStatus.READY,
            owner="Zhang Wei",
            due_date=dt.date(2025, 5, 15),
            notes=LONG_EN_NOTE,
        ),
        ItemState(f"{q}:7.2:R", ItemStatus.NOT_STARTED, notes=FORMULA_NOTE, owner="+86 138"),
        ItemState(f"{q}:8.3:E", ItemStatus.NOT_APPLICABLE, justification=NA_JUSTIFICATION),
        ItemState("iso14001-2015:5.2:M", ItemStatus.READY, owner="@环境组"),
    ]
    return {state.item_id: state for state in states}


def make_evidence() -> list[Evidence]:
    """Three files: one serving two standards, one with a long name, one serving nothing known."""
    added = dt.datetime(2025, 3, 13, 20, 0, tzinfo=dt.UTC)  # 2025-03-14 in UTC+8
    return [
        Evidence(
            id=1,
            sha256="a" * 64,
            name="质量手册 V3.pdf",
            size=2_345_678,
            media_type="application/pdf",
            added_at=added,
            item_ids=("iso14001-2015:5.2:M", "iso9001-2015:4.3:M", "iso9001-2015:5.2.2:M"),
        ),
        Evidence(
            id=2,
            sha256="0123456789abcdef" * 4,
            name="计量器具校准证书汇总表_2024年第四季度_全部生产场所_最终版本.xlsx",
            size=812,
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            added_at=dt.datetime(2025, 1, 2, 3, 4, tzinfo=dt.UTC),
            item_ids=("iso9001-2015:7.1.5.2:R",),
        ),
        Evidence(
            id=3,
            sha256="f" * 64,
            name="=HYPERLINK(evil).docx",
            size=4096,
            media_type="application/msword",
            added_at=dt.datetime(2025, 2, 1, 0, 0, tzinfo=dt.UTC),
            item_ids=("iso45001-2018:5.4:E",),
        ),
    ]


def make_profile() -> CompanyProfile:
    """A company with two sites and a long scope statement."""
    return CompanyProfile(
        name=COMPANY,
        address="江苏省苏州市工业园区星湖街 100 号",
        sites=("总部：苏州市工业园区星湖街 100 号", "二厂：苏州市吴中区东吴北路 8 号"),
        headcount=186,
        scope=(
            "精密机械零部件的机械加工、装配和销售；Machining, assembly and sale of precision parts."
        ),
    )


def make_report(lang: Lang) -> ReportData:
    """The sample report in ``lang``."""
    return build_report_data(
        standards=[make_qms(), make_ems()],
        profile=make_profile(),
        states=make_states(),
        evidence=make_evidence(),
        lang=lang,
        generated_at=GENERATED_AT,
        app_version="0.1.0",
    )


@dataclass(frozen=True)
class Sample:
    """The sample project's inputs and the texts tests look for."""

    company: str = COMPANY
    markup_note: str = MARKUP_NOTE
    formula_note: str = FORMULA_NOTE
    long_zh_note: str = LONG_ZH_NOTE
    long_en_note: str = LONG_EN_NOTE
    na_justification: str = NA_JUSTIFICATION
    generated_at: dt.datetime = GENERATED_AT
    qms: Callable[[], Standard] = make_qms
    ems: Callable[[], Standard] = make_ems
    states: Callable[[], dict[str, ItemState]] = make_states
    evidence: Callable[[], list[Evidence]] = make_evidence
    profile: Callable[[], CompanyProfile] = make_profile
    report: Callable[[Lang], ReportData] = make_report


@pytest.fixture
def report_sample() -> Sample:
    """The hand-made sample project (two standards, six states, three evidence files)."""
    return Sample()
