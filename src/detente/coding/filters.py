"""Acts a pattern matches that are no event between the two parties found, or another one.

Each test names the reading it rules out; the coder drops such an act after roles are paired and
the code is final. A few settle the code or the target the act's own words call for instead (a
cancelled contract rejects economic cooperation; a complaint lodged with the UN is about the party
it names). Split from :mod:`detente.coding.coder`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.actors.vocabulary import ARMED_GROUPS, OPPONENTS, PERSON_ROLES, VEHICLE_NOUNS
from detente.model import Mention

# verbs that are a protest only when the public does them
GATHERING_VERBS = {"gather", "assemble", "converge", "congregate"}
# moving into a place is an attack only for the armed
MOVING_VERBS = {"enter", "cross", "move", "roll", "pour", "drive", "march"}
UNARMED = {"CVL", "BUS", "MED", "NGO", "HLH", "REF", "EDU", "LAB", "AGR"}
OFFICIALS = {"GOV", "ELI", "LEG", "JUD", "OPP"}
# purposes that make a deployment relief, not a show of force
# people sent somewhere in custody
HELD = {"jailed", "detained", "imprisoned", "arrested", "captured", "convicted", "extradited"}
HELPING_VERBS = {"help", "assist", "aid", "rescue", "evacuate"}
# verbs that name an act "as" something ("denounced the port deal as an attack on its sovereignty")
NAMING_AS_VERBS = {"denounce", "condemn", "criticise", "criticize", "describe", "brand", "label", "characterise",
                   "characterize", "portray", "depict", "decry", "slam", "dismiss", "reject", "see", "view", "regard"}


# things sent that pay no visit (people sent do; ships and aid are coded by their own patterns)
SENT_THINGS = VEHICLE_NOUNS | {"letter", "message", "note", "resignation", "report", "signal", "warship", "carrier",
                               "destroyer", "frigate", "submarine", "jet", "drone", "committee", "request", "appeal",
                               "plea", "proposal", "invitation", "complaint", "reply", "response", "petition", "draft"}


# what is received by telephone: a call received from someone is a call (041), not a thing given
CALL_NOUNS = {"call", "phone-call", "telephone-call", "conversation", "message"}


# signs that a leader stepped down under pressure, which makes a resignation an accession to demands
PRESSURE_WORDS = {"protest", "protests", "protester", "protesters", "demonstration", "demonstrations",
                  "demonstrator", "demonstrators", "demand", "demands", "demanded", "demanding", "pressure",
                  "bowing", "bowed", "uprising", "unrest", "riot", "riots", "rioting", "storm", "stormed",
                  "storming", "ultimatum", "calls", "called", "calling", "urged", "urging", "forced", "coup", "mutiny",
                  "impeachment", "strike", "strikes"}


def unpressed_resignation(code: str, src: Mention, tgt: Mention, sent: Span) -> bool:
    """"hours before he resigned", "accepted his cabinet's resignation": CAMEO's 0831 is a change of
    leadership conceded to demands, so one's own resignation in a sentence with no sign of pressure
    (protests, demands, a coup, an ultimatum) is no event between parties."""
    return code == "0831" and tgt.code[:3] == src.code[:3] and not src.code.startswith("IGO") and not any(
        t.lower_ in PRESSURE_WORDS for t in sent)


def no_event(root: str, src: Mention, tgt: Mention, trigger: Token) -> bool:
    """Whether an act of ``root`` from ``src`` to ``tgt`` fired at ``trigger`` is no event."""
    lemma = trigger.lemma_.lower()
    if root == "14" and trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "in" and \
            lemma in {"protest", "solidarity"} and (src.code.startswith("IGO") or src.code[3:6] in {"", "GOV", "MIL"}):
        return True  # "recalled its ambassadors in protest at their decision": a state's motive, no demonstration
    if root == "14" and lemma in GATHERING_VERBS and (src.code.startswith("IGO") or src.code[3:6] in {"GOV", "MIL"}):
        return True  # "NATO leaders gathered in Madrid for a summit": officials meeting, no protest
    if root == "04" and lemma in {"send", "dispatch", "despatch"} and (any(
            o.dep_ == "dobj" and o.lemma_.lower() in SENT_THINGS for o in trigger.children) or (
            trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in SENT_THINGS)):
        # "sent a letter to Putin", "sent the patrol ship HMS Trent to Guyana", "a request it also sent to the
        # Security Council": no one visits
        return True
    if root in {"03", "05", "08"} and lemma in {"agree", "negotiate", "reach"} and trigger.dep_ == "acl" and \
            trigger.tag_ == "VBN" and not any(c.dep_ == "agent" for c in trigger.children):
        return True  # "broke a ceasefire agreed only hours earlier": a described agreement, its parties unnamed
    if root == "08" and lemma == "lose" and any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children):
        return True  # "Taiwan lost the Solomon Islands as an ally": a partner lost, no ground yielded
    if root == "03" and lemma == "hope" and any(c.dep_ == "ccomp" and any(
            g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) for c in trigger.children):
        return True  # "Ankara hoped Moscow would agree to a ceasefire": a wish about another's act, no intent
    if root == "04" and lemma == "receive" and not any(c.dep_ == "dobj" and c.lemma_.lower() in CALL_NOUNS
                                                      for c in trigger.children) and any(
            p.dep_ == "prep" and p.lower_ == "from" for o in [trigger, *(
                c for c in trigger.children if c.dep_ == "dobj")] for p in o.children):
        return True  # "received a 30-year licence from Maduro's government": a thing given, no guest hosted
    if root in {"03", "04"} and any(p.lower_ == "to" and any(o.lemma_.lower() in RESCUE_NOUNS for o in p.children)
                            for p in trigger.children):
        return True  # "committing each to come to the other's aid": help, no visit
    if root == "04" and trigger.pos_ == "NOUN" and lemma in {"envoy", "mission"} and tgt.code.startswith("IGO"):
        return True  # "Moscow's envoy to the UN, Vassily Nebenzia, dismissed …": a standing post, no visit
    if root == "04" and src.text.split()[-1].lower().rstrip("s") in VEHICLE_NOUNS:
        return True  # "a U.S. cargo plane landed in Tbilisi": a vehicle arriving pays no visit
    if root == "19" and lemma in MOVING_VERBS and (src.code.startswith("IGO") or src.code[3:6] in UNARMED | OFFICIALS):
        # "a UN convoy crossed into north-western Syria", "Kim crossed into South Korea to meet Moon":
        # entering unarmed is no invasion
        return True
    if root == "10" and lemma == "insist" and any(c.dep_ == "ccomp" and _indicative(c) for c in trigger.children):
        return True  # "insisting the troops were on a UN mission": an assertion, no demand (that X withdraw)
    if root in {"18", "19"} and src.code[3:6] in UNARMED | {"OPP"} and any(
            t.lemma_.lower() == "strike" and t.pos_ == "NOUN" for t in [trigger, *trigger.children]):
        return True  # "the opposition alliance staged a 'dead city' strike": a stoppage, no air strike
    if root == "02" and trigger.pos_ == "NOUN" and lemma in {"appeal", "appeals"} and any(
            p.dep_ == "prep" and p.lower_ == "against" for p in trigger.children):
        return True  # "rejected an appeal by the reporter against his detention": a case in court, no plea
    if root == "01" and (tgt.code[3:6] == "MED" or (tgt.code[:3] == src.code[:3] and tgt.code[3:6] == "LEG")):
        return True  # "told the BBC", "told parliament that ...": an interview or a report, not an address
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "as" and trigger.head.head.lemma_.lower() in NAMING_AS_VERBS \
            and not any(c.dep_ == "poss" for c in trigger.children):  # ("dismissed as absurd Kyiv's charge")
        return True  # "denounced the port deal as an attack on its sovereignty": a name for an act, no attack
    if root == "15" and any(c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in HELPING_VERBS for c in trigger.children):
        return True  # "dispatched an aircraft carrier to help Japan after the tsunami": help, no show of force
    if root == "16" and tgt.code[:3] == src.code[:3] and tgt.code[3:6] in {"MIL", "COP"}:
        return True  # "Trump withdrew U.S. troops from the area": one's own forces are no party cut off
    if root == "04" and lemma in {"send", "fly", "deport", "transfer"} and any(
            o.dep_ == "dobj" and any(a.lower_ in HELD for a in o.children) for o in trigger.children):
        return True  # "sent 29 jailed cartel figures to the United States": prisoners handed over pay no visit
    if root in {"03", "05", "06", "07"} and tgt.code[:3] == src.code[:3] and src.code[3:6] in {"", "GOV"} and \
            tgt.code[3:6] in {"MIL", "COP", "SPY"}:
        return True  # "would review its troop presence in Germany": a state and its own forces cooperate with no one
    if root in {"03", "05", "06", "07", "08"} and terms_of_an_agreement(trigger):
        return True  # "signed a treaty that offers Tuvalu's citizens residency": the treaty's terms, not an act
    # "as he addressed / greeted supporters": a leader and his own public is no event (but armed
    # groups claiming an attack at home claim it against their country: "the Pakistani Taliban
    # claimed responsibility for the bombing of a mosque in Peshawar")
    return root in {"01", "04"} and tgt.code[:3] == src.code[:3] and tgt.code[3:6] in {"", "CVL"} and not (
        root == "01" and src.code[3:6] in ARMED_GROUPS)


def _indicative(verb: Token) -> bool:
    """A clause stating what is ("were", "had been deployed"), not what must be ("withdraw", "must go")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.lemma_.lower() in {"have", "need", "be"} and any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "insisted that Israel had to withdraw": what must be
    return not any(a.tag_ == "MD" for a in auxes) and (
        verb.tag_ in {"VBD", "VBZ"} or any(a.tag_ in {"VBD", "VBZ"} for a in auxes))  # ("that troops leave": VBP)


