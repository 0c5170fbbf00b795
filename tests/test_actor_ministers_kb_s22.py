"""Foreign and defence ministers the office-holder KB lacked (issue 6, session 22): defence ministers of Turkey,
Pakistan, Iraq, Egypt, Syria, Ukraine, Taiwan, Serbia, Georgia, Lebanon and others, foreign ministers of Serbia,
Taiwan, Qatar, Greece, Kenya and others; a name is coded with the office held on the report's date, and after the
last national office the person is their state's elite. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from actor_harness import coded_at, read_text
from conftest import alias

pipe = alias("actors_pipe")

#: (sentence, phrase, report date, (country, sector, KB id)): a named minister in office on that date.
IN_OFFICE = [
    ("Hulusi Akar inspected the troops on the Syrian border.", "Hulusi Akar", date(2019, 10, 12),
     ("TUR", "GOV", "akar-hulusi")),
    ("Vecdi Gonul signed the helicopter contract in Ankara.", "Vecdi Gonul", date(2008, 4, 2),
     ("TUR", "GOV", "gonul-vecdi")),
    ("Pervez Khattak met the Chinese ambassador in Islamabad.", "Pervez Khattak", date(2020, 6, 9),
     ("PAK", "GOV", "khattak-pervez")),
    ("Khaled al-Obeidi visited the front line near Ramadi.", "Khaled al-Obeidi", date(2015, 7, 21),
     ("IRQ", "GOV", "obeidi-khaled")),
    ("Sedki Sobhi received his Russian counterpart in Cairo.", "Sedki Sobhi", date(2015, 2, 10),
     ("EGY", "GOV", "sobhi-sedki")),
    ("Fahd Jassem al-Freij told officers that the army would hold Aleppo.", "Fahd Jassem al-Freij",
     date(2013, 4, 2), ("SYR", "GOV", "freij-fahd-jassem")),
    ("Anatoliy Hrytsenko said the navy would leave Sevastopol on time.", "Anatoliy Hrytsenko", date(2006, 6, 8),
     ("UKR", "GOV", "hrytsenko-anatoliy")),
    ("Chiu Kuo-cheng told lawmakers that the island could hold out.", "Chiu Kuo-cheng", date(2022, 10, 6),
     ("TWN", "GOV", "chiu-kuo-cheng")),
    ("Dragan Sutanovac signed a cooperation pact with Moscow.", "Dragan Sutanovac", date(2010, 3, 15),
     ("SRB", "GOV", "sutanovac-dragan")),
    ("Irakli Okruashvili ordered troops to the edge of South Ossetia.", "Irakli Okruashvili", date(2005, 8, 4),
     ("GEO", "GOV", "okruashvili-irakli")),
    ("Maurice Slim received the American envoy in Beirut.", "Maurice Slim", date(2023, 3, 1),
     ("LBN", "GOV", "slim-maurice")),
    ("Margarita Robles visited Spanish troops in Latvia.", "Margarita Robles", date(2022, 3, 8),
     ("ESP", "GOV", "robles-margarita")),
    # foreign ministers
    ("Vuk Jeremic asked the General Assembly to seek a court opinion on Kosovo.", "Vuk Jeremic",
     date(2008, 10, 8), ("SRB", "GOV", "jeremic-vuk")),
    ("Nikos Kotzias met his Macedonian counterpart at Lake Prespa.", "Nikos Kotzias", date(2018, 6, 17),
     ("GRC", "GOV", "kotzias-nikos")),
    ("Mohammed bin Abdulrahman Al Thani rejected the list of demands.", "Mohammed bin Abdulrahman Al Thani",
     date(2017, 6, 30), ("QAT", "GOV", "al-thani-mohammed-bin-abdulrahman")),
    ("Raychelle Omamo met the Somali envoy in Nairobi.", "Raychelle Omamo", date(2021, 3, 2),
     ("KEN", "GOV", "omamo-raychelle")),
    ("Nasser Bourita met the American envoy in Rabat.", "Nasser Bourita", date(2020, 12, 22),
     ("MAR", "GOV", "bourita-nasser")),
    ("Hyon Yong-chol told a security forum in Moscow that the North would answer any attack.", "Hyon Yong-chol",
     date(2014, 11, 20), ("PRK", "GOV", "hyon-yong-chol")),
    # heads of state the audit found missing with the ministers
    ("Sheikh Tamim bin Hamad Al Thani opened the stadium in Doha.", "Sheikh Tamim bin Hamad Al Thani",
     date(2022, 11, 20), ("QAT", "GOV", "al-thani-tamim-bin-hamad")),
    ("Sheikh Mohamed bin Zayed received the French president in Abu Dhabi.", "Sheikh Mohamed bin Zayed",
     date(2023, 7, 15), ("ARE", "GOV", "al-nahyan-mohamed-bin-zayed")),
]


def _coded(pipe, text: str, phrase: str, on: date) -> tuple[str | None, str | None, str | None]:
    actor = coded_at(read_text(pipe, text, on), phrase, on=on)
    return (actor.country, actor.sector, actor.kb_id) if actor is not None else (None, None, None)


@pytest.mark.parametrize("text, phrase, on, expected", IN_OFFICE, ids=[row[1] for row in IN_OFFICE])
def test_a_named_minister_is_their_states_government_then(pipe, text, phrase, on, expected):
    assert _coded(pipe, text, phrase, on) == expected


#: (sentence, phrase, report date, (country, sector)): a minister's later office, or none after the last one.
LATER = [
    # Serbia: defence minister, prime minister, president under one id
    ("Aleksandar Vucic toured the barracks in Nis.", "Aleksandar Vucic", date(2013, 2, 5), ("SRB", "GOV")),
    ("Aleksandar Vucic met the Chinese president in Belgrade.", "Aleksandar Vucic", date(2024, 5, 8), ("SRB", "GOV")),
    # Ukraine: foreign minister in 2009, president in 2015
    ("Petro Poroshenko met the Polish foreign minister in Kyiv.", "Petro Poroshenko", date(2009, 12, 1),
     ("UKR", "GOV")),
    # out of every national office: his state's elite
    ("Hulusi Akar spoke at a conference in Istanbul.", "Hulusi Akar", date(2024, 11, 5), ("TUR", "ELI")),
    ("Pervez Khattak launched a new party in Peshawar.", "Pervez Khattak", date(2023, 7, 17), ("PAK", "ELI")),
]


@pytest.mark.parametrize("text, phrase, on, expected", LATER, ids=[f"{r[1]}-{r[2].year}" for r in LATER])
def test_the_date_decides_between_a_ministers_offices(pipe, text, phrase, on, expected):
    assert _coded(pipe, text, phrase, on)[:2] == expected
