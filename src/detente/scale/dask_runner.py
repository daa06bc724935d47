"""Scale coding out with Dask distributed: documents are coded on workers, stored by the caller.

Each worker process builds its own :class:`~detente.pipeline.Pipeline` once (the spaCy model is
loaded per process, never shipped over the wire) and codes batches of documents; only plain
records (``CodedDocument``) travel back.  Storing stays in the calling process because DuckDB
allows one writer.  With ``address=None`` a local cluster of ``workers`` processes is started, so
the same call uses both cores of a laptop or a remote scheduler's many machines.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from detente.model import CodedDocument, Document
from detente.pipeline import PipelineConfig

_PIPELINE_KEY = "detente-pipeline"


@dataclass(frozen=True)
class ClusterConfig:
    """Where to run: a scheduler address, or a local cluster of ``workers`` processes."""

    address: str | None = None
    workers: int = 2
    threads_per_worker: int = 1
    batch_size: int = 16


def _code_batch(docs: Sequence[Document], config: PipelineConfig) -> list[CodedDocument]:
    """Runs on a worker: reuse that worker's pipeline (built on first use) to code a batch."""
    from distributed import get_worker

    from detente.pipeline import Pipeline

    worker = get_worker()
    pipeline = getattr(worker, "_detente_pipeline", None)
    if pipeline is None or pipeline.config != config:
        pipeline = Pipeline(config)
        worker._detente_pipeline = pipeline  # type: ignore[attr-defined]
    return list(pipeline.code(docs))


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def code_distributed(documents: Iterable[Document], *, cluster: ClusterConfig | None = None,
                     pipeline: PipelineConfig | None = None) -> Iterator[CodedDocument]:
    """Code documents on a Dask cluster; results arrive as batches finish (order not kept)."""
    from distributed import Client, LocalCluster, as_completed

    cluster = cluster or ClusterConfig()
    pipeline = pipeline or PipelineConfig()
    local: Any = None
    if cluster.address is None:
        local = LocalCluster(n_workers=cluster.workers, threads_per_worker=cluster.threads_per_worker,
                             processes=True, dashboard_address=None)
    client = Client(cluster.address or local)
    try:
        futures = [client.submit(_code_batch, batch, pipeline, pure=False)
                   for batch in _batches(documents, cluster.batch_size)]
        for future in as_completed(futures):
            yield from future.result()
    finally:
        client.close()
        if local is not None:
            local.close()
