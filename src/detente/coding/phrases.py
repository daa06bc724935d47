"""Phrase-level helpers of the coder: who a noun phrase denotes as source or target.

Kept apart from :mod:`detente.coding.coder` (which chooses patterns and assembles events) so that
each stays short: these functions read one phrase of the parse and the document's actors.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.actors.setting import named_venue
from detente.actors.vocabulary import AGENCY_MARKS, QUANTIFIERS
from detente.coding.arguments import companions, objects, preps
from detente.coding.members import CAPTIVE_NOUNS, MEMBER_NOUNS, listed_members
from detente.coding.patterns import Pattern
from detente.model import Mention
from detente.nlp.clauses import what_named

SUBSIDIARY_NOUNS = {"subsidiary", "branch", "unit", "affiliate", "asset", "stake", "operation", "plant", "factory", "office"}
ASKED = {"call", "demand", "appeal", "request", "plea", "ultimatum"}  # a common noun before one names who asked
PEOPLE_NOUNS = {"man", "woman", "person", "people", "detainee", "prisoner", "hostage", "captive", "national",
                "citizen", "tourist", "child", "family", "sailor", "passenger", "crew", "traveller", "traveler",
                "journalist", "missionary", "fisherman", "defector", "refugee", "migrant", "worker", "victim"}


def owned_proposal(noun: Token) -> bool:
    """"rejected Seoul's proposal for military talks": the proposal is Seoul's own act."""
    if noun.lemma_.lower() not in {"proposal", "offer", "invitation", "request", "demand", "call", "plan",
                                   "ultimatum", "appeal", "plea", "overture", "warning", "threat", "pressure",
                                   "accusation", "allegation"} and not (
            # "denied Washington's assertion that Syrian forces had carried out a chemical attack"
            noun.lemma_.lower() in {"charge", "assertion", "claim", "determination", "declaration"} and any(
                c.dep_ in {"acl", "ccomp"} and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children)
                for c in noun.children)):
        return False
    # "Seoul's offer", "a Russian proposal", "requests from Kyiv", "an ultimatum from Madrid and Paris"
    # ("an African Union offer": a body named before the noun)
    return any(c.dep_ == "poss" or (c.dep_ == "amod" and c.pos_ == "ADJ" and c.text[:1].isupper()) or (
        c.dep_ == "compound" and c.pos_ == "PROPN") for c in noun.children) or any(
        p.lower_ in {"from", "by"} and o is not None and o.pos_ == "PROPN" for p, o in preps(noun))


def aid_to_a_person(pattern: Pattern, trigger: Token, sent: Span, actors: DocumentActors) -> bool:
    """"sent Kim Kye-Gwan to Moscow": sending a person is a visit, not aid (troops excepted)."""
    if pattern.nominal or pattern.code[:2] != "07" or pattern.code[:3] == "074":
        return False
    # the tagger calls some capitals persons ("supplied Kyiv with …"): a dictionary place is not one
    return any(o.ent_type_ == "PERSON" and actors.resolve(o, sent) and not _is_named_place(o, actors)
               for o in objects(trigger))


def _is_named_place(tok: Token, actors: DocumentActors) -> bool:
    match = actors.match_at(tok)
    return match is not None and any(s.entry.kind == "country" for s in match.senses)


def claimed_act(noun: Token) -> Token | None:
    """"claimed responsibility for drone attacks on …": the verb claiming the act the noun names."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in {
            "responsibility", "credit", "blame"}:
        verb = noun.head.head.head
        return verb if verb.pos_ in {"VERB", "AUX"} else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in {"responsibility", "credit"} for c in noun.head.head.children):
        return noun.head.head  # "claimed responsibility on Sunday for a drone attack": "for" on the verb
    return None


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase is the object of, through conjunctions and appositions."""
    node = noun
    for _ in range(8):
        if node.dep_ in {"conj", "appos"} and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "pobj" and node.head.head.pos_ == "NOUN" and node.head.lower_ in {"for", "of"}:
            node = node.head.head  # "an opening for … relief from South Korea"
        else:
            break
    if node.dep_ in {"dobj", "nsubjpass"} and node.head.pos_ in {"VERB", "AUX"}:
        return node.head
    if node.dep_ == "pobj" and node.head.head.pos_ == "VERB":
        return node.head.head
    return None


