"""detente: a local political event-data engine (news → CAMEO events → analyses)."""

__version__ = "0.1.0"
