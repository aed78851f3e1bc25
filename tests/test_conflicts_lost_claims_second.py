"""Conflicts lost because one report's wording gave no claim to compare, a second pass: each pair
written for these tests (two outlets a few days apart, systems and places of their own), with
near misses that stay quiet. The wordings:

- a count split from its noun: "nine of the jets", "the jets, nine in all", "a batch of nine",
  and a count whose number the model reads as a date ("12 (by some accounts) Rafale jets");
- a year held in a modifier of a delivery noun ("the 2023 delivery of");
- a loss told as a noun set beside a phrase ("a first: the downing of");
- a denial that points back ("the reports are false") to a headline naming the system, or a
  pointer said not to have happened ("this did not happen", "that never happened"), which denies
  what the sentence right before reports, and only that sentence;
- a quotation opened by a dash after a sentence of its paragraph and signed after a dash by a
  citing verb ("the agency cites the words of X"): X is its speaker, not the agency.

One wording is still lost (marked as an expected failure, so a fix shows): the count behind a
bracketed aside.
"""
from __future__ import annotations

import pytest
from conftest import QUIET, assert_pair_reading


# counts split from their noun, against a plain count of one delivery
K9_TWELVE = ("Poland has received twelve K9 howitzers from South Korea, the Polish defence ministry said on "
             "Monday.", "2025-03-10")
RAFALE_TWELVE = ("Serbia has taken delivery of twelve Rafale jets from France, the Serbian defence ministry "
                 "said on Tuesday.", "2025-09-16")

# a year in a modifier of the delivery against a dated one
NASAMS_IN_2024 = ("Norway delivered the NASAMS launchers to Lithuania in 2024, a Lithuanian official said on "
                  "Monday.", "2025-11-03")

# a loss told as a noun beside a phrase, against its denial
SU34_NOT_LOST = ("Russia's defence ministry said no Su-34 had been lost near Novorossiysk.", "2025-05-07")

# a headline naming the system, the denial pointing back to it
MI35_SOLD = ("Belarus has sold six Mi-35 helicopters to Sudan, a Dutch monitoring group said on Monday.",
             "2025-04-14")

# one quotation, two speakers
QUOTE = "We have finished moving the Bastion launchers to the coast"

