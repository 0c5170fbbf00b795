"""The country a report is set in, for actors the text gives none (issue 6, session 9), and the journalists of a
report's credit lines; on short reports of our own."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from actor_harness import coded_at, read_text
from conftest import alias


pipe = alias("actors_pipe")


def code(pipe: Pipeline, text: str, phrase: str, nth: int = 0, on: date = date(2011, 3, 1)):
    return coded_at(read_text(pipe, text, on), phrase, nth, on)


TRIAL = ("Jury selection began on Monday in the trial of a nurse accused of poisoning patients in Ohio. "
         "Prosecutors in Columbus read out the charges. "
         "Dr Alan Mercer supplied the drug, they said. "
         "The jurors heard from the head of the hospital. "
         "Dr Mercer denies the charges. "
         "Reporters waited outside the courthouse as residents gathered.")


def test_a_doctor_with_no_nationality_takes_the_setting(pipe):
    a = code(pipe, TRIAL, "Dr Alan Mercer")
    assert a is not None and (a.country, a.sector) == ("USA", "MED")
    assert a.confidence < 0.5  # an assumption, said to be one
    assert code(pipe, TRIAL, "Dr Mercer").country == "USA"


def test_unnamed_jurors_and_residents_take_the_setting(pipe):
    jurors = code(pipe, TRIAL, "jurors")
    assert jurors is not None and (jurors.country, jurors.sector) == ("USA", "JUD")
    residents = code(pipe, TRIAL, "residents")
    assert residents is not None and (residents.country, residents.sector) == ("USA", "CVL")


def test_the_setting_is_an_assumption_with_its_evidence(pipe):
    adoc = pipe(AnnotatedDocument(Document(id="t", source="t", text=TRIAL,
                                           published=DateInterval.day(date(2011, 3, 1)))))
    from chronicler.actors.stage import ActorsComponent

    drafts = ActorsComponent().drafts(adoc)
    mercer = next(d for d in drafts if d.text == "Dr Alan Mercer")
    assert any("assumed: the report is set there" in e for e in mercer.evidence)
    actor = code(pipe, TRIAL, "Dr Alan Mercer")
    assert actor.evidence and "assumed: the report is set there" in actor.evidence  # kept on the actor


def test_no_setting_when_two_countries_share_the_report(pipe):
    text = ("Talks between Peru and Chile opened in Geneva on Tuesday. Chilean officials arrived on Monday. "
            "Peruvian officials arrived on Tuesday. Lima and Santiago both said they hoped for a deal. "
            "Maria Ortega chaired the first session.")
    a = code(pipe, text, "Maria Ortega")
    assert a is None or a.country is None


def test_a_one_sentence_report_has_no_setting_of_its_own(pipe):
    a = code(pipe, "Protesters gathered in Cairo as Dr Samir Adel spoke.", "Dr Samir Adel")
    assert a is None or a.country in (None, "EGY")  # only the sentence's own guess may place him


VISITS = ("Flooding hit towns across Bavaria on Monday. Munich sent rescue boats. Germany asked for help. "
          "Tourists said they would stay away. About 40% of the population lost power. "
          "Analysts said insurers faced heavy losses.")


@pytest.mark.parametrize("phrase", ["Tourists", "the population", "Analysts"])
def test_visitors_shares_and_commentators_are_not_placed(pipe, phrase):
    a = code(pipe, VISITS, phrase)
    assert a is None or a.country is None, phrase


def test_people_around_the_world_are_in_no_one_country(pipe):
    text = ("The outbreak began in Mexico in April. Mexico closed its schools. Mexican doctors worked all night. "
            "The virus has since infected people around the world.")
    a = code(pipe, text, "people")
    assert a is None or a.country is None


def test_a_company_named_nearby_does_not_place_workers(pipe):
    text = ("Oil reached the coast of Louisiana on Friday. Fishermen in Louisiana stayed in port. "
            "The US Coast Guard said the slick was growing. Washington sent more ships. "
            "Greenpeace accused Shell of threatening to sack workers who complained.")
    a = code(pipe, text, "workers")
    assert a is not None and a.country == "USA"  # the setting, not Shell's home country


# ---------------------------------------------------------------- credit lines

WIRE = ("Health officials in Hanoi said two more people had died of the flu. The Vietnamese ministry closed "
        "three schools. (Reporting by Tran Van Minh; Editing by Paul Grey)")


@pytest.mark.parametrize("name", ["Tran Van Minh", "Paul Grey"])
def test_credit_line_names_journalists_of_no_setting(pipe, name):
    a = code(pipe, WIRE, name)
    assert a is not None and a.sector == "JRN" and a.country is None


def test_a_byline_with_an_outlet_gives_its_country(pipe):
    text = "March 3, 2011 | By Ann Kilby, CNN\nThe streets of Cairo were calm on Thursday. Shops reopened."
    a = code(pipe, text, "Ann Kilby")
    assert a is not None and (a.country, a.sector) == ("USA", "JRN")


def test_a_correspondents_caption_is_a_journalist(pipe):
    text = ("Rescue teams are still searching the rubble in Port-au-Prince. Haitian officials fear thousands died. "
            "Tom Reed reports from a hospital in the capital.")
    a = code(pipe, text, "Tom Reed")
    assert a is not None and a.sector == "JRN" and a.country != "HTI"


def test_a_source_who_reported_something_is_no_journalist(pipe):
    text = "The governor of Texas reported that ten people had died. Texas officials said more rain was coming."
    a = code(pipe, text, "The governor")
    assert a is not None and a.sector != "JRN"
