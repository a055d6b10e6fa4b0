"""Departments and the responsibility matrix (职能分配表).

A management system is run by departments. The responsibility matrix says,
for each clause of each standard, which department is responsible for it
(主责, at most one is usual but several are allowed) and which take part
(相关). Chinese certification bodies commonly ask for it as a table of clause
rows by department columns, with ● for responsible and ○ for involved.

- :class:`Department`: one department of the company (name, head, sites).
- :class:`Role`: a cell of the matrix.
- :data:`Matrix`: ``(standard_id, clause number) -> {department_id: Role}``;
  a clause with no entry, or an empty dict, has no department assigned.
- :func:`propose_matrix`: a first version from the departments owning the
  items under each clause, completed by a default per clause
  (:data:`DEFAULT_FUNCTIONS`) matched to departments by their names.
- :func:`integrated_view`: the matrix of several standards folded onto
  shared clause numbers (the integrated, 三体系, view).

Everything here is pure: no storage, no Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.model import Text

INTEGRATED = "integrated"
"""The pseudo standard id of the integrated view (clause numbers shared by the
project's standards); :func:`integrated_view` builds it, it is never stored."""


@dataclass(frozen=True)
class Department:
    """One department (部门) of the organization.

    Attributes:
        id: stable id inside the project, e.g. ``"dept-3"``; never reused.
        name: as the company writes it, e.g. ``"质量部"``; unique in a project.
        head: the person leading it (部门负责人), free text; may be empty.
        sites: the sites (as written in the company profile) where it works;
            empty when it is not tied to particular sites.
    """

    id: str
    name: str
    head: str
    sites: tuple[str, ...]


class Role(StrEnum):
    """What a department does for a clause."""

    RESPONSIBLE = "responsible"  # 主责
    INVOLVED = "involved"  # 相关

    @property
    def symbol(self) -> str:
        """The mark in the 职能分配表: ``"●"`` responsible, ``"○"`` involved."""
        return "●" if self is Role.RESPONSIBLE else "○"

    @property
    def label(self) -> Text:
        """Bilingual name: Responsible / 主责, Involved / 相关."""
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.RESPONSIBLE: Text("Responsible", "主责"),
    Role.INVOLVED: Text("Involved", "相关"),
}

Matrix = dict[tuple[str, str], dict[str, Role]]
"""(standard_id, clause number, e.g. ``("iso9001-2015", "7.1.5")``) -> {department_id: Role}."""


class Function(StrEnum):
    """A kind of department, recognised from its name, used for the default matrix."""

    MANAGEMENT = "management"
    QUALITY = "quality"
    PRODUCTION = "production"
    HR = "hr"
    EHS = "ehs"
    PURCHASING = "purchasing"
    SALES = "sales"
    ENGINEERING = "engineering"
    WAREHOUSE = "warehouse"


_KEYWORDS: tuple[tuple[Function, tuple[str, ...]], ...] = (
    # Order matters: the first function whose keyword appears in the name wins.
    (Function.EHS, ("安环", "环安", "安全", "环境", "ehs", "hse", "safety", "environment")),
    (Function.MANAGEMENT, ("总经理", "总经办", "总裁", "管理者代表", "管理层", "董事",
                           "general manager", "management", "ceo", "director")),
    (Function.QUALITY, ("质量", "品质", "品管", "质检", "quality", "qa", "qc")),
    (Function.HR, ("人事", "人力", "行政", "综合", "hr", "human", "admin", "personnel")),
    (Function.PURCHASING, ("采购", "供应", "purchas", "procure", "supply")),
    (Function.SALES, ("销售", "市场", "营销", "客服", "sales", "marketing", "customer")),
    (Function.ENGINEERING, ("技术", "研发", "工艺", "设计", "工程", "engineer", "r&d",
                            "technical", "design")),
    (Function.PRODUCTION, ("生产", "制造", "车间", "设备", "production", "manufactur",
                           "workshop", "plant", "operations")),
    (Function.WAREHOUSE, ("仓", "物流", "储运", "warehouse", "logistic", "store")),
)


def department_function(department: Department) -> Function | None:
    """The kind of department its name suggests, or None (e.g. ``"质量部"`` -> QUALITY)."""
    name = department.name.casefold()
    for function, words in _KEYWORDS:
        if any(word in name for word in words):
            return function
    return None


_M, _Q, _P, _H, _E, _B, _S, _T, _W = (
    Function.MANAGEMENT, Function.QUALITY, Function.PRODUCTION, Function.HR, Function.EHS,
    Function.PURCHASING, Function.SALES, Function.ENGINEERING, Function.WAREHOUSE)

