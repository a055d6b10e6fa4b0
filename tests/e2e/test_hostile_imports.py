"""The hostile corpus through the command line: every input refused clearly or imported.

For each generated workbook (both imports) and template: exit 0 or 2, never 1
(the internal-error path); a refusal names the file, has no traceback and
leaves the project file byte for byte as it was (SHA-256 before and after).
Evidence sources that vanish, change, are FIFOs, folders or unreadable are in
``tests/unit/services/test_hostile_evidence.py``; memory and time bounds of the
largest inputs are measured in child processes in ``test_import_bounds.py``.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.domain.model import Catalog, CompanyProfile
from desktop.services.session import new_project
from tests.hostile_cases import template_cases, workbook_cases
from tests.hostile_workbooks import (
    checklist_book,
    checklist_rows,
    roundtrip_book,
    roundtrip_rows,
)

PROJECT = "client.auditready"


def _roundtrip(rows: Any = None, **options: Any) -> bytes:
    return roundtrip_book(PROJECT, rows, **options)


CHECKLIST = workbook_cases(checklist_book, checklist_rows(), text_col=5, typed_col=3, seed=10)
ROUNDTRIP = workbook_cases(_roundtrip, roundtrip_rows(), text_col=7, typed_col=4, seed=20)
TEMPLATES = template_cases(seed=30)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def base_project(tmp_path_factory: pytest.TempPathFactory, catalog: Catalog) -> Path:
    path = tmp_path_factory.mktemp("base") / PROJECT
    new_project(path, CompanyProfile(name="客户", headcount=40, sites=("A",)),
                ["iso9001-2015", "iso14001-2015"], catalog).close()
    return path


@pytest.fixture
def project(base_project: Path, tmp_path: Path, catalog: Catalog,
            monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the base project; the CLI reuses the loaded catalog."""
    monkeypatch.setattr("desktop.cli.imports.load_catalog", lambda: catalog)
    monkeypatch.setenv("AUDITREADY_LANG", "en")
    target = tmp_path / "p" / PROJECT
    target.parent.mkdir()
    shutil.copyfile(base_project, target)
    return target


def check(capsys: pytest.CaptureFixture[str], project: Path, source: Path, expect: str,
          *args: str) -> None:
    before = sha256(project)
    code = main([args[0], str(project), str(source), *args[1:]])
    out, err = capsys.readouterr()
    assert code in (0, 2), f"exit {code}: {err[-2000:]}"
    assert "Traceback" not in err and "internal error" not in err
    if expect == "refused":
        assert code == 2, f"expected a refusal, got exit 0: {out[-500:]}"
    elif expect == "ok":
        assert code == 0, err[-2000:]
    if code == 2:
        assert err.startswith("auditready-cli: ") and source.name in err, err[-2000:]
        assert sha256(project) == before, "a refused import changed the project file"


@pytest.mark.parametrize(("expect", "write"), [c[1:] for c in CHECKLIST],
                         ids=[c[0] for c in CHECKLIST])
def test_hostile_checklist_workbooks(expect: str, write: Callable[[Path], None], project: Path,
                                     tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "清单.xlsx"
    write(source)
    check(capsys, project, source, expect, "import-checklist")


@pytest.mark.parametrize(("expect", "write"), [c[1:] for c in ROUNDTRIP],
                         ids=[c[0] for c in ROUNDTRIP])
def test_hostile_filled_in_workbooks(expect: str, write: Callable[[Path], None], project: Path,
                                     tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "returned.xlsx"
    write(source)
    check(capsys, project, source, expect, "import-workbook", "--apply")


@pytest.mark.parametrize(("expect", "write"), [c[1:] for c in TEMPLATES],
                         ids=[c[0] for c in TEMPLATES])
def test_hostile_templates(expect: str, write: Callable[[Path], None], project: Path,
                           tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "模板.json"
    write(source)
    check(capsys, project, source, expect, "apply-template")


def test_the_corpus_is_large() -> None:
    assert len(CHECKLIST) + len(ROUNDTRIP) + len(TEMPLATES) >= 300


@pytest.mark.parametrize("command", ["import-checklist", "import-workbook", "apply-template"])
@pytest.mark.parametrize("kind", ["missing", "folder", "fifo"])
def test_sources_that_are_not_files_are_refused(command: str, kind: str, project: Path,
                                                tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / f"source-{kind}"
    if kind == "folder":
        source.mkdir()
    elif kind == "fifo":
        if not hasattr(__import__("os"), "mkfifo"):
            pytest.skip("no FIFOs on this system")
        __import__("os").mkfifo(source)
    check(capsys, project, source, "refused", command)
