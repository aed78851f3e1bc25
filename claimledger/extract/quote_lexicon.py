"""Word classes of the quotes component, named for the part they play.

Lemmas, lower case. The words are data in claimledger/lexicon (speech_verbs.json,
sources.json, grammar.json, events.json), read once; this module gives each class the name
``quotes.py`` reads it by (docs/lexicon.md).
"""
from claimledger.extract.speakers import VAGUE_HEADS
from claimledger.lexicon import lexicon

# Verbs whose content clause is reported speech whatever their subject.
SPEECH_VERBS = frozenset(lexicon().speech_verbs["speech"])
# Verbs of thought or evidence: reported only when their subject is a source.
COGNITION_VERBS = frozenset(lexicon().speech_verbs["cognition"])
# Verbs of coming to know: "the crews learned that the radar was down" tells what they
# found out, in the author's voice; only "CNN has learned that ..." (the perfect) reports.
DISCOVERY_VERBS = frozenset(lexicon().speech_verbs["discovery"])
# Verbs that must have a source-like subject even though listed above as speech.
WEAK_SPEECH_VERBS = frozenset(lexicon().speech_verbs["weak_speech"])
# Speech verbs that comment on a statement rather than introduce it ("His remarks underscore").
EVALUATIVE_VERBS = frozenset(lexicon().speech_verbs["evaluative"])
# Verbs whose object is the content: "a poll shows Clinton ahead", "the panel found no proof".
EVIDENCE_VERBS = frozenset(lexicon().speech_verbs["evidence"])
# Verbs that name or describe: "called the plan ‘a disaster’".
NAMING_VERBS = frozenset(lexicon().speech_verbs["naming"])
# Verbs of intention and demand with a "to" complement, or "call for". Verbs of attempt
# ("sought to pummel", "aims to expand", "tried to") are not among them: they tell what an
# actor did or set out to do, in the author's voice, not what anyone said.
INTENTION_VERBS = frozenset(lexicon().speech_verbs["intention"])
OTHER_CUE_VERBS = EVIDENCE_VERBS | NAMING_VERBS | INTENTION_VERBS
# Modals of possibility: "Moscow might want to ..." guesses at an intention, nobody states it.
HEDGE_MODALS = frozenset(lexicon().cues["hedge_modals"])
# Verbs of putting a question: "when asked whether ..." is the asker's question.
ASKING_VERBS = frozenset(lexicon().speech_verbs["asking"])
# Nouns of weapons: "asked for the missiles" requests a system, it reports no claim.
WEAPON_NOUNS = frozenset(lexicon().events["anaphor_nouns"]) | frozenset(
    noun + "s" for noun in lexicon().events["anaphor_nouns"])
# Verbs of moving, handing over or acquiring a system: "plans to provide Ukraine with jets",
# "wants to buy Harpoon batteries" is a planned or requested placement (an event status),
# not a claim attributed to the subject.
# ("give", "bring", "lend" are left out: "vowed to bring back jobs" is a political pledge.)
PLACEMENT_VERBS = frozenset(lexicon().events["placement_verbs"])
# Subordinators of the author's aside after a content clause (", although ...").
CONCESSIVE_MARKS = frozenset(lexicon().grammar["concessive_marks"])
# Subordinators by which the author links a clause to the one before it: a verb they lead
# does not report that clause ("..., so Ukraine can expect ..."); the concessive ones among them.
CLAUSE_LINKING_MARKS = frozenset(lexicon().grammar["clause_linking_marks"])
# What a source gives before a colon besides a text: "provided updates on Syria:".
GIVEN_ACCOUNT_NOUNS = frozenset(lexicon().sources["given_account_nouns"])
# Verbs of a reply whose words may follow in a paragraph of their own: "the Ministry
# dismissed the claims." and then the quotation alone.
RESPONSE_VERBS = frozenset(lexicon().speech_verbs["response"])
# Nouns by which the author comments on what was said (", a statement that ...").
COMMENT_NOUNS = frozenset(lexicon().sources["comment_nouns"])
# Verbs that introduce a quotation beside them, besides the speech verbs.
QUOTING_VERBS = frozenset(lexicon().speech_verbs["quoting"])
# Verbs whose passive subject is the speaker: "X was quoted as saying".
QUOTED_AS_VERBS = frozenset(lexicon().speech_verbs["quoted_as"])
# Verb phrases that report speech: {"make": {"clear", "plain"}} for "made clear that".
SPEECH_PHRASES = {verb: frozenset(words)
                  for verb, words in lexicon().speech_verbs["phrases"].items()}
# Word forms the lemmatizer gives a wrong lemma ("hopes": "hop"), with the right one.
LEMMA_FIXES = dict(lexicon().speech_verbs["lemma_fixes"])
# Reporting verbs whose noun after them is the person addressed ("..., told the minister"),
# never a subject set after its verb ("..., announced the premier").
INVERTED_EXCLUDED = frozenset(lexicon().speech_verbs["inverted_excluded"])
# Subjects of a passive report that stand for the sentence before: "This was stated by X".
POINTING_BACK = frozenset(lexicon().speech_verbs["pointing_back"])
# Verbs whose source-noun object is who was cited: "citing its sources".
SOURCE_CITING_VERBS = frozenset(lexicon().speech_verbs["source_citing"])
# Nouns that stand for written words with a source of their own.
TEXT_NOUNS = frozenset(lexicon().sources["text_nouns"])
# Verbs that present a text and its publisher: "shared by the channel ‘X’".
PUBLISH_VERBS = frozenset(lexicon().speech_verbs["publishing"])
# Nouns that may stand as sources although they are not names.
SOURCE_NOUNS = VAGUE_HEADS | frozenset(lexicon().sources["source_nouns"])
# Labels at a line start that are not speakers ("UPDATE: ...", "PHOTO: ...").
NOT_SPEAKER_LABELS = frozenset(lexicon().sources["not_speaker_labels"])
# Labels before a quotation that continue the source just reported ("Quote: “...”").
QUOTE_LABELS = frozenset(lexicon().sources["quote_labels"])
# Nouns of the occasion or medium of a statement, which close a content clause when a
# phrase headed by them follows it ("... were in Ukraine in comments posted on Sunday").
ATTRIBUTION_NOUNS = frozenset(lexicon().sources["attribution_nouns"])
# Nouns whose "that" clause is their own content ("denied reports that ...", "the news that
# ..."): a claim held by others, not what the verb's subject says.
CLAIM_CONTENT_NOUNS = frozenset(lexicon().cues["denial"]["claim_nouns"]) | frozenset(
    lexicon().cues["unasserted_content_nouns"])
# "Ukrainian forces find themselves in a difficult situation": a verb whose object or
# content subject is its own subject again states a condition, not a finding.
REFLEXIVE_PRONOUNS = frozenset(lexicon().grammar["reflexive_pronouns"])
