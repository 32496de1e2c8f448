"""Casualties: how many were killed or wounded, and who.

Reads counts of the dead and the wounded in the shapes news uses: "an air strike killed at least
12 civilians", "189 militants have been killed", "a war that has left more than 300,000 people
dead", "the death toll rose to 41", "50 killed and 120 wounded", "a dozen seriously injured
people", a bulletin's "Deaths: 46 confirmed", and "no one was hurt" (zero). Subjects are
grouped into classes (militants, rebels and gunmen are all fighters) with the side the text
names ("pro-government fighters"). The missing and the trapped are counted too, and an
outbreak's infected and sick ("the virus has infected 3,400 people"), each as a measure of its
own.

Disagreements on tolls are what conflict monitors reconcile first: an early report counts fewer
dead, one source counts only civilians, another copies a stale figure.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import regex

from homscheck.checks._counting import (
    ONE_EVENT,
    SUBJECT_CLASSES,
    CountPatterns,
    LabelledCounts,
    Measures,
    class_of_age,
    count_claims,
    labelled_counts,
    unread,
)
from homscheck.checks._implicit_counts import VERB_MEASURE, implicit_counts
from homscheck.checks._victim_lists import (
    SINGULAR,
    VictimList,
    list_pattern,
    object_list_pattern,
    object_lists,
    verb_pattern,
    victim_lists,
)
from homscheck.context import DocumentContext
from homscheck.model import Claim, Drift, Quantity
from homscheck.numbers import read_number
from homscheck.patterns import compile_pattern, compile_words
from homscheck.scope import (
    CONDITIONS,
    IN_CONDITION,
    SPELLED_NUMBERS,
    all_of_a_measure_before_others,
    may_contain,
)
from homscheck.text import Sentence

CODE = "HC101"
NAME = "casualties"
KIND = "casualties"
# Counts that change from day to day (some of the missing are found, others reported) and that
# grow as an outbreak spreads; a toll of the dead or hurt is no estimate, and two that differ
# conflict (unless one says it rose: ``homscheck.compare``).
_FOUND = "a later report counts differently (some found, others reported)"
DRIFTS = {"missing": Drift.changes(_FOUND), "trapped": Drift.changes(_FOUND),
          "infected": Drift.grows(), "sickened": Drift.grows()}  # fmt: skip
EXAMPLES = [
    ("An air strike on the market killed at least 12 civilians.", "killed civilians = [12, )"),
    ("Some 40 soldiers were wounded in the clashes.", "wounded soldiers = about 40"),
    ("The blast left two people dead.", "killed people = 2"),
]

_KILLED = ["killed", "dead", "died", "slain", "shot dead", "executed", "massacred",
           "murdered", "perished", "lost their lives", "kills", "shot and killed", "shot, killed",
           # "three more passengers succumbed to their wounds"
           "succumbed", "succumbed to their injuries", "succumbed to their wounds",
           "succumbed to injuries", "succumbed to his injuries", "succumbed to her injuries",
           "pronounced dead", "found dead", "shot to death",
           # a sinking, a flood: "41 migrants drowned", "were burned to death"
           "drowned", "drown", "drowns", "burned to death", "burnt to death", "crushed to death",
           "die", "dies",
           # the word of South Asian and Middle Eastern outlets: "17 people were martyred"
           "martyred", "embraced martyrdom",
           # an army's word for the enemies it killed: "more than 60 terrorists were
           # neutralised"
           "neutralised", "neutralized"]  # fmt: skip
_AMONG_DEAD = ["among the dead", "among those killed", "among the victims", "among the killed"]
_AMONG_HURT = ["among the injured", "among the wounded", "among those injured",
               "among those wounded", "among those hurt"]  # fmt: skip
# The missing are counted apart: "17 people are still missing", "dozens remain unaccounted for"
# ... and so are those feared dead: not yet found, no death confirmed ("20 others are feared
# drowned", "dozens feared dead")
_MISSING = ["missing", "still missing", "unaccounted for", "still unaccounted for",
            "reported missing", "listed as missing",
            "feared dead", "feared drowned", "feared killed", "presumed dead",
            "presumed drowned", "feared buried"]  # fmt: skip
# Where the hurt are taken: "taken to the hospital with minor injuries"
_HOSPITALS = ("the hospital", "a hospital", "hospital", "hospitals", "area hospitals",
              "local hospitals", "a local hospital", "an area hospital", "a nearby hospital")
# ... and so are the trapped: "nine miners remain trapped", "dozens were trapped under the rubble"
_TRAPPED = ["trapped", "still trapped", "feared trapped", "believed trapped"]
# An outbreak's toll beside its dead: "the virus has infected 3,400 people", "40 guests were
# sickened". Infected and sick are two measures: many of the infected never fall ill.
_INFECTED = ["infected", "have been infected", "tested positive", "have tested positive"]
_SICKENED = ["sickened", "fell ill", "fallen ill", "taken ill", "became ill", "poisoned",
             "fell sick", "fallen sick", "taken sick", "became sick",
             "hospitalized with symptoms",
             # a gas attack's, a poisoning's: "some 350 people were treated for symptoms
             # consistent with exposure to a toxic substance"
             "treated for symptoms", "showed symptoms", "showing symptoms",
             "suffering from symptoms",
             # heat's and cold's: "2,764 pilgrims had been treated for heatstroke"
             *(f"{verb} {what}" for verb in ("treated for", "suffered", "suffering from",
                                             "hospitalized for", "hospitalised for")
               for what in ("heatstroke", "heat stroke", "heat exhaustion", "heat stress",
                            "heat-related illness", "heat-related illnesses", "dehydration",
                            "hypothermia", "frostbite"))]  # fmt: skip
_WOUNDED = ["wounded", "injured", "hurt", "hospitalised", "hospitalized", "maimed",
            "shot and wounded", "shot and injured", "survived their injuries",
            "survived their wounds",
            "sustained non-fatal gunshot wounds", "suffered non-life-threatening gunshot wounds",
            "sustained non-fatal bullet wounds", "suffered non-fatal gunshot wounds",
            "suffered minor injuries", "treated for minor injuries", "treated for injuries",
            "treated for gunshot wounds", "treated for non-life-threatening injuries",
            # "three other people are in serious condition", "two remain in critical condition"
            # ("five were in a serious condition": British usage)
            *(f"{listed}in {a}{how} condition" for listed in ("", "listed ") for a in ("", "a ")
              for how in (*CONDITIONS, "critical but stable", "serious but stable")),
            # "two others were taken to the hospital with non-life-threatening injuries"
            *(f"{taken} {h} with {how}injuries"
              for taken in ("taken to", "transported to", "rushed to", "airlifted to",
                            "flown to")
              for h in _HOSPITALS
              for how in ("", "minor ", "serious ", "non-life-threatening ",
                          "life-threatening ", "critical ", "non-critical ")),
            # a fire, a gas attack: "three firefighters were treated for smoke inhalation"
            *(f"{verb} {what}" for verb in ("treated for", "suffered", "suffering from",
                                            "hospitalized for", "hospitalised for")
              for what in ("smoke inhalation", "burns", "breathing difficulties",
                           "breathing problems", "respiratory problems", "suffocation")),
            # "28 miners were being treated in hospital": hurt (not "treated at the scene", which
            # may be for shock)
            *(f"{treated} {at} {h}"
              for treated in ("treated", "being treated", "receiving treatment")
              for at in ("in", "at") for h in _HOSPITALS),
            # "52 people were admitted to hospital": the hospitalized
            *(f"admitted to {h}" for h in ("hospital", "the hospital", "hospitals",
                                            "a hospital", "local hospitals",
                                            # ("admitted to the district hospital")
                                            *(f"the {which} hospital"
                                              for which in ("district", "regional", "general",
                                                            "main", "local", "city", "county",
                                                            "provincial", "state", "nearest")))),
            # a poisoning's, a blast's: "Twelve pupils were taken to hospitals" (not a caption's
            # "3 people taken to hospital after truck overturns": the hospitalized may be any
            # event's, and the dead among them)
            "taken to hospitals", "rushed to hospitals",
            "receiving treatment", "were being treated", "are being treated",
            # ("28 people sought medical help after the clashes")
            *(f"sought medical {what}" for what in ("help", "treatment", "attention", "care")),
            # "58 people were still in hospital", "nine remain in hospital": the hospitalized
            # (not "two people in hospital uniforms")
            *(f"{were} in {h}" for were in ("still", "were", "are", "was", "is", "remain",
                                            "remains", "remained")
              for h in ("hospital", "hospitals", "the hospital")),
            # "the other three victims are expected to survive"
            "expected to survive", "expected to recover", "expected to live",
            # "two people sustained minor injuries", "one suffered serious injuries"
            *(f"{verb} {how} injuries" for verb in ("suffered", "sustained", "received")
              for how in ("minor", "serious", "critical", "non-life-threatening",
                          "life-threatening", "non-critical", "non-fatal")),
            # "70 others sustained injuries", "three firefighters suffered burns"
            *(f"{verb} {hurt}" for verb in ("suffered", "sustained")
              for hurt in ("injuries", "wounds", "burns", "burn injuries", "various injuries",
                           "multiple injuries", "head injuries", "stab wounds",
                           # ("Two firefighters suffered light burns")
                           "light burns", "minor burns", "serious burns",
                           "severe burns"))]  # fmt: skip

# "two people shot at them", "the men were shot at but missed": fired at, not hit (but "shot
# at a party", "shot at least five times" were hit)
_NOT_FIRED_AT = (
    r"(?!(?<=\b(?i:shot))\s+at(?:\s*[,.;]|\s+(?:them|him|her|us|me|each\s+other|one\s+another"
    r"|police|officers|deputies|but|and)\b|\s+the\s+(?:car|vehicle|house|home|officers|police"
    r"|crowd|group)\b))"
)

# some of the dead or the hurt: "Among the dead were two children", "the injured included
# three officers" (a part of them: ``homscheck.scope``)
_WERE = ("were", "was", "are", "is")
_THE_DEAD_WERE = [*(f"{among} {were}" for among in ("among the dead", "among those killed",
                                                     "among those who died",
                                                     "among the fatalities") for were in _WERE),
                   "the dead included", "the dead include"]  # fmt: skip
_THE_HURT_WERE = [*(f"{among} {were}" for among in _AMONG_HURT for were in _WERE),
                   "the injured included", "the injured include", "the wounded included",
                   "the wounded include"]  # fmt: skip

# The verbs that bring a toll to a figure: "bringing the number killed to three"
_BROUGHT = r"(?:bringing|brings|brought|raising|raises|raised|pushing|pushed)"

MEASURES = Measures(
    # "23 fighters were killed", "two women died", "six people were hit by gunfire"
    after_subject={**dict.fromkeys(_KILLED, "killed"), **dict.fromkeys(_WOUNDED, "wounded"),
                   **dict.fromkeys(_MISSING, "missing"), **dict.fromkeys(_TRAPPED, "trapped"),
                   **dict.fromkeys(_INFECTED, "infected"), **dict.fromkeys(_SICKENED, "sickened"),
                   # "three soldiers were among the dead": a part of the toll
                   **dict.fromkeys(_AMONG_DEAD, "killed"), **dict.fromkeys(_AMONG_HURT, "wounded"),
                   # "suffered gunshot wounds" takes in the dead
                   **dict.fromkeys(["shot", "hit by gunfire", "struck by gunfire",
                                    "suffered gunshot wounds", "sustained gunshot wounds",
                                    "suffered gun shot wounds", "sustained gun shot wounds",
                                    # "Four people were taken to a hospital with gunshot wounds"
                                    *(f"{taken} {h} with gunshot wounds"
                                      for taken in ("taken to", "transported to",
                                                    "rushed to")
                                      for h in _HOSPITALS),
                                    # "found three victims suffering from gunshot wounds",
                                    # a police release's "four victims suffering from
                                    # apparent gunshot wounds"
                                    # ("officers found three people with gunshot
                                    # wounds")
                                    *(f"{suffering} {adjective}gunshot {wounds}"
                                      for suffering in ("suffering from", "suffering",
                                                        "suffered", "sustained", "with")
                                      for adjective in ("", "apparent ", "multiple ")
                                      for wounds in ("wounds", "injuries")),
                                    "hit by bullets", "struck by bullets",
                                    "struck by stray bullets", "hit by stray bullets"], "shot"),
                   # a knife attack's: "four people were stabbed" takes in the dead, as "shot"
                   # does; "two were stabbed to death" are dead
                   **dict.fromkeys(["stabbed", "knifed", "stabbed and wounded",
                                    "stabbed and injured",
                                    # ("police found three people with stab wounds")
                                    *(f"{suffering} {adjective}{stab} wounds"
                                      for suffering in ("with", "suffering from", "suffered",
                                                        "sustained")
                                      for adjective in ("", "apparent ", "multiple ")
                                      for stab in ("stab", "knife"))], "stabbed"),
                   **dict.fromkeys(["stabbed to death", "knifed to death", "hacked to death",
                                    "beaten to death", "fatally stabbed"], "killed")},
    # "killing at least 23 fighters", "the shelling wounded 40 people"
    # ("claimed the life of one woman", "took the lives of three children")
    before_number={**dict.fromkeys(["killed", "killing", "kills",
                                    *(f"{took} the {lives} of" for took in
                                      ("claimed", "claiming", "took", "taking")
                                      for lives in ("life", "lives")),
                                    "gunned down", "gunning down",
                                    # "troops shot dead at least 12 protesters"
                                    "shot dead", "shooting dead", "shoots dead",
                                    "deaths of", "executed", "massacred", "fatally shot",
                                    # ("condemned the killing of forty-two civilians")
                                    # (not "murders of": "the attempted murders of five
                                    # teenagers")
                                    "killing of", "killings of", "massacre of",
                                    "fatally shooting", "fatally wounding", "fatally wounded",
                                    "mortally wounded", "mortally wounding",
                                    "lost", "has lost", "had lost", "losing",
                                    "bodies of", "remains of", "fatally stabbed",
                                    "fatally stabbing",
                                    # ("the army said it neutralised 45 terrorists")
                                    "neutralised", "neutralized", "neutralising",
                                    "neutralizing",
                                    *_THE_DEAD_WERE], "killed"),
                   # the dead and the hurt told as one figure: "said it had killed and
                   # wounded more than 120 apostates", "the blast killed or injured 45 people"
                   **dict.fromkeys([f"{killed} {joint} {hurt}"
                                    for killed, hurt in (("killed", "wounded"),
                                                         ("killed", "injured"),
                                                         ("killing", "wounding"),
                                                         ("killing", "injuring"))
                                    for joint in ("and", "or")], "killed or wounded"),
                   # "the attacker stabbed five people" (to death: ``left_state``)
                   **dict.fromkeys(["stabbed", "stabbing", "stabs", "knifed"], "stabbed"),
                   **dict.fromkeys(["wounded", "wounding", "injured", "injuring", "injures",
                                    "hurt", "hurting",
                                    "wounds", "hospitalized", "hospitalizing",
                                    *_THE_HURT_WERE], "wounded"),
                   **dict.fromkeys(["infected", "infecting", "infects"], "infected"),
                   # "the building collapsed, trapping an estimated 50 workers"
                   **dict.fromkeys(["trapping", "trapped"], "trapped"),
                   **dict.fromkeys(["sickened", "sickening", "sickens"], "sickened"),
                   # "a gunman shot three people", "Teen who shot 4" (not "shot 3 times")
                   **dict.fromkeys(["shot", "shooting", "shoots",
                                    # "opened fire, hitting six people" (people only with a
                                    # noun for them: not "hit 3 home runs")
                                    "hitting"], "shot")},
    # "a dozen seriously injured people", "50 killed and 120 wounded"
    as_adjective={**dict.fromkeys(["dead", "killed", "slain", "deaths", "fatalities", "died",
                                   "found dead", "found shot dead", "drowned", "martyred",
                                   # "Five shot dead in Chicago", "2 gunned down in Tulsa"
                                   "shot dead", "shot to death", "shot and killed",
                                   "gunned down", "fatally shot",
                                   # "42 bodies were pulled from the rubble": the dead found so far
                                   "bodies",
                                   # a headline's present: "60 drown", "5 die in crash"
                                   "drown", "die"], "killed"),
                  **dict.fromkeys(["missing", "feared dead", "feared drowned", "presumed dead",
                                   "unaccounted for"], "missing"),
                  **dict.fromkeys(["wounded", "injured", "injuries", "hurt", "hospitalized",
                                   "hospitalised",
                                   # "Two suffered minor injuries"
                                   *(f"{suffer} {injuries}" for suffer in ("suffer", "suffered")
                                     for injuries in ("injuries", "minor injuries"))],
                                  "wounded"),
                  # a headline's "Three suffer gunshot wounds": hit (the dead too: "all three
                  # suffered gunshot wounds to the upper body")
                  # ("Eight sustained gun shot wounds")
                  **dict.fromkeys([f"{suffer} {gunshot} {wounds}"
                                   for suffer in ("suffer", "suffered", "sustain", "sustained")
                                   for gunshot in ("gunshot", "gun shot")
                                   for wounds in ("wounds", "injuries")], "shot"),
                  "shot": "shot"},
    # "has left more than 300,000 people dead"; "the bombing claimed 40 lives", "took 12 lives"
    # ("stabbed three people to death", "hacked two villagers to death")
    left_state={"dead": "killed", "wounded": "wounded", "injured": "wounded", "lives": "killed",
                "to death": "killed",
                # "a shooting that sent four people to the hospital": the hurt
                **dict.fromkeys([f"to {h}" for h in _HOSPITALS], "wounded")},
    left_verbs=("left", "leaving", "leaves", "claimed", "claiming", "claims", "took", "taking",
                "sent", "sending", "sends",
                "stabbed", "stabbing", "hacked", "hacking", "beat", "beating", "knifed",
                "takes", "taken",
                # "the fighting cost 11 lives", "the loss of at least 11 lives"
                "cost", "costing", "costs", "loss of"),
    # "the death toll rose to 41", "a death toll of 41"
    # "bringing the number of fatalities to three"
    # ("the toll from Monday's air raids climbed to 94")
    # "quake toll climbs to 1,450", "flood toll tops 100": a headline's toll, named by its
    # verb of change
    # ("recovered 12 more bodies, bringing the toll to 48")
    toll=r"\b(?:(?:[Dd]eath|[Cc]asualty)\s+toll|[Tt]he\s+toll\s+(?:from|of|in)\b"
         r"|(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes"
         # ("That brings Missouri's toll to six")
         r"|pushed)\s+(?:the\s+|\p{Lu}[\p{L}-]+['’]s\s+)?(?:(?:overall|total|official|confirmed)"
         r"\s+)?toll(?=\s+to\b)"
         # ("bringing the number killed to three", "brought the number of dead to 12")
         rf"|{_BROUGHT}\s+the\s+number"
         r"\s+(?:killed|dead|of\s+(?:dead|deaths|fatalities|people\s+killed|those\s+killed))"
         r"(?=\s+to\b)"
         # ("the gunman was also dead, bringing the total to three": a total of the dead, where
         # the clause before tells a death; not "two more were hurt, bringing the total to 12")
         r"|(?<=\b(?:dead|killed|died|deaths|bodies|fatalities)\b[^.;:!?]{0,80})"
         rf"{_BROUGHT}\s+the\s+(?:overall\s+|death\s+)?total(?=\s+to\b)"
         # ("the government put the toll at four")
         r"|(?:put|puts|putting|placed|places|placing)\s+the\s+(?:(?:overall|total|official"
         r"|confirmed)\s+)?toll(?=\s+at\b)"
         # ("put the number of civilian dead at 11")
         r"|number\s+of\s+(?:(?:civilian|confirmed|known|reported)\s+)?(?:dead|deaths"
         r"|fatalities|people\s+killed)"
         # ("the number of people killed when a tower collapsed in Lagos on Monday has risen
         # to 38": the event told between)
         # ("the number of workers killed in Tuesday's explosion has risen to 11")
         r"|[Nn]umber\s+of\s+(?:dead|deaths|fatalities|(?:\p{Ll}[\p{Ll}-]+\s+){1,2}?(?:killed"
         # ("the number of pilgrims who perished in the heat climbed to 568")
         r"|who\s+(?:have\s+|had\s+)?(?:died|perished|were\s+killed|lost\s+their\s+lives)"
         r"|(?:confirmed\s+|known\s+|reported\s+)?dead))\b"
         r"[^.;:!?]{0,110}?(?=\s+(?:has\s+|had\s+)?(?:risen|rose|rises|climbed"
         r"|climbs|reached|increased|jumped|grown|grew)\s+to\b)"
         # ("the toll has risen to seven")
         r"|(?<!\b[Ii]njury\s+)[Tt]oll\s+(?=(?:(?:has|had)\s+)?(?:climbs|climbed|rises|rose|risen|jumps|jumped"
         r"|reaches|reached|hits"
         r"|tops|topped|passes|passed|nears|neared|soars|soared|surges|surged|mounts|mounted"
         r"|exceeds|exceeded|increases|increased|grows|grew|stands|stood)\b))"
         # ("the death toll from Saturday's missile strike on a residential building in
         # Kharkiv has risen to 17": what the toll is of may take many words; "the death toll
         # from the sinking of a packed passenger boat on Lake Mai-Ndombe in the Democratic
         # Republic of Congo has risen to 78")
         r"\b[^.;:]{0,160}?\b(?:of|at|to|reached|reaches|hit|hits|is|was|stood|stands|tops"
         r"|topped|passes|passed|nears|neared|exceeds|exceeded"
         # ("the death toll has topped 100": the figure read with its verb, "more than 100")
         r"|has|had"
         # ("the toll climbed past 100", "rose above 50": more than it)
         r"|(?:climbed|climbs|rose|rises|risen|went|soared|jumped)\s+(?:past|above|beyond))"
         # ... right after the toll: "the death toll topped 100", "the death toll exceeded 2,000"
         r"|\b(?:[Dd]eath|[Cc]asualty)\s+toll",
    toll_words=("toll", "number", "total"),  # (one is in every match of the toll)
    not_after=_NOT_FIRED_AT,
    # "five officers were fatally wounded", "two men were fatally shot": deaths
    adverb_measure={"fatally": "killed", "mortally": "killed"},
    # (not "infected 3 machines with malware")
    not_relatives=frozenset({"lost", "has lost", "had lost", "losing"}),
    needs_subject=frozenset({"lost", "has lost", "had lost", "losing", "infected", "infecting",
                             "infects", "sickened", "sickening", "sickens", "trapping",
                             "trapped", "hitting"}),
    at_least=frozenset({"bodies", "bodies of", *_AMONG_DEAD, *_AMONG_HURT}),
    # people at a gathering are victims here ("five protesters were shot"); elsewhere the size
    # of a crowd is a quantity of its own (``hc901``)
    subjects={**SUBJECT_CLASSES, **dict.fromkeys(["protesters", "demonstrators", "marchers",
                                                  "partygoers", "revelers", "revellers",
                                                  # "Eighteen devotees lost their lives"
                                                  "devotees", "mourners", "attendees",
                                                  "festivalgoers", "festival-goers"],
                                                 "people")},
)  # fmt: skip

_PATTERNS = CountPatterns(MEASURES)


def _toll_of(head: str, measure: str) -> CountPatterns:
    """A count of the hurt or the shot told as a toll of its own, opened by ``head``: "the
    number of wounded climbed to 17", "the number of people shot at the party rose to five"."""
    return CountPatterns(
        Measures(
            after_subject={},
            before_number={},
            as_adjective={},
            left_state={},
            toll=rf"\b(?:{head})"
            # what the toll is of: "in the stampede", "from Sunday's blast", "at the party"
            r"(?:\s+(?:in|from|at|during|on|after|by|when)\s+[^.;:!?,]{1,80}?)?"
            # ... and its verb, right before the count (not "the number of injured was not
            # known, but ambulances took people to three hospitals")
            r"\s+(?:(?:has|had)\s+)?(?:(?:risen|rose|rises|climbed|climbs|increased|jumped"
            r"|grown|grew|went|gone|dropped|drops|fell|fallen|falls|decreased|declined)"
            r"\s+(?:to|past|above|beyond)|reached|reaches|hit|hits|topped"
            r"|tops|passed|passes|exceeded|exceeds|neared|nears|(?:stood|stands|was|is)(?:\s+at)?"
            r"|to)",
            toll_measure=measure,
            toll_words=("number", "toll"),
            not_after=_NOT_FIRED_AT,
            subjects=MEASURES.subjects,
        )
    )


