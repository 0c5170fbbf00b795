"""What kind of body a name with no kind word is, told by its sentence (issue 6, session 19).

A party named by an ideal or a slogan ("Forward Together", "the Centre Union") or a paper named by a thing ("the
Clarion") has no party or media word, and its own words mislead (a "Union" reads as labour, a "Front" as rebels).
A reader learns the kind from the clause the name acts in: a party wins, holds or loses seats, has lawmakers or
deputies, names a candidate, joins or leaves a coalition, polls a share of the vote; a paper reports that
something happened, says it in an editorial, has correspondents and editions, publishes, prints, broadcasts. A media
descriptor before the name says it too ("the daily X", "the weekly X", "the tabloid X"; spaCy tags "daily" as a
date). This module reads those cues for names no table or KB holds: :func:`cued_names` adds a component for such a
name spaCy did not tag (only when a cue is there), :func:`context_kind` sets the sector of an unknown organisation
from its cues. Cues of both kinds in one clause leave the name as it was (abstain). Tables and the KB come first:
their names are institutions, not unknown organisations, and keep their codes.
"""

from __future__ import annotations

from typing import Any

from chronicler.actors.roots import span_root
from chronicler.actors.comps import Comp
from chronicler.actors.nameindex import after_media_kind, comps_by_token, overlapping, subject_or_after

#: Nouns in the clause a party acts in (the name is its subject, or they are in a relative clause on the name):
#: "won 23 seats", "left the coalition".
PARTY_NOUNS = frozenset({"seat", "seats", "coalition"})
#: People and posts a party has; only its own count ("its candidate", "whose lawmakers", "nine deputies"), since
#: anyone may tell lawmakers or meet a candidate.
PARTY_OWN = frozenset({"lawmakers", "deputies", "legislators", "mps", "senators", "councillors", "ministers",
                       "candidate", "candidates"})
#: Verbs of a party's own (lemmas): "campaigned on"; "polled 18 percent" with a share.
PARTY_VERBS = frozenset({"campaign"})
#: Nouns in the clause a paper acts in ("said in an editorial").
MEDIA_NOUNS = frozenset({"editorial", "editorials", "headline", "headlines"})
#: What a paper has; only its own count ("its correspondent", "whose reporters", "its Sunday edition"): anyone may
#: tell reporters something.
MEDIA_OWN = frozenset({"edition", "editions", "correspondent", "correspondents", "reporter", "reporters", "editor",
                       "editors", "bureau", "studio", "studios", "columnist", "columnists", "readers", "viewers",
                       "listeners", "journalists", "website", "newsroom"})
#: Verbs of a paper's own (lemmas); "report" only with a clause of what was reported ("reported that ...").
MEDIA_VERBS = frozenset({"publish", "print", "broadcast", "air", "stream", "quote", "report"})
#: Kind nouns that say a name is a paper or a broadcaster, before it ("the daily X") or in apposition ("X, a weekly
#: paper").
MEDIA_KINDS = frozenset({"daily", "weekly", "tabloid", "newspaper", "paper", "broadsheet", "magazine", "outlet",
                         "broadcaster", "channel", "station", "website", "portal", "newsweekly", "gazette"})
#: Kind nouns in apposition that say a name is a party.
PARTY_KINDS = frozenset({"party", "parties"})
#: Sectors a name's own words give that a clause's cue does not override (a firm's name: "Progress Bank"; a
#: ministry or council: "the Health Ministry reported that ...").
KEPT = frozenset({"BUS", "GOV"})
#: Sectors a paper's verbs alone may override ("the Clarion reported that ..."); a keyword sector needs a noun cue.
PLAIN = frozenset({None, "CVL", "SOC"})
#: Clause links whose own subject makes them another clause (what was reported, not the name's own act).
CLAUSES = frozenset({"ccomp", "advcl", "conj", "xcomp", "relcl", "acl"})
PRONOUNS = frozenset({"it", "they", "its", "their"})
#: Kinds of components that give way to a longer cued name around them ("Bread and Labour": the tagger's ORG
#: "Labour"; "Homeland and Justice": the title "Justice"; "National Harmony": the group word "National").
INSIDE_NAMES = frozenset({"org", "gpe", "norp", "title", "group"})


