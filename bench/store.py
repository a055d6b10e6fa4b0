"""Benchmark: opening, item switching, attaching and memory at consultant scale.

Projects of 1,000, 5,000 and 20,000 evidence files, the last also with 2 GB of
evidence bytes, are built once under /tmp/auditready-bench (``bench/projects.py``).
Everything runs through the real main window (Qt offscreen, private user
folders), the sizes alternating within each round:

* **open**: ``MainWindow.open_project`` until the window has handled its
  events (checklist trees, item panel, assessment shown), warm (file in the
  OS cache) and cold (``posix_fadvise(DONTNEED)`` on the project file first);
  targets: the 20k + 2 GB project opens warm in at most 0.5 s and within 2× of
  the 1k project; the window checks the evidence tables on a thread once the
  project is shown, and the time until that check has ended is printed too
  ("checked");
* **switch**: selecting a checklist item with evidence in the tree until the
  item panel has shown it (evidence list, details), median and p95 over many
  items; target: p95 at most 50 ms at every size. The GUI thread's CPU time
  of the same switches is printed beside it: on a busy machine the clock
  also counts waiting for a CPU;
* **attach**: attaching a 1 GiB file (``attach_evidence`` into a fresh copy of
  the 1k project) against ``sha256sum`` of the same file and against one
  ``hashlib`` pass; target: the attach at least 70 % of ``sha256sum``'s speed;
* **memory**: peak resident memory of a process that opens the 20k + 2 GB
  project in the window and switches through items; target: at most 400 MB.

Each figure is the best and the median of ``--runs`` alternating runs; the
script exits 1 when a target is missed. Run from the repository root::

    python bench/store.py [--sizes 1k,5k,20k,20k+2GB] [--runs 5] [--quick]
                          [--only open,switch,attach,memory]

``--only`` runs just the named measurements (all four by default); targets
are judged only for the measurements that ran.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AUDITREADY_NO_DIALOGS", "1")

import projects  # noqa: E402
from peak import peak_mb  # noqa: E402

OPEN_TARGET_S = 0.5
OPEN_RATIO_TARGET = 2.0
SWITCH_P95_TARGET_S = 0.050
ATTACH_TARGET = 0.70
MEMORY_TARGET_MB = 400
ATTACH_MIB = 1024
MEASUREMENTS = ("open", "switch", "attach", "memory")


def _private_folders() -> None:
    """Point every per-user folder at a temporary one (settings, data, cache, backups)."""
    home = Path(tempfile.mkdtemp(prefix="auditready-bench-home-"))
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        os.environ[name] = str(home / name.lower())
    os.environ["HOME"] = str(home)


def _drop_cache(path: Path) -> None:
    """Ask the OS to forget the cached pages of ``path`` (the next read is from disk)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def percentile(values: list[float], share: float) -> float:
    """The ``share`` (0..1) percentile of ``values`` by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


class Window:
    """The real main window, offscreen, with helpers to open projects and pick items."""

    def __init__(self) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from desktop.catalog import load_catalog
        from desktop.ui.shell.app import create_context
        from desktop.ui.shell.light_imports import import_first_window
        from desktop.ui.shell.main_window import MainWindow

        gc.freeze()  # what the imports built, as the program's main() does at start
        import_first_window()  # the window's modules, loaded and frozen as at start
        self.app = QApplication.instance() or QApplication([])
        ctx = create_context(self.app, QSettings(), load_catalog())  # type: ignore[arg-type]
        self.window = MainWindow(ctx)
        self.window.resize(1400, 900)
        self.switch_cpu = 0.0  # CPU seconds of the last switch (see switch)
        self.window.show()
        self.settle()

    def settle(self) -> None:
        """Let the window handle every pending event (layout, paint, queued calls)."""
        for _ in range(3):
            self.app.processEvents()

    def open(self, path: Path) -> float:
        """Seconds to open ``path`` into a usable window (the time until the check
        after opening has also ended goes to :attr:`checked`)."""
        start = time.perf_counter()
        if not self.window.open_project(path):
            raise RuntimeError(f"{path} did not open")
        self.settle()
        usable = time.perf_counter() - start
        self.window.open_check.wait()
        self.checked = time.perf_counter() - start
        self.settle()
        if self.window.actions.session is None:
            raise RuntimeError(f"{path} was closed by the check after opening")
        return usable

    def close(self) -> None:
        """Close the open project."""
        self.window.actions.close_project()
        self.settle()

    def switch(self, item_id: str) -> float:
        """Seconds to select ``item_id`` in the tree until the item panel shows it.

        The GUI thread's CPU seconds of the same switch are kept in
        :attr:`switch_cpu` (on a shared machine they vary far less than the clock).
        """
        start, cpu = time.perf_counter(), time.thread_time()
        if not self.window.checklist.select_item(item_id):
            raise RuntimeError(f"item {item_id} not found")
        self.settle()
        self.switch_cpu = time.thread_time() - cpu
        return time.perf_counter() - start


def measure_open(window: Window, paths: dict[str, Path], runs: int,
                 ) -> dict[str, dict[str, list[float]]]:
    """Warm and cold open seconds per size, sizes alternating in each round."""
    times: dict[str, dict[str, list[float]]] = {
        s: {"warm": [], "cold": [], "checked": []} for s in paths}
    for path in paths.values():  # once each: compiled code, font and OS caches
        window.open(path)
        window.close()
    for _ in range(runs):
        for size, path in paths.items():
            times[size]["warm"].append(window.open(path))
            times[size]["checked"].append(window.checked)
            window.close()
            _drop_cache(path)
            times[size]["cold"].append(window.open(path))
            window.close()
    return times


def measure_switch(window: Window, paths: dict[str, Path], items: int,
                   rounds: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Item switch seconds per size, ``items`` items with evidence ``rounds`` times: the
    clock's and the GUI thread's CPU seconds."""
    times: dict[str, list[float]] = {s: [] for s in paths}
    cpu: dict[str, list[float]] = {s: [] for s in paths}
    for size, path in paths.items():
        ids = projects.items_with_evidence(path, items)
        window.open(path)
        window.switch(ids[-1])
        for _ in range(rounds):
            for item_id in ids:
                times[size].append(window.switch(item_id))
                cpu[size].append(window.switch_cpu)
        window.close()
    return times, cpu


