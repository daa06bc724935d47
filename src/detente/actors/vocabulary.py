"""Word lists that decide how a noun phrase resolves to an actor.

Kept apart from :mod:`detente.actors.resolver` so the grammar reads as code and the vocabulary as
data: each set is a small, named decision ("a place gives the nationality of these sectors", "these
nouns lead a body"), and changing one does not touch the resolver's logic.
"""

from __future__ import annotations

# "UN-mediated talks", "US-backed rebels": a party named before these marks is no side of the noun
AGENCY_MARKS = {"brokered", "mediated", "sponsored", "backed", "funded", "financed", "drafted", "hosted", "supported",
                "patrolled", "monitored", "administered", "run", "operated", "built"}
# capitalised words that make a country's name part of a sea's or strait's ("South China Sea")
WATER_WORDS = {"Sea", "Seas", "Gulf", "Ocean", "Strait", "Straits", "Bay", "Channel", "Peninsula"}
# a country's non-state parties: rebels, opposition, separatists, armed groups, civilians, criminals
NON_STATE = {"REB", "OPP", "SEP", "INS", "UAF", "CVL", "CRM"}
# the armed ones among them: rebels, insurgents, separatists, unidentified armed forces
ARMED_GROUPS = {"REB", "INS", "SEP", "UAF"}
# sides apart from their own country's state: armed groups and the political opposition
OPPONENTS = ARMED_GROUPS | {"OPP"}
# relatives: private persons named by their kin ("kidnapped the father of footballer Luis Diaz")
KIN_NOUNS = {"father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "parent", "parents",
             "child", "children", "relative", "relatives", "family", "nephew", "niece", "cousin", "uncle", "aunt",
             "grandson", "granddaughter", "widow"}
# pronouns that name no one in particular, and so never point back
INDEFINITE_PRONOUNS = {"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "whoever", "nobody",
                       "anything", "something", "everything", "nothing"}
MODIFIER_DEPS = {"poss", "amod", "compound", "nmod", "npadvmod"}
OWNER_PREPS = {"of", "from"}
# offices that sit at home: "authorities in Bangladesh", "the Interior Ministry in Ankara" are
# that country's, unlike "envoys in Brussels"
HOME_OFFICES = {"authority", "authorities", "ministry", "government", "administration", "parliament", "regime",
                "legislature", "cabinet", "prosecutor", "prosecutors", "junta", "rulers", "leadership", "presidency",
                "court", "judiciary"}
MANDATED_NOUNS = {"expert", "monitor", "observer", "inspector", "rapporteur", "panel", "team", "mission",
                  "envoy", "delegation", "investigator", "peacekeeper", "agency", "commission"}
VEHICLE_NOUNS = {"truck", "lorry", "plane", "aircraft", "flight", "ship", "vessel", "boat", "train", "convoy",
                 "helicopter", "airliner", "tanker", "freighter"}
COALITION_NOUNS = {"coalition", "force", "forces", "mission", "alliance", "operation", "troops", "contingent"}
# people who stand for the body they lead: "the commander of the Quds Force" is the force's
# and "officers of Russia's FSB", "members of the Taliban" are that body's people
HEADS_OF = {"commander", "chief", "head", "leader", "director", "boss", "chairman", "chairwoman", "chair",
            "officer", "officers", "member", "members", "agent", "agents", "operative", "operatives", "fighters"}
SPEAKERS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "mouthpiece"}
# people sent to act for a party ("negotiators for Colombia's government")
DELEGATES = {"negotiator", "delegate", "representative", "envoy", "emissary", "delegation"}
# nationality words the country dictionary leaves out as ambiguous (North or South Korea, which Congo)
OPEN_NATIONALITIES = {"Korean", "Koreans", "Congolese", "Guinean", "Guineans", "Dominican", "Dominicans"}
# "protesters in Bishkek" are Kyrgyz, but "envoys in Brussels" are only visiting: a place gives the
# nationality of people and groups, never of officials
LOCAL_AGENTS = {"CVL", "OPP", "REB", "LAB", "EDU", "REF", "RAD", "INS", "NGO", "HRI", "BUS", "COP", "AGR", "HLH",
                "MED", "ELI", "UAF", "SEP", "CRM", "LEG", "JUD"}
