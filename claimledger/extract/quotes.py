"""claimledger_quotes: direct, indirect and mixed quotes, each with its speaker.

Three sources of evidence are combined:

* quotation marks (``quote_marks``) give direct quotes; a short capitalised
  stretch with no verb (‘Oreshnik’, ‘Gazeta.ru,’) or a title in title case is a
  name, not a quote;
* the dependency parse gives indirect speech: a speech or cognition verb with a
  content clause (ccomp), whose subject is the speaker, "according to X", and
  weaker attributions (a poll shows ..., X called Y "...", X pledged to ...);
  a clause holding a quoted fragment is a mixed quote;
* a direct quote takes the cue next to it (‘X,’ he said / X said: ‘Y’ / “Y” ― X),
  or continues the previous quotation when only that one's attribution stands
  between them; transcript lines ("SMITH: ...") are quotes of their label.

Speakers are resolved by ``speakers.SpeakerResolver``. Sets ``doc._.quotes``
(plain dicts, see ``extensions.py``) and ``doc._.names``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimledger.extract import extensions  # noqa: F401  (registers Doc attributes)
from claimledger.extract.extensions import SUBJECTS_KEY
from claimledger.extract.quote_lexicon import (
    ASKING_VERBS, CLAIM_CONTENT_NOUNS, COGNITION_VERBS, COMMENT_NOUNS, CONCESSIVE_MARKS,
    DISCOVERY_VERBS, EVALUATIVE_VERBS, EVIDENCE_VERBS, HEDGE_MODALS, INTENTION_VERBS,
    NAMING_VERBS, NOT_SPEAKER_LABELS,
    OTHER_CUE_VERBS, PUBLISH_VERBS, ATTRIBUTION_NOUNS, CLAUSE_LINKING_MARKS,
    GIVEN_ACCOUNT_NOUNS, INVERTED_EXCLUDED, LEMMA_FIXES, PLACEMENT_VERBS, POINTING_BACK,
    REFLEXIVE_PRONOUNS, RESPONSE_VERBS, QUOTE_LABELS, QUOTED_AS_VERBS, QUOTING_VERBS,
    WEAPON_NOUNS, SOURCE_CITING_VERBS, SOURCE_NOUNS, SPEECH_PHRASES, SPEECH_VERBS, TEXT_NOUNS,
    WEAK_SPEECH_VERBS)
from claimledger.extract.paragraphs import ends_unwrapped_line, lines_after_colon
from claimledger.extract.quote_marks import CLOSING_MARKS, OPENING_MARKS, QuotedStretch, find_quoted_stretches
from claimledger.extract.speakers import (ANONYMOUS_WORDS, COUNTRY_WORDS, GIVING_VERBS,
                                          HONORIFICS, INFORMATION_NOUNS, MILITARY_HEADS,
                                          NAME_SUFFIXES, NAMING_PASSIVES, PLACE_NAMES,
                                          POST_NOMINALS,
                                          ROLE_NOUNS, TITLE_WORDS, Speaker, SpeakerResolver,
                                          build_resolver, clean_person_name,
                                          reports_after_its_content, reports_with_a_clause)
from claimledger.extract.syntax import entity_of, passive_agent
from claimledger.extract.text_cache import doc_ents, doc_text
from claimledger.extract.token_filters import dep_positions, lemma_positions, lower_positions, newline_positions
from claimledger.lexicon import lexicon
from claimledger.places import COUNTRIES
from claimledger.schema import QuoteKind, SourceType

# Verbs of coming to know: "expect to know how many ..." wants an answer, reports none.
LEARNING_VERBS = frozenset(lexicon().speech_verbs["learning"])
# Dependents that carry the author's own continuation after a content clause.
CONTINUATION_DEPS = frozenset({"advcl", "conj", "appos", "npadvmod", "dep", "acl", "xcomp",
                               "oprd", "relcl", "parataxis"})
COMPLEMENTIZERS = frozenset({"that"})
# "declined to say", "refused to comment": speech withheld, so nothing is reported; the same heads
# under which a denial verb denies nothing ("declined to deny"), one list in the denial cues
WITHHOLDING_VERBS = frozenset(lexicon().cues["denial"]["structure"]["unsaying_heads"])
# words opening an indirect question ("how many ...", "whether ..."): reported content only
# when a source asks or answers it ("Only time will tell how ..." reports nothing)
QUESTION_OPENERS = frozenset(lexicon().grammar["question_words"])
MIXED_MIN_UNQUOTED_WORDS = 2   # a clause with fewer words outside its quotation is direct
MIN_UNATTRIBUTED_WORDS = 4      # shorter unattributed quoted stretches are fragments
MIN_ACCORDING_WORDS = 3         # fewer words before "according to X" are no content
MAX_NAME_WORDS = 3
MAX_TITLE_WORDS = 10           # ‘A Change Is Gonna Come’: a title, not a quotation
MIN_TITLE_WORDS = 3            # ‘We’re America.’ is speech
TITLE_SMALL_WORDS = frozenset(lexicon().grammar["title_small_words"])
NAME_CONNECTORS = frozenset(lexicon().roles["name_connectors"])
MAX_FRAGMENT_CLIMB = 6         # heads climbed from a quoted fragment to its verb
BEFORE_WINDOW = 15             # tokens of the clause introducing a quotation ("X said:")
PUBLISHER_WINDOW = 80          # tokens before a caption's sentence searched for its publisher
CUE_WINDOW = 30                # tokens searched after a quotation for its speech verb
MAX_CONTINUATION_GAP = 400     # characters between a quote and its continuation
MAX_TRAILING_WORDS = 4         # "..., Schiff said on Monday." before a continuing quotation
# Evidence verbs that, with a person as subject and a noun phrase as object, announce an
# act rather than report words ("revealed the transfer of").
DISCLOSURE_VERBS = frozenset(lexicon().speech_verbs["disclosure"])
PERSONAL_SUBJECTS = frozenset(lexicon().grammar["personal_subjects"])   # "they" may be documents
# Verbs whose subject, not their object, does what their infinitive says ("promised him
# to say"): every other verb with an object hands the infinitive to it ("forced X to admit")
SUBJECT_CONTROL_VERBS = frozenset(lexicon().speech_verbs["subject_control"])
FIRST_AND_SECOND_PERSON = frozenset(lexicon().grammar["first_and_second_person"])
# Words that join a second report to a content clause ("and claimed", "while X said").
REPORT_LINKS = frozenset(lexicon().grammar["report_links"])
# Nouns after which "that" opens a relative clause of manner or time, not content.
MANNER_TIME_NOUNS = frozenset(lexicon().grammar["manner_time_nouns"])
# Prepositions opening the author's remark after a content clause (", without saying ...").
AUTHOR_PREPOSITIONS = frozenset(lexicon().grammar["author_prepositions"])
CUE_VERB_LEMMAS = SPEECH_VERBS | COGNITION_VERBS
REPORTING_VERBS = SPEECH_VERBS - EVALUATIVE_VERBS   # they report words, not comment on them
# words opening an attribution phrase: "according to X", "per X"
ATTRIBUTION_OPENERS = frozenset(lexicon().grammar["attribution_openers"])
# nouns after "per" that make it a rate, not an attribution ("per day", "per cent")
PER_UNIT_NOUNS = frozenset(lexicon().measures["per_unit_nouns"])
# Endings of nouns for people by their field or creed ("economist", "historian"), who may
# hold a view the way a named source does.
PERSON_NOUN_ENDINGS = ("ist", "ian")


# A transcript label at a line start: SMITH: ... / "Jones: ...
TRANSCRIPT_LABEL = re.compile(
    r"[\"“'‘]?(?P<label>[A-Z][A-Za-z.\-’']+(?: [A-Z][A-Za-z.\-’']+){0,3}"
    # a speaker's office in capitals before the name: "SECRETARY OF DEFENSE LLOYD AUSTIN:"
    r"|[A-Z][A-Z.\-’']+(?: [A-Z][A-Z.\-’']+){3,7}):(?:[ \t]+|[ \t]*(?=\n[^\n]))")
DASHES = "―—–"
ASIDE_DASHES = ("--", "—", "–", " -")   # the dashes that set an aside off in a sentence
DATELINE_DASHES = {"-", "--", "—", "–"}
MAX_DATELINE_TOKENS = 12       # MOSCOW, Dec 19 (Reuters) -
SPEECH_VERB_FORMS = frozenset(lexicon().speech_verbs["said_forms"])
RELATIVE_PRONOUNS = frozenset(lexicon().grammar["relative_pronouns"])   # "who", "which", "that", "whom"
MAX_SIGNATURE_TOKENS = 5       # “...” ― Jane Q. Doe
MAX_ASIDE_TOKENS = 12          # words of a remark on the speaker between two quotations


@dataclass
class Candidate:
    """A quote under construction (character offsets, cue and speaker tokens); turned
    into a plain dict by ``resolve_speakers``."""

    start_char: int
    end_char: int
    kind: str
    cue: Token | list[Token] | None = None
    speaker_token: Token | None = None
    speaker: Speaker | None = None
    continues: "Candidate | None" = None
    label: str | None = None       # a transcript label standing for the speaker
    weak: bool = False             # an intention or finding rather than speech
    stretches: list[QuotedStretch] = field(default_factory=list)

    @property
    def cue_span(self) -> tuple[int, int] | None:
        if self.cue is None:
            return None
        tokens = self.cue if isinstance(self.cue, list) else [self.cue]
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


class QuoteFinder:
    """Find the quotes of a Doc and attribute them.

    Usage: ``QuoteFinder()(doc)`` sets ``doc._.quotes`` and ``doc._.names``.
    """

    def __call__(self, doc: Doc) -> Doc:
        fix_lemmas(doc)
        stretches = find_quoted_stretches(doc_text(doc))
        resolver = build_resolver(doc, stretches)   # built once, shared with sourcing
        names, quotations = split_names(doc, stretches)
        clauses = []
        if doc.has_annotation("DEP"):  # without a parse, only quotation marks are read
            clauses = (find_content_clauses(doc, names) + find_according_to(doc, names)
                       + find_other_attributions(doc, names) + find_stated_after(doc, names)
                       + find_quoted_as(doc, names) + find_phrase_reports(doc, names)
                       + find_attribution_after(doc, names)
                       + find_report_in_opening_clause(doc, names))
            clauses = with_title_case_headlines(doc, clauses)
        quotes = add_transcript_lines(doc, merge(doc, quotations, clauses))
        quotes = add_dash_attributed_lines(doc, quotes)
        quotes = attribute_fragments(doc, quotes)
        quotes = [q for q in quotes if not _on_link_line(doc_text(doc), q.start_char)
                  and not _speaker_is_a_link(q)]
        attribute_direct_quotes(doc, quotes)
        doc._.quotes = resolve_speakers(doc, quotes, resolver, names)
        doc._.names = resolver.names()
        return doc


# The title-case forms of "says" a headline reports with ("Minsk Says ..."), not those of
# verbs that take an object ("Mali Denies Deployment").
HEADLINE_SAYS = frozenset(lexicon().speech_verbs["headline_forms"]) \
    & frozenset(form.title() for form in SPEECH_VERB_FORMS)
MAX_HEADLINE_CHARS = 200
MAX_HEADLINE_SPEAKER_TOKENS = 4
MIN_TITLE_CASE_SHARE = 0.7      # of a line's longer words, capitalised in a title-case headline
MIN_TITLE_CASE_WORD = 4         # shorter words ("of", "to", "as") may stay lower-case


def with_title_case_headlines(doc: Doc, clauses: list[Candidate]) -> list[Candidate]:
    """The clauses, with a title-case headline's report read from its words rather than its
    parse (which takes the capitalised words for names), and nothing else read on its line."""
    headlines = find_title_case_headlines(doc)
    if not headlines:
        return clauses
    lines = [_line_bounds(doc_text(doc), quote.start_char) for quote in headlines]
    return [c for c in clauses if not any(start <= c.start_char < end for start, end in lines)] \
        + headlines


def find_title_case_headlines(doc: Doc) -> list[Candidate]:
    """ "Minsk Says Forces Mobilized As Poland Deploys Troops": in a headline written in
    title case, what follows "Says" is reported by the name before it (at most a few
    words, no comma), or, after a comma, by the country that opens the line ("Mali Denies
    X, Says Only 'Trainers' Present")."""
    text = doc_text(doc)
    found = []
    if not any(word in text for word in HEADLINE_SAYS):
        return found   # most reports: no word of the list anywhere, so no token of it
    for says in (t for t in doc if t.text in HEADLINE_SAYS and t.i > 0):
        start, end = _line_bounds(text, says.idx)
        line = text[start:end].strip()
        if not line or len(line) > MAX_HEADLINE_CHARS or line[-1] in ".!?:" \
                or not _in_title_case(line) or says.idx + len(says.text) >= start + len(line):
            continue
        opener = next(t for t in doc[:says.i + 1] if t.idx >= start and not t.is_space)
        before = doc[opener.i: says.i]
        content_start = says.idx + len(says.text)
        content_start += len(text[content_start:end]) - len(text[content_start:end].lstrip())
        quote = Candidate(content_start, start + len(text[start:end].rstrip()),
                          QuoteKind.INDIRECT.value, cue=[says])
        if before and before[-1].text == "," and opener.text in COUNTRIES:
            # the parser ran the country into the words after it: the country as written
            quote.speaker = Speaker(opener.text, _span_of_tokens([opener]),
                                    SourceType.INSTITUTION.value)
        elif before and len(before) <= MAX_HEADLINE_SPEAKER_TOKENS \
                and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in before):
            quote.speaker_token = before[-1]
        else:
            continue
        found.append(quote)
    return found


def _line_bounds(text: str, char: int) -> tuple[int, int]:
    """Where the line that holds char starts and ends."""
    end = text.find("\n", char)
    return text.rfind("\n", 0, char) + 1, len(text) if end < 0 else end


def _in_title_case(line: str) -> bool:
    """Whether most longer words of a line are capitalised, as in a title-case headline."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", line) if len(w) >= MIN_TITLE_CASE_WORD]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= MIN_TITLE_CASE_SHARE * len(words)


def fix_lemmas(doc: Doc) -> None:
    """Give the few cue-verb forms the lemmatizer gets wrong ("hopes": "hop") their lemma,
    and a speech verb read as a plural noun its verb's parts."""
    for i in lower_positions(doc, FIXED_FORMS):
        token = doc[i]
        if token.pos_ in {"VERB", "AUX"} and token.lemma_ != LEMMA_FIXES[token.lower_]:
            token.lemma_ = LEMMA_FIXES[token.lower_]
    for i in dep_positions(doc, "ROOT"):
        if doc[i].tag_ == "NNS":
            _verb_read_as_noun(doc[i])


def _verb_read_as_noun(token: Token) -> None:
    """ "Trump charges that countries ... donated", "But Smith claims that he should be":
    a speech verb after a name, read as a plural noun the name compounds, that heads a
    "that" clause. The name becomes its subject and the clause its content."""
    lower = token.lower_
    lemma = next((stem for stem in (lower[:-1], lower[:-2]) if stem in SPEECH_VERBS
                  and lower.endswith("s")), None)
    if lemma is None or token.i == 0:
        return
    name = token.doc[token.i - 1]
    clause = next((c for c in token.rights if c.pos_ in {"VERB", "AUX"}
                   and c.dep_ in {"acl", "ccomp", "relcl"} and c.left_edge.i == token.i + 1
                   and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)
    if clause is None or name.dep_ != "compound" or name.head.i != token.i \
            or name.tag_ not in {"NNP", "NN"} or not name.text[:1].isupper():
        return
    token.pos_, token.tag_, token.lemma_ = "VERB", "VBZ", lemma
    name.dep_ = "nsubj"
    clause.dep_ = "ccomp"


FIXED_FORMS = frozenset(LEMMA_FIXES)


# A line that links to another report ("SEE MORE: Russia says ..."): its headline is no
# quotation of this report.
LINK_LINE = re.compile(r"[ \t]*(?:see more|read more|read also|also read|see also|related|more"
                       r"|watch|listen|recommended|you may also like)[ \t]*:", re.IGNORECASE)


LINK_LABEL = re.compile(r"[ \t]*(?:see more|read more|read also|also read|see also|related"
                        r"|related stories|more on this|recommended)[ \t]*:?[ \t]*",
                        re.IGNORECASE)


def _on_link_line(text: str, char: int) -> bool:
    """Whether char lies on a line that links to another report: "SEE MORE: ...", or the
    line below a bare "Read more" label."""
    start = text.rfind("\n", 0, char) + 1
    if LINK_LINE.match(text, start) is not None:
        return True
    above = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:max(start - 1, 0)]
    return start > 0 and LINK_LABEL.fullmatch(above) is not None


URL_SCHEME = re.compile(r"(?i)https?:/*|www\.")


def _speaker_is_a_link(quote: Candidate) -> bool:
    """ "... or https:// means you've safely connected": a web address a page's furniture
    puts where a subject stands speaks for no one."""
    token = quote.speaker_token
    return token is not None and URL_SCHEME.match(token.text) is not None


# Quotation marks: names versus quotations

def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _subject_spans(doc: Doc) -> list[tuple[int, int]]:
    if SUBJECTS_KEY not in doc.spans:
        return []
    return [(span.start_char, span.end_char) for span in doc.spans[SUBJECTS_KEY]]


def is_quoted_name(doc: Doc, stretch: QuotedStretch, subjects=()) -> bool:
    """A short capitalised stretch without a verb or a sentence end: a name, not a quote."""
    text = doc_text(doc)[stretch.start:stretch.end].rstrip(",;: ")
    if not text or text[-1] in "!?":
        return False
    core = (stretch.start, stretch.start + len(text))
    if any(s <= core[0] and core[1] <= e for s, e in subjects):
        return True
    words = text.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS:
        return False
    if text.endswith(".") and "." not in text[:-1]:  # a full stop not part of "Gazeta.ru"
        return False
    if not words[0][0].isupper():
        return False
    if any(not (w[0].isupper() or w[0].isdigit() or w.lower() in NAME_CONNECTORS) for w in words):
        return False
    tokens = _tokens_in(doc, core[0], core[1])
    return not any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN" and not t.text[0].isupper()
                   for t in tokens)