# what one comes "to" when helping, not visiting
RESCUE_NOUNS = {"aid", "help", "rescue", "assistance", "defence", "defense", "support"}


# documents whose clauses state terms ("a treaty that offers …", "an agreement committing both sides to …")
AGREEMENT_NOUNS = {"treaty", "agreement", "deal", "accord", "pact", "contract", "memorandum", "charter", "compact",
                   "communique", "declaration", "protocol"}


def terms_of_an_agreement(trigger: Token) -> bool:
    """A verb in a clause on an agreement noun whose subject is the agreement itself (or none)."""
    if trigger.dep_ not in {"relcl", "acl"} or trigger.head.lemma_.lower() not in AGREEMENT_NOUNS:
        return False
    if any(c.dep_ == "agent" for c in trigger.children):
        return False  # "the agreement signed in Pretoria by Ethiopia's government and the TPLF": its signing
    subjects = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return not subjects or subjects[0].lower_ in {"that", "which"}


# words that make forces' arrival part of a mission abroad
MISSION_WORDS = {"mission", "peacekeeping", "peacekeeper", "peacekeepers", "stabilization", "stabilisation"}


def mission_arrival(code: str, src: Mention, sent: Span) -> bool:
    """"Kenyan police officers landed in Port-au-Prince to lead a UN-backed mission": forces arriving
    for a mission are deployed as peacekeepers (074), not on a visit (042)."""
    return code == "042" and src.code[3:6] in {"MIL", "COP"} and any(
        t.lemma_.lower() in MISSION_WORDS or t.lower_ in MISSION_WORDS or _restoring_order(t) for t in sent)


