"""The catalogue of detente's errors: stable codes users can search for.

The library raises these typed exceptions; the CLI and web layers turn them into messages.
"""

from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "E001": "file not found",
    "E002": "binary file (not text)",
    "E003": "undecodable bytes (not UTF-8 text)",
    "E004": "empty document",
    "E005": "malformed JSONL line",
    "E006": "JSONL record without required field",
    "E007": "unsupported file type",
    "E008": "invalid date",
    "E010": "dictionary file invalid",
    "E011": "pattern file invalid",
    "E020": "database error",
    "E021": "event not found",
    "E030": "gold file invalid",
    "E040": "a sentence could not be coded (the rest of its document was)",
}


class DetenteError(Exception):
    """Base of all detente errors; ``code`` is a key of :data:`CATALOGUE`."""

    def __init__(self, code: str, message: str, *, item: str | None = None,
                 line: int | None = None) -> None:
        self.code = code
        self.item = item
        self.line = line
        self.message = message
        where = ""
        if item is not None:
            where = f"{item}:{line}: " if line is not None else f"{item}: "
        super().__init__(f"{where}[{code}] {message}")


class IngestFailure(DetenteError):
    """An input file or record could not be read."""


class DictionaryError(DetenteError):
    """A dictionary or pattern file is invalid (names file and line)."""


class StoreError(DetenteError):
    """The event store could not answer."""