def is_quoted_title(text: str) -> bool:
    """A title in quotation marks (‘Legend in the Coal Fields’): title case throughout."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    return MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS and words[0][0].isupper() \
        and all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _opens_a_split_quotation(doc: Doc, stretch: QuotedStretch) -> bool:
    """ '“Hopefully,” he said, “...”': a short stretch closed by a comma inside its marks
    and followed by its speech verb is the first words of a quotation, not a name."""
    if not doc_text(doc)[stretch.start:stretch.end].rstrip().endswith(","):
        return False
    after = _after(doc, stretch)
    verb = _speech_verb_near(after[:4])
    return verb is not None and _only_attribution(after, verb)


def split_names(doc: Doc, stretches: list[QuotedStretch]):
    """Split quoted stretches into scare-quoted names or titles, and quotations."""
    subjects = _subject_spans(doc)
    text = doc_text(doc)
    names, quotations = [], []
    for stretch in stretches:
        is_name = is_quoted_name(doc, stretch, subjects) and not _opens_a_split_quotation(
            doc, stretch) or is_quoted_title(text[stretch.start:stretch.end])
        (names if is_name else quotations).append(stretch)
    return names, quotations


# Indirect speech from the parse

def _is_cue_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma not in SPEECH_VERBS and lemma not in COGNITION_VERBS:
        return False
    if token.pos_ in {"VERB", "AUX"}:
        # "NASAMS expected to arrive": a reduced passive, no one expects anything aloud
        return not (lemma in COGNITION_VERBS and token.tag_ == "VBN" and not any(
            child.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for child in token.children))
    # "..., the ministry informs.": a verb the tagger took for a noun, known by its clause
    deps = {child.dep_ for child in token.children}
    return token.pos_ == "NOUN" and "nsubj" in deps and "ccomp" in deps


def find_subject(verb: Token, depth: int = 0, quoted=()) -> Token | None:
    """The subject of verb, climbing through participles, conjuncts and relatives.

    quoted: quotation stretches; a subject inside one belongs to the quotation
    ("“The convoy left,” said Veres": the parser may take "convoy" as a subject).
    """
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    quoted_one = _quoted_person(verb) if subjects else None
    if quoted_one is not None and (quoted_one.pos_ == "PROPN" or quoted_one.lower_ in ROLE_NOUNS):
        return quoted_one   # "Reuters quotes X, “...”", "quoted the general as saying": X
        #                     speaks, the agency relays
    outside = [c for c in subjects if not _in_any(c.idx, quoted)] or subjects
    if outside:   # of two, the nearer one before the verb ("KYIV: The army said")
        before = [c for c in outside if c.i < verb.i]
        return _name_before_suffix(_named_before_brackets(before[-1] if before else outside[0]))
    # "Speaking at the ceremony, X, said": the parser hung the subject on the participle
    # that opens the sentence; the one standing right before the verb is the verb's. So
    # with a subordinate clause ("While the talks failed to ..., Envoy X, said"), whose
    # last noun takes the name in apposition
    for opener in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and (
            c.tag_ == "VBG" or any(m.dep_ == "mark" for m in c.children))):
        hung = [c for c in opener.children if c.i < verb.i and (c.dep_ == "nsubj" or (
                    c.dep_ in {"npadvmod", "dep", "appos"} and c.pos_ in {"PROPN", "NOUN"}))
                and c.right_edge.i >= verb.i - 2
                and all(t.is_punct for t in verb.doc[c.right_edge.i + 1: verb.i])]
        # "Addressing troops on Christmas Eve, General X, the chairman of ..., said": a
        # name deeper in the opener, joined to its last word, that runs up to the verb
        hung = hung or [c for c in opener.subtree if c.ent_type_ == "PERSON"
                        and c.dep_ in {"conj", "appos"} and c.right_edge.i >= verb.i - 2
                        and all(t.is_punct for t in verb.doc[c.right_edge.i + 1: verb.i])]
        if hung:
            return hung[-1]
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if agents and verb.lemma_.lower() not in QUOTED_AS_VERBS:
        objects = [c for c in agents[0].children if c.dep_ == "pobj"]
        if objects:
            return objects[0]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and depth < 3 \
            and verb.lemma_.lower() in REPORTING_VERBS | NAMING_VERBS:
        reporter = _reporting_verb_above(verb)
        if reporter is not None:   # "X said that ..., announcing that ...": X goes on
            return find_subject(reporter, depth + 1, quoted)
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:   # "X was quoted as saying": X speaks; otherwise no speaker
        return passive[0] if verb.lemma_.lower() in QUOTED_AS_VERBS else None
    if verb.dep_ == "conj" and depth < 3 and (_joins_the_report(verb, verb.head)
                                              or _continues_the_report(verb, verb.head)):
        # "The minister said the launchers had arrived and claimed ...": the minister claims;
        # "said the army would stay and asked for funds": the minister asks, not the army
        return find_subject(verb.head.head, depth + 1, quoted)
    participle = verb.head if verb.dep_ == "xcomp" and verb.head.tag_ == "VBG" else verb
    if depth < 3 and participle.tag_ == "VBG" and participle.dep_ in {"advcl", "xcomp"} \
            and participle.i > 1 and participle.doc[participle.i - 1].text == ",":
        said = participle.doc[participle.i - 2]
        if said.pos_ == "VERB" and said.lemma_.lower() in SPEECH_VERBS and said.i != verb.i:
            # '“...,” X said, going on to say that ...': X goes on, whatever clause the
            # parser hung the participle on
            return find_subject(said, depth + 1, quoted)
    if depth < 3 and verb.lemma_.lower() in SPEECH_VERBS and (verb.dep_ == "conj" or (
            verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == ",")):
        governor = _governor_of_content(verb.head)
        if governor is not None:   # "X ruled out reports that pipes were hit and said",
            return find_subject(governor, depth + 1, quoted)   # ", saying": X, not the pipes
    clause_subject = _object_of_a_conjunction_read_as_preposition(verb)
    if clause_subject is not None:   # "came after Washington this week said ...": Washington
        return clause_subject
    # "... but said “...”": a second verb of the same subject the parser hung as a ccomp
    coordinated = verb.dep_ == "ccomp" and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "cc"
    if depth < 3 and (verb.dep_ in {"advcl", "xcomp", "conj", "pcomp", "acl"} or coordinated) \
            and verb.head is not verb:
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            noun = verb.head
            if verb.tag_ == "VBG" and verb.lemma_.lower() in REPORTING_VERBS \
                    and verb.doc[verb.i - 1].text == "," and noun.dep_ in {"dobj", "pobj"} \
                    and not is_source_like(noun) and noun.head.pos_ in {"VERB", "ADP"}:
                # "He stressed the government's commitment, stating, “...”": the participle
                # set off by a comma goes on from the clause's subject, not its object
                above = noun.head if noun.head.pos_ == "VERB" else next(
                    (a for a in noun.head.ancestors if a.pos_ == "VERB"), None)
                if above is not None:
                    return find_subject(above, depth + 1, quoted)
            return noun
        named = verb.doc[verb.i - 1]
        if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and named.ent_type_ == "PERSON" \
                and named.dep_ in {"pobj", "dobj"}:
            return named   # "footage of X asking ...": X asks, not the footage
        controller = _object_controller(verb)
        if controller is not None:   # "forced X to admit that ...": X admits
            return controller
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as":   # "quoted as saying"
            quoted_one = _quoted_person(verb.head.head)   # "Reuters quoted X as saying"
            return quoted_one or find_subject(verb.head.head, depth + 1, quoted)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in {
                "by", "from", "after", "before", "while"} \
                and verb.lemma_.lower() in SPEECH_VERBS:
            # "X responded by saying ...", "aside from saying ...": the verb the phrase
            # belongs to has the speaker
            above = next((a for a in verb.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if above is None:
                return None
            # "After saying ..., she was taken to hospital": the passive's subject said it
            return find_subject(above, depth + 1, quoted) or next(
                (c for c in above.children if c.dep_ == "nsubjpass" and c.i > verb.i), None)
        return find_subject(verb.head, depth + 1, quoted)
    return None


def _governor_of_content(clause: Token) -> Token | None:
    """The verb above a "that" clause whose subject cannot speak, to which the parser joined
    a speech verb that belongs to the verb above ("ruled out reports that the pipelines
    were hit and said, ..."): that verb, whose subject says it."""
    if clause.dep_ not in {"acl", "ccomp"} or not any(
            c.dep_ == "mark" and c.lower_ in COMPLEMENTIZERS for c in clause.children):
        return None
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or any(is_source_like(c) for c in subjects):
        return None
    above = clause.head
    if clause.dep_ == "acl" and above.pos_ in {"NOUN", "PROPN"} and above.dep_ == "dobj":
        above = above.head
    elif clause.dep_ == "acl" and above.pos_ in {"NOUN", "PROPN"} and above.dep_ == "pobj":
        above = above.head.head   # "hit back over its assertion that ..."
    return above if above.pos_ in {"VERB", "AUX"} and above.i < clause.i else None


def _name_before_suffix(subject: Token) -> Token:
    """The name a suffix set off by a comma closes, when the parser took the suffix for the
    subject: "President Ferdinand Marcos, Jr. said": Marcos, not "Jr."."""
    doc = subject.doc
    if subject.lower_.rstrip(".") not in NAME_SUFFIXES or subject.i < 2 \
            or doc[subject.i - 1].text != "," or doc[subject.i - 2].ent_type_ != "PERSON":
        return subject
    return doc[subject.i - 2]


def _named_before_brackets(subject: Token) -> Token:
    """The name a bracketed tag follows, when the parser took the tag for the subject:
    "Rep. Jane Roe (R-TX), a member of the committee, said": Roe, not "TX"."""
    doc = subject.doc
    opening = next((i for i in range(subject.i - 1, max(-1, subject.i - 5), -1)
                    if doc[i].text in "()"), None)
    if opening is None or doc[opening].text != "(" or opening == 0:
        return subject
    closing = next((i for i in range(subject.i + 1, min(len(doc), subject.i + 5))
                    if doc[i].text in "()"), None)
    named = doc[opening - 1]
    if closing is None or doc[closing].text != ")" \
            or named.ent_type_ != "PERSON" and named.pos_ != "PROPN":
        return subject
    return named


def _object_controller(verb: Token) -> Token | None:
    """The object that does what an infinitive speech verb says, when a verb above makes
    someone say it ("forced X to admit that", "asked X to confirm", "pressed X to say"):
    the object controls the infinitive; "promise X to" keeps its subject."""
    head = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or verb.lemma_.lower() not in SPEECH_VERBS \
            or head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() in SUBJECT_CONTROL_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not objects or not is_source_like(objects[0]) or objects[0].lower_ in REFLEXIVE_PRONOUNS:
        return None
    return objects[0]


def _quoted_person(verb: Token) -> Token | None:
    """The object of an active "quoted X as saying", "cited X as saying": X speaks."""
    if verb.lemma_.lower() not in QUOTED_AS_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects[0] if objects else None


def _passive_quoted_person(verb: Token) -> Token | None:
    """The subject of a passive "X was quoted as saying": X speaks."""
    if verb.lemma_.lower() not in QUOTED_AS_VERBS or verb.tag_ != "VBN" \
            or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return subjects[0] if subjects else None


def _clause_before_passive_quoted(verb: Token, speaker: Token) -> Token | None:
    """ "The tanks will stay, X was quoted as saying by Y": the clause the parser joined
    before the passive, set off from its subject by a comma; else None."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ not in {"conj", "parataxis", "ccomp"} or head.i > speaker.left_edge.i \
            or speaker.left_edge.i == 0 or doc[speaker.left_edge.i - 1].text != ",":
        return None
    return head


def _clause_read_as_adverbial(verb: Token) -> list[Token]:
    """ "At least half had been delivered, TASS quoted X as saying": the finite clause before
    the verb that the parser hung on it as an adverbial; one with no subordinator and set off
    by a comma is the content. Else []."""
    doc = verb.doc
    return [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i
            and c.left_edge.i == verb.sent.start and c.tag_ in FINITE_OR_PERFECT_TAGS
            and not any(m.dep_ == "mark" or m.tag_ == "WRB" for m in c.children)
            and any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
            and c.right_edge.i + 1 < verb.i and doc[c.right_edge.i + 1].text == ","]


FINITE_OR_PERFECT_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def find_quoted_as(doc: Doc, names) -> list[Candidate]:
    """ "The strike used a KN-23, Reuters quoted X as saying.": the clause before an active
    "quoted/cited X as saying", or a passive "X was quoted as saying (by Y)", with nothing of
    its own is X's content."""
    found = []
    for i in lemma_positions(doc, QUOTED_AS_VERBS):
        verb = doc[i]
        passive = _passive_quoted_person(verb)
        speaker = _quoted_person(verb) or passive
        saying = [c for as_ in verb.children if as_.dep_ == "prep" and as_.lower_ == "as"
                  for c in as_.children if c.dep_ == "pcomp" and c.lemma_.lower() in SPEECH_VERBS]
        before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i] \
            or _clause_read_as_adverbial(verb)
        if not before and passive is not None:
            joined = _clause_before_passive_quoted(verb, passive)
            before = [joined] if joined is not None else []
        if speaker is None or not saying or not before \
                or any(c.dep_ == "ccomp" for c in saying[0].children):
            continue
        clause = before[0]
        last = clause.right_edge.i if clause.right_edge.i < verb.i else speaker.left_edge.i - 2
        start, end = clip_to_line(doc, clause.left_edge.i, last + 1, verb)
        candidate = _content_candidate(doc, start, end, clause, [verb], speaker, names,
                                       weak=False)
        if candidate is not None:
            found.append(candidate)
    return found


def find_phrase_reports(doc: Doc, names) -> list[Candidate]:
    """ "Scholz has made clear that ...": a verb phrase of speech with its content clause."""
    found = []
    for i in lemma_positions(doc, frozenset(SPEECH_PHRASES)):
        verb = doc[i]
        words = [c for c in verb.children if c.lower_ in SPEECH_PHRASES[verb.lemma_.lower()]
                 and c.dep_ in {"ccomp", "oprd", "acomp", "advmod", "dobj"}]
        subject = find_subject(verb)
        if not words or subject is None or not is_source_like(subject):
            continue
        clauses = [c for c in list(words[0].children) + list(verb.children)
                   if c.i > words[0].i and (c.dep_ in {"ccomp", "csubj"} or any(
                       m.dep_ == "mark" and m.lower_ in COMPLEMENTIZERS for m in c.children))]
        if not clauses:
            continue
        clause = clauses[0]
        candidate = _content_candidate(doc, clause.left_edge.i, clause.right_edge.i + 1,
                                       clause, [verb, words[0]], subject, names, weak=False)
        if candidate is not None:
            found.append(candidate)
    return found


def _reporting_verb_above(token: Token) -> Token | None:
    """The speech verb whose content clause token hangs in, a few heads up, if any."""
    node = token.head
    for _ in range(4):
        if (node.dep_ == "ccomp" or _that_clause_as_adverbial(node)) \
                and node.head.lemma_.lower() in SPEECH_VERBS and node.head.i < node.i:
            return node.head
        if node.dep_ not in {"xcomp", "conj", "ccomp", "advcl"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def is_source_like(token: Token) -> bool:
    """Whether a subject can be a source: a name, a pronoun, or a person or document noun."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return is_source_like(token.head.head)
    if token.pos_ == "PROPN" or token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    if _surname_of_a_named_person(token):
        return True   # "Rogers underscored that ...", the tagger's plural noun "rogers"
    if token.pos_ == "PRON":   # "It added that ...": "it" as a source of a content clause
        return token.lower_ not in {"it", "this", "that", "which", "what", "there"} \
            or reports_with_a_clause(token) \
            or token.lower_ == "it" and reports_after_its_content(token)   # "..., it adds."
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and (lemma in ROLE_NOUNS or lemma.endswith(PERSON_NOUN_ENDINGS)):
        return True   # "the attorney general", "environmentalists", "historians"
    if lemma in MILITARY_HEADS and not any(c.dep_ == "prep" and c.lower_ == "of"
                                           for c in token.children):
        return True   # "The air force reported that ...", not "the force of the blast"
    return lemma in SOURCE_NOUNS or token.lower_ in SOURCE_NOUNS


def _surname_of_a_named_person(token: Token) -> bool:
    """Whether a capitalized word the tagger left untagged is the last word of a person's
    name the document gives in full ("Rep. Michael Rogers ... Rogers underscored")."""
    if not token.text[:1].isupper() or token.ent_type_:
        return False
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == token.text
               for ent in doc_ents(token.doc))


def _in_any(index: int, stretches) -> bool:
    return any(s.outer_start <= index < s.outer_end for s in stretches)


def clip_to_line(doc: Doc, start: int, end: int, anchor: Token) -> tuple[int, int]:
    """Keep a token range on the anchor's own line: the parser may join paragraphs. A line
    break that only wraps a sentence (hard-wrapped text) is no line's end."""
    breaks = newline_positions(doc)   # only a token holding a newline can end a line
    before, after = bisect_left(breaks, anchor.i), bisect_right(breaks, anchor.i)
    for i in reversed(breaks[bisect_left(breaks, start):before]):
        if not _wraps(doc, doc[i]):
            start = i + 1
            break
    for i in breaks[after:bisect_left(breaks, end)]:
        if not _wraps(doc, doc[i]):
            end = i
            break
    return start, end


def _joins_words(doc: Doc, i: int) -> bool:
    """Whether the dash at doc[i] is a hyphen inside a word ("indigenously-built"), with no
    space on either side: a dateline's dash stands apart."""
    return 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i - 1].is_alpha and doc[i + 1].is_alpha


def _wraps(doc: Doc, token: Token) -> bool:
    """Whether a whitespace token is a single line break inside a hard-wrapped sentence."""
    breaks = token.text.replace("\r", "")
    if breaks.count("\n") != 1 or token.i + 1 >= len(doc) or doc[token.i + 1].is_sent_start:
        return False
    return not ends_unwrapped_line(doc_text(doc), token.idx + token.text.index("\n"))


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """Skip a wire dateline opening the range ("MOSCOW, Dec 19 (Reuters) - ...", "Kyiv,
    December 12 (Ukrinform) - ...": a place in capitals, or in title case with a comma and
    an agency in brackets before the dash)."""
    first = doc[start]
    capitals = first.is_upper and first.is_alpha and len(first.text) >= 3
    if not (capitals or first.is_title):
        return start
    for i in range(start + 1, min(end, start + MAX_DATELINE_TOKENS)):
        if doc[i].text == ":" and i + 1 < end and i - start <= 3 and all(
                t.pos_ == "PROPN" and t.is_title for t in doc[start:i]) \
                and (start == 0 or "\n" in doc[start - 1].text_with_ws):
            return i + 1   # "New Delhi: Amid tensions ...": a place set off by a colon
        if capitals and _closes_place_and_agency(doc, start, i):
            return i + 1   # "MINSK (Agencies): Belarus deployed ...": the agency in brackets
        if capitals and _closes_place_and_date(doc, start, i):
            return i + 1   # "JERUSALEM, Israel—Israel's ...", "NEW DELHI, Dec 27: India ..."
        if doc[i].text in DATELINE_DASHES and not _joins_words(doc, i):
            # "Kyiv, December 12 (Ukrinform) -", or a date alone before the agency once the
            # place has been split off ("MINSK. Nov 25 (Interfax) –"): no verb before the dash
            agency = doc[i - 1].text == ")" and (
                doc[start + 1].text == "," and first.pos_ == "PROPN"
                or first.ent_type_ == "DATE" and not any(t.pos_ in {"VERB", "AUX"}
                                                         for t in doc[start:i]))
            return i + 1 if capitals or agency else start
        if doc[i].pos_ in {"VERB", "AUX"} and not capitals:
            return start
    return start


def _closes_place_and_agency(doc: Doc, start: int, i: int) -> bool:
    """Whether doc[i] is the colon closing a place in capitals and an agency in brackets
    ("MINSK (Agencies):", "NEW DELHI (PTI):"), the tokenizer may join the bracket and colon."""
    if doc[i].text not in {":", "):"} or doc[i].text == ":" and doc[i - 1].text != ")":
        return False
    opening = next((t.i for t in doc[start + 1:i] if t.text == "("), None)
    return opening is not None and all(t.is_upper and t.is_alpha for t in doc[start:opening])


def _closes_place_and_date(doc: Doc, start: int, i: int) -> bool:
    """Whether doc[i] is the dash or colon closing a dateline of a place in capitals, a comma
    and a country or a date ("JERUSALEM, Israel—", "NEW DELHI, Dec 27:"): such a dash may
    touch the next word, and such a colon may follow a date."""
    if doc[i].text not in DATELINE_DASHES | {":"} or doc[start + 1:i].text.count(",") != 1:
        return False
    comma = next(t.i for t in doc[start + 1:i] if t.text == ",")
    place = doc[start:comma]
    after = doc[comma + 1:i]
    return len(after) > 0 and all(t.is_upper or not t.is_alpha for t in place) \
        and all(t.is_title or t.like_num or t.text == "." for t in after) \
        and not any(t.pos_ in {"VERB", "AUX"} for t in doc[start:i])


def _opens_time_relation(token: Token) -> bool:
    """ "days after ...", "two weeks before ...": a measure phrase of an adverbial clause."""
    if token.dep_ in {"nummod", "det"} and token.head.i > token.i:
        token = token.head
    return token.dep_ == "npadvmod" and token.head.dep_ == "advcl" and any(
        child.dep_ == "mark" and child.lower_ in {"after", "before", "since"}
        for child in token.head.children)


def trim_content(doc: Doc, start: int, end: int, head: Token, names,
                 fronted: bool = False) -> tuple[int, int] | None:
    """Token range of a content clause without "that", the author's continuation, end marks.

    fronted: the content stands before its reporting verb ("X arrived, offering ..., the
    ministry said"), so a participle or apposition after its comma is still the source's."""
    start = _after_dateline(doc, start, end)
    start = _after_interposed_phrase(doc, start, head)
    start = _after_time_of_saying(doc, start, end)
    while start < end and (doc[start].lower_ in COMPLEMENTIZERS
                           and not _determines_the_subject(doc[start]) and (
            doc[start].dep_ == "mark" or _opens_with_complementizer(doc[start].head)
            or _object_that_before_subject(doc[start]) and (
                doc[start].head.dep_ != "relcl"
                or _content_of_message(doc[start].head.head, doc[start].head))
            or _that_after_adverbial(doc[start].head.head, doc[start].head))
                           or doc[start].is_punct and doc[start].text not in OPENING_MARKS):
        start += 1
    for i in range(max(start + 1, head.i + 1), end):
        token = doc[i]
        if token.text in {",", ";", "—", "–"} and i + 1 < end and not fronted \
                and not _in_any(token.idx, names):
            following = doc[i + 1]
            if following.pos_ == "ADV" and following.dep_ == "advmod" and i + 2 < end \
                    and following.head.i == i + 2:
                following = doc[i + 2]   # ", broadly identifying them as ...": the same
            if (following.tag_ == "VBG" and following.dep_ in CONTINUATION_DEPS | {"pcomp"}) \
                    or (following.lower_ in {"a", "an"} and following.head.dep_ in CONTINUATION_DEPS
                        and following.head.head.pos_ in {"VERB", "AUX"}) \
                    or (following.lower_ in {"a", "an"} and following.head.i > i
                        and following.head.lemma_.lower() in COMMENT_NOUNS) \
                    or (following.lower_ in {"which"} and following.head.dep_ == "relcl"
                        and following.head.head.pos_ in {"VERB", "AUX"}):
                end = i
                break
        if token.text == "," and i + 1 < end and _opens_time_relation(doc[i + 1]) \
                and not _in_any(token.idx, names):
            end = i  # ", days after drones strayed ...": the author dates the report
            break
        if i > head.i and token.lower_ in AUTHOR_PREPOSITIONS and token.dep_ == "prep" \
                and i + 1 < end and doc[i + 1].tag_ == "VBG" and doc[i + 1].dep_ == "pcomp" \
                and doc[i + 1].lemma_.lower() in REPORTING_VERBS \
                and not _in_any(token.idx, names):
            end = i  # "... “very soon” after telling X ...": the speaker's next act
            break
        if token.text == "," and i + 2 < end and doc[i + 1].lower_ in AUTHOR_PREPOSITIONS \
                and doc[i + 2].tag_ == "VBG" and not _in_any(token.idx, names):
            end = i  # ", without saying which sites ...": the author's remark on the report
            break
        if token.lower_ in {"as", "while"} and token.dep_ == "mark" and i > start \
                and doc[i - 1].text in CLOSING_MARKS and token.head.dep_ == "advcl" \
                and any(c.dep_ == "nsubj" for c in token.head.children):
            end = i  # ‘"have proven themselves" as Biden makes good ...’: the author's clause
            break
        if token.text == "," and i + 1 < end and _attribution_phrase(doc, doc[i + 1]) \
                and not _in_any(token.idx, names):
            end = i  # ", according to X": X's attribution of the clause, not its content
            break
        if token.text == "," and i + 1 < end and _as_reported(doc[i + 1]) \
                and not _in_any(token.idx, names):
            end = i  # ", as reported on Friday by X": the channel of the report, not content
            break
        if token.text == "," and i > head.i and i + 1 < end \
                and _closing_attribution(doc, i + 1, end) and not _in_any(token.idx, names):
            end = i  # "said that ..., RIA reported": the outlet that carried it, not content
            break
        # ", although he refused ...": the author's aside, also after a quotation its comma
        # closes ('," though ...')
        after_comma = i + 2 if i + 2 < end and doc[i + 1].text in CLOSING_MARKS else i + 1
        if token.text == "," and after_comma < end and doc[after_comma].lower_ in CONCESSIVE_MARKS \
                and doc[after_comma].head.dep_ == "advcl" and not fronted \
                and not _in_any(token.idx, names):   # fronted: the whole sentence is reported
            end = after_comma if after_comma > i + 1 else i
            break
        if token.text in {";"} and not _separates_list_items(doc, i, end) \
                or (token.is_sent_start and i > start):
            end = i
            break
        if i > head.i and token.dep_ == "prep" and token.lower_ in {"in", "on", "during"} \
                and token.head.i == head.i and any(
                    c.dep_ == "pobj" and c.lemma_.lower() in ATTRIBUTION_NOUNS and any(
                        d.dep_ in {"det", "poss", "acl"} for d in c.children)
                    for c in token.children) and not _in_any(token.idx, names):
            end = i  # "... in comments posted to his website": where it was said, not what
            break
        if i > head.i and _opens_second_report(token):
            end = i  # ", while the minister indicated that ...": another report, not content
            break
        if i > head.i and (_joins_the_report(token, head) or _continues_the_report(token, head)):
            end = token.left_edge.i   # "said it would ... and warned against ...": the
            while end - 1 > head.i and doc[end - 1].dep_ in {"cc", "punct"}:   # speaker's
                end -= 1                                                      # next act
            break
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in "’”\"'"
                           and not _closes_bracket(doc, start, end - 1)
                           or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        end -= 1   # no dangling "and" before the speaker's next act
    if end - start > 1 and doc[start].text in UNPAIRED_OPENERS and not any(
            t.text in CLOSING_MARKS for t in doc[start + 1:end]):
        start += 1   # 'embassy: "A battery ... arrived, the embassy said': a mark left open
    if end <= start:
        return None
    return start, end


def _separates_list_items(doc: Doc, semicolon: int, end: int) -> bool:
    """ "the targets included a radar site; a depot west of the city, which ...; and a
    barracks": semicolons between noun phrases that close with "; and" part the items of
    one list, not two sentences; none of the items has a clause of its own (a relative
    clause inside one is part of that item)."""
    rest = doc[semicolon + 1: end]
    separators = [t for t in rest if t.text == ";"]
    closing = separators[-1] if separators else doc[semicolon]
    if closing.i + 1 >= end or doc[closing.i + 1].lower_ != "and":
        return False
    return not any(t.dep_ in {"nsubj", "nsubjpass", "expl"} and t.lower_ not in RELATIVE_PRONOUNS
                   for t in rest)


def _end_before_speaker(text: str, quote: Candidate, speaker_span) -> int:
    """The end of a reported clause that ran on into its own speaker ("... tension on the
    border, Press Trust of India said": the parser joined the name to the last noun):
    the content stops at the comma before the speaker."""
    end = quote.end_char
    if quote.kind == QuoteKind.DIRECT.value or not speaker_span \
            or not quote.start_char < speaker_span[0] < end <= speaker_span[1]:
        return end
    cut = _before_titles(text, quote.start_char, speaker_span[0])
    while cut > quote.start_char and (text[cut - 1].isspace() or text[cut - 1] in ",;"):
        cut -= 1
    return cut if cut > quote.start_char else end


def _before_titles(text: str, start: int, cut: int) -> int:
    """cut moved back over the capitalised titles right before a name ("..., President
    Ferdinand Marcos, Jr. said": the content stops before "President"), and over an article
    ("..., the Joint Staff Public Affairs, the ... wing said")."""
    while True:
        words = text[start:cut].rstrip()
        title = words.rsplit(None, 1)[-1] if words.strip() else ""
        if title.lower() != "the" and (not title[:1].isupper()
                                       or title.lower().rstrip(".") not in TITLE_WORDS):
            return cut   # the article of a body's name goes with it too ("..., the Joint Staff")
        cut = start + len(words) - len(title)


