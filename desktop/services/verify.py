"""Verify a project: its file structure, foreign keys, evidence content and evidence links.

The file-level checks are :func:`desktop.store.verify.check_database`; this
adds the check that every evidence link names a checklist item this version
of AuditReady knows (bundled or the project's own). Nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.model import Catalog
from desktop.services.session import ProjectSession
from desktop.store.verify import Findings, Problem, verify_file

__all__ = ["Problem", "VerifyReport", "verify_path", "verify_project"]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """The outcome of verifying one project.

    Attributes:
        path: the project file.
        problems: everything wrong, in check order (empty when sound).
        blobs_checked: stored evidence contents re-hashed.
        bytes_checked: their bytes.
    """

    path: Path
    problems: tuple[Problem, ...]
    blobs_checked: int
    bytes_checked: int

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems


def _links(findings: Findings, known: Callable[[str], bool]) -> list[Problem]:
    return [Problem("link",
                    f"Evidence is linked to checklist item {item_id}, which this project "
                    "does not have.",
                    f"有证据链接到检查项 {item_id}，但本项目中没有该检查项。")
            for item_id in sorted(findings.linked_items) if not known(item_id)]


def _report(path: Path, findings: Findings, known: Callable[[str], bool]) -> VerifyReport:
    return VerifyReport(path=path, problems=(*findings.problems, *_links(findings, known)),
                        blobs_checked=findings.blobs_checked,
                        bytes_checked=findings.bytes_checked)


def verify_project(session: ProjectSession, *, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> VerifyReport:
    """Verify the open project (from a worker thread for big projects).

    Args:
        progress: called with (bytes hashed, bytes of evidence content in all).
        cancelled: polled between chunks; True cancels.

    Raises:
        CancelledError: cancelled.
    """
    findings = session.store.verify(progress=progress, cancelled=cancelled)
    return _report(session.path, findings, session.catalog.has_item)


def verify_path(path: Path, catalog: Catalog, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> VerifyReport:
    """Verify project file ``path`` without opening it for work (read-only; nothing migrates).

    Raises:
        NotAProjectError, ProjectFileError, ProjectLockedError, CorruptProjectError:
            the file cannot be checked at all.
        CancelledError: cancelled.
    """
    findings = verify_file(Path(path), progress=progress, cancelled=cancelled)
    custom = findings.custom_items
    return _report(Path(path), findings, lambda i: i in custom or catalog.has_item(i))
