"""Named word lists the link stage reads: data, not code paths.

Each list is small and general (forms of names, role words, status cues,
range classes, stock phrases); none is a list of sentences from any corpus.
"""
from __future__ import annotations

from claimledger.places import DEMONYMS as COUNTRY_ADJECTIVES

# Status order of a deployment; USED and WITHDRAWN stand outside it.
STATUS_RANK = {
    "REQUESTED": 0,
    "PLANNED": 1,
    "IN_TRANSIT": 2,
    "ARRIVED": 3,
    "DEPLOYED": 4,
    "COMBAT_DUTY": 5,
}
# States that hold only until a later one begins: "en route" at t means "not arrived" at t.
# PLANNED is left out: its date is the target of the plan, and a plan for combat duty says
# nothing against an arrival.
PRE_STATES = frozenset({"REQUESTED", "IN_TRANSIT"})
# A further unit of the same system: "a second battery arrives", "additional launchers".
ANOTHER_UNIT = (r"\b(?:second|third|fourth|another|additional|further|extra|remaining)\s+"
                r"(?:[\w-]+\s+){0,3}?(?:batter(?:y|ies)|launchers?|units?|systems?|regiments?|divisions?|"
                r"brigades?|battalions?|squadrons?|complex(?:es)?|missiles?|batch(?:es)?|shipments?)\b")
# States that last (a period, not a moment): two dates for them are not in conflict.
DURATIVE_STATES = frozenset({"PLANNED", "IN_TRANSIT"})

# Variant spellings and names beyond the shared adjectives, folded to one country key.
PLACE_VARIANTS = {
    "belarusian": "belarus", "belarussian": "belarus", "belorussian": "belarus",
    "byelorussian": "belarus", "belorussia": "belarus", "byelorussia": "belarus",
    "belarus": "belarus", "belarusi": "belarus",
    "russian": "russia", "russia": "russia", "russian federation": "russia",
    "ukrainian": "ukraine", "ukraine": "ukraine",
    "polish": "poland", "poland": "poland",
    "lithuanian": "lithuania", "lithuania": "lithuania",
    "latvian": "latvia", "latvia": "latvia",
    "estonian": "estonia", "estonia": "estonia",
    "american": "united states", "us": "united states", "usa": "united states",
    "u.s.": "united states", "united states": "united states",
    "british": "united kingdom", "uk": "united kingdom", "united kingdom": "united kingdom",
    "german": "germany", "germany": "germany", "french": "france", "france": "france",
    "chinese": "china", "china": "china", "iranian": "iran", "iran": "iran",
    "north korean": "north korea", "north korea": "north korea",
    "kazakh": "kazakhstan", "kazakhstan": "kazakhstan",
}
# Country adjectives (shared with the extract stage) and the variants above, as lowercase keys.
DEMONYMS = {**{adjective: country.casefold() for adjective, country in COUNTRY_ADJECTIVES.items()},
            **{country.casefold(): country.casefold() for country in COUNTRY_ADJECTIVES.values()},
            **PLACE_VARIANTS}
