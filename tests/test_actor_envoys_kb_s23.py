"""Later offices the office-holder KB had no type for, heads of more international bodies, and more defence
ministers (issue 6, session 23): a deputy minister, an agency head, a special envoy or ambassador, a presidential
aide (GOV of their state), a director of national intelligence (SPY), an IGO's commissioner or vice-president; the
heads of the IMF, the World Bank, the WHO, the African Union Commission and the Arab League (country IGO, sector GOV
as the GSR-derived news gold codes an IGO's officials; their own state outside those terms); defence ministers of
Kazakhstan, Libya, Sudan, Myanmar and Sri Lanka. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from actor_harness import coded_at, read_text
from conftest import alias

pipe = alias("actors_pipe")

#: (sentence, phrase, report date, (country, sector)): a named holder on that date.
HOLDERS = [
    # later national offices with no type before (envoys, deputies, agency heads, aides)
    ("Samantha Power announced a grant for farmers in Kenya.", "Samantha Power", date(2022, 6, 8), ("USA", "GOV")),
    ("John Negroponte told the senators that al-Qaeda was regrouping.", "John Negroponte", date(2007, 1, 11),
     ("USA", "SPY")),
    ("John Negroponte met the Sudanese leaders in Khartoum.", "John Negroponte", date(2007, 4, 13),
     ("USA", "GOV")),
    ("Richard Holbrooke visited a refugee camp near Peshawar.", "Richard Holbrooke", date(2009, 6, 4),
     ("USA", "GOV")),
    ("Zalmay Khalilzad held a new round of talks with the Taliban in Qatar.", "Zalmay Khalilzad",
     date(2019, 5, 1), ("USA", "GOV")),
    ("Nikolai Patrushev accused Washington of preparing new sanctions.", "Nikolai Patrushev", date(2016, 3, 2),
     ("RUS", "GOV")),
    ("Nikolai Patrushev briefed the president on the shipyards.", "Nikolai Patrushev", date(2025, 3, 3),
     ("RUS", "GOV")),
    ("Nikolai Patrushev said the bombers had been trained abroad.", "Nikolai Patrushev", date(2004, 9, 7),
     ("RUS", "SPY")),
    ("Paul Wolfowitz visited the troops in Baghdad.", "Paul Wolfowitz", date(2003, 7, 20), ("USA", "GOV")),
    # heads of international bodies in office: the IGO's officials (IGO/GOV)
    ("Frans Timmermans urged the member states to back the climate law.", "Frans Timmermans", date(2020, 9, 17),
     ("IGO", "GOV")),
    ("Tedros Adhanom Ghebreyesus called the virus public enemy number one.", "Tedros Adhanom Ghebreyesus",
     date(2020, 2, 11), ("IGO", "GOV")),
    ("Christine Lagarde said Greece needed debt relief.", "Christine Lagarde", date(2016, 5, 25), ("IGO", "GOV")),
    ("Kristalina Georgieva approved an emergency loan for Pakistan.", "Kristalina Georgieva", date(2023, 7, 12),
     ("IGO", "GOV")),
    ("James Wolfensohn visited the flooded villages of Mozambique.", "James Wolfensohn", date(2000, 3, 9),
     ("IGO", "GOV")),
    ("Margaret Chan warned that the flu virus could spread quickly.", "Margaret Chan", date(2009, 4, 29),
     ("IGO", "GOV")),
    ("Jean Ping met the leaders of the junta in Nouakchott.", "Jean Ping", date(2008, 8, 12), ("IGO", "GOV")),
    ("Nabil Elaraby sent monitors to the Syrian cities.", "Nabil Elaraby", date(2011, 12, 27), ("IGO", "GOV")),
    ("Ahmed Aboul Gheit opened the summit in Riyadh.", "Ahmed Aboul Gheit", date(2017, 1, 5), ("IGO", "GOV")),
    ("Hans Blix asked Baghdad for the names of its scientists.", "Hans Blix", date(2003, 1, 20), ("IGO", "GOV")),
    # defence ministers of states the KB had none for
    ("Daniyal Akhmetov reviewed the parade in Astana.", "Daniyal Akhmetov", date(2008, 5, 7), ("KAZ", "GOV")),
    ("Nurlan Yermekbayev signed a training pact with the Uzbek side.", "Nurlan Yermekbayev", date(2020, 2, 11),
     ("KAZ", "GOV")),
    ("Osama al-Juwaili said the brigades would hand in their heavy weapons.", "Osama al-Juwaili",
     date(2012, 5, 2), ("LBY", "GOV")),
    ("Awad Ibn Auf inspected the troops in Darfur.", "Awad Ibn Auf", date(2016, 10, 5), ("SDN", "GOV")),
]


def _coded(pipe, text: str, phrase: str, on: date) -> tuple[str | None, str | None]:
    actor = coded_at(read_text(pipe, text, on), phrase, on=on)
    return (actor.country, actor.sector) if actor is not None else (None, None)


@pytest.mark.parametrize("text, phrase, on, expected", HOLDERS, ids=[f"{r[1]}-{r[2].year}" for r in HOLDERS])
def test_a_named_holder_has_the_sector_of_the_office_held_then(pipe, text, phrase, on, expected):
    assert _coded(pipe, text, phrase, on) == expected


#: (sentence, phrase, report date, (country, sector)): the same people in an earlier office, or out of office.
OTHER_DATES = [
    ("Tedros Adhanom met the Sudanese foreign minister in Addis Ababa.", "Tedros Adhanom", date(2013, 6, 4),
     ("ETH", "GOV")),
    ("Frans Timmermans called for an international inquiry into the crash.", "Frans Timmermans",
     date(2014, 7, 18), ("NLD", "GOV")),
    ("Dominique Strauss-Kahn gave a lecture on the euro in Paris.", "Dominique Strauss-Kahn", date(2016, 11, 3),
     ("FRA", "ELI")),
    ("Richard Holbrooke wrote that the peace in Bosnia was fragile.", "Richard Holbrooke", date(2006, 11, 20),
     ("USA", "ELI")),
]


@pytest.mark.parametrize("text, phrase, on, expected", OTHER_DATES, ids=[f"{r[1]}-{r[2].year}" for r in OTHER_DATES])
def test_the_date_decides_between_a_persons_offices(pipe, text, phrase, on, expected):
    assert _coded(pipe, text, phrase, on) == expected


def test_posts_with_many_holders_name_no_holder():
    from chronicler.actors import kbview
    from chronicler.actors.office_kb import MANY_HOLDERS, SINGLE_HOLDER

    for office in ("deputy_minister", "agency_head", "envoy", "presidential_aide", "commissioner"):
        assert office in MANY_HOLDERS and office not in SINGLE_HOLDER
    # a new IGO code is coded IGO, and its head is found by the title on a date
    assert kbview.plover_country("IMF") == "IGO"
    assert kbview.holder("IMF", "IMF Managing Director", date(2015, 1, 5)).person_id == "lagarde-christine"