def _closing_attribution(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end are an attribution that closes the sentence: a subject and
    its reporting verb, and after it no words but a time ("Xinhua news agency reported",
    "he said on Tuesday")."""
    verbs = [t for t in doc[start:end] if t.pos_ == "VERB" and t.lemma_.lower() in REPORTING_VERBS]
    if not verbs:
        return False
    verb = verbs[0]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[0].left_edge.i != start \
            or any(t.is_alpha for t in doc[subjects[0].right_edge.i + 1: verb.i]):
        return False
    return all(not t.is_alpha or t.ent_type_ in {"DATE", "TIME"} or t.pos_ == "ADV"
               or t.dep_ == "prep" and t.lower_ in {"on", "in"} for t in doc[verb.i + 1: end])


# Opening marks that a content span may begin with only when it closes them (a "‘" may be
# an apostrophe's stand-in, "‘80s")
UNPAIRED_OPENERS = {"“", "\"", "«"}


def _determines_the_subject(token: Token) -> bool:
    """Whether "that" opening a content clause is the determiner of its subject ("said that
    claim was false", "said that plan would fail"): the parser's determiner, or its
    demonstrative tag, on a singular common noun that is the clause's subject."""
    doc = token.doc
    if token.lower_ != "that" or token.i + 1 >= len(doc):
        return False
    noun = doc[token.i + 1]
    return noun.tag_ == "NN" and noun.dep_ in {"nsubj", "nsubjpass"} \
        and (token.dep_ == "det" and token.head.i == noun.i or token.tag_ == "DT")


def _closes_bracket(doc: Doc, start: int, i: int) -> bool:
    """Whether doc[i] is a ")" closing a "(" opened inside [start, i): "(RHMG.DE)" keeps it."""
    if doc[i].text != ")":
        return False
    depth = 0
    for token in doc[start:i]:
        depth += (token.text == "(") - (token.text == ")")
    return depth > 0


def _as_reported(token: Token) -> bool:
    """Whether token is the "as" of "as reported by X", "as the ministry said": an "as"
    clause of a reporting verb, which names the report's channel, not its content."""
    verb = token.head
    return token.lower_ == "as" and token.dep_ == "mark" and verb.dep_ == "advcl" \
        and verb.i > token.i and verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_VERBS


SAYING_DAYS = frozenset(lexicon().timex["weekdays"]) | frozenset(lexicon().timex["saying_days"])
DAY_PARTS = frozenset(lexicon().timex["saying_day_parts"])


def _after_time_of_saying(doc: Doc, start: int, end: int) -> int:
    """Where content starts after the day its report was given, set right after the speech
    verb: "said Tuesday his country is ...", "announced on Wednesday the country has ..."
    (a day that is the content's subject, "said Monday was the deadline", stays)."""
    if start == 0 or start >= end:
        return start
    verb = doc[start - 1]
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in SPEECH_VERBS:
        return start
    i = start + 1 if doc[start].lower_ == "on" else start
    if i >= end or doc[i].lower_ not in SAYING_DAYS or doc[i].dep_ in {"nsubj", "nsubjpass"}:
        return start
    i += 1
    if i < end and doc[i].lower_ in DAY_PARTS:
        i += 1
    if i >= end or doc[i].is_punct or doc[i].pos_ in {"VERB", "AUX"} or doc[i].tag_ == "POS":
        return start     # "said today's deliveries were late": the day is the content's
    return i


def _after_interposed_phrase(doc: Doc, start: int, head: Token) -> int:
    """Where content starts after a phrase set between the verb and "that": "reported,
    citing its sources, that ...", "said, in a statement, that ..."."""
    marks = [c for c in head.children if c.dep_ == "mark" and c.lower_ in COMPLEMENTIZERS
             and c.i > start]
    if not marks or doc[marks[0].i - 1].text != ",":
        return start
    finite = any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBG" for t in doc[start:marks[0].i])
    return start if finite else marks[0].i


def _opens_second_report(token: Token) -> bool:
    """Whether token ("and", "while", or the subject) opens a clause whose verb reports
    speech with a content clause of its own: "..., and claimed that ...", "..., while
    X indicated that ..."."""
    if token.dep_ not in {"cc", "mark"} or token.lower_ not in REPORT_LINKS \
            or token.head.i <= token.i:
        return False
    verb = token.head
    own_subject = any(c.dep_ == "nsubj" for c in verb.children)
    return verb.lemma_.lower() in SPEECH_VERBS and verb.pos_ == "VERB" and any(
        c.dep_ == "ccomp" and c.i > verb.i and (own_subject or c.left_edge.lower_ == "that")
        for c in verb.children)


def _finite_form(verb: Token) -> str:
    """The tag that carries a verb's tense: its first auxiliary's ("did not give": VBD,
    "would arrive": MD), else its own."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    return auxiliaries[0].tag_ if auxiliaries else verb.tag_


def _continues_the_report(verb: Token, head: Token) -> bool:
    """Whether a verb phrase joined to the content clause without a subject of its own is
    the author's account of the speaker going on: it has the reporting verb's tense while
    the content's verb does not ("He said the jets would arrive soon, but did not give a
    date"); one in the content's own tense ("... would arrive soon but could be delayed")
    is content."""
    cue = head.head
    if verb.dep_ != "conj" or verb.head.i != head.i or verb.pos_ != "VERB" \
            or head.dep_ != "ccomp" or cue.pos_ != "VERB" or cue.i > head.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return False
    if _shares_the_head_verbs_object(verb, head):
        return False
    form = _finite_form(cue)
    return form in {"VBD", "VBZ", "VBP"} and _finite_form(verb) == form \
        and _finite_form(head) != form


def _shares_the_head_verbs_object(verb: Token, head: Token) -> bool:
    """ "said the ministry has not bought and tested its radars": a participle right after
    the content's perfect verb and "and", nothing of that verb after it but the conjunction,
    shares its auxiliary and object; the pair is one verb phrase of the content."""
    doc = verb.doc
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)
    return perfect and verb.tag_ in {"VBN", "VBD"} \
        and verb.left_edge.i == head.i + 2 and doc[head.i + 1].dep_ == "cc" \
        and doc[head.i + 1].lower_ in {"and", "or"} \
        and not any(c.i > head.i and c.i < verb.i and c.dep_ != "cc" for c in head.children)


def _joins_the_report(verb: Token, head: Token) -> bool:
    """Whether a subjectless speech verb joined to the content clause goes with the
    reporting verb instead: it has the reporting verb's tense while the content's verb
    does not ("X said he would review it and warned against ...")."""
    cue = head.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS \
            or head.dep_ != "ccomp" or cue.pos_ != "VERB" or verb.tag_ != cue.tag_:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    joined = verb.head
    return joined.tag_ != cue.tag_ or any(c.dep_ == "aux" for c in joined.children)


def find_content_clauses(doc: Doc, names) -> list[Candidate]:
    """Speech verbs with a content clause (ccomp), or set into the clause they report
    ("X is ready, Graham said, since ..."), their speaker from the parse."""
    found = []
    for i in lemma_positions(doc, CUE_VERB_LEMMAS):   # the lemma test of _is_cue_verb
        verb = doc[i]
        if not _is_cue_verb(verb) or _finds_itself(verb):
            continue
        clauses = _content_clauses(verb)
        clauses = clauses or _clause_after_phrase(verb) or _unmarked_clause_after(verb) \
            or _object_read_as_clause(verb) or _complementizer_read_as_object(verb)
        if clauses and clauses[0].i < verb.i and _led_by_subordinator(verb):
            continue   # "France has stepped up production, so Ukraine can expect ...": no report
        if clauses and _claim_object_before(verb, clauses[0]):
            continue   # "denying claims circulating in the media that ...": the claims' content
        inverted = _inverted_subject(verb, clauses)
        parenthetical = not clauses and verb.head.i < verb.i and verb.lemma_.lower() in SPEECH_VERBS \
            and (verb.dep_ == "parataxis" or _is_postposed_report(verb) or inverted is not None)
        set_in = not clauses and not parenthetical and (
            _is_set_in_report(verb) or _set_in_report_read_as_root(verb) is not None)
        split = not clauses and not parenthetical and not set_in and _splits_its_clause(verb)
        as_report = not (clauses or parenthetical or set_in or split) and _reports_as(verb)
        fragment = None if clauses or parenthetical or set_in or split or as_report \
            else _fragment_before(verb)
        headline_source = None if clauses or parenthetical or set_in or split or as_report \
            else _source_closing_a_headline(verb)
        if fragment is not None and headline_source is not None:
            subject = find_subject(verb)   # "Downed a missile, claims Kyiv": the fragment's
            if subject is not None and is_source_like(subject):   # subject is no source
                headline_source = None
            else:
                fragment = None
        colon = None if verb.dep_ in NOUN_PHRASE_VERB_DEPS else _colon_after(verb)
        if colon is not None and verb.lemma_.lower() in SPEECH_VERBS:
            subject = find_subject(verb)   # "The army said on Monday:" over bulleted lines
            if subject is not None and is_source_like(subject):
                found += [Candidate(start, end, QuoteKind.INDIRECT.value, cue=[verb],
                                    speaker_token=subject)
                          for start, end in lines_after_colon(doc_text(doc), colon.idx)]
            continue
        if not clauses and not parenthetical and not set_in and not split and not as_report \
                and fragment is None and headline_source is None:
            continue
        if headline_source is not None:   # "UK showing resolve by sending jets, says MP X"
            line_start = doc_text(doc).rfind("\n", 0, verb.idx) + 1
            first = next(t.i for t in doc[:verb.i] if t.idx >= line_start and not t.is_space)
            candidate = _content_candidate(doc, first, verb.i - 1, verb, [verb],
                                           headline_source, names, weak=False)
            if candidate is not None:
                found.append(candidate)
            continue
        if as_report:   # "As reported, ...": the outlet's back-reference, no one's report
            subject = _own_subject(verb) or _subject_before(verb) or _source_of_phrase(verb)
        else:
            subject = inverted or find_subject(verb) or _subject_before(verb)
        lemma = verb.lemma_.lower()
        if subject is None or is_withheld(verb):
            continue
        if clauses and asks_question(clauses[0]) and not is_source_like(subject):
            continue
        if clauses and asks_question(clauses[0]) and _put_to_the_subject(verb):
            continue   # "X told reporters when asked whether ...": the reporters' question
        if clauses and _reports_inside_a_relative(verb, clauses[0]):
            continue   # "a video they say shows ...", "what officials said are the first"
        if clauses and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INTENTION_VERBS \
                and _wishes_to_learn(verb):
            continue   # "expect to know how many ...": a question still open, not content
        if lemma in DISCOVERY_VERBS and not _in_the_perfect(verb):
            continue   # "when the US learned that ...": found out, not told by it
        needs_source = lemma in COGNITION_VERBS or lemma in WEAK_SPEECH_VERBS
        if needs_source and not is_source_like(subject):
            continue
        seconds = []
        if clauses:
            clause = clauses[0]
            last = _clauses_joined_to_the_report(verb, clause,
                                                 _joined_clauses_end(clause, clauses))
            seconds = _second_that_clauses(verb, clause) if clause.i > verb.i else []
            if seconds:   # "that A and that B": two contents, the first ends before "and"
                last = min(last, seconds[0].left_edge.i - 2)
            hung_subject = _subject_hung_on_the_verb(verb, clause)
            first = clause.left_edge.i if hung_subject is None else hung_subject
            opening = _opening_clause_joined(verb, clause) \
                if hung_subject is None and clause.i < verb.i else None
            first = first if opening is None else opening
            start, end = clip_to_line(doc, first, last + 1, verb)
            if clause.lower_ == "that" and start == clause.i and clause.tag_ == "IN":
                start += 1   # a complementizer read as the object opens the clause, outside it
                # the clause's own verb; a verbless "that" subtree keeps the complementizer
                clause = next((t for t in clause.subtree if t.i > clause.i and t.pos_ in {
                    "VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)), clause)
        elif set_in and verb.head.i == verb.i:   # "Moreover, they warned, some steps ...
            # risk backfiring": the parser made the report the root of the sentence
            start, end = clip_to_line(doc, _set_in_report_read_as_root(verb),
                                      verb.sent.end, verb)
            clause = next((t for t in doc[start:end] if not start <= t.head.i < end), verb)
        elif set_in:   # "But to avoid delays, he said, the crews should train now."
            clause = verb.head
            start, end = clip_to_line(doc, verb.right_edge.i + 1, clause.right_edge.i + 1, verb)
        elif split or parenthetical and _opens_the_reported_sentence(verb):
            # "The depot, he said, will hold ...": the sentence round the report; "Though
            # the handover was smooth, he said, replacing him would ...": the same, when the
            # parser hung the report on the opening clause
            clause = verb.head if split else verb.head.head
            start, end = clip_to_line(doc, clause.left_edge.i, clause.right_edge.i + 1, verb)
        elif as_report:   # "As the ministry reported, the launchers arrived on Monday."
            clause = verb.head
            start, end = clip_to_line(doc, verb.right_edge.i + 1, clause.right_edge.i + 1, verb)
        elif fragment is not None:   # "More radars for the coast guard, he said."
            clause = fragment
            start, end = clip_to_line(doc, fragment.left_edge.i, fragment.right_edge.i + 1, verb)
        else:
            clause = verb.head
            start, end = clip_to_line(doc, clause.left_edge.i, verb.left_edge.i, verb)
        if not start <= clause.i < end or _only_points_to_a_source(doc[start:end]) \
                or _relays_a_report(clause):
            continue
        if start <= verb.i < end and not any(t.is_alpha for t in doc[verb.i + 1: end]):
            continue   # ", Xinhua news agency reported.": a content that ends in its own cue
        cue = [verb] + [c for c in verb.children if c.dep_ == "prt"  # "pointed out"
                        and not start <= c.i < end]
        candidate = _content_candidate(doc, start, end, clause, cue, subject, names, weak=False)
        if candidate is not None:
            found.append(candidate)
        if clauses and clause.i > verb.i:
            for second in seconds:
                start, end = clip_to_line(doc, second.left_edge.i, second.right_edge.i + 1, verb)
                candidate = _content_candidate(doc, start, end, second, cue, subject, names,
                                               weak=False)
                if candidate is not None:
                    found.append(candidate)
    return found


MIN_HEADLINE_CONTENT_WORDS = 3


def _opening_clause_joined(verb: Token, clause: Token) -> int | None:
    """Where a report closed by its verb starts when the parser hung that verb on the
    sentence's first clause: "Rebels fired rockets, but two were shot down, the army said"
    is all the army's. The first clause must be joined to the content by a comma and
    "but" or "and" alone, and report nothing itself."""
    opening = verb.head
    if verb.dep_ != "conj" or opening.i >= clause.left_edge.i or opening.pos_ not in {"VERB", "AUX"} \
            or opening.lemma_.lower() in CUE_VERB_LEMMAS \
            or any(c.dep_ in {"ccomp", "parataxis"} for c in opening.children):
        return None
    doc = verb.doc
    between = [t for t in doc[opening.i + 1: clause.left_edge.i] if t.head.i != opening.i
               or t.dep_ not in {"cc", "punct"}]
    joins = [t.lower_ for t in doc[opening.i + 1: clause.left_edge.i]
             if t.head.i == opening.i and t.dep_ in {"cc", "punct"}]
    if joins[-2:] not in ([",", "but"], [",", "and"]) or any(t.i > opening.right_edge.i
                                                               for t in between):
        return None
    return opening.left_edge.i


def _claim_object_before(verb: Token, clause: Token) -> bool:
    """ "denying claims spreading online that troops had crossed the river": a
    claim noun the verb takes as its object before the clause owns the clause, wherever
    the parser hung it."""
    return clause.i > verb.i and any(
        c.dep_ == "dobj" and c.i < clause.left_edge.i and c.lower_ in CLAIM_CONTENT_NOUNS
        and c.pos_ == "NOUN" and c.is_lower for c in verb.children)   # not "told Forces News"


def _source_closing_a_headline(verb: Token) -> Token | None:
    """ "UK showing leadership by sending tanks, says MP Bob Seely": a line without a
    closing stop (a headline) that ends in a comma, a speech verb and a name phrase
    reports what stands before the comma, whatever the parser made of that line; the head
    of the name phrase, or None."""
    doc = verb.doc
    # a headline's present tense: "says", also "claims", "warns"
    present = verb.tag_ == "VBZ" and verb.lemma_.lower() in REPORTING_VERBS
    if not (verb.lower_ in SPEECH_VERB_FORMS or present) \
            or verb.i < MIN_HEADLINE_CONTENT_WORDS + 1 or doc[verb.i - 1].text not in {",", ":"}:
        return None
    after = []
    for token in doc[verb.i + 1:]:
        if "\n" in token.text or token.is_space or _site_name_follows(token):
            break   # "..., claims Kyiv : The Daily Star": the site's name is no part of it
        after.append(token)
    if not after or after[-1].is_punct or len(after) > MAX_NAME_WORDS + 2 \
            or not _is_name_phrase(after) or any(t.pos_ in {"VERB", "AUX"} for t in after):
        return None
    if verb.lower_ not in SPEECH_VERB_FORMS and not any(t.pos_ == "PROPN" for t in after):
        return None   # "releases a phone, announces upcoming update": a second headline act
    line_start = doc_text(doc).rfind("\n", 0, verb.idx) + 1
    before = [t for t in doc[verb.i - 1].sent if line_start <= t.idx < doc[verb.i - 1].idx]
    if "\n" in doc_text(doc)[line_start: verb.idx] \
            or sum(t.is_alpha for t in before) < MIN_HEADLINE_CONTENT_WORDS:
        return None
    named = [t for t in after if t.ent_type_ == "PERSON"]
    return named[-1] if named else _nominal_head(after[::-1])


def _site_name_follows(token: Token) -> bool:
    """A separator set off by spaces (" : ", " | ") before a capitalised word: a page
    title's site name follows."""
    doc, text = token.doc, doc_text(token.doc)
    spaced = token.idx > 0 and text[token.idx - 1] == " " and token.whitespace_ == " "
    return token.text in {":", "|"} and spaced and token.i + 1 < len(doc) \
        and doc[token.i + 1].text[:1].isupper()


def _subject_hung_on_the_verb(verb: Token, clause: Token) -> int | None:
    """ "claimed up to 300 soldiers died": the content clause's subject, with the words
    that count it, which the parser hung on the reporting verb as a particle and a
    preposition, leaving the clause without a subject; where the content starts, or None."""
    doc = verb.doc
    if clause.i < verb.i or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}
                                for c in clause.children):
        return None
    between = doc[verb.i + 1: clause.left_edge.i]
    if _object_read_off_its_clause(verb, clause, between):
        return between[0].i
    hung = [c for c in verb.children if c.dep_ in {"prt", "prep"} and verb.i < c.i < clause.i]
    if not len(between) or not hung or between[-1].dep_ != "pobj" \
            or between[-1].pos_ not in {"NOUN", "PROPN"} \
            or not all(any(t in c.subtree for c in hung) for t in between):
        return None
    return between[0].i


def _object_read_off_its_clause(verb: Token, clause: Token, between) -> bool:
    """ "said the incident — and two others — were still being assessed": the subject
    of a finite content clause, set apart from its verb by dashes, which the parser took
    for the reporting verb's object; the object opens right after the verb and only it
    and punctuation stand before the clause."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]
    finite = clause.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"}
        for c in clause.children)
    return len(between) > 0 and len(objects) == 1 and finite \
        and objects[0].left_edge.i == verb.i + 1 \
        and all(t in objects[0].subtree or t.is_punct for t in between) \
        and any(t.text in {"—", "–", "-", "("} for t in between)


def _in_the_perfect(verb: Token) -> bool:
    """ "has learned", "had learnt": a past participle after a form of "have"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                      for c in verb.children)


def _opens_the_reported_sentence(verb: Token) -> bool:
    """Whether a report set off by commas hangs on a subordinate clause that opens the
    sentence ("Though X was smooth, he said, Y would be hard"), the sentence's main clause
    following the report: the report covers the whole sentence, not the opening alone."""
    opening, main = verb.head, verb.head.head
    return opening.dep_ == "advcl" and main.i > verb.i and main.pos_ in {"VERB", "AUX"} \
        and any(c.dep_ == "mark" and c.i < verb.i for c in opening.children) \
        and verb.doc[verb.right_edge.i].text == ","


def _finds_itself(verb: Token) -> bool:
    """ "now find themselves in a tight spot", "found itself low on fuel": the
    subject is its own object (or its small clause's subject), a state, not a report."""
    if verb.lemma_.lower() in SPEECH_VERBS:
        return False   # "I tell myself that ...": words, if only to oneself
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return (not clauses and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE_PRONOUNS
                                for c in verb.children)) \
        or any(c.dep_ == "nsubj" and c.lower_ in REFLEXIVE_PRONOUNS
               for clause in clauses for c in clause.children)


def _led_by_subordinator(verb: Token) -> bool:
    """ "..., so Ukraine can expect quick delivery", "..., because officials expect ...": a
    verb its own subordinator leads states the author's link between two clauses; the
    clause before it is not what it reports."""
    return any(c.dep_ == "mark" and c.i < verb.i and c.lower_ in CLAUSE_LINKING_MARKS
               for c in verb.children)


def _second_that_clauses(verb: Token, clause: Token) -> list[Token]:
    """ "stated that “...” and that one drone “struck a depot.”": a second
    content clause opened by "and that" after a first one wholly in quotation marks is a
    quote of its own (the first is direct); otherwise "said that A and that B", and "said A
    was “inconclusive” and that B", stay one quote."""
    doc = verb.doc
    first = doc[clause.left_edge.i + 1] if clause.left_edge.lower_ in COMPLEMENTIZERS \
        else clause.left_edge
    if first.text not in OPENING_MARKS:
        return []
    joined = [c for c in verb.children if c.dep_ == "conj" and c.i > clause.right_edge.i] \
        + [c for c in clause.children if c.dep_ == "conj" and c.i > clause.i]
    return sorted((c for c in joined
                   if c.left_edge.lower_ in COMPLEMENTIZERS and c.left_edge.dep_ == "mark"
                   and doc[c.left_edge.i - 1].lower_ == "and"
                   and doc[c.left_edge.i - 2].text in CLOSING_MARKS
                   and any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.children)),
                  key=lambda c: c.i)


def _inverted_subject(verb: Token, clauses: list[Token]) -> Token | None:
    """ "Norway has chosen to send 6 jets, announced the Norwegian premier", "The aid
    includes ..., stated the Minister": a reporting verb after the clause it reports, with
    its subject after it, which the parser takes for its object; that subject, or None."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if lemma not in REPORTING_VERBS or lemma in INVERTED_EXCLUDED or verb.pos_ != "VERB" \
            or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} and c.i < verb.i
           for c in verb.children) or any(c.dep_ == "aux" for c in verb.children):
        return None
    reported_before = verb.dep_ in {"conj", "parataxis"} and verb.head.i < verb.i \
        if not clauses else all(c.i < verb.i for c in clauses)
    if not reported_before or any(c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i
                                  for c in verb.children):
        return None
    after = [c for c in verb.children if c.dep_ in {"dobj", "nsubj", "attr"} and c.i > verb.i]
    if not after or after[0].left_edge.i != verb.i + 1 or not is_source_like(after[0]) \
            or after[0].pos_ == "PRON":
        return None
    return after[0]


# words an attribution set after its content may hold: "Col. Wade Germann, commander of the
# task force", "the Ministry of National Defense (MND)"
ATTRIBUTION_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"})
MAX_ATTRIBUTION_TOKENS = 16


GAP_WORDS = frozenset(lexicon().grammar["gap_words"])
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def _reports_inside_a_relative(verb: Token, clause: Token) -> bool:
    """Whether a report is set into a relative clause, its content missing the subject that
    the relative word or the noun outside stands for ("a video they say shows the system",
    "what officials said are the first missiles", "jets that X said will be completed"):
    the author's description, vouched for in passing, not a content clause of its own."""
    if clause.i < verb.i:
        return False
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and any(c.dep_ == "dobj" and c.lower_ in GAP_WORDS and c.i < verb.i
                            for c in verb.children):
        return True   # "over what it said was a drone": the gap word read as said's object
    if not subjects:   # the clause opens with its verb (or its auxiliaries) right after
        return verb.dep_ in {"relcl", "acl"} and clause.left_edge.i == verb.i + 1 and all(
            t.dep_ in {"aux", "auxpass", "neg", "advmod"}
            for t in verb.doc[verb.i + 1: clause.i])
    subject = subjects[0]
    return subject.lower_ in GAP_WORDS and subject.i < verb.i


