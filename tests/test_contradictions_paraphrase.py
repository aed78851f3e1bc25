"""Contradictions between two outlets' reports of one event, each kind in many wordings, and the
near misses that must stay quiet (another unit, batch, place or donor; a plan and its
fulfilment; a report date against the onset; the same fact in other words; a progression told
in one report). Every pair is analyzed (extract and link) into a ledger of its own, and the test
asks whether a contradiction row holds one report on one side and the other on another."""
from __future__ import annotations

import itertools
import sqlite3

import pytest
from conftest import analyzed_ledger

CONFLICT, QUIET = "conflict", "quiet"

# (pair id, expected, (text, publication day) of one outlet, (text, day) of the other)
STATUS = [
    ("delivered-denied-that", CONFLICT,
     ("Iran has delivered Fateh-110 missiles to Russia, two European officials said on Monday.", "2024-03-04"),
     ("Tehran denied that it had sent any Fateh-110 missiles to Russia.", "2024-03-05")),
    ("delivered-did-not", CONFLICT,
     ("Iran has delivered Fateh-110 missiles to Russia, two European officials said on Monday.", "2024-03-04"),
     ("Iran did not supply Fateh-110 missiles to Russia, its foreign ministry said on Tuesday.", "2024-03-05")),
    ("delivered-claims-false", CONFLICT,
     ("Iran has delivered Fateh-110 missiles to Russia, two European officials said on Monday.", "2024-03-04"),
     ("Claims that Iran shipped Fateh-110 missiles to Russia are false, the ministry in Tehran said.", "2024-03-06")),
    ("received-never-received", CONFLICT,
     ("Russia has received a shipment of Fateh-110 missiles from Iran, the agency reported.", "2024-03-04"),
     ("Russia has never received Fateh-110 missiles, the Kremlin spokesman told reporters.", "2024-03-07")),
    ("destroyed-none-damaged", CONFLICT,
     ("Russian forces destroyed a Patriot launcher near Kyiv overnight, the defence ministry in Moscow said.",
      "2024-05-16"),
     ("No Patriot launcher was damaged in the overnight attack on Kyiv, a US official said.", "2024-05-16")),
    ("destroyed-only-damaged", CONFLICT,
     ("Russian forces destroyed a Patriot launcher near Kyiv overnight, the defence ministry in Moscow said.",
      "2024-05-16"),
     ("The Patriot launcher hit near Kyiv was only damaged and will be repaired, a Pentagon official said.",
      "2024-05-17")),
    ("destroyed-not-a-single", CONFLICT,
     ("The Russian army said it had destroyed three HIMARS launchers in the Donetsk region this month.",
      "2024-07-20"),
     ("Ukraine has not lost a single HIMARS launcher, the defence minister said on Thursday.", "2024-07-25")),
    ("shot-down-denied", CONFLICT,
     ("Pakistan's army said its jets shot down an Indian Rafale fighter near the border.", "2025-05-08"),
     ("India denied that any Rafale jet had been shot down, calling the claim propaganda.", "2025-05-09")),
    ("shot-down-denied-bare-names", CONFLICT,
     ("Pakistan's army said its jets shot down an Indian Rafale near the border.", "2025-05-08"),
     ("India denied that any Rafale had been shot down, calling the claim propaganda.", "2025-05-09")),
    ("lost-against-none-lost", CONFLICT,
     ("Ukraine has lost two F-16 jets since the summer, a Western official said.", "2024-10-01"),
     ("Ukraine has not lost any F-16 jets in combat, its air force said on Wednesday.", "2024-10-02")),
    ("dismissed-as-fake", CONFLICT,
     ("North Korea has supplied KN-23 missiles to Russia, the White House said.", "2024-01-04"),
     ("Moscow dismissed as fake the reports that KN-23 missiles had been supplied to Russia.", "2024-01-05")),
    ("retracted", CONFLICT,
     ("The ministry said on Monday that Leopard 2 tanks had arrived in Ukraine.", "2023-02-20"),
     ("The ministry retracted its statement that Leopard 2 tanks had arrived in Ukraine.", "2023-02-21")),
    ("used-rejected", CONFLICT,
     ("Russia fired North Korean KN-23 missiles at Zaporizhzhia last week, Ukrainian prosecutors said.",
      "2024-01-10"),
     ("The Kremlin rejected claims that KN-23 missiles had been fired at Ukrainian cities.", "2024-01-12")),
    ("withdrawn-untrue", CONFLICT,
     ("The Abrams tanks have been pulled back from the front lines, two US officials said.", "2024-04-25"),
     ("Reports that the Abrams tanks were withdrawn from the front are untrue, the brigade said.", "2024-04-26")),
    ("deployed-denied", CONFLICT,
     ("Russia has deployed Iskander-M launchers in Belarus near the Polish border, Warsaw said.", "2024-02-01"),
     ("Minsk denied that Iskander-M launchers had been deployed in Belarus.", "2024-02-02")),
    ("imminent-denied", CONFLICT,
     ("Russia will deliver the first Su-35 fighters to Iran next week, an Iranian lawmaker said.", "2023-11-27"),
     ("Moscow denied reports that Su-35 jets would be delivered to Iran next week.", "2023-11-28")),
    ("en-route-after-arrival", CONFLICT,
     ("The Patriot batteries are still on their way to Poland, the army said on Friday.", "2024-05-10"),
     ("The Patriot batteries arrived in Poland on May 3, the ministry said.", "2024-05-12")),
    ("not-yet-after-arrival", CONFLICT,
     ("The first F-16 jets have not yet arrived in Ukraine, an air force spokesman said on Monday.", "2024-06-10"),
     ("The first F-16 jets arrived in Ukraine at the end of May, officials said.", "2024-06-11")),
    ("denied-receiving", CONFLICT,
     ("Belarus has received the first Su-30 fighters from Russia, a state channel reported.", "2024-02-10"),
     ("Minsk denied receiving any Su-30 fighters, the defence ministry said on Monday.", "2024-02-12")),
    ("rejected-as-untrue", CONFLICT,
     ("Germany has sent Taurus missiles to Ukraine, a Ukrainian lawmaker claimed.", "2024-03-01"),
     ("Berlin rejected as untrue the claim that Taurus missiles had been sent to Ukraine.", "2024-03-02")),
    ("refusal-against-promise", CONFLICT,
     ("The United States will provide ATACMS missiles to Ukraine, officials told reporters.", "2023-09-22"),
     ("The president has decided not to provide ATACMS missiles to Ukraine, his adviser said.", "2023-09-21")),
    ("not-true-that", CONFLICT,
     ("Russia has deployed Kinzhal missiles in Kaliningrad, a Polish general said.", "2024-04-02"),
     ("It is not true that Kinzhal missiles were deployed in Kaliningrad, the Kremlin said.", "2024-04-03")),
    ("yet-to-receive-after-arrival", CONFLICT,
     ("Ukraine has yet to receive the Gripen jets, a government source said on Tuesday.", "2024-06-18"),
     ("The first Gripen jets reached Ukraine on June 2, the air force said.", "2024-06-19")),
    ("spotted-against-denied", CONFLICT,
     ("Iskander-M launchers were spotted in Belarus near the Lithuanian border this week, satellite images show.",
      "2024-05-20"),
     ("Belarus has not deployed any Iskander-M launchers near its borders, its defence ministry said.",
      "2024-05-21")),
    ("use-against-denied-using", CONFLICT,
     ("Russian forces have used Zircon missiles against Kyiv, Ukrainian investigators said.", "2024-02-12"),
     ("Moscow denied using Zircon missiles against Kyiv.", "2024-02-13")),
    # near misses
    ("plan-and-fulfilment", QUIET,
     ("The SAMP/T system will be operational in Ukraine within weeks, the minister said.", "2023-05-01"),
     ("The SAMP/T system is now deployed and operational in Ukraine, the ministry said.", "2023-06-20")),
    ("same-fact-other-words", QUIET,
     ("Iran has delivered Shahed-136 drones to Russia, officials said.", "2022-10-05"),
     ("Russia has received Shahed-136 drones from Iran, the officials added.", "2022-10-06")),
    ("progression-in-one-report", QUIET,
     ("The Leopard 2 tanks left Germany by rail on Monday and arrived in Ukraine on Thursday.", "2023-02-24"),
     ("Leopard 2 tanks arrived in Ukraine on Thursday, the ministry said.", "2023-02-24")),
    ("another-unit-on-its-way", QUIET,
     ("A second Patriot battery is still on its way to Ukraine, the Pentagon said.", "2023-06-10"),
     ("The first Patriot battery arrived in Ukraine in April, officials said.", "2023-06-11")),
    ("loss-same-town-denied", CONFLICT,
     ("Russia said it destroyed a HIMARS launcher near Kherson on Monday.", "2024-07-16"),
     ("No HIMARS launcher was lost near Kherson, the Ukrainian army said on Tuesday.", "2024-07-17")),
    ("loss-other-place-denied", QUIET,
     ("Russia said it destroyed a HIMARS launcher near Kherson on Monday.", "2024-07-16"),
     ("No HIMARS launcher was lost near Kharkiv, the Ukrainian army said on Tuesday.", "2024-07-17")),
    ("denial-a-year-later", QUIET,
     ("Iran has delivered Fateh-110 missiles to Russia, two European officials said.", "2024-03-04"),
     ("Iran did not supply Fateh-110 missiles to Russia, its foreign ministry said.", "2025-06-05")),
    ("denial-of-another-status", QUIET,
     ("Russia has received Shahed-136 drones from Iran, officials said.", "2022-10-05"),
     ("Iran denied that Shahed-136 drones had been used against Ukrainian cities.", "2022-10-06")),
    ("no-request-received", QUIET,
     ("Iran has received the first S-400 batteries from Russia, state television said.", "2024-05-02"),
     ("Moscow has not received any request from Tehran to buy S-400 batteries, a deputy minister said.",
      "2024-05-03")),
    ("hedged-both-ways", QUIET,
     ("Russia may have delivered Su-35 jets to Iran, an analyst said.", "2023-11-27"),
     ("It is unclear whether any Su-35 jets have been delivered to Iran, officials said.", "2023-11-28")),
    ("promise-then-denied-loss", QUIET,
     ("The United States will send more HIMARS launchers to Ukraine, the Pentagon said.", "2024-07-16"),
     ("Ukraine has not lost a single HIMARS launcher, the defence minister said on Tuesday.", "2024-07-17")),
]

