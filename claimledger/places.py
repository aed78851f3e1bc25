"""Country adjectives and country names shared by the extract and link stages: one table, two uses.

Events turn "Belarusian soil" into the place "Belarus"; the link stage folds
"Belarusian", "Belarus" and variant spellings to one key when comparing names.
"""

# country adjective -> the country's name
DEMONYMS = {
    "belarusian": "Belarus", "russian": "Russia", "ukrainian": "Ukraine", "polish": "Poland",
    "lithuanian": "Lithuania", "latvian": "Latvia", "estonian": "Estonia", "finnish": "Finland",
    "german": "Germany", "french": "France", "british": "United Kingdom", "american": "United States",
    "romanian": "Romania", "moldovan": "Moldova", "georgian": "Georgia", "armenian": "Armenia",
    "azerbaijani": "Azerbaijan", "kazakh": "Kazakhstan", "hungarian": "Hungary",
    "slovak": "Slovakia", "czech": "Czech Republic", "serbian": "Serbia", "turkish": "Turkey",
    "syrian": "Syria", "iranian": "Iran", "israeli": "Israel", "chinese": "China",
    "japanese": "Japan", "taiwanese": "Taiwan", "korean": "Korea", "swedish": "Sweden",
    "norwegian": "Norway", "danish": "Denmark", "dutch": "Netherlands", "italian": "Italy",
    "spanish": "Spain", "crimean": "Crimea", "venezuelan": "Venezuela", "cuban": "Cuba",
    "indian": "India", "australian": "Australia", "canadian": "Canada", "saudi": "Saudi Arabia",
    "philippine": "Philippines", "greek": "Greece", "swiss": "Switzerland", "austrian": "Austria",
    "belgian": "Belgium", "bulgarian": "Bulgaria", "croatian": "Croatia", "egyptian": "Egypt",
    "pakistani": "Pakistan", "vietnamese": "Vietnam", "qatari": "Qatar", "iraqi": "Iraq",
    "emirati": "United Arab Emirates", "portuguese": "Portugal", "slovenian": "Slovenia",
}
# country names as reports write them: the demonyms' countries and common short forms
COUNTRIES = frozenset(DEMONYMS.values()) | {
    "US", "U.S.", "USA", "the United States", "UK", "Britain", "North Korea", "South Korea",
    "Kazakhstan", "Algeria", "Morocco", "Indonesia", "Malaysia", "Thailand", "Singapore",
}
# names of one country as reports write them (lower case), folded to one spelling: the extract
# stage's donors read them beside COUNTRIES; the link stage folds the same variants by place key
COUNTRY_ALIASES = {"us": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
                   "united states": "United States", "america": "United States", "the united states": "United States",
                   "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
                   "great britain": "United Kingdom", "united kingdom": "United Kingdom", "the pentagon": "United States",
                   "the white house": "United States", "pentagon": "United States", "white house": "United States",
                   "netherlands": "Netherlands", "the netherlands": "Netherlands", "holland": "Netherlands"}
# the people of a country, named for it: "the Americans have sent"
PLURAL_DEMONYMS = {"americans": "United States", "germans": "Germany", "russians": "Russia",
                   "iranians": "Iran", "israelis": "Israel", "poles": "Poland", "danes": "Denmark",
                   "swedes": "Sweden", "norwegians": "Norway", "italians": "Italy", "canadians": "Canada",
                   "australians": "Australia", "ukrainians": "Ukraine", "chinese": "China",
                   "dutch": "Netherlands", "french": "France", "british": "United Kingdom",
                   "north koreans": "North Korea", "czechs": "Czech Republic", "turks": "Turkey"}
