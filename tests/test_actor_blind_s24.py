"""A state's own Security Council and its secretary; USAID and its administrators; defence ministers of Ethiopia,
Kuwait, Myanmar and Kazakhstan the KB lacked; gunmen of a named armed body (issue 6, session 24:
actors/statecouncils.py, wording.side_over_head, data/office_terms.csv, actor_roles.csv, institutions.csv).
Sentences written for these tests (not rows of the blind set s24)."""

from __future__ import annotations

from datetime import date

import pytest

from actor_harness import country_and_sector
from conftest import alias

pipe = alias("actors_pipe")


@pytest.mark.parametrize("text, phrase, on, want", [
    # the state's word before the bare name: that state's executive body, not the UN's
    ("Russia's Security Council held an emergency session on Tuesday.", "Russia's Security Council", None,
     ("RUS", "GOV")),
    ("Kazakhstan's Security Council approved the new military doctrine.", "Kazakhstan's Security Council", None,
     ("KAZ", "GOV")),
    # the secretary's post: the person's own state from the KB, not the UN
    ("Security Council Secretary Nikolai Patrushev flew to Beijing for talks.", "Nikolai Patrushev",
     date(2019, 6, 5), ("RUS", "GOV")),
    ("Sergei Shoigu, who now runs Russia's Security Council, visited Tehran.", "Sergei Shoigu", date(2024, 11, 10),
     ("RUS", "GOV")),
    ("Oleksiy Danilov warned that Moscow was massing tanks near the border.", "Oleksiy Danilov", date(2022, 1, 20),
     ("UKR", "GOV")),
])
def test_a_state_security_council_and_its_secretary(pipe, text, phrase, on, want):
    assert country_and_sector(pipe, text, phrase, on) == want


@pytest.mark.parametrize("text, phrase", [
    ("The Security Council met behind closed doors to discuss the missile launch.", "The Security Council"),
    ("The U.N. Security Council condemned the coup in Niger.", "The U.N. Security Council"),
])
def test_the_bare_security_council_stays_the_uns(pipe, text, phrase):
    assert country_and_sector(pipe, text, phrase) == ("IGO", "GOV")


@pytest.mark.parametrize("text, phrase, on", [
    ("USAID pledged emergency shelters for the flood victims.", "USAID", None),
    ("USAID Administrator Rajiv Shah toured a clinic in Port-au-Prince.", "USAID Administrator Rajiv Shah",
     date(2010, 2, 1)),
    ("Andrew Natsios promised to rebuild the irrigation canals.", "Andrew Natsios", date(2003, 6, 1)),
])
def test_usaid_and_its_administrators_are_the_us_government(pipe, text, phrase, on):
    assert country_and_sector(pipe, text, phrase, on) == ("USA", "GOV")


@pytest.mark.parametrize("text, phrase, on, country", [
    ("Kenea Yadeta inspected the troops in Mekelle.", "Kenea Yadeta", date(2021, 2, 1), "ETH"),
    ("Lemma Megersa met a Chinese military delegation.", "Lemma Megersa", date(2019, 9, 1), "ETH"),
    ("Sheikh Nasser Sabah al-Ahmad al-Sabah received the British defence secretary.",
     "Sheikh Nasser Sabah al-Ahmad al-Sabah", date(2018, 3, 1), "KWT"),
    ("Mya Tun Oo defended the air strikes at a news conference.", "Mya Tun Oo", date(2022, 3, 1), "MMR"),
    ("Adilbek Dzhaksybekov reviewed a parade in Astana.", "Adilbek Dzhaksybekov", date(2011, 5, 7), "KAZ"),
])
def test_defence_ministers_the_kb_lacked(pipe, text, phrase, on, country):
    assert country_and_sector(pipe, text, phrase, on) == (country, "GOV")


@pytest.mark.parametrize("text, phrase, want", [
    ("Taliban gunmen ambushed a police patrol in Ghazni.", "Taliban gunmen", ("AFG", "REB")),
    ("Hezbollah gunmen blocked the road to the airport.", "Hezbollah gunmen", ("LBN", "REB")),
    ("Gunmen from the Pakistani Taliban stormed a school in Peshawar.", "Gunmen from the Pakistani Taliban",
     ("PAK", "REB")),
    ("Unidentified gunmen shot dead a judge in Quetta.", "Unidentified gunmen", ("PAK", "UAF")),
])
def test_gunmen_of_a_named_armed_body_are_that_body(pipe, text, phrase, want):
    assert country_and_sector(pipe, text, phrase) == want

