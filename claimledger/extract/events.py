"""claimledger_events: deployment and status events of tracked systems.

One event per clause whose predication states a status of a tracked subject (see
``schema.Status``): a status verb ("deployed", "has arrived", "withdrawn"), a status phrase
("en route", "makes its way", "on combat duty", "on standby"), a status noun governed by a
verb that asserts it ("begun the deployment of", "agreed on the deployment of", "the delivery
was scheduled for"), or a paper that states a purchase or request ("signed a contract to
supply", "a letter of request for"). A bare nominalisation ("its deployment in Belarus ...")
presupposes a status and is not an event. Governing verbs turn a status into REQUESTED
("asked Putin to deploy") or PLANNED ("plans to deploy", "will be deployed", "getting ready to
take up combat duty"), or cancel it (possibilities, conditionals, negations, refusals, tests).

Each event gets the clause's line as its span, the location (a place in the clause, a use's
target, the receiving country; else the document's place for the subject or its main
country), the date (a timex attached to the clause; for a status holding when reported, the
date of the speech verb that reports it; for a plan, only the time it names) and the source
(the speaker of the enclosing quote, the subject of a governing speech verb, "according to X",
or a headline's attribution). Reads ``doc.spans["subjects"]``, ``doc._.timexes`` and
``doc._.quotes``; sets ``doc._.events``. The conventions are listed in docs/evaluation.md.
"""
from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left
from collections import Counter
from typing import Callable
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimledger.extract import extensions  # noqa: F401  (registers Doc attributes)
from claimledger.extract import plans
from claimledger.extract.event_countries import (DEMONYM_WORDS, MILITARY_SITES, SITE_PREFIXES, SITE_WORDS,
                                                 canonical_country, fill_event_countries, gazetteer_country, military_site_country,
                                                 named_region_country)
from claimledger.extract.paragraphs import lines_after_colon
from claimledger.extract.quotes import DASHES   # the dashes that set an aside off
from claimledger.extract.quote_lexicon import POINTING_BACK   # "this", "that": an object pointing back
from claimledger.extract.speakers import BODY_WORDS, NAMED_SOURCE_TYPES, TITLE_WORDS, resolver_copy
from claimledger.extract.extensions import SUBJECTS_KEY
from claimledger.extract.syntax import has_to
from claimledger.extract.text_cache import doc_ents, doc_text
from claimledger.extract.token_filters import (column_ids, lemma_positions, lower_positions, matching_lemma_ids,
                                              newline_positions)
from claimledger.lexicon import lexicon
from claimledger.places import COUNTRIES, DEMONYMS
from claimledger.schema import Status

REQUESTED, PLANNED, IN_TRANSIT = Status.REQUESTED.value, Status.PLANNED.value, Status.IN_TRANSIT.value
ARRIVED, DEPLOYED, COMBAT_DUTY = Status.ARRIVED.value, Status.DEPLOYED.value, Status.COMBAT_DUTY.value
USED, WITHDRAWN = Status.USED.value, Status.WITHDRAWN.value

# the English event vocabulary (claimledger/lexicon/events.json); the comments here say how
# each table is used
EVENT_WORDS = lexicon().events

# verbs that state a status when a tracked subject is one of their arguments
VERB_STATUSES = dict(EVENT_WORDS["verb_statuses"])
# lemmas the model gets wrong for a status verb ("installed" as "instal"), read as the verb's
LEMMA_REPAIRS = dict(EVENT_WORDS["lemma_repairs"])
# transport verbs: IN_TRANSIT while in progress ("is being moved"), ARRIVED once done
# "was flown to Luzon", "airlifted to Poland": transport by air only when a destination or
# the passive says so ("the F-16s flew sorties" moves nothing)
AIR_TRANSPORT_VERBS = frozenset(EVENT_WORDS["air_transport_verbs"])
TRANSPORT_VERBS = frozenset(EVENT_WORDS["transport_verbs"])
# "moving towards supplying Ukraine with tanks": progress towards an act, not a move
PROGRESS_PREPS = frozenset(EVENT_WORDS["progress_preps"])
PROGRESS_ADVERBS = frozenset(EVENT_WORDS["progress_adverbs"])   # "moving forward with plans"
# "prepared"/"readied" mean the system is there only when it is the one being prepared
PASSIVE_ONLY_VERBS = frozenset(EVENT_WORDS["passive_only_verbs"])
# verbs whose grammatical subject is the user, never the system ("Oreshnik uses solid fuel")
OBJECT_ONLY_VERBS = frozenset(EVENT_WORDS["object_only_verbs"])
# ... and particle verbs of that kind: "the unit took over the NASAMS batteries" (not "the
# F-15s took over the air policing mission")
OBJECT_ONLY_PARTICLE_VERBS = frozenset(tuple(phrase.split()) for phrase in EVENT_WORDS["object_only_particle_verbs"])
# "gave Ukraine 19 F-16s": what is given is the object; "gave approval for the delivery of
# F-16s" gives no jets, so no prepositional phrase names the system
OBJECT_ARGUMENT_VERBS = frozenset(EVENT_WORDS["object_argument_verbs"])
# "approved a request from Poland to buy Patriot launchers": a granted request is a decision
GRANTING_VERBS = frozenset(EVENT_WORDS["granting_verbs"])
# verbs whose object is the target: "hit the Leopard 2 tanks" does not use the tanks; the weapon
# is the subject, "with" X, or "by" X
TARGET_VERBS = frozenset(EVENT_WORDS["target_verbs"])
# "sank a patrol boat", "was sunk by": a use only with what it hits (claimledger/lexicon/events.json)
OBJECT_USE_VERBS = frozenset(EVENT_WORDS["object_use_verbs"])
# "the rocket debris struck houses": what falls of a downed weapon strikes; the
# weapon was not used on what its debris hits
DEBRIS_NOUNS = frozenset(EVENT_WORDS["debris_nouns"])
# "destroyed a depot with Storm Shadow missiles": a store's "with" says what it holds, the target's
# contents, not what struck it
STORE_NOUNS = frozenset(EVENT_WORDS["store_nouns"])
# "difficult to detect and intercept": the noun of a tough adjective is what the verb acts on
TOUGH_ADJECTIVES = frozenset(EVENT_WORDS["tough_adjectives"])
# "is widely used by European armies": a present passive of use with a generic adverb says who
# operates a type, not that it was fired
GENERIC_USE_ADVERBS = frozenset(EVENT_WORDS["generic_use_adverbs"])
UNTIL_WORDS = frozenset(EVENT_WORDS["until_words"])
FINITE_BE = frozenset(EVENT_WORDS["finite_be"])
# "have been operating from X since 2018": a perfect that reaches the present
PRESENT_PERFECT_AUX = frozenset(EVENT_WORDS["present_perfect_aux"])
PERFECT_AUXILIARIES = frozenset(lexicon().grammar["perfect_auxiliaries"])
# "Ukraine got its first Abrams tanks": a receipt in the past or future, not the present
GENERIC_PRESENT_VERBS = frozenset(EVENT_WORDS["generic_present_verbs"])
TARGET_SITE_PREPS = frozenset(EVENT_WORDS["target_site_preps"])
ABILITY_WORDS = frozenset(EVENT_WORDS["ability_words"])
LIKELIHOOD_WORDS = frozenset(EVENT_WORDS["likelihood_words"])
# "was probably fired", "it is speculated that ... intends to buy": a guess, no status stated
HEDGE_ADVERBS = frozenset(EVENT_WORDS["hedge_adverbs"]) | LIKELIHOOD_WORDS
SPECULATION_VERBS = frozenset(EVENT_WORDS["speculation_verbs"])
GOAL_VERBS = frozenset(EVENT_WORDS["goal_verbs"])
# "to provide cover to a group of soldiers": what a transport verb gives is no system
SERVICE_OBJECTS = frozenset(EVENT_WORDS["service_objects"])
# "playing a critical role in pushing back the Russians", "vital in holding off attacks"
ROLE_NOUNS = frozenset(EVENT_WORDS["role_nouns"])
ROLE_VERBS = frozenset(EVENT_WORDS["role_verbs"])
ROLE_ADJECTIVES = frozenset(EVENT_WORDS["role_adjectives"])
COMBAT_GERUNDS = frozenset(EVENT_WORDS["combat_gerunds"])
BATTLEFIELD_NOUNS = frozenset(EVENT_WORDS["battlefield_nouns"])
# "Russia has sent 12 Kinzhal missiles at the city": sent at a place is a strike
TARGETING_TRANSPORT_VERBS = frozenset(EVENT_WORDS["targeting_transport_verbs"])
# "has hit delays", "hit a snag": what a strike verb takes that no weapon strikes
OBSTACLE_NOUNS = frozenset(EVENT_WORDS["obstacle_nouns"])
# "the deployment of long-range missiles, including SM-6 and Tomahawk"
LIST_PREPS = frozenset(EVENT_WORDS["list_preps"])
LIST_PATH_DEPS = {"compound", "nmod", "amod", "conj", "appos", "pobj", "prep", "punct", "nummod"}
# "fired rounds from HIMARS launchers": the launcher named after "from" was used
USE_SOURCE_PREPS = frozenset(EVENT_WORDS["use_source_preps"])
# "based on the RS-26" is a design lineage, not a base
NOT_A_PLACE_PREPS = {verb: frozenset(preps) for verb, preps in EVENT_WORDS["not_a_place_preps"].items()}
# "handed over", "pulled out", "pulled back"
PARTICLE_VERBS = {tuple(words.split()): status for words, status in EVENT_WORDS["particle_verbs"].items()}
# the particles of the particle verbs of use ("shot down"), which the tagger may read as adverbs
USE_PARTICLES = frozenset(particle for (_, particle), status in PARTICLE_VERBS.items() if status == USED)
# "NASAMS are coming": on the way, said only in the progressive ("comes with radars" is not)
COMING_VERBS = frozenset(EVENT_WORDS["coming_verbs"])
HERE_WORDS = frozenset(EVENT_WORDS["here_words"])
PRESENCE_ADVERBS = frozenset(EVENT_WORDS["presence_adverbs"])
CARRYING_VERBS = frozenset(EVENT_WORDS["carrying_verbs"])
# "has deployed Kinzhal missiles three times": counted occasions of a deployment are uses
OCCASION_WORDS = frozenset(EVENT_WORDS["occasion_words"])
# "..., he said": a pronoun speaker stands for the person named before it
PERSONAL_PRONOUNS = frozenset(EVENT_WORDS["personal_pronouns"])
# "Exclusive: ...", "Watch: ...": a headline's label, not who it is attributed to
HEADLINE_LABELS = frozenset(EVENT_WORDS["headline_labels"])
# "Japan plans to deploy", "Vilnius asked Washington to station": the verb states the plan or
# the request itself; its subject is who plans or asks, not who asserts it
UNASSERTING_CUES = frozenset(EVENT_WORDS["unasserting_cues"])

# status nouns count only when a governing verb asserts them
NOUN_STATUSES = dict(EVENT_WORDS["noun_statuses"])
# "the delivery of the S-400 was scheduled for July", "the deliveries would be completed in
# 2026", "the arrival of NASAMS is expected": a status noun as the subject of a schedule
SCHEDULE_WORDS = frozenset(EVENT_WORDS["schedule_words"])
# verbs whose grammatical subject is the supplier, never where the system goes
SUPPLIER_VERBS = (TRANSPORT_VERBS | {"fire", "launch", "strike", "hit", "attack", "target", "use",
                                     "employ", "sell", "offer", "pledge", "promise", "approve"})
# "take delivery of": the receiver's side of a delivery
RECEIPT_VERBS = frozenset(EVENT_WORDS["receipt_verbs"])
# "Ukraine received", "Poland buys": the subject is where the systems go (main_country)
RECEIVING_VERBS = frozenset(EVENT_WORDS["receiving_verbs"])
# "gratitude to the United States", "a letter to Germany": an addressee, not a place
ADDRESS_NOUNS = frozenset(EVENT_WORDS["address_nouns"])
# "first known use of the Zircon", "an attack with a Zircon missile": use named by a noun
USE_NOUNS = frozenset(EVENT_WORDS["use_nouns"])
# "intercepted", "downed": verbs of interception whose object was fired at the interceptor's side
INTERCEPTION_VERBS = frozenset(EVENT_WORDS["interception_verbs"])
# "loitering munition": kinds of drones that are munitions, fired once (kinds of subjects.yaml)
MUNITION_KIND_WORDS = frozenset(EVENT_WORDS["munition_kind_words"])
# "killed in an Iskander strike": the prepositions that give a strike as the means of a harm done
HARM_MEANS_PREPS = frozenset(EVENT_WORDS["harm_means_preps"])
# "The daylight attack included Kinzhal missiles": a use whose parts the verb lists
INCLUSION_VERBS = frozenset(EVENT_WORDS["inclusion_verbs"])
# "the deal covers 48 K9 howitzers": what a paper covers it plans, as what it includes
COVERAGE_VERBS = frozenset(EVENT_WORDS["coverage_verbs"])
# "the two contracts are for NASAMS", "includes orders for 40 HIMARS": the systems a paper is for
PAPER_SCOPE_PREPS = frozenset(EVENT_WORDS["paper_scope_preps"])
# "the six Kinzhals launched from aircraft": launches a participle may state after its noun
LAUNCH_VERBS = frozenset(EVENT_WORDS["launch_verbs"])
# "in the process of acquiring": an acquisition under way is not complete
PROCESS_NOUNS = frozenset(EVENT_WORDS["process_nouns"])
# "the upcoming delivery of": a status noun placed ahead in time states a plan
FUTURE_MODIFIERS = frozenset(EVENT_WORDS["future_modifiers"])
USE_NOUN_PREPS = frozenset(EVENT_WORDS["use_noun_preps"])
USE_ASSERTING_VERBS = frozenset(EVENT_WORDS["use_asserting_verbs"])
# papers that state a purchase or a request: "signed a contract to supply", "a letter of
# request for six Patriot batteries", "a letter of intent to purchase Gripen fighters"
DOCUMENT_NOUNS = dict(EVENT_WORDS["document_nouns"])
LETTER_KINDS = dict(EVENT_WORDS["letter_kinds"])
# a paper states its purchase only when someone signs or places it ("the S-400 deal" alone
# names the deal, not a plan)
SIGNING_WORDS = frozenset(EVENT_WORDS["signing_words"])
# "the HIMARS deal is final", "the agreement on it is a done deal": a paper said to be settled
SETTLED_WORDS = frozenset(EVENT_WORDS["settled_words"])
DOCUMENT_PREPS = frozenset(EVENT_WORDS["document_preps"])   # "signing of", "entered into", "locked in" a deal
# "is being prepared for combat use", "final preparations for active duty"
PREPARE_VERBS = frozenset(EVENT_WORDS["prepare_verbs"])
PREPARATION_NOUNS = frozenset(EVENT_WORDS["preparation_nouns"])
START_VERBS = frozenset(EVENT_WORDS["start_verbs"])
END_VERBS = frozenset(EVENT_WORDS["end_verbs"])
ENDING_VERBS = frozenset(EVENT_WORDS["ending_verbs"])   # "ended the deployment": the placement is over

# the governing verb decides what a status clause states
REQUEST_VERBS = frozenset(EVENT_WORDS["request_verbs"])
# "demanded that the US deploy more batteries", "asked that the jets be sent", "ordered that the
# launchers be moved": a bare verb under a verb of asking or ordering (the mandative subjunctive)
# asks for or orders the status; it does not state it
MANDATIVE_REQUEST_VERBS = frozenset(EVENT_WORDS["mandative_request_verbs"])
MANDATIVE_ORDER_VERBS = frozenset(EVENT_WORDS["mandative_order_verbs"])
# ("be" and "go" for "is to be stationed", "is going to deploy")
PLAN_VERBS = frozenset(EVENT_WORDS["plan_verbs"])
PREPARE_WORDS = frozenset(EVENT_WORDS["prepare_words"])
# "directed the Army to deploy", "instructed the ministry to send": an order is a plan
# (claimledger/lexicon/cues.json)
DIRECTIVE_VERBS = frozenset(lexicon().cues["directive_verbs"])
# "refused to supply", "failed to deliver": the status is not asserted
REFUSAL_VERBS = frozenset(EVENT_WORDS["refusal_verbs"])
# "its opposition to sending", "a veto on supplying": a stance against the act, which did not happen
REFUSAL_NOUNS = frozenset(EVENT_WORDS["refusal_nouns"])
# "would consider providing", "remains reluctant to send": a thought or a reluctance, not a plan
HYPOTHESIS_VERBS = frozenset(EVENT_WORDS["hypothesis_verbs"])
# "cleared Ukraine to use its ATACMS", "gave permission to use the missiles": a permission, not a
# use, a plan or a delivery
PERMISSION_VERBS = frozenset(EVENT_WORDS["permission_verbs"])
REFLEXIVE_PRONOUNS = frozenset(lexicon().grammar["reflexive_pronouns"])
TRAINING_VERBS = frozenset(EVENT_WORDS["training_verbs"])   # "trained crews to use": a skill, no use
DESIGN_VERBS = frozenset(EVENT_WORDS["design_verbs"])   # "is designed to deliver effects": what it is for
PERMISSION_NOUNS = frozenset(EVENT_WORDS["permission_nouns"])
# "servicemen arrived for F-16 training": a system in a training purpose is not what moves
TRAINING_NOUNS = frozenset(EVENT_WORDS["training_nouns"])
RELUCTANCE_WORDS = frozenset(EVENT_WORDS["reluctance_words"])
DENIAL_VERBS = frozenset(EVENT_WORDS["denial_verbs"])
FUTURE_AUX = frozenset(EVENT_WORDS["future_aux"])
# "would": the future of a reported "will", else a hypothetical
CONDITIONAL_AUX = frozenset(EVENT_WORDS["conditional_aux"])
POSSIBILITY_AUX = frozenset(EVENT_WORDS["possibility_aux"])
# "should arrive by March": a schedule when the clause names the time, else a possibility
SCHEDULE_AUX = frozenset(EVENT_WORDS["schedule_aux"])
# "announced the deployment of", "announces arrival of": what an announced status noun states
ANNOUNCING_VERBS = frozenset(EVENT_WORDS["announcing_verbs"])
ANNOUNCED_STATUSES = dict(EVENT_WORDS["announced_statuses"])
# "confirmed the arrival of", "welcomed the delivery of": a status noun a verb of confirming
# takes states the status as done
CONFIRMING_VERBS = frozenset(EVENT_WORDS["confirming_verbs"])
CONFIRMED_NOUNS = dict(EVENT_WORDS["confirmed_nouns"])
MAKE_PARTICIPLES = frozenset(EVENT_WORDS["make_participles"])
# "before they are used": a present passive in a temporal clause under a future main clause
PRESENT_PASSIVE_AUX = frozenset(EVENT_WORDS["present_passive_aux"])
# "And more are on the way": a bare quantifier as subject, more of the system named before
ELLIPTICAL_QUANTIFIERS = frozenset(EVENT_WORDS["elliptical_quantifiers"])
# "The first was handed over in 2016": an ordinal without its noun, one of the systems just named
ELLIPTICAL_ORDINALS = frozenset(EVENT_WORDS["elliptical_ordinals"])
# "The remainder should be handed over in 2026": the remainder of the system named before
REMAINDER_NOUNS = frozenset(EVENT_WORDS["remainder_nouns"])
# "..., followed by three more in June": the later batch repeats the clause's status
SUCCESSION_VERBS = frozenset(EVENT_WORDS["succession_verbs"])
# "a stop at Souda Bay, where they arrived": a place passed on the way
STOPOVER_NOUNS = frozenset(EVENT_WORDS["stopover_nouns"])
# "made a stopover in Qatar": a verb that takes a stop on the way as its object
STOPOVER_VERBS = frozenset(EVENT_WORDS["stopover_verbs"])
# "made it to Qatar": the verb and the object of an idiom of getting somewhere
REACHING_IDIOMS = dict(EVENT_WORDS["reaching_idioms"])
# "began regular operations from the flagship": an activity from a base, a stationing
BASED_ACTIVITY_NOUNS = frozenset(EVENT_WORDS["based_activity_nouns"])
# "becomes part of the naval force": the verb and the noun of an idiom of membership
MEMBERSHIP_IDIOMS = dict(EVENT_WORDS["membership_idioms"])
# "will support these missions", "will provide security support", "will play a key role":
# a system's mission ahead; the object it needs ("service": a service object, "role": a role noun)
MISSION_VERBS = dict(EVENT_WORDS["mission_verbs"])
# "received the Aegis Baseline 9 update": an upgrade of what is there, not a system received
UPGRADE_NOUNS = frozenset(EVENT_WORDS["upgrade_nouns"])
# "passed via Malta", "staged through Souda Bay": a journey going through a place
PASSAGE_VERBS = frozenset(EVENT_WORDS["passage_verbs"])
PASSAGE_PREPS = frozenset(EVENT_WORDS["passage_preps"])
# "on its way to", "on delivery to": the journey whose "to" names where it is bound
JOURNEY_NOUNS = frozenset(EVENT_WORDS["journey_nouns"])
# "sent them to Serbia for a drill along with S-400": a system moved beside the one named
COMPANION_ADVERBS = frozenset(EVENT_WORDS["companion_adverbs"])
# "It then continued to Bulgaria": a journey going on towards a place
ONWARD_VERBS = frozenset(EVENT_WORDS["onward_verbs"])
# "the missiles reached the Odesa region": a munition over an area of the attacked country is
# in flight, not delivered there
FLIGHT_ARRIVAL_VERBS = frozenset(EVENT_WORDS["flight_arrival_verbs"])
# "by deploying them, the balance is expected to shift": a means weighed for an outcome, not told
MEANS_PREPS = frozenset(EVENT_WORDS["means_preps"])
# "along the border with China", "talks with Russia": a partner or rival, not the report's place
PARTNER_PREPS = frozenset(EVENT_WORDS["partner_preps"])
# "used by a number of European countries": operators of a type, named as a group
OPERATOR_GROUP_NOUNS = frozenset(EVENT_WORDS["operator_group_nouns"])
GROUP_QUANTITY_NOUNS = frozenset(EVENT_WORDS["group_quantity_nouns"])
FLIGHT_AREA_NOUNS = frozenset(EVENT_WORDS["flight_area_nouns"])
FLOWN_MUNITION_NOUNS = frozenset(EVENT_WORDS["flown_munition_nouns"])
FLIGHT_DIRECTION_PREPOSITIONS = frozenset(EVENT_WORDS["flight_direction_prepositions"])
COMPANION_IDS = frozenset(get_string_id(word) for word in COMPANION_ADVERBS)
WITH_ID = get_string_id("with")
# "in addition to the Su-35 jets": a noun whose "to" adds a companion as "along with" does
ADDITION_IDS = frozenset(get_string_id(word) for word in EVENT_WORDS["companion_nouns"])
TO_ID = get_string_id("to")
# "promised Ukraine 113 vehicles", "pledged Kyiv four systems": the receiver is the place
PLEDGE_VERBS = frozenset(EVENT_WORDS["pledge_verbs"])
HANDOVER_VERBS = TRANSPORT_VERBS | PLEDGE_VERBS   # "gave Ukraine 19 jets", "promised Ukraine 113 vehicles"
CAPABILITY_AUX = frozenset(EVENT_WORDS["capability_aux"])
# "fired a Harpoon during an exercise", "test-fired": a test or drill is not a use
# (claimledger/lexicon/cues.json)
EXERCISE_NOUNS = frozenset(lexicon().cues["exercise_nouns"])
# "a test range", "a trial site": an exercise noun that makes a place a test site (a training
# ground is also a target of strikes)
PURPOSE_VERBS = frozenset(EVENT_WORDS["purpose_verbs"])   # "is intended to destroy": what it is for
PLAIN_ACTIVITY_NOUNS = frozenset(EVENT_WORDS["plain_activity_nouns"])   # "flights": a use only as "combat flights"
DURATION_VERBS = frozenset(EVENT_WORDS["duration_verbs"])   # "putting it on duty will take months"
TEST_SITE_WORDS = EXERCISE_NOUNS - frozenset(EVENT_WORDS["training_nouns"]) - frozenset(EVENT_WORDS["training_verbs"])

CONDITION_MARKS = frozenset(EVENT_WORDS["condition_marks"])
# "in exchange for the US stationing Patriots in Crete": what a bargain asks for in return is a
# condition, not a status that holds
BARGAIN_NOUNS = frozenset(EVENT_WORDS["bargain_nouns"])
# "without giving the type of equipment", "this is about sending tanks": a gerund under these
# states no status
UNASSERTING_PREPS = frozenset(EVENT_WORDS["unasserting_preps"])
# "sent waves of drones into Ukraine to strike power plants": a sending into the enemy's land
# to strike is the attack (its strike verb is the use), no delivery
INCURSION_PREPS = frozenset(EVENT_WORDS["incursion_preps"])
MANNER_MARKS = frozenset(EVENT_WORDS["manner_marks"])   # "as promised": a comparison, no status
INVERTED_CONDITION_AUX = frozenset(EVENT_WORDS["inverted_condition_aux"])
NEGATIONS = frozenset(EVENT_WORDS["negations"])
CORRELATIVE_NEGATIONS = frozenset(EVENT_WORDS["correlative_negations"])
NEGATIVE_PRONOUNS = frozenset(EVENT_WORDS["negative_pronouns"])   # "none of the jets"
NEGATION_LIMITERS = frozenset(EVENT_WORDS["negation_limiters"])   # "not only the tanks": no denial

# combat duty: "on combat duty", "took up combat duty", "entered combat readiness"
DUTY_NOUNS = frozenset(EVENT_WORDS["duty_nouns"])
# "reached full operational capacity": these count only with "operational"
OPERATIONAL_ONLY_NOUNS = frozenset(EVENT_WORDS["operational_only_nouns"])
# "in service", "entered service": the system is fielded; combat duty only when the text says
# "combat service"
FIELDED_NOUNS = frozenset(EVENT_WORDS["fielded_nouns"])
# "began guarding the airspace", "started performing combat duty tasks": duty by its activity
DUTY_ACTIVITY_VERBS = frozenset(EVENT_WORDS["duty_activity_verbs"])
# "Gripen jets are guarding the Nordic skies", "patrol the skies": a duty told by what
# it guards; "protect civilians" is no duty of a system
GUARDED_NOUNS = frozenset(EVENT_WORDS["guarded_nouns"])
# "pilots patrol the skies", "the crews who operate the jets": people doing it state no status
PERSON_NOUNS = frozenset(EVENT_WORDS["person_nouns"])
# "have had it since 2023", "we have them in place": a holder's continuing possession
POSSESSION_VERBS = frozenset(EVENT_WORDS["possession_verbs"])
# "the troops are being equipped with S-500 systems" (IN_TRANSIT), "the brigade has been
# equipped with" (ARRIVED): a force fitted out with a system; "a jet equipped with missiles"
# describes the jet and states nothing
EQUIPPING_VERBS = frozenset(EVENT_WORDS["equipping_verbs"])
EQUIPPED_NOUNS = frozenset(EVENT_WORDS["equipped_nouns"])
# "the Rafale jets joined the fleet": taken into service, as "entered service" (DEPLOYED)
JOINING_VERBS = frozenset(EVENT_WORDS["joining_verbs"])
# "were added to the fleet", "inducted into the inventory"
ADDING_VERBS = frozenset(EVENT_WORDS["adding_verbs"])
JOINING_OR_ADDING_VERBS = JOINING_VERBS | ADDING_VERBS
JOINED_NOUNS = frozenset(EVENT_WORDS["joined_nouns"])
# "Algeria became the second foreign user of the Su-35": it has them (ARRIVED)
USER_NOUNS = frozenset(EVENT_WORDS["user_nouns"])
# "Estonia became the latest buyer of the K9": a purchase, so a plan (PLANNED)
BUYER_NOUNS = frozenset(EVENT_WORDS["buyer_nouns"])
HOLDER_NOUNS = USER_NOUNS | BUYER_NOUNS
USER_COPULAS = frozenset(EVENT_WORDS["user_copulas"])
# "called it a historic day": a verb that names its object with a predicate requests nothing
NAMING_VERBS = frozenset(EVENT_WORDS["naming_verbs"])
# "hosting an F-35 arrival ceremony": what is hosted or received is the occasion, not the system
OCCASION_EVENT_NOUNS = frozenset(EVENT_WORDS["occasion_event_nouns"])
# "the most advanced jet anyone has ever fielded": a comparison with every time, no status
COMPARISON_ADVERBS = frozenset(EVENT_WORDS["comparison_adverbs"])
# named actors: a people, a state, an organisation or a person acts on systems and is none
ACTOR_ENTITY_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP"))
# "sent back to Guam on deployment", "for a deployment": the errand a sending is on
DEPLOYMENT_PURPOSE_PREPS = frozenset(EVENT_WORDS["deployment_purpose_preps"])
# "keeps Iskander launchers in Kaliningrad": kept at a named place, stationed there (DEPLOYED)
KEEPING_VERBS = frozenset(EVENT_WORDS["keeping_verbs"])
# "the decision leaves two Patriot batteries at the air base": left at a place, still stationed there
LEFT_IN_PLACE_VERBS = frozenset(EVENT_WORDS["left_in_place_verbs"])
HOLDING_PLACE_PREPS = frozenset(EVENT_WORDS["holding_place_preps"])
# "the air force has accepted its first HIMARS": a system taken over from its maker (ARRIVED);
# "accepted the request" accepts no system (granting_verbs)
ACCEPTANCE_VERBS = frozenset(EVENT_WORDS["acceptance_verbs"])
# "established its first F-35B squadron", "formed a K2 tank battalion": a unit stood up with the
# system it is named for (DEPLOYED)
FORMATION_VERBS = frozenset(EVENT_WORDS["formation_verbs"])
# "was brought into service": taken into use where it is, not moved (fielded_nouns says the status)
SERVICE_ENTRY_PREPS = frozenset(EVENT_WORDS["service_entry_preps"])
# "developed as an upgrade to the S-300 family": a system named as another's ancestor or relative
# is not what a following "the system" takes up
LINEAGE_NOUNS = frozenset(EVENT_WORDS["lineage_nouns"])
CARRIER_NOUNS = frozenset(EVENT_WORDS["carrier_nouns"])
# "had Patriot missiles stationed in the country": a causative whose participle states
CAUSATIVE_VERBS = frozenset(EVENT_WORDS["causative_verbs"])
DUTY_MODIFIERS = frozenset(EVENT_WORDS["duty_modifiers"])
DUTY_BARE_NOUNS = frozenset(EVENT_WORDS["duty_bare_nouns"])
# "in operation", "put into operation" name a status only bare and singular: "in the operation", "an
# operation", "Operation Sindoor" are military operations
UNDETERMINED_DUTY_NOUNS = frozenset(EVENT_WORDS["undetermined_duty_nouns"])
# "the crews took up duty", "went on duty": a bare duty noun a verb of putting on duty takes
DUTY_TAKEN_NOUNS = frozenset(EVENT_WORDS["duty_taken_nouns"])
DUTY_PREPS = frozenset(EVENT_WORDS["duty_preps"])
# "brought to combat readiness": a preposition of a duty noun only after a verb that puts on duty
DUTY_DESTINATION_PREPS = frozenset(EVENT_WORDS["duty_destination_preps"])
PENDING_ADVERBS = frozenset(EVENT_WORDS["pending_adverbs"])   # "has yet to arrive"
DUTY_VERBS = frozenset(EVENT_WORDS["duty_verbs"])
OPERATIONAL_WORDS = frozenset(EVENT_WORDS["operational_words"])
# "initial operating capability", "full operational capability": a capability that is a status
CAPABILITY_MODIFIERS = frozenset(EVENT_WORDS["capability_modifiers"])
DUTY_HOLDER_PREPS = frozenset(EVENT_WORDS["duty_holder_preps"])   # "combat duty for the Oreshnik"
IN_PLACE_NOUNS = frozenset(EVENT_WORDS["in_place_nouns"])
EDGE_NOUNS = frozenset(lexicon().places["edge_nouns"])
# "in the occupied south of Ukraine": a part of a place named by its direction
REGION_NOUNS = frozenset(lexicon().places["region_nouns"])
PLACE_OBJECT_VERBS = frozenset(EVENT_WORDS["place_object_verbs"])
# "the launchers left Lithuania": leaving a place withdraws the system from it
LEAVE_VERBS = frozenset(EVENT_WORDS["leave_verbs"])
# "withdrew its offer to send", "pulled its request for": what is taken back is a word, not a
# system (claimledger/lexicon/events.json)
RETRACTED_NOUNS = frozenset(EVENT_WORDS["retracted_nouns"])
# "new S-400 batteries have appeared near Belgorod": showing up at a place is arriving there
APPEARANCE_VERBS = frozenset(EVENT_WORDS["appearance_verbs"])
# "images show a Pantsir-S1 system deployed near X": the participle after a perception verb
# is asserted, unlike a participle that only describes ("the systems deployed there are old")
PERCEPTION_VERBS = frozenset(EVENT_WORDS["perception_verbs"])
SIGHTING_VERBS = frozenset(EVENT_WORDS["sighting_verbs"])
SIGHTING_PREPS = frozenset(EVENT_WORDS["sighting_preps"])
# "is in Belarus" says it got there; "remains in the Philippines" that it is kept there
STATE_VERBS = dict(EVENT_WORDS["state_verbs"])
POSITION_NOUNS = frozenset(EVENT_WORDS["position_nouns"])
POSITION_VERBS = frozenset(EVENT_WORDS["position_verbs"])

LOCATION_PREPS = frozenset(EVENT_WORDS["location_preps"])
# "from X" is where a system leaves (withdrawn) or is fired from; elsewhere it is its origin
FROM_STATUSES = {WITHDRAWN}
# a weapon's use is placed where it struck: "fired at Kyiv", "strikes on Ukrainian territory",
# "used in Ukraine"; the launch area ("fired from Engels") is not its place
USED_PLACE_PREPS = frozenset(EVENT_WORDS["used_place_preps"])
# "fired against Odesa" is where a use struck; "deployed against Russia" names no place
USED_ONLY_PLACE_PREPS = frozenset(EVENT_WORDS["used_only_place_preps"])
# ", striking a depot near Lviv": where the target of a use lies
TARGET_PLACE_PREPS = frozenset(EVENT_WORDS["target_place_preps"])
# "ordered a NASAMS system for Ukraine": the place a purchase or request is meant for
PLAN_PLACE_PREPS = frozenset(EVENT_WORDS["plan_place_preps"])
# statuses that hold where the system already is, so an earlier event's place carries over
# ("The system has already arrived" after "... on Belarusian soil"); plans and uses do not
CARRIED_LOCATION_STATUSES = {ARRIVED, DEPLOYED, COMBAT_DUTY, WITHDRAWN}
DESTINATION_PREPS = frozenset(EVENT_WORDS["destination_preps"])
# "exported to Turkey, India and Poland", "deployed in Poland and Romania": a list of places under
# one of these is one event a place (a list after "from", "with", "near" or "between" is not)
LIST_PLACE_PREPS = frozenset(EVENT_WORDS["list_place_preps"])
LISTED_PLACE_STATUSES = {PLANNED, IN_TRANSIT, ARRIVED, DEPLOYED, COMBAT_DUTY}
LOCATION_NOUNS = frozenset(EVENT_WORDS["location_nouns"])
# "a Turkish air base": a facility places a system in the country its adjective names (the
# base's own name, "the Murted airbase", is left to the country the report gives)
FACILITY_NOUNS = frozenset(EVENT_WORDS["facility_nouns"])
FACILITY_QUALIFIERS = frozenset(EVENT_WORDS["facility_qualifiers"])   # "Air" of "Ramstein Air Base": no part of its name
# "the Ukrainian capital": the capital city of the country its adjective names
CAPITAL_NOUNS = frozenset(EVENT_WORDS["capital_nouns"])
# "delivered to the Taiwanese military": a country's forces receive for the country
RECEIVER_NOUNS = frozenset(EVENT_WORDS["receiver_nouns"])
# a capital as the agent of a request or deployment stands for its country ("Vilnius has
# asked Washington for HIMARS"); as a place ("deployed near Vilnius") it is the city
CAPITAL_COUNTRIES = dict(EVENT_WORDS["capital_countries"])
CAPITAL_CITIES = {country: city for city, country in reversed(CAPITAL_COUNTRIES.items())}
LOCATION_LABELS = {"GPE", "LOC", "FAC"}
LEADING_ARTICLE_OF_PLACE = re.compile(r"^(?:the|The)\s+")   # "the Middle East" is "Middle East"
# places the small English model often labels PERSON or ORG ("fired from Zaporizhzhia")
KNOWN_PLACES = set(DEMONYMS.values()) | {
    "Kyiv", "Kiev", "Kharkiv", "Zaporizhzhia", "Kherson", "Dnipro", "Odesa", "Odessa", "Lviv",
    "Donetsk", "Luhansk", "Donbas", "Donbass", "Mariupol", "Mykolaiv", "Sumy", "Poltava",
    "Chernihiv", "Pokrovsk", "Bakhmut", "Avdiivka", "Sevastopol", "Kerch", "Dzhankoi",
    "Belgorod", "Kursk", "Bryansk", "Rostov", "Krasnodar", "Kaliningrad", "Novorossiysk",
    "Engels", "Moscow", "Minsk", "Grodno", "Hrodna", "Brest", "Gomel", "Homel", "Vitebsk",
    "Mogilev", "Asipovichy", "Osipovichi", "Baranovichi", "Krichev", "Rzeszow", "Warsaw",
    "Vilnius", "Riga", "Tallinn", "Helsinki", "Bucharest", "Chisinau", "Transnistria",
    "Abkhazia", "Tbilisi", "Yerevan", "Baku", "Damascus", "Tartus", "Latakia", "Hmeimim",
    "Tehran", "Pyongyang", "Seoul", "Tokyo", "Okinawa", "Guam", "Taipei", "Manila", "Luzon",
    "Beijing", "Kamchatka", "Murmansk", "Plesetsk", "Orenburg", "Uzhur", "UAE",
}
# verbs whose grammatical subject is the host country ("Belarus has begun the deployment",
# "Ukraine has received"); a supplier ("Russia will deliver") is not where the system goes
HOST_AGENT_VERBS = frozenset(EVENT_WORDS["host_agent_verbs"])
# "Russia began deliveries": the subject of a verb whose object is a transfer gives, it does not hold
GIVEN_TRANSFER_NOUNS = frozenset(EVENT_WORDS["donor_words"]["transfer_nouns"])

# "the first batch", "the second squadron": a unit or a consignment of the system named
# before, unless it says what it holds ("a batch of shells")
CONTAINER_NOUNS = frozenset(EVENT_WORDS["container_nouns"])
HOLDING_NOUNS = CONTAINER_NOUNS | REMAINDER_NOUNS   # "the shipment of", "the rest of": say what they hold
# "the start of F-16 deliveries has been postponed": the phase stands in for the status noun
PHASE_NOUNS = frozenset(EVENT_WORDS["phase_nouns"])
# "the system", "this missile complex", "it": refer back to the latest subject mention
ANAPHOR_NOUNS = frozenset(EVENT_WORDS["anaphor_nouns"]) | CONTAINER_NOUNS
REFERENT_NOUNS = PERSON_NOUNS | ANAPHOR_NOUNS   # what latest_other_referent reads
# anaphor words that constrain the referent's kind (the list's "kind" field); "system",
# "complex", "weapon", "platform" fit anything
ANAPHOR_KINDS = {word: tuple(kinds) for word, kinds in EVENT_WORDS["anaphor_kinds"].items()}
ANAPHOR_DETERMINERS = frozenset(EVENT_WORDS["anaphor_determiners"])
ANAPHOR_PRONOUNS = frozenset(EVENT_WORDS["anaphor_pronouns"])
PLURAL_PRONOUNS = frozenset(EVENT_WORDS["plural_pronouns"])   # "they", "them": never one country
PAIR_WORDS = frozenset(EVENT_WORDS["pair_words"])   # "both systems", "both have been used"
PLURAL_DETERMINERS = frozenset(EVENT_WORDS["plural_determiners"])   # "these aircraft": plural whatever the noun
# "the political system", "a new tax system": a system that is no weapon
ABSTRACT_SYSTEM_MODIFIERS = frozenset(EVENT_WORDS["abstract_system_modifiers"])
PARTITIVE_PRONOUNS = frozenset(EVENT_WORDS["partitive_pronouns"])
BARE_DESCRIPTION_KINDS = frozenset(EVENT_WORDS["bare_description_kinds"])
ANAPHOR_POSSESSIVES = frozenset(EVENT_WORDS["anaphor_possessives"])
# "its first regiment" is the system's unit; "its air defences" is the owner's, not the system's
UNIT_NOUNS = frozenset(EVENT_WORDS["unit_nouns"])
KEPT_NOUNS = ANAPHOR_NOUNS | UNIT_NOUNS | CARRIER_NOUNS   # what "keeps ... in" may hold
RELATIVE_PRONOUNS = frozenset(lexicon().grammar["relative_pronouns"])
ANAPHOR_REACH = 4            # sentences back that an anaphor may reach
LEAD_SENTENCES = 3           # a report's lead, where a system may be described before it is named
# a mention inside "a model of X" or "footage of X" is not the system itself
DEPICTION_NOUNS = frozenset(EVENT_WORDS["depiction_nouns"])

SPEECH_VERBS = frozenset(lexicon().speech_verbs["reporting_events"])
# the dependencies by which a time word hangs on a verb ("yesterday", "on Monday", "last week")
TIME_ADJUNCTS = frozenset({"npadvmod", "prep", "advmod", "tmod"})
ACCORDING_HEADS = frozenset(EVENT_WORDS["according_heads"])
# "are arriving", "began to arrive", "continue to receive": an arrival under way is IN_TRANSIT
ARRIVAL_VERBS = frozenset(EVENT_WORDS["arrival_verbs"])
CONTINUING_VERBS = frozenset(EVENT_WORDS["continuing_verbs"])
ONGOING_VERBS = START_VERBS | CONTINUING_VERBS   # "began to", "continue to"
# "We expect 15 Gepards", "anticipates new BrahMos delivery": an awaited system is PLANNED
EXPECTATION_VERBS = frozenset(EVENT_WORDS["expectation_verbs"])
# "are now at the disposal of the army": allotted to units, DEPLOYED
DISPOSAL_NOUNS = frozenset(EVENT_WORDS["disposal_nouns"])
# "the F-35s are delayed", "was postponed until 2024": a schedule, PLANNED
DELAY_VERBS = frozenset(EVENT_WORDS["delay_verbs"])
# "is accelerating deliveries": a verb that hastens a status still ahead
HASTENING_VERBS = frozenset(EVENT_WORDS["hastening_verbs"])
# "depends on Belgium receiving F-35 jets": a condition, no status
DEPENDENCE_VERBS = frozenset(EVENT_WORDS["dependence_verbs"])
# "hopes to receive", "looking forward to receiving": a wish, no status
WISH_VERBS = frozenset(EVENT_WORDS["wish_verbs"])
WISH_PARTICLES = dict(EVENT_WORDS["wish_particles"])
# "is acquiring", "bought two launchers that will be handed to Ukraine": a purchase, PLANNED
ACQUISITION_VERBS = frozenset(EVENT_WORDS["acquisition_verbs"])
# "as soon as they arrive, the jets will be sent": a temporal clause shares its future
TEMPORAL_MARKS = frozenset(EVENT_WORDS["temporal_marks"])
# "once the F-35s arrive, the F-16s will be sent": the clause it opens states no status of its own,
# but it orders the main clause's status after it rather than making it a condition
SEQUENCE_MARKS = frozenset(EVENT_WORDS["sequence_marks"])

# "a statement from the Pentagon", "an Army news release": the institution behind the paper
SOURCE_DOCUMENT_NOUNS = frozenset(EVENT_WORDS["source_document_nouns"])
# "are taking part in the fighting", "began missions using F-16s", "are flying
# combat missions", "were seen in battle": a system's activity in the fighting is its use
ACTIVITY_NOUNS = frozenset(EVENT_WORDS["activity_nouns"])
ACTIVITY_VERBS = frozenset(EVENT_WORDS["activity_verbs"])
PARTICIPATION_VERBS = frozenset(EVENT_WORDS["participation_verbs"])
PARTICIPATION_NOUNS = frozenset(EVENT_WORDS["participation_nouns"])
ENGAGEMENT_NOUNS = frozenset(EVENT_WORDS["engagement_nouns"])
NON_COMBAT_MODIFIERS = frozenset(EVENT_WORDS["non_combat_modifiers"])   # "training flights"
# "landed at Ambala airbase", "touched down at the base": an aircraft's arrival at a place
LANDING_VERBS = frozenset(EVENT_WORDS["landing_verbs"])
DOCKING_VERBS = frozenset(EVENT_WORDS["docking_verbs"])   # a ship's landing; a missile never docks
HOMEWARD_ADVERBS = frozenset(EVENT_WORDS["homeward_adverbs"])   # "the battery returned home": withdrawn
BACK_THERE_ADVERBS = frozenset(EVENT_WORDS["back_there_adverbs"])   # "stationed there": the place named last
LANDING_PARTICLES = dict(EVENT_WORDS["landing_particles"])
LANDING_PREPS = frozenset(EVENT_WORDS["landing_preps"])
# "touched down on the runway": where an aircraft sets down, a place without a name
LANDING_SURFACES = frozenset(EVENT_WORDS["landing_surfaces"])
# words of a title or an institution, never part of a personal name
ROLE_WORDS = frozenset(lexicon().roles["not_name_words"])
ATTRIBUTION_MARKS = {"–", "—", "-", ":"}   # "... – Reznikov", "...: Macron"
# "the Ministry of National Defense" names the ministry; "the Kyiv administration", "the
# Ukrainian army" are descriptions and keep their article
LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+(?=[A-Z][^\s]*(?:\s+(?:of|for|and|on|[A-Z0-9][^\s]*))*$)")
PRONOUN_SOURCES = frozenset(lexicon().grammar["subject_pronouns"])
SOURCE_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
CLAUSE_DEPS = {"ccomp", "conj", "advcl", "relcl", "csubj", "parataxis", "acl", "xcomp"}
ALWAYS_CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "csubj", "parataxis"}
DATE_TYPES = {"DATE", "TIME"}
CONTINUING_PUNCT = {",", ";", "-", "–", "—", "(", "/"}   # a line ending in these goes on
CALENDAR_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SUBJECT_ARG_DEPS = ("nsubjpass", "dobj", "nsubj", "attr")


# every word a trigger finder reacts to
TRIGGER_WORDS = (set(VERB_STATUSES) | TRANSPORT_VERBS | PASSIVE_ONLY_VERBS
                 | {verb for verb, _ in PARTICLE_VERBS} | set(NOUN_STATUSES) | DUTY_NOUNS
                 | OPERATIONAL_WORDS | set(STATE_VERBS) | PLACE_OBJECT_VERBS | POSITION_NOUNS
                 | SIGHTING_VERBS | APPEARANCE_VERBS | AIR_TRANSPORT_VERBS | USE_NOUNS
                 | set(DOCUMENT_NOUNS) | PREPARE_VERBS | PREPARATION_NOUNS
                 | DUTY_ACTIVITY_VERBS | POSSESSION_VERBS | COMING_VERBS
                 | {"route", "way", "letter"} | set(lexicon().cues["request_nouns"]) | PRESENCE_ADVERBS
                 | EXPECTATION_VERBS | DELAY_VERBS | HASTENING_VERBS | ACTIVITY_NOUNS | LANDING_VERBS | DOCKING_VERBS
                 | set(LANDING_PARTICLES) | TARGETING_TRANSPORT_VERBS | ROLE_NOUNS | ROLE_ADJECTIVES
                 | EQUIPPING_VERBS | JOINING_VERBS | ADDING_VERBS | HOLDER_NOUNS
                 | LEFT_IN_PLACE_VERBS | ACCEPTANCE_VERBS | FORMATION_VERBS | set(LEMMA_REPAIRS)
                 | {noun for _, noun in EVENT_WORDS["transit_states"]})
# TRIGGER_LOWER_IDS (their string ids) is built once the finders below have added theirs


@dataclass
class Trigger:
    """A status predicate: the status, the verb that asserts it and where its arguments hang."""

    status: str
    anchor: Token            # the verb (or auxiliary) heading the status clause
    argument_heads: tuple    # tokens whose dependents may name the subject


class EventExtractor:
    """Find status events of tracked subjects.

    nlp.add_pipe("claimledger_events", after="claimledger_quotes")
    doc = nlp("Lukashenko said the Oreshnik had been deployed to Belarus.")
    doc._.events  # [{"subject": "Oreshnik", "status": "DEPLOYED", "location": "Belarus", ...}]
    """

    def __init__(self, nlp: Language, name: str = "claimledger_events"):
        """nlp: the pipeline; name: the component name."""
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        context = DocContext(doc)
        events = []
        for sent in doc.sents:
            events.extend(find_sentence_events(sent, context))
        events.extend(listed_item_events(doc, context, events))
        if names_a_test_launch(doc):
            events = [event for event in events if event["status"] != USED or event["location"]]
        find_country = functools.cache(functools.partial(main_country, doc))   # read once, if at all
        fill_document_locations(events, find_country)
        fill_event_countries(events, doc, find_country)
        doc._.events = events
        return doc


def names_a_test_launch(doc: Doc) -> bool:
    """"test fired a hypersonic missile", "conducted a test launch": a report of a test. Its
    later "the missile hit the designated target" is the test's outcome; a use that strikes a
    named place is a real one and stays."""
    for i in test_launch_candidates(doc):
        token = doc[i]
        if lemma_of(token) in USE_NOUNS and any(
                child.dep_ in ("compound", "amod", "nmod") and lemma_of(child) in EXERCISE_NOUNS
                for child in token.children):
            return True   # "a test launch", "a trial firing", "a training launch"
        if token.lower_ == "test" and token.i + 1 < len(doc) and lemma_of(doc[token.i + 1]) in LAUNCH_VERBS:
            return True   # "test fired", "test launched"
        if token.lower_ == "test" and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
                and lemma_of(doc[token.i + 2]) in LAUNCH_VERBS:
            return True   # "test-fired", tokenized as three words
        if is_weapon_test(token):
            return True
    return False


TEST_WORD = frozenset({"test"})
TEST_NOUNS = USE_NOUNS | EXERCISE_NOUNS   # the nouns names_a_test_launch reads


def test_launch_candidates(doc: Doc) -> list[int]:
    """The tokens ``names_a_test_launch`` asks about, read off the Doc's arrays: a use or
    exercise noun, or "test"; a report with none of them costs no loop over its tokens."""
    nouns = repaired_lemma_positions(doc, TEST_NOUNS)
    tests = lower_positions(doc, TEST_WORD)
    return sorted(set(nouns).union(tests)) if tests else nouns


def is_weapon_test(noun: Token) -> bool:
    """"the missile test demonstrates", "tests involved the Hwasong-18", "the first trial of
    the Sarmat": a test noun of a weapon (a weapon noun or a tracked name before it, of it, or
    what the clause it is the subject of names) makes the report one of a test."""
    if noun.pos_ != "NOUN" or lemma_of(noun) not in EXERCISE_NOUNS:
        return False
    named = {i for span in noun.doc.spans.get(SUBJECTS_KEY, ()) for i in range(span.start, span.end)}
    if any(child.dep_ in ("compound", "amod", "nmod") and (lemma_of(child) in ANAPHOR_NOUNS or child.i in named)
           for child in noun.children):
        return True   # "the missile test", "a Hwasong-18 test"
    if any(obj.i in named for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
           for obj in prep.children):
        return True   # "the first test of the Sarmat"
    return noun.dep_ == "nsubj" and lemma_of(noun.head) in INCLUSION_VERBS and any(
        child.dep_ == "dobj" and any(word.i in named for word in child.subtree) for child in noun.head.children)


COUNTRY_LABELS = ("GPE", "ORG")


def main_country(doc: Doc) -> str | None:
    """The country a report names most often as a place or receiver, outside its dateline;
    a supplier or an attacker ("Russia sent", "the NASAMS from Norway", "launched by Russia"),
    and the place of another occasion ("after the summit in Vilnius"), is not where the
    systems are or struck."""
    counts = Counter()
    for ent in doc.ents:
        # a country's bare name the model labelled an organisation ("Belarus said") is still the country
        if ent.label_ in COUNTRY_LABELS and ent.text in COUNTRIES and not is_dateline(ent) \
                and not is_dateline_word(ent.root) and ent.root.dep_ in PLACE_DEPS and not is_supplier(ent.root) \
                and not is_inside_circumstance(ent.root, ent.root.sent.root) and not is_partner_country(ent.root):
            # a name the model took for a body counts half: it is the less sure place of two
            counts[ent.text] += country_weight(ent.root) * (1 if ent.label_ == "GPE" else 0.5)
    counts = +counts
    if not counts:
        return force_nation(doc)
    ranked = counts.most_common()
    tied = [country for country, count in ranked if count == ranked[0][1]]
    if len(tied) > 1:   # as often as a rival: the nation whose armed force the report names
        nation = force_nation(doc)
        if nation in tied:
            return nation
    return ranked[0][0]


def is_partner_country(root: Token) -> bool:
    """"along the northern borders with China", "amid tensions with Russia": a country after
    "with" is a neighbour, partner or rival of the one the report is about."""
    return root.dep_ == "pobj" and root.head.lower_ in PARTNER_PREPS


def force_nation(doc: Doc) -> str | None:
    """"The Nigerian Air Force has taken delivery ...", "the Philippine Air Force (PAF)": in a
    report that names no country as a place, the nation whose armed force it names most is
    where the systems it reports are."""
    counts = Counter(DEMONYMS[doc[i].lower_] for i in lower_positions(doc, DEMONYM_WORDS) if names_a_force(doc[i]))
    counts.update(country for ent in doc.ents if (country := force_name_country(ent)))
    return counts.most_common(1)[0][0] if counts else None


def names_a_force(demonym: Token) -> bool:
    """"Nigerian Air Force", "Philippine Navy", "Moroccan Armed Forces": a nation's adjective
    opening the name of its armed force (read by position: the parser may hang the adjective
    on a noun after the name, "the Philippine Air Force (PAF) modernization"). A force named
    as a former operator or a supplier ("operated by the Danish Air Force", "from the Dutch
    army") is not the one the report is about."""
    doc = demonym.doc
    for word in doc[demonym.i + 1:min(len(doc), demonym.i + 4)]:
        if is_force_noun(word):
            return not is_owner_or_origin_force(word)
        if not word.is_title:
            return False
    return False


def is_owner_or_origin_force(force: Token) -> bool:
    """"operated by the Danish Air Force", "from the Dutch army", "a destroyer of the United
    States Navy": a force that operated, supplied or owns the system, not one that receives or
    hosts it."""
    return is_in_origin_phrase(force) or force.head.dep_ == "agent" or (
        force.dep_ == "pobj" and force.head.lower_ == "of")


def force_name_country(ent: Span) -> str | None:
    """"Sri Lanka Navy", "Pakistan Air Force": a country's name opening a force's name (the model
    may label it a body or a person)."""
    if len(ent) < 2 or not is_force_noun(ent[-1]) or is_owner_or_origin_force(ent.root):
        return None
    words = [word.text for word in ent if word.lower_ != "the"]
    for end in range(len(words) - 1, 0, -1):
        country = canonical_country(" ".join(words[:end]))
        if country:
            return country
    return None


def is_force_noun(noun: Token) -> bool:
    """"Air Force", "Navy", "Armed Forces", "the army": the head noun of an armed force's name."""
    return lemma_of(noun) in RECEIVER_NOUNS or noun.lower_ in RECEIVER_NOUNS


def country_weight(root: Token) -> int:
    """How much a country's mention says it is where the systems go: a destination ("delivery ...
    to Taiwan") or a receiver ("Ukraine received", "bought by Poland", "providing Ukraine with") 2, another mention
    1, an addressee ("gratitude to the United States", "thanks to") none."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in DESTINATION_PREPS:
        holder = head.head   # "gratitude to X", or "sent his thanks to X" (the verb's object says it)
        addressed = lemma_of(holder) in ADDRESS_NOUNS or any(
            child.dep_ == "dobj" and lemma_of(child) in ADDRESS_NOUNS for child in holder.children)
        return 0 if addressed else 2
    if root.dep_ == "nsubj" and lemma_of(head) in RECEIVING_VERBS:
        return 2
    if root.dep_ == "pobj" and head.dep_ == "agent" and lemma_of(head.head) in RECEIVING_VERBS:
        return 2   # "systems purchased by Taiwan": the buyer of a passive is the receiver
    if root.dep_ in ("dobj", "dative") and lemma_of(head) in TRANSPORT_VERBS:
        return 2
    return 1


# how a gerund or infinitive hangs under the verb or noun that governs it
GOVERNED_DEPS = {"pcomp", "prep", "pobj", "acl", "xcomp", "advcl", "dobj", "nsubj", "nsubjpass"}
# a country named as an argument, not as a modifier ("US media", "US-Russian tensions")
PLACE_DEPS = {"pobj", "nsubj", "nsubjpass", "dobj", "conj", "appos", "ROOT", "poss"}


def is_supplier(token: Token) -> bool:
    """"from Norway", "Russia sent", "Norway may deliver", "launched by Russia", "Russia's
    bombers launched", "Denmark decided to donate": the country a system comes from or is fired by."""
    if token.dep_ == "pobj" and token.head.lower_ == "from":
        return True
    if is_in_origin_phrase(token):   # "launched from bombers near the Engels air base in Russia"
        return True
    if token.dep_ == "poss":   # "Russia's Tu-95MS bombers", "Russia's Kalibr missiles were fired"
        token = token.head
        if token.dep_ in ("nsubjpass", "dobj") and lemma_of(token.head) in SUPPLIER_VERBS:
            return True
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return lemma_of(token.head.head) in SUPPLIER_VERBS
    # "Denmark has decided to donate", "Germany agreed to send": the giver of the verb it controls;
    # "Russia began deliveries": the giver of the transfer its verb takes as object
    return token.dep_ == "nsubj" and (lemma_of(token.head) in SUPPLIER_VERBS or begins_a_transfer(token.head) or any(
        child.dep_ == "xcomp" and lemma_of(child) in SUPPLIER_VERBS for child in token.head.children))


DATELINE_END = re.compile(r"\s[—–-]\s|\(|:")


def is_dateline_word(token: Token) -> bool:
    """A word of a dateline ("PARIS, France, January 17 —", "KYIV (Reuters) -"): a line that
    opens with an upper-case place, up to its dash, bracket or colon."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    first = re.match(r"[A-Z][A-Z.'-]+(?=[\s,(])", text[start:start + 40])
    if first is None:
        return False
    end = DATELINE_END.search(text, start, start + 80)
    return end is not None and token.idx < end.start()


def is_dateline(ent: Span) -> bool:
    """"ISTANBUL:", "TAIPEI (Taiwan News) —": the place a report was filed from."""
    if ent.start_char > 0 and doc_text(ent.doc)[ent.start_char - 1] != "\n":
        return False
    if ent.text.isupper():
        return True
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is None:
        return False
    return is_bracket_before_dash(after) if after.text == "(" else after.text in DATELINE_DASHES


DATELINE_DASHES = (":", "—", "-", "–")


def is_bracket_before_dash(bracket: Token) -> bool:
    """"Taipei (Taiwan News) —": a bracket after a line's first name ends a dateline only when
    a dash or colon follows it; "The Kenyan Air Force (KAF) received two helicopters" opens a
    sentence with a body and its abbreviation."""
    doc = bracket.doc
    close = next((token for token in doc[bracket.i + 1:min(len(doc), bracket.i + 8)] if token.text == ")"), None)
    return close is not None and close.i + 1 < len(doc) and doc[close.i + 1].text in DATELINE_DASHES


ENTITY_IOB = (1, 3)   # Token.ent_iob inside an entity ("I", "B"); 0 and 2 are missing and "O"


def in_dateline(token: Token) -> bool:
    """A word of the place a report was filed from, in capitals or not ("New Delhi:" opening
    the text, which the parser may take for the subject of the first verb)."""
    if is_dateline_word(token):
        return True
    if token.ent_iob not in ENTITY_IOB:
        return False   # outside every entity: no need to build doc.ents
    return any(is_dateline(ent) for ent in doc_ents(token.doc) if ent.start <= token.i < ent.end)


def is_in_origin_phrase(token: Token) -> bool:
    """True for a name nested in a "from" phrase, up to the verb it hangs on."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
        if token.dep_ == "prep" and token.lower_ == "from":
            return True
    return False


def fill_document_locations(events: list[dict], find_country: Callable[[], str | None]) -> None:
    """Give an event whose clause names no place the place the document gives that subject
    most often ("The ATACMS that Ukraine received ..." then "The missiles were used ..."),
    else the document's most frequent event place, else its most named country: reports
    keep to one theatre. A use takes only the places uses struck, never where a system was
    delivered or stationed, else the country, which is never the attacker's.
    ``find_country`` gives that country (the caller caches it: it is looked up only when
    needed). The place a system left or was withdrawn from ("departed Russia in May") is not
    where its other reports place it."""
    for uses in (False, True):
        group = [event for event in events if (event["status"] == USED) == uses]
        by_subject: dict[str, Counter] = {}
        stayed: dict[str, Counter] = {}   # the same without the places systems left
        for event in group:
            if event["location"]:
                by_subject.setdefault(event["subject"], Counter())[event["location"]] += 1
                if event["status"] != WITHDRAWN:
                    stayed.setdefault(event["subject"], Counter())[event["location"]] += 1
        overall = sum(by_subject.values(), Counter())
        overall_stayed = sum(stayed.values(), Counter())
        for event in group:
            if event["location"] is None:
                if event["status"] == WITHDRAWN:
                    places = by_subject.get(event["subject"]) or overall
                else:
                    places = stayed.get(event["subject"]) or overall_stayed
                if places:
                    event["location"] = places.most_common(1)[0][0]
                    continue
                event["location"] = find_country()


class DocContext:
    """What event finding looks up across a document: mentions, timexes, quotes, places."""

    def __init__(self, doc: Doc):
        self.doc = doc
        mentions = list(doc.spans[SUBJECTS_KEY]) if SUBJECTS_KEY in doc.spans else []
        self.mentions = sorted(mentions, key=lambda span: span.start)
        self.mention_at = {i: span for span in self.mentions for i in range(span.start, span.end)}
        self.timex_at = {}
        for timex in doc._.timexes or ():
            span = doc.char_span(*timex["span"], alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.timex_at.setdefault(token.i, timex)
        self.quotes = list(doc._.quotes or ())
        self.names = doc._.names or {}
        self.last_location = {}   # subject -> location of its latest event
        self.last_place = {}   # subject -> the place its latest event names, a departure's too
        self.last_used_in = {}   # subject -> start of the latest sentence that tells its use
        self.dct = doc._.dct

    @functools.cached_property
    def referent_noun_positions(self) -> list[int]:
        """Indices of the words ``latest_other_referent`` may take: people and system nouns."""
        return repaired_lemma_positions(self.doc, REFERENT_NOUNS)

    @functools.cached_property
    def companion_withs(self) -> list[int]:
        """Indices of the "with" of each "along with" and "together with" and of the "to" of
        each "in addition to", in order."""
        if len(self.doc) == 0:
            return []
        lowers = self.doc.to_array([LOWER]).tolist()   # read off the array, no Token built
        return [i + 1 for i in range(len(lowers) - 1)
                if (lowers[i] in COMPANION_IDS and lowers[i + 1] == WITH_ID)
                or (lowers[i] in ADDITION_IDS and lowers[i + 1] == TO_ID)]

    @functools.cached_property
    def resolver(self):
        """The speaker resolver of the Doc, for a name outside any quotation."""
        return resolver_copy(self.doc)

    @functools.cached_property
    def trigger_candidates(self) -> list[int]:
        """Indices of the tokens that pass find_trigger's first test, in order."""
        return trigger_candidates(self.doc)


# "shipments later this year will include:" over a bulleted list: each system listed is planned
LIST_VERBS = frozenset(EVENT_WORDS["list_verbs"])


COLON = frozenset({":"})   # a colon has no case: its lower-cased form is its text


def listed_item_events(doc: Doc, context: DocContext, found: list[dict]) -> list[dict]:
    """A delivery ahead whose contents follow as a list ("Taipei expects the shipments due later
    this year will include:" and one system a line): the system each line names first is
    planned, with the date and source of the line that opens the list. A list of what was
    delivered, or under a verb that is no listing one, is left to the lines themselves."""
    out = []
    text = doc_text(doc)
    for colon in (doc[i] for i in lower_positions(doc, COLON)):
        verb = list_opening_verb(colon, text)
        if verb is None:
            continue
        items = lines_after_colon(text, colon.idx)
        if len(items) < 2:
            continue
        merged: dict[tuple, dict] = {}
        trigger = Trigger(PLANNED, verb, (verb,))
        for start, end in items:
            named = [mention for mention in context.mentions if start <= mention.start_char < end
                     and mention[0].head.lower_ != "for"]   # "munitions for HIMARS" lists no HIMARS
            # a line the sentence pass already read, run into the opening sentence or on its own
            if named and not any(event["subject"] == named[0].label_ and event["status"] == PLANNED
                                 and verb.sent.start_char <= event["span"][0] < end for event in found):
                add_event(merged, verb.sent, trigger, PLANNED, named[0].label_, context)
        out.extend(merged.values())
    return out


def list_opening_verb(colon: Token, text: str) -> Token | None:
    """The listing verb with a future of its own before a colon that ends its line, after a
    delivery noun on that line ("the shipments later this year will include:")."""
    if colon.i == 0 or text[colon.idx + 1:colon.idx + 2] not in ("\n", ""):
        return None
    verb = colon.nbor(-1)
    if lemma_of(verb) not in LIST_VERBS:
        return None
    if not {child.lower_ for child in verb.children if child.dep_ == "aux"} & (FUTURE_AUX - CONDITIONAL_AUX):
        return None
    line_start = text.rfind("\n", 0, verb.idx) + 1
    if not any(NOUN_STATUSES.get(lemma_of(token)) in (IN_TRANSIT, ARRIVED, DEPLOYED)
               for token in verb.doc[verb.sent.start:verb.i] if token.idx >= line_start):
        return None
    return verb


def find_sentence_events(sent: Span, context: DocContext) -> list[dict]:
    """The events stated in one sentence, one per subject and status."""
    if not context.mentions:
        return []
    merged: dict[tuple, dict] = {}
    doc = sent.doc
    candidates = context.trigger_candidates
    clause_subjects: dict[int, list[str]] = {}   # the subjects of each clause's statuses, for its absolutes
    papers = set()   # the keys of the plans of signed papers, beside their clause's own status
    intercepted = []   # the interceptions, whose downed missiles and drones were fired
    for i in candidates[bisect_left(candidates, sent.start):bisect_left(candidates, sent.end)]:
        for trigger in find_triggers(doc[i]):
            if is_bracketed_apart(doc[i], trigger.anchor):
                continue   # "sent the Storm Shadow (SCALP in French service)": the aside's words
            status = plans.revise(trigger, governed_status(trigger))
            if status is None or (status == ARRIVED and (way_destination(trigger.anchor)
                                                         or is_stopover_arrival(trigger.anchor))):
                continue   # "arrived in Gdansk on their way to Ukraine": a stop, told as a transit
            subjects = find_subjects(trigger, context)
            if not subjects and status != USED:
                subjects = absolute_clause_subjects(trigger.anchor, clause_subjects)
            for subject in subjects:
                if is_munition_flight(trigger, status, subject, context):
                    continue   # "the drones continued towards Kyiv": a flight, no transit
                key = add_event(merged, sent, trigger, landed_missile_status(trigger, status, subject, context),
                                subject, context)
                if is_signed_paper(trigger):
                    papers.add(key)
            if status != USED:
                clause_subjects.setdefault(own_clause(trigger.anchor), []).extend(subjects)
            elif is_interception_verb(trigger.anchor):
                intercepted.append(trigger)
    for trigger in intercepted:   # "the Kinzhal was shot down": fired by the other side
        clause = own_clause(trigger.anchor)
        if any(key[1] == USED and key[3] == clause for key in merged):
            continue   # "a Patriot downed a Kinzhal": the clause tells the interceptor's use
        for subject in intercepted_munitions(trigger.anchor, context):
            if not any(key[0] == subject and key[1] == USED for key in merged) \
                    and not is_use_told_before(subject, sent, context):
                add_event(merged, sent, trigger, USED, subject, context)
    for key in merged:
        if key[1] == USED:
            context.last_used_in[key[0]] = sent.start
    for key in papers:   # "to provide 145 M777 under the deal, signed in 2016": one plan, not two
        if any(other[:4] == key[:4] and other not in papers for other in merged):
            del merged[key]
    if merged:
        add_elliptical_repeats(merged, sent, context)
    return list(merged.values())


def is_use_told_before(subject: str, sent: Span, context: DocContext) -> bool:
    """"Kyiv said it had used ATACMS against Crimea. Moscow said it had shot down five ATACMS
    over the peninsula.": the downing of a use the sentence before told is that use again."""
    return sent.start > 0 and context.last_used_in.get(subject) == sent.doc[sent.start - 1].sent.start


def is_interception_verb(verb: Token) -> bool:
    """"intercepted", "downed", "shot down", "took down": a verb whose object was in the air."""
    return lemma_of(verb) in INTERCEPTION_VERBS or any(
        PARTICLE_VERBS.get((lemma_of(verb), child.lower_)) == USED
        for child in verb.children if child.dep_ == "prt" or is_adverb_particle(child))


def intercepted_munitions(verb: Token, context: DocContext) -> list[str]:
    """The missiles, rockets and loitering drones an interception names as what it downed (its
    object, the subject of its passive, and "including ..." after them): each was fired, so
    used, by the side it was fired at. Aircraft and drones of other kinds shot down are losses,
    and an interceptor downed is no use."""
    found = []
    listed = [obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in LIST_PREPS
              for obj in prep.children if obj.dep_ == "pobj"]   # "downed all ..., including six Kinzhal"
    for argument in [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass", "npadvmod")] + listed:
        for word in argument.subtree:
            mention = context.mention_at.get(word.i)
            if mention is not None and mention.label_ not in found and is_munition(mention.kb_id_):
                found.append(mention.label_)
    return found


def is_munition(kind: str) -> bool:
    """A missile, a rocket or a loitering munition: fired, never flown back."""
    if kind_fits(kind, {"air-defence"}) or kind_fits(kind, {"aircraft"}):
        return False
    return kind_fits(kind, {"rocket"}) or any(word in kind.lower() for word in MUNITION_KIND_WORDS)


def opening_bracket(token: Token) -> int | None:
    """The index of the "(" that opens the bracket holding ``token`` in its sentence, if any."""
    sent = token.sent
    if "(" not in doc_text(token.doc)[sent.start_char:token.idx]:
        return None   # most sentences hold no bracket: no Token is built for their words
    for word in reversed(token.doc[sent.start:token.i]):
        if word.text == ")":
            return None
        if word.text == "(":
            return word.i
    return None


def is_bracketed_apart(word: Token, anchor: Token) -> bool:
    """True when a trigger word stands in a bracket its clause's verb is outside of."""
    bracket = opening_bracket(word)
    return bracket is not None and bracket != opening_bracket(anchor) and word.i != anchor.i


def absolute_main_verb(token: Token) -> Token | None:
    """The verb of the clause that the absolute clause holding ``token`` follows ("is due
    in 2018, with the whole complement received by 2027"), None outside one."""
    word = token
    for _ in range(CHAIN_REACH_ABSOLUTE):
        governor = absolute_governor(word)
        if governor is not None:
            return governor
        if word.head.i == word.i or word.dep_ not in ("xcomp", "conj", "auxpass", "aux"):
            return None
        word = word.head
    return None


CHAIN_REACH_ABSOLUTE = 3


def absolute_clause_subjects(anchor: Token, clause_subjects: dict[int, list[str]]) -> list[str]:
    """"The first jet is due in 2018, with the whole complement received
    by 2027": an absolute clause that names no system of its own states a further status of
    the systems of the clause it hangs on."""
    verb = absolute_main_verb(anchor)
    if verb is None:
        return []
    return list(dict.fromkeys(clause_subjects.get(own_clause(verb), [])))


def is_further_quantity(token: Token) -> bool:
    """"another two", "two more", "the remaining five", "the rest": a further quantity of
    systems a clause has just named."""
    if lemma_of(token) in REMAINDER_NOUNS:
        return any(child.dep_ == "det" for child in token.children)
    counted = token.like_num or token.pos_ == "NUM" or any(child.dep_ == "nummod" for child in token.children)
    if counted and token.lower_ in FURTHER_WORDS:
        return True   # "followed by four more": the parser may make "more" the head of the count
    return counted and any(child.dep_ in ("det", "amod", "advmod") and child.lower_ in FURTHER_WORDS
                           for child in token.children)


def elliptical_repeats(sent: Span) -> list[tuple[Token, Token, list[Token]]]:
    """The further quantities of a sentence that repeat a clause's status without a status verb
    of their own, each with the verb whose clause they repeat and their own tokens: "..., with
    another two to follow next year" (an absolute clause), "Next year 8 more jets go to Kyiv,
    and in 2025 another 5" (a gapped conjunct, which needs a date of its own)."""
    repeats = []
    for token in sent:
        if token.dep_ == "nsubj" and token.lower_ in ELLIPTICAL_QUANTIFIERS and not any(True for _ in token.children) \
                and token.head.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") \
                and lemma_of(token.head) not in TRIGGER_WORDS:
            # "The first tanks arrived last week and more will follow in April"
            repeats.append((token.head, token.head.head, own_tokens(token.head)))
            continue
        if not is_further_quantity(token):
            continue
        follower = succeeded_clause(token)
        if follower is not None:   # "are expected in April, followed by three more in June"
            repeats.append((token, follower, list(token.head.head.subtree)))   # the participle's time too
            continue
        if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
            repeats.append((token, token.head, list(token.subtree)))
            continue
        clause = token.head if token.dep_ in ("nsubj", "nsubjpass") else next(
            (child for child in token.children if child.dep_ in ("acl", "relcl")), None)
        governor = absolute_governor(clause) if clause is not None else None
        if governor is not None and lemma_of(clause) not in TRIGGER_WORDS:
            # ("with the other four kept for training": a status verb of its own decides)
            repeats.append((clause, governor, own_tokens(clause)))
    return repeats


def succeeded_clause(quantity: Token) -> Token | None:
    """The verb whose clause a further quantity follows ("..., followed by three more in
    mid-year"): the quantity is the agent of a succession participle hung on that verb."""
    agent = quantity.head
    participle = agent.head
    if quantity.dep_ != "pobj" or agent.dep_ not in ("agent", "prep") or agent.lower_ != "by" \
            or lemma_of(participle) not in SUCCESSION_VERBS or participle.dep_ not in ("advcl", "conj"):
        return None
    return participle.head if participle.head.pos_ in ("VERB", "AUX") else None


def add_elliptical_repeats(merged: dict, sent: Span, context: DocContext) -> None:
    """Each further quantity of ``elliptical_repeats`` is an event of its own: the statuses of
    the clause it repeats, dated by its own time; an infinitive ("to follow") or a time after
    the report makes it a plan."""
    for head, verb, tokens in elliptical_repeats(sent):
        if any(key[3] == head.i for key in merged):
            continue   # the clause states its own status ("with two of them expected to arrive")
        date = date_in(tokens, context)
        if head.dep_ == "conj" and date is None:
            continue   # "sent 10 tanks and another 5": a count, not another stage
        clause = own_clause(verb)
        for key, event in list(merged.items()):
            if key[3] != clause or event["status"] == USED or (date is not None and date == event["date"]):
                continue
            future = has_to(head) or any(child.dep_ == "aux" and child.lower_ in FUTURE_AUX for child in head.children)
            status = PLANNED if future or event["status"] == PLANNED or is_after(date, context.dct) \
                else event["status"]
            merged[(event["subject"], status, key[2], head.i)] = {**event, "status": status, "date": date}


def landed_missile_status(trigger: Trigger, status: str, subject: str, context: DocContext) -> str:
    """"the rocket came down in the northern sea": a missile that lands has been fired (its use);
    an aircraft that lands has arrived."""
    if status != ARRIVED or lemma_of(trigger.anchor) not in LANDING_VERBS or lands_with_cargo(trigger.anchor):
        return status   # "a plane carrying the first Patriot missiles landed in Rzeszow": delivered
    return USED if kind_fits(subject_kind(subject, context), {"rocket"}) else status   # a "missile" or a "rocket"


def lands_with_cargo(verb: Token) -> bool:
    """A landing whose subject carries its load ("a plane carrying the missiles", "an aircraft
    with the first interceptors on board"): the load arrives; it is not fired."""
    return any(child.dep_ == "nsubj" and cargo_phrases(child) for child in verb.children)


def cargo_phrases(carrier: Token) -> list[Token]:
    """The phrases that give what a carrier bears: "with ..." and "carrying ...", "loaded with ..."."""
    return [child for child in carrier.children if (child.dep_ == "prep" and child.lower_ == "with")
            or (child.dep_ == "acl" and lemma_of(child) in CARRYING_VERBS)]


def is_munition_flight(trigger: Trigger, status: str, subject: str, context: DocContext) -> bool:
    """"The drones continued towards Kyiv": a missile or drone going on towards a place is in
    flight to its target, not a system in transit; "the missiles reached the Odesa region": one
    over an area (a region, a district, the airspace) is in flight there, not delivered."""
    if status == IN_TRANSIT and lemma_of(trigger.anchor) in ONWARD_VERBS:
        kind = subject_kind(subject, context)
        return kind_fits(kind, {"rocket"}) or kind_fits(kind, {"drone"})
    # a battery or launcher reaching a region is deployed there: only rounds fly
    return status == ARRIVED and flight_target(trigger.anchor) and (
        flown_subject(trigger.anchor) or lexicon().is_shipped_round(subject_kind(subject, context)))


def subject_kind(subject: str, context: DocContext) -> str:
    """The kind of a subject the document mentions ("cruise missile"), from its mention."""
    return next((mention.kb_id_ for mention in context.mentions if mention.label_ == subject), "")


def flown_subject(verb: Token) -> bool:
    """Whether the verb's subject is a round in flight ("the missiles", "several of the drones"),
    not a unit (a battery, a launcher, a jet)."""
    for subject in (child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")):
        nouns = [subject] + [grandchild for child in subject.children if child.dep_ == "prep"
                             for grandchild in child.children if grandchild.dep_ == "pobj"]
        if any(lemma_of(noun) in FLOWN_MUNITION_NOUNS for noun in nouns):
            return True
    return False


def flight_target(verb: Token) -> bool:
    """"reached the Lviv region", "flew into Kharkiv oblast", "entered the airspace", "flew
    towards Kyiv": the verb's object, or its preposition's, is an area noun, or the verb only
    heads towards its place."""
    if lemma_of(verb) not in FLIGHT_ARRIVAL_VERBS:
        return False
    preps = [child for child in verb.children if child.dep_ == "prep"]
    if any(prep.lower_ in FLIGHT_DIRECTION_PREPOSITIONS for prep in preps):
        return True
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    objects += [grandchild for prep in preps for grandchild in prep.children if grandchild.dep_ == "pobj"]
    return any(lemma_of(noun) in FLIGHT_AREA_NOUNS for noun in objects)


def add_event(merged: dict, sent: Span, trigger: Trigger, status: str, subject: str,
              context: DocContext) -> tuple:
    """Build the event of one subject and merge it with the sentence's same-status event;
    return its key in ``merged``."""
    if status == PLANNED:
        date = plans.made_day_dropped(trigger.anchor, plan_date(trigger.anchor, context), context)
    elif status == REQUESTED:   # "asked NATO on Wednesday to deploy": the day of the request
        date = plan_date(trigger.anchor, context) or find_date(trigger.anchor, context, status)
    else:
        date = find_date(trigger.anchor, context, status)
    if status not in (PLANNED, REQUESTED) and is_after(date, context.dct):
        status = PLANNED   # "deliver the fourth squadron in 2026", said in 2025
    destination = bound_destination(trigger) if status == ARRIVED else None
    if destination is not None:
        status = IN_TRANSIT   # "a ship with 40 trucks bound for Ukraine reached Denmark"
    line = line_of(trigger.anchor, sent)
    event = {
        "subject": subject,
        "status": status,
        "span": char_span(line),
        "location": destination or plans.place(trigger, status, find_location(trigger, status, subject, context)),
        "date": date,
        **find_source(trigger.anchor, context),
    }
    if event["source"]:
        event["source"] = LEADING_ARTICLE.sub("", event["source"])
    if event["location"] and status != WITHDRAWN:
        # where a system left ("departed Russia") is not where its later reports place it
        context.last_location[subject] = event["location"]
    if event["location"]:
        context.last_place[subject] = event["location"]   # what a later "there" points to
    # a headline the parser ran into the first sentence is a statement of its own, and so is
    # each clause with its own subject ("has purchased two launchers that will be provided")
    key = (subject, status, line.start, own_clause(trigger.anchor))
    if key in merged and is_another_date(merged[key]["date"], event["date"]):
        key = (*key, event["date"])   # "receive 10 in 2025 and complete it by 2026"
    if key in merged:   # "has arrived, located on X territory": one clause-level status
        for field, value in event.items():
            if merged[key][field] is None:
                merged[key][field] = value
    else:
        merged[key] = event
    if status in LISTED_PLACE_STATUSES and event["location"] and destination is None:
        for place in listed_places(trigger.anchor, event["location"]):
            merged.setdefault((*key, place), {**merged[key], "location": place})
    return key


def listed_places(anchor: Token, location: str) -> list[str]:
    """The further countries of a list whose first is the clause's ``location``: "have been
    exported to Turkey, India and Poland", "deployed to Poland and Romania" state the status
    once a country, and so do lists of holders: "Turkey, India and Poland have received",
    "ordered by Turkey and India", "are among the users of", "users of ... include Turkey and
    India". Every conjunct must name a country ("to Poland and its allies" is no list, "in Lviv
    and Kyiv" one country); suppliers ("Denmark and Norway will provide") are never holders."""
    holders = holder_tokens(anchor)
    for token in own_tokens(anchor) + holders:
        if token.dep_ == "conj" or not (token.dep_ == "pobj" and token.head.lower_ in LIST_PLACE_PREPS
                                        or token.dep_ == "dative" or token in holders):
            continue
        if country_of_place(token) != location:
            continue
        names = [country_of_place(conjunct) for conjunct in token.conjuncts]
        if not names or not all(name in COUNTRIES for name in (location, *names)):
            return []   # "in Lviv and Kyiv": one country; "to Poland and the Baltics": no list of countries
        return [name for name in dict.fromkeys(names) if name != location]
    return []


def holder_tokens(anchor: Token) -> list[Token]:
    """The words that name who receives, buys, hosts or holds the system in the clause: the
    subject of a receiving or hosting verb (or of the verb whose infinitive it is: "plan to
    buy"), the agent of its passive ("ordered by"), the holders of a user-noun clause."""
    holders = holder_places(anchor)
    if lemma_of(anchor) not in HOST_AGENT_VERBS:
        return holders
    verbs = [anchor, anchor.head] if anchor.dep_ == "xcomp" else [anchor]
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "nsubj" and not is_passive(verb):
                holders.append(child)
            elif child.dep_ == "agent":
                holders.extend(obj for obj in child.children if obj.dep_ == "pobj")
    return holders


def country_of_place(token: Token) -> str | None:
    """The place a token names, a capital or a part of a country given as its country
    ("to Kyiv": Ukraine; "Australia's Northern Territory": Australia)."""
    name = place_name(token)
    return name and (owning_country(token) or CAPITAL_COUNTRIES.get(name, name))


# "trucks bound for Ukraine reached Denmark": an arrival at a stop on the way to a
# destination the subject phrase names is a transit there
DESTINED_WORDS = frozenset(EVENT_WORDS["destined_words"])
# "..., with two of them expected to arrive": the preposition of an absolute clause
ABSOLUTE_PREPS = frozenset(EVENT_WORDS["absolute_preps"])
# "another two", "two more", "the remaining five": a further quantity of the systems just named
FURTHER_WORDS = frozenset(EVENT_WORDS["further_words"])
# "several missiles were launched": a count with no number, which counts as a number does
VAGUE_COUNTS = frozenset(EVENT_WORDS["vague_counts"])


def bound_destination(trigger: Trigger) -> str | None:
    anchor = trigger.anchor
    # in the subject phrase, or trailing the clause ("arrived in Poland, bound for Ukraine")
    words = [word for argument in anchor.children if argument.dep_ in ("nsubj", "nsubjpass")
             for word in argument.subtree if word.i < anchor.i]
    words += [child for child in anchor.children if child.i > anchor.i and child.dep_ in ("advcl", "acomp", "amod", "xcomp")]
    places = (place_name(obj) for word in words if word.lower_ in DESTINED_WORDS
              for prep in word.children if prep.dep_ == "prep" and prep.lower_ in ("for", "to")
              for obj in prep.children if obj.dep_ == "pobj")
    return next((place for place in places if place is not None), None)


OWN_CLAUSE_DEPS = {"ROOT", "relcl"}   # a relative clause states its own status; the rest of a line merges


def own_clause(anchor: Token) -> int:
    """The head of the finite clause with its own subject that holds the trigger: a participle
    or an infinitive shares its governor's clause ("has arrived, located on X territory"); an
    absolute with-clause is a clause of its own ("will hand over eight systems, with two of them
    due soon")."""
    token = anchor
    while token.head.i != token.i and not (token.dep_ in OWN_CLAUSE_DEPS and token.pos_ in ("VERB", "AUX")
                                           and is_finite_clause(token)) and not is_absolute_clause(token):
        token = token.head
    return token.i


def is_absolute_clause(token: Token) -> bool:
    """"..., with two of them due to arrive soon", "..., with the whole
    complement received by 2027": a predicate of its own under a with-phrase set off by a
    comma from the clause it follows (not the argument of "equipped with missiles delivered
    in 2020")."""
    return absolute_governor(token) is not None


def absolute_governor(token: Token) -> Token | None:
    """The verb of the clause that an absolute clause headed by ``token`` follows, else None;
    the parser hangs "with" as a preposition or as the mark of an adverbial clause."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if token.dep_ == "pcomp" and any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children):
        prep, governor = token.head, token.head.head
    elif token.dep_ in ("acl", "relcl") and token.head.dep_ == "pobj" and token.tag_ in ("VBN", "VB"):
        prep, governor = token.head.head, token.head.head.head
    elif token.dep_ == "advcl" and any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children):
        prep = next((child for child in token.children if child.dep_ == "mark" and child.lower_ in ABSOLUTE_PREPS), None)
        if prep is None:
            return None
        governor = token.head
    else:
        return None
    if prep.lower_ not in ABSOLUTE_PREPS or prep.i == 0 or prep.doc[prep.i - 1].text not in CONTINUING_PUNCT:
        return None
    return governor if governor.pos_ in ("VERB", "AUX") else None


def is_another_date(first: str | None, second: str | None) -> bool:
    """Two dates of one status in a sentence make two events: two stages, not one restated."""
    return first is not None and second is not None and first != second


def sentence_lines(sent: Span) -> list[Span]:
    """The sentence split where a line ends a headline or paragraph: the parser often runs a
    headline or caption into the next line's sentence. A hard-wrapped line is kept whole."""
    if "\n" not in doc_text(sent.doc)[sent.start_char:sent.end_char]:
        return [sent.doc[sent.start:sent.end]] if len(sent) else []   # one line: no token is a line end
    lines, start = [], sent.start
    breaks = newline_positions(sent.doc)   # a line can end only on a newline
    for i in breaks[bisect_left(breaks, sent.start):bisect_left(breaks, sent.end)]:
        if is_line_end(sent.doc[i]):
            if i > start:
                lines.append(sent.doc[start:i])
            start = i + 1
    if start < sent.end:
        lines.append(sent.doc[start:sent.end])
    return lines


def is_line_end(token: Token) -> bool:
    """A newline that ends a unit: a blank line, or a line whose last word cannot continue
    the sentence ("Patriot battery at Rzeszow" then "A second battery ..."), unlike a wrap
    after "the missile" or "arrived in"."""
    if not (token.is_space and "\n" in token.text):
        return False
    if token.text.count("\n") > 1:
        return True
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is None or after is None:
        return True
    continues = (before.is_lower or before.text in CONTINUING_PUNCT
                 or before.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX"))
    return not continues and (after.is_title or after.is_upper or after.is_punct)


def line_of(token: Token, sent: Span) -> Span:
    """The line of the sentence that holds ``token``."""
    for line in sentence_lines(sent):
        if line.start <= token.i < line.end:
            return line
    return sent


def char_span(span: Span) -> list[int]:
    """[start, end) of a span without trailing whitespace."""
    text = doc_text(span.doc)[span.start_char:span.end_char]   # span.text, without rebuilding it
    return [span.start_char, span.start_char + len(text.rstrip())]


def is_after(value: str | None, dct: str | None) -> bool:
    """True when a calendar TIMEX value (2026, 2026-03, 2026-03-01) lies after the dct."""
    if not value or not dct or not CALENDAR_VALUE.match(value):
        return False
    return value > dct[:len(value)]


# --- triggers ---------------------------------------------------------------------------

# lemma id -> lemma_of's form of it: the rules ask for a token's lemma hundreds of times a Doc
_LEMMA_FORMS: dict[int, str] = {}
MAX_LEMMA_FORMS = 200_000   # the cache stops growing there (a long run meets ever more words)


def lemma_of(token: Token) -> str:
    """The token's lemma, lower-cased, with the parser's known slips repaired (``LEMMA_REPAIRS``)."""
    form = _LEMMA_FORMS.get(token.lemma)
    if form is None:
        lemma = token.lemma_.lower()
        form = LEMMA_REPAIRS.get(lemma, lemma)
        if len(_LEMMA_FORMS) < MAX_LEMMA_FORMS:
            _LEMMA_FORMS[token.lemma] = form
    return form


@functools.cache
def model_lemmas_read_as(words: frozenset[str]) -> frozenset[str]:
    """The lower-cased model lemmas that ``lemma_of`` reads as one of ``words``: the words
    no repair rewrites, and each slip that is repaired to one of them."""
    kept = frozenset(word for word in words if word not in LEMMA_REPAIRS)
    return kept | frozenset(slip for slip, repaired in LEMMA_REPAIRS.items() if repaired in words)


def repaired_lemma_positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose ``lemma_of`` is one of ``words``, in order, found on the
    Doc's lemma array (no Token built for a token whose lemma is none of them)."""
    return lemma_positions(doc, model_lemmas_read_as(words))


def trigger_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens whose lemma or lower-cased form is a trigger word (the first test
    of ``find_trigger``), read off the Doc's attribute array without building every Token."""
    if len(doc) == 0:
        return []
    (lemmas, lemma_set), (lowers, _) = column_ids(doc, LEMMA), column_ids(doc, LOWER)
    lemma_hits = matching_lemma_ids(doc, lemma_set, TRIGGER_WORD_SET)
    return [i for i, (lemma, lower) in enumerate(zip(lemmas, lowers))
            if lower in TRIGGER_LOWER_IDS or lemma in lemma_hits]


def find_triggers(token: Token) -> list[Trigger]:
    """The status predicate that ``token`` heads or marks, if any, and the plan it states."""
    lemma = lemma_of(token)
    if lemma not in TRIGGER_WORDS and token.lower_ not in TRIGGER_WORDS:
        return []   # most tokens: skip the finders
    status_finders, plan_finders = finders_for(lemma)
    triggers = []
    for finder in status_finders:
        trigger = finder(token)
        if trigger is not None:
            triggers.append(trigger)
            if trigger.status in (ARRIVED, DEPLOYED) and is_move_between_places(token):
                triggers.append(Trigger(WITHDRAWN, token, (token,)))   # gone from where it came from
            break
    for finder in plan_finders:
        trigger = finder(token)
        if trigger is not None:
            triggers.append(trigger)
    return triggers + plans.package_triggers(token)   # one plan for each system a package lists


def finders_for(lemma: str) -> tuple[tuple[Callable, ...], tuple[Callable, ...]]:
    """The status and plan finders, in their order, that a token of this lemma can fire: a
    finder whose first test is its lemma's being one of its words is left out for any other."""
    index = finder_index()
    return index.get(lemma) or index[None]


@functools.cache
def finder_index() -> dict[str | None, tuple[tuple[Callable, ...], tuple[Callable, ...]]]:
    """Lemma -> the finders a token of it can fire; None -> those of any other lemma (the
    finders no word list bounds). Built once, from the finders' own word tables."""
    words_of = finder_words()

    def firing(finders: tuple[Callable, ...], lemma: str | None) -> tuple[Callable, ...]:
        return tuple(finder for finder in finders if finder not in words_of or lemma in words_of[finder])

    lemmas = set().union(*words_of.values())
    return {lemma: (firing(STATUS_FINDERS, lemma), firing(PLAN_FINDERS, lemma))
            for lemma in [None, *sorted(lemmas)]}


def finder_words() -> dict[Callable, frozenset[str]]:
    """For each finder that returns None, before reading anything else, when ``lemma_of`` of
    its token is not one of a word list's words: that list. A finder left out here is tried
    on every candidate; one whose first test changes must change here too
    (``tests/test_extraction_speed_second_pass.py`` tries every finder on its sentences)."""
    return {
        reach_trigger: frozenset({"reach"}), leave_trigger: LEAVE_VERBS,
        left_in_place_trigger: LEFT_IN_PLACE_VERBS, return_trigger: RETURN_VERBS,
        cargo_departure_trigger: frozenset(CARGO_DEPARTURE_VERBS), acceptance_trigger: ACCEPTANCE_VERBS,
        formation_trigger: FORMATION_VERBS, sighting_trigger: SIGHTING_VERBS,
        appearance_trigger: APPEARANCE_VERBS, position_trigger: POSITION_NOUNS,
        duty_activity_trigger: DUTY_ACTIVITY_VERBS, possession_trigger: POSSESSION_VERBS,
        request_for_trigger: frozenset(word for word, kind in NOUN_STATEMENTS.items() if kind == REQUESTED),
        expectation_trigger: EXPECTATION_VERBS, delay_trigger: DELAY_VERBS | HASTENING_VERBS,
        activity_trigger: ACTIVITY_NOUNS, operation_trigger: OPERATION_VERBS,
        guarding_trigger: DUTY_ACTIVITY_VERBS, repelling_trigger: DUTY_ACTIVITY_VERBS,
        equipping_trigger: EQUIPPING_VERBS, joining_trigger: JOINING_OR_ADDING_VERBS,
        user_trigger: HOLDER_NOUNS, onward_trigger: ONWARD_VERBS,
        reaching_idiom_trigger: frozenset(REACHING_IDIOMS), stopover_trigger: STOPOVER_NOUNS,
        passage_trigger: PASSAGE_VERBS, membership_trigger: frozenset(MEMBERSHIP_IDIOMS),
        mission_trigger: frozenset(MISSION_VERBS), location_be_trigger: frozenset(STATE_VERBS),
        plans.purchase_trigger: plans.PURCHASE_NOUNS, plans.delivered_order_trigger: TRANSPORT_VERBS,
        plans.committed_trigger: plans.COMMITTING_VERBS, plans.chosen_trigger: plans.CHOOSING_VERBS,
        plans.contracted_trigger: plans.CONTRACTING_VERBS,
        plans.noun_plan_trigger: plans.STATED_PLAN_NOUNS | plans.PURCHASE_NOUNS | frozenset(NOUN_STATUSES),
    }


# "redeployed from Japan to Guam", "relocated from Jordan to Kuwait": a move between two named
# places (claimledger/lexicon/events.json)
RELOCATION_VERBS = frozenset(EVENT_WORDS["relocation_verbs"])


def is_move_between_places(verb: Token) -> bool:
    """"Four F-35s were redeployed from Japan to Guam", "the battery was moved from Romania to
    Poland": a system moved from one country to another has left the first; a move "from the
    factory", "to Poland" alone, or within one country ("from Rzeszow to Warsaw") leaves none."""
    if lemma_of(verb) not in RELOCATION_VERBS or verb.pos_ != "VERB":
        return False
    origin = country_after(verb, frozenset({"from"}))
    destination = country_after(verb, DESTINATION_PREPS)
    return origin is not None and destination is not None and origin != destination


def country_after(verb: Token, preps: frozenset[str]) -> str | None:
    """The country of the first named place after one of ``preps`` on the verb, if known."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in prep.children:
            name = place_name(obj, facilities=False) if obj.dep_ == "pobj" else None
            if name:
                return canonical_country(name) or named_region_country(name) \
                    or military_site_country(name) or gazetteer_country(name)
    return None


# "it's placed wherever we need to protect", "fires whenever the sirens sound": any place or
# time at all (claimledger/lexicon/grammar.json)
FREE_RELATIVE_ADVERBS = frozenset(lexicon().grammar["free_relative_adverbs"])


def is_any_occasion(verb: Token) -> bool:
    """A verb with a "wherever" or "whenever" clause, or the verb of that clause: what holds on
    any occasion is a habit of the type, not a status ("placed where the threat was" is one)."""
    clauses = [verb] + [child for child in verb.children if child.dep_ == "advcl"]
    return any(child.dep_ == "advmod" and child.lower_ in FREE_RELATIVE_ADVERBS
               for clause in clauses for child in clause.children)


def misread_headline_verb_trigger(token: Token) -> Trigger | None:
    """"First F-16s arrive in Ukraine": in a line with no closing stop the tagger may read the
    verb after a plural designation as a noun compounded with it. A status verb's bare or -s
    form heading such a line, with the system's name compounded before it and a place after a
    locating preposition, is the line's verb."""
    if token.dep_ != "ROOT" or not (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_title)) \
            or token.sent[-1].text in (".", "!", "?", ";"):
        return None
    lemma = headline_verb_lemma(token)
    if lemma is None:
        return None
    # "F-35 Deploys to ...": the tagger may take a designation before the verb for a number
    names = tuple(child for child in token.children if child.i < token.i and (
        child.dep_ in ("compound", "nsubj") or (child.dep_ == "nummod" and in_subject_mention(child))))
    if not names:
        return None
    if lemma in RETURN_VERBS:
        status = headline_return_status(token)
        return Trigger(status, token, names) if status else None
    status = VERB_STATUSES.get(lemma) or ARRIVED   # a landing or a docking is an arrival
    placed = any(child.dep_ == "prep" and child.lower_ in LOCATION_PREPS and any(
        obj.dep_ == "pobj" and place_name(obj) for obj in child.children) for child in token.children)
    return Trigger(status, token, names) if placed else None


def headline_verb_lemma(token: Token) -> str | None:
    """The status verb a headline's misread noun spells in its bare or -s form ("arrive",
    "Deploys", "Land", "return"), read from the word itself: a capitalised word's lemma is its
    own spelling."""
    word = token.lower_
    for lemma in (word, word[:-1] if word.endswith("s") else None, word[:-2] if word.endswith("es") else None):
        if lemma and (lemma in VERB_STATUSES or lemma in LANDING_VERBS | DOCKING_VERBS | RETURN_VERBS):
            return lemma
    return None


def headline_return_status(token: Token) -> str | None:
    """"B-52s return to Guam for ...": back at a named place is an arrival there; "Pumas return
    home from Iraq": back from a place, or home, is a withdrawal."""
    for child in token.children:
        if child.dep_ in ("advmod", "npadvmod") and child.lower_ in HOMEWARD_ADVERBS:
            return WITHDRAWN
        if child.dep_ == "prep" and child.lower_ in ("to", "from") and any(
                obj.dep_ == "pobj" and place_name(obj) for obj in child.children):
            return ARRIVED if child.lower_ == "to" else WITHDRAWN
    return None


def verb_trigger(token: Token) -> Trigger | None:
    if misread_participle_clause(token) is not None:
        return None   # the reduced participle of a noun that the real main verb follows: it names
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "compound") or is_name_modifier(token) \
            or is_participle_as_clausal_subject(token) or is_participle_before_main_verb(token) \
            or is_being_participle_before_verb(token) \
            or is_ranked_infinitive(token) or is_any_occasion(token):
        return None
    if is_listed_by_copula(token):
        trigger = clause_verb_trigger(token)
        if trigger is not None and trigger.status not in (USED, WITHDRAWN):
            # "the new platforms to be inducted are the DA-62 and the Wing Loong II": what is
            # ahead for the noun is ahead for the systems the copula lists
            return Trigger(PLANNED, token, (token, token.head.head))
    if is_unstated_infinitive_conjunct(token):
        return None   # "its determination to build warheads and to deploy them": the noun's, unstated
    if token.dep_ == "acl" and not is_main_verb_as_participle(token) and not has_own_infinitive_subject(token):
        # "the missiles ordered by Taiwan" names them; it states nothing
        # a headline's, a causative's or a comma-set participle predicates its noun
        predicated = is_headline_participle(token) or is_verbless_sentence_verb(token) \
            or is_causative_result(token) or is_set_off_participle(token) \
            or is_launch_participle(token) or is_use_participle(token) or is_strike_means_participle(token) or (is_absolute_clause(token) and has_attached_date(token))
        # "..., with the rest received by 2027": an absolute participle with a time of its own
        stated = predicated or is_noun_content_clause(token) or stating_noun(token)
        trigger = clause_verb_trigger(token) if stated else None
        if trigger is not None and not predicated:
            return trigger   # "evidence that Russia targeted Kyiv", "a plan to provide": a clause of its own
        # the noun it hangs on is its subject, except what a strike or an interception hits
        # ("wreckage of Zircon missile shot down over Kyiv"): only its agent is a weapon used
        if trigger is not None and lemma_of(token) not in TARGET_VERBS:
            trigger.argument_heads = (*trigger.argument_heads, token.head)
        return trigger
    return clause_verb_trigger(token)


def is_listed_by_copula(token: Token) -> bool:
    """"The platforms to be inducted are A, B and C": a "to be" infinitive on the subject of a
    copula whose complement names what the noun stands for."""
    noun = token.head
    copula = noun.head
    return token.dep_ in ("acl", "relcl") and noun.dep_ == "nsubj" and lemma_of(copula) == "be" \
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children) \
        and any(child.dep_ == "auxpass" and child.lower_ == "be" for child in token.children) \
        and any(child.dep_ == "attr" for child in copula.children)


def misread_participle_clause(verb: Token) -> Token | None:
    """"Two of the helicopters acquired for the air force arrived on Wednesday", "reported that
    all 18 tanks promised to Ukraine had arrived": the parser may read the reduced participle
    as the main verb (of the sentence or of a content clause) and the real one as its adverbial
    clause; that clause (finite, perhaps perfect, with neither subject nor subordinator) is
    returned, else None."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ not in ("VBD", "VBN") or not any(
            child.dep_ == "nsubj" for child in verb.children) or any(
            child.dep_ in ("dobj", "aux", "auxpass") for child in verb.children):
        return None
    # the real verb hangs on the participle, or beside it on the verb of speech
    clauses = [clause for clause in verb.children if clause.dep_ == "advcl"]
    if verb.dep_ == "ccomp":
        clauses += [clause for clause in verb.head.children if clause.dep_ == "ccomp"]
    return next((clause for clause in clauses if clause.i > verb.i and is_finite_without_subject(clause)), None)


def is_finite_without_subject(clause: Token) -> bool:
    """"arrived on Wednesday", "had arrived in Ukraine": a finite verb, or a perfect one, with
    neither subject nor subordinator nor any other auxiliary."""
    auxiliaries = [word for word in clause.children if word.dep_ in ("aux", "auxpass")]
    if any(word.dep_ in ("nsubj", "nsubjpass", "mark") for word in clause.children):
        return False
    if clause.tag_ in ("VBD", "VBZ", "VBP"):
        return not auxiliaries
    return clause.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].lower_ in PERFECT_AUXILIARIES


def is_misread_main_verb(head: Token, anchor: Token) -> bool:
    """Whether ``anchor`` is the real main verb that the parser hung under ``head``, a misread participle."""
    clause = misread_participle_clause(head)
    return clause is not None and clause.i == anchor.i


def is_name_modifier(token: Token) -> bool:
    """"another batch of Bayraktar TB2 strike unmanned aerial vehicles": a bare verb form right
    after a system's name, with neither "to" nor a subject, is a noun the parser took for a verb
    ("strike" in "strike drones"); "saw the TB2 strike the convoy" gives it its subject."""
    if token.tag_ != "VB" or token.i == 0 or any(child.dep_ in ("aux", "nsubj", "nsubjpass") for child in token.children):
        return False
    previous = token.doc[token.i - 1]
    mentions = token.doc.spans[SUBJECTS_KEY] if SUBJECTS_KEY in token.doc.spans else ()
    return any(mention.start <= previous.i < mention.end for mention in mentions)


def is_set_off_participle(token: Token) -> bool:
    """"The pair of fighters, delivered to Arizona this week, are ...", "The Patriot batteries,
    delivered in May, protect Kyiv": a participle set off by commas after its noun, with a place
    it went to or a date of its own, states its status (a reduced relative clause); one without
    commas ("the missiles ordered by Taiwan") only names the noun."""
    start = token.left_edge.i   # ", now stationed in ...": an adverb may stand before it
    if token.tag_ != "VBN" or start == 0 or token.doc[start - 1].text != ",":
        return False
    if token.head.i >= token.i or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(child.dep_ == "prep" and child.lower_ in DESTINATION_PREPS and any(
            obj.dep_ == "pobj" and place_name(obj) is not None for obj in child.children) for child in token.children):
        return True
    after = token.doc[token.right_edge.i + 1] if token.right_edge.i + 1 < len(token.doc) else None
    closed = after is None or after.text in (",", ".", ";") or after.is_sent_start
    if closed and VERB_STATUSES.get(lemma_of(token)) == DEPLOYED and any(
            child.dep_ == "prep" and child.lower_ in STATION_PREPS and any(
                obj.dep_ == "pobj" and place_name(obj) is not None for obj in child.children)
            for child in token.children):
        return True   # "the Oreshnik systems, now stationed in eastern Belarus, are": where they stand
    # a date of its own ("in May": the month is a stop word, so it counts as a name here)
    return closed and any(word.ent_type_ == "DATE" and (not word.is_stop or word.pos_ == "PROPN")
                          for word in own_tokens(token))


# "stationed in", "based near": the prepositions of where a deployed system stands
STATION_PREPS = frozenset(EVENT_WORDS["station_preps"])


def is_launch_participle(token: Token) -> bool:
    """"the six Kinzhals launched from aircraft", "59 drones launched by Russia overnight": a
    launch participle after its noun with an agent, a launch site or a time of its own states
    the launch (a reduced relative clause); a bare one ("the missiles fired") only names them."""
    if lemma_of(token) not in LAUNCH_VERBS or token.tag_ not in ("VBN", "VBD"):
        return False
    if any(child.dep_ in ("aux", "auxpass") for child in token.children):
        return False   # "the RGM-84 to be fired from warships": what it is for
    if token.head.i >= token.i or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # a target only after a weapon: "attacks launched against the capital", "missile and drone
    # attacks launched against" name no system
    nouns = [token.head] + [noun for noun in token.head.children if noun.dep_ == "conj"]
    target_preps = frozenset() if any(lemma_of(noun) in USE_NOUNS | ACTIVITY_NOUNS for noun in nouns) \
        else LAUNCH_TARGET_PREPS
    return any(child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in USE_SOURCE_PREPS | target_preps)
               or (child.dep_ in ("advmod", "npadvmod") and child.ent_type_ in ("DATE", "TIME"))
               for child in token.children)


def is_use_participle(token: Token) -> bool:
    """"the Kinzhal missiles employed in the attack on Kyiv": a participle of use after its noun
    with the strike or operation it served in states the use; "used in exercises" does not."""
    if VERB_STATUSES.get(lemma_of(token)) != USED or token.tag_ != "VBN" or token.head.i >= token.i:
        return False
    if any(child.dep_ in ("aux", "auxpass") for child in token.children):
        return False
    return any(prep.dep_ == "prep" and prep.lower_ == "in" and any(
        obj.dep_ == "pobj" and lemma_of(obj) in USE_NOUNS | ACTIVITY_NOUNS and not any(
            word.dep_ in ("compound", "amod") and lemma_of(word) in EXERCISE_NOUNS for word in obj.children)
        for obj in prep.children) for prep in token.children)


def is_strike_means_participle(token: Token) -> bool:
    """"struck the bridge using Storm Shadow missiles": the parser hangs the means of a strike on
    its target; a present participle of use with an object, after a strike's target, is the
    strike's means."""
    if VERB_STATUSES.get(lemma_of(token)) != USED or token.tag_ != "VBG":
        return False
    target = token.head
    return target.dep_ == "dobj" and lemma_of(target.head) in TARGET_VERBS and target.i < token.i \
        and any(child.dep_ == "dobj" for child in token.children)


# "the missiles launched at Lviv": a launch participle with its target states the launch
LAUNCH_TARGET_PREPS = frozenset(EVENT_WORDS["launch_target_preps"])


# "the first country to receive": an infinitive on a ranked noun presupposes its status
RANK_WORDS = frozenset(EVENT_WORDS["rank_words"])


def is_ranked_infinitive(token: Token) -> bool:
    """"the second Gulf state to buy the BrahMos", "the first country to receive":
    an infinitive describing a ranked noun presupposes the status; it states none."""
    if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN"):
        nouns = [token.head]
    elif token.dep_ == "xcomp":   # "became the second nation to receive": the parser's reading
        nouns = [child for child in token.head.children if child.dep_ == "attr" and child.pos_ == "NOUN"]
    else:
        return False
    children = list(token.children)
    if not nouns or not any(child.dep_ == "aux" and child.lower_ == "to" for child in children) \
            or any(child.dep_ in ("nsubj", "nsubjpass") for child in children):
        return False
    return any(child.dep_ in ("amod", "nummod") and (child.lower_ in RANK_WORDS or child.tag_ == "JJS"
                                                     or child.ent_type_ == "ORDINAL")
               for noun in nouns for child in noun.children)


def is_causative_result(token: Token) -> bool:
    """"Jordan had U.S. Patriot missiles stationed in the country": the participle on the
    object of a causative "have" or "get" states the status."""
    noun = token.head
    return token.tag_ == "VBN" and noun.dep_ == "dobj" and lemma_of(noun.head) in CAUSATIVE_VERBS


def has_own_infinitive_subject(token: Token) -> bool:
    """"Exclusive: Spain to send Patriot launchers to Ukraine": an infinitive with its own
    subject is a headline's clause, whatever the parser hangs it on."""
    children = list(token.children)
    if any(child.dep_ == "mark" for child in children) or token.doc[max(token.left_edge.i - 1, 0)].lower_ == "for":
        return False   # "permission for Germany to purchase": a complement, not a headline
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in children) and any(
        child.dep_ == "nsubj" and child.i < token.i for child in children)


def is_main_verb_as_participle(token: Token) -> bool:
    """"A Russian aircraft delivered on Saturday another batch of S-400 components": the
    parser made the sentence's verb a participle on its subject. A participle that takes a
    direct object is active, so it is the main verb, not a reduced relative."""
    return token.head.dep_ == "ROOT" and token.head.pos_ in ("NOUN", "PROPN") \
        and token.tag_ in ("VBD", "VBN") and any(child.dep_ == "dobj" for child in token.children)


# statuses that put a system at a place or take it away: what a verbless sentence's participle may state
PLACED_STATUSES = lexicon().statuses_in("present") | lexicon().statuses_in("departure") | {IN_TRANSIT}


def is_verbless_sentence_verb(token: Token) -> bool:
    """"Three B-52 bombers on Sunday deployed to RAF Fairford in England.": a
    sentence closed by a stop whose only verb is a status participle on its root noun, with a
    place of its own, was written as a clause; the parser took its verb for a reduced
    relative. A participle inside a longer noun phrase ("the bombers deployed to Guam were
    old") leaves a finite verb elsewhere, and a headline has no stop."""
    sent = token.sent
    last = next((word for word in reversed(sent) if not word.is_space), sent[-1])
    if last.text != "." or token.dep_ != "acl" or VERB_STATUSES.get(lemma_of(token)) not in PLACED_STATUSES:
        return False   # "The howitzer sold well in Europe." tells no placement
    if any(word.pos_ in ("VERB", "AUX") and word.i != token.i and not token.is_ancestor(word) for word in sent):
        return False
    return any(child.dep_ == "prep" and child.lower_ in LOCATION_PREPS | DESTINATION_PREPS and any(
        place_name(obj) for obj in child.children if obj.dep_ == "pobj") for child in token.children)


def is_participle_before_main_verb(token: Token) -> bool:
    """"The rockets fired in the spring, she said, never went off": a bare participle
    the parser took for the main verb, whose coordinated verb carries the clause's own
    auxiliary; the participle only describes its noun."""
    children = list(token.children)
    if token.tag_ not in ("VBN", "VBD") or any(child.dep_ in ("aux", "auxpass", "dobj", "cc")
                                               for child in children):
        return False   # "Russia launched missiles and did not stop" is two assertions
    return any(child.dep_ == "nsubj" for child in children) and any(
        child.dep_ == "conj" and child.pos_ == "VERB" and child.i > token.i
        and any(grand.dep_ == "aux" for grand in child.children)
        and not any(grand.dep_ == "cc" and grand.i < child.i for grand in child.children)
        for child in children)


def is_being_participle_before_verb(token: Token) -> bool:
    """"the units being sent to Ukraine are currently being made operational": a participle
    with only "being" for an auxiliary, followed by the finite auxiliary of a verb without a
    subject of its own, describes its noun (a reduced relative the parser took for a clause)."""
    auxiliaries = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
    if token.tag_ != "VBN" or not auxiliaries or any(child.lower_ != "being" for child in auxiliaries):
        return False
    after = token.right_edge.i + 1
    if after >= len(token.doc):
        return False
    finite = token.doc[after]
    verb = finite.head
    return finite.dep_ in ("aux", "auxpass") and finite.lower_ in FINITE_BE and verb.i > token.i \
        and not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def is_participle_as_clausal_subject(token: Token) -> bool:
    """"The Typhon system deployed to Luzon in April will remain there": the parser made the
    reduced relative a clausal subject with its noun as subject; it presupposes, the main verb
    states."""
    return token.dep_ == "csubj" and token.tag_ == "VBN" and not any(
        child.dep_ in ("aux", "auxpass", "mark") for child in token.children) and any(
        child.dep_ == "nsubj" for child in token.children)


def clause_verb_trigger(token: Token) -> Trigger | None:
    """A status verb with its own clause: "has been deployed", "are being moved"; a system
    handed to a military formation is allotted to it (DEPLOYED)."""
    if is_request_for_talks(token):
        return None
    trigger = clause_status_trigger(token)
    if trigger is not None and trigger.status == ARRIVED and is_allotted_to_formation(token):
        trigger.status = DEPLOYED
    if trigger is not None and trigger.status == ARRIVED and is_sent_back(token) and not is_sent_on_deployment(token):
        trigger.status = WITHDRAWN   # "were sent back to Russia": gone from the holder; "is moving
        # a unit back to Texas" stays in transit to where it goes
    return trigger


def deployment_preps(verb: Token) -> list[Token]:
    """The prepositions of a deploying verb, and those the parser hangs on what it deploys."""
    return [child for owner in (verb, *(obj for obj in verb.children if obj.dep_ == "dobj"))
            for child in owner.children if child.dep_ == "prep"]


def deployed_attack_target(verb: Token) -> str | None:
    """The place weapons were deployed against ("against Ukraine"), for a deployment read as a use."""
    return next((name for prep in deployment_preps(verb) if prep.lower_ in USED_ONLY_PLACE_PREPS
                 for obj in prep.children if obj.dep_ == "pobj" and (name := place_name(obj, facilities=False))), None)

# "wants talks on returning the S-400": what is asked for is a negotiation, not the system
TALK_NOUNS = frozenset(lexicon().cues["talk_nouns"])   # claimledger/lexicon/cues.json


def is_request_for_talks(token: Token) -> bool:
    """"Ankara wants talks with Moscow on the S-400", "called for negotiations on the jets": a
    request verb whose object is a talk asks for no system; "asked for more jets" and "asked for
    jets after the talks" do."""
    if lemma_of(token) not in REQUEST_VERBS:
        return False
    objects = [child for child in token.children if child.dep_ == "dobj"] + [
        obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "for"
        for obj in prep.children if obj.dep_ == "pobj"]
    return any(lemma_of(obj) in TALK_NOUNS for obj in objects)


# "were delivered to the 3rd Air Defence Regiment", "came to the brigades": a system handed to a
# formation of an armed force is allotted to units, DEPLOYED (as "delivered ... to the units
# responsible for the security of the east"); "to the military" or a country stays ARRIVED
FORMATION_NOUNS = frozenset(EVENT_WORDS["formation_nouns"])


def is_allotted_to_formation(token: Token) -> bool:
    """"delivered to the regiment", "handed over to the brigade"; "were received by one of the
    squadrons", "the brigade received the tanks": the receiver is a formation."""
    if any(child.dep_ in ("prep", "dative") and child.lower_ == "to" and any(
            obj.dep_ == "pobj" and lemma_of(obj) in FORMATION_NOUNS for obj in child.children)
            for child in token.children):
        return True
    if lemma_of(token) not in FORMATION_RECEIPT_VERBS:
        return False
    receivers = [child for child in token.children if child.dep_ == "nsubj"] + [
        obj for child in token.children if child.dep_ == "agent" for obj in child.children if obj.dep_ == "pobj"]
    for receiver in receivers:
        if lemma_of(receiver) == "one":   # "one of the squadrons"
            receiver = next((obj for prep in receiver.children if prep.dep_ == "prep" and prep.lower_ == "of"
                             for obj in prep.children if obj.dep_ == "pobj"), receiver)
        if lemma_of(receiver) in FORMATION_NOUNS:
            return True
    return False


FORMATION_RECEIPT_VERBS = frozenset(EVENT_WORDS["formation_receipt_verbs"])


def clause_status_trigger(token: Token) -> Trigger | None:
    lemma = lemma_of(token)
    if has_duty_phrase(token):
        return None   # "placed on combat duty", "brought into service": the duty phrase's status
    if lemma in NAMING_VERBS and any(child.dep_ == "oprd" for child in token.children):
        return None   # "called it a historic day for the forces": a name given, nothing asked for
    if lemma in TRANSPORT_VERBS and is_moved_into_place(token):
        return Trigger(DEPLOYED, token, (token,))   # "were moved into position near the border"
    if lemma in TRANSPORT_VERBS | MOVEMENT_VERBS and is_moved_out(token):
        return Trigger(WITHDRAWN, token, (token,))   # "were moved out of Kaliningrad"
    particles = {child.lower_ for child in token.children if child.dep_ in ("prt", "prep") or is_adverb_particle(child)}
    # "pressed the president for the rockets": the parser may hang a request's "for" on its object
    object_preps = {prep.lower_ for obj in token.children if obj.dep_ == "dobj"
                    for prep in obj.children if prep.dep_ == "prep"}
    for (verb, particle), status in PARTICLE_VERBS.items():
        if lemma == verb and (particle in particles or (status == REQUESTED and particle in object_preps)):
            if status in (ARRIVED, DEPLOYED, WITHDRAWN) and are_people_moving(token):
                return None   # "the soldiers of the battery rotated into Romania": people move
            if status == ARRIVED and is_progressive(token):
                status = IN_TRANSIT
            if status == USED and is_reduced_passive(token):
                return None   # "Russian Su-34 bomber shot down over Kursk": the bomber was the target
            return Trigger(status, token, (token,))
    if lemma in TARGETING_TRANSPORT_VERBS and is_sent_at_target(token):
        return Trigger(USED, token, (token,))   # "has sent 12 Kinzhal missiles at the city"
    if (lemma in TRANSPORT_VERBS or lemma in COMING_VERBS) and sends_a_message(token):
        return None   # "sent a request for ATACMS" moves no system
    if lemma in TRANSPORT_VERBS and is_act_moved_towards(token):
        return None   # "was moving towards supplying tanks": the act is ahead, nothing moved
    if lemma in TRANSPORT_VERBS and is_moving_on_with(token):
        return None   # "is moving forward with plans to buy the jets": a plan advanced, nothing moved
    if lemma in TRANSPORT_VERBS and is_brought_into_service(token):
        return None   # "was brought into service in 2007": put to use where it is, not moved
    if lemma in TRANSPORT_VERBS and any(child.dep_ == "dobj" and lemma_of(child) in SERVICE_OBJECTS
                                        for child in token.children):
        return None   # "Bradleys barreling in to provide cover": the system gives, it is not given
    if lemma in TRANSPORT_VERBS or (lemma in AIR_TRANSPORT_VERBS and (
            (is_passive(token) and not is_flown_by_crew(token)) or any(
            child.dep_ == "prep" and child.lower_ in DESTINATION_PREPS for child in token.children))):
        status = IN_TRANSIT if is_progressive(token) or is_moved_by_means(token) else ARRIVED
        return Trigger(status, token, (token,))
    if lemma in COMING_VERBS and is_progressive(token) and all(
            is_place_destination(child) for child in token.children if child.dep_ == "prep"):
        return Trigger(IN_TRANSIT, token, (token,))   # "are coming", "are coming to Ukraine"
    if lemma in COMING_VERBS and token.tag_ == "VBD" and any(
            child.dep_ == "prep" and child.lower_ in USE_SOURCE_PREPS and any(
                obj.dep_ == "pobj" and obj.ent_type_ == "GPE" for obj in child.children)
            for child in token.children):
        return Trigger(ARRIVED, token, (token,))   # "The first two Gepards came from Germany this morning"
    status = VERB_STATUSES.get(lemma) or VERB_STATUSES.get(token.lower_)
    if status is None or (status == REQUESTED and asks_a_question(token)):
        return None
    if any(child.dep_ == "dobj" and lemma_of(child) in OCCASION_EVENT_NOUNS for child in token.children):
        return None   # "celebrated by hosting an F-35 arrival ceremony": the occasion is hosted
    if status == WITHDRAWN and any(child.dep_ == "dobj" and lemma_of(child) in RETRACTED_NOUNS
                                   for child in token.children):
        return None   # "withdrew its offer to send the jets": a word taken back, no system moves
    if lemma in GENERIC_PRESENT_VERBS and token.tag_ in ("VBP", "VBZ") and not (
            has_named_receiver(token) and (is_in_headline(token) or is_title_line(token))):
        return None   # "we take the tanks, and you take the jets": a bargain, not a receipt; a
        # headline's country ("Poland gets first Abrams tanks") has the news present of a receipt
    if status == USED and (is_generic_use(token) or is_capability_clause(token) or is_operator_passive(token)):
        return None   # "is widely used by European members of NATO", "is also used by Myanmar": who operates the type
    if status == USED and is_purpose_against_a_kind(token):
        return None   # "deployed the missiles on the island to target enemy vessels": what they are for
    if lemma in LAUNCH_VERBS and launches_a_formation(token):
        return None   # "the army launched a new Patriot battalion": a unit is set up, nothing is fired
    if lemma in RECEIVING_VERBS and any(child.dep_ == "dobj" and lemma_of(child) in TRAINING_NOUNS
                                        for child in token.children):
        return None   # "officers received training on the system": people are taught, nothing arrives
    if lemma in RECEIVING_VERBS and any(child.dep_ == "dobj" and lemma_of(child) in UPGRADE_NOUNS
                                        for child in token.children):
        return None   # "the destroyer received the Aegis Baseline 9 update": an upgrade, no system arrives
    if lemma in TARGET_VERBS and any(child.dep_ == "dobj" and lemma_of(child) in OBSTACLE_NOUNS
                                     for child in token.children):
        return None   # "the delivery of 66 F-16V jets has hit delays": nothing is struck
    if (lemma in PASSIVE_ONLY_VERBS or token.lower_ in PASSIVE_ONLY_VERBS) and not is_passive(token):
        return None
    if lemma in OBJECT_USE_VERBS and not is_passive(token) and not any(child.dep_ == "dobj" for child in token.children):
        return None   # "the sea drone sank": its own loss; "sank a patrol boat" is a use
    if particles & NOT_A_PLACE_PREPS.get(lemma, set()):
        return None
    if status == DEPLOYED and is_set_against_target(token):
        status = USED   # "deployed ATACMS against Russian airfields": a use on targets
    if status == USED and is_flown_from_a_base(token):
        status = DEPLOYED   # "started using the Reapers out of Amendola air base": based there
    if status == DEPLOYED and any(child.lower_ in OCCASION_WORDS or any(
            grandchild.lower_ in OCCASION_WORDS for grandchild in child.children)
            for child in token.children if child.dep_ in ("npadvmod", "advmod", "dobj")):
        status = USED   # "deployed it three times during the operation"
    if status == ARRIVED and lemma in ARRIVAL_VERBS and is_under_way(token):
        status = IN_TRANSIT   # "they're arriving", "began to arrive in Ukraine"
    if lemma in ACQUISITION_VERBS and (is_progressive(token) or is_bought_for_transfer(token)
                                       or is_in_process(token) or is_passive(token)):
        # "is acquiring the systems", "acquired two launchers that will be sent"; "were acquired
        # by the Philippines": a passive acquisition names a buyer's purchase, not a receipt
        status = PLANNED
    return Trigger(status, token, (token,))


def is_flown_by_crew(verb: Token) -> bool:
    """"the Rafales are to be flown and serviced by the squadron's pilots": a passive "fly" whose agent (its
    own, or its conjunct's) is people, with no destination, says who operates the aircraft."""
    if any(child.dep_ == "prep" and child.lower_ in DESTINATION_PREPS for child in verb.children):
        return False
    verbs = [verb] + [child for child in verb.children if child.dep_ == "conj"]
    return any(is_person_word(obj) for word in verbs for agent in word.children if agent.dep_ == "agent"
               for obj in agent.children if obj.dep_ == "pobj")


def is_person_word(noun: Token) -> bool:
    """"pilots", "airmen", "Hill Airmen": a noun of people (a proper-cased plural included)."""
    word = lemma_of(noun)
    singular = word[:-3] + "man" if word.endswith("men") else word.rstrip("s")
    return word in PERSON_NOUNS or singular in PERSON_NOUNS or noun.ent_type_ == "PERSON"


# "against drones", "against aerial threats": what a deployment guards against, not a target
THREAT_NOUNS = frozenset(EVENT_WORDS["threat_nouns"]) | ANAPHOR_NOUNS


def is_set_against_target(verb: Token) -> bool:
    """"deployed ATACMS against Russian airfields": a deployment against targets that are no
    place (a posture "against Russia") and no threat ("against drones")."""
    return any(prep.dep_ == "prep" and prep.lower_ in USED_ONLY_PLACE_PREPS and any(
        obj.dep_ == "pobj" and obj.pos_ == "NOUN" and lemma_of(obj) not in THREAT_NOUNS
        and place_name(obj, facilities=False) is None
        for obj in prep.children) for prep in verb.children)


def is_moved_out(verb: Token) -> bool:
    """"moved out of Kaliningrad", "shipped out of Syria": taken away from a place, with no
    destination named."""
    out = any(child.dep_ in ("prt", "prep", "advmod") and child.lower_ == "out" and any(
        grandchild.dep_ == "prep" and grandchild.lower_ == "of" for grandchild in child.children)
        for child in verb.children)
    return out and not any(child.dep_ in ("prep", "dative") and child.lower_ in DESTINATION_PREPS
                           for child in verb.children)


def is_moved_into_place(verb: Token) -> bool:
    """"moved into position", "brought into place": a bare place noun as the destination."""
    return any(prep.dep_ == "prep" and prep.lower_ in DUTY_PREPS and any(
        obj.dep_ == "pobj" and lemma_of(obj) in IN_PLACE_NOUNS and not any(
            child.dep_ in ("det", "poss") for child in obj.children) for obj in prep.children)
        for prep in verb.children)


def is_brought_into_service(verb: Token) -> bool:
    """"was brought into service", "moved into service": a transport verb whose destination is
    the service itself."""
    return any(child.dep_ == "prep" and child.lower_ in SERVICE_ENTRY_PREPS and any(
        obj.dep_ == "pobj" and lemma_of(obj) in FIELDED_NOUNS for obj in child.children)
        for child in verb.children)


def launches_a_formation(verb: Token) -> bool:
    """"launched a new HIMARS brigade", the headline "HIMARS Regiment Launched": what is
    launched is a military formation, not a weapon."""
    themes = [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        themes.append(verb.head)
    if not themes and (is_in_headline(verb) or is_title_line(verb)):
        themes = [child for child in verb.children if child.dep_ == "nsubj"]
    return any(lemma_of(theme) in FORMATION_NOUNS for theme in themes)


# "were transported by air", "was shipped by rail to": a movement verb with its means tells the
# journey, not the arrival (claimledger/lexicon/events.json)
MOVEMENT_VERBS = frozenset(EVENT_WORDS["movement_verbs"])
TRANSPORT_MEANS = frozenset(EVENT_WORDS["transport_means"])


def is_moved_by_means(verb: Token) -> bool:
    """"The tanks were transported by heavy haulers to a training center": a movement verb (not
    "delivered", "sent") with "by" and a means of transport."""
    return lemma_of(verb) in MOVEMENT_VERBS and any(
        child.dep_ in ("prep", "agent") and child.lower_ == "by" and any(
            obj.dep_ == "pobj" and lemma_of(obj) in TRANSPORT_MEANS for obj in child.children)
        for child in verb.children)


def has_named_receiver(verb: Token) -> bool:
    """A place, a country's people or an armed force named as the verb's subject ("Poland",
    "Ukrainians", "the Polish army"), not a pronoun."""
    return any(child.dep_ == "nsubj" and child.pos_ != "PRON" and (
        place_name(child, facilities=False) or child.lower_ in DEMONYMS or any(
            grandchild.dep_ in ("amod", "compound") and (grandchild.lower_ in DEMONYMS or place_name(grandchild))
            for grandchild in child.children)) for child in verb.children)


def is_capability_clause(verb: Token) -> bool:
    """"The truck-based weapon, which fires GPS-guided rockets, has a range of 300 km": a use
    verb in the simple present, in a relative clause on the weapon itself, says what the weapon
    does, not that it was used ("Russia, which fires missiles at Kyiv every night" is an actor);
    so does a use the clause's verb enables ("the missiles, which allow striking deep")."""
    if verb.tag_ in ("VBG", "VB") and verb.dep_ in ("xcomp", "dobj", "ccomp") \
            and lemma_of(verb.head) in PERMISSION_VERBS:
        verb = verb.head
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP") or any(
            child.dep_ in ("aux", "auxpass", "neg") for child in verb.children):
        return False
    if not any(child.dep_ == "nsubj" and child.lower_ in RELATIVE_PRONOUNS for child in verb.children):
        return False
    weapon = relative_antecedent(next(child for child in verb.children if child.dep_ == "nsubj"))
    mentions = verb.doc.spans[SUBJECTS_KEY] if SUBJECTS_KEY in verb.doc.spans else ()
    return lemma_of(weapon) in ANAPHOR_NOUNS or any(
        mention.start <= word.i < mention.end for mention in mentions
        for word in (weapon, *(child for child in weapon.children if child.dep_ == "compound")))


def is_purpose_against_a_kind(verb: Token) -> bool:
    """"deployed the Type 12 batteries to target enemy vessels": a strike named as the purpose
    of a placement, against a kind of target (a bare plural that names no place or nation), is
    what the systems are there for; "deployed the missiles to Belarus to strike Ukraine" names
    its target, and "to launch missiles" is a launch, not a strike."""
    placement = verb.head
    if verb.dep_ != "advcl" or lemma_of(verb) not in TARGET_VERBS or not any(
            child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return False
    if VERB_STATUSES.get(lemma_of(placement)) not in (DEPLOYED, ARRIVED, IN_TRANSIT):
        return False
    targets = [child for child in verb.children if child.dep_ == "dobj"]
    return bool(targets) and all(is_kind_of_target(target) for target in targets)


def is_kind_of_target(noun: Token) -> bool:
    """"enemy vessels", "ships": a bare plural with no determiner, number, name, place or nation."""
    if noun.tag_ != "NNS" or noun.ent_type_:
        return False
    return not any(word.dep_ in ("det", "poss", "nummod") or word.pos_ == "PROPN" or word.ent_type_
                   or word.lower_ in DEMONYMS or place_name(word, facilities=False)
                   for word in noun.subtree if word.i != noun.i)


def is_generic_use(verb: Token) -> bool:
    """"The Leopard 2 is widely used by European armies", "These aircraft are actively used by
    the air forces of many countries": a present-tense use verb with a generic adverb (its
    auxiliary perhaps on the verb it is coordinated with) states who operates a type, not a use."""
    if not any(child.dep_ == "advmod" and child.lower_ in GENERIC_USE_ADVERBS for child in verb.children):
        return False
    holder = verb
    while holder.dep_ == "conj" and holder.head.i != holder.i and not any(
            child.dep_ in ("aux", "auxpass") for child in holder.children):
        holder = holder.head
    if is_progressive(verb) or any(child.tag_ == "VBG" for child in holder.children if child.dep_ in ("aux", "auxpass")):
        return False   # "are being actively used near Orikhiv": uses under way
    return holder.tag_ in ("VBZ", "VBP") or any(
        child.dep_ in ("aux", "auxpass") and child.tag_ in ("VBZ", "VBP") and lemma_of(child) == "be"
        for child in holder.children)   # "has widely used" reports uses


def is_flown_from_a_base(verb: Token) -> bool:
    """"started using the Reaper drones out of Amendola air base": a use verb with a base
    the system works out of, but no strike ("to strike ...") and no "against", names where the
    system is based, not a use; "used F-35 jets from Nevatim air base to strike targets" and
    "used HIMARS from a base near Kharkiv" (fired from it) are uses."""
    if lemma_of(verb) not in BASE_USE_VERBS:
        return False
    if any(child.dep_ in ("xcomp", "advcl") for child in verb.children) or any(
            word.lower_ in USED_ONLY_PLACE_PREPS for word in verb.subtree):
        return False
    return any(child.dep_ == "prep" and child.lower_ in BASE_USE_PREPS and any(
        is_named_site(obj) for obj in child.subtree if obj.dep_ == "pobj") for child in verb.children)


def is_named_site(noun: Token) -> bool:
    """"Amendola air base", "the Nevatim airbase": a site noun, or a name ending in one."""
    return lemma_of(noun) in SITE_WORDS or noun.lower_ in SITE_WORDS


def is_operator_passive(verb: Token) -> bool:
    """"The fighter is also used by Myanmar": a use verb in the simple present passive whose
    agent is a country or a force, with nothing struck, no place and no time of its own, names
    an operator of the type; "have been used by Ukraine" and "are used by Ukraine against
    depots" report uses."""
    if verb.tag_ != "VBN" or not any(child.dep_ == "auxpass" and child.lower_ in PRESENT_PASSIVE_AUX
                                     for child in verb.children):
        return False
    agents = [obj for child in verb.children if child.dep_ == "agent"
              for obj in child.children if obj.dep_ == "pobj"]
    if not agents or not all(place_name(obj, facilities=False) or is_force_noun(obj) or is_operator_group(obj)
                             for obj in agents):
        return False
    return not any(child.dep_ in ("prep", "npadvmod", "xcomp", "advcl", "dobj") for child in verb.children)


def is_operator_group(noun: Token) -> bool:
    """"a number of European countries", "several armies", "NATO allies": a group of states or
    of their forces, perhaps counted by a quantity noun before it."""
    if lemma_of(noun) in GROUP_QUANTITY_NOUNS:
        noun = next((obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for obj in prep.children if obj.dep_ == "pobj"), noun)
    return noun.tag_ == "NNS" and (lemma_of(noun) in OPERATOR_GROUP_NOUNS or is_force_noun(noun))


def is_in_process(verb: Token) -> bool:
    """"is in the process of buying further BrahMos": a gerund under "the process of" is an
    act under way, not done."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.lower_ == "of" and lemma_of(prep.head) in PROCESS_NOUNS


def process_subject_auxiliaries(verb: Token) -> set[str]:
    """"the process of transferring the launchers could take weeks", "will take months": an act
    named under "the process of" that is a clause's subject shares that clause's future or
    possibility; it is not yet under way."""
    if not is_in_process(verb):
        return set()
    process = verb.head.head
    if process.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    return {child.lower_ for child in process.head.children if child.dep_ == "aux"}


def is_target_verb(verb: Token) -> bool:
    """A verb of striking, also as a particle verb of use ("took down two jets"): its object is
    what is struck, not a weapon used."""
    if lemma_of(verb) in TARGET_VERBS:
        return True
    return any(PARTICLE_VERBS.get((lemma_of(verb), child.lower_)) == USED
               for child in verb.children if child.dep_ == "prt" or is_adverb_particle(child))


def is_adverb_particle(word: Token) -> bool:
    """"S-400 systems shot down five missiles": the parser may tag the particle of a verb of use
    that follows it as an adverb."""
    return word.dep_ == "advmod" and word.i == word.head.i + 1 and word.lower_ in USE_PARTICLES


def is_reduced_passive(verb: Token) -> bool:
    """"Su-34 bomber shot down over Kursk", "F-16 jet shot down, says the ministry": a headline's
    past form with a subject, no auxiliary and no object is a passive whose subject was hit; an
    active use names what it shot ("shot down two drones", "shot down over 20 drones")."""
    if verb.tag_ not in ("VBD", "VBN") or not any(child.dep_ == "nsubj" for child in verb.children):
        return False
    if any(child.dep_ in ("dobj", "aux", "auxpass") for child in verb.children):
        return False
    return not any(child.dep_ == "prep" and child.i + 1 < len(verb.doc) and verb.doc[child.i + 1].like_num
                   for child in verb.children)


def is_sent_at_target(verb: Token) -> bool:
    """"sent 48 drones and 12 Kinzhal missiles at the city": an "at" phrase with a place, on
    the verb or, as the parser may hang it, on one of the objects it lists."""
    if any(child.dep_ == "prep" and child.lower_ in DESTINATION_PREPS for child in verb.children):
        return False   # "sent three Patriot systems to the airport at Rzeszow": a destination
    holders, frontier = [verb], [child for child in verb.children if child.dep_ == "dobj"]
    while frontier:
        word = frontier.pop()
        holders.append(word)
        frontier.extend(child for child in word.children if child.dep_ in ("conj", "appos"))
    return any(child.dep_ == "prep" and child.lower_ == "at" and any(is_target_place(obj) for obj in child.children)
               for holder in holders for child in holder.children)


def is_target_place(token: Token) -> bool:
    """What a weapon sent "at" can hit: a named place, "the city", "the capital"."""
    return token.dep_ == "pobj" and (lemma_of(token) in LOCATION_NOUNS or lemma_of(token) in CAPITAL_NOUNS
                                     or token.ent_type_ in ("GPE", "LOC", "FAC")
                                     or place_name(token, facilities=False) is not None)


def is_under_way(token: Token) -> bool:
    """"are arriving", "began to arrive", "continue to receive", "the process of receiving them":
    an arrival in progress."""
    if is_progressive(token) or is_in_process(token):
        return True
    return token.dep_ == "xcomp" and lemma_of(token.head) in ONGOING_VERBS


def is_bought_for_transfer(token: Token) -> bool:
    """"has bought three NASAMS launchers that will be handed to Ukraine": bought to be
    handed on, a purchase (PLANNED), not a receipt."""
    return any(clause.dep_ == "relcl" and any(aux.dep_ in ("aux", "auxpass") and aux.lower_ in FUTURE_AUX
                                              for aux in clause.children)
               for obj in token.children if obj.dep_ == "dobj" for clause in obj.children)


# nouns whose "that" clause is not asserted ("rumours that", "claims that", "the prospect
# that"): claimledger/lexicon/cues.json, with its hypothetical and hedging cues
UNASSERTED_CONTENT_NOUNS = frozenset(
    lexicon().cues["unasserted_content_nouns"] + lexicon().cues["hypothetical"] + lexicon().cues["hedged"])


def is_noun_content_clause(token: Token) -> bool:
    """"evidence that the enemy struck the capital with these rockets", "reports that the S-400 has
    arrived": a finite "that" clause with its own subject, complement of a noun that does not
    put it as a possibility or a claim."""
    noun = token.head
    if noun.pos_ != "NOUN" or noun.lower_ in UNASSERTED_CONTENT_NOUNS \
            or lemma_of(noun) in UNASSERTED_CONTENT_NOUNS:
        return False
    children = list(token.children)
    return (any(child.dep_ == "mark" and child.lower_ == "that" for child in children)
            and any(child.dep_ in ("nsubj", "nsubjpass") for child in children))


# "announced its plan to provide", "a request to deploy": a noun whose infinitive is a plan or
# a request (claimledger/lexicon/cues.json)
NOUN_STATEMENTS = {**{noun: PLANNED for noun in lexicon().cues["plan_nouns"]},
                   **{noun: REQUESTED for noun in lexicon().cues["request_nouns"]}}


# what is sent when a request or a plan is sent: claimledger/lexicon/cues.json
MESSAGE_NOUNS = frozenset(lexicon().cues["message_nouns"]) | frozenset(NOUN_STATEMENTS)


def is_act_moved_towards(verb: Token) -> bool:
    """Whether a gerund is what a verb works or moves towards ("is moving towards supplying
    Ukraine with tanks", "working toward delivering the jets"): getting closer to an act,
    which neither sends nor supplies anything yet."""
    prep = verb.head
    return verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" \
        and prep.lower_ in PROGRESS_PREPS and prep.head.pos_ == "VERB"


def is_moving_on_with(verb: Token) -> bool:
    """Whether a verb of moving says an act goes on ("is moving forward with plans to purchase
    the jets", "moved ahead with the deal"): a "forward" or "ahead" and a "with" phrase."""
    children = list(verb.children)
    return (any(child.dep_ in ("advmod", "prt") and child.lower_ in PROGRESS_ADVERBS for child in children)
            and any(child.dep_ == "prep" and child.lower_ == "with" for child in children))


def sends_a_message(verb: Token) -> bool:
    """"sent a request for", "submitted a letter", "the request was sent to Berlin", "the
    request came from Warsaw", "the message it will send to Moscow" (the relative clause's
    antecedent is what it sends): what moves is a message, not a system."""
    if verb.dep_ == "relcl" and lemma_of(verb.head) in MESSAGE_NOUNS \
            and not any(child.dep_ in ("dobj", "nsubjpass") for child in verb.children):
        return True
    return any(child.dep_ in ("dobj", "nsubjpass", "nsubj") and lemma_of(child) in MESSAGE_NOUNS
               for child in verb.children)


def request_for_trigger(token: Token) -> Trigger | None:
    """"sent a request for ATACMS missiles", "renewed its call for Patriot batteries": a
    request noun asserted by its verb, the system named after "for"; "the request was received",
    "a request for Taurus deliveries came to Germany": a request its addressee received, about
    the system named after "for" or, naming none, the one the report is about."""
    if NOUN_STATEMENTS.get(lemma_of(token)) != REQUESTED or token.pos_ != "NOUN":
        return None
    verb = token.head
    received = token.dep_ in REQUEST_RECEIPT_VERBS.get(lemma_of(verb), ())
    if token.dep_ == "pobj" and verb.lower_ == "with" and verb.dep_ == "prep" and verb.head.pos_ == "VERB":
        verb = verb.head   # "turned to Berlin with a request for Taurus missiles"
    elif token.dep_ not in ("dobj", "nsubjpass") and not received:
        return None
    if verb.pos_ not in ("VERB", "AUX") or is_set_aside(verb):
        return None
    # "made a plea for X": the parser hangs "for" on the noun or on its verb
    holders = [holder for holder in (token, verb) if any(
        child.dep_ == "prep" and child.lower_ == "for" for child in holder.children)]
    if holders:
        return Trigger(REQUESTED, verb, tuple(holders))
    return Trigger(REQUESTED, verb, (token,)) if received and lemma_of(token) in RECEIVED_REQUEST_NOUNS else None


# "the request was received", "a request came": the verbs by which a request reaches its
# addressee, each with the dependency the request noun takes (claimledger/lexicon/events.json)
REQUEST_RECEIPT_VERBS = {verb: frozenset(deps) for verb, deps in EVENT_WORDS["request_receipt_verbs"].items()}
# the request nouns that, received and naming no system, take the report's ("a call came" may
# be a telephone call)
RECEIVED_REQUEST_NOUNS = frozenset(EVENT_WORDS["received_request_nouns"])


def is_unstated_infinitive_conjunct(token: Token) -> bool:
    """An infinitive joined to one that hangs on a noun that states nothing of it ("the
    regime's determination to build warheads and eventually to deploy them"): it shares that
    first infinitive's reading, none; one joined to a plan or request noun's ("a plan to buy the
    jets and to base them in Poland") is read with it."""
    if token.dep_ != "conj" or not any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children):
        return False
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    first_infinitive = any(child.dep_ == "aux" and child.lower_ == "to" for child in first.children)
    if not first_infinitive and first.tag_ in ("VBZ", "VBP", "VBD"):
        return True   # a to-infinitive the parser joined to a finite verb belongs to a noun it missed
    return first.dep_ == "acl" and first_infinitive and not (is_noun_content_clause(first) or stating_noun(first))


def stating_noun(token: Token) -> str | None:
    """PLANNED or REQUESTED for the infinitive of a plan or a request noun ("its plan to
    provide", "a request to deploy"); None elsewhere, and where the noun itself is only
    weighed ("considering a plan to")."""
    noun = token.head
    if token.dep_ != "acl" or noun.pos_ != "NOUN" or not any(
            child.dep_ == "aux" and child.lower_ == "to" for child in token.children):
        return None
    if (noun.dep_ in ("dobj", "nsubjpass") and is_set_aside(noun.head)) or is_on_hold(token):
        return None
    stated = NOUN_STATEMENTS.get(lemma_of(noun))
    if stated == REQUESTED and noun.dep_ in ("dobj", "nsubjpass") and lemma_of(noun.head) in GRANTING_VERBS:
        return PLANNED
    return stated


# "scrapped its plan to", "put on hold its plans to" (claimledger/lexicon/cues.json)
ABANDON_VERBS = frozenset(lexicon().cues["abandon_verbs"])
ON_HOLD_NOUNS = frozenset(lexicon().cues["on_hold_nouns"])


def is_set_aside(verb: Token) -> bool:
    """The verb only weighs, refuses, denies or abandons the plan or request it governs."""
    lemma = lemma_of(verb)
    if lemma in HYPOTHESIS_VERBS or lemma in REFUSAL_VERBS or lemma in DENIAL_VERBS \
            or lemma in ABANDON_VERBS or lemma in ON_HOLD_NOUNS:   # the parser may hang it on "hold"
        return True
    return is_on_hold(verb)


def is_on_hold(token: Token) -> bool:
    """"put ... on hold", "on ice": the phrase hangs on the verb or, misparsed, on the clause."""
    return any(prep.dep_ == "prep" and prep.lower_ == "on" and any(
        lemma_of(obj) in ON_HOLD_NOUNS for obj in prep.children) for prep in token.children)


QUESTION_MARKS = frozenset(lexicon().grammar["question_words"])


def asks_a_question(verb: Token) -> bool:
    """"were asked whether Turkey had changed its decision", "asked about the S-400": a
    question, not a request for a system."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ in ("ccomp", "advcl") and any(
                word.lower_ in QUESTION_MARKS and word.i < child.i
                for word in child.subtree if word.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr")):
            return True
    return False


def is_headline_participle(token: Token) -> bool:
    """"Second Batch of M1A2T Tanks Delivered to Taiwan": in a headline the participle on
    the head noun is the predicate (a passive without its auxiliary); on a report's first line
    in sentence case too, and a present participle ("Abrams tanks heading to Ukraine") as a
    progressive without its auxiliary."""
    if token.tag_ not in ("VBN", "VBG") or token.head.dep_ != "ROOT" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if is_in_headline(token):
        return True
    if token.tag_ != "VBN":
        return False
    line = line_of(token, token.sent)
    words = [word for word in line if word.is_alpha]
    if not words or line[-1].text in (".", "!", "?") or not token.is_title:
        return False
    return sum(word.is_title or word.is_upper for word in words) * 2 > len(words)


def noun_trigger(token: Token) -> Trigger | None:
    """A status noun asserted by its verb: "begun the deployment", "requested the placement",
    "agreed on the deployment of", "the delivery ... was scheduled for July"."""
    status = NOUN_STATUSES.get(lemma_of(token))
    if status is None or not (token.pos_ == "NOUN" or is_capitalised_opening_noun(token)):
        return use_noun_trigger(token)
    trigger = scheduled_noun_trigger(token) or ceremony_noun_trigger(token, status) \
        or asserted_noun_trigger(token, status)
    if trigger is not None and trigger.status not in (REQUESTED, PLANNED) and is_placed_ahead(token):
        trigger.status = PLANNED   # "confirmed the upcoming delivery of the Su-35 fighter jets"
    return trigger


# "the induction ceremony was held": a verb that holds an occasion
OCCASION_HOLDING_VERBS = frozenset(EVENT_WORDS["occasion_holding_verbs"])


def ceremony_noun_trigger(noun: Token, status: str) -> Trigger | None:
    """"The induction ceremony of the Rafale jets was held at Ambala", "a handover ceremony took
    place": a ceremony held for a status marks it done; what it is for hangs on the ceremony."""
    occasion = noun.head
    if noun.dep_ not in ("compound", "amod", "nmod") or noun.i == occasion.i \
            or lemma_of(occasion) not in OCCASION_EVENT_NOUNS:
        return None
    verb = occasion.head
    held = occasion.dep_ == "nsubjpass" and lemma_of(verb) in OCCASION_HOLDING_VERBS
    if not (held or is_realized_noun(occasion, verb)):
        return None
    return Trigger(ARRIVED if status == IN_TRANSIT else status, verb, (occasion,))


def scheduled_noun_trigger(noun: Token) -> Trigger | None:
    """"The Harpoon missiles are old and due for withdrawal next year": a status noun after a
    schedule word and "for" is planned for the subject of the schedule word's copula."""
    preposition = noun.head
    word = preposition.head
    if noun.dep_ != "pobj" or preposition.lower_ != "for" or word.i == preposition.i \
            or word.pos_ != "ADJ" or lemma_of(word) not in SCHEDULE_WORDS:
        return None
    holder = word
    while holder.dep_ in ("conj", "acomp") and not any(
            child.dep_ in ("nsubj", "nsubjpass") for child in holder.children):
        holder = holder.head   # "old and due for": the copula above the conjoined adjective
    return Trigger(PLANNED, word, (holder, noun))


def included_plan_trigger(token: Token) -> Trigger | None:
    """"The sale includes AIM-9X and Harpoon missiles", "the contract included 32 F-16 jets":
    what a sale, purchase or contract includes is planned (its objects name the systems); so is
    what a delivery still ahead will include ("the upcoming shipment will include 18 HIMARS")."""
    lemma = lemma_of(token)
    if token.pos_ != "NOUN" or (PLANNED not in (NOUN_STATUSES.get(lemma), DOCUMENT_NOUNS.get(lemma)) and not (
            NOUN_STATUSES.get(lemma) == IN_TRANSIT and is_delivery_ahead(token))):
        return None
    verb = token.head
    if token.dep_ == "dobj" and lemma_of(verb) in INCLUSION_VERBS and names_systems_in_scope(token):
        return Trigger(PLANNED, token, (token,))   # "the package includes orders for 40 HIMARS"
    if token.dep_ == "nsubj" and lemma_of(verb) == "be" and names_systems_in_scope(verb):
        return Trigger(PLANNED, verb, (verb,))   # "the two contracts are for NASAMS batteries"
    if token.dep_ != "nsubj" or lemma_of(verb) not in INCLUSION_VERBS | COVERAGE_VERBS or verb.pos_ != "VERB":
        return None
    if not any(child.dep_ == "dobj" and (in_subject_mention(child) or lemma_of(child) in ANAPHOR_NOUNS
                                         or lemma_of(child) in NOUN_STATUSES)   # "the delivery of"
               for child in verb.children):
        return None   # "includes training for F-16 pilots", "an option for more jets": not the systems
    return Trigger(PLANNED, verb, (verb,))


def is_delivery_ahead(noun: Token) -> bool:
    """"the upcoming shipment will include", "the next delivery is to include": a delivery noun
    whose verb is future or which a modifier puts ahead ("the shipment included" is done)."""
    verb = noun.head
    future = any(child.dep_ == "aux" and child.lower_ in FUTURE_AUX for child in verb.children)
    return noun.dep_ == "nsubj" and (future or is_placed_ahead(noun))


def names_systems_in_scope(head: Token) -> bool:
    """A "for" phrase on the paper or its copula whose object is a system mention ("for
    NASAMS batteries"), not work on one ("for maintenance of the NASAMS batteries")."""
    return any(prep.dep_ == "prep" and prep.lower_ in PAPER_SCOPE_PREPS and any(
        obj.dep_ == "pobj" and any(in_subject_mention(word) for word in named_words(obj))
        for obj in prep.children) for prep in head.children)


def named_words(noun: Token) -> list[Token]:
    """A noun with the words that name it: its modifiers ("NASAMS batteries") and an
    abbreviation in apposition ("Missile Systems (NASAMS)")."""
    return [noun, *noun.lefts, *(word for word in noun.rights if word.dep_ == "appos")]


def is_capitalised_opening_noun(token: Token) -> bool:
    """"Delivery will take place in 2012": a sentence's first word, capitalised, that the
    tagger took for a name; a name it is not when no entity holds it."""
    return token.pos_ == "PROPN" and token.is_sent_start and token.is_title and not token.ent_type_ \
        and token.dep_ in ("nsubj", "nsubjpass")


def is_placed_ahead(noun: Token) -> bool:
    """"the upcoming delivery", "the planned deployment": a modifier puts the status ahead."""
    return any(child.dep_ in ("amod", "compound") and child.lower_ in FUTURE_MODIFIERS for child in noun.children)


def asserted_noun_trigger(token: Token, status: str) -> Trigger | None:
    """The status a verb asserts of a status noun (see noun_trigger)."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and lemma_of(token.head.head) in PHASE_NOUNS:
        token = token.head.head   # "the start of deliveries was postponed": the phase's verb asserts it
    while token.dep_ == "conj" and token.head.pos_ == "NOUN":
        token = token.head   # "begin serial production and deployment of": the first conjunct's verb
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in OCCASION_PREPS:
        return None   # "upon delivery of the jets, the pilots will begin training": a time, not an argument
    if token.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ == "VERB":
        verb = verb.head   # "agreed on the deployment of"
    elif token.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return None
    lemma = lemma_of(verb)
    if lemma in ENDING_VERBS and status == DEPLOYED and token.dep_ in ("dobj", "nsubjpass", "nsubj"):
        return Trigger(WITHDRAWN, verb, (token,))   # "ended its Patriot deployment in Slovakia"
    if lemma in START_VERBS or (lemma in CONTINUING_VERBS and token.dep_ == "nsubj") or is_said_ongoing(token, verb):
        return Trigger(status, verb, (token,))   # "began the deployment", "the deployment continues"
    if lemma in END_VERBS and token.dep_ == "pobj" and token.head.lower_ == "for":
        return Trigger(PLANNED, verb, (token,))   # "plans have been completed for the shipment of"
    if lemma in END_VERBS or (lemma in RECEIPT_VERBS and token.dep_ == "dobj") \
            or is_realized_noun(token, verb) or is_said_complete(token, verb):
        return Trigger(ARRIVED if status == IN_TRANSIT else status, verb, (token,))
    if lemma in REQUEST_VERBS and not (lemma == "call" and token.dep_ != "pobj"):
        # "called for the transfer", not "called the transfer a threat"; "asked whether" is a question
        return None if asks_a_question(verb) else Trigger(REQUESTED, verb, (token,))
    if lemma in PLAN_VERBS and lemma not in ("be", "go", "set"):
        if token.dep_ in ("nsubj", "nsubjpass") and serves_a_purpose(verb):
            return None   # "the deployment aims to protect", "is intended to deter": what it is for
        return Trigger(PLANNED, verb, (token,))
    if lemma in CONFIRMING_VERBS and token.dep_ in ("dobj", "nsubjpass") and lemma_of(token) in CONFIRMED_NOUNS:
        # "Hanwha has confirmed the delivery of 24 K9 howitzers to Poland", "welcomed the arrival
        # of", "the arrival of the batteries was confirmed by the ministry"
        return Trigger(PLANNED if has_deadline_ahead(verb) else CONFIRMED_NOUNS[lemma_of(token)], verb, (token,))
    if lemma in ANNOUNCING_VERBS and token.dep_ == "dobj":
        # "Ukraine announced the arrival of its first Mirage jets": an announced arrival is an
        # arrival, a plan when a deadline is ahead ("announces arrival of NASAMS by year end");
        # an announced transfer or delivery ("announced the handover of Patriot batteries") is
        # not counted, as the corpora annotate it
        announced = ANNOUNCED_STATUSES.get(status)
        if announced == ARRIVED and has_deadline_ahead(verb):
            announced = PLANNED   # "announces arrival of ... by year end": a deadline ahead
        return Trigger(announced, verb, (token,)) if announced else None
    if token.dep_ in ("nsubj", "nsubjpass") and is_scheduled(verb):
        return Trigger(PLANNED, verb, (token,))
    if is_occurrence_subject(token, verb):
        return Trigger(ARRIVED if status == IN_TRANSIT else status, verb, (token,))
    if token.dep_ == "nsubj" and is_placed_ahead(token) and verb.pos_ in ("VERB", "AUX") \
            and lemma not in DELAY_VERBS | INCLUSION_VERBS | COVERAGE_VERBS:
        # "the expected arrival of the system will be the second"; what an upcoming delivery
        # includes is the included plan's
        return Trigger(PLANNED, verb, (token,))
    return None


def is_occurrence_subject(noun: Token, verb: Token) -> bool:
    """"the arrival of the bombers at the base last week drew crowds": a status noun that
    carries its own date is asserted to have happened then; "its deployment extends Moscow's
    reach" or "the delivery comes amid tensions" only presupposes it, and a delayed event has
    not happened."""
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") \
            or lemma_of(verb) in DELAY_VERBS | INCLUSION_VERBS | COVERAGE_VERBS:
        return False   # what "the deliveries last autumn included" is told by the list's own rules
    return has_own_date(noun, verb)


def has_own_date(noun: Token, verb: Token) -> bool:
    """A date between a status noun and its verb ("the arrival ... last week caused", "the
    delivery on Monday drew"), in the noun's phrase or hung on the verb before it (the parser
    hangs "last week" there), not inside a clause that modifies the noun."""
    for word in noun.doc[noun.i + 1:verb.i]:
        if word.ent_type_ not in ("DATE", "TIME"):
            continue
        step = word
        while step.i not in (noun.i, verb.i) and step.pos_ not in ("VERB", "AUX") and step.head.i != step.i:
            step = step.head
        if step.i in (noun.i, verb.i):
            return True
    return False


# "the deployment of the S-400 in Belarus is complete": the noun's status, done
END_ADJECTIVES = frozenset(EVENT_WORDS["end_adjectives"])


# "the deployment is under way", "is in progress": a status noun whose process has begun
# (claimledger/lexicon/events.json)
ONGOING_STATES = frozenset(tuple(words) for words in EVENT_WORDS["ongoing_states"])
ONGOING_COPULAS = frozenset(EVENT_WORDS["ongoing_copulas"])   # "is under way", "got under way"


def is_said_ongoing(noun: Token, verb: Token) -> bool:
    """A status noun that a copula calls going on ("The deployment of the batteries is under
    way", "the withdrawal is underway", "is in progress", "got under way"): the status has begun."""
    if noun.dep_ != "nsubj" or lemma_of(verb) not in ONGOING_COPULAS:
        return False
    for child in verb.children:
        if child.dep_ == "acomp" and (child.lower_,) in ONGOING_STATES:
            return True
        if child.dep_ == "prep" and any(obj.dep_ == "pobj" and (child.lower_, obj.lower_) in ONGOING_STATES
                                        for obj in child.children):
            return True
    return False


def is_said_complete(noun: Token, verb: Token) -> bool:
    """A status noun that a copula calls done ("The deployment ... is complete")."""
    return noun.dep_ == "nsubj" and lemma_of(verb) == "be" and any(
        child.dep_ == "acomp" and child.lower_ in END_ADJECTIVES for child in verb.children)


def serves_a_purpose(verb: Token) -> bool:
    """"The deployment aims to protect vital infrastructure": a plan verb whose infinitive
    names what the status noun is for, not a stage of it ("is planned to begin in May", "is
    expected to take place")."""
    return any(child.dep_ == "xcomp" and lemma_of(child) not in STAGE_VERBS for child in verb.children)


def has_deadline_ahead(verb: Token) -> bool:
    """"announces arrival of NASAMS by year end": a "by" date in the clause sets a deadline."""
    return any(word.dep_ == "prep" and word.lower_ == "by" and any(
        obj.ent_type_ == "DATE" for obj in word.children) for word in verb.subtree)


# "the deliveries will be carried out on time", "the deployment took place in May": verbs that
# only say the noun's event happens (claimledger/lexicon/cues.json)
REALIZING_VERBS = frozenset(lexicon().cues["realizing_verbs"])
# what a paper's infinitive may plan of a system: its status or its transfer ("a contract to supply")
PAPER_TRANSFER_VERBS = frozenset(VERB_STATUSES) | TRANSPORT_VERBS | PLEDGE_VERBS | ACQUISITION_VERBS \
    | frozenset(EVENT_WORDS["paper_transfer_verbs"])
# the infinitives that name a stage of a status noun's event ("is planned to begin")
STAGE_VERBS = START_VERBS | END_VERBS | CONTINUING_VERBS | REALIZING_VERBS | {"take"} | frozenset(VERB_STATUSES) \
    | TRANSPORT_VERBS


# "follows the arrival of": a verb of sequence whose object has happened already
SEQUEL_VERBS = frozenset(EVENT_WORDS["sequel_verbs"])


def is_realized_noun(noun: Token, verb: Token) -> bool:
    """The status noun is what the verb carries out ("deliveries ... were carried out") or the
    event that happens ("the delivery took place")."""
    lemma = lemma_of(verb)
    if lemma == "take":
        return noun.dep_ == "nsubj" and any(child.dep_ == "dobj" and child.lower_ == "place"
                                            for child in verb.children)
    if lemma in SEQUEL_VERBS:   # "the move follows the arrival of the first batch": it took place before
        return noun.dep_ == "dobj"
    return lemma in REALIZING_VERBS and (noun.dep_ == "nsubjpass" or lemma in ("happen", "occur"))


def is_scheduled(verb: Token) -> bool:
    """"was scheduled for", "is expected", "was supposed to be", "is due": a schedule."""
    return any(lemma_of(word) in SCHEDULE_WORDS for word in (verb, *verb.children)
               if word.i == verb.i or word.dep_ in ("acomp", "xcomp", "attr"))


def use_noun_trigger(token: Token) -> Trigger | None:
    """"the first known use of the Zircon", "an attack with a Zircon missile": the noun names
    the use of the system it governs."""
    if lemma_of(token) not in USE_NOUNS or token.pos_ != "NOUN":
        return None
    if any(child.dep_ in ("compound", "amod", "nmod") and lemma_of(child) in EXERCISE_NOUNS for child in token.children):
        return None   # "a test launch of the Sarmat", "a training strike", "a training and combat launch": no use
    verb = token.head
    if token.dep_ == "nsubj" and lemma_of(verb) in INCLUSION_VERBS and lemma_of(token) != "use":
        return Trigger(USED, verb, (verb,))   # "The daylight attack included Kinzhal hypersonic missiles"
    if is_past_deed(token):
        return Trigger(USED, verb, (token,))   # "A Storm Shadow attack on Sevastopol damaged a submarine"
    if not any(child.dep_ == "prep" and child.lower_ in USE_NOUN_PREPS for child in token.children):
        return None
    # the noun states a use only where the clause reports or identifies it ("confirmed the
    # first use of", "this was an attack with"); "their use of X will allow" states none
    if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in USE_ASSERTING_VERBS:
        return None
    return Trigger(USED, verb, (token,))


def is_past_deed(noun: Token) -> bool:
    """"An Iskander strike killed 20 people": a strike named by its weapon (a compound) is the
    subject of a verb in the past, so it happened; "the use of" and a strike still to come are not."""
    verb = noun.head
    if lemma_of(noun) == "use" or not is_named_by_weapon(noun):
        return False   # a weapon's name ("Iskander missile strike"), not a kind ("a drone attack")
    if noun.dep_ == "pobj" and (verb.dep_ == "agent" or verb.lower_ in HARM_MEANS_PREPS):
        return is_harm_done(verb.head)   # "killed in a Storm Shadow strike", "hit by an ATACMS attack"
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" and not auxiliaries or (
        verb.tag_ == "VBN" and any(lemma_of(aux) == "have" for aux in auxiliaries)) or (
        verb.tag_ == "VBN" and not auxiliaries and has_object(verb))   # "... strike killed and injured commanders"


def is_named_by_weapon(noun: Token) -> bool:
    """"an Iskander missile strike", "a 'Storm Shadow' missile strike": a name before the noun."""
    return any(child.dep_ in ("compound", "nmod") and any(word.pos_ == "PROPN" for word in child.subtree)
               for child in noun.children if child.i < noun.i)


def is_harm_done(verb: Token) -> bool:
    """"commanders killed in ...", "the base was hit by ...": a past participle of what a strike
    did, told as done (no modal, no future)."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD"):
        return False
    return not any(child.dep_ == "aux" and (child.tag_ == "MD" or lemma_of(child) == "will") for child in verb.children)


def has_object(verb: Token) -> bool:
    """The verb, or a verb joined to it, has an object: an active clause."""
    return any(child.dep_ == "dobj" for word in (verb, *(child for child in verb.children if child.dep_ == "conj"))
               for child in word.children)


def document_trigger(token: Token) -> Trigger | None:
    """"signed a contract to supply", "a letter of request for six batteries": a paper that
    states a purchase (PLANNED) or a request (REQUESTED)."""
    lemma = lemma_of(token)
    if token.pos_ != "NOUN":
        return None
    status = DOCUMENT_NOUNS.get(lemma)
    if lemma == "letter":
        kinds = [LETTER_KINDS.get(lemma_of(obj)) for prep in token.children if prep.lower_ == "of"
                 for obj in prep.children if obj.dep_ == "pobj"]
        status = next((kind for kind in kinds if kind), None)
    if status is None or is_paper_for_other_work(token):
        return None
    signed = signed_paper_trigger(token, status)
    if signed is not None:
        return signed
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep":   # "the signing of a letter of request"
        if verb.lower_ not in DOCUMENT_PREPS:
            return None   # "entered Poland under the contract", "sent under the deal": no signing
        verb = verb.head
    if token.dep_ in ("nsubj", "nsubjpass"):
        verb = raised_signing(verb) or verb   # "a deal is expected to be signed"
    if token.dep_ == "nsubj" and is_settled_predicate(verb):
        return Trigger(status, verb, (token, verb))
    if lemma_of(verb) not in SIGNING_WORDS and verb.lower_ not in SIGNING_WORDS:
        return plans.stated_paper_trigger(token, verb, status)   # "the Gripen contract takes effect"
    return Trigger(status, verb, (token, verb))   # "signed a letter of request for X"


def is_settled_predicate(verb: Token) -> bool:
    """"is final", "is now official", "is a done deal": a copula that calls its subject settled."""
    if lemma_of(verb) != "be":
        return False
    for child in verb.children:
        if child.dep_ == "acomp" and child.lower_ in SETTLED_WORDS:
            return True
        if child.dep_ == "attr" and lemma_of(child) in DOCUMENT_NOUNS and any(
                word.dep_ == "amod" and word.lower_ in SETTLED_WORDS for word in child.children):
            return True
    return False


def raised_signing(verb: Token) -> Token | None:
    """"a fresh accord is expected to be signed", "the contract is set to be concluded": the passive
    signing infinitive of the verb the paper is the subject of; the raising verb governs it."""
    return next((child for child in verb.children if child.dep_ == "xcomp" and is_passive(child)
                 and lemma_of(child) in SIGNING_WORDS), None)


def is_paper_for_other_work(paper: Token) -> bool:
    """"signed a deal with a US firm to build parts for the system": a paper
    whose infinitive names work on a system other than its transfer (making, servicing parts)
    plans no delivery of it."""
    return any(child.dep_ == "acl" and any(aux.dep_ == "aux" and aux.lower_ == "to" for aux in child.children)
               and lemma_of(child) not in PAPER_TRANSFER_VERBS for child in paper.children)


def signed_paper_trigger(token: Token, status: str) -> Trigger | None:
    """"30 drones were supplied within the scope of a contract signed in 2020", "arrived under
    a deal concluded in 2022": a paper that a participle says was signed states its plan
    beside the status of the clause it hangs in, about that clause's systems."""
    signing = next((child for child in token.children if child.dep_ == "acl" and child.tag_ == "VBN"
                    and lemma_of(child) in SIGNING_WORDS and not any(   # not "of the contract being signed"
                        grand.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for grand in child.children)), None)
    if signing is None:
        return None
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) in SIGNING_WORDS:
        return None   # "signed a contract ... signed": the signing verb states it already
    if lemma_of(verb) in plans.GIVE_UP_VERBS or lemma_of(verb) in REFUSAL_VERBS:
        return None   # "the contract signed in 2021 was cancelled": no plan
    if governed_status(Trigger(status, verb, (verb,))) is None:
        return None   # "hopes to induct the drones under a contract signed in 2021": a wish states nothing
    return Trigger(status, signing, (token, verb))


def is_signed_paper(trigger: Trigger) -> bool:
    """True for a trigger of ``signed_paper_trigger``."""
    return trigger.anchor.dep_ == "acl" and lemma_of(trigger.anchor) in SIGNING_WORDS \
        and lemma_of(trigger.anchor.head) in DOCUMENT_NOUNS


def preparation_trigger(token: Token) -> Trigger | None:
    """"is being prepared for combat use", "is undergoing final preparations for active
    duty", "are being prepared to reinforce": getting ready for a next stage is a plan, stated
    beside whatever the clause says of where the system is."""
    lemma = lemma_of(token)
    if lemma in PREPARE_VERBS and token.pos_ == "VERB" and is_passive(token):
        if names_next_stage(token) or any(child.dep_ == "xcomp" for child in token.children):
            return Trigger(PLANNED, token, (token,))
    if lemma in PREPARE_VERBS and token.pos_ == "VERB" and names_next_stage(token) \
            and any(child.dep_ == "dobj" for child in token.children):
        return Trigger(PLANNED, token, (token,))   # "prepare Iskander launchers for deployment"
    if lemma in PREPARE_VERBS and token.pos_ == "VERB" and is_system_preparing(token):
        return Trigger(PLANNED, token, (token,))   # "the tanks are preparing to reinforce our brigades"
    if lemma in PREPARATION_NOUNS and token.dep_ in ("dobj", "nsubj") and names_next_stage(token):
        verb = token.head
        return Trigger(PLANNED, verb, (verb,))
    return None


# what a status noun names: a status, or a use ("the delivery", "the first use")
STATUS_OR_USE_NOUNS = frozenset(NOUN_STATUSES) | USE_NOUNS
# stages a system is prepared for ("for combat duty", "for deployment", "for use")
NEXT_STAGE_NOUNS = DUTY_NOUNS | STATUS_OR_USE_NOUNS | frozenset(EVENT_WORDS["stage_nouns"])   # "for operation"


def is_system_preparing(verb: Token) -> bool:
    """"the tanks are already in the country and are getting ready to strengthen our units": a system
    (named or referred back to) that prepares to act, in the active voice without an object,
    readies for its next stage (seed notes, R3). An infinitive that states a status of its own
    ("is preparing to receive F-16s") is that status's, planned by the preparation."""
    if is_passive(verb) or any(child.dep_ == "dobj" for child in verb.children):
        return False
    action = next((child for child in verb.children if child.dep_ == "xcomp" and has_to(child)), None)
    if action is None or lemma_of(action) in TRIGGER_WORDS:
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i and not any(
            child.dep_ == "nsubj" for child in clause.children):
        clause = clause.head   # "are already in the country and are getting ready": the first conjunct's subject
    subject = next((child for child in clause.children if child.dep_ == "nsubj"), None)
    return subject is not None and (in_subject_mention(subject) or any(
        in_subject_mention(word) for word in subject.subtree) or is_anaphoric_noun(subject)
        or subject.lower_ in ANAPHOR_PRONOUNS)


def names_next_stage(token: Token) -> bool:
    """True for "for combat duty", "for deployment", "for use": the stage prepared for."""
    return any(lemma_of(obj) in NEXT_STAGE_NOUNS for prep in token.children
               if prep.dep_ == "prep" and prep.lower_ == "for"
               for obj in prep.children if obj.dep_ == "pobj")


def duty_status(token: Token) -> str | None:
    """The status a duty noun names ("combat duty", "service", "full operational capability")."""
    lemma = lemma_of(token)
    if lemma not in DUTY_NOUNS:
        return None
    modifiers = {lemma_of(child) for child in token.children if child.dep_ in ("compound", "amod")}
    if lemma in UNDETERMINED_DUTY_NOUNS and (token.tag_ != "NN" or token.text[:1].isupper() or any(
            child.dep_ in ("det", "poss", "compound", "amod", "nummod") for child in token.children)):
        return None   # "started operations out of", "in the operation", "Operation Sindoor"
    if lemma not in DUTY_BARE_NOUNS and not modifiers & (DUTY_MODIFIERS | CAPABILITY_MODIFIERS) and not is_duty_taken(token):
        return None
    if lemma in OPERATIONAL_ONLY_NOUNS and not modifiers & CAPABILITY_MODIFIERS:
        return None
    return DEPLOYED if lemma in FIELDED_NOUNS and "combat" not in modifiers else COMBAT_DUTY


def is_duty_taken(token: Token) -> bool:
    """"took up duty", "went on duty": a bare duty noun as what a duty verb takes up or goes
    on; "is on duty" or "duty-free" name no status."""
    if lemma_of(token) not in DUTY_TAKEN_NOUNS:
        return False
    if token.dep_ == "dobj":
        return lemma_of(token.head) in DUTY_VERBS
    return token.dep_ == "pobj" and token.head.lower_ in DUTY_PREPS and token.head.dep_ == "prep" \
        and lemma_of(token.head.head) in DUTY_VERBS


def is_duty_phrase(prep: Token) -> bool:
    """"on combat duty", "into service", after a verb; "to combat readiness" after a verb that
    puts on duty ("brought to combat readiness")."""
    if prep.lower_ not in DUTY_PREPS and not (prep.lower_ in DUTY_DESTINATION_PREPS
                                              and lemma_of(prep.head) in DUTY_VERBS):
        return False
    if is_bracketed_apart(prep, prep.head):
        return False   # "the Storm Shadow (SCALP in French service)": the aside's words
    return any(obj.dep_ == "pobj" and duty_status(obj) is not None for obj in prep.children)


def has_duty_phrase(verb: Token) -> bool:
    """"was placed on combat duty", "were brought into service": the duty phrase, not the
    verb of placing or bringing, says the status."""
    return any(child.dep_ == "prep" and is_duty_phrase(child) for child in verb.children)


def duty_trigger(token: Token) -> Trigger | None:
    """"is on combat duty", "took up combat duty", "entered combat readiness", "operational"."""
    lemma = lemma_of(token)
    if lemma in OPERATIONAL_WORDS and token.dep_ == "acomp":
        return Trigger(COMBAT_DUTY, token.head, (token.head,))
    if lemma in OPERATIONAL_WORDS and token.dep_ == "conj" and token.head.pos_ in ("VERB", "ADJ"):
        return Trigger(COMBAT_DUTY, token.head, (token.head,))   # "is now deployed and operational"
    if lemma in OPERATIONAL_WORDS and token.dep_ == "oprd" and lemma_of(token.head) in DUTY_VERBS:
        return Trigger(COMBAT_DUTY, token.head, (token.head,))   # "was declared operational"
    status = duty_status(token)
    if status is None:
        return None
    head = token.head
    if token.dep_ == "pobj" and is_duty_phrase(head) and head.head.pos_ in ("VERB", "AUX"):
        return Trigger(status, head.head, (head.head,))
    if token.dep_ == "pobj" and head.lower_ in DUTY_PREPS and head.head.dep_ == "dobj" \
            and lemma_of(head.head.head) in DUTY_VERBS:   # "put the Sarmat - nicknamed Satan II - on combat duty"
        return Trigger(status, head.head.head, (head.head.head,))
    if token.dep_ == "dobj" and lemma_of(head) in DUTY_VERBS:
        return Trigger(status, head, (head,))
    if token.dep_ == "nsubj" and lemma_of(head) in START_VERBS:
        # "combat duty for the Oreshnik began in December": the system is whose duty it is
        holders = tuple(obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in DUTY_HOLDER_PREPS
                        for obj in prep.children if obj.dep_ == "pobj")
        return Trigger(status, head, holders) if holders else None
    if token.dep_ == "compound" and head.dep_ == "dobj" and lemma_of(head.head) in DUTY_ACTIVITY_VERBS:
        return Trigger(status, head.head, (head.head,))   # "performing combat duty tasks"
    if token.dep_ == "pobj" and head.lower_ in NOUN_DUTY_PREPS and head.head.dep_ == "ROOT" \
            and head.head.pos_ in ("NOUN", "PROPN"):
        return Trigger(status, head.head, (head.head,))   # a verbless headline: "Oreshnik on combat duty in Belarus"
    if token.dep_ == "pobj" and head.lower_ in NOUN_DUTY_PREPS and head.head.pos_ in ("NOUN", "PROPN") \
            and not any(child.dep_ in ("advmod", "neg", "det") and child.lower_ in LAPSED_ADVERBS
                        for word in (head, token, *head.children) for child in word.children):
        # "has 15 F-35Bs in service", "the Iskander-M system currently in service is capable":
        # the status phrase after the system's noun, a reduced relative clause; the clause's
        # verb gives it its time and modality ("could have 15 jets in service": none)
        noun = head.head
        verb = governing_verb(noun)
        if verb is None:
            return None   # "queries about the missile in Philippine service": a topic, not a claim
        # a name ("F-35Bs") is found among its verb's arguments, a noun ("the system") as itself;
        # an object's status takes its verb's time and modality ("could have 15 jets in
        # service"), a subject's holds whatever its verb says ("the system in service can hit")
        anchor = noun if argument_of(noun).dep_ in ("nsubj", "nsubjpass") else verb
        return Trigger(status, anchor, (verb,) if noun.pos_ == "PROPN" else (noun,))
    return None


# "in service", "on combat duty" after a system's noun (claimledger/lexicon/events.json)
NOUN_DUTY_PREPS = frozenset(EVENT_WORDS["noun_duty_preps"])
# "no longer in service", "formerly on combat duty": a status that has lapsed
LAPSED_ADVERBS = frozenset(EVENT_WORDS["lapsed_adverbs"])
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "attr")


def argument_of(noun: Token) -> Token:
    """The head of the argument phrase a noun is in, through a quantity's "of" ("total" in "a
    total of 15 jets")."""
    token = noun
    for _ in range(3):
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.dep_ == "prep":
            token = token.head.head
    return token


def governing_verb(noun: Token) -> Token | None:
    """The verb whose subject or object the noun phrase is, through a quantity's "of" ("has" in
    "has a total of 15 jets"); None for a noun further down ("queries about the missile")."""
    token = argument_of(noun)
    if token.dep_ in ARGUMENT_DEPS and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return None


def duty_activity_trigger(token: Token) -> Trigger | None:
    """"The S-400 battalion began guarding the airspace": starting a duty activity."""
    if lemma_of(token) not in DUTY_ACTIVITY_VERBS or token.dep_ != "xcomp":
        return None
    # "continue to protect the skies": a guarded airspace makes a continued activity a duty too
    continued = lemma_of(token.head) in CONTINUING_VERBS and any(
        child.dep_ == "dobj" and lemma_of(child) in GUARDED_NOUNS for child in token.children)
    if not continued and lemma_of(token.head) not in START_VERBS:
        return None
    return Trigger(COMBAT_DUTY, token.head, (token.head,))


def possession_trigger(token: Token) -> Trigger | None:
    """"Poland has had the Patriot systems since 2023" (ARRIVED), "we have them in place"
    (DEPLOYED): a holder's continuing possession, dated or placed."""
    if lemma_of(token) not in POSSESSION_VERBS or token.pos_ != "VERB":
        return None
    preps = {child.lower_: child for child in token.children if child.dep_ == "prep"}
    placed = preps.get("in")
    if placed is not None and any(lemma_of(obj) in IN_PLACE_NOUNS and is_bare(obj)
                                  for obj in placed.children if obj.dep_ == "pobj"):
        return Trigger(DEPLOYED, token, (token,))
    if "since" in preps or any(prep.dep_ == "prep" and prep.lower_ == "since" for obj in token.children
                               if obj.dep_ == "dobj" for prep in obj.children):
        return Trigger(ARRIVED, token, (token,))   # the parser may hang "since" on the object
    if lemma_of(token) not in KEEPING_VERBS and token.tag_ in ("VBZ", "VBP") and is_kept_at_place(token):
        return Trigger(ARRIVED, token, (token,))   # "Greece has S-300 missiles on Crete": present there
    if lemma_of(token) in FUTURE_HOLDING_VERBS and is_future_holding(token):
        return Trigger(PLANNED, token, (token,))
    if lemma_of(token) not in KEEPING_VERBS:
        return None
    if is_kept_at_place(token):
        return Trigger(DEPLOYED, token, (token,))   # "Russia keeps five ships in the Black Sea with Kalibr"
    return None


def kept_objects(verb: Token) -> list[Token]:
    """What is kept or left: a system, its units or its carriers, not "talks" or "drills"."""
    return [child for child in verb.children if child.dep_ == "dobj"
            and (child.pos_ == "PROPN" or lemma_of(child) in KEPT_NOUNS)]


def is_kept_at_place(verb: Token) -> bool:
    """"keeps five ships in the Black Sea", "leaves two batteries at Prince Sultan Air Base":
    an active verb whose kept object is held at a named place."""
    objects = kept_objects(verb)
    return bool(objects) and not is_passive(verb) and any(
        place_name(word) for holder in (verb, *objects) for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in HOLDING_PLACE_PREPS
        for obj in prep.children if obj.dep_ == "pobj" for word in obj.subtree)   # "at X Air Base in Estonia"


def left_in_place_trigger(token: Token) -> Trigger | None:
    """"the decision removes two batteries but leaves two Patriot batteries at the air base":
    what is left at a named place stays stationed there (DEPLOYED); "left Lithuania", a place
    as the object, is a departure (leave_trigger)."""
    if lemma_of(token) not in LEFT_IN_PLACE_VERBS or token.pos_ != "VERB" or not is_kept_at_place(token):
        return None
    if any(child.dep_ == "nsubj" and names_system_or_kind(child) for child in token.children):
        return None   # "the jets left the plant in Texas": the system is the one leaving
    return Trigger(DEPLOYED, token, (token,))


def names_system_or_kind(noun: Token) -> bool:
    """A noun phrase that names a system ("the F-35 jets") or a kind of one ("the jets")."""
    return lemma_of(noun) in ANAPHOR_NOUNS or any(in_subject_mention(word) for word in noun.subtree)


def acceptance_trigger(token: Token) -> Trigger | None:
    """"The air force has accepted its first HIMARS", "the jets were accepted at the plant",
    "welcomes the first of 12 Rafale jets": the system itself accepted or welcomed is received
    (ARRIVED); "accepted the offer" and "welcomed the decision" are no receipt."""
    if lemma_of(token) not in ACCEPTANCE_VERBS or token.pos_ != "VERB":
        return None
    themes = [child for child in token.children if child.dep_ in ("dobj", "nsubjpass")
              or (child.dep_ == "advmod" and child.lower_ in RANK_WORDS)]   # a headline's "welcomes first of"
    themes += [obj for theme in themes for prep in theme.children if prep.dep_ == "prep" and prep.lower_ == "of"
               and (theme.lower_ in RANK_WORDS or theme.like_num) for obj in prep.children if obj.dep_ == "pobj"]
    # the theme and the words before its head ("the first upgraded Norwegian NASAMS
    # launcher"); not a clause after it ("the decision to send F-16s")
    # the system itself, by name ("F-35A Lightning II") or kind ("jets"); not "welcomed the F-16 pledge"
    themes = [theme for theme in themes if in_subject_mention(theme) or theme.pos_ == "PROPN"
              or lemma_of(theme) in ANAPHOR_NOUNS or theme.lower_ in RANK_WORDS or theme.like_num]
    if any(in_subject_mention(word) for theme in themes for word in theme.subtree if word.i <= theme.i):
        ranked = tuple(theme for theme in themes if theme.dep_ == "advmod")
        return Trigger(ARRIVED, token, (token, *ranked))
    if any(child.dep_ == "nsubjpass" and child.lower_ in ANAPHOR_PRONOUNS for child in token.children) \
            and any(child.dep_ == "aux" and child.lower_ in FUTURE_AUX for child in token.children):
        # "before it will be formally accepted": the system referred to, accepted ahead (a past
        # "it was accepted" may be an offer's)
        return Trigger(ARRIVED, token, (token,))
    return None


def formation_trigger(token: Token) -> Trigger | None:
    """"The Marine Corps established its first F-35B squadron at Yuma", "a K2 battalion was
    formed": a unit named for the system is stood up (DEPLOYED)."""
    if lemma_of(token) not in FORMATION_VERBS or token.pos_ != "VERB":
        return None
    units = [child for child in token.children
             if child.dep_ in ("dobj", "nsubjpass") and lemma_of(child) in FORMATION_NOUNS]
    if any(in_subject_mention(word) for unit in units for word in unit.lefts):
        return Trigger(DEPLOYED, token, (token,))
    return None


# "Ukraine will have its F-16s": a country that will hold a system expects its delivery
FUTURE_HOLDING_VERBS = frozenset(EVENT_WORDS["future_holding_verbs"])


def is_future_holding(verb: Token) -> bool:
    """A future possession by a country ("Ukraine will have its long-awaited F-16s"), not an
    obligation ("will have to wait") or a person's or a force's ("the pilots will have jets")."""
    if not any(child.dep_ == "aux" and child.lower_ in FUTURE_AUX for child in verb.children):
        return False
    if not any(child.dep_ == "dobj" for child in verb.children):
        return False
    return any(child.dep_ == "nsubj" and child.text in COUNTRIES for child in verb.children)


def is_done_by_people(verb: Token) -> bool:
    """"pilots patrol the skies", "he operates the jets": a person's act, not a system's status."""
    return any(child.dep_ == "nsubj" and (child.ent_type_ == "PERSON" or lemma_of(child) in PERSON_NOUNS
                                          or child.lower_ in PERSONAL_PRONOUNS)
               for child in verb.children)


# "defended Kyiv from a missile", "protected the city against a drone attack": a guard that
# met an attack was used
REPELLING_PREPS = frozenset(EVENT_WORDS["repelling_preps"])
REPELLED_NOUNS = frozenset(EVENT_WORDS["repelled_nouns"])


def repelling_trigger(token: Token) -> Trigger | None:
    """"the Patriot system defended Kyiv from an enemy missile": a system that guarded a place
    against an attack, told in the simple past, was used (USED); "defends the city against
    drones" is its task and "could protect" a capability."""
    if lemma_of(token) not in DUTY_ACTIVITY_VERBS or token.tag_ != "VBD" or is_passive(token):
        return None
    if not any(child.dep_ == "nsubj" for child in token.children) or is_done_by_people(token):
        return None
    if not any(prep.dep_ == "prep" and prep.lower_ in REPELLING_PREPS and any(
            obj.dep_ == "pobj" and lemma_of(obj) in REPELLED_NOUNS for obj in prep.children)
            for prep in token.children):
        return None
    return Trigger(USED, token, (token,))


def guarding_trigger(token: Token) -> Trigger | None:
    """"Czech Gripen jets are guarding the Nordic skies", "the F-16s patrol the
    skies": a system guarding an airspace with a subject of its own is on duty (COMBAT_DUTY);
    "to protect the skies" after "deployed" is its purpose, "protect civilians" no duty."""
    if lemma_of(token) not in DUTY_ACTIVITY_VERBS or token.pos_ != "VERB" or is_passive(token):
        return None
    if not any(child.dep_ == "nsubj" for child in token.children) or is_done_by_people(token):
        return None
    if has_to(token):
        return None
    if not any(child.dep_ == "dobj" and (lemma_of(child) in GUARDED_NOUNS or (
            child.pos_ == "PROPN" and is_progressive(token) and place_name(child, facilities=False))
            or guards_a_named_site_now(token, child))
            for child in token.children) and not guards_with_next_verb(token):
        return None   # "guarding the skies"; a place in the progressive: "is now guarding Odesa"
    return Trigger(COMBAT_DUTY, token, (token,))


def guards_with_next_verb(verb: Token) -> bool:
    """"will patrol and defend the alliance's airspace": a guarding verb without an object of
    its own shares the airspace its coordinated guarding verb takes."""
    if any(child.dep_ == "dobj" for child in verb.children):
        return False
    return any(conj.dep_ == "conj" and lemma_of(conj) in DUTY_ACTIVITY_VERBS
               and not any(child.dep_ in ("nsubj", "nsubjpass") for child in conj.children)
               and any(obj.dep_ == "dobj" and lemma_of(obj) in GUARDED_NOUNS for obj in conj.children)
               for conj in verb.children)


# "a battery guards any airport": a determiner of any member of a kind, no system in place
GENERIC_DETERMINERS = frozenset(EVENT_WORDS["generic_determiners"])


def guards_a_named_site_now(verb: Token, guarded: Token) -> bool:
    """"Two Patriot batteries guard the airport in Rzeszow", "NASAMS launchers now protect
    Kyiv": in the simple present, counted or definite systems that guard a named place or site
    hold that duty now, as they do when they "are guarding" it or "have been guarding" it
    since a date; "the system defends the city against drones" is its task."""
    if not (verb.tag_ in ("VBZ", "VBP") or is_present_progressive(verb)) or any(
            child.dep_ == "prep" and child.lower_ in REPELLING_PREPS for child in verb.children):
        return False
    subject = next(child for child in verb.children if child.dep_ == "nsubj")
    if not any(child.dep_ in ("nummod", "det", "poss") and child.lower_ not in GENERIC_DETERMINERS
               for child in subject.children):
        return False
    if place_name(guarded, facilities=False) or facility_site(guarded, ("in", "near", "at")):
        return True
    # "the airport at Riga" with the place hung on the verb, or "the Rzeszow airport"
    return lemma_of(guarded) in SITE_WORDS and (
        any(child.dep_ == "compound" and place_name(child) for child in guarded.children)
        or facility_site(verb, ("in", "near", "at")) is not None)


def is_present_progressive(verb: Token) -> bool:
    """"are guarding", "has been guarding": a gerund whose first auxiliary is in the present and
    no modal ("will be guarding" is ahead, "had been guarding" over)."""
    auxiliaries = [child for child in verb.children if child.dep_ == "aux"]
    return verb.tag_ == "VBG" and bool(auxiliaries) and auxiliaries[0].tag_ in ("VBZ", "VBP")


def equipping_trigger(token: Token) -> Trigger | None:
    """"the units are being fitted out with S-500 batteries" (IN_TRANSIT while under way), "the
    brigade has been equipped with", "is equipping its units with" (ARRIVED once done): a force
    fitted out with a system, "will equip Ukraine with Abrams tanks" (a country's forces). What
    is equipped must be a force: "the jet is equipped with missiles" describes the jet,
    "equipped with radios" names no system."""
    if lemma_of(token) not in EQUIPPING_VERBS or token.pos_ != "VERB":
        return None
    deps = ("nsubjpass",) if is_passive(token) else ("dobj",)
    forces = [child for child in token.children if child.dep_ in deps
              and (lemma_of(child) in EQUIPPED_NOUNS or place_name(child) in COUNTRIES)]
    # "plans to equip its army with Caesar guns": the parser may hang "with" on the force
    fitted = [obj for holder in (token, *forces) for prep in holder.children if prep.dep_ == "prep"
              and prep.lower_ == "with" for obj in prep.children if obj.dep_ == "pobj"]
    if not any(child.dep_ == "prep" and child.lower_ == "with" for child in token.children) and not fitted:
        return None
    if not forces:
        return Trigger(PLANNED, token, (token,)) if is_fitting_ahead(token) else None
    return Trigger(IN_TRANSIT if is_progressive(token) else ARRIVED, token, (token, *fitted))


def is_fitting_ahead(verb: Token) -> bool:
    """"the frigates will be armed with", "are to be equipped with": a platform to be fitted
    with a system plans its delivery, where "the jet is equipped with" only describes the jet."""
    if not is_passive(verb):
        return False
    if any(child.dep_ == "aux" and child.lower_ in FUTURE_AUX for child in verb.children):
        return True
    return verb.dep_ == "xcomp" and lemma_of(verb.head) == "be" and verb.head.pos_ == "AUX" \
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def joining_trigger(token: Token) -> Trigger | None:
    """"The Rafale jets entered the fleet in March", "entered the inventory", "were added to
    the fleet": taken into service (DEPLOYED)."""
    lemma = lemma_of(token)
    if lemma not in JOINING_OR_ADDING_VERBS or token.pos_ != "VERB":
        return None
    if has_to(token):
        return None   # "flew 7,000 km to join the fleet": the aim of the flight
    if lemma in JOINING_VERBS:
        joined = [child for child in token.children if child.dep_ == "dobj"]
    else:
        joined = [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("to", "into")
                  for obj in prep.children if obj.dep_ == "pobj"]
    if not any(lemma_of(noun) in JOINED_NOUNS for noun in joined) and not forms_a_unit(token):
        return None
    return Trigger(DEPLOYED, token, (token,))


def mission_trigger(token: Token) -> Trigger | None:
    """"the destroyer will back these patrols", "the Typhoon will give vital
    security cover for the games", "the Eurofighter is to have a central role in security": a
    system's mission ahead is a plan of its stationing (PLANNED); what the system does now, or
    would do, states none."""
    if token.pos_ != "VERB" or lemma_of(token) not in MISSION_VERBS:
        return None
    if not any(child.dep_ == "aux" and child.lower_ in FUTURE_AUX - CONDITIONAL_AUX for child in token.children):
        return None
    needed = MISSION_VERBS[lemma_of(token)]
    objects = [child for child in token.children if child.dep_ == "dobj"]
    if not objects or (needed == "service" and not any(lemma_of(obj) in SERVICE_OBJECTS for obj in objects)) \
            or (needed == "role" and not any(lemma_of(obj) in ROLE_NOUNS for obj in objects)):
        return None
    # the system is the verb's subject ("the F-35 brings stealth" reads no subject of a transport verb)
    # "the long-term placement of the battery will provide a capability": the placement's
    # benefit is weighed, and a status noun is no system
    agents = tuple(child for child in token.children if child.dep_ == "nsubj"
                   and lemma_of(child) not in NOUN_STATUSES)
    return Trigger(PLANNED, token, agents) if agents else None


def membership_trigger(token: Token) -> Trigger | None:
    """"as it formally joins the forward-based naval force", "the jets became part
    of the fleet": made a member of a force or a fleet, as "joined the fleet" (DEPLOYED)."""
    if token.pos_ not in ("VERB", "AUX") or MEMBERSHIP_IDIOMS.get(lemma_of(token)) is None:
        return None
    parts = [child for child in token.children if child.dep_ in ("attr", "acomp", "dobj")
             and child.lower_ == MEMBERSHIP_IDIOMS[lemma_of(token)]]
    if not any(lemma_of(word) in JOINED_NOUNS for part in parts for prep in part.children
               if prep.dep_ == "prep" and prep.lower_ == "of" for word in prep.subtree):
        return None
    return Trigger(DEPLOYED, token, (token,))


def forms_a_unit(verb: Token) -> bool:
    """"Nine more jets will join it to form the first squadron": joining others to make up a
    unit is taking the system into service."""
    return any(clause.dep_ in ("xcomp", "advcl") and lemma_of(clause) in FORMATION_VERBS and any(
        obj.dep_ == "dobj" and lemma_of(obj) in FORMATION_NOUNS for obj in clause.children)
        for clause in verb.children)


def onward_trigger(token: Token) -> Trigger | None:
    """"It then continued to Bulgaria", "the convoy proceeded to Lviv": a journey going on
    towards a named place is a transit; "continued to deliver" is another verb's."""
    if lemma_of(token) not in ONWARD_VERBS or token.pos_ != "VERB" or has_to(token):
        return None
    if not any(prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS and any(
            obj.dep_ == "pobj" and place_name(obj, facilities=False) for obj in prep.children)
            for prep in token.children):
        return None
    return Trigger(IN_TRANSIT, token, (token,))


def user_trigger(token: Token) -> Trigger | None:
    """"Algeria became the second foreign user of the Su-35", "is the largest user of the
    F-16", "are among the users of the K9", "Other users of the K9 include Turkey and India":
    the holder has them (ARRIVED, possession as presence). "is becoming the latest buyer of the
    K9": a buyer has bought or will buy them (PLANNED)."""
    if lemma_of(token) not in HOLDER_NOUNS or not any(child.dep_ == "prep" and child.lower_ == "of"
                                                    for child in token.children):
        return None
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in USER_GROUP_PREPS:
        verb = verb.head   # "are among the users of"
    elif token.dep_ == "nsubj" and lemma_of(verb) in INCLUSION_VERBS:
        # "users of the K9 include Turkey and India": the holders are the objects
        if not any(child.dep_ == "dobj" and place_name(child) for child in verb.children):
            return None
        return Trigger(holder_status(token), verb, (verb, token))
    elif token.dep_ != "attr":
        return None
    if lemma_of(verb) not in USER_COPULAS:
        return None
    return Trigger(holder_status(token), verb, (verb, token))


def holder_status(noun: Token) -> str:
    """A user has the system (ARRIVED); a buyer is owed it (PLANNED)."""
    return PLANNED if lemma_of(noun) in BUYER_NOUNS else ARRIVED


USER_GROUP_PREPS = frozenset(EVENT_WORDS["user_group_preps"])


def holder_places(anchor: Token) -> list[Token]:
    """The places a user-noun clause names as holders: the copula's subject ("Finland is
    among the users of"), the inclusion verb's object ("users of ... include Turkey")."""
    if lemma_of(anchor) in INCLUSION_VERBS:
        deps = ("dobj",)
    elif lemma_of(anchor) in USER_COPULAS:
        deps = ("nsubj",)
    else:
        return []
    return [child for child in anchor.children if child.dep_ in deps and place_name(child)]


# "Egypt will operate the Su-35", "the first nation that will operate the jet": a future
# operation of a system is a plan of its delivery; a present or perfect one ("Iran has been
# operating the S-300 since 2016", "the M-2 that Ukraine operates") is possession (ARRIVED); a
# bare past ("operated it until 2005") and an infinitive ("trained to operate") state neither
OPERATION_VERBS = frozenset(EVENT_WORDS["operation_verbs"])
OPERATING_BASE_PREPS = frozenset(EVENT_WORDS["operating_base_preps"])
# "started using the Reapers out of Amendola air base": a use verb that says where a system is based
BASE_USE_VERBS = frozenset(EVENT_WORDS["base_use_verbs"])
BASE_USE_PREPS = frozenset(EVENT_WORDS["base_use_preps"])   # "out of" a base; "from" a base may be a launch


def operation_trigger(token: Token) -> Trigger | None:
    if lemma_of(token) not in OPERATION_VERBS or token.pos_ != "VERB" or is_passive(token):
        return None
    if not any(child.dep_ == "dobj" for child in token.children):
        return operating_base_trigger(token)
    auxiliaries = {child.lower_ for child in token.children if child.dep_ == "aux"}
    if auxiliaries & FUTURE_AUX:
        return Trigger(PLANNED, token, (token,))
    if "to" in auxiliaries and is_future_operator(token):
        return Trigger(PLANNED, token, (token,))
    if "to" in auxiliaries or is_done_by_people(token):
        return None
    since = any(child.dep_ == "prep" and child.lower_ == "since" for child in token.children)
    present = token.tag_ in ("VBZ", "VBP") or (token.tag_ in ("VBG", "VBN") and auxiliaries)
    if present or since:
        return Trigger(ARRIVED, token, (token,))
    return None


def operating_base_trigger(verb: Token) -> Trigger | None:
    """"the Patriot battery operates from Rzeszow", "continues to operate out of Constanta": a
    system operating from a named place, now, is stationed there (DEPLOYED)."""
    if not is_present_operation(verb):
        return None
    bases = [obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in OPERATING_BASE_PREPS
             for obj in prep.subtree if obj.dep_ == "pobj" and place_name(obj)]
    clause = verb.head if verb.dep_ == "xcomp" else verb
    operators = tuple(child for child in clause.children if child.dep_ == "nsubj")
    # the operator is the system itself: "operate" reads its subject only through an object
    return Trigger(DEPLOYED, verb, operators) if bases and operators else None


def is_present_operation(verb: Token) -> bool:
    """"operates", "is operating", "have been operating", "continues to operate"; not
    "operated", "had been operating" or "will operate"."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.tag_ == "VBG":
        auxiliaries = {child.lower_ for child in verb.children if child.dep_ == "aux"}
        return bool(auxiliaries & FINITE_BE) or ("been" in auxiliaries and bool(auxiliaries & PRESENT_PERFECT_AUX))
    return verb.dep_ == "xcomp" and lemma_of(verb.head) in CONTINUING_VERBS and verb.head.tag_ in ("VBZ", "VBP")


def is_future_operator(verb: Token) -> bool:
    """"Algeria to be 2nd African nation to fly the Su-35", "Egypt will become
    the first country to operate the Su-35": the infinitive of operating under a copula that a
    headline's infinitive or a future plans."""
    copula = verb.head
    if verb.dep_ == "acl" and copula.dep_ == "attr":
        copula = copula.head   # "to become the first country to operate": the infinitive on the noun
    elif verb.dep_ != "xcomp":
        return False
    if lemma_of(copula) not in USER_COPULAS or copula.i == verb.i:
        return False
    auxiliaries = {child.lower_ for child in copula.children if child.dep_ == "aux"}
    if auxiliaries & FUTURE_AUX:
        return True
    return "to" in auxiliaries and copula.dep_ == "ROOT" and any(child.dep_ == "nsubj" for child in copula.children)


def transit_phrase_trigger(token: Token) -> Trigger | None:
    """"en route", "on its way", "makes its way"."""
    lemma = lemma_of(token)
    head = token.head
    if lemma == "route" and head.lower_ == "en":
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return Trigger(IN_TRANSIT, verb, (verb,))
    if lemma == "way" and token.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in ("VERB", "AUX"):
        return Trigger(IN_TRANSIT, head.head, (head.head,))
    if lemma == "way" and token.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.dep_ == "ROOT":   # a verbless headline: "Marder IFVs en route to Ukraine"
        return Trigger(IN_TRANSIT, head.head, (head.head,))
    if lemma == "way" and token.dep_ == "dobj" and lemma_of(head) in ("make", "wind", "find"):
        return Trigger(ARRIVED if is_completed_journey(head) else IN_TRANSIT, head, (head,))
    return transit_state_trigger(token)


def is_completed_journey(verb: Token) -> bool:
    """"have made their way to the army", "made its way to the base": a past or perfect journey
    has ended where it went; "is making its way" is still under way."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(child.dep_ == "aux" and lemma_of(child) == "have" for child in verb.children)


# "are in transit", "deliveries are under way" (claimledger/lexicon/events.json)
TRANSIT_STATES = {(prep, noun) for prep, noun in EVENT_WORDS["transit_states"]}


def transit_state_trigger(token: Token) -> Trigger | None:
    """"The batteries are in transit to Poland", "Deliveries of the tanks are under way": a
    copula with a phrase of movement; a status noun as its subject must name a movement
    ("the deployment is under way" is no transit)."""
    prep = token.head
    if token.dep_ != "pobj" or (prep.lower_, token.lower_) not in TRANSIT_STATES or not is_bare(token):
        return None
    verb = prep.head
    if lemma_of(verb) != "be":
        return None
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if any(NOUN_STATUSES.get(lemma_of(noun), IN_TRANSIT) != IN_TRANSIT or lemma_of(noun) in PREPARATION_NOUNS
           for noun in subjects):
        return None
    return Trigger(IN_TRANSIT, verb, (verb,))


def location_be_trigger(token: Token) -> Trigger | None:
    """"is in Belarus", "is on the territory of Belarus"; "remains in the Philippines"."""
    lemma = lemma_of(token)
    if lemma not in STATE_VERBS or token.dep_ in ("aux", "auxpass"):
        return None
    if any(child.dep_ == "acomp" and lemma_of(child) in OPERATIONAL_WORDS for child in token.children) \
            or has_duty_phrase(token):
        return None   # "is operational in Germany", "has been on combat duty in Belarus": the duty predicate states it
    if lemma == "be" and any(child.dep_ == "advmod" and child.lower_ in HERE_WORDS for child in token.children):
        return Trigger(ARRIVED, token, (token,))

    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "at" and any(
                lemma_of(obj) in DISPOSAL_NOUNS for obj in prep.children if obj.dep_ == "pobj"):
            return Trigger(DEPLOYED, token, (token,))   # "are at the disposal of the Armed Forces"
        if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "inside"):
            objects = [obj for obj in prep.children if obj.dep_ == "pobj"]
            if any(lemma_of(obj) in IN_PLACE_NOUNS and is_bare(obj) for obj in objects):
                return Trigger(DEPLOYED, token, (token,))   # "is in place", "is in position"
            if any(place_name(obj) for obj in objects):
                return Trigger(STATE_VERBS[lemma], token, (token,))
        if prep.dep_ == "prep" and prep.lower_ == "at" and any(
                is_site_at(obj) for obj in prep.children if obj.dep_ == "pobj"):
            return Trigger(STATE_VERBS[lemma], token, (token,))   # "remain at Rzeszow airport"
    return None


def names_the_front(noun: Token) -> bool:
    """"the front", "the frontline", "front line" (a headline's): where fighting systems are
    taken, a place reached though no country is named ("line" alone is no front)."""
    lemma = lemma_of(noun)
    if lemma not in BATTLEFIELD_NOUNS or any(
            child.dep_ == "det" and child.lower_ != "the" for child in noun.children):
        return False   # "a front" is any front; a headline drops the article
    if any(child.dep_ == "prep" and child.lower_ == "of" for child in noun.children):
        return False   # "at the front of the parade": the front of something else
    return lemma != "line" or any(lemma_of(child) in BATTLEFIELD_NOUNS for child in noun.children)


def is_site_at(obj: Token) -> bool:
    """Whether the object of "at" is a site with a place: "at Rzeszow airport", "at the base in
    Japan", "at Souda Bay" (not "at risk", "at the heart of", "at the talks")."""
    if lemma_of(obj) not in SITE_WORDS and obj.ent_type_ not in LOCATION_LABELS \
            and not is_bare_site_after_preposition(obj):
        return False
    return bool(place_name(obj) or facility_site(obj, ("in", "near")))


def verbless_presence_trigger(token: Token) -> Trigger | None:
    """"NASAMS, Aspide systems already in Ukraine" (a headline with no verb): presence at a
    named place, stated by an adverb of presence before "in"/"on" that no verb governs."""
    if token.lower_ not in PRESENCE_ADVERBS:
        return None
    doc = token.doc
    prep = doc[token.i + 1] if token.i + 1 < len(doc) else token
    if prep.lower_ == "at" and prep.head.pos_ in ("NOUN", "PROPN", "NUM") and any(
            lemma_of(word) in DISPOSAL_NOUNS for word in doc[prep.i + 1: min(len(doc), prep.i + 5)]):
        holder = prep.head   # "Three Gepard systems already at AFU disposal"
        return Trigger(DEPLOYED, token, (holder, holder.head) if holder.dep_ in ("appos", "conj") else (holder,))
    if prep.pos_ != "ADP" or prep.lower_ not in ("in", "on"):
        return None
    holder = prep.head
    if token.head.i not in (prep.i, holder.i) or holder.pos_ not in ("NOUN", "PROPN") or not any(
            place_name(word) for word in doc[prep.i + 1: min(len(doc), prep.i + 4)]):
        return None
    heads = (holder, holder.head) if holder.dep_ in ("appos", "conj", "compound") else (holder,)
    return Trigger(ARRIVED, token, heads)


def sighting_trigger(token: Token) -> Trigger | None:
    """"Iskander launchers were spotted near Brest": a sighting places the system there, as a
    headline's bare participle does ("Pantsir systems spotted in Venezuela")."""
    if lemma_of(token) not in SIGHTING_VERBS:
        return None
    headline = not is_passive(token) and (is_headline_participle(token) or is_headline_bare_passive(token))
    if not (headline or is_passive(token)):
        return None
    for prep in token.children:   # "near Brest", "at a training ground near Grodno"
        if prep.dep_ == "prep" and prep.lower_ in SIGHTING_PREPS and any(
                place_name(obj) for obj in prep.subtree if obj.dep_ == "pobj"):
            return Trigger(ARRIVED, token, (token, token.head) if headline and token.dep_ == "acl" else (token,))
    return None


def is_headline_bare_passive(verb: Token) -> bool:
    """"Tor-M2 launchers spotted near Grodno": in a headline the tagger may read the bare
    participle as a past tense with the noun as its subject; with no object it is a passive."""
    return verb.tag_ == "VBD" and is_in_headline(verb) and not any(child.dep_ == "dobj" for child in verb.children)


def reach_trigger(token: Token) -> Trigger | None:
    """"reached Ukrainian soil", "has reached Belarus": arrival at a place (not "can reach
    targets", which names no place and is a capability)."""
    if lemma_of(token) != "reach" or token.pos_ != "VERB":
        return None
    if any(child.dep_ == "dobj" and (place_name(child) or lemma_of(child) in FACILITY_NOUNS or is_owned_land(child)
                                     or is_the_country(child) or names_the_front(child))
           for child in token.children):   # "reached an air base in Manila", "reached the country"
        # "began reaching India", "are reaching the port": an arrival under way
        return Trigger(IN_TRANSIT if is_under_way(token) else ARRIVED, token, (token,))
    return None


def is_owned_land(noun: Token) -> bool:
    """"its territory", "their soil": a country's land named through a possessive, a place the
    report names elsewhere."""
    return lemma_of(noun) in LOCATION_NOUNS and any(child.dep_ == "poss" for child in noun.children)


# "the country", "the nation": the country a report is about, as in "the country's president"
# (the possessors of claimledger/lexicon/sources.json)
COUNTRY_NOUNS = frozenset(lexicon().sources["country_owners"])


def country_named_before(noun: Token) -> str | None:
    """The country "the country" takes up: the nearest one named before it, up to
    ``ANAPHOR_REACH`` sentences back, as a place or a destination ("in Argentina", "to
    Ukraine"); a country named only as an origin or an owner ("from Denmark", "Germany's
    tanks") is not it."""
    sentences = list(noun.doc.sents)
    index = next(i for i, sentence in enumerate(sentences) if sentence.start <= noun.i < sentence.end)
    first = sentences[max(0, index - ANAPHOR_REACH)].start
    for token in reversed(noun.doc[first:noun.i]):
        if token.dep_ == "pobj" and token.head.lower_ in LIST_PLACE_PREPS and token.ent_type_ == "GPE":
            name = place_name(token, facilities=False)
            if name in COUNTRIES:
                return name
    return None


def is_the_country(noun: Token) -> bool:
    """"reached the country": the country the report names elsewhere, a place like its name."""
    return lemma_of(noun) in COUNTRY_NOUNS and any(child.dep_ == "det" and child.lower_ == "the"
                                                  for child in noun.children)


def activity_trigger(token: Token) -> Trigger | None:
    """"are taking part in the fighting", "began missions using F-16 jets",
    "conduct combat flights with F-16s", "are now flying combat missions", "were seen in
    battle": a system's part in the fighting is its use. Training, test and delivery flights
    are none."""
    if lemma_of(token) not in ACTIVITY_NOUNS or token.pos_ != "NOUN":
        return None
    if lemma_of(token) in PLAIN_ACTIVITY_NOUNS and not any(
            lemma_of(child) in ENGAGEMENT_NOUNS | ACTIVITY_NOUNS | COMBAT_GERUNDS
            for child in token.children if child.dep_ in ("compound", "amod", "nmod")):
        return None   # "have carried out 250 flights this year": flying is no use; "combat flights" are
    if any(hyphenated_word(word) in NON_COMBAT_MODIFIERS or word.lower_ in NON_COMBAT_MODIFIERS
           for word in activity_modifiers(token)):
        return None
    if any(child.dep_ == "conj" and lemma_of(child) in TRAINING_NOUNS | EXERCISE_NOUNS for child in token.children):
        return None   # "to conduct local sorties and regional training": flights of a training
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "in":
        holder = head.head
        # "taking part in", "participate in", "engaged in"
        if lemma_of(holder) in PARTICIPATION_NOUNS and holder.dep_ == "dobj" and holder.head.pos_ == "VERB":
            return Trigger(USED, holder.head, (holder.head,))
        if holder.pos_ == "VERB" and any(child.dep_ == "dobj" and lemma_of(child) in PARTICIPATION_NOUNS
                                         for child in holder.children):
            return Trigger(USED, holder, (holder,))   # the parser hangs "in" on "taking"
        if holder.pos_ == "VERB" and lemma_of(holder) in PARTICIPATION_VERBS:
            return Trigger(USED, holder, (holder,))
        # "a video ... shows the Iskander system in action" (the system shown in combat)
        if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ == "dobj" and lemma_of(token) in ENGAGEMENT_NOUNS \
                and lemma_of(holder.head) in PERCEPTION_VERBS and not is_passive(holder.head):
            return Trigger(USED, holder.head, (holder.head,))
        # "were seen in battle", "spotted in action"
        if holder.pos_ == "VERB" and lemma_of(token) in ENGAGEMENT_NOUNS and is_passive(holder) \
                and lemma_of(holder) in SIGHTING_VERBS | PERCEPTION_VERBS:
            return Trigger(USED, holder, (holder,))
        return None
    if token.dep_ == "dobj" and head.pos_ == "VERB" and lemma_of(token) in ENGAGEMENT_NOUNS \
            and lemma_of(head) == "see" and not is_passive(head):
        return Trigger(USED, head, (head,))   # "the jets first saw action in the south"
    if token.dep_ != "dobj" or head.pos_ != "VERB" or lemma_of(head) not in ACTIVITY_VERBS \
            or lemma_of(token) in ENGAGEMENT_NOUNS:
        return None
    # what the activity is carried out with: "with F-16s" on the verb or the noun, "using X"
    heads = [head, token] + [clause for word in (head, token) for clause in word.children
                             if clause.dep_ in ("acl", "advcl") and lemma_of(clause) in ("use", "employ")]
    if is_based_activity(token):
        return Trigger(DEPLOYED, head, tuple(heads))   # "begins regular operations from the flagship"
    return Trigger(USED, head, tuple(heads))


def is_based_activity(noun: Token) -> bool:
    """"began regular operations from the TCG Anadolu", "started operations out of Constanta":
    operating from a base or a ship is being stationed there, as "operates from" is; combat
    or strike operations are uses."""
    if lemma_of(noun) not in BASED_ACTIVITY_NOUNS or any(
            lemma_of(child) in ACTIVITY_NOUNS or lemma_of(child) in COMBAT_GERUNDS
            for child in noun.children if child.dep_ in ("amod", "compound", "nmod")):
        return False
    return any(prep.dep_ == "prep" and prep.lower_ in OPERATING_BASE_PREPS
               for word in (noun, noun.head) for prep in word.children)


def reaching_idiom_trigger(token: Token) -> Trigger | None:
    """"the sole Typhoon that made it to Qatar", "only one jet making it into Poland": getting
    to a named place or facility is arriving there ("made it to the final" names none)."""
    if token.pos_ != "VERB" or REACHING_IDIOMS.get(lemma_of(token)) is None:
        return None
    if not any(child.dep_ == "dobj" and child.lower_ == REACHING_IDIOMS[lemma_of(token)] for child in token.children):
        return None
    if not any(prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS and any(
            obj.dep_ == "pobj" and lemma_of(obj) not in STOPOVER_NOUNS
            and (place_name(obj) or lemma_of(obj) in FACILITY_NOUNS) for obj in prep.children)
            for prep in token.children):
        return None   # "made it to a first refuelling stop in Athens": a stop on the way, no arrival
    return Trigger(ARRIVED, token, (token,))


def stopover_trigger(token: Token) -> Trigger | None:
    """"The jets made a stopover in Cyprus", "made a refuelling stop at Souda Bay": a stop
    at a named place on the way is a transit; "put a stop to the attacks" names no place."""
    if lemma_of(token) not in STOPOVER_NOUNS or token.dep_ != "dobj":
        return None   # read off the stop, not off every "make"
    verb = token.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in STOPOVER_VERBS:
        return None
    if not any(prep.dep_ == "prep" and prep.lower_ in STATION_PREPS and any(
            obj.dep_ == "pobj" and place_name(obj) for obj in prep.children)
            for word in (verb, token) for prep in word.children):
        return None
    return Trigger(IN_TRANSIT, verb, (verb,))


def passage_trigger(token: Token) -> Trigger | None:
    """"two Typhoons passed via Malta on delivery to Qatar", "the convoy transited through
    Romania": a journey through a named place is a transit (bound where its "to" says)."""
    if token.pos_ != "VERB" or lemma_of(token) not in PASSAGE_VERBS:
        return None
    if not any(prep.dep_ == "prep" and prep.lower_ in PASSAGE_PREPS and any(
            obj.dep_ == "pobj" and place_name(obj) for obj in prep.children) for prep in token.children):
        return None
    return Trigger(IN_TRANSIT, token, (token,))


def role_trigger(token: Token) -> Trigger | None:
    """"are now playing a critical role in pushing back the Russians", "played a vital role on
    the front line", "had been vital in holding off Russian attacks", "played a key role during
    the offensive": a system's share in the fighting is its use; a role in deterrence, training,
    an exercise or a plan is none."""
    if lemma_of(token) in ROLE_NOUNS and token.dep_ == "dobj" and lemma_of(token.head) in ROLE_VERBS:
        holder = token.head
    elif lemma_of(token) in ROLE_ADJECTIVES and token.dep_ == "acomp":
        holder = token.head
    else:
        return None
    # the parser may hang "in holding off" on the copula or the verb rather than on "vital", "role"
    preps = list(token.children) + list(holder.children)
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "at", "during"):
            continue
        for obj in prep.children:
            if (obj.dep_ == "pcomp" and lemma_of(obj) in COMBAT_GERUNDS) or (
                    obj.dep_ == "pobj" and names_fighting(obj)
                    and not any(child.lower_ in NON_COMBAT_MODIFIERS for child in obj.children)):
                return Trigger(USED, holder, (holder,))
    return None


def activity_modifiers(noun: Token) -> list[Token]:
    """The words before an activity noun that say what kind it is, with those coordinated with
    them ("over-flight and familiarization flight missions": familiarization too)."""
    words = []
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i:
            words += [word for word in child.subtree if word.i < noun.i]
    return words


def names_fighting(noun: Token) -> bool:
    """"the front line", "the offensive", "Operation Sindoor" (a named operation: its name's
    head word is an activity noun)."""
    return lemma_of(noun) in BATTLEFIELD_NOUNS or lemma_of(noun) in ACTIVITY_NOUNS or (
        noun.pos_ == "PROPN" and any(child.dep_ == "compound" and lemma_of(child) in ACTIVITY_NOUNS
                                     for child in noun.children))


def landing_trigger(token: Token) -> Trigger | None:
    """"have touched down at the air base in Ambala", "touched down at Ambala
    airbase": an aircraft landing at a place has arrived there; so has one that "touched
    down" or "flew in" (the particle says it came down here) or landed at a stated time."""
    if token.pos_ != "VERB":
        return None
    lemma = lemma_of(token)
    particle = LANDING_PARTICLES.get(lemma)
    with_particle = bool(particle) and any(child.dep_ in ("prt", "advmod") and child.lower_ == particle
                                           for child in token.children)   # "flew in": the parser may take "in" for an adverb
    if lemma not in LANDING_VERBS | DOCKING_VERBS and not with_particle:
        return None
    if not (with_particle or lands_somewhere(token) or has_attached_time(token)):
        return None   # "the plane landed safely": no place and no time, a landing anywhere
    if any(child.dep_ in ("advcl", "xcomp") and has_to(child) for child in token.children):
        return None   # "the jets flew in to intercept the drones": a mission flown, no arrival
    return Trigger(ARRIVED, token, (token,))


def lands_somewhere(verb: Token) -> bool:
    """"landed at Ambala", "landed at the air base", "landed on the new runway": a place,
    a facility or a landing surface where the landing verb sets the aircraft down."""
    return any(child.dep_ == "prep" and child.lower_ in LANDING_PREPS and any(
        obj.dep_ == "pobj" and (place_name(obj) or lemma_of(obj) in FACILITY_NOUNS | LANDING_SURFACES)
        for obj in child.children) for child in verb.children)


def has_attached_time(anchor: Token) -> bool:
    """True when a day or a time of day hangs on the clause itself ("landed this evening")."""
    return any(token.ent_type_ in ("DATE", "TIME") and not token.is_stop for token in own_tokens(anchor))


def leave_trigger(token: Token) -> Trigger | None:
    """"the HIMARS launchers had left Lithuania", "the jets departed from Poland": leaving a named
    place is a withdrawal; leaving it for a destination ("The first Gripen jets for Ukraine left
    Sweden", "left Germany for Poland") is a departure, in transit to that destination."""
    if lemma_of(token) not in LEAVE_VERBS or token.pos_ != "VERB":
        return None
    if any(child.dep_ == "nsubj" and lemma_of(child) in PERSON_NOUNS for child in token.children):
        return None   # "the pilots of the jets left Poland": the crews go, not the system
    if any(child.dep_ == "dobj" and place_name(child) for child in token.children) or leaves_from_place(token):
        bound = departure_destination(token) or deployment_destination(token)
        return Trigger(IN_TRANSIT if bound else WITHDRAWN, token, (token,))
    if leaves_named_system(token) and (departure_destination(token) or deployment_destination(token)
                                       or left_place_destination(token)):
        # "the destroyer Chokai departed Yokosuka for San Diego": a port the model does not
        # know as a place is left all the same, for the place named after it
        return Trigger(IN_TRANSIT, token, (token,))
    return None


def leaves_named_system(verb: Token) -> bool:
    """The leaving verb's subject heads a tracked system's mention ("the Kongo-class destroyer"),
    not a noun beside one ("the commander of the destroyer")."""
    return any(child.dep_ == "nsubj" and in_subject_mention(child) for child in verb.children)


def left_place_destination(verb: Token) -> str | None:
    """"departed Sasebo for Hawaii": the parser may hang the destination on the place left."""
    for left in verb.children:
        if left.dep_ == "dobj":
            bound = place_bound_for(left.children)
            if bound:
                return bound
    return None


def deployment_destination(verb: Token) -> str | None:
    """"departed San Diego for a scheduled deployment to the western Pacific": the place of the
    deployment the system leaves for."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in DEPLOYMENT_PURPOSE_PREPS:
            continue
        for noun in prep.children:
            bound = place_bound_for(noun.children) \
                if noun.dep_ == "pobj" and NOUN_STATUSES.get(lemma_of(noun)) == DEPLOYED else None
            if bound:
                return bound
    return None


def are_people_moving(verb: Token) -> bool:
    """"the pilots of the jets rotated into Poland", "the soldiers pulled out": people as the
    subject of a verb of moving with no object move themselves, not a system."""
    return not any(child.dep_ == "dobj" for child in verb.children) and any(
        child.dep_ == "nsubj" and lemma_of(child) in PERSON_NOUNS for child in verb.children)


def leaves_from_place(verb: Token) -> bool:
    """"departed from Poland", "left from Amari": the place left is named after "from"."""
    return any(prep.dep_ == "prep" and prep.lower_ == "from" and any(
        obj.dep_ == "pobj" and place_name(obj) for obj in prep.children) for prep in verb.children)


# "returned from Saudi Arabia", "returned from a nine-month deployment": back from where the
# system was; "sent back to Russia": a system given back to its supplier leaves its holder
# (claimledger/lexicon/events.json)
RETURN_VERBS = frozenset(EVENT_WORDS["return_verbs"])
RETURN_PARTICLES = frozenset(EVENT_WORDS["return_particles"])


def return_trigger(token: Token) -> Trigger | None:
    """"The Patriot batteries returned from Saudi Arabia", "the HIMARS battalion returned from a
    nine-month deployment to the region": coming back from a place or from a deployment is a
    withdrawal from it; "returned from a combat mission", "returned the jets" and crews that
    return are none."""
    if lemma_of(token) not in RETURN_VERBS or token.pos_ != "VERB":
        return None
    if is_given_back(token):
        return Trigger(WITHDRAWN, token, (token,))
    if any(child.dep_ == "dobj" or (child.dep_ == "nsubj" and lemma_of(child) in PERSON_NOUNS)
           for child in token.children):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "from" and any(
                obj.dep_ == "pobj" and (place_name(obj, facilities=False) or NOUN_STATUSES.get(lemma_of(obj)) == DEPLOYED)
                for obj in prep.children):
            return Trigger(WITHDRAWN, token, (token,))
    if returns_abroad(token) or returns_for_deployment(token):
        return Trigger(ARRIVED, token, (token,))
    if any(child.dep_ in ("advmod", "npadvmod") and child.lower_ in HOMEWARD_ADVERBS for child in token.children):
        return Trigger(WITHDRAWN, token, (token,))   # "the battery returned home on Friday"
    return None


def returns_abroad(token: Token) -> bool:
    """"US nuclear bombs have returned to British soil", "the Patriot batteries returned to
    Poland": a system back in a named country that is not its owner's is there again; "the
    German batteries returned to Germany" come home, and "returned to service" names no place."""
    subject = next((child for child in token.children if child.dep_ == "nsubj"), None)
    if subject is None or lemma_of(subject) in PERSON_NOUNS:
        return False
    owner = owner_country(subject)
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            place = next((place_name(obj, facilities=False) for obj in prep.children if obj.dep_ == "pobj"), None)
            if place and place_country_name(place) != owner:
                return True
    return False


def returns_for_deployment(token: Token) -> bool:
    """"returned to RAF Fairford for a bomber deployment", "have returned to Andersen Air Force
    Base to conduct a training deployment": back at a post for a new deployment is there again,
    whoever owns the base; "returned to its home base after the deployment" names none."""
    if not any(prep.dep_ == "prep" and prep.lower_ == "to" and any(
            obj.dep_ == "pobj" and place_name(obj) for obj in prep.children) for prep in token.children):
        return False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in DEPLOYMENT_PURPOSE_PREPS:
            goals = [obj for obj in child.children if obj.dep_ == "pobj"]
        elif child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB":
            goals = [obj for obj in child.children if obj.dep_ == "dobj"]   # "to conduct a deployment"
        else:
            continue
        if any(NOUN_STATUSES.get(lemma_of(goal)) == DEPLOYED for goal in goals):
            return True
    return False


def owner_country(noun: Token) -> str | None:
    """The country a nationality word before a noun names ("US", "American", "Germany's")."""
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss"):
            name = DEMONYMS.get(child.lower_) or place_name(child, facilities=False)
            if name:
                return place_country_name(name)
    return None


def place_country_name(place: str) -> str:
    """A capital named for its country ("Kyiv": Ukraine), any other place as it is."""
    return CAPITAL_COUNTRIES.get(place, place)


def is_given_back(token: Token) -> bool:
    """"Turkey returned the S-400 systems to Russia", "plans to return its S-400 to Moscow":
    an object given back to a named place leaves its holder; "returned the jets to service"
    names no place, and a returning crew ("the pilots returned to Ukraine") has no object."""
    if lemma_of(token) not in RETURN_VERBS or not any(
            child.dep_ == "dobj" and lemma_of(child) not in PERSON_NOUNS for child in token.children):
        return False
    return any(child.dep_ in ("prep", "dative") and child.lower_ == "to" and any(
        obj.dep_ == "pobj" and place_name(obj) for obj in child.children) for child in token.children)


def giving_holder(verb: Token) -> str | None:
    """The place that gives a system back: the verb's subject, or the subject of the verb whose
    infinitive it is ("Ankara plans to return them"); none when the clause names no holder."""
    while True:
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is not None:
            name = place_name(subject)
            return CAPITAL_COUNTRIES.get(name, name) if name else None   # "Ankara": Turkey
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head


def is_sent_back(token: Token) -> bool:
    """"The S-400 batteries were sent back to Russia", "shipped the launchers back": a transfer
    done back to the supplier is a departure from the holder, not an arrival at the supplier;
    "brought them back to the exclave" is a verb of taking, home again (ARRIVED)."""
    return lemma_of(token) in GIVING_VERBS and any(
        child.dep_ in ("advmod", "prt") and child.lower_ in RETURN_PARTICLES for child in token.children)


def is_sent_on_deployment(verb: Token) -> bool:
    """"sends the B-52s back to Qatar on a short deployment": a sending back on a deployment
    returns the systems to a post, not to their supplier."""
    return any(prep.dep_ == "prep" and prep.lower_ in DEPLOYMENT_PURPOSE_PREPS and any(
        obj.dep_ == "pobj" and NOUN_STATUSES.get(lemma_of(obj)) == DEPLOYED for obj in prep.children)
        for prep in verb.children)


# "An An-124 with a batch of TB2 drones took off from Turkey": a carrier's departure, each verb
# with the particle it needs ("" for none; claimledger/lexicon/events.json)
CARGO_DEPARTURE_VERBS = dict(EVENT_WORDS["cargo_departure_verbs"])


def cargo_departure_trigger(token: Token) -> Trigger | None:
    """"A Ukrainian An-124 with a new batch of Bayraktar TB2 drones took off from Turkey", "a
    ship carrying Patriot launchers sailed from Rotterdam": a carrier that leaves with a system
    on board puts it in transit; a carrier that is itself a tracked system ("Tu-95 bombers with
    Kh-101 missiles took off") is not a transport of what it carries."""
    particle = CARGO_DEPARTURE_VERBS.get(lemma_of(token))
    if particle is None or token.pos_ != "VERB":
        return None
    if particle and not any(child.dep_ == "prt" and child.lower_ == particle for child in token.children):
        return None
    mentions = token.doc.spans[SUBJECTS_KEY] if SUBJECTS_KEY in token.doc.spans else ()
    mentioned = {i for mention in mentions for i in range(mention.start, mention.end)}
    for carrier in token.children:
        if carrier.dep_ != "nsubj" or any(word.i in mentioned for word in carrier.lefts) or carrier.i in mentioned:
            continue
        cargo = [word for child in cargo_phrases(carrier) for word in child.subtree]
        if any(word.i in mentioned for word in cargo):
            return Trigger(IN_TRANSIT, token, (carrier,))
    return None


DEPARTURE_PREPS = frozenset(lexicon().events["departure_preps"])


def departure_destination(verb: Token) -> str | None:
    """Where what leaves a place is bound: a place after "for" or "to" on the verb or in its
    subject ("jets for Ukraine left Sweden", "left Germany for Poland"), or on a participle of
    destination beside it ("left Britain on Monday, bound for Ukraine")."""
    holders = [verb] + [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    bound = [child for child in verb.children if child.dep_ in ("advcl", "acl") and child.lower_ in DESTINED_WORDS]
    for holder in holders + bound:
        place = place_bound_for(holder.subtree if holder.dep_ in ("nsubj", "nsubjpass") else holder.children)
        if place:
            return place
    return None


def place_bound_for(words) -> str | None:
    """The country of the first place after a "for" or "to" among words ("for Poland")."""
    for prep in words:
        if prep.dep_ != "prep" or prep.lower_ not in DEPARTURE_PREPS:
            continue
        for obj in prep.children:
            name = place_name(obj) if obj.dep_ == "pobj" else None
            if name:
                return CAPITAL_COUNTRIES.get(name, name)
    return None


def appearance_trigger(token: Token) -> Trigger | None:
    """"S-400 batteries have appeared near Belgorod", "turned up in Crimea"."""
    lemma = lemma_of(token)
    if lemma not in APPEARANCE_VERBS or token.pos_ != "VERB":
        return None
    if lemma == "turn" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in SIGHTING_PREPS and any(
                place_name(obj) for obj in prep.subtree if obj.dep_ == "pobj"):
            return Trigger(ARRIVED, token, (token,))
    return None


def perceived_participle_trigger(token: Token) -> Trigger | None:
    """"images show a Pantsir-S1 system deployed next to the airfield": a status participle
    on the object of a perception verb."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or token.head.dep_ != "dobj":
        return None
    status = VERB_STATUSES.get(lemma_of(token))
    if status not in CARRIED_LOCATION_STATUSES or lemma_of(token.head.head) not in PERCEPTION_VERBS:
        return None
    return Trigger(status, token, (token.head,))


def is_bare(noun: Token) -> bool:
    """"in place", not "in place of" or "in a good position"."""
    return not any(child.dep_ in ("det", "amod", "poss") or child.lower_ == "of"
                   for child in noun.children)


def position_trigger(token: Token) -> Trigger | None:
    """"the system's first sites have been set up", "the batteries took up positions"."""
    if lemma_of(token) not in POSITION_NOUNS or token.dep_ not in ("nsubjpass", "dobj"):
        return None
    verb = token.head
    if lemma_of(verb) not in POSITION_VERBS:
        return None
    if token.dep_ == "dobj" and any(child.dep_ == "prt" for child in verb.children):
        return Trigger(DEPLOYED, verb, (token, verb))   # "the batteries took up positions": the taker's
    return Trigger(DEPLOYED, verb, (token,))


def expectation_trigger(token: Token) -> Trigger | None:
    """"We expect 15 Gepards", "Manila awaits next BrahMos battery shipment": a system
    or its delivery awaited is PLANNED. The object must name the system or a status, so
    "expect Iskander strikes" or "expects the S-400 to be effective" state no plan."""
    if lemma_of(token) not in EXPECTATION_VERBS or token.pos_ != "VERB" or token.dep_ in ("amod", "acl"):
        return None
    children = list(token.children)
    if any(child.dep_ in ("xcomp", "ccomp", "oprd") for child in children):
        return None   # "expects the S-400 to arrive": the clause's own verb states it
    objects = [child for child in children if child.dep_ == "dobj"]
    if not objects:
        return None
    obj = objects[0]
    if lemma_of(obj) in NOUN_STATUSES:
        return Trigger(PLANNED, token, (obj,))
    doc = token.doc
    mentions = doc.spans[SUBJECTS_KEY] if SUBJECTS_KEY in doc.spans else ()
    # "F-16 jets": the tagger may take a designation for a number
    words = {obj.i} | {child.i for child in obj.children if child.dep_ in ("compound", "amod", "nummod")}
    if any(word in range(span.start, span.end) for span in mentions for word in words):
        return Trigger(PLANNED, token, (token,))
    return None


def is_place_destination(preposition: Token) -> bool:
    """"to Ukraine": a destination preposition whose object is a place ("coming to an end",
    "coming under fire" name none)."""
    return preposition.lower_ in DESTINATION_PREPS and any(
        obj.dep_ == "pobj" and place_name(obj) for obj in preposition.children)


def delay_trigger(token: Token) -> Trigger | None:
    """"the F-35s are delayed", "postponed the F-16 deliveries": a delayed system or delivery
    keeps a schedule, PLANNED; so does one being hastened ("is accelerating deliveries of
    HIMARS"; "has accelerated its deliveries" says nothing of what is still ahead)."""
    hastened = lemma_of(token) in HASTENING_VERBS and (is_progressive(token) or any(
        child.dep_ == "aux" and child.lower_ in FUTURE_AUX for child in token.children))
    if not (lemma_of(token) in DELAY_VERBS or hastened) or token.pos_ != "VERB" or not (
            is_passive(token) or any(child.dep_ == "dobj" for child in token.children)):
        return None
    if token.dep_ in ("amod", "acl", "compound"):
        return None   # "the delayed jets": a description
    return Trigger(PLANNED, token, (token,))


def is_no_longer(token: Token) -> bool:
    return token.lower_ == "longer" and any(child.lower_ == "no" for child in token.children)


def is_passive_infinitive_of_noun(clause: Token) -> bool:
    """"Patriot batteries to be deployed in Poland, ministry says", "the missiles to be sent to
    Kyiv": a passive infinitive on a noun before it, which it has no subject of its own for;
    the noun is what the status is to come to."""
    return clause.dep_ in ("relcl", "acl") and clause.head.pos_ in ("NOUN", "PROPN") \
        and clause.head.i < clause.i and is_passive(clause) \
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children) \
        and not any(child.dep_ in ("nsubj", "nsubjpass") for child in clause.children)


def is_passive(token: Token) -> bool:
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in token.children)


def is_reduced_participle(token: Token) -> bool:
    """"a plan designed to move ...": a past participle hung on its noun, a passive without
    an auxiliary."""
    return token.dep_ == "acl" and token.tag_ == "VBN"


def is_progressive(token: Token) -> bool:
    """"is being moved", "is moving", "are heading", "began sending", a headline's "Russia
    moving S-400s"; not a participle clause (", giving Kyiv's troops a means")."""
    if any(child.dep_ in ("aux", "auxpass") and child.tag_ == "VBG" for child in token.children):
        return True
    if token.tag_ != "VBG":
        return False
    if any(child.dep_ in ("aux", "auxpass") for child in token.children):
        return True   # "has withdrawn ... and is moving"
    if token.dep_ == "conj" and token.head.i != token.i:
        return is_progressive(token.head)
    if token.dep_ == "advcl":   # "while delivering", not ", providing Kyiv's forces with"
        return any(child.dep_ == "mark" and child.lower_ in ("while", "as") for child in token.children)
    if token.dep_ == "acl":   # a headline's "Abrams tanks heading to Ukraine"
        return is_headline_participle(token)
    return token.dep_ in ("ROOT", "xcomp") or any(
        child.dep_ in ("aux", "auxpass") for child in token.children)


def inflected_forms(verb: str) -> tuple[str, ...]:
    """The third-person and -ing forms of a verb ("withdraws", "pulling", "moves", "moving")."""
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    forms = [verb + "s", verb + "es", stem + "ing"]
    if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms.append(verb + verb[-1] + "ing")   # "shipping"
    return tuple(forms)


# a status verb's inflected form, spelt with a capital in a title-case headline, which the
# tagger reads as a name inside the noun phrase ("US Withdraws Patriots From Qatar")
TITLE_VERB_FORMS = {form: verb for verb in VERB_STATUSES for form in inflected_forms(verb)}


def title_verb_trigger(token: Token) -> Trigger | None:
    """"US Withdraws Patriots From Qatar", "Pentagon Pulling Patriot Batteries from Iraq": in a
    title-case headline the tagger takes the verb for a name between its actor and its object,
    all one noun phrase; the phrase's head is then the object whose system it states."""
    verb = TITLE_VERB_FORMS.get(token.lower_)
    if verb is None or token.tag_ not in ("NNP", "NNPS") or not token.is_title:
        return None
    if not (is_in_headline(token) or is_title_line(token)):
        return None
    if verb in TARGET_VERBS:
        return title_strike_trigger(token)
    if token.dep_ == "ROOT" and {"nsubj", "dobj"} <= {child.dep_ for child in token.children}:
        return Trigger(VERB_STATUSES[verb], token, (token,))   # the clause parsed, the verb mis-tagged
    head = token.head
    if token.dep_ != "compound" or head.i < token.i:
        return None
    if not any(child.dep_ == "compound" and child.i < token.i and child.pos_ in ("PROPN", "NOUN")
               for word in (token, head) for child in word.children):
        return None   # an actor before the verb and the object after it, or no clause at all
    if not (in_subject_mention(head) or title_noun_lemma(head) in ANAPHOR_NOUNS | UNIT_NOUNS) or not any(
            in_subject_mention(word) for word in token.doc[token.i + 1:head.i + 1]):
        # "NASAMS Orders Backlog Grows", "Turkey Hosts Talks On S-400 Purchase": the object
        # phrase is the system's own ("Patriot Missile Systems"), not a noun beside it
        return None
    return Trigger(VERB_STATUSES[verb], token, (head,))


def title_strike_trigger(token: Token) -> Trigger | None:
    """"Iron Dome Downs First Gaza Rocket": a verb of striking in a title-case headline uses the
    system named before it, its actor; a system named after it is what is struck ("Kremlin
    Targets HIMARS Supply Lines" uses no weapon)."""
    struck = token.doc[token.i + 1:token.sent.end]
    if not any(word.is_alpha for word in struck) or any(in_subject_mention(word) for word in struck):
        return None
    # however the parser joins the title's words, the system before the verb is its actor
    actors = [word for word in token.doc[token.sent.start:token.i] if in_subject_mention(word)]
    return Trigger(USED, token, (actors[-1],)) if actors else None


def title_noun_lemma(token: Token) -> str:
    """The singular of a capitalised plural the tagger took for a name ("Batteries", "Systems")."""
    word = token.lower_
    if token.tag_ != "NNPS":
        return lemma_of(token)
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


# each token heads at most one status predicate; the finders are tried in this order
STATUS_FINDERS = (plans.rotation_trigger, plans.assigned_trigger, verb_trigger, misread_headline_verb_trigger, noun_trigger, included_plan_trigger, duty_trigger, transit_phrase_trigger,
                  location_be_trigger, reach_trigger, leave_trigger, left_in_place_trigger, return_trigger,
                  cargo_departure_trigger, acceptance_trigger, formation_trigger,
                  sighting_trigger,
                  verbless_presence_trigger,
                  appearance_trigger, perceived_participle_trigger, position_trigger,
                  document_trigger, duty_activity_trigger, possession_trigger, request_for_trigger,
                  expectation_trigger, delay_trigger, activity_trigger, landing_trigger, role_trigger,
                  operation_trigger, guarding_trigger, repelling_trigger, equipping_trigger, joining_trigger, user_trigger,
                  onward_trigger, reaching_idiom_trigger, stopover_trigger, passage_trigger, membership_trigger,
                  mission_trigger, title_verb_trigger)
# ... and may also state a plan beside it ("has arrived and is being readied for combat duty")
PLAN_FINDERS = (preparation_trigger, plans.purchase_trigger, plans.approved_transfer_trigger,
                plans.delivered_order_trigger, plans.awaited_trigger, plans.scheduled_start_trigger,
                plans.committed_trigger, plans.chosen_trigger, plans.contracted_trigger, plans.gained_paper_trigger,
                plans.destined_trigger, plans.noun_plan_trigger)
TRIGGER_WORDS |= OPERATION_VERBS | RETURN_VERBS | set(CARGO_DEPARTURE_VERBS) | ONWARD_VERBS | set(REACHING_IDIOMS) | PASSAGE_VERBS | set(MEMBERSHIP_IDIOMS) | set(MISSION_VERBS)
TRIGGER_WORDS |= plans.TRIGGER_WORDS   # "approved the procurement of" (extract/plans.py)
TRIGGER_WORDS |= set(TITLE_VERB_FORMS) | STOPOVER_NOUNS
TRIGGER_LOWER_IDS = frozenset(get_string_id(word) for word in TRIGGER_WORDS)
TRIGGER_WORD_SET = frozenset(TRIGGER_WORDS)


# --- governing verbs: REQUESTED, PLANNED, or no event -----------------------------------

def is_under_a_denied_statement(anchor: Token) -> bool:
    """A gerund after "on" or "about" on a verb whose subject or object is a plan or a request
    said not to exist ("No decision has been taken on sending ...", the parser hanging the
    preposition on the verb): what no one decided is neither done nor planned."""
    prep = anchor.head
    if anchor.dep_ != "pcomp" or prep.dep_ not in ("prep", "prt") or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(child.dep_ in ("nsubj", "nsubjpass", "dobj") and lemma_of(child) in NOUN_STATEMENTS
               and is_negated_noun(child) for child in prep.head.children)


def is_negated_noun(noun: Token) -> bool:
    """"no missiles", "not a single launcher", "not one jet", "none of the tanks": a subject or
    object said not to exist, so the clause states no event of it ("not only the tanks" does)."""
    if noun.lower_ in NEGATIVE_PRONOUNS:
        return True
    words = [child for child in noun.children if child.dep_ in ("det", "neg", "nummod", "amod", "advmod")]
    words += [grandchild for child in words for grandchild in child.children if grandchild.dep_ == "neg"]
    for word in words:
        if word.dep_ == "det" and word.lower_ == "no":
            return denies_the_noun(word, noun)
        if (word.dep_ == "neg" or word.lower_ in NEGATIONS) and denies_the_noun(word, noun):
            return True
    return False


def denies_the_noun(negation: Token, noun: Token) -> bool:
    """A negation before a noun denies it, unless it bounds a number ("not more than 12"), limits
    ("not only the tanks") or corrects one ("not one but two tanks")."""
    following = negation.nbor() if negation.i + 1 < len(negation.doc) else None
    if following is None:
        return True
    bound = following.tag_ in ("JJR", "RBR") and following.i + 1 < len(following.doc) and \
        following.nbor().lower_ == "than"   # "no more tanks" denies; "no more than 12 tanks" bounds
    if bound or following.lower_ in NEGATION_LIMITERS:
        return False
    return not any(token.dep_ == "cc" for token in negation.doc[negation.i + 1:noun.i])


def governed_status(trigger: Trigger) -> str | None:
    """The status the sentence asserts, given the verbs and markers above the trigger."""
    anchor, status = trigger.anchor, trigger.status
    if anchor.dep_ == "acl" and is_causative_result(anchor):
        # "aiming to have its first jets delivered by the end of the year": the causative verb
        # carries the clause, and what governs it decides the status
        causative = anchor.head.head
        return governed_status(Trigger(status, causative, (causative,)))
    children = list(anchor.children)
    if status in (ARRIVED, IN_TRANSIT) and lemma_of(anchor) in TRANSPORT_VERBS and any(
            child.dep_ == "dobj" and lemma_of(child) in USE_NOUNS for child in children):
        status = USED   # "delivered a strike with a Kinzhal missile": the attack is delivered
    if status in (ARRIVED, IN_TRANSIT) and is_sent_to_strike(anchor):
        return None
    if status == IN_TRANSIT and anchor.dep_ == "xcomp" and anchor.tag_ == "VBG" and lemma_of(anchor.head) in END_VERBS:
        status = ARRIVED   # "has finished moving them to Belarus", "completed delivering": the move is over
    if status == DEPLOYED and is_deployed_against_place(anchor):
        status = USED   # "missiles the Russian military has deployed against Ukraine": fired at it
    if anchor.dep_ == "pcomp" and anchor.head.lower_ in UNASSERTING_PREPS:
        return None   # "without giving ...", "is about sending ...": nothing done
    if status == USED and is_purpose_of_giving(anchor):
        return None   # "sent ATACMS to Ukraine to strike Russian bases": a purpose, no use
    if status in CARRIED_LOCATION_STATUSES and any(is_no_longer(child) for child in children):
        return WITHDRAWN   # "is no longer deployed in Rzeszow", "no longer in Crimea"
    if any(child.dep_ == "neg" or child.lower_ in NEGATIONS for child in children):
        if is_held_until(anchor):   # "won't land in Ukraine until early 2027": the time it will
            future = any(child.dep_ == "aux" and child.lower_ in FUTURE_AUX for child in children)
            return PLANNED if future and status != REQUESTED else status
        return None
    if any(child.lower_ in CORRELATIVE_NEGATIONS for child in children) or (anchor.dep_ == "conj" and any(
            child.lower_ in CORRELATIVE_NEGATIONS for child in anchor.head.children)):
        return None   # "has neither deployed nor moved", "has neither confirmed nor denied that it used"
    if any(child.dep_ in ("nsubj", "nsubjpass") and any(word.lower_ in CORRELATIVE_NEGATIONS
                                                       for word in child.children) for child in children):
        return None   # "Neither the Patriot nor the SAMP/T has been delivered": every subject denied
    if is_talk(anchor) or is_indirect_question(anchor) or has_question_subject(anchor) or is_direct_question(anchor):
        return None
    if is_open_choice(anchor):
        return None
    if anchor.dep_ in ("relcl", "acl") and any(child.lower_ in COMPARISON_ADVERBS for child in children):
        return None   # "the most advanced jet that anyone has ever fielded": a comparison
    if any(child.dep_ == "dobj" and lemma_of(child) in PERMISSION_NOUNS for child in children):
        return None   # "has given Ukraine permission to use the missiles": nothing is delivered
    if any(child.dep_ == "dobj" and child.lower_ in REFLEXIVE_PRONOUNS for child in children):
        return None   # "the Netherlands has cast itself as a leading supplier": the actor, no system
    if is_in_condition(anchor):
        return None
    if is_manner_participle(anchor):
        return None   # "made it into their hands as promised": the status is the main clause's
    if any(child.dep_ in ("nsubj", "nsubjpass", "dobj") and is_negated_noun(child) for child in children):
        return None   # "No Oreshnik missiles have been stationed", "not a single launcher has been sent"
    if is_under_a_denied_statement(anchor):
        return None   # "No decision has yet been taken on sending Taurus missiles"
    auxiliaries = {child.lower_ for child in children if child.dep_ in ("aux", "auxpass")}
    auxiliaries |= conjunct_auxiliaries(anchor)
    if anchor.dep_ == "pcomp":
        # "would respond by deploying", "will join Britain in supplying": the gerund shares
        # its verb's future or possibility
        auxiliaries |= {child.lower_ for child in anchor.head.head.children if child.dep_ == "aux"}
    if is_means_gerund(anchor, auxiliaries):
        return None   # "by deploying them, the balance is expected to shift": a means weighed
    auxiliaries |= process_subject_auxiliaries(anchor)
    auxiliaries |= subject_clause_auxiliaries(anchor)
    if is_conditional(anchor) or is_denied_by_governor(anchor) or is_wished_or_depended_on(anchor):
        return None
    if is_hypothetical_occasion(anchor):
        return None   # "it would mark the first time the guns are exported to Africa"
    if is_hedged(anchor):
        return None   # "was likely fired from a jet", "it is speculated that Oslo intends to buy"
    if is_evaluated_infinitive(anchor):
        return None   # "it mattered to give soldiers up-to-date arms": a judgment
    if is_judged_occasion(anchor):
        return None   # "it is time to deploy the batteries": what ought to be, not a plan
    if is_hypothetical_gerund_subject(anchor):
        return None   # "sending the missiles would be an escalation": the act is weighed, not done
    if is_generic_duration(anchor):
        return None   # "deploying a battery takes an hour": an estimate, no event
    if is_refused_act(anchor):
        return None   # "objects to sending Taurus missiles", "dropped its opposition to sending": not done
    if is_far_from(anchor):
        return None   # "is far from receiving the jets": not done, nor planned
    if is_continued_transit(anchor, status):
        return IN_TRANSIT   # "will continue to arrive over the coming days": deliveries go on
    if is_time_away(anchor):
        return PLANNED if status != REQUESTED else status   # "is days away from sending"
    if auxiliaries & FUTURE_AUX:
        if auxiliaries & FUTURE_AUX <= CONDITIONAL_AUX and not is_reported(anchor):
            return None   # "Germany would send more tanks": a hypothetical, not a "will" reported
        return PLANNED if status != REQUESTED else status
    if shares_future(anchor, auxiliaries) or shares_absolute_future(anchor, auxiliaries) \
            or shares_participle_future(anchor, auxiliaries):
        if status == USED:
            return None   # "would inspect them once more before use": no use, and no plan of one
        return PLANNED if status != REQUESTED else status
    if auxiliaries & CAPABILITY_AUX or shares_capability(anchor, auxiliaries):
        return None
    if status == USED and (is_exercise(anchor) or is_training_firing(anchor) or is_trained_skill(anchor)):
        return None
    if auxiliaries & SCHEDULE_AUX and status in (ARRIVED, IN_TRANSIT, DEPLOYED, COMBAT_DUTY, WITHDRAWN) \
            and has_attached_date(anchor):
        return PLANNED   # "should arrive by the end of March", "should be delivered in 2025", "should end in June"
    if auxiliaries & POSSIBILITY_AUX and "have" not in {lemma_of(c) for c in children}:
        return None   # "could be delivered", "may deploy": a possibility, not a plan
    clause = anchor
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if is_ability_gerund(clause):
        return None   # "warships capable of firing Kalibr missiles": what they can do, no use
    infinitival = any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children)
    if infinitival and is_elapsed_wait(clause):
        return status   # "it took a year for the tanks to arrive": it happened, after the wait
    # "could help provide", "could help Ukraine receive": a bare infinitive
    bare = clause.dep_ in ("xcomp", "ccomp") and clause.tag_ == "VB" and not any(
        child.dep_ in ("aux", "auxpass") for child in clause.children)
    if (infinitival or bare) and clause.dep_ in ("xcomp", "advcl", "ccomp") and clause.head.pos_ in ("VERB", "AUX") and {
            child.lower_ for child in clause.head.children if child.dep_ == "aux"} & (CAPABILITY_AUX | POSSIBILITY_AUX):
        return None   # "we can put them to use", "could move to deploy", "could help provide": a possibility
    mandating = mandative_governor(clause)
    if mandating is not None:
        if lemma_of(mandating) in MANDATIVE_ORDER_VERBS:
            return PLANNED   # "ordered that the launchers be moved to the border"
        # "demanded that it be removed": a call for a removal asks for no system
        return None if status == WITHDRAWN else REQUESTED
    if infinitival and (clause.dep_ in ("xcomp", "ccomp", "advcl")
                        and lemma_of(clause.head) in PERMISSION_VERBS | TRAINING_VERBS
                        or clause.dep_ in ("acl", "relcl") and lemma_of(clause.head) in PERMISSION_NOUNS):
        return None   # "cleared Ukraine to use its ATACMS", "permission to strike with them",
        # "trained Russian crews to use the Fath-360": what is allowed or taught is not done
    if infinitival and clause.dep_ in ("xcomp", "advcl") and lemma_of(clause.head) in DESIGN_VERBS \
            and (is_passive(clause.head) or is_reduced_participle(clause.head)):
        return None   # "was built to intercept ballistic missiles", "a plan designed to move the
        # warplanes to spots around the world": what it is for
    if infinitival and clause.dep_ == "ROOT":
        return PLANNED if status != REQUESTED else status   # headline: "France to send missiles"
    if infinitival and status == USED and clause.dep_ in ("relcl", "acl") and is_passive(clause):
        return None   # "the RGM-84 to be fired from warships": what it is for
    if is_passive_infinitive_of_noun(clause) and status != REQUESTED:
        return PLANNED   # "Taurus missiles to be sent to Ukraine, sources say": what is yet to be sent
    if infinitival and clause.dep_ in ("relcl", "acl") and (
            clause.head.dep_ == "ROOT" or is_in_headline(clause) or is_title_line(clause)) \
            and clause.head.pos_ == "PROPN" and clause.head.i < clause.i and status != REQUESTED:
        # "Sweden to deliver Archer howitzers to Ukraine", the infinitive hung on "Sweden", also
        # behind a dateline ("Oslo, June 3 – Norway to Get Launchers Early")
        return PLANNED
    if clause.dep_ == "xcomp" or (clause.dep_ == "ccomp" and infinitival) or is_object_control(clause, infinitival):
        governor = clause.head
        if lemma_of(governor) in ONGOING_VERBS and governor.head.i != governor.i and (
                governor.dep_ == "xcomp" or (governor.dep_ in ("advcl", "ccomp") and any(
                    child.dep_ == "aux" and child.lower_ == "to" for child in governor.children))):
            governor = governor.head   # "is set to begin receiving", "will help Thailand to start
            # using": the plan or the future governs the start
        if governor.pos_ == "ADJ":      # "getting ready to", "is set to"
            if lemma_of(governor) in PREPARE_WORDS:
                return PLANNED   # preparing for a next stage (seed notes, R3)
            if lemma_of(governor) in RELUCTANCE_WORDS:
                return None
            if lemma_of(governor) in LIKELIHOOD_WORDS and status == USED:
                return None   # "will probably fire them within a month": a prediction, no plan
            if lemma_of(governor) in ABILITY_WORDS and not any(
                    child.dep_ == "aux" and child.lower_ in FUTURE_AUX for child in governor.head.children):
                return None   # "was able to target them": a capability; "will be able to transfer" plans
            governor = governor.head
        lemma = lemma_of(governor)
        if is_pending(governor):
            return None   # "has yet to receive", "is yet to be delivered": still ahead, not planned
        if lemma in REFUSAL_VERBS or lemma in HYPOTHESIS_VERBS or lemma in PERMISSION_VERBS \
                or (lemma in DESIGN_VERBS and is_passive(governor)):
            return None
        if status != REQUESTED and is_impersonal_plan(governor, clause):
            return PLANNED   # "it is envisaged to deploy", "it is required to deliver": a stated plan
        if lemma in PREPARE_WORDS:
            return PLANNED
        if lemma in REQUEST_VERBS and is_wish_to_give(governor, clause, status):
            return PLANNED   # "Egypt wants to sell its jets", "wants to pull them out": the giver's intent
        if lemma in REQUEST_VERBS:
            # "urged the government to withdraw the batteries": a call for a removal asks for
            # no system, and the removal has not happened
            return None if status == WITHDRAWN else REQUESTED
        if lemma in PLAN_VERBS and is_plan_set_aside_in_headline(governor):
            return None
        if status == USED and lemma in PURPOSE_VERBS and is_passive(governor) and not is_passive(clause):
            return None   # "the missile is intended to destroy ships": what it is for, no plan of a use
        if lemma in PLAN_VERBS or lemma in DIRECTIVE_VERBS or (lemma in SCHEDULE_WORDS and is_scheduling_passive(governor)):
            return PLANNED   # "plans to send", "was supposed to deliver", "is slated to receive"
        if status != REQUESTED and any(child.dep_ == "aux" and child.lower_ in FUTURE_AUX
                                       for child in governor.children):
            # "will strive to complete the shipment", "will try to deliver"; a use ahead is
            # no event, as a shared future's is not ("will help them start using the jets")
            return None if status == USED else PLANNED
    if is_directed(clause, infinitival):
        return PLANNED
    if infinitival and clause.dep_ in ("acl", "relcl") and clause.head.dep_ == "attr" and status != REQUESTED \
            and any(child.dep_ == "aux" and child.lower_ in FUTURE_AUX for child in clause.head.head.children):
        return PLANNED   # "the Danish army will be the first to field its batteries": the copula's future
    if is_purpose(clause, infinitival) and status in (ARRIVED, IN_TRANSIT, DEPLOYED, COMBAT_DUTY):
        return PLANNED   # "sent engineers to Poland to install the Patriot systems": what is meant to be
    if infinitival and status != REQUESTED and any(child.dep_ == "nsubj" for child in clause.children):
        return PLANNED   # "France to send missiles", however the parser joins the headline
    stated = stating_noun(clause) or extraposed_noun_statement(clause, infinitival)
    if stated is not None:
        return stated
    if clause.dep_ == "ccomp" and lemma_of(clause.head) in DENIAL_VERBS:
        return None
    if clause.dep_ == "ccomp" and lemma_of(clause.head) in GOAL_VERBS and is_unrealised(clause.head):
        # "to ensure the deliveries are completed by the end of 2026" aims at a status (a
        # plan); "to ensure they are used properly" at a manner of use, which is none
        return None if status == USED else PLANNED
    if clause.dep_ == "ccomp" and (any(c.dep_ == "neg" for c in clause.head.children)
                                   or is_withheld(clause.head) or is_pending(clause.head)):
        return None   # "did not confirm that ...", "declined to confirm that ...", "has yet to confirm that ..."
    return status


def is_scheduling_passive(governor: Token) -> bool:
    """"is slated to receive", and without its auxiliary in an absolute clause or on its noun:
    "..., with its launchers anticipated to reach Oslo", "the tanks projected to land in May"."""
    return is_passive(governor) or is_reduced_participle(governor) \
        or (governor.tag_ == "VBN" and is_absolute_clause(governor))


def mandative_governor(clause: Token) -> Token | None:
    """The verb of asking or ordering whose that-clause is in the mandative subjunctive: the
    clause's verb is bare ("that the US deploy", "that they be sent"), or a plural present under
    a past governor, which the sequence of tenses rules out ("demanded that the allies deploy").
    A question ("asked whether ...") and a clause with a tense of its own ("insisted that the
    jets were delivered") are not."""
    if clause.dep_ != "ccomp" or lemma_of(clause.head) not in MANDATIVE_REQUEST_VERBS | MANDATIVE_ORDER_VERBS:
        return None
    governor = clause.head
    if any(child.dep_ == "mark" and child.lower_ != "that" for child in clause.children):
        return None
    auxiliaries = [child for child in clause.children if child.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return governor if all(aux.lower_ == "be" for aux in auxiliaries) else None
    if clause.tag_ == "VB" or (clause.tag_ == "VBP" and governor.tag_ in ("VBD", "VBN")):
        return governor
    return None


# "declined to confirm", "refused to say", "failed to confirm": the words of a denial that
# deny nothing (claimledger/lexicon/cues.json, denial structure), which assert nothing either
WITHHOLDING_HEADS = frozenset(lexicon().cues["denial"]["structure"]["unsaying_heads"])


def is_withheld(verb: Token) -> bool:
    """A verb of saying set under a verb of declining: what it would say is not said."""
    return verb.dep_ == "xcomp" and lemma_of(verb.head) in WITHHOLDING_HEADS


def is_pending(governor: Token) -> bool:
    """"has yet to receive", and "has yet to agree to supply": the pending adverb on the verb or
    on the verb whose infinitive it is."""
    holders = [governor, governor.head] if governor.dep_ == "xcomp" else [governor]
    return any(child.dep_ == "advmod" and child.lower_ in PENDING_ADVERBS
               for holder in holders for child in holder.children)


def extraposed_noun_statement(clause: Token, infinitival: bool) -> str | None:
    """"The decision was made this summer to send the jets", "the plan is to deploy": the
    infinitive of a plan or a request noun that is the subject of the verb the parser hangs the
    infinitive on."""
    if not infinitival or clause.dep_ not in ("advcl", "xcomp"):
        return None
    verb = clause.head
    if verb.pos_ not in ("VERB", "AUX") or is_set_aside(verb) or any(
            child.dep_ == "neg" or child.lower_ in NEGATIONS for child in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN" and child.i < clause.i \
                and not any(det.dep_ == "det" and det.lower_ == "no" for det in child.children):
            return NOUN_STATEMENTS.get(lemma_of(child))
    return None


def is_manner_participle(anchor: Token) -> bool:
    """"as promised", "as planned", "as agreed": a bare participle under a mark of manner
    compares the clause it hangs on with a plan; it states no status of its own."""
    return anchor.dep_ == "advcl" and anchor.tag_ == "VBN" and any(
        child.dep_ == "mark" and child.lower_ in MANNER_MARKS for child in anchor.children) and not any(
        child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for child in anchor.children)


def is_reported(verb: Token) -> bool:
    """True for a clause that reports what someone said, announced or expects ("said Germany
    would send", "confirmed it would supply", "the news that the jets would be delivered",
    "according to the ministry"): there a "would" is the "will" of the speaker; elsewhere
    ("Germany would send more tanks", "which would lead to") it states a hypothetical."""
    clause = verb
    for _ in range(CHAIN_REACH_REPORT):
        if any(child.dep_ == "prep" and lemma_of(child) in ACCORDING_HEADS
               or child.dep_ in ("parataxis", "ccomp", "advcl") and child.i > verb.i and lemma_of(child) in SPEECH_VERBS
               for child in clause.children):
            return True   # "according to the ministry", "..., the ministry said"
        if clause.dep_ in ("ccomp", "parataxis") and clause.head.i != clause.i:
            return True
        if clause.dep_ in ("acl", "advcl") and clause.head.pos_ == "NOUN" and any(
                child.dep_ == "mark" and child.lower_ == "that" for child in clause.children):
            return True   # "voiced hope that the first jets would be delivered"
        if clause.dep_ not in ("conj", "xcomp", "pcomp", "prep") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


CHAIN_REACH_REPORT = 4


def is_evaluated_infinitive(anchor: Token) -> bool:
    """"It is important to deliver the systems", "it was necessary to deploy them": an
    infinitive that an adjective after an expletive "it" judges states no plan.

    The "it" is expletive only when the infinitive hangs on the copula (the parse puts an
    adjective's own complement on the adjective: "it is eager to receive", "it is able to
    deploy", where "it" is a country or force named before) and has an object of its own ("to
    deliver the systems"). A passive or intransitive infinitive ("it is due to arrive", "it is
    certain to be deployed") takes the "it" as its subject, a system named before, and a
    raising adjective (a word of likelihood or schedule: "likely", "due", "set") or one of
    readiness ("ready") says something of that "it"."""
    clause = anchor
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        if any(child.dep_ in ("nsubj", "nsubjpass") for child in clause.children):
            return False   # "..., and the first battery arrived on Monday": a clause of its own
        clause = clause.head
    if clause.dep_ != "xcomp" or not any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children):
        return False
    if not any(child.dep_ in OBJECT_DEPS for child in clause.children):
        return False    # "it is due to arrive", "it is likely to be deployed": "it" is the system
    copula = clause.head   # the parse hangs an extraposed infinitive on the copula, and an
    # adjective's own complement ("it is eager to receive", "able to deploy") on the adjective
    if lemma_of(copula) != "be":
        return False
    return any(child.dep_ == "nsubj" and child.lower_ == "it" for child in copula.children) and any(
        child.dep_ == "acomp" and child.pos_ == "ADJ" and lemma_of(child) not in RAISING_ADJECTIVES
        for child in copula.children)   # not "it is ready to deploy", said of a force


def is_impersonal_plan(governor: Token, clause: Token) -> bool:
    """"It is envisaged to deploy the batteries", "it was required to deliver the launchers": an
    impersonal passive whose extraposed infinitive has an object of its own states a plan or a
    decision (seed notes R3), whatever its verb. Not a perfect infinitive, nor a verb that reports
    or judges what "it" (a system or a force named before) does ("it is believed to operate the
    S-400", "it is used to strike targets")."""
    if governor.tag_ != "VBN" or lemma_of(governor) in SPEECH_VERBS | IMPERSONAL_REPORT_VERBS:
        return False
    if not any(child.dep_ == "nsubjpass" and child.lower_ == "it" for child in governor.children) \
            or not any(child.dep_ == "auxpass" for child in governor.children):
        return False
    if any(child.dep_ == "aux" and lemma_of(child) == "have" for child in clause.children):
        return False   # "it is said to have delivered": a report of a past status
    return any(child.dep_ in OBJECT_DEPS for child in clause.children)


IMPERSONAL_REPORT_VERBS = frozenset(EVENT_WORDS["impersonal_report_verbs"])


def is_judged_occasion(anchor: Token) -> bool:
    """"It is time to deploy the Patriot batteries", "it would be a mistake to send the jets": an
    infinitive on a noun of judgment that an expletive "it" is says what ought to be, not a
    plan (a hypothetical or a judgment, seed notes R3)."""
    clause = anchor
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl") or not any(
            child.dep_ == "aux" and child.lower_ == "to" for child in clause.children):
        return False
    noun = clause.head
    if noun.dep_ != "attr" or lemma_of(noun) not in JUDGMENT_NOUNS or lemma_of(noun.head) != "be":
        return False
    return any(child.dep_ == "nsubj" and child.lower_ == "it" for child in noun.head.children)


JUDGMENT_NOUNS = frozenset(EVENT_WORDS["judgment_nouns"])


# adjectives that say something of the subject of their infinitive, never of an extraposed one
RAISING_ADJECTIVES = PREPARE_WORDS | LIKELIHOOD_WORDS | SCHEDULE_WORDS
OBJECT_DEPS = frozenset({"dobj", "dative"})


# "the first time the guns are exported": a clause on an occasion noun is an occasion of the
# verb that names it, and shares that verb's modality
OCCASION_NOUNS = frozenset(EVENT_WORDS["occasion_nouns"])


def is_hypothetical_occasion(anchor: Token) -> bool:
    """"If a deal is struck, it would mark the first time the K9 is exported to Africa", "It
    could be the first time ...": the occasion a conditional or possible verb names."""
    if anchor.dep_ != "relcl" or lemma_of(anchor.head) not in OCCASION_NOUNS:
        return False
    verb = anchor.head.head
    if verb.i == anchor.head.i:
        return False
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ == "aux"}
    return bool(auxiliaries & (CONDITIONAL_AUX | POSSIBILITY_AUX)) or is_conditional(verb)


def is_hypothetical_gerund_subject(anchor: Token) -> bool:
    """"that sending Fath-360 missiles to Russia would be an escalation", "delivering the jets
    could take months", "to put them on duty would take a year": a gerund or an infinitive as
    the subject of a clause under "would" or a modal of possibility names an act weighed or
    imagined."""
    if anchor.dep_ != "csubj" or not (anchor.tag_ == "VBG" or has_to(anchor)):
        return False
    return any(child.dep_ == "aux" and child.lower_ in POSSIBILITY_AUX | {"would"} for child in anchor.head.children)


def shares_capability(anchor: Token, auxiliaries: set[str]) -> bool:
    """"can reach 7,000 mph and travel 2,000 km": a verb joined to one under "can", with no
    auxiliary or subject of its own, states the same capability."""
    if anchor.dep_ != "conj" or auxiliaries or any(child.dep_ in ("nsubj", "nsubjpass") for child in anchor.children):
        return False
    return any(child.dep_ == "aux" and child.lower_ in CAPABILITY_AUX for child in anchor.head.children)


def subject_clause_auxiliaries(anchor: Token) -> set[str]:
    """"Putting the regiment on combat duty will take months": a gerund or an infinitive that
    is a clause's subject shares that clause's future; the act is ahead."""
    if anchor.dep_ != "csubj" or not (anchor.tag_ == "VBG" or has_to(anchor)):
        return set()
    return {child.lower_ for child in anchor.head.children if child.dep_ == "aux"}


def is_generic_duration(anchor: Token) -> bool:
    """"Deploying a battery takes about an hour", "to move one requires a week": how long an act
    takes, said in the present, is a general estimate, no event."""
    if anchor.dep_ != "csubj" or not (anchor.tag_ == "VBG" or has_to(anchor)):
        return False
    governor = anchor.head
    return lemma_of(governor) in DURATION_VERBS and governor.tag_ in ("VBZ", "VBP") \
        and not any(child.dep_ in ("aux", "auxpass") for child in governor.children)


def is_elapsed_wait(clause: Token) -> bool:
    """"It took a year for the tanks to arrive", "it had taken months for the battery to reach
    the front": an infinitive under a duration verb in the past tells what came about after
    the time it names; in the present or future ("it will take months for them to arrive") it
    is still ahead."""
    governor = clause.head
    if clause.dep_ not in ("advcl", "xcomp", "ccomp") or governor.i == clause.i \
            or lemma_of(governor) not in DURATION_VERBS:
        return False
    past = governor.tag_ == "VBD" or (governor.tag_ == "VBN" and any(
        child.dep_ == "aux" and lemma_of(child) == "have" for child in governor.children))
    return past and not any(child.dep_ == "aux" and child.lower_ in FUTURE_AUX | CONDITIONAL_AUX
                            for child in governor.children)


def is_object_control(clause: Token, infinitival: bool) -> bool:
    """"lobbied Western leaders to supply fighter jets", "ordered the brigade to deploy": the
    parser may hang the infinitive after the object as an adverbial clause; under a verb of
    asking or directing it is still what is asked for, not a purpose."""
    return infinitival and clause.dep_ == "advcl" and clause.head.i != clause.i \
        and lemma_of(clause.head) in REQUEST_VERBS | DIRECTIVE_VERBS


# verbs whose subject gives the system away (claimledger/lexicon/cues.json, refusal)
GIVING_VERBS = frozenset(lexicon().cues["refusal"]["transfer_lemmas"])


# "called on Germany to provide", "appealed to Berlin to send": whom a request is made of
ADDRESSEE_PREPS = frozenset(EVENT_WORDS["addressee_preps"])


def is_wish_to_give(governor: Token, clause: Token, status: str) -> bool:
    """"Egypt wants to sell its Su-35 jets to Algeria", "Germany wants to pull its jets out of
    Romania": a wish to give a system away or take it out is the holder's intent, no request
    to receive it; "asked the US to send jets", "called on Germany to provide" (an addressee)
    and "wants to buy" stay requests."""
    if any(child.dep_ in ("dobj", "dative") for child in governor.children):
        return False
    if any(child.dep_ == "prep" and child.lower_ in ADDRESSEE_PREPS and any(obj.dep_ == "pobj" for obj in child.children)
           for child in governor.children):
        return False
    if status != WITHDRAWN and any(child.dep_ == "nsubjpass" for child in clause.children):
        return False   # "appealed for F-16 jets to be delivered": the jets are asked for, not given
    return status == WITHDRAWN or lemma_of(clause) in GIVING_VERBS


def is_unrealised(verb: Token) -> bool:
    """An infinitive ("to ensure"), a future ("will ensure") or an imperative: not yet done."""
    children = list(verb.children)
    return any(child.dep_ == "aux" and (child.lower_ == "to" or child.lower_ in FUTURE_AUX) for child in children) \
        or (verb.tag_ == "VB" and verb.dep_ == "ROOT")


def is_held_until(anchor: Token) -> bool:
    """"won't land until early 2027", "did not arrive until March": a negated status with an
    "until" date states when it happens."""
    return any(child.dep_ == "prep" and child.lower_ in UNTIL_WORDS and any(
        obj.dep_ == "pobj" and obj.ent_type_ == "DATE" for obj in child.children) for child in anchor.children)


def is_plan_set_aside_in_headline(verb: Token) -> bool:
    """"Sweden cancels plans to send Gripen jets": a headline's verb the tagger took for a
    noun subject of "plans", which it then read as the verb."""
    return any(child.dep_ == "nsubj" and child.pos_ == "NOUN" and child.lower_.endswith("s") and (
        child.lower_[:-1] in ABANDON_VERBS or child.lower_[:-1] in REFUSAL_VERBS)
        and child.i == verb.i - 1 for child in verb.children)


def has_attached_date(anchor: Token) -> bool:
    """True when a date phrase hangs on the clause itself ("by the end of March", "in 2025")."""
    return any(token.ent_type_ == "DATE" and not token.is_stop for token in own_tokens(anchor))


def is_wished_or_depended_on(anchor: Token) -> bool:
    """"hopes to receive", "looking forward to receiving", "depends on Belgium receiving": a
    wish or a condition, not a status."""
    governor = anchor.head
    if anchor.dep_ == "pcomp" and governor.dep_ == "prep":
        governor = governor.head
        if governor.pos_ == "ADV" and governor.head.i != governor.i:   # "looking forward to"
            if WISH_PARTICLES.get(lemma_of(governor.head)) == governor.lower_:
                return True
            governor = governor.head
        if lemma_of(governor) in DEPENDENCE_VERBS or WISH_PARTICLES.get(lemma_of(governor)) in {
                child.lower_ for child in governor.children if child.dep_ in ("advmod", "prt")}:
            return True
    elif anchor.dep_ == "advcl" and lemma_of(governor) in DEPENDENCE_VERBS:
        return True   # "depends on Belgium receiving", the gerund parsed as adverbial
    elif anchor.dep_ != "xcomp":
        return False
    return lemma_of(governor) in WISH_VERBS or governor.lower_ in WISH_VERBS


def conjunct_auxiliaries(anchor: Token) -> set[str]:
    """"will train the pilots and transfer the jets", "will buy and deploy the batteries": a bare
    verb conjoined to one with an auxiliary shares that auxiliary."""
    if anchor.dep_ != "conj" or anchor.tag_ != "VB" or any(
            child.dep_ in ("aux", "auxpass") for child in anchor.children):
        return set()
    head = anchor.head
    while head.dep_ == "conj" and head.head.i != head.i and not any(
            child.dep_ == "aux" for child in head.children):
        head = head.head   # "will train, equip and send": the first conjunct holds it
    return {child.lower_ for child in head.children if child.dep_ == "aux"}


def shares_future(anchor: Token, auxiliaries: set[str]) -> bool:
    """"once they arrive, the jets will be sent", "when the jets arrive, they will
    join": a present-tense temporal clause under a future main clause is future too."""
    if anchor.dep_ != "advcl":
        return False
    # "as soon as they arrive", "before they are used": a present, active or passive
    present = auxiliaries <= PRESENT_PASSIVE_AUX and anchor.tag_ == "VBN" if auxiliaries \
        else anchor.tag_ in ("VBP", "VBZ")
    if not present:
        return False
    if not any(child.dep_ in ("mark", "advmod") and child.lower_ in TEMPORAL_MARKS for child in anchor.children):
        return False
    main = anchor.head
    if main.pos_ == "ADV" and main.head.i != main.i:   # "as soon as they arrive": under "soon"
        main = main.head
    if main.dep_ == "xcomp" and lemma_of(main.head) in SCHEDULE_WORDS and has_to(main):
        return True   # "is set to be strengthened as the first elements are activated"
    return any(child.dep_ in ("aux", "auxpass") and child.lower_ in FUTURE_AUX for child in main.children)


def is_means_gerund(anchor: Token, auxiliaries: set[str]) -> bool:
    """"by deploying the launchers, the balance is expected to shift", "by sending tanks, it
    could deter": a gerund of means under an expected or possible outcome is weighed as a
    means, not told as done; "answered by firing missiles" tells the firing, and "will respond
    by deploying" is the plan the sentence states."""
    if anchor.dep_ != "pcomp" or anchor.tag_ != "VBG" or anchor.head.lower_ not in MEANS_PREPS \
            or auxiliaries & FUTURE_AUX:
        return False
    outcome = anchor.head.head
    return lemma_of(outcome) in EXPECTATION_VERBS or any(
        child.dep_ == "aux" and child.lower_ in POSSIBILITY_AUX | CONDITIONAL_AUX for child in outcome.children)


def shares_participle_future(anchor: Token, auxiliaries: set[str]) -> bool:
    """"will boost its presence, sending two batteries", "is set to make a first deployment,
    sending jets to Poland": a participle clause without a subject, auxiliary or mark of its
    own tells the act of its main clause, future or planned with it."""
    if anchor.dep_ != "advcl" or anchor.tag_ != "VBG" or auxiliaries or any(
            child.dep_ in ("nsubj", "nsubjpass", "mark") for child in anchor.children):
        return False
    main = anchor.head
    if any(child.dep_ == "aux" and child.lower_ in FUTURE_AUX - CONDITIONAL_AUX for child in main.children):
        return True
    if main.dep_ == "xcomp" and has_to(main):
        main = main.head   # the participle hung on the infinitive: "is set to make ..., sending"
    # or on the plan word itself: "is set to make ..., sending"
    return lemma_of(main) in SCHEDULE_WORDS | PLAN_VERBS and any(
        child.dep_ == "xcomp" and has_to(child) for child in main.children)


def shares_absolute_future(anchor: Token, auxiliaries: set[str]) -> bool:
    """"Germany will send ten tanks, with two of them arriving first": an absolute clause
    without an auxiliary of its own shares the future of the clause it follows."""
    if auxiliaries - PRESENT_PASSIVE_AUX - {"be", "being"}:
        return False
    governor = absolute_governor(anchor)
    return governor is not None and any(child.dep_ == "aux" and child.lower_ in FUTURE_AUX
                                        for child in governor.children)


def is_purpose(clause: Token, infinitival: bool) -> bool:
    """"Russia moved troops to Belarus to station Iskander-M launchers", "in order to deploy":
    an infinitive of purpose on a verb of its own states what that act is meant to bring about."""
    head = clause.head
    return infinitival and clause.dep_ == "advcl" and head.i != clause.i and head.pos_ in ("VERB", "AUX") \
        and not any(child.dep_ == "nsubj" for child in clause.children) \
        and (lemma_of(head) not in USER_COPULAS or any(child.dep_ == "prep" for child in head.children)) \
        and not any(child.dep_ in ("attr", "acomp") for child in head.children)
    # ("is now the second Gulf country to field the system": a rank, not a purpose; "will be
    # at the air base to receive the jets": a presence for a purpose)


def is_directed(clause: Token, infinitival: bool) -> bool:
    """"tasked the regiment to station", "tasked the regiment with deploying": the clause is
    what a directive verb orders, however the parser attached it."""
    governor = clause.head
    if clause.dep_ == "pcomp" and governor.dep_ == "prep" and governor.lower_ == "with":
        governor = governor.head
    elif not (clause.dep_ == "advcl" and infinitival):
        return False
    return governor.i != clause.i and lemma_of(governor) in DIRECTIVE_VERBS


def is_exercise(anchor: Token) -> bool:
    """"test-fired", "fired during exercises near Puerto Rico", "launched in a drill": the
    conventions of the held-out real reports keep tests, exercises and capability shows out of
    USED."""
    doc = anchor.doc
    if anchor.i >= 2 and doc[anchor.i - 1].text == "-" and doc[anchor.i - 2].lower_ == "test":
        return True   # "test-fired", tokenized as three words
    if anchor.i >= 1 and doc[anchor.i - 1].lower_ == "test":
        return True   # "test fired", "test launched"
    if any(lemma_of(obj) in EXERCISE_NOUNS for prep in anchor.children if prep.dep_ == "prep"
           for obj in prep.children if obj.dep_ == "pobj"):
        return True
    # "fired two HIMARS at targets during Exercise Rapid Falcon": a named exercise, wherever
    # the parser hangs its "during" inside the clause
    if any(token.dep_ == "pobj" and token.head.lower_ == "during" and any(
            lemma_of(word) in EXERCISE_NOUNS for word in (token, *token.children) if word.dep_ in ("pobj", "compound"))
            for token in own_tokens(anchor)):
        return True
    return is_at_test_site(anchor) or follows_test_launch(anchor)


def follows_test_launch(anchor: Token) -> bool:
    """"carried out a training launch of the missile, and the missile hit the target": a hit
    joined to a test or training launch is that launch's outcome, no use of its own."""
    first = anchor
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i == anchor.i:
        return False
    return any(child.dep_ in ("dobj", "nsubj", "nsubjpass") and lemma_of(child) in USE_NOUNS and any(
        word.dep_ in ("compound", "amod", "nmod") and lemma_of(word) in EXERCISE_NOUNS for word in child.children)
        for child in first.children)


def is_at_test_site(anchor: Token) -> bool:
    """"was fired and hit its target at a remote test range", "launched at a trial site": a
    shot at a test or trial site, in the clause or a verb joined to it, is a test. A training
    ground is left out: "struck a training ground near Dnipro" is a strike on it."""
    verbs = [anchor] + [child for child in anchor.children if child.dep_ == "conj" and child.pos_ == "VERB"]
    return any(token.dep_ == "pobj" and any(
        child.dep_ in ("compound", "amod", "nmod") and lemma_of(child) in TEST_SITE_WORDS for child in token.children)
        for verb in verbs for token in own_tokens(verb))


def is_trained_skill(anchor: Token) -> bool:
    """"underwent training in using the tanks", "the course on operating them": a use a
    training noun governs is a skill taught, not a use."""
    if anchor.dep_ == "pcomp" and anchor.head.dep_ == "prep":
        governor = anchor.head.head   # the noun, or the verb the parser hangs "in" on ("underwent training in")
    elif anchor.dep_ in ("xcomp", "advcl", "acl", "relcl") and has_to(anchor):
        governor = anchor.head   # "announced a training course for the crews to use the system"
    else:
        return False
    # "are mastering their skills in using the system": a verb of learning governs it too
    return lemma_of(governor) in TRAINING_NOUNS or lemma_of(governor) in TRAINING_VERBS or any(
        child.dep_ == "dobj" and lemma_of(child) in TRAINING_NOUNS for child in governor.children)


def is_training_firing(anchor: Token) -> bool:
    """"is fired during a joint training": a crew's training shot is practice, not a use."""
    return any(token.dep_ == "pobj" and token.head.dep_ == "prep" and lemma_of(token) in TRAINING_NOUNS
               for token in own_tokens(anchor))


# "days away from sending": the stretches of time that put a status ahead
TIME_UNITS = frozenset(EVENT_WORDS["time_units"])


def is_continued_transit(anchor: Token, status: str) -> bool:
    """"Components will continue to arrive in Israel", "will continue to be delivered": a
    delivery said to go on is under way now, not a plan (`en_b` 005, "will continue to
    happen"); "could continue to arrive" and "will not continue to" are no such thing."""
    if status not in (ARRIVED, IN_TRANSIT) or anchor.dep_ != "xcomp" or lemma_of(anchor.head) not in CONTINUING_VERBS:
        return False
    auxiliaries = {child.lower_ for child in anchor.head.children if child.dep_ == "aux"}
    return bool(auxiliaries & FUTURE_AUX) and not auxiliaries & CONDITIONAL_AUX and not any(
        child.dep_ == "neg" for child in anchor.head.children)


def is_far_from(anchor: Token) -> bool:
    """"is far from receiving", "is still far away from deploying", "is not weeks away from"."""
    if anchor.dep_ != "pcomp" or anchor.head.lower_ != "from":
        return False
    distance = anchor.head.head
    return distance.lower_ == "far" or (distance.lower_ == "away" and (
        any(child.lower_ == "far" for child in distance.children)
        or any(child.dep_ == "neg" for child in distance.head.children)))


def is_time_away(anchor: Token) -> bool:
    """"Lockheed Martin is days away from sending the first jets": a status a stretch of time
    ahead ("days", "weeks" on "away"), not one done; "far from sending" is none."""
    if anchor.dep_ != "pcomp" or anchor.head.lower_ != "from" or anchor.head.head.lower_ != "away":
        return False
    return any(child.dep_ == "npadvmod" and (child.ent_type_ in ("DATE", "TIME") or lemma_of(child) in TIME_UNITS)
               for child in anchor.head.head.children)


def is_purpose_of_giving(anchor: Token) -> bool:
    """"sent ATACMS to Ukraine to strike Russian bases": the purpose of a giving or a sending
    is no use ("deployed Iskander missiles to strike a command center" uses them; a sending
    into a land to strike is the attack)."""
    giver = anchor.head
    return anchor.dep_ == "advcl" and has_to(anchor) and lemma_of(giver) in GIVING_VERBS | TRANSPORT_VERBS \
        and not is_sent_to_strike(giver)


def is_sent_to_strike(anchor: Token) -> bool:
    """"sent swarms of Shahed drones over the border into Ukraine to hit power plants": a sending into a
    land with a purpose of striking."""
    if lemma_of(anchor) not in TRANSPORT_VERBS:
        return False
    into = any(token.dep_ == "prep" and token.lower_ in INCURSION_PREPS for token in own_tokens(anchor))
    strike = any(child.dep_ in ("advcl", "xcomp") and lemma_of(child) in TARGET_VERBS and has_to(child)
                 for child in anchor.children)
    return into and strike


def is_bargained(clause: Token) -> bool:
    """"in exchange for the US stationing Patriots", "in return for supplying the jets": the
    clause a bargain's "for" governs."""
    preposition = clause.head
    return clause.dep_ in ("pcomp", "pobj") and preposition.lower_ == "for" \
        and preposition.head.i != preposition.i and lemma_of(preposition.head) in BARGAIN_NOUNS \
        and preposition.head.head.lower_ == "in"


def is_in_condition(anchor: Token) -> bool:
    """"If the missiles arrive, ...", "If Germany agrees to supply the Taurus missiles, ...": the
    status is inside an if-clause, marked on its own verb or on the verb whose infinitive it is
    (or whose subject it shares as a conjunct)."""
    clause = anchor
    for _ in range(3):
        if any(child.dep_ == "mark" and child.lower_ in CONDITION_MARKS for child in clause.children):
            return True
        if is_bargained(clause):
            return True
        if clause.dep_ == "conj" and any(child.dep_ in ("nsubj", "nsubjpass") for child in clause.children):
            return False   # "..., and if ... it sends": a conjunct with its own subject is its own clause
        if clause.dep_ not in ("xcomp", "acomp", "conj") or clause.head.i == clause.i:
            return False   # "Unless Berlin is ready to deliver": through the adjective too
        clause = clause.head
    return False


def is_conditional(anchor: Token) -> bool:
    """"If the U.S. approved the request, Taiwan could take delivery": a main clause whose
    verb (or the verb it depends on) carries an if-clause."""
    clause = anchor
    for _ in range(3):
        if any(child.dep_ == "advcl" and any(mark.dep_ == "mark" and mark.lower_ in CONDITION_MARKS - SEQUENCE_MARKS
                                             for mark in child.children)
               for child in clause.children):
            return True
        if is_inverted_condition(clause):
            return True
        if clause.dep_ not in ("xcomp", "conj", "pcomp", "prep", "acl") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def is_inverted_condition(clause: Token) -> bool:
    """"Should Berlin decide to send Taurus missiles, ...", "Had Kyiv received the jets":
    an auxiliary before its subject opens an adverbial condition."""
    if clause.dep_ not in ("advcl", "ccomp"):   # the parser may take it for a complement
        return False
    subjects = [child.i for child in clause.children if child.dep_ in ("nsubj", "nsubjpass")]
    if subjects and clause.pos_ == "AUX" and clause.lower_ in INVERTED_CONDITION_AUX \
            and clause.i < min(subjects) and clause.i == clause.sent.start:
        return True   # "Were the US to send ATACMS, ...": the auxiliary heads the clause
    return bool(subjects) and any(child.dep_ in ("aux", "auxpass") and child.lower_ in INVERTED_CONDITION_AUX
                                  and child.i < min(subjects) and child.i == child.sent.start
                                  for child in clause.children)


TALK_DEPS = GOVERNED_DEPS | {"ccomp"}   # "talking about 50 missiles being sent" (a clausal complement)


def is_talk(anchor: Token) -> bool:
    """"talking about 50 missiles being sent", "floated the idea of sending", "offered to
    supply", "proposed deploying": talk, proposals and offers are no status; a decision or an
    order is (PLANNED). Climbs the clause's governors up to the first verb that is not talk."""
    cues = lexicon().cues
    verbs, nouns = set(cues["talk_verbs"]), set(cues["talk_nouns"])
    token = anchor
    while token.dep_ in TALK_DEPS and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and token.lower_ in nouns:
            return True
        if token.pos_ in ("VERB", "AUX"):
            return lemma_of(token) in verbs
    return False


# "did not specify when the Bradleys arrived", "told when the SAMP/T was deployed", "did not
# say how long deploying them would take": a question a report names, not a
# status it states (the clause opens with a question word and completes a verb of telling or
# knowing, or a preposition on one)
INDIRECT_QUESTION_WORDS = frozenset(EVENT_WORDS["indirect_question_words"])
QUESTION_GOVERNORS = frozenset(EVENT_WORDS["question_governors"])


def is_direct_question(anchor: Token) -> bool:
    """"Has the S-400 been deployed in Belarus?", "Is the deployment complete?": a clause that
    ends in a question mark with its auxiliary or copula before its subject asks, it does not
    state."""
    clause = anchor
    while clause.dep_ in ("xcomp", "acomp", "conj", "acl") and clause.head.i != clause.i:
        clause = clause.head
    doc = clause.doc
    end = clause.right_edge.i
    if not (doc[end].text == "?" or (end + 1 < len(doc) and doc[end + 1].text == "?")):
        return False
    subject = next((child for child in clause.children if child.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None:
        return False
    verbs = [clause] if clause.pos_ == "AUX" or lemma_of(clause) == "be" else []
    verbs += [child for child in clause.children if child.dep_ in ("aux", "auxpass")]
    return any(verb.i < subject.left_edge.i for verb in verbs)


def has_question_subject(anchor: Token) -> bool:
    """"it is unclear how many are in working order", "how many jets have arrived": a clause
    whose subject is a "how many" or "which" phrase asks, whatever the parser hangs it on."""
    return any(child.dep_ in ("nsubj", "nsubjpass") and any(
        (word.dep_ == "advmod" and word.lower_ == "how") or (word.dep_ == "det" and word.lower_ == "which")
        for word in child.children) for child in anchor.children)


def is_indirect_question(anchor: Token) -> bool:
    clause = anchor
    for _ in range(3):
        if clause.head.i == clause.i:
            return False
        if clause.left_edge.lower_ in INDIRECT_QUESTION_WORDS and clause.left_edge.i < clause.i \
                and clause.dep_ in ("ccomp", "advcl", "pcomp", "xcomp"):
            governor = clause.head
            while governor.pos_ == "ADP" and governor.head.i != governor.i:
                governor = governor.head   # "elaborate on how ...", "nor on how ..."
            return lemma_of(governor) in QUESTION_GOVERNORS
        if clause.dep_ == "conj" and clause.left_edge.lower_ in INDIRECT_QUESTION_WORDS \
                and clause.left_edge.i < clause.i:
            # "has not said how many it holds or where they have been deployed": the parser
            # joins the second question to the first one's words
            return is_in_question_phrase(clause.head)
        if clause.dep_ not in ("ccomp", "advcl", "pcomp", "xcomp", "conj"):
            return False
        clause = clause.head
    return False


def is_open_choice(anchor: Token) -> bool:
    """"worked on where to place or store them", "advice on how to deploy the launchers": an
    infinitive after a question word weighs an option and states no event; one a plan verb
    governs ("deciding where to station the launchers") is a plan, read as such."""
    verb = anchor.head if anchor.dep_ == "conj" and anchor.head.i != anchor.i else anchor
    if not any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return False
    if not any(child.dep_ == "advmod" and child.lower_ in INDIRECT_QUESTION_WORDS and child.i < verb.i
               for child in verb.children):
        return False
    governor = verb.head
    while governor.pos_ == "ADP" and governor.head.i != governor.i:
        governor = governor.head
    return lemma_of(governor) not in PLAN_VERBS


def is_in_question_phrase(token: Token) -> bool:
    """Whether a token lies in a phrase that opens with a question word and is governed by a
    verb of telling or knowing ("disclose how many launchers it holds")."""
    for _ in range(4):
        if token.head.i == token.i:
            return False
        if lemma_of(token.head) in QUESTION_GOVERNORS and token.left_edge.lower_ in INDIRECT_QUESTION_WORDS:
            return True
        token = token.head
    return False


def is_denied_by_governor(anchor: Token) -> bool:
    """"has not received any requests for delivering", "prevent Turkey from purchasing", "no
    decision has been made to deploy": a gerund or infinitive under a negated or refusing
    verb, or under a noun with "no"."""
    if anchor.dep_ == "acl" and is_noun_content_clause(anchor):
        return is_report_denied(anchor.head)
    if anchor.dep_ == "relcl" and is_noun_content_clause(anchor) and is_called_false(anchor.head):
        return True   # the parser may hang a noun's "that" clause as a relative one
    if is_denied_content(anchor):
        return True
    token = anchor
    while token.dep_ in GOVERNED_DEPS and token.head.i != token.i:
        token = token.head
        if is_no_phrase(token):
            return True
        if token.pos_ in ("VERB", "AUX"):
            # "denied deploying the missiles": a gerund a denial governs is denied as a refusal is
            return lemma_of(token) in REFUSAL_VERBS | DENIAL_VERBS or any(
                child.dep_ == "neg" or child.lower_ in NEGATIONS or
                (child.dep_ in ("nsubj", "nsubjpass") and is_no_phrase(child))
                for child in token.children)
    return False


def is_denied_content(anchor: Token) -> bool:
    """"Tehran denied that Iran will receive the jets", "X denies Iran to receive jets": the
    content clause of a denial states what no one asserts."""
    clause = anchor
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.i != clause.i and lemma_of(clause.head) in DENIAL_VERBS \
        and not any(child.dep_ == "neg" for child in clause.head.children)


def is_hedged(anchor: Token) -> bool:
    """"A Taurus was probably fired at the bridge", "it is speculated that Oslo intends to buy
    the jets": a status a hedging adverb qualifies, or the content of a verb of guessing, is a
    guess, which the readings leave out as they leave out hypotheticals (seed notes, R3)."""
    if any(child.dep_ == "advmod" and child.lower_ in HEDGE_ADVERBS for child in anchor.children):
        return True
    clause = anchor
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.i != clause.i and lemma_of(clause.head) in SPECULATION_VERBS


# "did not confirm reports that": not confirming a report withholds it; "did not comment on
# reports that" leaves the report as it stands (claimledger/lexicon/cues.json)
REPORT_CONFIRMING_VERBS = frozenset(lexicon().cues["confirming_verbs"])


# "reports that ... were false": a word that calls the report untrue (claimledger/lexicon/cues.json)
FALSITY_WORDS = frozenset(lexicon().cues["denial"]["structure"]["falsity_words"])


def is_report_denied(noun: Token) -> bool:
    """For a "that" clause of a noun: the verb over the noun denies it ("denied reports that"),
    declines to confirm it ("did not confirm reports that") or calls it false ("reports that
    ... were false")."""
    if is_no_phrase(noun):
        return True   # "gave no indication that", "there is no evidence that"
    if is_called_false(noun):
        return True
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return False
    lemma = lemma_of(verb)
    if lemma in DENIAL_VERBS or lemma in REFUSAL_VERBS:
        return True
    negated = any(child.dep_ == "neg" or child.lower_ in NEGATIONS for child in verb.children)
    return negated and lemma in REPORT_CONFIRMING_VERBS


def is_called_false(noun: Token) -> bool:
    """"Reports that the jets had arrived were false", "the claim that ... is baseless": the
    noun is the subject of a copula whose complement is a word of falsity, or of one such
    participle ("were fabricated")."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.i == noun.i:
        return False
    if verb.lower_ in FALSITY_WORDS:
        return True
    return lemma_of(verb) == "be" and any(
        child.dep_ in ("acomp", "attr") and child.lower_ in FALSITY_WORDS for child in verb.children)


def is_no_phrase(token: Token) -> bool:
    """"no decision", "no request"."""
    return token.pos_ in ("NOUN", "PROPN") and any(
        child.dep_ == "det" and child.lower_ == "no" for child in token.children)


# --- subject ----------------------------------------------------------------------------

def items_listed_after_object(verb: Token) -> list[Token]:
    """"to deliver trucks and shells, including 20 Krab guns": after a comma the parser
    may hang the list of the verb's object on the verb; its items are the object's."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    obj = next((child for child in verb.children if child.dep_ == "dobj"), None)
    if obj is None:
        return []
    return [item for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in LIST_PREPS
            and prep.i > obj.i and prep.doc[prep.i - 1].text == ","
            for item in prep.children if item.dep_ == "pobj"
            and any(in_subject_mention(word) for word in named_words(item))]   # not "parts for Patriot batteries"


def find_subjects(trigger: Trigger, context: DocContext) -> list[str]:
    """The tracked subjects the status is about, from the clause's arguments or an anaphor;
    coordinated ones ("S-400 and Pantsir-S1 systems") each count."""
    heads = list(trigger.argument_heads)
    clause = trigger.anchor
    subject_only = set()   # heads reached from a participle: only their subject is its subject
    # a conjoined, adverbial or infinitival clause without its own subject shares its head's
    # (through "ready" in "is preparing to go on combat duty")
    # "we will continue to give them what they need": what is given is never another clause's
    people = has_people_as_subject(trigger.anchor)   # "the number of soldiers deployed": theirs alone
    while clause.dep_ in ("conj", "xcomp", "advcl", "acomp") and clause.head.i != clause.i \
            and lemma_of(trigger.anchor) not in OBJECT_ARGUMENT_VERBS and not people:
        if clause.dep_ == "xcomp" and clause.head.pos_ == "ADJ" and lemma_of(clause.head) in TOUGH_ADJECTIVES:
            return []   # "difficult to detect and intercept": what it is hard to act on, no status
        if clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and any(
                child.dep_ in ("nsubj", "nsubjpass") and is_actor(child) for child in clause.children):
            break   # "it was first based on Guam, but the navy now wants to ...": its own actor's
            # (a verb the parser joins to a noun, "Patriot batteries from ... Spain have reached", is none)
        # "it destroyed three Leopards using artillery": a gerund with its own object uses that;
        # the clause above it names the target and the actor, not what is used (a strike
        # gerund's own object is its target: "the Iron Dome came to the rescue, intercepting
        # rockets" takes the clause's subject)
        own_object = clause.dep_ == "advcl" and clause.tag_ == "VBG" and any(
            child.dep_ == "dobj" for child in clause.children)
        if own_object and lemma_of(clause) not in TARGET_VERBS:
            break
        # "wreckage of a Zircon missile shot down over Kyiv": the tagger may read the participle
        # of a strike verb as a past tense
        participle = clause.dep_ == "advcl" and (clause.tag_ == "VBN" or (
            clause.tag_ == "VBD" and lemma_of(clause) in TARGET_VERBS)) and not any(
            child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for child in clause.children)
        if clause.i != trigger.anchor.i and clause.dep_ == "advcl" and any(
                child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in RELATIVE_PRONOUNS
                for child in clause.children):
            break   # "..., while Americans were urged to seek shelter": that clause has its own subject
        clause = clause.head
        heads.append(clause)
        if participle or own_object:   # "Stationed in X since 2021, the task force would command the missiles"
            subject_only.add(clause.i)
    if clause.dep_ == "acl" and lemma_of(clause) in SCHEDULE_WORDS:
        heads.append(clause.head)   # "with the remaining HIMARS scheduled to arrive": they are
    if is_passive_infinitive_of_noun(clause):
        heads.append(clause.head)   # "Taurus missiles to be sent to Ukraine": the missiles are
    for head in heads:
        # (a designation the tagger reads as a number, "the KF-21", is a noun here)
        arguments = [head] if head.pos_ in ("NOUN", "PROPN") or head.i == clause.head.i != clause.i \
            or (head.pos_ == "NUM" and head.i in context.mention_at) else []
        if lemma_of(head) not in TARGET_VERBS:   # "to target and shoot down these jets": the target
            arguments += shared_objects(head)
        arguments += [subject for clause in head.children if is_participle_as_clausal_subject(clause)
                      for subject in clause.children if subject.dep_ == "nsubj"]
        deps = ("nsubj", "nsubjpass") if head.i in subject_only else SUBJECT_ARG_DEPS
        if (lemma_of(head) in OBJECT_ONLY_VERBS and not is_misread_main_verb(head, trigger.anchor)) or any(
                (lemma_of(head), child.lower_) in OBJECT_ONLY_PARTICLE_VERBS
                for child in head.children if child.dep_ in ("prt", "prep")):
            deps = tuple(dep for dep in deps if dep != "nsubj")
        if is_target_verb(head):
            deps = ("nsubj",)
        if (lemma_of(head) in TRANSPORT_VERBS or VERB_STATUSES.get(lemma_of(head)) == DEPLOYED) \
                and not is_passive(head) and any(child.dep_ == "dobj" for child in head.children):
            # "the F-35 brings stealth": it carries, it is not brought; "it has deployed
            # diplomats": who places something is not what is placed
            deps = tuple(dep for dep in deps if dep != "nsubj")
        arguments += [child for dep in deps for child in head.children if child.dep_ == dep
                      and not is_stray_object(child)]
        preps = {"for", "with", "of"} if lemma_of(head) not in OBJECT_ARGUMENT_VERBS else set()
        if trigger.status in (PLANNED, REQUESTED) and lemma_of(head) in SIGNING_WORDS.union(DOCUMENT_NOUNS):
            preps.add("on")   # "signed an agreement on the supply of radars"
        if trigger.status == USED:
            preps |= USE_SOURCE_PREPS
        if trigger.status == REQUESTED and lemma_of(head) in VERB_STATUSES:
            preps.add("to")   # "appealed to its partners for IRIS-T": "for" hung on the addressee
        arguments += [obj for prep in head.children if prep.dep_ == "prep"
                      and prep.lower_ in preps
                      for obj in prep.children if obj.dep_ == "pobj" and not is_training_purpose(prep, obj)]
        if head.pos_ in ("VERB", "AUX") and not any(child.dep_ == "dobj" for child in head.children):
            arguments += relative_object_of_report(head)
            arguments += relative_gap_object(head)
            arguments += counted_objects_of_launch(head)
            # "pledged to Kyiv three more IRIS-T SLM systems": the parser takes the shifted
            # object for a second object of the destination's preposition
            arguments += [obj for prep in head.children if prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS
                          for obj in [child for child in prep.children if child.dep_ == "pobj"][1:]]
        arguments += items_listed_after_object(head)   # "to deliver trucks, including 20 Krab guns"
        if head.pos_ == "NOUN":   # "the deployment of long-range missiles, including SM-6"
            arguments += [obj for prep in trigger.anchor.children if prep.dep_ == "prep"
                          and prep.lower_ in LIST_PREPS for obj in prep.children if obj.dep_ == "pobj"]
        if is_target_verb(head):   # "the city was struck by Kinzhal missiles", "taken down by a Patriot"
            arguments += [obj for agent in head.children if agent.dep_ == "agent"
                          for obj in agent.children if obj.dep_ == "pobj"]
            arguments += weapons_attached_to_target(head)
        # a mention the tagger mislabels ("supplied Shahed-136 drones", Shahed-136 as PUNCT), also
        # under the preposition ("provided Moscow with Fath-360 missiles (CRBMs)")
        arguments += [child for child in head.children if child.i in context.mention_at
                      and child.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "prep")
                      and not (is_target_verb(head) and child.dep_ == "npadvmod")]   # "shot down five ATACMS": the target
        arguments += [child for prep in head.children if prep.dep_ == "prep" and prep.lower_ in preps
                      for child in prep.children if child.i in context.mention_at and child.dep_ == "punct"]
        for argument in arguments:
            if argument.pos_ == "PRON" and lemma_of(trigger.anchor) in TARGET_VERBS \
                    and not is_plural_weapon_pronoun(argument, context):
                continue   # "led it to strike power plants": the attacker, not a weapon
            if lemma_of(trigger.anchor) in TARGET_VERBS and (lemma_of(argument) in DEBRIS_NOUNS
                                                             or argument.lower_ in DEBRIS_NOUNS):
                continue   # "the rocket debris struck houses": debris, no use
            listed = relative_list_subjects(argument, context) or described_systems(argument, context) \
                or collective_antecedents(argument, context) or paired_antecedents(argument, context) \
                or coordinated_antecedents(argument, context)
            if listed:
                return listed
            if lemma_of(head) in OBJECT_ARGUMENT_VERBS and is_pronoun_phrase(argument):
                continue   # "give them what they need": a pronoun after "give" is the receiver
            if is_addressed_pronoun(argument):
                continue   # "asking them to find ways to transfer ...": those asked
            subject = subject_in(argument, context)
            if subject is not None and subject == carried_weapon(argument, context):
                return [subject]   # the weapon borne, not its carrier beside it
            if subject is not None:
                named = listed_before(argument, subject, context) + [subject] \
                    + coordinated_subjects(argument, subject, context) + gapped_subjects(argument, subject, context)
                named += [other for other in split_list_subjects(argument, context) if other not in named]
                return named + [other for other in companions(trigger, context) if other not in named]
    subject = subject_left_of_subjectless(trigger.anchor, context)
    if subject is not None:
        return [subject]
    if people:
        return []   # people moved, no system taken up from before
    subject = noun_antecedent(trigger, context)
    if subject is None:
        return []
    # "deploy SM-6 and Tomahawk missiles ... The deployment will begin in 2026": all of them
    return [subject] + listed_with_latest(trigger.argument_heads[0], subject, context)


def is_actor(noun: Token) -> bool:
    """"the army", "Washington", "the pilots": a subject that acts on systems and is none."""
    return lemma_of(noun) in EQUIPPED_NOUNS or is_person_word(noun) \
        or noun.ent_type_ in ACTOR_ENTITY_LABELS


def companions(trigger: Trigger, context: DocContext) -> list[str]:
    """"Russia sent them to Serbia for a drill along with S-400", "arrived together with two
    NASAMS launchers": a system an along-with phrase of a moving clause adds to its subject."""
    sentence = trigger.anchor.sent
    withs = [i for i in context.companion_withs if sentence.start <= i < sentence.end]
    if not withs or trigger.status not in (ARRIVED, IN_TRANSIT, DEPLOYED, WITHDRAWN):
        return []
    clause = {token.i for token in own_tokens(trigger.anchor)}
    found = []
    for preposition in (context.doc[i] for i in withs if i in clause):
        for obj in preposition.children:
            if any(child.dep_ in ("acl", "relcl") for child in obj.children):
                continue   # "in addition to the HIMARS deployed in Estonia": a status of its own
            # the companion phrase's head and the words before it ("two IRIS-T SLM batteries")
            found += [context.mention_at[word.i].label_ for word in obj.subtree
                      if obj.dep_ == "pobj" and word.i <= obj.i and word.i in context.mention_at]
    return list(dict.fromkeys(found))


def has_people_as_subject(verb: Token) -> bool:
    """"troops were deployed", "the number of soldiers deployed": the clause's subject is people,
    or a count of them."""
    for subject in (child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")):
        counted = [obj for prep in subject.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for obj in prep.children if obj.dep_ == "pobj"]
        if any(lemma_of(word) in PERSON_NOUNS for word in (subject, *counted)):
            return True
    return False


def is_stray_object(obj: Token) -> bool:
    """"Russia deployed weapons to hit a command center, Neptune missile production sites and
    Patriot systems": a second direct object after a clause that follows the verb's first one is
    the rest of that clause's list, which the parser hung on the verb (a verb has one direct
    object); it names what the clause hit, not what the verb deployed."""
    if obj.dep_ != "dobj":
        return False
    verb = obj.head
    first = next((child for child in verb.children if child.dep_ == "dobj"), None)
    if first is None or first.i >= obj.i:
        return False
    return any(child.dep_ in ("advcl", "xcomp", "ccomp") and first.i < child.i < obj.i
               for child in verb.children)


def is_training_purpose(prep: Token, obj: Token) -> bool:
    """"arrived in Denmark for F-16 training", "for training on the Marder": what the training is
    on is not what arrives."""
    return prep.lower_ == "for" and lemma_of(obj) in TRAINING_NOUNS


def listed_before(argument: Token, subject: str, context: DocContext) -> list[str]:
    """"IRIS-T, Skynex systems already in Ukraine": the parser hangs the second item of a
    headline's list on the first as an apposition; the system the first item names is listed too."""
    if argument.dep_ != "appos" or argument.head.i not in context.mention_at:
        return []
    if not any(child.dep_ == "compound" and child.i in context.mention_at for child in argument.children):
        return []   # "the S-400, Russia's most advanced system": an apposition that describes
    first = context.mention_at[argument.head.i].label_
    return [] if first == subject else [first]


def is_addressed_pronoun(pronoun: Token) -> bool:
    """"asked them to send", "urging them to deliver": an object pronoun followed by an
    infinitive of its verb is who is asked or urged, not a system."""
    if pronoun.pos_ != "PRON" or pronoun.dep_ != "dobj" or is_relative_for_thing(pronoun):
        return False
    return any(clause.dep_ in ("xcomp", "advcl", "ccomp") and clause.i > pronoun.i and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in clause.children) for clause in pronoun.head.children)


def is_relative_for_thing(pronoun: Token) -> bool:
    """"the battery that Italy sent to guard Iasi": a relative pronoun standing for a thing is
    what was sent, and the infinitive after it says what for; one standing for people or a
    country ("the allies that Kyiv asked to send jets") stays who is asked."""
    if pronoun.lower_ not in RELATIVE_PRONOUNS or pronoun.head.dep_ != "relcl":
        return False
    return not is_actor(relative_antecedent(pronoun))


def is_plural_weapon_pronoun(pronoun: Token, context: DocContext) -> bool:
    """"Russia launched Iskander missiles at Kharkiv. They hit a block of flats": "they" (never
    a country) with a system named in its sentence or the one before, and no people between."""
    return pronoun.lower_ in PLURAL_PRONOUNS and latest_in_previous_sentence(pronoun, context) is not None \
        and antecedent(pronoun, context) is not None


def is_pronoun_phrase(token: Token) -> bool:
    """A pronoun, or a free relative of pronouns ("what they need")."""
    return token.pos_ == "PRON" or all(word.pos_ in ("PRON", "AUX", "VERB", "PART") for word in token.subtree)


def shared_objects(verb: Token) -> list[Token]:
    """"India has received and deployed three squadrons": the first of two coordinated verbs
    shares the object the parser hangs on the second."""
    if verb.pos_ != "VERB" or any(child.dep_ == "dobj" for child in verb.children):
        return []
    # "fired on and hit the F/A-18": what a strike verb hits is its target, never what the
    # first verb fired or used
    return [obj for conj in verb.children if conj.dep_ == "conj" and conj.pos_ == "VERB"
            and lemma_of(conj) not in TARGET_VERBS
            and not any(child.dep_ in ("nsubj", "nsubjpass") for child in conj.children)
            for obj in conj.children if obj.dep_ == "dobj"]


def weapons_attached_to_target(verb: Token) -> list[Token]:
    """"targeted the power plant with Kalibr missiles", "struck since May by Kh-101s": the
    parser often hangs the weapon's "with" on the target noun, or a passive's "by" on a
    phrase before it; it still names what the verb struck with."""
    weapons = [obj for target in verb.children if target.dep_ == "dobj" and lemma_of(target) not in STORE_NOUNS
               for prep in target.children if prep.dep_ == "prep" and prep.lower_ == "with"
               for obj in prep.children if obj.dep_ == "pobj"]
    if is_passive(verb):   # "hit since early 2023 by five kinds of rockets"
        weapons += [obj for prep in own_tokens(verb) if prep.dep_ == "prep" and prep.lower_ == "by"
                    and prep.head.i != verb.i for obj in prep.children if obj.dep_ == "pobj"]
    return weapons


def noun_antecedent(trigger: Trigger, context: DocContext) -> str | None:
    """"The initial delivery was scheduled for ...", "Supplies have begun": a status noun that
    names no system is about the system the report is about, the latest one named."""
    noun = trigger.argument_heads[0]
    if not (noun.pos_ == "NOUN" or is_capitalised_opening_noun(noun)) or (lemma_of(noun) not in STATUS_OR_USE_NOUNS and not is_received_request(trigger, noun)):
        return None
    if any(child.dep_ == "prep" and child.lower_ in ("of", "by") for child in noun.children):
        # "the stationing of new rockets" names what it is about; "an attack by Ukrainian
        # armored units" names who made it, and not with a system named before
        return None
    if any(names_untracked_system(word) for word in noun.sent if word.i < noun.i):
        return None   # "its indigenous system, Project Kusha, with deployment planned": that system's
    owner = system_noun_owner(noun)
    if owner is not None:
        return antecedent(owner, context)   # "the frigate's deployment": the frigate's, if tracked
    return antecedent(noun, context)


def system_noun_owner(noun: Token) -> Token | None:
    """"the frigate's deployment", "the bombers' arrival": a possessor that is a noun of a
    system's kind owns the status; the status noun takes up what that noun takes up, not the
    latest system named ("the missiles ... The frigate's deployment" is no deployment of them)."""
    return next((child for child in noun.children if child.dep_ == "poss" and child.pos_ == "NOUN"
                 and lemma_of(child) in ANAPHOR_NOUNS), None)


def names_untracked_system(word: Token) -> bool:
    """"its indigenous system, Project Kusha": a system noun with a name set beside it that is
    no tracked system (a name before the noun may be a tracked one the report shortens)."""
    return lemma_of(word) in ANAPHOR_NOUNS and word.pos_ == "NOUN" and has_untracked_name_beside(word)


# "The equipment was unloaded at Gdynia": a collective noun that takes up every system the
# latest sentence naming any has named (claimledger/lexicon/events.json)
COLLECTIVE_NOUNS = frozenset(EVENT_WORDS["collective_nouns"])


def collective_antecedents(token: Token, context: DocContext) -> list[str]:
    """"Poland received 10 K2 tanks and 24 K9 howitzers. ... The equipment was unloaded at
    Gdynia": "the equipment" (a collective noun with a determiner that refers back) stands for
    every system of the latest sentence before it that names any, within ANAPHOR_REACH; not
    "military equipment", nor "the equipment of the brigade" or "the equipment for the tanks",
    which say what they are."""
    if lemma_of(token) not in COLLECTIVE_NOUNS or token.pos_ != "NOUN":
        return []
    if not any(child.dep_ in ("det", "poss") and child.lower_ in ANAPHOR_DETERMINERS for child in token.children):
        return []
    if any(child.dep_ == "prep" and child.lower_ in ("of", "for") for child in token.children) \
            or any(word.i in context.mention_at for word in token.subtree):
        return []
    sentence = token.sent
    for _ in range(ANAPHOR_REACH):
        if sentence.start == 0:
            break
        sentence = context.doc[sentence.start - 1].sent
        named = []
        for mention in context.mentions:
            if sentence.start <= mention.start < sentence.end and mention.label_ not in named:
                named.append(mention.label_)
        if named:
            return named
    return []


def coordinated_antecedents(token: Token, context: DocContext) -> list[str]:
    """"Two types – the HIMARS and the M270 – reached the brigade ... these launchers now guard
    the coast": a plural description that refers back ("these aircraft", "the missiles") takes
    up every system of the coordination it reaches first, when each is of its kind; a single
    system named last ("the TB2 ... the Akinci jet. The jets") stays with ``antecedent``."""
    if token.pos_ != "NOUN" or not is_plural_noun(token) or not is_anaphoric_noun(token):
        return []
    if any(word.i in context.mention_at for word in token.subtree):
        return []
    latest = antecedent(token, context)
    if latest is None:
        return []
    wanted = kind_words_of(token) | two_word_kinds(token)
    mention = next((mention for mention in reversed(context.mentions)
                    if mention.start < token.i and mention.label_ == latest), None)
    if mention is None:
        return []   # a headline's description taken up by the name below it
    noun = mention.root
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    members = {noun.i} | {word.i for word in noun.conjuncts}
    named = []
    for other in context.mentions:
        if other.root.i in members and other.label_ not in named and kind_fits(other.kb_id_, wanted):
            named.append(other.label_)
    return named if len(named) >= 2 else []


def is_plural_noun(token: Token) -> bool:
    """A plural noun, also one whose plural looks singular ("these aircraft", "the three
    aircraft": a determiner or a count above one says so)."""
    return token.tag_ == "NNS" or "Plur" in token.morph.get("Number") or any(
        (child.dep_ == "det" and child.lower_ in PLURAL_DETERMINERS) or is_count_above_one(child)
        for child in token.children)


def is_count_above_one(word: Token) -> bool:
    """"three", "24": a number modifier that counts more than one."""
    return word.dep_ == "nummod" and word.lower_ not in ("one", "1")


def is_received_request(trigger: Trigger, noun: Token) -> bool:
    """"The request from Kyiv was received last week": a received request that names no system
    after "for" (not "a request for comment came")."""
    return trigger.status == REQUESTED and lemma_of(noun) in RECEIVED_REQUEST_NOUNS and not any(
        child.dep_ == "prep" and child.lower_ == "for" for child in noun.children)


def listed_with_latest(noun: Token, subject: str, context: DocContext) -> list[str]:
    """The other subjects coordinated or listed with the latest mention of ``subject`` before
    ``noun`` in an earlier sentence (a status noun taking them up together)."""
    mention = next((mention for mention in reversed(context.mentions)
                    if mention.label_ == subject and mention.end <= noun.sent.start), None)
    if mention is None:
        return []
    phrase = mention.root
    while phrase.dep_ in LIST_PATH_DEPS and phrase.head.i != phrase.i and phrase.head.pos_ != "VERB":
        phrase = phrase.head
    return coordinated_subjects(phrase, subject, context)


def coordinated_subjects(argument: Token, first: str, context: DocContext) -> list[str]:
    """Other subjects coordinated with the first one found in an argument phrase: conjuncts
    ("the Iskander-M launchers and the Tor-M2") or co-modifiers ("S-400 and Pantsir-S1
    systems"); not subjects inside a relative clause or a prepositional phrase."""
    def phrase_head(token: Token) -> Token:
        while token.dep_ in ("compound", "nmod", "amod", "punct") and token.i != argument.i:
            token = token.head
        return token

    first_heads = {phrase_head(token).i for token in argument.subtree
                   if token.i in context.mention_at
                   and context.mention_at[token.i].label_ == first}
    found = []
    for token in argument.subtree:
        mention = context.mention_at.get(token.i)
        if mention is None or mention.label_ == first or mention.label_ in found:
            continue
        head = phrase_head(token)
        if (head.dep_ == "conj" or head.i in first_heads or is_listed(token, argument)) \
                and not is_depicted(token, argument) and not in_relative_clause(token, argument):
            found.append(mention.label_)
    return found


def split_list_subjects(argument: Token, context: DocContext) -> list[str]:
    """"Two Krab guns, NASAMS launchers and a Caesar will arrive": the parser may split
    a subject list at its comma into a second subject of the same verb; that one's systems, and
    its conjuncts', are the list's too."""
    if argument.dep_ not in ("nsubj", "nsubjpass"):
        return []
    found = []
    for sibling in argument.head.children:
        if sibling.dep_ != argument.dep_ or sibling.i <= argument.i or sibling.left_edge.i == 0 \
                or argument.doc[sibling.left_edge.i - 1].text != "," \
                or sibling.left_edge.i - 1 - argument.right_edge.i not in (0, 1):
            continue   # only the next item, right after the comma that closes this one
        subject = subject_in(sibling, context)
        if subject is not None:
            found += [subject] + coordinated_subjects(sibling, subject, context)
    return found


def gapped_subjects(argument: Token, first: str, context: DocContext) -> list[str]:
    """"received the S-400 in 2019 and the Pantsir-S1 in 2021": the parser hangs the second
    object of a gapped coordination on the verb as a second direct object after "and"."""
    if argument.dep_ != "dobj":
        return []
    verb = argument.head
    joined = any(child.dep_ == "cc" and child.i > argument.i for child in verb.children)
    found = []
    for other in verb.children:
        if not joined or other.dep_ != "dobj" or other.i <= argument.i:
            continue
        mention = next((context.mention_at[word.i] for word in other.subtree if word.i in context.mention_at), None)
        if mention is not None and mention.label_ != first and mention.label_ not in found:
            found.append(mention.label_)
    return found


def is_listed(token: Token, argument: Token) -> bool:
    """True when ``token`` is one item of the argument's list ("18 sets of HIMARS, 20 ATACMS
    and some rockets"): every step up to the argument is a coordination, a modifier or an "of"."""
    while token.i != argument.i:
        if token.dep_ not in LIST_PATH_DEPS or (token.dep_ == "prep" and token.lower_ not in ("of", *LIST_PREPS)):
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def subject_left_of_subjectless(anchor: Token, context: DocContext) -> str | None:
    """For a finite verb the parser left without a subject ("The Patriot systems that Germany
    promised will arrive", parsed as a clause inside the relative clause): the nearest
    mention to its left in the sentence."""
    if anchor.dep_ in ("conj", "xcomp", "advcl", "acl", "relcl", "pcomp"):
        return None
    if any(child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for child in anchor.children):
        return None
    for mention in reversed(context.mentions):
        if anchor.sent.start <= mention.start and mention.end <= anchor.i:
            return mention.label_
    noun = dashed_off_subject(anchor)
    return antecedent(noun, context) if noun is not None and is_anaphoric_noun(noun) else None


def dashed_off_subject(anchor: Token) -> Token | None:
    """"The launchers—each one a truck of its own—were moved north": the noun that
    opens the sentence before a parenthetical set off by dashes, which the parser hangs inside
    the parenthetical, is the subject of the verb after it."""
    doc = anchor.doc
    before = doc[anchor.left_edge.i - 1] if anchor.left_edge.i > anchor.sent.start else None
    closing = next((child for child in anchor.children if child.dep_ == "punct" and child.text in DASHES
                    and child.i < anchor.i), None) or (before if before is not None and before.text in DASHES else None)
    if closing is None:
        return None
    for word in doc[anchor.sent.start:closing.i]:
        if word.text in DASHES:
            noun = doc[word.i - 1] if word.i > anchor.sent.start else None
            hung_inside = noun is not None and noun.dep_ in ("dep", "nsubj", "nsubjpass") \
                and word.i < noun.head.i < closing.i
            return noun if hung_inside and noun.pos_ == "NOUN" else None
    return None


def is_held_object(argument: Token) -> bool:
    """"we have them in place", "Poland has had them since May": the object pronoun of a
    possession verb is the system held."""
    return argument.dep_ == "dobj" and argument.lower_ in PARTITIVE_PRONOUNS \
        and lemma_of(argument.head) in POSSESSION_VERBS


def is_elliptical_number(token: Token) -> bool:
    """"Greece ordered 24 Rafale jets. The first six arrived on Wednesday", "Three have been
    delivered": a number without its noun as the subject, counting what was just named."""
    return token.tag_ == "CD" and token.like_num and token.dep_ in ("nsubj", "nsubjpass") and not any(
        child.dep_ in ("prep", "compound") for child in token.children)


def is_elliptical_object_number(token: Token) -> bool:
    """"We hope to receive 20 before May", "Germany will send 12 more", "Egypt ordered two from
    Berlin": a number without its noun as what is received, moved or bought, counting the system
    named before."""
    return token.tag_ == "CD" and token.like_num and token.dep_ == "dobj" \
        and lemma_of(token.head) in RECEIVING_VERBS | TRANSPORT_VERBS | plans.BUYING_VERBS and not any(
            child.dep_ in ("prep", "compound") for child in token.children)


def is_elliptical_ordinal(token: Token) -> bool:
    """"The first was handed to Egypt in 2016", "the second arrived in May", "a fourth will
    follow": an article and an ordinal without its noun as the subject, one of the systems just
    named."""
    # (the tagger may take "a third" for a noun, a fraction; a fraction has its "of" phrase)
    return token.lower_ in ELLIPTICAL_ORDINALS and token.pos_ in ("ADJ", "NOUN") and token.dep_ in ("nsubj", "nsubjpass") \
        and any(child.dep_ == "det" and child.lower_ in ("the", "a", "an") for child in token.children) \
        and not any(child.dep_ in ("prep", "compound", "amod") for child in token.children)


def is_counted_consignment(token: Token) -> bool:
    """"A further batch of six will arrive in 2026": a consignment of a bare number as the
    subject, counting the systems just named."""
    return lemma_of(token) in CONTAINER_NOUNS and token.dep_ in ("nsubj", "nsubjpass") and any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(
            obj.dep_ == "pobj" and obj.like_num and not any(True for _ in obj.children) for obj in prep.children)
        for prep in token.children)


def is_count_of_count(token: Token) -> bool:
    """"35 of the 36 have arrived": a number counted out of a bare number, as the subject."""
    return token.tag_ == "CD" and token.like_num and token.dep_ in ("nsubj", "nsubjpass") and any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(
            obj.dep_ == "pobj" and obj.like_num and obj.tag_ == "CD" for obj in prep.children)
        for prep in token.children)


def sole_system_before(token: Token, context: DocContext) -> str | None:
    """"The deal covered 24 aircraft, 12 of them handed over ... 6 come in March": a count
    whose sentence and the one before name no system, after a count of a system noun in that
    sentence before it, counts the one system the report has named so far (two named leave it
    open; so does a count after sentences about other things)."""
    sentence = token.sent
    earliest = context.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    if not any(lemma_of(word) in ANAPHOR_NOUNS and any(child.dep_ == "nummod" for child in word.children)
               for word in context.doc[earliest:token.i]):
        return None
    named = {mention.label_ for mention in context.mentions if mention.start < token.i}
    return named.pop() if len(named) == 1 else None


def latest_in_previous_sentence(token: Token, context: DocContext) -> str | None:
    """The latest subject named before ``token`` in its sentence or the one before it."""
    sentence = token.sent
    earliest = context.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return next((mention.label_ for mention in reversed(context.mentions)
                 if earliest <= mention.start < token.i), None)


def subject_in(argument: Token, context: DocContext) -> str | None:
    """The subject named (or referred back to) inside an argument phrase."""
    carried = carried_weapon(argument, context)
    if carried is not None:
        return carried
    nearest = None
    for token in argument.subtree:
        mention = context.mention_at.get(token.i)
        if mention is None or is_depicted(token, argument) or in_relative_clause(token, argument) \
                or in_ability_phrase(token, argument):
            continue
        depth = depth_below(token, argument)
        if nearest is None or depth < nearest[0]:
            nearest = (depth, mention.label_)
    if nearest is not None:
        return nearest[1]
    focused = focused_member(argument)
    if focused is not None and focused.i in context.mention_at:
        return context.mention_at[focused.i].label_   # "fighter jets, particularly F-16s"
    if argument.lower_ in ANAPHOR_PRONOUNS or is_held_object(argument):
        return antecedent(argument, context)
    if argument.lower_ in ELLIPTICAL_QUANTIFIERS and argument.dep_ in ("nsubj", "nsubjpass") \
            and not any(True for _ in argument.children):
        return antecedent(argument, context)   # "Ten tanks are in Ukraine. And more are coming."
    if is_elliptical_number(argument) or is_elliptical_object_number(argument) or is_elliptical_ordinal(argument) \
            or is_counted_consignment(argument) or is_count_of_count(argument):
        return latest_in_previous_sentence(argument, context) or sole_system_before(argument, context)
    # "the Oreshnik, which was deployed in December": the noun the relative clause modifies
    if argument.lower_ in RELATIVE_PRONOUNS and argument.head.dep_ == "relcl":
        noun = relative_antecedent(argument)
        mention = context.mention_at.get(noun.i)
        if mention is not None:
            return mention.label_
        return subject_in_phrase(noun, context)
    # "its first regiment": the regiment of the system mentioned last
    if lemma_of(argument) in UNIT_NOUNS and any(
            child.dep_ == "poss" and child.lower_ in ANAPHOR_POSSESSIVES for child in argument.children):
        return antecedent(argument, context)
    for token in argument.subtree:
        if is_anaphoric_noun(token) and not is_depicted(token, argument) \
                and not in_relative_clause(token, argument):
            return antecedent(token, context)
    # "the first of them", "two of them": the pronoun's referent; "two of the three units",
    # "17 of the UAVs": the referent of the noun they are counted from
    for child in argument.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and (obj.lower_ in PARTITIVE_PRONOUNS
                                           or (is_counted_part(argument) and is_anaphoric_noun(obj))):
                    return antecedent(obj, context)
    partitive = partitive_relative_antecedent(argument)
    if partitive is not None:
        return context.mention_at[partitive.i].label_ if partitive.i in context.mention_at \
            else subject_in_phrase(partitive, context)
    return fragment_subject(argument, context)


def partitive_relative_antecedent(argument: Token) -> Token | None:
    """"The M777 howitzers, the first of which arrived in May", "60 tanks, 31 of which have
    arrived": a count or rank "of which" that opens a relative clause is a part of the noun
    the clause modifies."""
    clause = argument.head
    if clause.dep_ != "relcl" or argument.dep_ not in ("nsubj", "nsubjpass") or not is_counted_part(argument):
        return None
    for child in argument.children:
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                obj.dep_ == "pobj" and obj.lower_ in RELATIVE_PRONOUNS for obj in child.children):
            return clause.head
    return None


def fragment_subject(argument: Token, context: DocContext) -> str | None:
    """"The air force's (SP) second pair of FA-50PL (Fighting Eagle) Lot 2s arrived in Poland":
    the parser cut the subject at a parenthesis into a verbless fragment, taken for a sentence
    of its own, and a bare designation ("Lot 2s") that opens the clause; the system is the last
    one the fragment names."""
    sentence = argument.sent
    if argument.dep_ not in ("nsubj", "nsubjpass") or argument.left_edge.i != sentence.start \
            or sentence.start == 0 or any(child.dep_ == "det" for child in argument.children):
        return None
    fragment = argument.doc[sentence.start - 1].sent
    closed = fragment[-1].is_bracket and fragment[-1].is_right_punct   # ")" or "]"
    if not closed or any(token.pos_ in ("VERB", "AUX") for token in fragment):
        return None
    return next((context.mention_at[token.i].label_ for token in reversed(fragment)
                 if token.i in context.mention_at), None)


def is_counted_part(token: Token) -> bool:
    """"two", "the first", "some", "all": a count or a rank that picks a part of a whole."""
    return token.like_num or token.pos_ in ("NUM", "PRON", "DET") or lemma_of(token) in RANK_WORDS \
        or token.lower_ in PARTITIVE_PRONOUNS


# "fighter jets, particularly F-16s": a member named after a focusing adverb (claimledger/lexicon/events.json)
FOCUS_ADVERBS = frozenset(EVENT_WORDS["focus_adverbs"])
FOCUS_REACH = 6   # tokens between a noun and the member named after it


def focused_member(noun: Token) -> Token | None:
    """The name a focusing adverb puts after a noun ("to supply fighter jets to his nation,
    particularly F-16s"), wherever the parser hangs it: the first name behind the adverb."""
    if lemma_of(noun) not in ANAPHOR_NOUNS:
        return None
    doc = noun.doc
    for adverb in doc[noun.i + 1: min(len(doc), noun.i + FOCUS_REACH)]:
        if adverb.lower_ in FOCUS_ADVERBS and adverb.i + 1 < len(doc) and doc[adverb.i - 1].text == ",":
            member = doc[adverb.i + 1]
            return member if member.pos_ == "PROPN" else None
    return None


LIST_OBJECT_DEPS = {"dobj", "pobj", "npadvmod"}


def relative_list_subjects(pronoun: Token, context: DocContext) -> list[str]:
    """"shot down two Iskander-M ..., two Kh-59 missiles and 15 drones that Russia
    fired": a relative clause on the last item of a list, where that item names no
    system, is read over the whole list (the objects of one verb and their conjuncts)."""
    if pronoun.lower_ not in RELATIVE_PRONOUNS or pronoun.head.dep_ != "relcl":
        return []
    noun = relative_antecedent(pronoun)
    if noun.dep_ != "conj" or any(token.i in context.mention_at for token in noun.subtree
                                  if not in_relative_clause(token, noun)):
        return []
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    items = [first]
    if first.dep_ in LIST_OBJECT_DEPS:   # the parser may give the list's items different labels
        items += [sibling for sibling in first.head.children if sibling.dep_ in LIST_OBJECT_DEPS
                  and sibling.i < first.i and sibling.pos_ in ("NOUN", "PROPN")]
    found = []
    for item in items:
        for token in item.subtree:
            mention = context.mention_at.get(token.i)
            if mention is not None and mention.label_ not in found and not in_relative_clause(token, item) \
                    and not is_depicted(token, item):
                found.append(mention.label_)
    return found


def counted_objects_of_launch(verb: Token) -> list[Token]:
    """"Russia had launched in total four Iskander-M missiles": the parser may hang the counted
    object of a launch on the "in" of "in total" or "in all"; a counted noun there is what was
    launched ("launched in two waves" names no system)."""
    if lemma_of(verb) not in LAUNCH_VERBS:
        return []
    return [obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
            for obj in prep.children if obj.dep_ == "pobj" and any(child.dep_ == "nummod" for child in obj.children)]


def described_systems(argument: Token, context: DocContext) -> list[str]:
    """"Moscow to supply combat aircraft to Tehran" over a report that names the Su-35 and the
    Mi-28, "several combat aircraft" in its lead: a headline's or a lead's
    description of a kind, before any system is named, takes up the systems of that kind named
    from the first sentence naming any on (a report naming one system of the kind is left to
    ``antecedent``). In a headline the noun may be singular in form ("aircraft"), as long as it
    has no article."""
    if any(token.i in context.mention_at for token in argument.subtree):
        return []   # the argument names its system
    for token in argument.subtree:
        if token.pos_ != "NOUN" or not (is_in_headline(token) or is_in_lead(token)):
            continue
        if in_relative_clause(token, argument) or is_depicted(token, argument):
            continue
        if any(child.dep_ in ("det", "poss") for child in token.children):
            continue   # "a ...", "the ...": one system, or one taken up from before
        if not has_describing_modifier(token) or lemma_of(token) not in ANAPHOR_NOUNS:
            continue   # "Russian military aircraft" describes; "20 drones" alone is left to antecedent
        wanted = kind_words_of(token)
        if not wanted or any(mention.start < token.i and kind_fits(mention.kb_id_, wanted)
                             for mention in context.mentions):
            return []
        if len({mention.label_ for mention in context.mentions if kind_fits(mention.kb_id_, wanted)}) < 2:
            return []
        found = []
        for mention in first_naming_sentence(token, wanted, context):
            if mention.label_ not in found:
                found.append(mention.label_)
        return found
    return []


def first_naming_sentence(token: Token, wanted: set[str], context: DocContext) -> list:
    """The mentions of the kind ``wanted`` within ANAPHOR_REACH sentences from the first sentence
    after ``token`` that names one: what a lead's description stands for ("Italy has handed over
    cruise missiles ... Storm Shadow is ...": not the Taurus a call for more names much later;
    "to deliver anti-aircraft systems ... NASAMS ... IRIS-T" two sentences on: both)."""
    fitting = [mention for mention in context.mentions if mention.start > token.i and kind_fits(mention.kb_id_, wanted)]
    if not fitting:
        return []
    sentence = fitting[0].root.sent
    for _ in range(ANAPHOR_REACH - 1):
        if sentence.end >= len(context.doc):
            break
        sentence = context.doc[sentence.end].sent
    return [mention for mention in fitting if mention.start < sentence.end]


def relative_object_of_report(verb: Token) -> list[Token]:
    """"the missile which Britain confirmed it would send": the parser hangs the relative
    pronoun on the reporting verb of the relative clause; it is the object of the clause that
    verb reports, when that clause has none of its own."""
    if verb.dep_ != "ccomp" or verb.head.dep_ != "relcl":
        return []
    return [child for child in verb.head.children
            if child.dep_ == "dobj" and child.lower_ in RELATIVE_PRONOUNS and child.i < verb.head.i]


def relative_gap_object(verb: Token) -> list[Token]:
    """"the launchers that the Army deployed to Luzon": a relative clause with a subject of its
    own and no object (the parser may take "that" for a conjunction) has its noun as object."""
    if verb.dep_ != "relcl" or is_passive(verb) or any(child.dep_ in ("dobj", "nsubjpass") for child in verb.children):
        return []
    if not any(child.dep_ == "nsubj" and child.lower_ not in RELATIVE_PRONOUNS for child in verb.children):
        return []
    # only behind a relative word: "the system it supplied to Kyiv has arrived" repeats the
    # main clause's arrival, and the corpora count it once
    if not any(child.lower_ in RELATIVE_PRONOUNS and child.i < verb.i for child in verb.children):
        return []
    return [verb.head]


def relative_antecedent(pronoun: Token) -> Token:
    """The noun a relative pronoun stands for: the one the clause modifies, or the noun right
    before the pronoun inside that noun's phrase ("the use of the missile which ...": the missile,
    where the parser hangs the clause on "use")."""
    noun = pronoun.head.head
    left = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if left is not None and left.pos_ in ("NOUN", "PROPN") and noun.is_ancestor(left):
        return left
    if noun.ent_type_ in DATE_TYPES and noun.dep_ == "pobj":
        # "bought its first units in 2009, which entered service in 2013": the parser
        # hangs the clause on the time that ends the clause before it; a time holds no system,
        # so the pronoun stands for that clause's object
        verb = noun.head.head
        return next((child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")), noun)
    return noun


def in_relative_clause(token: Token, top: Token) -> bool:
    """"The Typhon, which can fire SM-6 missiles, was deployed": SM-6 belongs to the
    relative clause, not to the argument; so does a mention in a finite clause that completes
    a noun ("received news that the deliveries of the jets would ...")."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "relcl" or (token.dep_ in ("acl", "ccomp") and is_finite_clause(token)):
            return True
        token = token.head
    return False


def is_ability_gerund(clause: Token) -> bool:
    """"capable of carrying", "capable of firing": a gerund after "of" on an ability adjective
    states a capability."""
    prep = clause.head
    return clause.dep_ == "pcomp" and clause.tag_ == "VBG" and prep.lower_ == "of" \
        and prep.head.pos_ == "ADJ" and lemma_of(prep.head) in ABILITY_WORDS


def in_ability_phrase(token: Token, top: Token) -> bool:
    """"bombers capable of carrying nuclear weapons", "warships able to fire Kalibr missiles":
    what a noun can carry or fire, named in its ability adjective, is not the noun itself."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "amod" and token.pos_ == "ADJ" and lemma_of(token) in ABILITY_WORDS:
            return True
        token = token.head
    return False


def is_finite_clause(verb: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") or (child.dep_ == "mark" and child.lower_ == "that")
               for child in verb.children)


def carried_weapon(argument: Token, context: DocContext) -> str | None:
    """"MiG-31K jets carrying Kinzhal missiles struck", "bombers armed with Kh-101 missiles":
    the tracked weapon a carrier bears is what the clause is about, not the carrier."""
    for clause in argument.children:
        if clause.dep_ != "acl" or lemma_of(clause) not in CARRYING_VERBS:
            continue
        objects = [child for child in clause.children if child.dep_ == "dobj"] + [
            obj for prep in clause.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for obj in prep.children if obj.dep_ == "pobj"]
        for obj in objects:
            mention = next((context.mention_at[token.i] for token in obj.subtree if token.i in context.mention_at), None)
            if mention is not None:
                return mention.label_
    return None


def subject_in_phrase(noun: Token, context: DocContext) -> str | None:
    """A mention among a noun's own modifiers ("the Patriot batteries", "Oreshnik systems")."""
    for child in noun.children:
        if child.i in context.mention_at and child.dep_ in ("compound", "nmod", "amod", "poss"):
            return context.mention_at[child.i].label_
    return antecedent(noun, context) if is_anaphoric_noun(noun) else None


def is_anaphoric_noun(token: Token) -> bool:
    if lemma_of(token) not in ANAPHOR_NOUNS or token.pos_ != "NOUN" or names_another_system(token):
        return False
    if is_abstract_system(token) or is_superlative_class(token):
        return False
    if lemma_of(token) in HOLDING_NOUNS and any(
            child.dep_ == "prep" and child.lower_ == "of" for child in token.children):
        return False   # "the shipment of artillery shells", "the rest of the world" name what they hold
    # "the jets", "these missiles"; or counted, as a delivery counts them ("64 missiles",
    # "more than 10 aircraft")
    return any((child.dep_ in ("det", "poss", "amod", "predet") and child.lower_ in ANAPHOR_DETERMINERS)
               or child.dep_ == "nummod" for child in token.children) or has_vague_count(token) \
        or is_headline_description(token) \
        or has_holder_possessive(token) \
        or is_unit_of_described_system(token) or is_bare_kind_description(token) \
        or is_lead_indefinite_description(token) or is_held_by_determined_container(token) \
        or is_further_consignment(token) or is_one_more_unit(token)


def is_one_more_unit(token: Token) -> bool:
    """"a second battery follows in May", "another launcher arrived": one more
    unit of the system just named, counted by an ordinal after "a" or by "another" ("a first
    battery" introduces one; "the second battery" already refers back)."""
    if token.tag_ != "NN" or lemma_of(token) not in UNIT_NOUNS:
        return False
    if any(child.dep_ == "det" and child.lower_ in FURTHER_WORDS for child in token.children):
        return True
    return any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in token.children) and any(
        child.dep_ == "amod" and child.lower_ in ELLIPTICAL_ORDINALS and child.lower_ != "first"
        for child in token.children)


def is_further_consignment(token: Token) -> bool:
    """"a further batch", "another consignment": one more consignment of the system just
    named; a plural ("more units") counts things of no kind the clause names."""
    return lemma_of(token) in CONTAINER_NOUNS and token.tag_ == "NN" and any(
        child.dep_ in ("det", "amod") and child.lower_ in FURTHER_WORDS for child in token.children)


def is_held_by_determined_container(token: Token) -> bool:
    """"the first batch of jets", "this shipment of tanks", "the detachment of aircraft": the
    bare plural a determined consignment holds refers back as "the jets" would ("a batch of
    jets" introduces one)."""
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.dep_ != "prep":
        return False
    if token.tag_ != "NNS" and any(child.dep_ == "det" for child in token.children):
        return False   # a bare noun of one form for both numbers counts: "a detachment of aircraft"
    container = token.head.head
    return lemma_of(container) in CONTAINER_NOUNS and any(
        child.dep_ in ("det", "poss") and child.lower_ in ANAPHOR_DETERMINERS for child in container.children)


def is_superlative_class(token: Token) -> bool:
    """"requiring the most advanced platforms": a class ranked by a superlative, not the system
    named before."""
    return any(child.dep_ == "amod" and any(word.tag_ == "RBS" for word in child.children)
               for child in token.children)


def is_abstract_system(token: Token) -> bool:
    """"the political system", "a new tax system": a system of a state or a trade, no weapon."""
    return any(child.dep_ in ("amod", "compound") and child.lower_ in ABSTRACT_SYSTEM_MODIFIERS
               for child in token.children)


def has_holder_possessive(token: Token) -> bool:
    """"Ukraine's new jets", "Kyiv's tanks": a country or its capital named as the holder picks
    out the systems it was said to get, as "its" does."""
    return any(child.dep_ == "poss" and (child.ent_type_ == "GPE" or (
        child.pos_ == "PROPN" and place_name(child, facilities=False) is not None)) for child in token.children)


def is_lead_indefinite_description(token: Token) -> bool:
    """"Russia said it hit an M-777 gun with a kamikaze drone": a modified
    indefinite description of a kind, in a report's lead, before the report names the system."""
    return any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in token.children) \
        and has_describing_modifier(token) and bool(kind_words_of(token)) and is_in_lead(token)


def is_described_kind(token: Token) -> bool:
    """"a kamikaze drone", "288 artillery rocket launchers", "the kamikaze drone": a
    description that says more than the bare noun ("the vehicles" only refers back)."""
    return has_describing_modifier(token) or not any(child.lower_ in ANAPHOR_DETERMINERS for child in token.children)


def has_describing_modifier(token: Token) -> bool:
    """"kamikaze" in "a kamikaze drone", "artillery" in "rocket launchers": an adjective or noun
    before it (the parser makes the first of two coordinated nouns a "nmod": "a surveillance and
    reconnaissance drone")."""
    return any(child.dep_ in ("amod", "compound", "nmod") and child.pos_ in ("ADJ", "NOUN") and child.i < token.i
               for child in token.children)


def is_in_lead(token: Token) -> bool:
    """True for a token in the report's first LEAD_SENTENCES sentences; a time stamp or a
    dateline without a verb ("TEHRAN, Nov. 29 (Xinhua) --") is not one of them."""
    sentences = (sent for sent in token.doc.sents if any(word.pos_ in ("VERB", "AUX") for word in sent))
    return any(sent.start <= token.i < sent.end for sent in itertools.islice(sentences, LEAD_SENTENCES))


def is_bare_kind_description(token: Token) -> bool:
    """"supplied Russia with ballistic missiles, which Moscow has been using": a bare plural
    that names a specific kind (ballistic, cruise, anti-ship) describes the system of that kind
    the report names; "missiles" alone names none."""
    if token.tag_ != "NNS" or any(child.dep_ in ("det", "poss") for child in token.children):
        return False
    verb = token.head
    if token.dep_ == "dobj" and any(lemma_of(word) in TARGET_VERBS for word in (verb, *verb.children, verb.head)
                                    if word.i == verb.i or word.dep_ == "conj" or verb.dep_ == "conj"):
        return False   # "spot and stop incoming rockets": the target
    return any(child.dep_ in ("amod", "compound") and hyphenated_word(child) in BARE_DESCRIPTION_KINDS
               for child in token.children)


def is_unit_of_described_system(token: Token) -> bool:
    """"the first system elements", "the missile batteries": the description names the kind of
    the units the determiner picks out, so it refers back as the units do."""
    head = token.head
    return token.dep_ == "compound" and head.pos_ == "NOUN" and lemma_of(head) in UNIT_NOUNS and any(
        child.dep_ in ("det", "poss") and child.lower_ in ANAPHOR_DETERMINERS for child in head.children)


def is_headline_description(token: Token) -> bool:
    """"Italy to ship long-range rockets to Kyiv": a headline describes the system its
    report names below, with a modifier and no article."""
    return (token.tag_ == "NNS" and any(child.dep_ in ("amod", "compound") for child in token.children)
            and not any(child.dep_ == "det" for child in token.children) and is_in_headline(token))


def is_in_headline(token: Token) -> bool:
    """True for a token on a report's first line when that line is not a sentence."""
    text = doc_text(token.doc)
    line_end = text.find("\n")
    if line_end < 0 or token.idx >= line_end:
        return False
    return text[:line_end].rstrip()[-1:] not in (".", "!", "?")


def is_title_line(token: Token) -> bool:
    """True for a token on a line in title case without closing punctuation, a headline
    repeated below a report's first line ("Oslo, June 3 – Norway to Get Launchers Early")."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    if not line or line[-1] in ".!?\"”":
        return False
    words = [word for word in line.split() if word[:1].isalpha() and len(word) > 3]
    return len(words) >= 3 and sum(word[0].isupper() for word in words) * 4 >= len(words) * 3


NATIONALITY_LABELS = {"NORP", "GPE"}   # "the Russian system", "the US system": still a description


def names_another_system(noun: Token) -> bool:
    """"the Common Anti-air Modular Missile-based system", "the Narew system": a name before
    the noun makes it a system of its own (one off the list), not a description of one named
    before; so does a name set beside it that is no tracked system ("its indigenous air
    defence system, Project Kusha")."""
    modifiers = [token for child in noun.children if child.dep_ in ("compound", "nmod", "amod")
                 for token in child.subtree]
    if has_untracked_name_beside(noun):
        return True
    return any(token.pos_ == "PROPN" and (token.is_title or token.is_upper)
               and token.ent_type_ not in NATIONALITY_LABELS and not is_force_name_word(token)
               for token in modifiers)


def is_force_name_word(token: Token) -> bool:
    """"Army" in "US Army tanks", "United" in "the United States Air Force aircraft": a word of
    the name of the force that holds the systems (a compound chain up to its force noun, or an
    entity that holds one), no name of a system of its own."""
    word = token
    while not is_force_noun(word):
        if word.dep_ != "compound" or word.head.i == word.i:
            return in_force_entity(token)
        word = word.head
    return True


def in_force_entity(token: Token) -> bool:
    """"US" in "US Navy jets", which the parser hangs on the noun: a word of a named entity
    whose later words hold a force noun."""
    doc = token.doc
    if not token.ent_type_:
        return False
    j = token.i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        if is_force_noun(doc[j]):
            return True
        j += 1
    return False


def has_untracked_name_beside(noun: Token) -> bool:
    """"its indigenous air defence system, Project Kusha": a name in apposition, set off by a
    comma, that no tracked system's mention covers."""
    doc = noun.doc
    return any(child.dep_ == "appos" and child.pos_ == "PROPN" and child.is_title and child.i > noun.i
               and doc[child.left_edge.i - 1].text == "," and not in_subject_mention(child)
               for child in noun.children)


def antecedent(token: Token, context: DocContext) -> str | None:
    """The latest subject mention before ``token`` within ANAPHOR_REACH sentences."""
    earliest = token.sent.start
    sentence = token.sent
    for _ in range(ANAPHOR_REACH):
        if sentence.start == 0:
            break
        sentence = context.doc[sentence.start - 1].sent
        earliest = sentence.start
    wanted = kind_words_of(token) | two_word_kinds(token)
    named_after = name_right_after(token, wanted, context)
    if named_after is not None:
        return named_after   # "infantry fighting vehicles Marder": the name the noun runs into
    if is_contrastive_other(token):
        return None   # "the other air defence systems": not the ones named
    if token.lower_ in PLURAL_PRONOUNS and follows_people_subject(token):
        return None   # "Russian soldiers trained on the Pantsir-S1. They were later sent ...": the soldiers
    blocker = latest_other_referent(token, earliest, context)
    if blocker is not None:   # "the Narew, a short-range system ... Its first launchers": not ours
        if not any(blocker < mention.start < token.i for mention in context.mentions):
            return None
        earliest = blocker
    earlier = [mention for mention in reversed(context.mentions)
               if earliest <= mention.start < token.i and kind_fits(mention.kb_id_, wanted)]
    earlier = [mention for mention in earlier if not is_lineage_mention(mention)] or earlier
    # "the batteries" takes up "two Patriot batteries" before a later "a THAAD unit"; of
    # several such, the salient one ("the Rafale jets were escorted by two Su-30 jets ... the jets";
    # "UK Challenger 2 tanks" in a headline does not beat "18 Leopard 2 tanks ... the tanks")
    same_noun = [mention for mention in earlier if holds_noun(mention, lemma_of(token))]
    if same_noun:
        return salient_mention(same_noun, token, earlier).label_
    if has_vague_count(token):
        return None   # "the Arrow system ... several missiles fired at it": the other side's
    if earlier:
        return salient_mention(earlier, token).label_
    # a generic description ("the jets") further on still means the system named before it
    # when it is the only one of its kind the report has named
    before = {mention.label_ for mention in context.mentions
              if mention.start < token.i and kind_fits(mention.kb_id_, wanted)}
    if not before and (is_in_headline(token) or (wanted and is_in_lead(token) and is_described_kind(token))):
        # a headline's or a lead's description comes before the name: the one system of its
        # kind below ("signed an agreement to buy 288 rocket launchers ... the Chunmoo")
        # a name offered as one of the alternatives of a question ("investigators will find out
        # whether an Iskander-M or an S-300 hit the pier") says what the description may be
        below = [mention for mention in context.mentions if kind_fits(mention.kb_id_, wanted)
                 and not is_in_alternative_question(mention.root)]
        if any(is_beside_unnamed_system(mention, token, context) for mention in below):
            return None   # "its defense systems and Patriot batteries" below: the kind holds more than the name
        before = {mention.label_ for mention in below}
        if len(before) > 1:
            # several of its kind below: the one the next sentence names, when it names one
            # ("received its first laser air-defense system. Dubbed Iron Beam, ..."; not "20
            # drones ... Most were Shahed drones; a few were Lancet drones")
            following = set()
            if token.sent.end < len(context.doc):
                next_sentence = context.doc[token.sent.end].sent
                following = {mention.label_ for mention in context.mentions
                             if token.i < mention.start < next_sentence.end and kind_fits(mention.kb_id_, wanted)}
            if len(following) == 1:
                return following.pop()
    if not before and wanted and is_definite_description(token):
        # "The tanks, which arrived on Wednesday, ..." before the report names "87 M1 Abrams
        # tanks": a definite description with nothing of its kind named before it means the one
        # system of its kind the report names after it
        before = {mention.label_ for mention in context.mentions
                  if mention.start > token.i and kind_fits(mention.kb_id_, wanted)}
    # "the system", "the complex": no kind, so only when the report has named one system so far;
    # so is "they" in a quotation that goes on about the one system named ("Now that they're
    # coming, we'll act", said after several sentences of quotation)
    if len(before) == 1 and (wanted or token.pos_ == "NOUN" or is_quoted(token, context)):
        return before.pop()
    return None


def name_right_after(noun: Token, wanted: set[str], context: DocContext) -> str | None:
    """"About 40 infantry fighting vehicles Marder arrived": a name of the noun's kind that
    follows it with no comma between, which the parser leaves outside the noun's phrase, is the
    noun's own name, nearer than any named before."""
    mention = context.mention_at.get(noun.i + 1)
    if noun.pos_ != "NOUN" or mention is None or mention.start != noun.i + 1 or not kind_fits(mention.kb_id_, wanted):
        return None
    return mention.label_


def is_contrastive_other(noun: Token) -> bool:
    """"The other air defence systems promised are on the way": "other" with no count sets the
    systems apart from those just named ("the other four units", a count, are the rest of a
    whole already counted, and "another battery" is one more of the same)."""
    return any(child.dep_ == "amod" and child.lower_ == "other" for child in noun.children) \
        and not any(child.dep_ == "nummod" for child in noun.children)


def is_beside_unnamed_system(mention: Span, description: Token, context: DocContext) -> bool:
    """"withdraws its defence systems and Patriot batteries": a name coordinated with a noun of
    the description's own (its noun and a word of its compound: "defense systems" for "missile
    defense systems") that names nothing, so the description may mean both ("the NASAMS and new
    radar systems" leaves a missile defence description to the NASAMS)."""
    root = mention.root
    nouns = [word for word in root.children if word.dep_ == "conj"]
    if root.dep_ == "conj":
        nouns.append(root.head)
    wanted = compound_words(description)
    return any(word.pos_ == "NOUN" and lemma_of(word) == lemma_of(description) and word.i not in context.mention_at
               and compound_words(word) & wanted for word in nouns)


def compound_words(noun: Token) -> set[str]:
    """The nouns of a noun's compound ("missile", "defense" in "missile defense systems")."""
    return {lemma_of(word) for child in noun.children if child.dep_ == "compound"
            for word in child.subtree if word.pos_ in ("NOUN", "PROPN")}


def has_vague_count(noun: Token) -> bool:
    """"several missiles": a count with no number. It counts only a system named before it with
    its own noun ("SCALP missiles ... several missiles"), never one named after it nor one named
    with another noun (a count of an attacker's missiles after "the Arrow system")."""
    return any(child.dep_ == "amod" and child.lower_ in VAGUE_COUNTS for child in noun.children)


def is_definite_description(token: Token) -> bool:
    """"the tanks", "these jets", "their aircraft": a noun a determiner or possessive makes
    definite."""
    return token.pos_ == "NOUN" and any(child.dep_ in ("det", "poss") and child.lower_ in ANAPHOR_DETERMINERS
                                        for child in token.children)


def holds_noun(mention: Span, lemma: str) -> bool:
    """Whether a mention's phrase has ``lemma`` for its noun ("Scud missile" for "the missiles")
    or for a noun beside that one ("Patriot missile batteries": "the missiles" takes them up as
    it takes up "a Scud missile")."""
    noun = mention.root.head if mention.root.dep_ == "compound" else mention.root
    return lemma_of(noun) == lemma or any(
        child.dep_ == "compound" and lemma_of(child) == lemma for child in noun.children)


def is_in_alternative_question(token: Token) -> bool:
    """"whether an Iskander-M or an S-300 hit the pier": a word in a clause that a question word
    opens, or in an indirect question a verb of telling governs."""
    word = token
    while word.head.i != word.i:
        if any(child.dep_ == "mark" and child.lower_ in INDIRECT_QUESTION_WORDS for child in word.children):
            return True
        word = word.head
    return is_in_question_phrase(token)


def salient_mention(earlier: list, token: Token, fitting: list | None = None):
    """Of the mentions before an anaphor, latest first, the one it takes up: the latest, unless
    that one is named inside a prepositional phrase of an earlier sentence whose subject names
    another ("the J-10C is a jet, says a report on a force reliant on JF-17s and F-16s. The
    planes were inducted ...": the J-10C). The subject is looked for among all ``fitting``
    mentions, also when ``earlier`` holds only those with the anaphor's noun ("JF-17 jets ...
    these jets" still means the J-10C its sentence is about)."""
    latest = earlier[0]
    sentence = latest.root.sent
    if sentence.start == token.sent.start or not is_in_prepositional_phrase(latest.root):
        return latest
    subject = next((mention for mention in (fitting or earlier) if mention.root.sent.start == sentence.start
                    and is_clause_subject(mention.root)), None)
    return subject or latest


def is_in_prepositional_phrase(word: Token) -> bool:
    """Whether a mention's head is the object of a preposition, or a conjunct of one."""
    while word.dep_ in ("conj", "compound", "appos", "nmod") and word.head.i != word.i:
        word = word.head
    return word.dep_ == "pobj"


def is_clause_subject(word: Token) -> bool:
    """Whether a mention's head is (or names, as a compound) the subject of its clause."""
    while word.dep_ == "compound" and word.head.i != word.i:
        word = word.head
    return word.dep_ in ("nsubj", "nsubjpass")


def latest_other_referent(token: Token, earliest: int, context: DocContext) -> int | None:
    """The index of the latest thing before ``token`` (from ``earlier``) that a reference may
    mean instead of a tracked system: a system named off the list ("the Narew, a short-range
    system"), and for "they" or "them" people ("the crews", "troops")."""
    plural = token.lower_ in PLURAL_PRONOUNS
    nouns = context.referent_noun_positions   # any other word is passed over below
    for i in reversed(nouns[bisect_left(nouns, earliest):bisect_left(nouns, token.i)]):
        word = context.doc[i]
        if word.pos_ != "NOUN" or word.i in context.mention_at:
            continue
        if plural and word.tag_ == "NNS" and lemma_of(word) in PERSON_NOUNS:
            return word.i
        if lemma_of(word) in ANAPHOR_NOUNS and is_off_list_system(word, context):
            return word.i
    return None


def follows_people_subject(pronoun: Token) -> bool:
    """True when the sentence before a pronoun's (or its own, before it) has people as its
    subject ("Russian soldiers trained ...", "the pilots"): a "they" after it is them."""
    sentence = pronoun.sent
    previous = pronoun.doc[sentence.start - 1].sent if sentence.start > 0 else None
    words = [word for span in (previous, pronoun.doc[sentence.start:pronoun.i]) if span is not None for word in span]
    return any(word.dep_ in ("nsubj", "nsubjpass", "ROOT") and word.tag_ == "NNS" and lemma_of(word) in PERSON_NOUNS
               for word in words)


def is_off_list_system(noun: Token, context: DocContext) -> bool:
    """"the Narew, a short-range system": a system noun set beside a name that is no tracked
    subject. (A name before the noun, "the Patriot Configuration 3+ batteries", may be a
    tracked system's form the subject list does not hold, so it blocks nothing.)"""
    if any(word.i in context.mention_at for word in noun.subtree):
        return False
    head = noun.head
    return noun.dep_ == "appos" and head.pos_ == "PROPN" and head.i not in context.mention_at \
        and head.ent_type_ not in NATIONALITY_LABELS


def paired_antecedents(token: Token, context: DocContext) -> list[str]:
    """"Both systems are stationed near Ankara", "Both have been used": the two systems the
    latest sentence that names two (this one included, before the word) names; or the one
    system of two units ("will send two more IRIS-T systems. Both are due ...")."""
    if not (token.lower_ in PAIR_WORDS or any(child.dep_ in ("det", "predet", "preconj")
                                               and child.lower_ in PAIR_WORDS for child in token.children)):
        return []
    if any(word.i in context.mention_at for word in token.subtree):
        return []
    if token.pos_ == "NOUN" and lemma_of(token) not in ANAPHOR_NOUNS:
        return []   # "both incidents", "both countries": not systems
    wanted = kind_words_of(token) if token.pos_ == "NOUN" else set()
    sentence = token.sent
    for _ in range(ANAPHOR_REACH):
        named = []
        for mention in context.mentions:
            if sentence.start <= mention.start < min(sentence.end, token.i) and mention.label_ not in named \
                    and kind_fits(mention.kb_id_, wanted):
                named.append(mention.label_)
        if len(named) >= 2:
            return named[-2:]
        if named:
            return named
        if sentence.start == 0:
            break
        sentence = context.doc[sentence.start - 1].sent
    return []


def is_lineage_mention(mention: Span) -> bool:
    """"an upgrade to the S-300 family", "a variant of the HQ-9": the system another one
    descends from."""
    root = mention.root
    while root.dep_ in ("compound", "amod") and root.head.i != root.i:
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and prep.dep_ == "prep" and lemma_of(prep.head) in LINEAGE_NOUNS


def is_quoted(token: Token, context: DocContext) -> bool:
    """Whether a quotation's span holds the token."""
    return any(quote["span"][0] <= token.idx < quote["span"][1] for quote in context.quotes)


def kind_words_of(anaphor: Token) -> set[str]:
    """What an anaphor says about its referent's kind: "the missile complex" -> missile;
    "the anti-aircraft system" -> anti-aircraft (what it fights is not what it is)."""
    words = {lemma_of(anaphor)} | {hyphenated_word(child) for child in anaphor.children
                                   if child.dep_ in ("compound", "amod")}
    return {word for word in words if word in ANAPHOR_KINDS}


def two_word_kinds(anaphor: Token) -> set[str]:
    """"air defense systems": a kind named by two words, the first a compound of the second; it
    narrows the systems a reference may take up (never a rocket launcher), and licenses none."""
    words = {f"{first.lower_}-{child.lower_}" for child in anaphor.children if child.dep_ in ("compound", "amod")
             for first in child.children if first.dep_ == "compound"}
    return {word for word in words if word in ANAPHOR_KINDS}


def hyphenated_word(token: Token) -> str:
    """The lower-cased word a token ends, across a hyphen the tokenizer split ("anti-aircraft")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
            and not doc[token.i - 2].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return lemma_of(token)


def kind_fits(kind: str, wanted: set[str]) -> bool:
    """True when a subject's kind ("main battle tank") allows the anaphor's words ("missile")."""
    kind = kind.lower()
    return all(any(part in kind for part in ANAPHOR_KINDS[word]) for word in wanted)


def depth_below(token: Token, top: Token) -> int:
    depth = 0
    while token.i != top.i and token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def is_depicted(token: Token, top: Token) -> bool:
    """True for the system in "a model of the Oreshnik": a depiction, not the system."""
    while token.i != top.i and token.head.i != token.i:
        token = token.head
        if lemma_of(token) in DEPICTION_NOUNS:
            return True
    return False


# --- location ---------------------------------------------------------------------------

def is_prefixed_site(token: Token) -> bool:
    """A base the lexicon names, after its service's prefix ("RAF Lakenheath", "NAS Sigonella")."""
    return token.text in MILITARY_SITES and any(
        child.dep_ == "compound" and child.lower_ in SITE_PREFIXES for child in token.children)


# "at Tapa", "into Adazi", "near Rukla": the prepositions after which a listed base's bare name
# is the base (claimledger/lexicon/events.json, claimledger/lexicon/cues.json)
SITE_PREPS = DESTINATION_PREPS | frozenset(lexicon().cues["incident"]["place_preps"])


def is_bare_site_after_preposition(token: Token) -> bool:
    """"arrived at Tapa", "will remain at Adazi": a one-word base the lexicon lists, alone after
    a preposition of place or of destination on a verb (not "according to Morris")."""
    if token.pos_ != "PROPN" or token.dep_ != "pobj" or token.text not in MILITARY_SITES:
        return False
    prep = token.head
    return prep.lower_ in SITE_PREPS and prep.head.pos_ in ("VERB", "AUX") \
        and lemma_of(prep.head) not in ACCORDING_HEADS and not any(
            child.dep_ in ("compound", "poss", "appos") for child in token.children)


def place_name(token: Token, *, facilities: bool = True) -> str | None:
    """The place a token names: a GPE/LOC entity, or "Belarusian soil"/"territory of X";
    with ``facilities``, "a Turkish air base", "the Port of Taipei", "the Taiwanese military"
    (where a strike hits "a Russian airbase", the adjective names the owner, not the place)."""
    if token.lower_ in HEADLINE_LABELS:
        # "deployed in Latvia - video": the parser hangs the place under a headline's trailing label
        return next((name for child in token.children if child.dep_ in ("nmod", "compound") and child.i < token.i
                     for name in [place_name(child, facilities=facilities)] if name), None)
    if token.text in KNOWN_PLACES and not heads_longer_name(token):
        return token.text   # the model misses or mislabels bare place names
    if is_prefixed_site(token):
        return token.text   # "moved to RAF Lakenheath", "NAS Sigonella": the model takes them for bodies
    if is_bare_site_after_preposition(token):
        return token.text   # "arrived at Tapa", "rotated into Adazi": the model takes them for names
    if is_the_country(token) and token.dep_ in ("pobj", "dobj"):
        # "arrived in the country", "reached the country"; else the country of who reports it
        return country_named_before(token) or speaker_country_above(token)
    if lemma_of(token) in COUNTRY_NOUNS and any(
            child.dep_ == "poss" and child.lower_ in LAND_OWNER_PRONOUNS for child in token.children):
        return speaker_country_above(token)   # "Lukashenko said his country had begun receiving them"
    if lemma_of(token) in FACILITY_NOUNS | RECEIVER_NOUNS or token.lower_ in RECEIVER_NOUNS:
        if not facilities:
            return None
        # "the Taiwanese military", "the Polish Army" (the parser may make a capitalised
        # demonym a compound)
        owner = next((DEMONYMS[child.lower_] for child in token.children
                      if child.dep_ in ("amod", "compound") and child.lower_ in DEMONYMS), None)
        # "Ambala airbase", "the Hmeimim air base": a place name before the facility names it
        named = next((place_name(child) for child in token.children
                      if child.dep_ == "compound" and child.ent_type_ in LOCATION_LABELS and place_name(child)),
                     None) or name_before_facility(token)
        if any(child.dep_ in ("amod", "nummod") and (child.ent_type_ == "ORDINAL" or child.like_num)
               for child in token.children):
            # "the 32nd Tactical Air Base in Łask": a numbered unit's base is named by its
            # place, not by the words of its designation
            named = facility_site(token, ("in", "near"))
        if lemma_of(token) in FACILITY_NOUNS and (owner or named in COUNTRIES):
            # "the Russian base of Hmeimim in Syria", "a US air base in Qatar": a base abroad
            # is where its name or its place says; its owner only for a base named by neither
            owner = owner or named
            named = None if named == owner else named
            return named or facility_site(token, ("of", "in", "at", "near")) or owner
        return owner or named or facility_site(token, ("of",))
    if is_place_labelled_people(token):
        return token.text
    if token.ent_type_ in LOCATION_LABELS:
        for ent in doc_ents(token.doc):
            if ent.start <= token.i < ent.end:
                if names_a_body(ent):
                    return None
                return LEADING_ARTICLE_OF_PLACE.sub("", ent.text.rstrip("’'").strip())
    if lemma_of(token) in CAPITAL_NOUNS:
        return next((CAPITAL_CITIES.get(DEMONYMS[child.lower_]) for child in token.children
                     if child.dep_ == "amod" and child.lower_ in DEMONYMS), None)
    if lemma_of(token) in LOCATION_NOUNS:
        # "the Ukrainian city of Kharkiv": the name after "of" is the more precise place
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    name = place_name(obj)
                    if name:
                        return name
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss"):
                name = DEMONYMS.get(child.lower_) or place_name(child)
                if name:
                    return name
                if child.dep_ == "compound" and child.pos_ == "PROPN":
                    return child.text   # "the Irkutsk region": a named region whatever its label
                if child.dep_ == "poss" and child.lower_ in LAND_OWNER_PRONOUNS:
                    return country_of_clause(token)   # "Greece wants them on its soil"
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    name = place_name(obj)
                    if name:
                        return name
    return None


# "its territory", "their soil": the land of the country the clause is about
LAND_OWNER_PRONOUNS = frozenset(EVENT_WORDS["land_owner_pronouns"])


def country_of_clause(noun: Token) -> str | None:
    """The country whose land a possessive pronoun names: the nearest clause subject up the
    tree that is a country ("Spain said the batteries would be stationed on its territory",
    "Poland asks the US to deploy them to its territory")."""
    for head in noun.ancestors:
        if head.pos_ not in ("VERB", "AUX"):
            continue
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i != noun.i:
                name = place_name(child, facilities=False)
                if name and place_country_name(name) in COUNTRIES:
                    return place_country_name(name)
    return None


def speaker_country_above(noun: Token) -> str | None:
    """The country of whoever reports the clause "his country", "their country" or "the
    country" stands in: the nearest subject of a speech verb up the tree whose phrase names a
    country ("the Polish defence minister said his country would"). A country subject nearer
    the noun is not taken: "Russia began delivering to his country" is the speaker's."""
    for head in noun.ancestors:
        if head.pos_ not in ("VERB", "AUX") or lemma_of(head) not in SPEECH_VERBS:
            continue
        for child in head.children:
            if child.dep_ == "nsubj" and (country := speaker_country(child)):
                return country
    return None


def speaker_country(subject: Token) -> str | None:
    """The country a person or body speaks for, by the country adjective or possessive of its
    phrase ("Ukrainian President Volodymyr Zelensky", "Poland's defence minister")."""
    return next((country for word in subject.subtree if (country := owner_country(word)) in COUNTRIES), None)


# "the United States Indo-Pacific Command", "the Russian Defence Ministry": a name the model
# labels as a place whose last word names a body (claimledger/lexicon/sources.json)
BODY_NAME_ENDINGS = frozenset(lexicon().sources["body_name_endings"])


def names_a_body(ent: Span) -> bool:
    """Whether an entity labelled as a place ends in a body's word ("... Command", "... Fleet");
    "the Southern Military District" and "the Kyiv region" stay places."""
    last = ent[-1]
    return last.lower_ in BODY_NAME_ENDINGS and lemma_of(last) not in LOCATION_NOUNS


def facility_site(facility: Token, preps: tuple[str, ...]) -> str | None:
    """The place a facility's own phrase names after one of ``preps`` ("the base of Hmeimim",
    "an air base in Qatar"), the first in the order of ``preps``."""
    for word in preps:
        for prep in facility.children:
            if prep.dep_ == "prep" and prep.lower_ == word:
                name = next((name for obj in prep.children if obj.dep_ == "pobj" and (name := place_name(obj))), None)
                if name:
                    return name
    return None


def heads_longer_name(token: Token) -> bool:
    """"Mexico" in "New Mexico", "Sudan" in "South Sudan": a country's name that ends a longer
    proper name is that name's, not the country ("Greater Taipei" is still Taipei)."""
    return token.text in COUNTRIES and any(child.dep_ == "compound" and child.pos_ == "PROPN" and child.is_title
               and child.i == token.i - 1 for child in token.children)


def is_facility_name(token: Token) -> bool:
    """"Ambala" in "Ambala airbase", "Hmeimim" in "the Hmeimim air base": a capitalised name
    before a facility noun, however the model labels it (not an owner: "Indian", "Air Force")."""
    return token.pos_ == "PROPN" and token.is_title and token.lower_ not in DEMONYMS \
        and token.ent_type_ not in ("ORG", "PRODUCT") and not in_subject_mention(token)


def in_subject_mention(token: Token) -> bool:
    """Whether a tracked system's mention covers the token (no set built per call)."""
    doc = token.doc
    spans = doc.spans[SUBJECTS_KEY] if SUBJECTS_KEY in doc.spans else ()
    return any(span.start <= token.i < span.end for span in spans)


def name_before_facility(facility: Token) -> str | None:
    """"Prince Sultan" of "Prince Sultan Air Base", "Ambala" of "Ambala airbase": every name word
    compounded before the facility noun, without its qualifiers ("Air", "Naval")."""
    # a receiver's name words ("the Nigerian Air Force") name its owner, not a place
    named = facility_entity(facility) if lemma_of(facility) in FACILITY_NOUNS else None
    if named is not None:   # the model's span holds every word of the name, however it nests them
        words = [token.text for token in facility.doc[named.start:facility.i]
                 if token.pos_ == "PROPN" and token.is_title and token.lower_ not in FACILITY_QUALIFIERS
                 and token.lower_ not in DEMONYMS and not in_subject_mention(token)]
        return " ".join(words) or None
    words = [child for child in facility.children if child.dep_ == "compound" and child.i < facility.i
             and is_facility_name(child) and child.lower_ not in FACILITY_QUALIFIERS]
    return " ".join(facility_name(word) for word in words) or None


def facility_entity(facility: Token):
    """The entity the model reads as a facility's whole name, ending at its facility noun
    ("Al Udeid Air Base" as an ORG), or None: its words name the base, not an owner (an
    "Indian Air Force base" ends its entity before the noun)."""
    return next((ent for ent in facility.doc.ents
                 if ent.label_ in ("ORG", "FAC") and ent.start < facility.i and ent.end == facility.i + 1), None)


def facility_name(token: Token) -> str:
    """The name with the proper nouns compounded before it ("Surat Thani")."""
    words = [child for child in token.children if child.dep_ == "compound" and is_facility_name(child)]
    return " ".join(word.text for word in (*words, token))


def is_place_labelled_people(token: Token) -> bool:
    """"deployed in Punjab": a proper noun after "in" that the model labels as a people (NORP)
    but that no country adjective or people's name spells is a place."""
    return (token.ent_type_ == "NORP" and token.pos_ == "PROPN" and token.dep_ == "pobj"
            and token.head.lower_ in SIGHTING_PREPS and token.lower_ not in lexicon().demonyms
            and not token.text.endswith(("ans", "ese", "ians", "is")))


def is_clause(token: Token) -> bool:
    """A clause attached to its head: relative and adverbial clauses whatever the tagger
    says ("which sails" with "sails" as a noun), conjuncts and complements when verbal."""
    if token.dep_ in ALWAYS_CLAUSE_DEPS:
        return True
    return token.dep_ in CLAUSE_DEPS and token.pos_ in ("VERB", "AUX") or is_absolute_clause(token)


def own_tokens(head: Token) -> list[Token]:
    """The head's subtree without embedded clauses at any depth (their adjuncts are their
    own: "aboard the frigate, which is now in the Atlantic")."""
    tokens, frontier = [], [head]
    while frontier:
        token = frontier.pop()
        tokens.append(token)
        frontier.extend(child for child in token.children if not is_clause(child))
    return sorted(tokens, key=lambda token: token.i)


def way_destination(verb: Token) -> str | None:
    """The place an "on its way to" or "on delivery to" phrase of a verb names: where a transit is bound."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for way in prep.children:
            if way.dep_ != "pobj" or lemma_of(way) not in JOURNEY_NOUNS:
                continue
            name = next((place_name(obj) for to in way.children if to.dep_ == "prep"
                         and to.lower_ in DESTINATION_PREPS for obj in to.children
                         if obj.dep_ == "pobj" and place_name(obj)), None)
            if name:
                return CAPITAL_COUNTRIES.get(name, name)
    return None


def is_stopover_arrival(verb: Token) -> bool:
    """"the ferry flight included a stop at Souda Bay, where the jets arrived on Sunday": an
    arrival told of a place the journey stopped at, not of where it was bound."""
    if verb.dep_ != "relcl":
        return False
    place = verb.head
    while place.dep_ in ("pobj", "prep", "compound", "appos") and lemma_of(place) not in STOPOVER_NOUNS:
        place = place.head
    return lemma_of(place) in STOPOVER_NOUNS


def is_operating_base(anchor: Token, status: str) -> bool:
    """"operates from Rzeszow": where a stationed system operates from is where it is."""
    return status == DEPLOYED and lemma_of(anchor) in OPERATION_VERBS


def region_of_place(place: Token) -> Token | None:
    """"to the occupied north of Cyprus": the direction noun whose "of" names the place, when
    a preposition of place governs it; the place stands where the direction noun stands."""
    prep = place.head
    region = prep.head
    if place.dep_ != "pobj" or prep.lower_ != "of" or lemma_of(region) not in REGION_NOUNS \
            or region.dep_ != "pobj" or region.head.dep_ != "prep":
        return None
    return region


def without_edges(candidates: list[tuple], doc: Doc) -> list[tuple]:
    """Drop a border's place when the clause names another: "in Belarus near the Polish border"
    is in Belarus; a border alone still names its country."""
    inner = [candidate for candidate in candidates if lemma_of(doc[candidate[1]]) not in EDGE_NOUNS]
    return inner or candidates


def find_location(trigger: Trigger, status: str, subject: str, context: DocContext) -> str | None:
    """Where the clause places the subject; else the deploying country; else its last place."""
    anchor = trigger.anchor
    if is_given_back(anchor) or (status == WITHDRAWN and is_sent_back(anchor)):
        return giving_holder(anchor)   # "Turkey returned the S-400 to Russia": it leaves Turkey
    if status == IN_TRANSIT and way_destination(anchor):
        return way_destination(anchor)   # "in Poland on their way to Ukraine": bound for Ukraine
    if status == IN_TRANSIT and lemma_of(anchor) in LEAVE_VERBS:   # "jets for Ukraine left Sweden": bound there
        place = departure_destination(anchor)
        if place:
            return place
    if anchor.lower_ in PRESENCE_ADVERBS and anchor.pos_ == "ADV":   # "already in Ukraine"
        place = next((name for word in anchor.doc[anchor.i + 2: min(len(anchor.doc), anchor.i + 5)]
                      if (name := place_name(word))), None)
        if place:
            return place
    candidates = []
    tokens = own_tokens(anchor)
    if lemma_of(anchor) in START_VERBS:   # "began guarding the skies over Moscow"
        tokens += [token for child in anchor.children if child.dep_ == "xcomp"
                   and lemma_of(child) in DUTY_ACTIVITY_VERBS for token in own_tokens(child)]
    for token in tokens:
        preposition = token.head.lower_
        if preposition == "of" and token.head.head.lower_ == "out":
            preposition = "from"   # "pulled out of Saudi Arabia"
        place = token
        region = region_of_place(token)
        if region is not None:   # "in the north of Cyprus": in Cyprus, where "north" stands
            token, preposition = region, region.head.lower_
        if token.dep_ != "pobj" or (preposition not in LOCATION_PREPS and not (
                preposition in PLAN_PLACE_PREPS and status in (PLANNED, REQUESTED))):
            continue
        if preposition == "from" and status not in FROM_STATUSES and not is_operating_base(anchor, status):
            continue
        if preposition != "from" and status not in FROM_STATUSES and is_inside_from_phrase(token, anchor):
            continue   # "launched from the bombers in the area of Engels", "from Lockheed Martin in South Carolina": the origin
        if is_addressee(token) and status not in (PLANNED, REQUESTED):
            continue   # "deployed the jets, a clear signal to Russia": whom it tells, not where it is
        if is_inside_circumstance(token, anchor):
            continue   # "amid tensions in Europe": where the tensions are
        if (status == USED and preposition not in USED_PLACE_PREPS) or \
                (preposition in USED_ONLY_PLACE_PREPS and not is_strike_against(token, anchor, status)):
            continue
        if is_dateline_word(token):
            # "PARIS, France, January 17 —" is where the report was filed; the parser may
            # have hung the headline's last place ("to Ukraine") on it
            token = next((child for child in token.children
                          if child.dep_ == "compound" and child.i < token.i and not is_dateline_word(child)), None)
            if token is None:
                continue
        named = place if region is not None else token   # the place itself, ranked where its region stands
        name = place_name(named, facilities=status != USED)
        if name and status != USED:
            # "handed over to Kyiv": to Ukraine; "to Australia's Northern Territory": Australia
            name = owning_country(named) or CAPITAL_COUNTRIES.get(name, name)
        if name:
            # a place attached to the verb beats one inside a noun phrase; a destination
            # beats any other place for a system in transit
            rank = (token.head.head.i != anchor.i,
                    status == IN_TRANSIT and preposition not in DESTINATION_PREPS)
            candidates.append((rank, token.i, name))
    if status == COMBAT_DUTY:   # "are guarding Odesa", "began protecting Rzeszow airport": the place guarded
        duty_verbs = [anchor] + [child for child in anchor.children if child.dep_ == "xcomp"]
        for verb in duty_verbs:
            if lemma_of(verb) in DUTY_ACTIVITY_VERBS:
                for child in verb.children:
                    # an airspace's adjective ("the Baltic airspace") names a region, not a place
                    name = place_name(child, facilities=False) \
                        if child.dep_ == "dobj" and lemma_of(child) not in GUARDED_NOUNS else None
                    if name:
                        candidates.append(((False, False), child.i, place_country_name(name)))
    if status == USED and (target := deployed_attack_target(anchor)):
        return target   # "deployed 57 drones against Ukraine"
    if status == USED:   # "targeted Kyiv with", "to attack Kyiv": the target
        targets = [anchor] + [child for child in anchor.children
                              if child.dep_ in ("xcomp", "advcl") and lemma_of(child) in TARGET_VERBS]
        # "used missiles of the Iskander system targeting infrastructure in the Kyiv region"
        targets += [clause for obj in anchor.children if obj.dep_ == "dobj" for clause in obj.subtree
                    if clause.dep_ == "acl" and clause.tag_ == "VBG" and lemma_of(clause) in TARGET_VERBS]
        for verb in targets:
            if lemma_of(verb) not in TARGET_VERBS:
                continue
            for child in verb.children:
                # "Kharkiv was hit by KAB bombs": a passive strike's subject is the target
                target = child.dep_ == "dobj" or (child.dep_ == "nsubjpass" and child.i not in context.mention_at)
                name = place_name(child, facilities=False) if target else None
                if name is None and target:   # "to strike Ukraine's energy grid"
                    name = next((place_name(owner) for owner in child.children
                                 if owner.dep_ == "poss" and place_name(owner)), None)
                if name is None and target:
                    name = target_site(child)
                if name:
                    candidates.append(((False, False), child.i, name))
            if verb.i != anchor.i:   # ", striking a depot near Lviv": where the target lies
                for token in own_tokens(verb):
                    name = place_name(token, facilities=False) if token.dep_ == "pobj" \
                        and token.head.lower_ in TARGET_PLACE_PREPS else None
                    if name:
                        candidates.append(((False, True), token.i, name))
    if lemma_of(anchor) in HANDOVER_VERBS or lemma_of(anchor) in EQUIPPING_VERBS:
        # "gave Ukraine 19 jets", "provided Ukraine with", "equipped Ukraine with", "promised Ukraine 113 vehicles";
        # "Kyiv was given two systems": the passive's subject beside a retained object
        retained = any(child.dep_ == "dobj" for child in anchor.children)
        for child in anchor.children:
            name = place_name(child) if child.dep_ in ("dative", "dobj") or (
                child.dep_ == "nsubjpass" and retained) else None
            edge = child.left_edge
            if name is None and child.dep_ == "dobj" and edge.i < child.i - 1 and (
                    edge.dep_ == "nmod" or (edge.dep_ == "compound" and edge.i == anchor.i + 1)):
                # the parser may hang the receiver right after the verb on the object, as a
                # modifier ("promised Ukraine HIMARS launchers")
                name = place_name(edge)
            if name:
                candidates.append(((False, False), child.i, CAPITAL_COUNTRIES.get(name, name)))
    if lemma_of(anchor) in PLACE_OBJECT_VERBS:   # "reached Ukrainian soil", "reached Kyiv"
        for child in anchor.children:
            name = place_name(child) if child.dep_ == "dobj" else None
            if name:
                candidates.append(((False, False), child.i, CAPITAL_COUNTRIES.get(name, name)))
    candidates = without_edges(candidates, anchor.doc)
    host = host_beyond_border(anchor, candidates)
    if host:
        return host
    if candidates and all(rank[0] for rank, _, _ in candidates) and lemma_of(anchor) in RECEIVING_VERBS:
        # "Taiwan will receive jets from Lockheed Martin in South Carolina": the receiver, not a
        # place inside the object's phrase
        receiver = next((name for child in anchor.children
                         if child.dep_ == "nsubj" and not in_dateline(child) and (name := place_name(child))), None)
        if receiver:
            return CAPITAL_COUNTRIES.get(receiver, receiver)
    if candidates:
        return min(candidates)[2]
    if status != USED and any(child.dep_ == "advmod" and child.lower_ in BACK_THERE_ADVERBS for child in anchor.children) \
            and subject in context.last_place:
        return context.last_place[subject]   # "had been stationed there": the place named last, a departure's too
    if status != USED:
        place = conjunct_destination(anchor)
        if place:
            return place   # "were flown by Russian pilots and escorted to Libya": bound there
    if any(lemma_of(word) in HOLDER_NOUNS for word in trigger.argument_heads):
        holder = next(iter(holder_places(anchor)), None)   # "Finland is among the users of"
        if holder is not None:
            return country_of_place(holder)
    # "Belarus, where Russia is deploying ...": placement, not "a base where crews train to use"
    place = (where_clause_place(anchor) if trigger.status != USED else None) or requester_place(anchor)
    if place:
        return place
    if lemma_of(anchor) in HOST_AGENT_VERBS and not is_sent_abroad(anchor):
        name = host_agent_country(anchor)
        if name:
            return name
    if status != USED:
        holder = holder_country(anchor)
        if holder:
            return holder   # "Norway's second NASAMS battery is expected in the autumn"
    if status in CARRIED_LOCATION_STATUSES:
        return context.last_location.get(subject)
    return None


def host_agent_country(anchor: Token) -> str | None:
    """The country that hosts or takes the system, named as the subject of a host's verb
    ("Belarus is expected to receive": the raised subject of the governing verb) or its agent
    ("have been ordered by Turkey")."""
    for holder in verb_and_governor(anchor):
        if begins_a_transfer(holder):
            continue   # "Russia began deliveries": the giver, not where the systems are
        for child in holder.children:
            if child.dep_ in ("nsubj", "nsubjpass") and not in_dateline(child):
                name = place_name(child) or reporting_place(child, holder)
                if name:
                    return CAPITAL_COUNTRIES.get(name, name)
            if child.dep_ == "agent":
                name = next((name for obj in child.children if obj.dep_ == "pobj"
                             and (name := country_of_place(obj))), None)
                if name:
                    return name
    return None


def host_beyond_border(anchor: Token, candidates: list[tuple]) -> str | None:
    """"India deployed the S-400 along Pakistan's border": when the clause's only places are a
    border's and the country deploying there is another, the system stands on its own side."""
    doc = anchor.doc
    if not candidates or any(lemma_of(doc[index]) not in EDGE_NOUNS for _, index, _ in candidates):
        return None
    if lemma_of(anchor) not in HOST_AGENT_VERBS or is_sent_abroad(anchor):
        return None
    host = host_agent_country(anchor) or force_country(anchor)
    return host if host and host not in {name for _, _, name in candidates} else None


def verb_and_governor(anchor: Token) -> list[Token]:
    """The verb and, for an infinitive or a conjunct ("Belarus is expected to receive"), the
    verb it hangs on, whose subject it shares."""
    return [anchor, anchor.head] if anchor.dep_ in ("xcomp", "conj") else [anchor]


def force_country(anchor: Token) -> str | None:
    """"The Indian Air Force has deployed": the country a force named as the verb's subject
    belongs to."""
    return next((name for holder in verb_and_governor(anchor) for child in holder.children
                 if child.dep_ == "nsubj" and (name := owner_country(child))), None)


def is_addressee(token: Token) -> bool:
    """"a signal to Russia and China", "a warning to Moscow": the place after "to" on a
    message noun is whom the message is for ("an offer to Ukraine" still names the receiver
    of a plan, which the caller keeps)."""
    prep = token.head
    return prep.lower_ == "to" and prep.head.i != prep.i and lemma_of(prep.head) in MESSAGE_NOUNS


def conjunct_destination(anchor: Token) -> str | None:
    """The destination a verb conjoined with the trigger names for their shared subject ("were
    loaded and shipped to Poland", "were flown by pilots and escorted to Libya"): a place after a
    destination preposition of a conjunct with no subject of its own."""
    verbs = [child for child in anchor.children if child.dep_ == "conj" and child.pos_ == "VERB"]
    if anchor.dep_ == "conj" and anchor.head.pos_ == "VERB":
        verbs.append(anchor.head)
    for verb in verbs:
        if verb is not anchor.head and any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
            continue   # a conjunct with its own subject speaks of something else
        for prep in verb.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in DESTINATION_PREPS:
                continue
            name = next((name for obj in prep.children if obj.dep_ == "pobj" and (name := place_name(obj))), None)
            if name:
                return CAPITAL_COUNTRIES.get(name, name)
    return None


def holder_country(anchor: Token) -> str | None:
    """The country a clause's subject names as its holder ("Slovakia's third F-16 jet is
    expected in October", "Japan's first F-35B jets arrived"): where the clause places the
    system when it names no place of its own."""
    clause = anchor
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i and not any(
            child.dep_ in ("nsubj", "nsubjpass") for child in clause.children):
        clause = clause.head   # "is expected to arrive": the governing verb's subject
    for subject in clause.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for owner in subject.children:
            if owner.dep_ == "poss" and owner.ent_type_ == "GPE" and not in_dateline(owner):
                name = country_of_place(owner)
                if name in COUNTRIES:
                    return name
    return None


def begins_a_transfer(verb: Token) -> bool:
    """Whether a verb's object is a transfer ("Russia began deliveries in 2021", "completed
    the shipment"): its subject is the giver, not where the systems are; a receiver's verb
    ("Russia has received shipments") keeps its subject the place."""
    return lemma_of(verb) not in RECEIVING_VERBS and any(
        child.dep_ == "dobj" and lemma_of(child) in GIVEN_TRANSFER_NOUNS for child in verb.children)


def target_site(target: Token) -> str | None:
    """Where a struck object lies: "the shopping mall in Kremenchuk was struck", "the
    Sevastopol HQ building" (a place name compounded before it)."""
    for prep in target.children:
        if prep.dep_ == "prep" and prep.lower_ in TARGET_SITE_PREPS:
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                name = place_name(obj, facilities=False)
                if name is None and obj.pos_ == "PROPN" and obj.is_title and obj.ent_type_ not in ("ORG", "PRODUCT") \
                        and not in_subject_mention(obj) and obj.lower_ not in HEADLINE_LABELS:
                    name = obj.text   # the model may take a town for a person ("in Kremenchuk")
                if name:
                    return name
    for word in target.subtree:
        if word.i < target.i and word.dep_ == "compound" and word.ent_type_ in ("GPE", "LOC"):
            name = place_name(word, facilities=False)
            if name:
                return name
    return None


# "deployed the system amid tensions in Europe": the circumstance's place is not the system's
CIRCUMSTANCE_PREPS = frozenset(EVENT_WORDS["circumstance_preps"])
# "in response to Rafales bought by India": a reason phrase names another occasion's places
CIRCUMSTANCE_NOUNS = frozenset(EVENT_WORDS["circumstance_nouns"])


# "shot down after the end of the summit in Vilnius": the place of the occasion a time phrase
# names, not where the system is
OCCASION_PREPS = frozenset(EVENT_WORDS["occasion_preps"])


def is_inside_circumstance(token: Token, anchor: Token) -> bool:
    """True for a place nested in an "amid" or "despite" phrase of the clause ("amid mounting
    tensions in Europe and the Indo-Pacific"), in a reason phrase ("in response to jets bought
    by India"), or in an "after" or "following" phrase naming
    another occasion ("following the kidnapping of three teens in Hebron"; "after its arrival
    in Poland" keeps the system's own place)."""
    while token.i != anchor.i and token.head.i != token.i:
        token = token.head
        if token.dep_ == "prep" and token.lower_ in CIRCUMSTANCE_PREPS:
            return True
        if token.dep_ == "prep" and any(child.dep_ == "pobj" and lemma_of(child) in CIRCUMSTANCE_NOUNS
                                        for child in token.children):
            return True   # "acquired the jets in response to Rafales bought by India"
        if token.dep_ == "prep" and token.lower_ in OCCASION_PREPS and names_another_occasion(token):
            return True
    return False


def names_another_occasion(preposition: Token) -> bool:
    """Whether a time preposition's object is a noun of some other happening ("the end of the
    summit", "the kidnapping"), not a status noun of the system ("its arrival") nor a clause."""
    objects = [child for child in preposition.children if child.dep_ == "pobj"]
    return bool(objects) and all(obj.pos_ == "NOUN" and lemma_of(obj) not in NOUN_STATUSES for obj in objects)


# "the United States has deployed the system overseas": the deploying country is not where it went
ABROAD_ADVERBS = frozenset(EVENT_WORDS["abroad_adverbs"])


def is_sent_abroad(anchor: Token) -> bool:
    """Whether the clause sends its system "overseas" or "abroad" (the parser may hang the
    adverb on the object)."""
    return any(token.lower_ in ABROAD_ADVERBS and token.dep_ == "advmod" for token in own_tokens(anchor))


def is_deployed_against_place(verb: Token) -> bool:
    """"has already deployed them against Ukraine", "were deployed against Kharkiv", "deployed
    40 drones in the attack on Odesa": a system put to work against a country or a city, or in
    an attack, is used on it ("deployed against the threat" names no place). The parser may hang
    the phrase on the weapons deployed ("deployed 57 drones against Ukraine")."""
    preps = deployment_preps(verb)
    return deployed_attack_target(verb) is not None or any(
        prep.lower_ == "in" and any(obj.dep_ == "pobj" and lemma_of(obj) in USE_NOUNS - {"use"} for obj in prep.children)
        for prep in preps)


def is_inside_from_phrase(token: Token, anchor: Token) -> bool:
    """True for a place nested in a "from" phrase of the clause ("from the Tu-95 bombers near
    the Engels air base in Russia")."""
    while token.i != anchor.i and token.head.i != token.i:
        token = token.head
        if token.dep_ == "prep" and token.lower_ == "from":
            return True
    return False


def where_clause_place(anchor: Token) -> str | None:
    """"Belarus, where Russia said it was deploying tactical nuclear weapons": the place a
    "where" clause (or a clause reported inside it) is attached to."""
    clause = anchor
    while clause.dep_ in ("ccomp", "conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "relcl" and any(child.lower_ == "where" for child in clause.children):
        return place_name(clause.head)
    return None


def requester_place(anchor: Token) -> str | None:
    """"a request from Poland to buy Patriot launchers": the requesting country is where the
    systems are to go."""
    noun = anchor.head
    if anchor.dep_ != "acl" or NOUN_STATEMENTS.get(lemma_of(noun)) != REQUESTED:
        return None
    return next((place_name(obj) for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "from"
                 for obj in prep.children if obj.dep_ == "pobj" and place_name(obj)), None)


def is_strike_against(place: Token, anchor: Token, status: str) -> bool:
    """"fired against Odesa", "a strike against Sevastopol": the target of a use, not the
    enemy of a war ("in its war against Russia")."""
    holder = place.head.head
    return status == USED and (holder.i == anchor.i or lemma_of(holder) in USE_NOUNS)


def owning_country(place: Token) -> str | None:
    """The country a place is given as part of ("Australia's Northern Territory")."""
    for child in place.children:
        if child.dep_ == "poss" and child.text in COUNTRIES and not heads_longer_name(child):
            return child.text
    return None


def reporting_place(subject: Token, clause: Token) -> str | None:
    """ "Romania said it had received ...": "it" is the country that reports the clause."""
    if subject.lower_ not in {"it", "we"} or clause.dep_ != "ccomp":
        return None
    for child in clause.head.children:
        if child.dep_ == "nsubj":
            name = place_name(child)
            if name:
                return name
    return None


# --- date -------------------------------------------------------------------------------

def find_date(anchor: Token, context: DocContext, status: str | None = None) -> str | None:
    """The TIMEX3 value attached to the clause, or to the speech verb that reports it."""
    tokens, said = own_tokens(anchor), said_time_tokens(anchor)
    value = date_in([token for token in tokens if token.i not in said] + trailing_clause_time(anchor), context)
    if value is None and status == USED:   # "used Zircon missiles to attack Kyiv since January"
        value = date_in([token for child in anchor.children if child.dep_ in ("xcomp", "advcl")
                         and lemma_of(child) in TARGET_VERBS for token in own_tokens(child)], context)
    if value is not None:
        return value
    clause = anchor
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    # "on December 6, 2024, when he requested ...": the when-clause shares its head's date
    if clause.dep_ in ("relcl", "advcl") and any(c.lower_ == "when" for c in clause.children):
        timex = context.timex_at.get(clause.head.i)
        if timex is not None and timex.get("type") in DATE_TYPES:
            return timex.get("value")
        value = date_in(own_tokens(clause.head), context)
        if value is not None:
            return value
    if not holds_at_report(anchor, status):
        return opening_date(anchor.sent, context)
    # a dated report: "The day before, he confirmed that it was en route"
    value = date_in([token for token in tokens if token.i in said], context)
    if value is not None:
        return value   # "said in January it had arrived": the report's day, misattached to the clause
    while clause.dep_ == "ccomp" and clause.head.i != clause.i:
        clause = clause.head
        value = date_in(own_tokens(clause), context)
        if value is not None:
            return value
    return opening_date(anchor.sent, context) or cue_date(anchor, context)


def trailing_clause_time(anchor: Token) -> list[Token]:
    """A time word that ends a reported clause before the comma of its speech verb, which the
    parser may hang on the speech verb ("The jets arrived yesterday, the air force said"): it
    dates the clause; one after the speech verb ("..., officials said on Monday") stays the
    report's."""
    head = anchor.head
    if anchor.dep_ != "ccomp" or head.i <= anchor.i or lemma_of(head) not in SPEECH_VERBS:
        return []
    comma = next((token.i for token in anchor.doc[anchor.right_edge.i + 1:head.i] if token.is_punct), None)
    if comma is None:
        return []
    return [token for child in head.children if anchor.i < child.i < comma and child.dep_ in TIME_ADJUNCTS
            for token in child.subtree]


def said_time_tokens(anchor: Token) -> set[int]:
    """Tokens between a speech verb and the subject of the clause it reports, which the parser
    may hang on the clause ("The Netherlands said in January it would deliver F-16 jets in the
    spring": "in January" is when it was said, not when the jets come)."""
    head = anchor.head
    if anchor.dep_ != "ccomp" or head.i >= anchor.i or lemma_of(head) not in SPEECH_VERBS:
        return set()
    subject = next((child for child in anchor.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < head.i:
        return set()
    return set(range(head.i + 1, subject.left_edge.i))


def is_refused_act(anchor: Token) -> bool:
    """A gerund under a preposition of a refusal ("objects to sending", "refrained from sending",
    "balked at delivering") or of a stance against it ("its opposition to sending", "the veto on
    supplying", "resistance to deploying"): the act is refused, not done. Lifting the stance
    ("dropped its opposition to sending") decides no date and place of its own either."""
    if anchor.dep_ != "pcomp" or anchor.head.dep_ != "prep":
        return False
    preposition = anchor.head
    governor = preposition.head
    if governor.pos_ == "NOUN":
        return lemma_of(governor) in REFUSAL_NOUNS
    # the parser may hang the phrase on the verb whose object the stance is ("lifted its veto on
    # sending"): the object right before the preposition
    return lemma_of(governor) in REFUSAL_VERBS or any(
        child.dep_ == "dobj" and lemma_of(child) in REFUSAL_NOUNS and child.right_edge.i + 1 == preposition.i
        for child in governor.children)


def holds_at_report(anchor: Token, status: str) -> bool:
    """True when the clause states a status holding when it is reported ("has arrived", "is
    en route", "was en route"), so the report's date dates it; a past action ("transported
    the system", "had used") or a use is not dated by the day it was reported."""
    if status == USED:
        return False
    auxiliaries = {lemma_of(child) for child in anchor.children if child.dep_ in ("aux", "auxpass")}
    if anchor.tag_ == "VBD" and lemma_of(anchor) != "be" and not auxiliaries:
        return False
    return not ("have" in auxiliaries and any(child.tag_ == "VBD" and lemma_of(child) == "have"
                                               for child in anchor.children))


def plan_date(anchor: Token, context: DocContext) -> str | None:
    """A plan's date is the time the plan names ("will be delivered this month", "scheduled
    to arrive in the first quarter"), never the time it was stated or reported."""
    clause = anchor
    while True:
        said = said_time_tokens(clause)   # "said in January it would deliver ... in the spring"
        value = date_in(plans.date_tokens(clause, [token for token in own_tokens(clause) if token.i not in said]),
                        context)
        if value is not None or clause.dep_ not in ("xcomp", "conj", "acomp", "pcomp", "prep"):
            return value
        if clause.head.i == clause.i or lemma_of(clause.head) in SPEECH_VERBS:
            return None
        clause = clause.head


def cue_date(anchor: Token, context: DocContext) -> str | None:
    """The date of the speech verb of the quote that holds the clause, however the parser
    attached it ("The army has finished deploying it, the ministry said on Friday")."""
    for quote in context.quotes:
        cue = quote.get("cue")
        if not cue or not quote["span"][0] <= anchor.idx < quote["span"][1]:
            continue
        verb = context.doc.char_span(cue[0], cue[1], alignment_mode="expand")
        if verb is not None and lemma_of(verb.root) in SPEECH_VERBS:
            value = date_in(own_tokens(verb.root), context)
            if value is not None:
                return value
    return None


def opening_date(sent: Span, context: DocContext) -> str | None:
    """A date that opens the sentence ("Yesterday, ...", "On May 2, ...") frames all of it."""
    tokens = [token for token in sent if not token.is_punct]
    if tokens and tokens[0].pos_ == "ADP":
        tokens = tokens[1:]
    return date_in(tokens[:1], context)


def date_in(tokens: list[Token], context: DocContext) -> str | None:
    for token in tokens:
        if token.i in context.mention_at:
            continue   # "Mirage 2000-5": a number in a designation dates nothing
        timex = context.timex_at.get(token.i)
        if timex is not None and timex.get("type") in DATE_TYPES and timex.get("value") \
                and not is_record_since(token) and not is_dateline_time(timex, doc_text(token.doc)) \
                and not is_year_of_a_name(token) and not is_year_of_a_make(token):
            # "for the first time since 2008": the last time's year
            return timex["value"]
    return None


NAME_LABELS = ("ORG", "EVENT", "FAC", "LOC", "WORK_OF_ART", "PRODUCT")


def is_year_of_a_make(token: Token) -> bool:
    """"its 2023-built launchers": a year joined by a hyphen to a participle of making dates the
    make of what it modifies, not the clause."""
    doc = token.doc
    return (token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
            and doc[token.i + 2].lower_ in MAKE_PARTICIPLES)


def is_year_of_a_name(token: Token) -> bool:
    """"for Talisman Sabre 2023", "over the Seoul ... Exhibition 2023": a year that ends the
    name of an exercise, a show or a body belongs to the name; it does not date the clause."""
    return token.ent_type_ in NAME_LABELS and token.ent_iob_ == "I"


# "Tangier, March 3, 2025 –", "May 21, 2021:": a line opened by a date, perhaps after a place
# and a comma, up to a dash or colon (an agency in brackets between them)
DATELINE_BEFORE_TIME = re.compile(r"(?:[A-Z][\w.'’ -]{0,30},\s*)?")
DATELINE_AFTER_TIME = re.compile(r",?\s*(?:\([^()\n]{1,40}\)\s*)?(?:[—–:]|-\s)")


def is_dateline_time(timex: dict, text: str) -> bool:
    """The date of a dateline is the day the report was filed, not the day of what it tells."""
    start, end = timex["span"]
    line_start = text.rfind("\n", 0, start) + 1
    return DATELINE_BEFORE_TIME.fullmatch(text, line_start, start) is not None \
        and DATELINE_AFTER_TIME.match(text, end) is not None


def is_record_since(token: Token) -> bool:
    """True for a time inside "since ..." that a rank or a superlative governs ("for the first
    time since 2008", "the largest delivery since 1991", "the first such deployment since the
    Cold War"): it dates the last time the like happened; "deployed since 2015" dates this one."""
    since = next((ancestor for ancestor in token.ancestors if ancestor.dep_ == "prep"), None)
    if since is None or since.lower_ != "since":
        return False
    head = since.head
    return head.tag_ == "JJS" or head.lower_ in RANK_WORDS or any(
        child.dep_ in ("amod", "advmod") and (child.lower_ in RANK_WORDS or child.tag_ == "JJS")
        for child in head.children)


# --- source -----------------------------------------------------------------------------

def find_source(anchor: Token, context: DocContext) -> dict:
    """Who asserts the clause: an enclosing quote's speaker, a speech verb's subject, or
    "according to X", else a headline's dash or colon attribution; None in the text's own
    voice. A named speaker inside an indirect quote ("Putin confirmed that ..., RIA Novosti
    reported") is the source, not the outlet that relays him."""
    enclosing = [quote for quote in context.quotes
                 if quote["span"][0] <= anchor.idx < quote["span"][1] and quote.get("speaker")]
    enclosing = [quote for quote in enclosing if is_possible_source(quote, context)]
    if enclosing:
        quote = min(enclosing, key=lambda q: q["span"][1] - q["span"][0])
        inner = clause_source(anchor, context) if quote.get("kind") == "indirect" else None
        if inner is not None and inner["source"] and inner["source"].lower() not in PRONOUN_SOURCES \
                and inner["source"] != quote["speaker"] and is_named(inner, context):
            return inner
        speaker_span = quote.get("speaker_span")
        speaker = quote["speaker"]
        if speaker.lower() in PERSONAL_PRONOUNS:   # "..., he said": the person named before it
            speaker = latest_person(quote["span"][0], context) or speaker
        return {"source": speaker, "source_span": list(speaker_span) if speaker_span else None}
    source = clause_source(anchor, context)
    if source["source"] is None:
        return told_in_the_next_sentence(anchor, context) or headline_attribution(anchor, context) or source
    return source


def told_in_the_next_sentence(anchor: Token, context: DocContext) -> dict | None:
    """"The launchers will be in place within weeks. Minister X said this in an interview":
    the next sentence's speech verb, whose object points back, names who asserts the clause
    (also under an outlet's report of it: "X announced this, Y reports")."""
    doc, after = anchor.doc, anchor.sent.end
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after >= len(doc):
        return None
    sentence = doc[after].sent
    for verb in (sentence.root, *(child for child in sentence.root.children if child.dep_ == "ccomp")):
        if lemma_of(verb) in SPEECH_VERBS and any(child.dep_ == "dobj" and child.lower_ in POINTING_BACK
                                                  for child in verb.children) \
                and not any(child.dep_ == "neg" for child in verb.children):   # "did not confirm this"
            return speech_subject(verb, context)
    return None


def latest_person(char: int, context: DocContext) -> str | None:
    """The fullest name of the last person the text names before offset ``char``, or the
    named speaker of the quote before it (the model may tag "Defence Ministry spokesman Igor
    Konashenkov" as one organisation)."""
    named = [(ent.end_char, fullest_name(ent, context)) for ent in context.doc.ents
             if ent.label_ == "PERSON" and ent.end_char <= char]
    named += [(quote["span"][1], personal_name_part(quote["speaker"])) for quote in context.quotes
              if quote["span"][1] <= char and quote.get("speaker")
              and quote["speaker"].lower() not in PRONOUN_SOURCES]
    return max(named)[1] if named else None


def personal_name_part(name: str) -> str:
    """"Russian Defence Ministry Igor Konashenkov" -> "Igor Konashenkov": the trailing
    capitalised words that are no title or institution word, when there are two or more."""
    words = name.split()
    start = len(words)
    while start and words[start - 1][:1].isupper() and words[start - 1].lower() not in ROLE_WORDS:
        start -= 1
    return " ".join(words[start:]) if 2 <= len(words) - start < len(words) else name


def is_possible_source(quote: dict, context: DocContext) -> bool:
    """A tracked system ("NASAMS") or a dateline ("ISTANBUL:") is never who asserts a status,
    nor the subject of a plan or request verb that a quotation was read off."""
    speaker = quote["speaker"]
    cue = quote.get("cue")
    if cue:
        verb = context.doc.char_span(cue[0], cue[1], alignment_mode="expand")
        if verb is not None and lemma_of(verb.root) in UNASSERTING_CUES:
            return False
    if any(mention.label_ == speaker or mention.text == speaker for mention in context.mentions):
        return False
    span = quote.get("speaker_span")
    if span and speaker.isupper() and " " not in speaker:
        text = doc_text(context.doc)
        at_line_start = span[0] == 0 or text[span[0] - 1] == "\n"
        if at_line_start and text[span[1]:span[1] + 1] in (":", " ", "("):
            return False
    return True


def is_named(source: dict, context: DocContext) -> bool:
    """True when a source is a person's or institution's name, not a description."""
    span = source.get("source_span")
    if not span:
        return False
    words = context.doc.char_span(span[0], span[1], alignment_mode="expand")
    return words is not None and any(token.ent_type_ in ("PERSON", "ORG") for token in words)


def headline_attribution(anchor: Token, context: DocContext) -> dict | None:
    """"... expected to arrive – Reznikov", "France to send missiles to Ukraine: Macron",
    "India: Russia begun delivering ...": a headline attributed by a dash or a colon."""
    tokens = [token for token in text_line_of(anchor) if not token.is_space]
    if len(tokens) < 3 or tokens[-1].text in (".", "!", "?", "”", '"'):
        return None   # a headline has no final stop
    for i in range(len(tokens) - 1, 0, -1):   # trailing "– Name" or ": Name"
        if is_attribution_mark(tokens[i], tokens[i - 1]):
            if len(tokens) - i - 1 > 4:
                break
            office = office_head(tokens[i + 1:])
            if office is not None:
                return office_source(office, tokens[i + 1:], context)
            named = [token for token in tokens[i + 1:] if is_attributed_name(token)]
            if named:
                return name_source(named[0], context, after=tokens[i])
            break
    first, second = tokens[0], tokens[1]
    if second.text == ":" and (is_attributed_name(first) or is_surname_named_elsewhere(first, context)) \
            and not first.is_upper:
        return name_source(first, context)
    return None


def is_surname_named_elsewhere(token: Token, context: DocContext) -> bool:
    """A title-case word the tagger took for a common noun ("Scholz: Germany to send ...")
    that is the surname of a person the report names in full."""
    return token.is_title and token.lower_ not in HEADLINE_LABELS and any(
        len(name.split()) > 1 for name in full_names_ending_in(token.text, context))


def full_names_ending_in(surname: str, context: DocContext) -> list[str]:
    """The fullest forms of the people the report names whose name ends in ``surname``."""
    return [name for name in context.names.values() if name.split()[-1:] == [surname]]


def is_attribution_mark(token: Token, before: Token) -> bool:
    """A dash set apart by spaces ("... to Ukraine – Reznikov") or a colon with a space after
    it; not the hyphen inside a word ("IRIS-T", "long-range")."""
    if token.text not in ATTRIBUTION_MARKS or not token.whitespace_:
        return False
    return token.text == ":" or bool(before.whitespace_)


def office_head(words: list[Token]) -> Token | None:
    """The office or body a headline's attribution names by its head noun ("defense chief",
    "Defence Minister of Germany", "Defense Ministry"); None for a name ("Reznikov",
    "President Macron") or anything else."""
    before_of = list(itertools.takewhile(lambda token: token.lower_ != "of", words))
    head = next((token for token in reversed(before_of) if not token.is_punct), None)
    if head is None or head.ent_type_ == "PERSON" or head.lower_ not in TITLE_WORDS | BODY_WORDS:
        return None
    return head


def office_source(head: Token, words: list[Token], context: DocContext) -> dict:
    """Who an office named in a headline's attribution is: the person or body the report
    names holding it ("defense chief" over "Ukraine's Defense Minister Oleksii Reznikov
    wrote"), else the words themselves, without an article."""
    speaker = context.resolver.resolve(head)
    if speaker.name and speaker.source_type in NAMED_SOURCE_TYPES \
            and not set(speaker.name.lower().split()) <= TITLE_WORDS | BODY_WORDS:
        return {"source": speaker.name, "source_span": list(speaker.span)}
    kept = [token for token in words if not token.is_punct and token.pos_ != "DET"]
    return {"source": " ".join(token.text for token in kept),
            "source_span": [kept[0].idx, kept[-1].idx + len(kept[-1])]}


def text_line_of(token: Token) -> Span:
    """The tokens of the text line that holds ``token``, across sentence boundaries (the
    parser may end a headline's sentence before its ": Macron")."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    end = len(text) if end < 0 else end
    return token.doc.char_span(start, end, alignment_mode="expand") or token.sent


def is_attributed_name(token: Token) -> bool:
    """A name in a headline's attribution, whether or not the model tagged it ("... to
    Ukraine: Macron"); not a label ("Exclusive:")."""
    if token.lower_ in HEADLINE_LABELS:
        return False
    return token.ent_type_ in SOURCE_LABELS or (token.pos_ == "PROPN" and token.is_title)


def name_source(token: Token, context: DocContext, after: Token | None = None) -> dict:
    """The source a headline's name gives; after: the dash or colon before it, which the
    tagger may have taken into one entity with the words before ("Ukraine - Handelsblatt")."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            if after is not None and ent.start <= after.i:
                ent = Span(token.doc, after.i + 1, ent.end, label=ent.label_)
            return {"source": fullest_name(ent, context), "source_span": [ent.start_char, ent.end_char]}
    # an untagged surname: the fullest person the report names with it
    people = [ent.text for ent in token.doc.ents if ent.label_ == "PERSON" and ent.text.split()[-1] == token.text]
    people += full_names_ending_in(token.text, context)
    return {"source": context.names.get(token.text) or max(people, key=len, default=token.text),
            "source_span": [token.idx, token.idx + len(token)]}


def clause_source(anchor: Token, context: DocContext) -> dict:
    """The source named in the clause or by the speech verbs above it; for "the official
    confirmed the arrival of", the one who confirms."""
    if is_confirmed_status_noun(anchor):
        speaker = speech_subject(anchor, context)
        if speaker is not None:
            return speaker
    clause = anchor
    while True:
        named = according_to(clause, context) or parenthetical_speaker(clause, context) \
            or reported_by(clause, context)
        if named is not None:
            return named
        if clause.dep_ in ("conj", "ccomp", "advcl", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
            if lemma_of(clause) in SPEECH_VERBS:
                speaker = speech_subject(clause, context)
                if speaker is not None:
                    return speaker
            continue
        return {"source": None, "source_span": None}


def is_confirmed_status_noun(verb: Token) -> bool:
    """"the official confirmed the arrival of 40 vehicles", "Norway announces arrival of new
    launchers by year end": a verb of confirming or speech whose object is the status noun it
    tells, with a subject that names who tells it ("they have confirmed" leaves the one meant
    to the sentences before)."""
    return lemma_of(verb) in CONFIRMING_VERBS | SPEECH_VERBS and any(
        child.dep_ == "dobj" and lemma_of(child) in CONFIRMED_NOUNS for child in verb.children) and any(
        child.dep_ == "nsubj" and child.pos_ != "PRON" for child in verb.children)


def reported_by(clause: Token, context: DocContext) -> dict | None:
    """"the crews are pulling the tanks back - reported on Monday by a news agency": a
    participle of a speech verb set after the clause names its source with "by"."""
    for child in clause.children:
        if child.dep_ not in ("advcl", "parataxis") or child.tag_ != "VBN" or child.i < clause.i \
                or lemma_of(child) not in SPEECH_VERBS:
            continue
        for agent in child.children:
            if agent.dep_ == "agent":
                source = next((obj for obj in agent.children if obj.dep_ == "pobj"), None)
                if source is not None:
                    return source_of(source, context)
    return None


def parenthetical_speaker(clause: Token, context: DocContext) -> dict | None:
    """"The Oreshnik, Lukashenko said, has arrived": a speech verb inserted in the clause."""
    for child in clause.children:
        if child.dep_ == "parataxis" and lemma_of(child) in SPEECH_VERBS:
            speaker = speech_subject(child, context)
            if speaker is not None:
                return speaker
    return None


def according_to(clause: Token, context: DocContext) -> dict | None:
    for child in clause.children:
        if lemma_of(child) in ACCORDING_HEADS:
            for prep in child.children:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return source_of(obj, context)
    return None


def is_addressed_to(word: Token, document: Token) -> bool:
    """"a report submitted to the Legislative Yuan": the body a document went to is not its
    author ("a statement from the Pentagon" names it)."""
    while word.i != document.i and word.head.i != word.i:
        word = word.head
        if word.dep_ in ("prep", "dative") and word.lower_ == "to":
            return True
    return False


def speech_subject(verb: Token, context: DocContext) -> dict | None:
    """The speaker of a speech verb; for "he said", the speaker the quotes component resolved
    for that cue, else the latest person named before it."""
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        # the speaker the quotes component resolved for this cue: "he said", and a subject
        # its rules read further ("said Commanding Officer, Cmdr. X", "added the general")
        for quote in context.quotes:
            cue = quote.get("cue")
            if cue and cue[0] <= verb.idx < cue[1] and quote.get("speaker") \
                    and quote["speaker"].lower() not in PERSONAL_PRONOUNS:
                return {"source": quote["speaker"], "source_span": [child.idx, child.idx + len(child)]}
        if child.pos_ != "PRON":
            return source_of(child, context)
        people = [ent for ent in verb.doc.ents if ent.label_ == "PERSON" and ent.end <= child.i]
        if people:
            return {"source": fullest_name(people[-1], context),
                    "source_span": [child.idx, child.idx + len(child)]}
    return None


def source_of(head: Token, context: DocContext) -> dict:
    """A source phrase as a name: its named entity (fullest form) or the phrase itself."""
    doc = head.doc
    for ent in doc_ents(doc):
        if ent.label_ in SOURCE_LABELS and ent.start <= head.i < ent.end:
            return {"source": fullest_name(ent, context), "source_span": [ent.start_char, ent.end_char]}
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and head.left_edge.i <= ent.start and ent.end <= head.right_edge.i + 1:
            return {"source": fullest_name(ent, context), "source_span": [ent.start_char, ent.end_char]}
    if lemma_of(head) in SOURCE_DOCUMENT_NOUNS:   # "a statement from the Pentagon"
        for ent in doc_ents(doc):
            if ent.label_ in SOURCE_LABELS and head.i < ent.start and ent.end <= head.right_edge.i + 1 \
                    and not is_addressed_to(ent.root, head):
                return {"source": fullest_name(ent, context), "source_span": [ent.start_char, ent.end_char]}
    name = trailing_name(head)
    if name is not None:   # "Minister of National Defense Mariusz Błaszczak", untagged
        return {"source": name.text, "source_span": [name.start_char, name.end_char]}
    phrase = doc[head.left_edge.i:head.i + 1]
    return {"source": phrase.text, "source_span": [phrase.start_char, phrase.end_char]}


def trailing_name(head: Token) -> Span | None:
    """The personal name that ends a title phrase: the last proper nouns of its subtree that
    are not title or institution words."""
    words = list(head.subtree)
    end = len(words)
    while end and words[end - 1].is_punct:
        end -= 1
    start = end
    while start and words[start - 1].pos_ == "PROPN" and words[start - 1].lower_ not in ROLE_WORDS \
            and words[start - 1].is_title:
        start -= 1
    if end - start < 2 or words[end - 1].i < head.i:
        return None
    return head.doc[words[start].i:words[end - 1].i + 1]


def fullest_name(ent: Span, context: DocContext) -> str:
    """"Lukashenko" -> "Alexander Lukashenko" when the document spells it out somewhere."""
    if ent.text in context.names:
        return context.names[ent.text]
    if ent.label_ != "PERSON":
        return ent.text
    longer = [other.text for other in ent.doc.ents if other.label_ == "PERSON"
              and other.text.split()[-1] == ent.text.split()[-1]]
    return max(longer, key=len, default=ent.text)


@Language.factory(
    "claimledger_events",
    default_config={},
    assigns=["doc._.events"],
    requires=["doc.sents", "token.dep", "token.lemma", "doc.spans", "doc._.timexes",
              "doc._.quotes"],
)
def create_events(nlp: Language, name: str):
    """The event extractor; place it after the subjects, timexes and quotes components."""
    return EventExtractor(nlp, name)
