"""Required management review inputs (desktop.domain.reviews)."""

from __future__ import annotations

import datetime as dt
import re

from desktop.domain.records import ManagementReview
from desktop.domain.reviews import REQUIRED_INPUTS, missing_inputs, required_inputs

CJK = re.compile(r"[\u4e00-\u9fff]")


def _ids(family: str) -> list[str]:
    return [i.id for i in REQUIRED_INPUTS[family]]


def test_iso9001_lists_9_3_2_a_to_f_with_c_split_into_seven_points() -> None:
    assert _ids("iso9001") == [
        "iso9001:9.3.2.a", "iso9001:9.3.2.b", "iso9001:9.3.2.b.climate",
        *(f"iso9001:9.3.2.c.{n}" for n in range(1, 8)),
        "iso9001:9.3.2.d", "iso9001:9.3.2.e", "iso9001:9.3.2.f",
    ]


def test_iso14001_includes_obligations_aspects_risks_and_complaints() -> None:
    by_id = {i.id: i for i in REQUIRED_INPUTS["iso14001"]}
    assert len(by_id) == 14
    assert by_id["iso14001:9.3.b.2"].clause == "9.3 b) 2)"
    assert "compliance obligations" in by_id["iso14001:9.3.b.2"].title.en
    assert "重要环境因素" in by_id["iso14001:9.3.b.3"].title.zh
    assert "risks and opportunities" in by_id["iso14001:9.3.b.4"].title.en
    assert "complaints" in by_id["iso14001:9.3.f"].title.en


def test_iso45001_includes_worker_consultation_incidents_and_compliance() -> None:
    by_id = {i.id: i for i in REQUIRED_INPUTS["iso45001"]}
    assert len(by_id) == 16  # a, b + climate, b 1-3, c, d 1-6, e, f, g
    assert "consultation and participation of workers" in by_id["iso45001:9.3.d.5"].title.en
    assert "incidents" in by_id["iso45001:9.3.d.1"].title.en
    assert "compliance evaluation" in by_id["iso45001:9.3.d.3"].title.en


def test_each_family_has_the_amd_1_2024_climate_input() -> None:
    for family, inputs in REQUIRED_INPUTS.items():
        climate = [i for i in inputs if i.id.endswith(".climate")]
        assert len(climate) == 1, family
        assert "Amd 1:2024" in climate[0].clause and "气候变化" in climate[0].title.zh


def test_every_input_is_bilingual_with_a_unique_id_of_its_family() -> None:
    every = [i for inputs in REQUIRED_INPUTS.values() for i in inputs]
    assert len({i.id for i in every}) == len(every) == 13 + 14 + 16
    for item in every:
        assert item.id.startswith(f"{item.family}:")
        assert item.title.en and CJK.search(item.title.zh), item.id


def test_required_inputs_in_family_order_each_family_once_custom_none() -> None:
    inputs = required_inputs(["iso14001", "custom-abc", "iso9001", "iso14001"])
    assert [i.family for i in inputs] == ["iso14001"] * 14 + ["iso9001"] * 13
    assert required_inputs(["custom-abc"]) == ()


def test_missing_inputs_are_those_not_recorded() -> None:
    recorded = frozenset(_ids("iso9001")) - {"iso9001:9.3.2.c.7", "iso9001:9.3.2.b.climate"}
    review = ManagementReview(id=1, held_on=dt.date(2026, 5, 1), inputs=recorded)
    assert [i.id for i in missing_inputs(review, "iso9001")] == [
        "iso9001:9.3.2.b.climate", "iso9001:9.3.2.c.7"]
    assert len(missing_inputs(review, "iso45001")) == 16
    assert missing_inputs(review, "custom-abc") == ()