_NUMBER_OF = r"[Nn]umber\s+of\s+(?:(?:people|those|others|civilians|passengers|victims)\s+)?"
# ("the number of people injured in the stampede stood at 54", "the injury toll reached 80")
_HURT_TOLL = _toll_of(_NUMBER_OF + r"(?:wounded|injured|hurt)|[Ii]njury\s+toll", "wounded")
# ("the number of people shot at the block party rose to five")
_SHOT_TOLL = _toll_of(_NUMBER_OF + r"(?:shot|struck\s+by\s+(?:gunfire|bullets))", "shot")
# ("the number of people unaccounted for dropped to 19", "the number of missing fell to 12")
_MISSING_TOLL = _toll_of(
    _NUMBER_OF + r"(?:missing(?:\s+(?:people|persons|hikers|climbers|miners|workers))?"
    r"|unaccounted\s+for)",
    "missing",
)


# Hit by what the sentence, or the one before, says was fired: "Seven people were struck when
# shots were fired from a car", "Shots rang out. Six people were hit." (not "hit by a car")
_HIT = CountPatterns(
    Measures(
        after_subject=dict.fromkeys(["hit", "struck"], "shot"),
        before_number={},
        as_adjective={},
        left_state={},
        subjects=MEASURES.subjects,
        not_after=r"(?!\s+(?:by|with)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:car|vehicle|truck|van|bus"
        r"|train|suv|pickup|motorcycle|tree|wave|rock|debris|storm|tornado|flood|virus"
        r"|disease)s?\b|\s+(?:hard|hardest|back|out|home)\b"
        # (the verb's object, not those hit: "fatally struck Taliek Roe", "hit a wall")
        # (but a headline's "4 People Struck In Drive-By")
        r"|\s+(?!(?:In|At|By|During|Near|On|After|As|When|Outside|Inside|Overnight)\b)\p{Lu}"
        r"|\s+(?:him|her|them|a|an|his|their)\b)",
    )
)
_GUNFIRE = compile_pattern(
    r"\b(?:shots?|gunfire|gunshots?|bullets?|fired|firing|opened\s+fire|gunm[ae]n|shooter"
    r"|shooting|birdshot|buckshot|pellets)\b",
    regex.IGNORECASE,
)
_GUNFIRE_REACH = 300  # characters before a count read for the gunfire it was hit by


