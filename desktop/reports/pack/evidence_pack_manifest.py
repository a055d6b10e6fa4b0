"""The files that let an auditor verify an evidence pack: ``manifest.csv`` and ``SHA256SUMS``.

- ``manifest.csv`` lists every file in the zip (the index PDF and each
  evidence copy): its path in the zip, its original name, size in bytes, the
  full SHA-256, the nature, version, approval date and period the user
  recorded, and the checklist items it serves. It is UTF-8 with a byte order
  mark, so Excel opens Chinese text correctly, and comma-separated with
  ``\\r\\n`` line ends (RFC 4180).
- ``SHA256SUMS`` has one line ``<64 hex digits>  <path>`` per file (the
  index PDF, ``manifest.csv`` and every evidence copy), paths relative to the
  zip's top folder, in the format ``sha256sum -c SHA256SUMS`` checks after
  unzipping (GNU coreutils). It does not list itself.

Also the date each zip entry carries: the file's approval date when one is
recorded, otherwise the day it was added to the project.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Mapping, Sequence

from desktop.domain.model import Lang
from desktop.domain.records import EvidenceMeta
from desktop.reports.model import EvidenceRow
from desktop.reports.pack.evidence_pack_plan import EvidencePackPlan
from desktop.reports.pack.labels_pack import pack_label

MANIFEST_NAME = "manifest.csv"
"""Name of the manifest at the top of every pack."""

SUMS_NAME = "SHA256SUMS"
"""Name of the checksum list at the top of every pack (GNU ``sha256sum`` format)."""

_COLUMNS = (
    "manifest_col_path", "manifest_col_name", "manifest_col_size", "manifest_col_sha",
    "manifest_col_nature", "manifest_col_version", "manifest_col_approved",
    "manifest_col_period", "manifest_col_serves",
)


def file_date(evidence: EvidenceRow, meta: Mapping[int, EvidenceMeta]) -> dt.date:
    """Return the date a pack entry of ``evidence`` carries: approval date, else added date."""
    recorded = meta.get(evidence.evidence_id)
    if recorded is not None and recorded.approved_on is not None:
        return recorded.approved_on
    return evidence.added_on


def render_manifest(
    plan: EvidencePackPlan,
    meta: Mapping[int, EvidenceMeta],
    lang: Lang,
    *,
    index_name: str,
    index: bytes,
) -> bytes:
    """Return ``manifest.csv`` as bytes (UTF-8 with BOM), one row per file in the zip.

    Args:
        plan: where each evidence copy sits in the zip.
        meta: what the user recorded about each evidence file, by evidence id.
        lang: language of the header row and of the nature column.
        index_name: path of the index PDF in the zip; listed first.
        index: the index PDF's content (hashed here).

    Dates are ISO 8601 (``YYYY-MM-DD``); a period is ``start/end`` (ISO 8601
    interval) or a single date; items served are ``"; "``-separated.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([pack_label(key, lang) for key in _COLUMNS])
    writer.writerow([index_name, index_name, len(index), hashlib.sha256(index).hexdigest(),
                     "", "", "", "", ""])
    for entry in plan.entries:
        evidence = entry.evidence
        recorded = meta.get(evidence.evidence_id) or EvidenceMeta(evidence.evidence_id)
        nature = recorded.nature.label.get(lang) if recorded.nature else ""
        writer.writerow([
            entry.path,
            evidence.name,
            evidence.size,
            evidence.sha256,
            nature,
            recorded.version,
            _iso(recorded.approved_on),
            _period(recorded),
            "; ".join(evidence.serves),
        ])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def render_sums(files: Sequence[tuple[str, str]]) -> bytes:
    """Return ``SHA256SUMS`` as bytes: ``<sha256>  <path>\\n`` per (path, sha256) pair.

    Paths must not contain a line break or backslash (pack names never do:
    :func:`desktop.reports.pack.evidence_pack.sanitize_name` replaces them), so
    no line needs ``sha256sum``'s escaping.
    """
    return "".join(f"{digest}  {path}\n" for path, digest in files).encode("utf-8")


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""


def _period(meta: EvidenceMeta) -> str:
    start, end = meta.effective_from, meta.effective_to
    if start is None:
        return _iso(end)
    if end is None or end == start:
        return start.isoformat()
    return f"{start.isoformat()}/{end.isoformat()}"
