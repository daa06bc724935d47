from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from detente.ingest.readers import read_paths
from detente.model import Document, IngestError
from tests.conftest import SEEDS, needs_shared


def _split(items):  # type: ignore[no-untyped-def]
    items = list(items)
    docs = [i for i in items if isinstance(i, Document)]
    errs = [i for i in items if isinstance(i, IngestError)]
    return docs, errs


@needs_shared(SEEDS)
def test_text_file_drops_page_furniture_and_repeated_headlines():
    docs, errs = _split(read_paths([SEEDS / "000_f4380a73df5673c0.txt"], default_date=date(2013, 7, 5)))
    assert not errs and len(docs) == 1
    doc = docs[0]
    assert doc.doc_id == "000_f4380a73df5673c0" and doc.date == date(2013, 7, 5)
    assert "Click here to subscribe" not in doc.text
    assert "Credit: Wikicommons" not in doc.text
    assert doc.text.count("Charm Offensive Starts Showing Results") == 1
    assert "Kim Kye-Gwan" in doc.text


def test_html_main_text_is_extracted_without_boilerplate(tmp_path: Path):
    html = """<html><head><title>Seoul and Pyongyang agree to talks</title></head><body>
    <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article><h1>Seoul and Pyongyang agree to talks</h1>
    <p>South Korea and North Korea agreed on Thursday to hold working-level talks at Panmunjom
    on the future of the Kaesong Industrial Complex, officials in Seoul said.</p>
    <p>The North had proposed the meeting a day earlier, after weeks of silence over the
    shuttered factory park near the border.</p>
    <p>Enjoying this article? Click here to subscribe for full access. Just $5 a month.</p></article>
    <footer>Copyright 2013 Example News. All rights reserved.</footer></body></html>"""
    (tmp_path / "talks.html").write_text(html, encoding="utf-8")
    docs, errs = _split(read_paths([tmp_path / "talks.html"]))
    assert not errs
    text = docs[0].text
    assert "working-level talks at Panmunjom" in text
    assert "subscribe" not in text.lower()
    assert "All rights reserved" not in text
    assert docs[0].title == "Seoul and Pyongyang agree to talks"


def test_jsonl_records_folder_recursion_and_bad_lines(tmp_path: Path):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    good = {"id": "r1", "text": "Japan eased sanctions on North Korea.", "date": "2014-07-04",
            "title": "Japan eases", "url": "http://x", "source": "wire"}
    lines = [json.dumps(good), "{not json", json.dumps({"id": "r3"}),
             json.dumps({"id": "r4", "text": "Seoul proposed talks.", "date": "2014-13-45"}),
             json.dumps({"id": "r5", "text": "Seoul proposed talks."})]
    (sub / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "note.txt").write_text("China urged restraint.", encoding="utf-8")
    docs, errs = _split(read_paths([tmp_path], default_date=date(2014, 1, 1)))
    assert [d.doc_id for d in docs] == ["r1", "r5", "note"]
    assert docs[0].date == date(2014, 7, 4) and docs[0].source == "wire"
    assert docs[1].date == date(2014, 1, 1)  # --date fills records without one
    assert [(e.line, e.code) for e in errs] == [(2, "E005"), (3, "E006"), (4, "E008")]
    assert all(e.item.endswith("batch.jsonl") for e in errs)
    assert "text" in errs[1].reason


def test_bad_files_are_named_and_the_batch_goes_on(tmp_path: Path):
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks in Gen\xe8ve.\n".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Russia wrote off North Korean debt.", encoding="utf-8")
    docs, errs = _split(read_paths([tmp_path / n for n in
                                    ("binary.txt", "latin1.txt", "empty.txt", "ok.txt", "missing.txt")]))
    assert [d.doc_id for d in docs] == ["ok"]
    codes = {Path(e.item).name: e.code for e in errs}
    assert codes == {"binary.txt": "E002", "latin1.txt": "E003", "empty.txt": "E004", "missing.txt": "E001"}
    latin = next(e for e in errs if e.item.endswith("latin1.txt"))
    assert latin.line == 1 and "offset 3" in latin.reason
