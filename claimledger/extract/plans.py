"""Plans the event rules of ``events.py`` read as facts, and purchases they miss.

The conventions (seed notes, R3) make stated plans, decisions, orders, contracts, purchases,
approvals and scheduled statuses PLANNED, and give wishes no event. The rules here look at
how a status verb hangs below the words that make it a plan, where the general rules of
``events.py`` see only the verb:

- an infinitive that a plan or a paper states: "a contract to build and deliver",
  "a potential deal to supply", "received a contract to provide", "agreed to prioritize
  sending", "it would take three years for the jets to arrive";
- an approval of a purchase or of a transfer: "approved the procurement of two regiments of
  Akash", "cleared the purchase of", "granting approval for other countries to send";
- a wish: "would like to deliver" states no event;
- the buyer as the place of a purchase: "The Czech government has approved a plan to acquire
  246 CV90" is a plan for the Czech Republic, whatever war the sentence mentions.

The words are in ``claimledger/lexicon/events.json`` under ``plan_rules``.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.syntax import has_to
from claimledger.lexicon import lexicon
from claimledger.places import COUNTRIES, COUNTRY_ALIASES, DEMONYMS
from claimledger.schema import Status

WORDS = lexicon().events["plan_rules"]
# nouns whose infinitive ("a contract to deliver") or purpose clause ("received a contract to
# provide") is a plan
PLAN_HEAD_NOUNS = frozenset(WORDS["plan_head_nouns"])
# "has committed to sending", "is committed to providing": a gerund after "to" of a commitment
COMMITMENT_VERBS = frozenset(WORDS["commitment_verbs"])
# nouns naming a purchase, approved or cleared ("approved the procurement of")
PURCHASE_NOUNS = frozenset(WORDS["purchase_nouns"])
APPROVAL_VERBS = frozenset(WORDS["approval_verbs"])
# "granting approval for other countries to send": an approval noun whose transfer infinitive is
# a plan (a permission to use or to strike is none)
APPROVAL_NOUNS = frozenset(WORDS["approval_nouns"])
APPROVAL_GIVING_VERBS = frozenset(WORDS["approval_giving_verbs"])
# "deliver an order of S-400 systems": an order that holds the systems
ORDER_NOUNS = frozenset(WORDS["order_nouns"])
# "would take three years to arrive": the time a status will take
TIME_NOUNS = frozenset(WORDS["time_nouns"])
# "would like to deliver": a wish, with a conditional auxiliary
WISH_VERBS = frozenset(WORDS["wish_verbs"])
WISH_AUX = frozenset(WORDS["wish_aux"])
# verbs whose subject buys ("acquire", "procure", "order")
BUYING_VERBS = frozenset(WORDS["buying_verbs"])
# the statuses a plan may be mistaken for
REALISED = {Status.ARRIVED.value, Status.IN_TRANSIT.value, Status.DEPLOYED.value, Status.COMBAT_DUTY.value}
CHAIN_REACH = 3   # xcomp steps from a status verb up to the verb that plans it
# verbs that make a plan ("signed", "agreed", "approved"): a day on them is when it was made
MAKING_VERBS = frozenset(WORDS["making_verbs"])
# "it's unlikely that ...": a status doubted
DOUBT_WORDS = frozenset(WORDS["doubt_words"])
# "forgo an earlier plan to", "the cancellation of its plan to"
GIVE_UP_VERBS = frozenset(WORDS["give_up_verbs"])
GIVE_UP_NOUNS = frozenset(WORDS["give_up_nouns"])
# "starting in 2026": the time a planned status begins
START_WORDS = frozenset(WORDS["start_words"])
SUPERSEDED_PREPS = frozenset(WORDS["superseded_preps"])
MOVE_TARGET_PREPS = frozenset(WORDS["move_target_preps"])
DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# "are expected in India by July", "slated for delivery in 2027", "is due in March"
AWAITING_WORDS = frozenset(WORDS["awaiting_words"])
AWAITED_PREPS = frozenset(WORDS["awaited_preps"])
# "was willing to provide": an offer, no event
OFFER_WORDS = frozenset(WORDS["offer_words"])
# "are intended for the Bundeswehr", "earmarked for Kyiv": systems set aside for a receiver
DESTINING_VERBS = frozenset(WORDS["destining_verbs"])
# "has won a contract to", "secured a deal for": a planning paper gained
PAPER_GAINING_VERBS = frozenset(WORDS["paper_gaining_verbs"])
# "expressed interest in acquiring": a wish, no event
INTEREST_NOUNS = frozenset(WORDS["interest_nouns"])
# "wants the guns delivered": what is wanted is asked for
WANTING_VERBS = frozenset(WORDS["wanting_verbs"])
# "the deal for K9 guns was unveiled", "the Archer contract enters into force": a paper that holds
PAPER_STATING_VERBS = frozenset(WORDS["paper_stating_verbs"])
PAPER_EFFECT_VERBS = frozenset(WORDS["paper_effect_verbs"])
PAPER_EFFECT_NOUNS = frozenset(WORDS["paper_effect_nouns"])
# "Czech Gripens will replace the Danish jets": a system taking the place of another unit
ROTATION_VERBS = frozenset(WORDS["rotation_verbs"])
ROTATION_PARTICLES = dict(WORDS["rotation_particles"])
ROTATION_PREPS = frozenset(WORDS["rotation_preps"])
# "will replace Thailand's old Northrop aircraft", "the ageing Jaguar fleet": weapons replaced
REPLACED_FLEET_NOUNS = frozenset(WORDS["replaced_fleet_nouns"])
# "is aimed at redeploying": a status gerund under "at" of an aim is a plan
AIMING_VERBS = frozenset(WORDS["aiming_verbs"])
# "a scheme that will see 40 jets arrive": a bare status infinitive a future foresees
FORESEEING_VERBS = frozenset(WORDS["foreseeing_verbs"])
# "placed a request for 12 F-16s": a request is what the status verb moves, not a system
REQUEST_NOUNS = frozenset(lexicon().events["received_request_nouns"])
# "the package includes four NASAMS launchers": what an aid package holds is planned
PACKAGE_NOUNS = frozenset(WORDS["package_nouns"])
PACKAGE_HOLDING_VERBS = frozenset(WORDS["package_holding_verbs"])
HOLDER_PREPS = ("in", "of")   # "the items in this package", "the contents of the tranche"
# "has committed twelve Caesar guns to Kyiv": systems committed somewhere are planned there
COMMITTING_VERBS = frozenset(WORDS["committing_verbs"])
# "Budapest has chosen the Gripen": a system chosen is a purchase decided
CHOOSING_VERBS = frozenset(WORDS["choosing_verbs"])
# "contracted Hanwha for 30 more K9 howitzers": a contract made for systems
CONTRACTING_VERBS = frozenset(WORDS["contracting_verbs"])
# "will be assigned to the 48th Fighter Wing": a system given to a unit or a base
ASSIGNING_VERBS = frozenset(WORDS["assigning_verbs"])
# "the planned acquisition of the BrahMos", "the pending delivery of the S-400 units": a plan
# told through a noun; "orders of 48 K9 howitzers", "India's procurement of the S-400 system"
# need no adjective to tell it
PLANNING_ADJECTIVES = frozenset(WORDS["planning_adjectives"])
STATED_PLAN_NOUNS = frozenset(WORDS["stated_plan_nouns"])
# "a possible purchase of", "the cancelled order for": a possibility, or a plan undone
UNSETTLED_PLAN_ADJECTIVES = frozenset(WORDS["unsettled_plan_adjectives"])
# "is considering the purchase of", "offered credit for the purchase of": a purchase weighed
WEIGHING_VERBS = frozenset(WORDS["weighing_verbs"])
WEIGHING_NOUNS = frozenset(WORDS["weighing_nouns"])   # "talks on the purchase of"
# "spend billions on the acquisition of", "funds released for the purchase of": a bare plan noun
# on the verb by one of these states the plan; "alongside acquisitions of" is background
PLAN_NOUN_VERB_PREPS = frozenset(WORDS["plan_noun_verb_preps"])
PACKAGE_LOOKBACK = 2   # sentences back to the package an "it" or a bare passive lists for
TRIGGER_WORDS = STATED_PLAN_NOUNS | DESTINING_VERBS | ASSIGNING_VERBS | CHOOSING_VERBS | CONTRACTING_VERBS | PURCHASE_NOUNS | APPROVAL_VERBS | AWAITING_WORDS | ROTATION_VERBS | PACKAGE_HOLDING_VERBS \
    | COMMITTING_VERBS


def revise(trigger: ev.Trigger, status: str | None) -> str | None:
    """The status of ``trigger`` once the plan or the wish above it is read; ``status`` is
    what ``events.governed_status`` gave."""
    if status is None and is_approved_transfer(trigger):
        return ev.PLANNED   # the approval noun put "permission to use" aside in governed_status
    clause = trigger.anchor
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if status == ev.PLANNED and (is_plan_given_up(clause) or is_wished(clause) or is_offered(clause)):
        return None   # the conditional "would" of "would like to" may already have made it a plan
    if status == ev.USED and is_second_hand(trigger.anchor):
        return None
    if status == ev.REQUESTED and is_paper_subject(trigger.anchor):
        return ev.PLANNED   # "the schedule calls for the delivery of 12 jets": a plan, not a request
    if status not in REALISED:
        return status
    if moves_a_request(trigger.anchor):
        return None   # "placed a request for 12 F-16 jets": the request noun states what is asked
    if is_of_interest(clause):
        return None   # "has expressed interest in acquiring F-15 jets": a wish (R3), nothing acquired
    if is_wanted_participle(clause):
        return ev.REQUESTED   # "Kyiv wants the jets delivered before winter": asked for, not there
    if is_wished(clause) or is_offered(clause) or is_possible_start(clause) or gives_approval(trigger.anchor) \
            or is_doubted(clause):
        return None   # "gave the green light for the purchase of": nothing is given but an approval
    if is_planned_infinitive(clause) or is_planned_by_chain(clause) or is_planned_gerund(clause) \
            or is_foreseen(clause):
        return ev.PLANNED
    if ev.lemma_of(trigger.anchor) not in ev.TRANSPORT_VERBS and any(
            child.dep_ == "dobj" and ev.lemma_of(child) in PLAN_HEAD_NOUNS and not ev.names_the_front(child)
            for child in trigger.anchor.children):   # "reached the front line" is no paper
        return ev.PLANNED   # "received a contract to provide 145 M777": the paper is what arrived
    return status


def moves_a_request(verb: Token) -> bool:
    """"placed a request for 12 F-16 aircraft", "sent an appeal for Patriots": the verb's
    object is a request, and the systems it names are only asked for."""
    return any(child.dep_ == "dobj" and ev.lemma_of(child) in REQUEST_NOUNS for child in verb.children)


def is_foreseen(clause: Token) -> bool:
    """"the scheme will see some 40 Gripens arrive at Kallax": a bare status
    infinitive under a verb of foreseeing with a future auxiliary is a plan ("saw two
    launchers arrive" is a sighting, and "would see" a hypothesis)."""
    if clause.dep_ not in ("ccomp", "xcomp") or clause.tag_ not in ("VB", "VBP") \
            or any(child.dep_ in ("aux", "auxpass") for child in clause.children):
        return False   # (the tagger may take the bare infinitive for a present tense)
    governor = clause.head
    if any(child.dep_ == "nsubj" and child.ent_type_ == "DATE" for child in governor.children):
        return False   # "next year will see the jets arrive": the time subject is read, and dates it, as a future
    return ev.lemma_of(governor) in FORESEEING_VERBS and any(
        child.dep_ == "aux" and child.lower_ in ev.FUTURE_AUX - ev.CONDITIONAL_AUX for child in governor.children)


def is_paper_subject(verb: Token) -> bool:
    """"The schedule calls for the delivery of", "the contract calls for": a plan or a paper as
    the subject of a verb of asking states what it plans."""
    return any(child.dep_ == "nsubj" and ev.lemma_of(child) in PLAN_HEAD_NOUNS for child in verb.children)


def is_planned_infinitive(clause: Token) -> bool:
    """"a contract ... to build and deliver", "a potential deal to supply", "received a
    contract to provide", "it would take three years for the jets to arrive"."""
    if not has_to(clause):
        return False
    head = clause.head
    if clause.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "amod" and head.head.pos_ == "NOUN":
        head = head.head   # "signed a deal worth about $3 billion to buy 200 Abrams"
        return ev.lemma_of(head) in PLAN_HEAD_NOUNS
    if clause.dep_ in ("acl", "relcl", "advcl") and head.pos_ == "NOUN":
        # the parser may hang the infinitive of "approval for other countries to send" as adverbial
        return ev.lemma_of(head) in PLAN_HEAD_NOUNS or is_given_approval(clause)
    if clause.dep_ in ("advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        if any(child.dep_ == "dobj" and ev.lemma_of(child) in PLAN_HEAD_NOUNS for child in head.children):
            return True   # "received a contract from the Department of Defense to provide"
        if any(child.dep_ == "prep" and any(obj.dep_ == "pobj" and ev.lemma_of(obj) in PLAN_HEAD_NOUNS
                                            for obj in child.children) for child in head.children):
            return True   # "is in line to receive", "is on track to deliver"
        if ev.lemma_of(head) == "take" and any(child.dep_ == "dobj" and ev.lemma_of(child) in TIME_NOUNS
                                               for child in head.children) \
                and any(child.dep_ == "aux" and child.lower_ in ev.FUTURE_AUX for child in head.children):
            return True   # "would need about two years for newly built Gripen Es to arrive" ("took" is done)
    return False


def is_planned_by_chain(clause: Token) -> bool:
    """"Washington agreed to put shipping the launchers first": a status verb a few
    complement steps below a verb of planning."""
    governor, steps = clause, 0
    while governor.dep_ == "xcomp" and governor.head.i != governor.i and steps < CHAIN_REACH:
        governor, steps = governor.head, steps + 1
        if steps > 1 and (ev.lemma_of(governor) in ev.PLAN_VERBS - {"be", "go", "set"}
                          or ev.lemma_of(governor) in ev.DIRECTIVE_VERBS):
            return True
    return False


def is_planned_gerund(clause: Token) -> bool:
    """"a further slip in fielding Dark Eagle", "its goal for fielding its first set": a status
    gerund of a plan, a goal or a delay (delays and schedules are PLANNED); "committed to
    sending": a status gerund of a commitment; "signed a decree on stationing": of a paper;
    "is aimed at redeploying": of an aim."""
    prep = clause.head
    if clause.dep_ != "pcomp" or clause.tag_ != "VBG" or prep.dep_ != "prep":
        return False
    if prep.head.pos_ == "NOUN":
        return ev.lemma_of(prep.head) in PLAN_HEAD_NOUNS
    if prep.head.pos_ == "VERB" and any(child.dep_ == "dobj" and ev.lemma_of(child) in PLAN_HEAD_NOUNS
                                        for child in prep.head.children):
        return True   # "signed a decree on deploying": the parser hangs the paper's content on the verb
    # "the US has committed to sending a Patriot system": what is committed to is still to come
    # ("contributed to sending" or "returned to firing" commit to nothing)
    if prep.lower_ == "at" and prep.head.pos_ in ("VERB", "ADJ") and ev.lemma_of(prep.head) in AIMING_VERBS:
        return True   # "the move is aimed at redeploying these systems": what is aimed at is still to come
    return prep.lower_ == "to" and prep.head.pos_ in ("VERB", "ADJ", "AUX") \
        and ev.lemma_of(prep.head) in COMMITMENT_VERBS


def is_doubted(clause: Token) -> bool:
    """"the army probably won't meet its target for fielding": a doubted status is
    none, however the clause below is worded."""
    word = clause
    for _ in range(CHAIN_REACH + 2):
        if word.head.i == word.i:
            return False
        if word.dep_ == "ccomp" and any(child.dep_ == "acomp" and child.lower_ in DOUBT_WORDS
                                        for child in word.head.children):
            return True
        if word.dep_ == "ccomp" and word.head.lower_ in DOUBT_WORDS:
            return True
        word = word.head
    return False


def is_second_hand(verb: Token) -> bool:
    """"the purchase of 54 used M1A2 Abrams tanks": "used" between a number or a determiner
    and the system it describes is second-hand, whatever the tagger made of it."""
    doc = verb.doc
    if verb.lower_ != "used" or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    return (before.like_num or before.pos_ == "DET" or before.lower_ in ("of", "and")) \
        and after.pos_ in ("PROPN", "NOUN", "NUM") and ev.in_subject_mention(after)


def is_plan_given_up(clause: Token) -> bool:
    """"chose to drop a former plan to buy M109A6 howitzers", "following the
    cancellation of its plan to acquire 40 M109A6": a plan given up is no plan (R3)."""
    noun = clause.head
    if clause.dep_ != "acl" or not has_to(clause) or ev.lemma_of(noun) not in PLAN_HEAD_NOUNS:
        return False
    if noun.dep_ in ("dobj", "nsubjpass") and ev.lemma_of(noun.head) in GIVE_UP_VERBS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and ev.lemma_of(noun.head.head) in GIVE_UP_NOUNS


def is_possible_start(clause: Token) -> bool:
    """"before the jets could begin to reach Ukraine": a possibility on the verb
    that starts the status."""
    governor = clause.head
    return clause.dep_ == "xcomp" and has_to(clause) and ev.lemma_of(governor) in START_WORDS and any(
        child.dep_ == "aux" and child.lower_ in ev.POSSIBILITY_AUX for child in governor.children)


def is_wished(clause: Token) -> bool:
    """"Germany would like to deliver two tank battalions": a wish, no event (R3)."""
    if clause.dep_ != "xcomp" or not has_to(clause):
        return False
    governor = clause.head
    return ev.lemma_of(governor) in WISH_VERBS and any(
        child.dep_ == "aux" and child.lower_ in WISH_AUX for child in governor.children)


def is_of_interest(clause: Token) -> bool:
    """"expressed interest in acquiring", "its interest in buying": a status gerund under "in"
    of a noun of interest."""
    prep = clause.head
    return clause.dep_ == "pcomp" and clause.tag_ == "VBG" and prep.lower_ == "in" \
        and ev.lemma_of(prep.head) in INTEREST_NOUNS


def is_wanted_participle(clause: Token) -> bool:
    """"India wants the M777 guns delivered": a participle with its own subject, without an
    auxiliary, under a verb of wanting or needing states what is asked for."""
    children = list(clause.children)
    return clause.dep_ in ("ccomp", "xcomp") and clause.tag_ == "VBN" \
        and ev.lemma_of(clause.head) in WANTING_VERBS \
        and any(child.dep_ in ("nsubj", "nsubjpass") for child in children) \
        and not any(child.dep_ in ("aux", "auxpass", "mark") for child in children)


def is_offered(clause: Token) -> bool:
    """"Rome was willing to send two more batteries", "Seoul is keen to sell tanks": a giver's
    readiness to give, offered and not decided, is no plan (a wish, R3); a receiver's eagerness
    ("is eager to receive") is read as its plan."""
    if clause.dep_ != "xcomp" or not has_to(clause) or ev.lemma_of(clause) not in ev.GIVING_VERBS:
        return False
    return clause.head.pos_ == "ADJ" and ev.lemma_of(clause.head) in OFFER_WORDS


def stated_paper_trigger(paper: Token, verb: Token, status: str) -> ev.Trigger | None:
    """"The deal for 18 K9 guns was unveiled", "the Archer contract enters into force",
    "the accord ... for the delivery of 12 Rafale jets took effect": a verb that says a
    paper naming its systems holds states the plan it makes (signing verbs are
    ``events.document_trigger``'s own)."""
    if status != ev.PLANNED or paper.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = ev.lemma_of(verb)
    if lemma in PAPER_EFFECT_VERBS:
        if not takes_effect(verb):
            return None   # "the deal came as a surprise": nothing said of the paper holding
    elif lemma not in PAPER_STATING_VERBS:
        return None
    if not paper_names_systems(paper):
        return None   # "the deal was announced": which systems, the clause does not say
    return ev.Trigger(status, verb, (paper, *named_in_relative_clause(paper)))


def takes_effect(verb: Token) -> bool:
    """"takes effect", "came into effect", "entered into force": an effect noun as the verb's
    object or under its preposition."""
    return any(ev.lemma_of(child) in PAPER_EFFECT_NOUNS for child in verb.children if child.dep_ == "dobj") \
        or any(ev.lemma_of(obj) in PAPER_EFFECT_NOUNS for prep in verb.children if prep.dep_ == "prep"
               for obj in prep.children if obj.dep_ == "pobj")


def paper_names_systems(paper: Token) -> bool:
    """"the Archer contract", "the deal for K9 guns", "the accord for the delivery of 12
    Rafale jets": a paper whose modifier or "for"/"of" phrase names a system, also through a
    status noun ("the supply of")."""
    if any(child.dep_ in ("compound", "amod", "nmod") and ev.in_subject_mention(child) for child in paper.children):
        return True
    return bool(scope_nouns(paper) or named_in_relative_clause(paper))


def named_in_relative_clause(paper: Token) -> list[Token]:
    """"the accord Oslo sealed with Seoul for the delivery of": the parser may hang the paper's scope
    on its relative clause."""
    return [noun for clause in paper.children if clause.dep_ == "relcl" for noun in scope_nouns(clause)]


def scope_nouns(head: Token) -> list[Token]:
    """The objects of ``head``'s "for"/"of" phrases that name a system, by themselves or as
    what a status noun holds ("for the delivery of 12 Rafale jets"), and what a participle of
    holding on it names ("a deal covering a third lot of Gripen jets")."""
    found = covered_nouns(head)
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if phrase_names_system(obj):
                found.append(obj)
            elif ev.lemma_of(obj) in ev.NOUN_STATUSES:
                found += [inner for of in obj.children if of.dep_ == "prep" and of.lower_ == "of"
                          for inner in of.children if inner.dep_ == "pobj" and phrase_names_system(inner)]
    return found


def covered_nouns(paper: Token) -> list[Token]:
    """"a deal covering 18 Rafale jets", "an order comprising a batch of K9 guns": the objects
    of a holding participle on the paper that name a system, by themselves or through their
    "of" phrase (a batch, a tranche, units of one)."""
    found = []
    for clause in paper.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBG" or ev.lemma_of(clause) not in PACKAGE_HOLDING_VERBS:
            continue
        for obj in clause.children:
            if obj.dep_ != "dobj":
                continue
            if phrase_names_system(obj):
                found.append(obj)
            elif ev.lemma_of(obj) in ORDER_NOUNS | ev.CONTAINER_NOUNS:   # not "maintenance of the jets"
                found += [inner for of in obj.children if of.dep_ == "prep" and of.lower_ == "of"
                          for inner in of.children if inner.dep_ == "pobj" and phrase_names_system(inner)]
    return found


def phrase_names_system(noun: Token) -> bool:
    """"12 Rafale B jets", "K9 guns": a noun named by itself or by a word before it."""
    return any(ev.in_subject_mention(word) for word in noun.subtree if word.i <= noun.i)


def rotation_trigger(token: Token) -> ev.Trigger | None:
    """"Czech Gripens will replace the Danish jets at Keflavik", "two Greek F-16s will relieve a
    Turkish detachment", "Italian F-35s will take over from a French deployment": a
    system that takes the place of another unit is deployed where that one was (PLANNED when
    the verb is ahead); what is replaced is not its subject."""
    if token.pos_ != "VERB":
        return None
    lemma = ev.lemma_of(token)
    if lemma in ROTATION_VERBS:
        relieved = next((child for child in token.children if child.dep_ == "dobj"), None)
    elif lemma in ROTATION_PARTICLES and any(child.dep_ == "prt" and child.lower_ == ROTATION_PARTICLES[lemma]
                                             for child in token.children) \
            and not any(child.dep_ == "dobj" for child in token.children):
        relieved = next((obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ROTATION_PREPS
                         for obj in prep.children if obj.dep_ == "pobj"), None)
    else:
        return None
    if relieved is not None and relieved.lower_ == "all":   # "will replace all of the old aircraft"
        relieved = next((obj for prep in relieved.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for obj in prep.children if obj.dep_ == "pobj"), relieved)
    if relieved is None or not (names_a_system(relieved) or ev.lemma_of(relieved) in ev.NOUN_STATUSES
                                or is_replaced_weapon(relieved)):
        return None
    subject = next((child for child in token.children if child.dep_ == "nsubj"), None)
    if subject is None or not names_a_system(subject):
        return None
    return ev.Trigger(ev.DEPLOYED, token, (subject,))


def is_replaced_weapon(noun: Token) -> bool:
    """"all of Thailand's old Northrop aircraft", "an untracked type and the F-5", "the ageing
    Jaguar fleet": a kind of weapon (a system the text does not track among them) or a fleet."""
    lemma = ev.lemma_of(noun)
    if lemma in REPLACED_FLEET_NOUNS or any(names_a_system(other) for other in noun.conjuncts):
        return True
    return lemma in ev.ANAPHOR_NOUNS and lemma not in ev.PAIR_WORDS and noun.lower_ not in ("rest", "remainder")


def assigned_trigger(token: Token) -> ev.Trigger | None:
    """"Two of the jets ... will be assigned to the 48th Fighter Wing", "four F-16s were
    allocated to the base at Aviano": a system given to a unit or a place is deployed there
    (PLANNED ahead); a task given to one ("was assigned the task of") or people assigned are none."""
    if token.pos_ != "VERB" or ev.lemma_of(token) not in ASSIGNING_VERBS:
        return None
    if not any(prep.dep_ == "prep" and prep.lower_ == "to" and any(
            obj.dep_ == "pobj" and (ev.lemma_of(obj) in ev.EQUIPPED_NOUNS or obj.ent_type_ in ("GPE", "LOC", "FAC")
                                    or ev.place_name(obj)) for obj in prep.children)
               for prep in token.children):
        return None
    dep = "nsubjpass" if ev.is_passive(token) else "dobj"
    given = next((child for child in token.children if child.dep_ == dep), None)
    if given is None:   # "Two of the jets are F-35As and will be assigned": the conjoined clause's subject
        return ev.Trigger(ev.DEPLOYED, token, (token,)) if token.dep_ == "conj" and ev.is_passive(token) else None
    if not (is_named_weapon(given) or refers_to_a_system(given)):
        return None
    return ev.Trigger(ev.DEPLOYED, token, (given,))


def purchase_trigger(token: Token) -> ev.Trigger | None:
    """"The council approved the purchase of three batteries of the Akash system",
    "approved buying Akash missiles", "gave its approval for the purchase of":
    an approved purchase is a plan; a headline's capitals ("Approves Possible Sale of F-16
    Fighters") make the noun a proper one to the tagger."""
    if not (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_title)) \
            or ev.lemma_of(token) not in PURCHASE_NOUNS:
        return None
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "for" \
            and ev.lemma_of(verb.head) in APPROVAL_NOUNS:
        verb = verb.head.head   # "gave its approval for the purchase of"
    elif token.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "for" and gives_approval(verb.head):
        verb = verb.head   # "gave the green light for the purchase of", "for" hung on the verb
    elif token.dep_ not in ("dobj", "nsubjpass"):
        return None
    if verb.pos_ not in ("VERB", "AUX") or not (ev.lemma_of(verb) in APPROVAL_VERBS or ev.lemma_of(verb) in APPROVAL_GIVING_VERBS):
        return None
    if ev.lemma_of(verb) in APPROVAL_GIVING_VERBS and not any(
            child.dep_ == "dobj" and ev.lemma_of(child) in APPROVAL_NOUNS for child in verb.children):
        return None
    return ev.Trigger(ev.PLANNED, verb, (token,))


def is_given_approval(verb: Token) -> bool:
    """"granting approval for other countries to send": a transfer verb on an approval noun
    that a giving verb takes."""
    noun = verb.head
    return ev.lemma_of(verb) in ev.TRANSPORT_VERBS and ev.lemma_of(noun) in APPROVAL_NOUNS \
        and noun.dep_ == "dobj" and ev.lemma_of(noun.head) in APPROVAL_GIVING_VERBS


def delivered_order_trigger(token: Token) -> ev.Trigger | None:
    """"Russia will deliver an order of S-400 systems to India": what an order holds is
    delivered (``events.sends_a_message`` takes a bare order, "sent an order to the
    regiment", for a message)."""
    if token.pos_ != "VERB" or ev.lemma_of(token) not in ev.TRANSPORT_VERBS:
        return None
    order = next((child for child in token.children if child.dep_ in ("dobj", "nsubjpass")
                  and ev.lemma_of(child) in ORDER_NOUNS), None)
    if order is None or not any(prep.dep_ == "prep" and prep.lower_ == "of" and any(
            obj.dep_ == "pobj" for obj in prep.children) for prep in order.children):
        return None
    status = ev.IN_TRANSIT if ev.is_progressive(token) else ev.ARRIVED
    return ev.Trigger(status, token, (order,))


def awaited_trigger(token: Token) -> ev.Trigger | None:
    """"The first four Rafale jets are expected in India by July", "The F-35 jets are slated
    for delivery in 2027", "The first battery is due in March": a system the clause schedules
    somewhere or at some time, with no verb of its own below the schedule word."""
    # "..., with five more jets expected in 2025": an absolute participle awaits the noun it follows
    absolute = token.dep_ == "acl" and ev.is_absolute_clause(token)
    if (ev.lemma_of(token) not in AWAITING_WORDS and token.lower_ not in AWAITING_WORDS) \
            or (token.dep_ in ("amod", "acl", "relcl") and not absolute):   # the tagger lemmatizes "slated" as "slat"
        return None
    verb = token.head if token.pos_ == "ADJ" and token.dep_ == "acomp" else token   # "is due in March"
    if token.pos_ == "VERB" and not ev.is_passive(token) and not absolute:
        return None   # "Russia expects an escalation": the active verb is expectation_trigger's
    children = list(token.children) + ([] if verb is token else list(verb.children))
    if any(child.dep_ in ("xcomp", "ccomp", "advcl", "oprd", "acomp") and child.i != token.i
           and ev.lemma_of(child) not in ev.SUCCESSION_VERBS for child in children):
        return None   # "are expected to arrive": the clause's own verb states it ("followed by" does not)
    subject = token.head if absolute else next(
        (child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (names_a_system(subject) or refers_to_a_system(subject)
                               or (absolute and ev.is_further_quantity(subject))):
        return None   # (the remaining eight: the clause it follows names what they are)
    # (a participle's "by 2027" may be parsed as its agent)
    if not any(child.dep_ in ("prep", "agent") and child.lower_ in AWAITED_PREPS and any(
            obj.dep_ == "pobj" and (obj.ent_type_ in ("GPE", "LOC", "DATE") or ev.lemma_of(obj) in ev.NOUN_STATUSES
                                    or ev.place_name(obj))
            for obj in child.children) for child in children) and not any(
            child.dep_ == "npadvmod" and child.ent_type_ == "DATE" for child in children):
        return None   # (nor a bare time: "expected later this year")
    if subject.lower_ in ev.PAIR_WORDS | ev.ANAPHOR_PRONOUNS or subject.lower_ == "all" or subject.like_num:
        return ev.Trigger(ev.PLANNED, verb, (verb,))   # the clause's subject search resolves a pronoun
    return ev.Trigger(ev.PLANNED, verb, (subject,))


def scheduled_start_trigger(token: Token) -> ev.Trigger | None:
    """"Deliveries of the 24 jets are to begin in 2027", "the deployment is due to start in
    May", "shipments are expected to commence": a status noun whose start a schedule sets
    ("is to", "is due to", "is expected to") is a plan."""
    if token.pos_ != "NOUN" or ev.lemma_of(token) not in ev.NOUN_STATUSES or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = token.head
    if ev.lemma_of(verb) == "be":
        holders = [verb] + [child for child in verb.children if child.dep_ == "acomp" and child.lower_ in AWAITING_WORDS]
    elif ev.lemma_of(verb) in AWAITING_WORDS or verb.lower_ in AWAITING_WORDS:
        holders = [verb]
    else:
        return None
    start = next((child for holder in holders for child in holder.children
                  if child.dep_ == "xcomp" and has_to(child) and ev.lemma_of(child) in START_WORDS), None)
    return ev.Trigger(ev.PLANNED, start, (token,)) if start is not None else None


def package_triggers(token: Token) -> list[ev.Trigger]:
    """"The tranche includes two NASAMS launchers and TOW missiles", "the items in this
    package include: ...; Stinger systems; 40 Stryker carriers", "a round of aid, which
    included three HIMARS": each system an aid package holds is planned, one trigger for each
    listed object that names one; what it holds for a system ("munitions for Patriot
    batteries") is not the system."""
    if token.pos_ != "VERB" or ev.lemma_of(token) not in PACKAGE_HOLDING_VERBS \
            or not is_package(holder_of(token)):
        return []
    return [ev.Trigger(ev.PLANNED, token, (noun,)) for noun in held_systems(token)]


def committed_trigger(token: Token) -> ev.Trigger | None:
    """"Paris has committed twelve Caesar guns to Kyiv", "two NASAMS batteries were committed to
    Ukraine": systems committed to a receiver or a mission are planned there; what is committed
    with one ("committed crimes with Iskander missiles") or a unit committed to a fight is none."""
    if token.pos_ != "VERB" or ev.lemma_of(token) not in COMMITTING_VERBS:
        return None
    if not any(child.dep_ == "prep" and child.lower_ == "to" for child in token.children):
        return None
    if token.dep_ == "acomp" and ev.lemma_of(token.head) == "be":   # "were committed to", read as an adjective
        committed = next((child for child in token.head.children if child.dep_ == "nsubj"), None)
    else:
        dep = "nsubjpass" if ev.is_passive(token) else "dobj"
        committed = next((child for child in token.children if child.dep_ == dep), None)
    if committed is None or not names_a_system(committed):
        return None
    return ev.Trigger(ev.PLANNED, token, (committed,))


def chosen_trigger(token: Token) -> ev.Trigger | None:
    """"Budapest has chosen the Gripen", "the Rafale jet was selected by Jakarta", "Bern
    selected the F-35 jet": the system a buyer chooses is planned (a decision, R3); people
    named after one ("selected F-16 pilots") or an infinitive ("chose to send") are not what
    is chosen here."""
    if token.pos_ != "VERB" or ev.lemma_of(token) not in CHOOSING_VERBS:
        return None
    dep = "nsubjpass" if ev.is_passive(token) else "dobj"
    chosen = next((child for child in token.children if child.dep_ == dep), None)
    if chosen is None or not is_named_weapon(chosen):
        return None
    return ev.Trigger(ev.PLANNED, token, (chosen,))


def contracted_trigger(token: Token) -> ev.Trigger | None:
    """"The office contracted Hanwha for 30 more K9 howitzers", "a maker contracted for
    more guns": a contract made for systems plans them; work on one
    ("contracted Lockheed for maintenance of the jets") is none."""
    if token.pos_ != "VERB" or ev.lemma_of(token) not in CONTRACTING_VERBS:
        return None
    bought = next((obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "for"
                   for obj in prep.children if obj.dep_ == "pobj" and (
                       is_named_weapon(obj) or ev.lemma_of(obj) in ev.ANAPHOR_NOUNS)), None)
    return ev.Trigger(ev.PLANNED, token, (bought,)) if bought is not None else None


def destined_trigger(token: Token) -> ev.Trigger | None:
    """"Five of the IRIS-T systems are intended for the Bundeswehr", "the jets were earmarked
    for Kyiv": systems a verb of destining sets aside for a receiver (a country, a force) are
    planned there; a purpose ("are intended for air defence") or a reduced participle that
    only names them ("the jets destined for Jakarta will be built in France") states none."""
    if ev.lemma_of(token) not in DESTINING_VERBS or token.dep_ in ("acl", "amod", "relcl"):
        return None
    if token.pos_ == "VERB" and ev.is_passive(token):
        verb, deps = token, ("nsubjpass", "nsubj")
    elif token.dep_ == "acomp" and ev.lemma_of(token.head) == "be":   # "are destined for", read as an adjective
        verb, deps = token.head, ("nsubj",)
    else:
        return None
    if not any(is_receiver(obj) for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "for"
               for obj in prep.children if obj.dep_ == "pobj"):
        return None
    subject = next((child for child in verb.children if child.dep_ in deps), None)
    if subject is None or not (names_a_system(subject) or refers_to_a_system(subject) or counts_systems(subject)):
        return None
    return ev.Trigger(ev.PLANNED, verb, (subject,))


def noun_plan_trigger(token: Token) -> ev.Trigger | None:
    """"signed an accord backing the planned acquisition of the Kalibr", "talks on the pending
    delivery of the remaining Patriot units", "the deal took in orders of 30 K9 guns": a noun
    that tells a plan, its system in its "of" or "for" phrase (or, for a plan noun, before it:
    "the Gripen order"), is PLANNED, read through the verb it hangs on, so a negated, wished
    or conditional verb keeps it from being one; a possibility ("a possible purchase of"), a
    plan undone ("the scrapped order for"), an approval (``purchase_trigger``'s) and a request,
    an interest or a cancellation over the noun state none."""
    if token.pos_ != "NOUN":
        return None
    lemma = ev.lemma_of(token)
    modifiers = [child for child in token.children if child.dep_ in ("amod", "compound", "det", "neg")]
    planned = any(child.lower_ in PLANNING_ADJECTIVES for child in modifiers)
    if lemma not in STATED_PLAN_NOUNS and not (planned and (lemma in PURCHASE_NOUNS or lemma in ev.NOUN_STATUSES)):
        return None
    if any(child.lower_ in UNSETTLED_PLAN_ADJECTIVES or child.lower_ == "no" or child.dep_ == "neg" for child in modifiers):
        return None
    systems = planned_systems(token, lemma in STATED_PLAN_NOUNS)
    if not systems or is_plan_noun_set_aside(token):
        return None
    verb = governing_verb(token)
    if not planned and (token.dep_ in ("nsubj", "nsubjpass") or verb is not None and (
            ev.lemma_of(verb) in WEIGHING_VERBS or ev.lemma_of(verb) == "be" or ev.lemma_of(verb) in ev.SPEECH_VERBS)):
        return None   # a bare noun: "is weighing the purchase of", "the procurement of X is a boost"
        # (a bare subject, "Ankara's purchase of X angered its allies", is the topic of what
        # follows from it; "said procurement of X are ..." is such a subject misread as an object)
    if not planned and token.dep_ == "pobj" and token.head.head.i == getattr(verb, "i", -1) \
            and token.head.lower_ not in PLAN_NOUN_VERB_PREPS:
        return None   # "Alongside acquisitions of K2 tanks, Warsaw ordered ...": background
    if verb is not None and (ev.lemma_of(verb) in APPROVAL_VERBS | APPROVAL_GIVING_VERBS | GIVE_UP_VERBS
                             | WISH_VERBS | WANTING_VERBS or (ev.lemma_of(verb) in ev.TRANSPORT_VERBS
                                                              and token.head.i == verb.i)):
        return None   # approvals are purchase_trigger's, an order delivered delivered_order_trigger's
    return ev.Trigger(ev.PLANNED, verb if verb is not None else token, tuple(systems))


def planned_systems(noun: Token, by_compound: bool) -> list[Token]:
    """The systems a plan noun tells of: its "of"/"for" objects and their conjuncts that name
    one, or (``by_compound``) a compound that does ("the Gripen order")."""
    objects = [item for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
               for obj in prep.children if obj.dep_ == "pobj" for item in (obj, *obj.conjuncts)]
    named = [obj for obj in objects if is_named_weapon(obj) or names_a_system(obj)]
    if named or not by_compound:
        return named
    return [child for child in noun.children if child.dep_ == "compound" and ev.in_subject_mention(child)]


def is_plan_noun_set_aside(noun: Token) -> bool:
    """"interest in the purchase of", "a request for the order of", "the cancellation of the
    order for", "talks on the purchase of": a noun over the plan noun that makes it a wish, a
    request, a plan given up or one still weighed."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    over = ev.lemma_of(prep.head)
    return over in INTEREST_NOUNS | GIVE_UP_NOUNS | REQUEST_NOUNS | WEIGHING_NOUNS


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase hangs on, through its prepositions and nouns; None in a headline
    without one."""
    head = noun
    while head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def is_receiver(noun: Token) -> bool:
    """A country, a place or a force that receives: "Ukraine", "the Bundeswehr", "the Indonesian
    Air Force"."""
    return ev.place_name(noun) is not None or noun.ent_type_ in ("GPE", "ORG", "NORP") \
        or ev.lemma_of(noun) in ev.EQUIPPED_NOUNS


def counts_systems(noun: Token) -> bool:
    """"Five of the IRIS-T systems", "two of them": a number whose "of" phrase names or refers
    to systems."""
    return noun.like_num and any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(
            obj.dep_ == "pobj" and (names_a_system(obj) or refers_to_a_system(obj)) for obj in prep.children)
        for prep in noun.children)


def gained_paper_trigger(token: Token) -> ev.Trigger | None:
    """"Nexter has won a contract to ship 30 Caesar guns", "secured a deal for 18 Rafale
    jets", "had made an agreement on the supply of Patriot systems": a planning paper its
    holder wins, secures or makes states its plan, as a signed one does; a paper still sought
    ("to win a contract to supply", "in securing a deal") states none, nor one for other work
    on a system ("to maintain the jets")."""
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or ev.DOCUMENT_NOUNS.get(ev.lemma_of(token)) != ev.PLANNED:
        return None
    verb = token.head
    if ev.lemma_of(verb) not in PAPER_GAINING_VERBS or verb.pos_ != "VERB" or has_to(verb) \
            or verb.dep_ == "pcomp" or ev.is_paper_for_other_work(token):
        return None
    return ev.Trigger(ev.PLANNED, verb, (token, verb))


def is_named_weapon(noun: Token) -> bool:
    """"the Gripen", "the F-35 jet", "24 Rafale fighters": a mention, or a kind of weapon a
    mention names."""
    return ev.in_subject_mention(noun) or (
        ev.lemma_of(noun) in ev.ANAPHOR_NOUNS and any(ev.in_subject_mention(word) for word in noun.lefts))


def holder_of(verb: Token) -> Token | None:
    """The noun that holds what ``verb`` lists: its subject, or the antecedent of a relative
    pronoun subject ("aid ..., which included")."""
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head
    if (subject is not None and subject.lower_ == "it") or (subject is None and ev.is_passive(verb)
                                                           and not any(child.dep_ == "agent" for child in verb.children)):
        return earlier_package(verb) or subject   # "It also includes ...", "TOW missiles are also included"
    return subject


def earlier_package(verb: Token) -> Token | None:
    """The package an "it" or a holderless passive lists for: a package subject of one of the
    two sentences before the verb's own, the nearest first."""
    if verb.dep_ != "ROOT":
        return None
    doc, start = verb.doc, verb.sent.start
    for _ in range(PACKAGE_LOOKBACK):
        if start == 0:
            return None
        sentence = doc[start - 1].sent
        package = next((token for token in sentence if token.dep_ == "nsubj" and holds_a_plan(token)), None)
        if package is not None:
            return package
        start = sentence.start
    return None


def is_package(noun: Token | None) -> bool:
    """"the package", "this tranche", "the contract", "a round of aid", "the items in this
    package": a package or a planning paper, or a noun whose "in"/"of" phrase names one."""
    if noun is None:
        return False
    return holds_a_plan(noun) or any(
        prep.dep_ == "prep" and prep.lower_ in HOLDER_PREPS and holds_a_plan(obj)
        for prep in noun.children for obj in prep.children if obj.dep_ == "pobj")


def holds_a_plan(noun: Token) -> bool:
    """An aid package, or a paper or a purchase that plans ("the contract", "the sale"); a
    "strike package" is aircraft sent to attack, no aid."""
    lemma = ev.lemma_of(noun)
    if any(child.dep_ in ("compound", "amod") and ev.lemma_of(child) in ev.USE_NOUNS for child in noun.children):
        return False
    return lemma in PACKAGE_NOUNS or ev.PLANNED in (ev.DOCUMENT_NOUNS.get(lemma), ev.NOUN_STATUSES.get(lemma))


def held_systems(verb: Token) -> list[Token]:
    """The verb's objects and their conjuncts that name a system by a word of their own
    ("four NASAMS launchers", "Javelin"), in the order of the list."""
    dep = "nsubjpass" if ev.is_passive(verb) else "dobj"   # "TOW missiles are also included"
    objects = [obj for child in verb.children if child.dep_ == dep for obj in (child, *child.conjuncts)]
    # "air defence systems, specifically Patriot and IRIS-T systems": the apposition says which
    objects += [item for obj in list(objects) for appos in obj.children if appos.dep_ == "appos"
                for item in (appos, *appos.conjuncts)]
    objects += colon_list_items(verb)
    named = {noun.i: noun for noun in objects if any(ev.in_subject_mention(word) for word in ev.named_words(noun))}
    return [named[i] for i in sorted(named)]


def colon_list_items(verb: Token) -> list[Token]:
    """"include: fuel for Bradley vehicles; 40 Stryker carriers; Stinger systems": after a colon
    the parser hangs the items anywhere; every noun there that no preposition governs ("for
    Bradley vehicles" is what the fuel is for)."""
    colon = next((child for child in verb.children if child.dep_ == "punct" and child.text == ":"), None)
    if colon is None:
        return []
    return [token for token in verb.doc[colon.i + 1:verb.sent.end] if token.pos_ in ("NOUN", "PROPN")
            and token.dep_ not in ("compound", "pobj", "poss") and not any(
                ancestor.dep_ in ("prep", "pobj") for ancestor in token.ancestors if ancestor.i > colon.i)]


def refers_to_a_system(noun: Token) -> bool:
    """"Both are due in Kyiv", "both batches are expected in May", "The jets are due in March": a
    subject that refers back to a system the report named (the subject search resolves it)."""
    if noun.lower_ in ev.PAIR_WORDS | ev.ANAPHOR_PRONOUNS or ev.is_anaphoric_noun(noun):
        return True
    if noun.lower_ == "all" or (noun.like_num and not any(True for _ in noun.children)):
        return True
    return ev.lemma_of(noun) in ev.ANAPHOR_NOUNS and any(child.lower_ in ev.PAIR_WORDS for child in noun.children)


def names_a_system(noun: Token) -> bool:
    return ev.in_subject_mention(noun) or any(
        child.dep_ in ("compound", "amod", "nmod", "nummod") and ev.in_subject_mention(child) for child in noun.children)


def gives_approval(verb: Token) -> bool:
    """"gave the green light", "accorded approval": a giving verb whose object is an approval."""
    return ev.lemma_of(verb) in APPROVAL_GIVING_VERBS and any(
        child.dep_ == "dobj" and ev.lemma_of(child) in APPROVAL_NOUNS for child in verb.children)


def approved_transfer_trigger(token: Token) -> ev.Trigger | None:
    """"It is also allowing other European states to ship the tanks": a
    transfer the giver of an approval allows is a plan; a permission to use is none."""
    if token.dep_ != "acl" or not has_to(token) or not is_given_approval(token):
        return None
    return ev.Trigger(ev.PLANNED, token.head.head, (token,))


def is_approved_transfer(trigger: ev.Trigger) -> bool:
    """True for an approval given to a transfer or a purchase (``approved_transfer_trigger``,
    ``purchase_trigger``: "granting approval for other countries to send", "gave the green light
    for the purchase of"), its giving verb not negated; ``events.governed_status`` sets a given
    permission aside, as "permission to use" is none."""
    verb = trigger.anchor
    if not any(child.dep_ == "dobj" and ev.lemma_of(child) in ev.PERMISSION_NOUNS for child in verb.children):
        return False   # "made a determination": no permission for governed_status to have set aside
    return trigger.status == ev.PLANNED and ev.lemma_of(verb) in APPROVAL_GIVING_VERBS \
        and any(approved_transfer_trigger(head) is not None or purchase_trigger(head) is not None
                for head in trigger.argument_heads) \
        and not any(child.dep_ == "neg" for child in verb.children)


def made_day_dropped(anchor: Token, date: str | None, context) -> str | None:
    """``date`` unless it is the day a plan was made: a day ("on Wednesday", "yesterday")
    that hangs on the verb that makes the plan ("made a deal on Friday to buy", "agreed on Friday to supply", "signed on Friday a memorandum"), not on the
    status it plans ("will arrive on July 29"). A plan's date is the time it names for the
    status (R4); a month or a year of a contract is kept, as the corpora date orders."""
    if date is None or not DAY_VALUE.fullmatch(date):
        return date
    verb = anchor
    for _ in range(CHAIN_REACH + 1):
        if ev.lemma_of(verb) in MAKING_VERBS:
            break
        if verb.dep_ not in ("xcomp", "conj", "ccomp") or verb.head.i == verb.i:
            return date
        verb = verb.head
    else:
        return date
    own = {token.i for token in ev.own_tokens(verb)}
    dated = [i for i, timex in context.timex_at.items() if timex.get("value") == date
             and anchor.sent.start <= i < anchor.sent.end]
    return None if dated and all(i in own for i in dated) else date


def date_tokens(clause: Token, tokens: list[Token]) -> list[Token]:
    """The tokens of ``clause`` that may date its plan: a time the plan starts from ("set to
    receive 29 HIMARS, starting in 2026", "scheduled to begin in June 2017") added, a time it no longer holds ("one year earlier
    than the original delivery date of 2027", "postponed from the fourth quarter of 2023 ...
    to the third quarter of 2024") left out."""
    kept = [token for token in tokens if not is_superseded(token, clause)]
    for child in clause.children:
        if ev.lemma_of(child) in START_WORDS and (child.dep_ == "advcl" and child.tag_ == "VBG" or child.dep_ == "xcomp"):
            # "starting in 2026", "Shipments are due to start in May 2019"
            kept = [token for token in ev.own_tokens(child) if token.i != child.i] + kept
    return kept


def is_superseded(token: Token, clause: Token) -> bool:
    """True for a token inside a comparison ("than the original date of 2027"), an "instead
    of" phrase, or the "from" of a move ("postponed from Q4 2023 until Q3 2024")."""
    word = token
    while word.i != clause.i and word.head.i != word.i:
        if word.dep_ == "prep" or word.pos_ == "ADP":
            if word.lower_ in SUPERSEDED_PREPS:
                return True
            if word.lower_ == "of" and word.head.lower_ in SUPERSEDED_PREPS:
                return True
            if word.lower_ == "from" and any(sibling.dep_ == "prep" and sibling.lower_ in MOVE_TARGET_PREPS
                                             and any(part.ent_type_ == "DATE" for part in sibling.subtree)
                                             for sibling in word.head.children):
                return True   # not "From 2026, the tanks will be passed to Latvia"
        word = word.head
    return False


def place(trigger: ev.Trigger, status: str, found: str | None) -> str | None:
    """The place of an event: the buyer's country for a planned purchase, else ``found``
    (what ``events.find_location`` gave), else for a plan the country of the receiver it is
    handed "to" ("to supply 100 M777 howitzers to the army")."""
    buyer = buyer_place(trigger, status)
    if buyer or found or status != ev.PLANNED:
        return buyer or found
    verb = trigger.anchor
    if ev.lemma_of(verb) not in ev.HANDOVER_VERBS:
        return None
    return next((name for prep in verb.children if prep.dep_ in ("prep", "dative") and prep.lower_ == "to"
                 for obj in prep.children if obj.dep_ == "pobj" and (name := country_of(obj))), None)


def buyer_place(trigger: ev.Trigger, status: str) -> str | None:
    """The country of the buyer of a planned purchase ("The Czech government has approved a
    plan to acquire", "the Indian Army will procure"); None where the clause names where the
    systems go ("to purchase NASAMS for Kyiv") or names no buyer by its country."""
    if status != ev.PLANNED:
        return None
    verb = trigger.anchor
    buying = verb if ev.lemma_of(verb) in BUYING_VERBS else next(
        (clause for child in verb.children if child.dep_ == "dobj" and ev.lemma_of(child) in PLAN_HEAD_NOUNS
         for clause in child.children if clause.dep_ in ("acl", "relcl") and ev.lemma_of(clause) in BUYING_VERBS),
        None)
    if buying is None:
        return None
    if any(prep.dep_ in ("prep", "dative") and prep.lower_ in ("for", "to") and any(
            ev.place_name(obj) for obj in prep.children if obj.dep_ == "pobj") for prep in ev.own_tokens(buying)):
        return None   # "to purchase NASAMS for Kyiv", "ordered two NASAMS systems for Ukraine": the destination decides
    holders, word = [buying], buying
    for _ in range(CHAIN_REACH + 1):   # up to the verb of the plan noun, through "a deal worth ... to acquire"
        if word.dep_ not in ("acl", "relcl", "xcomp", "amod", "dobj", "advcl") or word.head.i == word.i:
            break
        word = word.head
        if word.pos_ == "NOUN" and ev.lemma_of(word) not in PLAN_HEAD_NOUNS:
            break   # "approved a request from Romania to buy": the requester, not the approver, buys
        holders.append(word)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "nsubj":
                name = country_of(child)
                if name:
                    return name
    return None


def country_of(noun: Token) -> str | None:
    """"The Czech government", "the Indian Army", "Poland", "the Pentagon": the country a
    buyer names."""
    name = ev.place_name(noun)
    if name:   # a country, not whatever the model took for a place ("the MoD")
        name = ev.CAPITAL_COUNTRIES.get(name, name)
        return name if name in COUNTRIES or name.lower() in COUNTRY_ALIASES else None
    if noun.lower_ in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[noun.lower_]
    if ev.lemma_of(noun) in STATE_NOUNS:
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.lower_ in DEMONYMS:
                return DEMONYMS[child.lower_]
            if child.dep_ in ("compound", "poss") and (name := ev.place_name(child)):
                return name
    return None


STATE_NOUNS = frozenset(lexicon().events["donor_words"]["state_nouns"])

# last, so that either module may be imported first: events.py reads this module's names when
# it is imported, this module reads events.py's only when its rules run
from claimledger.extract import events as ev  # noqa: E402