DATE = [
    ("calendar-dates", CONFLICT,
     ("The first F-16 jets arrived in Ukraine on July 28, the air force said.", "2024-08-05"),
     ("The first F-16 jets arrived in Ukraine on August 4, officials said.", "2024-08-06")),
    ("weekday-against-date", CONFLICT,
     ("The first F-16 jets arrived in Ukraine on Tuesday, the air force said.", "2024-08-09"),
     ("The first F-16 jets arrived in Ukraine on July 29, officials said.", "2024-08-09")),
    ("yesterday-against-last-week", CONFLICT,
     ("The first F-16 jets arrived in Ukraine yesterday, the air force said.", "2024-08-09"),
     ("The first F-16 jets arrived in Ukraine last week, officials said.", "2024-08-09")),
    ("month-against-month", CONFLICT,
     ("The Challenger 2 tanks arrived in Ukraine in January, the British army said.", "2023-04-02"),
     ("The Challenger 2 tanks arrived in Ukraine in March, the ministry in Kyiv said.", "2023-04-03")),
    ("across-month-boundary", CONFLICT,
     ("The first Abrams tanks arrived in Ukraine at the end of August, officials said.", "2023-10-01"),
     ("The first Abrams tanks arrived in Ukraine in mid-September, the ministry said.", "2023-10-02")),
    ("last-month-against-this-month", CONFLICT,
     ("The first Gripen jets arrived in Ukraine last month, officials said.", "2024-03-05"),
     ("The first Gripen jets arrived in Ukraine on March 12, the air force said.", "2024-03-13")),
    ("last-weekday-against-date", CONFLICT,
     ("The first Patriot battery arrived in Ukraine last Wednesday, officials said.", "2023-04-24"),
     ("The first Patriot battery arrived in Ukraine on April 4, the ministry said.", "2023-04-25")),
    ("first-use-two-days", CONFLICT,
     ("Ukraine used ATACMS missiles for the first time on October 17, officials said.", "2023-10-20"),
     ("Ukraine first fired ATACMS missiles on October 3, a US official said.", "2023-10-21")),
    ("two-weekdays", CONFLICT,
     ("The first CV90 vehicles arrived in Ukraine on Tuesday, the ministry said.", "2023-03-10"),
     ("The first CV90 vehicles arrived in Ukraine on Friday, March 3, officials said.", "2023-03-10")),
    ("first-loss-two-days", CONFLICT,
     ("Ukraine shot down a Kinzhal missile for the first time on May 4, the air force said.", "2023-05-06"),
     ("Ukrainian air defences first shot down a Kinzhal missile on April 20, officials said.", "2023-05-07")),
    # near misses
    ("report-date-against-onset", QUIET,
     ("The first F-16 jets arrived in Ukraine at the end of July, officials said.", "2024-08-05"),
     ("President Zelensky announced on Sunday that the first F-16 jets had arrived in Ukraine.", "2024-08-05")),
    ("day-inside-month", QUIET,
     ("All the Abrams tanks arrived in Ukraine on October 17, officials said.", "2023-10-25"),
     ("The Abrams tanks arrived in Ukraine in October, the ministry said.", "2023-10-26")),
    ("yesterday-is-sunday", QUIET,
     ("The first F-16 jets arrived in Ukraine yesterday, the air force said.", "2024-08-05"),
     ("The first F-16 jets arrived in Ukraine on Sunday, August 4, officials said.", "2024-08-06")),
    ("planned-month-met", QUIET,
     ("The first Abrams tanks will arrive in Ukraine in September, officials said.", "2023-07-10"),
     ("The Abrams tanks are already in Ukraine, the president said on Monday.", "2023-09-25")),
    ("day-before-yesterday-against-yesterday", QUIET,
     ("The first Gripen jets arrived in Ukraine the day before yesterday, officials said.", "2024-03-06"),
     ("The first Gripen jets arrived in Ukraine yesterday, the air force said.", "2024-03-06")),
    ("departure-and-arrival", QUIET,
     ("The Leopard 2 tanks left Poland for Ukraine on February 20, officials said.", "2023-02-28"),
     ("The Leopard 2 tanks arrived in Ukraine on February 24, the ministry said.", "2023-02-28")),
    ("first-and-second-batch", QUIET,
     ("A first batch of Leopard 2 tanks arrived in Ukraine in February, officials said.", "2023-04-10"),
     ("A second batch of Leopard 2 tanks arrived in Ukraine in April, the ministry said.", "2023-04-11")),
    ("two-strikes-of-one-weapon", QUIET,
     ("A Kinzhal missile was shot down over Kyiv on May 4, the air force said.", "2023-05-06"),
     ("Kinzhal missiles struck Kyiv on May 16, the air force said.", "2023-05-16")),
]

