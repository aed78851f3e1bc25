"""Quotations and their speakers in the shapes outlets write them, one grid a shape: direct
speech in straight, curly and single curly marks, "said that", a bare content clause,
"according to", a colon, a quotation continued over two paragraphs, the attribution before,
inside and after the content, "X told Y", ", <agency> reported"; and speakers in every form a
report names them: a full name with a title, a country or a day before it, the surname later, a
role noun ("the defence minister", "the head of state"), an institution in full, then short or
by its initials, a pronoun, a spokesperson, two office holders together. Negatives: headings,
link lines, photo captions, a claim noun's clause, a quotation nested in another, scare quotes
on a name. Each case is a short report written for it, run through the whole extraction
pipeline; the quotes found must be exactly the ones listed (content, speaker). Cases the rules
cannot read yet are expected failures with their reason."""
import pytest
from conftest import check_quotes
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def xfail_because(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


# fmt: off
DIRECT = [
    ('"The bridge will be repaired within a week," Defence Minister Anna Kovac said on Tuesday.',
     [("The bridge will be repaired within a week", "Anna Kovac")]),
    ("“We have enough shells for the winter,” said General Tomas Reiner, the army chief.",
     [("We have enough shells for the winter", "Tomas Reiner")]),
    ("‘The convoy left the depot at dawn,’ the army spokesman, Colonel Pavel Dinu, told reporters.",
     [("The convoy left the depot at dawn", "Pavel Dinu")]),
    ('Prime Minister Elena Varga was blunt: "No foreign troops will be stationed on our soil."',
     [("No foreign troops will be stationed on our soil", "Elena Varga")]),
    ("Defence Minister Jan Holm said: “The frigates will sail for the Baltic in June.”",
     [("The frigates will sail for the Baltic in June", "Jan Holm")]),
    ('Defence Minister Jan Holm said, "The frigates will sail for the Baltic in June."',
     [("The frigates will sail for the Baltic in June", "Jan Holm")]),
    ("“The radars are already working,” Holm said. “The crews finished their training last month.”",
     [("The radars are already working", "Holm"),
      ("The crews finished their training last month", "Holm")]),
    ("Latvia's defence minister, Ivo Zarins, said the launchers had come early. “They arrived "
     "two weeks ahead of schedule,” Zarins said.",
     [("the launchers had come early", "Ivo Zarins"),
      ("They arrived two weeks ahead of schedule", "Ivo Zarins")]),
    ("On Monday, Finnish President Kari Lehto said: ‘Our border guards are ready for anything.’",
     [("Our border guards are ready for anything", "Kari Lehto")]),
    ("Admiral Rosa Lind visited the garrison on Friday. “We will not leave the island undefended,” "
     "she said.",
     [("We will not leave the island undefended", "Rosa Lind")]),
    ("General Staff chief Marek Olsen spoke to the press on Sunday. “The enemy lost twelve tanks "
     "near the river,” he said.",
     [("The enemy lost twelve tanks near the river", "Marek Olsen")]),
    ("“The shipment has cleared customs,” a spokeswoman for the Ministry of Defence told the "
     "Baltic Herald.",
     [("The shipment has cleared customs", "a spokeswoman for the Ministry of Defence")]),
    ("“The shipment has cleared customs,” Ministry of Defence spokeswoman Liis Tamm told the "
     "Baltic Herald.",
     [("The shipment has cleared customs", "Liis Tamm")]),
]

CONTINUED = [
    ("Colonel Aron Vask described the night at the base. “The first drones came at two in the "
     "morning. We shot down most of them over the sea.\n\n"
     "“Two reached the airfield but caused no damage,” he said.",
     [("The first drones came at two in the morning. We shot down most of them over the sea",
       "Aron Vask"),
      ("Two reached the airfield but caused no damage", "Aron Vask")]),
    ("The navy chief, Vice Admiral Ines Moller, gave the figures in parliament: “Four ships are "
     "on patrol in the north.\n\n"
     "“Two more will join them before the winter.”",
     [("Four ships are on patrol in the north", "Ines Moller"),
      ("Two more will join them before the winter", "Ines Moller")]),
]

INDIRECT = [
    ("Defence Minister Anna Kovac said that the first tanks had reached the brigade.",
     [("the first tanks had reached the brigade", "Anna Kovac")]),
    ("Defence Minister Anna Kovac said the first tanks had reached the brigade.",
     [("the first tanks had reached the brigade", "Anna Kovac")]),
    ("The first tanks have reached the brigade, Defence Minister Anna Kovac said on Tuesday.",
     [("The first tanks have reached the brigade", "Anna Kovac")]),
    ("The first tanks have reached the brigade, said Anna Kovac, the defence minister.",
     [("The first tanks have reached the brigade", "Anna Kovac")]),
    ("The first tanks, Kovac said, have reached the brigade.",
     [("The first tanks, Kovac said, have reached the brigade", "Kovac")]),
    ("According to Defence Minister Anna Kovac, the first tanks have reached the brigade.",
     [("the first tanks have reached the brigade", "Anna Kovac")]),
    ("The first tanks have reached the brigade, according to the Ministry of Defence.",
     [("The first tanks have reached the brigade", "Ministry of Defence")]),
    ("Anna Kovac told the newspaper Nord Post that the first tanks had reached the brigade.",
     [("the first tanks had reached the brigade", "Anna Kovac")]),
    ("Anna Kovac told reporters the first tanks had reached the brigade.",
     [("the first tanks had reached the brigade", "Anna Kovac")]),
    ("The first tanks have reached the brigade, the Nordic Press Agency reported.",
     [("The first tanks have reached the brigade", "the Nordic Press Agency")]),
    ("The first tanks have reached the brigade, Reuters reported, citing two officials.",
     [("The first tanks have reached the brigade", "Reuters")]),
    ("On Wednesday, the Polish defence minister, Piotr Nowicki, said that the howitzers would be "
     "delivered by March.",
     [("the howitzers would be delivered by March", "Piotr Nowicki")]),
    ("Polish Defence Minister Piotr Nowicki announced that the howitzers would be delivered by "
     "March.",
     [("the howitzers would be delivered by March", "Piotr Nowicki")]),
    ("Piotr Nowicki, Poland's defence minister, confirmed that the howitzers would be delivered "
     "by March.",
     [("the howitzers would be delivered by March", "Piotr Nowicki")]),
    ("The howitzers will be delivered by March, Polish Defence Minister Piotr Nowicki wrote on X.",
     [("The howitzers will be delivered by March", "Piotr Nowicki")]),
    ("Defence Minister Anna Kovac and Foreign Minister Lars Berg said in a joint statement that "
     "the air base would stay open.",
     [("the air base would stay open", "Anna Kovac and Lars Berg")]),
    ("Latvia, Lithuania and Estonia said in a joint statement that the border would stay "
     "closed.",
     [("the border would stay closed", "Latvia, Lithuania and Estonia")]),
    ("Russia and Belarus said the radars had arrived. They added that the crews were ready.",
     [("the radars had arrived", "Russia and Belarus"),
      ("the crews were ready", "Russia and Belarus")]),
    ("The air base will stay open, the defence and foreign ministers said in a joint statement.",
     [("The air base will stay open", "the defence and foreign ministers")]),
    ("Officials said the jets had landed in Lithuania on Thursday.",
     [("the jets had landed in Lithuania on Thursday", "Officials")]),
    ("A senior military official said the jets had landed in Lithuania on Thursday.",
     [("the jets had landed in Lithuania on Thursday", "A senior military official")]),
    ("Two people familiar with the plans said the jets would land in Lithuania on Thursday.",
     [("the jets would land in Lithuania on Thursday", "Two people familiar with the plans")]),
    ("The jets landed in Lithuania on Thursday, the air force said in a statement.",
     [("The jets landed in Lithuania on Thursday", "air force")]),
    ("In a statement, the air force said the jets had landed in Lithuania on Thursday.",
     [("the jets had landed in Lithuania on Thursday", "air force")]),
]

SURNAME_LATER = [
    ("Defence Minister Anna Kovac visited the brigade on Monday. Kovac said the tanks were ready.",
     [("the tanks were ready", "Anna Kovac")]),
    ("Defence Minister Anna Kovac visited the brigade on Monday. Kovac said: “The tanks are "
     "ready.”",
     [("The tanks are ready", "Anna Kovac")]),
    ("Defence Minister Anna Kovac visited the brigade on Monday. The tanks are ready, Kovac said.",
     [("The tanks are ready", "Anna Kovac")]),
    ("Defence Minister Anna Kovac visited the brigade on Monday. According to Kovac, the tanks "
     "are ready.",
     [("the tanks are ready", "Anna Kovac")]),
    ("Defence Minister Anna Kovac visited the brigade on Monday. Ms Kovac said the tanks were "
     "ready.",
     [("the tanks were ready", "Anna Kovac")]),
    ("General Tomas Reiner toured the front on Sunday.\n\nGen. Reiner told reporters that the "
     "line was holding.",
     [("the line was holding", "Tomas Reiner")]),
]

ROLE_NOUNS = [
    ("Defence Minister Anna Kovac visited the brigade on Monday. The defence minister said the "
     "tanks were ready.",
     [("the tanks were ready", "Anna Kovac")]),
    ("Defence Minister Anna Kovac visited the brigade on Monday. The tanks are ready, the "
     "minister said.",
     [("The tanks are ready", "Anna Kovac")]),
    ("President Kari Lehto met the troops in Kajaani. The head of state said the border would "
     "stay closed.",
     [("the border would stay closed", "Kari Lehto")]),
    ("President Kari Lehto met the troops in Kajaani. The border will stay closed, the president "
     "said.",
     [("The border will stay closed", "Kari Lehto")]),
    ("The president of Moldova, Irina Cebotari, spoke after the meeting. She said the country "
     "would not join any alliance.",
     [("the country would not join any alliance", "Irina Cebotari")]),
    ("General Staff chief Marek Olsen briefed the cabinet. The General Staff chief said that two "
     "brigades had been moved north.",
     [("two brigades had been moved north", "Marek Olsen")]),
    ("Colonel Pavel Dinu, a spokesman for the army, spoke to reporters. The spokesman said the "
     "convoy had left.",
     [("the convoy had left", "Pavel Dinu")]),
    ("The head of the navy, Vice Admiral Ines Moller, was asked about the ships. The admiral said "
     "four were on patrol.",
     [("four were on patrol", "Ines Moller")]),
]

INSTITUTIONS = [
    ("The Ministry of Defence said the radars had arrived. The ministry added that crews would "
     "start training in May.",
     [("the radars had arrived", "Ministry of Defence"),
      ("crews would start training in May", "Ministry of Defence")]),
    ("The Ministry of Defence (MoD) said the radars had arrived. The MoD added that crews would "
     "start training in May.",
     [("the radars had arrived", "Ministry of Defence"),
      ("crews would start training in May", "Ministry of Defence")]),
    ("The Ministry of Defence said the radars had arrived. The radars will be tested in May, the "
     "ministry said.",
     [("the radars had arrived", "Ministry of Defence"),
      ("The radars will be tested in May", "Ministry of Defence")]),
    ("The Ukrainian Defense Ministry said the radars had arrived. According to the ministry, "
     "crews will start training in May.",
     [("the radars had arrived", "Ukrainian Defense Ministry"),
      ("crews will start training in May", "Ukrainian Defense Ministry")]),
    ("The Ministry of Defense of Ukraine said the radars had arrived. The Defense Ministry added "
     "that crews would start training in May.",
     [("the radars had arrived", "Ministry of Defense of Ukraine"),
      ("crews would start training in May", "Ministry of Defense of Ukraine")]),
    ("The General Staff of the Armed Forces reported that the bridge had been hit. The General "
     "Staff said that repairs had begun.",
     [("the bridge had been hit", "General Staff of the Armed Forces"),
      ("repairs had begun", "General Staff of the Armed Forces")]),
    ("The North Atlantic Treaty Organization (NATO) said the jets would stay. NATO added that a "
     "second squadron was on its way.",
     [("the jets would stay", "North Atlantic Treaty Organization"),
      ("a second squadron was on its way", "North Atlantic Treaty Organization")]),
    ("The Pentagon said the jets would stay. A Pentagon spokesman said a second squadron was on "
     "its way.",
     [("the jets would stay", "Pentagon"),
      ("a second squadron was on its way", "A Pentagon spokesman")]),
]

PRONOUNS = [
    ("Defence Minister Anna Kovac visited the brigade. She said the tanks were ready.",
     [("the tanks were ready", "Anna Kovac")]),
    ("Defence Minister Jan Holm visited the brigade. He said the tanks were ready.",
     [("the tanks were ready", "Jan Holm")]),
    ("Defence Minister Jan Holm visited the brigade. The tanks are ready, he said.",
     [("The tanks are ready", "Jan Holm")]),
    ("Defence Minister Jan Holm visited the brigade. According to him, the tanks are ready.",
     [("the tanks are ready", "Jan Holm")]),
    ("The Ministry of Defence issued a statement on Monday. It said the radars had arrived.",
     [("the radars had arrived", "Ministry of Defence")]),
    ("The 14th Mechanised Brigade said the village had been retaken. They added that the enemy "
     "had withdrawn.",
     [("the village had been retaken", "14th Mechanised Brigade"),
      ("the enemy had withdrawn", "14th Mechanised Brigade")]),
    ("Border guards said the crossing had been closed. They said it would reopen on Friday.",
     [("the crossing had been closed", "Border guards"),
      ("it would reopen on Friday", "Border guards")]),
]

NEXT_SENTENCE = [
    ("The radars will be moved to the coast in the spring. This was stated by Defence Minister "
     "Anna Kovac on Monday.",
     [("The radars will be moved to the coast in the spring", "Anna Kovac")]),
]

NOT_QUOTES = [
    ("Tanks arrive in Latvia\n\nThe first tanks reached the port of Riga on Monday.", []),
    ("Read more: Minister says tanks will arrive in spring\n\nThe first tanks reached the port "
     "of Riga on Monday.", []),
    ("Photo: Defence Minister Anna Kovac speaks to troops in Riga on Monday. (Nordic Press "
     "Agency)\n\nThe first tanks reached the port of Riga on Monday.", []),
    ("The ministry denied the claim that the tanks had been damaged at sea.", []),
    ("Officials dismissed reports that the convoy had been ambushed.", []),
    ("The news that the jets had landed was welcomed in the capital.", []),
    ("Rumours that the base would close spread quickly among the soldiers.", []),
    ("The brigade received the ‘Storm’ launchers on Friday.", []),
    ('The so-called "Iron Wall" air defence line runs along the river.', []),
    ("The minister urged the allies to send more air defence systems.", []),
    ("The army refused to confirm that the jets had arrived.", []),
    ("The minister announced the arrival of the first tanks.", []),
    ("“The line is holding,” the colonel said, “and as my men say, ‘We are not going anywhere.’”\n"
     "The colonel commands the 3rd Brigade.",
     [("The line is holding", "the colonel"),
      ("and as my men say, ‘We are not going anywhere.’", "the colonel")]),
]

REPORTING_FORMS = [
    ("Defence Minister Anna Kovac stressed that the tanks would stay in the east.",
     [("the tanks would stay in the east", "Anna Kovac")]),
    ("Defence Minister Anna Kovac warned that the tanks would stay in the east.",
     [("the tanks would stay in the east", "Anna Kovac")]),
    ("Defence Minister Anna Kovac pointed out that the tanks would stay in the east.",
     [("the tanks would stay in the east", "Anna Kovac")]),
    ("Defence Minister Anna Kovac insisted the tanks would stay in the east.",
     [("the tanks would stay in the east", "Anna Kovac")]),
    ("Speaking to reporters in Tartu, Defence Minister Anna Kovac said the tanks would stay in "
     "the east.",
     [("the tanks would stay in the east", "Anna Kovac")]),
    ("Defence Minister Anna Kovac, speaking in Tartu, said the tanks would stay in the east.",
     [("the tanks would stay in the east", "Anna Kovac")]),
    ("In an interview with the Nord Post, Defence Minister Anna Kovac said the tanks would stay in "
     "the east.",
     [("the tanks would stay in the east", "Anna Kovac")]),
    ("Defence Minister Anna Kovac said in an interview with the Nord Post that the tanks would "
     "stay in the east.",
     [("the tanks would stay in the east", "Anna Kovac")]),
    ("Defence Minister Anna Kovac wrote on Telegram on Monday that the tanks would stay in the "
     "east.",
     [("the tanks would stay in the east", "Anna Kovac")]),
    ("The tanks will stay in the east, Defence Minister Anna Kovac told the Nord Post.",
     [("The tanks will stay in the east", "Anna Kovac")]),
    ("The tanks will stay in the east, Defence Minister Anna Kovac was quoted as saying by the "
     "Nord Post.",
     [("The tanks will stay in the east", "Anna Kovac")]),
    ("The Nord Post quoted Defence Minister Anna Kovac as saying that the tanks would stay in the "
     "east.",
     [("the tanks would stay in the east", "Anna Kovac")]),
    ("Defence Minister Anna Kovac, quoted by the Nord Post, said the tanks would stay in the east.",
     [("the tanks would stay in the east", "Anna Kovac")]),
    ("The tanks will stay in the east, according to a statement from the Ministry of Defence.",
     [("The tanks will stay in the east", "Ministry of Defence")]),
    ("According to a report by the Nord Post, the tanks will stay in the east.",
     [("the tanks will stay in the east", "the Nord Post")]),
    ("The Ministry of Defence said in a statement on its website that the tanks would stay in "
     "the east.",
     [("the tanks would stay in the east", "Ministry of Defence")]),
    ("The tanks will stay in the east, the Ministry of Defence said on Telegram.",
     [("The tanks will stay in the east", "Ministry of Defence")]),
    ("Defence Minister Anna Kovac added: “The tanks will stay in the east.”",
     [("The tanks will stay in the east", "Anna Kovac")]),
    ("“The tanks will stay in the east,” Defence Minister Anna Kovac wrote on X.",
     [("The tanks will stay in the east", "Anna Kovac")]),
    ("“The tanks will stay in the east,” Kovac, the defence minister, told parliament on "
     "Wednesday.",
     [("The tanks will stay in the east", "Kovac")]),
]

APPOSITIONS = [
    ("Ivan Sorokin, who heads the regional military administration, said the shelling had "
     "stopped.",
     [("the shelling had stopped", "Ivan Sorokin")]),
    ("The shelling has stopped, said Ivan Sorokin, head of the regional military administration.",
     [("The shelling has stopped", "Ivan Sorokin")]),
    ("The shelling has stopped, said Lieutenant Colonel Mark Evans, a spokesman for the European "
     "Command.",
     [("The shelling has stopped", "Mark Evans")]),
    ("The regional governor, Ivan Sorokin, said the shelling had stopped.",
     [("the shelling had stopped", "Ivan Sorokin")]),
    ("Sorokin, the regional governor, said the shelling had stopped.",
     [("the shelling had stopped", "Sorokin")]),
    ("Ukraine's commander-in-chief, General Oleh Marchuk, said the shelling had stopped.",
     [("the shelling had stopped", "Oleh Marchuk")]),
    ("US Secretary of Defense Lloyd Carver said the shelling had stopped.",
     [("the shelling had stopped", "Lloyd Carver")]),
    ("Karl Berg, a spokesman for the Ministry of Defence, said the shelling had stopped.",
     [("the shelling had stopped", "Karl Berg")]),
    ("A spokesman for the Ministry of Defence, Karl Berg, said the shelling had stopped.",
     [("the shelling had stopped", "Karl Berg")]),
    ("A ministry spokesman said the shelling had stopped.",
     [("the shelling had stopped", "A ministry spokesman")]),
    ("The head of the presidential office, Viktor Sava, wrote on Telegram that the shelling had "
     "stopped.",
     [("the shelling had stopped", "Viktor Sava")]),
    pytest.param("Defence Minister Anna Kovac and her Lithuanian counterpart Rimas Adomaitis "
                 "said the jets would stay.",
                 [("the jets would stay", "Anna Kovac and Rimas Adomaitis")],
                 marks=xfail_because("\"her counterpart\" writes no office before the "
                                     "second name, and joint speakers need one on each")),
]

AFTER_ATTRIBUTION = [
    ("Defence Minister Anna Kovac said the tanks had come early. “They arrived two weeks ahead "
     "of schedule.”",
     [("the tanks had come early", "Anna Kovac"),
      ("They arrived two weeks ahead of schedule", "Anna Kovac")]),
    ("“The tanks came early,” Defence Minister Anna Kovac said on Monday. “They arrived two weeks "
     "ahead of schedule.”",
     [("The tanks came early", "Anna Kovac"),
      ("They arrived two weeks ahead of schedule", "Anna Kovac")]),
    pytest.param("Kovac then turned to the jets.\n\n“The first four will land in May,” the "
                 "minister said.",
                 [("The first four will land in May", "Kovac")],
                 marks=xfail_because("a surname alone that opens the text is not tagged as a "
                                     "person, so \"the minister\" has no one to take up")),
]

OFFICE_NOUNS = [
    ("Governor Ivan Sorokin toured the damaged school. The governor said three rockets had hit "
     "the town.",
     [("three rockets had hit the town", "Ivan Sorokin")]),
    ("Ambassador Clara Weiss met the foreign minister on Monday. The ambassador said the talks "
     "had gone well.",
     [("the talks had gone well", "Clara Weiss")]),
    ("Prime Minister Elena Varga spoke in parliament. The prime minister said the budget would "
     "grow.",
     [("the budget would grow", "Elena Varga")]),
    ("Army chief General Tomas Reiner visited the front. The army chief said the line was "
     "holding.",
     [("the line was holding", "Tomas Reiner")]),
    ("The commander of the 3rd Brigade, Colonel Aron Vask, spoke by phone. The commander said "
     "the village had been retaken.",
     [("the village had been retaken", "Aron Vask")]),
]

BODIES = [
    ("Russia's Defence Ministry said its forces had shot down four drones. The ministry said the "
     "drones had been launched from the sea.",
     [("its forces had shot down four drones", "Russia's Defence Ministry"),
      ("the drones had been launched from the sea", "Russia's Defence Ministry")]),
    ("The US Department of Defense said the jets would stay. The department said a second "
     "squadron was on its way.",
     [("the jets would stay", "US Department of Defense"),
      ("a second squadron was on its way", "US Department of Defense")]),
    ("The Russian Defence Ministry said four drones had been shot down. Russia's Defence "
     "Ministry later said two more had crashed.",
     [("four drones had been shot down", "Russian Defence Ministry"),
      ("two more had crashed", "Russian Defence Ministry")]),
    ("Russia's Defence Ministry said four drones had been shot down. The Russian Defence "
     "Ministry later said two more had crashed.",
     [("four drones had been shot down", "Russia's Defence Ministry"),
      ("two more had crashed", "Russia's Defence Ministry")]),
    ("The ministry's press service said the drones had been launched from the sea.",
     [("the drones had been launched from the sea", "ministry's press service")]),
    ("The Kremlin said on Monday that the talks would go on.",
     [("the talks would go on", "Kremlin")]),
    ("The talks will go on, the Kremlin said.",
     [("The talks will go on", "Kremlin")]),
    ("The State Border Guard Service said the crossing had been closed. The service said it "
     "would reopen on Friday.",
     [("the crossing had been closed", "State Border Guard Service"),
      ("it would reopen on Friday", "State Border Guard Service")]),
]

NOT_QUOTES_COMPLEMENTS_AND_LINES = [
    ("The minister's statement that the jets had arrived proved premature.", []),
    ("The promise that the jets would arrive in May was not kept.", []),
    ("It is unclear whether the jets have arrived.", []),
    ("The ministry declined to comment on the jets.", []),
    ("READ ALSO: Army says the first jets have landed\n\nThe jets landed in May.", []),
    ("Soldiers unload a tank in the port of Riga on Monday. Photo: Nordic Press Agency", []),
    ("The “Azov” brigade was moved to the east in May.", []),
    ("The army did not rule out that more tanks would come.", []),
]

SEVERAL_SPEAKERS = [
    ("Defence Minister Anna Kovac said the tanks had arrived. Army chief General Tomas Reiner said "
     "the crews were ready. She added that more would follow in May.",
     [("the tanks had arrived", "Anna Kovac"), ("the crews were ready", "Tomas Reiner"),
      ("more would follow in May", "Anna Kovac")]),
    ("Defence Minister Anna Kovac said the tanks had arrived. Army chief General Tomas Reiner said "
     "the crews were ready. He added that training would end in May.",
     [("the tanks had arrived", "Anna Kovac"), ("the crews were ready", "Tomas Reiner"),
      ("training would end in May", "Tomas Reiner")]),
    ("Defence Minister Anna Kovac met General Tomas Reiner in Tartu. “The tanks are here,” the "
     "minister said. “The crews are ready,” the general said.",
     [("The tanks are here", "Anna Kovac"), ("The crews are ready", "Tomas Reiner")]),
    ("The Ministry of Defence said the tanks had arrived. Army chief General Tomas Reiner said "
     "the crews were ready. The ministry added that more would follow in May.",
     [("the tanks had arrived", "Ministry of Defence"), ("the crews were ready", "Tomas Reiner"),
      ("more would follow in May", "Ministry of Defence")]),
    ("The Nord Post reported that the tanks had arrived. On Tuesday, it said more would follow "
     "in May.",
     [("the tanks had arrived", "Nord Post"), ("more would follow in May", "Nord Post")]),
    ("The Ministry of Defence said the tanks had arrived. Its spokesman, Karl Berg, said more "
     "would follow in May.",
     [("the tanks had arrived", "Ministry of Defence"), ("more would follow in May", "Karl Berg")]),
    ("Defence Minister Anna Kovac spoke after the meeting. “We have agreed on the timetable,” she "
     "said. “The first tanks will arrive in May.”",
     [("We have agreed on the timetable", "Anna Kovac"),
      ("The first tanks will arrive in May", "Anna Kovac")]),
    ("Lithuanian President Gita Nauseda hosted Latvian Prime Minister Elena Varga in Vilnius. "
     "Nauseda said the two countries would buy air defence together. Varga said the first "
     "systems could arrive in 2027.",
     [("the two countries would buy air defence together", "Gita Nauseda"),
      ("the first systems could arrive in 2027", "Elena Varga")]),
]

HEADLINES = [
    ("Minister says first tanks have reached Latvia\n\nThe first tanks have reached Latvia, "
     "Defence Minister Anna Kovac said on Monday.",
     [("first tanks have reached Latvia", "Anna Kovac"),
      ("The first tanks have reached Latvia", "Anna Kovac")]),
    ("First tanks have reached Latvia, minister says\n\nThe first tanks have reached Latvia, "
     "Defence Minister Anna Kovac said on Monday.",
     [("First tanks have reached Latvia", "Anna Kovac"),
      ("The first tanks have reached Latvia", "Anna Kovac")]),
    ("Tanks reach Latvia\n\nRIGA, May 4 (NPA) - The first tanks have reached Latvia, Defence "
     "Minister Anna Kovac said on Monday.",
     [("The first tanks have reached Latvia", "Anna Kovac")]),
]

FRAMES_AND_PRONOUNS = [
    ("Defence Minister Anna Kovac said the tanks were “ready for anything”.",
     [("the tanks were “ready for anything”", "Anna Kovac")]),
    ("The army wrote on Facebook: “The bridge over the river has been restored.”",
     [("The bridge over the river has been restored", "The army")]),
    ("“The bridge has been restored,” the Ministry of Defence said in a statement. “Traffic will "
     "resume on Monday.”",
     [("The bridge has been restored", "Ministry of Defence"),
      ("Traffic will resume on Monday", "Ministry of Defence")]),
    ("According to the ministry's statement, the bridge has been restored.",
     [("the bridge has been restored", "the ministry")]),
    pytest.param("As Defence Minister Anna Kovac put it, the bridge is “back in business”.",
                 [("the bridge is “back in business”", "Anna Kovac")],
                 marks=xfail_because("no rule reads an \"as X put it\" frame")),
    ("“The bridge has been restored,” Kovac told Reuters.",
     [("The bridge has been restored", "Kovac")]),
    ("Defence Minister Anna Kovac told Reuters that the bridge had been restored.",
     [("the bridge had been restored", "Anna Kovac")]),
    ("Defence Minister Anna Kovac told reporters in Riga on Monday that the bridge had been "
     "restored.",
     [("the bridge had been restored", "Anna Kovac")]),
    ("The Ministry of Defence said the bridge had been restored. It added that traffic would "
     "resume on Monday.",
     [("the bridge had been restored", "Ministry of Defence"),
      ("traffic would resume on Monday", "Ministry of Defence")]),
    ("US officials said the bridge had been restored. They added that traffic would resume on "
     "Monday.",
     [("the bridge had been restored", "US officials"),
      ("traffic would resume on Monday", "US officials")]),
    ("The bridge has been restored, Interfax reported, citing the Ministry of Defence.",
     [("The bridge has been restored", "Interfax")]),
    ("The Ministry of Defence told Interfax that the bridge had been restored.",
     [("the bridge had been restored", "Ministry of Defence")]),
    ("Reuters reported that the bridge had been restored. In a later report, it said traffic "
     "would resume on Monday.",
     [("the bridge had been restored", "Reuters"),
      ("traffic would resume on Monday", "Reuters")]),
    ("The chief of the General Staff, General Marek Olsen, said the bridge had been restored.",
     [("the bridge had been restored", "Marek Olsen")]),
    ("Defence Minister Anna Kovac said: “The pilots told me, ‘We are ready to fly.’”",
     [("The pilots told me, ‘We are ready to fly.’", "Anna Kovac")]),
    # "said A and that B" stays one content (the content-clause finder's reading)
    ("Defence Minister Anna Kovac said the bridge had been restored and that traffic would "
     "resume on Monday.",
     [("the bridge had been restored and that traffic would resume on Monday", "Anna Kovac")]),
    ("Defence Minister Anna Kovac said the bridge had been restored. Army chief General Brannoc "
     "Tiedt said the crews were ready. She added that traffic would resume on Monday.",
     [("the bridge had been restored", "Anna Kovac"), ("the crews were ready", "Brannoc Tiedt"),
      ("traffic would resume on Monday", "Anna Kovac")]),
    ("Defence Minister Anna Kovac said the bridge had been restored. Army chief General Brannoc "
     "Tiedt said the crews were ready. He added that traffic would resume on Monday.",
     [("the bridge had been restored", "Anna Kovac"), ("the crews were ready", "Brannoc Tiedt"),
      ("traffic would resume on Monday", "Brannoc Tiedt")]),
    ("“We held the bridge all night,” said the brigade's commander, Colonel Aron Vask.",
     [("We held the bridge all night", "Aron Vask")]),
]

NOT_QUOTES_NAMINGS_AND_CAPTIONS = [
    pytest.param("The troops are fighting what Moscow calls a “special military operation”.",
                 [], marks=xfail_because("PolNeAR's gold gives a present \"what X calls ...\" to "
                                         "X, en_h's does not: the corpora disagree")),
    ("The message that the bridge had been restored reached the front on Monday.", []),
    ("WATCH: Engineers restore the bridge over the river\n\nThe bridge was restored on Monday.",
     []),
    ("Engineers restore the bridge over the river. (Photo: Nordic Press Agency)\n\nThe bridge "
     "was restored on Monday.", []),
    ("The ministry said nothing about the bridge.", []),
    ("Kovac thanked the engineers for restoring the bridge.", []),
]

WIRE_FORMS = [
    ("NATO chief Lena Dahl said the bridge had been restored.",
     [("the bridge had been restored", "Lena Dahl")]),
    ("DAPA head Min Jae-sung said the bridge had been restored.",
     [("the bridge had been restored", "Min Jae-sung")]),
    ("The bridge has been restored, IAEA Director General Rafael Ortiz told reporters.",
     [("The bridge has been restored", "Rafael Ortiz")]),
    ("KYIV, March 3 (Reuters) - The bridge over the river has been restored, the regional "
     "governor said on Sunday.",
     [("The bridge over the river has been restored", "the regional governor")]),
    ("The bridge has been restored, Lt. Gen. Oleh Marchuk said on Sunday.",
     [("The bridge has been restored", "Oleh Marchuk")]),
    ("Maj. Gen. Oleh Marchuk said on Sunday that the bridge had been restored.",
     [("the bridge had been restored", "Oleh Marchuk")]),
    ("Col. Aron Vask told the BBC on Sunday that the bridge had been restored.",
     [("the bridge had been restored", "Aron Vask")]),
    ("The bridge has been restored, a source familiar with the matter told Reuters.",
     [("The bridge has been restored", "a source familiar with the matter")]),
    ("Sources told the Nord Post that the bridge had been restored.",
     [("the bridge had been restored", "Sources")]),
    ("Russia said on Sunday that the bridge had been destroyed.",
     [("the bridge had been destroyed", "Russia")]),
    ("The bridge has been destroyed, Moscow said.",
     [("The bridge has been destroyed", "Moscow")]),
    ("In a post on X, Defence Minister Anna Kovac said the bridge had been restored.",
     [("the bridge had been restored", "Anna Kovac")]),
    ("Defence Minister Anna Kovac said Sunday the bridge had been restored.",
     [("the bridge had been restored", "Anna Kovac")]),
    ("“The bridge has been restored,” Defence Minister Anna Kovac said Sunday in a post on X.",
     [("The bridge has been restored", "Anna Kovac")]),
    ("The Israel Defense Forces (IDF) said the bridge had been hit. The IDF added that no "
     "soldiers were hurt.",
     [("the bridge had been hit", "Israel Defense Forces"),
      ("no soldiers were hurt", "Israel Defense Forces")]),
    ("Ukraine's SBU security service said the bridge had been mined.",
     [("the bridge had been mined", "Ukraine's SBU security service")]),
    ("Britain's Ministry of Defence said the bridge had been hit. The MoD gave no further "
     "details.",
     [("the bridge had been hit", "Britain's Ministry of Defence")]),
]

SHORT_REPORTS = [
    ("Latvia receives first coastal missiles\n\n"
     "RIGA, June 2 - Latvia has received its first coastal defence missiles, the Ministry of "
     "Defence said on Monday.\n\n"
     "“This is a historic day for our navy,” Defence Minister Anna Kovac told reporters at the "
     "port of Liepaja.\n\n"
     "The ministry said the launchers would be operational by the end of the year.",
     [("Latvia has received its first coastal defence missiles", "Ministry of Defence"),
      ("This is a historic day for our navy", "Anna Kovac"),
      ("the launchers would be operational by the end of the year", "Ministry of Defence")]),
    ("The army's chief of staff, General Tomas Reiner, visited the northern brigade on Friday. "
     "He said the unit had received twelve new howitzers.\n\n"
     "“The crews are already training on them,” Reiner said. “By autumn they will be at the "
     "front.”\n\n"
     "According to the general, a second batch will follow next year.",
     [("the unit had received twelve new howitzers", "Tomas Reiner"),
      ("The crews are already training on them", "Tomas Reiner"),
      ("By autumn they will be at the front", "Tomas Reiner"),
      ("a second batch will follow next year", "Tomas Reiner")]),
    ("Two drones were shot down over the capital overnight, the air force said.\n\n"
     "Mayor Ilze Berg wrote on Telegram that debris had damaged a school. She said no one had "
     "been hurt.\n\n"
     "“Our air defence worked well,” the mayor added.",
     [("Two drones were shot down over the capital overnight", "air force"),
      ("debris had damaged a school", "Ilze Berg"),
      ("no one had been hurt", "Ilze Berg"),
      ("Our air defence worked well", "Ilze Berg")]),
    ("Finnish President Kari Lehto and Swedish Prime Minister Ulf Berg met in Turku on Tuesday. "
     "Lehto said the two countries would hold a joint exercise in March. Berg told reporters "
     "that Sweden would send four fighter jets.",
     [("the two countries would hold a joint exercise in March", "Kari Lehto"),
      ("Sweden would send four fighter jets", "Ulf Berg")]),
]

TITLES_AND_LABELS = [
    ("Air Commodore Edwin Gabari said the aircraft had landed in Kainji.",
     [("the aircraft had landed in Kainji", "Edwin Gabari")]),
    ("Prime Minister Sir Keith Arden said the frigates would sail in June.",
     [("the frigates would sail in June", "Keith Arden")]),
    ("Air Chief Marshal Dev Rana told reporters that the squadron was ready.",
     [("the squadron was ready", "Dev Rana")]),
    ("Ukrainian MP Olha Rudenko said the tanks were needed urgently.",
     [("the tanks were needed urgently", "Olha Rudenko")]),
    ("The tanks are needed urgently, Conservative MP Tom Hale told the station.",
     [("The tanks are needed urgently", "Tom Hale")]),
    ("Germany will send tanks within weeks, Ukrainian MP Olha Rudenko said on Tuesday.",
     [("Germany will send tanks within weeks", "Olha Rudenko")]),
    ("Germany will send tanks within weeks, a Ukrainian MP said on Tuesday.",
     [("Germany will send tanks within weeks", "a Ukrainian MP")]),
    ("According to a British MP, Germany will send tanks within weeks.",
     [("Germany will send tanks within weeks", "a British MP")]),
    ("Tom Hale MP said the tanks were needed urgently.",
     [("the tanks were needed urgently", "Tom Hale")]),
    ("Chief of the General Staff Marek Olsen visited the front on Monday. The Chief of the "
     "General Staff said the line was holding.",
     [("the line was holding", "Marek Olsen")]),
    ("The head of the presidential office, Viktor Sava, met the press. The head of the "
     "presidential office said the talks would resume.",
     [("the talks would resume", "Viktor Sava")]),
]

TAKEN_UP = [
    ("General Tomas Reiner toured the front. The general said the line was holding.",
     [("the line was holding", "Tomas Reiner")]),
    ("Government sources said the missiles would be deployed next year. The first launchers "
     "will arrive in March, the sources said.",
     [("the missiles would be deployed next year", "Government sources"),
      ("The first launchers will arrive in March", "Government sources")]),
    ("Government sources said the missiles would be deployed next year. According to them, "
     "the first launchers will arrive in March.",
     [("the missiles would be deployed next year", "Government sources"),
      ("the first launchers will arrive in March", "Government sources")]),
    ("A senior defence official said the missiles would be deployed next year. The official "
     "said the first launchers would arrive in March.",
     [("the missiles would be deployed next year", "A senior defence official"),
      ("the first launchers would arrive in March", "A senior defence official")]),
    ("The Israeli military said the drones had been shot down. It said on Tuesday that no one "
     "had been hurt.",
     [("the drones had been shot down", "Israeli military"),
      ("no one had been hurt", "Israeli military")]),
    ("The Australian Department of Defence (DoD) took delivery of the jets on Monday. The DoD "
     "announced that four more would arrive in June.",
     [("four more would arrive in June", "Australian Department of Defence")]),
    ("The jets will stay in the region, Defence Minister Anna Kovac said in a televised "
     "address. “We will not leave our allies alone.”",
     [("The jets will stay in the region", "Anna Kovac"),
      ("We will not leave our allies alone", "Anna Kovac")]),
]

VERB_FORMS = [
    ("The army says the bridge over the river is open again.",
     [("the bridge over the river is open again", "The army")]),
    ("Defence Minister Anna Kovac has said that the bridge will reopen in May.",
     [("the bridge will reopen in May", "Anna Kovac")]),
    ("Defence Minister Anna Kovac confirmed to Reuters that the bridge would reopen in May.",
     [("the bridge would reopen in May", "Anna Kovac")]),
    ("The Ministry of Defence denied that the bridge had been hit.",
     [("the bridge had been hit", "Ministry of Defence")]),
    ("The Ministry of Defence claimed that the bridge had been hit by a drone.",
     [("the bridge had been hit by a drone", "Ministry of Defence")]),
    ("Defence Minister Anna Kovac admitted that the bridge had been damaged.",
     [("the bridge had been damaged", "Anna Kovac")]),
    ("Defence Minister Anna Kovac announced on Monday that the bridge would reopen in May.",
     [("the bridge would reopen in May", "Anna Kovac")]),
    ("Defence Minister Anna Kovac reiterated that the bridge would reopen in May.",
     [("the bridge would reopen in May", "Anna Kovac")]),
    ("“The bridge will reopen in May,” Kovac added.",
     [("The bridge will reopen in May", "Kovac")]),
    ("“When will the bridge reopen?” Kovac asked.",
     [("When will the bridge reopen?", "Kovac")]),
    ("Defence Minister Anna Kovac said that “the bridge will reopen in May.”",
     [("the bridge will reopen in May", "Anna Kovac")]),
    ("The bridge will reopen in May, according to Defence Ministry spokesman Karl Berg.",
     [("The bridge will reopen in May", "Karl Berg")]),
    ("The bridge will reopen in May, according to the General Staff of Moldova's Armed Forces.",
     [("The bridge will reopen in May", "General Staff of Moldova's Armed Forces")]),
    ("The Ministry of Defence said in a statement posted on Telegram that the bridge would "
     "reopen in May.",
     [("the bridge would reopen in May", "Ministry of Defence")]),
]

MORE_SPEAKER_FORMS = [
    ("President Adam Wojcik visited the base. Poland's president said the jets would stay.",
     [("the jets would stay", "Adam Wojcik")]),
    ("President Adam Wojcik visited the base. The Polish leader said the jets would stay.",
     [("the jets would stay", "Adam Wojcik")]),
    ("Kremlin spokesman Dmitry Volkov spoke to reporters. The Kremlin spokesman said the talks "
     "had stalled.",
     [("the talks had stalled", "Dmitry Volkov")]),
    ("The 47th Mechanised Brigade said the village had been retaken.",
     [("the village had been retaken", "47th Mechanised Brigade")]),
    ("The Ukrainian Navy said a landing craft had been sunk. The navy said the crew had "
     "escaped.",
     [("a landing craft had been sunk", "Ukrainian Navy"),
      ("the crew had escaped", "Ukrainian Navy")]),
    ("Latvian Defence Minister Ivo Zarins visited the port. The country's defence minister said "
     "the radars were in place.",
     [("the radars were in place", "Ivo Zarins")]),
]

NOT_QUOTES_UNSAID = [
    ("Kovac's claim that the bridge was open turned out to be false.", []),
    ("Asked whether the bridge was open, Kovac declined to comment.", []),
    ("Kovac did not say when the bridge would reopen.", []),
    ("Kovac refused to say whether the bridge was open.", []),
    pytest.param("The ministry has yet to confirm that the bridge is open.", [],
                 marks=xfail_because("PolNeAR's gold gives \"has yet to explain why ...\" to "
                                     "its subject; the en parts leave such complements out")),
]

SPAN_EDGES = [
    ("The bridge is open again, Kovac said, adding that the crews were ready.",
     [("The bridge is open again", "Kovac"), ("the crews were ready", "Kovac")]),
    ("Defence Minister Anna Kovac said the bridge was open, but did not say when traffic "
     "would resume.",
     [("the bridge was open", "Anna Kovac")]),
    ("Defence Minister Anna Kovac said that, despite the damage, the bridge was open.",
     [("despite the damage, the bridge was open", "Anna Kovac")]),
    ("Defence Minister Anna Kovac said the bridge, which was hit in May, was open again.",
     [("the bridge, which was hit in May, was open again", "Anna Kovac")]),
    ("“The bridge is open: trucks crossed it this morning,” Kovac said.",
     [("The bridge is open: trucks crossed it this morning", "Kovac")]),
    ("Defence Minister Anna Kovac said the bridge was open, saying that trucks had crossed it "
     "in the morning.",
     [("the bridge was open", "Anna Kovac"),
      ("trucks had crossed it in the morning", "Anna Kovac")]),
]
# fmt: on

CASES = (DIRECT + CONTINUED + INDIRECT + SURNAME_LATER + ROLE_NOUNS + INSTITUTIONS + PRONOUNS
         + NEXT_SENTENCE + NOT_QUOTES + REPORTING_FORMS + APPOSITIONS + AFTER_ATTRIBUTION
         + OFFICE_NOUNS + BODIES + NOT_QUOTES_COMPLEMENTS_AND_LINES + SEVERAL_SPEAKERS + HEADLINES
         + FRAMES_AND_PRONOUNS + NOT_QUOTES_NAMINGS_AND_CAPTIONS + WIRE_FORMS + SHORT_REPORTS
         + TITLES_AND_LABELS + TAKEN_UP + VERB_FORMS + MORE_SPEAKER_FORMS + NOT_QUOTES_UNSAID
         + SPAN_EDGES)


@pytest.mark.parametrize("text, expected", CASES)
def test_quotes_and_speakers(nlp, text, expected):
    check_quotes(nlp, text, expected)
