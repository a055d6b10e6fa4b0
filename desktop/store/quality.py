"""Records of a running management system in the project file, as domain objects.

:class:`QualityRecords` reads and writes the tables of migration
:func:`~desktop.store.schema.m003_system_records`: evidence metadata, system
facts, settings, internal audit programmes, internal audits with their
coverage, findings, management reviews, the action plan, certificates with
their events and readiness snapshots. It is reached as ``store.records`` of an
open :class:`~desktop.store.project.ProjectStore` and runs every read inside
the store's error guard and every write inside its :meth:`atomic` block, so
SQLite and operating-system failures come out as the store's user errors
(``StorageFullError``, ``ProjectWriteError`` ...) and a failed write leaves
nothing half-written.

Formats on disk: dates are ISO-8601 text (``"2026-03-31"``), lists are JSON
arrays, enums are stored by value. A row that does not hold what the schema
promises raises :class:`~desktop.errors.CorruptProjectError` naming the table
and the row.

Ids: saving a record whose ``id`` is 0 inserts it and returns the new id;
any other id is inserted or updated under that id (so an undone delete gets
its id back). Ids are never reused (AUTOINCREMENT).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any, TypeVar

from desktop.domain.records import (
    Action,
    ActionSource,
    ActionStatus,
    Auditor,
    AuditProgramme,
    Certificate,
    CertificateEvent,
    CertificateEventKind,
    EvidenceMeta,
    EvidenceNature,
    Finding,
    FindingGrade,
    InternalAudit,
    LayerShares,
    ManagementReview,
    ReadinessSnapshot,
    SystemInfo,
)
from desktop.store import meta_rows
from desktop.store.records import RecordError
from desktop.store.row_group import RowGroup

_E = TypeVar("_E", bound=StrEnum)
_SHARES = ("documented", "implemented", "sustained", "overall")
_IN_BATCH = 500  # ids per "IN (...)" list, well below SQLite's limit on parameters


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class _Row:
    """Checks the values of one stored row; failures name the table and the row."""

    def __init__(self, table: str, key: object) -> None:
        self.table = table
        self.key = key

    def fail(self, what: str) -> RecordError:
        return RecordError(f"table {self.table}, row {self.key}: {what}")

    def text(self, column: str, value: Any) -> str:
        if not isinstance(value, str):
            raise self.fail(f"{column} is not text")
        return value

    def date(self, column: str, value: Any) -> dt.date | None:
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError) as exc:
            raise self.fail(f"{column} is not a date: {value!r}") from exc

    def required_date(self, column: str, value: Any) -> dt.date:
        found = self.date(column, value)
        if found is None:
            raise self.fail(f"{column} is missing")
        return found

    def enum(self, cls: type[_E], column: str, value: Any) -> _E:
        try:
            return cls(value)
        except ValueError as exc:
            raise self.fail(f"{column} has an unknown value {value!r}") from exc

    def json(self, column: str, value: Any) -> Any:
        try:
            return json.loads(value)
        except (TypeError, ValueError) as exc:
            raise self.fail(f"{column} is not valid JSON") from exc

    def strings(self, column: str, value: Any) -> tuple[str, ...]:
        found = self.json(column, value)
        if not isinstance(found, list) or not all(isinstance(s, str) for s in found):
            raise self.fail(f"{column} is not a list of text")
        return tuple(found)


def _auditors(row: _Row, value: Any) -> tuple[Auditor, ...]:
    found = row.json("auditors", value)
    if not isinstance(found, list):
        raise row.fail("auditors is not a list")
    auditors = []
    for entry in found:
        if (not isinstance(entry, dict) or not isinstance(entry.get("name"), str)
                or not isinstance(entry.get("department", ""), str)):
            raise row.fail("an auditor is not {name, department}")
        auditors.append(Auditor(entry["name"], entry.get("department", "")))
    return tuple(auditors)


def _share(row: _Row, standard_id: str, shares: Any, name: str) -> float:
    value = shares.get(name) if isinstance(shares, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise row.fail(f"{standard_id}.{name} is not a number")
    return float(value)


def _figures(row: _Row, value: Any) -> tuple[tuple[str, LayerShares], ...]:
    found = row.json("figures", value)
    if not isinstance(found, dict):
        raise row.fail("figures is not an object")
    return tuple((sid, LayerShares(*(_share(row, sid, shares, n) for n in _SHARES)))
                 for sid, shares in found.items())


def _evidence_meta(values: Sequence[Any]) -> EvidenceMeta:
    eid, nature, version, approved, start, end, review = values
    row = _Row("evidence_meta", eid)
    return EvidenceMeta(
        evidence_id=int(eid),
        nature=None if nature is None else row.enum(EvidenceNature, "nature", nature),
        version=row.text("version", version), approved_on=row.date("approved_on", approved),
        effective_from=row.date("effective_from", start),
        effective_to=row.date("effective_to", end), review_by=row.date("review_by", review))


class QualityRecords(RowGroup):
    """The system records of one open project (``store.records``).

    Make it through :class:`~desktop.store.project.ProjectStore`, never
    directly. Read methods raise ``CorruptProjectError`` for a malformed row;
    write methods raise ``StorageFullError`` / ``ProjectWriteError`` /
    ``ProjectLockedError`` when the change could not be saved (it was rolled
    back), and ``sqlite3.IntegrityError`` when a reference is broken (e.g. a
    finding of an audit that does not exist) - services check those first.

    Args:
        db: the store's database.
        guard: the store's error guard (translates errors, no transaction).
        atomic: the store's transaction block.
    """

    # --- helpers -----------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(self._db.execute(sql, list(params)).fetchall())

    def _upsert(self, table: str, record_id: int, values: dict[str, Any]) -> int:
        """Insert (id 0: new id) or insert-or-update under ``record_id``; return the id.

        Uses ``ON CONFLICT DO UPDATE``, never ``REPLACE``, which would delete the
        row first and cascade to its findings or events.
        """
        if record_id < 0:
            raise ValueError(f"a record id is 0 (new) or positive, not {record_id}")
        columns = list(values)
        params = list(values.values())
        if record_id == 0:
            marks = ", ".join("?" for _ in columns)
            cursor = self._db.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", params)
            if cursor.lastrowid is None:
                raise RuntimeError(f"SQLite returned no row id for the new {table} row")
            return int(cursor.lastrowid)
        marks = ", ".join("?" for _ in range(len(columns) + 1))
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns)
        self._db.execute(
            f"INSERT INTO {table} (id, {', '.join(columns)}) VALUES ({marks}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}", [record_id, *params])
        return record_id

    def _delete(self, table: str, record_id: int) -> None:
        with self._atomic():
            cursor = self._db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
            if cursor.rowcount == 0:
                raise KeyError(record_id)

    # --- evidence metadata and system facts --------------------------------------

    def evidence_meta(self, ids: Iterable[int] | None = None) -> dict[int, EvidenceMeta]:
        """Return the metadata of evidence that has some, keyed by evidence id: of ``ids``
        only (read by primary key, so an item's files cost the same in any project) or
        of all (None). Raises RecordError for a malformed stored value."""
        columns = ("SELECT evidence_id, nature, version, approved_on, effective_from, "
                   "effective_to, review_by FROM evidence_meta")
        with self._guard():
            if ids is None:
                rows = self._rows(columns + " ORDER BY evidence_id")
            else:
                wanted = sorted(set(ids))
                rows = []
                for start in range(0, len(wanted), _IN_BATCH):
                    batch = wanted[start:start + _IN_BATCH]
                    rows += self._rows(f"{columns} WHERE evidence_id IN "
                                       f"({', '.join('?' * len(batch))}) ORDER BY evidence_id",
                                       batch)
            return meta_rows.build(rows, _evidence_meta)

    def put_evidence_meta(self, meta: EvidenceMeta) -> None:
        """Insert or replace the metadata of evidence ``meta.evidence_id``.

        Raises:
            sqlite3.IntegrityError: no such evidence.
        """
        with self._atomic():
            self._db.execute(
                """
                INSERT INTO evidence_meta (evidence_id, nature, version, approved_on,
                                           effective_from, effective_to, review_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (evidence_id) DO UPDATE SET
                    nature = excluded.nature, version = excluded.version,
                    approved_on = excluded.approved_on, effective_from = excluded.effective_from,
                    effective_to = excluded.effective_to, review_by = excluded.review_by
                """,
                [meta.evidence_id, None if meta.nature is None else meta.nature.value,
                 meta.version, _iso(meta.approved_on), _iso(meta.effective_from),
                 _iso(meta.effective_to), _iso(meta.review_by)])

    def system_info(self) -> SystemInfo:
        """Return the system facts; ``SystemInfo()`` while none were recorded."""
        with self._guard():
            rows = self._rows("SELECT operating_since, climate_relevant, climate_decided_on, "
                              "climate_rationale FROM system_info WHERE id = 1")
            if not rows:
                return SystemInfo()
            since, relevant, decided, rationale = rows[0]
            row = _Row("system_info", 1)
            if relevant not in (None, 0, 1):
                raise row.fail(f"climate_relevant is {relevant!r}")
            return SystemInfo(
                operating_since=row.date("operating_since", since),
                climate_relevant=None if relevant is None else bool(relevant),
                climate_decided_on=row.date("climate_decided_on", decided),
                climate_rationale=row.text("climate_rationale", rationale))

    def put_system_info(self, info: SystemInfo) -> None:
        """Replace the system facts."""
        relevant = None if info.climate_relevant is None else int(info.climate_relevant)
        with self._atomic():
            self._db.execute(
                """
                INSERT INTO system_info (id, operating_since, climate_relevant,
                                         climate_decided_on, climate_rationale)
                VALUES (1, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    operating_since = excluded.operating_since,
                    climate_relevant = excluded.climate_relevant,
                    climate_decided_on = excluded.climate_decided_on,
                    climate_rationale = excluded.climate_rationale
                """,
                [_iso(info.operating_since), relevant, _iso(info.climate_decided_on),
                 info.climate_rationale])

    # --- settings ----------------------------------------------------------------

    def setting(self, key: str) -> Any | None:
        """Return the JSON value stored under ``key`` (dicts, lists, numbers, text), or None."""
        with self._guard():
            rows = self._rows("SELECT value FROM settings WHERE key = ?", [key])
            return None if not rows else _Row("settings", repr(key)).json("value", rows[0][0])

    def put_setting(self, key: str, value: Any) -> None:
        """Store ``value`` (anything :func:`json.dumps` takes) under ``key``; None removes it.

        Raises:
            TypeError, ValueError: the value is not JSON (nothing is written).
        """
        text = None if value is None else json.dumps(value, ensure_ascii=False, allow_nan=False)
        with self._atomic():
            if text is None:
                self._db.execute("DELETE FROM settings WHERE key = ?", [key])
            else:
                self._db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                 [key, text])

    # --- audit programmes and internal audits -------------------------------------

    def programmes(self) -> list[AuditProgramme]:
        """Return every audit programme, by start of period then id."""
        with self._guard():
            rows = self._rows("SELECT id, title, period_from, period_to, approved_by, notes "
                              "FROM audit_programmes ORDER BY period_from, id")
            found = []
            for pid, title, start, end, approved_by, notes in rows:
                row = _Row("audit_programmes", pid)
                found.append(AuditProgramme(
                    id=int(pid), title=row.text("title", title),
                    period_from=row.required_date("period_from", start),
                    period_to=row.required_date("period_to", end),
                    approved_by=row.text("approved_by", approved_by),
                    notes=row.text("notes", notes)))
            return found

    def save_programme(self, programme: AuditProgramme) -> int:
        """Insert (id 0) or update ``programme``; return its id."""
        with self._atomic():
            return self._upsert("audit_programmes", programme.id, {
                "title": programme.title, "period_from": _iso(programme.period_from),
                "period_to": _iso(programme.period_to), "approved_by": programme.approved_by,
                "notes": programme.notes})

    def delete_programme(self, programme_id: int) -> None:
        """Delete a programme; its audits stay, without a programme.

        Raises:
            KeyError: no such programme.
        """
        self._delete("audit_programmes", programme_id)

    def audits(self) -> list[InternalAudit]:
        """Return every internal audit with its coverage, by id (creation order)."""
        with self._guard():
            coverage: dict[int, list[tuple[str, str]]] = {}
            for aid, clause_id, site in self._rows(
                    "SELECT audit_id, clause_id, site FROM audit_coverage "
                    "ORDER BY audit_id, position"):
                row = _Row("audit_coverage", aid)
                coverage.setdefault(int(aid), []).append(
                    (row.text("clause_id", clause_id), row.text("site", site)))
            rows = self._rows("SELECT id, programme_id, title, planned_on, held_from, held_to, "
                              "auditors, auditees, notes FROM internal_audits ORDER BY id")
            found = []
            for aid, pid, title, planned, start, end, auditors, auditees, notes in rows:
                row = _Row("internal_audits", aid)
                found.append(InternalAudit(
                    id=int(aid), title=row.text("title", title),
                    programme_id=None if pid is None else int(pid),
                    planned_on=row.date("planned_on", planned),
                    held_from=row.date("held_from", start), held_to=row.date("held_to", end),
                    auditors=_auditors(row, auditors),
                    auditees=row.strings("auditees", auditees),
                    coverage=tuple(coverage.get(int(aid), ())), notes=row.text("notes", notes)))
            return found

    def save_audit(self, audit: InternalAudit) -> int:
        """Insert (id 0) or update ``audit`` and replace its coverage; return its id.

        Raises:
            sqlite3.IntegrityError: unknown programme, or a (clause, site) pair twice.
        """
        auditors = [{"name": a.name, "department": a.department} for a in audit.auditors]
        with self._atomic():
            audit_id = self._upsert("internal_audits", audit.id, {
                "programme_id": audit.programme_id, "title": audit.title,
                "planned_on": _iso(audit.planned_on), "held_from": _iso(audit.held_from),
                "held_to": _iso(audit.held_to), "auditors": _json(auditors),
                "auditees": _json(list(audit.auditees)), "notes": audit.notes})
            self._db.execute("DELETE FROM audit_coverage WHERE audit_id = ?", [audit_id])
            for position, (clause_id, site) in enumerate(audit.coverage):
                self._db.execute("INSERT INTO audit_coverage (audit_id, position, clause_id, "
                                 "site) VALUES (?, ?, ?, ?)", [audit_id, position, clause_id, site])
            return audit_id

    def delete_audit(self, audit_id: int) -> None:
        """Delete an audit with its coverage and findings.

        Raises:
            KeyError: no such audit.
        """
        self._delete("internal_audits", audit_id)

    # --- findings ----------------------------------------------------------------

    def findings(self) -> list[Finding]:
        """Return every finding, by audit then id."""
        with self._guard():
            rows = self._rows("SELECT id, audit_id, grade, statement, clause_id, site, closed_on "
                              "FROM findings ORDER BY audit_id, id")
            found = []
            for fid, aid, grade, statement, clause_id, site, closed in rows:
                row = _Row("findings", fid)
                found.append(Finding(
                    id=int(fid), audit_id=int(aid), grade=row.enum(FindingGrade, "grade", grade),
                    statement=row.text("statement", statement),
                    clause_id=row.text("clause_id", clause_id), site=row.text("site", site),
                    closed_on=row.date("closed_on", closed)))
            return found

    def save_finding(self, finding: Finding) -> int:
        """Insert (id 0) or update ``finding``; return its id.

        Raises:
            sqlite3.IntegrityError: no such audit.
        """
        with self._atomic():
            return self._upsert("findings", finding.id, {
                "audit_id": finding.audit_id, "grade": FindingGrade(finding.grade).value,
                "statement": finding.statement, "clause_id": finding.clause_id,
                "site": finding.site, "closed_on": _iso(finding.closed_on)})

    def delete_finding(self, finding_id: int) -> None:
        """Delete a finding (actions that refer to it stay in the plan).

        Raises:
            KeyError: no such finding.
        """
        self._delete("findings", finding_id)

    # --- management reviews ------------------------------------------------------

    def reviews(self) -> list[ManagementReview]:
        """Return every management review, by meeting date then id."""
        with self._guard():
            rows = self._rows("SELECT id, held_on, chair, attendees, standard_ids, inputs, "
                              "outputs FROM management_reviews ORDER BY held_on, id")
            found = []
            for rid, held_on, chair, attendees, standard_ids, inputs, outputs in rows:
                row = _Row("management_reviews", rid)
                found.append(ManagementReview(
                    id=int(rid), held_on=row.required_date("held_on", held_on),
                    chair=row.text("chair", chair),
                    attendees=row.strings("attendees", attendees),
                    standard_ids=row.strings("standard_ids", standard_ids),
                    inputs=frozenset(row.strings("inputs", inputs)),
                    outputs=row.text("outputs", outputs)))
            return found

    def save_review(self, review: ManagementReview) -> int:
        """Insert (id 0) or update ``review``; return its id (inputs are stored sorted)."""
        with self._atomic():
            return self._upsert("management_reviews", review.id, {
                "held_on": _iso(review.held_on), "chair": review.chair,
                "attendees": _json(list(review.attendees)),
                "standard_ids": _json(list(review.standard_ids)),
                "inputs": _json(sorted(review.inputs)), "outputs": review.outputs})

    def delete_review(self, review_id: int) -> None:
        """Delete a management review.

        Raises:
            KeyError: no such review.
        """
        self._delete("management_reviews", review_id)

    # --- actions -----------------------------------------------------------------

    def actions(self) -> list[Action]:
        """Return the whole action plan, by id (creation order)."""
        with self._guard():
            rows = self._rows("SELECT id, title, source, source_ref, owner, due_on, status, "
                              "root_cause, effectiveness, effectiveness_checked_on, created_on, "
                              "closed_on FROM actions ORDER BY id")
            found = []
            for (aid, title, source, ref, owner, due, status, cause, effect, checked, created,
                 closed) in rows:
                row = _Row("actions", aid)
                found.append(Action(
                    id=int(aid), title=row.text("title", title),
                    source=row.enum(ActionSource, "source", source),
                    source_ref=row.text("source_ref", ref), owner=row.text("owner", owner),
                    due_on=row.date("due_on", due),
                    status=row.enum(ActionStatus, "status", status),
                    root_cause=row.text("root_cause", cause),
                    effectiveness=row.text("effectiveness", effect),
                    effectiveness_checked_on=row.date("effectiveness_checked_on", checked),
                    created_on=row.date("created_on", created),
                    closed_on=row.date("closed_on", closed)))
            return found

    def save_action(self, action: Action) -> int:
        """Insert (id 0) or update ``action``; return its id."""
        with self._atomic():
            return self._upsert("actions", action.id, {
                "title": action.title, "source": ActionSource(action.source).value,
                "source_ref": action.source_ref, "owner": action.owner,
                "due_on": _iso(action.due_on), "status": ActionStatus(action.status).value,
                "root_cause": action.root_cause, "effectiveness": action.effectiveness,
                "effectiveness_checked_on": _iso(action.effectiveness_checked_on),
                "created_on": _iso(action.created_on), "closed_on": _iso(action.closed_on)})

    def delete_action(self, action_id: int) -> None:
        """Delete an action.

        Raises:
            KeyError: no such action.
        """
        self._delete("actions", action_id)

    # --- certificates ------------------------------------------------------------

    def certificates(self) -> list[Certificate]:
        """Return every certificate with its events (in stored order), by id."""
        with self._guard():
            events: dict[int, list[CertificateEvent]] = {}
            for cid, kind, on_date, note in self._rows(
                    "SELECT certificate_id, kind, on_date, note FROM certificate_events "
                    "ORDER BY certificate_id, position"):
                row = _Row("certificate_events", cid)
                events.setdefault(int(cid), []).append(CertificateEvent(
                    kind=row.enum(CertificateEventKind, "kind", kind),
                    on=row.required_date("on_date", on_date), note=row.text("note", note)))
            rows = self._rows("SELECT id, standard_id, body, body_approval, number, scope, "
                              "stage1_on, stage2_on, issued_on, expires_on FROM certificates "
                              "ORDER BY id")
            found = []
            for cid, sid, body, approval, number, scope, stage1, stage2, issued, expires in rows:
                row = _Row("certificates", cid)
                found.append(Certificate(
                    id=int(cid), standard_id=row.text("standard_id", sid),
                    body=row.text("body", body), body_approval=row.text("body_approval", approval),
                    number=row.text("number", number), scope=row.text("scope", scope),
                    stage1_on=row.date("stage1_on", stage1),
                    stage2_on=row.date("stage2_on", stage2),
                    issued_on=row.date("issued_on", issued),
                    expires_on=row.date("expires_on", expires),
                    events=tuple(events.get(int(cid), ()))))
            return found

    def save_certificate(self, certificate: Certificate) -> int:
        """Insert (id 0) or update ``certificate`` and replace its events; return its id."""
        with self._atomic():
            cert_id = self._upsert("certificates", certificate.id, {
                "standard_id": certificate.standard_id, "body": certificate.body,
                "body_approval": certificate.body_approval, "number": certificate.number,
                "scope": certificate.scope, "stage1_on": _iso(certificate.stage1_on),
                "stage2_on": _iso(certificate.stage2_on),
                "issued_on": _iso(certificate.issued_on),
                "expires_on": _iso(certificate.expires_on)})
            self._db.execute("DELETE FROM certificate_events WHERE certificate_id = ?", [cert_id])
            for position, event in enumerate(certificate.events):
                self._db.execute(
                    "INSERT INTO certificate_events (certificate_id, position, kind, on_date, "
                    "note) VALUES (?, ?, ?, ?, ?)",
                    [cert_id, position, CertificateEventKind(event.kind).value,
                     event.on.isoformat(), event.note])
            return cert_id

    def delete_certificate(self, certificate_id: int) -> None:
        """Delete a certificate with its events.

        Raises:
            KeyError: no such certificate.
        """
        self._delete("certificates", certificate_id)

    # --- readiness snapshots -----------------------------------------------------

    def snapshots(self) -> list[ReadinessSnapshot]:
        """Return every readiness snapshot, oldest first."""
        with self._guard():
            rows = self._rows("SELECT day, figures FROM readiness_snapshots ORDER BY day")
            return [ReadinessSnapshot(day=_Row("readiness_snapshots", day).required_date(
                        "day", day), figures=_figures(_Row("readiness_snapshots", day), figures))
                    for day, figures in rows]

    def put_snapshot(self, snapshot: ReadinessSnapshot) -> None:
        """Store ``snapshot``, replacing the one of the same day if any.

        Raises:
            ValueError: a share is not a finite number (nothing is written).
        """
        figures = {sid: {name: float(getattr(shares, name)) for name in _SHARES}
                   for sid, shares in snapshot.figures}
        text = json.dumps(figures, ensure_ascii=False, allow_nan=False)
        with self._atomic():
            self._db.execute("INSERT INTO readiness_snapshots (day, figures) VALUES (?, ?) "
                             "ON CONFLICT (day) DO UPDATE SET figures = excluded.figures",
                             [snapshot.day.isoformat(), text])
