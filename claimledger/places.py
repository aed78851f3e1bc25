"""Country adjectives and country names shared by the extract and link stages: one table, two uses.

Events turn "Belarusian soil" into the place "Belarus"; the link stage folds
"Belarusian", "Belarus" and variant spellings to one key when comparing names.
The words are data in claimledger/lexicon/places.json.
"""
from claimledger.lexicon import lexicon

# country adjective -> the country's name
DEMONYMS = dict(lexicon().places["demonyms"])
# country names as reports write them: the demonyms' countries and common short forms
COUNTRIES = frozenset(DEMONYMS.values()) | frozenset(lexicon().places["country_names"])
# names of one country as reports write them (lower case), folded to one spelling: the extract
# stage's donors read them beside COUNTRIES; the link stage folds the same variants by place key
COUNTRY_ALIASES = dict(lexicon().places["country_aliases"])
# the people of a country, named for it: "the Americans have sent"
PLURAL_DEMONYMS = dict(lexicon().places["plural_demonyms"])