# armed groups fighting their own state: the soldiers they attack are that state's
INSURGENTS = {"REB", "INS"}
# offices of state: a definite organ points to its state, a titled stranger to the country discussed
STATE_AGENTS = {"GOV", "LEG", "MIL", "JUD", "COP", "SPY"}
SERVICE_PEOPLE = {"soldier", "troop", "serviceman", "servicemen", "officer", "guard", "marine", "sailor", "conscript",
                  "recruit", "personnel", "army", "military", "force", "paratrooper", "commando", "pilot"}

QUANTIFIERS = {"some", "several", "one", "two", "three", "many", "most", "all", "few", "both", "each",
               "any", "none", "dozens", "hundreds", "thousands", "number", "group", "tens", "millions",
               "scores", "dozen", "hundred", "thousand", "million", "majority", "crowd", "convoy", "convoys", "fleet",
               "flotilla", "column", "columns", "planeload", "planeloads", "shipment", "shipments", "unit", "units",
               "alliance", "coalition", "commando", "squad", "team", "band", "gang", "cell", "contingent",
               "battalion", "detachment"}

# -- coreference (definite descriptions and the roles that make a mention a person) ----------------
# offices of state: a titled stranger holding one belongs to the country under discussion
DEFINITE_GOV = {"regime", "leadership", "government", "administration", "authorities"}
PERSON_ROLES = {"minister", "president", "premier", "chancellor", "leader", "king", "queen", "emir", "envoy",
                "ambassador", "spokesman", "spokeswoman", "secretary", "general", "commander", "chief", "prince",
                "official", "diplomat", "negotiator", "governor", "mayor", "consul", "attache", "attaché",
                "journalist", "reporter", "correspondent", "activist", "dissident", "tourist", "captain",
                "lawmaker", "senator", "legislator", "judge", "prosecutor", "citizen", "national", "businessman",
                "businesswoman", "executive", "worker", "student", "scientist", "soldier", "officer", "pilot",
                # (a man or suspect named by what he did is a person a "him" may stand for)
                "man", "woman", "suspect", "gunman", "attacker", "assailant", "engineer", "lawyer", "blogger",
                "academic", "researcher", "teacher", "doctor", "priest", "writer"}
BODY_NOUNS = {"bloc", "alliance", "union", "organisation", "organization", "body", "agency", "grouping",
              "commission", "council", "court", "tribunal", "forum"}
MISSION_NOUNS = {"embassy", "consulate", "mission", "ambassador", "envoy", "diplomat", "legation"}
GROUP_WORDS = {"men", "women", "pair", "duo", "trio", "group", "suspects", "attackers", "assailants", "culprits"}
MEMBER_NOUNS = {"nation", "country", "member", "state", "participant", "government", "delegation"}
MEMBERSHIP_WORDS = {"participating", "member", "attending", "signatory", "founding"}
TWO_SIDES = {"sides", "countries", "nations", "neighbours", "neighbors", "parties", "governments", "leaders",
             "presidents", "ministers", "delegations", "counterparts", "heads", "officials", "envoys", "states",
             "capitals", "allies", "rivals", "adversaries", "militaries", "armies"}
# "the two men", "both leaders": a pair of people named together, who may be rivals of one country
PAIRED_PEOPLE = {"men", "women", "leaders", "rivals", "politicians", "presidents"}
# participles that comment on what was just reported ("…, calling the verdict an attack")
COMMENTING_PARTICIPLES = {"call", "say", "describe", "term", "label", "dub", "brand", "accuse", "blame", "add", "warn",
                          "insist", "condemn", "denounce", "criticise", "criticize", "praise", "hail", "welcome"}
# verbs of two sides fighting each other, whose subject "their troops" is both sides' troops
CLASHING_VERBS = {"clash", "fight", "skirmish", "exchange", "trade", "battle"}
