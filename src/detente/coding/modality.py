"""Negation and modality of an event trigger, read off the dependency parse.

"failed to send", "did not", "no indication China has agreed" negate; "plan to meet" is planned,
"offered to", "hopes to" are intentions, "may", "could", "if" are hypothetical and "should",
"must" are prescriptive (advice and opinion, kept out of analyses by default).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.grammar import DEADLINE_NOUNS as GRAMMAR_DEADLINES

# verbs whose complement states what is threatened, demanded or promised: a modal in that
# complement ("warned it could", "demanded that Seoul should") belongs to the content
STANCE_HEADS = {"warn", "threaten", "demand", "insist", "urge", "vow", "pledge", "promise", "accuse", "caution"}
# "demanded/urged/insisted that X do Y": Y is what the speaker wants, not what X did
ORDER_HEADS = {"order", "instruct", "authorize", "authorise", "direct", "command", "tell"}
DEMAND_HEADS = {"demand", "urge", "insist", "ask", "request", "call", "press", "propose", "suggest", "recommend"}
# "urged the EU to stiffen sanctions": what is inside the asked-for act is not done (not "proposed steps to")
ASKING_HEADS = ORDER_HEADS | {"demand", "urge", "ask", "request", "call", "press"}
# asking verbs with no asking pattern of their own for what is asked: "lobbied members to revoke …"
LOBBYING_HEADS = {"lobby", "implore", "exhort", "encourage", "pressure", "push", "beseech"}
NEGATING_HEADS = {"fail", "neglect", "cease", "stop", "avoid", "refuse", "decline", "reject", "rebuff", "spurn"}
# refusals negate only a "to" infinitive ("refused to allow"), not a participle ("rejected it, demanding …")
REFUSING_HEADS = {"refuse", "decline", "reject", "rebuff", "spurn"}
NEGATING_WORDS = {"no", "never", "neither", "nor", "without"}
# "its refusal to halt development": the act in the clause under these nouns is not done
NEGATING_NOUNS = {"refusal", "failure", "unwillingness", "reluctance", "inability"}
PLANNED_HEADS = {"plan", "schedule", "prepare", "expect", "set", "due", "slate", "arrange"}
INTENT_HEADS = {"intend", "want", "hope", "seek", "aim", "wish", "offer", "promise", "pledge", "vow",
                "agree", "decide", "propose", "try", "attempt", "resolve", "commit", "prepare", "consider"}
INTENT_NOUNS = {"willingness", "readiness", "decision", "intention", "intent", "offer", "proposal", "pledge", "invitation",
                "promise", "bid", "effort", "attempt", "desire", "wish", "determination", "commitment"}
# stances a decision takes by itself being made ("the decision to back Morocco's autonomy plan")
DECIDED_STANCES = {"back", "support", "endorse", "recognise", "recognize", "side"}
PLANNED_NOUNS = {"plan", "plans", "schedule", "preparation"}
# "gave the garrison an ultimatum to lay down its arms": the act under a demand noun is only wanted
THREAT_NOUNS = {"threat", "warning", "ultimatum"}
POWER_NOUNS = {"power", "authority", "right", "permission"}  # a power to act is no act
DEMAND_NOUNS = {"demand", "call", "appeal", "request", "plea", "deadline", "order", "summons"}
READY_ADJECTIVES = {"ready", "willing", "prepared", "eager", "keen", "determined", "open", "unwilling"}
SPECULATIVE_ADJECTIVES = {"likely", "unlikely", "possible", "probable", "improbable", "conceivable", "doubtful"}
ADJUNCT_PREPS = {"during", "after", "before", "since", "amid", "following", "despite", "at"}
# verbs that keep the act their object names from happening
PREVENTING_HEADS = {"block", "veto", "prevent", "thwart", "oppose", "derail", "scuttle", "torpedo", "obstruct"}
# measures that keep the act they are "on" from happening
BARRING_NOUNS = {"ban", "embargo", "moratorium", "freeze", "restriction", "limit", "curb", "halt", "suspension",
                 "veto", "prohibition", "end", "cessation", "termination", "cutoff"}
# "announced an end to US support for the offensive": the act "to" these nouns stops ("the end of talks"
# names talks that were held)
ENDING_NOUNS = {"end", "halt", "cessation", "termination", "suspension", "cutoff"}
# "any ceasefire", "a possible visit": a noun that names no act that happened
OPEN_MODIFIERS = {"any", "possible", "potential", "eventual", "hypothetical", "prospective"}
CLAUSE_BOUNDARY = {"relcl", "advcl", "appos", "parataxis"}
SPEECH_HEADS = {"say", "announce", "state", "tell", "add", "report", "declare", "confirm", "insist"}
PROMISING_HEADS = {"promise", "pledge", "vow", "assure", "guarantee"}
CLAUSE_DEPS = {"xcomp", "ccomp", "conj", "advcl", "relcl", "acl", "pcomp", "pobj", "dobj", "nsubj",
               "nsubjpass", "appos"}


def governing_chain(tok: Token) -> list[Token]:
    """The trigger and the words that govern it up to the sentence root."""
    chain = [tok]
    while chain[-1].dep_ != "ROOT" and chain[-1].head.i != chain[-1].i and len(chain) < 12:
        chain.append(chain[-1].head)
    return chain


def is_negated(trigger: Token, pattern_trigger: Token | None = None) -> bool:
    """True if the trigger's own clause or a governing clause negates it.

    A negating verb inside the pattern itself ("ordered agencies to stop selling tours", pattern
    trigger "ordered") is part of what the pattern means, not a negation of it.
    """
    if _has_neg(trigger):
        return True
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"nsubj", "nsubjpass"} and _has_neg(trigger.head):
        return True  # "Talks between North and South Korea did not go ahead": no talks were held
    child = trigger
    inside = pattern_trigger is not None and pattern_trigger.i != trigger.i
    for head in governing_chain(trigger)[1:]:
        if child.dep_ in {"xcomp", "conj"} and _has_neg(head) and child.dep_ != "conj":
            return True
        if child.dep_ == "xcomp" and head.lemma_ in NEGATING_HEADS and not inside and (
                head.lemma_ not in REFUSING_HEADS or any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)):
            return True
        if child.dep_ == "xcomp" and head.lemma_ in {"have", "be"} and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
            return True  # "have yet to start joint patrols", "is yet to respond": not done so far
        if child.dep_ in {"xcomp", "dobj", "pcomp"} and head.lemma_ == "rule" and not inside and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
            return True  # "ruled out sending missiles"
        if pattern_trigger is not None and head.i == pattern_trigger.i:
            inside = False
        if head.pos_ == "NOUN" and any(c.lower_ in NEGATING_WORDS for c in head.children if c.dep_ == "det"):
            return True
        if child.dep_ == "acl" and head.lemma_.lower() in NEGATING_NOUNS:
            return True
        if head.lower_ == "without" or head.lemma_.lower() == "abstain":
            return True  # ("abstained in the vote to suspend Russia": the abstainer suspends no one)
        if child.dep_ == "pcomp" and head.lower_ in {"of", "than"} and any(
                c.lower_ in {"instead", "rather"} for c in head.children):
            return True  # "moved him to house arrest instead of freeing him", "rather than sending troops"
        purpose = child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        # a named act that is the object of a verb shares the verb's negation ("had no plans to join
        # the sanctions", "did not impose sanctions")
        named_object = trigger.pos_ == "NOUN" and child.i == trigger.i and child.dep_ == "dobj"
        # ("failed to agree on opening membership talks": a gerund after a preposition is the verb's too, but
        # not one with its own subject: "…, with Cairo accusing Addis Ababa of intransigence")
        gerund = child.dep_ == "prep" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" and not any(
            k.dep_ == "nsubj" for k in c.children) for c in child.children)
        if head.pos_ == "VERB" and child.dep_ not in {"xcomp", "ccomp", "acl", "pcomp", "pobj", "conj"} \
                and not purpose and not named_object and not gerund:
            break
        child = head
    return False


def _has_neg(tok: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in {"no", "never"}) or
               (c.dep_ in {"nsubj", "nsubjpass"} and _denied_subject(c)) for c in tok.children)


def _denied_subject(subject: Token) -> bool:
    """"Neither Moscow nor Beijing has criticised …", "No government has recognised …"."""
    return any(c.dep_ in {"det", "preconj"} and c.lower_ in {"neither", "no"} for c in subject.children)


# verbs that call for an act ("chanted for him to resign"), and those whose object is an act demanded
CALLING_HEADS = DEMAND_HEADS | {"chant", "clamour", "clamor", "push", "lobby", "campaign", "rally", "march"}
DEMANDED_OBJECT_HEADS = {"demand", "request", "urge", "seek"}


def called_for(trigger: Token) -> bool:
    """"protesters set fire to buildings, demanding Sogavare's resignation", "workers chanted for him
    to resign": an act someone calls for has not happened (the call itself is coded as a demand)."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in DEMANDED_OBJECT_HEADS:
        return True
    return trigger.dep_ == "advcl" and trigger.head.lemma_.lower() in CALLING_HEADS and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children)


