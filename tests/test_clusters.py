"""Whole articles of other kinds of events than the seeds': what a cluster of reports on one
earthquake, one battle, one protest says, and where they disagree.

Articles written for these tests (names and places invented or changed); each test reads a
small cluster end to end with ``compare`` and checks the findings a fact-checker would want,
and the false alarms they must not get.
"""

from __future__ import annotations

from homscheck import Document, Report, Verdict, compare


def _compare(*texts: str) -> Report:
    return compare([Document(chr(ord("a") + i), t) for i, t in enumerate(texts)])


def _verdicts(report: Report, topic_part: str) -> set[Verdict]:
    return {f.verdict for f in report.findings if topic_part in f.topic}


QUAKE_A = """Powerful earthquake kills at least 800 in western Karnali

Published: Saturday, March 14, 2026

A magnitude 7.1 earthquake struck western Karnali early on Saturday, killing at least 800
people, officials said. The quake hit about 40 km (25 miles) northwest of the town of Dunai.

About 15,000 people have been left homeless, Home Ministry spokesman Ram Bahadur Thapa said.
"""

QUAKE_B = """Karnali quake toll climbs to 950 as rescuers reach remote villages

March 15, 2026

The 6.9-magnitude quake struck western Karnali on Friday night, the seismology centre said.
The epicentre was 55 kilometres northwest of Dunai.

Spokesman Ram Bahadur Thappa said 15,000 people had been made homeless.
"""


def test_an_earthquake_cluster() -> None:
    report = _compare(QUAKE_A, QUAKE_B)
    # the headline's toll is a count of the dead, and a later, higher one is an update
    killed = [c for c in report.claims if c.measure == "killed" and c.document == "b"]
    assert [c.value.describe() for c in killed] == ["950"]
    # the scene's distance from the town is compared across wordings ("the quake hit",
    # "the epicentre was")
    assert Verdict.CONFLICT in _verdicts(report, "distance from the scene to Dunai")
    # the homeless are displaced, not evacuated, in both
    displaced = [c for c in report.claims if c.kind == "displacement"]
    assert {c.measure for c in displaced} == {"displaced"}
    assert Verdict.VARIANT in _verdicts(report, "spokesperson")
    # the magnitude, and the day, in the part of the region the quake struck
    assert Verdict.CONFLICT in _verdicts(report, "magnitude of the earthquake")
    assert Verdict.TENSION in _verdicts(report, "date of the disaster")


BATTLE_A = """Rebels seize town after days of fighting

KALEHE, Feb. 8, 2026 (AFP) - An armed group captured the town of Minova on Saturday after
three days of heavy fighting with government troops, local officials said.
"""

BATTLE_B = """Army retakes Minova

Feb. 10, 2026

Government forces recaptured the town of Minova on Monday, an army spokesman said.
"""

BATTLE_C = """Minova falls

Sunday, February 8, 2026

The armed group took control of the town of Minova on Friday, residents said.
"""


def test_a_place_taken_back_is_another_change_of_hands() -> None:
    report = _compare(BATTLE_A, BATTLE_B, BATTLE_C)
    control = [f for f in report.findings if f.topic == "control of Minova"]
    # the wire dateline dates the first article, so its "Saturday" is February 7: a day from
    # the third article's Friday
    assert {f.verdict for f in control} == {Verdict.TENSION}
    # and the army's retaking on Monday is never compared with the rebels' taking
    for f in control:
        assert "b" not in {c.document for c in f.claims}


PROTEST_A = """Police said 22 people were arrested and 56 injured, including 13 police officers.

March 15, 2026
"""

PROTEST_B = """Officials said 20 people had been detained and 50 hurt, among them 13 officers.

March 15, 2026
"""


def test_arrests_and_the_hurt_are_told_apart() -> None:
    report = _compare(PROTEST_A, PROTEST_B)
    assert Verdict.CONFLICT in _verdicts(report, "arrested people")
    assert Verdict.CONFLICT in _verdicts(report, "wounded people")
    # the officers are among the hurt, not the arrested
    assert not [c for c in report.claims if c.kind == "arrests" and c.subject == "police"]


STORM_A = """Hurricane Delia slams the coast, killing at least 9

September 14, 2026

PORT ALDEN (AP) — Hurricane Delia roared ashore near Port Alden early Sunday as a Category 3
storm with winds of 120 mph, killing at least nine people and leaving more than 650,000 homes
and businesses without power.

Some 40,000 people spent the night in shelters. Governor Kay Ivers said crews pulled 85 people
from flooded homes overnight.
"""

