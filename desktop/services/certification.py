"""User actions on certificate records (ISO/IEC 17021-1; CNCA certificate rules).

Part of the record services (see :mod:`desktop.services.records`, which also
exports every function here); same conventions for validation, ids and
:class:`~desktop.services.changes.Changes`.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.domain.certificates import check_approval_number
from desktop.domain.records import Certificate
from desktop.errors import ValidationError
from desktop.services.audits.programme import (
    _changed,
    _check_id,
    _delete,
    _not_before,
    _project_standard_ids,
)
from desktop.services.changes import Changes
from desktop.services.session import ProjectSession


def save_certificate(session: ProjectSession, certificate: Certificate) -> Changes:
    """Create (id 0) or change a certificate record; its events are stored in date order.

    Returns:
        Changes with records ``{"certificates"}`` and ``record_id`` = its id.

    Raises:
        ValidationError: a standard this project does not include; stage 2
            before stage 1; issued before stage 2; expiry not after issue; a
            CNCA approval number not of the form ``CNCA-R-YYYY-NNN``
            (:func:`desktop.domain.certificates.check_approval_number`).
    """
    _check_id(certificate.id)
    if certificate.standard_id not in _project_standard_ids(session):
        raise ValidationError(
            f"{certificate.standard_id!r} is not one of this project's standards.",
            f"{certificate.standard_id!r} 不是本项目所含的标准。")
    approval = certificate.body_approval.strip()
    if approval and not check_approval_number(approval):
        raise ValidationError(
            f"{approval!r} is not a CNCA approval number, which is written like CNCA-R-2002-001.",
            f"{approval!r} 不是认监委批准号，正确格式如 CNCA-R-2002-001。")
    _not_before(certificate.stage2_on, certificate.stage1_on,
                "The stage 2 audit cannot end before the stage 1 audit.",
                "第二阶段审核的日期不能早于第一阶段审核。")
    _not_before(certificate.issued_on, certificate.stage2_on,
                "A certificate cannot be issued before the stage 2 audit.",
                "证书的颁发日期不能早于第二阶段审核。")
    if (certificate.issued_on is not None and certificate.expires_on is not None
            and certificate.expires_on <= certificate.issued_on):
        raise ValidationError("The expiry date must be after the issue date.",
                              "证书的有效期截止日期必须晚于颁发日期。")
    certificate = replace(
        certificate, body=certificate.body.strip(), body_approval=approval,
        number=certificate.number.strip(), scope=certificate.scope.strip(),
        events=tuple(sorted(certificate.events, key=lambda e: e.on)))
    return _changed("certificates", record_id=session.store.records.save_certificate(certificate))


def delete_certificate(session: ProjectSession, certificate_id: int) -> Changes:
    """Delete a certificate record with its events.

    Returns:
        Changes with records ``{"certificates"}``.

    Raises:
        ValidationError: no such certificate.
    """
    _delete(session.store.records.delete_certificate, certificate_id, "Certificate", "证书")
    return _changed("certificates", record_id=certificate_id)
