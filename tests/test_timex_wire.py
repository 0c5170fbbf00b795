"""TIMEX3 classes of wire and broadcast copy (issue 5, part C): our own sentences, one test per class."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time.tagger import tag

DCT = date(1998, 3, 5)  # a Thursday


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


# ------------------------------------------------------------------ "is expected/due": a present that looks ahead

def test_expected_and_due_without_to_look_ahead():
    assert values("The verdict is expected Friday.") == [("Friday", "1998-03-06")]
    assert values("The report is due Monday, officials said.") == [("Monday", "1998-03-09")]
    assert values("The envoy was due back Tuesday.") == [("Tuesday", "1998-03-10")]
    # a comparison is no plan, and a told past still wins
    assert values("Earnings fell more than expected Tuesday.") == [("Tuesday", "1998-03-03")]
    assert values("He is accused of killing three people on Monday.") == [("Monday", "1998-03-02")]


def test_a_planned_or_slated_event_looks_ahead():
    assert values("They had been talking about the slated visit of the envoy in September.") == [
        ("September", "1998-09")]
    assert values("Officials discussed the planned summit in June.") == [("June", "1998-06")]


# ------------------------------------------------------------------------------------- "this weekend"

def test_this_weekend_from_wednesday_on_is_the_coming_one_whatever_the_tense():
    assert values("The vote is expected this weekend.") == [("this weekend", "1998-W10-WE")]
    assert values("Protesters marched this weekend.") == [("this weekend", "1998-W10-WE")]
    # "over the weekend" in a past clause is the weekend just gone
    assert values("They met over the weekend.") == [("the weekend", "1998-W09-WE")]


def test_this_weekend_early_in_the_week_follows_the_tense():
    monday = date(1998, 3, 2)
    assert values("Protesters marched this weekend.", monday) == [("this weekend", "1998-W09-WE")]
    assert values("The vote will be held this weekend.", monday) == [("this weekend", "1998-W10-WE")]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_this_weekend_future_is_the_next_saturday(dct):
    found = values("The leaders will meet this weekend.", dct)
    saturday = dct + timedelta(days=(5 - dct.weekday()) % 7)
    if dct.weekday() == 6:
        saturday = dct - timedelta(days=1)  # said on Sunday: the weekend under way
    assert found == [("this weekend", iso_week(saturday) + "-WE")]


# --------------------------------------------------------------------------- broadcast: the present moment

def test_at_this_hour_and_at_the_moment_are_the_present():
    assert values("At this hour, rescuers are still searching the rubble.") == [("this hour", "PRESENT_REF")]
    assert values("He would not travel at this crucial moment, the palace said.") == [
        ("this crucial moment", "PRESENT_REF")]
    assert values("At the moment, nobody knows where he is.") == [("the moment", "PRESENT_REF")]


def test_another_moment_is_not_the_present():
    assert values("He died at the moment of the blast.") == []
    assert values("This moment will be remembered.") == []
    assert values("At this hour last year, prices were higher.") == [("last year", "1997")]
    assert values("Both bombs went off at the same moment.") == []


# ------------------------------------------------------------------------------------ "one day" = some day

def test_one_day_before_a_bare_verb_is_some_day_and_untagged():
    assert values("She hopes he will one day return home.") == []
    assert values("They want to one day become members of the alliance.") == []


def test_one_day_as_a_stretch_or_a_count_stays_tagged():
    assert values("The shelling lasted one day.") == [("one day", "P1D")]
    assert values("He stayed one day in the city.") == [("one day", "P1D")]
    assert values("The fighting ended one day after the talks.") == [("one day", "P1D")]


# ------------------------------------------------------------------------------------ month names in names

def test_a_month_name_heading_a_name_is_no_date():
    assert values("Thousands joined the ``March of the Mothers'' in the capital.") == []
    assert values("It happened in March of the same year.") == [("March", "1998-03")]


# ------------------------------------------------------------------------- wire copy: "(1300 GMT)" clock times

def test_a_gmt_clock_time_glossing_a_local_time_takes_its_day():
    assert values("The bomb went off at 11:45 p.m. (2045 GMT) Tuesday.") == [
        ("11:45 p.m.", "1998-03-03T23:45"), ("2045 GMT", "1998-03-03T20:45"), ("Tuesday", "1998-03-03")]
    assert values("The plane landed at 1530 GMT on Monday.") == [
        ("1530 GMT", "1998-03-02T15:30"), ("Monday", "1998-03-02")]


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 23), st.integers(0, 59), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_gmt_clock_time_property(h, mi, dct):
    found = [(t.text, t.type, t.value) for t in tag(f"The talks opened at {h:02d}{mi:02d} GMT.", dct)]
    assert found == [(f"{h:02d}{mi:02d} GMT", "TIME", f"{dct.isoformat()}T{h:02d}:{mi:02d}")]


def test_an_impossible_clock_time_before_gmt_is_nothing():
    assert values("The blast came at 2460 GMT.") == []


# --------------------------------------------------------- weekdays in wire copy: irregular pasts, "were to"

def test_irregular_and_eed_pasts_tell_a_past_weekday():
    assert values("The rebels freed the hostages Wednesday, and will leave Friday.") == [
        ("Wednesday", "1998-03-04"), ("Friday", "1998-03-06")]
    assert values("Thousands fled the city Tuesday, and aid will arrive Friday.") == [
        ("Tuesday", "1998-03-03"), ("Friday", "1998-03-06")]
    assert values("Police shot two protesters Monday, but talks will go on.") == [("Monday", "1998-03-02")]


def test_was_to_is_a_future_in_the_past_unless_perfect():
    assert values("Officials were to meet Friday.") == [("Friday", "1998-03-06")]
    assert values("Officials were to have met Friday.") == [("Friday", "1998-02-27")]


WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PAST_VERBS = ["fled", "freed", "agreed", "shot", "withdrew", "broke", "stood", "caught", "sought", "upheld"]


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)), st.integers(0, 6),
       st.sampled_from(PAST_VERBS))
def test_past_verb_weekday_property(dct, wd, verb):
    """A weekday told with a past verb is the nearest such day on or before the report's date."""
    found = values(f"The group {verb} {WEEKDAY_NAMES[wd]}, and more news will follow.", dct)
    day = date.fromisoformat(found[0][1])
    assert found[0][0] == WEEKDAY_NAMES[wd] and day.weekday() == wd and 0 <= (dct - day).days < 7


