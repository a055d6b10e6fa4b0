"""Certificate cycle rules: the figures deadlines are computed from, with their sources.

:class:`CycleRules` holds the whole-number rules (validity, surveillance
intervals, recertification application, suspension period, warning lead time)
and where they come from. The bundled values are in
``resources/rules/certificate_cycle.toml``; a project may keep its own copy
(project setting ``"cycle_rules"``). :mod:`desktop.domain.certificates`
re-exports every public name.

Sources, checked against the published rules and certification-body notices:

- CNCA-QMS-01:2025 《质量管理体系认证规则》 (CNCA announcement 2025 No. 16, in
  force 2026-01-01): 5.1.2 application conditions; 5.4.1.4 first surveillance
  within 12 months of the issue date, then at most 12 months between
  surveillance audits, at least two in a cycle; a surveillance audit not held
  in time: the certificate must be suspended; still not held when the
  suspension period ends: it must be withdrawn; 5.8.2 recertification on site,
  completed before expiry, otherwise initial certification again.
- CNCA-OHSMS-01:2026 《职业健康安全管理体系认证规则》 (in force 2026-03-01) and
  the 2026 EMS certification rules (CNCA announcement 2026 No. 2): the same
  cycle; OHSMS 5.1.2 lists the application conditions. Clause numbers of the
  EMS rules and of the OHSMS cycle clauses are to be confirmed.
- The length of the suspension period: 3 months is the default, the practice
  of Chinese certification bodies (some allow up to 6); the clause of the 2025
  rules fixing the maximum is to be confirmed, so the value is a setting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.model import Text

DEFAULT_SUSPENSION_MONTHS = 3
"""The suspension period used unless a project sets its own (certification-body practice)."""

DEFAULT_SOURCE = Text(
    "CNCA-QMS-01:2025 quality management system certification rules (in force 2026-01-01), "
    "5.4.1.4: first surveillance within 12 months of the issue date, then at most 12 months "
    "between surveillance audits, at least two in the 3-year cycle; 5.8.2: recertification "
    "audit on site, completed before expiry. The 2026 EMS and OH&S MS certification rules "
    "(CNCA Announcement 2026 No. 2; OH&S: CNCA-OHSMS-01:2026) set the same cycle (their clause "
    "numbers to be confirmed). Applying for recertification 3 months before expiry and the "
    "3-month suspension period are common practice of Chinese certification bodies (some "
    "allow 6 months).",
    "CNCA-QMS-01:2025《质量管理体系认证规则》（2026-01-01 起实施）5.4.1.4：初次监督审核在"
    "证书签发之日起 12 个月内进行，此后监督审核间隔不超过 12 个月，一个认证周期内至少两次；"
    "5.8.2：再认证审核在现场进行并在证书到期前完成。2026 年发布的环境、职业健康安全管理体系"
    "认证规则（国家认监委 2026 年第 2 号公告；职业健康安全：CNCA-OHSMS-01:2026）规定相同的"
    "周期（条款号待核实）。到期前 3 个月申请再认证、暂停期 3 个月为国内认证机构的常见做法"
    "（也有机构允许 6 个月）。",
)
"""Where the default :class:`CycleRules` come from."""

_LIMITS: dict[str, tuple[int, int]] = {  # accepted range (inclusive) of each whole-number rule
    "validity_years": (1, 10), "first_surveillance_months": (1, 36),
    "surveillance_interval_months": (1, 36), "recert_apply_months_before": (0, 24),
    "suspension_months": (1, 12), "warning_days": (0, 366)}


class CycleRulesError(ValueError):
    """A rule value is missing or out of range.

    Attributes:
        key: the rule's name, e.g. ``"suspension_months"``.
        en, zh: what is wrong, without the key.
    """

    def __init__(self, key: str, en: str, zh: str) -> None:
        super().__init__(f"{key}: {en}")
        self.key, self.en, self.zh = key, en, zh


@dataclass(frozen=True, slots=True)
class CycleRules:
    """The certificate cycle rules in force (defaults: CNCA-QMS-01:2025, see module docstring).

    Attributes:
        validity_years: certificate validity in years (used when a record has no expiry date).
        first_surveillance_months: months from the issue date to the first surveillance deadline.
        surveillance_interval_months: most months between two surveillance audits.
        recert_apply_months_before: months before expiry by which to apply for recertification.
        suspension_months: months a suspension may last before the certificate is withdrawn.
        warning_days: days before a deadline from which it is reported as due.
        source: where these figures come from, shown with them.
    """

    validity_years: int = 3
    first_surveillance_months: int = 12
    surveillance_interval_months: int = 12
    recert_apply_months_before: int = 3
    suspension_months: int = DEFAULT_SUSPENSION_MONTHS
    warning_days: int = 90
    source: Text = field(default=DEFAULT_SOURCE)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form: the six whole numbers under their names, ``source`` as ``{en, zh}``."""
        data: dict[str, Any] = {key: getattr(self, key) for key in _LIMITS}
        data["source"] = {"en": self.source.en, "zh": self.source.zh}
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CycleRules:
        """Build rules from :meth:`to_json` output; every key is required, others are ignored.

        Ranges: validity 1-10 years, surveillance months 1-36, application
        0-24 months, suspension 1-12 months, warning 0-366 days; the first
        surveillance and the application must fall within the validity.

        Raises:
            CycleRulesError: (a ``ValueError``) a key is missing, not a whole
                number, out of range, or ``source`` lacks ``en``/``zh`` text;
                ``.key`` names the rule.
        """
        if not isinstance(data, Mapping):
            raise CycleRulesError("rules", "must be a table", "应为一个表")
        values = {key: _whole(data, key, low, high) for key, (low, high) in _LIMITS.items()}
        months = values["validity_years"] * 12
        for key in ("first_surveillance_months", "recert_apply_months_before"):
            if values[key] >= months:
                raise CycleRulesError(
                    key, f"must be less than the validity ({months} months)",
                    f"应小于证书有效期（{months} 个月）")
        return cls(**values, source=_source(data.get("source")))


