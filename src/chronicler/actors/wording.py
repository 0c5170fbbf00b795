"""What the words of an actor phrase say about its sector: generic titles and group nouns that take their body's
sector, keywords in organisation names, collective nouns for an international body's members, a people's notables,
plural agent nouns after a nationality ("Palestinian stone-throwers"), known bodies named with their nationality."""

from __future__ import annotations

from functools import lru_cache

from chronicler.actors.roots import span_root
from chronicler.actors.extract import Comp

#: Titles and group nouns that take their sector from the body they belong to ("Pentagon spokesman").
GENERIC_ROLES = {"spokesperson", "secretary-general", "chairman", "leader", "official", "director", "director general",
                 "secretary", "negotiator", "envoy", "minister", "deputy minister", "commander",
                 # a company's president is its business ("Rosneft's president"), a state's its government
                 "president", "vice president"}
GENERIC_GROUPS = {"officials", "official", "leaders", "leadership", "side", "delegation", "negotiators", "negotiator",
                  "people", "members", "authorities", "fighters", "leader", "advisers", "adviser",
                  "advisors", "advisor", "experts", "expert", "personnel", "staff", "specialists", "technicians",
                  "chiefs"}
#: Group nouns for a people's notables.
ELITES = {"elders", "chiefs", "chieftains", "notables", "dignitaries", "leadership", "tribal chiefs", "tribal leaders",
          "tribal elders", "clan elders", "clan leaders"}
#: Words in an unknown organisation's name that reveal its sector.
ORG_KEYWORDS = [
    ("news agency", "JRN"), ("press agency", "JRN"), ("news service", "JRN"),
    ("teachers", "EDU"), ("students", "EDU"),
    ("ministry", "GOV"), ("department", "GOV"), ("government", "GOV"), ("agency", "GOV"), ("council", "GOV"),
    ("office", "GOV"), ("commission", "GOV"), ("cabinet", "GOV"),
    ("army", "MIL"), ("navy", "MIL"), ("air force", "MIL"), ("forces", "MIL"), ("military", "MIL"),
    ("police", "COP"), ("intelligence", "SPY"),
    ("parliament", "LEG"), ("assembly", "LEG"), ("congress", "LEG"), ("senate", "LEG"),
    ("court", "JUD"), ("tribunal", "JUD"),
    ("front", "REB"), ("liberation", "REB"), ("rebel", "REB"), ("militia", "REB"), ("brigade", "REB"),
    ("tigers", "REB"), ("movement", "OPP"), ("opposition", "OPP"), ("party", "PTY"),
    ("trade union", "LAB"), ("labor union", "LAB"), ("independence", "REB"), ("university", "EDU"), ("school", "EDU"), ("college", "EDU"),
    ("hospital", "MED"), ("medical", "MED"), ("news", "JRN"), ("radio", "JRN"), ("television", "JRN"),
    ("times", "JRN"), ("post", "JRN"), ("agency", "JRN"),
    ("bank", "BUS"), ("corp", "BUS"), ("inc", "BUS"), ("company", "BUS"), ("group", "BUS"), ("motors", "BUS"),
    ("church", "REL"), ("refugee", "REF"), ("relief", "REF"), ("humanitarian", "REF"),
    ("association", "SOC"), ("society", "SOC"), ("foundation", "SOC"),
]

#: Plural nouns for the member states of an international body acting together ("EU foreign ministers").
COLLECTIVE = {"ministers", "leaders", "leadership", "heads", "governments", "members", "states", "nations",
              "countries", "partners", "allies", "summit", "heads of state", "heads of government"}


def collective(sdoc, c: Comp) -> bool:
    """True when ``c`` is a plural noun for an international body's member states or their ministers."""
    t = span_root(sdoc, c.start, c.end)
    return t.lower_ in COLLECTIVE or c.text.lower() in COLLECTIVE or (t.tag_ == "NNS" and t.lower_.endswith("ministers"))