# what may lie ahead of a war named in a phrase ("the risk of Russia's invasion"): still no fact
RISK_NOUNS = {"risk", "threat", "prospect", "possibility", "fear", "danger", "spectre", "specter", "plan", "warning"}
UNREALISED_MODIFIERS = OPEN_MODIFIERS | {"planned", "threatened", "feared", "imminent", "looming", "expected",
                                         "new", "further", "renewed", "future", "next"}


def presupposed(trigger: Token, code: str) -> bool:
    """"warning him of consequences if Beijing provided material support for Russia's invasion of
    Ukraine": a war or attack named with its maker's possessive is taken for granted by the clause
    around it, so the condition does not make it hypothetical."""
    return code[:2] in {"18", "19", "20"} and trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and any(
        c.dep_ == "poss" for c in trigger.children) and not any(
        c.lower_ in UNREALISED_MODIFIERS for c in trigger.children) and \
        trigger.head.head.lemma_.lower() not in RISK_NOUNS


def modality(trigger: Token, pattern_trigger: Token | None = None, *, agreement_is_act: bool = False
             ) -> str | None:
    """``intent``, ``planned``, ``hypothetical``, ``prescriptive`` or None for a reported fact.

    The whole governing chain is read: a plan inside a conjecture ("could signal a new willingness
    to return") is a conjecture, so hypothetical and prescriptive outrank intent and plans.
    ``pattern_trigger`` is the word a multi-word pattern starts at when ``trigger`` is a verb inside
    it: an open question inside the pattern ("is considering whether to send") is what the act is
    about, so it leaves the act itself a fact.
    """
    found: list[str] = []
    if called_for(trigger):
        found.append("prescriptive")  # "demanding Sogavare's resignation", "chanted for him to resign"
    if trigger.pos_ == "NOUN" and any(c.lower_ in OPEN_MODIFIERS and c.dep_ in {"det", "amod"}
                                      for c in trigger.children):
        found.append("hypothetical")  # "to guarantee any ceasefire": no particular act
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in SPECULATIVE_ADJECTIVES for c in trigger.head.children):
        found.append("hypothetical")  # "a summit between Japarov and Rahmon is unlikely before …"
    ending = trigger.head.lower_ == "to" and trigger.head.head.lemma_.lower() in ENDING_NOUNS
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and (trigger.head.lower_ in {"on", "against"} or ending) and (
            trigger.head.head.lemma_.lower() in BARRING_NOUNS or any(
                o.dep_ == "dobj" and o.lemma_.lower() in BARRING_NOUNS for o in trigger.head.head.children)):
        found.append("hypothetical")  # "lifted its ban on the delivery of S-300s to Iran": none delivered
    child = trigger
    inside = pattern_trigger is not None and pattern_trigger.i != trigger.i
    described = False  # reached through a noun ("the sailors detained by …"): a described fact
    for head in [trigger, *governing_chain(trigger)[1:]]:
        if head.i != trigger.i and child.dep_ == "acl" and child.tag_ == "VBN" and any(
                c.dep_ == "agent" for c in child.children):
            break  # "a deal brokered by China", "a ceremony hosted by Trump": a described fact
        described = described or child.dep_ in {"acl", "dobj", "pobj", "nsubj", "nsubjpass", "attr"}
        if pattern_trigger is not None and head.i == pattern_trigger.i:
            inside = False
        aux = _aux_modality(head)
        if aux in {"hypothetical", "prescriptive"} and inside and pattern_trigger is not None and \
                pattern_trigger.lemma_.lower() in STANCE_HEADS:
            aux = None  # "warned that it could impose a blockade": the warning itself is a fact
        if aux:
            found.append(aux)
        marks = {c.lower_ for c in head.children if c.dep_ == "mark"}
        if marks & {"if", "unless"} or ("whether" in marks and not inside):
            found.append("hypothetical")
        elif "until" in marks and head.dep_ == "advcl" and modality(head.head) is not None:
            found.append("hypothetical")  # "vowed to keep refusing food until Havana freed the prisoners"
        # "agreed to halt firing" matched whole by an "agree to ceasefire" (0871) pattern: the
        # agreement is the act itself, not an intention to act
        own_trigger = agreement_is_act and pattern_trigger is not None and head.i == pattern_trigger.i \
            and pattern_trigger.i != trigger.i
        if head.i != trigger.i:
            lemma = head.lemma_.lower()
            charged = child.lower_ in {"of", "for"} or child.lower_ == "with" and lemma in {"charge", "indict"}
            if child.dep_ == "prep" and charged and lemma in ACCUSING_HEADS and not own_trigger_of(head, pattern_trigger):
                # "accused the RSF of committing genocide", "charged five officials with the murder": alleged
                found.append("hypothetical")
            elif child.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN" and (lemma in ALLEGATION_NOUNS or (
                    lemma == "report" and head.dep_ == "dobj" and head.head.lemma_.lower() in DENYING_HEADS)) and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
                # "denied the panel's accusation that it armed the rebels"; "dismissed reports that
                # Azerbaijani troops had opened fire": a report denied is no more than a claim
                found.append("hypothetical")
            elif child.dep_ == "dobj" and child.i == trigger.i and trigger.pos_ == "NOUN" and lemma in PREVENTING_HEADS:
                found.append("hypothetical")  # "blocked sanctions on Georgian officials": none imposed
            elif child.dep_ in {"ccomp", "xcomp", "dobj"} and lemma in {"show", "depict"} and \
                    head.head.lemma_.lower() in {"appear", "seem", "purport"}:
                found.append("hypothetical")  # "a video that appears to show its soldiers shooting prisoners"
            elif child.dep_ == "dobj" and lemma in FEAR_HEADS:
                found.append("hypothetical")  # "aid agencies fear a fresh exodus of refugees"
            elif child.dep_ in {"xcomp", "ccomp"} and lemma in FORECAST_HEADS and _forecast_of_others(head, child):
                found.append("hypothetical")  # "diplomats expect Moscow and Kyiv to agree": a forecast
            elif child.dep_ in {"xcomp", "ccomp", "advcl"} and lemma == "give" and not own_trigger_of(
                    head, pattern_trigger) and (any(
                    o.lemma_.lower() in DEADLINE_NOUNS for o in head.children if o.dep_ in {"dobj", "dative"}) or any(
                    c.dep_ == "prep" and c.lower_ == "until" for c in head.children)):
                found.append("prescriptive")  # "gave Ankara 48 hours to pull out its troops"
            elif _infinitive(child) and child.i == trigger.i and lemma in ORDER_HEADS | LOBBYING_HEADS and \
                    not own_trigger_of(head, pattern_trigger) and any(o.dep_ == "dobj" for o in head.children) and \
                    not _posture_ordered(head, child):
                found.append("prescriptive")  # "ordered police to shoot": ordered, not yet done
            elif _infinitive(child) and child.i != trigger.i and lemma in ASKING_HEADS and not (
                    trigger.dep_ == "pobj" and trigger.head.lower_ in ADJUNCT_PREPS | {"in", "by", "over"}) and \
                    not own_trigger_of(head, pattern_trigger) and any(o.dep_ == "dobj" for o in head.children):
                found.append("prescriptive")  # "urged the EU to stiffen sanctions against Moscow": only asked for
            elif child.dep_ == "prep" and child.lower_ == "for" and not own_trigger_of(head, pattern_trigger) and (
                    head.pos_ == "NOUN" and lemma in DEMAND_NOUNS or any(  # (or the verb's: "rejected appeals … for")
                        o.dep_ == "dobj" and o.lemma_.lower() in DEMAND_NOUNS and o.i < child.i for o in head.children)):
                found.append("prescriptive")  # "appeals from Stockholm for the release of Dawit Isaak": wanted
            elif child.dep_ in {"xcomp", "ccomp"} and lemma in PLANNED_HEADS:
                found.append("planned")
            elif child.dep_ == "ccomp" and lemma in DEMAND_HEADS and not described and not (
                    pattern_trigger is not None and head.i == pattern_trigger.i):
                found.append("prescriptive")  # "demanded that Maduro step down": wanted, not done
            elif child.dep_ in {"xcomp", "ccomp"} and lemma in INTENT_HEADS and not own_trigger:
                found.append("intent")
            elif child.dep_ in {"xcomp", "ccomp"} and (lemma in SPECULATIVE_ADJECTIVES or any(
                    c.dep_ == "acomp" and c.lemma_.lower() in SPECULATIVE_ADJECTIVES for c in head.children)):
                found.append("hypothetical")  # "is unlikely to soften", "it is likely that China will"
            elif child.dep_ == "xcomp" and head.pos_ == "ADJ" and lemma in READY_ADJECTIVES:
                found.append("intent")  # "was ready to host talks", "willing to accept mediation"
            elif (child.dep_ in {"acl", "xcomp"} or child.dep_ == "relcl" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in child.children)) and head.pos_ == "NOUN":
                # "the North's willingness to discuss Kaesong", "plans to reinvest the money" (the
                # model may call the infinitive a relative clause: "a Turkish offer to mediate")
                if lemma in PLANNED_NOUNS:
                    found.append("planned")
                elif lemma in INTENT_NOUNS and not (lemma == "decision" and child.lemma_.lower() in DECIDED_STANCES):
                    # ("Macron's decision to back Morocco's plan": deciding to take a side is taking it)
                    found.append("intent")
                elif lemma in DEMAND_NOUNS and not own_trigger_of(head, pattern_trigger):
                    found.append("prescriptive")
                elif lemma in THREAT_NOUNS and not own_trigger_of(head, pattern_trigger):
                    found.append("hypothetical")  # "Washington's threats to impose sanctions"
                elif lemma in POWER_NOUNS:
                    found.append("hypothetical")  # "giving security forces sweeping powers to arrest protesters"
            if child.dep_ not in {"xcomp", "acl"} and head.pos_ in {"VERB", "AUX"} and found:
                break
            if child.dep_ not in {"xcomp", "acl", "ccomp", "pobj", "pcomp", "prep", "dobj", "conj", "acomp"} and \
                    head.pos_ in {"VERB", "AUX"} and not _purpose(child):
                break  # (a purpose clause goes on: "accused Rwanda of sending troops to fight alongside them")
        purpose = _purpose(head)
        infinitive = head.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in head.children)
        if head.dep_ in CLAUSE_BOUNDARY and not purpose and not infinitive:
            # "…, which Seoul rejected": a relative or adverbial clause has its own modality; a
            # purpose clause shares its verb's ("will travel to Moscow to meet Putin")
            break
        if head.dep_ == "prep" and head.lower_ in ADJUNCT_PREPS:
            break  # "vowed to deepen ties during Modi's visit": the visit itself is a fact
        child = head
    for strong in ("prescriptive", "hypothetical"):
        if strong in found:
            return strong
    return found[0] if found else None


