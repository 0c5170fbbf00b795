"""Session 13 (issue 5): classes found on unseen real news (the Timeline17 probe) and on the s13 blind set
(eval/data/timex_blind_s13.tsv): lists of years, US zones on 24-hour clocks, day-first slash dates, headlines run
into the story, "the Sunday Times", ranges of units. Our own sentences; property tests for the parsers."""

from __future__ import annotations

import contextlib
import io
from datetime import date, timedelta

from eval_modules import eval_module
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time.tagger import tag

DCT = date(2010, 6, 4)  # a Friday


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


# ------------------------------------------------------------------------------------------ the s13 set

def test_s13_set_splits_every_third_row_to_measure_and_its_tune_flag_hides_measure():
    te3 = eval_module("tempeval3")
    rows = [p for line in te3.S13.read_text(encoding="utf-8").splitlines()
            if (p := te3.parse_blind_line(line)) is not None]
    assert len(rows) >= 100
    for dct, plain, gold in rows:
        date.fromisoformat(dct)
        assert all(g.type in ("DATE", "TIME", "DURATION", "SET") and plain[g.start:g.end] == g.text for g in gold)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert te3.main(["--s13", "--s13-half", "tune"]) == 0
    assert "timex_blind_s13.tsv, tune part" in out.getvalue() and "measure" not in out.getvalue()


# -------------------------------------------------------------------------------------- lists of years

@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1700, 2099), min_size=3, max_size=6, unique=True), st.sampled_from([", and ", " and ", ", "]))
def test_every_year_of_a_list_is_tagged(years, last_join):
    listed = ", ".join(str(y) for y in years[:-1]) + last_join + str(years[-1])
    got = values(f"Floods hit the valley in {listed}, officials said.")
    assert got == [(str(y), "DATE", str(y)) for y in years]


def test_the_year_closing_a_date_opens_no_list():
    assert values("On Nov. 3, 1995, 2000 protesters marched.") == [("Nov. 3, 1995", "DATE", "1995-11-03")]


# ------------------------------------------------------------------------------- clocks and slash dates

@settings(max_examples=60, deadline=None)
@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["EDT", "EST", "CDT", "CST", "MDT", "PDT", "PST"]))
def test_24_hour_clock_with_a_us_zone_is_a_time(h, mi, zone):
    assert values(f"The well was sealed at {h:02d}{mi:02d} {zone} on 1 June.")[0] == (
        f"{h:02d}{mi:02d} {zone}", "TIME", f"2010-06-01T{h:02d}:{mi:02d}")


@settings(max_examples=80, deadline=None)
@given(st.dates(date(1950, 1, 1), date(2030, 12, 31)).filter(lambda d: d.day > 12))
def test_slash_date_that_can_only_be_day_first(d):
    assert values(f"The attack of {d.day}/{d.month:02d}/{d.year} shocked the city.") == [
        (f"{d.day}/{d.month:02d}/{d.year}", "DATE", d.isoformat())]


def test_ambiguous_slash_date_stays_month_first():
    assert values("It was posted on 08/05/2009.") == [("08/05/2009", "DATE", "2009-08-05")]


# ----------------------------------------------------------------------- headlines run into the story

def test_headline_run_into_the_story_ends_the_clause():
    text = ("Crowds wait on the square for word from the palace In an address broadcast late "
            "Thursday night, the president had made clear that he would not leave.")
    assert values(text, date(2011, 2, 11)) == [("Thursday night", "DATE", "2011-02-10TNI")]


def test_by_opening_a_run_on_story_told_as_done():
    text = "Oil firm chief sorry for leak, statement on company site By Wednesday he had said sorry twice."
    assert values(text) == [("Wednesday", "DATE", "2010-06-02")]
    assert values("The cap will be fitted by Wednesday.") == [("Wednesday", "DATE", "2010-06-09")]


# ------------------------------------------------------------------------------- weekdays in titles

