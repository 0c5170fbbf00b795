"""The actors stage on our own sentences (one test per mention kind), the samples, the eval scorer and the CLI."""

from __future__ import annotations

import importlib.util
import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronicler.actors.lexicon import slug
from chronicler.pipeline import AnnotatedDocument

from actor_harness import coded_at, read_text

from conftest import ROOT, alias, run_cli, run_cli_inprocess


pipe = alias("actors_pipe")


@pytest.fixture
def read(pipe):
    def run(text: str, published: date | None = None, **meta) -> AnnotatedDocument:
        return read_text(pipe, text, published, **meta)
    return run


def at(adoc: AnnotatedDocument, phrase: str, on: date | None = None, nth: int = 0):
    return coded_at(adoc, phrase, nth, on)


def test_titled_name_with_nationality(read):
    a = read("Japanese Prime Minister Taro Aso met reporters on Tuesday.", date(2009, 3, 1))
    x = at(a, "Taro Aso")
    assert (x.kind, x.country, x.sector, x.role) == ("person", "JPN", "GOV", "prime minister")
    assert x.id.startswith("person:") and x.kb_id  # Aso is in the office-holder KB


def test_surname_pronoun_and_definite_title_link_to_the_full_mention(read):
    a = read("Defense Minister Yasukazu Hamada flew to Washington on Monday. Hamada said he would meet "
             "U.S. officials. The defense minister also plans to visit Guam.", date(2009, 4, 20))
    full = at(a, "Yasukazu Hamada")
    assert full.country == "JPN" and full.sector == "GOV" and full.role == "defense minister"
    assert at(a, "Hamada", nth=1).id == full.id
    assert at(a, "he").id == full.id
    assert at(a, "defense minister").id == full.id
    kinds = {m.text: m.kind for m in a.mentions}
    assert kinds["he"] == "pronoun" and any(k == "title" and "defense minister" in t for t, k in kinds.items())


def test_counterpart_is_the_other_sides_holder(read):
    a = read("South Korean Foreign Minister Yu Myung-hwan will meet his Japanese counterpart Hirofumi Nakasone "
             "in Seoul next week.", date(2009, 5, 1))
    nak = at(a, "Hirofumi Nakasone")
    assert nak.country == "JPN" and nak.sector == "GOV"
    assert at(a, "Yu Myung-hwan").country == "KOR"
    assert at(a, "Seoul") is None  # a place after "in": a location, not an actor
    assert not any(m.text == "Seoul" for m in a.mentions)


def test_nationality_and_group_nouns(read):
    a = read("North Korean troops fired at protesters while lawmakers and police watched.")
    assert (at(a, "North Korean troops").country, at(a, "North Korean troops").sector) == ("PRK", "MIL")
    assert at(a, "protesters").sector == "CVL"
    assert at(a, "lawmakers").sector == "LEG"
    assert at(a, "police").sector == "COP"


def test_capital_as_argument_is_the_government(read):
    a = read("Pyongyang rejected the offer, and Tokyo protested.")
    p = at(a, "Pyongyang")
    assert (p.country, p.sector, p.id) == ("PRK", "GOV", "group:prk-gov")
    assert at(a, "Tokyo").id == "group:jpn-gov"


def test_places_are_locations_not_actors(read):
    a = read("Defense Minister Toshimi Kitazawa met reporters in Tokyo and at the Pentagon. Tokyo said it would "
             "decide soon, and Washington and Tokyo agreed to keep talking. The Marines train at Camp Schwab.",
             date(2010, 5, 1))
    texts = [(m.text, m.actor_id) for m in a.mentions]
    assert ("Tokyo", "group:jpn-gov") in texts and ("Washington", "group:usa-gov") in texts
    first_tokyo = a.document.text.index("Tokyo")
    assert not any(m.start == first_tokyo for m in a.mentions)  # "in Tokyo": where, not who
    assert not any("Pentagon" in m.text or "Schwab" in m.text for m in a.mentions)
    assert sum(t == "Tokyo" for t, _ in texts) == 2


def test_bare_group_nouns_take_the_country_named_before_or_none(read):
    a = read("U.S. troops arrived on Monday. The troops will stay a month. Elsewhere, officials said nothing.")
    assert at(a, "troops", nth=1).id == "group:usa-mil"
    off = at(a, "officials")
    assert off.country is None and off.name == "government" and off.id == "group:xxx-gov"


