"""Conflicts between two reports, each pair written for these tests, with near misses that stay
quiet. The rules they check:

- a status told with a count of further units ("Three more jets landed") is of another unit, so
  its date does not date the first (``mark_counted_further_units`` in ``extract/link_records.py``);
- "forty-two" is one number, not forty (``hyphenated_units`` in ``extract/quantities.py``);
- a denial told by its noun ("published a denial that ... had been deployed") denies the status
  of its clause, unless nothing is denied ("declined to issue a denial", "no denial");
- "denied losing" denies a loss (``loss_words`` of the denial cues);
- a denied deployment that names its place answers only reports of that place;
- two dated starts whose sentences count different numbers of units are two batches, not two
  dates of one (``counts_differ`` in ``link/kinds/date.py``);
- an undated running total is of its report's days: a larger one three weeks later grew
  (``same_frame`` in ``link/kinds/number.py``);
- "not yet in service" is a deployment still ahead (``pending_words`` in ``lexicon/statuses.json``).
"""
from __future__ import annotations

import pytest
from conftest import QUIET, assert_pair_reading


FIRST_JETS_JUNE_3 = ("The first two Gripen jets for Hungary landed at Kecskemet air base on 3 June, the "
                     "Hungarian air force said.", "2025-06-10")
SIX_CAESARS_FEBRUARY = ("Denmark delivered six Caesar howitzers to Ukraine in February, the Danish defence "
                        "ministry said.", "2025-03-05")
FORTY_TOTAL = ("Italy has supplied 40 M109 howitzers to Ukraine so far, the Italian government said.", "2025-04-01")
GEPARD_IN_SERVICE = ("Romania's Gepard anti-aircraft guns have entered service, the Romanian army said on "
                     "Monday.", "2025-06-02")
NASAMS_IN_FINLAND = ("Norway has deployed NASAMS launchers to Finland, a Finnish newspaper reported on "
                     "Tuesday.", "2025-08-12")
KA52_SHOT_DOWN = ("Kyiv says its forces shot down a Ka-52 helicopter near Bakhmut on Friday.", "2025-03-08")

PAIRS = [
    # a further batch told by its count
    ("first-jets-two-dates", "date", FIRST_JETS_JUNE_3,
     ("The first two Gripen jets for Hungary landed at Kecskemet air base on 9 June, a government "
      "spokesman said.", "2025-06-11")),
    ("three-more-jets-quiet", QUIET, FIRST_JETS_JUNE_3,
     ("Three more Gripen jets for Hungary landed at Kecskemet air base on 9 June, a government "
      "spokesman said.", "2025-06-11")),
    # a hyphenated number
    ("forty-two-against-forty", "number",
     ("Spain sent forty-two Leopard 2 tanks to Ukraine on Friday, the Spanish army said.", "2025-05-10"),
     ("Spain sent forty Leopard 2 tanks to Ukraine on Friday, a Ukrainian officer said.", "2025-05-11")),
    ("forty-two-against-42-quiet", QUIET,
     ("Spain sent forty-two Leopard 2 tanks to Ukraine on Friday, the Spanish army said.", "2025-05-10"),
     ("Spain sent 42 Leopard 2 tanks to Ukraine on Friday, a Ukrainian officer said.", "2025-05-11")),
    # a denial told by its noun
    ("denial-noun", "status", NASAMS_IN_FINLAND,
     ("The Norwegian defence ministry published a denial that NASAMS launchers had been deployed to "
      "Finland.", "2025-08-13")),
    ("denial-noun-declined-quiet", QUIET, NASAMS_IN_FINLAND,
     ("The Norwegian defence ministry declined to issue a denial that NASAMS launchers had been "
      "deployed to Finland.", "2025-08-13")),
    ("denial-of-another-place-quiet", QUIET, NASAMS_IN_FINLAND,
     ("The Norwegian defence ministry denied that NASAMS launchers had been deployed to Sweden.", "2025-08-13")),
    # a denied loss told by "losing"
    ("denied-losing", "status", KA52_SHOT_DOWN,
     ("Moscow denied losing a Ka-52 helicopter near Bakhmut, the Russian ministry said.", "2025-03-09")),
    ("did-not-deny-losing-quiet", QUIET, KA52_SHOT_DOWN,
     ("Moscow did not deny losing a Ka-52 helicopter near Bakhmut, the Russian ministry said.", "2025-03-09")),
    # batches told by their counts
    ("same-count-two-months", "date", SIX_CAESARS_FEBRUARY,
     ("Denmark delivered six Caesar howitzers to Ukraine in May, the Danish defence ministry said.", "2025-06-04")),
    ("other-count-two-months-quiet", QUIET, SIX_CAESARS_FEBRUARY,
     ("Denmark delivered ten Caesar howitzers to Ukraine in May, the Danish defence ministry said.", "2025-06-04")),
    # running totals, undated
    ("total-fell-in-two-days", "number", FORTY_TOTAL,
     ("Italy has supplied 30 M109 howitzers to Ukraine so far, a Ukrainian official said.", "2025-04-03")),
    ("total-grew-in-three-weeks-quiet", QUIET, FORTY_TOTAL,
     ("Italy has supplied 55 M109 howitzers to Ukraine so far, the Italian government said.", "2025-04-22")),
    # in service, still ahead
    ("not-yet-in-service", "status", GEPARD_IN_SERVICE,
     ("Romania's Gepard anti-aircraft guns are not yet in service, a Romanian official said on "
      "Wednesday.", "2025-06-04")),
    ("not-yet-in-service-months-before-quiet", QUIET, GEPARD_IN_SERVICE,
     ("Romania's Gepard anti-aircraft guns are not yet in service, a Romanian official said on "
      "Wednesday.", "2025-01-15")),
]


@pytest.mark.parametrize("expected,one,other",
                         [pytest.param(expected, one, other, id=pair_id) for pair_id, expected, one, other in PAIRS])
def test_probed_pair(tmp_path, expected, one, other):
    assert_pair_reading(tmp_path, expected, one, other)
