"""Session 12's speed change in the actors stage changes no output: a bare group noun ("Police later ...") still
takes the country of earlier full mentions of its kind unless its own sentence names a state, and the report's
mentions are scanned once for that, not once per bare group noun (a scan quadratic in a report's mentions)."""

from __future__ import annotations

from datetime import date

from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument

from conftest import alias

#: Our own wire-style report: police named with their country once, then bare, in sentences naming no state but
#: one that names Kenya.
REPORT = ("Ugandan police arrested twelve traders in Kampala on Monday after a protest over new market fees. "
          "Police later released four of them without charge. "
          "Police said the others would appear in court on Friday. "
          "Police fired tear gas at a crowd near the border with Kenya on Tuesday, witnesses said. "
          "The traders say the fees will ruin them.")


class CountingList(list):
    """A list that counts the walks over it (``for x in the_list``)."""

    walks = 0

    def __iter__(self):
        self.walks += 1
        return super().__iter__()


pipe = alias("actors_pipe")


def test_bare_group_nouns_take_the_earlier_mention_with_one_scan_of_the_report(pipe):
    from chronicler.actors.context import earlier_mentions
    from chronicler.actors.stage import ActorsComponent

    adoc = pipe(AnnotatedDocument(Document(id="t", source="t", text=REPORT,
                                           published=DateInterval.day(date(2011, 3, 1)))))
    drafts = CountingList(ActorsComponent(resolve=False).drafts(adoc))
    bare = [d for d in drafts if d.text == "Police"]
    assert len(bare) == 3 and all(d.country is None for d in bare)
    drafts.walks = 0
    earlier_mentions(drafts, adoc.nlp)
    # the two bare mentions in sentences naming no state take the earlier mention's country; the one in the
    # sentence naming Kenya is left to that sentence's guess
    assert [d.country for d in bare] == ["UGA", "UGA", None]
    assert drafts.walks <= 2  # the old code walked the whole report again for each of the three
