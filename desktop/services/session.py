"""An open project together with the catalog it is read against.

A :class:`ProjectSession` is what every service function takes first. It is
created by :func:`new_project` or :func:`open_project` and owned by the
composition root (``desktop.ui.shell.app``) or the CLI; there are no module globals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.custom import CUSTOM_SYSTEM, catalog_with_custom
from desktop.domain.freshness import catalog_with_freshness
from desktop.domain.model import Catalog, CatalogItem, CompanyProfile, Standard
from desktop.domain.readiness import StandardReadiness, standard_readiness
from desktop.errors import UserError, ValidationError
from desktop.store import ProjectStore, backup_keeper
from desktop.store.backups import BackupError, BackupReason
from desktop.store.outputs import check_outputs
from desktop.store.repair import RepairReport, repair_copy

PROJECT_SUFFIX = ".auditready"


@dataclass
class ProjectSession:
    """An open project file and the knowledge base.

    Attributes:
        store: the open project file.
        catalog: every standard this version knows plus the project's custom
            content (custom checklists as extra standards, custom entries
            appended to bundled standards), with the freshness rules the
            project has in force (:mod:`desktop.domain.freshness`); built on
            open and rebuilt by :meth:`reload_custom` after a custom-content
            or freshness change.
        bundled: the catalog as given (the knowledge base alone), never changed.
    """

    store: ProjectStore
    catalog: Catalog
    bundled: Catalog = field(init=False)

    def __post_init__(self) -> None:
        self.bundled = self.catalog
        self.reload_custom()

    def reload_custom(self) -> None:
        """Rebuild :attr:`catalog` from the bundled catalog, the project's custom content
        and its freshness settings.

        Raises:
            CorruptProjectError: a stored custom row or freshness setting is malformed.
        """
        checklists, items = self.store.custom_content()
        self.catalog = catalog_with_freshness(
            catalog_with_custom(self.bundled, checklists, items), self.store.freshness.all())

    @property
    def path(self) -> Path:
        """The project file."""
        return self.store.path

    def standards(self) -> tuple[Standard, ...]:
        """The project's standards: chosen ones in catalog order, then custom checklists.

        Unknown chosen ids are skipped; custom checklists without entries too.
        """
        chosen = set(self.store.standard_ids())
        return tuple(s for s in self.catalog.standards
                     if s.id in chosen or (s.system == CUSTOM_SYSTEM and s.items))

    def checklist_item(self, item_id: str) -> CatalogItem:
        """Return a checklist item of one of the project's standards.

        Raises:
            ValidationError: unknown id, a clause node, or a standard not chosen.
        """
        if not self.catalog.has_item(item_id):
            raise ValidationError(f"Unknown checklist item {item_id!r}.",
                                  f"未知的检查项 {item_id!r}。")
        item = self.catalog.item(item_id)
        if not item.kind.is_checklist:
            raise ValidationError(
                f"{item_id!r} is a clause heading; choose one of its checklist items.",
                f"{item_id!r} 是条款标题，请选择其下的检查项。")
        if item.standard_id not in {s.id for s in self.standards()}:
            raise ValidationError(
                f"Item {item_id!r} belongs to a standard this project does not include.",
                f"检查项 {item_id!r} 所属的标准不在本项目范围内。")
        return item

    def readiness(self) -> list[StandardReadiness]:
        """Readiness of each chosen standard, in catalog order (see domain.readiness)."""
        states = self.store.item_states()
        return [standard_readiness(std, states) for std in self.standards()]

    def close(self) -> None:
        """Close the project file (releases its lock).

        Evidence bytes kept for undo (:func:`desktop.services.evidence.take_evidence`)
        are dropped first; if that cannot be written, or the check owed after
        opening has not passed (:func:`finish_open_check`), they stay, unused,
        until the next close.
        """
        later = self.store.later_check
        if not self.store.closed and (later is None or later.passed):
            with suppress(UserError):
                self.store.drop_unused_content()
        self.store.close()


def _check_standards(catalog: Catalog, standard_ids: Sequence[str]) -> None:
    if not standard_ids:
        raise ValidationError("Choose at least one standard.", "请至少选择一个标准。")
    families: dict[str, str] = {}
    for sid in standard_ids:
        try:
            std = catalog.standard(sid)
        except KeyError:
            raise ValidationError(f"Unknown standard {sid!r}.", f"未知的标准 {sid!r}。") from None
        if std.family in families:
            raise ValidationError(
                f"Choose one edition of {std.code}, not {families[std.family]} and {std.label}.",
                f"{std.code} 只能选择一个版本，"
                f"不能同时选择 {families[std.family]} 和 {std.label}。")
        families[std.family] = std.label


def new_project(
    path: Path, profile: CompanyProfile, standard_ids: Sequence[str], catalog: Catalog
) -> ProjectSession:
    """Create a project file and open it.

    Args:
        path: where to create it; ``.auditready`` is appended when missing.
        profile: the company; its name must not be blank.
        standard_ids: catalog standard ids, e.g. ``["iso9001-2015"]``.

    Raises:
        ValidationError: blank company name or unknown/no standards.
        UserError: the file exists or cannot be written (from the store).
    """
    if not profile.name.strip():
        raise ValidationError("Enter the company name.", "请填写公司名称。")
    _check_standards(catalog, standard_ids)
    if path.suffix != PROJECT_SUFFIX:
        path = path.with_name(path.name + PROJECT_SUFFIX)
    store = ProjectStore.create(path, profile, list(standard_ids))
    return _session(store, catalog)


def open_project(path: Path, catalog: Catalog, *, check_later: bool = False) -> ProjectSession:
    """Open an existing project file.

    With ``check_later`` (the window) the integrity check of the tables that
    grow with the evidence files is left for :func:`finish_open_check`, to run
    once the project is shown; until it has passed, every write runs it first
    and fails while it fails. Without it (the command line) everything is
    checked before this returns.

    Raises:
        ProjectFileError: not a project, damaged, newer version, or locked;
            the file is left untouched.
    """
    return _session(ProjectStore.open(path, check_later=check_later), catalog)


def finish_open_check(session: ProjectSession, cancelled: Callable[[], bool] | None = None,
                      ) -> bool:
    """Run the integrity check left by ``open_project(check_later=True)``; any thread.

    Reads the file on a read-only connection of its own (never ``session``'s),
    so it may run on a worker while the window reads the project.

    Returns:
        True when the project passed (or nothing was left to check); False when
        ``cancelled()`` turned True first (the check is then still owed).

    Raises:
        CorruptProjectError: the project is damaged; nothing was written to it,
            and every write to it now raises the same error. Close it.
        ProjectLockedError / ProjectFileError: the file could not be read.
    """
    later = session.store.later_check
    return True if later is None else later.run(cancelled)


def _session(store: ProjectStore, catalog: Catalog) -> ProjectSession:
    """A session on ``store``; the store is closed again if its custom content is unreadable."""
    try:
        return ProjectSession(store, catalog)
    except BaseException:
        store.close()
        raise


def save_project_as(session: ProjectSession, dest: Path) -> ProjectSession:
    """Copy the project to ``dest`` and continue working on the copy.

    The original stays as it was (every action is already saved when it
    completes; "Save As" makes a copy, e.g. one file per client visit).

    Args:
        dest: the copy; ``.auditready`` is appended when missing.

    Raises:
        OutputPathError: ``dest`` is the open project or one of its side files
            (the project is left as it was).
        UserError: ``dest`` cannot be written (disk full, permission).
    """
    if dest.suffix != PROJECT_SUFFIX:
        dest = dest.with_name(dest.name + PROJECT_SUFFIX)
    check_outputs([("project", dest)], project=session.path)
    session.store.backup_to(dest)
    new = open_project(dest, session.bundled)
    session.close()
    return new


def repair_project(path: Path, dest: Path) -> RepairReport:
    """Write a clean copy of project ``path`` to ``dest``, leaving ``path`` untouched.

    The copy is built through the migrations and holds only the tables,
    indexes (and no triggers or views) AuditReady creates, with every row of
    the known tables; ``.auditready`` is appended to ``dest`` when missing. It
    opens like any project afterwards.

    Raises:
        NotAProjectError, NewerProjectError, CorruptProjectError: ``path`` cannot
            be repaired.
        ProjectExistsError: ``dest`` exists.
        ProjectWriteError, StorageFullError: ``dest`` cannot be written.
        OutputPathError: ``dest`` is the project itself or one of its side files.

    Before the copy is written, the file as it is goes to the project's
    backups (reason ``repair``) when it can be read.
    """
    if dest.suffix != PROJECT_SUFFIX:
        dest = dest.with_name(dest.name + PROJECT_SUFFIX)
    check_outputs([("project", dest)], project=path)
    with suppress(BackupError):  # a file too damaged to copy is still worth repairing
        backup_keeper.backup_file(path, BackupReason.REPAIR)
    return repair_copy(path, dest)