NUMBER = [
    ("digits-against-words", CONFLICT,
     ("Ukraine received 6 F-16 jets in the first batch, officials said.", "2024-08-02"),
     ("The first batch was ten F-16 jets, the air force said.", "2024-08-03")),
    ("at-least-against-fewer", CONFLICT,
     ("At least 12 HIMARS launchers have been delivered to Ukraine, the Pentagon said.", "2022-07-20"),
     ("Eight HIMARS launchers have been delivered to Ukraine, the ministry said.", "2022-07-21")),
    ("about-against-digits", CONFLICT,
     ("Russia ordered about 2,000 Shahed-136 drones from Iran, US officials said.", "2022-10-20"),
     ("Russia ordered 2,400 Shahed-136 drones from Iran, intelligence officials said.", "2022-10-25")),
    ("shot-down-counts", CONFLICT,
     ("Pakistan said its jets shot down three Rafale fighters on Wednesday night.", "2025-05-08"),
     ("Only one Rafale jet was shot down on Wednesday night, a French official said.", "2025-05-09")),
    ("intercepted-counts", CONFLICT,
     ("Air defences intercepted six Kinzhal missiles over Kyiv overnight, the air force said.", "2023-05-16"),
     ("Air defences intercepted four Kinzhal missiles over Kyiv overnight, the mayor said.", "2023-05-16")),
    ("fired-counts", CONFLICT,
     ("Russia fired 30 Kalibr missiles at Odesa overnight, the navy said.", "2024-03-10"),
     ("Russia fired 45 Kalibr missiles at Odesa overnight, the governor said.", "2024-03-10")),
    ("destroyed-counts", CONFLICT,
     ("Russian forces destroyed eight Leopard 2 tanks near Orikhiv on Tuesday, the ministry in Moscow said.",
      "2023-06-07"),
     ("Three Leopard 2 tanks were destroyed near Orikhiv on Tuesday, a Ukrainian officer said.", "2023-06-08")),
    ("delivered-words-digits", CONFLICT,
     ("Britain has delivered fourteen Challenger 2 tanks to Ukraine, the ministry said.", "2023-04-01"),
     ("Britain has delivered 12 Challenger 2 tanks to Ukraine, a defence source said.", "2023-04-02")),
    ("some-against-digits", CONFLICT,
     ("Germany has delivered some 30 Leopard 2 tanks to Ukraine, the ministry said.", "2023-04-01"),
     ("Germany has delivered 18 Leopard 2 tanks to Ukraine, a government spokesman said.", "2023-04-02")),
    ("range-against-number", CONFLICT,
     ("The first batch of Abrams tanks will be six to eight tanks, officials said.", "2023-09-20"),
     ("The first batch was ten Abrams tanks, the Pentagon said.", "2023-09-22")),
    ("up-to-against-more", CONFLICT,
     ("Up to 10 Patriot launchers have been delivered to Ukraine, the ministry said.", "2024-06-01"),
     ("Sixteen Patriot launchers have been delivered to Ukraine, a Western official said.", "2024-06-02")),
    ("a-dozen-against-digits", CONFLICT,
     ("Norway has delivered a dozen F-16 jets to Ukraine, the ministry said.", "2024-09-01"),
     ("Norway has delivered 6 F-16 jets to Ukraine, a Norwegian official said.", "2024-09-02")),
    ("a-pair-against-digits", CONFLICT,
     ("Two Patriot systems have arrived in Ukraine from Germany, the ministry said.", "2023-04-20"),
     ("Germany has delivered three Patriot systems to Ukraine, a Berlin official said.", "2023-04-21")),
    ("fired-words-digits", CONFLICT,
     ("Russia fired thirty-six Shahed-136 drones at Ukraine overnight, the air force said.", "2024-03-10"),
     ("Russia launched 20 Shahed-136 drones at Ukraine overnight, a military spokesman said.", "2024-03-10")),
    # near misses
    ("another-batch", QUIET,
     ("Ukraine has received 20 HIMARS launchers, the Pentagon said.", "2022-11-01"),
     ("The US will send another 18 HIMARS launchers to Ukraine, the Pentagon said.", "2022-11-05")),
    ("part-and-whole", QUIET,
     ("Three Challenger 2 tanks were seen in the first tranche, reporters said.", "2023-03-28"),
     ("Britain pledged 14 Challenger 2 tanks to Ukraine in January.", "2023-03-29")),
    ("plan-and-later-delivery", QUIET,
     ("Germany will send 14 Leopard 2 tanks to Ukraine, the chancellor said.", "2023-01-25"),
     ("Germany has handed over 18 Leopard 2 tanks to Ukraine, the ministry said.", "2023-03-28")),
    ("running-total-two-dates", QUIET,
     ("Ukraine has received 12 HIMARS launchers so far, the minister said.", "2022-07-20"),
     ("Ukraine has received 20 HIMARS launchers in total, the Pentagon said.", "2022-10-20")),
    ("same-number-two-ways", QUIET,
     ("Britain has delivered twelve Challenger 2 tanks to Ukraine, the ministry said.", "2023-04-01"),
     ("Britain has delivered 12 Challenger 2 tanks to Ukraine, a defence source said.", "2023-04-02")),
    ("battery-and-launchers", QUIET,
     ("Russia said it destroyed one Patriot battery in Kyiv on Tuesday.", "2023-05-16"),
     ("Russia said it destroyed five Patriot launchers in Kyiv on Tuesday.", "2023-05-17")),
    ("two-donors", QUIET,
     ("Denmark will give all 19 of its Caesar howitzers to Ukraine, the minister said.", "2023-01-19"),
     ("France has delivered 12 Caesar howitzers to Ukraine, the ministry said.", "2023-01-20")),
    ("at-least-and-more", QUIET,
     ("At least 12 HIMARS launchers have been delivered to Ukraine, the Pentagon said.", "2022-07-20"),
     ("Sixteen HIMARS launchers have been delivered to Ukraine, the ministry said.", "2022-07-21")),
    ("two-nights", QUIET,
     ("Air defences intercepted six Kinzhal missiles over Kyiv on Tuesday night, the air force said.",
      "2023-05-17"),
     ("Air defences intercepted two Kinzhal missiles over Kyiv on Thursday night, the air force said.",
      "2023-05-19")),
    ("pledged-and-delivered", QUIET,
     ("Sweden has pledged 10 Leopard 2 tanks to Ukraine, the government said.", "2023-03-01"),
     ("Sweden has delivered four Leopard 2 tanks to Ukraine so far, officials said.", "2023-03-10")),
    ("fired-and-intercepted", QUIET,
     ("Russia launched 40 Shahed-136 drones overnight, the air force said.", "2024-03-10"),
     ("Air defences shot down 32 Shahed-136 drones overnight, the air force said.", "2024-03-10")),
]

