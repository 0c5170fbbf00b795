"""Country codes the scorers treat as one.

Our actors stage codes Kosovo ``KOS`` (CAMEO's code, the PLOVER convention), while some of our own evaluation
sets write ``XKX`` (the user-assigned ISO-style code many data sets use). The two name one actor, so every scorer
maps a gold code through :func:`same_code` before comparing it with ours; the product's output is unchanged.
The GSR's pre-ISO codes (JAP, ITL, VTN) are mapped by the scorers' own tables, as before.
"""

from __future__ import annotations

#: Gold codes written differently from the product's for the same actor: gold code -> ours.
SAME = {"XKX": "KOS"}


def same_code(code: str | None) -> str | None:
    """``code`` as the product writes it (``XKX`` -> ``KOS``); any other code (or None) unchanged."""
    return SAME.get(code, code) if code else code