def _restoring_order(tok: Token) -> bool:
    """"Australian police and soldiers arrived in Honiara to help restore order": a mission too."""
    return tok.lemma_.lower() in {"restore", "keep", "maintain"} and any(
        o.dep_ == "dobj" and o.lemma_.lower() in {"order", "calm", "stability", "security", "peace"}
        for o in tok.children)


# what seizing takes: people are arrested or abducted, goods and vessels are property, land is land
SEIZING_VERBS = {"seize", "capture", "grab", "nab", "snatch"}
PEOPLE_NOUNS = PERSON_ROLES | {"staff", "member", "worker", "crew", "hostage", "civilian", "people", "employee",
                               "sailor", "fisherman", "volunteer", "man", "woman", "child", "national", "personnel"}
# businesses whose seizure confiscates property, whoever's country they stand in
COMPANY_NOUNS = {"company", "subsidiary", "firm", "business", "bank", "plant", "factory", "stake", "enterprise",
                 "corporation", "airline", "refinery", "mine", "asset", "assets", "operation"}
PROPERTY_NOUNS = VEHICLE_NOUNS | {"cargo", "asset", "property", "office", "embassy", "building", "consignment",
                                  "shipment", "drone", "gold", "oil", "ballot", "box", "equipment", "weapon"}


# who detains rather than abducts
STATE_CAPTORS = {"GOV", "MIL", "COP", "JUD", "SPY"}


def seized_kind(code: str, trigger: Token, taken: list[Token], src: Mention, tgt: Mention) -> str | None:
    """"captured the leader of the Gulf Clan" (173), "seized 11 UN staff members" (181), "seized three
    Ukrainian navy vessels" (171): a seizure of people or goods is no capture of territory (192)."""
    if code == "192" and any(t.lemma_.lower() in COMPANY_NOUNS for t in taken):
        return "1711"  # "seized control of the Russian subsidiaries of Danone": a confiscation
    if code == "181" and trigger.lemma_.lower() in {"seize", "capture", "take"} and src.code[3:6] in STATE_CAPTORS:
        return "173"  # "Iranian Revolutionary Guards seized 15 Royal Navy sailors": a state detains, it does not abduct
    if code != "192" or trigger.lemma_.lower() not in SEIZING_VERBS or not taken or len(tgt.code) == 3:
        return None  # (a place stands for its country: "seized Goma", "seized airports across Crimea")
    thing = taken[0]
    if thing.ent_type_ == "PERSON" or thing.lemma_.lower() in PEOPLE_NOUNS:
        return "173" if src.code[3:6] in STATE_CAPTORS else "181"
    if thing.lemma_.lower() in PROPERTY_NOUNS:
        return "171"
    return None


