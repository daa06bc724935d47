"""Threats stated as warnings of one's own act: "Gallant warned that Israel would return Lebanon
to the Stone Age", "Medvedev warned that Moscow would use a nuclear weapon against Ukraine".

The act inside the warning is coded as usual (and flagged hypothetical, so it is no fact); the
warning itself is the event an analyst wants, a CAMEO 13x threat from the speaker to the one the
act would hit, coded by the kind of act threatened. The patterns here are fixed and named, so
``detente explain`` shows ``138x:warn that <own side> would <act>`` with this file as its origin.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.coding.grammar import Match
from detente.coding.patterns import Pattern
from detente.model import Mention

WARNING_VERBS = {"warn", "threaten", "vow", "caution", "say", "declare", "insist"}
HARSH_VERBS = {"warn", "threaten", "vow", "caution"}
READY_ADJECTIVES = {"ready", "prepared", "willing", "determined"}


def threat_code(act_code: str) -> str | None:
    """The threat that announcing ``act_code`` amounts to (None for acts that threaten nothing)."""
    if act_code.startswith("204"):
        return "1385"  # weapons of mass destruction
    root = act_code[:2]
    if root in {"19", "15"}:
        return "1384"  # conventional attack
    if root in {"18", "20"}:
        return "1383"  # unconventional violence
    if root == "17":
        return "137"  # repression
    if act_code.startswith("163"):
        return "1312"  # sanctions
    if act_code.startswith("162"):
        return "1311"  # cutting aid
    if act_code.startswith("161"):
        return "1313"  # breaking relations
    if root == "16":
        return "131"
    return None

def warned_act(match: Match, trigger: Token) -> tuple[Match, Token] | None:
    """For a conflictual act inside "X warned (Y) that <X's side> would <act>", the warning as a
    threat match on the warning verb (its roles are the act's target, from the warner)."""
    code = threat_code(match.pattern.code)
    if code is None:
        return None
    node = match.head or trigger
    ready = False
    for _ in range(4):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in WARNING_VERBS:
            verb = node.head
            # plain speech ("said it would strike") is a threat only with a conditional or "would",
            # or when the speaker declares itself ready ("said he was prepared to suspend relations")
            modal = ready or any(c.lower_ in {"would", "will", "could"} for c in node.children)
            if code == "1384" and match.pattern.code[:3] in {"150", "152", "153"} and modal and not ready \
                    and verb.lemma_.lower() not in HARSH_VERBS and trigger.lemma_.lower() in SENDING:
                return _announced_deployment(match, verb), verb
            if verb.lemma_.lower() in HARSH_VERBS or modal:
                return _threat_match(f"{code}:warn that <own side> would <act> (threat)", code, verb), verb
            return None
        if node.dep_ == "acomp" and node.lemma_.lower() in READY_ADJECTIVES:
            # (but "stood ready to send police if asked" offers help: a deployment is no threat by readiness)
            ready = match.pattern.code[:2] != "15"
        elif node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            return None
        node = node.head
    return None


SENDING = {"send", "dispatch", "despatch", "deploy", "station"}
RELIEF_WORDS = {"relief", "aid", "supply", "supplies", "water", "food", "medicine", "medicines", "tent", "tents",
                "rescue", "rescuer", "rescuers", "doctor", "doctors", "medic", "medics"}
ORDER_WORDS = {"order", "peace", "security", "stability", "peacekeeper", "peacekeepers", "peacekeeping"}


def _announced_deployment(match: Match, verb: Token) -> Match:
    """"Fiji said it would send naval vessels with relief supplies to Nuku'alofa", "Australia said it
    would send police and troops to restore order": forces a state says it will send, told plainly
    rather than warned, are a pledge to the country they go to (humanitarian aid 0333, peacekeepers
    0334, else military cooperation 0312), not a threat to it."""
    words = {t.lemma_.lower() for t in (match.head or verb).subtree}
    code = "0333" if words & RELIEF_WORDS else "0334" if words & ORDER_WORDS else "0312"
    return _threat_match(f"{code}:say <own side> would send <forces> (pledge)", code, verb)


# "would pay a heavy price", "will face consequences", "would pay dearly": what the warned will suffer
PRICES = {"price", "cost"}
FORCES = {"fire", "fury", "force", "military-force", "retaliation", "response", "strike", "strikes"}
CONSEQUENCES = {"consequence", "consequences", "retaliation", "retribution", "reprisal", "reprisals", "punishment",
                "response", "repercussion", "repercussions"}


def warned_consequences(sent: Span) -> list[tuple[Match, Token, Token]]:
    """"Beijing warned that London would pay a price", "warned that Tehran would face consequences":
    a warning that another will suffer for what it does is a threat (130) to that other. Returns the
    match on the warning verb and the subject of the warned clause (the target)."""
    found = []
    for clause in sent:
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in WARNING_VERBS or clause.lemma_.lower() not in {
                "pay", "face", "meet"}:
            continue
        if clause.lemma_.lower() == "meet":
            # "North Korea would be met with fire and fury": force met by the one warned
            force = {o.lemma_.lower() for p in clause.children if p.dep_ in {"prep", "agent"} and p.lower_ == "with"
                     for o in p.children if o.dep_ == "pobj"}
            subject = [c for c in clause.children if c.dep_ == "nsubjpass"]
            if force & FORCES and subject:
                found.append((_threat_match("138:warn that <another> would be met with force (threat)", "138", verb),
                              verb, subject[0]))
            continue
        objects = {c.lemma_.lower() for c in clause.children if c.dep_ == "dobj"}
        # ("would pay dearly", "would pay for it": the price left unnamed)
        dearly = any(c.lower_ == "dearly" or c.dep_ == "prep" and c.lower_ == "for" for c in clause.children)
        if not (objects & PRICES or dearly) if clause.lemma_.lower() == "pay" else not objects & CONSEQUENCES:
            continue
        modal = any(c.lower_ in {"would", "will", "could"} for c in clause.children)
        subject = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subject or not (modal or verb.lemma_.lower() in HARSH_VERBS):
            continue
        found.append((_threat_match("130:warn that <another> would pay a price or face consequences (threat)", "130",
                                    verb), verb, subject[0]))
    return found + _ultimatums(sent)


def _ultimatums(sent: Span) -> list[tuple[Match, Token, Token]]:
    """"gave Niger's junta one week to reinstate Bazoum or face possible military action": a deadline
    with a penalty attached is an ultimatum (139) to the one it is given to."""
    found = []
    for face in sent:
        if face.lemma_.lower() not in {"face", "risk"} or face.dep_ != "conj" or not any(
                c.dep_ == "cc" and c.lower_ == "or" for c in [*face.children, *face.head.children]) or not any(
                c.dep_ == "dobj" for c in face.children):
            continue
        verb = next((a for a in face.ancestors if a.lemma_.lower() in {"give", "grant"} and a.pos_ == "VERB"), None)
        if verb is None:
            continue
        told = [c for c in verb.children if c.dep_ in {"dative", "dobj"} and c.i < face.i]
        if told:
            found.append((_threat_match("139:give <another> a deadline to act or face a penalty (ultimatum)", "139",
                                        verb), verb, told[0]))
    return found


RETALIATING = {"retaliate", "respond", "answer", "react", "avenge", "hit", "strike"}


def retaliated_party(m: Match, trigger: Token, sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """"Pakistani jets struck Paktika, the Taliban government said, vowing to retaliate", "accused
    Seoul of flying drones over Pyongyang and warned it would respond with force": a retaliation
    with no party named answers the other side's act in the sentence, so it is aimed at the first
    actor outside the retaliating country that does, or is charged with, a stated act."""
    # (an air strike is no answer; a warning to defend one's land is: "warning that Somalia would defend its
    # territory")
    words = RETALIATING | {"defend", "protect"} if m.pattern.code[:2] == "13" else RETALIATING - {"hit", "strike"}
    if (m.head or trigger).lemma_.lower() not in words or not own:
        return []
    for tok in sent:
        if tok.dep_ in {"nsubj", "nsubjpass", "dobj"} or tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            found = [a for a in actors.resolve(tok, sent) if a.code[:3] not in own]
            if found:
                return found[:1]
    return []


def _threat_match(pid: str, code: str, verb: Token) -> Match:
    pattern = Pattern(pid=pid, code=code, triggers=frozenset(WARNING_VERBS), nominal=False, elements=(),
                      origin="coding/threats.py")
    return Match(pattern, {}, set(), verb)