def test_weekday_between_the_and_a_name_is_a_title():
    assert values("The Sunday Times reported that the minister may resign.") == []
    assert values("He was a guest on the Monday Night Club.") == []
    assert values("The Friday explosions killed 200 people.", date(1998, 8, 8)) == [("Friday", "DATE", "1998-08-07")]


# ---------------------------------------------------------------------------------- ranges of units

def test_range_of_units_is_read_like_a_to_range():
    assert values("A vaccine will take 4-6 months.") == [("4-6 months", "DURATION", "P6M")]
    assert values("A vaccine will take 4 to 6 months.") == [("6 months", "DURATION", "P6M")]
    assert values("The next 48-72 hours will tell.") == [("The next 48-72 hours", "DURATION", "PT72H")]


def test_range_of_units_before_ago_or_after_every_is_no_stretch():
    assert values("I was vaccinated 20-40 years ago.") == [("years ago", "DATE", "PAST_REF")]
    assert values("Pandemics come about every 20-40 years.") == []
    assert values("songs for 2-6 year olds") == []


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 98), st.integers(1, 60), st.sampled_from([("days", "P{}D"), ("weeks", "P{}W"),
                                                                ("months", "P{}M"), ("years", "P{}Y")]))
def test_range_of_units_property(lo, extra, unit):
    hi = lo + extra
    word, fmt = unit
    assert values(f"Repairs could take {lo}-{hi} {word}.") == [(f"{lo}-{hi} {word}", "DURATION", fmt.format(hi))]


def test_dct_unused_by_ranges():
    assert values("Repairs could take 4-6 months.", DCT + timedelta(days=300)) == [("4-6 months", "DURATION", "P6M")]


# ------------------------------------------------------------------- plans and anchors from the past

def test_month_of_a_plan_told_in_the_past_is_the_nearer_one():
    text = "The envoy had hoped to tour the area in March, then called the trip off."
    assert values(text) == [("March", "DATE", "2010-03")]
    assert values("He planned to retire in December.") == [("December", "DATE", "2010-12")]
    assert values("He plans to retire in March.") == [("March", "DATE", "2011-03")]


def test_later_with_no_date_told_in_a_past_clause_is_not_after_the_report():
    assert values("It would be his last public reading. A week later he was dead.") == [
        ("A week later", "DATE", "XXXX-WXX")]
    assert values("In 1994 he moved to Paris. Two years later he died.") == [
        ("1994", "DATE", "1994"), ("Two years later", "DATE", "1996")]
    assert values("Two days later the talks will resume.") == [("Two days later", "DATE", "2010-06-06")]


def test_tokenised_would_have_is_no_future_cue():
    for would in ("would 've", "would've", "would have"):
        text = f"If we 'd been successful in stopping the leak in the first week of June, things {would} been different."
        assert [t.value for t in tag(text, date(2010, 11, 8))][-1] == "2010-06", would


# ------------------------------------------------------------------------------ local 24-hour clocks

def test_local_24_hour_clock_is_a_time_not_a_year():
    dct = date(2010, 1, 14)
    assert values("The tremor hit at 1542 (2042 GMT), about 15km from the capital.", dct) == [
        ("1542", "TIME", "2010-01-14T15:42"), ("2042 GMT", "TIME", "2010-01-14T20:42")]
    assert values("It struck at 0910 local time, officials said.", dct) == [("0910 local time", "TIME", "2010-01-14T09:10")]
    assert values("In 1950 local elections were held.", dct) == [("1950", "DATE", "1950")]


def test_local_clock_and_its_gloss_take_the_day_named_after_them():
    dct = date(2010, 1, 14)
    for text in ("The first shock came at 1542 local time (2042 GMT) on Tuesday, west of the city.",
                 "The first shock came at 1542 local time -LRB- 2042 GMT -RRB- on Tuesday , west of the city ."):
        assert values(text, dct) == [("1542 local time", "TIME", "2010-01-12T15:42"),
                                     ("2042 GMT", "TIME", "2010-01-12T20:42"), ("Tuesday", "DATE", "2010-01-12")]