_ALL = (_M, _Q, _P, _H, _E, _B, _S, _T, _W)

DEFAULT_FUNCTIONS: dict[str, dict[str, tuple[Function, tuple[Function, ...]]]] = {
    # system ("QMS", "EMS", "OHSMS") -> clause prefix -> (responsible, involved);
    # the longest prefix matching a clause wins; "" holds what every system shares
    # (the common Annex SL structure). Drawn from the usual split of duties in a
    # small Chinese manufacturer; the user edits the result.
    "": {
        "4": (_M, (_Q, _E)), "4.2": (_M, (_Q, _S, _E)), "4.3": (_M, (_Q, _E)),
        "4.4": (_M, _ALL[1:]),
        "5": (_M, _ALL[1:]), "5.3": (_M, _ALL[1:]), "5.4": (_E, (_M, _H, _P)),
        "6": (_M, (_Q, _E)), "6.1": (_M, _ALL[1:]), "6.2": (_M, _ALL[1:]), "6.3": (_M, (_Q,)),
        "7": (_H, _ALL[1:]), "7.1": (_M, (_H, _Q, _P)), "7.1.2": (_H, (_M,)),
        "7.1.3": (_P, (_Q, _E)), "7.1.4": (_H, (_P, _E)), "7.1.5": (_Q, (_P,)),
        "7.1.6": (_H, (_T, _Q)),
        "7.2": (_H, _ALL), "7.3": (_H, _ALL), "7.4": (_H, _ALL), "7.5": (_Q, _ALL),
        "8": (_P, (_Q, _E, _B, _S)), "8.1": (_P, (_Q, _E, _T)),
        "9": (_Q, (_M, _E)), "9.1": (_Q, (_E, _S, _P)), "9.2": (_Q, _ALL),
        "9.3": (_M, _ALL[1:]), "10": (_Q, _ALL),
    },
    "QMS": {
        "7.1.5": (_Q, (_P,)), "8.2": (_S, (_Q, _P)), "8.3": (_T, (_Q, _S, _P)),
        "8.4": (_B, (_Q, _W)),
        "8.5": (_P, (_Q, _W, _T)), "8.5.2": (_P, (_Q, _W)), "8.5.3": (_S, (_W, _Q)),
        "8.5.4": (_W, (_P,)), "8.5.5": (_S, (_Q,)), "8.6": (_Q, (_P,)), "8.7": (_Q, (_P,)),
        "9.1.2": (_S, (_Q,)),
    },
    "EMS": {
        "4": (_E, (_M,)), "5.1": (_M, (_E,)), "6.1": (_E, _ALL), "6.1.3": (_E, (_M,)),
        "6.2": (_E, (_M, _P)), "7": (_H, (_E,)), "7.4": (_E, (_H,)), "7.5": (_E, (_Q, _H)),
        "8": (_E, (_P, _B, _W)), "8.2": (_E, (_P, _H)), "9.1": (_E, (_Q, _P)),
        "9.1.2": (_E, (_M,)), "10": (_E, _ALL),
    },
    "OHSMS": {
        "4": (_E, (_M,)), "5.1": (_M, (_E,)), "5.4": (_E, (_M, _H, _P)), "6.1": (_E, _ALL),
        "6.1.3": (_E, (_M,)), "6.2": (_E, (_M, _P)), "7": (_H, (_E,)), "7.4": (_E, (_H,)),
        "7.5": (_E, (_Q, _H)), "8": (_E, (_P, _B, _H)), "8.1.4": (_B, (_E,)), "8.2": (_E, (_P, _H)),
        "9.1": (_E, (_P, _H)), "9.1.2": (_E, (_M,)), "10": (_E, _ALL),
    },
}
"""The default per clause: which kind of department is responsible and which take part."""


def _prefix_value(clause: str, table: Mapping[str, tuple[Function, tuple[Function, ...]]]
                  ) -> tuple[Function, tuple[Function, ...]] | None:
    best: str | None = None
    for prefix in table:
        if (clause == prefix or clause.startswith(prefix + ".")) and (
                best is None or len(prefix) > len(best)):
            best = prefix
    return table[best] if best is not None else None


def default_functions(system: str, clause: str) -> tuple[Function, tuple[Function, ...]] | None:
    """The default (responsible, involved) kinds of department for one clause.

    Args:
        system: ``"QMS"``, ``"EMS"``, ``"OHSMS"`` or anything else (custom).
        clause: the clause number, e.g. ``"8.4.1"``.

    Returns:
        The value of the longest prefix of ``clause`` among the shared
        defaults and the system's own (the system's own wins on a tie), or None.
    """
    table = {**DEFAULT_FUNCTIONS[""], **DEFAULT_FUNCTIONS.get(system, {})}
    return _prefix_value(clause, table)


