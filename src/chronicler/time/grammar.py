"""The grammar of English time expressions: vocabulary and the regular expressions of each rule.

Every rule is a pattern with named groups; ``tagger.py`` turns a match into a TIMEX3 type and value.
Month names must be capitalized (so the modal "may" and the verb "march" are not months); other words match
in any case. Rules are tried everywhere; the tagger keeps the longest non-overlapping matches.
"""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "2W", "month": "M",
    "quarter": "Q", "year": "Y", "decade": "E", "century": "C", "centurie": "C", "weekend": "WE", "night": "D",
}
TIME_UNITS = {"second", "minute", "hour"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a couple of": 2, "a couple": 2,
    "couple of": 2, "half a": 0.5, "half an": 0.5, "a half": 0.5, "a dozen": 12, "dozen": 12,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
VAGUE = ("a few", "few", "several", "some", "many", "a number of", "numerous", "the next few", "a couple of")

_ONES = "one|two|three|four|five|six|seven|eight|nine"
_WORDNUM = (rf"(?:(?:{'|'.join(TENS)})(?:[\s-](?:{_ONES}))?|"
            r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|"
            rf"{_ONES}|a\s+couple\s+of|couple\s+of|a\s+dozen|dozen|half\s+an?|a\s+half(?=\s+(?i:hour|day|century|mile)\b)|an?)")
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_WORDNUM}(?:\s+(?:and\s+a\s+half))?|a\s+few|few|several|some|many|a\s+number\s+of|numerous)"

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
         r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
         r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
WEEKDAY = r"(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)"
#: A weekday as a dateline abbreviates it before its date ("Thu Apr 30, 2009"); capitalized only.
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
YEAR_WORDS = (r"(?i:nineteen[\s-](?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
              r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)")
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
POD = r"(?i:morning|afternoon|evening|night|overnight)"
UNIT = r"(?:(?i:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|weekends?|nights?)|(?:min|hr|yr)s?(?!\w))"  # abbreviations in lower case only
LB = r"(?<![\w$£€#@/.-])"
RB = r"(?![\w%$])"
EDGE = (r"(?i:(?:the\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|last\s+half|latter\s+half|"
        r"first\s+part|last\s+part|early\s+part|later\s+part)\s+of\s+|"
        r"(?:early|late|mid|earlier|later)[\s-]+(?:in\s+)?)")
TZ = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC))"
#: A calendar day after a clock time: "June 5", "June 5, 2008", "5 June", "08 Jun 2009".
CLOCK_DAY = (rf"(?:{MONTH}\s+{DAYNUM}(?!\d)(?:(?:\s?,)?\s+{YEAR}(?!\d))?|"
             rf"{DAYNUM}\s+(?:of\s+)?{MONTH}(?:(?:\s?,)?\s+{YEAR}(?!\d))?)")

_I = "(?i:{})"


def _i(p: str) -> str:
    return _I.format(p)