def find_attribution_after(doc: Doc, names) -> list[Candidate]:
    """ "The US has accelerated its deliveries ..., the Ministry of National Defense (MND)
    said", "X shows ..., Col. Wade Germann, commander of the task force, said in a release":
    a sentence closed by a comma, a source's name and a reporting verb that the parser
    could not join (it took the source for a conjunct or the verb for a clause of the
    content); the source is found by the surface, the content is the line before it."""
    found = []
    for i in lemma_positions(doc, REPORTING_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or _content_clauses(verb) \
                or any(c.dep_ in {"xcomp", "dobj", "aux", "auxpass", "neg"}
                       and not _told_whom(verb, c) for c in verb.children):
            continue
        attribution = _attribution_before(doc, verb)
        if attribution is None:
            continue
        comma, subject = attribution
        parsed = find_subject(verb)
        split = verb.sent.start > comma   # "..., Ukrainian MP X said": the parser began a
        #                                   sentence inside the source's description
        joined = parsed is not None and parsed.i > comma and not split \
            and verb.dep_ == "conj" and verb.head.i < comma
        if parsed is not None and parsed.i > comma and not split and verb.dep_ != "relcl" \
                and not joined:
            continue   # the parser found the source: the other finders read this report,
            #            unless it hung the report on a noun of the content as a relative
            #            or joined it to the content's verb ("X intends to ..., Y told")
        if joined:   # the parser's subject, after the last comma before it ("over Erbil,
            subject = parsed   # Iraq, the official says": the official's, not Iraq's)
            comma = max((i for i in range(comma, parsed.left_edge.i) if doc[i].text == ","),
                        default=comma)
        line_start = next((t.i + 1 for t in reversed(doc[:comma]) if "\n" in t.text), 0)
        opening = doc[comma - 1].sent.start if split else verb.sent.start
        start = max(line_start, opening if opening < comma else line_start)
        content = doc[start:comma]
        if not any(t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBZ", "VBP", "MD"}
                   for t in content) or sum(t.is_alpha for t in content) < MIN_ACCORDING_WORDS:
            continue
        candidate = _content_candidate(doc, start, comma, content.root, [verb], subject, names,
                                       weak=False)
        if candidate is not None:
            found.append(candidate)
    return found


def _told_whom(verb: Token, child: Token) -> bool:
    """ "..., X told reporters": the object of "tell" is who heard it, no content."""
    return verb.lemma_.lower() == "tell" and child.dep_ == "dobj" \
        and child.pos_ in {"NOUN", "PROPN"} and not any(c.dep_ == "ccomp" for c in child.children)


def _attribution_before(doc: Doc, verb: Token) -> tuple[int, Token] | None:
    """(index of the comma opening it, its head token) of a source's name set right before
    a reporting verb after a comma, or None: names, nouns and "of", up to two commas of an
    apposition, the first comma after the content's last verb or preposition."""
    commas = []
    i = verb.i - 1
    while i >= 0 and verb.i - i <= MAX_ATTRIBUTION_TOKENS:
        token = doc[i]
        if "\n" in token.text:
            break
        if token.text == ",":
            commas.append(i)
        elif not (token.pos_ in ATTRIBUTION_POS or token.lower_ == "of"
                  or token.text in {"(", ")", "."} or token.lower_ in {"’s", "'s"}):
            break
        i -= 1
    if not commas or commas[-1] == verb.i - 1 or len(commas) > 3:
        return None
    comma = commas[-1]
    if comma == 0 or doc[comma - 1].text in {",", "("}:
        return None
    words = [t for t in doc[comma + 1: verb.i] if t.pos_ in {"PROPN", "NOUN"}]
    heads = [t for t in words if t.pos_ == "PROPN" or is_source_like(t)]
    if not heads or words[0].i > comma + 3:
        return None
    people = [t for t in heads if t.ent_type_ == "PERSON"]
    # an office before a name ("Ukrainian MP Olha Rudenko"): the name's
    head = people[-1] if people and heads[0].text in POST_NOMINALS else heads[0]
    while head.dep_ == "compound" and comma < head.head.i < verb.i:
        head = head.head
    return comma, head


def _relays_a_report(clause: Token) -> bool:
    """ "Minister X announced this, outlet Y reports", "This was stated by X, Y reports",
    "X said this in an interview, writes «Y»": a content clause that only reports that
    someone spoke of what was said before it is the outlet passing the statement on, not
    content of its own."""
    return clause.lemma_.lower() in REPORTING_VERBS and clause.pos_ == "VERB" \
        and not any(c.dep_ in {"ccomp", "xcomp"} for c in clause.children) \
        and (any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in POINTING_BACK
                 for c in clause.children)
             or (any(_is_written_name(c) for c in clause.children)
                 and all(c.dep_ in BARE_REPORT_DEPS or c.is_punct or _is_written_name(c)
                         for c in clause.children))
             or _closed_by_attribution(clause))


def _closed_by_attribution(clause: Token) -> bool:
    """ "..., Xinhua news agency reported.": a clause that is only a subject and its
    reporting verb, set off by a comma, is who relays the sentence, not content."""
    doc = clause.doc
    first = next((t for t in doc[clause.left_edge.i: clause.i + 1] if not t.is_punct), clause)
    return first.i > 0 and doc[first.i - 1].text == "," \
        and _closing_attribution(doc, first.i, clause.right_edge.i + 1)


def _is_written_name(token: Token) -> bool:
    """ "European Pravda", "«Ukrinform»": a phrase of capitalised words (and marks) alone."""
    words = [t for t in token.subtree if not t.is_punct and t.text not in CLOSING_MARKS]
    return bool(words) and any(t.pos_ == "PROPN" for t in words) and all(t.text[:1].isupper() for t in words)


# "..., writes «Ukrainska Pravda»": a reporting verb with only its source (a name, as subject
# or as the object the parser may make of it) reports nothing a quote could hold
BARE_REPORT_DEPS = frozenset({"nsubj", "punct", "advmod", "npadvmod"})


def _only_points_to_a_source(content: Span) -> bool:
    """ "That's according to a tweet by X, the agency reports": a clause that only names the
    source of something said before it reports no content of its own."""
    words = [t for t in content if not t.is_punct]
    # "said that, according to preliminary reports, ...": a complementizer points nowhere
    return len(words) > 2 and words[0].lower_ in POINTING_BACK and words[0].dep_ != "mark" \
        and any(t.lower_ == "according" for t in words[1:4])


def _colon_after(verb: Token) -> Token | None:
    """The colon that ends a reporting verb's line ("said on Monday:"), when the verb's
    own words (its subject, time, place) are all that stand before it."""
    doc = verb.doc
    for token in doc[verb.i + 1: verb.sent.end]:
        if "\n" in token.text or token.text in OPENING_MARKS:
            return None
        if token.text == ":":
            ends_line = token.i + 1 == len(doc) or "\n" in doc[token.i + 1].text
            return token if ends_line else None
        if token.pos_ in {"VERB", "AUX"} and not (token.dep_ in NOUN_PHRASE_VERB_DEPS
                                                  and token.tag_ in {"VBN", "VBG"}):
            return None   # a participle inside a noun phrase ("the plan announced by X") is not
    return None


# Dependencies of a participle that sits inside a noun phrase: "questions regarding ...",
# "the planning announced by Greece".
NOUN_PHRASE_VERB_DEPS = frozenset({"acl", "prep", "amod"})


def _is_set_in_report(verb: Token) -> bool:
    """ "..., he said, the crews should ...": a reporting clause set off by commas inside
    the sentence it reports, before that sentence's own subject and verb."""
    doc = verb.doc
    head = verb.head
    # an adverbial clause the parser hung on the verb from before it is the report's own
    # ("Though the handover was smooth, he said, replacing ...")
    opening = {t.i for c in verb.lefts if c.dep_ == "advcl" for t in c.subtree}
    words = [t for t in verb.subtree if not t.is_punct and t.i not in opening]
    before, after = words[0].i - 1, words[-1].i + 1
    return (verb.dep_ == "parataxis" and head.i > verb.i and verb.lemma_.lower() in SPEECH_VERBS
            and before > 0 and doc[before].text == "," and after < len(doc)
            and doc[after].text == ","
            and any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} and c.i > after
                    for c in _with_auxiliaries(head)))


MIN_SET_IN_CONTENT_WORDS = 4


def _set_in_report_read_as_root(verb: Token) -> int | None:
    """Where the reported sentence goes on after "Moreover, they warned, ...", when the
    parser made the set-in verb the sentence's root with no content clause: a speech
    verb after an opening word and a comma, its subject right before it, a comma right
    after it, and words enough after that comma."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in SPEECH_VERBS \
            or any(c.dep_ in {"ccomp", "dobj"} for c in verb.children):
        return None
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not subjects or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    first = subjects[-1].left_edge.i
    if first < 2 or doc[first - 1].text != "," or doc[first - 1].i <= verb.sent.start \
            or verb.i - first > 3:
        return None
    rest = [t for t in doc[verb.i + 2: verb.sent.end] if t.is_alpha]
    return verb.i + 2 if len(rest) >= MIN_SET_IN_CONTENT_WORDS else None


def _with_auxiliaries(verb: Token) -> list[Token]:
    """The children of verb and of its auxiliaries: "the president has grown exasperated",
    parsed with "grown" as an auxiliary that holds the subject."""
    return [c for a in [verb, *(x for x in verb.children if x.dep_ in {"aux", "auxpass"})]
            for c in a.children]


def _fragment_before(verb: Token) -> Token | None:
    """ "More radars for the coast guard, he said.": a verbless phrase the sentence's own
    reporting verb reports, set before it with a comma; the verb takes nothing after it but
    its time, place or the person told."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in REPORTING_VERBS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "advcl", "conj"} or (
            c.dep_ == "dobj" and verb.lemma_.lower() != "tell") for c in verb.rights):
        return None
    before = [c for c in verb.lefts if c.dep_ in {"dep", "npadvmod"} and c.pos_ in {"NOUN", "PROPN"}]
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not before or not subjects or before[0].right_edge.i + 1 >= subjects[0].left_edge.i:
        return None
    comma = doc[before[0].right_edge.i + 1]
    return before[0] if comma.text == "," and before[0].left_edge.i == verb.sent.start else None


def _reports_as(verb: Token) -> bool:
    """ "As the ministry reported earlier, the launchers arrived": a reporting verb in an
    "as" clause before the sentence it reports, whose main clause reports nothing itself
    ("As X reported, the Pentagon announced that ..." is the Pentagon's)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.i or verb.lemma_.lower() not in REPORTING_VERBS \
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    after = verb.doc[verb.right_edge.i + 1: head.right_edge.i + 1]
    return not any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in after)


def _own_subject(verb: Token) -> Token | None:
    """The subject or "by" agent of verb itself, without climbing to the clause it is set
    in: a participle without them ("As reported, ...") names no one."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    return subjects[0] if subjects else passive_agent(verb)


def _source_of_phrase(verb: Token) -> Token | None:
    """ "As stated in the ministry's report": the source a passive report names in its
    phrase, the possessor of the text ("the ministry") or the text itself."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "by"}):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            owners = [c for c in noun.children if c.dep_ == "poss"]
            return owners[0] if owners else noun
    return None


def _splits_its_clause(verb: Token) -> bool:
    """ "The new depot, Colonel Berg said, will hold three brigades": a reporting clause set
    off by commas between the subject and the verb of the sentence it reports; the quote
    is that whole sentence, the reporting clause inside it."""
    doc = verb.doc
    head = verb.head
    words = [t for t in verb.subtree if not t.is_punct]
    before, after = words[0].i - 1, words[-1].i + 1
    return (verb.dep_ == "parataxis" and head.i > verb.i and verb.pos_ == "VERB"
            and (verb.lemma_.lower() in REPORTING_VERBS or _person_weighs_in(verb))
            and before > 0 and doc[before].text == "," and after < len(doc)
            and doc[after].text == ","
            and any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} and c.i < before
                    for c in head.children))


def _person_weighs_in(verb: Token) -> bool:
    """ "This approach, he suggested, shows ...": a verb of comment set off by commas with a
    person as its subject reports the sentence round it like "said"."""
    return verb.lemma_.lower() in SPEECH_VERBS and any(
        c.dep_ == "nsubj" and (c.lower_ in PERSONAL_SUBJECTS or c.ent_type_ == "PERSON")
        for c in verb.children)


def _clause_after_phrase(verb: Token) -> list[Token]:
    """ "announced in a Telegram post that ...", "confirmed for the first time that ...":
    the content clause the parser hung on a noun of the phrase between verb and "that"; "The
    paper reported, citing officials, that ...": the one hung on the citing participle."""
    for citing in (c for c in verb.rights if c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG"
                   and c.lemma_.lower() in SOURCE_CITING_VERBS and c.i == verb.i + 2
                   and verb.doc[verb.i + 1].text == ","):
        clauses = [c for c in citing.children if c.dep_ == "ccomp" and c.i > citing.i
                   and _opens_with_complementizer(c) and verb.doc[c.left_edge.i - 1].text == ","]
        if clauses:
            return clauses
    for phrase in (c for c in verb.rights if c.dep_ in {"prep", "npadvmod", "advmod", "dobj"}):
        if phrase.dep_ == "dobj" and verb.lemma_.lower() not in REPORTING_VERBS:
            continue
        nouns = [phrase] + [c for c in phrase.children if c.dep_ == "pobj"]
        if phrase.dep_ == "dobj":   # "told a meeting of regional leaders that ..."
            nouns += [o for p in phrase.children if p.dep_ == "prep"
                      for o in p.children if o.dep_ == "pobj"]
        for noun in nouns:
            if _holds_its_own_claim(noun):
                continue
            for clause in noun.children:
                if clause.dep_ in {"relcl", "acl", "ccomp"} and clause.i > noun.i \
                        and (_opens_with_complementizer(clause)
                             or _that_after_adverbial(noun, clause)
                             or _content_of_message(noun, clause)):
                    return [clause]
    return []


MEDIUM_PREPOSITIONS = frozenset(lexicon().grammar["medium_prepositions"])


def _holds_its_own_claim(noun: Token) -> bool:
    """ "denied reports that a fleet was sailing", "commenting on the news that ...": the
    clause after a claim noun is the claim of those who made it, not what the verb's subject
    says; "said in a report that ..." names the medium of the subject's own words."""
    if noun.lemma_.lower() not in CLAIM_CONTENT_NOUNS and noun.lower_ not in CLAIM_CONTENT_NOUNS:
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in MEDIUM_PREPOSITIONS)


# Verbs whose object a message noun is ("the statement that Russia issued"): with them a
# "that" after the noun is a relative pronoun
HANDLED_TEXT_VERBS = PUBLISH_VERBS | frozenset({
    "make", "give", "deliver", "send", "write", "sign", "read", "record", "see", "hear",
    "receive", "prepare", "draft", "adopt", "film", "air", "broadcast", "quote", "cite"})


def _object_that_before_subject(first: Token) -> bool:
    """Whether "that" opening a clause was parsed as the object of a clause verb whose own
    subject follows it ("that air defence units were active"): a complementizer read as
    a relative or demonstrative pronoun."""
    clause = first.head
    return first.lower_ == "that" and first.dep_ == "dobj" and first.i == clause.left_edge.i \
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > first.i for c in clause.children)


def _content_of_message(noun: Token, clause: Token) -> bool:
    """ "said in an online post that air defence units were active": after a noun of
    a statement's medium, a "that" the parser made the object of a clause with its own
    subject opens the content, unless the clause's verb is one done to a text ("the statement
    that Russia issued")."""
    return noun.lemma_.lower() in ATTRIBUTION_NOUNS and clause.left_edge.i == noun.i + 1 \
        and _object_that_before_subject(clause.left_edge) \
        and clause.lemma_.lower() not in HANDLED_TEXT_VERBS


def _that_after_adverbial(noun: Token, clause: Token) -> bool:
    """ "confirmed for the first time that ...", "announced on 18/12 that ...": after a date
    or a time adverbial, a "that" with no role of a relative pronoun opens the content."""
    first = clause.left_edge
    if first.lower_ not in COMPLEMENTIZERS or first.head.i != clause.i \
            or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != first.i
                       for c in clause.children):
        return False
    dated = noun.ent_type_ in {"DATE", "TIME"} or noun.like_num or noun.pos_ == "NUM"
    counted = any(c.ent_type_ == "ORDINAL" for c in noun.children)   # "the first time"
    return dated or (first.dep_ == "advmod" and counted)


def _opens_with_complementizer(clause: Token) -> bool:
    """Whether "that" opens clause as a complementizer, though the parser may take it for a
    relative pronoun: the clause has a subject and an object of its own besides "that"."""
    first = clause.left_edge
    if first.lower_ not in COMPLEMENTIZERS or first.head.i != clause.i:
        return False
    others = [c for c in clause.children if c.i != first.i]
    if first.dep_ in {"nsubj", "nsubjpass"} or not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in others):
        return False
    has_object = any(c.dep_ in {"dobj", "attr", "acomp", "ccomp", "xcomp"} for c in others)
    if first.dep_ == "mark":
        return True
    # "the same way that we must respond": a relative "that" after a noun of manner or time
    return has_object or (first.dep_ not in {"dobj", "pobj"}
                          and clause.head.lemma_.lower() not in MANNER_TIME_NOUNS)


def _across_semicolon(clause: Token, verb: Token) -> bool:
    """ "No one was hurt; officials said the missiles were downed", "The ruling set off a
    row: officials said ...": a clause before a semicolon or colon is a sentence of its
    own, not what the verb after it reports."""
    doc = verb.doc
    if clause.i > verb.i:
        return False
    return any(token.text in {";", ":"} for token in doc[clause.right_edge.i + 1: verb.i])


def _content_clauses(verb: Token) -> list[Token]:
    """The verb's content clauses (ccomp), the one after it first when it has one on each
    side: in "Writing for a panel that agreed X won, Y noted that ..." the parser may hang
    the opening phrase's clause on "noted" too, while the "that" clause is what is noted."""
    clauses = [c for c in verb.children if (c.dep_ == "ccomp" or _that_clause_as_adverbial(c))
               and not _across_semicolon(c, verb) and not _on_a_later_line(c, verb)]
    if any(c.i < verb.i for c in clauses):   # "..., the council's president said Wednesday,
        # Xinhua reported": the outlet passing the report on, hung on "said" by the parser
        clauses = [c for c in clauses if c.i < verb.i or not _relays_a_report(c)]
    after = [c for c in clauses if c.i > verb.i]
    if not after and any(c.dep_ == "xcomp" and c.i > verb.i
                         and not (c.tag_ == "VBG" and (c.lemma_.lower() in SOURCE_CITING_VERBS
                                                       or _participle_after_fronted_report(
                                                           verb, c, clauses)))
                         for c in verb.children):
        # "IRIS-T arrives in Ukraine, NASAMS expected to arrive": its own complement; not
        # "..., a paper reported citing two officials", nor "..., an official said on Sunday
        # scotching speculation": a participle of how or why it was said, after its content
        return []
    return after + [c for c in clauses if c.i < verb.i] if after else clauses


def _participle_after_fronted_report(verb: Token, participle: Token, clauses: list[Token]) -> bool:
    """ "The army is not moving, an official said on Sunday scotching speculation": a
    participle set apart from the reporting verb by an adverbial, after a content clause
    before the verb; "X suggested looking at ..." right after the verb is its complement."""
    return any(c.i < verb.i for c in clauses) and any(
        not t.is_punct for t in verb.doc[verb.i + 1: participle.left_edge.i])


def _on_a_later_line(clause: Token, verb: Token) -> bool:
    """ "Russia uses bombs ..., police say" over the byline: a clause the parser hung on a
    headline's verb from the line below is not what it reports."""
    doc = verb.doc
    return clause.i > verb.i and any("\n" in t.text
                                     for t in doc[verb.i + 1: clause.left_edge.i + 1])


def _that_clause_as_adverbial(clause: Token) -> bool:
    """ "the paper reported, citing its sources, that Moscow had declined ...": a "that"
    clause with its own subject after a reporting verb, which the parser hung on it as an
    adverbial clause because of the phrase between them (not "so that", "now that")."""
    verb = clause.head
    if clause.dep_ != "advcl" or clause.i < verb.i or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    return len(marks) == 1 and marks[0].lower_ in COMPLEMENTIZERS \
        and marks[0].i > verb.i + 1 \
        and verb.doc[marks[0].i - 1].lower_ not in {"so", "now", "such", "given"} \
        and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)


def _joined_clauses_end(first: Token, clauses: list[Token]) -> int:
    """The last token of the content that starts with clause first: "said the army has
    deep respect for the navy and his remark was ...": the parser may hang each conjunct
    on the verb as a content clause of its own; those that follow first, with only "and",
    "but" or punctuation between them, are one content."""
    doc = first.doc
    end = first.right_edge.i
    for clause in sorted((c for c in clauses if c.i > first.i), key=lambda c: c.i):
        between = doc[end + 1: clause.left_edge.i]
        if clause.lemma_.lower() in SPEECH_VERBS or not all(   # "... but said": a second report
                t.dep_ in {"cc", "punct"} and t.text not in {";", ":"} for t in between):
            break
        end = clause.right_edge.i
    return end


def _clauses_joined_to_the_report(verb: Token, clause: Token, end: int) -> int:
    """The last token of the content, past clauses the parser joined to the reporting verb:
    "She stressed that there is no hold-up on Norway's side, but the tanks are late":
    after the content clause, a clause with a subject of its own, joined by "but" or "and",
    in the content's tense and not the reporting verb's, goes on with what was said (the
    author's own next sentence would keep the narrative's tense: "Polls showed Clinton was
    the winner, but instant polls are not a measure ..." is the author's)."""
    doc = verb.doc
    form = _finite_form(verb)
    if clause.i < verb.i or form not in {"VBD", "VBZ", "VBP"}:
        return end
    # a gapped conjunct may be hung on the verb as its object: "said 24 were killed and
    # hundreds injured"
    for conj in sorted((c for c in verb.children if c.dep_ in {"conj", "dobj"} and c.i > end),
                       key=lambda c: c.i):
        between = doc[end + 1: conj.left_edge.i]
        # the parser may end the content's subtree on the comma or "and" before the conjunct
        word = next(t.i for t in reversed(doc[clause.i: end + 1]) if not (t.is_punct or t.dep_ == "cc"))
        gap = doc[word + 1: conj.left_edge.i]
        if _gapped_conjunct(conj, gap) or _content_verb_list(conj, clause, gap):
            end = conj.right_edge.i
            continue
        if not any(t.dep_ == "cc" and t.lower_ in {"but", "and"} for t in between) or not all(
                t.dep_ in {"cc", "punct"} and t.text not in {";", ":"} for t in between):
            break
        if _bare_verb_phrase(conj):
            end = conj.right_edge.i   # "said she wanted to speak to them and let them know
            continue                  # ...": a base form goes with the content's "to", not "said"
        if _not_this_but_that(verb, clause, conj, between):
            end = conj.right_edge.i
            continue
        if conj.pos_ not in {"VERB", "AUX"} or conj.lemma_.lower() in CUE_VERB_LEMMAS \
                or not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in conj.children) \
                or _finite_form(conj) == form or not (
                    _finite_form(conj) == _finite_form(clause)
                    or _present_tense(conj) and _present_tense(clause)):
            break   # "war is not the answer but our wish should not be read as ...": both now
        end = conj.right_edge.i
    return end


def _not_this_but_that(verb: Token, clause: Token, conj: Token, between: Span) -> bool:
    """ "said the ship did not block, but tailed the vessels": after a negated content, a
    verb with no subject of its own joined by "but" says what was done instead, the
    content's other half, though the parser hung it on the reporting verb; a further
    report or a refusal ("..., but declined to give details") stays the speaker's."""
    return any(c.dep_ == "neg" for c in clause.children) \
        and not any(c.dep_ == "neg" for c in verb.children) \
        and any(t.lower_ == "but" for t in between) and conj.pos_ == "VERB" \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in conj.children) \
        and conj.lemma_.lower() not in CUE_VERB_LEMMAS | WITHHOLDING_VERBS


def _gapped_conjunct(conj: Token, between: Span) -> bool:
    """ "said five soldiers were killed and 12 wounded": a number or noun joined by "and"
    with a bare participle of its own ("12 wounded", "hundreds injured") is the content's
    passive with its auxiliary left out, which the parser hung on the reporting verb."""
    if [t.lower_ for t in between] != ["and"] or conj.pos_ not in {"NOUN", "NUM"}:
        return False
    return any(c.dep_ in {"acl", "amod"} and c.tag_ == "VBN" and c.i > conj.i
               for c in conj.children)


