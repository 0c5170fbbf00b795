"""Actor sectors beyond the first lists (issue 6, session 8): the coverage sweep of agent nouns by PLOVER sector and
the rules on whose a group is (a side-naming modifier over the head noun, kin of an office holder, faith + scholars,
the country inside a body named before a title), on sentences of our own."""

from __future__ import annotations

import importlib.util

import pytest

from chronicler.actors.lexicon import default_lexicon
from chronicler.actors.wording import side_over_head

from actor_harness import country_and_sector
from conftest import ROOT, alias


pipe = alias("actors_pipe")


code = country_and_sector


@pytest.mark.parametrize("text, phrase, want", [
    ("Ecuadorian prison guards ended their protest.", "Ecuadorian prison guards", ("ECU", "COP")),
    ("Moroccan plainclothes police detained two bloggers.", "Moroccan plainclothes police", ("MAR", "COP")),
    ("Tunisian mourners gathered outside the morgue.", "Tunisian mourners", ("TUN", "CVL")),
    ("Malian herdsmen accused the army of stealing cattle.", "Malian herdsmen", ("MLI", "AGR")),
    ("Bolivian truckers blocked the main highway.", "Bolivian truckers", ("BOL", "LAB")),
    ("Iranian mullahs condemned the film.", "Iranian mullahs", ("IRN", "REL")),
    ("A Sudanese lecturer was detained at the airport.", "Sudanese lecturer", ("SDN", "EDU")),
    ("Liberian returnees reached Monrovia by boat.", "Liberian returnees", ("LBR", "REF")),
    ("Italian mafia bosses were jailed.", "Italian mafia", ("ITA", "CRM")),
    ("Ukrainian paramedics reached the site.", "Ukrainian paramedics", ("UKR", "MED")),
    ("A Croatian magazine printed the photographs.", "Croatian magazine", ("HRV", "JRN")),
    ("Indonesian pro-democracy activists met in Jakarta.", "Indonesian pro-democracy activists", ("IDN", "OPP")),
    ("A Burmese spy chief flew to Bangkok.", "Burmese spy chief", ("MMR", "SPY")),
])
def test_agent_nouns_of_each_sector(pipe, text, phrase, want):
    assert code(pipe, text, phrase) == want


@pytest.mark.parametrize("text, phrase, want", [
    # a side-naming modifier says whose armed men they are
    ("Congolese rebel troops took the airport.", "Congolese rebel troops", ("COD", "REB")),
    ("Georgian police commandos raided the flat.", "Georgian police commandos", ("GEO", "COP")),
    # the opposition over a civilian or government head noun
    ("Kenyan opposition politicians boycotted the session.", "Kenyan opposition politicians", ("KEN", "OPP")),
    # an interior ministry's armed units police the country
    ("Egyptian Interior Ministry forces dispersed the sit-in.", "Egyptian Interior Ministry forces", ("EGY", "COP")),
    # the head noun still decides when the modifier names no side
    ("Chadian army officers met the envoy.", "Chadian army officers", ("TCD", "MIL")),
])
def test_modifier_naming_a_side_wins_over_the_head_noun(pipe, text, phrase, want):
    assert code(pipe, text, phrase) == want


def test_kin_of_an_office_holder_are_elites_and_of_others_civilians(pipe):
    assert code(pipe, "The daughter of the Angolan president bought the bank.", "daughter")[1] == "ELI"
    assert code(pipe, "The daughter of a Kenyan farmer was hurt.", "daughter")[1] == "CVL"


def test_faith_word_makes_scholars_religious(pipe):
    assert code(pipe, "Sunni scholars in Cairo issued a ruling.", "Sunni scholars")[1] == "REL"
    assert code(pipe, "Egyptian scholars published the study.", "Egyptian scholars") == ("EGY", "EDU")


def test_country_inside_a_body_named_before_a_title(pipe):
    got = code(pipe, "Indonesian National Police spokesman Agus Rianto confirmed the arrests.",
               "Indonesian National Police spokesman Agus Rianto")
    assert got == ("IDN", "COP")


def test_presidential_is_the_government(pipe):
    assert code(pipe, "A Nigerian presidential spokesman denied the claim.",
                "Nigerian presidential spokesman") == ("NGA", "GOV")


def test_side_over_head_only_for_sides():
    assert side_over_head("MIL", "REB") == "REB"
    assert side_over_head("MIL", "GOV") is None  # "government troops" stay MIL
    assert side_over_head("CVL", "OPP") == "OPP"
    assert side_over_head("LEG", "OPP") is None  # an opposition lawmaker is still a lawmaker
    assert side_over_head("MIL", None) is None


def test_sweep_rows_keep_the_gsr_conventions_of_curated_words():
    """The sweep appends to group_nouns.csv; curated words keep their sector (the GSR codes militiamen and suicide
    bombers as military)."""
    lex = default_lexicon()
    assert lex.lookup_noun("militiamen").sector == "MIL"
    assert lex.lookup_noun("suicide bomber").sector == "MIL"
    assert lex.lookup_noun("border guards").sector == "MIL"
    assert lex.lookup_noun("lawyers").sector is None  # listed with no sector: the words around decide


def test_sector_blind_split_is_fixed_by_key():
    spec = importlib.util.spec_from_file_location("_actor_country", ROOT / "eval" / "_actor_country.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    rows = mod._probe_rows(mod.SECTOR_BLIND)
    parts = {r[5]: mod.sector_part(r[5]) for r in rows}
    assert set(parts.values()) == {"tune", "measure"}
    assert all(mod.sector_part(r[5]) == parts[r[5]] for r in rows)  # one key, one part
