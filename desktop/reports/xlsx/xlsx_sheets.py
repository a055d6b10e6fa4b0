"""The data sheets of the Excel workbook: checklists, integrated view, registers, calendar.

Each ``write_*`` function takes the open write-only workbook and the report
data, writes one sheet and calls ``tick`` once per data row (progress and
cancel). Layout of the checklist sheets is the round-trip contract read back
by the importer; see :mod:`desktop.reports.xlsx.xlsx`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desktop.domain.model import ItemState, ItemStatus, Lang, Text
from desktop.domain.records import ActionStatus
from desktop.reports.labels import kind_label
from desktop.reports.model import ReportData, StandardSection, clean_text
from desktop.reports.xlsx.labels_xlsx import XLSX_LABELS, xlabel
from desktop.reports.xlsx.xlsx_formats import mark_format, overdue_format, status_formats
from desktop.reports.xlsx.xlsx_layout import Column, SheetWriter
from desktop.reports.xlsx.xlsx_print import PageStyle, protect

Tick = Callable[[], None]

LISTS_SHEET = "Lists"
"""Hidden sheet holding the drop-down lists (status words, owners, action status)."""

_FORBIDDEN_IN_TITLE = str.maketrans({c: "_" for c in "[]*?/\\"} | {":": " ", ",": " "})


def _c(key: str, width: float, **flags: bool) -> Column:
    return Column(XLSX_LABELS[key], width, **flags)


CHECKLIST_COLUMNS = (
    Column(Text("ID", "ID"), 30, hidden=True),
    _c("col_clause", 15, wrap=True),  # number and title of the clause, [ours] when untitled
    _c("col_requirement", 34, wrap=True),
    _c("col_kind", 15, wrap=True),  # kind, then why the item is on the list
    _c("col_status", 13, wrap=True, editable=True),
    _c("col_owner", 15, wrap=True, editable=True),  # "总经理 周文华" on one line
    _c("col_due", 12, editable=True),
    _c("col_notes", 29, wrap=True, editable=True),
    _c("col_justification", 17, wrap=True, editable=True),
    _c("col_evidence", 20, wrap=True),
    Column(Text("Stamp", "Stamp"), 28, hidden=True),
)
"""Checklist sheet columns A-K (round-trip layout: order and meaning are fixed).

The visible columns add up to 170 units, which fits A4 and Letter landscape
one page wide at about 9 pt and 8.5 pt (:mod:`desktop.reports.xlsx.xlsx_print`).
E to I are what a client fills in: unlocked on the protected sheet."""

CHECKLIST_TITLE_COLUMNS = 3
"""Columns A-C (id, clause, requirement) repeat on every page when a checklist prints
over several pages wide."""


@dataclass(frozen=True, slots=True)
class Lists:
    """Drop-down sources, written to the hidden :data:`LISTS_SHEET`.

    Attributes:
        statuses: checklist status texts (symbol and word) in the report language.
        owners: every owner named in the project, sorted.
        action_statuses: action status words in the report language.
    """

    statuses: tuple[str, ...]
    owners: tuple[str, ...]
    action_statuses: tuple[str, ...]

    @staticmethod
    def of(data: ReportData) -> Lists:
        """Collect the lists from ``data`` (owners of items and of actions)."""
        lang = data.lang
        owners = {row.owner.strip() for s in data.standards for row in s.rows}
        if data.assessment is not None:
            owners |= {clean_text(a.owner).strip() for a in data.assessment.actions}
        owners.discard("")
        return Lists(
            statuses=tuple(status_text(s, lang) for s in ItemStatus),
            owners=tuple(sorted(owners, key=str.casefold)),
            action_statuses=tuple(s.label.get(lang) for s in ActionStatus),
        )

    def ref(self, column: str) -> str:
        """Absolute reference of one list, e.g. ``"Lists!$A$2:$A$5"`` for column ``"A"``."""
        count = {"A": len(self.statuses), "B": len(self.owners),
                 "C": len(self.action_statuses)}[column]
        return f"{LISTS_SHEET}!${column}$2:${column}${max(count, 1) + 1}"


def status_text(status: ItemStatus, lang: Lang) -> str:
    """How a checklist status is written, symbol and word, e.g. ``"● Ready"`` / ``"● 就绪"``."""
    return f"{status.symbol} {status.label.get(lang)}"


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unused sheet title for ``name`` (``:`` becomes a space, 31 characters at most).

    ``taken`` holds titles already used (compared without case, as Excel
    does); the result is added to it.
    """
    base = name.translate(_FORBIDDEN_IN_TITLE).strip().strip("'")[:31] or "Sheet"
    title, n = base, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.casefold())
    return title


