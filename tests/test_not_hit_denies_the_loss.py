"""A ground system said not to have been hit, or only struck by debris, was not lost: "hit" and
"struck" deny a loss when negated or limited, as "damaged" does; said plainly they say nothing
of a loss of a ground system (a tank hit may fight on)."""
from __future__ import annotations

import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def loss_claims(nlp, text):
    from claimledger.extract import extract_documents
    from claimledger.schema import Document

    extraction = next(iter(extract_documents(nlp, [Document(id="d", text=text, dct="2026-04-10", lang="en")])))
    return sorted((claim.subject, claim.kind) for claim in extraction.status_claims if claim.status == "DESTROYED")


# fmt: off
@pytest.mark.parametrize("text, expected", [
    ("The IRIS-T launcher outside Odesa was not hit, the regional governor said.", [("IRIS-T SLM", "denied")]),
    ("The NASAMS battery was only struck by falling debris, the air force said.", [("NASAMS", "denied")]),
    ("Russian drones did not hit the NASAMS battery near Lviv, the air force said.", [("NASAMS", "denied")]),
    # near misses: a plain hit of a ground system says nothing of its loss
    ("The IRIS-T launcher outside Odesa was hit by a drone on Tuesday, the governor said.", []),
    ("The NASAMS crews hit two cruise missiles over Lviv, the air force said.", []),
])
# fmt: on
def test_a_ground_system_not_hit_was_not_lost(nlp, text, expected):
    assert loss_claims(nlp, text) == expected
