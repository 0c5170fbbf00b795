"""CLI: ``chronicler actor NAME`` — one actor's roles over time and the documents naming it."""

from __future__ import annotations

import json

import typer


def register(app: typer.Typer) -> None:
    """Add the ``actor`` command to the CLI."""
    from chronicler.cli import DEMO_EXTRAS, DbOption, FormatOption, _check_format, _fail

    DEMO_EXTRAS.append(_demo_actors)

    @app.command()
    def actor(
        query: str = typer.Argument(..., help="Actor id (person:..., country:JPN), name or alias, e.g. \"Hamada\"."),
        db: str = DbOption,
        fmt: str = FormatOption,
    ) -> None:
        """Show an actor: codes, roles over time (office-holder KB and as the documents give them), documents."""
        from chronicler.actors.queries import actor_profile
        from chronicler.output import render
        from chronicler.store.db import StoreError

        _check_format(fmt)
        try:
            rows = actor_profile(db, query)
        except StoreError as exc:
            _fail(str(exc))
            return
        if not rows:
            _fail(f"no actor matches {query!r} (try `chronicler actors`)")
        if fmt == "json":
            print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
            return
        if fmt == "csv":
            render(rows, "csv", [(k, (lambda r, k=k: r[k])) for k in
                                 ("id", "name", "country", "sector", "role", "aliases", "mentions")])
            return
        for r in rows:
            codes = "/".join(x for x in (r["country"], r["sector"]) if x)
            print(f"{r['name']}  [{r['id']}]  {codes}  {r['role'] or ''}  ({r['mentions']} mentions)")
            if r["aliases"]:
                print(f"  also: {'; '.join(r['aliases'])}")
            timeline = [(t["start"] or "…", t["end"] or "…", t["role"], "office-holder KB") for t in r["terms"]]
            timeline += [(s["published"] or "undated", "", s["role"], f"document {s['document'][:10]}")
                         for s in r["roles_seen"]]
            if timeline:
                render([{"from": a, "to": b, "role": c, "source": d} for a, b, c, d in sorted(timeline)], "table",
                       [("from", lambda x: x["from"]), ("to", lambda x: x["to"]), ("role", lambda x: x["role"]),
                        ("source", lambda x: x["source"])], title="roles over time")
            render(r["documents"], "table", [
                ("published", lambda x: x["published"] or "unknown"), ("mentions", lambda x: x["mentions"]),
                ("title", lambda x: x["title"]), ("source", lambda x: x["source"]),
                ("id", lambda x: x["id"][:10])], title=f"{len(r['documents'])} documents")


def _demo_actors(db: str) -> None:
    """The demo's most mentioned actors with their codes."""
    from chronicler.output import render
    from chronicler.store.queries import list_actors

    rows = list_actors(db, limit=15)
    render(rows, "table", [("name", lambda r: r["name"]), ("country", lambda r: r["country"]),
                           ("sector", lambda r: r["sector"]), ("role", lambda r: r["role"]),
                           ("mentions", lambda r: r["mentions"])], title="most mentioned actors")