ATTRIBUTION = [
    ("one-quote-two-speakers", CONFLICT,
     ('"We will keep sending air defence systems for as long as it takes," said Defence Minister '
      "Boris Pistorius.", "2024-06-10"),
     ('"We will keep sending air defence systems for as long as it takes," Chancellor Olaf Scholz said.',
      "2024-06-10")),
    ("loss-two-agents", CONFLICT,
     ("The Ukrainian air force shot down a Russian A-50 over the Sea of Azov, its commander said.",
      "2024-01-15"),
     ("The A-50 was shot down by Russian air defences over the Sea of Azov in a friendly-fire accident, "
      "a Russian blogger wrote.", "2024-01-15")),
    ("missile-claimed-russian-errant-interceptor", CONFLICT,
     ("A Russian missile struck a grain dryer in Przewodow on Tuesday, killing two men, a senior US "
      "intelligence official said.", "2022-11-15"),
     ("The missile that struck the grain dryer in Przewodow on Tuesday was a Ukrainian air-defence missile "
      "fired at an incoming Russian missile, Poland's president said.", "2022-11-16")),
    ("two-offices-one-person", CONFLICT,
     ("Defence Minister Igor Konashenkov said the strikes had hit their targets.", "2024-02-10"),
     ("Defence ministry spokesman Igor Konashenkov said the strikes had hit their targets.", "2024-02-11")),
    ("struck-by-two-sides", CONFLICT,
     ("A Ukrainian missile struck the bus station in Donetsk on Sunday, Russian officials said.", "2024-01-21"),
     ("A Russian shell struck the bus station in Donetsk on Sunday, a Ukrainian spokesman said.", "2024-01-21")),
    ("near-identical-quote-two-speakers", CONFLICT,
     ('"The new batteries will be on duty around the capital before the winter," the army spokesman Ivan '
      "Petrenko said.", "2024-09-03"),
     ('"The new batteries will be on duty around the capital before winter," said Colonel Oleh Marchenko.',
      "2024-09-03")),
    ("according-to-two-speakers", CONFLICT,
     ('"Not one of these launchers has reached the front line yet," according to Deputy Minister Anna '
      "Kovalenko.", "2024-04-12"),
     ('"Not one of these launchers has reached the front line yet," according to General Petro Hrytsenko.',
      "2024-04-12")),
    ("loss-own-fire-against-enemy", CONFLICT,
     ("Ukrainian air defences downed a Russian Su-34 bomber near Kharkiv on Friday, the air force said.",
      "2024-03-01"),
     ("The Su-34 crashed near Kharkiv on Friday after it was hit by friendly fire from Russian air "
      "defences, a Russian channel reported.", "2024-03-02")),
    ("two-weapons-one-strike", CONFLICT,
     ("An Iskander missile hit the shopping centre in Kremenchuk on Monday, Ukrainian officials said.",
      "2022-06-28"),
     ("A Kh-22 missile fired from a Tu-22 bomber hit the shopping centre in Kremenchuk on Monday, the air "
      "force said.", "2022-06-28")),
    # near misses
    ("one-speaker-two-forms", QUIET,
     ('"We will keep sending air defence systems for as long as it takes," said Defence Minister '
      "Boris Pistorius.", "2024-06-10"),
     ('"We will keep sending air defence systems for as long as it takes," Pistorius said.', "2024-06-10")),
    ("two-quotes-two-speakers", QUIET,
     ('"We will keep sending air defence systems for as long as it takes," said Defence Minister '
      "Boris Pistorius.", "2024-06-10"),
     ('"Our support for Ukraine will not waver this year," Chancellor Olaf Scholz said.', "2024-06-10")),
    ("one-office-two-wordings", QUIET,
     ("Defence Minister Rustem Umerov said the jets had arrived.", "2024-08-05"),
     ("Ukraine's defence minister, Rustem Umerov, said the jets had arrived.", "2024-08-05")),
    ("same-side-two-wordings", QUIET,
     ("A Russian missile struck the railway station in Kramatorsk on Friday, killing dozens, officials said.",
      "2022-04-08"),
     ("Russian forces hit the railway station in Kramatorsk with a missile on Friday, the governor said.",
      "2022-04-08")),
    ("two-losses-two-weeks", QUIET,
     ("Ukrainian air defences downed a Russian Su-34 bomber near Kharkiv on Friday, the air force said.",
      "2024-03-01"),
     ("A Russian Su-34 crashed near Belgorod after friendly fire from Russian air defences, a channel said.",
      "2024-03-20")),
    ("two-strikes-two-places", QUIET,
     ("A Russian missile struck a grain dryer in Przewodow on Tuesday, officials said.", "2022-11-15"),
     ("A Ukrainian air-defence missile fell in a field near Lviv on Tuesday, officials said.", "2022-11-15")),
]

