"""The worked calculation of an audit-time estimate, one bilingual line per step.

:mod:`desktop.domain.audit_time` computes the figures; the functions here turn
them into :class:`Step` values that show every number used and the rule's
source, so a user can check the estimate by hand and discuss it with the
certification body. Numbers print with at most two decimals.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from desktop.domain.iaf_md import BANDS, TABLE_NAMES, Complexity, System, round_half_day
from desktop.domain.model import Text


@dataclass(frozen=True, slots=True)
class Step:
    """One line of the worked calculation.

    Attributes:
        title: what the step does, e.g. "Table time: QMS (quality)".
        detail: the numbers used and the rule's source, e.g. "55 persons → band
            46-65 → 5 days (IAF MD 5:2019 table QMS 1, single column; CNAS-CC105:2020)".
        days: auditor-days the step results in; ``None`` for steps giving no days.
    """

    title: Text
    detail: Text
    days: float | None


def fmt(value: float | Fraction) -> str:
    """A number with at most two decimals, trailing zeros dropped: "5", "5.5", "3.16"."""
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def pct(value: float | Fraction) -> str:
    """A signed percentage: "+10 %", "−5 %", "0 %"."""
    number = fmt(-value if value < 0 else value)
    return f"+{number} %" if value > 0 else (f"−{number} %" if value < 0 else "0 %")


def personnel_step(
    full_time: int, part_time: int, part_hours: float, full_hours: float, fte: Fraction,
    personnel: int,
) -> Step:
    """Effective personnel: full-timers plus part-timers as full-time equivalents."""
    title = Text("Effective personnel", "有效人数")
    if part_time == 0:
        return Step(title, Text(
            f"{full_time} full-time persons, all shifts → {personnel} (IAF MD 5:2019)",
            f"{full_time} 名全职人员（含所有班次）→ {personnel} 人（IAF MD 5:2019）",
        ), None)
    share = f"{part_time} × {fmt(part_hours)} h ÷ {fmt(full_hours)} h = {fmt(fte)}"
    return Step(title, Text(
        f"{full_time} full-time, all shifts + part-timers as full-time equivalents {share} → "
        f"{math.ceil(fte)} (IAF MD 5:2019 gives no rounding rule; rounded up) → "
        f"{personnel} persons",
        f"{full_time} 名全职（含所有班次）+ 兼职人员折算为全职当量 {share} → {math.ceil(fte)}"
        f"（IAF MD 5:2019 未规定取整方法，此处向上取整）→ {personnel} 人",
    ), None)


def table_step(
    system: System, complexity: Complexity, personnel: int, band: str, days: float
) -> Step:
    """Days read from the IAF MD 5:2019 table for the personnel band."""
    table = TABLE_NAMES[system]
    if system is System.QMS:
        which, which_zh = "single column", "该表不分复杂程度"
    else:
        which = f"{complexity.label.en.lower()} complexity"
        which_zh = f"复杂程度：{complexity.label.zh}"
    note = note_zh = ""
    if personnel > BANDS[-1]:
        note = ("; above 10700 the table says only 'follow the progression': extended by "
                "2200-person bands adding the last band's step, the reading with more time")
        note_zh = ("；10700 人以上表中只写“按级数递增”：此处按每 2200 人一档、"
                   "每档增加最后一档的增量外推，取时间较多的解读")
    return Step(
        Text(f"Table time: {system.label.en}", f"查表时间：{system.label.zh}"),
        Text(
            f"{personnel} persons → band {band} → {fmt(days)} days (IAF MD 5:2019 table "
            f"{table}, {which}; CNAS-CC105:2020){note}",
            f"{personnel} 人 → {band} 档 → {fmt(days)} 人日（IAF MD 5:2019 表 {table}，"
            f"{which_zh}；CNAS-CC105:2020）{note_zh}",
        ),
        days,
    )


def adjustment_step(
    adjustments: Sequence[tuple[str, float]], up: Fraction, down: Fraction, net: Fraction,
    capped: bool,
) -> Step:
    """The adjustment factors, their sums, the 30 % reduction cap and the percent applied."""
    title = Text("Adjustments", "调整因素")
    if not adjustments:
        return Step(title, Text("No adjustments: the table time is used unchanged (0 %)",
                                "无调整因素：直接采用查表时间（0 %）"), None)
    listed = "; ".join(f"{label} {pct(percent)}" for label, percent in adjustments)
    en = f"{listed} → increases {pct(up)}, reductions {pct(down)}"
    zh = f"{listed} → 增加 {pct(up)}，减少 {pct(down)}"
    if capped:
        en += ("; reductions capped at −30 % (IAF MD 5:2019: total reduction at most 30 % "
               "of the table time)")
        zh += "；减少部分已限制为 −30 %（IAF MD 5:2019：总减少不超过查表时间的 30 %）"
    if up > 0:
        en += "; increases are not capped (IAF MD 5:2019 limits only reductions)"
        zh += "；增加部分不设上限（IAF MD 5:2019 只限制减少）"
    if capped and up > 0:
        en += "; the cap applies to the reductions before increases are added (more time)"
        zh += "；先对减少部分设限再加上增加部分（时间较多的解读）"
    en += f" → {pct(net)} applied to each system"
    zh += f" → 各体系均按 {pct(net)} 调整"
    return Step(title, Text(en, zh), None)


def adjusted_step(
    system: System, days: float, net: Fraction, adjusted: Fraction, rounded: float,
    floor: Fraction,
) -> Step:
    """One system's table days after adjustments, rounded to the nearest half day.

    ``floor`` is 70 % of the table time: when the nearest half day falls below
    it, the result is the floor rounded up to the half day, so the 30 % limit
    on reductions survives rounding; the step then says so.
    """
    factor = fmt(100 + net)
    if rounded > round_half_day(adjusted):
        how = (f"the nearest half day would cut more than 30 %: raised to 70 % of the table "
               f"time, {fmt(floor)}, rounded up to the half day (IAF MD 5:2019)")
        how_zh = (f"取最接近的半天将减少超过 30 %：提高到查表时间的 70 %（{fmt(floor)}）"
                  "并向上取半天（IAF MD 5:2019）")
    else:
        how = "nearest half day, not below 70 % of the table time, IAF MD 5:2019"
        how_zh = "按 IAF MD 5:2019 取最接近的半天，且不低于查表时间的 70 %"
    return Step(
        Text(f"Adjusted time: {system.label.en}", f"调整后时间：{system.label.zh}"),
        Text(
            f"{fmt(days)} × {factor} % = {fmt(adjusted)} → {fmt(rounded)} days ({how})",
            f"{fmt(days)} × {factor} % = {fmt(adjusted)} → {fmt(rounded)} 人日（{how_zh}）",
        ),
        rounded,
    )


def single_system_step(days: float, integration_percent: float) -> Step:
    """The initial audit of a single system (no IAF MD 11 reduction)."""
    note = note_zh = ""
    if integration_percent > 0:
        note = "; the integrated-audit reduction does not apply to a single system"
        note_zh = "；单一体系不适用结合审核的减少"
    return Step(
        Text("Initial certification audit", "初次认证审核"),
        Text(f"one system: {fmt(days)} days (stage 1 + stage 2){note}",
             f"单一体系：{fmt(days)} 人日（第一阶段 + 第二阶段）{note_zh}"),
        days,
    )


def sum_step(per_system: Sequence[tuple[System, float]], total: Fraction) -> Step:
    """The sum of the systems' times (IAF MD 11:2019)."""
    parts = " + ".join(fmt(days) for _, days in per_system)
    return Step(
        Text("Sum of the systems", "各体系时间之和"),
        Text(f"{parts} = {fmt(total)} days (each standard computed separately, IAF MD 11:2019)",
             f"{parts} = {fmt(total)} 人日（各标准分别计算后相加，IAF MD 11:2019）"),
        float(total),
    )


