"""One rounding rule for shares in every output (desktop.domain.shares)."""

from __future__ import annotations

import math

import pytest

from desktop.domain.shares import format_share, share_number_format, share_percent


@pytest.mark.parametrize(
    ("share", "text", "number"),
    [
        (0.0, "0%", 0),
        (1 / 1000, "<1%", 1),         # never 0% for something
        (0.0049, "<1%", 1),
        (0.005, "1%", 1),             # half up
        (83 / 200, "42%", 42),        # 41.5 % rounds up (a float product gives 41.4999…)
        (82 / 200, "41%", 41),
        (0.4149, "41%", 41),
        (1 / 3, "33%", 33),
        (2 / 3, "67%", 67),
        (0.994, "99%", 99),
        (0.995, ">99%", 99),          # never 100% for less than everything
        (199 / 200, ">99%", 99),
        (1.0, "100%", 100),
    ],
)
def test_round_half_up_never_0_for_something_nor_100_for_less(
    share: float, text: str, number: int
) -> None:
    assert format_share(share) == text
    assert share_percent(share) == number


@pytest.mark.parametrize("share", [-0.01, 1.01, math.nan])
def test_a_share_outside_0_to_1_is_refused(share: float) -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        format_share(share)


def test_the_spreadsheet_format_has_the_same_edges() -> None:
    low, high = share_number_format(0.004), share_number_format(0.996)
    assert low.startswith("[=0]0%;") and '[<0.005]"<1%"' in low and low.endswith(";0%")
    assert high.startswith("[=1]0%;") and '[>=0.995]">99%"' in high and high.endswith(";0%")
    assert share_number_format(0.49) == low and share_number_format(0.5) == high
