"""Heads of state and government the office-holder KB lacked (issue 6, session 21, lead): Poland since 1991,
Portugal, Sweden, Norway, Thailand, the Philippines, Peru, Sri Lanka and others, and foreign ministers of seven
states; a name is coded with the office held on the report's date. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from actor_harness import coded_at, read_text
from conftest import alias

pipe = alias("actors_pipe")

#: (sentence, phrase, report date, (country, sector, KB id)): a named office holder in office on that date.
IN_OFFICE = [
    ("Mateusz Morawiecki met farmers' leaders in Lublin on Monday.", "Mateusz Morawiecki", date(2019, 3, 4),
     ("POL", "GOV", "morawiecki-mateusz")),
    ("Beata Szydlo defended the court reform in parliament.", "Beata Szydlo", date(2016, 7, 20),
     ("POL", "GOV", "szydlo-beata")),
    ("Andrzej Duda signed the budget bill on Friday.", "Andrzej Duda", date(2018, 1, 26),
     ("POL", "GOV", "duda-andrzej")),
    ("Lech Kaczynski vetoed the media law.", "Lech Kaczynski", date(2008, 11, 12), ("POL", "GOV", "kaczynski-lech")),
    # a former UN chief who led his own government is that government then
    ("Antonio Guterres met union leaders in Lisbon.", "Antonio Guterres", date(1998, 4, 2),
     ("PRT", "GOV", "guterres-antonio")),
    ("Essam Sharaf met the families of the victims on Sunday.", "Essam Sharaf", date(2011, 5, 8),
     ("EGY", "GOV", "sharaf-essam")),
    ("Ali Zeidan promised to disarm the militias.", "Ali Zeidan", date(2013, 10, 12), ("LBY", "GOV", "zeidan-ali")),
    ("Moncef Marzouki addressed the assembly in Tunis.", "Moncef Marzouki", date(2012, 4, 9),
     ("TUN", "GOV", "marzouki-moncef")),
    # foreign ministers
    ("Faisal Mekdad received the Iranian envoy in Damascus.", "Faisal Mekdad", date(2022, 6, 14),
     ("SYR", "GOV", "mekdad-faisal")),
    ("Witold Waszczykowski criticised the Commission's report.", "Witold Waszczykowski", date(2016, 5, 18),
     ("POL", "GOV", "waszczykowski-witold")),
    ("Espen Barth Eide spoke at the donors' meeting.", "Espen Barth Eide", date(2024, 2, 20),
     ("NOR", "GOV", "eide-espen-barth")),
]


def _coded(pipe, text: str, phrase: str, on: date) -> tuple[str | None, str | None, str | None]:
    actor = coded_at(read_text(pipe, text, on), phrase, on=on)
    return (actor.country, actor.sector, actor.kb_id) if actor is not None else (None, None, None)


@pytest.mark.parametrize("text, phrase, on, expected", IN_OFFICE, ids=[row[1] for row in IN_OFFICE])
def test_a_named_office_holder_is_their_states_government_then(pipe, text, phrase, on, expected):
    assert _coded(pipe, text, phrase, on) == expected


def test_one_person_two_offices_the_date_decides(pipe):
    # Donald Tusk: Poland's prime minister, then president of the European Council, then prime minister again
    assert _coded(pipe, "Donald Tusk spoke to reporters after the cabinet meeting.", "Donald Tusk",
                  date(2010, 10, 5))[:2] == ("POL", "GOV")
    assert _coded(pipe, "Donald Tusk spoke to reporters after the summit.", "Donald Tusk",
                  date(2017, 3, 10))[:2] == ("IGO", "GOV")
    assert _coded(pipe, "Donald Tusk spoke to reporters after the cabinet meeting.", "Donald Tusk",
                  date(2024, 5, 6))[:2] == ("POL", "GOV")


def test_namesakes_of_one_country_are_told_apart_by_the_date(pipe):
    # two Philippine presidents named Aquino, two named Marcos: the one in office on the report's date
    assert _coded(pipe, "Aquino toured the flooded provinces on Sunday.", "Aquino", date(1987, 8, 30))[2] == \
        "aquino-corazon"
    assert _coded(pipe, "Aquino toured the flooded provinces on Sunday.", "Aquino", date(2012, 8, 12))[2] == \
        "aquino-benigno-iii"
    assert _coded(pipe, "Marcos addressed the nation on Monday.", "Marcos", date(1984, 9, 3))[2] == "marcos-ferdinand"
    assert _coded(pipe, "Marcos addressed the nation on Monday.", "Marcos", date(2023, 9, 4))[2] == \
        "marcos-ferdinand-jr"
