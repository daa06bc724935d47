"""Import PETRARCH/TABARI dictionaries (``.actors``, ``.agents``, ``.verbs``) into detente's formats.

PETRARCH's files are line-oriented: upper-case phrases whose words are joined by ``_``, codes in
``[...]``, ``#`` and ``<!-- -->`` comments.  This package reads them best-effort and returns a
:class:`Conversion`: the converted data (a ``*.user.yaml`` mapping for actors and agents, or
``CODE PATTERN`` lines for verbs), how many source records were converted, and every skipped or
lossily converted line with its reason.  Nothing here prints; the CLI renders the result.

Mapping, in short:

* actors (:mod:`.actors`): an entry with dated codes (``[PRKGOV 20111217-]``, ``[HOB <950601]``)
  becomes a person with dated roles (an undated code is its last, open role); an entry with one
  undated code becomes a ``countries`` entry (3-letter code) or an ``igos`` entry (longer codes).
  Null (``[---]``), compound (``[A/B]``) and malformed codes are skipped.  Upper-case names are
  re-cased for the case-sensitive matcher ("NORTH_KOREA" → "North Korea", "U.N." stays).
* agents (:mod:`.agents`): ``WORD {PLURAL} [~GOV]`` (or ``[NGO~]``) → ``agents: {GOV: [word,
  plural]}``; longer agent codes keep their first three letters; ``!MARKER!`` substitutions are
  expanded.
* verbs (:mod:`.verbs`, :mod:`.verb_patterns`): a ``--- NAME [code] ---`` block's verbs become
  triggers; each pattern ``- PRE * POST [code]`` becomes ``CODE trigger elements``: ``+``/``$``
  after the verb → ``$T``/``$S``, ``+`` before the verb with ``$`` after it → ``$S``, prepositions
  and ``(PREP NP)`` groups → ``prep X``, particles → ``+prt``, a noun phrase → its head lemma,
  ``&SYNSET`` → ``a|b|c``.  Words before the verb, ``%`` compound actors, negations and adverbs,
  null or non-CAMEO codes cannot be expressed and are skipped.  Every emitted line is compiled
  with detente's own pattern parser.

Shared pieces: :mod:`.common` (line reader, kind detection, :class:`Conversion`), :mod:`.words`
(phrase words, name casing, lemmas); entry points :func:`convert` and
:func:`install_dictionaries` live in :mod:`.install`.
"""

from detente.interop.petrarch.actors import convert_actors, petrarch_date
from detente.interop.petrarch.agents import convert_agents
from detente.interop.petrarch.common import KINDS, Conversion, Skipped, detect_kind, read_lines
from detente.interop.petrarch.install import convert, install_dictionaries
from detente.interop.petrarch.verb_patterns import PARTICLES
from detente.interop.petrarch.verbs import convert_verbs
from detente.interop.petrarch.words import display_forms, noun_lemma, phrase_words, verb_lemma

__all__ = [
    "KINDS",
    "PARTICLES",
    "Conversion",
    "Skipped",
    "convert",
    "convert_actors",
    "convert_agents",
    "convert_verbs",
    "detect_kind",
    "display_forms",
    "install_dictionaries",
    "noun_lemma",
    "petrarch_date",
    "phrase_words",
    "read_lines",
    "verb_lemma",
]