def integrated_step(
    total: Fraction, level: Fraction, reduction: Fraction, reduced: Fraction, days: float,
    least: Fraction,
) -> Step:
    """The integrated initial audit: the sum reduced for the level of integration.

    Rounded to the nearest half day, but never below ``least`` (80 % of the
    sum, rounded up to the half day), so the 20 % limit survives rounding.
    """
    if days > round_half_day(reduced):
        how = (f"raised to 80 % of the sum, {fmt(least)}, rounded up to the half day, so the "
               "reduction stays within 20 %")
        how_zh = f"提高到总和的 80 %（{fmt(least)}）并向上取半天，使减少不超过 20 %"
    else:
        how, how_zh = "nearest half day", "取最接近的半天"
    return Step(
        Text("Initial certification audit (integrated)", "初次认证审核（结合审核）"),
        Text(
            f"integration {fmt(level)} % → reduction 20 % × {fmt(level)} % = {fmt(reduction)} %; "
            f"{fmt(total)} × {fmt(100 - reduction)} % = {fmt(reduced)} → {fmt(days)} days, "
            f"{how} (IAF MD 11:2019 allows at most 20 % for the degree of "
            "integration; in proportion to the integration level is our reading; full "
            "integration gives (Q + E + S) × 0.8)",
            f"整合程度 {fmt(level)} % → 减少 20 % × {fmt(level)} % = {fmt(reduction)} %；"
            f"{fmt(total)} × {fmt(100 - reduction)} % = {fmt(reduced)} → {fmt(days)} 人日，"
            f"{how_zh}（IAF MD 11:2019 按整合程度最多减少 20 %；"
            "此处按整合程度等比例减少；完全整合即 (Q + E + S) × 0.8）",
        ),
        days,
    )


