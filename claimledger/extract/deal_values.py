"""The value of a deal for a system: "a $700 million contract for 29 Tor-M2 launchers", "the
contract, worth $1.4 billion, ...". A money amount that prices a contract, deal or order counts
that order in its currency, so two reports of one deal at different values can be compared as
two counts of one order are. The deal is the noun the amount modifies or the one its "worth"
phrase describes; its system is the one the deal's own phrase names, or the object of the verb
the deal is the means of ("ordered 18 Rafale jets in a deal worth ..."), else, for a definite deal
("the contract") that names none, the document's sole subject. A deal of two systems and a unit
price ("worth $92 million apiece") give none. Words: ``deal_value`` in ``lexicon/measures.json``."""
from __future__ import annotations

import re

from claimledger.extract.quantities import CURRENCY_SYMBOLS, CURRENCY_WORDS
from claimledger.lexicon import lexicon

DEAL = lexicon().measures["deal_value"]
DEAL_NOUNS = frozenset(DEAL["nouns"])
UNIT_PRICE_AFTER = re.compile(r"\W{0,3}(?:" + "|".join(map(re.escape, DEAL["unit_price_words"])) + r")\b",
                              re.IGNORECASE)
CURRENCY_UNITS = frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_WORDS.values())
DEFINITE = frozenset(lexicon().events["anaphor_determiners"])   # "the contract", "its deal": a deal told before
HEAD_REACH = 3   # "$" -> "million" -> "contract": a money phrase hangs on its noun within a few steps


def is_deal_noun(token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in DEAL_NOUNS


def worth_deal(worth):
    """The deal a "worth" phrase describes: the noun it stands beside ("the contract, worth $1.4
    billion") or the subject of the copula it completes ("the contract is worth $1.4 billion")."""
    head = worth.head
    if is_deal_noun(head):
        return head
    if head.pos_ in ("AUX", "VERB"):
        return next((child for child in head.children if child.dep_ in ("nsubj", "nsubjpass") and is_deal_noun(child)),
                    None)
    return None


def priced_deal(amount):
    """The deal noun the money amount ending at token ``amount`` prices, or None."""
    token = amount
    for _ in range(HEAD_REACH):
        head = token.head
        if head.i == token.i:
            return None
        if head.i > amount.i and is_deal_noun(head):
            return head   # "a $700 million contract"
        if head.lower_ == "worth":
            return worth_deal(head)
        token = head
    return None


def named_in(token, finder) -> list[str]:
    """The subjects named by name in ``token``'s phrase."""
    first, last = token.left_edge, token.right_edge
    return finder.subjects_in((first.idx, last.idx + len(last.text)), named_only=True)


def bought_objects(deal) -> list:
    """The objects of the verb a deal is the means of ("ordered 24 Rafale jets in a deal worth
    ..."): what that deal buys."""
    if deal.dep_ != "pobj" or deal.head.dep_ != "prep" or deal.head.head.pos_ != "VERB":
        return []
    return [child for child in deal.head.head.children if child.dep_ in ("dobj", "nsubjpass")]


def deal_subject(deal, finder, sole: str | None) -> str | None:
    """The one system the deal's own phrase names ("contract for 29 Tor-M2 launchers"), else the
    one the verb it is the means of takes as object; for a definite deal naming none ("the
    contract"), the document's sole subject."""
    named = named_in(deal, finder) or [subject for thing in bought_objects(deal) for subject in named_in(thing, finder)]
    if named:
        return named[0] if len(set(named)) == 1 else None
    if any(child.dep_ in ("det", "poss") and child.lower_ in DEFINITE for child in deal.children):
        return sole
    return None


def priced_quantities(doc, extraction, finder, sole: str | None, taken) -> list[tuple[object, str]]:
    """The money quantities of ``extraction`` that price a deal for a system, each with that
    system; ``taken``: spans already counted for a subject, left alone."""
    if doc is None:
        return []
    text, out = extraction.document.text, []
    for quantity in extraction.quantities:
        if quantity.unit not in CURRENCY_UNITS or tuple(quantity.span) in taken:
            continue
        if UNIT_PRICE_AFTER.match(text, quantity.span[1]):
            continue   # "worth $92 million apiece": the price of one unit
        tokens = doc.char_span(quantity.span[0], quantity.span[1], alignment_mode="expand")
        if tokens is None or not len(tokens):
            continue
        deal = priced_deal(tokens[-1])
        subject = deal_subject(deal, finder, sole) if deal is not None else None
        if subject is not None:
            out.append((quantity, subject))
    return out