def stamp(state: ItemState | None) -> str:
    """The item state's ``updated_at`` as ISO-8601 UTC text, ``""`` when never recorded.

    E.g. ``"2026-11-22T08:11:17.158226+00:00"`` (``datetime.isoformat`` of the
    UTC time; a time stored without zone is taken as UTC).
    """
    if state is None or state.updated_at is None:
        return ""
    moment = state.updated_at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat()


def write_checklist(wb: Any, title: str, section: StandardSection, data: ReportData,
                    lists: Lists, tick: Tick, *, page: PageStyle | None = None) -> None:
    """One standard's checklist sheet in the round-trip layout (columns A-K).

    Drop-downs: status (E) from the status list, owner (F) from the known
    owners (other names allowed), due date (G) must be a date. Status cells
    are coloured by status and past due dates of rows not ready (nor not
    applicable) are marked (:mod:`desktop.reports.xlsx.xlsx_formats`). The
    sheet is protected (no password) with E to I unlocked; ``page`` sets the
    paper, header and footer.
    """
    lang = data.lang
    writer = SheetWriter(wb, title, CHECKLIST_COLUMNS, lang, page=page,
                         title_columns=CHECKLIST_TITLE_COLUMNS)
    for row in section.rows:
        writer.row([
            row.item_id, f"{row.clause} {row.clause_title}".strip(), row.title,
            f"{row.kind_text}\n{row.basis_text}", status_text(row.status, lang),
            row.owner, row.due_date, row.notes, row.justification,
            "\n".join(row.evidence_names), stamp(data.states.get(row.item_id)),
        ])
        tick()
    last = max(len(section.rows), 1) + 1
    _validate(writer.sheet, "list", lists.ref("A"), f"E2:E{last}", lang, strict=True)
    _validate(writer.sheet, "list", lists.ref("B"), f"F2:F{last}", lang, strict=False)
    _validate(writer.sheet, "date", "1", f"G2:G{last}", lang, strict=True)
    status_formats(writer.sheet, ["E"], last)
    overdue_format(writer.sheet, "G", "E", [ItemStatus.READY.symbol,
                                            ItemStatus.NOT_APPLICABLE.symbol],
                   last, by_symbol=True)
    writer.finish()


def _validate(sheet: Any, kind: str, formula: str, cells: str, lang: Lang, *,
              strict: bool) -> None:
    """Add a drop-down (``kind`` "list") or a date check to ``cells`` of ``sheet``."""
    if kind == "list":
        dv = DataValidation(type="list", formula1=formula, allow_blank=True)
        message = xlabel("dv_status_error" if strict else "dv_owner_prompt", lang)
    else:
        dv = DataValidation(type="date", operator="greaterThanOrEqual", formula1=formula,
                            allow_blank=True)
        message = xlabel("dv_date_error", lang)
    dv.errorStyle = "stop" if strict else "information"
    dv.showErrorMessage = True
    dv.error = message
    dv.errorTitle = xlabel("dv_status_title", lang) if kind == "list" else None
    if not strict:
        dv.showInputMessage = True
        dv.prompt = message
    dv.add(cells)
    sheet.data_validations.append(dv)