ACCUSING_HEADS = {"accuse", "blame", "suspect", "charge", "indict", "convict", "allege",
                  "evidence"}  # ("found evidence of Rwandan soldiers fighting alongside the rebels": alleged)
DENYING_HEADS = {"deny", "dismiss", "reject", "refute", "rebut"}
FEAR_HEADS = {"fear", "dread", "foresee", "predict", "forecast", "anticipate", "risk"}
# "the accusation that it armed the rebels": what a charge or rumour says is alleged, not shown
ALLEGATION_NOUNS = {"accusation", "allegation", "claim", "charge", "assertion", "suspicion", "rumour", "rumor",
                    "suggestion", "speculation", "declaration", "determination", "contention", "insinuation"}
FORECAST_HEADS = {"expect", "predict", "anticipate", "forecast", "believe", "doubt", "speculate", "wonder", "guess",
                  "suspect"}
DEADLINE_NOUNS = GRAMMAR_DEADLINES | {"time", "until"}  # "gave Warsaw until August 16"


def _purpose(clause: Token) -> bool:
    """An infinitive of purpose ("sending troops to fight alongside them")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def own_trigger_of(head: Token, pattern_trigger: Token | None) -> bool:
    """The governing word is where the matched pattern itself starts ("gave Hanoi 30 days to …" is
    the ultimatum): its own complement does not make the pattern's act unreal."""
    return pattern_trigger is not None and head.i == pattern_trigger.i