GRID = [(kind, *pair) for kind, pairs in (("status", STATUS), ("date", DATE), ("number", NUMBER),
                                          ("attribution", ATTRIBUTION)) for pair in pairs]
# pairs the pipeline does not yet read as it should: pair id -> why
NOT_YET = {
    "shot-down-denied-bare-names": "a bare 'Rafale' (no 'jet' or 'fighter' beside it) is not read as the aircraft",
    "spotted-against-denied": "'has not deployed any' is read as a deployment still ahead, not a denial, and "
                              "'spotted in' as an arrival, which a denied deployment does not answer",
    "two-weapons-one-strike": "the tagger takes 'Kremenchuk' for a person, so the strike has no place; read as the "
                              "known town it would be, the incident buckets keep a town's reports apart from its "
                              "country's, which splits other stories told once by town and once by country",
    "loss-own-fire-against-enemy": "'crashed' is no verb of loss, and 'hit by friendly fire' names no loss to give "
                                   "an agent to",
}


def rows_between(db: sqlite3.Connection, first: str, second: str) -> list[tuple[str, str]]:
    """(kind, note) of each contradiction with one document on one side and the other on another."""
    sides: dict[str, dict[int, set[str]]] = {}
    for row_id, side, doc_id in db.execute("SELECT contradiction_id, side, doc_id FROM contradiction_sides"):
        sides.setdefault(row_id, {}).setdefault(side, set()).add(doc_id)
    found = []
    for row_id, kind, note in db.execute("SELECT id, kind, note FROM contradictions"):
        if any(first in one and second in other for one, other in itertools.permutations(sides.get(row_id, {}).values(), 2)):
            found.append((kind, note))
    return found


def pair_rows(folder, one, other) -> list[tuple[str, str]]:
    path = analyzed_ledger(folder, {"one": one, "other": other})
    with sqlite3.connect(path) as db:
        return rows_between(db, "one", "other")


def grid_params():
    for kind, pair_id, expected, one, other in GRID:
        marks = [pytest.mark.xfail(strict=True, reason=NOT_YET[pair_id])] if pair_id in NOT_YET else []
        yield pytest.param(expected, one, other, id=f"{kind}-{pair_id}", marks=marks)


@pytest.mark.parametrize("expected,one,other", list(grid_params()))
def test_two_reports_conflict_or_stay_quiet(tmp_path, expected, one, other):
    rows = pair_rows(tmp_path, one, other)
    assert bool(rows) == (expected == CONFLICT), rows