def _told_of_gunfire(text: str, c: Claim) -> bool:
    """Whether the count's sentence, or what comes just before it, tells of gunfire."""
    sentence_end = c.start + len(c.context)  # (at most: the sentence holds the quote)
    at = text.find(c.context, max(0, c.start - len(c.context)), sentence_end)
    end = at + len(c.context) if at >= 0 else c.end
    return _GUNFIRE.search(text, max(0, c.start - _GUNFIRE_REACH), end) is not None
# "a man and two teens were wounded", "leaving a mother and a grandmother dead"
_LIST_VERBS = {**MEASURES.after_subject, "hospitalized": "wounded", "hospitalised": "wounded"}
_LIST = list_pattern(list(_LIST_VERBS))
_LIST_VERB = verb_pattern(list(_LIST_VERBS))
# "killing a man and his wife", "wounded four officers and two civilians"
_OBJECT_LIST = object_list_pattern(list(MEASURES.before_number))

# "no one was hurt", "nobody was killed": a count of zero. Not "no one was seriously hurt",
# which says some were hurt, only not badly.
_NOBODY = compile_pattern(
    r"\b(?:no\s+one|nobody|none\s+of\s+the\s+\w+)\s+(?P<else>else\s+)?(?:was|were|has\s+been|had\s+been)"
    r"\s+(?!(?:seriously|critically|severely|badly|gravely)\b)(?:\w+ly\s+)?"
    r"(?P<verb>killed|hurt|injured|wounded)\b",
    regex.IGNORECASE,
)