# "it was ready to send troops": these adjectives take their subject as the one who acts
CONTROL_ADJECTIVES = {"ready", "willing", "prepared", "eager", "keen", "determined", "open", "unwilling",
                      "able", "unable", "reluctant", "happy", "committed", "free", "poised", "set",
                      "anxious", "loath", "loth", "resolved", "intent", "minded"}


def expletive(tok: Token) -> bool:
    """"it is likely that …", "made it pressing that …": a dummy subject, not a pronoun."""
    head = tok.head
    if any(c.dep_ == "acomp" and c.lemma_.lower() in CONTROL_ADJECTIVES for c in head.children):
        return False  # "it was prepared to send troops": "it" is the country
    # a dummy "it" stands for a clause: "it is likely that …", "it was agreed to …"
    clausal = any(c.dep_ in {"ccomp", "xcomp"} for c in head.children) or any(
        g.dep_ in {"ccomp", "xcomp"} for c in head.children if c.dep_ in {"acomp", "oprd", "attr"}
        for g in c.children)
    return clausal and any(c.dep_ in {"ccomp", "xcomp", "acomp"} and c.pos_ in {"ADJ", "VERB", "AUX"}
                           for c in head.children) and head.lemma_ in {"be", "make", "seem", "appear", "remain"}


def country_below(head: Token, sent: Span, actors: DocumentActors, exclude: set[str]) -> Mention | None:
    """The first country named in the phrases under a verb (not its subject or other clauses).

    A country adjective gives its noun phrase when that is an actor ("advancing Russian troops" →
    RUSMIL); a capital named as a place ("its embassy in Havana") gives the country itself.
    """
    # "signed a truce in Pretoria": a capital where the act took place names no party ("invest in
    # Saudi Arabia" still does, and so does "its embassy in Havana", a place inside the object)
    # ("after talks in Brussels": a capital inside an adjunct phrase is a venue too)
    stack = [(c, c.dep_ == "prep" and c.lower_ in {"in", "at"} and head.pos_ in {"VERB", "AUX"}, c.dep_ == "prep")
             for c in head.children if c.dep_ in {"prep", "dobj", "xcomp", "attr", "dative"}]
    while stack:
        tok, venue, adjunct = stack.pop(0)
        match = actors.match_at(tok)
        if match is not None and match.senses:
            for sense in match.senses:
                if sense.entry.kind not in {"country", "igo"} or sense.entry.code[:3] in exclude:
                    continue
                if venue and sense.usage != "name":
                    continue
                if sense.usage == "adjective" and tok.dep_ in {"amod", "compound"}:
                    phrase = [m for m in actors.resolve(tok.head, sent) if m.code[:3] not in exclude]
                    if phrase:
                        return phrase[0]
                start = tok.doc[match.start].idx - sent.start_char
                return Mention(sense.entry.code, match.text, start, start + len(match.text),
                               sense.entry.entry_id)
        stack.extend((c, venue or adjunct and c.dep_ == "prep" and c.lower_ in {"in", "at"}, adjunct)
                     for c in tok.children if c.dep_ not in {"relcl", "ccomp", "nsubj", "advcl"})
    return None


