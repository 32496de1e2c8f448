"""Names: the alias table and spelling-variant matching.

Known aliases ("ISIS" / "ISIL" / "Daesh"; "Tadmor" / "Palmyra") live in ``data/aliases.json``,
not in code. Spelling variants of one person or place ("Barazi", "Barrazi", "Barazai") are found
with rapidfuzz on a key that ignores case, accents, hyphens and Arabic article particles, so
"al-Assad" and "Al Assad" are the same spelling while "Barazi" and "Barazai" are variants.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

# Military and police ranks, as officials' titles name them (``checks.hc501_official``): one
# person holds one at a time ("Captain Moussa Diallo", "Lieutenant Moussa Diallo").
RANKS = frozenset({"general", "lieutenant general", "major general", "brigadier general",
                   "brigadier", "colonel", "lieutenant colonel", "major", "captain",
                   "lieutenant", "sergeant", "corporal", "admiral", "rear admiral",
                   "vice admiral", "commodore", "air marshal", "air vice marshal",
                   "air chief marshal", "field marshal",
                   # a police force's (Commonwealth and US): "DSP Emmanuel Bala", the
                   # command's spokesman and a deputy superintendent both
                   "superintendent", "deputy superintendent", "assistant superintendent",
                   "senior superintendent", "chief superintendent", "inspector",
                   "chief inspector", "sub-inspector", "assistant sub-inspector", "constable",
                   "detective", "detective sergeant", "detective inspector"})  # fmt: skip

# Particles that do not distinguish one name from another: "al-Assad" = "Assad".
_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "the",
                        # (Portuguese and Spanish: "Wellington Cássio dos Santos")
                        "da", "das", "de", "del", "do", "dos"})
# Words that say what kind of place a name is, not which: "Homs province" = "Homs".
_PLACE_TYPES = frozenset(
    {"province", "governorate", "city", "town", "village", "district", "region", "county",
     "state", "neighbourhood", "neighborhood", "area", "camp", "suburb", "countryside"}
)  # fmt: skip

# Type words that, capitalised, are a part of the name: "Kansas City", "Mexico City", "Cape
# Town" are not Kansas, Mexico or Cape (but "Will County" is Will, "Rivers State" Rivers)
_OF_THE_NAME = frozenset({"City", "Town"})

# Runs of what is neither a letter nor a digit (``re``'s ``\W`` and "_"): the standard library's
# ``re`` reads this as the ``regex`` module's ``[^\p{L}\p{N}]`` does, and comparing names from
# the results cache then needs no ``regex`` import.
_NON_KEY = re.compile(r"[\W_]+")

# Two spellings at or above this similarity (0-100) are one name spelled two ways.
VARIANT_SIMILARITY = 80.0


# Keys are asked for the same few names again and again (every place mention, every alias
# lookup, every pair of names compared): cache them.
@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """A spelling key: lower case, no accents or punctuation, words joined by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("'", "").replace("’", "").replace("*", "")
    return " ".join(_NON_KEY.sub(" ", plain.casefold()).split())


@lru_cache(maxsize=1 << 16)
def core_key(text: str) -> str:
    """The key without particles or place-type words: "the al-Waer district" -> "waer"."""
    words = [w for w in name_key(text).split() if w not in _PARTICLES and w not in _PLACE_TYPES]
    return " ".join(words) or name_key(text)


def similarity(a: str, b: str) -> float:
    """How alike two names are, 0-100, on their core keys."""
    from rapidfuzz import fuzz  # only comparing names needs it: keep it out of start-up

    return float(fuzz.ratio(core_key(a), core_key(b)))


def same_spelling(a: str, b: str) -> bool:
    return core_key(a) == core_key(b)


@dataclass(frozen=True)
class AliasTable:
    """Maps every known spelling of an entity to its canonical name."""

    canonical_by_key: Mapping[str, str] = field(default_factory=dict)
    type_by_canonical: Mapping[str, str] = field(default_factory=dict)

    def canonical(self, text: str) -> str | None:
        return self.canonical_by_key.get(name_key(text)) or self.canonical_by_key.get(
            core_key(text)
        )

    def entity_type(self, canonical: str) -> str | None:
        return self.type_by_canonical.get(canonical)

    def with_entries(self, entries: Iterable[Sequence[str]], kind: str = "place") -> AliasTable:
        """A copy with extra entries (from configuration): each a list of spellings."""
        by_key = dict(self.canonical_by_key)
        types = dict(self.type_by_canonical)
        for names in entries:
            _add_entry(by_key, types, names, kind)
        return AliasTable(by_key, types)