# One person named by a noun, not a number: "a man was killed", "a 17-year-old girl was
# wounded", "one officer died", "another man, 23, was shot and wounded". A participle needs
# its auxiliary: "a man killed his wife" is no casualty count.
# "A 16-year-old boy has died", "a 12-year old boy, who was shot on Sunday, has died", "A
# 22-year-old Woodville man died".
_ONE_PERSON = compile_words(
    # ("his wife was killed", "her mom was shot": one person of the family told of)
    # ("Tyson Roe's 15-year-old daughter has been shot dead": one of a family named)
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+['’]s)\s+"
    r"(?:(?:(?:(?P<age>\d{1,3})|\L<ages>)[- ](?P<unit>year|month)[- ]old|young"
    r"|(?P<teen>teenage|teenaged|teen|infant|baby|toddler|little|young\s+teenage)|local"
    r"|elderly|unidentified"
    r"|\L<mods>"
    r"|\p{Lu}\p{Ll}+)\s+){0,3}"
    # ("a father of five was killed": one father)
    r"(?P<who>\L<nouns>)(?:\s+of\s+(?:\d{1,2}|\L<ages>))?(?:\s*,\s*\d{1,3}\s*,)?"
    # ("a man in his 20s was pronounced dead")
    r"(?:\s+in\s+(?:his|her)\s+(?:early\s+|mid-?\s*|late\s+)?(?:teens|[1-9]0s|twenties"
    r"|thirties|forties|fifties|sixties|seventies|eighties))?"
    r"(?:\s*,\s*who\s+[^,;.]{1,60},"
    # "A 19-year-old neighbor who tried to intervene was wounded": a clause that tells who,
    # before the verb (no count nor report in it; "a man who was shot" is told below)
    r"|\s+who\s+(?!(?:was|had\s+been)\s+(?:\w+ly\s+)?\L<harmed>\b)"
    r"(?:(?!\b(?:said|says|told|and|but|or|\L<ages>)\b)[^,;.\d]){1,60}?"
    r"(?=\s+(?:was|is|has\s+been|had\s+been)\s)"
    # "A man killed in a shooting Sunday has been identified", "a woman shot dead by police
    # had a knife": the clause says the person was killed, whatever the sentence goes on to say
    # (after where, when or by whom: "a man killed his wife" is no clause)
    r"|\s+(?P<killed>(?:who\s+(?:was|had\s+been)\s+)?\L<killed>(?=\s+(?:by|in|on|at|near"
    r"|outside|inside|during|while|early|late|earlier|last|this|overnight|yesterday|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[^,;.]{0,80}?)"
    # "a man who was shot Saturday night has died", "a woman wounded in the attack remains in
    # critical condition": the clause tells how, the verb after it what came of it. Shot
    # without "who was" only before where or when: "a man shot his wife" is no clause.
    r"|\s+(?P<harmed>(?:who\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?)\L<harmed>"
    r"|(?:\w+ly\s+)?\L<harmed>(?=\s+(?:in|on|near|outside|inside|during|while|early|late"
    r"|earlier|last|this|overnight|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\b))\b[^,;.]{0,80}?)?\s+"
    r"(?:(?:(?:was|is|has\s+been|had\s+been)\s+(?:later\s+|also\s+)?(?P<adv>\w+ly\s+)?"
    r"(?P<verb>\L<verbs>))|(?:(?:has|had)\s+)?(?:later\s+|since\s+)?(?P<died>died|dies)"
    # "a 15-year-old boy is in critical condition after being shot": wounded, and alive
    rf"|(?P<condition>(?:is|was|remains|remained)\s+{IN_CONDITION}\s+"
    r"(?:after|from)\s+being\s+)(?P<verb>shot|wounded|injured|hurt|stabbed)"
    # ... or after the clause: "a woman who was wounded in the attack remains in stable condition"
    rf"|(?(harmed)(?P<condition>(?:is|was|remains|remained)\s+{IN_CONDITION})|(?!))"
    r"|(?(killed)(?:was|is|has|had|remains|remained)|(?!)))\b",
    nouns=list(SINGULAR),
    killed=["killed", "shot dead", "shot and killed", "fatally shot", "slain", "shot to death",
            "stabbed to death", "fatally stabbed", "gunned down", "found dead", "beaten to death"],
    verbs=[v for v in VERB_MEASURE if v not in ("died", "dies")],
    mods=["security", "police", "off-duty", "female", "male", "innocent", "pregnant",
          # ("A 64-year-old volunteer firefighter died")
          "volunteer", "veteran", "retired", "homeless", "disabled", "fellow",
          # ("A second man, 17, died at the hospital": one more)
          "second", "third", "fourth", "fifth"],
    harmed=["shot", "wounded", "injured", "hurt", "stabbed", "struck", "hit"],
    ages=SPELLED_NUMBERS,
)
# One more of the people told of: "another man", "a second woman"
_ONE_MORE = compile_pattern(r"(?i:another|an?\s+(?:second|third|fourth|fifth))\b")
# One person shot who lives: "...was shot in the leg and is expected to survive", "...and was
# listed in critical condition", "...but is in stable condition"
_LIVES = compile_pattern(
    r"[^.;:]{0,80}?\b(?:and|but)\s+(?:is|was|remains|remained)\s+(?:\w+\s+){0,2}?"
    r"(?:expected\s+to\s+(?:survive|recover|live|be\s+ok(?:ay)?)"
    rf"|{IN_CONDITION})\b",
    regex.IGNORECASE,
)
# "he and three others were shot": the others, and him
_AND_OTHERS = compile_pattern(
    r"\b(?:[Hh]e|[Ss]he|\p{Lu}\p{Ll}+)\s+and\s+(?P<n>[\w-]+)\s+others?\s+(?:were|have\s+been)\s+"
    r"(?:\w+ly\s+)?(?P<verb>killed|wounded|injured|hurt|shot)\b"
)
_VERB_MEASURE = {"died": "killed", "killed": "killed", "wounded": "wounded", "injured": "wounded",
                 "hurt": "wounded", "shot": "shot"}  # fmt: skip


# The title of another story linked from the page: "Related: 5 dead in ...", "READ MORE: ...",
# "Related Coverage 4 injured in ...", "Also see: ...". Its counts are that story's, not the
# article's. ("Previous story:" and "Update:" are kept: they are the same story told earlier.)
_LINK_HEADLINE = compile_pattern(
    r"^\W*(?:related(?:\s+(?:stories|story|articles?|coverage|content|links?|news|videos?))?"
    r"|read\s+(?:more|also|next)|see\s+also|also\s+(?:see|read)|more\s+(?:stories|news|coverage)"
    r"|more|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|most\s+(?:popular|read|viewed)"
    r"|you\s+may\s+also\s+like|next\s+story)\s*[:|]"
    r"|^\W*related\s+(?:stories|articles|coverage|content|links)\s+(?=[\p{Lu}\d])",
    regex.IGNORECASE,
)


# A title that tells of several shootings: "weekend shootings across Chicago", "another violent
# weekend", "mayhem in two boroughs", "7 killed in 3 shootings". Not "Santa Monica shootings
# claim fifth victim" (one rampage) or "quadruple shootings".
_ROUND_UP = compile_words(
    r"\b(?:weekend|city|overnight|separate|holiday)\s+(?:shootings|violence)\b"
    r"|\b(?:violent|bloody|deadly)\s+weekend\b|\bweekend\s+(?:of\s+)?(?:violence|gunfire|bloodshed)\b"
    r"|\bmayhem\b|\bseries\s+of\b"
    r"|\b(?:\d+|\L<numbers>)\s+(?:separate\s+)?(?:shootings|incidents|attacks)\b",
    flags=regex.IGNORECASE,
    numbers=["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
             "multiple"],
)  # fmt: skip


# "... shootings across Chicago" is a round-up, but one disaster's toll over the land it struck
# is one count: "Earthquake leaves 28 dead across Huari province", "Floods kill 16 across Assam"
_ACROSS = compile_pattern(r"\bacross\s+(?:the\s+)?(?:city|\p{Lu}\p{L}+)\b", regex.IGNORECASE)
_ONE_DISASTER = compile_words(
    r"\b\L<disasters>\b",
    flags=regex.IGNORECASE,
    disasters=["earthquake", "quake", "tremor", "flood", "floods", "flooding", "flash floods",
               "storm", "cyclone", "hurricane", "typhoon", "tornado", "wildfire", "wildfires",
               "bushfire", "forest fire", "landslide", "landslides", "mudslide", "mudslides",
               "heatwave", "heat wave", "blizzard", "snowstorm", "eruption", "tsunami",
               "monsoon", "avalanche", "downpours", "torrential rain", "torrential rains"],
)  # fmt: skip


def _round_up(title: str) -> bool:
    """Whether a title tells of several shootings or attacks (``_ROUND_UP``, ``_ACROSS``)."""
    if _ROUND_UP.search(title):
        return True
    return _ACROSS.search(title) is not None and _ONE_DISASTER.search(title) is None


def _may_link(text: str) -> bool:
    """``_LINK_HEADLINE.match(text)``, tried only where ``text`` has what every match has: a
    ":" or "|", or "related" (a test in C; most sentences have none)."""
    return (":" in text or "|" in text or may_contain(text, ("related",))) and bool(
        _LINK_HEADLINE.match(text)
    )


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    links = [(s.start, s.end) for s in ctx.sentences if _may_link(s.text)]
    claims = [
        c
        for c in _claims(ctx)
        if not any(start <= c.start < end for start, end in links) and not _hit_not_shot(c)
    ]
    # "3 dead, 11 wounded" in the headline of an article whose text says "three people were
    # killed and 11 wounded in Monday shootings": the headline gives the same tally. Small
    # figures alone may match by chance ("2 wounded" at the gas station, two more elsewhere).
    tallies = {(c.measure, _low(c)) for c in claims if c.cumulative and _low(c) is not None}
    title = ctx.sentences[0] if ctx.sentences else None
    same = {
        c.id
        for c in claims
        if title
        and title.start <= c.start < title.end
        and not c.cumulative
        and _point(c) is not None
        and (c.measure, _point(c)) in tallies
        and not ONE_EVENT.search(c.context)
    }
    tally_title = len(same) > 1 or any((_point(c) or 0) >= 3 for c in claims if c.id in same)
    if tally_title and title:
        # the title's other figures are of the tally too ("One dead, 7 wounded during mayhem")
        claims = [
            dataclasses.replace(c, cumulative=True, place=c.place if c.time else None)
            if title.start <= c.start < title.end and not c.cumulative
            else c
            for c in claims
        ]
    if title and (_round_up(title.text) or tally_title):
        # "8 dead, 27 wounded in weekend shootings across the city": a round-up of several
        # shootings; a count that names no place could be of any of them
        claims = [
            dataclasses.replace(c, comparable=False) if not c.cumulative and not c.place else c
            for c in claims
        ]
    for c in _several_occasions(claims):
        yield _as_a_side_s_claim(ctx, c)


# Gunfire told in a sentence: "opened fire, hitting six people" (not "a car veered onto the
# pavement, hitting six people": hit, not shot)
_GUNFIRE = compile_pattern(
    r"\b(?:fire|fired|firing|gunfire|gunshots?|shots|shooting|shooter|gunman|gunmen|bullets?"
    r"|guns?|rifle|pistol|handgun)\b",
    regex.IGNORECASE,
)


def _hit_not_shot(c: Claim) -> bool:
    """A count of those "hit" in a sentence that tells of no gunfire: by a car or a blast."""
    return c.text.startswith("hitting") and not _GUNFIRE.search(c.context)


# The toll a side claims of its own attack: "JNIM said in a statement that it had killed 60
# soldiers", "the rebels claimed to have killed 200 troops", "the army said its strikes killed
# 40 fighters" (what each side says it did is its own claim, which the other side's toll and the
# independent ones are told apart from; worth a look, not a contradiction)
_KILLED_OR_WOUNDED = (
    r"(?:killed|eliminated|neutrali[sz]ed)(?:\s+(?:and|or)\s+(?:wounded|injured))?"
)
_CLAIMED_BY_THE_DOERS = compile_pattern(
    r"\b(?:said|says|claimed|claims|boasted|announced)\b[^.;!?]{0,90}?\b(?:that\s+)?"
    r"(?:it|they|its\s+(?:\p{L}+\s+)?(?:fighters?|forces|men|troops|militants|strikes?|drones?"
    # ("IS said its martyrdom-seeker had killed and wounded more than 120")
    r"|units?|bombers?|attackers?|martyrdom-seekers?)|their\s+(?:fighters|forces|men))\s+"
    r"(?:had\s+|have\s+|has\s+)?"
    rf"{_KILLED_OR_WOUNDED}\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?$"
    rf"|\bclaim(?:s|ed)?\s+to\s+have\s+{_KILLED_OR_WOUNDED}\s+$",
    regex.IGNORECASE,
)


_KILLED_FIRST = compile_pattern(
    rf"{_KILLED_OR_WOUNDED}\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?",
    regex.IGNORECASE,
)


def _as_a_side_s_claim(ctx: DocumentContext, c: Claim) -> Claim:
    if c.measure not in ("killed", "killed or wounded"):
        return c
    sentence = ctx.sentence_at(c.start)
    start = max(sentence.start if sentence else 0, c.start - 160)
    # (up to the verb the quote opens on: "killed 60 soldiers")
    verb = _KILLED_FIRST.match(ctx.text, c.start, c.end)
    if not _CLAIMED_BY_THE_DOERS.search(ctx.text, start, verb.end() if verb else c.start):
        return c
    return dataclasses.replace(c, drift=Drift.estimated("a side's own claim of what it did"))


_RECALLED_DAYS = 30  # days before an article's latest day of a count beyond which it recalls


def _recent(days: set[date]) -> set[date]:
    """The days within ``_RECALLED_DAYS`` of the latest."""
    latest = max(days)
    return {d for d in days if (latest - d).days <= _RECALLED_DAYS}


def _several_occasions(claims: list[Claim]) -> list[Claim]:
    """An article that dates counts of one measure to two different days tells of several
    shootings ("Two people were killed Friday in one neighborhood ... Four people were killed
    Saturday in another"): its counts of that measure that give no day could be of any of
    them, and are kept for the record, not compared."""
    days: dict[str, set[date]] = {}
    for c in claims:
        t = c.time
        if not c.cumulative and t is not None and t.earliest and t.earliest == t.latest:
            days.setdefault(c.measure, set()).add(t.earliest)
    # (a day long before the story's latest is another story, recalled: "On November 19, 2021,
    # a bomb killed 14 people" leaves this week's counts this week's)
    several = {m for m, d in days.items() if len(_recent(d)) > 1}
    if not several:
        return claims
    return [
        dataclasses.replace(c, comparable=False)
        if c.measure in several and not c.cumulative and (c.time is None or not c.time.known)
        else c
        for c in claims
    ]


def _low(c: Claim) -> float | None:
    """The least a count says ("at least 11": 11), or None."""
    v = c.value
    return v.low if isinstance(v, Quantity) else None


def _point(c: Claim) -> float | None:
    """The figure of an exact count, or None."""
    v = c.value
    return v.low if isinstance(v, Quantity) and v.is_point else None


# "Three people were shot, one fatally", "five men were shot Sunday, two of them fatally": the
# dead among the shot, and the rest wounded
_FATALLY_AFTER = compile_pattern(
    # "Five people were shot -- two of them fatally --", "three shot (one fatally)"
    r"^[^,.;:]{0,40}?(?:,|\s--|\s?[—–]|\s?\()\s*(?P<k>[\w-]+)(?:\s+of\s+(?:them|whom))?\s+"
    r"(?:fatally|mortally)\b"
    # "Four men were shot and two of them died", "Five people were shot, two of whom died",
    # "Seven people were shot and one was killed", "...shot, including one who died"
    r"|^[^,.;:]{0,40}?(?:,|;|\band\b)\s*(?:including\s+)?(?P<k>[\w-]+)"
    r"(?:\s+of\s+(?:them|whom)|\s+(?:who|person|man|woman|victim))?\s+"
    r"(?:(?:later\s+)?died|(?:was|were)\s+(?:later\s+)?(?:killed|pronounced\s+dead)"
    r"|did\s+not\s+survive)\b",
    regex.IGNORECASE,
)
# "killing one", "leaving one dead" after the shot: the killed count is read already
_DEAD_AFTER = compile_pattern(
    r"^[^,.;:]{0,40}?,?\s*(?:killing|leaving)\s+(?P<k>[\w-]+)(?:\s+of\s+them)?(?:\s+dead)?\b",
    regex.IGNORECASE,
)
# The shot who all live: "Four men were shot, none fatally", "Six people were hit by gunfire
# but all are expected to survive", "Three men were shot. Police said all three are in stable
# condition."
_NONE_FATALLY = compile_pattern(
    r"[^.;:]{0,40}?,?\s*(?:but\s+)?none\s+(?:of\s+them\s+)?(?:fatally|seriously|critically)\b",
    regex.IGNORECASE,
)
# "Four people were shot and taken to hospitals with non-life-threatening injuries": no other
# count between ("...shot; one suffered minor injuries" is one of them)
_MINOR = compile_words(
    r"(?:(?!\b(?:\d+|\L<numbers>)\b)[^.;:]){0,80}?\b(?:with|suffer(?:ed|ing)|sustain(?:ed|ing))\s+"
    r"(?:what\s+(?:are|were|police\s+(?:said|say)\s+(?:are|were))\s+(?:described\s+as\s+|believed\s+to\s+be\s+)?)?"
    r"(?:non[- ]?life[- ]threatening|non-?fatal|minor)\s+(?:gunshot\s+)?(?:injuries|wounds)\b",
    flags=regex.IGNORECASE,
    numbers=["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "another", "other"],
)  # fmt: skip
_ALL_SURVIVE = compile_pattern(
    r"\b(?:all|both)(?:\s+(?:of\s+)?(?:the|them|those)?\s*(?:\w+\s+){0,2}?)?\s*"
    r"(?:are|were|is|was)\s+(?:\w+\s+){0,2}?(?:expected\s+to\s+(?:survive|recover|live|be\s+ok)"
    r"|recovering|in\s+(?:stable|good|fair)\s+condition|listed\s+in\s+(?:stable|good|fair)"
    r"|(?:suffering\s+from\s+)?non-?\s?life[- ]threatening)\b",
    regex.IGNORECASE,
)
# The dead told in two places: "two died at the scene and two on the way to the hospital",
# "three men died at the scene and a fourth one at a hospital"
_SCENE_AND_LATER = compile_words(
    r"\b(?P<a>\d{1,2}|\L<numbers>)\s+(?:(?:\L<nouns>|people|victims)\s+)?"
    r"(?:died|were\s+killed|were\s+pronounced\s+dead)\s+(?:at|on)\s+the\s+scene\s*,?\s+and\s+"
    r"(?:(?P<b>\d{1,2}|\L<numbers>)|another|a\s+(?:second|third|fourth|fifth|sixth))"
    r"(?:\s+(?:one|man|woman|person|victim|more|others?))?\s+(?:died\s+|later\s+)*"
    r"(?:on\s+the\s+way|at\s+(?:a|the)\s+hospital|in\s+(?:a|the)\s+hospital|en\s+route|later)\b",
    flags=regex.IGNORECASE,
    numbers=["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
    nouns=sorted(set(SINGULAR.values())),
)  # fmt: skip
# "One of the five people hurt in the shooting has died": one dead, four still hurt
_ONE_OF_DIED = compile_words(
    r"\b(?:[Oo]ne|[Aa]nother)\s+of\s+(?:the\s+)?(?P<n>\d{1,3}|\L<numbers>)\s+"
    r"(?:(?:(?P<who>people|persons|victims|\L<nouns>)\s+)?"
    r"(?P<verb>hurt|injured|wounded|hospitalized|hospitalised|shot)\b[^;]{0,80}?\b"
    r"(?:(?:has|have|had)\s+(?:since\s+|now\s+)?)?"
    # "one of the four victims has died", not "one of the three people who died was"
    r"|(?P<who>victims|\L<nouns>)\s+(?:\w+\s+){0,8}?(?:has|have|had)\s+(?:since\s+|now\s+)?)"
    r"died\b",
    numbers=["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
             "twelve"],
    nouns=sorted(set(SINGULAR.values())),
)  # fmt: skip


# Words that the patterns of the dead told in two places, of one of the hurt who died, and of a
# count of nobody need: only the sentences that have them are read.
_SCENE = compile_pattern(r"scene", regex.IGNORECASE)
_DIED = compile_pattern(r"died")
_NO_ONE = compile_pattern(r"\b(?:no\s+one|nobody|none\s+of)\s", regex.IGNORECASE)


# Wounds of two kinds in one count: "found six people with gunshot wounds and other
# injuries" (five shot, a child hurt another way) is no count of the shot
_AND_OTHER_INJURIES = compile_pattern(
    r"\s+(?:and|or)\s+(?:other|various)\s+(?:injuries|wounds)\b", regex.IGNORECASE
)


def _claims(ctx: DocumentContext) -> Iterator[Claim]:
    counts = [
        c for c in count_claims(ctx, CODE, KIND, _PATTERNS)
        if not (c.measure in ("shot", "stabbed") and _AND_OTHER_INJURIES.match(ctx.text, c.end))
    ]  # fmt: skip
    counts += unread(
        [
            c
            for toll in (_HURT_TOLL, _SHOT_TOLL, _MISSING_TOLL)
            for c in count_claims(ctx, CODE, KIND, toll)
        ],
        counts,
    )
    # ("hit by gunfire": read)
    counts += unread(
        [c for c in count_claims(ctx, CODE, KIND, _HIT) if _told_of_gunfire(ctx.text, c)], counts
    )
    died = list(_one_of_the_hurt_died(ctx))
    # the hurt of "one of the five hurt has died" are five no longer, and "one of the four
    # victims has died" is no count of four dead
    spans = [(c.start, c.end) for c in died]
    counts = [
        c
        for c in counts
        if c.measure == "shot" or not any(a <= c.start < b for a, b in spans)
    ]
    yield from counts
    yield from died
    yield from _dead_in_two_places(ctx)
    yield from _dead_among_the_shot(ctx, counts)
    # (not again what a count has read with its bound: "at least one person was hurt" is no
    # exact one)
    yield from (
        c for c in _implicit_counts(ctx)
        if not any(r.start < c.start and c.end == r.end and r.measure == c.measure
                   for r in counts)
    )  # fmt: skip
    yield from labelled_counts(ctx, CODE, KIND, _LABELS)
    for sentence in ctx.sentences_with(_NO_ONE):
        for m in _NOBODY.finditer(ctx.text, sentence.start, sentence.end):
            measure = "killed" if m["verb"].lower() == "killed" else "wounded"
            # "no one else was hurt": someone was; only the others number zero
            who = "other people" if m["else"] else "people"
            event, reported = ctx.when(sentence, m.start())
            yield ctx.claim(
                CODE, KIND, measure, who, m.start(), m.end(), Quantity.exact(0), sentence,
                place=ctx.place_near(sentence, m.end()), time=event, reported=reported,
            )  # fmt: skip


# A bulletin's figures, each on a line of its own after a label: "Deaths: 46 confirmed by the
# Ministry of Health.", "Injured: at least 2,312", "- Missing: 73 persons"
_LABELS = LabelledCounts(
    {**dict.fromkeys(["deaths", "dead", "killed", "fatalities", "death toll"], "killed"),
     **dict.fromkeys(["injured", "wounded", "injuries", "hurt"], "wounded"),
     **dict.fromkeys(["missing", "persons missing", "people missing", "unaccounted for",
                      "persons unaccounted for", "people unaccounted for"], "missing"),
     # a sitrep's "Injured persons handed over to ambulance teams: 24", "Critically injured: 8"
     **dict.fromkeys(["injured persons", "wounded persons", "persons injured",
                      "people injured"], "wounded")}
)  # fmt: skip


def _sentence_of(ctx: DocumentContext, at: int) -> Sentence | None:
    for sentence in ctx.sentences:
        if sentence.start <= at < sentence.end:
            return sentence
    return None


def _dead_among_the_shot(ctx: DocumentContext, counts: list[Claim]) -> Iterator[Claim]:
    """ "Three people were shot, one fatally": one killed and two wounded ("At least 10 people
    were shot, two of them fatally": two killed, and the wounded not known)."""
    for c in counts:
        v = c.value
        if c.measure != "shot" or not isinstance(v, Quantity) or v.low is None:
            continue
        if not v.is_point and (v.high is not None or v.approximate):
            continue  # (a range or an estimate: which of them died is not told)
        sentence = _sentence_of(ctx, c.start)
        if sentence is None:
            continue
        after = ctx.text[c.end : sentence.end]
        survived = _survivors(ctx, sentence, c.end) if v.is_point else None
        if survived is not None:
            event, reported = ctx.when(sentence, c.start)
            yield ctx.claim(
                CODE, KIND, "wounded", c.subject, c.start, survived, Quantity.exact(v.low),
                sentence, place=ctx.place_near(sentence, c.end), time=event, reported=reported,
            )  # fmt: skip
            continue
        fatally = _FATALLY_AFTER.match(after)
        m = fatally or _DEAD_AFTER.match(after)
        k = read_number(m["k"]) if m else None
        if m is None or k is None or not k.is_point or k.low is None or k.low > v.low:
            continue
        event, reported = ctx.when(sentence, c.start)
        where = ctx.place_near(sentence, c.end)
        if fatally and not any(o.start == c.end + m.start("k") for o in counts):
            yield ctx.claim(
                CODE, KIND, "killed", c.subject, c.end + m.start("k"), c.end + m.end(),
                Quantity.exact(k.low), sentence, place=where, time=event, reported=reported,
            )  # fmt: skip
        if not v.is_point:
            continue
        yield ctx.claim(
            CODE, KIND, "wounded", c.subject, c.start, c.end + m.end(),
            Quantity.exact(v.low - k.low), sentence, place=where, time=event, reported=reported,
        )  # fmt: skip


def _survivors(ctx: DocumentContext, sentence: Sentence, at: int) -> int | None:
    """Where the text says all the shot live ("Four men were shot, none fatally", "...; all are
    expected to survive", or so the next sentence), the end of those words, else None."""
    m = _NONE_FATALLY.match(ctx.text, at, sentence.end) or _MINOR.match(ctx.text, at, sentence.end)
    if m:
        return m.end()
    end = sentence.end
    following = [s for s in ctx.sentences if s.start >= sentence.end]
    if following:
        end = following[0].end
    m = _ALL_SURVIVE.search(ctx.text, at, end)
    return m.end() if m else None


def _dead_in_two_places(ctx: DocumentContext) -> Iterator[Claim]:
    """ "Two died at the scene and two on the way to the hospital": four dead."""
    for sentence in ctx.sentences_with(_SCENE):
        for m in _SCENE_AND_LATER.finditer(ctx.text, sentence.start, sentence.end):
            a = read_number(m["a"])
            b = read_number(m["b"]) if m["b"] else Quantity.exact(1)
            if a is None or b is None or a.low is None or b.low is None:
                continue
            event, reported = ctx.when(sentence, m.start())
            yield ctx.claim(
                CODE, KIND, "killed", "people", m.start(), m.end(),
                Quantity.exact(a.low + b.low), sentence, place=ctx.place_near(sentence, m.end()),
                time=event, reported=reported,
            )  # fmt: skip


def _one_of_the_hurt_died(ctx: DocumentContext) -> Iterator[Claim]:
    """ "One of the five people hurt in the shooting has died": one killed, four wounded."""
    for sentence in ctx.sentences_with(_DIED):
        for m in _ONE_OF_DIED.finditer(ctx.text, sentence.start, sentence.end):
            n = read_number(m["n"])
            if n is None or not n.is_point or n.low is None or n.low < 2:
                continue
            event, reported = ctx.when(sentence, m.start())
            where = ctx.place_near(sentence, m.end())
            yield ctx.claim(
                CODE, KIND, "killed", "people", m.start(), m.end(), Quantity.exact(1), sentence,
                place=where, time=event, reported=reported,
            )  # fmt: skip
            yield ctx.claim(
                CODE, KIND, "wounded", "people", m.start("n"), m.end(),
                Quantity.exact(n.low - 1), sentence, place=where, time=event, reported=reported,
            )  # fmt: skip


def _listed_count(v: VictimList) -> Quantity:
    """A list's total; at least that many where it names people ("Ann Roe and Tim Lee were
    hurt" names who was hurt, not that no one else was)."""
    return Quantity(v.total, None, estimate=v.total) if v.named else Quantity.exact(v.total)


_COUNT_FIRST = compile_pattern(
    r"\W*(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b", regex.IGNORECASE
)


# A clause of the dead just before a list, which the list's "shot" are others than
_AFTER_THE_DEAD = compile_pattern(
    r"\b(?:killed|dead|died)\b[^.;]{0,20}?,?\s*(?:while|whereas|and|but|as)\s+$",
    regex.IGNORECASE,
)


_AMONG_THEM = frozenset([*_THE_DEAD_WERE, *_THE_HURT_WERE])


def _listed_victims(ctx: DocumentContext, sentence: Sentence) -> Iterator[Claim]:
    """ "seven officers and two civilians were hurt": nine people hurt; "wounding two men and
    a woman": three."""
    subjects = victim_lists(_LIST, _LIST_VERB, ctx.text, sentence.start, sentence.end)
    objects = object_lists(_OBJECT_LIST, ctx.text, sentence.start, sentence.end)
    for v in [*subjects, *objects]:
        if v.verb in _AMONG_THEM:
            continue  # "the dead included two women and a boy": some of the dead, each read
        if v.verb.endswith("condition") and not _COUNT_FIRST.match(ctx.text, v.start):
            # "a girl and a man were in stable condition": how some are, no total (but "Two
            # other victims, a man and a woman, were listed in serious condition" counts them)
            continue
        verbs = _LIST_VERBS if v.verb in _LIST_VERBS else MEASURES.before_number
        measure = MEASURES.adverb_measure.get(v.adverb or "", verbs[v.verb])
        if measure == "shot" and _AFTER_THE_DEAD.search(ctx.text, sentence.start, v.start):
            # "Two men were killed, while a man and a woman suffered gunshot wounds": the
            # others, who live
            measure = "wounded"
        event, reported = ctx.when(sentence, v.start)
        yield ctx.claim(
            CODE, KIND, measure, v.subject, v.start, v.end, _listed_count(v), sentence,
            place=ctx.place_near(sentence, v.end), time=event, reported=reported,
        )  # fmt: skip


def _unnumbered(ctx: DocumentContext, sentence: Sentence) -> Iterator[Claim]:
    """ "a double homicide", "an elderly couple was found dead", "Man killed, boy hurt"."""
    for r in implicit_counts(ctx.text, sentence.start, sentence.end):
        event, reported = ctx.when(sentence, r.start)
        place = ctx.place_near(sentence, r.end)
        if place and place in ctx.text[r.start : r.end]:
            place = None  # "the shooting death of Jane Roe": a name, not where
        claim = ctx.claim(
            CODE, KIND, r.measure, r.subject, r.start, r.end, r.value, sentence,
            place=place, time=event, reported=reported, counted=not r.whole,
        )  # fmt: skip
        yield claim
        yield from _wounded_if_lives(ctx, claim, sentence)  # "a 16-year-old was shot and ..."


def _class_of(m: regex.Match[str]) -> str:
    """The class of the one person ``_ONE_PERSON`` matched: "a daughter" is a woman, "a
    15-year-old daughter" a child (her age in figures, as the pattern read it)."""
    if m["age"] and class_of_age(int(m["age"]), months=m["unit"] == "month") == "children":
        return "children"
    if m["teen"]:
        return "children"  # "his teenage daughter"
    return SINGULAR[m["who"].casefold()]


def _wounded_if_lives(ctx: DocumentContext, shot: Claim, sentence: Sentence) -> Iterator[Claim]:
    """One person shot who lives is wounded too: "...was shot in the leg and is expected to
    survive", "...and was listed in critical condition"."""
    if shot.measure != "shot" or shot.value != Quantity.exact(1):
        return
    lives = _LIVES.match(ctx.text, shot.end, sentence.end)
    if lives:
        yield ctx.claim(
            CODE, KIND, "wounded", shot.subject, shot.start, lives.end(), shot.value, sentence,
            place=shot.place, time=shot.time, reported=shot.reported,
        )  # fmt: skip


# Every count without a figure speaks of a death, a wound or a shooting: only the sentences
# that do are read for one. The verbs are the rule's own lists, so a verb added to them is never
# filtered out; the word stems are the nouns and adjectives the implicit counts read ("a double
# homicide", "a murder-suicide", "the shooting death of", "a fatal shooting").
# (The verbs are a prefix tree: this scan reads every article through, and a tree is searched
# faster than a word list.)
# (A word list, not a prefix tree: ``DocumentContext.sentences_with`` reads a trigger of listed
# words from its word index, faster than any search.)
_CASUALTY_WORD = compile_words(
    r"\b(?:\L<verbs>)\b|\b(?:kill|dead|die|death|wound|injur|hurt|shot|shoot|murder|slain"
    r"|slay|gunned|hospitali|homicide|suicide|fatal|gunfire|bullet)",
    flags=regex.IGNORECASE,
    verbs=[*VERB_MEASURE, *_LIST_VERBS, *MEASURES.before_number],
)


def _implicit_counts(ctx: DocumentContext) -> Iterator[Claim]:
    for sentence in ctx.sentences_with(_CASUALTY_WORD):
        yield from _listed_victims(ctx, sentence)
        yield from _unnumbered(ctx, sentence)
        for m in _ONE_PERSON.finditer(ctx.text, sentence.start, sentence.end):
            if m["condition"]:
                measure = "wounded"
            elif m["killed"] and not (m["verb"] or m["died"]):
                measure = "killed"
            else:
                measure = VERB_MEASURE[(m["verb"] or m["died"]).casefold()]
                measure = MEASURES.adverb_measure.get((m["adv"] or "").strip().lower(), measure)
            who = _class_of(m)
            if _ONE_MORE.match(m.group()):  # one more, not the total
                who = f"other {who}"
            elif all_of_a_measure_before_others(measure, ctx.text[m.end() : sentence.end]):
                who = "people"  # ("A man was killed and two others were hurt": all the dead)
            event, reported = ctx.when(sentence, m.start())
            claim = ctx.claim(
                CODE, KIND, measure, who, m.start(), m.end(), Quantity.exact(1), sentence,
                place=ctx.place_near(sentence, m.end()), time=event, reported=reported,
            )  # fmt: skip
            yield claim
            yield from _wounded_if_lives(ctx, claim, sentence)
        for m in _AND_OTHERS.finditer(ctx.text, sentence.start, sentence.end):
            others = read_number(m["n"])
            if others is None or not others.is_point or others.low is None:
                continue
            event, reported = ctx.when(sentence, m.start())
            yield ctx.claim(
                CODE, KIND, _VERB_MEASURE[m["verb"]], "people", m.start(), m.end(),
                Quantity.exact(others.low + 1), sentence,
                place=ctx.place_near(sentence, m.end()), time=event, reported=reported,
            )  # fmt: skip