STORM_B = """Delia death toll rises to 12 as floodwaters climb

September 15, 2026

PORT ALDEN — The death toll from Hurricane Delia rose to 12 on Monday, a day after the storm
made landfall with 115-mph winds. About 480,000 customers remained without power.

Governor Kay Ivors said 22,000 people were still in shelters.
"""


def test_a_storm_cluster() -> None:
    report = _compare(STORM_A, STORM_B)
    # a later report: a higher toll does not contradict "at least nine", but the toll rose
    # between the reports (worth a look); outages, shelters and winds change from one day to
    # the next
    assert _verdicts(report, "killed people") == {Verdict.TENSION}
    assert _verdicts(report, "without power") == {Verdict.TENSION}
    assert _verdicts(report, "sheltered people") == {Verdict.TENSION}
    assert _verdicts(report, "wind speed") == {Verdict.TENSION}
    assert Verdict.VARIANT in _verdicts(report, "governor")
    # the storm's name is no place
    assert all(c.place != "Hurricane Delia" for c in report.claims)


ELECTION_A = """Incumbent wins Ruritania presidential vote

Monday, May 11, 2026

STRELSAU - President Anton Varga won Sunday's election with 58.3 percent of the vote, the
electoral commission said on Monday, defeating opposition leader Mila Horvat, who took 38.1
percent. Turnout was 61 percent.
"""

ELECTION_B = """Varga re-elected in Ruritania amid fraud claims

May 11, 2026

Anton Varga was re-elected president of Ruritania with 57.9% of the vote in Sunday's election,
official results showed. Mila Horvath, his main challenger, won 38.5%. Turnout stood at 59%.
"""


def test_an_election_cluster() -> None:
    report = _compare(ELECTION_A, ELECTION_B)
    # each candidate's share is compared with the same candidate's, spelled either way
    assert _verdicts(report, "Varga's share of the vote") == {Verdict.CONFLICT}
    assert _verdicts(report, "Horvat's share of the vote") == {Verdict.CONFLICT}
    assert not _verdicts(report, "Ruritania's share")
    assert _verdicts(report, "turnout") == {Verdict.CONFLICT}


KIDNAP_A = """Gunmen abduct hundreds of pupils from boarding school

Published: March 9, 2025

Gunmen on motorcycles stormed a boarding school in Dantsoho state late on Saturday and
abducted 287 pupils, police said on Sunday. The attackers also killed a security guard.
"""

KIDNAP_B = """School kidnapping: 312 students taken, says governor

Published: March 10, 2025

The governor of Dantsoho state said on Monday that 312 students were kidnapped when bandits
attacked the school on Saturday night. He said 24 students escaped from their captors.
"""

KIDNAP_C = """Troops free abducted pupils

Published: March 14, 2025

Troops freed 190 of the kidnapped schoolboys on Thursday, the army said. It said 96 pupils
remain in captivity, and that 30 students had escaped from their captors.
"""


def test_a_kidnapping_cluster() -> None:
    report = _compare(KIDNAP_A, KIDNAP_B, KIDNAP_C)
    by_measure = {(c.document, c.measure): c.value.describe() for c in report.claims
                  if c.kind == "abductions"}  # fmt: skip
    assert by_measure[("a", "abducted")] == "287"
    assert by_measure[("b", "abducted")] == "312"
    assert by_measure[("c", "freed")] == "190"
    assert by_measure[("c", "held")] == "96"
    # how many were taken: the sources disagree
    assert Verdict.CONFLICT in _verdicts(report, "abducted children")
    # more escaped by a later report: an update, not a contradiction
    assert _verdicts(report, "escaped children") == {Verdict.TENSION}


SENTENCING_A = """Man gets 35 years for deadly bar shooting

Published: June 6, 2025

Darnell Okoye, 29, was sentenced Friday to 35 years in prison for the 2023 shooting that
killed two people outside a bar on Fulton Street. His co-defendant, Marcus Tate, was
sentenced to 12 years.
"""

SENTENCING_B = """Okoye sentenced in Fulton Street bar shooting

Published: June 7, 2025

A judge on Friday sentenced Darnel Okoye to 25 years in prison. Prosecutors had sought 40
years. Tate received a 12-year sentence earlier this week.
"""