def named_body(h: Comp):
    """The known body an unknown organisation's name ends with, the rest being nationality words ("Iranian
    Revolutionary Guards"); else None."""
    body = next((c for c in h.inner if c.kind in {"institution", "igo"} and c.end == h.end and c.entry is not None
                 and c.entry.country), None)
    if body is None or any(c.kind not in {"demonym", "country"} and c is not body and c.start < body.start
                           for c in h.inner):
        return None
    rest = h.text[:len(h.text) - len(body.text)].split()
    mods = [c for c in h.inner if c is not body and c.start < body.start]
    known = {w for c in mods for w in c.text.split()}
    if any(c.entry is None or c.entry.country not in (None, body.entry.country) for c in mods):  # type: ignore[union-attr]
        return None  # "Sudan People's Liberation Army" is not China's People's Liberation Army
    return body.entry if all(w in known for w in rest) else None


#: Words that count a nationality noun as people ("a Briton", "one Canadian"): one person of that country.
ONE_PERSON = {"a", "an", "one", "another", "each", "every"}


def people_noun(sdoc, c: Comp) -> bool:
    """A nationality word used as a plural noun ("Palestinians", "the Japanese") or as a counted noun ("a Briton",
    "one Canadian"), not as an adjective."""
    t = span_root(sdoc, c.start, c.end)
    return t.dep_ not in {"amod", "compound", "poss", "nmod"} and (t.tag_ in {"NNS", "NNPS"} or (
        t.text.endswith("s") and t.text[-2:] != "ss") or any(x.lower_ == "the" for x in t.lefts)
        or any(x.lower_ in ONE_PERSON or x.dep_ == "nummod" for x in t.lefts))


#: Endings of plural nouns for people by what they do ("stone-throwers", "pilgrims", "activists", "tribesmen").
AGENT_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "men", "ims", "ees", "ites")
#: Endings of such nouns for businesses and their people ("automakers", "exporters", "investors", "bankers").
BUSINESS_ENDINGS = ("makers", "exporters", "importers", "investors", "producers", "manufacturers", "traders",
                    "bankers", "shippers", "retailers", "suppliers", "businessmen", "industrialists")


def agent_noun(sdoc, c: Comp):
    """The plural people noun a nationality modifies, when the lexicon does not know it ("Palestinian
    stone-throwers"); else None. Things ("Japanese exports") do not end like agents."""
    t = span_root(sdoc, c.start, c.end)
    head = t.head
    if t.dep_ not in {"amod", "compound", "nmod"} or head.i <= t.i or head.tag_ != "NNS" or head.pos_ != "NOUN":
        return None
    if any(x.i > t.i and x.i < head.i and x.pos_ not in {"PUNCT", "ADJ", "NOUN"} for x in sdoc[t.i:head.i]):
        return None
    from chronicler.actors.lexicon import default_lexicon

    if default_lexicon().lookup_noun(head.text) is not None:
        return None
    return head if head.lower_.endswith(AGENT_ENDINGS) and head.lower_ not in NOT_AGENTS else None


#: Plurals that end like agent nouns but name places or things ("Japanese waters", "Chinese headquarters").
NOT_AGENTS = {"waters", "borders", "headquarters", "quarters", "centers", "corners", "orders", "papers", "powers",
              "letters", "numbers", "matters", "reactors", "sectors", "transfers", "offers", "shelters", "containers",
              "computers", "helicopters", "tankers", "carriers", "destroyers", "cruisers", "launchers"}
#: Nouns for a state's territory: "Japanese waters", "Chinese airspace" are where, not who.
TERRITORY = {"waters", "territory", "territories", "airspace", "soil", "land", "coast", "coastline", "shores"}


@lru_cache(maxsize=16384)  # a pure function of the name, asked for every unlisted organisation of every report
def keyword_sector(name: str) -> str | None:
    """The sector an organisation's name gives: its head word first (the last word before any "of/for":
    "Montenegro Municipality Association" is an association, not a municipality), then any keyword, in the
    list's order."""
    import re

    low = f" {name.lower()} "
    words = re.split(r" (?:of|for) ", re.sub(r"\s*\(.*?\)\s*", " ", name.lower()).strip())[0].split()
    head = f" {words[-1]} " if words else low
    head2 = f" {' '.join(words[-2:])} " if len(words) > 1 else head
    for word, sector in ORG_KEYWORDS:
        plural = f" {word}s " if word != "corp" else " corp. "  # "Marine Corps" is no corporation
        if f" {word} " in (head, head2) or plural in (head, head2):
            return sector
    for word, sector in ORG_KEYWORDS:
        plural = f" {word}s " if word != "corp" else " corp. "
        if f" {word} " in low or plural in low:
            return sector
    return None


