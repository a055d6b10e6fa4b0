"""Peak memory of the running benchmark process, in MB.

``getrusage(RUSAGE_SELF).ru_maxrss`` is not the figure wanted in a child that a
benchmark starts: on Linux the high-water mark is carried over ``exec`` from
the process that started it (Python starts children with ``vfork``, so the
child's maximum begins at the parent's), and a child started by a benchmark
holding a large project would report the parent's peak. ``VmHWM`` in
``/proc/self/status`` is the high-water mark of this program's own memory.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

__all__ = ["peak_mb"]


def peak_mb() -> float:
    """Peak resident memory of this process in MB (MiB): ``VmHWM`` where Linux gives it,
    else ``ru_maxrss`` (kilobytes on Linux, bytes on macOS)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / (1024 * 1024) if sys.platform == "darwin" else usage / 1024
