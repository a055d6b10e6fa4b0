"""Management review outputs and input notes in the project file.

Migration :func:`m007_review_outputs` adds two tables; :class:`ReviewOutputStore`
(reached with :func:`review_output_store`) reads and writes them inside the
store's error guard and transaction block, so failures come out as the store's
user errors and a malformed row as ``CorruptProjectError``.

Formats: ``kind`` is a :class:`~desktop.domain.review_pack.DecisionKind` value,
``topic`` a :class:`~desktop.domain.review_pack.Topic` value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from desktop.store.records import RecordError
from desktop.store.row_group import RowGroup

if TYPE_CHECKING:
    from desktop.domain.review_pack import ReviewOutputs
    from desktop.store.project import ProjectStore


_M007_STATEMENTS = (
    # Decisions of a management review (its outputs, 9.3.3), in the user's
    # order (position 0, 1, ...); they go with their review. kind:
    # DecisionKind value; action_id: the action carrying the decision out,
    # NULL when none (or once that action is deleted).
    """
    CREATE TABLE review_decisions (
        review_id INTEGER NOT NULL REFERENCES management_reviews (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        kind TEXT NOT NULL CHECK (kind IN ('improvement', 'change', 'resources', 'other')),
        text TEXT NOT NULL,
        action_id INTEGER REFERENCES actions (id) ON DELETE SET NULL,
        PRIMARY KEY (review_id, position)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX review_decisions_by_action ON review_decisions (action_id)",
    # The user's note per topic of the management review input report.
    # topic: Topic value.
    """
    CREATE TABLE review_input_notes (
        review_id INTEGER NOT NULL REFERENCES management_reviews (id) ON DELETE CASCADE,
        topic TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (review_id, topic)
    ) WITHOUT ROWID
    """,
)


def m007_review_outputs(db: Database) -> None:
    """Add management review decisions and input notes (tables ``review_decisions``,
    ``review_input_notes``); an older project gains both, empty.

    Args:
        db: an open project database inside a transaction.
    """
    for statement in _M007_STATEMENTS:
        db.execute(statement)


class ReviewOutputStore(RowGroup):
    """Decisions and input notes of the management reviews of one open project.

    Args:
        db: the store's database.
        guard: the store's error guard (translates errors, no transaction).
        atomic: the store's transaction block.
    """

    def outputs(self, review_id: int) -> ReviewOutputs:
        """The notes and decisions of review ``review_id`` (empty when none were recorded).

        Decisions carry their ``action_id``; owner, due date and status are the
        caller's to fill from the action plan.

        Raises:
            CorruptProjectError: a stored row is malformed.
        """
        # Imported here: opening a project (which runs the migrations above) needs
        # none of the review pack's rules.
        from desktop.domain.review_pack import DecisionKind, ReviewDecision, ReviewOutputs, Topic

        with self._guard():
            notes = []
            for topic, text in self._db.execute(
                    "SELECT topic, text FROM review_input_notes WHERE review_id = ? "
                    "ORDER BY topic", [review_id]).fetchall():
                notes.append((_enum(Topic, "review_input_notes", review_id, topic),
                              _text("review_input_notes", review_id, text)))
            order = list(Topic)
            notes.sort(key=lambda n: order.index(n[0]))
            decisions = []
            for kind, text, action_id in self._db.execute(
                    "SELECT kind, text, action_id FROM review_decisions WHERE review_id = ? "
                    "ORDER BY position", [review_id]).fetchall():
                if action_id is not None and not isinstance(action_id, int):
                    raise RecordError(f"table review_decisions, review {review_id}: "
                                      "action_id is not a number")
                decisions.append(ReviewDecision(
                    kind=_enum(DecisionKind, "review_decisions", review_id, kind),
                    text=_text("review_decisions", review_id, text), action_id=action_id))
        return ReviewOutputs(review_id, tuple(notes), tuple(decisions))

    def decision_reviews(self) -> dict[int, int]:
        """Action id → the review whose decision it carries out, for every linked action."""
        with self._guard():
            rows = self._db.execute("SELECT action_id, review_id FROM review_decisions "
                                    "WHERE action_id IS NOT NULL").fetchall()
        return {int(a): int(r) for a, r in rows}

    def put(self, outputs: ReviewOutputs) -> None:
        """Replace the notes and decisions of ``outputs.review_id`` (blank notes are dropped).

        Raises:
            sqlite3.IntegrityError: no such review, or an unknown action id.
        """
        from desktop.domain.review_pack import DecisionKind, Topic

        with self._atomic():
            rid = outputs.review_id
            self._db.execute("DELETE FROM review_input_notes WHERE review_id = ?", [rid])
            self._db.execute("DELETE FROM review_decisions WHERE review_id = ?", [rid])
            for topic, text in outputs.notes:
                if text.strip():
                    self._db.execute("INSERT INTO review_input_notes (review_id, topic, text) "
                                     "VALUES (?, ?, ?)", [rid, Topic(topic).value, text])
            for position, decision in enumerate(outputs.decisions):
                self._db.execute(
                    "INSERT INTO review_decisions (review_id, position, kind, text, action_id) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [rid, position, DecisionKind(decision.kind).value, decision.text,
                     decision.action_id])


def review_output_store(store: ProjectStore) -> ReviewOutputStore:
    """The review outputs of the open project ``store``."""
    return ReviewOutputStore(store._db, store._guard, store.atomic)


def _text(table: str, key: object, value: Any) -> str:
    if not isinstance(value, str):
        raise RecordError(f"table {table}, review {key}: a text column is not text")
    return value


def _enum(cls: type[Any], table: str, key: object, value: Any) -> Any:
    try:
        return cls(value)
    except ValueError as exc:
        raise RecordError(f"table {table}, review {key}: unknown value {value!r}") from exc

