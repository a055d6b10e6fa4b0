"""The fixed day the test sample project is made on, so that what is overdue,
expired or pending does not change with the day the tests run."""

from __future__ import annotations

import datetime as dt

#: The day ``create_sample`` is given in the shared fixtures.
SAMPLE_DAY = dt.date(2026, 11, 22)

#: Ten in the morning of that day, China Standard Time: the moment a report of
#: the sample is made in tests that check dates, statuses or expiry.
SAMPLE_NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