# ------------------------------------------------------------------ broadcasts: "the next hour"; "and a half"

def test_the_next_or_last_hour_is_an_hour_long():
    assert values("In the next hour we will hear from the minister.") == [("the next hour", "PT1H")]
    assert values("The fighting has gone on for the last hour.") == [("the last hour", "PT1H")]
    assert values("This hour was the hardest.") == []


def test_and_a_half_counts_in_durations_and_ago():
    assert values("The plan has been in the works for a year and a half.") == [("a year and a half", "P18M")]
    assert values("The talks lasted an hour and a half.") == [("an hour and a half", "PT90M")]
    assert values("The group was founded half a century ago.") == [("half a century ago", "194")]
    assert values("The war ended a year and a half ago.") == [("a year and a half ago", "1996")]
    assert values("They met a week and a half ago.") == [("a week and a half ago", "1998-W09")]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 9), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_years_and_a_half_ago_property(n, dct):
    words = "one two three four five six seven eight nine".split()
    found = values(f"The mine closed {words[n - 1]} and a half years ago.", dct)
    months = dct.year * 12 + dct.month - 1 - (12 * n + 6)
    assert found == [(f"{words[n - 1]} and a half years ago", f"{months // 12:04d}")]


# --------------------------------------------------------------------- deadlines on a weekday still to come

def test_a_weekday_deadline_looks_ahead():
    wed = date(2000, 4, 5)
    assert values("The relatives said they would not comply by Thursday's deadline.", wed) == [
        ("Thursday", "2000-04-06")]
    assert values("Officials set a deadline of Thursday at 2 p.m.", wed) == [
        ("Thursday", "2000-04-06"), ("2 p.m.", "2000-04-06T14:00")]
    assert values("Voters waited ahead of Friday's scheduled vote.", wed) == [("Friday", "2000-04-07")]
    # a weekday's results still report what happened
    assert values("Analysts will study Friday's results.", wed) == [("Friday", "2000-03-31")]
    assert values("The stake before Friday's purchases was small.", wed) == [("Friday", "2000-03-31")]
    # "until" defers to the clause's verb
    assert values("Until Thursday, police had not called him a suspect.", wed) == [("Thursday", "2000-03-30")]


def test_the_same_day_is_the_day_just_told():
    assert values("The bombs exploded on March 2. On the same day, the president called for calm.") == [
        ("March 2", "1998-03-02"), ("the same day", "1998-03-02")]
    assert values("On the same day, the president called for calm.") == []  # no day told
    assert values("Shares fell the same day as the report.") == []


# ------------------------------------------------- the parse's tense vs a cue bound to the expression

def _always(tense: str):
    return lambda start, end: tense


def test_a_bound_cue_wins_over_the_parse_tense():
    dct = date(1989, 10, 26)  # a Thursday
    past = _always("past")
    found = [(t.text, t.value) for t in tag("The new pact takes effect with a raise effective Feb. 1.", dct, past)]
    assert found == [("Feb. 1", "1990-02-01")]
    found = [(t.text, t.value) for t in tag("The bank offered loans through January.", dct, past)]
    assert found == [("January", "1990-01")]
    found = [(t.text, t.value) for t in tag("He has scheduled a news conference Friday.", dct, past)]
    assert found == [("Friday", "1989-10-27")]
    # with no bound cue the parse decides
    found = [(t.text, t.value) for t in tag("On Friday, the government planned to pay the claims.", dct, past)]
    assert found == [("Friday", "1989-10-20")]
    future = _always("future")
    found = [(t.text, t.value) for t in tag("On Friday, the government planned to pay the claims.", dct, future)]
    assert found == [("Friday", "1989-10-27")]


def test_a_day_with_last_or_next_year_is_one_date():
    assert values("The bombs went off Aug. 7 last year.") == [("Aug. 7 last year", "1997-08-07")]
    assert values("The vote is set for March 3 next year.") == [("March 3 next year", "1999-03-03")]
