"""Who does an act: the subject of a verb (active, passive, controlled, inherited from the clause it
depends on) and the maker of a nominal act ("Park's trip", "a visit by senior leaders").

Split from :mod:`detente.coding.roles`, which pairs these sources with targets.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.clauses import reported_obligation
from detente.actors.resolver import DocumentActors
from detente.actors.vocabulary import COMMENTING_PARTICIPLES
from detente.coding.arguments import bare_participle, captor_phrase, is_passive, objects, preps, reported_act
from detente.coding.grammar import CREDITING_VERBS
from detente.coding.phrases import as_actor, claimed_act, expletive, governing_verb, main_verb
from detente.model import Mention

# "rejected Seoul's proposal": the proposal was made to the one who rejects or accepts it
RESPONSE_VERBS = {"reject", "accept", "welcome", "consider", "dismiss", "rebuff", "spurn", "refuse", "study",
                  "review", "respond", "answer", "ignore", "decline", "turn", "embrace", "endorse", "snub",
                  "defy", "resist", "heed", "rule"}
RECEIVE_VERBS = {"secure", "receive", "get", "win", "obtain", "gain", "accept", "earn", "extract", "seek"}
# verbs whose object, not their subject, does what the controlled verb says ("forced Kyiv to cede")
OBJECT_CONTROL = {"prompt", "force", "lead", "cause", "drive", "push", "spur", "compel", "allow", "enable",
                  "permit", "oblige", "provoke", "trigger", "inspire", "encourage", "persuade", "convince",
                  "get", "help", "pressure", "induce", "leave", "give"}
CLAUSE_INHERIT = {"xcomp", "conj", "advcl", "pcomp", "acomp"}

# passives that report a feeling of their subject ("was disappointed", "was encouraged")
FEELING_VERBS = {"disappoint", "encourage", "please", "satisfy", "concern", "worry", "alarm", "hearten", "anger",
                 "frustrate", "dismay", "delight", "reassure", "upset", "surprise"}
# "recordings related to the killing of Khashoggi": the act is only the topic, not the verb's subject's
TOPIC_VERBS = {"relate", "link", "tie", "connect", "concern", "regard", "surround", "pertain"}
# "the strike followed the killing of Soleimani", "Ankara's move sparked the expulsion of …": what
# comes before or after an act, or sets it off, is not the one who did it
SEQUENCE_VERBS = {"follow", "precede", "trigger", "spark", "prompt", "provoke", "cause", "fuel", "overshadow"}
# "condemned the strike on Syria", "praised the release": a judgment of an act says nothing of who did it
JUDGING_VERBS = {"condemn", "criticize", "criticise", "denounce", "deplore", "decry", "slam", "blast", "praise",
                 "hail", "applaud", "commend", "laud", "protest", "mourn", "investigate", "probe", "regret",
                 "lament", "blame", "oppose", "question", "discuss", "debate", "witness", "document", "condone",
                 "mark", "commemorate", "fear"}
# verbs whose subject brings others together: the parties of "talks between A and B" are A and B
BROKERING_VERBS = {"host", "mediate", "broker", "facilitate", "organize", "organise", "convene", "sponsor",
                   "arrange", "chair"}
# parts of a visit or a meeting that frame a clause ("on the last day of a visit")
EVENT_PARTS = {"day", "leg", "end", "start", "close", "eve", "sideline", "sidelines", "margin", "margins", "part",
               "stop", "final", "conclusion", "opening", "course",
               # "demanded during four hours of talks with Pakistan's leaders that …"
               "hour", "week", "round", "session"}
# offers and proposals whose maker a nationality adjective names ("a Turkish offer to mediate")
OFFER_NOUNS = {"offer", "proposal", "bid", "plan", "initiative", "invitation", "call", "request", "pledge", "promise"}
# instruments that carry their own purpose: "a resolution to expand sanctions"
INSTRUMENT_NOUNS = {"resolution", "proposal", "plan", "bill", "measure", "motion", "draft", "initiative", "law",
                    "decree", "statement", "declaration"}


# verbs whose "with" phrase names the answer itself: "retaliated with sanctions"
ANSWERING_VERBS = {"respond", "reply", "retaliate", "react", "answer", "counter"}


def _listed_after(subject: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """"and it, Niger and Burkina Faso recalled their ambassadors": the model may read a list opened
    by a pronoun as two subjects of one verb; the second, right after the first and a comma, is
    part of the same list."""
    verb = subject.head
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i and all(
        t.lower_ == "," for t in subject.doc[subject.right_edge.i + 1:c.left_edge.i])]
    return actors.resolve(after[0], sent) if after and subject.right_edge.i + 1 < after[0].left_edge.i else []


def subject_of(verb: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """The actor doing the act: subject, passive agent, or the controlling clause's subject."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            if child.lower_ in {"which", "that", "who"} and verb.dep_ == "relcl":
                return as_actor(verb.head, sent, actors) or issuer_of(verb.head, sent, actors) or \
                    _wielder(verb.head, sent, actors)
            if child.dep_ == "nsubj" and child.lower_ == "it" and expletive(child):
                return []
            return (actors.resolve(child, sent) or issuer_of(child, sent, actors) or _included(child, sent, actors) or
                    _wielder(child, sent, actors) or (
                    _made_by(child, sent, actors) if verb.lemma_.lower() not in DESCRIBING_VERBS else [])
                    ) + _listed_after(child, sent, actors)
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return actors.resolve(objs[0], sent)
    if is_passive(verb):
        # "was given a state visit by China": the agent phrase may hang on the object
        for prep, obj in preps(*objects(verb)):
            if prep.lower_ == "by" and obj is not None:
                return actors.resolve(obj, sent)
        for later in (c for c in verb.conjuncts if c.i > verb.i and bare_participle(c)):
            # "was abducted and killed by RSF fighters": two passives sharing one auxiliary share the agent
            for agent in (k for k in later.children if k.dep_ == "agent"):
                objs = [o for o in agent.children if o.dep_ == "pobj"]
                if objs:
                    return actors.resolve(objs[0], sent)
        if verb.lemma_.lower() in FEELING_VERBS:
            # "Barnier was disappointed after talks with Frost": the one who feels is who took part
            return [m for c in verb.children if c.dep_ == "nsubjpass" for m in actors.resolve(c, sent)]
        return []  # "Kim be invited to China": no agent, and the outer subject is not it
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL:
        # "prompting North Korea to threaten …": the object of the causing verb acts
        for direct in objects(verb.head):
            found = actors.resolve(direct, sent)
            if found:
                return found
    if verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to":
        # "supported a UN Security Council resolution to expand sanctions": the parser hangs the
        # purpose on the verb, but it is the resolution's, and the resolution's maker acts
        for direct in objects(verb.head):
            if direct.lemma_.lower() in INSTRUMENT_NOUNS and direct.i < verb.i and \
                    all(t.dep_ in {"aux", "punct"} for t in verb.doc[direct.i + 1:verb.i]):
                owner = [m for m in as_actor(direct, sent, actors) if m.code.startswith("IGO") or
                         any(c.dep_ in {"poss", "compound"} for c in direct.children)]
                if owner:
                    return owner
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.head.lemma_.lower() in CREDITING_VERBS:
        # "praised Ethiopia's government and Tigrayan leaders for signing a truce": the ones praised did it
        found = [m for direct in objects(verb.head.head) for m in actors.resolve(direct, sent)]
        if found:
            return found
    if verb.dep_ in CLAUSE_INHERIT and verb.head.i != verb.i:
        head = verb.head
        if head.pos_ == "ADP" and head.head.i != head.i:  # "by sending …" → the verb before "by"
            if head.lower_ == "of" and head.head.lemma_.lower() in {"accuse", "suspect"} and (
                    accused := objects(head.head)):
                return actors.resolve(accused[0], sent)  # "accused Pyongyang of planting mines": Pyongyang's act
            head = head.head
        patient = [c for c in head.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i < head.i and patient:
            # "Arriving in Port Moresby, Modi was greeted by Marape": the subject's, not the agent's
            return actors.resolve(patient[0], sent)
        commenting = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i and head.dep_ == "advcl" and \
            verb.lemma_.lower() in COMMENTING_PARTICIPLES and head.head.i != head.i and any(
                c.dep_ == "mark" and c.lower_ in {"after", "before", "when", "as", "since", "because"}
                for c in head.children)
        if commenting:
            # "Vucic defended Dodik after a court sentenced him, calling the verdict an attack on all
            # Serbs": a comment trailing a subordinate clause is the main clause subject's
            found = subject_of(head.head, sent, actors)
            if found:
                return found
        if verb.lemma_.lower() in COMMENTING_PARTICIPLES and (reporter := reported_obligation(verb)) is not None:
            # "Diop told the Security Council that the mission must leave, accusing it of fuelling
            # tensions": a comment trailing what someone said must happen is the speaker's
            found = subject_of(reporter, sent, actors)
            if found:
                return found
        if verb.dep_ == "pcomp" and head.dep_ == "ccomp" and head.tag_ == "VB" and head.head.i != head.i:
            # "demanded that Pakistan return the pilot, after summoning its envoy": the demander's act
            found = subject_of(head.head, sent, actors)
            if found:
                return found
        head = (reported_act(head) or head) if verb.tag_ == "VBG" and verb.i > head.i else head
        found = subject_of(head, sent, actors)
        if found and verb.lemma_.lower() in COMMENTING_PARTICIPLES and head.dep_ in {"ccomp", "xcomp"} and {
                m.code for m in found} <= {m.code for o in objects(verb) for m in actors.resolve(o, sent)}:
            found = subject_of(head.head, sent, actors) or found  # ("… let a UN team inspect it, accusing the UN")
        trailing = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i and head.dep_ == "ccomp"
        if not found and (verb.dep_ == "pcomp" or trailing) and head.dep_ in {"ccomp", "xcomp", "conj"} and \
                head.head.i != head.i:
            # ("Pashinyan said a treaty was far from agreed, blaming Baku for …": the speaker blames)
            # "Wong said ties could improve after holding talks with Wang": the clause above's subject
            found = subject_of(head.head, sent, actors)
        if not found and verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "advcl" and \
                head.head.i != head.i and any(c.dep_ == "mark" for c in head.children) and \
                verb.lemma_.lower() in COMMENTING_PARTICIPLES:
            # "Poland deployed soldiers to the border as thousands of migrants gathered, accusing Minsk
            # of …": a comment after a subordinate clause with no actor is the main clause's (not what
            # the clause's event did: "sent condolences after a plane crashed, killing 257 people")
            found = subject_of(head.head, sent, actors)
        return found
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in DONE_TO_VERBS:
        return []  # "the two soldiers arrested in Turkey": the noun is the patient, the agent unstated
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        # "ratified an agreement to write off the debt": the agreement's maker acts; "accepted a
        # Turkish offer to mediate": an offer named by its maker's nationality is that maker's
        owners = [m for c in verb.head.children if c.dep_ in {"amod", "compound"} and c.i < verb.head.i
                  for m in actors.as_party(c, sent)] if verb.head.lemma_.lower() in OFFER_NOUNS else []
        return as_actor(verb.head, sent, actors) or owners or issuer_of(verb.head, sent, actors,
                                                                         said_in=verb.tag_ == "VBG")
    return []

# acts whose past participle on a noun names what was done to it ("soldiers arrested in Turkey")
DONE_TO_VERBS = {"arrest", "detain", "hold", "jail", "imprison", "sentence", "convict", "seize", "abduct", "kidnap",
                 "capture", "intern", "kill", "wound", "injure", "expel", "deport", "shoot", "torture", "execute",
                 "free", "release", "liberate", "pardon", "send", "deploy", "dispatch", "despatch", "station"}
PUNISHING_VERBS = {"sentence", "convict", "jail", "imprison", "arrest", "detain", "charge", "indict", "try", "punish",
                   "prosecute", "sanction", "fine", "execute", "hang", "extradite"}
# prepositions that name a background act rather than the verb's own
BACKGROUND_PREPS = {"after", "before", "since", "following", "amid", "despite", "over", "about", "against", "into"}
# verbs that characterise rather than act: "marked the highest-level summit between …" names no summit held
CHARACTERISING_VERBS = {"mark", "be", "become", "represent", "constitute", "signal", "amount"}
# "a visit by X marked the highest-level summit": a verb that describes, not an act of the thing
DESCRIBING_VERBS = CHARACTERISING_VERBS | {"remain", "seem"}


# people and bodies whose "including X and Y" names who they are
GROUP_HEADS = {"leader", "minister", "official", "president", "envoy", "delegation", "diplomat", "country", "nation",
               "state", "government", "member", "power", "ally", "partner", "neighbour", "neighbor"}


def _included(noun: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """"African leaders including South Africa's Cyril Ramaphosa and Senegal's Macky Sall visited":
    the group named by its members acts as those members."""
    if noun.lemma_.lower() not in GROUP_HEADS:
        return []
    return [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in {"including", "like"}
            for obj in prep.children if obj.dep_ == "pobj"
            for named in (obj, *obj.conjuncts) for m in actors.resolve(named, sent)]


# weapons and attacks that may stand as the subject of what they did ("an ELN car bomb killed 21 cadets")
WEAPON_NOUNS = {"bomb", "bombing", "car-bomb", "attack", "strike", "airstrike", "air-strike", "missile", "rocket",
                "drone", "shell", "mortar", "explosion", "blast", "ambush", "raid", "bomber", "landmine", "grenade"}


def opening_claim(noun: Token) -> Token | None:
    """"Claimed by the PKK, the suicide bombing … wounded two officers": the agent of an opening
    "claimed by" participle on the clause whose subject is the attack."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for opening in (c for c in noun.head.children if c.dep_ == "advcl" and c.lemma_.lower() == "claim"
                    and c.tag_ == "VBN" and c.i < noun.i):
        for by in (c for c in opening.children if c.lower_ == "by" and c.dep_ in {"agent", "prep"}):
            return next((o for o in by.children if o.dep_ == "pobj"), None)
    return None


def claimants(noun: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """Who claimed the attack ``noun`` names, in either wording ("claimed responsibility for", "Claimed by")."""
    claimer = claimed_act(noun)
    if claimer is not None:
        return subject_of(claimer, sent, actors)
    agent = opening_claim(noun)
    return actors.resolve(agent, sent) if agent is not None else []


def reduced_agent(noun: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """The "by" agent of a reduced clause on ``noun`` ("sanctions announced by Washington", "a bomb
    planted by Taliban insurgents"), but not a broker ("talks mediated by Qatar" are not Qatar's)."""
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() not in BROKERING_VERBS):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            for obj in (c for c in agent.children if c.dep_ == "pobj"):
                found = actors.resolve(obj, sent)
                if found:
                    return found
    return []


def _wielder(noun: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """"An ELN car bomb killed 21 police cadets", "the suicide bombing that killed two Chinese workers",
    which the Baloch Liberation Army claimed: a weapon or attack does what its named owner, or the
    group claiming it, did."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in WEAPON_NOUNS:
        return []
    claimed = claimants(noun, sent, actors)
    if claimed:
        return claimed
    planted = reduced_agent(noun, sent, actors)
    if planted:  # "a roadside bomb planted by Taliban insurgents killed six soldiers"
        return planted[:1]
    return [m for c in noun.children if c.dep_ in {"compound", "poss", "amod"} and c.pos_ in {"PROPN", "ADJ"}
            for m in actors.as_party(c, sent) + actors.resolve(c, sent)][:1]


def _made_by(noun: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """"A tip-off from Moroccan intelligence helped …", "a report by UN experts accused …": a thing
    doing the act carries the act of whoever it comes from."""
    if noun.pos_ != "NOUN":
        return []
    return [m for prep, obj in preps(noun) if obj is not None and prep.lower_ in {"from", "by"}
            for m in actors.resolve(obj, sent)][:2]


def issuer_of(noun: Token, sent: Span, actors: DocumentActors, *, said_in: bool = False) -> list[Mention]:
    """Who issued "a joint declaration that called on …": the subject of the verb governing it; ``said_in``:
    also of one the text was said in ("UN investigators said in a report accusing Maduro's government …")."""
    if noun.pos_ == "NOUN" and noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ == "VERB":
        return subject_of(noun.head, sent, actors)
    if said_in and noun.lemma_.lower() in DOCUMENT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in" and \
            noun.head.head.pos_ == "VERB":
        return subject_of(noun.head.head, sent, actors)
    return []


# texts in which a party says something ("said in a report", "wrote in a letter")
DOCUMENT_NOUNS = {"report", "statement", "letter", "communique", "declaration", "speech", "interview", "note",
                  "post", "message", "editorial", "commentary"}


# acts on one's own border or airspace, done by its owner ("the closure of its border")
CLOSING_NOUNS = {"closure", "closing", "sealing", "shutdown", "reopening"}
# nouns that measure an act ("weeks of mediation", "a round of talks"), which the model may give its agent
MEASURE_NOUNS = {"day", "week", "month", "year", "hour", "round", "series", "decade"}


def nominal_source(noun: Token, sent: Span, actors: DocumentActors, code: str = "") -> list[Mention]:
    """Who makes "Park's trip", "a visit by senior leaders", "Russian-DPRK talks"."""
    claimer = claimed_act(noun)
    if claimer is not None:  # "the Houthis claimed responsibility for a drone attack": theirs
        return subject_of(claimer, sent, actors)
    if (captor := captor_phrase(noun)) is not None:  # "her detention by the authorities": theirs, not hers
        return actors.resolve(captor, sent)
    modifiers = [t for t in noun.doc[noun.left_edge.i:noun.i] if t.dep_ in {"amod", "compound", "nmod"}]
    sides = [m for child in modifiers for m in actors.as_party(child, sent)]
    if len({m.code for m in sides}) >= 2:  # "Russian-DPRK talks": the named parties
        return sides
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        # "U.S. and Chinese officials traded rebukes at the opening of their first talks": both
        verb = governing_verb(noun)
        both = subject_of(main_verb(verb), sent, actors) if verb is not None else []
        if len({m.code[:3] for m in both}) >= 2:
            return both
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in {"amod", "compound"} and child.pos_ in {"PROPN", "ADJ"}):
            found = as_actor(child, sent, actors)
            if found:
                return found
    if sides:
        return sides
    for prep, obj in preps(noun):
        if prep.lower_ == "by" and obj is not None:
            return actors.resolve(obj, sent)
    owned = [obj for prep, obj in preps(noun) if obj is not None and prep.lower_ == "of"]
    if noun.lemma_.lower() in CLOSING_NOUNS:  # "the closure of its border with Colombia": the border's own state
        verb = governing_verb(noun)  # ("its" is the clause's subject's, not the last noun's)
        verb = verb.head if verb is not None and verb.lower_ == "following" else verb  # (a preposition)
        found = [m for obj in owned for c in obj.children if c.dep_ == "poss"
                 for m in (subject_of(verb, sent, actors) if c.pos_ == "PRON" and verb is not None else [])
                 or actors.resolve(c, sent)]
        if found:
            return found[:1]
    for by, agent in preps(*owned):
        if by.lower_ == "by" and agent is not None:  # "the expulsion of two diplomats by the Netherlands"
            found = actors.resolve(agent, sent)
            if found:
                return found
    measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if measure is not None and measure.lemma_.lower() in MEASURE_NOUNS:
        # "after weeks of mediation between Khartoum and Cairo by Qatar's emir": "by" hung on the measure
        for by, agent in preps(measure):
            if by.lower_ == "by" and agent is not None and by.i > noun.i:
                found = actors.resolve(agent, sent)
                if found:
                    return found
    found = reduced_agent(noun, sent, actors)
    if found:  # "sanctions against Russia announced by Washington"
        return found
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() in ANSWERING_VERBS:
        return subject_of(noun.head.head, sent, actors)  # "Israel responded with air strikes on Gaza": its own
    if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "during"} and noun.head.head.pos_ in {"PROPN", "NOUN"} \
            and code[:2] == "04":
        # "Olaf Scholz, on a one-day visit to Beijing, urged ...": the visit of the one it describes
        found = actors.resolve(noun.head.head, sent)
        if found:
            return found
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in EVENT_PARTS \
            and (code[:2] == "04" or code[:3] == "062"):
        # "said on the second day of a visit to Gujarat", "at the end of talks in Geneva": the
        # visit or talks of the one the clause is about
        frame = noun.head.head
        # (or the frame is the verb's object: "US soldiers began ten days of joint exercises with Armenian troops")
        verb_of_frame = frame.head.head if frame.dep_ == "pobj" else frame.head if frame.dep_ in {"dobj", "npadvmod"} else None
        if verb_of_frame is not None and verb_of_frame.pos_ in {"VERB", "AUX"}:
            found = subject_of(verb_of_frame, sent, actors)
            if found:
                return found
    verb = governing_verb(noun)
    if verb is not None and noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.i == verb.i and \
            verb.lemma_.lower() in PUNISHING_VERBS | CREDITING_VERBS:
        # "sentenced him to 80 years for massacres of Maya villagers": the one punished (or praised)
        # did the act, never the court
        return [m for direct in objects(verb) for m in actors.resolve(direct, sent)]
    inner = [o for p, o in preps(noun) if p.lower_ == "of" and o is not None]  # "rounds of talks between …"
    if verb is not None and verb.lemma_.lower() in BROKERING_VERBS and any(
            p.lower_ == "between" for p, _ in preps(noun, *inner)):
        return []  # "Egypt and Qatar mediated talks between Israel and Hamas": no party to the talks
    core = noun.dep_ in {"dobj", "nsubjpass", "attr", "appos", "conj"} or (
        noun.dep_ == "pobj" and noun.head.head.pos_ in {"VERB", "AUX"})  # "travelled for talks"
    sent_into = noun.head.lower_ == "into" and verb is not None and verb.lemma_.lower() in {
        "order", "send", "deploy", "move", "put", "throw", "commit"}  # "ordered 5,600 troops into exercises"
    if core and noun.dep_ == "pobj" and noun.head.lower_ in BACKGROUND_PREPS and code[:2] not in {"03", "04", "05"} \
            and not sent_into:
        # "suspended aid three months after the ouster of Morsi", "filed a case over last week's
        # raid": an act named as background is not the subject's (talks and visits still are)
        core = False
    # ("On a trip to Caracas, Rowley received a licence": an opening "on" or "during" phrase is the subject's)
    opening = noun.dep_ == "pobj" and noun.head.lower_ in {"on", "during"} and noun.head.i < verb.i \
        if verb is not None else False
    if verb is not None and core and (opening or verb.lemma_.lower() not in RECEIVE_VERBS | RESPONSE_VERBS |
                                      TOPIC_VERBS | SEQUENCE_VERBS) and not (
            noun.dep_ != "pobj" and verb.lemma_.lower() in JUDGING_VERBS):
        # an object or a phrase on the verb itself ("conducted a visit", "acted as an
        # intermediary"), not one nested in an adjunct ("in retaliation for sanctions …")
        return subject_of(verb, sent, actors)
    return []
