"""Evidence details read in bulk (opening a large project): same result, same refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.records import EvidenceMeta, EvidenceNature
from desktop.store.meta_rows import build
from desktop.store.quality import _evidence_meta
from desktop.store.records import RecordError

GOOD = [
    (1, "document", "A/1", "2026-01-05", "2026-01-10", None, None),
    (2, "record", "", None, "2026-01-10", "2026-02-01", "2027-01-01"),
    (3, None, "", None, None, None, None),
    (4, "document", "B", "2026-01-05", "2026-01-10", None, None),
]


def test_bulk_rows_give_the_same_details_as_one_by_one() -> None:
    found = build(GOOD, _evidence_meta)
    assert found == {row[0]: _evidence_meta(row) for row in GOOD}
    assert found[4] == EvidenceMeta(4, EvidenceNature.DOCUMENT, "B", dt.date(2026, 1, 5),
                                    dt.date(2026, 1, 10), None, None)


@pytest.mark.parametrize("bad", [
    (5, "document", "", "2026-01-32", None, None, None),
    (5, "memo", "", None, None, None, None),
    (5, "record", 7, None, None, None, None),
    (5, "record", "", None, b"2026-01-10", None, None),
    (5, "record", "", None, None, 20260110, None),
])
def test_a_malformed_value_after_good_rows_is_still_refused(bad: tuple[object, ...]) -> None:
    with pytest.raises(RecordError, match="evidence_meta, row 5"):
        build([*GOOD, bad], _evidence_meta)
