"""``audit-time``: an audit-time estimate without a project, to check a quotation.

Prints every step of the calculation as the audit-time view shows it
(:mod:`desktop.domain.audit_steps`): effective personnel, table time per
system, adjustments with the 30 % reduction limit, rounding, integration,
surveillance, recertification and site sampling.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli.common import EXIT_OK, message_lang
from desktop.domain.audit_time import (
    Adjustment,
    AuditTimeEstimate,
    AuditTimeInputs,
    Complexity,
    System,
    estimate_audit_time,
)
from desktop.domain.model import Lang
from desktop.errors import ValidationError

_SYSTEM_NAMES = {"qms": System.QMS, "ems": System.EMS, "ohs": System.OHSMS,
                 "ohsms": System.OHSMS}


def register(sub: Any) -> None:
    """Add the ``audit-time`` sub-command to ``sub`` (argparse subparsers)."""
    cmd = sub.add_parser(
        "audit-time",
        help="estimate certification audit time (IAF MD 5, MD 11, MD 1) without a project",
        description="Estimate initial, surveillance and recertification auditor-days from "
                    "IAF MD 5:2019 (CNAS-CC105:2020), IAF MD 11 and IAF MD 1, with every step. "
                    "An estimate for budgeting: the certification body decides.",
    )
    cmd.add_argument("--persons", type=int, required=True,
                     help="full-time persons in the scope, all shifts")
    cmd.add_argument("--part-time", type=int, default=0, help="part-time persons")
    cmd.add_argument("--part-time-hours", type=float, default=0.0,
                     help="average hours per week of a part-timer")
    cmd.add_argument("--week-hours", type=float, default=40.0,
                     help="hours of a full-time week (default 40)")
    cmd.add_argument("--systems", type=_systems, required=True,
                     help="comma-separated: qms, ems, ohs (e.g. qms,ems)")
    cmd.add_argument("--ems-complexity", default="medium",
                     choices=("high", "medium", "low", "limited"),
                     help="IAF MD 5:2019 table EMS 1 column (default medium)")
    cmd.add_argument("--ohs-complexity", default="medium", choices=("high", "medium", "low"),
                     help="IAF MD 5:2019 table OH&S 1 column (default medium)")
    cmd.add_argument("--reduction", type=float, default=0.0, metavar="PCT",
                     help="total reduction in percent of the table time (capped at 30)")
    cmd.add_argument("--increase", type=float, default=0.0, metavar="PCT",
                     help="total increase in percent of the table time")
    cmd.add_argument("--integration", type=float, default=0.0, metavar="PCT",
                     help="degree of integration 0-100 for several systems (IAF MD 11)")
    cmd.add_argument("--sites", type=int, default=1, help="sites in the scope (IAF MD 1)")
    cmd.add_argument("--format", choices=("json", "text"), default="text")
    cmd.set_defaults(func=_audit_time_cmd)


def _systems(text: str) -> tuple[System, ...]:
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in _SYSTEM_NAMES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown system {', '.join(unknown) or text!r}: use qms, ems, ohs")
    return tuple(_SYSTEM_NAMES[n] for n in names)


def inputs_from_args(args: argparse.Namespace, lang: Lang = "en") -> AuditTimeInputs:
    """The estimate's inputs from parsed ``audit-time`` arguments.

    ``--reduction 30`` becomes one adjustment of -30 %, ``--increase 10`` one of
    +10 %, labelled in ``lang``; QMS uses its single table column.

    Raises:
        ValidationError: a negative ``--reduction`` or ``--increase``.
    """
    if args.reduction < 0 or args.increase < 0:
        raise ValidationError(
            "--reduction and --increase take a positive percentage, e.g. --reduction 20",
            "--reduction 和 --increase 应为正的百分比，例如 --reduction 20")
    complexity = {System.QMS: Complexity.MEDIUM, System.EMS: Complexity(args.ems_complexity),
                  System.OHSMS: Complexity(args.ohs_complexity)}
    zh = lang == "zh"
    adjustments = []
    if args.increase:
        adjustments.append(Adjustment("增加（--increase）" if zh else "Increase (--increase)",
                                      args.increase))
    if args.reduction:
        adjustments.append(Adjustment("减少（--reduction）" if zh else "Reduction (--reduction)",
                                      -args.reduction))
    return AuditTimeInputs(
        full_time=args.persons, part_time=args.part_time,
        part_time_hours=args.part_time_hours, full_time_hours=args.week_hours,
        systems=tuple((s, complexity[s]) for s in args.systems),
        adjustments=tuple(adjustments), integration_percent=args.integration,
        sites=args.sites,
    )


def _audit_time_cmd(args: argparse.Namespace) -> int:
    lang = message_lang()
    inputs = inputs_from_args(args, lang)
    try:
        estimate = estimate_audit_time(inputs)
    except ValueError as exc:
        raise ValidationError(f"Cannot estimate the audit time: {exc}",
                              f"无法估算审核时间：{exc}") from None
    if args.format == "json":
        data = {"inputs": inputs.to_json(), **estimate.to_dict()}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    print_estimate(estimate, lang)
    return EXIT_OK


def print_estimate(estimate: AuditTimeEstimate, lang: Lang) -> None:
    """Print every step (title, detail, days) and the result in ``lang``."""
    zh = lang == "zh"
    unit = "人日" if zh else "auditor-days"
    for number, step in enumerate(estimate.steps, start=1):
        days = "" if step.days is None else f"  = {step.days:g} {unit}"
        print(f"{number}. {step.title.get(lang)}{days}")
        print(f"   {step.detail.get(lang)}")
    print()
    if zh:
        print(f"初次认证 {estimate.initial_days:g} 人日；每次监督 {estimate.surveillance_days:g} "
              f"人日；再认证 {estimate.recertification_days:g} 人日；初次抽样场所 "
              f"{estimate.sampled_sites} 个")
    else:
        print(f"Initial certification {estimate.initial_days:g}, each surveillance "
              f"{estimate.surveillance_days:g}, recertification "
              f"{estimate.recertification_days:g} auditor-days; sites visited at the initial "
              f"audit: {estimate.sampled_sites}")
    print(estimate.disclaimer.get(lang))
