"""Heads of state and government the office-holder KB lacked (issue 6, session 21, lead): Poland since 1991,
Portugal, Sweden, Norway, Thailand, the Philippines, Peru, Sri Lanka and others; a name is coded with the office
held on the report's date. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from actor_harness import coded_at, read_text
from conftest import alias

pipe = alias("actors_pipe")


def _coded(pipe, text: str, phrase: str, on: date) -> tuple[str | None, str | None, str | None]:
    actor = coded_at(read_text(pipe, text, on), phrase, on=on)
    return (actor.country, actor.sector, actor.kb_id) if actor is not None else (None, None, None)


def test_a_polish_prime_minister_named_alone_is_polands_government(pipe):
    assert _coded(pipe, "Mateusz Morawiecki met farmers' leaders in Lublin on Monday.", "Mateusz Morawiecki",
                  date(2019, 3, 4)) == ("POL", "GOV", "morawiecki-mateusz")
    assert _coded(pipe, "Beata Szydlo defended the court reform in parliament.", "Beata Szydlo",
                  date(2016, 7, 20)) == ("POL", "GOV", "szydlo-beata")


def test_one_person_two_offices_the_date_decides(pipe):
    # Donald Tusk: Poland's prime minister, then president of the European Council, then prime minister again
    assert _coded(pipe, "Donald Tusk spoke to reporters after the cabinet meeting.", "Donald Tusk",
                  date(2010, 10, 5))[:2] == ("POL", "GOV")
    assert _coded(pipe, "Donald Tusk spoke to reporters after the summit.", "Donald Tusk",
                  date(2017, 3, 10))[:2] == ("IGO", "IGO")
    assert _coded(pipe, "Donald Tusk spoke to reporters after the cabinet meeting.", "Donald Tusk",
                  date(2024, 5, 6))[:2] == ("POL", "GOV")


def test_a_polish_president_in_office_then(pipe):
    assert _coded(pipe, "Andrzej Duda signed the budget bill on Friday.", "Andrzej Duda",
                  date(2018, 1, 26)) == ("POL", "GOV", "duda-andrzej")
    assert _coded(pipe, "Lech Kaczynski vetoed the media law.", "Lech Kaczynski",
                  date(2008, 11, 12)) == ("POL", "GOV", "kaczynski-lech")


def test_namesakes_of_one_country_are_told_apart_by_the_date(pipe):
    # two Philippine presidents named Aquino, two named Marcos: the one in office on the report's date
    assert _coded(pipe, "Aquino toured the flooded provinces on Sunday.", "Aquino", date(1987, 8, 30))[2] == \
        "aquino-corazon"
    assert _coded(pipe, "Aquino toured the flooded provinces on Sunday.", "Aquino", date(2012, 8, 12))[2] == \
        "aquino-benigno-iii"
    assert _coded(pipe, "Marcos addressed the nation on Monday.", "Marcos", date(1984, 9, 3))[2] == "marcos-ferdinand"
    assert _coded(pipe, "Marcos addressed the nation on Monday.", "Marcos", date(2023, 9, 4))[2] == \
        "marcos-ferdinand-jr"


def test_a_former_un_chief_who_led_his_government_is_that_government_then(pipe):
    assert _coded(pipe, "Antonio Guterres met union leaders in Lisbon.", "Antonio Guterres",
                  date(1998, 4, 2)) == ("PRT", "GOV", "guterres-antonio")


def test_arab_spring_era_heads_of_government_are_their_states_government(pipe):
    assert _coded(pipe, "Essam Sharaf met the families of the victims on Sunday.", "Essam Sharaf",
                  date(2011, 5, 8)) == ("EGY", "GOV", "sharaf-essam")
    assert _coded(pipe, "Ali Zeidan promised to disarm the militias.", "Ali Zeidan",
                  date(2013, 10, 12)) == ("LBY", "GOV", "zeidan-ali")
    assert _coded(pipe, "Moncef Marzouki addressed the assembly in Tunis.", "Moncef Marzouki",
                  date(2012, 4, 9)) == ("TUN", "GOV", "marzouki-moncef")


def test_foreign_ministers_the_kb_lacked(pipe):
    assert _coded(pipe, "Faisal Mekdad received the Iranian envoy in Damascus.", "Faisal Mekdad",
                  date(2022, 6, 14)) == ("SYR", "GOV", "mekdad-faisal")
    assert _coded(pipe, "Witold Waszczykowski criticised the Commission's report.", "Witold Waszczykowski",
                  date(2016, 5, 18)) == ("POL", "GOV", "waszczykowski-witold")
    assert _coded(pipe, "Espen Barth Eide spoke at the donors' meeting.", "Espen Barth Eide",
                  date(2024, 2, 20)) == ("NOR", "GOV", "eide-espen-barth")
