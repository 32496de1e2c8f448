"""Forces: how many soldiers, troops, fighters, police or rescuers were deployed, sent or massed.

Reads "at least 600 soldiers will be deployed in the district", "Moscow sent 2,000 troops",
"some 300 police officers were stationed around the square", "deploying 150 peacekeepers",
"more than 1,200 firefighters are battling the blaze", "3,000 rescuers were sent"; and those
who fired: "three officers fired their weapons", "two gunmen opened fire".

Troop numbers are where official and independent sources part most often: the side sending
them rounds down, the other side rounds up. Crews sent to a fire or a disaster grow from one
report to the next.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from homscheck.checks._counting import SUBJECT_CLASSES, CountPatterns, Measures, count_claims
from homscheck.context import DocumentContext
from homscheck.model import Claim, Drift
from homscheck.names import demonyms
from homscheck.patterns import compile_pattern, compile_words

CODE = "HC103"
NAME = "forces"
KIND = "forces"
# Troops are sent day after day: a later report with more is an update.
DRIFT = Drift.grows()
EXAMPLES = [
    ("At least 600 soldiers will be deployed in the district.", "deployed soldiers = [600, )"),
    ("The ministry sent some 2,000 troops to the border.", "deployed soldiers = about 2,000"),
    ("More than 1,200 firefighters are battling the blaze.", "deployed responders = (1,200, )"),
]

_SENT = {"soldiers", "police", "fighters", "responders"}
_FORCES = {k: v for k, v in SUBJECT_CLASSES.items() if v in _SENT}
_DEPLOYED = ["deployed", "sent", "stationed", "dispatched", "mobilised", "mobilized", "massed",
             "posted", "positioned", "based", "flown in", "redeployed",
             # "1,200 firefighters are battling the blaze" (not "fighting": "the two fighters
             # were fighting over a title")
             "battling", "working to contain", "searching",
             # "as 1,100 firefighters battled the flames", "About 700 firefighters were working
             # the lines", "900 personnel were fighting the fire" (not a bare "battled": "the
             # two fighters battled for the title")
             "battled the flames", "battled flames", "battled the wildfire", "working the lines",
             "working the fire lines", "fighting the fire", "fighting the blaze",
             "fighting the flames", "fighting the wildfire",
             # "about 800 police officers were on duty", "500 rescuers were on the ground"
             "on duty", "on the ground", "on standby",
             # "some 500 officers remained in the area": those kept there
             "remained in the area", "remain in the area", "stayed in the area",
             # "About 40 rescuers took part in the operation", "1,500 soldiers are taking
             # part in the search"
             "took part", "are taking part", "were taking part", "taking part",
             "joined the search",
             # the police and firefighters sent to a scene: "More than 30 officers converged
             # on the neighborhood", "About 25 firefighters responded", "fought the fire"
             "responded", "converged", "descended", "fought the fire", "fought the blaze",
             # ("More than 60 officers from at least eight agencies surrounded the property")
             "surrounded", "swarmed", "cordoned off", "sealed off",
             "battled the blaze", "battled the fire", "were called to the scene",
             # rescuers at work: "About 2,500 rescue workers have combed the rubble"
             "combed", "combing", "scoured", "scouring", "searched", "dug through",
             "digging through", "worked through the night",
             "working through the night"]  # fmt: skip

# Those who fired, a count police reviews and witnesses dispute: "Three officers fired their
# weapons", "two gunmen opened fire on the crowd" (not "two officers were fired": dismissed;
# nor "were fired at", "were shot at": the targets)
_FIRED = [f"{verb} {what}" for verb in ("fired", "discharged")
          for what in ("their weapons", "their guns", "their firearms", "their rifles",
                       "their service weapons")]
_FIRED += ["opened fire", "returned fire", "fired shots"]  # ("Three officers returned fire")

# "the US has about 900 troops in Syria": forces kept there (see ``_a_force_s_strength``)
_HOLDING = ["has", "have", "had", "keeps", "kept", "maintains", "maintained"]

# Those who gave up, whom the side they gave up to counts: "About 200 junta soldiers
# surrendered", "more than 300 troops laid down their arms" (not "surrendered to police": one
# suspect, who gave himself up)
_SURRENDERED = ["surrendered", "have surrendered", "had surrendered", "laid down their arms",
                "laid down their weapons", "gave themselves up", "defected"]

MEASURES = Measures(
    after_subject={**dict.fromkeys(_DEPLOYED, "deployed"), **dict.fromkeys(_FIRED, "fired"),
                   **dict.fromkeys(_SURRENDERED, "surrendered")},
    before_number=dict.fromkeys(["deployed", "deploying", "deploy", "sent", "sending", "send",
                                 "dispatched", "stationed", "mobilised", "mobilized", "massed",
                                 "deployment of", "dispatch of", *_HOLDING], "deployed"),
    as_adjective={},
    left_state={},
    default_subject="soldiers",
    # ("sent 15 tonnes of supplies", "deployed 40 ambulances": no forces without a noun for them)
    needs_subject=frozenset(["deployed", "deploying", "deploy", "sent", "sending", "send",
                             "dispatched", "stationed", "mobilised", "mobilized", "massed",
                             *_HOLDING]),
    subjects=_FORCES,
)  # fmt: skip

_PATTERNS = CountPatterns(MEASURES)


# What a force has, it has somewhere: "the US has about 900 troops in Syria". Without a place,
# it is the force's strength, not a deployment ("the department has 40 officers", "the town,
# which has 11 sworn officers").
_HAS = compile_words(r"^(?:\L<holding>)\b", holding=_HOLDING)
_THERE = compile_pattern(
    r"\s+(?:in|at|on|across|along|near|inside|around|outside|stationed|deployed|based|posted"
    r"|on\s+the\s+ground|there)\b"
)


def _a_force_s_strength(ctx: DocumentContext, c: Claim) -> bool:
    return _HAS.match(c.text) is not None and not _THERE.match(ctx.text, c.end)


# Whose forces they are, named before the verb: "Rwanda has about 4,000 troops in eastern
# Congo", "The UN mission has 14,000 troops in the country", "NATO sent 3,000 troops": two
# forces, whose strengths are not one figure told two ways
_OWNER_BEFORE = compile_pattern(
    r"(?:^|[,;:(]\s*|\b(?i:that|and|but|while|said|says)\s+)(?:(?i:the)\s+)?"
    r"(?P<owner>\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,3}?)(?:['’]s)?"
    r"(?:\s+(?i:peacekeeping\s+)?(?i:mission|force|forces|army|military|government))?"
    r"\s+(?:(?i:has|have|had|is|are|was|were)\s+)?"
    r"(?:(?i:now|still|already|currently|also|reportedly)\s+)?$"
)
_ACRONYM = compile_pattern(r"^\p{Lu}{2,8}$")
_VERB_FIRST = compile_words(r"^(?:\L<verbs>)\b", verbs=[*_HOLDING, "sent", "sends", "sending",
                                                       "deployed", "deploys", "deploying",
                                                       "dispatched", "stationed"])


@lru_cache(maxsize=1)
def _nations() -> dict[str, str]:
    """Each country's name to its adjective ("Rwanda": "rwandan"), the longest of its
    adjectives (not "us" but "american")."""
    out: dict[str, str] = {}
    for adjective, country in sorted(demonyms().items()):
        if len(adjective) > len(out.get(country, "")) and adjective.isalpha():
            out[country] = adjective
    return out


def _owner(ctx: DocumentContext, c: Claim) -> str | None:
    """The nation or body whose forces a count is, named as the subject of its verb, as a
    word to qualify the subject with: "rwandan", "un"; None where it names none of them."""
    if " " in c.subject or not _VERB_FIRST.match(c.text):
        return None
    sentence = ctx.sentence_at(c.start)
    m = _OWNER_BEFORE.search(ctx.text[sentence.start : c.start]) if sentence else None
    if m is None:
        return None
    owner = m.group("owner")
    if owner.lower() in demonyms():
        owner = demonyms()[owner.lower()]
    if owner in _nations():
        return _nations()[owner]
    return owner.lower() if _ACRONYM.match(owner) else None


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    for c in count_claims(ctx, CODE, KIND, _PATTERNS):
        if _a_force_s_strength(ctx, c):
            continue
        owner = _owner(ctx, c)
        yield replace(c, subject=f"{owner} {c.subject}") if owner else c