def test_a_sentencing_cluster() -> None:
    report = _compare(SENTENCING_A, SENTENCING_B)
    terms = {(c.document, c.subject): c.value.describe() for c in report.claims
             if c.kind == "sentence"}  # fmt: skip
    # what was asked for is no sentence
    assert terms == {("a", "Okoye"): "35 years", ("a", "Tate"): "12 years",
                     ("b", "Okoye"): "25 years", ("b", "Tate"): "12 years"}  # fmt: skip
    # one defendant spelled two ways, two terms: a conflict; the co-defendant's agree
    assert _verdicts(report, "prison term Okoye") == {Verdict.CONFLICT}
    assert _verdicts(report, "prison term Tate") == {Verdict.AGREE}


JOBS_A = """Carmaker to lay off 4,500 workers as sales slump

Published: February 3, 2026

Halvorsen Motors said on Monday it would lay off 4,500 workers at its plants in Ohio and
Michigan. Its shares fell 6 percent to $38.20. Unemployment in the state rose to 4.4 percent
last month.
"""

JOBS_B = """Halvorsen to cut 4,000 jobs

Published: February 3, 2026

Halvorsen Motors is cutting 4,000 jobs, the company said Monday. The stock dropped 6 percent.
The state's jobless rate rose 0.2 percent last month.
"""


def test_a_job_cuts_cluster() -> None:
    report = _compare(JOBS_A, JOBS_B)
    # the workers laid off and the jobs cut are one figure, and the reports disagree on it
    assert _verdicts(report, "cut jobs") == {Verdict.CONFLICT}
    # a fall of the shares is not their price, and a rise of a rate is not the rate: nothing
    # else is at odds
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT]
    assert [f.topic for f in conflicts] == ["cut jobs"]


STRIKE_A = """Missile strike on apartment block kills 14

Published: October 12, 2025

A missile hit an apartment building in Zarivka early on Saturday, killing at least 14 people.
The air force said the enemy had launched 47 drones and 12 missiles overnight, of which air
defences shot down 38 drones and nine missiles.
"""

STRIKE_B = """Death toll in Zarivka missile strike rises to 17

Published: October 13, 2025

The death toll from Saturday's missile strike on a residential building in Zarivka has risen
to 17, officials said on Sunday. The enemy fired 12 ballistic and cruise missiles and 52 Shahed
drones overnight into Saturday; 40 drones and eight missiles had been shot down.
"""


def test_an_air_strike_cluster() -> None:
    report = _compare(STRIKE_A, STRIKE_B)
    # a later, higher toll is an update
    assert _verdicts(report, "killed people") == {Verdict.TENSION}
    # drones launched and drones shot down are two figures; each is one night's, no update
    assert _verdicts(report, "drones launched") == {Verdict.CONFLICT}
    assert _verdicts(report, "drones shot down") == {Verdict.CONFLICT}
    assert _verdicts(report, "missiles launched") == {Verdict.AGREE}
    assert _verdicts(report, "missiles shot down") == {Verdict.CONFLICT}


MINE_A = """Published: 2025-09-14

At least 12 miners killed in Karadere coal mine collapse

KARADERE (Reuters) - At least 12 miners were killed and 28 injured when a gallery collapsed in
a coal mine in Karadere province on Saturday, Energy Minister Selim Aydar said.

Aydar told reporters that 110 workers were underground when the collapse happened. Five miners
were still trapped, according to the governor's office.
"""

MINE_B = """Published: 2025-09-14

Karadere mine collapse: 12 dead, 5 missing

Twelve miners died and five are missing after part of a coal mine caved in in Karadere
province, the disaster agency said on Sunday.

A total of 112 miners were in the mine at the time, the agency said. Twenty-eight were
hospitalized. Energy Minister Selim Aydar visited the site.
"""


def test_a_mine_collapse_cluster() -> None:
    report = _compare(MINE_A, MINE_B)
    # how many were in the mine: 110 or 112
    assert _verdicts(report, "workers inside") == {Verdict.CONFLICT}
    assert _verdicts(report, "killed workers") == {Verdict.AGREE}
    assert _verdicts(report, "energy minister") == {Verdict.AGREE}
    # the trapped and the missing are told apart: no figure of one against the other
    assert not _verdicts(report, "trapped")


