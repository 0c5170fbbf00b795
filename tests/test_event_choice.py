"""Which event of a sentence is coded, and its roles, under the PLOVER/CAMEO conventions (issue 7, session 4).

Sentences of our own. Actor mentions come from a small table of country names and adjectives standing in for the
actors stage (as in tests/test_event_roles.py), so each test checks the events stage alone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from chronicler.events.main import main_event
from chronicler.events.plover import plover_type
from chronicler.events.stage import EventsComponent
from chronicler.model import Actor, DateInterval, Document, Event, Mention
from chronicler.nlp.stage import sentences_of
from chronicler.pipeline import AnnotatedDocument

from conftest import alias

ROOT = Path(__file__).resolve().parents[1]
CODES = {"Chile": "CHL", "Chilean": "CHL", "Peru": "PER", "Peruvian": "PER", "Bolivia": "BOL", "Bolivian": "BOL",
         "Norway": "NOR", "Norwegian": "NOR", "Ghana": "GHA", "Ghanaian": "GHA", "Togo": "TGO", "Italy": "ITA",
         "Portugal": "PRT", "Portuguese": "PRT", "Estonia": "EST", "Estonian": "EST", "Latvia": "LVA",
         "Finland": "FIN", "Finnish": "FIN", "Kenya": "KEN", "Uganda": "UGA", "Ugandan": "UGA", "Mongolia": "MNG",
         "Mongolian": "MNG", "Sweden": "SWE", "Swedish": "SWE"}
ACTORS = {name: Actor(f"country:{code}", name, "country", code) for name, code in CODES.items()}
VALID = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}


nlp = alias("spacy_model")


def _annotate(nlp, text: str) -> tuple[list[Event], object]:
    sdoc = nlp(text)
    mentions: list[Mention] = []
    for name in sorted(ACTORS, key=len, reverse=True):
        start = 0
        while (at := text.find(name, start)) >= 0:
            end = start = at + len(name)
            if any(m.start < end and at < m.end for m in mentions) or (end < len(text) and text[end].isalpha()):
                continue
            mentions.append(Mention(at, end, name, ACTORS[name].id, "name"))
    doc = Document(id="d", source="test", text=text, published=DateInterval.day(date(2011, 3, 7)))
    actors = tuple({a.id: a for a in ACTORS.values()}.values())
    ad = AnnotatedDocument(doc, sentences=sentences_of(sdoc), mentions=tuple(mentions), actors=actors, nlp=sdoc)
    return list(EventsComponent({})(ad).events), sdoc


def coded(nlp, text: str) -> tuple[str, str | None, str | None]:
    """The coded (main) event of a one-sentence text: PLOVER type (GSR convention), source and target country."""
    events, sdoc = _annotate(nlp, text)
    ev = main_event(events, sdoc)
    assert ev is not None, text
    return plover_type(ev, "cameo"), ev.source and ev.source.country, ev.target and ev.target.country


@pytest.mark.parametrize("text, typ", [
    # the reported act, not the reporting verb
    ("Chilean police arrested twelve miners in Peru on Sunday, a Peruvian official told reporters.", "COERCE"),
    # a speech act with its content: the speech act is coded
    ("Norway urged Ghana on Monday to release the Togo opposition leader.", "REQUEST"),
    ("Estonia threatened to impose sanctions on Latvia unless the border post was reopened.", "THREATEN"),
    ("Kenya and Uganda agreed on Friday to resume talks on the disputed island.", "AGREE"),
    ("Bolivia accused Chile of shelling a village near the border.", "ACCUSE"),
    # a future meeting or visit is an agreement to meet
    ("The Finnish president will visit Sweden next month to discuss fishing rights.", "AGREE"),
    # a setting or side remark is not the event: "after the talks", "..., killing 11"
    ("Mongolia expelled two Finnish diplomats after talks on the mine collapsed.", "SANCTION"),
    # summoning an ambassador to complain is the complaint; a cancelled visit is a rejection
    ("Portugal summoned the Swedish ambassador to protest the seizure of a trawler.", "ACCUSE"),
    ("Norway cancelled a planned visit to Uganda by its trade minister.", "REJECT"),
])
def test_coded_event_follows_the_conventions(nlp, text, typ):
    assert coded(nlp, text)[0] == typ


def test_host_of_talks_between_two_parties_is_the_mediator(nlp):
    typ, src, tgt = coded(nlp, "Norway hosted talks between Peru and Chile in Oslo on Thursday.")
    assert (typ, src, tgt) == ("CONSULT", "NOR", "PER")


def test_host_of_a_visitor_stays_the_recipient(nlp):
    typ, src, tgt = coded(nlp, "Chile hosted the Peruvian president in Santiago on Thursday.")
    assert (typ, src, tgt) == ("CONSULT", "PER", "CHL")


def test_agentless_passive_act_of_authority_takes_the_country_it_happened_in(nlp):
    assert coded(nlp, "A Swedish journalist was arrested in Uganda on Monday.") == ("COERCE", "UGA", "SWE")
    # not for an act on the country's own people, nor for an act anyone may do
    assert coded(nlp, "A Ugandan journalist was arrested in Uganda on Monday.")[1] is None
    assert coded(nlp, "A Swedish journalist was attacked in Uganda on Monday.")[1] is None


def test_withdrawal_out_of_a_foreign_place(nlp):
    assert coded(nlp, "Chilean troops pulled out of the Peruvian town on Saturday.") == ("RETREAT", "CHL", "PER")
    assert coded(nlp, "Chilean troops pulled out of the Chilean town on Saturday.")[2] is None


def test_event_noun_target_comes_before_the_cause(nlp):
    typ, src, tgt = coded(nlp, "Norway imposed sanctions on Mongolian banks over the invasion of Finland.")
    assert (typ, src, tgt) == ("SANCTION", "NOR", "MNG")


def test_through_a_place_is_where_a_march_happens(nlp):
    assert coded(nlp, "Thousands of Kenya farmers marched through Uganda on Saturday.")[2] == "UGA"


def test_choice_check_set_is_well_formed():
    rows = [ln.split("\t") for ln in (ROOT / "eval" / "data" / "event_choice_own.tsv").read_text(
        encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    assert len(rows) >= 100
    for row in rows:
        assert len(row) == 5 and row[0] in VALID and row[3] and row[3] in row[4], row


def test_called_off_visit_rebuffs_its_host(nlp):
    assert coded(nlp, "Norway cancelled a planned visit to Uganda by its trade minister.") == ("REJECT", "NOR", "UGA")


def test_a_pair_that_clashed_somewhere_fought_each_other(nlp):
    typ, src, tgt = coded(nlp, "Chilean and Peruvian soldiers clashed at the Bolivia border crossing on Sunday.")
    assert typ == "ASSAULT" and {src, tgt} == {"CHL", "PER"}


def test_aid_sent_to_a_place_goes_to_its_country(nlp):
    # "Zambia" is no actor mention here: the place coder reads it, as for a visit's destination
    assert coded(nlp, "Norway sent tents and medicine to Zambia after the floods.") == ("AID", "NOR", "ZMB")


def test_invitation_for_a_visit_is_agree_an_invitation_to_talks_a_request(nlp):
    assert coded(nlp, "Chile invited the Peruvian president to visit Santiago next year.")[:1] == ("AGREE",)
    assert coded(nlp, "Peru invited Bolivia to a new round of negotiations on the border.")[:1] == ("REQUEST",)


def test_mobilization_reported_with_its_assault_gives_way(nlp):
    assert coded(nlp, "Bolivia sent troops into the valley and shelled Peruvian positions overnight.")[0] == "ASSAULT"
    assert coded(nlp, "Bolivia sent troops into the valley on Sunday.")[0] == "MOBILIZE"


def test_meeting_held_to_complain_is_the_complaint(nlp):
    assert coded(nlp, "Chile's foreign minister met the Peruvian ambassador to protest the arrest of two "
                      "fishermen.")[0] == "ACCUSE"
    assert coded(nlp, "Chile's foreign minister met the Peruvian ambassador to discuss fishing quotas.")[0] == "CONSULT"


def test_forces_sent_for_relief_is_aid(nlp):
    assert coded(nlp, "Peru deployed army engineers to help flood victims in the north.")[0] == "AID"