def write_integrated(wb: Any, title: str, data: ReportData, tick: Tick, *,
                     page: PageStyle | None = None) -> None:
    """The 三体系 sheet ``title`` ("Integrated" / "三体系整合"): shared requirements with
    each standard's status (coloured by status), then the items specific to each standard."""
    lang = data.lang
    sections = data.standards
    columns = [
        _c("col_group", 18, wrap=True),
        Column(Text("ID", "ID"), 20, wrap=True),
        _c("col_requirement", 40, wrap=True),
        _c("col_kind", 14, wrap=True),
        _c("col_scope", 14, wrap=True),
        *(Column(Text(s.label, s.label), 14, wrap=True) for s in sections),
    ]
    writer = SheetWriter(wb, title, columns, lang, page=page, title_columns=3)
    states = data.states
    for group in data.integrated:
        heading = f"{group.clause} {clean_text(group.title.get(lang))}"
        for item in group.shared:
            by_std = {t.standard_id: t for t in item.targets}
            statuses = []
            for section in sections:
                target = by_std.get(section.standard_id)
                if target is None:
                    statuses.append(xlabel("not_covered", lang))
                else:
                    state = states.get(target.id)
                    statuses.append(status_text(
                        state.status if state else ItemStatus.NOT_STARTED, lang))
            kind = kind_label(item.targets[0].kind, lang) if item.targets else ""
            writer.row([heading, item.id, clean_text(item.shared.title.get(lang)), kind,
                        xlabel("shared", lang), *statuses])
            tick()
        for std, items in group.specific:
            for catalog_item in items:
                state = states.get(catalog_item.id)
                statuses = [
                    status_text(state.status if state else ItemStatus.NOT_STARTED, lang)
                    if section.standard_id == std.id else ""
                    for section in sections
                ]
                writer.row([heading, catalog_item.id, clean_text(catalog_item.title.get(lang)),
                            kind_label(catalog_item.kind, lang), std.label, *statuses])
                tick()
    status_formats(writer.sheet, [get_column_letter(6 + n) for n in range(len(sections))],
                   writer.rows_written)
    writer.finish()


def write_evidence(wb: Any, title: str, data: ReportData, tick: Tick, *,
                   page: PageStyle | None = None) -> None:
    """The evidence register: file, nature, version and dates, size, hashes, items served.

    Too wide for one page at a readable size: the file name repeats on the
    page that carries the full SHA-256.
    """
    lang = data.lang
    columns = [
        _c("col_file_name", 36, wrap=True), _c("col_nature", 12, wrap=True),
        _c("col_version", 9, wrap=True), _c("col_approved", 11), _c("col_effective_from", 11),
        _c("col_effective_to", 11), _c("col_review_by", 11), _c("col_added", 11),
        _c("col_size_bytes", 11), _c("col_sha", 14), _c("col_serves", 28, wrap=True),
        _c("col_sha_full", 66),
    ]
    writer = SheetWriter(wb, title, columns, lang, page=page, title_columns=1)
    meta = data.evidence_meta
    for ev in data.evidence:
        m = meta.get(ev.evidence_id)
        writer.row([
            ev.name,
            m.nature.label.get(lang) if m is not None and m.nature is not None else "",
            clean_text(m.version) if m is not None else "",
            m.approved_on if m is not None else None,
            m.effective_from if m is not None else None,
            m.effective_to if m is not None else None,
            m.review_by if m is not None else None,
            ev.added_on, ev.size, ev.sha256_short, "\n".join(ev.serves), ev.sha256,
        ])
        tick()
    writer.finish()