def _content_verb_list(conj: Token, clause: Token, between: Span) -> bool:
    """ "added that the navy identified the ship, issued a warning and expelled it": a
    subjectless verb after a comma that opens a list closed by "and", in the tense of the
    content's verb and no speech verb, goes on with the content's list of acts."""
    if [t.text for t in between] != [","] or conj.pos_ != "VERB" \
            or conj.lemma_.lower() in CUE_VERB_LEMMAS or conj.tag_ != clause.tag_ \
            or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in conj.children):
        return False
    last = [c for c in conj.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return bool(last) and any(c.dep_ == "cc" and c.lower_ == "and" for c in conj.children) \
        and last[-1].lemma_.lower() not in CUE_VERB_LEMMAS


# the modals of the present ("should"), not of the past ("would", "could"); one table with the events'
PRESENT_MODALS = frozenset(lexicon().events["present_modals"])


def _present_tense(verb: Token) -> bool:
    """Whether a finite verb is in the present: a present form ("is", "have") or a present
    modal ("should", "will"), not a past one ("would", "could")."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    first = auxiliaries[0] if auxiliaries else verb
    return first.tag_ in {"VBZ", "VBP"} or first.tag_ == "MD" and first.lower_ in PRESENT_MODALS


def _bare_verb_phrase(conj: Token) -> bool:
    """Whether a conjunct the parser joined to a finite reporting verb is a bare base form
    with no subject or auxiliary of its own: it cannot share the report's tense, so it
    continues an infinitive of the content ("wanted to speak ... and let them know")."""
    return conj.tag_ == "VB" and conj.pos_ == "VERB" \
        and conj.lemma_.lower() not in CUE_VERB_LEMMAS \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass"}
                    for c in conj.children)


def _object_read_as_clause(verb: Token) -> list[Token]:
    """ "He said another column of trucks crossed into Ukraine": the parser took the
    clause's subject for the object of "say" and its verb for a reduced relative on it; a
    past-tense verb with a complement of its own hanging on the object is the clause, whose
    subject the object is (returned as the clause's head)."""
    if verb.lemma_.lower() != "say" or verb.pos_ != "VERB":
        return []
    objects = [c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    # "said Tuesday the navy's frigate ... arrived": the subject hung on the day in apposition
    objects += [a for d in verb.rights if d.dep_ == "npadvmod" and d.ent_type_ == "DATE"
                and d.i == verb.i + 1 for a in d.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
    # "Lisbon says no extra frigates sent to Madeira": a title drops the auxiliary
    tenses = {"VBD", "VBN"} if _on_title_line(verb) else {"VBD"}
    for obj in objects:
        finite = [t for t in obj.subtree if t.tag_ in tenses and (
            t.dep_ == "acl" or t.dep_ == "relcl" and not any(
                c.tag_ in {"WDT", "WP"} or c.lower_ == "that" or c.dep_ in {"nsubj", "nsubjpass"}
                for c in t.children))
                  and any(c.dep_ in {"prep", "dobj", "advmod", "prt"} for c in t.children)]
        if finite and not any(t.is_punct and t.text not in {",", "-"}
                              for t in verb.doc[obj.i: finite[0].i]):
            return [obj]
    return []


def _on_title_line(token: Token) -> bool:
    """Whether token stands on the document's first line and that line has no closing
    stop: the title."""
    text = doc_text(token.doc)
    end = text.find("\n")
    line = text if end < 0 else text[:end]
    return token.idx < len(line) and not line.rstrip().endswith((".", "!", "?"))


def _complementizer_read_as_object(verb: Token) -> list[Token]:
    """ "She told the agency on Monday that with this deal Latvia backs ...": a "that"
    tagged as a subordinator but parsed as the verb's object, with a clause inside it that
    has its own subject, is the content clause (returned as its head)."""
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.pos_ != "VERB":
        return []
    for that in (c for c in verb.rights if c.lower_ == "that" and c.tag_ == "IN"
                 and c.dep_ in {"dobj", "attr", "npadvmod"}):
        if any(t.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"}
                                                 for c in t.children)
               for t in that.subtree if t.i > that.i):
            return [that]
    return []


def find_report_in_opening_clause(doc: Doc, names) -> list[Candidate]:
    """ "While he admitted pay was a big factor ..., Olsen also mentioned ...": a
    reporting verb in a subordinate clause that opens the sentence, whose content clause
    the parser hung on the main clause (or hung the verb on its own content)."""
    found = []
    for i in lemma_positions(doc, REPORTING_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.dep_ != "advcl" or _content_clauses(verb) \
                or not any(c.dep_ == "mark" and c.i < verb.i for c in verb.children) \
                or any(c.dep_ in {"dobj", "xcomp"} for c in verb.children):
            continue
        clause = _clause_after_opening_report(verb)
        if clause is None:
            continue
        main = clause.head
        stop = next((t.i for t in doc[verb.i + 1: main.i] if t.text == ","
                     and t.head.i == main.i), clause.right_edge.i + 1)
        subject = find_subject(verb)
        if subject is None or stop <= verb.i + 2:
            continue
        candidate = _content_candidate(doc, verb.i + 1, stop, clause, [verb], subject, names,
                                       weak=False)
        if candidate is not None:
            found.append(candidate)
    return found


def _clause_after_opening_report(verb: Token) -> Token | None:
    """The finite clause with its own subject right after verb, hung as a content clause on
    the main verb that follows (or as the clause verb itself hangs on)."""
    head = verb.head
    candidates = [head] if head.dep_ == "ccomp" and head.i > verb.i else [
        c for c in head.children if c.dep_ == "ccomp" and verb.i < c.i < head.i]
    for clause in candidates:
        if clause.head.i <= clause.i:
            continue
        first = next((t for t in clause.subtree if t.i > verb.i), None)
        if first is not None and first.i == verb.i + 1 and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i for c in clause.children):
            return clause
    return None


def _unmarked_clause_after(verb: Token) -> list[Token]:
    """ "X said after the meeting he would not accept it": a finite clause with its own
    subject and no subordinator, after a reporting verb that has no content clause, which
    the parser hung on the verb as an adverbial clause because of the phrase before it."""
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.pos_ != "VERB":
        return []
    for clause in (c for c in verb.rights if c.dep_ == "advcl"):
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        marked = any(c.dep_ == "mark" or (c.tag_ == "WRB" and c.i < clause.i)
                     for c in clause.children)   # "of misspeaking when she disputed ..."
        finite = clause.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"MD", "VBD", "VBZ", "VBP"}
            for c in clause.children)
        set_off = any(t.is_punct for t in verb.doc[verb.i + 1: clause.left_edge.i + 1])
        if subjects and not marked and finite and subjects[0].i > verb.i and not set_off:
            return [clause]   # not ", weeks ahead of the date agreed": the author's remark
    return []


def is_withheld(verb: Token) -> bool:
    """ "has not said whether", "declined to say how many": the speaker reports nothing
    (a negated belief, "did not expect that", is still the holder's attribution)."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    if any(child.dep_ == "neg" for child in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WITHHOLDING_VERBS


def asks_question(clause: Token) -> bool:
    """A content clause that is an indirect question ("how Washington will respond")."""
    return clause.left_edge.lower_ in QUESTION_OPENERS and clause.left_edge.i < clause.i


def _put_to_the_subject(verb: Token) -> bool:
    """A passive verb of asking ("was asked if"), or one with no subject of its own in an
    adverbial clause ("when asked whether"): the one asked is the subject, and the
    question is someone else's."""
    return verb.lemma_.lower() in ASKING_VERBS and (verb.tag_ == "VBN" or verb.dep_ == "advcl") \
        and not any(c.dep_ == "nsubj" for c in verb.children)


def _is_postposed_report(verb: Token) -> bool:
    """ "The army has moved its tanks, the ministry said on Friday.": the reporting clause
    after a comma that the parser took for a conjunct of the reported clause (no "and")."""
    if verb.dep_ != "conj" or any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children):
        return False
    doc = verb.doc
    start = verb.left_edge.i
    if start == 0 or doc[start - 1].text != "," or start == verb.i:
        return False
    between = doc[verb.head.i + 1: start]
    return not any(t.dep_ in {"cc", "preconj"} and t.head.i == verb.head.i for t in between)


def _subject_before(verb: Token) -> Token | None:
    """A name right before a finite verb left without a subject by the parser
    ("... of the Washington Post Trump said that ...")."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in {"ADV", "AUX"}:
        i -= 1
    if i >= 0 and verb.doc[i].pos_ in {"PROPN", "PRON"}:
        return verb.doc[i]
    if i >= 0 and verb.doc[i].dep_ == "appos" and verb.doc[i].lemma_.lower() in TEXT_NOUNS:
        return verb.doc[i]   # "..., between the two Koreas, a ministry statement said": the
    return None              # parser set the statement beside the last noun of the content


def _content_candidate(doc: Doc, start: int, end: int, head: Token, cue: list[Token],
                       subject: Token, names, *, weak: bool = True) -> Candidate | None:
    """An indirect quote over the trimmed token range [start, end), or None if too short."""
    start, end = clip_to_line(doc, start, end, cue[0])
    fronted = end <= cue[0].i
    trimmed = trim_content(doc, start, end, head, names, fronted) if start < end else None
    if trimmed is None or trimmed[1] - trimmed[0] < 2:
        return None
    start, end = trimmed
    return Candidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text),
                     QuoteKind.INDIRECT.value, cue=cue, speaker_token=subject, weak=weak)


def _guessed_at(verb: Token) -> bool:
    """A verb under a modal of possibility ("might want", "may intend")."""
    return any(c.dep_ == "aux" and c.lower_ in HEDGE_MODALS for c in verb.children)


def find_other_attributions(doc: Doc, names) -> list[Candidate]:
    """Attributions without a content clause: what a source shows or finds (a poll shows
    Clinton ahead), calls something ("called the plan ‘a disaster’"), or means to do
    ("pledged to withdraw the troops"). The subject must be a source."""
    found = []
    for i in lemma_positions(doc, OTHER_CUE_VERBS):
        verb = doc[i]
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in OTHER_CUE_VERBS \
                or any(c.dep_ == "ccomp" for c in verb.children) or _finds_itself(verb):
            continue
        kind = ("evidence" if lemma in EVIDENCE_VERBS else "naming" if lemma in NAMING_VERBS
                else "intention" if lemma in INTENTION_VERBS else None)
        if kind is None:
            continue
        subject = find_subject(verb)
        if subject is None or not is_source_like(subject) or is_withheld(verb):
            continue
        if kind == "intention" and _in_impersonal_report(verb):
            continue   # "it became known that the US intends to provide ...": no one's words
        if kind == "intention" and _leaves_a_gap(verb):
            continue   # "the causes they wanted to draw notice to", "why she wanted to
            #            join the navy": the clause names a thing or asks, it reports nothing
        if kind == "intention" and _guessed_at(verb):
            continue   # "worry that the junta may want to shut the port": a guess at an
            #            intention, which the subject never stated
        if kind == "intention" and _asks_for_a_system(verb):
            continue   # "pressed the president for the rockets": a request for a system
        if kind == "evidence" and lemma in DISCLOSURE_VERBS and (
                subject.ent_type_ == "PERSON" or subject.lower_ in PERSONAL_SUBJECTS):
            continue   # "Scholz revealed the transfer of ...": an act announced, not words
        children = list(verb.children)
        objects = [c for c in children if c.dep_ == "dobj"]
        candidate = None
        if lemma in SOURCE_CITING_VERBS and objects and _names_a_source(objects[0]):
            pass   # "citing its sources", "citing Radio Liberty": whom, not what
        elif lemma in SOURCE_CITING_VERBS and _gives_reason_for_anonymity(verb):
            pass   # "asked not to be named, citing the delicacy of the talks": why the
            #        source stays unnamed, nothing it reports
        elif kind == "evidence" and objects and any(c.dep_ == "prt" for c in children):
            pass   # "showed off its new jets", "found out the date": a display, no finding
        elif kind == "evidence" and objects:
            obj = objects[0]
            candidate = _content_candidate(doc, obj.left_edge.i, verb.right_edge.i + 1, obj,
                                           [verb], subject, names)
        elif kind == "naming" and _names_for_the_author(verb):
            pass   # "in what the Kremlin calls a “special operation”": the author's naming
        elif kind == "naming" and objects:
            complements = [c for c in children if c.dep_ in {"oprd", "xcomp", "ccomp"}
                           or (c.dep_ == "prep" and c.lower_ == "as")]
            if complements:
                candidate = _content_candidate(doc, objects[0].left_edge.i,
                                               complements[-1].right_edge.i + 1, objects[0],
                                               [verb], subject, names)
        elif kind == "intention":
            complements = [c for c in children if c.dep_ == "xcomp"
                           and any(a.lower_ == "to" for a in c.children)]
            for_phrases = [c for c in children if c.dep_ == "prep" and c.lower_ == "for"]
            if complements and lemma in WITHHOLDING_VERBS:
                complements = []   # "declined to say how many", "refusing to give a direct
                                   # answer": a refusal is an act, nothing is said
            if complements and _wishes_to_learn(complements[0]):
                complements = []   # "expect to know how many aircraft ...": a question open
            if complements and _asks_anonymity(complements[0]):
                complements = []   # "who asked not to be named": the wire formula for an
                                   # unnamed source, nothing it reports
            if complements and complements[0].lemma_.lower() in PLACEMENT_VERBS:
                complements = []   # "plans to provide Ukraine with jets": a planned transfer
            if complements:
                first = objects[0] if objects and objects[0].i < complements[0].i else complements[0]
                candidate = _content_candidate(doc, first.left_edge.i,
                                               complements[0].right_edge.i + 1, complements[0],
                                               [verb], subject, names)
            elif for_phrases and lemma in {"call", "push", "press", "ask", "argue"}:
                objs = [c for c in for_phrases[0].children if c.dep_ == "pobj"]
                if objs:
                    candidate = _content_candidate(doc, objs[0].left_edge.i,
                                                   objs[0].right_edge.i + 1, objs[0],
                                                   [verb, for_phrases[0]], subject, names)
        if candidate is not None:
            found.append(candidate)
    return found


def _leaves_a_gap(verb: Token) -> bool:
    """Whether verb heads a relative clause whose own subject is not the relative word ("the
    causes they wanted to draw notice to": the antecedent fills a gap in it), or an
    embedded question ("why she wanted to join the navy")."""
    if verb.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.lower_ not in GAP_WORDS for c in verb.children)
    return any(c.dep_ in {"advmod", "mark"} and c.lower_ in QUESTION_OPENERS and c.i < verb.i
               for c in verb.children) and verb.dep_ in {"ccomp", "pcomp", "pobj", "advcl"}


# "asked not to be named", "asked to remain anonymous": a source's request about its name


def _asks_anonymity(complement: Token) -> bool:
    """Whether an infinitive asks that its subject stay unnamed ("not to be named", "to
    remain anonymous", "not to be identified by name")."""
    lemma = complement.lemma_.lower()
    if lemma in NAMING_PASSIVES:
        return any(child.dep_ == "auxpass" for child in complement.children)
    return lemma in {"remain", "stay", "be"} and any(
        child.lower_ in ANONYMOUS_WORDS for child in complement.children)


def _gives_reason_for_anonymity(verb: Token) -> bool:
    """Whether a participle ("citing") hangs on a source's request to stay unnamed ("did not
    wish to be identified, citing ...", "asked not to be named, citing ...")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "xcomp" and _asks_anonymity(c) for c in verb.head.children)


def _in_impersonal_report(verb: Token) -> bool:
    """Whether verb stands in a sentence led by an impersonal report ("it became known that
    ...", "it was reported that ..., and Germany plans to ..."): the author passes on what
    became known, and an intention in it is a plan the author states, not anyone's words."""
    node = verb
    for _ in range(6):
        if node.dep_ not in {"ccomp", "conj", "xcomp", "advcl", "acomp"} or node.head.i == node.i:
            break
        node = node.head
        holders = [node] + [c for c in node.children if c.dep_ in {"acomp", "oprd"}]
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.lower_ == "it"
               for c in node.children) and any(
                c.dep_ == "ccomp" for h in holders for c in h.children):
            return True
    return False


def _asks_for_a_system(verb: Token) -> bool:
    """ "pressed the president for the rockets", "asking for weeks for longer-range rockets": a request for a weapon (a requested placement, an event), not a claim."""
    spans = _subject_spans(verb.doc)
    phrases = [c for c in verb.children if c.dep_ in {"prep", "dobj"}]
    return any(t.dep_ == "pobj" and t.head.lower_ == "for"
               and (t.lemma_.lower() in WEAPON_NOUNS or any(a <= t.idx < b for a, b in spans))
               for phrase in phrases for t in phrase.subtree)


def _wishes_to_learn(complement: Token) -> bool:
    """ "expect to learn how many jets will be offered": an intention to learn
    the answer to an indirect question holds no content, only the question still open."""
    return complement.lemma_.lower() in LEARNING_VERBS and any(
        c.dep_ == "ccomp" and asks_question(c) for c in complement.children)


def _names_for_the_author(verb: Token) -> bool:
    """ "...invaded in what the Kremlin is still calling its
    “operation”": a naming verb in the progressive, in a free relative ("what X is calling
    Y"), gives X's standing label for a thing the author speaks of, not an utterance of X
    ("condemned what he called a “brazen breach”" reports one)."""
    return verb.lemma_.lower() in NAMING_VERBS and verb.tag_ == "VBG" \
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children) \
        and any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)


def _names_a_source(noun: Token) -> bool:
    """Whether the object of "citing"/"quoting" is who was cited: a source noun ("its
    sources", "officials") or a name ("citing Radio Liberty"), not a thing put forward as
    evidence ("citing a threat to public health")."""
    return noun.lemma_.lower() in SOURCE_NOUNS or noun.pos_ == "PROPN" \
        or noun.ent_type_ in {"PERSON", "ORG", "NORP"}


def _phrase_end(doc: Doc, start: int, sentence: Span, names) -> int:
    """Index of the comma (or line-ending colon) that closes an "according to X" phrase,
    or the sentence end."""
    for i in range(start, sentence.end):
        token = doc[i]
        if token.text == ":" and (i + 1 == len(doc) or "\n" in doc[i + 1].text):
            return i
        if token.text == "," and (not _in_any(token.idx, names) or any(
                s.end == token.idx + 1 for s in names)):  # ‘Gazeta.ru,’ closes the phrase
            return i
    return sentence.end


# What may hang on an "according to X" phrase's source after its comma: "According to Shen
# Jinke, spokesperson of the air force, ...", "According to a source, who asked not to be
# named, ..."
SOURCE_ATTACHMENTS = {"appos", "relcl", "acl"}


def _past_source_attachment(doc: Doc, phrase_end: int, phrase_start: int,
                            sentence: Span) -> int:
    """The comma that closes an appositive or relative clause of the phrase's source when one
    follows the phrase's comma; else ``phrase_end`` unchanged."""
    if phrase_end >= sentence.end or doc[phrase_end].text != ",":
        return phrase_end
    close = next((i for i in range(phrase_end + 1, sentence.end) if doc[i].text == ","), None)
    if close is None or close == phrase_end + 1:
        return phrase_end
    segment = doc[phrase_end + 1:close]
    heads = [t for t in segment if not phrase_end < t.head.i < close]
    if len(heads) == 1 and heads[0].dep_ in SOURCE_ATTACHMENTS \
            and phrase_start <= heads[0].head.i < phrase_end:
        return close
    return phrase_end


def _attribution_phrase(doc: Doc, token: Token) -> tuple[list[Token], int] | None:
    """(cue tokens, index after them) when token opens "according to X" or a "per X" that
    names a source ("..., per Lithuanian broadcaster LRT", "Per the ministry, ..."; never
    "per day", "per cent", "as per"), else None."""
    if token.lower_ == "according":
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            return [token, doc[token.i + 1]], token.i + 2
        return None
    if token.lower_ != "per" or token.i + 1 >= len(doc):
        return None
    before = doc[token.i - 1] if token.i > token.sent.start else None
    opening_as = before is not None and before.lower_ == "as" and _opens_clause(doc, before.i)
    if before is not None and not opening_as and before.text != ",":
        return None   # "$5 per share", "as per the contract": only a "per" set off at a
    objects = [c for c in token.children if c.dep_ == "pobj"] or [doc[token.i + 1]]  # clause's edge
    source = objects[0]
    if source.pos_ not in {"NOUN", "PROPN"} or not is_source_like(source) \
            or source.lemma_.lower() in PER_UNIT_NOUNS:
        return None
    return ([before, token] if opening_as else [token]), token.i + 1


def _opens_clause(doc: Doc, i: int) -> bool:
    """Whether doc[i] begins its sentence or line, or follows a comma ("As per the MND, ...")."""
    return i == doc[i].sent.start or "\n" in doc[i - 1].text or doc[i - 1].text == ","


def find_according_to(doc: Doc, names) -> list[Candidate]:
    """"According to X, Y" and "Y, according to X" (or "per X"): content Y, speaker X."""
    found = []
    for i in lower_positions(doc, ATTRIBUTION_OPENERS):
        token = doc[i]
        opened = _attribution_phrase(doc, token)
        if opened is None:
            continue
        cue, after_cue = opened
        sentence = token.sent
        objects = [c for c in cue[-1].children if c.dep_ == "pobj"]
        phrase_end = _phrase_end(doc, after_cue, sentence, names)
        phrase_end = _past_source_attachment(doc, phrase_end, after_cue, sentence)
        if cue[0].lower_ == "per" and token.i > sentence.start and phrase_end < sentence.end \
                and not _ends_clause(doc, phrase_end):
            continue   # "..., per X" attributes the clause before it only at that clause's end
        teller = _teller_of_what(doc, after_cue, phrase_end)
        objects = teller or objects
        if not objects:
            nouns = [t for t in doc[after_cue:phrase_end] if t.pos_ in {"NOUN", "PROPN", "PRON"}]
            objects = nouns[-1:] if nouns else []
        if not objects:
            continue
        opener = cue[0]
        line_start = next((t.i + 1 for t in reversed(doc[sentence.start:opener.i])
                           if "\n" in t.text), sentence.start)   # a label line above
        if opener.i > line_start and doc[opener.i - 1].text == ":":
            line_start = opener.i   # "Details: According to X, ...": a label, not content
        leading = [t for t in doc[line_start:opener.i] if not t.is_punct and not t.is_space]
        if leading and (_only_adverbial(doc, leading, opener)
                        or all(t.pos_ == "CCONJ" for t in leading)):
            leading = []   # "In addition, according to him, ...", "But according to X, ...":
            #                what follows is X's
        if leading and _opens_a_joined_clause(doc, opener) and phrase_end < len(doc) \
                and doc[phrase_end].text == ",":
            leading = []   # "..., but according to the ministry, the radars ...": X's is after
        around = _subject_around_phrase(doc, leading, opener, phrase_end, sentence)
        if around is not None:   # "The systems, according to X, are comparable to ...":
            head = _around_head(doc, phrase_end, around)   # the sentence round the phrase
            trimmed = trim_content(doc, phrase_end + 1, around, head, names)
            if trimmed is not None:
                start, end = leading[0].i, trimmed[1]
                found.append(Candidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text),
                                       QuoteKind.INDIRECT.value, cue=cue,
                                       speaker_token=objects[0]))
            continue
        if not leading and phrase_end < len(doc) and doc[phrase_end].text == ":":
            # "According to the ministry:" over bulleted lines, or the paragraph after it
            found += [Candidate(start, end, QuoteKind.INDIRECT.value, cue=cue,
                                speaker_token=objects[0])
                      for start, end in lines_after_colon(doc_text(doc), doc[phrase_end].idx)]
            continue
        if not leading:
            start, end = phrase_end + 1, sentence.end
            while start < end and (doc[start].text in "’'”\"" or doc[start].is_space):
                start += 1
            if any(_reports_before(t) for t in doc[start:end]):
                continue  # "According to X, ..., Y added": Y's report holds X's (R6, nested)
        else:  # the clause before "according to"; what follows it is mostly about X
            start, end = sentence.start, token.i
            if any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"
                   and not _relays_a_report(t) and not _reports_within(t, token)
                   and not _reported_of_nobody(t)
                   for t in doc[start:end]):
                continue  # "..., he said, according to state media": reported at second hand
        if start >= end:
            continue   # nothing after "according to X" in its sentence
        start, end = clip_to_line(doc, start, end, token)
        head = doc[start:end].root if end > start else token
        trimmed = trim_content(doc, start, end, head, names)
        if trimmed is None:
            continue
        if not leading and _account_goes_on(doc, trimmed[1]):
            # "According to X, Y, destroying ...": no speaker acts in the sentence, so an
            # event's participle after Y's comma is still X's account (not "signaling ...")
            trimmed = trim_content(doc, start, end, head, names, fronted=True) or trimmed
        start, end = trimmed
        if sum(t.is_alpha for t in doc[start:end]) < MIN_ACCORDING_WORDS:
            continue   # "That's according to ...": the content is elsewhere
        found.append(Candidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text),
                               QuoteKind.INDIRECT.value, cue=cue,
                               speaker_token=objects[0]))
        if leading:
            joined = _clause_joined_after(doc, phrase_end, sentence, token, names)
            if joined is not None:
                found.append(Candidate(joined[0], joined[1], QuoteKind.INDIRECT.value, cue=cue,
                                       speaker_token=objects[0]))
    return found


def _account_goes_on(doc: Doc, comma: int) -> bool:
    """Whether the content cut at comma goes on with a participle of an event, not of the
    author's comment on it ("signaling", "indicating") or of a further report."""
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    following = doc[comma + 1]
    lemma = following.lemma_.lower()
    return following.tag_ == "VBG" and lemma not in EVALUATIVE_VERBS and lemma not in SPEECH_VERBS


def _teller_of_what(doc: Doc, after_cue: int, phrase_end: int) -> list[Token]:
    """ "according to what a source told AFP": the one who told it, not the outlet told
    (the head noun between "what" and the verb of speech, however the parser hung them)."""
    if after_cue >= phrase_end or doc[after_cue].lower_ != "what":
        return []
    verb = next((t for t in doc[after_cue + 1:phrase_end] if t.pos_ == "VERB"
                 and t.lemma_.lower() in SPEECH_VERBS), None)
    if verb is None:
        return []
    return [t for t in doc[after_cue + 1:verb.i] if t.pos_ in {"NOUN", "PROPN", "PRON"}
            and not after_cue < t.head.i < verb.i][:1]


def _opens_a_joined_clause(doc: Doc, opener: Token) -> bool:
    """Whether "according to" follows a comma and a coordinating conjunction ("No date was
    given, but according to the ministry, ..."): it opens the second clause, the source's."""
    return opener.i >= 2 and doc[opener.i - 1].tag_ == "CC" and doc[opener.i - 2].text == ","


