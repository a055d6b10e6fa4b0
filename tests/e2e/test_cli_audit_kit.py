"""``auditready-cli audit-kit``: the plan and per-department checklists, read back from the
workbook it writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.catalog import load_catalog
from desktop.cli import EXIT_OK, EXIT_USER, main
from desktop.domain.departments import Role
from desktop.services.audits.kit import audited_standards
from desktop.services.departments.matrix import list_departments, responsibility_matrix
from desktop.services.session import open_project


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "s.auditready"
    assert main(["sample", str(path)]) == EXIT_OK
    return path


def _expected(project: Path) -> tuple[int, dict[str, set[str]]]:
    """The audit id and, per audited department, the clause labels it is responsible for."""
    session = open_project(project, load_catalog())
    try:
        (audit,) = session.store.records.audits()
        labels = {s.id: s.label for s in audited_standards(session, audit)}
        matrix = responsibility_matrix(session)
        expected = {}
        for dept in list_departments(session):
            if dept.name in audit.auditees:
                expected[dept.name] = {f"{labels[s]} {c}" for (s, c), cell in matrix.items()
                                       if s in labels and cell.get(dept.id) is Role.RESPONSIBLE}
        return audit.id, expected
    finally:
        session.close()


def test_audit_kit_writes_plan_and_checklists_in_chinese(
        sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    audit_id, expected = _expected(sample_file)
    out = tmp_path / "内审"
    assert main(["audit-kit", str(sample_file), "--audit", str(audit_id), "--out", str(out),
                 "--lang", "zh"]) == EXIT_OK
    printed = capsys.readouterr().out.split()
    assert str(out / "审核实施计划.pdf") in printed
    for name in expected:
        assert (out / f"内审检查表-{name}.pdf").stat().st_size > 0
    book = load_workbook(out / "内审资料.xlsx", read_only=True)
    try:
        for name, clauses in expected.items():
            assert clauses, name
            rows = list(book[f"内审检查表-{name}"].iter_rows(values_only=True))
            head = rows.index(("序号", "条款", "要求", "审核问题", "审核证据",
                               "结果（符合/不符合/观察）"))
            asked = {row[1] for row in rows[head + 1:] if row[3]}
            assert clauses <= asked, (name, clauses - asked)
            assert all(row[4] is None and row[5] is None for row in rows[head + 1:])
        plan = [row for row in book["审核实施计划"].iter_rows(values_only=True)]
        quality = next(row for row in plan if row[2] == "品质部")
        assert "王敏" not in str(quality[4]) and "王敏" in str(quality[6])
        assert any(row[0] and "王敏" in str(row[0]) and "品质部" in str(row[0])
                   for row in plan)
    finally:
        book.close()


def test_unknown_audit_is_a_user_error(sample_file: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["audit-kit", str(sample_file), "--audit", "77", "--out",
                 str(tmp_path / "kit"), "--lang", "en"])
    assert code == EXIT_USER
    assert "#77" in capsys.readouterr().err
    assert not (tmp_path / "kit").exists()