#: (rule name, pattern). The tagger prefers longer matches, then earlier rules.
PATTERNS: list[tuple[str, str]] = [
    ("time", rf"(?P<edge>(?i:(?:about|around|shortly\s+(?:before|after)|just\s+(?:before|after)))\s+)?"
             rf"(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm)|o'clock)(?P<tz>{TZ})?"
             rf"(?:,?\s+(?:on\s+)?(?P<day>{WEEKDAY}|(?i:today|yesterday|tomorrow)|{CLOCK_DAY}))?"),
    # wire copy: "(1300 GMT)"; US zones too ("sealed at 2015 CDT on 3 June")
    ("clock24", r"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s+(?P<tz>GMT|UTC|[ECMP][SD]T|(?i:local\s+time)|"
                r"(?i:local)(?=\s*[,.;()]|\s+-[LR]RB-))"),
    # a local time glossed by a bracketed GMT one: "the tremor hit at 1542 (2042 GMT)" (no year 1542)
    ("clock24", r"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?=\s*(?:\(|-LRB-)\s*(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC)\b)"),
    # a web page's 24-hour stamp with its zone: "updated at 15:44 GMT", "16.20 BST", "09:43 UK time"
    ("clock24", r"(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)\s+(?P<tz>GMT|UTC|BST|CET|(?i:UK|local)\s+time)"),
    ("time", rf"(?P<named>(?i:noon|midnight|midday))(?:,?\s+(?:on\s+)?(?P<day>{WEEKDAY}|(?i:today|yesterday|tomorrow)|"
             rf"{CLOCK_DAY}))?"),
    ("time", rf"(?P<day>{WEEKDAY}|(?i:today|yesterday|tomorrow)),?\s+(?:at\s+)?(?P<named>(?i:noon|midnight|midday))"),
    # the day's edges said with a preposition: "at dawn", "before dawn Sunday", "by nightfall" (not "the dawn of
    # an era", "pre-dawn", "a dusk-to-dawn curfew", "from dawn to dusk")
    ("dawn", rf"(?P<prep>(?i:at|before|after|by|until|till|since|around|(?:shortly|just|soon)\s+(?:before|after))\s+)"
             rf"(?P<pod>(?i:dawn|daybreak|dusk|nightfall))(?:,?\s+(?:on\s+)?(?P<day>{WEEKDAY}|(?i:today|yesterday|tomorrow)|"
             rf"{CLOCK_DAY}))?"),
    ("iso", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<h>\d\d):(?P<mi>\d\d))?"),
    ("slash", r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d\d)"),
    ("mdy", rf"(?P<edge>{EDGE})?(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR})(?:\s?,)?\s+)?(?P<mon>{MONTH})\s+(?P<d>{DAYNUM})(?!\d)"
            rf"(?:(?:\s?,)?\s+(?P<y>{YEAR})|\s+(?P<yrel>(?i:last|next|this))\s+(?i:year)\b)?"),
    ("week_of", rf"(?i:the\s+week\s+of)\s+(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<d>{DAYNUM})(?!\d)"
                rf"(?:,?\s+(?P<y>{YEAR}))?"),
    # a day-first range is one DATE valued at its first day, as "June 26-27" is: "26-27 June"
    ("dmy", rf"(?:(?P<wd>{WEEKDAY})(?:\s?,)?\s+)?(?:the\s+)?(?:(?P<d0>{DAYNUM})\s?[-–]\s?)?(?P<d>{DAYNUM})\s+(?:of\s+)?(?P<mon>{MONTH})(?:(?:\s?,)?\s+(?P<y>{YEAR}))?"),
    ("month_year", rf"(?P<edge>{EDGE})?(?P<mon>{MONTH})(?:\s?,)?\s+(?:of\s+)?(?P<y>{YEAR}|{YEAR_WORDS})"),
    ("month", rf"(?P<edge>{EDGE})?(?:(?P<rel>(?i:last|next|this|past|coming|that))\s+)?(?P<mon>{MONTH})"),
    ("fiscal", rf"(?P<edge>{EDGE})?(?:(?:the\s+)?(?i:fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+year|model\s+year))\s+(?P<y>{YEAR}|'?\d\d)"),
    ("year", rf"(?P<edge>{EDGE}|(?i:pre|post)-)?(?P<y>{YEAR})(?:\s+(?i:and\s+beyond|or\s+later|or\s+earlier|or\s+so))?(?!\s*(?:%|(?i:percent|per\s+cent|tons?|people|shares|miles|feet|meters|votes|points|cars|workers|employees|troops|soldiers))\b)"),
    ("year_words", _i(r"(?:the\s+year\s+)?(?:nineteen\s+(?P<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                      r"(?:[\s-](?P<o>one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:\s+and\s+(?P<o2>one|two|three|four|five|six|seven|eight|nine|ten))?)")),
    ("decade", rf"(?:(?i:the)\s+)?(?P<edge>{EDGE}(?:(?i:the)\s+)?)?(?P<c>1[6-9]|20)?(?P<dec>\d)0'?s"),
    ("decade", rf"(?:(?i:the)\s+)?(?P<edge>{EDGE}(?:(?i:the)\s+)?)?'(?P<dec>\d)0s"),
    ("decade", _i(r"(?:the\s+)?(?P<edge>(?:early|mid|late)[\s-]+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)")),
    ("century", _i(r"(?:the\s+)?(?P<edge>(?:early|mid|late)[\s-]+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century")),
    ("quarter", rf"(?P<det>(?i:(?:the|this\s+year.s|last\s+year.s|next\s+year.s))\s+)?"
                rf"(?:(?P<y1>{YEAR})\s+)?(?P<ya>(?i:year-ago|year-earlier)\s+)?(?:(?i:fiscal)[\s-]+)?"
                # a span of months that is a quarter or half: "the April-June quarter", "the January-June period"
                r"(?:(?P<m0>(?i:january|april|july|october|jan|apr|jul|oct)\.?)\s?[-–]\s?(?=(?i:march|june|september|december)\b))?"
                rf"(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|recent|year-earlier|year-ago|previous|preceding|next|past|same|comparable|corresponding|december|march|june|september))"
                rf"[\s-]+(?:(?i:fiscal)[\s-]+)?(?P<unit>(?i:quarter|period|half))(?!s)"
                rf"(?:,?\s+(?:(?i:of|in|ended)\s+)?(?:(?i:fiscal)\s+)?(?:(?P<mon2>{MONTH})\s+)?(?P<y2>{YEAR})|"
                rf"(?P<ly>\s+(?i:(?:of\s+|in\s+)?(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year)|a\s+year\s+(?:earlier|ago|before)))|"
                rf"(?P<ny>\s+(?i:(?:of\s+)?(?:next|this)\s+year)))?"),
    ("quarter", rf"(?P<det>(?i:the|last\s+year.s|this\s+year.s)\s+)(?P<q>(?i:quarter))(?!s)"),
    ("quarter", rf"(?P<det>(?i:the)\s+)(?P<y1>{YEAR})\s+(?P<q>(?i:quarter|period))(?!s)"),  # "the 1988 quarter"
    ("season", rf"(?:(?i:the)\s+(?=(?i:early|late|mid)))?(?P<edge>{EDGE})?(?:(?P<rel>(?i:this|last|next|that|the\s+following|the\s+next|the\s+previous|the|past|coming|this\s+past))\s+)?"
               rf"(?P<s>(?i:spring|summer|fall|autumn|winter))(?:\s+(?:of\s+)?(?P<y>{YEAR}|{YEAR_WORDS}))?"),
    ("holiday", rf"(?:(?P<rel>(?i:last|next|this))\s+)?(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year\s?['’]s(?:\s+(?:Day|Eve))?|"
                r"Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday|\s+Monday|\s+[Ww]eek)?|Independence\s+Day|Labor\s+Day|Memorial\s+Day|"
                r"Halloween|Valentine['’]s\s+Day|Veterans\s+Day|Good\s+Friday|Boxing\s+Day)"
                rf"(?:,?\s+(?P<y>{YEAR}))?"
                # the feast's things, not its date: "a Christmas card list", "Easter eggs"
                r"(?!\s+(?i:cards?|trees?|presents|gifts?|decorations|lights|carols?|eggs?|pudding|crackers?|stockings?|jumpers?)\b)"),
    ("deictic", rf"(?P<edge>(?i:late|early|earlier|later|mid-?)\s*)?(?P<w>(?i:today|tonight|tomorrow|yesterday))"
                rf"(?:\s+(?P<pod>{POD}))?"),
    ("deictic", rf"(?P<rel>(?i:this|last|tomorrow|yesterday))\s+(?P<pod>{POD})"),
    ("narrative_pod", rf"(?P<edge>(?i:early|late|earlier|later)\s+)?"
                      rf"(?P<rel>(?i:the\s+next|the\s+following|the\s+previous|that))\s+(?P<pod>{POD})"),
    # "the week before," "the night after." closing a clause: one unit from the narrative's time (not "the day
    # before the vote", anchored to an event; "the year before" compares figures and stays untagged, as in TimeBank)
    ("unit_around", rf"(?i:the)\s+(?:(?P<unit>(?i:day|week))|(?P<pod>{POD}))\s+(?P<dir>(?i:before|after))"
                    r"(?=\s*(?:[,.;:]|$)|\s+(?i:as\s+well|too|also)\b)"),
    ("ref", _i(r"(?P<w>right\s+now|now|currently|presently|at\s+present|nowadays|the\s+present|recently|lately|"
               r"previously|formerly|once|so\s+far|already|the\s+past|in\s+the\s+past|recent(?:\s+(?:years|months|weeks|days|times))?|"
               r"the\s+(?:near\s+|distant\s+)?future|future|soon|shortly|eventually|the\s+moment|"
               r"this\s+(?:[a-z]+\s+)?(?:moment|hour)|"
               r"the\s+(?:short|long|near|medium)\s+term|a\s+(?:later|future)\s+date|later|current(?=\s+(?!accounts?\b)[a-z]))")),
    ("weekday", rf"(?P<edge>)?(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|coming|past|"
                rf"the\s+following|the\s+next))\s+)?"
                rf"(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{POD}))?"),
    ("this_unit", rf"(?P<edge>{EDGE})?(?P<rel>(?i:this|last|next|that\s+same|the\s+past|the\s+previous|the\s+coming|the\s+current|the\s+following|the\s+next|the\s+last|the\s+latest|the\s+same|that|the\s+prior|the\s+full|the\s+entire|the\s+whole|the|past|coming|previous|current|prior))"
                  rf"\s+(?P<unit>(?i:day|week|month|year|quarter|weekend|decade|century|fiscal\s+year|hour))(?![s\w-])(?:\s+or\s+so\b)?"),
    ("yearend", _i(r"(?:the\s+)?(?P<w>year|month|week)(?:['’]s|-|\s+)\s*end")),
    ("ago", rf"(?P<mod>(?i:nearly|almost|about|some|more\s+than|less\s+than)\s+)?"
            rf"(?P<n>(?i:{NUM}))[\s-]+(?P<unit>{UNIT})(?P<half>[\s-]+(?i:and[\s-]+a[\s-]+half))?(?:\s+or\s+so)?\s+"
            rf"(?P<dir>(?i:ago|earlier|later|before|after|from\s+now|hence|previously|back))"),
    ("ago", r"(?P<mod>)(?P<n>)(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades|centuries))\s+(?P<dir>(?i:ago))"),  # vague
    ("ago_vague", _i(r"(?:(?:a\s+)?(?:few\s+|couple\s+of\s+)?moments?|a\s+(?:little\s+|short\s+)?while|a\s+short\s+time|"
                     r"(?:a\s+(?:very\s+)?long\s+)?time|some\s+time|ages|(?:not\s+(?:so\s+|that\s+|too\s+|very\s+)?)?long)\s+ago")),
    ("ago", rf"(?P<mod>)(?P<n>)(?P<unit>(?i:year|quarter|month))-(?P<dir>(?i:earlier|ago))"  # "a year-earlier loss"
            rf"(?!\s+(?i:{NUM})[\s-]+{UNIT})"),
    ("duration", rf"(?P<each_of>(?i:each\s+of)\s+(?=(?i:the\s+(?:past|last)\s)))?"  # TimeBank's extent
                 rf"(?P<det>(?i:the\s+year-(?:earlier|ago)|the\s+past|the\s+last|the\s+next|the\s+first|the\s+final|the\s+coming|the\s+previous|the\s+following|the\s+past\s+several|another|an\s+additional|the|a\s+further|past|last|next|first|coming)\s+)?"
                 rf"(?P<mod>(?i:more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|nearly|up\s+to)\s+)?"
                 rf"(?P<lo>\d{{1,3}}\s?[-–]\s?(?=\d))?"  # a range's lower end: "4-6 months" is read as "4 to 6 months"
                 rf"(?P<n>(?i:{NUM}))(?P<sep>[\s-]+)(?:(?P<more>(?i:more|additional|full|straight|consecutive|long))\s+)?(?P<unit>{UNIT})(?P<old>-olds?)?(?P<half>[\s-]+(?i:and[\s-]+a[\s-]+half))?(?:\s+or\s+so)?"),
    ("plural", rf"(?P<det>(?i:the|recent|the\s+coming|coming|the\s+past|past|the\s+last|the\s+next|future|the\s+previous|previous|several|many|the\s+first)\s+)?"
               rf"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries|quarters))"
               rf"(?:\s+and\s+(?P<unit2>(?i:days|weeks|months|years|decades)))?(?P<ahead>\s+(?i:ahead|to\s+come))?"),
    ("long", _i(r"(?P<unit>days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?)-long")),
    ("set", _i(r"(?P<w>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|semiannually|annual|bi-?annual)")),
    ("set", rf"(?P<each>(?i:every|each|per|a))\s+(?:(?P<n>(?i:{NUM}|(?<=every\s)other))\s+)?(?P<unit>(?i:second|minute|hour|day|week|month|quarter|year|decade|night|morning|evening|weekend|"
            rf"spring|summer|fall|autumn|winter)|{WEEKDAY}|{MONTH})"),
    ("set", rf"(?P<each>(?i:every))\s+(?P<n>(?i:{NUM}))\s+"
            r"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|quarters|years|decades))"),  # "every two weeks"
    ("set", rf"(?P<each>(?i:on))\s+(?P<unit>{WEEKDAY})s(?P<n>)"),  # "on Mondays"
    ("set", _i(r"(?P<w>(?:once|twice|three\s+times)\s+a\s+(?P<unit>day|week|month|year))")),
]

COMPILED: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(LB + p + RB)) for name, p in PATTERNS]
#: Literals that every match of a rule holds, where the one derived from its regex is less selective: each
#: vague "ago" ends in "ago", rarer than the words before it ("some time", "a long time", "a short while").
NEEDS_OVERRIDE: dict[str, frozenset[tuple[str, bool]]] = {"ago_vague": frozenset({("ago", True)})}