def _subject_around_phrase(doc: Doc, leading: list[Token], opener: Token, phrase_end: int,
                           sentence: Span) -> int | None:
    """ "The K239 systems, according to the minister, are comparable to ...": when the words
    before the phrase are only the subject of the verb after it (no verb of their own, the
    phrase set off by commas), the end of the sentence's line (token index), else None."""
    if not leading or opener.i == 0 or doc[opener.i - 1].text != "," \
            or phrase_end >= sentence.end or doc[phrase_end].text != "," \
            or any(t.pos_ in {"VERB", "AUX"} for t in leading):
        return None
    end = next((t.i for t in doc[phrase_end + 1: sentence.end] if "\n" in t.text), sentence.end)
    head = _around_head(doc, phrase_end, end)
    inside = {t.i for t in leading}
    if head is None or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in inside
                               for c in head.children):
        return None
    return end


def _around_head(doc: Doc, phrase_end: int, end: int) -> Token | None:
    """The verb of the clause after an interposed phrase: the first verb there whose head
    lies outside the stretch after the phrase."""
    for token in doc[phrase_end + 1: end]:
        if token.pos_ in {"VERB", "AUX"} and (token.head.i == token.i
                                              or not phrase_end < token.head.i < end):
            return token
    return None


def _clause_joined_after(doc: Doc, comma: int, sentence: Span, opener: Token,
                         names) -> tuple[int, int] | None:
    """ "Exports rose 12 percent in May, according to the bureau, and imports fell by a
    third": a clause with its own subject joined by "and" or "but"
    right after the attribution phrase is the source's too; its character span, or None."""
    if comma >= sentence.end - 2 or doc[comma].text != "," \
            or doc[comma + 1].lower_ not in {"and", "but"}:
        return None
    start, end = clip_to_line(doc, comma + 2, sentence.end, opener)
    if start >= end:
        return None
    head = doc[start:end].root
    if head.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i >= start for c in head.children):
        return None
    trimmed = trim_content(doc, start, end, head, names)
    if trimmed is None or sum(t.is_alpha for t in doc[trimmed[0]:trimmed[1]]) < MIN_ACCORDING_WORDS:
        return None
    return doc[trimmed[0]].idx, doc[trimmed[1] - 1].idx + len(doc[trimmed[1] - 1].text)


def _reports_before(verb: Token) -> bool:
    """Whether a speech verb is set in after its content clause ("..., Gusev added", "...,
    the minister said"): a report that holds everything before it in its sentence."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS \
        and not _relays_a_report(verb) \
        and any(c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i - 4 for c in verb.children)


def _reported_of_nobody(verb: Token) -> bool:
    """ "No injuries were reported, according to X": a passive speech verb with neither a
    "by" agent nor a content clause tells what was (not) recorded, X's content, not a
    report by someone else ("It was reported that ...", "was reported by Y" stay reports)."""
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children):
        return False
    return not any(c.dep_ in {"agent", "ccomp"} or c.dep_ == "nsubjpass" and c.lower_ == "it"
                   for c in children)


def _reports_within(verb: Token, opener: Token) -> bool:
    """Whether a speech verb before "according to X" has its content clause after it and
    before the phrase ("Police have said they have no plans to release the videos,
    according to the family's lawyers"): the whole report is what X says, while a report
    set in after its content ("..., he said, according to state media") is not."""
    return any(c.dep_ == "ccomp" and verb.i < c.i < opener.i for c in verb.children)


def _ends_clause(doc: Doc, i: int) -> bool:
    """Whether the comma at i closes the clause ("..., per X, and ...", "..., per X, who")."""
    return i + 1 < len(doc) and (doc[i + 1].dep_ in {"cc", "relcl"} or doc[i + 1].lower_ in {
        "which", "who", "and", "but", "while"})


def _only_adverbial(doc: Doc, leading: list[Token], opener: Token) -> bool:
    """ "In addition, according to him, ...", "However, according to X, ...": words before
    the attribution that only link or set the scene (an adverb or a prepositional phrase
    set off by a comma, with no verb), so the clause after it is the content."""
    if opener.i == 0 or doc[opener.i - 1].text != "," \
            or any(t.pos_ in {"VERB", "AUX"} for t in leading):
        return False
    inside = {t.i for t in leading}
    tops = [t for t in leading if t.head.i not in inside or t.head is t]
    return bool(tops) and all(t.dep_ in {"prep", "advmod", "npadvmod", "cc", "intj"}
                              and t.head.i > opener.i for t in tops)


def find_stated_after(doc: Doc, names) -> list[Candidate]:
    """ "The radars will move north. This was stated by X.": a passive report whose subject
    points back makes the sentence before it X's content; also "This is stated in a message
    from X"."""
    found = []
    for i in lower_positions(doc, POINTING_BACK):
        pointing, verb = doc[i], doc[i].head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS:
            continue
        sentence = verb.sent
        # only the passive: in "X confirmed this on Tuesday" the author's sentence before is
        # confirmed, not necessarily said, by X (the real-report gold leaves it unattributed)
        if pointing.dep_ != "nsubjpass" or pointing.i != sentence.start:
            continue
        source = passive_agent(verb) or _text_source(verb)
        if source is None and sentence.start > 0 and _holds_a_report(doc[sentence.start - 1].sent):
            # "They believe that ... This was stated at a briefing by X": whose belief it is
            source = _agent_of_setting(verb)
        if source is None or sentence.start == 0:
            continue
        source = _name_set_after(source) or source
        before = doc[sentence.start - 1].sent
        start, end = clip_to_line(doc, before.start, before.end, before.root)
        trimmed = trim_content(doc, start, end, before.root, names)
        if trimmed is None or any(t.text in OPENING_MARKS for t in doc[trimmed[0]:trimmed[1]]):
            continue   # a quotation keeps its own attribution
        start, end = trimmed
        found.append(Candidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text),
                               QuoteKind.INDIRECT.value, cue=[verb], speaker_token=source))
    return found


def _holds_a_report(sentence: Span) -> bool:
    """Whether a verb of speech or thought in the sentence has a content clause."""
    return any(t.lemma_.lower() in SPEECH_VERBS | COGNITION_VERBS
               and any(c.dep_ == "ccomp" for c in t.children) for t in sentence)


def _name_set_after(agent: Token) -> Token | None:
    """ "by the head of the defence forces, Martin Herem.": the name that closes the
    sentence after the agent's phrase, however the parser hung it."""
    doc, after = agent.doc, agent.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    name = entity_of(doc[after + 1])
    if name is None or name.label_ != "PERSON" or name.start != after + 1:
        return None
    rest = [t for t in doc[name.end: agent.sent.end] if not t.is_space]
    return name.root if all(t.is_punct for t in rest) else None


def _agent_of_setting(verb: Token) -> Token | None:
    """ "stated at a briefing by X": the parser hangs the agent on the occasion, not the verb."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ != "by"):
        for occasion in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            for by in (c for c in occasion.children if c.dep_ == "prep" and c.lower_ == "by"):
                agent = next((c for c in by.children if c.dep_ == "pobj"), None)
                if agent is not None:
                    return agent
    return None


def _text_source(verb: Token) -> Token | None:
    """ "stated in a message from the ministry", "said in the ministry's statement": who
    issued the text a passive report names, else the text itself."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for text in (c for c in prep.children if c.dep_ == "pobj"
                     and c.lemma_.lower() in TEXT_NOUNS):
            owners = [c for c in text.children if c.dep_ == "poss"] + [
                o for p in text.children if p.dep_ == "prep" and p.lower_ in {"from", "by", "of"}
                for o in p.children if o.dep_ == "pobj"]
            return owners[0] if owners else text
    return None


# Combining marks and parse

def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def merge(doc: Doc, quotations: list[QuotedStretch], clauses: list[Candidate]) -> list[Candidate]:
    """Direct quotes from the marks, indirect and mixed ones from the parse, without doubles.

    A content clause that is mostly one quotation gives that quotation its cue;
    one that holds a quoted fragment is mixed; one whose cue stands inside a
    quotation is the speaker's own reported speech, not the article's.
    """
    text = doc_text(doc)
    for clause in clauses:
        clause.end_char = close_open_mark(text, clause.start_char, clause.end_char)
        clause.end_char = _past_open_quotation(text, quotations, clause)
    quotes = [Candidate(s.start, s.end, QuoteKind.DIRECT.value, stretches=[s]) for s in quotations]
    clauses = [c for c in clauses if not any(
        s.outer_start <= c.cue_span[0] < s.outer_end or _straddles(c, s) for s in quotations)]
    clauses = _drop_nested(clauses)
    kept = []
    for clause in clauses:
        inside = [q for q in quotes if _overlap(q.start_char, q.end_char,
                                                 clause.start_char, clause.end_char)]
        if inside and _unquoted_words(doc_text(doc), clause, inside) < MIXED_MIN_UNQUOTED_WORDS:
            source = clause.speaker_token
            if source is not None and _in_any(source.idx, quotations):
                continue   # its subject is a quotation's word: the quotation finds its source
            for quote in inside:
                if quote.cue is None:
                    quote.cue, quote.speaker_token = clause.cue, clause.speaker_token
            continue
        if inside:
            clause.kind = QuoteKind.MIXED.value
            clause.stretches = [s for q in inside for s in q.stretches]
            for quote in inside:
                quote.kind = "absorbed"
        kept.append(clause)
    quotes = [q for q in quotes if q.kind != "absorbed"]
    return sorted(quotes + kept, key=lambda q: q.start_char)


def close_open_mark(text: str, start: int, end: int) -> int:
    """Extend a content span over the closing mark of a quotation it opens
    ("calling the reports “pure fantasy.”"), so no mark is left unpaired."""
    content = text[start:end]
    for opening, closing in (("“", "”"), ("‘", "’")):
        if content.count(opening) > content.count(closing):
            match = re.match(rf"[.,!?]?{closing}", text[end:end + 2])
            if match:
                return end + match.end()
    return end


def _straddles(clause: Candidate, stretch: QuotedStretch) -> bool:
    """Whether a content span opens inside a quotation and runs on past its closing mark
    (‘“He is right. There is a gap,” X, a surrogate, said’ read from "There is"): the parse
    joined the quotation's last sentence to the words after it, so the span is neither the
    quotation nor a paraphrase; the quotation keeps the report."""
    return stretch.start < clause.start_char < stretch.end < stretch.outer_end < clause.end_char


def _past_open_quotation(text: str, quotations: list[QuotedStretch], clause: Candidate) -> int:
    """Where a content span ends once it runs to the closing mark of a quotation it opens:
    the parse may end the clause at a comma inside the quotation ("there remains a
    "big difference," when it comes to ...", "he fought "for our rights, knowing ..."").
    The quotation must close on the clause's own line; a span that would only gain a
    dangling end stays as it is."""
    end = clause.end_char
    for stretch in quotations:
        if clause.start_char <= stretch.outer_start < end < stretch.outer_end \
                and stretch.closed and "\n" not in text[end:stretch.outer_end]:
            return stretch.outer_end
    return end


def _unquoted_words(text: str, clause: Candidate, inside: list[Candidate]) -> int:
    """How many words of a content clause stand outside its quotations."""
    kept = list(text[clause.start_char:clause.end_char])
    for quote in inside:
        for stretch in quote.stretches:
            for i in range(max(stretch.outer_start, clause.start_char),
                           min(stretch.outer_end, clause.end_char)):
                kept[i - clause.start_char] = " "
    return sum(any(c.isalnum() for c in word) for word in "".join(kept).split())


def _drop_nested(clauses: list[Candidate]) -> list[Candidate]:
    """Keep the outer attribution when one's cue lies inside another's content, unless
    the outer one is only an intention or finding and the inner one is speech."""
    def covers(outer: Candidate, inner: Candidate) -> bool:
        return outer is not inner and outer.start_char <= inner.cue_span[0] < outer.end_char \
            and not (inner.start_char <= outer.cue_span[0] < inner.end_char)

    def relays(outer: Candidate) -> bool:
        """ "X confirmed that ..., agency Y reported": Y only passes X's words on."""
        if outer.cue[0].lower_ in ATTRIBUTION_OPENERS:
            return False   # "Police said ..., according to the lawyers": the lawyers' account
        return outer.cue_span[0] >= outer.end_char and any(
            covers(outer, inner) and not inner.weak and isinstance(inner.cue, list)
            and inner.cue[0].lemma_.lower() in SPEECH_VERBS for inner in clauses)

    clauses = [c for c in clauses if not relays(c)]
    kept = []
    for clause in clauses:
        if any(covers(other, clause) and not (other.weak and not clause.weak) for other in clauses):
            continue
        if clause.weak and any(covers(clause, other) and not other.weak for other in clauses):
            continue
        kept.append(clause)
    return kept


# Quoted fragments: the words of whoever governs them

def attribute_fragments(doc: Doc, quotes: list[Candidate]) -> list[Candidate]:
    """Turn a quoted fragment into a mixed quote of the verb that governs it.

    "Officials blasted the media for being “dishonest”": the fragment is the
    officials' words, and the verb's object with the fragment is the paraphrase;
    what something is called "as" ("blasted the media as “dishonest”") is the
    quotation itself, a direct quote with the verb's cue and source. Only
    fragments (short or starting lower case) with no cue of their own are taken,
    and only when the verb's subject is a source.
    """
    text = doc_text(doc)
    out = []
    for quote in quotes:
        if quote.kind == QuoteKind.DIRECT.value and quote.cue is None and quote.stretches \
                and is_fragment(text[quote.start_char:quote.end_char]) and out \
                and _joined_to_the_last(text, out[-1], quote.stretches[0]):
            # 'that the talks "went well" and "will go on,"': one paraphrase, two fragments
            out[-1].end_char = quote.stretches[0].outer_end
            out[-1].stretches = out[-1].stretches + quote.stretches
            out[-1].kind = QuoteKind.MIXED.value   # an indirect one now holds quoted words
            continue
        if quote.kind == QuoteKind.DIRECT.value and quote.cue is None and quote.stretches \
                and is_fragment(text[quote.start_char:quote.end_char]):
            mixed = _governed_fragment(doc, quote)
            if mixed is not None and _named_as(doc, quote.stretches[0]):
                # "dismissed the reports as “fake news”", "referred to as a “good weapon”":
                # the name given is the quotation, with the verb's cue and source
                quote.cue, quote.speaker_token = mixed.cue, mixed.speaker_token
                out.append(quote)
                continue
            if mixed is not None:
                last = out[-1] if out else None
                if last is not None and last.kind == QuoteKind.MIXED.value \
                        and last.cue == mixed.cue and last.end_char > mixed.start_char:
                    last.end_char = mixed.end_char  # two fragments after one verb: one quote
                    last.stretches = last.stretches + mixed.stretches
                else:
                    out.append(mixed)
                continue
        out.append(quote)
    return out


def _joined_to_the_last(text: str, last: Candidate, stretch: QuotedStretch) -> bool:
    """Whether a quoted fragment follows a paraphrase that ends in a quoted fragment, with
    only "and" or "or" between the two."""
    if last.kind not in {QuoteKind.MIXED.value, QuoteKind.INDIRECT.value} \
            or last.end_char > stretch.outer_start:
        return False
    marks = "".join(CLOSING_MARKS)
    ends_quoted = text[:last.end_char].rstrip()[-1:] in marks or \
        text[last.end_char:stretch.outer_start].lstrip()[:1] in marks
    between = text[last.end_char:stretch.outer_start].strip(marks + " ")
    return ends_quoted and between in {"and", "or"}


def _named_as(doc: Doc, stretch: QuotedStretch) -> bool:
    """Whether a quoted fragment is what something is called "as" ("described the deal as
    the foundation for a “very large deal”" is not: the fragment is inside the phrase;
    "dismissed the reports as “fake news”", "referred to as a “good weapon”" are)."""
    opening = doc.char_span(stretch.outer_start, stretch.outer_end, alignment_mode="expand")
    if opening is None:
        return False
    i = opening.start - 1
    while i >= 0 and doc[i].lower_ in {"a", "an", "the"}:
        i -= 1
    return i >= 0 and doc[i].lower_ == "as"


def _agentless_name_of_its_noun(verb: Token) -> bool:
    """ "the mission, also known as the ‘blue helmets’", "a unit nicknamed “the Wall”": a
    participle with no "by" agent, hung on a noun, gives what the noun is called; the noun
    is the thing named, no one who speaks ("described by X as “...”" keeps X)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" \
        and not any(c.dep_ == "agent" for c in verb.children)


def _governed_fragment(doc: Doc, quote: Candidate) -> Candidate | None:
    stretch = quote.stretches[0]
    inside = _tokens_in(doc, stretch.start, stretch.end)
    if not inside:
        return None
    verb = inside[0]
    for _ in range(MAX_FRAGMENT_CLIMB):
        if verb.pos_ == "VERB" or verb.head is verb:
            break
        if verb.pos_ == "AUX" and _complements_a_noun(verb):
            return None   # "a review of X's claim that there have been “...”": the
            #               fragment is in what the noun names, no words of the clause above
        verb = verb.head
    if verb.pos_ != "VERB" or stretch.outer_start <= verb.idx < stretch.outer_end \
            or _names_for_the_author(verb) or _complements_a_noun(verb) \
            or _agentless_name_of_its_noun(verb):
        return None
    if _reads_as_a_title(doc_text(doc)[stretch.start:stretch.end]) \
            and verb.lemma_.lower() not in NAMING_VERBS | SPEECH_VERBS:
        return None   # "sat for an interview on X's show, ''Politicking''": a name, no words
    subject = find_subject(verb, quoted=[stretch])
    if subject is None or not is_source_like(subject) or subject.lower_ in {"it", "they"} \
            or _in_any(subject.idx, [stretch]):
        return None
    if _resumes_split_quotation(doc, verb, subject, stretch):
        return None   # '“...,” X said in a statement, “but ...”': the quotation goes on
    holders = [c for c in verb.rights if c.left_edge.i <= inside[0].i <= c.right_edge.i]
    objects = [c for c in verb.rights if c.dep_ not in {"punct", "prt", "advmod", "cc", "conj"}]
    if not holders or not objects:
        return None
    start = objects[0].left_edge
    if start.i <= verb.i or start.idx >= stretch.outer_start:
        start = doc[verb.i + 1]
    if start.idx >= stretch.outer_start:
        return None
    # the paraphrase ends with the quoted words: "the media as “dishonest”"
    return Candidate(start.idx, stretch.outer_end, QuoteKind.MIXED.value, cue=[verb],
                     speaker_token=subject, weak=True, stretches=quote.stretches)


def _resumes_split_quotation(doc: Doc, verb: Token, subject: Token,
                             stretch: QuotedStretch) -> bool:
    """Whether a quoted stretch goes on with a quotation its verb's attribution split
    ('“The harvest was poor,” Dunmore said on Monday, “but the co-op has cash.”'): the
    attribution opens right after a quotation closed with a comma, and between the verb and
    the stretch stand only the verb's own phrases (of time, place or medium) and a comma."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    first = min(subject.left_edge.i, verb.i)
    if first < 2 or doc[first - 1].text not in CLOSING_MARKS and doc[first - 1].text not in {
            '"', "''"}:
        return False
    closed = doc_text(doc)[:doc[first - 1].idx].rstrip()
    if not closed.endswith(","):
        return False
    between = [t for t in doc[verb.i + 1:] if t.idx < stretch.outer_start]
    return bool(between) and between[-1].text == "," and all(
        t.is_punct or t.pos_ not in {"VERB", "AUX"} and verb in t.ancestors for t in between)


def _reads_as_a_title(fragment: str) -> bool:
    """Whether a short quoted fragment is a title or nickname: every word capitalised or a
    number ("Politicking", "13th", "Lyin' Ted", "The 411")."""
    words = re.findall(r"[^\W_][\w’'-]*", fragment)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def _complements_a_noun(verb: Token) -> bool:
    """ "Beijing's charge that the other army has followed a “forward policy”": a clause
    that completes a noun is what the noun names, not anyone's words, and a quoted phrase
    in it is no quote of the clause's subject."""
    return verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


# Attributing direct quotes

def _speech_verb_near(tokens: list[Token]) -> Token | None:
    for token in tokens:
        if token.pos_ in {"VERB", "AUX"} and (token.lemma_.lower() in SPEECH_VERBS
                                              or token.lemma_.lower() in QUOTING_VERBS) \
                and not _modifies_a_noun(token):
            return token
    return None


def _modifies_a_noun(token: Token) -> bool:
    """ "the self-declared republic", "the announced package": a participle set before a
    noun as its adjective names a property of the noun; no one speaks through it."""
    return token.dep_ == "amod" and token.tag_ in {"VBN", "VBG"} and token.head.i > token.i


def _after(doc: Doc, stretch: QuotedStretch) -> list[Token]:
    """Tokens after a quotation, up to the next quotation or sentence end."""
    tokens = []
    span = doc.char_span(stretch.outer_end, len(doc_text(doc)), alignment_mode="expand")
    if span is None:
        return tokens
    nickname_end = -1
    for token in span:
        if token.i <= nickname_end:
            tokens.append(token)
            continue
        if token.text in OPENING_MARKS and tokens:
            nickname_end = _quoted_nickname_end(token)
            if nickname_end > token.i:   # 'Del. Marcia "Cia" Price shouted': part of the name
                tokens.append(token)
                continue
        if token.text in OPENING_MARKS or token.text in ".!?" or "\n" in token.text \
                or len(tokens) >= CUE_WINDOW:
            break
        if (token.is_punct or token.is_space) and not tokens:
            continue
        tokens.append(token)
    return tokens


def _quoted_nickname_end(mark: Token) -> int:
    """The index of the mark closing a nickname set in a name ('Marcia "Cia" Price'): one or
    two capitalised words between marks, a capitalised word on each side; else -1."""
    doc = mark.doc
    for k in (2, 3):
        close = mark.i + k
        if close + 1 < len(doc) and doc[close].text in CLOSING_MARKS \
                and all(t.is_alpha and t.text[:1].isupper() for t in doc[mark.i + 1:close]) \
                and mark.i > 0 and doc[mark.i - 1].text[:1].isupper() \
                and doc[close + 1].text[:1].isupper() and doc[close + 1].is_alpha:
            return close
    return -1


def _before(doc: Doc, stretch: QuotedStretch) -> list[Token]:
    """Tokens of the clause that introduces a quotation with a colon or comma."""
    opening = doc.char_span(stretch.outer_start, stretch.outer_end, alignment_mode="expand")
    if opening is None:
        return []
    i = opening.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text not in {":", ","} and not (
            doc[i].text == ";" and i > 0 and (doc[i - 1].lower_ == "that"
                                              or doc[i - 1].pos_ == "VERB")):
        return []   # "... said; “...”", "... to state that; “...”": a semicolon for the colon
    clause = []
    window = list(reversed(doc[max(0, i - BEFORE_WINDOW):i]))
    k = 0
    while k < len(window):
        token = window[k]
        if token.text in "’”\"" and not token.is_space:
            # a short quoted name inside the clause ("questions about the “Marine Spatial
            # Planning” announced by Greece:") is part of it; any other mark ends it
            opener = next((j for j in range(k + 1, min(k + 8, len(window)))
                           if window[j].text in "‘“\"" or window[j].text in ".!?\n"
                           or window[j].is_space), None)
            if opener is None or window[opener].text not in "‘“\"" or window[opener].is_space:
                break
            for inner in window[k:opener + 1]:
                clause.insert(0, inner)
            k = opener + 1
            continue
        if token.text in ".!?\n" or token.is_space:
            break
        clause.insert(0, token)
        k += 1
    return clause


def _text_giving_verb(clause: list[Token]) -> Token | None:
    """The verb of a clause that gives a text before a colon: "X made the following
    comment:", "X gave this statement:"."""
    for token in clause:
        if token.dep_ == "dobj" and (token.lemma_.lower() in TEXT_NOUNS
                                     or token.lemma_.lower() in GIVEN_ACCOUNT_NOUNS) \
                and token.head.pos_ in {"VERB", "AUX"} and token.head.lemma_.lower() in GIVING_VERBS:
            return token.head
        if token.lemma_.lower() == "put" and token.pos_ == "VERB" and any(   # "as X put it,"
                child.lower_ == "it" and child.dep_ == "dobj" for child in token.children):
            return token
    return None