#: Last words of a group noun that names a kind of body ("the rights group", "the militant group", "the party").
BODY_WORDS = {"group", "party", "movement", "organization", "organisation", "agency", "union", "front", "faction",
              "militia", "network", "alliance", "coalition"}


def descriptor(p, known) -> Comp | None:
    """The group noun right before an unknown name that says the name is a body of that kind ("the rights group
    Memorial", "the opposition party Ennahda"), else None. ``known(name)`` tells a person the tables or the KB
    know, who is never re-read as a body."""
    h = p.head
    d = next((m for m in p.mods if m.kind == "group" and m.end == h.start and m.entry is not None
              and m.text.lower().split()[-1] in BODY_WORDS), None)
    return None if d is None or known(h.text) else d


#: Sectors a modifier gives over an armed-force head noun ("rebel troops" REB, "police commandos" COP): armed men
#: are the state's military only when nothing says whose they are.
SIDES_OVER_ARMS = {"REB", "COP", "SPY", "CRM"}
#: Sectors of an armed body whose name makes gunmen, attackers or snipers its own (UAF is only for the unknown).
ARMED_OWNERS = frozenset({"REB", "PRM", "MIL", "COP", "SPY", "CRM"})
#: Head-noun sectors the opposition modifier overrides ("opposition politicians", "opposition protesters": PLOVER OPP).
OPPOSITION_OVER = {"CVL", "GOV"}


#: Nouns for a person's kin: of an office holder they are elites (PLOVER ELI: family members of officials).
KIN = {"son", "sons", "daughter", "daughters", "wife", "widow", "husband", "brother", "brothers", "sister", "sisters",
       "nephew", "nephews", "niece", "cousin", "cousins", "relatives", "relative", "family", "son-in-law",
       "brother-in-law", "father", "mother"}
#: Learned people whom a faith word before them makes religious scholars.
SCHOLARS = {"scholar", "scholars", "theologian", "theologians", "jurists", "jurist"}
#: Words naming a faith or branch of one.
FAITHS = {"muslim", "moslem", "islamic", "shiite", "shia", "shi'ite", "sunni", "catholic", "christian", "orthodox",
          "protestant", "jewish", "buddhist", "hindu", "sikh", "coptic", "anglican", "evangelical", "religious"}


def faith_before(sdoc, h: Comp) -> bool:
    """True when a faith word modifies the head noun ("Shiite scholars")."""
    root = span_root(sdoc, h.start, h.end)
    return any(t.lower_ in FAITHS for t in root.lefts) or any(t.lower_ in FAITHS for t in sdoc[h.start:h.end])


def side_over_head(head_sector: str | None, body: str | None) -> str | None:
    """The sector a modifier naming a side gives over the head noun's, else None: a rebel, police, intelligence or
    criminal modifier over a military noun; the opposition over a civilian or government noun."""
    if head_sector == "MIL" and body in SIDES_OVER_ARMS:
        return body
    if head_sector == "UAF" and body in ARMED_OWNERS:  # "Taliban gunmen", "Hezbollah gunmen": the body's, not unknown
        return body
    if head_sector in OPPOSITION_OVER and body == "OPP":
        return body
    return None


def ethnic_form(c: Comp) -> bool:
    """True when a nationality word names a people rather than a state's citizens: a people of several states
    in the lexicon ("Kurdish", "Tamil"), or the shorter noun of a state's adjective ("Serb" beside "Serbian",
    "Croat" beside "Croatian")."""
    from chronicler.actors.lexicon import default_lexicon

    e = c.entry
    if e is None:
        return False
    if e.note.startswith("people") or e.confidence < 0.8:
        return True
    lex = default_lexicon()
    word = c.text.rstrip("s")
    return any((x := lex.lookup_name(word + end)) is not None and x.kind == "demonym" and x.country == e.country
               for end in ("ian", "ish", "ic"))
