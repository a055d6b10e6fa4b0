"""The freshness rules a project has in force: the catalog's defaults and the user's changes.

Every freshness rule of the knowledge base says whose rule it is
(:class:`~desktop.domain.model.FreshnessBasis`): an interval the standard
leaves to the organization (ours is a default), a regulation (with its
citation) or certification-body practice. A project may change the period of
any *within* or *interval* rule for one item, or take a rule out of force for
that item; evidence then expires only by the rule the project has in force
(:func:`desktop.domain.layers.expiry_date` reads the item the session gives
it, which carries the project's rule).

Stored per project (table ``freshness_settings``, migration
:func:`~desktop.store.schema.m004_freshness_settings`), so the choice travels
with the project file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from desktop.domain.model import Catalog, Freshness, FreshnessBasis, FreshnessRule, Text

MAX_MONTHS = 120
"""Longest period a project may set, in months (ten years, as in the knowledge base)."""


class FreshnessSettingError(ValueError):
    """A freshness setting that cannot be applied; ``en``/``zh`` say why."""

    def __init__(self, en: str, zh: str) -> None:
        super().__init__(en)
        self.en = en
        self.zh = zh


@dataclass(frozen=True, slots=True)
class FreshnessSetting:
    """A project's change to the freshness rule of one checklist item.

    Attributes:
        item_id: the checklist item, e.g. ``"iso9001-2015:7.1.5.1:R"``.
        months: the period this project uses instead of the catalog's
            (1-:data:`MAX_MONTHS`); ``None`` keeps the catalog's period.
        in_force: False when the project does not apply the rule at all: the
            item's evidence then never expires by date.
    """

    item_id: str
    months: int | None = None
    in_force: bool = True

    @property
    def is_default(self) -> bool:
        """True when the setting changes nothing (nothing needs storing)."""
        return self.months is None and self.in_force


def check_setting(rule: Freshness | None, setting: FreshnessSetting) -> None:
    """Check that ``setting`` fits the catalog rule ``rule`` of its item.

    Raises:
        FreshnessSettingError: the item has no rule; a period is given for a
            *latest* rule; or the period is outside 1-:data:`MAX_MONTHS` months.
    """
    if rule is None:
        raise FreshnessSettingError("This item has no freshness rule to change.",
                                    "该检查项没有可修改的时效规则。")
    if setting.months is None:
        return
    if rule.rule is FreshnessRule.LATEST:
        raise FreshnessSettingError(
            "Only the current version counts for this item; it has no period to change.",
            "该检查项以现行版本为准，没有可修改的周期。")
    if not 1 <= setting.months <= MAX_MONTHS:
        raise FreshnessSettingError(
            f"The period must be from 1 to {MAX_MONTHS} months, not {setting.months}.",
            f"周期应为 1 至 {MAX_MONTHS} 个月，而不是 {setting.months}。")


def rule_in_force(rule: Freshness | None, setting: FreshnessSetting | None) -> Freshness | None:
    """The rule a project applies: ``rule`` with the setting's period, or None when out of force.

    A period on a *latest* rule is ignored (it has none).
    """
    if rule is None or setting is None:
        return rule
    if not setting.in_force:
        return None
    if setting.months is None or rule.rule is FreshnessRule.LATEST:
        return rule
    return replace(rule, months=setting.months)


def catalog_with_freshness(catalog: Catalog, settings: Mapping[str, FreshnessSetting]) -> Catalog:
    """A new catalog whose items carry the rules ``settings`` put in force.

    Settings for unknown items are left out; ``catalog`` itself is not changed.
    """
    if not settings:
        return catalog
    standards = []
    for std in catalog.standards:
        if any(i.id in settings for i in std.items):
            items = tuple(
                replace(i, freshness=rule_in_force(i.freshness, settings[i.id]))
                if i.id in settings else i
                for i in std.items)
            standards.append(replace(std, items=items))
        else:
            standards.append(std)
    return replace(catalog, standards=tuple(standards), _by_id={})


def project_rule_text(default: Freshness | None, setting: FreshnessSetting | None) -> Text | None:
    """What the project does differently from the default rule, or None when nothing.

    E.g. "This project: every 6 months (default 12)" / "本项目：每 6 个月（默认 12 个月）",
    or "This project does not apply this rule: evidence does not expire by date".
    """
    if default is None or setting is None or setting.is_default:
        return None
    if not setting.in_force:
        return Text("This project does not apply this rule: its evidence does not expire by date.",
                    "本项目不采用此规则：证据不会因时间而过期。")
    if setting.months is None or default.rule is FreshnessRule.LATEST:
        return None
    return Text(f"This project: every {setting.months} months (default {default.months}).",
                f"本项目：每 {setting.months} 个月（默认 {default.months} 个月）。")


def basis_line(rule: Freshness) -> Text:
    """Whose rule it is, with the citation for a regulation.

    E.g. "Set by regulation: 《工作场所职业卫生管理规定》第二十条" or
    "Interval set by your organization (default, changeable)".
    """
    label = rule.basis.label
    if rule.basis is FreshnessBasis.REGULATION and rule.citation is not None:
        return Text(f"{label.en}: {rule.citation.en}", f"{label.zh}：{rule.citation.zh}")
    return label