def _time(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def attach_file(folder: Path, mib: int) -> Path:
    """A ``mib`` MiB file in ``folder`` (made once, cheaply)."""
    path = folder / f"attach-{mib}MiB.bin"
    if not path.exists() or path.stat().st_size != mib * projects.MIB:
        block = os.urandom(projects.MIB)
        with open(path.with_suffix(".part"), "wb") as out:
            for n in range(mib):
                out.write(n.to_bytes(8, "little") + block[8:])
        os.replace(path.with_suffix(".part"), path)
    return path


def measure_attach(runs: int, mib: int, small: Path) -> dict[str, list[float]]:
    """Seconds of attach (into a copy of project ``small``), ``sha256sum`` and one
    hashlib pass over a ``mib`` MiB file."""
    import hashlib

    from desktop.catalog import load_catalog
    from desktop.services.evidence import attach_evidence
    from desktop.services.session import open_project

    catalog = load_catalog()
    source = attach_file(projects.CACHE, mib)

    def attach() -> None:
        with tempfile.TemporaryDirectory(prefix="auditready-attach-", dir=projects.CACHE) as tmp:
            copy = Path(tmp) / "copy.auditready"
            shutil.copyfile(small, copy)
            session = open_project(copy, catalog)
            try:
                item = session.standards()[0].checklist()[0].id
                start = time.perf_counter()
                attach_evidence(session, [item], source)
                times["attach"].append(time.perf_counter() - start)
            finally:
                session.close()

    def sha256sum() -> None:
        subprocess.run(["sha256sum", str(source)], check=True, stdout=subprocess.DEVNULL)

    def one_pass() -> None:
        digest = hashlib.sha256()
        with open(source, "rb") as handle:
            while block := handle.read(projects.MIB):
                digest.update(block)

    times: dict[str, list[float]] = {"attach": [], "sha256sum": [], "hashlib": []}
    sha256sum()  # the file in the OS cache for all three
    for _ in range(runs):
        attach()
        times["sha256sum"].append(_time(sha256sum))
        times["hashlib"].append(_time(one_pass))
    return times


def memory_child(path: Path, items: int) -> None:
    """In a child process: open ``path`` in the window, switch items, print peak MB."""
    _private_folders()
    window = Window()
    window.open(path)
    for item_id in projects.items_with_evidence(path, items):
        window.switch(item_id)
    print(peak_mb(), flush=True)


def measure_memory(path: Path, items: int) -> float:
    """Peak resident MB of a process that opened ``path`` in the window."""
    out = subprocess.run([sys.executable, __file__, "--memory-child", str(path),
                          "--items", str(items)],
                         check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def _row(label: str, values: list[float], scale: float = 1.0, unit: str = "s") -> str:
    best, median = min(values) * scale, statistics.median(values) * scale
    return f"  {label:<28}{best:>9.3f}{median:>10.3f} {unit}"


def _report_open(opened: dict[str, dict[str, list[float]]], runs: int,
                 failures: list[str]) -> None:
    """Print the open figures; append the missed targets to ``failures``."""
    base, largest = next(iter(opened)), list(opened)[-1]
    print(f"\nopen to a usable window (best, median of {runs} alternating runs)")
    for size in opened:
        for kind in ("warm", "cold", "checked"):
            print(_row(f"{size} {kind}", opened[size][kind]))
    for size in opened:
        ratio = min(opened[size]["warm"]) / min(opened[base]["warm"])
        median_ratio = (statistics.median(opened[size]["warm"])
                        / statistics.median(opened[base]["warm"]))
        print(f"  {size} warm / {base} warm: best {ratio:.2f}×, median {median_ratio:.2f}×")
        if ratio > OPEN_RATIO_TARGET:
            failures.append(f"open {size} is {ratio:.2f}× of {base}")
    if min(opened[largest]["warm"]) > OPEN_TARGET_S:
        failures.append(f"open {largest} warm over {OPEN_TARGET_S} s")


def _report_switch(switched: dict[str, list[float]], switched_cpu: dict[str, list[float]],
                   items: int, runs: int, failures: list[str]) -> None:
    """Print the switch figures; append the missed targets to ``failures``."""
    print(f"\nitem switch ({items} items with evidence × {max(1, runs // 2)})")
    print(f"  {'size':<12}{'median ms':>10}{'p95 ms':>9}{'max ms':>9}"
          f"{'CPU median':>12}{'CPU p95':>9}")
    for size, values in switched.items():
        p95 = percentile(values, 0.95)
        cpu = switched_cpu[size]
        print(f"  {size:<12}{statistics.median(values) * 1000:>10.1f}{p95 * 1000:>9.1f}"
              f"{max(values) * 1000:>9.1f}{statistics.median(cpu) * 1000:>12.1f}"
              f"{percentile(cpu, 0.95) * 1000:>9.1f}")
        if p95 > SWITCH_P95_TARGET_S:
            failures.append(f"switch p95 {size} {p95 * 1000:.0f} ms")


def main(argv: list[str] | None = None) -> int:
    """Build or reuse the projects, measure, print; 0 when every target is met, else 1."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1k,5k,20k,20k+2GB",
                        help="comma-separated: 1k, 5k, 20k, 20k+2GB (the first is the baseline)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, default=40, help="items per switch round")
    parser.add_argument("--attach-mib", type=int, default=ATTACH_MIB, help="0: no attach run")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory run")
    parser.add_argument("--quick", action="store_true",
                        help="2 runs, 10 items, at most 64 MiB attach (checks the script)")
    parser.add_argument("--only", default=",".join(MEASUREMENTS),
                        help="comma-separated measurements to run: "
                             + ", ".join(MEASUREMENTS) + " (default: all)")
    parser.add_argument("--memory-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    if not only <= set(MEASUREMENTS):
        parser.error(f"--only takes {', '.join(MEASUREMENTS)}")
    if args.memory_child is not None:
        memory_child(args.memory_child, args.items)
        return 0
    if args.quick:
        args.runs, args.items, args.attach_mib = 2, 10, min(args.attach_mib, 64)
    _private_folders()
    paths: dict[str, Path] = {}
    for text in args.sizes.split(","):
        evidence, _plus, big = text.partition("+")
        big_mib = int(big.lower().removesuffix("gb")) * 1024 if big else 0
        start = time.perf_counter()
        paths[text] = projects.project(projects.parse_size(evidence), big_mib)
        mb = paths[text].stat().st_size / projects.MIB
        print(f"project {text}: {paths[text]} ({mb:,.0f} MB, ready in "
              f"{time.perf_counter() - start:.1f} s)")
    window = Window()
    opened = measure_open(window, paths, args.runs) if "open" in only else {}
    switched, switched_cpu = (measure_switch(window, paths, args.items, max(1, args.runs // 2))
                              if "switch" in only else ({}, {}))
    window.window.close()
    attached = (measure_attach(args.runs, args.attach_mib, paths[next(iter(paths))])
                if args.attach_mib and "attach" in only else {})
    largest = list(paths)[-1]
    peak = (None if args.no_memory or "memory" not in only
            else measure_memory(paths[largest], args.items))

    failures: list[str] = []
    if opened:
        _report_open(opened, args.runs, failures)
    if switched:
        _report_switch(switched, switched_cpu, args.items, args.runs, failures)

    mib = args.attach_mib
    if attached:
        print(f"\nattach a {mib} MiB file (best, median of {args.runs} alternating runs)")
        for name, values in attached.items():
            print(_row(name, values))
        for name in ("sha256sum", "hashlib"):
            best = min(attached[name]) / min(attached["attach"])
            median = statistics.median(attached[name]) / statistics.median(attached["attach"])
            print(f"  attach speed / {name}: best {best:.0%}, median {median:.0%}")
        speed = min(attached["sha256sum"]) / min(attached["attach"])
        if speed < ATTACH_TARGET:
            failures.append(f"attach {speed:.0%} of sha256sum")

    if peak is not None:
        print(f"\npeak memory with {largest} open and {args.items} items shown: {peak:.0f} MB "
              f"(target ≤ {MEMORY_TARGET_MB} MB)")
        if peak > MEMORY_TARGET_MB:
            failures.append(f"memory {peak:.0f} MB")
    if args.quick:
        print("\n--quick: short runs, targets not judged")
        return 0
    print("\n" + ("all targets met" if not failures else "MISSED: " + "; ".join(failures)))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
