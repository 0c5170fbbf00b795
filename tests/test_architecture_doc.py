"""docs/architecture.md stays one page and names only paths, tables and commands that exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
PACKAGE = ROOT / "src" / "chronicler"
PATH_LIKE = re.compile(r"^[\w./*-]+(/|\.(py|md|toml|csv|tsv|txt))$")


def _code_spans(text: str) -> list[str]:
    """Every inline code span of the page (fenced blocks excluded)."""
    body = re.sub(r"```.*?```", "", text, flags=re.S)
    return re.findall(r"`([^`\n]+)`", body)


def _exists(name: str) -> bool:
    """A path named in the page exists under the package, the repository root or docs/ (``*`` as a glob).

    A bare file name ("each package's `commands.py`") must exist in some package folder.
    """
    if "/" not in name and "*" not in name:
        name = f"{name}" if (PACKAGE / name).exists() else f"*/{name}"
    for base in (PACKAGE, ROOT, ROOT / "docs"):
        if "*" in name:
            if list(base.glob(name)):
                return True
        elif (base / name).exists():
            return True
    return False


def test_architecture_page_is_one_page() -> None:
    """The guide asks for one page: at most ~120 lines, history kept in docs/history.md."""
    lines = DOC.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 120
    assert (ROOT / "docs" / "history.md").exists()


def test_paths_named_in_architecture_exist() -> None:
    """Every module, folder or file named in code spans or links exists."""
    text = DOC.read_text(encoding="utf-8")
    names = [s for s in _code_spans(text) if PATH_LIKE.match(s)]
    names += re.findall(r"\]\(([\w./-]+\.md)\)", text)
    assert len(names) > 20
    missing = [n for n in names if not _exists(n)]
    assert not missing, missing


def test_tables_named_in_architecture_exist(tmp_path: Path) -> None:
    """The store's tables listed on the page are the tables the schema creates, all of them."""
    from chronicler.store.db import open_store

    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Store", 1)[1].split("\n## ", 1)[0]
    named = {s for s in _code_spans(section) if re.fullmatch(r"[a-z_]+", s)}
    with open_store(tmp_path / "t.duckdb") as store:
        rows = store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    tables = {r[0] for r in rows}
    tables.discard("schema_version")
    assert tables <= named, tables - named
    assert named - {"data", "seen", "schema_version"} <= tables


def test_commands_named_in_architecture_exist() -> None:
    """Every CLI command listed under Interfaces is registered with the app."""
    from typer.main import get_command

    from chronicler.cli import app

    text = DOC.read_text(encoding="utf-8")
    cli_item = text.split("- **CLI**", 1)[1].split("\n- **", 1)[0]
    named = {s for s in _code_spans(cli_item) if re.fullmatch(r"[a-z]+", s)} - {"table", "json", "csv"}
    commands = set(get_command(app).commands)
    assert named and named <= commands, named - commands