def test_aliases_are_names_of_the_actor(read):
    a = read("Japanese Prime Minister Yukio Hatoyama met residents in Nago. Hatoyama said he would listen. "
             "Okinawa officials and Japanese officials joined him.\n\nTOKYO, Japan -- Japan's government agreed.",
             date(2010, 5, 4))
    actors = {x.id: x for x in a.actors}
    ham = next(x for x in a.actors if x.name == "Yukio Hatoyama")
    assert "he" not in ham.aliases and all("\n" not in t for x in a.actors for t in x.aliases)
    assert "Okinawa" not in actors["country:JPN"].aliases
    gov = actors["group:jpn-gov"]
    assert "Japanese officials" in gov.aliases and "Okinawa officials" not in gov.aliases
    assert not any("Nago" in t for x in a.actors for t in x.aliases)


def test_institutions(read):
    a = read("The Pentagon and the White House welcomed the UN Security Council vote, while the "
             "Self-Defense Forces and NATO prepared.")
    assert (at(a, "Pentagon").country, at(a, "Pentagon").sector) == ("USA", "GOV")
    assert at(a, "White House").id == "org:white-house"
    assert (at(a, "UN Security Council").country, at(a, "UN Security Council").sector) == ("IGO", "GOV")
    assert (at(a, "Self-Defense Forces").country, at(a, "Self-Defense Forces").sector) == ("JPN", "MIL")
    assert at(a, "NATO").country == "IGO"


def test_possessive_country(read):
    a = read("Japan's defense chief met Chinese officials in Beijing.")
    assert (at(a, "Japan's defense chief").country, at(a, "Japan's defense chief").sector) == ("JPN", "GOV")
    assert at(a, "Chinese officials").id == "group:chn-gov"


def test_role_on_a_date_from_the_kb(read):
    a = read("Then Prime Minister Ryutaro Hashimoto put his name to the text in 1996 beside Bill Clinton, the U.S. "
             "President at the time. Secretary of State Hillary Rodham Clinton praised it.", date(2009, 4, 28))
    h = at(a, "Ryutaro Hashimoto")
    assert (h.country, h.sector, h.role) == ("JPN", "ELI", "former prime minister")
    h96 = at(a, "Ryutaro Hashimoto", on=date(1996, 4, 17))
    assert (h96.sector, h96.role) == ("GOV", "prime minister")
    bill, hillary = at(a, "Bill Clinton"), at(a, "Hillary Rodham Clinton")
    assert bill.id != hillary.id
    assert (hillary.country, hillary.sector, hillary.role) == ("USA", "GOV", "secretary of state")
    assert at(a, "Bill Clinton", on=date(1996, 4, 17)).role == "president"


def test_a_title_the_kb_has_only_in_the_past_is_a_former_office(read):
    # an appositive title with no "then": the KB says the office ended before the report, so it is a former one
    a = read("Ryutaro Hashimoto, prime minister at the time, signed the text in 1996 and was praised for it.",
             date(2009, 4, 28))
    h = at(a, "Ryutaro Hashimoto")
    assert (h.country, h.sector, h.role) == ("JPN", "ELI", "former prime minister")
    assert at(a, "Ryutaro Hashimoto", on=date(1996, 4, 17)).role == "prime minister"
    # of two past offices, the senior one names the former holder (not the KB file's last row: a brief
    # concurrent foreign ministry)
    k = read("Junichiro Koizumi, then prime minister, visited the shrine.", date(2009, 4, 28))
    assert at(k, "Junichiro Koizumi", on=date(2009, 4, 28)).role == "former prime minister"


def test_bad_input_is_coded_only_as_far_as_the_evidence_goes(read):
    a = read("Zorblax Quenton praised Georgia. The grand vizier of Tralfamador arrived.")
    z = at(a, "Zorblax Quenton")
    assert z is None or (z.country is None and z.sector is None)
    g = next(m for m in a.mentions if m.text == "Georgia")
    assert g.confidence <= 0.5  # the country or the U.S. state
    assert read("").mentions == ()


def test_home_country_from_the_outlet_is_a_flagged_guess(read):
    a = read("Foreign Minister Kenji Tanabe said the talks went well.", outlet="Kyodo News")
    m = next(m for m in a.mentions if "Tanabe" in m.text)
    assert at(a, "Kenji Tanabe").country == "JPN" and m.confidence <= 0.6


