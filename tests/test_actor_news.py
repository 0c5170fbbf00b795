"""Actor coding of the kinds real news brought out (issue 6, session 7), on sentences of our own: companies by home
country, courtesy titles before surnames, "the firm" for the company named before, British spellings of body names,
a dateline's bracket, a company's president, places in institution names, the country a longer report is mostly
about; and the Timeline17 news scorer of eval/actors.py on a tiny hand-made standoff gold (skips without
../shared)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from chronicler.actors.countryguess import prevailing_country
from chronicler.actors.lexicon import default_lexicon
from chronicler.actors.resolve import actor_at
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

from actor_harness import coded_at, read_text
from conftest import alias

ROOT = Path(__file__).resolve().parents[1]


pipe = alias("actors_pipe")


def code(pipe: Pipeline, text: str, phrase: str, nth: int = 0, on: date = date(2010, 6, 1)):
    return coded_at(read_text(pipe, text, on), phrase, nth, on, places=True)


@pytest.mark.parametrize("text, phrase, country", [
    ("Nestle and Unilever reported higher sales on Thursday.", "Nestle", "CHE"),
    ("Roche said it would double output of the antiviral.", "Roche", "CHE"),
    ("Halliburton declined to comment on the cement job.", "Halliburton", "USA"),
    ("Lufthansa cancelled a dozen flights on Monday.", "Lufthansa", "DEU"),
    ("The regulator fined Goldman Sachs for misleading investors.", "Goldman Sachs", "USA"),
])
def test_company_is_its_home_countrys_business(pipe, text, phrase, country):
    a = code(pipe, text, phrase)
    assert a is not None and (a.country, a.sector) == (country, "BUS")


def test_the_firm_is_the_company_named_before(pipe):
    text = ("Rosneft said on Monday it would pay the fine. Analysts in Moscow were surprised. Prices fell. "
            "Traders sold shares. The market closed lower. The firm has hired new lawyers.")
    firm = code(pipe, text, "firm")
    assert firm is not None and firm.id == code(pipe, text, "Rosneft").id and firm.country == "RUS"


def test_a_plural_business_noun_is_no_particular_company(pipe):
    text = "Rosneft said on Monday it would pay the fine. Oil companies said they would follow."
    a = code(pipe, text, "companies")
    assert a is None or a.id != code(pipe, text, "Rosneft").id


def test_courtesy_title_does_not_hide_the_surname(pipe):
    text = ("Jane Holloway, the White House budget director, spoke first. "
            "Ms Holloway said later that the plan would pass.")
    assert code(pipe, text, "Holloway", nth=1).id == code(pipe, text, "Jane Holloway").id


def test_british_spelling_of_a_body_name(pipe):
    a = code(pipe, "The World Health Organisation raised its alert level on Tuesday.", "World Health Organisation")
    assert a is not None and a.country == "IGO"


def test_dateline_agency_is_not_the_persons_country(pipe):
    text = "PARIS (Reuters) - President Barack Obama said on Monday the talks would go on."
    a = code(pipe, text, "Barack Obama", on=date(2010, 3, 1))
    assert a is not None and a.country == "USA"


def test_a_companys_president_is_business(pipe):
    a = code(pipe, "Gazprom's president, Alexei Miller, said the deal was done.", "Alexei Miller")
    assert a is not None and (a.country, a.sector) == ("RUS", "BUS")


@pytest.mark.parametrize("text, phrase, country", [
    ("Researchers at the University of Edinburgh said the vaccine worked.", "University of Edinburgh", "GBR"),
    ("A chemist at Ohio State University disagreed with the findings.", "Ohio State University", "USA"),
])
def test_institution_named_after_a_place(pipe, text, phrase, country):
    a = code(pipe, text, phrase)
    assert a is not None and (a.country, a.sector) == (country, "EDU")


def test_new_people_nouns_have_a_sector(pipe):
    for text, phrase, sector in (("Scientists warned that the virus could change.", "Scientists", "EDU"),
                                 ("Patients queued outside the clinic.", "Patients", "CVL"),
                                 ("Claimants will be paid within a month.", "Claimants", "CVL")):
        a = code(pipe, text, phrase)
        assert a is not None and a.sector == sector, text


def test_state_agent_takes_the_country_the_report_is_about(pipe):
    text = ("Flooding hit Bavaria on Monday. Berlin sent troops to Dresden. Germany asked for help. "
            "The government said the damage was severe. Officials said the rivers would crest on Friday.")
    a = code(pipe, text, "Officials")
    assert a is not None and (a.country, a.sector) == ("DEU", "GOV")


def test_civilians_do_not_take_the_prevailing_country(pipe):
    text = ("Flooding hit Bavaria on Monday. Berlin sent troops to Dresden. Germany asked for help. "
            "The government said the damage was severe. Tourists said they would stay away.")
    a = code(pipe, text, "Tourists")
    assert a is None or a.country is None


def test_prevailing_country_needs_a_longer_report(pipe):
    assert prevailing_country([], 10) is None
    assert prevailing_country([], 2) is None


def test_companies_table_rows_are_valid():
    lex = default_lexicon()
    for name in ("BP", "Transocean", "GlaxoSmithKline", "Novartis", "Singapore Airlines"):
        e = lex.lookup_name(name)
        assert e is not None and e.sector == "BUS" and e.country and len(e.country) == 3, name


# ---------------------------------------------------------------- the news scorer on a hand-made gold

def test_news_scorer_on_a_tiny_gold(shared, tmp_path, pipe):
    """Two spans of one Timeline17 article, labelled here by hand from what the scorer itself reads (the article's
    text is read from ../shared, never stored): a company and a non-actor row; then a wrong label must miss."""
    sys.path.insert(0, str(ROOT / "eval"))
    from _actor_news import run_news
    from _t17_actor_sample import sentence_hash

    root = shared / "eval" / "timeline17"
    topic = "bpoil_bbc"
    path = root / topic / "articles.jsonl"
    if not path.exists():
        pytest.skip("Timeline17 absent")
    art = next(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
               if " BP said " in json.loads(line)["text"])
    text = art["text"]
    k = text.index(" BP said ") + 1
    sent_start = text.rfind("\n", 0, k) + 1
    pipe_nlp = pipe(AnnotatedDocument(Document(id="x", source="x", text=text)))
    sent = next(s.text for s in pipe_nlp.nlp.sents if s.start_char <= k < s.end_char)
    h = sentence_hash(sent)
    from chronicler.actors.resolve import actor_at as coded_at

    on = date.fromisoformat(art["time"][:10])
    adoc = pipe(AnnotatedDocument(Document(id="x", source="x", text=text, published=DateInterval.day(on))))
    got = coded_at(adoc, k, k + 2, on)
    assert got is not None and got.country  # BP is a company our table knows
    right = f"{got.country}\t{got.sector or '-'}"
    gold = tmp_path / "gold.tsv"
    gold.write_text(f"# test\n{topic}\t{art['id']}\t{k}\t{k + 2}\t{h}\t{right}\n"
                    f"{topic}\t{art['id']}\t{sent_start}\t{sent_start + 1}\t{h}\tx\tx\n", encoding="utf-8")
    counts = run_news(pipe, gold, root)
    c = counts[next(h_ for h_ in ("tune", "measure") if counts[h_]["n"])]
    assert (c["n"], c["country"], c["both"], c["drift"], c["none"]) == (1, 1, 1, 0, 0)  # the x row is not scored
    wrong = "ZZZ\tGOV" if got.sector != "GOV" else "ZZZ\tMIL"
    gold.write_text(f"{topic}\t{art['id']}\t{k}\t{k + 2}\tdeadbeef\t{wrong}\n", encoding="utf-8")
    counts = run_news(pipe, gold, root)
    c = counts[next(h_ for h_ in ("tune", "measure") if counts[h_]["n"])]
    assert (c["country"], c["both"], c["drift"]) == (0, 0, 1)
