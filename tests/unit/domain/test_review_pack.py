"""Every required management review input is answered by one section of the input report."""

from __future__ import annotations

import pytest

from desktop.domain.review_pack import Topic, topic_inputs, topic_of
from desktop.domain.reviews import REQUIRED_INPUTS


def test_every_required_input_has_a_topic() -> None:
    for inputs in REQUIRED_INPUTS.values():
        for needed in inputs:
            assert isinstance(topic_of(needed.id), Topic)


def test_topics_together_list_each_input_once() -> None:
    families = tuple(REQUIRED_INPUTS)
    listed = [i for topic in Topic for i in topic_inputs(topic, families)]
    assert sorted(listed) == sorted(i.id for f in families for i in REQUIRED_INPUTS[f])


def test_climate_inputs_form_their_own_section() -> None:
    assert topic_inputs(Topic.CLIMATE, ("iso9001", "iso45001")) == (
        "iso9001:9.3.2.b.climate", "iso45001:9.3.b.climate")


def test_unknown_input_is_refused() -> None:
    with pytest.raises(KeyError):
        topic_of("iso9001:9.9.9")