def _add_entry(
    by_key: dict[str, str], types: dict[str, str], names: Sequence[str], kind: str
) -> None:
    """Add one entity's spellings, the first its canonical name; a spelling already known keeps
    its entity under its core key."""
    if not names:
        return
    canonical = names[0]
    types.setdefault(canonical, kind)
    for name in names:
        by_key[name_key(name)] = canonical
        by_key.setdefault(core_key(name), canonical)


@lru_cache(maxsize=1)
def default_aliases() -> AliasTable:
    # (read beside this file rather than through ``importlib.resources``, whose import pulls
    # in ``tempfile``, ``zipfile`` and more at every start)
    path = os.path.join(os.path.dirname(__file__), "data", "aliases.json")
    with open(path, encoding="utf-8") as fh:
        entities = json.load(fh)["entities"]
    # one pass, entity by entity as ``with_entries`` would add them (one table, not one per
    # entity)
    by_key: dict[str, str] = {}
    types: dict[str, str] = {}
    for entry in entities:
        _add_entry(by_key, types, entry["names"], entry["type"])
    return AliasTable(by_key, types)


@lru_cache(maxsize=1)
def country_keys() -> frozenset[str]:
    """The ``core_key`` of every country (``data/countries.txt``)."""
    path = os.path.join(os.path.dirname(__file__), "data", "countries.txt")
    with open(path, encoding="utf-8") as lines:
        return frozenset(
            core_key(line.strip()) for line in lines if line.strip() and not line.startswith("#")
        )


@lru_cache(maxsize=1)
def demonyms() -> Mapping[str, str]:
    """Adjectives of place to the country they name ("syrian": "Syria"), from
    ``data/demonyms.json``: "Syrian President" is the president of Syria."""
    path = os.path.join(os.path.dirname(__file__), "data", "demonyms.json")
    with open(path, encoding="utf-8") as fh:
        return MappingProxyType(json.load(fh)["demonyms"])


@lru_cache(maxsize=1)
def capitals() -> Mapping[str, str]:
    """Each country's capital, by the country's ``core_key`` (``data/capitals.json``): the
    place "the capital" of a story set in that country names."""
    path = os.path.join(os.path.dirname(__file__), "data", "capitals.json")
    with open(path, encoding="utf-8") as fh:
        table = json.load(fh)
    return MappingProxyType(
        {core_key(country): city for country, city in table.items() if not country.startswith("_")}
    )


@lru_cache(maxsize=1)
def capital_cities() -> Mapping[str, str]:
    """Each capital by its ``core_key``, as written in ``data/capitals.json`` (read once, not
    once per article that asks which capital it names)."""
    return MappingProxyType({core_key(city): city for city in capitals().values()})


def place_key(text: str, aliases: AliasTable | None = None) -> str:
    """The name of a place as claims carry it: the alias table's canonical name, else the
    name as written without "the" or a type word ("the al-Waer district" -> "al-Waer").
    Two places are the same when their ``core_key`` is."""
    table = aliases or default_aliases()
    canonical = table.canonical(text)
    if canonical:
        return canonical
    words = text.split()
    while words and words[0].lower() == "the":
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in _PLACE_TYPES and words[-1] not in _OF_THE_NAME:
        words.pop()
    return " ".join(words).removesuffix("’s").removesuffix("'s")


def surname(name: str) -> str:
    """The last word of a personal name that is not a particle: "Bashar al-Assad" -> "assad"."""
    words = core_key(name).split()
    return words[-1] if words else ""


def given_names(name: str) -> tuple[str, ...]:
    words = core_key(name).split()
    return tuple(words[:-1])


