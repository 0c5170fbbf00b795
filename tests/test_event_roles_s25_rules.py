"""Roles of session 25 (issue 7), read over the real actors stage: the country forces leave ("troops left X").
Sentences of our own, not of any check set."""

from __future__ import annotations

import pytest

from conftest import alias
from test_event_roles_s13 import main_roles

pipe = alias("actors_pipe")


@pytest.mark.parametrize("text, want", [
    # the object of a verb of leaving is the country left
    ("Vietnamese troops left Cambodia in September 1989.", ("RETREAT", "VNM", "KHM")),
    ("Soviet troops quit Afghanistan in February 1989.", ("RETREAT", "RUS", "AFG")),
])
def test_forces_leaving_a_country_target_it(pipe, text, want):
    assert main_roles(pipe, text) == want
