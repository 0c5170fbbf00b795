"""A bare surname several KB people share names the one in office on the report's date, when no namesake ever
held a higher office (issue 6, session 20: ``kbroles.dated_namesake``). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from actor_harness import coded_at, read_text
from conftest import alias

pipe = alias("actors_pipe")


def _kb_id(pipe, text: str, phrase: str, on: date) -> str | None:
    actor = coded_at(read_text(pipe, text, on), phrase, on=on)
    return actor.kb_id if actor is not None else None


def test_a_bare_surname_names_the_namesake_in_office_then(pipe):
    assert _kb_id(pipe, "Abe welcomed the Russian leader at a hot spring inn on Thursday.", "Abe",
                  date(2016, 12, 15)) == "abe-shinzo"
    assert _kb_id(pipe, "Bush telephoned the Russian president on Tuesday.", "Bush", date(2002, 4, 9)) == "bush-george-w"


def test_the_same_person_keeps_one_id_in_two_reports(pipe):
    full = read_text(pipe, "Prime Minister Shinzo Abe met the Russian president in Sochi on Friday.", date(2016, 5, 6))
    bare = read_text(pipe, "Abe flew home on Saturday after the talks.", date(2016, 5, 7))
    first = coded_at(full, "Prime Minister Shinzo Abe", on=date(2016, 5, 6))
    second = coded_at(bare, "Abe", on=date(2016, 5, 7))
    assert first is not None and second is not None and first.id == second.id


def test_a_namesake_who_held_a_higher_office_leaves_the_name_unresolved(pipe):
    # 2010: Hillary Clinton is secretary of state, but Bill Clinton was president
    assert _kb_id(pipe, "Clinton praised the aid workers in a speech on Monday.", "Clinton", date(2010, 2, 1)) is None
    # 1984: Shintaro Abe is foreign minister, but Shinzo Abe was later prime minister
    assert _kb_id(pipe, "Abe flew to Washington on Monday.", "Abe", date(1984, 6, 4)) is None


def test_no_namesake_in_office_leaves_the_name_unresolved(pipe):
    # 2010: neither Abe holds a KB office (Shinzo resigned in 2007 and returned in 2012)
    assert _kb_id(pipe, "Abe spoke to reporters in his constituency on Sunday.", "Abe", date(2010, 3, 7)) is None


def test_a_former_international_official_takes_no_state_from_the_body(pipe):
    # ElBaradei headed the IAEA until 2009; in 2011 he is in Egypt's politics, not an international body's man
    text = "Mohamed ElBaradei addressed the crowd in Cairo on Sunday."
    later = coded_at(read_text(pipe, text, date(2011, 1, 30)), "Mohamed ElBaradei", on=date(2011, 1, 30))
    during = coded_at(read_text(pipe, text, date(2005, 3, 6)), "Mohamed ElBaradei", on=date(2005, 3, 6))
    assert later is not None and later.country != "IGO"
    assert during is not None and during.country == "IGO"
