"""Extract the main text of an HTML page (trafilatura), with a plain lxml fallback."""

from __future__ import annotations

from detente.ingest.text import clean_text


def html_to_text(html: str) -> tuple[str | None, str]:
    """(title, main text) of an HTML page with navigation, ads and subscription prompts removed."""
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    title = None
    meta = trafilatura.extract_metadata(html)
    if meta is not None and meta.title:
        title = meta.title
    body = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True) or ""
    if not body.strip():
        body = _fallback_text(html)
    return title, clean_text(body)


def _fallback_text(html: str) -> str:
    """Paragraph text via lxml when trafilatura finds no main content (very short pages)."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several unrelated types for junk input
        return ""
    for bad in tree.xpath("//script|//style|//nav|//footer|//header|//aside"):
        bad.drop_tree()
    paragraphs = [p.text_content().strip() for p in tree.xpath("//p|//h1|//h2|//li")]
    return "\n\n".join(p for p in paragraphs if p)
