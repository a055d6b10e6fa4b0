"""Benchmark of the folder import: proposal quality, speed and memory.

1. Builds the labelled test folder of ``tests/onboarding_corpus.py`` and scans it
   for ISO 9001:2015, ISO 14001:2015 and ISO 45001:2018: prints the top-1
   precision and top-3 recall of the proposals against the labels (definitions in
   :class:`tests.onboarding_corpus.Scores`) and the files they miss.
   Then the same for ``HELD_OUT``: file names written after the rules, never used
   to tune them (printed for information, no target).
2. Builds ``--files`` documents (default 1,000) by replicating the folder, each
   replica's documents given one extra line so that no two files are equal (equal
   files would be read once and flatter the time), then scans them in a fresh
   process: prints the seconds and the peak resident memory of that process.

Exits 1 when a target is missed: top-3 recall >= 85 %, top-1 precision >= 75 %,
the large scan under 60 s and under 300 MB. Run from the repository root::

    python bench/onboarding.py [--files 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from peak import peak_mb

from desktop.catalog import load_catalog
from desktop.onboarding import scan_folder
from tests.onboarding_corpus import (
    DOCS,
    STANDARDS,
    build_corpus,
    build_held_out,
    evaluate,
    write_document,
)

TOP3_RECALL, TOP1_PRECISION, MAX_SECONDS, MAX_MB = 0.85, 0.75, 60.0, 300.0


def _quality(root: Path) -> tuple[float, float]:
    labels = build_corpus(root)
    result = scan_folder(root, load_catalog(), STANDARDS)
    scores = evaluate(result.files, labels)
    print(f"test folder: {len(result.files)} files listed, {len(result.skipped)} skipped")
    print(f"top-1 precision: {scores.top1_precision:6.1%}  ({scores.proposed} files with a "
          f"proposal; target >= {TOP1_PRECISION:.0%})")
    print(f"top-3 recall:    {scores.top3_recall:6.1%}  ({scores.labelled} labelled files; "
          f"target >= {TOP3_RECALL:.0%})")
    for path in scores.wrong:
        print(f"  best proposal not labelled: {path}")
    for path in scores.misses:
        print(f"  no labelled item in the top 3: {path}")
    return scores.top1_precision, scores.top3_recall


def _held_out(root: Path) -> None:
    labels = build_held_out(root)
    scores = evaluate(scan_folder(root, load_catalog(), STANDARDS).files, labels)
    print(f"names not used to write the rules ({len(labels)}, by name only; no target): "
          f"top-1 precision {scores.top1_precision:.1%}, top-3 recall {scores.top3_recall:.1%}")


def _replicate(root: Path, files: int) -> int:
    from desktop.reports.pdf.fonts import register_report_font

    font = register_report_font()
    written = 0
    replica = 0
    while written < files:
        replica += 1
        for doc in DOCS:
            if written >= files:
                break
            target = root / f"分公司{replica:03d}" / doc.path
            target.parent.mkdir(parents=True, exist_ok=True)
            write_document(target, (*doc.lines, f"分册 {replica}"), font)
            written += 1
    return written


def _scan_only(root: str) -> None:
    start = time.perf_counter()
    result = scan_folder(Path(root), load_catalog(), STANDARDS)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    json.dump({"files": len(result.files), "skipped": len(result.skipped),
               "seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime,
               "peak_mb": peak_mb()}, sys.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--scan-only", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scan_only:
        _scan_only(args.scan_only)
        return 0
    with tempfile.TemporaryDirectory(prefix="auditready-bench-") as tmp:
        precision, recall = _quality(Path(tmp) / "体系文件")
        _held_out(Path(tmp) / "held-out")
        big = Path(tmp) / "large"
        count = _replicate(big, args.files)
        run = subprocess.run([sys.executable, __file__, "--scan-only", str(big)],
                             capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
        stats = json.loads(run.stdout)
        shutil.rmtree(big, ignore_errors=True)
    print(f"{count} files: {stats['files']} listed, {stats['skipped']} skipped, "
          f"{stats['seconds']:.1f} s (target < {MAX_SECONDS:.0f} s; {stats['cpu']:.1f} s of "
          f"processor time), peak memory "
          f"{stats['peak_mb']:.0f} MB (target < {MAX_MB:.0f} MB)")
    missed = [name for name, ok in (
        ("top-1 precision", precision >= TOP1_PRECISION),
        ("top-3 recall", recall >= TOP3_RECALL),
        ("time", stats["seconds"] < MAX_SECONDS),
        ("memory", stats["peak_mb"] < MAX_MB)) if not ok]
    if missed:
        print("MISSED: " + ", ".join(missed))
        return 1
    print("all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