# The short forms English given names are written in ("Mayor Joe Ganim", "Joseph Ganim"): one
# person, not two. Each short form to its full name; a name not here stands for itself.
_SHORT_FORMS: Mapping[str, str] = {
    **dict.fromkeys(["joe", "joey"], "joseph"),
    **dict.fromkeys(["bill", "billy", "will", "willie", "liam"], "william"),
    **dict.fromkeys(["bob", "bobby", "rob", "robbie", "bert"], "robert"),
    **dict.fromkeys(["mike", "mikey", "mick"], "michael"),
    **dict.fromkeys(["jim", "jimmy", "jamie"], "james"),
    **dict.fromkeys(["tom", "tommy"], "thomas"),
    **dict.fromkeys(["dave", "davey"], "david"),
    **dict.fromkeys(["dan", "danny"], "daniel"),
    **dict.fromkeys(["chris"], "christopher"),
    **dict.fromkeys(["matt"], "matthew"),
    **dict.fromkeys(["nick"], "nicholas"),
    **dict.fromkeys(["tony"], "anthony"),
    **dict.fromkeys(["steve"], "steven"),
    **dict.fromkeys(["stephen"], "steven"),
    **dict.fromkeys(["rick", "ricky", "rich", "dick"], "richard"),
    **dict.fromkeys(["ed", "eddie", "ted"], "edward"),
    **dict.fromkeys(["pat"], "patrick"),
    **dict.fromkeys(["sam", "sammy"], "samuel"),
    **dict.fromkeys(["ben"], "benjamin"),
    **dict.fromkeys(["alex"], "alexander"),
    **dict.fromkeys(["andy", "drew"], "andrew"),
    **dict.fromkeys(["greg"], "gregory"),
    **dict.fromkeys(["jeff"], "jeffrey"),
    **dict.fromkeys(["jon"], "jonathan"),
    **dict.fromkeys(["ken", "kenny"], "kenneth"),
    **dict.fromkeys(["larry"], "lawrence"),
    **dict.fromkeys(["ron", "ronnie"], "ronald"),
    **dict.fromkeys(["don", "donnie"], "donald"),
    **dict.fromkeys(["tim", "timmy"], "timothy"),
    **dict.fromkeys(["jerry"], "gerald"),
    **dict.fromkeys(["charlie", "chuck"], "charles"),
    **dict.fromkeys(["kate", "katie", "kathy", "cathy", "catherine"], "katherine"),
    **dict.fromkeys(["liz", "beth", "betty", "eliza"], "elizabeth"),
    **dict.fromkeys(["sue", "susie"], "susan"),
    **dict.fromkeys(["jen", "jenny"], "jennifer"),
    **dict.fromkeys(["peggy", "maggie", "meg"], "margaret"),
    **dict.fromkeys(["vicky", "vicki"], "victoria"),
    **dict.fromkeys(["abby"], "abigail"),
    **dict.fromkeys(["josh"], "joshua"),
    **dict.fromkeys(["zach", "zack"], "zachary"),
    **dict.fromkeys(["jake"], "jacob"),
    **dict.fromkeys(["nate"], "nathan"),
}


