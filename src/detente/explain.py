"""Human-readable explanation of a stored event (used by the CLI and the web layer)."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.panel import Panel
from rich.text import Text


def highlight(sentence: str, row: dict[str, Any]) -> Text:
    """The sentence with the source (bold red), target (bold blue) and trigger (underlined) marked."""
    text = Text(sentence)
    spans = [(row.get("source_start"), row.get("source_end"), "bold red"),
             (row.get("target_start"), row.get("target_end"), "bold blue")]
    trig = row.get("trigger_start")
    if trig is not None and row.get("trigger"):
        spans.append((trig, trig + len(row["trigger"]), "underline green"))
    for start, end, style in spans:
        if start is not None and end is not None and 0 <= start < end <= len(sentence):
            text.stylize(style, start, end)
    return text


def explain_lines(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) pairs describing an event; shared by terminal and HTML renderings."""
    def actor(prefix: str) -> str:
        s = f"{row[prefix]}  ← \"{row[prefix + '_text']}\"  [{row.get(prefix + '_entry')}]"
        if row.get(prefix + "_antecedent"):
            s += f"  (refers to \"{row[prefix + '_antecedent']}\")"
        return s

    loc = "unknown"
    if row.get("location_name"):
        loc = (f"{row['location_name']} ({row['location_country']}, "
               f"{row['location_lat']:.4f}, {row['location_lon']:.4f})")
    return [
        ("event", str(row["event_id"])),
        ("document", f"{row['doc_id']}  sentence {row['sent_index']}  {row.get('title') or ''}".rstrip()),
        ("source", actor("source")),
        ("target", actor("target")),
        ("code", f"{row['code']} (root {row['root']}, quad class {row['quad_class']}, "
                 f"Goldstein {row['goldstein']}, PLOVER {row['plover'] or '-'})"),
        ("trigger", f"\"{row['trigger']}\""),
        ("pattern", f"{row['pattern']}  [{row.get('pattern_origin') or '?'}]"),
        ("date", f"{row['event_date'] or 'unknown'} ({row['date_precision'] or '-'})"
                 + (f" from \"{row['date_text']}\"" if row.get("date_text") else "")),
        ("location", loc),
        ("negated", str(bool(row["negated"]))),
        ("modality", row["modality"] or "fact"),
    ]


def explain_event(row: dict[str, Any]) -> Panel:
    """A Rich panel explaining one event row from the store."""
    body = Text()
    for label, value in explain_lines(row):
        body.append(f"{label:>9}: ", style="bold")
        body.append(value + "\n")
    return Panel(Group(highlight(row["sentence"], row), Text(""), body), title="detente explain")