def owner_department(owner: str, departments: Sequence[Department]) -> str | None:
    """The department a free-text owner names, or None.

    A department matches when its name, or its head's name, appears in the
    owner text (e.g. ``"品质部 王敏"`` names 品质部); the longest name wins.
    """
    text = owner.strip().casefold()
    if not text:
        return None
    best: tuple[int, str] | None = None
    for dept in departments:
        for raw in (dept.name, dept.head):
            word = raw.strip().casefold()
            if word and word in text and (best is None or len(word) > best[0]):
                best = (len(word), dept.id)
    return best[1] if best is not None else None


@dataclass(frozen=True)
class ClauseRow:
    """One row of the matrix to propose.

    Attributes:
        standard_id: e.g. ``"iso9001-2015"``.
        system: the standard's system (``"QMS"``, ``"EMS"``, ``"OHSMS"``, ...).
        clause: the clause number, e.g. ``"7.1.5"``.
    """

    standard_id: str
    system: str
    clause: str


def propose_matrix(rows: Iterable[ClauseRow], departments: Sequence[Department],
                   item_departments: Mapping[tuple[str, str], Sequence[str]]) -> Matrix:
    """Propose a first responsibility matrix.

    For each row: the departments owning the items under the clause (the
    clause itself and its sub-clauses) come first: the one owning most items
    is responsible, the others are involved. Where no item names a
    department, the clause's default (:func:`default_functions`) applies,
    matched to departments by :func:`department_function`; a default kind
    no department has is skipped. Departments already placed keep their role.

    Args:
        rows: the clauses to fill, in display order.
        departments: the company's departments.
        item_departments: (standard_id, clause) -> one department id per item
            directly under that clause (ids may repeat).

    Returns:
        A matrix with an entry (possibly empty) for every row.
    """
    known = {d.id for d in departments}
    by_function: dict[Function, list[str]] = {}
    for dept in departments:
        function = department_function(dept)
        if function is not None:
            by_function.setdefault(function, []).append(dept.id)
    matrix: Matrix = {}
    for row in rows:
        counts: Counter[str] = Counter()
        for (std, clause), ids in item_departments.items():
            if std == row.standard_id and (clause == row.clause
                                           or clause.startswith(row.clause + ".")):
                counts.update(i for i in ids if i in known)
        cell: dict[str, Role] = {}
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        for n, (dept_id, _count) in enumerate(ranked):
            cell[dept_id] = Role.RESPONSIBLE if n == 0 else Role.INVOLVED
        default = default_functions(row.system, row.clause)
        if default is not None:
            responsible, involved = default
            has_responsible = Role.RESPONSIBLE in cell.values()
            for dept_id in by_function.get(responsible, []):
                cell.setdefault(dept_id, Role.INVOLVED if has_responsible else Role.RESPONSIBLE)
            for function in involved:
                for dept_id in by_function.get(function, []):
                    cell.setdefault(dept_id, Role.INVOLVED)
        matrix[(row.standard_id, row.clause)] = cell
    return matrix


def stronger(a: Role | None, b: Role | None) -> Role | None:
    """The stronger of two cells: responsible beats involved beats empty."""
    if Role.RESPONSIBLE in (a, b):
        return Role.RESPONSIBLE
    if Role.INVOLVED in (a, b):
        return Role.INVOLVED
    return None


def integrated_view(matrix: Mapping[tuple[str, str], Mapping[str, Role]],
                    standard_ids: Sequence[str]) -> Matrix:
    """Fold the matrix of several standards onto shared clause numbers.

    A cell of the integrated view is the strongest role the department has
    for that clause number in any of ``standard_ids``.

    Returns:
        ``(INTEGRATED, clause) -> {department_id: Role}`` for every clause
        number present for any of the standards.
    """
    chosen = set(standard_ids)
    folded: Matrix = {}
    for (std, clause), cell in matrix.items():
        if std not in chosen:
            continue
        target = folded.setdefault((INTEGRATED, clause), {})
        for dept_id, role in cell.items():
            best = stronger(target.get(dept_id), role)
            if best is not None:
                target[dept_id] = best
    return folded


def clause_sort_key(clause: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key putting clause numbers in document order (``"7.10"`` after ``"7.9"``)."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in clause.split("."))
