"""``text.tables.data_rows``: the rows of a data CSV after its header, comment and empty lines skipped."""

from __future__ import annotations

from chronicler.text.tables import data_rows


def test_comments_header_and_empty_lines_are_skipped(tmp_path):
    path = tmp_path / "words.csv"
    path.write_text("# a comment\nword,kind\n# another\nclan,group\n\n\"beat, again\",win\n", encoding="utf-8")
    assert data_rows(path) == [["clan", "group"], ["beat, again", "win"]]


def test_a_file_with_only_a_header_has_no_rows(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("# nothing listed yet\nword\n", encoding="utf-8")
    assert data_rows(path) == []
