"""An infinitive joined to one that hangs on a noun shares that noun's reading: under a noun
that states nothing of it ("determination", "readiness") neither states an event; under a plan
or a request noun both are the plan or the request. Sentences written for these tests."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)
from conftest import sorted_statuses as statuses


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Analysts see the junta's resolve to test more missiles and later to deploy them on KN-23 launchers.", []),
    ("The report stressed Hanoi's eagerness to modernise its navy and eventually to field BrahMos batteries.", []),
    # a plan noun's infinitives are the plan
    ("Manila unveiled a plan to buy BrahMos batteries and to station them on Luzon.", [("BrahMos", "PLANNED")]),
    # an infinitive of its own under a verb keeps its reading
    ("Manila decided to buy BrahMos batteries and to station them on Luzon.", [("BrahMos", "PLANNED")]),
])
def test_infinitives_joined_under_a_noun(nlp, text, expected):
    assert statuses(nlp, text) == expected
# fmt: on


def test_an_infinitive_joined_to_a_finite_verb_is_unstated():
    """The parser may join "to deploy" to the finite verb when it misreads the noun between
    ("underscores the drive to mass-produce warheads and eventually to deploy them")."""
    import spacy
    from spacy.tokens import Doc

    from claimledger.extract.events import is_unstated_infinitive_conjunct

    words = ["It", "shows", "resolve", "and", "to", "deploy", "them", "."]
    heads = [1, 1, 1, 1, 5, 1, 5, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "aux", "conj", "dobj", "punct"]
    tags = ["PRP", "VBZ", "NN", "CC", "TO", "VB", "PRP", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert is_unstated_infinitive_conjunct(doc[5])
    # a bare verb joined to a finite one is no infinitive: read as it stands
    bare = Doc(spacy.blank("en").vocab, words=["It", "shows", "resolve", "and", "deploys", "them", "."],
               heads=[1, 1, 1, 1, 1, 4, 1], deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "punct"],
               tags=["PRP", "VBZ", "NN", "CC", "VBZ", "PRP", "."])
    assert not is_unstated_infinitive_conjunct(bare[4])
