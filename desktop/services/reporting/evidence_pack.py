"""Export the evidence pack: every evidence file in one zip by standard and clause, with an index.

The pack answers a certification body's document request (ISO/IEC 17021-1
9.3.1.2: documented information reviewed at stage 1). The data is gathered
once (:func:`desktop.services.reporting.data.report_data`, plus which items each
file serves); the zip is then streamed from the project file chunk by chunk
by :func:`desktop.reports.pack.evidence_pack.write_evidence_pack`. Nothing in the
project changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from reportlab.lib.pagesizes import A4

from desktop.domain.model import Lang
from desktop.errors import EvidenceError
from desktop.reports.model import ReportData
from desktop.reports.pack.evidence_pack import write_evidence_pack
from desktop.services.reporting.data import report_data
from desktop.services.session import ProjectSession


def export_evidence_pack(
    session: ProjectSession,
    path: Path,
    lang: Lang,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    data: ReportData | None = None,
    pagesize: tuple[float, float] = A4,
) -> Path:
    """Write the evidence pack of the open project to ``path`` (a ``.zip``) in ``lang``.

    Layout and naming are described in :mod:`desktop.reports.pack.evidence_pack`:
    ``00 索引 Index.pdf`` and ``<NN> <standard>/<clause> <title>/<file>``, a
    copy of a shared file in each folder it serves. Run it from a worker
    thread for big projects; the store must not be used elsewhere meanwhile.

    Args:
        session: the open project.
        path: target zip file; replaced atomically, its folder must exist.
        lang: language of folder names and the index, ``"en"`` or ``"zh"``.
        progress: called with (bytes_done, bytes_total) of evidence content
            (copies counted); ends with (total, total).
        cancelled: polled between chunks; returning True cancels.
        data: the report data in ``lang`` when the caller already has it
            (exporting several outputs at once); gathered here when ``None``.
        pagesize: paper of the index PDF, (width, height) in points; A4 by default.

    Returns:
        ``path``.

    Raises:
        ValidationError: unknown language.
        ValueError: ``data`` is in another language than ``lang`` (a programming error).
        EvidenceError: a stored file is damaged or missing; no file is written.
        CancelledError: cancelled; ``path`` is left as it was.
        ExportError: the zip cannot be written (folder missing, access denied,
            disk full); ``path`` is left as it was.
    """
    if data is None:
        data = report_data(session, lang)
    elif data.lang != lang:
        raise ValueError(f"report data in {data.lang!r} given for a pack in {lang!r}")
    store = session.store
    links = {evidence.id: evidence.item_ids for evidence in store.evidence_list()}

    def read(evidence_id: int) -> Iterator[bytes]:
        try:
            return store.read_evidence(evidence_id)
        except KeyError:
            raise EvidenceError(
                f"Evidence file {evidence_id} was removed from the project while the "
                "evidence pack was being written; export the pack again.",
                f"导出证据包期间，证据文件 {evidence_id} 已从项目中删除；请重新导出证据包。",
            ) from None

    write_evidence_pack(data, links, Path(path), read, progress=progress, cancelled=cancelled,
                        pagesize=pagesize)
    return Path(path)