def on_site_step(initial: float, minimum: Fraction, on_site: float) -> Step:
    """The least time to spend on site, 80 % of the initial time (IAF MD 5:2019)."""
    return Step(
        Text("Minimum time on site", "最少现场时间"),
        Text(
            f"80 % of {fmt(initial)} = {fmt(minimum)} → at least {fmt(on_site)} days on site "
            "(IAF MD 5:2019; rounded up to the half day so the minimum holds)",
            f"{fmt(initial)} 的 80 % = {fmt(minimum)} → 现场至少 {fmt(on_site)} 人日"
            "（IAF MD 5:2019；向上取半天以满足下限）",
        ),
        on_site,
    )


def stages_step(initial: float, stage1: float) -> Step:
    """The usual stage 1 / stage 2 split (practice, not a rule)."""
    stage2 = initial - stage1
    return Step(
        Text("Stage 1 / stage 2 split", "第一阶段 / 第二阶段分配"),
        Text(
            f"common practice, not a rule: about 30 % / 70 % → stage 1 ≈ {fmt(stage1)} days, "
            f"stage 2 ≈ {fmt(stage2)} days",
            f"常见做法而非规定：约 30 % / 70 % → 第一阶段约 {fmt(stage1)} 人日，"
            f"第二阶段约 {fmt(stage2)} 人日",
        ),
        None,
    )


def surveillance_step(initial: float, third: Fraction, days: float) -> Step:
    """Each surveillance audit, about 1/3 of the initial time (IAF MD 5:2019)."""
    return Step(
        Text("Surveillance audit", "监督审核"),
        Text(
            f"{fmt(initial)} ÷ 3 = {fmt(third)} → {fmt(days)} days for each surveillance "
            "audit, two in the three-year cycle (about 1/3 of the initial time, "
            "IAF MD 5:2019; nearest half day)",
            f"{fmt(initial)} ÷ 3 = {fmt(third)} → 每次监督审核 {fmt(days)} 人日，三年周期内两次"
            "（约为初次审核时间的 1/3，IAF MD 5:2019；取最接近的半天）",
        ),
        days,
    )


def recertification_step(initial: float, two_thirds: Fraction, days: float) -> Step:
    """The recertification audit, about 2/3 of the initial time (IAF MD 5:2019)."""
    return Step(
        Text("Recertification audit", "再认证审核"),
        Text(
            f"{fmt(initial)} × 2 ÷ 3 = {fmt(two_thirds)} → {fmt(days)} days (about 2/3 of "
            "the initial time, IAF MD 5:2019; nearest half day)",
            f"{fmt(initial)} × 2 ÷ 3 = {fmt(two_thirds)} → {fmt(days)} 人日（约为初次审核时间的 "
            "2/3，IAF MD 5:2019；取最接近的半天）",
        ),
        days,
    )


def sites_step(sites: int, sampled: tuple[int, int, int]) -> Step:
    """IAF MD 1:2018 sample sizes and how the estimate treats multi-site time."""
    title = Text("Sites to visit (multi-site sampling)", "抽样场所（多场所抽样）")
    if sites == 1:
        return Step(title, Text("one site: no sampling (IAF MD 1:2018)",
                                "单一场所：无需抽样（IAF MD 1:2018）"), None)
    root = fmt(math.sqrt(sites))
    initial, surveillance, recertification = sampled
    return Step(
        title,
        Text(
            f"{sites} sites → initial √{sites} = {root} → {initial}; surveillance "
            f"0.6 × {root} → {surveillance}; recertification 0.8 × {root} → "
            f"{recertification} (IAF MD 1:2018, rounded up). The central function is always "
            "audited, in addition when it is not among the sampled sites. The days above are "
            "for the whole organization's personnel and are not reduced for sampling: our "
            "sources do not say how the certification body spreads them over the sites, and "
            "travel between sites may add time.",
            f"{sites} 个场所 → 初次认证 √{sites} = {root} → {initial} 个；监督审核 "
            f"0.6 × {root} → {surveillance} 个；再认证 0.8 × {root} → {recertification} 个"
            "（IAF MD 1:2018，向上取整）。总部职能始终接受审核，未被抽中时另行增加。"
            "以上人日按整个组织的人数计算，不因抽样而减少：所依据的资料未说明认证机构如何"
            "在各场所之间分配时间，场所之间的路程也可能另需时间。",
        ),
        None,
    )