def write_actions(wb: Any, title: str, data: ReportData, lists: Lists, tick: Tick, *,
                  page: PageStyle | None = None) -> None:
    """The action plan with a status drop-down and an overdue mark (symbol and word).

    Past due dates of actions neither done nor cancelled are marked in the
    spreadsheet's colours too; owner, due date, status, root cause,
    effectiveness and the check and closing dates are unlocked.
    """
    lang = data.lang
    columns = [
        _c("col_id", 7), _c("col_action", 30, wrap=True), _c("col_source", 11, wrap=True),
        _c("col_reference", 14, wrap=True), _c("col_owner", 14, wrap=True, editable=True),
        _c("col_due", 11, editable=True), _c("col_action_status", 11, wrap=True, editable=True),
        _c("col_overdue", 10, wrap=True), _c("col_root_cause", 22, wrap=True, editable=True),
        _c("col_effectiveness", 22, wrap=True, editable=True),
        _c("col_checked_on", 11, editable=True), _c("col_created", 11),
        _c("col_closed", 11, editable=True),
    ]
    writer = SheetWriter(wb, title, columns, lang, page=page, title_columns=2)
    assessment = data.assessment
    actions = assessment.actions if assessment is not None else ()
    overdue = xlabel("overdue", lang)
    for action in actions:
        late = assessment is not None and action.is_overdue(assessment.today)
        writer.row([
            action.id, clean_text(action.title), action.source.label.get(lang),
            clean_text(action.source_ref), clean_text(action.owner), action.due_on,
            action.status.label.get(lang), overdue if late else "",
            clean_text(action.root_cause), clean_text(action.effectiveness),
            action.effectiveness_checked_on, action.created_on, action.closed_on,
        ])
        tick()
    last = max(len(actions), 1) + 1
    _validate(writer.sheet, "list", lists.ref("C"), f"G2:G{last}", lang, strict=True)
    _validate(writer.sheet, "list", lists.ref("B"), f"E2:E{last}", lang, strict=False)
    closed = [s.label.get(lang) for s in ActionStatus if s.is_closed]
    overdue_format(writer.sheet, "F", "G", closed, last, by_symbol=False)
    mark_format(writer.sheet, f"H2:H{last}", "H2", "⊗")
    writer.finish()


def write_audits(wb: Any, title: str, data: ReportData, tick: Tick, *,
                 page: PageStyle | None = None) -> None:
    """Audit programmes, internal audits each followed by its findings, management reviews."""
    lang = data.lang
    columns = [
        _c("col_record", 14, wrap=True), _c("col_title", 32, wrap=True), _c("col_from", 11),
        _c("col_to", 11), _c("col_people", 20, wrap=True), _c("col_audited", 20, wrap=True),
        _c("col_grade", 14, wrap=True), _c("col_where", 18, wrap=True),
        _c("col_state", 11, wrap=True), _c("col_record_notes", 30, wrap=True),
    ]
    writer = SheetWriter(wb, title, columns, lang, page=page, title_columns=2)
    codes = {s.standard_id: s for s in data.standards}
    rec = {key: xlabel(key, lang) for key in
           ("rec_programme", "rec_audit", "rec_finding", "rec_review")}
    for p in data.programmes:
        writer.row([rec["rec_programme"], clean_text(p.title), p.period_from, p.period_to,
                    clean_text(p.approved_by), "", "", "", "", clean_text(p.notes)])
        tick()
    findings_by_audit: dict[int, list[Any]] = {}
    for f in data.findings:
        findings_by_audit.setdefault(f.audit_id, []).append(f)
    audit_ids = {a.id for a in data.audits}
    for audit in data.audits:
        team = ", ".join(clean_text(f"{a.name} ({a.department})" if a.department else a.name)
                         for a in audit.auditors)
        writer.row([
            rec["rec_audit"], clean_text(audit.title), audit.held_from or audit.planned_on,
            audit.held_to, team, ", ".join(clean_text(x) for x in audit.auditees), "",
            _clauses((c for c, _site in audit.coverage), codes),
            xlabel("audit_held" if audit.held else "audit_planned", lang), clean_text(audit.notes),
        ])
        tick()
        for f in findings_by_audit.get(audit.id, ()):
            _finding_row(writer, f, rec["rec_finding"], codes, lang)
            tick()
    for audit_id, orphans in findings_by_audit.items():
        if audit_id not in audit_ids:
            for f in orphans:
                _finding_row(writer, f, rec["rec_finding"], codes, lang)
                tick()
    for r in data.reviews:
        covers = ", ".join(codes[s].label if s in codes else s for s in r.standard_ids)
        writer.row([rec["rec_review"], "", r.held_on, None, clean_text(r.chair),
                    ", ".join(clean_text(x) for x in r.attendees), "", covers,
                    xlabel("review_held", lang), clean_text(r.outputs)])
        tick()
    writer.finish()