# Given names written from another alphabet in several ways, each family to one form: one name
# spelled two ways ("Muhammad Arief Syafruddin", "Mochamad Arif Syafrudin" are one man; but
# "muhammad" and "mochamad" are only 75% alike, letter by letter)
_SPELLINGS_OF_ONE_NAME: Mapping[str, str] = {
    **dict.fromkeys(["muhammad", "muhammed", "mohammed", "mohammad", "mohamed", "mohamad",
                     "muhamad", "mochamad", "mochammad", "muhamed", "mohd", "mehmet",
                     "mohammod", "muhammet",
                     # (Somali's x is an h: "Maxamed", "Xuseen", "Xasan")
                     "maxamed", "maxamad"], "muhammad"),
    **dict.fromkeys(["ahmed", "ahmad", "ahmet", "achmad", "akhmad", "akhmed"], "ahmad"),
    **dict.fromkeys(["hussein", "husain", "hussain", "husayn", "houssein", "hossein",
                     "husein", "hussien", "xuseen", "xusseen", "huseen"], "husayn"),
    **dict.fromkeys(["hassan", "hasan", "hasen", "xasan"], "hasan"),
    **dict.fromkeys(["mahmoud", "mahmud", "mahmood", "mehmood"], "mahmud"),
    **dict.fromkeys(["yusuf", "youssef", "yousef", "yousuf", "yusef", "yousif", "yosef",
                     "youcef"], "yusuf"),
    **dict.fromkeys(["abdul", "abdel", "abdoul", "abdal"], "abd al"),
    **dict.fromkeys(["abdullah", "abdallah", "abdalla", "abdulla", "abdellah"], "abdullah"),
    **dict.fromkeys(["omar", "umar", "omer"], "umar"),
    **dict.fromkeys(["osama", "usama", "oussama"], "usama"),
    **dict.fromkeys(["mustafa", "mostafa", "moustafa", "mustapha", "mostapha"], "mustafa"),
    **dict.fromkeys(["khalid", "khaled", "khalede"], "khalid"),
    **dict.fromkeys(["ibrahim", "ebrahim", "ibrahima", "brahim"], "ibrahim"),
    **dict.fromkeys(["suleiman", "sulaiman", "sulayman", "soleiman", "suleyman",
                     "sulaimon"], "sulayman"),
    **dict.fromkeys(["ismail", "ismael", "esmail", "ismaila"], "ismail"),
    **dict.fromkeys(["mahdi", "mehdi"], "mahdi"),
    **dict.fromkeys(["said", "saeed", "saied", "sayed", "sayyid", "syed"], "said"),
    **dict.fromkeys(["abubakar", "aboubakar", "abubakr", "aboubacar"], "abu bakr"),
    **dict.fromkeys(["aleksandr", "alexander", "aleksander", "oleksandr", "alexandre"],
                    "alexander"),
    **dict.fromkeys(["sergei", "sergey", "serhiy", "serhii"], "sergei"),
    **dict.fromkeys(["yuri", "yury", "yuriy", "iurii"], "yuri"),
    **dict.fromkeys(["dmitry", "dmitri", "dmytro"], "dmitry"),
    **dict.fromkeys(["nikolai", "nikolay", "mykola"], "nikolai"),
    **dict.fromkeys(["volodymyr", "vladimir", "wolodymyr"], "vladimir"),
    **dict.fromkeys(["andriy", "andrei", "andrey", "andrii"], "andrei"),
    # (Ukrainian's h is Russian's g: "Oleh", "Oleg")
    **dict.fromkeys(["oleh", "oleg"], "oleg"),
    **dict.fromkeys(["ihor", "igor"], "igor"),
    **dict.fromkeys(["hennadiy", "hennadii", "gennady", "gennadiy", "gennadi"], "gennady"),
    **dict.fromkeys(["heorhiy", "heorhii", "georgy", "georgiy", "georgi"], "georgy"),
    **dict.fromkeys(["hryhoriy", "hryhorii", "grigory", "grigoriy", "grigori"], "grigory"),
    **dict.fromkeys(["mykhailo", "mykhaylo", "mikhail", "mikhailo"], "mikhail"),
    **dict.fromkeys(["oleksiy", "oleksii", "alexei", "aleksei", "alexey", "aleksey"],
                    "alexei"),
    **dict.fromkeys(["yevhen", "yevhenii", "yevgeny", "yevgeniy", "evgeny", "evgeniy"],
                    "yevgeny"),
    **dict.fromkeys(["vitaliy", "vitalii", "vitaly"], "vitaly"),
    **dict.fromkeys(["anatoliy", "anatolii", "anatoly"], "anatoly"),
    **dict.fromkeys(["vasyl", "vasily", "vasiliy", "vassily"], "vasily"),
    **dict.fromkeys(["valeriy", "valerii", "valery"], "valery"),
    **dict.fromkeys(["petro", "pyotr", "petr"], "pyotr"),
    **dict.fromkeys(["pavlo", "pavel"], "pavel"),
    **dict.fromkeys(["kyrylo", "kirill"], "kirill"),
    **dict.fromkeys(["maksym", "maksim", "maxim"], "maxim"),
    **dict.fromkeys(["mykyta", "nikita"], "nikita"),
    **dict.fromkeys(["bohdan", "bogdan"], "bogdan"),
    **dict.fromkeys(["vadym", "vadim"], "vadim"),
    **dict.fromkeys(["denys", "denis"], "denis"),
    **dict.fromkeys(["vyacheslav", "viacheslav"], "vyacheslav"),
    **dict.fromkeys(["olha", "olga"], "olga"),
    **dict.fromkeys(["olena", "yelena", "elena"], "yelena"),
    **dict.fromkeys(["halyna", "galina"], "galina"),
    **dict.fromkeys(["iryna", "irina"], "irina"),
    **dict.fromkeys(["tetiana", "tetyana", "tatiana", "tatyana"], "tatiana"),
    **dict.fromkeys(["nataliya", "natalia", "natalya", "nataliia"], "natalia"),
    **dict.fromkeys(["kateryna", "yekaterina", "ekaterina"], "yekaterina"),
    **dict.fromkeys(["svitlana", "svetlana"], "svetlana"),
    **dict.fromkeys(["liudmyla", "lyudmyla", "lyudmila", "ludmila", "lyudmila"], "lyudmila"),
}  # fmt: skip


def full_given_name(word: str) -> str:
    """The full form of a given name ("joe" -> "joseph"), from a lower-case ``core_key`` word."""
    return _SHORT_FORMS.get(word, word)


def name_family(word: str) -> str:
    """The one form of a name of another alphabet written in several ways ("xuseen" ->
    "husayn"), or the word itself."""
    return _SPELLINGS_OF_ONE_NAME.get(word, word)


def one_name_spelled_two_ways(a: str, b: str) -> bool:
    """Whether two lower-case given names are one name of another alphabet written two ways
    ("mochamad", "muhammad")."""
    family = _SPELLINGS_OF_ONE_NAME.get(a)
    return family is not None and family == _SPELLINGS_OF_ONE_NAME.get(b)
