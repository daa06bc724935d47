"""Coding on a local Dask cluster gives exactly the events of in-process coding."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Document
from detente.scale.dask_runner import ClusterConfig, code_distributed

pytestmark = [pytest.mark.slow, pytest.mark.distributed]

DOCS = [
    Document("a", "Japan eased some of its sanctions on North Korea on Friday.", date(2014, 7, 4)),
    Document("b", "North Korea released American tourist Jeffrey Fowle on Tuesday.", date(2014, 10, 22)),
    Document("c", "China and Russia condemned the missile launch by North Korea.", date(2013, 2, 13)),
    Document("d", "Seoul rejected the offer from Pyongyang, demanding instead that the North apologize.",
             date(2014, 1, 18)),
]


def test_distributed_coding_matches_in_process(pipeline):  # type: ignore[no-untyped-def]
    local = {e.event_id for c in pipeline.code(DOCS) for e in c.events}
    remote = list(code_distributed(DOCS, cluster=ClusterConfig(workers=2, batch_size=2)))
    assert sorted(c.document.doc_id for c in remote) == ["a", "b", "c", "d"]
    assert {e.event_id for c in remote for e in c.events} == local and local