def as_actor(tok: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """The actor of a noun phrase, or of the owner of a non-actor noun ("the South's proposal")."""
    found = actors.resolve(tok, sent)
    if found:
        return found
    for child in tok.children:
        # "the South's proposal", "a UN Security Council resolution"
        if child.dep_ == "poss" or child.dep_ == "compound" and child.pos_ == "PROPN" and not named_venue(
                child, actors.match_at):
            owner = actors.resolve(child, sent)
            if owner:
                return owner
    for prep, obj in preps(tok):
        if obj is not None and prep.lower_ in {"of", "from", "by"}:
            owner = actors.resolve(obj, sent)
            if owner:
                return owner
    return []


def resolve_all(tokens: list[Token], sent: Span, actors: DocumentActors) -> list[Mention]:
    out: list[Mention] = []
    for tok in tokens:
        out.extend(as_target(named_thing(tok), sent, actors))
    for companion in companions(tokens[0]) if tokens else []:  # "…, along with two opposition leaders"
        out.extend(m for m in as_target(companion, sent, actors) if m.code not in {o.code for o in out})
    return out


def named_thing(tok: Token) -> Token:
    """The thing a free relative names ("what it called militant hideouts" → hideouts), else ``tok``."""
    return what_named(tok) or tok


def modifier_party(child: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """The party a modifier names, itself ("Ukrainian positions") or inside a compound adjective ("a
    Greek-owned tanker", "Iranian-flagged ships")."""
    if child.lower_ in AGENCY_MARKS:
        return []  # "the UN-patrolled buffer zone", "a US-funded hospital": the patrol or donor is no owner
    if named_venue(child, actors.match_at):
        return []
    return actors.as_party(child, sent) or [
        m for g in child.children if g.dep_ in {"npadvmod", "amod"} and child.lower_ in PARTY_MARKS
        or g.dep_ == "npadvmod" for m in actors.as_party(g, sent)]


# participles that name a text's author through the adjective before them ("a U.S.-drafted resolution")
AUTHOR_MARKS = {"drafted", "sponsored", "authored", "proposed", "tabled", "written", "penned"}


def author_mark(mark: Token, sent: Span, actors: DocumentActors,
                marks: frozenset[str] | set[str] = AUTHOR_MARKS) -> list[Mention]:
    """The party of "U.S.-drafted" (one token to the tokenizer) or "French - sponsored"."""
    head, dash, word = mark.text.rpartition("-")
    if dash and word.lower() in marks:
        for sense in actors.matcher.dictionary.senses(head):
            if sense.entry.kind in {"country", "igo"}:
                start = mark.idx - sent.start_char
                return [Mention(sense.entry.code, mark.text, start, start + len(mark.text), sense.entry.entry_id)]
        return []
    if mark.lower_ not in marks:
        return []
    # "UN - mediated talks": the model may hang the party on the noun instead of on the mark
    split = [mark.doc[mark.i - 2]] if mark.i >= 2 and mark.doc[mark.i - 1].text == "-" else []
    return [m for g in [*(c for c in mark.children if c.dep_ in {"npadvmod", "amod", "compound"}), *split]
            for m in actors.as_party(g, sent)][:1]


def as_target(tok: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """A target noun phrase; "seized a British tanker", "banned Chinese goods" hit the country.

    Only targets take this reading: a country adjective on an ordinary noun says whose property
    was acted on, but says nothing about who acts.
    """
    authors = [m for c in tok.children if c.dep_ == "amod" for m in author_mark(c, sent, actors)]
    if authors:
        return authors  # "vetoed a U.S.-drafted Security Council resolution": the drafter's text
    if tok.lemma_.lower() in SUBSIDIARY_NOUNS:
        # "the Russian subsidiaries of France's Danone": the owner, not where the unit sits
        for prep, obj in preps(tok):
            if obj is not None and prep.lower_ == "of":
                owner = as_target(obj, sent, actors)
                if owner:
                    return owner
    members = listed_members(tok, sent, lambda named: as_actor(named, sent, actors))
    if members and tok.lemma_.lower() in CAPTIVE_NOUNS | PEOPLE_NOUNS:
        # "freed 6,000 prisoners, among them an Australian economist and a Japanese filmmaker": the
        # foreigners named are the ones the release is about (each a private person unless named as more)
        named = {m.code: m for m in members}
        return [Mention(m.code + "CVL", m.text, m.start, m.end, m.entry) if len(m.code) == 3 else m
                for m in named.values()]
    found = as_actor(tok, sent, actors)
    if found:
        return found
    if tok.lemma_.lower() in QUANTIFIERS or tok.lower_ in QUANTIFIERS or tok.like_num:
        # "dozens of Palestinian-owned buildings", "four of the Canadian miner's employees"
        for prep, inner in preps(tok):
            if inner is not None and prep.lower_ == "of":
                return as_target(inner, sent, actors)
    if members and tok.lemma_.lower() in MEMBER_NOUNS:
        return members  # "78 more countries, including Japan, South Korea and the US": those named
    for child in sorted(tok.children, key=lambda c: c.lower_ == "led"):  # ("the Russian-led CSTO alliance")
        if child.dep_ in {"amod", "compound", "nmod"}:
            found = modifier_party(child, sent, actors) or (  # ("rejected opposition calls for his resignation")
                as_actor(child, sent, actors) if child.dep_ == "compound" and tok.lemma_.lower() in ASKED else [])
            if found and tok.lemma_.lower() in PEOPLE_NOUNS:  # "four North Korean men" are civilians
                found = [Mention(m.code + "CVL", m.text, m.start, m.end, m.entry) for m in found]
            if found:
                return found
    if tok.pos_ in {"PROPN", "NUM"}:
        # "seized the Bulgarian-owned ship Vezhen": the party is marked on the common noun before the name
        for noun in (c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"):
            found = [m for g in noun.children if g.dep_ in {"amod", "compound", "nmod"}
                     for m in modifier_party(g, sent, actors)]
            if found:
                return found
    return owner_of(tok, sent, actors)


# participles that name a vessel's or firm's party through the adjective before them ("British-flagged")
PARTY_MARKS = {"flagged", "owned", "registered", "operated", "backed", "based", "linked", "controlled", "run"}
# "a ship linked to an Israeli businessman", "projects run by ExxonMobil", "targets tied to militias"
OWNER_VERBS = {"link", "tie", "connect", "belong", "own", "run", "operate", "control", "back", "flag",
               "register", "charter", "use", "man", "staff", "associate", "affiliate", "allied"}
# verbs of holding a place ("waters that Greece claims", "the islands Japan administers")
CLAIMING_VERBS = {"claim", "control", "administer", "govern", "own", "hold"}
# verbs of making or sending goods ("electric cars imported from China")
ORIGIN_VERBS = {"import", "make", "produce", "manufacture", "build", "ship", "export", "source"}


def owner_of(tok: Token, sent: Span, actors: DocumentActors, depth: int = 0) -> list[Mention]:
    """The actor a non-actor thing belongs to, through a participle, apposition or "the last of"."""
    if depth > 3:
        return []
    for child in tok.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ORIGIN_VERBS:
            # "electric cars imported from China", "drones made in Iran": goods of their maker's country
            for prep, obj in preps(child):
                if obj is not None and prep.lower_ in {"from", "in", "by"}:
                    found = as_actor(obj, sent, actors) or actors.as_site(obj, sent)
                    if found:
                        return found
        if child.dep_ == "acl" and child.lemma_.lower() in OWNER_VERBS:
            for prep, obj in preps(child):
                if obj is not None and prep.lower_ in {"by", "to", "with"}:
                    found = as_actor(obj, sent, actors)
                    if found:
                        return found
        if child.dep_ in {"relcl", "acl"} and child.lemma_.lower() in CLAIMING_VERBS:
            # "sent a survey ship into waters that Greece claims": the claimant's waters
            found = [m for s in child.children if s.dep_ == "nsubj" for m in as_actor(s, sent, actors)]
            if found:
                return found
        elif child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "of" and
                                       tok.lemma_.lower() in {"last", "rest", "most", "all", "some", "part"}):
            for inner in [child] if child.dep_ == "appos" else [c for c in child.children if c.dep_ == "pobj"]:
                found = as_target(inner, sent, actors) if depth < 2 else []
                if found:
                    return found
    return []


def prior_actor(trigger: Token, sent: Span, actors: DocumentActors, *, exclude: set[str]) -> list[Mention]:
    """For "…, which Seoul rejected": the nearest earlier actor in the sentence (the proposer)."""
    candidates: list[Mention] = []
    for tok in sent:
        if tok.i >= trigger.i:
            break
        if tok.pos_ == "PROPN" and tok.dep_ in {"nsubj", "nsubjpass"}:
            candidates.extend(m for m in actors.resolve(tok, sent) if m.code not in exclude)
    return candidates[-1:]


# nouns naming a relationship: their "with"/"between" phrase names the counterpart
RELATION_NOUNS = {"relation", "tie", "relationship", "talk", "cooperation", "dialogue", "partnership",
                  "friendship", "negotiation", "contact", "exchange"}
# adjunct prepositions that place an act at a meeting: "during talks", "at a summit"
SETTING_PREPS = {"during", "at", "after", "before", "following", "in", "on", "ahead"}


def relation_partner(tok: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """"(optimism that) relations with Pyongyang (would improve)": the partner in the relationship."""
    if tok.lemma_.lower() not in RELATION_NOUNS:
        return []
    for prep, obj in preps(tok):
        if obj is not None and prep.lower_ in {"with", "between"}:
            found = actors.resolve(obj, sent)
            if found:
                return found
    return []


def purpose_target(verb: Token, sent: Span, actors: DocumentActors, controllers: set[str]) -> list[Mention]:
    """"telephoned his counterpart to offer condolences (and to pledge help)": a purpose clause acts
    on the object of the clause it serves (not so after verbs in ``controllers``, whose object is
    the one who acts or is asked to: "forced Kyiv to", "urged Tokyo to")."""
    node = verb
    for _ in range(3):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return []
    if node.dep_ == "xcomp" and node.head.lemma_.lower() in controllers:
        return []
    for direct in objects(node.head):
        found = as_target(direct, sent, actors)
        if found:
            return found
    return []


def adjunct_counterpart(noun: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """"During their meeting in Pyongyang, Koizumi pressed Kim …": a meeting named in an adjunct of a
    clause is between the clause's subject (its source) and the one the clause addresses."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in SETTING_PREPS or noun.head.head.pos_ != "VERB":
        return []
    verb = noun.head.head
    for _ in range(2):  # "urged Putin to halt the offensive in a phone call": up from the infinitive
        for direct in objects(verb):
            found = actors.resolve(direct, sent)
            if found:
                return found
        if verb.dep_ != "xcomp":
            break
        verb = verb.head
    return []


def asked_about(verb: Token, sent: Span, actors: DocumentActors, exclude: set[str]) -> Mention | None:
    """"Asked about Pyongyang's launch, a spokeswoman declined to comment": the question's topic."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.lemma_.lower() in {"ask", "question", "press"}:
            found = country_below(clause, sent, actors, exclude)
            if found is not None:
                return found
    return None


def phrase_target(verb: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """An actor named as a verb's object or in a target phrase on it or its object."""
    for direct in objects(verb):
        found = as_target(direct, sent, actors)
        if found:
            return found
    for prep, pobj in preps(verb, *objects(verb)):
        if pobj is not None and prep.lower_ in {"on", "against", "to", "with", "toward", "towards", "for"}:
            found = as_actor(pobj, sent, actors)
            if found:
                return found
    return []


def main_verb(verb: Token) -> Token:
    """Up from participle clauses ("…, ending a rift") to the verb they comment on."""
    while verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"} and verb.head.i != verb.i:
        verb = verb.head
    return verb