#: Words (case-insensitive, at a word start) of which every match of every rule contains one, besides a digit.
TRIGGER_WORDS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|second|minute|"
    "hour|day|week|fortnight|month|quarter|year|decade|centur|night|morning|afternoon|evening|noon|midnight|"
    "midday|tonight|today|tomorrow|yesterday|now|current|present|recent|lately|formerly|past|future|term|"
    "spring|summer|fall|autumn|winter|daily|weekly|monthly|annual|yearly|hourly|nightly|biweekly|"
    "semiannual|nineteen|thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|"
    "period|half|overnight|dawn|daybreak|dusk|nightfall|christmas|easter|thanksgiving|halloween|moment|ago|soon|later"
)
_FIRST = "".join(sorted({w[0] for w in TRIGGER_WORDS.split("|")}))
#: Rules run only in windows around these (for speed): a digit, or a trigger word at a word start. Same
#: matches as ``\d|(?i:\b(?:WORDS))``, found faster: the leading class lets ``re`` skip positions where
#: nothing can start (digits, the words' first letters in either case, and the four non-ASCII letters ``re``
#: matches to ASCII ones case-insensitively), and before a letter ``\b`` is ``(?<!\w)``.
TRIGGER = re.compile(
    rf"(?=[\d{_FIRST}{_FIRST.upper()}\u0130\u0131\u017f\u212a])(?:\d|(?<!\w)(?i:(?:{TRIGGER_WORDS})))"
)
#: How far around a trigger a match may reach.
WINDOW = 120


def parse_number(s: str) -> float | None:
    """The number a numeral denotes ('twenty-four', '3', 'a', 'half a'); None when vague ('several')."""
    s = " ".join(s.lower().replace("-", " ").split())
    half = 0.0
    if s.endswith(" and a half"):
        s, half = s[: -len(" and a half")], 0.5
    try:
        return float(s.replace(",", "")) + half
    except ValueError:
        pass
    if s in SMALL:
        return SMALL[s] + half
    parts = s.split()
    if parts and parts[0] in TENS:
        total = TENS[parts[0]]
        if len(parts) == 2 and parts[1] in SMALL:
            total += SMALL[parts[1]]
        elif len(parts) > 1:
            return None
        return total + half
    return None


def year_number(s: str) -> int:
    """The year a numeral denotes: '1994' or 'nineteen ninety-four'."""
    if s.isdigit():
        return int(s)
    words = s.lower().replace("-", " ").split()
    ones = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
    return 1900 + TENS[words[1]] + (ones[words[2]] if len(words) > 2 else 0)


def month_number(name: str) -> int:
    """1..12 for a month name or abbreviation (with or without the dot)."""
    return MONTHS[name.lower().rstrip(".")]
