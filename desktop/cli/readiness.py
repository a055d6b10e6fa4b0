"""``readiness``: layers, gates, certificates and audit time of a project."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.catalog import load_catalog
from desktop.cli.common import EXIT_OK, iso_date, message_lang
from desktop.domain.model import Lang, Standard
from desktop.domain.shares import (
    ITEMS_READY_DEFINITION,
    WEIGHTED_READINESS_DEFINITION,
    format_share,
)
from desktop.services.assessment import Assessment, assess
from desktop.services.session import open_project


def register(sub: Any) -> None:
    """Add the ``readiness`` sub-command to ``sub`` (argparse subparsers)."""
    ready = sub.add_parser(
        "readiness", help="print readiness layers, gates, certificates and audit time")
    ready.add_argument("project", type=Path)
    ready.add_argument("--format", choices=("json", "text"), default="text")
    ready.add_argument("--date", type=iso_date, default=None,
                       help="assess as of this day (default: today)")
    ready.set_defaults(func=_readiness_cmd)


_percent = format_share


def _readiness_cmd(args: argparse.Namespace) -> int:
    session = open_project(args.project, load_catalog())
    try:
        result = assess(session, args.date)
        standards = session.standards()
        name = session.store.profile().name
    finally:
        session.close()
    if args.format == "json":
        data = {"project": {"path": str(args.project), "company": name},
                **result.to_dict(standards)}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    _print_assessment(result, standards, message_lang())
    return EXIT_OK


_GATE_MARKS = {(True, False): "✔ passed", (True, True): "✔ 通过",
               (False, False): "✘ failed", (False, True): "✘ 未通过"}


def _print_assessment(result: Assessment, standards: Sequence[Standard], lang: Lang) -> None:
    zh = lang == "zh"
    labels = {s.id: s.label for s in standards}
    for simple, lay in zip(result.readiness, result.layers, strict=True):
        sh = lay.shares
        if zh:
            print(f"{labels[simple.standard_id]}：检查项就绪率 {_percent(simple.share)}"
                  f"（{simple.ready}/{simple.applicable}），加权就绪度 {_percent(sh.overall)}，"
                  f"已文件化 {_percent(sh.documented)}，已实施 {_percent(sh.implemented)}，"
                  f"持续运行 {_percent(sh.sustained)}")
        else:
            print(f"{labels[simple.standard_id]}: items ready {_percent(simple.share)} "
                  f"({simple.ready}/{simple.applicable}), weighted readiness "
                  f"{_percent(sh.overall)}, documented {_percent(sh.documented)}, "
                  f"implemented {_percent(sh.implemented)}, sustained {_percent(sh.sustained)}")
    if result.readiness:
        print(f"  {ITEMS_READY_DEFINITION.get(lang)}")
        print(f"  {WEIGHTED_READINESS_DEFINITION.get(lang)}")
    for gate in result.gates:
        mark = _GATE_MARKS[(gate.passed, zh)]
        print(f"{mark}  {gate.title.get(lang)}: {gate.reason.get(lang)}")
    for cert in result.certificates:
        due = cert.next_due
        when = f" → {due.label.get(lang)} {due.due.isoformat()}" if due else ""
        print(f"{labels.get(cert.standard_id, cert.standard_id)}: "
              f"{cert.state.label.get(lang)}{when}")
    if result.audit_time is not None:
        est = result.audit_time
        print(("审核时间估算：初次认证 {0} 人日，监督 {1} 人日，再认证 {2} 人日" if zh else
               "Audit time estimate: initial {0}, surveillance {1}, recertification {2} "
               "auditor-days").format(est.initial_days, est.surveillance_days,
                                      est.recertification_days))
    for warning in result.warnings:
        print(f"⚠ {warning.get(lang)}")
