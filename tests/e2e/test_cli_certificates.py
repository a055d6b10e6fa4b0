"""``readiness --format json`` on certificates: predicted states until the body decides."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.catalog import load_catalog
from desktop.cli import main
from desktop.domain.records import CertificateEvent, CertificateEventKind
from desktop.services.certification import save_certificate
from desktop.services.session import open_project

K = CertificateEventKind


def _readiness(capsys: pytest.CaptureFixture[str], path: Path, day: dt.date) -> dict[str, object]:
    code = main(["readiness", str(path), "--format", "json", "--date", day.isoformat()])
    out, err = capsys.readouterr()
    assert code == 0, err
    data: dict[str, object] = json.loads(out)
    return data


def _record(path: Path, *events: CertificateEvent) -> None:
    session = open_project(path, load_catalog())
    try:
        (cert,) = [c for c in session.store.records.certificates()
                   if c.standard_id == "iso9001-2015"]
        save_certificate(session, replace(cert, events=(*cert.events, *events)))
    finally:
        session.close()


def _iso9001(data: dict[str, object]) -> dict[str, object]:
    certs = data["certificates"]
    assert isinstance(certs, list)
    (cert,) = [c for c in certs if c["standard_id"] == "iso9001-2015"]
    assert isinstance(cert, dict)
    return cert


def test_a_suspension_past_its_period_reads_to_be_withdrawn_until_recorded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "s.auditready"
    assert main(["sample", str(path)]) == 0
    capsys.readouterr()
    today = dt.date.today()
    suspended = today - dt.timedelta(days=10)
    _record(path, CertificateEvent(K.SUSPENDED, suspended, "监督审核逾期"))

    during = _readiness(capsys, path, today)
    assert _iso9001(during)["state"] == "suspended"
    bars = {g["id"]: g for g in during["gates"]}  # type: ignore[union-attr]
    assert bars["reapplication_bar"]["passed"] is False

    after = today + dt.timedelta(days=200)   # past the 3-month suspension period
    predicted = _iso9001(_readiness(capsys, path, after))
    assert predicted["state"] == "to_be_withdrawn"
    assert predicted["state_label"] == {"en": "To be withdrawn (predicted)", "zh": "撤销风险"}
    assert "to be withdrawn on" in predicted["reason"]["en"]  # type: ignore[index]

    _record(path, CertificateEvent(K.WITHDRAWN, after, "认证机构决定撤销"))
    assert _iso9001(_readiness(capsys, path, after))["state"] == "withdrawn"
