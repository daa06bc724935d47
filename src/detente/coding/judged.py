"""Whose act a judgment answers.

News reports a reaction to an act by naming the act, not its author: "Nicaragua broke off relations
with Taiwan, and Washington criticised the decision"; "a Russian court sentenced him to 20 years, a
verdict Kyiv denounced"; "UN members demanded a withdrawal, and Moscow's envoy denounced the
resolution". The judged act's author is the target: whoever the act's own phrase names ("Japan's
decision"), else the actor of the clause that reported the act earlier in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.coding.arguments import nounlike, objects, opening_passive
from detente.coding.phrases import as_actor, as_target, asked_about, author_mark, country_below
from detente.coding.sources import JUDGING_VERBS, nominal_source, subject_of
from detente.model import Mention

# roots whose target may be the author of a judged act: comment, criticism, rejection (and praise,
# 051, of the 05 codes: signing "an agreement" is no judgment of one)
JUDGING_ROOTS = {"01", "11", "12"}
# (accepting "the apology", 056, or "the offer", 036/038, answers whoever made it)
JUDGING_CODES = {"036", "038", "051", "056"}
# nouns that stand for an act just reported
JUDGED_ACTS = {"move", "decision", "resolution", "step", "ruling", "verdict", "measure", "action", "act", "plan",
               "policy", "law", "bill", "order", "sanction", "ban", "announcement", "statement", "remark",
               "comment", "deal", "agreement", "expulsion", "deportation", "arrest", "sentence", "conviction",
               "strike", "attack", "raid", "incursion", "annexation", "test", "launch", "visit", "trip", "tariff",
               "duty", "deployment", "operation", "offensive", "decree", "crackdown", "execution", "seizure",
               "detention", "closure", "suspension", "withdrawal", "killing", "shooting", "bombing", "veto",
               "recognition", "declaration", "determination", "designation", "finding", "report", "vote",
               "referendum", "blockade", "restriction", "embargo", "boycott", "milestone", "charge", "accusation",
               "claim", "allegation", "gesture", "concession", "offer", "proposal", "invitation", "overture",
               "murder", "assassination",
               "massacre", "kidnapping", "abduction", "shelling", "invasion", "occupation", "coup", "takeover",
               # ("denied responsibility": for what it was accused of; "accepted the apology")
               "responsibility", "involvement", "apology", "exercise", "drill", "manoeuvre", "maneuver", "patrol",
               "provocation", "buildup", "build-up", "mobilisation", "mobilization", "campaign", "display",
               "roundup", "purge", "demolition", "eviction", "intrusion", "overflight", "incident",
               # ("a show of force Baku called unfriendly", "an aid package Moscow denounced as provocative",
               # "a release New Delhi welcomed", "a shift Rabat welcomed")
               "show", "package", "release", "shift", "handover", "reversal", "u-turn", "swap", "exchange",
               "donation", "gift", "pledge", "commitment",
               # ("a demand Chilean President Piñera swiftly rebuffed": a demand is its demander's act)
               "demand", "request", "appeal", "ultimatum", "plea"}
# nouns that sum up an act told in a clause, never a thing ("a move", "a step")
# authors of an act who may share the judge's country ("an attack Petro condemned")
NON_STATE_DOERS = {"CVL", "OPP", "REB", "INS", "SEP", "UAF"}
MOVES = {"move", "step"}
# acts a noun after the main clause sums up ("was sentenced to 14 years, a verdict Oslo called disappointing")
SUMMED_ACTS = MOVES | {"verdict", "sentence", "ruling", "attack", "killing", "arrest", "detention", "expulsion",
                       "decision",
                       # and words ("said Baku would open a corridor, remarks Yerevan denounced as a threat")
                       "remark", "comment", "statement", "warning", "announcement"}
# acts that are themselves accusations, and the verbs that make them
CHARGES = {"charge", "accusation", "allegation", "claim", "report", "finding", "responsibility", "involvement",
           "role"}
ACCUSING_VERBS = {"accuse", "blame", "allege", "charge"}
# charges a sentence may report as someone's words ("…, the office said, a finding Bamako dismissed")
REPORTED_CHARGES = {"charge", "accusation", "allegation", "claim", "report", "finding", "conclusion", "assertion"}
REPORTING_VERBS = {"say", "report", "conclude", "find", "state", "tell", "write", "claim", "announce"}
# non-state parties a state may judge in its own country
PUBLIC = {"CVL", "OPP", "REB", "SEP", "LAB", "AGR", "EDU", "CRM", "INS"}
# verbs that only report or judge: an earlier clause with one of these reported no act of its own
# (a speech verb only when it reports a clause: "announced a boycott" is an act)
SPEECH_VERBS = {"say", "tell", "add", "note", "state", "announce", "report", "confirm", "claim"}
NOT_ACTS = JUDGING_VERBS | SPEECH_VERBS | {"call", "describe", "term", "brand", "welcome", "reject"}
# verbs of demanding: their complement names the party asked to end or undo an act
DEMANDING_VERBS = {"demand", "urge", "insist", "press", "call", "ask", "tell", "order"}
DEMAND_NOUNS = {"demand", "request", "appeal", "ultimatum", "plea"}


def judges(code: str) -> bool:
    """Whether events of ``code`` may judge an act reported elsewhere in the sentence."""
    return code[:2] in JUDGING_ROOTS or code[:3] in JUDGING_CODES


def judged_act(verb: Token) -> Token | None:
    """The act a judging verb is about: its object ("criticised the decision"), or the noun its zero
    relative clause hangs on ("a verdict Kyiv denounced")."""
    for obj in objects(verb):
        if _act_noun(obj):
            return obj
    if verb.dep_ == "relcl" and _act_noun(verb.head) and not any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lower_ not in {"that", "which"} for c in verb.children):
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _act_noun(verb.head):
        return verb.head  # "a decision welcomed by Guterres"
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.dep_ == "acl" and _act_noun(verb.head.head):
        return verb.head.head  # "a move welcomed by Dodik and denounced by Britain"
    if verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and not any(
            c.dep_ == "dobj" for c in verb.children):
        # "staged drills on Tuesday that Kyiv denounced as intimidation": a relative clause the model
        # reads as the main verb's complement judges the act that verb names
        return next((o for o in objects(verb.head) if _act_noun(o) and o.i < verb.i), None)
    return None


def named_by_what(verb: Token) -> Token | None:
    """"… fired water cannon at a supply boat, in what Manila called a dangerous manoeuvre", "deployed
    troops in the square in what Arce denounced as a coup attempt": the clause the "in what" phrase
    hangs on is the act judged."""
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ == "in" and prep.head.pos_ == "VERB" and any(
            c.lower_ == "what" and c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return prep.head
    return None


def _act_noun(tok: Token) -> bool:
    """A noun standing for an act ("finding" is lemmatised to "find", so the word counts too)."""
    return nounlike(tok) and (tok.lemma_.lower() in JUDGED_ACTS or tok.lower_.rstrip("s") in JUDGED_ACTS)


def named_author(act: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """The author the act's own phrase names: "a U.S.-drafted resolution", "Japan's decision"."""
    return [m for c in act.children if c.dep_ == "amod" for m in author_mark(c, sent, actors)] + [
        m for c in act.children if c.dep_ == "poss" for m in as_actor(c, sent, actors)]