# words that make an agreement one of economic cooperation ("a contract with the Adani Group", "an
# agreement to jointly develop the container terminal")
ECONOMIC_WORDS = {"contract", "trade", "investment", "economic", "commercial", "business", "port", "terminal",
                  "airport", "railway", "pipeline", "project", "construction", "develop", "build", "energy", "gas",
                  "oil", "mining", "mine", "loan", "infrastructure", "power", "transmission", "concession"}
MILITARY_WORDS = {"military", "defence", "defense", "security", "basing", "base", "troop", "troops"}


def economic_withdrawal(code: str, trigger: Token, tgt: Mention) -> bool:
    """"Ruto cancelled a power transmission contract with India's Adani Group", "scrapped a 2019
    agreement with India and Japan to jointly develop the East Container Terminal": leaving a deal
    of economic cooperation rejects that cooperation (1211) rather than reducing relations (160)."""
    # (and a forum of cooperation: "leaving China's cooperation forum with Central and Eastern European states")
    words = _left_deal(code, trigger, AGREEMENT_NOUNS | {"forum"})
    return words is not None and not words & MILITARY_WORDS and (
        tgt.code[3:6] == "BUS" or bool(words & (ECONOMIC_WORDS | {"cooperation"})))


# words that make an agreement a settlement of a conflict
SETTLEMENT_WORDS = {"peace", "ceasefire", "cease-fire", "truce", "reconciliation", "settlement"}


def settlement_withdrawal(code: str, trigger: Token, src: Mention, tgt: Mention) -> bool:
    """"scrapped the 2015 Algiers peace agreement with northern rebel groups", "scrapped all its
    agreements with the protest movement": leaving a settlement of a conflict, or a deal with one's own
    rebels or opposition, rejects that settlement (127) rather than reducing relations (160)."""
    words = _left_deal(code, trigger, AGREEMENT_NOUNS)
    own_opponent = tgt.code[:3] == src.code[:3] and tgt.code[3:6] in OPPONENTS | {"CVL"}
    return words is not None and (bool(words & SETTLEMENT_WORDS) or own_opponent)


def _left_deal(code: str, trigger: Token, nouns: set[str]) -> set[str] | None:
    """The words of the deals a verb of leaving relations (160) takes as objects, or None when it
    leaves no deal of the kinds ``nouns`` names."""
    if code != "160" or trigger.pos_ != "VERB":
        return None
    deals = [o for o in trigger.children if o.dep_ == "dobj" and o.lemma_.lower() in nouns]
    return {t.lemma_.lower() for d in deals for t in d.subtree} if deals else None


COMPLAINT_TOPICS = {"over", "about", "against"}


def complained_about(code: str, trigger: Token, sent: Span, actors: DocumentActors, src: Mention,
                     tgt: Mention) -> Mention | None:
    """"Qatar lodged a complaint with the UN Security Council over a violation of its airspace by an
    Emirati military aircraft": a complaint lodged with an international body is about the party it
    names (114 aims at the one complained of), not at the body that receives it."""
    if code[:3] != "114" or not tgt.code.startswith("IGO"):
        return None
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    for prep in (p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in COMPLAINT_TOPICS):
        for tok in (t for t in prep.subtree if t.pos_ in {"NOUN", "PROPN"}):
            found = [m for m in actors.resolve(tok, sent)
                     if m.code[:3] != src.code[:3] and not m.code.startswith("IGO")]
            if found:
                return found[0]
    return None


def agreed_view(code: str, trigger: Token) -> bool:
    """"the two leaders agreed the killing was a provocation meant to wreck their rapprochement":
    agreeing that something is so is a shared view (019), not an agreement to act (030); "agreed
    that the delegations would meet" still announces an act."""
    if code != "030" or trigger.lemma_.lower() != "agree" or trigger.pos_ != "VERB":
        return False
    clauses = [c for c in trigger.children if c.dep_ == "ccomp" and any(k.dep_ in {"nsubj", "nsubjpass"}
                                                                           for k in c.children)]
    return bool(clauses) and not any(a.dep_ == "aux" and a.lower_ in {"would", "will", "'d", "shall", "should", "to"}
                                     for c in clauses for a in c.children)