PAIRS = [
    # a count split from its noun, after the system was named
    ("partitive-count-of-the-jets", "number", RAFALE_TWELVE,
     ("Serbia's Rafale jets have arrived from France. Fourteen of the jets landed at Batajnica, the Serbian "
      "defence ministry said on Thursday.", "2025-09-18")),
    ("partitive-count-of-the-jets-another-batch-quiet", QUIET, RAFALE_TWELVE,
     ("Serbia's Rafale jets have arrived from France. Fourteen more of the jets will follow next year, the "
      "Serbian defence ministry said on Thursday.", "2025-09-18")),
    ("apposed-total-of-the-howitzers", "number", K9_TWELVE,
     ("South Korea has shipped the K9 artillery to Poland. The howitzers, sixteen in all, reached Gdynia, a "
      "Polish official said on Wednesday.", "2025-03-12")),
    ("a-batch-of-sixteen", "number", K9_TWELVE,
     ("Poland has received a batch of sixteen K9 howitzers from South Korea, a Polish official said on "
      "Wednesday.", "2025-03-12")),
    ("a-second-batch-of-sixteen-quiet", QUIET, K9_TWELVE,
     ("Poland expects a second batch of sixteen K9 howitzers from South Korea next year, a Polish official "
      "said on Wednesday.", "2025-03-12")),
    ("count-read-as-date-with-an-aside", "number", RAFALE_TWELVE,
     ("Serbia has taken delivery of 14 (by some accounts) Rafale jets from France, a Belgrade daily reported "
      "on Thursday.", "2025-09-18")),
    # a year in a modifier of the delivery
    ("year-in-a-delivery-modifier", "date", NASAMS_IN_2024,
     ("The 2023 delivery of the NASAMS launchers to Lithuania by Norway was a first, a Norwegian official "
      "said on Wednesday.", "2025-11-05")),
    ("year-in-a-modifier-of-another-delivery-quiet", QUIET, NASAMS_IN_2024,
     ("The 2023 delivery of NASAMS radars to Latvia by Norway was a first, a Norwegian official said on "
      "Wednesday.", "2025-11-05")),
    ("year-built-is-no-delivery-date-quiet", QUIET, NASAMS_IN_2024,
     ("Lithuania's 2023-built NASAMS launchers came from Norway, a Norwegian official said on Wednesday.",
      "2025-11-05")),
    # a loss told as a noun beside a phrase
    ("loss-noun-beside-a-phrase-denied", "status",
     ("Ukraine's navy announced a first: the downing of a Russian Su-34 near Novorossiysk by a sea drone.",
      "2025-05-05"),
     SU34_NOT_LOST),
    ("loss-noun-beside-a-phrase-another-place-quiet", QUIET,
     ("Ukraine's navy announced a first: the downing of a Russian Su-34 near Sevastopol by a sea drone.",
      "2025-05-05"),
     SU34_NOT_LOST),
    # a denial pointing back to a headline that names the system
    ("denial-pointing-back-to-the-headline", "status", MI35_SOLD,
     ("Minsk rejects Mi-35 sale report\nBelarus's state arms exporter said on Wednesday that the reports are "
      "false and that no such deal was made.", "2025-04-16")),
    ("denial-of-another-claim-quiet", QUIET, MI35_SOLD,
     ("Minsk rejects report of Sudanese pilots in training\nBelarus's state arms exporter said on Wednesday "
      "that the reports are false.", "2025-04-16")),
    ("this-did-not-happen", "status", MI35_SOLD,
     ("A Dutch group says Belarus sold Mi-35 helicopters to Sudan. Belarus's state arms exporter said on "
      "Wednesday that this did not happen.", "2025-04-16")),
    ("that-never-happened-first", "status", MI35_SOLD,
     ("A Dutch group says Belarus sold Mi-35 helicopters to Sudan. That never happened, Belarus's state arms "
      "exporter said on Wednesday.", "2025-04-16")),
    ("this-did-not-happen-of-another-claim-quiet", QUIET, MI35_SOLD,
     ("Belarus sold Mi-35 helicopters to Sudan. A Dutch group also says Sudanese crews trained in Belarus. "
      "Belarus's state arms exporter said on Wednesday that this did not happen.", "2025-04-16")),
    # a quotation given with dashes and its speaker after it
    ("dashed-quotation-two-speakers", "attribution",
     (f'"{QUOTE}," Defence Minister Pavel Orlov said on Tuesday.', "2025-02-04"),
     (f"The launchers have left their depots. – {QUOTE}, – the agency cites the words of Kremlin spokesman "
      "Ilya Sorokin.", "2025-02-06")),
    ("dashed-quotation-in-a-running-paragraph", "attribution",
     (f'"{QUOTE}," Defence Minister Pavel Orlov said on Tuesday.', "2025-02-04"),
     (f"The launchers have left their depots. – {QUOTE}, – a news agency quotes the remarks of Kremlin "
      "spokesman Ilya Sorokin. The move follows drills on the peninsula.", "2025-02-06")),
    ("dashed-quotation-one-speaker-quiet", QUIET,
     (f'"{QUOTE}," Defence Minister Pavel Orlov said on Tuesday.', "2025-02-04"),
     (f"The launchers have left their depots. – {QUOTE}, – the agency cites the words of Defence Minister "
      "Pavel Orlov.", "2025-02-06")),
    ("quotation-and-its-paraphrase-by-one-speaker-quiet", QUIET,
     (f'"{QUOTE}," Defence Minister Pavel Orlov said on Tuesday.', "2025-02-04"),
     ("Defence Minister Pavel Orlov said on Tuesday that the Bastion launchers had been moved to the coast.",
      "2025-02-06")),
]


# a wording still read wrong: the aside breaks the parse of the delivery, so the count has no status
# to be compared under
STILL_LOST = {"count-read-as-date-with-an-aside"}


def pair_param(pair_id, expected, one, other):
    marks = [pytest.mark.xfail(strict=True, reason="wording still lost")] if pair_id in STILL_LOST else []
    return pytest.param(expected, one, other, id=pair_id, marks=marks)


@pytest.mark.parametrize("expected,one,other", [pair_param(*pair) for pair in PAIRS])
def test_lost_claim_pair_second(tmp_path, expected, one, other):
    assert_pair_reading(tmp_path, expected, one, other)
