"""Coding officials and bodies, on our own sentences: lists of named officials, local officials, envoys to a body,
"their leader", indefinite and coordinated titles, warships named after people, state bodies with no country."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.actors.wording import keyword_sector
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from actor_harness import coded_at, read_text
from conftest import alias


pipe = alias("actors_pipe")


def read(pipe: Pipeline, text: str, on: date | None = None) -> AnnotatedDocument:
    return read_text(pipe, text, on)


def at(adoc: AnnotatedDocument, phrase: str, nth: int = 0):
    return coded_at(adoc, phrase, nth)


def test_a_list_of_named_officials_is_not_one_person(pipe):
    a = read(pipe, "The plan was drafted by four officials: Foreign Minister Taro Aso, Defense Agency Director General "
                   "Fukushiro Nukaga, Secretary of State Condoleezza Rice and Defense Secretary Donald Rumsfeld.",
             date(2006, 5, 1))
    rums, nuk = at(a, "Donald Rumsfeld"), at(a, "Fukushiro Nukaga")
    assert (rums.country, rums.role) == ("USA", "defense secretary")
    assert (nuk.country, nuk.role) == ("JPN", "defense minister")
    assert rums.id != nuk.id


@pytest.mark.parametrize("text,name,country,role", [
    ("Okinawa Governor Keiichi Inamine told reporters on Tuesday that the base must close.", "Keiichi Inamine",
     "JPN", "governor"),
    ("Yokosuka Mayor Ryoichi Kabaya said the city would accept the carrier.", "Ryoichi Kabaya", "JPN", "mayor"),
    # the place and title tagged as an entity of their own (ORG, FAC, PERSON) before the name
    ("The envoy was accompanied by Okinawa Governor Keiichi Inamine.", "Keiichi Inamine", "JPN", "governor"),
    ("He was accompanied by Yamaguchi Governor Sekinari Nii.", "Sekinari Nii", "JPN", "governor"),
    ("She was accompanied by Okinawa Governor Hirokazu Nakaima.", "Hirokazu Nakaima", "JPN", "governor"),
])
def test_a_local_official_is_his_countrys_government(pipe, text, name, country, role):
    x = at(read(pipe, text, date(2004, 8, 1)), name)
    assert (x.kind, x.country, x.sector, x.role) == ("person", country, "GOV", role)


def test_an_ambassador_to_a_body_belongs_to_the_sending_state(pipe):
    a = read(pipe, "South Korea's U.N. ambassador, Kim Sook, welcomed the vote on Thursday.", date(2012, 12, 13))
    x = at(a, "Kim Sook")
    assert (x.country, x.sector, x.role) == ("KOR", "GOV", "ambassador")
    body = read(pipe, "The U.N. Secretary-General, Ban Ki-moon, welcomed the vote.", date(2012, 12, 13))
    assert at(body, "Ban Ki-moon").country == "IGO"  # an official of the body itself stays the body's


def test_their_leader_is_the_partys_leader(pipe):
    a = read(pipe, "Japan's Social Democrats walked out of the government after the prime minister sacked their leader, "
                   "Mizuho Fukushima, on Friday.", date(2010, 6, 1))
    x = at(a, "Mizuho Fukushima")
    assert (x.country, x.sector) == ("JPN", "PTY")


def test_an_indefinite_title_is_no_particular_holder(pipe):
    a = read(pipe, "Ichiro Ozawa, the party's leader, spoke on Monday. The ruling party will choose a new leader in "
                   "September.", date(2009, 4, 1))
    ozawa = at(a, "Ichiro Ozawa")
    new = at(a, "leader", nth=1)
    assert new is None or new.id != ozawa.id


def test_coordinated_titles_before_one_name(pipe):
    a = read(pipe, "Deputy Prime Minister and Finance Minister Naoto Kan met bankers on Monday.", date(2010, 3, 1))
    kan = at(a, "Naoto Kan")
    assert (kan.country, kan.sector, kan.role) == ("JPN", "GOV", "deputy prime minister")  # the first named
    texts = [m.text for m in a.mentions if m.actor_id == kan.id]
    assert "Deputy Prime Minister and Finance Minister Naoto Kan" in texts


def test_a_warship_named_after_a_person_acts_for_its_navy(pipe):
    a = read(pipe, "The U.S. aircraft carrier Abraham Lincoln sailed into the gulf on Monday.", date(2003, 3, 1))
    x = at(a, "Abraham Lincoln")
    assert x is not None and (x.kind, x.country, x.sector) == ("group", "USA", "MIL")
    assert not any(a2.kind == "person" for a2 in a.actors)


def test_a_corps_is_no_corporation():
    assert keyword_sector("Futenma Marine Corps") != "BUS"
    assert keyword_sector("Toyota Motor Corp.") == "BUS"


def test_a_court_with_no_country_is_the_reports_country(pipe):
    doc = Document(id="t", source="t", text="The Supreme Court rejected the appeal of the landowners on Friday.",
                   published=DateInterval.day(date(1996, 8, 28)), dateline="Tokyo")
    a = pipe(AnnotatedDocument(doc))
    x = at(a, "Supreme Court")
    assert (x.country, x.sector) == ("JPN", "JUD")


@pytest.mark.parametrize("text,name,country,sector,role", [
    ("Empress Michiko visited the shelter on Wednesday.", "Michiko", "JPN", "GOV", "empress"),
    ("The debate was started by Shoichi Nakagawa, the ruling party's policy chief.", "Shoichi Nakagawa", "JPN", "PTY",
     "party official"),
    ("The Japan Coast Guard arrested the captain of the trawler.", "Japan Coast Guard", "JPN", "GOV", None),
])
def test_facts_of_people_and_bodies(pipe, text, name, country, sector, role):
    x = at(read(pipe, text, date(2006, 10, 18)), name)
    assert (x.country, x.sector, x.role) == (country, sector, role)


def test_a_cabinet_post_the_kb_does_not_track_is_kept_beside_the_kbs_office(pipe):
    a = read(pipe, "Finance Minister Naoto Kan said the yen was too strong.", date(2010, 3, 1))
    assert at(a, "Naoto Kan").role == "finance minister"  # he was also deputy prime minister (the KB's office)
    b = read(pipe, "Naoto Kan said the yen was too strong.", date(2010, 3, 1))
    assert at(b, "Naoto Kan").role == "deputy prime minister"


def test_a_states_waters_are_where_not_who(pipe):
    a = read(pipe, "The rocket fell into Japanese waters while Japanese fishermen watched from their boats.")
    assert not any(m.text == "Japanese" and m.kind != "place" for m in a.mentions if m.start < 30)
    assert at(a, "Japanese fishermen").country == "JPN"  # people of that state still are
    assert all("waters" not in al for x in a.actors for al in x.aliases)


def test_a_local_election_names_the_winner_and_the_incumbent(pipe):
    a = read(pipe, "Kenji Tamura, 58, won the mayoral election in the port city on Sunday, defeating "
                   "incumbent Hiroshi Ueda. Tamura said he would oppose the new pier.", date(2010, 1, 25))
    winner, loser = at(a, "Kenji Tamura"), at(a, "Hiroshi Ueda")
    assert (winner.sector, winner.role) == ("GOV", "mayor-elect")
    assert (loser.sector, loser.role) == ("GOV", "mayor")
    assert at(a, "Tamura", nth=1).id == winner.id and at(a, "he would").id == winner.id


def test_a_province_tagged_as_a_person_is_a_place(pipe):
    a = read(pipe, "Italian troops patrol the roads in Al Muthanna province every night.")
    assert not any(x.kind == "person" for x in a.actors)
    assert at(a, "Italian troops").country == "ITA"
