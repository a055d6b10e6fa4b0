"""Schema v4: the certificate event "cancelled" (注销), and a v3 project's events kept."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.domain.model import CompanyProfile
from desktop.domain.records import Certificate, CertificateEvent, CertificateEventKind
from desktop.store import ProjectStore
from desktop.store import schema as schema_module
from desktop.store.schema import (
    SCHEMA,
    Schema,
    m001_initial,
    m002_custom_content,
    m003_system_records,
)

D = dt.date
K = CertificateEventKind
CERT = Certificate(0, "iso9001-2015", number="00126Q30001R0M", issued_on=D(2026, 5, 20),
                   events=(CertificateEvent(K.SURVEILLANCE, D(2027, 5, 10), "第一次监督审核"),
                           CertificateEvent(K.SUSPENDED, D(2028, 6, 1), "逾期")))


def test_a_version_3_project_keeps_its_certificate_events_and_can_record_a_cancellation(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema_module, "SCHEMA", Schema(
        steps=(m001_initial, m002_custom_content, m003_system_records)))
    with ProjectStore.create(project_path, CompanyProfile("老项目"), ["iso9001-2015"]) as old:
        cert_id = old.records.save_certificate(CERT)
        assert old.schema_version() == 3
    conn = sqlite3.connect(project_path)
    with pytest.raises(sqlite3.IntegrityError):   # version 3 refuses the new kind
        conn.execute("INSERT INTO certificate_events VALUES (?, 9, 'cancelled', "
                     "'2028-07-01', '')", [cert_id])
    conn.close()
    monkeypatch.setattr(schema_module, "SCHEMA", SCHEMA)

    with ProjectStore.open(project_path) as migrated:
        assert migrated.schema_version() == SCHEMA.version >= 5
        (cert,) = migrated.records.certificates()
        assert cert.events == CERT.events
        cancelled = replace(cert, events=(*cert.events,
                                          CertificateEvent(K.CANCELLED, D(2028, 7, 1), "申请注销")))
        migrated.records.save_certificate(cancelled)

    with ProjectStore.open(project_path) as reopened:
        (cert,) = reopened.records.certificates()
        assert [e.kind for e in cert.events] == [K.SURVEILLANCE, K.SUSPENDED, K.CANCELLED]
        assert cert.events[-1].note == "申请注销"