def _finding_row(writer: SheetWriter, f: Any, record: str,
                 codes: Mapping[str, StandardSection], lang: Lang) -> None:
    where = _clauses([f.clause_id], codes) if f.clause_id else ""
    if f.site:
        where = f"{where} @ {clean_text(f.site)}" if where else clean_text(f.site)
    writer.row([record, clean_text(f.statement), None, f.closed_on, "", "",
                f.grade.label.get(lang), where,
                xlabel("finding_open" if f.is_open else "finding_closed", lang), ""])


def _clauses(clause_ids: Iterable[str], codes: Mapping[str, StandardSection]) -> str:
    """Clause node ids as ``"ISO 9001 8.5"``, without repeats, joined by commas."""
    shown = []
    for clause_id in clause_ids:
        std_id, _, clause = clause_id.partition(":")
        section = codes.get(std_id)
        shown.append(f"{section.code} {clause}" if section and clause else clause_id)
    return ", ".join(dict.fromkeys(shown))


def write_calendar(wb: Any, title: str, data: ReportData, tick: Tick, *,
                   page: PageStyle | None = None) -> None:
    """Every deadline of every certificate, by date: standard, deadline, done, states
    (missed deadlines marked in bold dark red)."""
    lang = data.lang
    columns = [
        _c("col_date", 11), _c("col_standard", 16, wrap=True), _c("col_deadline", 28, wrap=True),
        _c("col_done_on", 11), _c("col_deadline_state", 14, wrap=True),
        _c("col_cert_state", 28, wrap=True),
    ]
    writer = SheetWriter(wb, title, columns, lang, page=page)
    assessment = data.assessment
    if assessment is not None:
        labels = {s.standard_id: s.label for s in data.standards}
        order = {s.standard_id: n for n, s in enumerate(data.standards)}
        entries = [(due, cert) for cert in assessment.certificates for due in cert.schedule]
        entries.sort(key=lambda e: (e[0].due, order.get(e[1].standard_id, len(order))))
        for due, cert in entries:
            if due.done_on is not None:
                state = "due_late" if due.late else "due_met"
            else:
                state = "due_missed" if due.due < assessment.today else "due_open"
            writer.row([due.due, labels.get(cert.standard_id, cert.standard_id),
                        due.label.get(lang), due.done_on, xlabel(state, lang),
                        cert.state.label.get(lang)])
            tick()
    mark_format(writer.sheet, f"E2:E{max(writer.rows_written, 2)}", "E2", "⊗")
    writer.finish()


def write_lists(wb: Any, lists: Lists, lang: Lang) -> None:
    """The hidden sheet the drop-downs read: status texts (A), owners (B), action status (C)."""
    columns = [_c("list_status", 20), _c("list_owner", 24), _c("list_action_status", 16)]
    writer = SheetWriter(wb, LISTS_SHEET, columns, lang)
    for values in zip_longest(lists.statuses, lists.owners, lists.action_statuses):
        writer.row(list(values))
    writer.finish(filter_rows=0)
    writer.sheet.sheet_state = "hidden"


def write_meta(wb: Any, rows: Sequence[tuple[str, object]]) -> None:
    """The hidden ``_auditready`` sheet: one key/value pair per row, no header."""
    sheet = wb.create_sheet("_auditready")
    protect(sheet)
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 60
    for key, value in rows:
        cell = WriteOnlyCell(sheet, value)
        if isinstance(value, str):
            cell.data_type = "s"  # a project named "=x" stays text
        sheet.append([key, cell])
    sheet.sheet_state = "hidden"
