"""One way to print a share, and one name for each readiness figure, in every output.

The window, the CLI, the PDF reports and the workbook all print shares with
:func:`format_share`, so a figure reads the same whole percentage everywhere:

- round half up to a whole percent (41.5 % -> "42%"), computed on the decimal
  value so that 83/200 = 0.415 gives 42 % on every machine;
- never "0%" for a share above zero: "<1%"; never "100%" for a share below
  one: ">99%" (0.996 is not everything; 0.004 is not nothing).

Two figures describe readiness, and every output names them the same way:

- :data:`ITEMS_READY`, the headline: applicable checklist items marked ready,
  as a share of all applicable items (``StandardReadiness.share``);
- :data:`WEIGHTED_READINESS`: the same count with mandatory documented
  information weighing double (``LayerShares.overall``).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.model import Text

ITEMS_READY = Text("Items ready", "检查项就绪率")
"""Name of the headline figure: the share of applicable checklist items marked ready."""

ITEMS_READY_DEFINITION = Text(
    "Items ready: applicable checklist items marked ready, as a share of all applicable "
    "items (items marked not applicable are left out).",
    "检查项就绪率：标为“就绪”的适用检查项占全部适用检查项的比例（不含标为“不适用”的检查项）。",
)
"""The headline figure's definition, printed in each output's legend."""

WEIGHTED_READINESS = Text("Weighted readiness", "加权就绪度")
"""Name of the second figure: items ready with mandatory documented information counted twice."""

WEIGHTED_READINESS_DEFINITION = Text(
    "Weighted readiness: the same share with mandatory documented information (documents "
    "to maintain, records to retain) weighing double.",
    "加权就绪度：同一比例，但强制性文件化信息（应保持的文件、应保留的记录）按双倍权重计。",
)
"""The second figure's definition, printed in each output's legend."""


def _rounded(share: float) -> int:
    if not 0.0 <= share <= 1.0:   # also refuses NaN
        raise ValueError(f"a share must be between 0 and 1, got {share!r}")
    return int((Decimal(repr(float(share))) * 100).quantize(Decimal(1), ROUND_HALF_UP))


def share_percent(share: float) -> int:
    """The whole percentage :func:`format_share` prints, as a number (0-100).

    Round half up on the decimal value of ``share`` (0.415 -> 42), then kept
    off 0 for a share above zero (-> 1) and off 100 for a share below one (-> 99).

    Raises:
        ValueError: ``share`` is not between 0.0 and 1.0, or not a number.
    """
    whole = _rounded(share)
    if share > 0 and whole == 0:
        return 1
    if share < 1 and whole == 100:
        return 99
    return whole


def format_share(share: float) -> str:
    """A share 0.0-1.0 as a whole percentage: "0%", "<1%", "42%", ">99%", "100%".

    Examples: 0.0 -> "0%"; 0.004 -> "<1%"; 0.005 -> "1%"; 0.415 -> "42%";
    0.994 -> "99%"; 0.995 -> ">99%"; 1.0 -> "100%".

    Raises:
        ValueError: ``share`` is not between 0.0 and 1.0.
    """
    whole = _rounded(share)
    if share > 0 and whole == 0:
        return "<1%"
    if share < 1 and whole == 100:
        return ">99%"
    return f"{whole}%"


SHARE_NUMBER_FORMATS = (
    '[=0]0%;[<0.005]"<1%";0%',
    '[=1]0%;[>=0.995]">99%";0%',
)
"""Spreadsheet number formats that display a share as :func:`format_share` prints it.

A format holds at most two conditions, so there are two: the first for shares
below one half (0 -> "0%", below 0.005 -> "<1%"), the second for the others
(1 -> "100%", from 0.995 -> ">99%"); both show any other value as a whole
percentage, which spreadsheet programs round half away from zero like
:func:`format_share`. The cell keeps its number, so it stays editable.
"""


def share_number_format(share: float) -> str:
    """The one of :data:`SHARE_NUMBER_FORMATS` for a cell holding ``share``."""
    return SHARE_NUMBER_FORMATS[0] if share < 0.5 else SHARE_NUMBER_FORMATS[1]
