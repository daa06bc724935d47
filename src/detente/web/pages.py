"""Server-rendered HTML for the dashboard: small, escaped, no template engine needed."""

from __future__ import annotations

from html import escape
from typing import Any

from detente.explain import explain_lines

STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
th{background:#f3f3f3}.src{background:#fdd;font-weight:bold}.tgt{background:#ddf;font-weight:bold}
.trg{text-decoration:underline;text-decoration-color:green}nav a{margin-right:1rem}
form input{margin-right:.5rem}.muted{color:#777}
"""


def page(title: str, body: str) -> str:
    """A complete HTML page with the dashboard's navigation."""
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<style>{STYLE}</style></head><body><nav><a href='/'>Summary</a><a href='/events'>Events</a>"
            f"<a href='/docs'>API</a></nav><h1>{escape(title)}</h1>{body}</body></html>")


def table(rows: list[dict[str, Any]], columns: list[str], *, link: str | None = None) -> str:
    """An HTML table; ``link`` names a column whose value links to ``/events/<value>``."""
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = []
    for r in rows:
        cells = []
        for c in columns:
            value = "" if r.get(c) is None else str(r.get(c))
            cell = escape(value)
            if c == link and value:
                cell = f"<a href='/events/{escape(value)}'>{escape(value[:10])}</a>"
            cells.append(f"<td>{cell}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def highlighted(sentence: str, row: dict[str, Any]) -> str:
    """The sentence with source, target and trigger spans marked (escaped piecewise)."""
    marks: list[tuple[int, int, str]] = []
    for prefix, css in (("source", "src"), ("target", "tgt")):
        start, end = row.get(f"{prefix}_start"), row.get(f"{prefix}_end")
        if start is not None and end is not None:
            marks.append((int(start), int(end), css))
    if row.get("trigger_start") is not None and row.get("trigger"):
        start = int(row["trigger_start"])
        marks.append((start, start + len(row["trigger"]), "trg"))
    marks = sorted(m for m in marks if 0 <= m[0] < m[1] <= len(sentence))
    out, pos = [], 0
    for start, end, css in marks:
        if start < pos:
            continue  # overlapping spans (a pronoun that is also the trigger's object): keep the first
        out.append(escape(sentence[pos:start]))
        out.append(f"<span class='{css}'>{escape(sentence[start:end])}</span>")
        pos = end
    out.append(escape(sentence[pos:]))
    return "".join(out)


def explain_page(row: dict[str, Any]) -> str:
    """The dashboard's explanation of one event."""
    lines = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in explain_lines(row))
    body = (f"<p>{highlighted(row['sentence'], row)}</p><p class='muted'>source in red, target in blue, "
            f"trigger underlined</p><table>{lines}</table>")
    return page(f"Event {row['event_id']}", body)
