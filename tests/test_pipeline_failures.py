"""A coder failure on one sentence is reported (E040) and the rest of the batch is coded."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Document

pytestmark = pytest.mark.slow


def test_a_sentence_the_coder_fails_on_is_reported_and_the_rest_coded(pipeline, monkeypatch):  # type: ignore[no-untyped-def]
    real = pipeline.coder.code_sentence

    def flaky(sent, actors, *, doc_id, sent_index):  # type: ignore[no-untyped-def]
        if "Tokyo" in sent.text:
            raise RuntimeError("odd parse")
        return real(sent, actors, doc_id=doc_id, sent_index=sent_index)

    monkeypatch.setattr(pipeline.coder, "code_sentence", flaky)
    docs = [Document("a", "Japan protested to Seoul on Monday. Tokyo recalled its ambassador from Seoul. "
                          "China condemned North Korea's missile test.", date(2019, 8, 1)),
            Document("b", "Russia expelled two Estonian diplomats on Friday.", date(2019, 8, 1))]
    coded = list(pipeline.code(docs))
    assert [c.document.doc_id for c in coded] == ["a", "b"]
    first, second = coded
    assert [f.code for f in first.failures] == ["E040"] and "sentence 1 of a" in first.failures[0].reason
    assert {e.sent_index for e in first.events} == {0, 2}  # the sentences before and after still coded
    assert second.events and not second.failures