def _whole(data: Mapping[str, Any], key: str, low: int, high: int) -> int:
    if key not in data:
        raise CycleRulesError(key, "is missing", "缺失")
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise CycleRulesError(key, f"must be a whole number from {low} to {high}, not {value!r}",
                              f"应为 {low} 到 {high} 之间的整数，而不是 {value!r}")
    return value


def _source(value: Any) -> Text:
    if not isinstance(value, Mapping):
        raise CycleRulesError("source", "must be a table with en and zh", "应为包含 en 和 zh 的表")
    for lang in ("en", "zh"):
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise CycleRulesError(f"source.{lang}", "is missing or empty", "缺失或为空")
    return Text(value["en"].strip(), value["zh"].strip())


SUSPENSION_SOURCE = Text(
    "CNCA-QMS-01:2025 5.4.1.4 (in force 2026-01-01): a surveillance audit not held within "
    "the interval means the certificate must be suspended; one still not held when the "
    "suspension period ends means it must be withdrawn. The certification body decides both; "
    "until its decision is recorded the app shows them as predicted. Length of the suspension "
    "period: 3 months by default, the practice of Chinese certification bodies (some allow "
    "up to 6 months); the clause of the 2025 rules setting the maximum is to be confirmed, so "
    "the period is a project setting (cycle_rules.suspension_months).",
    "CNCA-QMS-01:2025 5.4.1.4（2026-01-01 起实施）：超过监督审核间隔时间的，证书必须暂停；"
    "暂停期满仍未实施监督审核的，证书必须撤销。暂停和撤销均由认证机构决定；在登记认证机构的"
    "决定之前，本软件只显示为预测。暂停期长度：默认 3 个月，为国内认证机构的常见做法（也有机构"
    "允许最长 6 个月）；2025 版规则中规定最长暂停期的条款号待核实，因此暂停期是项目设置"
    "（cycle_rules.suspension_months）。",
)
"""Where the suspension and withdrawal rule and the default suspension period come from."""


def suspension_rule(rules: CycleRules) -> dict[str, Any]:
    """The suspension rule in force as JSON: what ``readiness --format json`` shows.

    Shape: ``{"months": int, "default_months": 3, "is_default": bool,
    "source": {"en": str, "zh": str}}``; ``months`` is ``rules.suspension_months``.
    """
    return {
        "months": rules.suspension_months,
        "default_months": DEFAULT_SUSPENSION_MONTHS,
        "is_default": rules.suspension_months == DEFAULT_SUSPENSION_MONTHS,
        "source": {"en": SUSPENSION_SOURCE.en, "zh": SUSPENSION_SOURCE.zh},
    }
