"""Bare institutional and group mentions ("the government", "police", "soldiers") take the country the whole report
supports (issue 6, session 11, ``actors/context.py``): an earlier full mention, the dateline, the country the report
is mostly about; never when the report is shared by two countries. On short reports of our own."""

from __future__ import annotations

from datetime import date

from chronicler.pipeline import Pipeline

from actor_harness import coded_at, read_text
from conftest import alias

ON = date(2012, 5, 7)


pipe = alias("actors_pipe")


def code(pipe: Pipeline, text: str, phrase: str, nth: int = 0, **meta):
    return coded_at(read_text(pipe, text, ON, **meta), phrase, nth, ON)


# One country's story in which a foreign company is named more often than the country itself: the company's home
# says where it is registered, not where the report is set.
SPILL = ("Shell shut a leaking pipeline in the Niger Delta on Sunday. "
         "Shell said the leak had been contained. "
         "Shell engineers flew in from the Netherlands. "
         "Fishermen in Bayelsa said their nets were ruined. "
         "The government ordered an inquiry into the leak. "
         "Villagers in Nigeria have long complained about spills.")


def test_a_foreign_company_does_not_hide_the_country_a_report_is_about(pipe):
    gov = code(pipe, SPILL, "The government")
    assert gov is not None and (gov.country, gov.sector) == ("NGA", "GOV")
    assert gov.confidence < 0.5  # an assumption, said to be one
    assert gov.evidence and "report" in gov.evidence  # the cue and the share it rests on


# Two countries share the report; the lead names one of them twice, which is no reason to give it "the government".
TALKS = ("Egypt accused Ethiopia on Monday of stalling talks on the Nile dam. "
         "Egypt said the filling of the reservoir threatened its water supply. "
         "The talks ended without a deal. "
         "Ethiopia said the dam would bring power to millions. "
         "Cairo wants a binding agreement on how fast the reservoir is filled. "
         "The government said the talks would resume next month.")


def test_a_report_shared_by_two_countries_leaves_the_government_uncoded(pipe):
    gov = code(pipe, TALKS, "The government")
    assert gov is None or gov.country is None


# An earlier full mention settles a later bare one, however far back, in a report about two countries.
BORDER = ("Sudanese police fired tear gas at traders near the border with South Sudan on Friday. "
          "South Sudan said the traders were its citizens. "
          "Juba recalled its envoy. "
          "Khartoum said the border was closed. "
          "South Sudanese officials said talks were planned. "
          "Police later released eleven of the traders.")


def test_a_bare_group_takes_the_country_of_its_earlier_full_mention(pipe):
    adoc = read_text(pipe, BORDER, ON)
    police = coded_at(adoc, "Police later", on=ON)
    assert police is not None and (police.country, police.sector) == ("SDN", "COP")
    start = BORDER.index("Police later")
    mention = next(m for m in adoc.mentions if m.start == start)
    assert mention.confidence < 0.8  # the actor is Sudan's police; this mention of it is an assumption


# The dateline places a report that names its country once and a neighbour once.
FLOOD = ("Soldiers used boats to reach villages cut off by floods on Monday. "
         "The army said more than 20,000 people had been moved to shelters. "
         "Aid groups said clean water was running short. "
         "Rivers rising in India swelled the Brahmaputra. "
         "Bangladesh asked for more boats.")


def test_the_dateline_places_a_report_that_names_two_countries_once(pipe):
    army = code(pipe, FLOOD, "The army", dateline="Dhaka")
    assert army is not None and (army.country, army.sector) == ("BGD", "MIL")
    soldiers = code(pipe, FLOOD, "Soldiers", dateline="Dhaka")
    assert soldiers is not None and soldiers.country == "BGD"
    undated = code(pipe, FLOOD, "The army")  # without the dateline, one mention each: the report stays open
    assert undated is None or undated.country is None
