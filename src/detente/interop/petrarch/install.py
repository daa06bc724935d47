"""Entry points: convert one PETRARCH file of any kind, or install a set as a dictionary folder.

The CLI (``detente dict import-petrarch``) calls :func:`convert`; the Makefile's
``eval-petrarch`` target calls :func:`install_dictionaries` to run PETRARCH's own validation
records through detente.
"""

from __future__ import annotations

from pathlib import Path

from detente.coding.ontology import Ontology
from detente.errors import DictionaryError
from detente.interop.petrarch.actors import convert_actors
from detente.interop.petrarch.agents import convert_agents
from detente.interop.petrarch.common import KINDS, Conversion, detect_kind
from detente.interop.petrarch.verbs import convert_verbs


def convert(path: Path, *, kind: str | None = None, ontology: Ontology | None = None) -> Conversion:
    """Convert a PETRARCH dictionary file; ``kind`` is detected when not given."""
    kind = kind or detect_kind(path)
    if kind == "actors":
        return convert_actors(path)
    if kind == "agents":
        return convert_agents(path)
    if kind == "verbs":
        return convert_verbs(path, ontology=ontology)
    raise DictionaryError("E010", f"unknown PETRARCH dictionary kind {kind!r}: use {', '.join(KINDS)}",
                          item=str(path))


def install_dictionaries(actors: Path | None, agents: Path | None, verbs: Path | None, out: Path
                         ) -> tuple[Path, Path]:
    """Convert PETRARCH dictionaries into a detente dictionary folder pair under ``out``.

    Returns ``(actors_dir, patterns_dir)`` for :class:`~detente.pipeline.PipelineConfig`: the
    converted actors and agents become ``*.user.yaml`` files, the verbs one pattern file.  Used to
    run PETRARCH's own validation records through detente.
    """
    actors_dir, patterns_dir = out / "actors", out / "verbs"
    actors_dir.mkdir(parents=True, exist_ok=True)
    patterns_dir.mkdir(parents=True, exist_ok=True)
    if actors is not None:
        (actors_dir / "petrarch-actors.user.yaml").write_text(convert_actors(actors).render(), encoding="utf-8")
    if agents is not None:
        (actors_dir / "petrarch-agents.user.yaml").write_text(convert_agents(agents).render(), encoding="utf-8")
    if verbs is not None:
        (patterns_dir / "petrarch.txt").write_text(convert_verbs(verbs).render(), encoding="utf-8")
    return actors_dir, patterns_dir
