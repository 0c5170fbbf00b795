"""Session 17 (issue 5): business- and general-wire shapes from the s17 blind set
(eval/data/timex_blind_s17.tsv): day-first day ranges, plans told in an infinitive after a past decision, and
schedules told in the simple present. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest
from eval_modules import check_timex_blind_set

from chronicler.time.tagger import tag


def values(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_s17_set_splits_every_third_row_to_measure_and_its_flag_scores_tune_only():
    check_timex_blind_set("S17", "--blind-s17", 170)


@pytest.mark.parametrize("text, dct, expected", [
    ("Finance ministers will gather in Vienna on 14-16 October.", date(1996, 9, 2), ("14-16 October", "1996-10-14")),
    ("The fair ran from 3-5 March 1997 in Leipzig.", date(1997, 6, 1), ("3-5 March 1997", "1997-03-03")),
    ("Delegates met on 1-2 July to draft the text.", date(1993, 7, 9), ("1-2 July", "1993-07-01")),
])
def test_a_day_first_range_is_one_date_at_its_first_day(text: str, dct: date, expected: tuple[str, str]) -> None:
    assert expected in values(text, dct)


def test_a_day_first_range_running_backwards_is_not_a_date():
    assert all("June" not in t for t, _ in values("The vote went 27-26 June said.", date(1992, 4, 23)))


@pytest.mark.parametrize("text, dct, expected", [
    ("The central bank pledged last week to cut rates in March.", date(1996, 2, 7), ("March", "1996-03")),
    ("The rebels agreed on Friday to withdraw their fighters in April.", date(1996, 2, 7), ("April", "1996-04")),
    ("Shareholders voted on Tuesday to pay a bonus in July.", date(1997, 5, 2), ("July", "1997-07")),
])
def test_a_month_in_the_infinitive_after_a_past_decision_lies_ahead(text: str, dct: date,
                                                                     expected: tuple[str, str]) -> None:
    assert expected in values(text, dct)


def test_the_decision_day_itself_stays_in_the_past():
    found = values("On Monday, the cabinet voted to hold a referendum in the autumn.", date(1990, 8, 8))
    assert ("Monday", "1990-08-06") in found
    assert ("Tuesday", "1997-04-29") in values("The board voted on Tuesday to pay a dividend in July.", date(1997, 5, 2))


@pytest.mark.parametrize("text, expected", [
    ("Farmers vote Thursday on the new milk quota.", ("Thursday", "1993-07-15")),
    ("Both teams play on Saturday in the capital.", ("Saturday", "1993-07-17")),
    ("Delegates from the north choose a new leader Friday.", ("Friday", "1993-07-16")),
    ("The commission rules Monday on the merger.", ("Monday", "1993-07-19")),
])
def test_a_weekday_in_a_scheduled_simple_present_lies_ahead(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, date(1993, 7, 14))  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("Officials say the blast came on Sunday.", ("Sunday", "1993-07-11")),
    ("Prices on Monday were higher than a week before.", ("Monday", "1993-07-12")),
    ("Rescuers pulled two men from the rubble on Tuesday.", ("Tuesday", "1993-07-13")),
])
def test_a_weekday_told_in_the_past_or_reported_stays_past(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, date(1993, 7, 14))


@pytest.mark.parametrize("text, expected", [
    ("Output shrank in the final quarter of 1990, the agency said.", ("the final quarter of 1990", "1990-Q4")),
    ("Sales jumped in the last quarter of 1989.", ("the last quarter of 1989", "1989-Q4")),
])
def test_the_final_quarter_of_a_named_year_is_its_fourth(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, date(1991, 1, 16))


@pytest.mark.parametrize("text, expected", [
    ("Economists expect the slump to bottom out in the second half.", ("the second half", "1991-H2")),
    ("The senators urged the bank to cut rates in March.", ("March", "1991-03")),
    ("Investors want the central bank to act in June.", ("June", "1991-06")),
])
def test_what_is_expected_or_urged_in_an_infinitive_lies_ahead(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, date(1991, 1, 16))


def test_a_year_earlier_after_a_half_is_that_half_a_year_back():
    dct = date(1993, 7, 14)
    found = values("First-half profit at the insurer rose 9% from a year earlier.", dct)
    assert ("a year earlier", "1992-H1") in found
    found = values("In the first half the group sold 40,000 cars, up from 35,000 in the year-earlier period.", dct)
    assert ("the year-earlier period", "1992-H1") in found
    found = values("Profit in the second quarter rose 5% from a year earlier.", dct)
    assert ("a year earlier", "1992-Q2") in found


@pytest.mark.parametrize("text", [
    "June Carter, a spokeswoman for the airline, declined to comment.",
    "Spokeswoman April Ryan said the talks would go on.",
    "The fund's manager, Paul March, sold the shares.",
])
def test_a_month_that_is_part_of_a_name_is_no_time(text: str) -> None:
    assert values(text, date(1996, 2, 7)) == []


@pytest.mark.parametrize("text, expected", [
    ("In March Congress passed the bill.", ("March", "1995-03")),
    ("Exports rose in February and March, the ministry said.", ("March", "1995-03")),
    ("Talks are set for Washington in April.", ("April", "1996-04")),
])
def test_a_month_next_to_a_capitalised_word_after_a_time_preposition_is_kept(text: str,
                                                                             expected: tuple[str, str]) -> None:
    assert expected in values(text, date(1996, 2, 7))


@pytest.mark.parametrize("text, expected", [
    ("The government will release March retail sales next week.", ("March", "1995-03")),
    ("Traders are waiting for the January trade figures, due on Friday.", ("January", "1996-01")),
    ("The bureau will publish its December jobless rate on Thursday.", ("December", "1995-12")),
])
def test_a_month_before_published_figures_is_one_already_over(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, date(1996, 2, 7))


@pytest.mark.parametrize("text, expected", [
    ("March crude fell 30 cents a barrel.", ("March", "1994-03")),
    ("The December gold contract slipped $2 an ounce.", ("December", "1993-12")),
    ("August soybeans ended 4 cents lower.", ("August", "1993-08")),
])
def test_a_month_before_a_futures_noun_is_the_delivery_month_ahead(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, date(1993, 7, 14))


def test_a_month_after_a_time_preposition_keeps_the_clause_tense():
    assert ("March", "1993-03") in values("In March gold prices surged.", date(1993, 7, 14))
    assert ("March", "1994-03") in values("In March exports will rise.", date(1993, 7, 14))


def test_each_of_the_past_n_units_is_one_duration_with_its_each_of():
    found = [(t.text, t.type, t.value) for t in tag("Profit fell during each of the last three years.", date(1993, 7, 14))]
    assert found == [("each of the last three years", "DURATION", "P3Y")]


@pytest.mark.parametrize("text", [
    "The current president of the union said the strike would go on.",
    "Current shareholders will get one new share for every ten they own.",
    "She is a current director of the bank.",
])
def test_current_before_a_post_holder_is_no_time(text: str) -> None:
    assert values(text, date(1993, 7, 14)) == []


def test_current_before_a_state_of_affairs_stays_the_present():
    assert ("current", "PRESENT_REF") in values("Traders called current market conditions calm.", date(1993, 7, 14))
