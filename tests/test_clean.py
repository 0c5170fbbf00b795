"""The clean stage: credit lines, datelines, boilerplate, offsets into the original text."""

from __future__ import annotations

from chronicler.clean.stage import clean_document
from chronicler.model import Document


def cleaned(text: str) -> Document:
    return clean_document(Document("id", "src", text))


def test_credit_line_dateline_and_trailing_plea():
    text = ("PACIFIC WIRE SERVICE,\nTokyo: The prime minister said Monday he would go.\n"
            "“We will talk,” he said.\n\nSubscribe today to support our reporting.\n")
    doc = cleaned(text)
    assert doc.outlet == "Pacific Wire Service"
    assert doc.dateline == "Tokyo"
    assert doc.body.startswith("The prime minister") and "Subscribe" not in doc.body
    for s in doc.body_spans:
        assert text[s.start:s.end] in doc.body
    labels = {s.label for s in doc.boilerplate_spans}
    assert labels == {"credit", "dateline", "boilerplate"}


def test_agency_in_dateline():
    doc = cleaned("WASHINGTON (AP) _ The two allies agreed on Tuesday to move forward.\n© 2006 The Associated Press.")
    assert doc.outlet == "Associated Press" and doc.dateline == "Washington"
    assert "©" not in doc.body


def test_bullet_credit_line():
    doc = cleaned("• Harbor Daily News\n\n\nDefense Minister Hamada will meet Gates on Friday, the ministry said.\n")
    assert doc.outlet == "Harbor Daily News" and doc.dateline is None
    assert doc.body.startswith("Defense Minister")


def test_ordinary_first_sentence_is_not_a_dateline():
    doc = cleaned("He said: the talks will go on.\nMore text.")
    assert doc.dateline is None and doc.body.startswith("He said")


def test_samples_credit_and_dateline(samples):
    afp = cleaned((samples / "000_badfc10b9885ab9a.txt").read_text(encoding="utf-8"))
    assert afp.outlet == "Agence France-Presse" and afp.dateline == "Tokyo"
    kyodo = cleaned((samples / "003_1afec4b9281c4d08.txt").read_text(encoding="utf-8"))
    assert kyodo.outlet == "Kyodo News"
    assert "subscribing" not in kyodo.body and "quality journalism" not in kyodo.body
    assert kyodo.body.startswith("Defense Minister Yasukazu Hamada")
