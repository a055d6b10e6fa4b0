"""The one-year bar on applying again after a suspension, withdrawal or cancellation.

CNCA-QMS-01:2025 5.1.2 (in force 2026-01-01) lists among the application
conditions that a certificate suspended or withdrawn by the issuing body for
the organization's own reasons was so at least one year ago (when applicable);
CNCA-OHSMS-01:2026 5.1.2 names suspension, cancellation or withdrawal. The app
cannot tell the reason, so every recorded event counts and the gate text says
what to do when the reason was not the organization's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from dateutil.relativedelta import relativedelta

from desktop.domain.model import Standard, Text
from desktop.domain.records import Certificate, CertificateEventKind

BAR_MONTHS = 12
"""A new application is possible this many months after the event (CNCA-QMS-01:2025 5.1.2)."""

BAR_NOTE = Text(
    "An organization whose certificate was suspended or withdrawn for its own reasons cannot "
    "apply again until a full year has passed (CNCA-QMS-01:2025 5.1.2); if it was for another "
    "reason (e.g. the certification body lost its approval), tell the new body so.",
    "因自身原因被暂停或撤销证书的组织，满一年后方可重新申请（CNCA-QMS-01:2025 5.1.2）；"
    "如系其他原因（例如认证机构被撤销资质），请向新的认证机构说明。",
)
"""What the bar means, shown after the list of events."""

_BARRING = {
    CertificateEventKind.SUSPENDED: Text("suspended", "暂停"),
    CertificateEventKind.WITHDRAWN: Text("withdrawn", "撤销"),
    CertificateEventKind.CANCELLED: Text("cancelled", "注销"),
}


def reapplication_bars(certificates: Sequence[Certificate], standards: Sequence[Standard],
                       today: dt.date) -> tuple[Text, ...]:
    """One text per suspension, withdrawal or cancellation that still bars a new application.

    An event on day D bars applying until D + 12 months (exclusive): suspended
    2026-03-10 → a new application from 2027-03-10. Events after ``today`` are
    ignored. Texts name the standard (its label when in ``standards``), the
    certificate number, the event and the first day a new application is possible,
    in that order of dates.
    """
    labels = {s.id: s.label for s in standards}
    barred: list[tuple[dt.date, Text]] = []
    for cert in certificates:
        for event in cert.events:
            if event.kind not in _BARRING or event.on > today:
                continue
            until: dt.date = event.on + relativedelta(months=BAR_MONTHS)
            if until <= today:
                continue
            what = _BARRING[event.kind]
            std = labels.get(cert.standard_id, cert.standard_id)
            number = f" {cert.number}" if cert.number else ""
            barred.append((until, Text(
                f"{std} certificate{number} {what.en} on {event.on.isoformat()}: a new "
                f"application is possible from {until.isoformat()}",
                f"{std} 证书{number}于 {event.on.isoformat()} 被{what.zh}："
                f"自 {until.isoformat()} 起方可重新申请")))
    return tuple(text for _, text in sorted(barred, key=lambda pair: pair[0]))