def _text_speaker(noun: Token) -> Token | None:
    """The source of a text noun: its possessor, or whoever the text says published it
    ("captured and shared by the channel ‘X’ ... The caption reads: ‘...’")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    doc = noun.doc
    quoted = None
    for token in reversed(doc[max(0, noun.sent.start - PUBLISHER_WINDOW):noun.i]):
        if token.lemma_.lower() not in PUBLISH_VERBS or token.pos_ != "VERB":
            continue
        if quoted is None:
            quoted = find_quoted_stretches(doc_text(doc))
        if _in_any(token.idx, quoted):   # "“... The ship issued a distress call.” The
            continue                     # statement continued": words the statement quotes
        agent = passive_agent(token) or next(
            (passive_agent(c) for c in token.children if c.dep_ == "conj" and passive_agent(c)), None)
        if agent is None and token.tag_ != "VBN":
            agent = find_subject(token)
        if agent is not None:
            return agent
    return None


def attribute_direct_quotes(doc: Doc, quotes: list[Candidate]) -> None:
    """Give each unattributed direct quote the cue beside it, or the speaker of the
    quotation before it (direct or inside a mixed clause) when only that one's
    attribution stands between them."""
    previous = last = None
    quoted = [s for q in quotes for s in q.stretches]
    for quote in quotes:
        if quote.stretches and quote.cue is None and last is not None \
                and _after_quote_label(doc, quote.stretches[0]):
            quote.continues = last   # "Quote: “...”" goes on with the source just reported
        if quote.stretches and quote.cue is None and last is not None \
                and not last.stretches and _closes_with_its_report(doc, last, quote):
            quote.continues = last   # "..., Schiff said. “The other factor ...”"
        last = quote
        if not quote.stretches:  # indirect speech neither carries nor breaks a quotation
            if quote.label is not None:   # a transcript line goes on in the paragraphs below
                previous = quote
            continue
        if quote.kind != QuoteKind.DIRECT.value:
            previous = quote
            continue
        stretch = quote.stretches[0]
        if quote.cue is None:
            _attach_adjacent_cue(doc, quote, stretch, quoted)
        if quote.cue is None:
            _attach_response_before(doc, quote, stretch)
        if quote.cue is None and (previous is None or previous.end_char < _paragraph_start(
                doc, stretch)):
            _attach_profiled_person(doc, quote, stretch)
        if quote.cue is None and previous is not None \
                and not doc_text(doc)[quote.start_char:quote.start_char + 1].islower():
            # a mixed quote's own words after its quotation are no clause of another's
            gap_start = max(previous.stretches[-1].outer_end, previous.end_char) \
                if previous.stretches else previous.end_char
            gap = doc_text(doc)[gap_start:stretch.outer_start]
            if len(gap) <= MAX_CONTINUATION_GAP and not _gap_has_other_clause(
                    doc, gap_start, stretch.outer_start, previous):
                quote.continues = previous
        if quote.cue is None and quote.continues is None \
                and is_fragment(doc_text(doc)[quote.start_char:quote.end_char]):
            continue   # a phrase the author quotes ("to “cross-sell”") breaks no quotation
        if quote.cue is None and quote.continues is None and quote.speaker_token is None:
            quote.speaker_token = _named_subject_just_before(doc, stretch, quoted)
        previous = quote


def _named_subject_just_before(doc: Doc, stretch: QuotedStretch, quoted) -> Token | None:
    """The person a quotation with no attribution goes on from: the named subject of the
    sentence it follows in the same paragraph ("Sen. X, who lost the primary, named the
    voters' fatigue as one reason. “...”"), when that sentence quotes no one; else None."""
    text = doc_text(doc)
    before = text[:stretch.outer_start]
    written = before.rstrip(" \t\u00a0")
    if not written.endswith((".", "!", "?")) or "\n" in before[len(written):]:
        return None
    last = doc.char_span(len(written) - 1, len(written), alignment_mode="expand")
    if last is None:
        return None
    sentence = last[0].sent
    if any(_in_any(t.idx, quoted) for t in sentence):
        return None
    root = sentence.root
    subjects = [root] if root.pos_ == "PROPN" and any(   # the parser hung the verb on the
        c.dep_ == "acl" and c.pos_ == "VERB" for c in root.children) \
        else [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]   # name
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or subjects[0].ent_type_ != "PERSON":
        return None
    return subjects[0]


def _attach_response_before(doc: Doc, quote: Candidate, stretch: QuotedStretch) -> None:
    """A quotation that fills a paragraph of its own, with no attribution, right after a
    paragraph that ends with a source's reply ("In response to allegations that ..., the
    Ministry dismissed the claims."): the reply's words, the source's."""
    text = doc_text(doc)
    line_start, line_end = _line_around(text, stretch)
    if text[line_start:stretch.outer_start].strip() or text[stretch.outer_end:line_end].strip() \
            or line_start == 0:
        return
    before = text[:line_start].rstrip()
    if not before.endswith((".", ":")):
        return
    last = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if last is None:
        return
    verb = last[0].sent.root
    if verb.pos_ != "VERB" or not (verb.lemma_.lower() in RESPONSE_VERBS or _issues_a_text(verb)
                                   or _limits_own_words(verb)):
        return   # after "X said." a paragraph's quotation is not carried (a closed report)
    subject = find_subject(verb)
    if subject is not None and is_source_like(subject):
        quote.cue, quote.speaker_token = [verb], subject


MAX_HEADING_WORDS = 14   # a line with no closing stop, this short, reads as a heading


def _paragraph_start(doc: Doc, stretch: QuotedStretch) -> int:
    """Where the paragraph (line) that holds a quotation starts."""
    return doc_text(doc).rfind("\n", 0, stretch.outer_start) + 1


def _attach_profiled_person(doc: Doc, quote: Candidate, stretch: QuotedStretch) -> None:
    """A quotation that fills a paragraph of its own, with no attribution, after a
    paragraph that profiles one person ("Jane Roe is a senior fellow at the institute ..."),
    with at most a heading line between and no quotation in that paragraph: the profiled
    person's words, as in a think tank's list of its experts' comments."""
    text = doc_text(doc)
    line_start, _ = _line_around(text, stretch)
    if not _fills_its_paragraph(doc, stretch) or line_start == 0:
        return
    lines, end = [], line_start - 1
    while end > 0 and len(lines) < 2:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            lines.append((start, end, line.strip()))
        end = start - 1
    if not lines:
        return
    start, end, line = lines[0]
    if not line.endswith((".", "!", "?")) and len(line.split()) <= MAX_HEADING_WORDS \
            and len(lines) > 1:
        start, end, line = lines[1]   # "Ceasefire Statement is a Step Ahead"
    if any(mark in line for mark in "“”\"") or not line.endswith("."):
        return
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return
    for sentence in span.sents:   # past a label ("EXPERT:") the parser set apart
        root = sentence.root
        if not start <= root.idx < end:
            continue   # a sentence the parser ran across the line's edge
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"
                    and c.pos_ == "PROPN"]
        if root.lemma_ == "be" and len(subjects) == 1 and any(
                c.dep_ == "attr" and c.pos_ == "NOUN" for c in root.children):
            quote.cue, quote.speaker_token = [root], subjects[0]
            return
        if root.pos_ in {"VERB", "AUX"}:
            return   # the paragraph opens on another statement: no profile


def _limits_own_words(verb: Token) -> bool:
    """ "Calder kept her comments on the banks to future cases.": a named person doing
    something with her own comments or remarks; the paragraph of quotation below gives them."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN" \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in {"comment", "remark", "word"}
                and not any(d.dep_ == "poss" and d.lower_ not in {"her", "his", "their"}
                            for d in c.children)
                for c in verb.children)


def _issues_a_text(verb: Token) -> bool:
    """ "The governor issued a statement expressing his condolences.": a verb that gives out
    a text ("issued", "released", "made") with a statement as its object; the paragraph of
    quotation below it is that text."""
    return verb.lemma_.lower() in GIVING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TEXT_NOUNS for c in verb.children) \
        or _speaks_of_a_topic(verb)


def _speaks_of_a_topic(verb: Token) -> bool:
    """ "She wrote of the bravery of the officers.", "He spoke about the attack.": a speech
    verb that names only its topic, no words; the paragraph of quotation below gives them."""
    return verb.lemma_.lower() in REPORTING_VERBS | {"speak", "talk"} and any(
        c.dep_ == "prep" and c.lower_ in {"of", "about"} for c in verb.children) and not any(
        c.dep_ in {"ccomp", "dobj", "xcomp", "advcl"} for c in verb.children)


def _closes_with_its_report(doc: Doc, report: Candidate, quote: Candidate) -> bool:
    """Whether an indirect report, attributed before or after its content ("Schiff said the
    army may wait." or "The army may wait, Schiff said."), ends the sentence right before
    a quotation in the same paragraph: that quotation goes on with the same speaker."""
    if report.cue is None or report.speaker_token is None or not quote.stretches:
        return False
    cue = report.cue_span
    speaker = report.speaker_token
    if cue[0] < report.start_char and speaker.idx < report.start_char:
        end = report.end_char   # "Schiff said the army may wait. “...”"
    elif cue[0] >= report.end_char and speaker.idx >= report.end_char:
        end = max(cue[1], speaker.idx + len(speaker.text))   # "..., Schiff said. “...”"
    else:
        return False
    gap = doc_text(doc)[end:quote.stretches[0].outer_start]
    stop = gap.find(".")   # at most a few words of time or place before the full stop
    return ("\n" not in gap or _fills_its_paragraph(doc, quote.stretches[0])) and stop >= 0 \
        and "\n" not in gap[:stop] and len(gap[:stop].split()) <= MAX_TRAILING_WORDS \
        and not gap[stop + 1:].strip()


def _fills_its_paragraph(doc: Doc, stretch: QuotedStretch) -> bool:
    """Whether a quotation is a paragraph of its own: nothing before its opening mark or
    after its closing one on its line (the paragraph after "..., he said." goes on with
    him)."""
    text = doc_text(doc)
    line_start, line_end = _line_around(text, stretch)
    return not text[line_start:stretch.outer_start].strip() \
        and not text[stretch.outer_end:line_end].strip(" .")


def _line_around(text: str, stretch: QuotedStretch) -> tuple[int, int]:
    """Where the line that holds a quotation starts and ends."""
    line_start = text.rfind("\n", 0, stretch.outer_start) + 1
    line_end = text.find("\n", stretch.outer_end)
    return line_start, len(text) if line_end < 0 else line_end


def _after_quote_label(doc: Doc, stretch: QuotedStretch) -> bool:
    """Whether a quotation opens its line after a label such as "Quote:"."""
    text = doc_text(doc)
    label = text[text.rfind("\n", 0, stretch.outer_start) + 1:stretch.outer_start].strip()
    return label.endswith(":") and label[:-1].strip().lower() in QUOTE_LABELS


def _gap_has_other_clause(doc: Doc, start: int, end: int, previous: Candidate) -> bool:
    """Whether the text between two quotations says more than the first one's attribution."""
    tokens = _tokens_in(doc, start, end) if end > start else []
    allowed = set()
    if isinstance(previous.cue, list) and previous.cue[0].pos_ in {"VERB", "AUX"}:
        allowed |= {t.i for t in previous.cue[0].subtree}
    if previous.speaker_token is not None:
        allowed |= {t.i for t in previous.speaker_token.subtree}
    if isinstance(previous.cue, list) and tokens:
        # '“...,” Tulsa police Chief X said Monday. “...”': the source's words before its
        # verb, however the parser joined them
        leading = [t for t in tokens if t.i < previous.cue[0].i and not t.is_punct]
        if _is_name_phrase(leading):
            allowed |= {t.i for t in leading}
    rest = [t for t in tokens if not (t.is_punct or t.is_space or t.i in allowed
                                      or t.text in OPENING_MARKS)]
    return bool(rest) and not _aside_on_the_speaker(doc, rest, previous)


def _aside_on_the_speaker(doc: Doc, rest: list[Token], previous: Candidate) -> bool:
    """ '“...,” Obama said. He didn't suggest retaliation. “...”': one short sentence of the
    same paragraph between two quotations, whose subject is "he" or "she" and which names no
    one, is the author's remark on the speaker, who goes on."""
    if previous.speaker_token is None or previous.speaker_token.lower_ in {"it", "they", "we"}:
        return False
    sentences = {t.sent.start for t in rest}
    if len(sentences) != 1 or len(rest) > MAX_ASIDE_TOKENS:
        return False
    root = rest[0].sent.root
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return len(subjects) == 1 and subjects[0].lower_ in {"he", "she"} \
        and subjects[0].dep_ == "nsubj" and root.i in {t.i for t in rest} and not any(
            t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or "\n" in t.text_with_ws
            or t.pos_ in {"NOUN", "PROPN"} and is_source_like(t) for t in rest)


def _only_attribution(tokens: list[Token], verb: Token) -> bool:
    """Whether everything before verb belongs to its own clause (its subject and modifiers)."""
    inside = {t.i for t in verb.subtree}
    return all(t.i in inside or t.is_punct for t in tokens if t.i < verb.i)


def _is_name_phrase(tokens: list[Token]) -> bool:
    """Whether tokens read as a noun phrase ("Tulsa police Chief Chuck Jordan"), whatever
    tags the parser gave them."""
    return bool(tokens) and all(
        t.text[:1].isupper() or t.is_punct or t.pos_ in {"NOUN", "PROPN", "ADJ", "DET", "NUM"}
        or t.lower_ in NAME_CONNECTORS for t in tokens) and any(
        t.pos_ in {"PROPN", "NOUN"} for t in tokens)


# conjunctions the parser may read as prepositions, taking the clause's subject as their object
CLAUSE_OPENING_PREPOSITIONS = frozenset(lexicon().grammar["clause_opening_prepositions"])


def _object_of_a_conjunction_read_as_preposition(verb: Token) -> Token | None:
    """The subject of an adverbial clause that the parser took for a preposition's object:
    in "The strike came after Paris this month said it had approved ...", "after Paris" is no phrase but the clause's opening, and Paris says; the noun must
    stand right before the verb (or before a time phrase of it), and the verb have no subject
    of its own."""
    if verb.dep_ != "advcl" or verb.tag_ not in {"VBD", "VBZ", "VBP"} \
            or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
        return None
    skipped = {t.i for c in verb.children if c.i < verb.i and c.dep_ in {"npadvmod", "advmod"}
               for t in c.subtree}
    k = verb.i - 1
    while k >= 0 and k in skipped:
        k -= 1
    if k < 0:
        return None
    noun = verb.doc[k]
    preposition = noun.head
    if noun.dep_ != "pobj" or noun.pos_ not in {"PROPN", "NOUN"} \
            or preposition.lower_ not in CLAUSE_OPENING_PREPOSITIONS \
            or preposition.head.i != verb.head.i:
        return None
    return noun


def _named_before_apposition(tokens: list[Token]) -> Token | None:
    """The name that an apposition describes, in a source set before its verb ("Flynn, a
    top campaign surrogate, said"): the words before the first comma, outside brackets,
    when they hold a proper name and a lower-case phrase follows the comma."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if not comma or comma + 1 >= len(tokens) or not tokens[comma + 1].is_lower:
        return None
    depth, named = 0, []
    for token in tokens[:comma]:
        depth += (token.text == "(") - (token.text == ")")
        if depth == 0 and token.text != ")":
            named.append(token)
    if not any(t.pos_ == "PROPN" for t in named):
        return None
    place = next((k for k, t in enumerate(named) if t.lower_ in {"of", "from"}
                  and any(p.ent_type_ == "PERSON" for p in named[:k])), None)
    if place is not None:   # "Representative Alan Moore of Vermont, a member of ...": the
        named = named[:place]   # person, not the place that follows the name
    return _nominal_head(named[::-1])


def _nominal_head(tokens: list[Token]) -> Token | None:
    """The first noun met in tokens, moved to the head of its compound name."""
    for token in tokens:
        if token.pos_ in {"PROPN", "NOUN", "PRON"}:
            while token.dep_ == "compound" and token.head.i > token.i:
                token = token.head
            return token
    return None


def _ends_sentence(doc: Doc, stretch: QuotedStretch, after: list[Token]) -> bool:
    """A quotation closed by a full stop, followed by a capitalised word, ends its sentence."""
    last = doc_text(doc)[stretch.start:stretch.end].rstrip()[-1:]
    return last == "." and bool(after) and after[0].text[:1].isupper() and after[0].pos_ != "PROPN"


def _dash_attribution(doc: Doc, stretch: QuotedStretch) -> tuple[Token, Token] | None:
    """(dash, name) for a quotation signed after a dash: “...” ― Jane Doe."""
    text = doc_text(doc)
    i = stretch.outer_end
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    if i >= len(text) or text[i] not in DASHES:
        return None
    dash = doc.char_span(i, i + 1, alignment_mode="expand")  # may share a token: ”―
    line_end = text.find("\n", i)
    tokens = [t for t in _tokens_in(doc, i + 1, len(text) if line_end < 0 else line_end)
              if not t.is_space]
    run = []
    for token in tokens[:MAX_SIGNATURE_TOKENS + 1]:
        if not (token.text[:1].isupper() or token.lower_ in NAME_CONNECTORS):
            break
        run.append(token)
    names = [t for t in run if t.pos_ == "PROPN" or t.ent_type_]
    if dash is None or not names or len(run) > MAX_SIGNATURE_TOKENS:
        return None
    return dash[0], names[-1]


def _attach_adjacent_cue(doc: Doc, quote: Candidate, stretch: QuotedStretch,
                         quoted=()) -> None:
    """Give a direct quote the speech verb beside it and its subject. quoted: every
    quotation of the document; a subject inside another quotation ("treating it as a
    compliment -- ''That shows I was right'' -- and adding, ''...''") is its words, not
    this quotation's source."""
    signature = _dash_attribution(doc, stretch)
    if signature is not None:
        quote.cue, quote.speaker_token = [signature[0]], signature[1]
        return
    after = _after(doc, stretch)
    if _ends_sentence(doc, stretch, after):
        after = []
    verb = _speech_verb_near(after) or _manner_of_saying_after(doc, stretch, after)
    leading = [t for t in after if verb is not None and t.i < verb.i]
    if verb is not None and (verb.lemma_.lower() in EVALUATIVE_VERBS or not (
            _only_attribution(after, verb) or _is_name_phrase(leading))):
        verb = None
    if verb is not None:
        subject = find_subject(verb, quoted=[stretch])
        # "“...,” the agency quoted the general as saying": the one quoted, after the verb
        quoted_one = _quoted_person(verb)
        quoted_after = subject is not None and quoted_one is not None and subject.i == quoted_one.i
        if subject is None or _in_any(subject.idx, [stretch]) or (
                leading and subject.i not in {t.i for t in leading} and not quoted_after):
            subject = _named_before_apposition(leading) or _nominal_head(leading[::-1]) \
                or _nominal_head([t for t in after if t.i > verb.i])
        if subject is not None:
            quote.cue, quote.speaker_token = [verb], subject
            return
    aside = _aside_after_name(doc, stretch)
    if aside is not None:
        quote.cue, quote.speaker_token = [aside[0]], aside[1]
        return
    verb = _speech_verb_right_before(doc, stretch)
    if verb is not None:   # 'protesters chanted “What curfew?”': the verb's object
        subject = find_subject(verb, quoted=quoted)
        if subject is not None and not _in_any(subject.idx, quoted) \
                and subject.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            quote.cue, quote.speaker_token = [verb], subject
            return
    before = _before(doc, stretch)
    if not before:
        return
    # not a participle inside a noun phrase ("the planning announced by Greece:")
    verb = _speech_verb_near([t for t in reversed(before) if t.dep_ not in {"acl", "relcl"}]) \
        or _text_giving_verb(before)
    if verb is not None:
        subject = find_subject(verb)
        if subject is not None and _in_any(subject.idx, quoted):
            subject = _subject_before_quoted_aside(verb, quoted)
        if subject is None and verb.i == before[0].i and verb.text[:1].isupper():
            subject = _nominal_head([t for t in before if t.i > verb.i])   # "Said Petrov:"
        if subject is not None and subject.lemma_.lower() in TEXT_NOUNS:
            source = _text_speaker(subject)
            if source is not None:
                quote.cue, quote.speaker_token = [verb], source
                return
        if subject is not None:
            quote.cue, quote.speaker_token = [verb], subject
            return
    root = before[-1].sent.root
    if root.i < before[0].i and root.pos_ == "VERB" and (
            _issues_a_text(root) or root.lemma_.lower() in REPORTING_VERBS):
        # "Rep. X (CA-17) released the following statement on his appointment as ... of
        # the ... Committee on ...:": a sentence longer than the window, whose verb is its own
        subject = find_subject(root)
        if subject is not None and not _in_any(subject.idx, quoted) and is_source_like(subject):
            quote.cue, quote.speaker_token = [root], subject
            return
    for token in before:
        if token.lemma_.lower() in TEXT_NOUNS and token.pos_ == "NOUN":
            source = _text_speaker(token)
            if source is not None:
                quote.cue, quote.speaker_token = [token], source
                return
    label = _name_label(doc, before)
    if label is not None:
        quote.cue, quote.speaker_token = [doc[before[-1].i + 1]], label
        return
    person = _person_before_colon(doc, before)
    if person is not None:
        quote.cue, quote.speaker_token = [doc[before[-1].i + 1]], person


# what a speaker may give before a colon that opens their words: "gave the figures:"
COLON_OBJECT_NOUNS = TEXT_NOUNS | GIVEN_ACCOUNT_NOUNS | INFORMATION_NOUNS


def _person_before_colon(doc: Doc, before: list[Token]) -> Token | None:
    """The person a sentence is about when it ends in a colon that opens a quotation with no
    verb of saying ("The minister was blunt:", "X gave the figures in parliament:"): the
    named person, personal pronoun or office holder named with an apposed name that is the
    subject of the clause's main verb; else None ("The message was clear:")."""
    if doc[before[-1].i + 1].text != ":":
        return None
    inside = range(before[0].i, before[-1].i + 1)
    # the clause's own top verb: the parser may hang it on the quotation's
    tops = [t for t in before if (t.head.i not in inside or t.head.i == t.i)
            and t.pos_ in {"VERB", "AUX"}]
    if len(tops) != 1:
        return None
    objects = [c for c in tops[0].children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() not in COLON_OBJECT_NOUNS for o in objects):
        return None   # "X made the following changes:": what follows is no one's words
    subjects = [c for c in tops[0].children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.ent_type_ == "PERSON" or subject.lower_ in PERSONAL_SUBJECTS:
        return subject
    named = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children)
    return subject if named and subject.lemma_.lower() in ROLE_NOUNS else None


def _subject_before_quoted_aside(verb: Token, quoted) -> Token | None:
    """The subject of the clause that opens a sentence the parser hung on a quotation set
    in it as an aside ("X did little to end it, treating the question as a joke --
    ''That shows I am careful'' -- and insisting, ''...''": X insists, not "That"): the
    nearest verb before that quotation among the quoted verb's dependents has it."""
    above = next((a for a in verb.ancestors if _in_any(a.idx, quoted)), None)
    if above is None:
        return None
    stretch = next(s for s in quoted if s.outer_start <= above.idx < s.outer_end)
    opening = [c for c in above.children if c.i < verb.i and c.idx < stretch.outer_start
               and c.pos_ in {"VERB", "AUX"} and c.dep_ in {"ccomp", "advcl", "conj", "parataxis"}]
    if not opening:
        return None
    subject = find_subject(opening[-1], quoted=quoted)
    if subject is None or _in_any(subject.idx, quoted) or not is_source_like(subject):
        return None
    return subject


def _speech_verb_right_before(doc: Doc, stretch: QuotedStretch) -> Token | None:
    """The speech verb a quotation follows with no mark between ('chanted “What
    curfew?”', 'shouted “We want justice”'): the quotation is what it says."""
    opening = doc.char_span(stretch.outer_start, stretch.outer_end, alignment_mode="expand")
    if opening is None or opening.start == 0:
        return None
    verb = doc[opening.start - 1]
    words = doc_text(doc)[stretch.start:stretch.end].rstrip(" ,")
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in QUOTING_VERBS | REPORTING_VERBS \
            or verb.tag_ not in {"VBD", "VBZ", "VBP", "VBG"} or not words[:1].isupper() \
            or not (words[-1:] in {".", "?", "!"} or len(words.split()) >= MIN_UNATTRIBUTED_WORDS):
        return None   # 'said “no” to the plan': a word it takes up, not its words
    return verb


def _manner_of_saying_after(doc: Doc, stretch: QuotedStretch, after: list[Token]) -> Token | None:
    """ '“Why is this not proof?” Vitter demanded.': a quotation closed by a question mark,
    an exclamation mark or a comma inside its marks, then only a name or pronoun and a verb
    with no object or clause of its own, ending the sentence: whatever the verb, it says
    how the quotation was spoken."""
    words = doc_text(doc)[stretch.start:stretch.end].rstrip()
    if words[-1:] not in {"?", "!", ","} or not 2 <= len(after) <= 5:
        return None
    inverted = _inverted_manner_verb(doc, after)
    if inverted is not None:
        return inverted
    verb = after[-1] if after[-1].pos_ == "VERB" else after[-2] if after[-1].pos_ == "ADV" \
        else None
    end = verb.i + 1 + (after[-1].pos_ == "ADV") if verb is not None else None
    if verb is None or verb.tag_ not in {"VBD", "VBZ"} or end >= len(doc) \
            or doc[end].text not in {".", "!"} or any(
            c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp", "prep", "agent", "dative"}
            for c in verb.children):
        return None
    leading = [t for t in after if t.i < verb.i]
    return verb if _is_name_phrase(leading) or [t.lower_ for t in leading] in (
        ["he"], ["she"], ["they"]) else None


def _inverted_manner_verb(doc: Doc, after: list[Token]) -> Token | None:
    """ '“We are ready,” praised Gillen.': the same with the verb before the name, as
    quotations invert them; a past verb, then only a name phrase ending the sentence."""
    verb, name = after[0], after[1:]
    end = after[-1].i + 1
    if verb.pos_ != "VERB" or verb.tag_ != "VBD" or end >= len(doc) \
            or doc[end].text not in {".", "!"} or not _is_name_phrase(name) \
            or not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) \
            or any(t.pos_ in {"VERB", "AUX"} for t in name) or any(
            c.dep_ in {"ccomp", "xcomp", "attr", "acomp", "prep", "agent", "dative"}
            for c in verb.children if c.i > verb.i):   # the quotation itself hangs before it
        return None
    return verb


def _aside_after_name(doc: Doc, stretch: QuotedStretch) -> tuple[Token, Token] | None:
    """(dash, name) for a quotation set off by dashes right after a person's name, with no
    verb: "Republicans have said so, including Mitt Romney -- “It is disqualifying” --":
    the words of the person they follow."""
    text = doc_text(doc)
    if not text[stretch.start:stretch.start + 1].isupper():
        return None   # "X -- “a fine woman” --": the author's words about X
    before = text[:stretch.outer_start].rstrip(" \t\u00a0")
    dash = next((d for d in ASIDE_DASHES if before.endswith(d)), None)
    if dash is None:
        return None
    after = text[stretch.outer_end:].lstrip(" \t\u00a0")
    if not after.startswith(ASIDE_DASHES + (".", ";", "\n")) and after:
        return None   # the aside closes with a dash or ends the sentence
    mark = doc.char_span(len(before) - len(dash), len(before), alignment_mode="expand")
    if mark is None or mark.start == 0:
        return None
    name = doc[mark.start - 1]
    if name.ent_type_ != "PERSON" or name.ent_iob_ == "B" and name.i + 1 < len(doc) \
            and doc[name.i + 1].ent_iob_ == "I":
        return None
    return mark[0], name


def _without_bracket_tags(tokens: list[Token]) -> list[Token]:
    """tokens without the short bracketed tags that follow a capitalised word ("Senator Jane
    Roe (R-Town)", "Rep. X (CA-17)"): a party, a district, a place, not part of the name."""
    kept, skip_to = [], -1
    for k, token in enumerate(tokens):
        if token.i <= skip_to:
            continue
        if token.text == "(" and kept and kept[-1].text[:1].isupper():
            close = next((j for j in range(k + 1, min(len(tokens), k + 8))
                          if tokens[j].text == ")"), None)
            if close is not None:
                skip_to = tokens[close].i
                continue
        kept.append(token)
    return kept or tokens


def _name_label(doc: Doc, before: list[Token]) -> Token | None:
    """ "Regional governor Ivan Petrenko: “...”": a name (with its role) labelling the
    quotation with a colon, no verb between; common in channel posts and live blogs."""
    colon = before[-1].i + 1 if before else None
    if colon is None or colon >= len(doc) or doc[colon].text != ":":
        return None
    if any(token.pos_ in {"VERB", "AUX"} for token in before):
        return None
    before = _without_bracket_tags(before)   # "Senator X (R-Town):": X's words
    ons = [t for t in before if t.i > before[0].i and (t.lower_ == "on" or t.lower_ == "with"
                                                         and t.ent_type_ != "PERSON")]
    if ons:   # "Sandu on the radars: “...”": the name before the topic labels the speaker
        named = [t for t in before if t.i < ons[0].i]   # "Chief X with the Y Police:": X
        if _is_name_phrase(named) and named[-1].text[:1].isupper() and (
                ons[0].lower_ == "on" or named[-1].ent_type_ == "PERSON"):
            return named[-1]
    last = before[-1]
    # "SOUNDBITE (Ukrainian) Oleksandr Ivanov, military spokesman:": the person before the role
    # a shot list's capitals ("SOUNDBITE") are no person, whatever the tagger says
    people = [t for t in before if t.ent_type_ == "PERSON" and not t.is_upper]
    if people and last.lower_ in TITLE_WORDS:   # "Ivo Berg, Colonel:"
        return people[-1]
    if last.lower_ in TITLE_WORDS:   # the name before the role, however tagged
        commas = [t for t in before if t.text == ","]
        named = doc[commas[0].i - 1] if commas else None
        if named is not None and named.pos_ == "PROPN" and not named.is_upper \
                and named.text[:1].isupper() and named.ent_type_ not in {"GPE", "NORP"}:
            return named
    if last.ent_type_ in {"PERSON", "ORG"} or last.pos_ == "PROPN":
        return last
    return people[-1] if people else None


# Transcripts: "NAME: words" lines

def add_transcript_lines(doc: Doc, quotes: list[Candidate]) -> list[Candidate]:
    """Lines of a transcript ("SMITH: We will ...") as quotes of the labelled speaker.

    A label is a word in capitals, or the name of a person the document names,
    at the start of a line (after an optional quotation mark), before a colon;
    the quotation a transcript line sits in gives way to it.
    """
    text = doc_text(doc)
    resolver_names = {ent.text.split()[-1].lower() for ent in doc_ents(doc) if ent.label_ == "PERSON"}
    # a label that only a one-word "person" spells ("the capital, Kyiv" mis-tagged) is no one
    # the document introduces by name: it may still open the story as a dateline
    full_names = {ent.text.split()[-1].lower() for ent in doc_ents(doc)
                  if ent.label_ == "PERSON" and len(ent) > 1}
    label_counts, speaking = {}, set()
    for line in text.split("\n"):
        match = TRANSCRIPT_LABEL.match(line)
        if match:
            label_counts[match.group("label")] = label_counts.get(match.group("label"), 0) + 1
            if not _narrates(line[match.end():]):
                speaking.add(match.group("label"))
    found, turn_lines = [], []
    position = 0
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        answer = ANSWER_LABEL.match(text, position)
        if answer and found and answer.end() < line_end:
            # "A: I would be glad to ...": the answer of the speaker labelled last
            last = found[-1]
            found.append(Candidate(answer.end(), len(text[:line_end].rstrip()),
                                   QuoteKind.DIRECT.value, cue=last.cue,
                                   speaker_token=last.speaker_token, label=last.label))
            turn_lines.append(position)
            position = line_end + 1
            continue
        match = TRANSCRIPT_LABEL.match(text, position)
        if match:
            label = match.group("label")
            words = label.split()
            if len(words) > 3 and not any(w.lower() in TITLE_WORDS for w in words):
                match = None   # a long label in capitals must name an office before the name
        if match:
            known = words[-1].lower() in resolver_names and words[0].lower() != "the" \
                and not any(w.lower() in SPEECH_VERB_FORMS for w in words)
            stamped = LABEL_TIME_STAMP.match(text[match.end():line_end]) is not None
            headline = known and not label.isupper() and not stamped and \
                text[position:line_end].rstrip()[-1:] not in ".!?\"”’…"   # "Name: France to send"
            if position == 0 and not label.isupper() and _claims_in_finite_clause(
                    _tokens_in(doc, match.end(), line_end)) and (
                    words[-1].lower() in full_names - COUNTRY_WORDS
                    or words[-1].lower() in SOURCE_NOUNS):
                # "Kirby: Russia continues to receive drones" (a person the document names
                # in full): a title line giving the source's words, not an announcement
                headline, known = False, True
            if ((label.isupper() and len(label) >= 3 and label not in NOT_SPEAKER_LABELS)
                    or known) and not headline:
                content_start = match.end()
                if stamped:
                    content_start = line_end   # "Jane Roe: (01:02)": the words below it
                if content_start >= line_end:   # "RICHARD MARLES:" alone, the words below it
                    content_start = line_end + 1
                    line_end = text.find("\n", content_start)
                    line_end = len(text) if line_end < 0 else line_end
                content_end = line_end
                while content_end > content_start and (text[content_end - 1].isspace()
                                                       or text[content_end - 1] in "\"”’'"):
                    content_end -= 1
                label_tokens = _tokens_in(doc, match.start("label"), match.end("label"))
                colon = doc.char_span(match.end("label"), match.end("label") + 1)
                dateline = label_counts.get(label) == 1 and not known and _reports_itself(
                    _tokens_in(doc, content_start, content_end))   # "PENCE:" is a person
                dateline = dateline or (not label.isupper() and len(words) == 1 and re.search(
                    r"\b" + re.escape(label) + r"\b", text[content_start:content_end]))
                # "KARACHI: Pakistan Navy inducted ... here on Monday.": a single label in
                # capitals opening the story, over narration with no "I", "we" or "you"
                dateline = dateline or (label.isupper() and label_counts.get(label) == 1
                                        and words[-1].lower() not in full_names and not found
                                        and position <= DATELINE_REACH
                                        and _narrates(text[content_start:content_end]))
                # "NEW DELHI: More troops were moved ...": a country or capital in capitals,
                # labelled once over narration, is a dateline wherever the story opens
                # (below a headline and a photo caption)
                dateline = dateline or (label.isupper() and label_counts.get(label) == 1
                                        and label.title() in PLACE_NAMES
                                        and _narrates(text[content_start:content_end]))
                # "EXPERT: Jane Roe is a senior fellow ...", line after line: a heading in
                # capitals over narration, never a line a speaker says in the first person
                dateline = dateline or (label.isupper() and label_counts.get(label, 0) > 1
                                        and not known and label not in speaking
                                        and not any(w.lower() in TITLE_WORDS for w in words))
                # "Ambala: The jets touched down at Ambala airbase": a place, not a speaker
                if content_end - content_start > 1 and label_tokens and colon is not None \
                        and not dateline:
                    found.append(Candidate(content_start, content_end, QuoteKind.DIRECT.value,
                                           cue=[colon[0]], speaker_token=label_tokens[-1],
                                           label=label))
                    turn_lines.append(position)
        position = line_end + 1
    if not found:
        return quotes
    found = _with_paragraphs_of_each_turn(text, found, turn_lines)
    kept = [q for q in quotes if not any(_overlap(q.start_char, q.end_char, t.start_char,
                                                  t.end_char) for t in found)]
    return sorted(kept + found, key=lambda q: q.start_char)


MAX_LABEL_NAME_WORDS = 3
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
MIN_TURN_PARAGRAPH_WORDS = 4   # "Andrew." or "(Laughter.)" calls the next question
QUESTION_LINE = re.compile(r"Q\b[.:]?\s")   # "Q Does the secretary ...": a reporter asks
ANSWER_LABEL = re.compile(r"A:[ \t]+")   # "A: They stay until June.": the briefer answers


def _with_paragraphs_of_each_turn(text: str, turns: list[Candidate],
                                  turn_lines: list[int]) -> list[Candidate]:
    """In a transcript of two turns or more, the paragraphs below a labelled line that no
    label, question or short call opens go on with that speaker's turn."""
    if len(turns) < 2:
        return turns
    out = []
    ends = turn_lines[1:] + [len(text)]
    for turn, line, stop in zip(turns, turn_lines, ends):
        out.append(turn)
        position = text.find("\n", turn.end_char) if line > 0 else -1   # not a title's
        while 0 <= position < stop:
            start = position + 1
            end = text.find("\n", start)
            end = min(len(text) if end < 0 else end, stop)
            line = text[start:end].strip()
            if line:
                if QUESTION_LINE.match(line) or len(line.split()) < MIN_TURN_PARAGRAPH_WORDS \
                        or TRANSCRIPT_LABEL.match(line):
                    break
                words = line.lstrip("\"“'‘").rstrip("\"”'’")   # a transcript quoted whole
                begin = start + text[start:end].index(words)
                out.append(Candidate(begin, begin + len(words), QuoteKind.DIRECT.value,
                                     cue=turn.cue, speaker_token=turn.speaker_token,
                                     label=turn.label))
            position = end if end < stop else -1
    return out


def _claims_in_finite_clause(tokens: list[Token]) -> bool:
    """Whether the words after a title's colon make a clause with a tensed verb."""
    return any(t.tag_ in FINITE_TAGS and t.pos_ in {"VERB", "AUX"} for t in tokens)


def _name_after_label_titles(index, label: str, text: str) -> str | None:
    """The name a label gives after its titles ("MR. MORRELL", "CHIEF CABINET SECRETARY
    SUGA"), as the document writes it elsewhere ("Press Secretary Morrell"), else as the label
    writes it; None for a label with no title before a name."""
    words = label.split()
    titles = [k for k, word in enumerate(words)
              if word.lower() in TITLE_WORDS or word.lower() in HONORIFICS]
    if not titles:
        return None
    name = words[titles[-1] + 1:]
    if any(w.lower() in TITLE_SMALL_WORDS for w in name):
        name = name[-1:]   # "CHIEF OF STAFF RENNER": an office's "of" phrase before the name
    if not 1 <= len(name) <= MAX_LABEL_NAME_WORDS or not all(w[:1].isalpha() for w in name):
        return None
    pattern = r"\b" + r"\s+".join(re.escape(w) for w in name) + r"\b"
    written = [m.group(0) for m in re.finditer(pattern, text, re.IGNORECASE)
               if not m.group(0).isupper()]
    if written:
        return index.fullest(written[0])
    return " ".join(name)


def _fullest_closing_the_label(index, label: str) -> str:
    """The fullest name of the person a transcript label names: "INDUSTRY PAT CONROY", left
    of an office in capitals ("MINISTER FOR DEFENCE INDUSTRY"), is Pat Conroy when the
    document names him so; a label the document names no one by stays as written."""
    fullest = index.fullest(label)
    if fullest != label or len(label.split()) < 2:
        return fullest
    known = index.fullest(label.split()[-1])
    if len(known.split()) > 1 and label.lower().endswith(" " + known.lower()):
        return known
    return label


# a time stamp after a transcript's label, the words on the lines below: "Jane Roe: (01:02)"
LABEL_TIME_STAMP = re.compile(r"[ \t]*\(\d{1,2}:\d{2}(?::\d{2})?\)[ \t]*$")


DATELINE_REACH = 300    # characters from the text's start within which a story opens
SPEAKING_PERSON = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Mm]e|[Uu]s|[Mm]y|[Oo]ur|[Yy]our)\b")
MIN_NARRATION_WORDS = 6