#: The words whose ownership :func:`_kinds` asks about (``own`` meets nothing else).
_OWN_WORDS = frozenset(PARTY_OWN) | frozenset(MEDIA_OWN)


def _own_clause(v: Any) -> list[Any]:
    """The tokens of the clause headed by ``v`` that say what its subject does: ``v`` and its dependents, without
    clauses that have a subject of their own other than "it"/"they"/"its X" (a reported clause says what others
    did)."""
    out = [v]
    for c in v.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            continue
        if c.dep_ in CLAUSES:
            subj = next((s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and subj.lower_ not in PRONOUNS and not any(
                    p.lower_ in {"its", "their"} for p in subj.children):
                if c.dep_ == "ccomp" and v.lemma_ == "report":
                    out.append(c)  # "reported that ...": the link itself is the cue, not the words inside
                continue
        out.extend(c.subtree)
    return out


def _owned(t: Any) -> bool:
    """True when the noun ``t`` is the name's own: "its"/"whose"/"their" before it, or a count ("nine deputies")."""
    return any((c.dep_ == "poss" and c.lower_ in {"its", "whose", "their"}) or c.dep_ == "nummod" for c in t.children)


def _kinds(tokens: list[Any], name_root: Any, verbs_too: bool = True) -> set[str]:
    toks = [t for t in tokens if t.i != name_root.i]
    words = {t.lower_ for t in toks}
    own = {w for t in toks if (w := t.lower_) in _OWN_WORDS and _owned(t)}  # only these words are asked below
    lemmas = {t.lemma_.lower() for t in toks if t.pos_ in {"VERB", "AUX"}}
    found = set()
    share = bool(words & {"percent", "per", "%"}) and bool(words & {"vote", "votes", "poll", "polled"})
    if words & PARTY_NOUNS or own & PARTY_OWN or lemmas & PARTY_VERBS or share:
        found.add("PTY")
    verbs = lemmas & MEDIA_VERBS if verbs_too else set()
    if "report" in verbs and not any(t.dep_ == "ccomp" and t.head.lemma_ == "report" for t in toks):
        verbs.discard("report")  # "reported a loss": a firm's accounts, not a paper's report
    if words & MEDIA_NOUNS or own & MEDIA_OWN or verbs:
        found.add("JRN")
    return found


def _descriptor(t: Any, start: int, end: int) -> bool:
    """True when ``t``, just before a name at ``[start, end)``, is a lower-case media kind noun that says what the
    name is ("the daily X", "the weekly X": it modifies the name, the name depends on it, or it is inside
    the name's noun phrase), not a word the name merely follows ("its news website Friday": the weekday is no child of it)."""
    if t.lower_ not in MEDIA_KINDS or not t.text.islower():
        return False
    root = span_root(t.doc, start, end)
    return start <= t.head.i < end or any(start <= c.i < end for c in t.children) or root.left_edge.i <= t.i


def name_cues(sdoc: Any, start: int, end: int, verbs_too: bool = True) -> tuple[set[str], str]:
    """The kinds ({"PTY", "JRN"}; "OPP" for "an opposition party" in apposition) the sentence gives the name at
    tokens ``[start, end)``, and the words that said so: a media descriptor just before it, the apposition's head
    noun, the clause it is the subject of, a relative clause or a "with" phrase on it. Without ``verbs_too`` a
    paper's verbs alone ("reported that") are no cue (a person reports too)."""
    root = span_root(sdoc, start, end)
    before = sdoc[start - 1] if start > 0 else None
    if before is not None and _descriptor(before, start, end):
        return {"JRN"}, f"{before.text!r} before the name"
    found: set[str] = set()
    why = []
    for c in root.children:
        if c.dep_ == "appos" and not (start <= c.i < end):
            if c.text.islower() and (c.lower_ in MEDIA_KINDS or c.lemma_.lower() in MEDIA_KINDS):
                found.add("JRN")
                why.append(f"{c.text!r} in apposition")
            elif c.lower_ in PARTY_KINDS:
                found.add("OPP" if any(m.lower_ == "opposition" for m in c.children) else "PTY")
                why.append(f"{c.text!r} in apposition")
            else:
                found |= _kinds(list(c.subtree), root, verbs_too)
        elif c.dep_ == "relcl" or (c.dep_ == "prep" and c.lower_ == "with"):
            found |= _kinds(list(c.subtree), root, verbs_too)
    if root.dep_ in {"nsubj", "nsubjpass"} or (root.dep_ == "conj" and root.head.dep_ in {"nsubj", "nsubjpass"}):
        v = root.head if root.dep_ != "conj" else root.head.head
        clause = _own_clause(v)
        for c in v.children:  # "polled 18 percent ... and entered parliament": verbs sharing the subject
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and not any(
                    s.dep_ in {"nsubj", "nsubjpass"} for s in c.children):
                clause.extend(_own_clause(c))
        found |= _kinds([t for t in clause if not (start <= t.i < end)], root, verbs_too)
    if found:
        why.append("the clause it acts in")
    return found, "; ".join(why)


def _capitalised_run(sdoc: Any, i: int) -> tuple[int, int] | None:
    """The run of capitalised words (with "and", "for", "of" between them, a number after them) around token
    ``i``, without a leading "The"; None when ``i`` is not capitalised."""
    def cap(t: Any) -> bool:
        return t.text[:1].isupper() and t.is_alpha

    if not cap(sdoc[i]):
        return None
    s = i
    while s > 0 and (cap(sdoc[s - 1]) or (sdoc[s - 1].lower_ in {"and", "for", "of"} and s > 1 and cap(sdoc[s - 2]))):
        s -= 1
    e = i + 1
    while e < len(sdoc) and (cap(sdoc[e]) or sdoc[e].like_num and e == i + 1 or (
            sdoc[e].lower_ in {"and", "for", "of"} and e + 1 < len(sdoc) and cap(sdoc[e + 1]))):
        e += 1
    while s < e and sdoc[s].lower_ in {"the", "in", "a", "an"}:
        s += 1
    return (s, e) if s < e else None


def cued_names(sdoc: Any, cands: list[Comp], lex: Any) -> list[Comp]:
    """Components for names spaCy left untagged that act as a party or a paper ("Forward Together won 23 seats",
    "the Clarion reported that ...", "the daily Vecer said ..."): a capitalised run that is a clause's subject or
    follows a media descriptor, covers no other component, is no word the lexicon knows, and has a cue."""
    taken = {i for c in cands if c.kind not in {"gpe", "norp"} for i in c.tokens()}
    states = {i for c in cands if c.kind in {"country", "demonym"} for i in c.tokens()}
    fixed = {i for c in cands if c.kind not in INSIDE_NAMES for i in c.tokens()}
    covering = comps_by_token(c for c in cands if c.kind not in {"gpe", "norp"})
    after = after_media_kind(sdoc, MEDIA_KINDS)
    out: list[Comp] = []
    for i in subject_or_after(sdoc, after):  # the tokens the test below could pass, not every token of the Doc
        after_kind = i in after
        if (after_kind and sdoc[i].ent_type_ in {"DATE", "TIME"}) or (i in taken and i not in states):
            continue
        run = _capitalised_run(sdoc, i)
        while run is not None and run[0] in states and run[0] < i:
            run = (run[0] + 1, run[1])  # "the Austrian Greens": the state word stays the name's modifier
        if run is None or (run[1] - run[0] == 1 and sdoc[run[0]].tag_ != "NNP") or fixed.intersection(range(*run)) \
                or any(c.start < run[0] or c.end > run[1] or c.end - c.start == run[1] - run[0]
                       for c in overlapping(covering, *run)):
            continue  # a name the tagger or the lists gave (or part of one); words of a longer name give way
        text = sdoc[run[0]:run[1]].text
        if lex.lookup_name(text) is not None or lex.lookup_noun(text) is not None or lex.city(text) is not None:
            continue
        kinds, _why = name_cues(sdoc, *run)
        if len(kinds) == 1:
            out.append(Comp(run[0], run[1], "org", text))
            taken.update(range(*run))
    return out


def _unknown_person(d: Any, h: Comp) -> bool:
    """True for a name spaCy tagged as a person that no KB or list knows and no title goes with."""
    return d.kind == "person" and h.kind == "person" and d.title is None and not d.kb_terms \
        and d.phrase.first("title") is None


def _named_group(d: Any, h: Comp, sdoc: Any) -> bool:
    """True for a group word spelt as a name, not first in its sentence, that says only "people" (civilians or
    civil society): "the Greens", "Free Citizens"."""
    if d.kind != "group" or h.kind != "group" or d.sector not in {None, "CVL", "SOC"}:
        return False
    root = span_root(sdoc, h.start, h.end)
    return root.text[:1].isupper() and root.tag_ in {"NNP", "NNPS"} and not root.is_sent_start


def context_kind(drafts: list, sdoc: Any) -> None:
    """An unknown organisation's sector from its sentence's cues (PTY or JRN; "opposition" before a party's name
    makes it OPP), over what its own words said unless they named a firm; cues of both kinds leave it. In place."""
    from chronicler.actors.orgnames import in_opposition
    from chronicler.actors.phrasesector import _body_sector

    if sdoc is None:
        return
    for d in drafts:
        h = d.phrase.head
        person, named_group = _unknown_person(d, h), _named_group(d, h, sdoc)
        if not (person or named_group) and (d.kind != "organization" or h.kind != "org" or d.known_body
                                            or d.sector in KEPT):
            continue
        kinds, why = name_cues(sdoc, h.start, h.end, verbs_too=not (person or named_group) and d.sector in PLAIN)
        if not kinds and d.kind == "organization" and in_opposition(sdoc, d.phrase, "PTY", _body_sector(d.phrase)):
            kinds, why = {"OPP"}, "'opposition' before the name"  # "the opposition Centre Union accused ..."
        if len(kinds) != 1:
            continue
        kind = next(iter(kinds))
        if person or named_group:  # "Nova Vremya said in its edition", "the Greens left the coalition": a body
            d.kind, d.mention_kind, d.org, d.name, d.role = "organization", "institution", h.text, None, None
        if kind == "PTY" and in_opposition(sdoc, d.phrase, "PTY", _body_sector(d.phrase)):
            kind = "OPP"
        if kind != d.sector:
            d.evidence.append(f"sector {kind} from {why} (was {d.sector})")
            d.sector = kind


#: Sectors of the state bodies and parties a table lists for one state that other states have under the same name
#: (a republican guard, a house of representatives, a liberal democratic party).
STATE_BODIES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY"})


def own_state(p: Any, h: Comp) -> Comp | None:
    """The state word of a phrase headed by a listed state body or party when it names another state than the
    table's ("Chad's Republican Guard", "the Nigerian House of Representatives", "the Liberal Democratic Party of
    Russia"): a country or state demonym before the name, or a country after its "of"; else None. A stateless
    people's word ("Kurdish") names no state; non-state bodies (rebels, networks) keep the table's country."""
    e = h.entry
    if h.kind != "institution" or e is None or e.sector not in STATE_BODIES or e.country in {None, "IGO", "NGO", "IMG"}:
        return None
    for c in sorted(p.mods, key=lambda m: -m.end) + p.of:
        if c.kind not in {"country", "demonym"} or c.entry is None or not c.entry.country:
            continue
        if c.entry.confidence < 0.8 or c.entry.note.startswith("people") or c.entry.country in {"IGO", "NGO", "IMG"}:
            continue
        return c if c.entry.country != e.country else None
    return None
