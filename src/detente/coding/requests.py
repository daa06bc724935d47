"""Acts done at another's request: the request is an appeal from the one who asked.

"Australia flew in police and soldiers at Sogavare's request", "South African police arrested him
at Washington's request", "troops sent by Russia at his request": besides the act, the sentence
reports that someone asked for it, a CAMEO 02x appeal from the asker to the one who acted. The
appeal's code mirrors what was asked for (protection 0234, judicial help 0213, aid 023, diplomatic
support 022). The pattern id names this module's rule, so ``detente explain`` shows where it came from.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.coding.modality import modality
from detente.coding.ontology import Ontology, retyped
from detente.coding.sources import subject_of
from detente.model import Event, Mention

REQUEST_NOUNS = {"request", "behest", "urging"}
# the appeal that asking for an act amounts to, by the act's code (longest prefix first)
APPEALS = {"074": "0234", "15": "0234", "173": "0213", "17": "0213", "061": "0211", "062": "0212", "063": "0213",
           "064": "0214", "071": "0231", "072": "0232",
           "073": "0233", "07": "023", "06": "021", "12": "022", "16": "022", "04": "026"}
# acts named only by their verb, when nothing was coded on it ("deployed at Maputo's request")
DEPLOYING = {"deploy", "send", "dispatch", "fly", "rush", "station", "deployment", "dispatch"}
ARRESTING = {"arrest", "detain", "extradite", "deport", "hand", "arrest", "extradition"}
PREFERENCE = ["0234", "0213", "0214", "0211", "0212", "0231", "0232", "0233", "023", "022", "026", "021", "020"]


def appeal_code(code: str) -> str:
    """The 02x code for asking for an act coded ``code`` (020 when no subcode fits)."""
    for size in (3, 2):
        if code[:size] in APPEALS:
            return APPEALS[code[:size]]
    return "020"


def requested_acts(events: list[Event], sent: Span, actors: DocumentActors, ontology: Ontology,
                   where: tuple[str, int]) -> list[Event]:
    """Appeals (02x) from those at whose request the sentence's acts were done (``where``: the
    document id and sentence index the events belong to)."""
    out: list[Event] = []
    for noun in sent:
        prep = noun.head
        if noun.lemma_.lower() not in REQUEST_NOUNS or noun.dep_ != "pobj" or prep.lower_ != "at":
            continue
        askers = _askers(noun, sent, actors)
        verb = prep.head
        for _ in range(4):  # "arrested him at Johannesburg's airport at Washington's request"
            if verb.pos_ in {"VERB", "AUX"} or verb.dep_ not in {"pobj", "prep"}:
                break
            verb = verb.head
        # the act asked for: coded on the verb, or on the clause an opening "Acting at Belgrade's
        # request, Russia vetoed …" describes
        opening = verb.dep_ == "advcl" and verb.i < verb.head.i and verb.tag_ in {"VBG", "VBN"}
        done = [e for v in (verb, verb.head if opening else verb) for e in events
                if e.trigger_start == v.idx - sent.start_char and not e.negated]
        acts: list[tuple[Mention, str, Event | None]]
        if done:
            acts = [(e.source, appeal_code(e.code), e) for e in done]
        else:
            # "deployed at Maputo's request", "a deployment … made at the request of Nyusi"
            word = (verb.head if verb.dep_ == "acl" and verb.lemma_.lower() in {"make", "carry"} else verb).lemma_.lower()
            code = "0234" if word in DEPLOYING else "0213" if word in ARRESTING else "020"
            acts = [(who, code, None) for who in subject_of(verb, sent, actors)]
        acts.sort(key=lambda a: PREFERENCE.index(a[1]) if a[1] in PREFERENCE else len(PREFERENCE))
        for asker in askers:
            for doer, code, act in acts:
                if asker.code[:3] == doer.code[:3] and act is not None and act.target.code[:3] != doer.code[:3]:
                    # "flew troops into Tonga at the government's request": one does not ask oneself, so
                    # the government is the one the act was for
                    asker = replace(asker, code=act.target.code[:3] + "GOV")
                if asker.code[:3] == doer.code[:3] or any(
                        (e.source.code[:3], e.target.code[:3]) == (asker.code[:3], doer.code[:3]) for e in out):
                    continue  # (one appeal per pair, the most telling: acts are sorted by PREFERENCE)
                appeal = _appeal(asker, doer, code, noun, verb, sent, ontology, act, where, actors)
                out.append(appeal)
                if act is None and code == "0234":
                    # "Australia rushed in extra troops at Dili's request": the deployment itself, told
                    # only by its verb, is protection given to the asker's country (074)
                    out.append(retyped(appeal, ontology.get("074"), source=doer,
                                       target=replace(asker, code=asker.code[:3]),
                                       pattern="074:<deployment> at <asker>'s request (protection)",
                                       trigger=verb.text, trigger_start=verb.idx - sent.start_char))
    return out


def _askers(noun: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """"at Washington's request", "at the request of President Nyusi": who asked."""
    for child in noun.children:
        if child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ == "of":
            who = child if child.dep_ == "poss" else next((c for c in child.children if c.dep_ == "pobj"), None)
            if who is not None:
                return actors.resolve(who, sent)
    return []


def _appeal(asker: Mention, doer: Mention, code: str, noun: Token, verb: Token, sent: Span, ontology: Ontology,
            act: Event | None, where: tuple[str, int], actors: DocumentActors) -> Event:
    """The appeal event; dated like the act asked for (or by the document when none was coded)."""
    etype = ontology.get(code)
    doc_date = actors.doc_date.isoformat() if actors.doc_date is not None else None
    return Event(doc_id=where[0], sent_index=where[1], sentence=sent.text, source=asker, target=doer,
                 code=etype.code, root=etype.root, quad_class=etype.quad_class, goldstein=etype.goldstein,
                 plover=etype.plover, pattern=f"{code}:<act> at <asker>'s request (appeal)", trigger=noun.text,
                 trigger_start=noun.idx - sent.start_char, date=act.date if act else doc_date,
                 date_precision=act.date_precision if act else ("document" if doc_date else None),
                 date_text=act.date_text if act else None, modality=modality(verb, verb),
                 extra={"pattern_origin": "coding/requests.py",
                        "period_start": act.extra.get("period_start") if act else doc_date})