def _narrates(content: str) -> bool:
    """Whether a labelled line reads as the author's narration: several words, and no first
    or second person that a speaker's line would hold."""
    return len(content.split()) >= MIN_NARRATION_WORDS and SPEAKING_PERSON.search(content) is None


def _reports_itself(tokens: list[Token]) -> bool:
    """Whether a line holds its own report, a speech verb with a third-person subject in
    it ("ISTANBUL: President X said on Tuesday that ..."): a dateline, not a speaker's label."""
    inside = {t.i for t in tokens}
    for verb in tokens:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS:
            subject = find_subject(verb)
            if subject is not None and subject.i in inside and subject.i < verb.i \
                    and subject.lower_ not in FIRST_AND_SECOND_PERSON:
                return True
    return False


# Dash attributions: "Words of the speaker. - said X."

# A paragraph of speech without quotation marks, signed after a dash by its reporting
# clause (a convention of some agency copy): "We cannot give more. - said the minister."
# Anchored at the line's first character: a match from inside a line would start there too, and
# trying every position of a long paragraph made the search quadratic in its length.
# The speech may also open with a dash after a sentence of the paragraph ("... on Tuesday. – We
# have finished ..., – the agency cites the words of X."): only a dash after a sentence's end
# starts one there, so the lazy scan still begins at few places; its attribution may end a
# sentence the paragraph goes on after.
DASH_ATTRIBUTION = re.compile(
    r"(?:^[ \t]*|(?<=[.!?])[ \t]+(?P<opened>[–—])[ \t]+)"
    r"(?P<content>\S(?:(?![.!?][ \t]+[–—][ \t]+\w)[^\n])*?[.!?…,])"
    r"[ \t]+(?:-{1,2}|[–—])[ \t]+"
    r"(?P<attribution>[^\n]{2,80}?)"
    r"(?:[.!]?[ \t]*$|(?(opened)[.!](?=[ \t]+[A-Z])|(?!)))", re.MULTILINE)


def add_dash_attributed_lines(doc: Doc, quotes: list[Candidate]) -> list[Candidate]:
    """Paragraphs of verbatim speech attributed after a dash, as direct quotes of the
    speaker the attribution names; a quote found inside one gives way to it."""
    text = doc_text(doc)
    found = []
    for match in DASH_ATTRIBUTION.finditer(text):
        tokens = [t for t in _tokens_in(doc, match.start("attribution"), match.end("attribution"))
                  if not t.is_space]
        verb = _speech_verb_near(tokens) or next((t for t in tokens if cited_words_speaker(t) is not None), None)
        if verb is None or any(t.text in OPENING_MARKS for t in tokens):
            continue
        subject = cited_words_speaker(verb) or find_subject(verb)
        if subject is None or not (tokens[0].i <= subject.i <= tokens[-1].i):
            subject = _nominal_head([t for t in tokens if t.i > verb.i]) or _nominal_head(tokens)
        if subject is None:
            continue
        found.append(Candidate(match.start("content"), match.end("content"),
                               QuoteKind.DIRECT.value, cue=[verb], speaker_token=subject))
    if not found:
        return quotes
    kept = [q for q in quotes if not any(_overlap(q.start_char, q.end_char, d.start_char,
                                                  d.end_char) for d in found)]
    return sorted(kept + found, key=lambda q: q.start_char)


def cited_words_speaker(verb: Token) -> Token | None:
    """Whose words a citing verb gives ("the agency cites the words of X", "quotes the remarks
    of X"): the speaker is the one the words are of, not the outlet that cites them."""
    if verb.lemma_.lower() not in SOURCE_CITING_VERBS:
        return None
    for obj in (child for child in verb.children if child.dep_ == "dobj" and child.lower_ in TEXT_NOUNS):
        for prep in (child for child in obj.children if child.dep_ == "prep" and child.lower_ == "of"):
            return next((child for child in prep.children if child.dep_ == "pobj"), None)
    return None


# Speakers and output

def resolve_speakers(doc: Doc, quotes: list[Candidate], resolver: SpeakerResolver,
                     names) -> list[dict]:
    """Turn candidates into the plain dicts of doc._.quotes, in text order."""
    out = []
    # a quotation left open at its paragraph's end goes on in the next paragraph's, whose
    # attribution it shares: “... (no closing mark) / “...,” she said.
    ahead = {id(quote): following for quote, following in zip(quotes, quotes[1:])
             if _runs_into(doc, quote, following)}
    entries = {}
    for quote in quotes:
        if quote.continues is not None and quote.cue is None:
            words = doc_text(doc)[quote.start_char:quote.end_char].strip()
            if not (words[:1] and words[:1] in "([" and words.rstrip(".")[-1:] in ")]"):
                quote.speaker = quote.continues.speaker   # not "(CROSSTALK.)" in a transcript
        elif quote.label is not None:   # "SECRETARY OF DEFENSE LLOYD AUSTIN": the name
            label = quote.label if len(quote.label.split()) <= 3 \
                else clean_person_name(quote.label)
            name = _fullest_closing_the_label(resolver.index, label)
            if name == label:   # "MR. MORRELL", "CHIEF CABINET SECRETARY SUGA": the name
                name = _name_after_label_titles(resolver.index, quote.label, doc_text(doc)) \
                    or name
            quote.speaker = Speaker(name, _span_of_tokens([quote.speaker_token]),
                                    SourceType.PERSON.value)
        elif quote.speaker_token is not None:
            quote.speaker = _resolve_with_names(doc, quote.speaker_token, resolver, names)
            joint = resolver.joint_speaker(quote.speaker_token, quote.speaker)
            if joint is quote.speaker and quote.speaker.source_type == SourceType.PERSON.value \
                    and quote.speaker.name:   # "he" may take up one person, not two
                resolver.note(quote.speaker_token.i, quote.speaker.name)
            quote.speaker = joint
            resolver.note_source(quote.speaker_token.i, quote.speaker,
                                 quote.speaker_token.lemma_.lower())
        if quote.kind == QuoteKind.DIRECT.value and quote.speaker is None \
                and (is_fragment(doc_text(doc)[quote.start_char:quote.end_char])
                     or _verbless(doc, quote)):
            continue
        if _outlet_recalls_itself(quote):
            continue   # "As we reported earlier, ...": the author's own voice
        speaker = quote.speaker or Speaker(None, None)
        continuing = quote.continues is not None and quote.cue is None
        span = [quote.start_char, _end_before_speaker(doc_text(doc), quote, speaker.span)]
        if out and any(o["span"] == span and o["speaker"] == speaker.name for o in out[-3:]):
            continue   # two finders read one report the same way
        entries[id(quote)] = len(out)
        out.append({
            "span": span,
            "kind": quote.kind,
            "speaker": speaker.name,
            "speaker_span": None if continuing or speaker.span is None else list(speaker.span),
            "cue": None if continuing else (list(quote.cue_span) if quote.cue_span else None),
            "speaker_role": speaker.role,
            "speaker_org": speaker.org,
            "source_type": speaker.source_type if speaker.name else SourceType.NONE.value,
        })
    for quote in reversed(quotes):
        following = ahead.get(id(quote))
        if following is None or following.speaker is None or id(quote) not in entries:
            continue
        quote.speaker = following.speaker
        out[entries[id(quote)]].update({
            "speaker": quote.speaker.name, "speaker_role": quote.speaker.role,
            "speaker_org": quote.speaker.org, "source_type": quote.speaker.source_type
            if quote.speaker.name else SourceType.NONE.value})
    return out


def _outlet_recalls_itself(quote: Candidate) -> bool:
    """Whether an indirect quote is the outlet pointing to its own earlier report: "As we
    reported earlier, ..."."""
    verbs = quote.cue if isinstance(quote.cue, list) else [quote.cue] if quote.cue else []
    return quote.kind != QuoteKind.DIRECT.value and not quote.stretches \
        and quote.speaker_token is not None and quote.speaker_token.lower_ == "we" \
        and any(c.dep_ == "mark" and c.lower_ == "as" for verb in verbs for c in verb.children)


def _runs_into(doc: Doc, quote: Candidate, following: Candidate) -> bool:
    """Whether an unattributed direct quotation is left open at its paragraph's end and
    the next paragraph opens the quotation that follows it (one carried on from a report in
    other words before it, "..., the Pentagon said. / “... / “...,” X told reporters", is
    X's too; one carried on from a quotation stays that speaker's)."""
    carried = quote.continues is not None and quote.continues.kind == QuoteKind.DIRECT.value
    if quote.kind != QuoteKind.DIRECT.value or quote.cue is not None \
            or carried or not quote.stretches \
            or quote.stretches[-1].closed or not following.stretches \
            or following.kind != QuoteKind.DIRECT.value:
        return False
    gap = doc_text(doc)[quote.stretches[-1].outer_end:following.stretches[0].outer_start]
    return "\n" in gap and not gap.strip()


def _verbless(doc: Doc, quote: Candidate) -> bool:
    """A quoted name of a thing with no verb ("the “Iris-T system from Germany”"): the
    author's marks on a phrase, no one's words. Without tags nothing is known of it."""
    return doc.has_annotation("POS") and not any(
        t.pos_ in {"VERB", "AUX"} for t in _tokens_in(doc, quote.start_char, quote.end_char))


def is_fragment(quoted: str) -> bool:
    """An unattributed quotation too short, or starting too low, to stand alone: the
    author quoting a phrase ("a true wake-up call"), not someone speaking."""
    return len(quoted.split()) < MIN_UNATTRIBUTED_WORDS or quoted[:1].islower()


def _span_of_tokens(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _resolve_with_names(doc: Doc, token: Token, resolver: SpeakerResolver, names) -> Speaker:
    """Resolve a speaker; a noun followed by a scare-quoted name takes the name
    ("the Telegram channel ‘X’")."""
    if token.pos_ == "NOUN":
        for stretch in names:
            if 0 <= stretch.outer_start - (token.idx + len(token.text)) <= 2:
                return Speaker(doc_text(doc)[stretch.start:stretch.end].strip(" ,"),
                               (stretch.start, stretch.end), SourceType.INSTITUTION.value)
    return resolver.resolve(token)


@Language.factory(
    "claimledger_quotes",
    default_config={},
    assigns=["doc._.quotes", "doc._.names"],
    requires=["token.dep", "token.pos", "doc.ents"],
)
def create_quotes(nlp: Language, name: str) -> QuoteFinder:
    """Factory of the claimledger_quotes component (no settings)."""
    return QuoteFinder()
