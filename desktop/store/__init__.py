"""The project file: one portable SQLite file per project, with its evidence inside.

Modules: :mod:`~desktop.store.schema` (application id, numbered migrations),
:mod:`~desktop.store.opening` (safe checks, lock, connections),
:mod:`~desktop.store.blobs` (chunked evidence content),
:mod:`~desktop.store.records`, :mod:`~desktop.store.evidence` and
:mod:`~desktop.store.custom` (rows to domain objects),
:mod:`~desktop.store.quality` (records of the running system: audits, findings,
reviews, actions, certificates, snapshots, settings; ``ProjectStore.records``),
:mod:`~desktop.store.failures` (SQLite/OS errors to user errors) and
:mod:`~desktop.store.project` (:class:`ProjectStore`, the only public entry point).
"""

from desktop.store.project import PROJECT_SUFFIX, ProjectStore

__all__ = ["PROJECT_SUFFIX", "ProjectStore"]
