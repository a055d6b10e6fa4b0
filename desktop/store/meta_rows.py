"""Evidence metadata rows to :class:`~desktop.domain.records.EvidenceMeta`, quickly.

Opening a large project reads the details of every evidence file (tens of
thousands of rows) for the readiness assessment, and those rows repeat a few
hundred dates. :func:`build` looks up values it has already checked and hands
any row holding something new to the full per-row check, so each distinct
value is parsed and checked once and a malformed one is still refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from desktop.domain.records import EvidenceMeta, EvidenceNature

Row = Sequence[Any]
"""(evidence_id, nature, version, approved_on, effective_from, effective_to, review_by)."""


def build(rows: Iterable[Row], check: Callable[[Row], EvidenceMeta]) -> dict[int, EvidenceMeta]:
    """Return the metadata of ``rows`` by evidence id, in row order.

    Args:
        rows: ``evidence_meta`` rows in the order of :data:`Row`.
        check: builds one row with every check (raises ``RecordError`` for a
            malformed value); called for each row holding a value not seen yet.

    Raises:
        RecordError: from ``check``.
    """
    natures: dict[Any, EvidenceNature | None] = {None: None}
    natures.update((nature.value, nature) for nature in EvidenceNature)
    dates: dict[Any, dt.date | None] = {None: None}
    found: dict[int, EvidenceMeta] = {}
    # EvidenceMeta is a named tuple: made from its fields in order without the
    # keyword handling of its constructor (id, nature, version, four dates).
    make = tuple.__new__
    for row in rows:
        eid, nature, version, approved, start, end, review = row
        try:
            if type(eid) is int and type(version) is str:
                found[eid] = make(EvidenceMeta, (eid, natures[nature], version, dates[approved],
                                                 dates[start], dates[end], dates[review]))
                continue
        except (KeyError, TypeError):  # a value not seen yet (TypeError: a blob)
            pass
        meta = found[int(eid)] = check(row)
        for text, day in ((approved, meta.approved_on), (start, meta.effective_from),
                          (end, meta.effective_to), (review, meta.review_by)):
            if type(text) is str:
                dates[text] = day
    return found