@given(st.text(max_size=40))
def test_slug_is_an_id_fragment(text):
    s = slug(text)
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in s) and s == s.lower()
    assert not s.startswith("-") and not s.endswith("-")


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_actors", ROOT / "eval" / "actors.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_eval_scorer_on_a_tiny_case(tmp_path, pipe):
    ev = _eval_module()
    text, spans = ev.parse_markup("(SRC: Japanese troops) (EVT: met) (TAR: Kenya (the state)) on {Friday}.")
    assert text == "Japanese troops met Kenya (the state) on Friday."
    assert ("SRC", 0, 15) in spans and ("TAR", 20, 37) in spans
    gold = [{"id": "x", "textInfo": {"markup": "(SRC: Japanese troops) (EVT: met) (TAR: Kenya)."},
             "source": [{"actorText": "Japanese troops", "code": "JAP", "sector": "MIL"}],
             "target": [{"actorText": "Kenya", "code": "KEN", "sector": "GOV"}]}]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(gold))
    counts = ev.run_gsr(pipe, path)
    assert counts["source"] == {"n": 1, "country": 1, "both": 1, "n_sector": 1}  # JAP read as JPN
    assert counts["target"] == {"n": 1, "country": 1, "both": 0, "n_sector": 1}  # a bare country has no sector


def test_samples_every_named_person_right(samples):
    ok_m, n_m, ok_p, n_p = _eval_module().run_samples(True, samples)
    assert n_p == 10 and ok_p == n_p and ok_m == n_m


def test_cli_actors_and_actor(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "TOKYO, April 24, 2009 (Kyodo) -- Defense Minister Yasukazu Hamada met U.S. Defense Secretary Robert Gates "
        "on Friday. Prime Minister Taro Aso welcomed the talks.\n\n"
        "Hamada said he and Gates agreed to deepen the alliance, the Defense Ministry said.\n", encoding="utf-8")
    (corpus / "b.txt").write_text(
        "TOKYO, March 6, 2006 (Kyodo) -- Foreign Minister Taro Aso praised Yasukazu Hamada on Monday.\n",
        encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    # Stored in-process (the session's spaCy model; conftest.alliance_ingest runs the real `ingest` command):
    # this test is about the real `actors` and `actor` commands below.
    from chronicler.ingest.run import ingest

    summary = ingest([corpus], db)
    assert len(summary.added) == 2 and not summary.errors
    # `actor` through the real CLI once (prof), the rest in-process; test_cli runs the real `actors` listing
    rows = json.loads(run_cli_inprocess("actors", "--db", db, "--country", "JPN", "-f", "json", check=True).stdout)
    assert rows and all(r["country"] == "JPN" for r in rows)
    assert {"id", "name", "country", "sector", "role", "aliases", "mentions"} <= set(rows[0])
    ham = next(r for r in rows if r["name"] == "Yasukazu Hamada")
    assert ham["sector"] == "GOV" and ham["mentions"] >= 3
    prof = json.loads(run_cli("actor", "Hamada", "--db", db, "-f", "json", check=True).stdout)
    assert prof[0]["id"] == ham["id"] and len(prof[0]["documents"]) == 2
    assert any(t["start"] == "2008-09-24" for t in prof[0]["terms"])
    table = run_cli_inprocess("actor", "Hamada", "--db", db, check=True).stdout
    assert "roles over time" in table and "defense minister" in table
    listed = run_cli_inprocess("actors", "--db", db, "-f", "json", check=True).stdout
    roles = {r["name"]: r["role"] for r in json.loads(listed)}
    assert roles["Taro Aso"] == "prime minister"  # the most recent report (b, 2009) wins over the older one (a)
    missing = run_cli_inprocess("actor", "Nobody Atall", "--db", db)
    assert missing.returncode == 1 and "no actor matches" in missing.stderr


def test_example_gold_conventions_are_mapped_to_plover():
    ev = _eval_module()
    assert ev.plover_gold({"country": "JPN", "sector": "POL", "role": "ruling party"}) == ("JPN", {"PTY"})
    assert ev.plover_gold({"country": None, "sector": "IGO", "role": "UN body"})[0] == "IGO"
    assert ev.plover_gold({"country": "JPN", "sector": "GOV", "role": "government"}) == ("JPN", {None, "GOV"})
    assert ev.plover_gold({"country": "JPN", "sector": "GOV", "role": "former prime minister"}) == ("JPN", {"ELI"})
    assert ev.plover_gold({"country": "USA", "sector": "MIL", "role": "navy"}) == ("USA", {"MIL"})
    assert ev.gsr_part("PLOVER-GSR01-AGREE-0002") == "dev" and ev.gsr_part("PLOVER-GSR01-AGREE-0003") == "held-out"
