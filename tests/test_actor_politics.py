"""Actor coding of what the second Timeline17 actor gold (political topics, issue 6, session 7) brought out, on
sentences of our own: "Dr" as a courtesy title that yields to an office, a bare surname's WordNet namesake kept
from the full name, news outlets as no evidence of where others are from, a police department, a UK-only title,
and the country a report is mostly about placing people named with an occupation."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.nlp import wordnet
from chronicler.pipeline import Pipeline

from actor_harness import coded_at, read_text
from conftest import alias


pipe = alias("actors_pipe")


def code(pipe: Pipeline, text: str, phrase: str, nth: int = 0, on: date = date(2011, 3, 1)):
    return coded_at(read_text(pipe, text, on), phrase, nth, on, places=True)


def test_dr_without_a_full_stop_is_a_doctor(pipe):
    text = "Dr Helen Marsh examined the injured at the clinic. Dr Marsh said most would recover."
    for phrase, nth in (("Dr Helen Marsh", 0), ("Dr Marsh", 0)):
        a = code(pipe, text, phrase, nth)
        assert a is not None and a.sector == "MED", phrase


def test_an_office_beside_dr_says_more_than_the_doctorate(pipe):
    a = code(pipe, "Health Ministry spokesman Dr Alan Pike said the outbreak was over.", "Dr Alan Pike")
    assert a is not None and a.sector == "GOV"


@pytest.mark.skipif(not wordnet.available(), reason="WordNet files not installed")
def test_a_bare_surnames_namesake_does_not_give_the_full_name_a_country(pipe):
    text = ("Alan Murray opened his bakery on the high street in March. "
            "Murray said business had been slow since the winter.")
    a = code(pipe, text, "Alan Murray")
    assert a is not None and a.country is None  # WordNet's Murrays (a Scottish river, a Scots-born actress) are others


@pytest.mark.parametrize("surname", ["Mandela", "Nelson"])
def test_a_surname_after_a_full_name_is_that_person_not_the_kbs_namesake(pipe, surname):
    text = f"Alan {surname} opened his bakery in March. {surname} said business had been slow."
    full, bare = code(pipe, text, f"Alan {surname}"), code(pipe, text, f"{surname} said")
    assert full is not None and bare is not None and full.id == bare.id == f"person:alan-{surname.lower()}"
    assert full.country is None and full.role is None
    alone = code(pipe, f"{surname} said business had been slow.", surname)
    assert alone is not None and alone.country is not None  # alone, the surname is still the well-known one


def test_an_outlet_is_no_evidence_of_where_people_are_from(pipe):
    a = code(pipe, "CNN staff saw wounded people being carried into the square.", "wounded people")
    assert a is None or a.country != "USA"


def test_a_journalist_beside_an_outlet_is_still_its(pipe):
    a = code(pipe, "Reporter Tom Hale said the BBC crew was detained for six hours.", "Reporter Tom Hale")
    assert a is not None and a.country == "GBR" and a.sector == "JRN"


def test_a_police_department_is_police(pipe):
    a = code(pipe, "The Chicago police department opened an inquiry into the shooting.",
             "The Chicago police department")
    assert a is not None and (a.country, a.sector) == ("USA", "COP")


def test_a_uk_only_title_gives_its_country(pipe):
    text = ("Floods have cut off three towns in Bangladesh. International Development Secretary Mark Dunn said "
            "Britain would send tents and water pumps.")
    a = code(pipe, text, "International Development Secretary Mark Dunn")
    assert a is not None and (a.country, a.sector) == ("GBR", "GOV")
    bare = "Floods have cut off three towns in Bangladesh. The international development secretary said aid was coming."
    b = code(pipe, bare, "The international development secretary")
    assert b is not None and (b.country, b.sector) == ("GBR", "GOV")  # the title alone, no "Britain" beside it


def test_the_prevailing_country_places_a_judge_and_a_doctor(pipe):
    text = ("Kenya's parliament met in Nairobi on Monday. Kenyan police closed roads around Nairobi. "
            "The Kenyan army stayed in its barracks in Mombasa. The judge adjourned the case until Friday. "
            "Dr Omar Farah told the court the victim had died of his wounds.")
    judge = code(pipe, text, "The judge")
    assert judge is not None and (judge.country, judge.sector) == ("KEN", "JUD")
    doctor = code(pipe, text, "Dr Omar Farah")
    assert doctor is not None and (doctor.country, doctor.sector) == ("KEN", "MED")


def test_a_former_doctor_is_no_former_official(pipe):
    a = code(pipe, "Her former doctor, Ian Wells, told the inquiry she had been ill for years.", "Her former doctor")
    assert a is not None and a.sector == "MED"
    b = code(pipe, "Former interior minister Juan Ortega was arrested in Lima on Monday.",
             "Former interior minister Juan Ortega")
    assert b is not None and b.sector == "ELI"