# Words that are no part of a place's or organization's identity.
NAME_STOPWORDS = frozenset({"the", "of", "for", "and", "republic", "s", "in", "on"})
# British and American spellings, and word-class variants of organization words.
ORG_WORD_FORMS = {
    "defence": "defense", "ministry": "ministry", "minister": "ministry",
    "organisation": "organization", "centre": "center", "programme": "program",
    "armed": "armed", "forces": "forces", "force": "forces",
}
PERSON_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel", "lt", "major", "maj",
    "president", "minister", "sir", "prof", "adm", "admiral", "sgt", "capt", "captain",
})
# Role nouns found before a person's name ("Defence Minister X", "spokesman X").
ROLE_WORDS = frozenset({
    "president", "leader", "minister", "spokesman", "spokeswoman", "spokesperson",
    "secretary", "chief", "head", "commander", "general", "colonel", "ambassador",
    "chairman", "premier", "prime", "deputy", "advisor", "adviser", "aide", "director",
    "commentator", "analyst", "observer", "envoy", "governor", "mayor", "chancellor",
    "king", "officer", "admiral", "defense", "defence", "foreign", "military",
})
# Descriptions that stand for the holder of a role: "the Belarusian leader".
ROLE_SYNONYMS = {
    "leader": {"president", "leader", "premier", "prime", "chancellor", "king"},
    "president": {"president", "leader"},
    "head of state": {"president", "leader", "king"},
    "defense minister": {"defense", "defence"},
    "defence minister": {"defense", "defence"},
    "foreign minister": {"foreign"},
    "prime minister": {"prime", "premier"},
}
# Given names that transliterate or translate to different spellings of one name.
GIVEN_NAME_VARIANTS = (
    {"alexander", "aleksandr", "aliaksandr", "alyaksandr", "alexandr", "oleksandr", "sasha"},
    {"andrei", "andrey", "andrew", "andriy", "andrii", "andrej"},
    {"dmitry", "dmitri", "dmitriy", "dmytro", "dzmitry"},
    {"sergei", "sergey", "serhiy", "siarhei", "sergii"},
    {"yuri", "yury", "yuriy", "iurii", "jurij"},
    {"vladimir", "volodymyr", "uladzimir"},
    {"nikolai", "nikolay", "mykola", "mikalai", "nicholas"},
    {"pavel", "pavlo", "paul", "pavlov"},
    {"yevgeny", "evgeny", "evgeniy", "yevhen", "eugene"},
    {"mikhail", "michael", "mykhailo", "mikhas"},
    {"maxim", "maksim", "maksym", "max"},
    {"pyotr", "petr", "petro", "peter"},
    {"alexei", "aleksei", "alexey", "oleksiy", "aliaksei"},
)

# Phrases that announce a status as still to come: "getting ready to take up combat duty".
PENDING_CUES = (
    r"(?:getting|get|gets|got|being|been|is|are|was|were)\s+ready\s+(?:to|for)",
    r"readied\s+for",
    r"prepar(?:ing|es|e|ed|ation|ations)\s+(?:to|for)",
    r"(?:will|would|shall)",
    r"(?:is|are)\s+(?:set|due|expected|scheduled|about|going|planned|slated)\s+to",
    r"(?:has|have|had|is|are|was|were)\s+(?:not|yet\s+to)",
    r"not\s+yet",
    r"as\s+soon\s+as",
    r"plans?\s+to",
)
# Status words after a pending cue (up to a few words later); checked in this order.
PENDING_STATUS_WORDS = (
    ("COMBAT_DUTY", r"combat\s+(?:duty|readiness|deployment|alert|service)|standby|alert\s+duty|active\s+duty"),
    ("DEPLOYED", r"deploy(?:ed|ing|ment|s)?|station(?:ed|ing)?|placed|placement"),
    ("ARRIVED", r"arriv(?:e|ed|es|al)|deliver(?:ed|y)?"),
    ("IN_TRANSIT", r"ship(?:ped)?|transferred|sent|moved"),
)
# Nouns of a result state that presuppose it as already holding ("the placement of X on
# Belarusian soil signals ..."); "deployment" is left out: it also names the process under way.
PRESUPPOSING_NOUNS = {
    "placement": "DEPLOYED", "stationing": "DEPLOYED",
    "presence": "ARRIVED", "arrival": "ARRIVED",
}
# Words that make a presupposing noun hypothetical: "a possible deployment", "could".
HYPOTHETICAL_WORDS = frozenset({
    "possible", "potential", "planned", "proposed", "future", "would", "could", "may", "might",
    "if", "whether", "prospect", "plan", "plans", "any", "request", "requested", "requests",
    "asked", "asks", "sought", "seeking", "urged", "proposal", "demanded", "called",
})
# Pronouns and generic nouns that refer back to the last named subject.
ANAPHORA = r"\b(?:it|its|the\s+(?:advanced\s+|new\s+)?(?:system|complex|missile|weapon|launcher)s?|this\s+(?:\w+\s+){0,3}(?:system|complex|missile|weapon))\b"

# Words that present a dated status as still holding, not as beginning then.
HOLDING_CUES = ("as of", "still", "remain", "remains", "continues", "continue", "by now", "already")
# Words that mark a date as the start of a status, whatever else the sentence says.
ONSET_CUES = ("since", "began", "started", "from")