def judged_author(verb: Token, sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """The author of the act ``verb`` judges, or [] when the sentence does not say."""
    named_clause = named_by_what(verb)
    if named_clause is not None:
        return [m for m in subject_of(named_clause, sent, actors) if m.code[:3] not in own]
    act = judged_act(verb)
    if act is None:
        return []
    before = min(act.i, verb.i)
    if act.lemma_.lower() in CHARGES:
        # "X accused the army of abductions, a charge the army dismissed", "Ankara denied
        # responsibility": a charge is the accuser's
        accusers = _earlier_doers(ACCUSING_VERBS, before, sent, actors, own)
        if accusers:
            return accusers
        if act.lemma_.lower() in REPORTED_CHARGES:
            # "soldiers executed 500 people, the UN rights office said, a finding Bamako dismissed":
            # a finding or claim the sentence reports as said is the sayer's
            sayers = _earlier_doers(REPORTING_VERBS, before, sent, actors, own, reporting=True)
            if sayers:
                return sayers
        if act.lemma_.lower() in {"responsibility", "involvement", "role"}:
            return []  # "denied any involvement" answers no one the sentence names as accuser
    if act.lemma_.lower() in DEMAND_NOUNS and not any(c.dep_ == "poss" for c in act.children):
        # "Morales demanded that Chile negotiate …, a demand Piñera rebuffed": the demander
        demanders = _earlier_doers(DEMANDING_VERBS, before, sent, actors, own)
        if demanders:
            return demanders
    named = nominal_source(act, sent, actors)
    # (and "a move welcomed by Dodik and denounced by Britain": the other judge is no doer either)
    judges = [verb, verb.head] if verb.dep_ == "conj" and verb.head.dep_ == "acl" else [verb]
    if named and not any(c.dep_ == "poss" for c in act.children) and {m.code for m in named} <= {
            m.code for j in judges for m in subject_of(j, sent, actors)}:
        named = []  # "Sunak called the execution callous": the judge, read as the act's doer by default
    if named and act.i != verb.head.i:
        # "condemned New Delhi's decision"; the judge's own act ("its decision") has no author to blame
        return [m for m in named if m.code[:3] not in own]
    named = [m for m in named if m.code[:3] not in own]  # "a decision welcomed by Guterres" names the judge
    if not named and (act.dep_ == "appos" and act.lemma_.lower() in MOVES or
                      act.dep_ == "npadvmod" and act.lemma_.lower() in SUMMED_ACTS):
        # "Russia vetoed a resolution that would have condemned the massacre, a move welcomed by Dodik":
        # a move sums up the act of the main clause, however deep the model hangs it
        main = next((a for a in act.ancestors if a.pos_ == "VERB" and a.dep_ in {"ROOT", "conj"} and _main_line(a)),
                    None)
        # (the judge's own people may be the authors: "shot by a gunman …, an attack Petro condemned")
        named = [m for m in subject_of(main, sent, actors) if m.code[:3] not in own or m.code[3:6] in NON_STATE_DOERS] \
            if main is not None else []
        if not named and main is not None:  # ("Convicted by a Moscow court, Berg was sentenced …, a verdict …")
            named = [m for c in main.children if c.dep_ == "advcl" and opening_passive(c)
                     for m in subject_of(c, sent, actors) if m.code[:3] not in own]
    if not named and act.dep_ == "appos" and act.head.pos_ == "NOUN":
        # "the breach of its mission by Hindu activists, an attack Delhi called regrettable": the act
        # the summary noun sums up names the author, who may be the judge's own people
        # (the model may hang the apposition on the phrase's last noun: "by Hindu activists, an attack")
        summed = next((n for n in [act.head, *act.head.ancestors][:3] if n.pos_ == "NOUN" and nominal_source(
            n, sent, actors)), act.head)
        named = [m for m in nominal_source(summed, sent, actors)
                 if m.code[:3] not in own or m.code[3:6] in {"CVL", "OPP", "REB", "INS", "SEP"}]
    named = named or _named_before(act, sent, actors, own)
    if named:
        return named
    # ("demanded that Venezuela withdraw a vessel, calling the incursion a threat": a comment on the demand)
    return earlier_actor(min(act.i, verb.i), sent, actors, own, demanded=comments_on_demand(verb))


def _named_before(act: Token, sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """"… investigate Colombia's raid on a FARC camp, a day after Correa called the raid a massacre": a
    definite act noun that repeats one named earlier in the sentence with its author is that author's."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in act.children):
        return []
    for earlier in reversed([t for t in sent if t.i < act.i]):
        if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == act.lemma_.lower():
            named = [m for m in named_author(earlier, sent, actors) if m.code[:3] not in own]
            if named:
                return named
    return []


def _earlier_doers(verbs: set[str], before: int, sent: Span, actors: DocumentActors, own: set[str], *,
                   reporting: bool = False) -> list[Mention]:
    """The other side's subject of the nearest verb among ``verbs`` before token ``before`` (the one
    who accused, said or demanded what a judgment answers); ``reporting``: only a verb reporting a
    clause ("…, the office said")."""
    for earlier in reversed([t for t in sent if t.i < before]):
        if earlier.pos_ == "VERB" and earlier.lemma_.lower() in verbs and (not reporting or any(
                c.dep_ in {"ccomp", "parataxis"} for c in earlier.children)):
            doers = [m for m in subject_of(earlier, sent, actors) if m.code[:3] not in own]
            if doers:
                return doers
    return []


def comments_on_demand(participle: Token) -> bool:
    """", calling the incursion a threat", ", rejecting its timetable" hung on a demanding verb."""
    return participle.dep_ == "advcl" and participle.tag_ == "VBG" and \
        participle.head.lemma_.lower() in DEMANDING_VERBS


def earlier_actor(before: int, sent: Span, actors: DocumentActors, own: set[str], *, demanded: bool = False
                  ) -> list[Mention]:
    """The actor of the clause that reported an act earlier in the sentence (before token ``before``):
    what a judgment, rejection or threat answers ("…, and Beijing vowed countermeasures"). ``demanded``:
    the judgment comments on a demand, so an act it names is the one demanded of the party asked."""
    background: list[Mention] = []
    for earlier in reversed([t for t in sent if t.i < before]):
        reported = earlier.dep_ == "ccomp" and (earlier.head.i > earlier.i or earlier.head.lemma_.lower() in {
            "announce", "confirm", "admit", "acknowledge"})  # ("Iran announced that it had hanged Akbari, and …")
        if not background and earlier.pos_ == "VERB" and earlier.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in {"after", "when", "as", "since"} for c in earlier.children):
            # "Vucic defended Dodik after a court in Sarajevo sentenced him, calling the verdict …": failing
            # an act on the main line, the one a time clause reports
            background = [m for m in subject_of(earlier, sent, actors) if m.code[:3] not in own]
        if earlier.pos_ not in {"VERB", "AUX"} or earlier.dep_ not in {"ROOT", "conj"} and not reported or \
                earlier.dep_ == "conj" and not _main_line(earlier):
            # ("…, the office said"; "demanded that X withdraw and that the rebels halt": X and the
            # rebels are asked, the demander acts)
            continue
        if earlier.lemma_.lower() in SPEECH_VERBS and sent.doc[before].head.i != earlier.i and any(
                c.dep_ == "ccomp" and c.i < earlier.i for c in earlier.children):
            # ("Iran withdrew …, the agency said, with Grossi condemning the move": the act reported before the
            # attribution is judged by another; a participle on "said" is the sayer's comment on its own report)
            continue
        if earlier.lemma_.lower() in NOT_ACTS and (earlier.lemma_.lower() not in SPEECH_VERBS or any(
                c.dep_ in {"ccomp", "parataxis"} for c in earlier.children)):
            # "X condemned the strike, and Y also criticised the decision", "X said …": no act of X's
            # ("announced a boycott" is one)
            return []
        # (a state judging its own country's protesters or rebels judges another party: "truckers
        # blocked the bridge, and Trudeau condemned the blockade")
        doers = [m for m in subject_of(earlier, sent, actors) if m.code[:3] not in own or m.code[3:6] in PUBLIC]
        if doers:
            return doers
        if demanded and earlier.lemma_.lower() in DEMANDING_VERBS:
            # "demanded that Venezuela withdraw a naval vessel, calling the incursion a threat": the act
            # the demander judges is the one it demands an end to, by the party it makes the demand of
            asked = [m for c in earlier.children if c.dep_ in {"ccomp", "xcomp"} and c.i < before
                     for m in subject_of(c, sent, actors) if m.code[:3] not in own]
            if asked:
                return asked
    return background


def responded_party(code: str, head: Token, trigger: Token, sent: Span, actors: DocumentActors,
                    own: set[str]) -> Mention | None:
    """The other party of a response that names none: a country inside the act's own phrases
    ("agreed to cooperate on investigations into Japanese abductees"), the party asked about, for a
    rejection or threat the actor of the act reported before it ("the White House announced a
    boycott, and Beijing vowed countermeasures"), else the last other party named ("Seoul then
    countered")."""
    if code == "074":
        return None  # troops are sent to protect where they go, never whom they answer
    other = country_below(head, sent, actors, own) or asked_about(trigger, sent, actors, own)
    if other is None and code[:2] in {"12", "13"}:
        # ("demanded that France pull out, rejecting its timetable": the party asked)
        answered = earlier_actor(trigger.i, sent, actors, own, demanded=comments_on_demand(trigger))
        other = answered[0] if answered else None
    return other or actors.recent_other(own)


# verbs by which an act "draws" a reaction from others
DRAWING_VERBS = {"draw", "attract", "earn", "spark", "prompt", "provoke", "trigger"}


def drawn_by(trigger: Token, sent: Span, actors: DocumentActors) -> list[Mention]:
    """"the junta executed four activists, state media reported, drawing condemnation from Cambodia":
    a reaction a participle says an act drew is aimed at the act's doer."""
    if trigger.lemma_.lower() not in DRAWING_VERBS or trigger.dep_ not in {"advcl", "conj"}:
        return []
    verb = trigger.head
    reported = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.lemma_.lower() in SPEECH_VERBS and reported:
        verb = reported[0]  # the act the report is about, not the reporter
    elif verb.lemma_.lower() in SPEECH_VERBS and verb.dep_ in {"parataxis", "ccomp"}:
        verb = verb.head  # "… executed four activists, state media reported, drawing …"
    return subject_of(verb, sent, actors)


# nouns by which an act says it answers the one told before ("in response", "in retaliation")
RESPONSE_NOUNS = {"response", "retaliation", "reply", "answer", "reprisal"}


def answered_before(verb: Token, sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """"North Korea fired 200 rounds, and South Korea's military raised its alert level and held drills
    in response": an act done "in response" with no object answers the actor told before it."""
    verbs = [verb, *(c for c in verb.conjuncts if c.i > verb.i)]
    said = any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.lemma_.lower() in RESPONSE_NOUNS and not any(g.dep_ == "prep" for g in o.children) for o in p.children)
        for v in verbs for p in v.children)
    return earlier_actor(verb.i, sent, actors, own) if said else []


def _main_line(verb: Token) -> bool:
    """Whether a conjoined verb is joined to the sentence's main verb (not to a verb inside a clause)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


DENIAL = "016"
# the attacks whose object a denial answers for ("denied shelling Kyrgyz villages")
ATTACKING_VERBS = {"shell", "attack", "bomb", "strike", "kill", "shoot", "fire", "torpedo", "hit", "raid", "invade",
                   "target", "down", "sink", "seize", "abduct", "kidnap", "hack", "spy", "poison", "bombard"}
CLAIM_NOUNS = {"charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim", "claims",
               "suggestion", "suggestions", "report", "reports", "assertion", "finding", "findings"}


def denied_accuser(verb: Token, sent: Span, actors: DocumentActors, own: set[str]) -> list[Mention]:
    """Whom a denial answers when it names no one: "Vucic denied that Belgrade had any hand in the
    shootout, hours after Kurti accused Serbia of organising it" (the accuser of another clause),
    "dismissed Kyiv's charge that …" (the charge's author), "denied any role in the attack on Skripal
    in Salisbury" (failing an accuser, the country where the denied act happened)."""
    for tok in sent:
        if tok.i == verb.i:
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ACCUSING_VERBS | {"blame", "suspect"}:
            accusers = [m for m in subject_of(tok, sent, actors) if m.code[:3] not in own]
            if accusers:
                return accusers
        if tok.lower_ in CLAIM_NOUNS and tok.pos_ == "NOUN":
            named = [m for m in named_author(tok, sent, actors) + nominal_source(tok, sent, actors)
                     if m.code[:3] not in own]
            if named:
                return named
    # the actor of an earlier clause the denial answers ("Trump threatened an embargo …, and Cuba's
    # foreign minister denied that Havana had troops there")
    answered = earlier_actor(verb.i, sent, actors, own)
    if answered:
        return answered
    # the country where the denied act took place, or whose people it hit
    denied = [t for o in objects(verb) for t in o.subtree] + [
        t for c in verb.children if c.dep_ in {"ccomp", "xcomp", "pcomp"} for t in c.subtree]
    for tok in denied:
        if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "on", "against", "into"} and tok.pos_ == "PROPN":
            hit = [m for m in actors.as_site(tok, sent) if m.code[:3] not in own]
            if hit:
                return [Mention(m.code[:3], m.text, m.start, m.end, m.entry, antecedent=m.antecedent) for m in hit][:1]
    for tok in denied:
        # "denied shelling Kyrgyz border villages": the people or property the denied attack hit
        # (or fired on: "denied that its soldiers had fired on Cambodian troops")
        attack = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {
            "on", "at", "upon"} else None
        if attack is not None and tok.pos_ == "NOUN" and attack.lemma_.lower() in ATTACKING_VERBS and \
                not _described(attack, verb):  # (not "denied any role in the ambush that killed …")
            hit = [m for m in as_target(tok, sent, actors) if m.code[:3] not in own]
            if hit:
                return hit[:1]
    return []


def _described(act: Token, verb: Token) -> bool:
    """Whether ``act`` sits in a clause describing a noun (relative or reduced) below ``verb``."""
    node = act
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "acl"}:
            return True
        node = node.head
    return False
