"""Acts done at another's request: the request is an appeal from the one who asked.

"Australia flew in police and soldiers at Sogavare's request", "South African police arrested him
at Washington's request", "troops sent by Russia at his request": besides the act, the sentence
reports that someone asked for it, a CAMEO 02x appeal from the asker to the one who acted. The
appeal's code mirrors what was asked for (protection 0234, judicial help 0213, aid 023, diplomatic
support 022). The pattern id names this module's rule, so ``detente explain`` shows where it came from.

The same holds the other way round: a call, appeal, request or demand a party rejects ("rejected
European Union calls to withdraw the bill") was made of it, an appeal or demand from its author.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.coding.modality import modality
from detente.coding.ontology import Ontology, retyped
from detente.coding.phrases import as_actor
from detente.coding.refusals import tokens_by_start
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


# nouns for what was asked of the one who rejects it, and the appeal or demand each one is (an
# ultimatum is a threat, 139, coded by its own pattern)
ASKING_NOUNS = {"call": "02", "appeal": "02", "request": "02", "plea": "02", "urging": "02", "demand": "10",
                # (and what was offered to the one who turns it down: an offer or invitation, 03x)
                "invitation": "03", "offer": "03"}
# (a government may reject its own opposition's or citizens' demands)
PUBLIC = {"OPP", "CVL", "REB", "LAB", "EDU", "SEP"}
# the appeal (02x) or demand (10x) a rejection (12x) answers: refusing aid answers a request for aid
# (122x → 023x / 103x), refusing reform a call for reform (123x → 024x / 104x), refusing to yield a call
# to yield (124x → 025x / 105x), refusing talks a call to meet (026 / 108), refusing mediation a call for it
# (028 / 109)
MIRRORED = {"02": {"121": "021", "122": "023", "123": "024", "124": "025", "125": "026", "126": "028"},
            "10": {"121": "101", "122": "103", "123": "104", "124": "105", "125": "108", "126": "109"},
            "03": {"121": "031", "122": "033", "123": "034", "124": "035", "125": "036", "126": "039"}}


def rejected_appeals(events: list[Event], sent: Span, actors: DocumentActors, ontology: Ontology) -> list[Event]:
    """"Kobakhidze rejected European Union calls to withdraw the bill", "rebuffed the bloc's appeal
    for Niamey to rejoin": the call a party rejects is an appeal (02x) or demand (10x) its author
    made of the rejecter, which the sentence reports as surely as the rejection."""
    out: list[Event] = []
    told = {(e.source.code, e.target.code, e.root) for e in events}
    tokens = tokens_by_start(sent)
    for e in events:
        verb = tokens.get(e.trigger_start)
        if e.root != "12" or e.negated or verb is None:
            continue
        for noun in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
            root = ASKING_NOUNS.get(noun.lemma_.lower())
            if root is None or e.source.code[3:6] == "JUD" and noun.lemma_.lower() in {"appeal", "request"}:
                continue  # ("the High Court rejected the appeal of two reporters": a ruling, asked of no one)
            # ("rejected the opposition's demand": the rejection's target, when read as the noun's owner;
            # not "calls for talks with the protesters", where the target is the one to be talked to)
            # ("appeals for clemency from Sri Lanka's president": the model may hang "from" lower)
            owners = [t for c in noun.children if c.dep_ in {"poss", "compound", "amod", "nmod"} or
                      c.dep_ == "prep" and c.lower_ in {"from", "by", "of"} for t in c.subtree] + [
                t for p in noun.subtree if p.dep_ == "prep" and p.lower_ in {"from", "by"} for t in p.subtree]
            named = as_actor(noun, sent, actors) or (
                [e.target] if any(t.idx - sent.start_char == e.target.start for t in owners) else [])
            # (or its opposition a government's: "turned down President Mnangagwa's invitation")
            for author in (m for m in named if m.code[:3] != e.source.code[:3] or m.code[3:6] in PUBLIC or (
                    e.source.code[3:6] in PUBLIC and m.code[3:6] != e.source.code[3:6])):
                if (author.code, e.source.code, root) in told:
                    continue
                told.add((author.code, e.source.code, root))
                mirror = MIRRORED[root].get(e.code[:3])
                code = mirror + e.code[3:] if mirror and mirror + e.code[3:] in ontology else mirror or root + "0"
                etype = ontology.get(code)
                out.append(retyped(e, etype, source=author, target=e.source, negated=False,
                                   trigger=noun.text, trigger_start=noun.idx - sent.start_char,
                                   pattern=f"{etype.code}:<{noun.lower_}> rejected in <{e.pattern}> (appeal)"))
    return out