# Range classes of missiles; classes in one group are used interchangeably in reporting.
RANGE_CLASSES = {
    "short-range": "short",
    "close-range": "short",
    "tactical": "short",
    "medium-range": "medium",
    "intermediate-range": "medium",
    "long-range": "long",
    "intercontinental": "long",
}

# Qualifiers that turn a number into an interval, with how far beyond it a writer would go.
QUALIFIER_FORMS = {
    "over": "over", "more than": "over", "exceeding": "over", "above": "over",
    "in excess of": "over", "at least": "over", "beyond": "over", "upwards of": "over",
    "up to": "up to", "as much as": "up to", "as far as": "up to", "under": "up to",
    "less than": "up to", "below": "up to", "at most": "up to", "no more than": "up to",
    "within": "up to",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "nearly": "about", "almost": "about", "estimated at": "about",
}
# Words naming what a measure measures, so a range is not compared with a distance.
MEASURE_WORDS = {
    "range": "range", "reach": "range", "strike": "range", "ranges": "range",
    "speed": "speed", "mach": "speed", "altitude": "altitude", "ceiling": "altitude",
    "weight": "weight", "payload": "weight", "warhead": "weight", "yield": "yield",
    "long": "length", "length": "length", "from": "distance", "away": "distance",
    "border": "distance", "distance": "distance",
}

# Stock phrases of padded rewrites: fragments, each general across topics.
STOCK_PHRASES = (
    "watches closely", "watch closely", "watching closely", "the world watches",
    "the stakes", "never been higher", "remains to be seen", "remain to be seen",
    "only time will tell", "time will tell", "sends a clear message", "a clear message",
    "game-changer", "game changer", "a new chapter", "new era", "raises questions",
    "raises serious questions", "uncharted", "delicate balance", "balance of power",
    "in the years to come", "years to come", "coming months", "coming weeks",
    "far-reaching", "profound implications", "significant implications", "implications for",
    "a turning point", "turning point", "one thing is clear", "one thing is certain",
    "it is clear that", "cannot be overstated", "more than ever", "hangs in the balance",
    "on edge", "wake-up call", "ripple effects", "a pivotal moment", "pivotal",
    "heightened tensions", "escalating tensions", "tensions continue", "looms large",
    "all eyes", "eyes are on", "the international community", "on the world stage",
    "a stark reminder", "stark reminder", "for the foreseeable future", "amid growing",
    "the path forward", "the road ahead", "what comes next", "what lies ahead",
    "remains uncertain", "remains unclear", "geopolitical chessboard", "chess game",
    "a dramatic shift", "dramatic shift", "shift in the balance", "new phase",
)
# Abstract vocabulary with no checkable referent.
ABSTRACT_WORDS = frozenset({
    "world", "stakes", "tension", "tensions", "future", "uncertainty", "implications",
    "significance", "landscape", "dynamics", "balance", "power", "stability", "security",
    "escalation", "message", "signal", "era", "chapter", "moment", "situation", "region",
    "regional", "global", "geopolitical", "strategic", "uncertain", "unclear", "concern",
    "concerns", "fears", "questions", "debate", "debates", "narrative", "posture",
    "calculus", "developments", "ramifications", "consequences", "trajectory", "outcome",
    "precarious", "delicate", "critical", "crucial", "pivotal", "profound", "unprecedented",
    "closely", "higher", "ever", "remains", "lies", "ahead", "observers", "community",
})

# How long before the report an announcement was made, in days (low, high), as the text puts it:
# "just days after X announced", "Yesterday, you all heard that ...". Only words anchored to the
# report itself: "the day before <an event>" is anchored to that event.
ANNOUNCEMENT_VERBS = r"(?:announced|said|confirmed|declared|reported|stated|heard|learned|revealed)"
LAG_AFTER_UNITS = {
    "hours": (0, 1), "a day": (1, 1), "one day": (1, 1), "days": (2, 9), "a week": (5, 9),
    "weeks": (10, 70), "a month": (25, 40), "months": (50, 400),
}
LAG_RECENT_WORDS = {
    "today": (0, 0), "earlier today": (0, 0), "yesterday": (1, 1), "last week": (3, 13),
    "last month": (20, 62),
}
