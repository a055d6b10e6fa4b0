"""The largest hostile inputs, imported by a child ``auditready-cli``: under 300 MB and 15 s.

Peak memory is the command's maximum resident set size, read with
``resource.getrusage(RUSAGE_CHILDREN)`` in a small launcher process (see
:data:`LAUNCHER`), so nothing the test process itself holds is counted. Each input sits just
under, or far over, the limits of ``desktop.import_limits``.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.model import Catalog, CompanyProfile
from desktop.import_limits import MAX_CELLS, MAX_OTHER_ELEMENTS, MAX_SHARED_STRINGS
from desktop.services.session import new_project
from tests.hostile_cases import template_data
from tests.hostile_workbooks import (
    checklist_book,
    checklist_rows,
    roundtrip_book,
    roundtrip_rows,
    shared_xml,
    sheet_xml,
)

ROOT = Path(__file__).resolve().parents[2]
MEMORY_MB, SECONDS = 300, 15
PROJECT = "bounds.auditready"

pytestmark = pytest.mark.slow


LAUNCHER = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(code, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""
"""Runs the command and prints (exit code, peak RSS in KiB, CPU seconds). A small launcher
starts the command because Linux carries the parent's peak RSS into a child across
fork and exec: measured from the test process, the figure would include the test's.
Time is the command's processor time (user + system), which other work on a busy
machine does not inflate the way it inflates wall-clock time."""


def run_child(*args: str) -> tuple[int, float, float, str]:
    """(exit code, peak RSS in MB, CPU seconds, stderr) of ``python -m desktop.cli *args``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITREADY_LANG": "en"}
    result = subprocess.run([sys.executable, "-c", LAUNCHER, sys.executable, "-m",
                             "desktop.cli", *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, check=False)
    code, peak, seconds = result.stdout.split()
    return int(code), int(peak) / 1024, float(seconds), result.stderr


def _text(rng: random.Random, size: int) -> str:
    """``size`` characters that do not compress (a ratio check must not catch them)."""
    return rng.randbytes(size // 2 + 1).hex()[:size]


def _big_checklist(path: Path) -> None:
    rng = random.Random(1)
    rows = checklist_rows(1) + [[f"S{i}", "S", f"S.{i}", "retain", _text(rng, 300),
                                 _text(rng, 600)] for i in range(1, 5000)]
    path.write_bytes(checklist_book(rows, dimension="A1:F1000000"))


def _empty_rows(path: Path) -> None:
    sheet = sheet_xml([]).replace("<sheetData>", "<sheetData>" + "<row/>" * 5_000_000)
    path.write_bytes(checklist_book(replace={"xl/worksheets/sheet1.xml": sheet}))


def _styles(path: Path) -> None:
    count = MAX_OTHER_ELEMENTS // 2 - 200
    styles = ('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              f'<cellXfs count="{count}">'
              + '<xf numFmtId="0" fontId="0"/>' * count + "</cellXfs></styleSheet>")
    path.write_bytes(checklist_book(styles=styles))


def _shared(path: Path) -> None:
    rng = random.Random(2)
    strings = [_text(rng, 300) for _ in range(MAX_SHARED_STRINGS)]
    rows = roundtrip_rows() + [[("s", i), "", "", "", ("s", i + 1), ("s", i + 2), None,
                                ("s", i + 3)] for i in range(0, 4 * 5_000, 4)]
    path.write_bytes(roundtrip_book(PROJECT, rows, shared=shared_xml(strings)))


def _full_sheet(path: Path) -> None:
    rows = roundtrip_rows() + [[f"iso9001-2015:x{i}", "7", "Requirement", "retain", "● Ready",
                                "质量部", "2027-01-10", "note", "", "", ""]
                               for i in range(MAX_CELLS // 11 - 10)]
    path.write_bytes(roundtrip_book(PROJECT, rows))


def _big_template(path: Path) -> None:
    rng = random.Random(3)
    entries = [{"key": "S", "parent": None, "under": None, "clause": "S", "kind": "clause",
                "title": {"en": "S", "zh": "S"}, "description": {"en": "", "zh": ""}}]
    entries += [{"key": f"S{i}", "parent": "S", "under": None, "clause": f"S.{i}",
                 "kind": "retain", "title": {"en": _text(rng, 200), "zh": "记录"},
                 "description": {"en": _text(rng, 2700), "zh": ""}} for i in range(1, 5000)]
    path.write_text(json.dumps(template_data(entries), ensure_ascii=False), encoding="utf-8")


def _deep_template(path: Path) -> None:
    entries: list[dict[str, Any]] = []
    for i in range(5000):
        entries.append({"key": f"k{i}", "parent": f"k{i - 1}" if i else None, "under": None,
                        "clause": f"S.{i}", "kind": "clause", "title": {"en": "t", "zh": "t"},
                        "description": {"en": "", "zh": ""}})
    path.write_text(json.dumps(template_data(entries)), encoding="utf-8")


CASES: list[tuple[str, str, Callable[[Path], None], str, tuple[str, ...]]] = [
    ("5,000 entries with long texts under a 1,000,000-row dimension", "import-checklist",
     _big_checklist, "ok", ()),
    ("5,000,000 empty rows", "import-checklist", _empty_rows, "refused", ()),
    ("styles at the element limit", "import-checklist", _styles, "ok", ()),
    ("a full shared-string table", "import-workbook", _shared, "refused", ("--apply",)),
    ("a filled-in sheet at the cell limit", "import-workbook", _full_sheet, "refused",
     ("--apply",)),
    ("a 15 MB template of 5,000 entries", "apply-template", _big_template, "ok", ()),
    ("a 5,000-deep parent chain", "apply-template", _deep_template, "ok", ()),
]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, catalog: Catalog) -> Path:
    path = tmp_path_factory.mktemp("bounds") / PROJECT
    new_project(path, CompanyProfile(name="Bounds", headcount=10, sites=("A",)),
                ["iso9001-2015"], catalog).close()
    return path


@pytest.mark.parametrize(("command", "make", "expect", "extra"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_largest_inputs_stay_within_memory_and_time(
        command: str, make: Callable[[Path], None], expect: str, extra: tuple[str, ...],
        base: Path, tmp_path: Path) -> None:
    project = tmp_path / PROJECT
    project.write_bytes(base.read_bytes())
    source = tmp_path / ("input.json" if command == "apply-template" else "input.xlsx")
    make(source)
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    code, memory, seconds, err = run_child(command, str(project), str(source), *extra)
    assert code == (0 if expect == "ok" else 2), err[-1500:]
    assert "Traceback" not in err
    assert memory < MEMORY_MB, f"peak memory {memory:.0f} MB"
    assert seconds < SECONDS, f"took {seconds:.1f} s"
    if code == 2:
        assert hashlib.sha256(project.read_bytes()).hexdigest() == before
    if "deep" in str(make):  # the chain is resolved in linear time everywhere, not just here
        code, memory, seconds, err = run_child("readiness", str(project))
        assert code == 0, err[-1500:]
        assert memory < MEMORY_MB and seconds < SECONDS, (memory, seconds)
