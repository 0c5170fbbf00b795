"""Unnamed attackers: "gunmen", "assailants", "kidnappers", "pirates", "a suicide bomber" with no nationality of
their own words are of unknown origin.

The actors stage guesses a country for a group with none from the sentence around it (``countryguess._context``:
"gunmen killed seven Iraqi policemen" → Iraqi gunmen; "kidnappers seized Chinese workers in Ethiopia" →
Ethiopian kidnappers). For most groups that guess is sound (the crowd, the police, the rebels of a civil war, as
the PLOVER gold records code them); for the unidentified armed and criminal groups that strike at others it names
the victims' or the place's country, the very side the attack is aimed at or the ground it happens on. A role
reader therefore takes such a mention as a participant whose actor is unknown: the role keeps the mention's
span, with no actor and no country. Rebels, insurgents and militants (sector REB) keep the country of their
conflict, as the gold records code them; a nationality in the text ("Somali pirates", "Iraqi gunmen") is kept.
The devices the actors stage files under the same sector ("a roadside bomb", "a minefield explosion") keep the
guessed country too: the gold records code a device's attack with the country it strikes in.
"""

from __future__ import annotations

from chronicler.model import Actor

#: Sectors of attackers of unknown origin: unidentified armed forces and criminals (PLOVER UAF, CRM).
UNNAMED_SECTORS = frozenset({"UAF", "CRM"})
#: Nouns of an attacker of unknown origin that the actors stage codes under another sector (a bomber as MIL).
UNNAMED_NOUNS = frozenset({"bomber", "bombers"})
#: Words of a device rather than a person (the last word of the mention): not an attacker of unknown origin.
DEVICE_WORDS = frozenset({"bomb", "bombs", "device", "devices", "mine", "mines", "landmine", "landmines", "blast",
                          "blasts", "explosion", "explosions", "explosive", "explosives", "shell", "shells"})
#: A country guessed from context has at most this confidence (``countryguess._context`` gives 0.4); one read
#: from the mention's own words ("Iraqi gunmen") or its phrase ("kidnappers in Iraq") has more.
GUESSED_CONFIDENCE = 0.45


def unnamed_attacker(actor: Actor | None, text: str) -> bool:
    """True when ``actor``, coded from the mention ``text``, is an attacker of unknown origin whose country the
    actors stage only guessed from the sentence around it."""
    if actor is None or actor.kind != "group" or actor.confidence > GUESSED_CONFIDENCE:
        return False
    words = text.lower().split()
    if not words or words[-1] in DEVICE_WORDS:
        return False
    return actor.sector in UNNAMED_SECTORS or words[-1] in UNNAMED_NOUNS
