"""TBAQ documents through the ingest pipeline's own stages, for ``tempeval3.py --pipeline``.

``chronicler ingest`` tags time expressions in the ``timex`` stage after ``clean`` (which blanks datelines,
bylines and boilerplate), ``dating`` and ``nlp``, with the configured ``[stages.timex]`` settings
(``use_parse`` among them). This runs those stages, as configured by the packaged default config, over each
file's plain text with its DCT as the publication date the metadata gives, so the scorer can print the figure
of what an ingest user gets beside that of ``chronicler timex --timeml``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

STAGES = ("clean", "dating", "nlp", "timex")


def pipeline_timexes(docs: Sequence[Any]) -> Iterator[tuple[Any, ...]]:
    """The ``timex`` stage's timexes of each parsed TimeML document (offsets into its plain text), in order."""
    from chronicler.model import DateInterval, Document
    from chronicler.pipeline import AnnotatedDocument, Pipeline, default_config

    settings = default_config().get("stages", {})
    pipe = Pipeline([(name, dict(settings.get(name, {}))) for name in STAGES])
    start = (AnnotatedDocument(Document(id=d.name, source=d.name, text=d.plain,
                                        published=DateInterval.day(d.dct) if d.dct else None)) for d in docs)
    for out in pipe.pipe(start):
        yield out.timexes
