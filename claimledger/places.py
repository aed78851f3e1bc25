"""Country adjectives shared by the extract and link stages: one table, two uses.

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
}
