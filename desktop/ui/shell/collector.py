"""Python's cyclic garbage collector paused while the window takes in a project.

Opening a project builds its trees, models and assessment: tens of thousands
of objects for a large project (the metadata of every evidence file alone is
one tuple each), nearly all of which live as long as the project is open.
Each 700 new objects start a collection of the youngest objects, and every
so often one of all objects (60-90 ms with the catalog and the window in
memory, measured on the 20,000-evidence benchmark project): they find nothing
to free, and they land on the user's wait at random. :func:`collector_paused`
turns the collector off for the duration; the objects made meanwhile are
looked at once, in the first collection after it (reference counting frees
what is no longer used at once, as always).
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def collector_paused(func: Callable[P, R]) -> Callable[P, R]:
    """Decorate ``func`` to run with the cyclic garbage collector off.

    The collector is turned back on afterwards (also when ``func`` raises)
    unless it was already off when ``func`` started, e.g. in a nested call.
    """

    @functools.wraps(func)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        was_on = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()

    return paused