TOWER_A = """Toll in Abeokuta hotel collapse rises to 31

Published: Thursday, June 11, 2026

The number of people killed when a seven-storey hotel under construction collapsed in the
Ibara district of Abeokuta on Monday has risen to 31, the state emergency agency said.

Rescuers pulled two more bodies from the rubble overnight. Eight people have been rescued alive
so far, agency spokesman Tunde Adeyemi said. About 70 workers were on the site when the
building came down. In 2019, a market collapsed in the city, killing 14 people.
"""

TOWER_B = """Abeokuta collapse: 35 dead as search goes on

Published: Friday, June 12, 2026

At least 35 people died after a hotel under construction caved in in Ibara, Abeokuta, on Monday
afternoon, the state emergency agency said on Friday.

Twelve survivors have been pulled out of the wreckage since the collapse, spokesman Tunde
Adeyemi told reporters. Witnesses said around 90 labourers were working on the building when
it fell.
"""


def test_a_building_collapse_cluster() -> None:
    report = _compare(TOWER_A, TOWER_B)
    # the toll: a district of the city in one article, the city in the other; it "has risen to
    # 31" on Thursday, and a day later is at least 35: an update, worth a look
    assert _verdicts(report, "killed people in Abeokuta") == {Verdict.TENSION}
    # a later report of the rescued counts more: worth a look
    assert _verdicts(report, "rescued people") == {Verdict.TENSION}
    assert _verdicts(report, "workers inside") == {Verdict.CONFLICT}
    assert _verdicts(report, "date of the disaster") == {Verdict.AGREE}
    # the collapse of 2019 is no figure of this one
    assert not any("14" in f.message for f in report.findings)


CLASH_A = """Militia seizes desert town after three days of fighting

Published: Wednesday, October 21, 2026

Fighters of the Desert Shield militia took full control of the town of Wadi Kessa on Monday
after three days of fighting with the army, local activists said.

At least 30 civilians were killed in the assault, the Kessa Bar Association said, and more than
90 others were wounded. The United Nations said some 20,000 people had fled the town since
Saturday.

Provincial governor Ahmed Hussein Adam called the attack a massacre.
"""

CLASH_B = """Militia claims capture of Wadi Kessa

Published: October 22, 2026

The Desert Shield militia said on Tuesday it had captured Wadi Kessa after routing army units
there on Sunday. Medics said 41 civilians had been killed and 150 wounded in four days of
shelling and street fighting.

Provincial governor Ahmed Hussain Adam said the army would retake the town.
"""


def test_a_town_taken_in_a_civil_war_cluster() -> None:
    report = _compare(CLASH_A, CLASH_B)
    # "more than 90 others" after the dead are all the wounded: 150 a day later is more than
    # 90, no conflict, but a toll that rose between the reports
    assert _verdicts(report, "wounded people") == {Verdict.TENSION}
    # the day the town fell: Sunday or Monday
    assert _verdicts(report, "control of Wadi Kessa") == {Verdict.TENSION}
    # the governor's name, spelled two ways
    assert Verdict.VARIANT in _verdicts(report, "governor")
    # the UN that spoke did not leave the town; the days of fighting are not the war's years
    assert not any("United Nations" in f.message for f in report.findings)
    assert not _verdicts(report, "how long the war")


TRUCE_A = """Four-day truce begins; first hostages freed

Published: Friday, November 20, 2026

A four-day truce between the army and the rebels took effect at 7 a.m. on Friday, mediators
said, and 13 hostages were handed over to the Red Cross. Under the deal, 50 hostages are to be
freed over four days in return for 150 prisoners.
"""

TRUCE_B = """Hostage swap goes ahead as ceasefire holds

Published: Saturday, November 21, 2026

The ceasefire, which began on Thursday morning, held for a second day on Saturday. On Friday
13 hostages were freed in return for 39 prisoners, a spokesman said. The agreement provides for
the release of 50 hostages during the five-day pause.
"""


def test_a_truce_cluster() -> None:
    report = _compare(TRUCE_A, TRUCE_B)
    # the day the truce began, told with no place: one truce in a cluster about it
    assert _verdicts(report, "date of the truce") == {Verdict.TENSION}
    # its length told whole: four days or five
    assert _verdicts(report, "how long the truce lasted") == {Verdict.CONFLICT}
    # what is to be done under the deal is no conflict with what was done on its first day
    assert Verdict.CONFLICT not in _verdicts(report, "freed")