def _forecast_of_others(head: Token, clause: Token) -> bool:
    """"expect Moscow to agree" (another party's act foreseen), not "expects to sign" (a plan)."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) or any(
        c.dep_ == "dobj" for c in head.children)


def _aux_modality(verb: Token) -> str | None:
    if verb.dep_ == "xcomp" and verb.head.lower_ == "ought":
        return "prescriptive"  # "ASEAN ought to censure the junta": the model makes "ought" the head
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for c in verb.children:
        if c.dep_ != "aux":
            continue
        word = c.lower_
        if word in {"had", "were"} and subjects and c.i < min(subjects):
            return "hypothetical"  # "Had NATO offered Kyiv a path to membership, …": counterfactual
        if word in {"should", "must", "ought"}:
            return "prescriptive"
        if word in {"may", "might", "could"}:
            return "hypothetical"
        if word in {"will", "'ll", "shall"}:
            return "planned"
        if word == "would":
            if verb.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ == "have" for a in verb.children):
                return "hypothetical"  # "Chile would have sent aircraft had La Paz asked": a counterfactual
            # "said it would …", "promised that Moscow would keep supplying …": an announced intention (also
            # the reported clause's second verb: "told parliament that it was ready to talk and would accept …")
            said = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else verb
            return "intent" if said.head.lemma_ in SPEECH_HEADS | PROMISING_HEADS and said.dep_ == "ccomp" \
                else "hypothetical"
        if word == "to" and verb.dep_ == "xcomp" and verb.head.lemma_ in {"be"}:
            return "planned"  # "is to visit"
    return None


def _infinitive(child: Token) -> bool:
    """The infinitive a verb governs, however the model labels it ("lobbied EU leaders in Brussels on
    Thursday to grant Moldova candidate status": a clause of purpose to the model)."""
    return child.dep_ == "xcomp" or _purpose(child)


# a government's order that moves its own forces is the move: "ordered 20,000 reservists to reinforce
# the border with Afghanistan" mobilises them, as "sent troops to the border" does
POSTURE_VERBS = {"reinforce", "deploy", "mass", "guard", "patrol", "defend", "secure", "man", "bolster"}
FORCE_NOUNS = {"troop", "reservist", "soldier", "army", "force", "unit", "police", "officer", "guard", "division",
               "brigade", "battalion", "military", "navy", "warship", "ship", "jet", "reinforcement"}


def _posture_ordered(head: Token, child: Token) -> bool:
    return head.lemma_.lower() == "order" and child.lemma_.lower() in POSTURE_VERBS and any(
        o.dep_ == "dobj" and o.lemma_.lower() in FORCE_NOUNS for o in head.children)
