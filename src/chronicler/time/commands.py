"""``chronicler timex``: tag a text (JSON out) or a folder of TempEval-3 TimeML files."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from chronicler.model import DateInterval, to_dict

if TYPE_CHECKING:
    from chronicler.time.timeml import TimeMLDoc


def parse_dct(value: str) -> DateInterval:
    """A DCT given as ``YYYY-MM-DD`` (a day), ``YYYY-MM`` (a month), ``YYYY`` (a year) or ``START..END``
    (any two of these: from the start of the first to the end of the second)."""
    from chronicler.time.normalize import interval_of

    v = value.strip()
    if ".." in v:
        first, _, last = v.partition("..")
        lo, hi = parse_dct(first), parse_dct(last)
        if lo.earliest is None or hi.latest is None or lo.earliest > hi.latest:
            raise ValueError(f"--dct {value!r}: the interval ends before it starts")
        if lo.earliest == hi.latest:
            return DateInterval.day(lo.earliest)
        return DateInterval(lo.earliest, hi.latest, None, "day")
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", v):
        raise ValueError(f"--dct {value!r}: expected YYYY-MM-DD, YYYY-MM, YYYY or START..END")
    iv = interval_of(v)
    if iv is None:
        raise ValueError(f"--dct {value!r}: not a calendar date")
    return iv


def tag_timeml(doc: "TimeMLDoc") -> tuple[str, list[str]]:
    """The TimeML text ``chronicler timex --timeml`` writes for one parsed file (its TIMEX3s replaced by
    ours, normalized against its DCT), and its warnings. The TempEval-3 scorer scores this very text."""
    from chronicler.time.tagger import tag
    from chronicler.time.timeml import write_tml

    messages = [] if doc.dct is not None else [f"{doc.name}: no DCT; relative expressions left unresolved"]
    text, warnings = write_tml(doc, tag(doc.plain, doc.dct))
    return text, messages + warnings


def tag_timeml_dir(in_dir: Path, out_dir: Path) -> tuple[int, list[str]]:
    """Tag every ``*.tml`` of ``in_dir`` into ``out_dir``; returns (files written, error/warning messages)."""
    from chronicler.time.timeml import TimeMLError, read_tml

    out_dir.mkdir(parents=True, exist_ok=True)
    written, messages = 0, []
    for path in sorted(in_dir.glob("*.tml")):
        try:
            doc = read_tml(path)
        except (TimeMLError, UnicodeDecodeError, OSError) as exc:
            messages.append(f"{path}: {exc}")
            continue
        text, warnings = tag_timeml(doc)
        messages.extend(warnings)
        with open(out_dir / path.name, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        written += 1
    return written, messages


def register(app: typer.Typer) -> None:
    """Add the ``timex`` command to the CLI."""

    @app.command()
    def timex(
        text: Optional[str] = typer.Argument(None, help="Text to tag ('-' reads standard input)."),
        dct: Optional[str] = typer.Option(None, "--dct", help="Document creation time: YYYY-MM-DD, YYYY-MM, YYYY or START..END (an uncertain date)."),
        timeml: Optional[tuple[Path, Path]] = typer.Option(
            None, "--timeml", help="IN_DIR OUT_DIR: tag TempEval-3 TimeML files (TIMEX3s inside TEXT replaced)."),
    ) -> None:
        """Find and normalize time expressions (TIMEX3): JSON for a text, or TimeML files for a folder."""
        from chronicler.time.tagger import tag

        if timeml:
            in_dir, out_dir = timeml
            if not in_dir.is_dir():
                typer.echo(f"error: {in_dir}: not a folder", err=True)
                raise typer.Exit(2)
            written, messages = tag_timeml_dir(in_dir, out_dir)
            for msg in messages:
                typer.echo(f"warning: {msg}", err=True)
            typer.echo(f"{written} files written to {out_dir}")
            if any("no <TEXT>" in m or "codec" in m for m in messages):
                raise typer.Exit(1)
            return
        if text is None:
            typer.echo("error: give a TEXT to tag (or '-' for standard input), or --timeml IN_DIR OUT_DIR", err=True)
            raise typer.Exit(2)
        if text == "-":
            text = sys.stdin.read()
        interval = None
        if dct is not None:
            try:
                interval = parse_dct(dct)
            except ValueError as exc:
                typer.echo(f"error: {exc}", err=True)
                raise typer.Exit(2)
        ref: date | DateInterval | None = interval
        if interval is not None and interval.earliest == interval.latest:
            ref = interval.earliest
        found = tag(text, ref)
        print(json.dumps({"dct": dct, "timexes": [to_dict(t) for t in found]}, indent=2, ensure_ascii=False))
