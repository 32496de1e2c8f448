"""Officials: who holds which office, by name ("Homs governor Talal Barazi").

Reads a title with a name in the orders news uses: "Homs governor Talal Barrazi", "Syrian
President Bashar al-Assad", "Col Ryan Dillon", "the province's governor, Talal Barazai", "Talal
Barazi, the governor of Homs" — and a bare surname that speaks ("Barazi said"), which links to a
titled mention of the same person. Names are compared by spelling: "al-Assad" and "Al Assad" are
one spelling; "Barazi", "Barrazi" and "Barazai" are variants of one name.

Misspelled names are the most visible error in a published story, and transliterated names
(Arabic, Ukrainian, Chinese) are spelled differently by every agency.
"""

from __future__ import annotations

from collections.abc import Iterator
from string import ascii_lowercase

import regex

from homscheck.checks._counting import SUBJECT_CLASSES
from homscheck.context import DocumentContext
from homscheck.model import Claim, Name
from homscheck.names import (
    RANKS,
    core_key,
    country_keys,
    default_aliases,
    demonyms,
    place_key,
)
from homscheck.patterns import compile_pattern, prefix_tree
from homscheck.text import (
    RANK_ABBREVIATIONS,
    Sentence,
    beginnings,
    finditer_at,
    may_begin,
    prefixes,
    word_index,
)

CODE = "HC501"
NAME = "official"
KIND = "official"
EXAMPLES = [
    (
        "Aleppo governor Hussein Diab said the road would reopen.",
        "name of the governor of Aleppo = Hussein Diab",
    ),
    (
        "Mohammed Ali, the mayor of Tripoli, resigned.",
        "name of the mayor of Tripoli = Mohammed Ali",
    ),
]

# Ministries named before "minister" (foreign, defence, interior and information have titles of
# their own below)
PORTFOLIOS = ["health", "transport", "finance", "justice", "education", "energy", "economy",
              "agriculture", "labour", "trade", "culture", "environment", "home", "water",
              "oil", "planning", "industry", "tourism", "housing", "communications", "sports",
              "religious affairs", "social affairs", "emergency situations", "security",
              "disaster management", "disaster", "relief", "information", "railways", "railway",
              "shipping", "interior", "defence", "defense",
              "aviation", "fisheries", "forestry", "mining", "mines", "minerals",
              "infrastructure", "roads",
              "power", "electricity", "youth", "immigration", "labor", "science",
              # two-word portfolios, whose first word is no place: "Internal Security
              # Minister Abdullahi Nur Farah", "Road Construction Minister Harendra Paswan"
              "internal security", "public security", "national security", "homeland security",
              "home affairs", "foreign affairs", "internal affairs", "public works",
              "rural works", "road construction", "local government", "civil defence",
              "national defence", "public health", "women's affairs"]  # fmt: skip

# Each title, by the spellings news uses for it: "Col" and "colonel" are one rank.
TITLES = {
    **dict.fromkeys(["president"], "president"),
    **dict.fromkeys(["vice president", "vice-president"], "vice president"),
    **dict.fromkeys(["prime minister", "pm"], "prime minister"),
    # (a state's or a province's head in Australia and Canada, not the country's prime
    # minister: "Premier Jacinta Allan" beside "Prime Minister Anthony Albanese")
    **dict.fromkeys(["premier"], "premier"),
    # a state's or a province's head of government: "Chief Minister Yogi Adityanath"
    **dict.fromkeys(["chief minister"], "chief minister"),
    **dict.fromkeys(["foreign minister"], "foreign minister"),
    **dict.fromkeys(["defence minister", "defense minister"], "defence minister"),
    **dict.fromkeys(["interior minister"], "interior minister"),
    **dict.fromkeys(["information minister"], "information minister"),
    # a minister by portfolio: "Health Minister Jane Okafor", "the transport minister"
    **{f"{portfolio} minister": f"{portfolio} minister" for portfolio in PORTFOLIOS},
    # a minister's second: "Deputy Infrastructure Minister Irena Boldova"
    **{f"deputy {portfolio} minister": f"deputy {portfolio} minister"
       for portfolio in PORTFOLIOS},
    **dict.fromkeys(["deputy minister"], "deputy minister"),
    **dict.fromkeys(["transportation minister"], "transport minister"),
    **dict.fromkeys(["railway minister"], "railways minister"),
    **dict.fromkeys(["labor minister"], "labour minister"),
    # a police officer by rank before the name: "Officer Jake Morrow", "Trooper Ann Lee" (a
    # title that says too little to clash with another: ``compare._GENERIC_TITLES``)
    **dict.fromkeys(["officer", "police officer", "patrol officer", "patrolman", "patrolwoman",
                     "trooper", "state trooper"], "police officer"),
    # (a fire service's head in Australia: "CFA Chief Officer Gavin Trethowan")
    **dict.fromkeys(["chief officer"], "chief officer"),
    # ("Minister for Mines", "Mining Minister", "the minister of minerals": one office)
    **dict.fromkeys(["mines minister", "minerals minister"], "mining minister"),
    **dict.fromkeys(["deputy mines minister", "deputy minerals minister"],
                    "deputy mining minister"),
    **dict.fromkeys(["minister"], "minister"),
    **dict.fromkeys(["governor", "gov", "gov.",
                     # Ukraine's governors since 2022: "Head of the Regional Military
                     # Administration Dmytro Pylypenko"
                     "head of the regional military administration",
                     "head of the regional state administration",
                     "regional military administration head"], "governor"),
    **dict.fromkeys(["lieutenant governor", "lt. gov.", "lt. governor", "lt gov",
                     "lieutenant-governor"], "lieutenant governor"),
    # (a municipality's head: "the head of the municipality, Khalil Sweidan", "municipal
    # chief Ali Roe", as Lebanese and Syrian villages' mayors are styled)
    **dict.fromkeys(["mayor", "head of the municipality", "head of the municipal council",
                     "municipality head", "municipal chief"], "mayor"),
    # a governor's or a mayor's second, as some countries name them: "Vice-Governor Jose
    # Kalunga" (not the governor)
    **dict.fromkeys(["vice governor", "vice-governor"], "vice governor"),
    **dict.fromkeys(["vice mayor", "vice-mayor"], "vice mayor"),
    # a regency's head in Indonesia: "Nagalewo Regent Yohanes Kewa Bala"
    **dict.fromkeys(["regent"], "regent"),
    # (a police command's in Nigeria, Ghana and India: "the state Police Public Relations
    # Officer, Muhammad Dalhatu"; not its letters, which a title's case-blind reading would
    # find in "pro Trump")
    **dict.fromkeys(["spokesman", "spokeswoman", "spokesperson", "public relations officer",
                     "police public relations officer"], "spokesperson"),
    **dict.fromkeys(["police chief", "chief of police", "police superintendent",
                     "superintendent of police", "police commissioner"], "police chief"),
    # a school district's head: "Hollis County Schools Superintendent Lorraine Whitcomb",
    # "Superintendent Lorraine Whitcombe"
    **dict.fromkeys(["superintendent", "schools superintendent", "school superintendent",
                     "superintendent of schools"], "superintendent"),
    # a police or fire chief's second, named without the service: "Deputy Chief Lorna Haskins"
    # (not a bare "Chief", before a name and before "Inspector" or "Justice" alike)
    **dict.fromkeys(["deputy chief"], "deputy chief"),
    **dict.fromkeys(["assistant chief"], "assistant chief"),
    **dict.fromkeys(["sheriff"], "sheriff"),
    **dict.fromkeys(["fire chief", "fire commissioner"], "fire chief"),
    # a fire service's ranks: "Battalion Chief Laura Pettit", "Deputy Fire Marshal Jo Roe"
    **dict.fromkeys(["battalion chief"], "battalion chief"),
    **dict.fromkeys(["fire marshal", "state fire marshal"], "fire marshal"),
    **dict.fromkeys(["deputy fire marshal"], "deputy fire marshal"),
    **dict.fromkeys(["fire captain"], "fire captain"),
    **dict.fromkeys(["commander"], "commander"),
    # a navy's or a coast guard's officers by rank: "Cdr Mahfuzur Rahman", "Lt Cdr Jo Roe"
    **dict.fromkeys(["cdr", "cdr.", "cmdr", "cmdr."], "commander"),
    **dict.fromkeys(["lieutenant commander", "lt cdr", "lt. cdr.", "lt cmdr", "lt. cmdr.",
                     "lieutenant-commander"], "lieutenant commander"),
    **dict.fromkeys(["general", "gen", "gen."], "general"),
    # (a general of a grade: "Major General Kyaw Zin Htet", "Brig. Gen. Kyaw Zin Htet" are two
    # ranks; either may be called "General")
    **dict.fromkeys(["maj. gen.", "major general", "maj gen", "major-general", "maj-gen"],
                    "major general"),
    **dict.fromkeys(["brig. gen.", "brigadier general", "brig gen", "brigadier-general",
                     "brig-gen"], "brigadier general"),
    **dict.fromkeys(["lt. gen.", "lieutenant general", "lt gen", "lieutenant-general",
                     "lt-gen"], "lieutenant general"),
    **dict.fromkeys(["brigadier", "brig.", "brig"], "brigadier"),
    **dict.fromkeys(["colonel", "col", "col."], "colonel"),
    **dict.fromkeys(["lieutenant colonel", "lt. col.", "lt col", "lt.-col.", "lieutenant-colonel",
                     "lt-col", "lt.-col"], "lieutenant colonel"),
    **dict.fromkeys(["major", "maj.", "maj"], "major"),
    **dict.fromkeys(["captain", "capt.", "capt"], "captain"),
    **dict.fromkeys(["lieutenant", "lt.", "lt"], "lieutenant"),
    **dict.fromkeys(["sergeant", "sgt.", "sgt"], "sergeant"),
    **dict.fromkeys(["corporal", "cpl.", "cpl", "lance corporal", "lance-corporal"],
                    "corporal"),
    # (a navy's flag officers: "Rear Admiral Luca Benedetti", "Vice Adm. Jo Roe")
    **dict.fromkeys(["admiral", "adm.", "adm"], "admiral"),
    **dict.fromkeys(["rear admiral", "rear adm.", "rear adm", "rear-admiral"], "rear admiral"),
    **dict.fromkeys(["vice admiral", "vice adm.", "vice adm", "vice-admiral"], "vice admiral"),
    **dict.fromkeys(["commodore", "cdre"], "commodore"),
    # an air force's: "Air Marshal Tomas Reinholt", "Air Vice Marshal Jo Roe"
    **dict.fromkeys(["air marshal"], "air marshal"),
    **dict.fromkeys(["air vice marshal", "air vice-marshal"], "air vice marshal"),
    **dict.fromkeys(["air chief marshal"], "air chief marshal"),
    **dict.fromkeys(["field marshal"], "field marshal"),
    # a prison's head: "Prison director Anselm Vettori", "Warden Ana Roe"
    **dict.fromkeys(["prison director", "prison governor", "warden", "prison warden"],
                    "prison director"),
    # a district's or a village's head, as many countries name them: "District head Farrukh
    # Kholmatov", "Village chief Musa Bello" (not a fire district's chief)
    **dict.fromkeys(["district head", "district governor"], "district head"),
    **dict.fromkeys(["village head", "village chief", "headman", "village headman"],
                    "village head"),
    # South Asia's police ranks: "Sub-Inspector Mohan Rawat", "Station House Officer Ravi Das"
    **dict.fromkeys(["sub-inspector", "sub inspector", "assistant sub-inspector"],
                    "sub-inspector"),
    **dict.fromkeys(["station house officer", "sho"], "station house officer"),
    # a health service's: "the district chief medical officer, Dr Anil Mehrotra"
    **dict.fromkeys(["chief medical officer", "chief medical officer of health"],
                    "chief medical officer"),
    **dict.fromkeys(["health officer", "medical officer", "district health officer",
                     "medical officer of health"], "health officer"),
    # a union's: "Gareth Pryce, regional secretary of the union"
    **dict.fromkeys(["general secretary", "regional secretary"], "union secretary"),
    **dict.fromkeys(["senator", "sen.", "sen"], "senator"),
    # a Kenyan minister; a ministry's civil-service head; a town's manager; an agency's head in
    # a country: "Interior Cabinet Secretary Samuel Wekesa", "UNHCR representative Ana Roe"
    **dict.fromkeys(["cabinet secretary"], "cabinet secretary"),
    **dict.fromkeys(["principal secretary", "permanent secretary"], "principal secretary"),
    # a region's minister, as Ghana names them: "Ashanti Regional Minister Simon Osei-Mensah"
    **dict.fromkeys(["regional minister"], "regional minister"),
    # an Indian state's or a Kenyan ministry's highest civil servant: "Odisha chief secretary
    # Pradeep Jena"
    **dict.fromkeys(["chief secretary"], "chief secretary"),
    **dict.fromkeys(["city manager", "town manager"], "city manager"),
    # (a district's head in Pakistan or Kenya, a county's, an agency's: "Deputy Commissioner
    # Farrukh Atiq" is the deputy of one)
    **dict.fromkeys(["commissioner", "county commissioner", "regional commissioner"],
                    "commissioner"),
    **dict.fromkeys(["high commissioner"], "high commissioner"),
    **dict.fromkeys(["representative"], "representative"),
    **dict.fromkeys(["ambassador", "envoy", "special envoy"], "envoy"),
    **dict.fromkeys(["secretary-general", "secretary general"], "secretary-general"),
    **dict.fromkeys(["secretary of state"], "secretary of state"),
    **dict.fromkeys(["king"], "king"),
    **dict.fromkeys(["emir"], "emir"),
    **dict.fromkeys(["chancellor"], "chancellor"),
    **dict.fromkeys(["prosecutor", "district attorney", "state's attorney", "county attorney",
                     "commonwealth's attorney", "state attorney"], "prosecutor"),
    # (not a general of the attorneys: "Attorney General Loretta Lynch")
    **dict.fromkeys(["attorney general"], "attorney general"),
    **dict.fromkeys(["solicitor general"], "solicitor general"),
    **dict.fromkeys(["surgeon general"], "surgeon general"),
    **dict.fromkeys(["coroner", "medical examiner"], "coroner"),
    **dict.fromkeys(["chairman", "chairwoman", "chairperson", "chair"], "chair"),
    # (a second, not the chair: "the party's vice-chairman Ali Musa")
    **dict.fromkeys(["vice chairman", "vice-chairman", "deputy chairman", "vice chair",
                     "vice-chair", "deputy chair", "vice chairwoman", "vice-chairwoman"],
                    "vice chair"),
    **dict.fromkeys(["chief executive", "chief executive officer", "ceo"], "chief executive"),
    **dict.fromkeys(["opposition leader", "leader of the opposition"], "opposition leader"),
    **dict.fromkeys(["director-general", "director general"], "director-general"),
    # a district's head in South Asia: "District Magistrate Anil Kumar", "District Collector
    # Priya Nair"
    # ("Chief District Officer Keshab Pandey": Nepal's; "District Officer" elsewhere)
    **dict.fromkeys(["district magistrate", "district collector", "chief district officer",
                     "district officer", "district administrator", "district commissioner"],
                    "district magistrate"),
    # a railway's or a division's manager: "Divisional Railway Manager Sunil Mehrotra"
    # ... cut short: "Samastipur DRM Vinay Srivastava"
    **dict.fromkeys(["divisional railway manager", "railway manager", "drm"], "railway manager"),
    **dict.fromkeys(["senior superintendent of police", "inspector general of police",
                     "inspector general", "inspector-general of police", "inspector-general"],
                    "police chief"),
    # ... cut short: "SP Rajinder Singh Negi", "SSP Anil Kumar"
    **dict.fromkeys(["sp", "ssp"], "police chief"),
    # a district's police head in Pakistan: "District Police Officer Zia Marwat", "DPO ..."
    **dict.fromkeys(["district police officer", "dpo", "regional police officer", "rpo"],
                    "police chief"),
    **dict.fromkeys(["dsp", "deputy superintendent of police"], "deputy superintendent"),
    # a British force's head and seconds: "Chief Constable Andrew Pike", "Assistant Chief
    # Constable Jo Roe"
    **dict.fromkeys(["chief constable"], "police chief"),
    **dict.fromkeys(["deputy chief constable"], "deputy chief constable"),
    **dict.fromkeys(["assistant chief constable"], "assistant chief constable"),
    # ... and its detectives, who lead an inquiry: "Det Supt Helen Marlowe", "DCI Jo Roe"
    **dict.fromkeys(["detective superintendent", "det supt", "det. supt.", "det supt.",
                     "detective chief superintendent", "det chief supt", "det. chief supt.",
                     "dcs"], "detective superintendent"),
    **dict.fromkeys(["detective chief inspector", "det chief insp", "det. chief insp.",
                     "dci"], "detective chief inspector"),
    **dict.fromkeys(["detective inspector", "det insp", "det. insp."], "detective inspector"),
    # an agency's second: "a deputy director of the Fire Service, Mohammad Rashid"
    **dict.fromkeys(["deputy director"], "deputy director"),
    # an office's head, named before or after it: "Muhammad Syafruddin, head of the Makassar
    # Search and Rescue Office, said", "the director of the state emergency agency, Ana Roe"
    **dict.fromkeys(["head"], "head"),
    # ("The district's top official, Shailendra Misra, said")
    **dict.fromkeys(["top official", "top administrator", "top civil servant"], "top official"),
    **dict.fromkeys(["director"], "director"),
    # not officials, but the people a disaster's reports name and misspell most: "the
    # factory's owner, Anwar Hossain", "bus driver Juan Perez", "pilot Ivan Petrov" (not a bare
    # "driver": a crash has two or more)
    **dict.fromkeys(["owner", "co-owner"], "owner"),
    **dict.fromkeys(["bus driver", "coach driver", "train driver", "truck driver",
                     "lorry driver", "tanker driver"], "driver"),
    **dict.fromkeys(["pilot", "co-pilot", "copilot"], "pilot"),
    # a school's head, whom a raid on it or a fire in it has speak: "the school's headmaster,
    # Musa Dantsoho", "Principal Ann Roe"
    **dict.fromkeys(["headmaster", "headmistress", "head teacher", "headteacher", "principal",
                     "school principal"], "head of the school"),
    # a disaster agency's head: "the state's civil protection chief, Ernesto Quintana"
    **dict.fromkeys(["civil protection chief", "civil defence chief", "civil defense chief",
                     "civil protection director", "head of civil protection"],
                    "civil protection chief"),
}  # fmt: skip


# A personal name: "Talal Barazi", "Bashar al-Assad", "Elijah J. Magnier", "Ryan Dillon".
_PARTICLE = r"(?:al|el|bin|ibn|abu|abd|de|del|dos|das|do|van|von|der|da|di|du|le|la|mac|o')[- ]"
# ("McIntyre", "DeShawn", "MacDonald": a capital after a short head)
_NAME_WORD = (
    # ("O'Neill", "D'Angelo"; "van der Walt": two particles)
    rf"(?:{_PARTICLE}(?:{_PARTICLE})?|\p{{Lu}}['’](?=\p{{Lu}}))?"
    # ("Siman-Tov", "Jean-Pierre": a capital after a hyphen)
    # ("Ria'Mel", not "We're" or "Roe's")
    rf"\p{{Lu}}(?:\p{{Ll}}{{1,2}}\p{{Lu}})?(?:\p{{Ll}}|-\p{{Lu}}?|['’](?!(?:s|re|ll|ve|d|m|t)\b)\p{{Lu}}?)*"
    rf"\p{{Ll}}"
    # ("Peter Anyang' Nyong'o": a name's word that ends on its apostrophe, another after it)
    r"(?:['’](?=\s\p{Lu}\p{Ll}*['’]?\p{Ll}))?"
)
# a quoted nickname inside a name: Armando “AJ” Perez (the name is read without it)
_NICKNAME = r"[“\"][\p{L}.’' -]{1,20}[”\"]"
# given names told by their initials: "Chief T.J. Morse", "Sheriff J. D. Walls" (not a
# country's: "U.S. Attorney Jane Roe")
_INITIALS = r"(?!(?:U\.\s?[SNK]|E\.\s?U)\.)(?:\p{Lu}\.\s?){1,3}\s*"
_PERSON = (
    # (a name begins a word: not "de Mohan" in "include Mohan")
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<name>{_INITIALS}{_NAME_WORD}"
    rf"|{_NAME_WORD}(?:\s+(?:\p{{Lu}}\.\s+|{_NICKNAME}\s+)?{_NAME_WORD}){{0,3}})"
)
# before a name, no part of it: "Health Minister Dr. Jane Mwangi", "Mr. Lavrov"
_HONORIFICS = ("Dr", "Mr", "Mrs", "Ms", "Prof", "Sheikh", "Rev", "Sir", "Dame", "Hon",
               # a cleric's: "Bishop Jeremias Cuambe", "Imam Abdullahi Bello"
               "Bishop", "Archbishop", "Cardinal", "Father", "Pastor", "Reverend", "Imam",
               "Rabbi",
               # West Africa's: "Hajiya Zainab Suleiman Mohammed", "Alhaji Musa Bello"
               "Alhaji", "Alhajji", "Hajiya", "Hajia", "Mallam",
               # India's: "Superintendent of Police Shri Arijit Sinha", "Smt. Rina Das"
               "Shri", "Sri", "Smt", "Shrimati",
               # South Asia's and the Gulf's clerics: "Maulana Abdul Ghafoor", "Mufti Noor
               # Wali", "Qari Abdul Hadi", "Mullah Mohammad Hassan", "Ayatollah Ali Sistani"
               "Maulana", "Mawlana", "Maulvi", "Mawlawi", "Mufti", "Qari", "Hafiz", "Haji",
               "Hajji", "Mullah", "Ayatollah", "Allama", "Ustaz", "Ustadh",
               # a profession's, as Nigeria's officials are styled: "Engr. Musa Bello", "Arc.
               # Kehinde Ajayi" (an architect), "Barr. Ngozi Okeke" (a barrister), "Pharm.",
               # "Surv." (a surveyor)
               "Engr", "Arc", "Barr", "Pharm", "Surv")
# (two at most: "His Excellency Alhaji Mohammed Sani Tsado")
_HONORIFIC = rf"(?:(?:His\s+|Her\s+)?Excellency\s+)?(?:(?:{'|'.join(_HONORIFICS)})\.?\s+)?"
# (The titles are a prefix tree: every article is scanned for them, and a tree is searched
# faster than a word list.)
_TITLES = prefix_tree(TITLES)
_TITLE = rf"(?P<title>{_TITLES})"
_OPENING_WORDS = (
    "(?:But|And|So|Or|Yet|Then|Now|Also|When|While|After|Before|If|As|Meanwhile|However|Later"
    "|Earlier|Instead|Still|Today|Here|There)"
)
_OWNER = (
    # ("St. Louis County Police Chief Jon Belmar")
    # (not a sentence's first word: "But Erie Police Chief Randy Bowers says")
    rf"(?P<owner>(?:(?:St|Ste|Ft|Mt)\.\s)?(?!(?i:{_TITLES})\b)(?!{_OPENING_WORDS}\b)"
    rf"\p{{Lu}}[\p{{L}}-]+"
    rf"(?:\s(?!(?i:{_TITLES})\b)\p{{Lu}}[\p{{L}}-]+)?)"
)

# A pattern that opens with an owner or a name is tried at every capital of a sentence, which is
# slow; it can match only just before the title or verb it needs, so it is read from there on
# (``_near``). An anchor matches where that title or verb is in every match; a reach goes back
# from it (reversed) over all that can come before it in a match: one or two owner words; a
# name's words, initials and particles, before a comma or a verb.
_OWNER_REACH = compile_pattern(  # ("Syria's", "St. Louis County")
    r"(?r)(?:(?:St|Ste|Ft|Mt)\.\s)?(?:[\p{L}'’-]+\s+)?[\p{L}'’-]*\s*"
)
_NAME_REACH = compile_pattern(r"(?r)[\p{L}\s.'’“”\"-]*")  # (with a nickname's quotes)
_Near = tuple[regex.Pattern[str], regex.Pattern[str]]  # anchor, reach

# Words before a title, in lower case, that say where or when its holder serves: "Jo Roe, the
# provincial governor", "Jo Roe, the former mayor"
_LOWER_SEATS = ["provincial", "regional", "municipal", "district", "city", "town", "state",
                "county", "federal", "national", "local", "former", "acting", "interim",
                "outgoing", "then", "deputy"]  # fmt: skip

# Offices named after a name with no article, as "president of the union" (not a rank or a
# word of other jobs: "Jo Roe, general manager of the plant")
_BARE_TITLES = ["president", "vice president", "governor", "mayor", "prime minister", "regent",
                "spokesman", "spokeswoman", "spokesperson", "sheriff", "prosecutor",
                "secretary-general", "director-general", "chief executive",
                "ambassador", "director general", "secretary general", "chairman",
                "chairwoman", "chairperson", "general secretary", "regional secretary",
                "chief medical officer", "health officer", "commissioner", "head",
                "director"]  # fmt: skip

# A known portfolio after a title, before the name: "Minister for Mines", "Commissioner for
# Information and Culture"
_PORTFOLIO_AFTER = (
    # ("Minister of the Interior Ousmane Badji")
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?P<of>(?i:\L<portfolios>)(?:\s+(?:and|&)\s+(?i:\L<portfolios>))?)"
    r"(?=,?\s+\p{Lu}))?"
)
# Between the title and the name: a space, or a comma where the name is set off by commas on
# both sides ("Lagos State Commissioner of Police, Benjamin Hundeyin, said"; not "Thank you,
# Governor, I am grateful")
_TITLE_TO_NAME = r"(?:\.?\s+|(?P<apposed>,\s+))"
_APPOSED_NAME_END = r"(?(apposed)(?=,))"

# Each pattern, with where to read it from (None: it opens with "the", and is fast as it is).
_PATTERNS: list[tuple[regex.Pattern[str], _Near | None]] = [
    # (first: where an office and a rank both name one person, the office is the role)
    # "the province's governor, Talal Barazai", "the spokesman for US forces, Col Ryan Dillon",
    # "Peru's transport minister, Raul Perez", "the provincial governor, Gen. Peter Cirimwami"
    (
        compile_pattern(
            # ("A spokesman for the Houthi movement, Mohammed Abdulsalam, said")
            rf"(?:\b[Tt]he\s+(?:(?P<poss>\w+)['’]s\s+)?|\b(?P<owner>\p{{Lu}}[\p{{L}}-]+)['’]s\s+"
            rf"|\b[Aa]n?\s+(?=(?i:{_TITLE})\s+(?:of|for)\s))"
            # ("The Kasuwa State Governor, Aminu Bello Dankwara")
            rf"(?:(?P<adj>\p{{L}}[\p{{L}}-]+(?:\s+\p{{Lu}}[\p{{L}}-]+)?)\s+)??(?i:{_TITLE})"
            rf"(?:\s+(?:of|for|in)\s+"
            # ("the garrison commander, Brig. Gen. Kyaw Zin Htet": a rank of two words)
            # ("the bus driver, identified as Ghulam Rasool Bhutto,")
            rf"(?P<of>[^,]{{1,60}}))?,\s+(?:(?:identified|named)\s+as\s+)?"
            rf"(?:(?P<inner>(?i:{_TITLES})(?:\.?\s+(?i:{_TITLES}))?)"
            rf"\.?\s+)?{_HONORIFIC}"
            # (not another office's holder: "by the Butts County coroner, Jackson Police Chief
            # James Morgan said")
            rf"(?!(?:\p{{Lu}}[\p{{L}}-]+\s+){{1,2}}(?i:{_TITLES})\b){_PERSON}\b"
        ),
        None,
    ),
    # "Homs governor Talal Barrazi", "Syrian President Bashar al-Assad", "Col Ryan Dillon"
    # ("Police Chief Chief Armando Perez": a title said twice is said once)
    # ("Deputy Minister for Mines Kwabena Osei-Darko": the portfolio after the title)
    (
        compile_pattern(
            rf"(?:\b{_OWNER}(?:['’]s)?\s+)?\b(?i:{_TITLE}){_PORTFOLIO_AFTER}{_TITLE_TO_NAME}"
            rf"(?:(?P<inner>(?i:{_TITLES}))\.?\s+)?{_HONORIFIC}{_PERSON}{_APPOSED_NAME_END}",
            portfolios=PORTFOLIOS,
        ),
        (
            compile_pattern(
                rf"\b(?i:{_TITLE}){_PORTFOLIO_AFTER}{_TITLE_TO_NAME}(?:(?i:{_TITLES})\.?\s+)?"
                rf"{_HONORIFIC}{_PERSON}{_APPOSED_NAME_END}",
                portfolios=PORTFOLIOS,
            ),
            _OWNER_REACH,
        ),
    ),
    # "Talal Barazi, the governor of Homs", "Sergei Lavrov, Russia's foreign minister"
    (
        compile_pattern(
            # ("Ilaria Chenoz, president of the Aosta Valley region": an office's title
            # alone, with no article)
            # ("Jo Roe, the provincial transport minister": the office's seat, or its time)
            rf"{_PERSON},\s+(?:(?:the|an?)\s+(?:{_OWNER}\s+|(?P<adj>\L<seats>)\s+)?"
            rf"|{_OWNER}['’]s\s+|(?=(?i:\L<bare>)\s+(?:of|for|at)\s))(?i:{_TITLE})"
            # ("the president of Canadian Auto Workers": the whole name, an organisation's)
            r"(?:\s+of\s+(?P<of>\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})(?!\s\p{Lu}))?\b"
            # not an office's name: "...in Pontiac, the Oakland County Sheriff's Office said"
            r"(?!['’]s\s+(?i:office|department|bureau|spokes))",
            bare=_BARE_TITLES,
            seats=_LOWER_SEATS,
        ),
        (
            compile_pattern(
                r",\s+(?:the\s|an?\s|\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?['’]s\s"
                r"|(?i:\L<bare>)\s+(?:of|for|at)\s)",
                bare=_BARE_TITLES,
            ),
            _NAME_REACH,
        ),
    ),
    # "Hendra Wiratmadja, who heads the National Volcanology Agency, said": the office told by
    # its verb
    (
        compile_pattern(
            rf"{_PERSON},\s+who\s+(?:now\s+|also\s+)?(?P<title>head|chair)(?P<verb>s)\s+"
            r"(?:the\s+)?(?P<of>\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?"
            r"\p{Lu}[\p{L}'’-]+){0,6})"
        ),
        (compile_pattern(r",\s+who\s+(?:now\s+|also\s+)?(?:heads|chairs)\s"), _NAME_REACH),
    ),
]
_TITLE_FIRST = 1  # the pattern whose matches begin at a title (or its owner just before)
# Words of a time, never of a name: "Earlier Sunday, a 25-year-old..."
_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier",
     "later", "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night"}
)  # fmt: skip


# What may follow the name of one who "said": the end of what was said ("...,” said Jo Roe.",
# "said Jo Roe on Monday", "said Jo Roe with the police"), not a clause's verb ("the official
# says Jo Roe had a pistol", "says Christians should")
_AFTER_THE_SPEAKER = ["on", "in", "at", "during", "according", "who", "of", "with", "for",
                      "after", "before", "when", "as", "while", "from", "to", "last", "this",
                      "early", "late", *_TIME_WORDS]  # fmt: skip
# Titles cut short, before a name: "said Lt. Jo Roe", "Sgt. Ann Lee said", "said Mr. Lavrov"
_RANKS_CUT = frozenset(RANK_ABBREVIATIONS)
_BEFORE_THE_SPEAKER = rf"(?:(?:(?i:\L<ranks>)|{'|'.join(_HONORIFICS)})\.?\s+)?"
# "Barazi said", "said Barazi"
_SPEAKER = compile_pattern(
    # (a courtesy title or a rank before it is read as no part of the name: ``_said``)
    # (not the end of a word: "DaimlerChrysler announced" names no "Chrysler")
    rf"(?:(?<![\p{{L}}\p{{N}}'’-]){_PERSON}\s+(?:said|says|told|added|stated|announced|warned)\b"
    # (not "said Roe's attorney, Jane Doe": the one who spoke is the attorney; nor any name
    # cut short before an owner's "'s": "said Assistant Commonwealth's Attorney Jo Roe")
    rf"|\b(?:said|says|added|told\s+reporters)\s+{_BEFORE_THE_SPEAKER}(?>{_PERSON})\b"
    # (not a quote that opens after it: 'said Kowalczyk "feared for his life"', whose
    # speaker is the one who said so)
    r"(?!['’]s\b)(?=[\"”’)\]]|\s*(?:[,.;:!?—–]|$)|\s+(?i:\L<after>)\b))",
    after=_AFTER_THE_SPEAKER,
    ranks=sorted(_RANKS_CUT),
)
_SPEAKING = compile_pattern(r"\b(?:said|says|told|added|stated|announced|warned)\b")
# Words that make a capitalised phrase an organisation, not a person: "Human Rights said".
_ORGANISATION_WORDS = frozenset(
    {"rights", "observatory", "ministry", "agency", "news", "council", "army", "forces",
     "police", "department", "office", "committee", "media", "government", "tv", "radio",
     "times", "post", "press", "network", "group", "monitor", "command", "coalition",
     "center", "centre", "institute", "university", "union", "organization", "organisation",
     "party", "front", "brigade", "brigades", "authority", "service", "services", "bureau",
     "force", "task", "fire", "rescue", "guard", "patrol", "survey", "administration",
     "state", "highway", "association", "migration", "commission", "federation", "society",
     "foundation", "alliance", "assembly", "parliament", "tribunal", "crescent",
     "unicef", "watch", "relief", "computer", "workers", "motors",
     # a charity by its name: "Amnesty Kenya said", "Oxfam warned"
     "amnesty", "oxfam", "msf", "icrc", "unhcr", "ocha", "unfpa", "wfp",
     "programme", "program", "fund", "company", "corporation", "airlines", "airways",
     # ("Transmaren Air said", "the charity Clean Water Now said")
     "air", "airline", "railways", "railway", "charity", "now",
     # ("General Sessions Court")
     "court", "courts",
     # a firm: "Pwani Petroleum said", "Rift Valley Holdings announced"
     "petroleum", "energy", "mining", "minerals", "resources", "industries", "holdings",
     "limited", "ltd", "inc", "plc", "llc", "bank", "insurance", "logistics", "refinery",
     "refineries", "pharmaceuticals", "telecom", "telecoms", "chemicals", "utilities",
     "cement", "engineering", "technologies",
     # a place: "15-year-old Orion Township", "the Elm Street"
     # (not "Park" or "Lane": surnames too)
     "township", "county", "parish", "borough", "city", "village", "heights", "street",
     "avenue", "road", "boulevard", "drive", "place", "terrace", "parkway", "hospital", "school",
     "church", "mall", "plaza",
     "apartments",
     # a business's: "Lone Star Coach Tours said", "at Riverwalk Bistro, 22 W. Jefferson Ave."
     "tours", "travel", "travels", "transport", "transportation", "transit", "lines", "express",
     "bistro", "restaurant", "cafe", "café", "grill", "tavern", "pub", "diner", "lounge",
     "hotel", "motel", "inn", "saloon", "pizzeria", "bakery", "market", "supermarket",
     # ("through the Major Incident Public Portal")
     "portal", "incident", "website", "hotline", "helpline",
     # a building: "met at the Governor House"
     "house", "palace",
     # ("the Rural Electrification Board said", "the Federal Bureau of Investigation said",
     # "the Department of Mental Health said")
     "board", "investigation", "investigations", "health", "affairs", "safety", "protection",
     "management",
     # ("the Lagos State Materials Testing Laboratory says")
     "laboratory", "laboratories", "lab", "labs", "directorate", "secretariat", "agency's",
     # ("Dmytro Lysenko of the Coordination Headquarters said")
     "headquarters", "hq",
     # ("Rockford Public Schools said", "St. Patrick's Cathedral", "the Bureau of Meteorology")
     "schools", "cathedral", "meteorology", "electric", "weather",
     # a police unit: "the Major Case Squad", "the Major Crimes Unit", "Major Assaults
     # Division"
     "squad", "squads", "unit", "units", "division", "crimes", "investigators", "detectives"}
)  # fmt: skip
_NOT_PEOPLE = frozenset(
    {"he", "she", "it", "they", "we", "the", "this", "that", "there", "reuters", "afp", "ap",
     "sana", "bbc", "cnn", "the observatory", "observatory", "officials", "police", "state",
     "red cross", "red crescent",
     "media",
     "deputies", "detectives", "investigators", "authorities", "witnesses", "prosecutors",
     "witness", "dispatchers", "dispatcher", "friends",
     "officers", "troopers", "agents", "residents", "neighbors", "neighbours", "relatives",
     "family", "doctors", "paramedics", "firefighters", "sources", "reports", "records",
     "activists", "medics", "rescuers", "monitors", "observers", "analysts", "experts",
     "diplomats", "lawmakers", "locals", "survivors", "eyewitnesses", "commanders",
     "spokesmen", "organizers", "organisers", "students", "parents", "teachers",
     # a group, or a word that opens a sentence: "Traders said", "Some said"
     "some", "many", "most", "others", "several", "both", "traders", "shopkeepers",
     # ... or a phrase of where: "Across Chicago, 32 people were shot"
     "across", "throughout", "around", "near", "outside", "inside", "in", "at", "from",
     "vendors", "villagers", "passengers", "pilgrims", "worshippers", "protesters",
     "demonstrators", "farmers", "workers", "nurses", "volunteers",
     # ("Hoteliers said bookings had been cancelled", "Fishermen said")
     "hoteliers", "fishermen", "miners", "drivers", "motorists", "shoppers", "tourists",
     "businesses", "landlords", "tenants", "homeowners", "owners", "economists",
     # ("Engineers said", "Meteorologists warned", "Nobody said")
     "engineers", "meteorologists", "scientists", "forecasters", "researchers", "geologists",
     "inspectors", "guards", "soldiers", "troops", "inmates", "prisoners", "mourners", "fans",
     "spectators", "customers", "patrons", "pilots", "divers", "crews", "staff", "employees",
     "victims", "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "no one",
     # the buttons of a page: "Share Pin It More" (days and times: ``_TIME_WORDS``)
     "share", "pin", "tweet", "email", "print", "comment", "comments", "related",
     "advertisement",
     # a press release's contact lines: "Cell: 082 417 6630"
     "cell", "tel", "phone", "mobile", "fax", "contact",
     # how many said it: "Sixteen said supervisors ordered them back"
     "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty", "dozens", "hundreds", "thousands"}
)  # fmt: skip


# A sentence can name an official only if it has a title or a verb of speaking: the patterns
# above run only on those.
# (Word lists, not prefix trees: ``DocumentContext.sentences_with`` reads a trigger of listed
# words from its word index, faster than any search.)
_TRIGGER = compile_pattern(
    r"\b(?:(?i:\L<titles>)|said|says|told|added|stated|announced|warned)\b", titles=sorted(TITLES)
)


# Where a title may begin, from the document's index of words: the first pattern's anchor
# begins with one, and is tried only there.
_TITLE_BEGINNINGS = beginnings(TITLES)
# (and of those only the words that go on as a title does, by its leading letters: "for" is no
# "foreign minister", "victims" no "vice president"; a test in C, ``may_begin``)
_TITLE_PREFIXES = prefixes({title.removesuffix(title.lstrip(ascii_lowercase)) for title in TITLES})


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    index = word_index(ctx.text)
    titles = None
    if index is not None:
        lowered = index.lowered
        titles = [
            at
            for at in index.starts(_TITLE_BEGINNINGS)
            if may_begin(lowered, at, _TITLE_PREFIXES)
        ]
    for sentence in ctx.sentences_with(_TRIGGER):
        taken: list[tuple[int, int]] = []
        for i, (pattern, near) in enumerate(_PATTERNS):
            starts = titles if i == _TITLE_FIRST else None
            for m in _matches(pattern, near, ctx.text, sentence.start, sentence.end, starts):
                span = (m.start("name"), m.end("name"))
                if any(a < span[1] and span[0] < b for a, b in taken):
                    continue
                claim = _titled(ctx, sentence, m)
                if claim:
                    taken.append(span)
                    yield claim
                    yield from _inner_rank(ctx, sentence, m, claim)
        for m in _near(_SPEAKER, _SPEAKING, _NAME_REACH, ctx.text, sentence.start, sentence.end):
            span = (m.start("name"), m.end("name"))
            name = _trim(m["name"])
            if any(a < span[1] and span[0] < b for a, b in taken) or not _is_person(name):
                continue
            if ctx.places_in(span[0], span[1]):
                continue  # a place read as such is not a speaker
            if _OF_AN_OFFICE.search(ctx.text, max(sentence.start, span[0] - 60), span[0]):
                continue  # "the provincial health ministry of North Kivu said": its place
            joined = _JOINED_BEFORE.search(ctx.text, max(sentence.start, span[0] - 60), span[0])
            if joined and joined["joint"] and joined["joint"].startswith("of"):
                continue  # "The Ohio Division of Liquor Control said": an office's name
            if " " not in name and _an_organisation_s_last_word(
                ctx.text, max(sentence.start, span[0] - 60), span[0], m["name"], name
            ):
                continue  # "Pacific Gas & Electric said", "Emergency Management Victoria said"
            taken.append(span)
            yield ctx.claim(
                CODE, KIND, "speaker", "", span[0], span[1], Name(name, core_key(name)),
                sentence, label=f"name of {name}",
            )  # fmt: skip


# Capitalised words right before a speaker's name, joined to it: "Pacific Gas & ", "Bureau of ",
# "Emergency Management "
_JOINED_BEFORE = compile_pattern(
    r"(?P<words>(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?P<joint>(?:&|of(?:\s+the)?)\s+)?$"
)


def _an_organisation_s_last_word(text: str, start: int, at: int, read: str, name: str) -> bool:
    """Whether a speaker's one word is the last of an organisation's name, with the
    capitalised words before it (read with it, or just before): "Pacific Gas & Electric", "the
    Bureau of Meteorology", "Emergency Management Victoria". (A person a title names has a full
    name: "Menlo Park Fire District Chief Harold Roe said".)"""
    before = read.split()[: -len(name.split())]
    m = _JOINED_BEFORE.search(text, start, at)
    if m is not None:
        if m["joint"]:
            return True
        before = m["words"].split() + before
    words = [w.strip(".'’").lower() for w in before if not _INITIALS_ALONE.fullmatch(w)]
    if words and words[-1] in _TITLE_WORDS and words[-1] not in _ORGANISATION_WORDS:
        return False  # ("Police Chief TJ Morse said": a title's holder)
    return not _ORGANISATION_WORDS.isdisjoint(words)


_INITIALS_ALONE = compile_pattern(r"(?:\p{Lu}\.?){1,3}")


def _matches(
    pattern: regex.Pattern[str],
    near: _Near | None,
    text: str,
    start: int,
    end: int,
    anchors: list[int] | None = None,
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, start, end)``, from near each anchor where it has one."""
    if near is None:
        return pattern.finditer(text, start, end)
    return _near(pattern, *near, text, start, end, anchors)


def _near(
    pattern: regex.Pattern[str],
    anchor: regex.Pattern[str],
    reach: regex.Pattern[str],
    text: str,
    start: int,
    end: int,
    anchors: list[int] | None = None,
) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern.finditer(text, start, end)``, found by searching from just
    before the next ``anchor``: no match can start earlier, as every match has the anchor at or
    after its start with only what ``reach`` goes over between (none: no match at all). The
    anchor is tried only at ``anchors`` (sorted offsets where every match of it begins) where
    they are known, else searched for."""
    pos = start
    while (a := _next(anchor, text, pos, end, anchors)) is not None:
        lo = reach.match(text, pos, a.start())
        m = pattern.search(text, lo.start() if lo else pos, end)
        if m is None:
            return
        yield m
        pos = m.end()


def _next(
    pattern: regex.Pattern[str], text: str, pos: int, end: int, starts: list[int] | None
) -> regex.Match[str] | None:
    """``pattern.search(text, pos, end)``, tried only at ``starts`` where they are known."""
    if starts is None:
        return pattern.search(text, pos, end)
    return next(finditer_at(pattern, text, starts, pos, end), None)


_IN_A_LIST = compile_pattern(r",\s*$")
# An office or a body of a place, before the place's name: "the health ministry of North Kivu
# said", "the government of Upper Nile State said"
_OF_AN_OFFICE = compile_pattern(
    r"\b(?i:ministry|department|government|office|council|agency|commission|authority"
    r"|authorities|administration|police|governor|governorate|province|region|state|county"
    r"|people|army|forces|parliament|assembly)\s+of\s+(?:the\s+)?$"
    # ... or an organisation's name that goes on: "The Movement for Democratic Change said",
    # "the Group to Support Islam and Muslims said"
    r"|\b(?:Group|Movement|Front|Party|Committee|Council|Union|Alliance|Coalition"
    r"|Organi[sz]ation|Association|Society|League|Campaign|Fund|Foundation|Network"
    r"|Congress)\s+(?:for|to|of)\s+(?:the\s+)?$"
)


_OF_NEXT = compile_pattern(r"\s+of\s")


def _a_place_s_name(ctx: DocumentContext, m: regex.Match[str]) -> bool:
    """Whether the name is read as a place's, the title apart from it (not a misread place
    that takes in the title too: "handed over to District Attorney Mike Taylor")."""
    name_start, title_start = m.start("name"), m.start("title")
    return any(
        p.end > name_start and not p.start <= title_start < p.end
        for p in ctx.places_in(name_start - 30, m.end("name"))
    )


def _titled(ctx: DocumentContext, sentence: Sentence, m: regex.Match[str]) -> Claim | None:
    name = _trim(m["name"])
    if not _is_person(name) or _in_an_address(ctx.text, m.start("title")):
        return None
    if _a_place_s_name(ctx, m):
        return None  # "tore through southern West Virginia, the Logan County coroner said"
    if _PLACE_KIND_NEXT.match(ctx.text, m.end("title"), m.end()):
        return None  # "King County Sheriff John Urquhart": a place's name, not a king
    listed = _IN_A_LIST.search(ctx.text, max(0, m.start() - 3), m.start())
    if listed and m.groupdict().get("apposed"):
        return None  # "in effect for: Love, Major, Marshall, Mayes": names of a list
    title = _title_of(m["title"])
    assert title is not None  # (the patterns' titles are the table's)
    groups = m.groupdict()
    if title == "head" and not groups.get("verb") and not _OF_NEXT.match(ctx.text, m.end("title")):
        return None  # "Head Coach Jim Brown": a coach; a head is the head of something
    seat = _SEAT_FIRST.match(name)
    if (
        seat
        and (groups.get("owner") or "").lower() in ("", "deputy", "assistant", "associate")
        and not groups.get("adj")
        and ctx.names_as_a_place(place_key(seat["seat"], ctx.options.aliases))
    ):
        # "Deputy Commissioner Diamer Fayyaz Ahmed Khan": the district's, after the title (as
        # South Asia's officials are styled), no word of his name
        name, groups["owner"] = name[seat.end() :], seat["seat"]
    if title == "king" and m.groupdict().get("owner") and ctx.text[m.end("owner")] not in "'’":
        return None  # "Le'Vonte King Jason Jones", "Chad King Jr": a name's word (not
        # "Jordan's King Abdullah")
    owner = groups.get("owner") or groups.get("adj")
    start = m.start()
    # "Waterbury Deputy Police Chief Jo Roe": a deputy's office, not the chief's
    second = _SECOND_IN.search(ctx.text, max(0, m.start("title") - 12), m.start("title"))
    if second:
        title = f"{second['rank'].lower()} {title}"
        if owner:
            owner = owner.removesuffix(second["rank"]).strip()
            owner = None if owner.lower() in ("", "county", "parish", "city") else owner
    joined = _JOINED_PORTFOLIO.search(ctx.text, max(0, m.start() - 40), m.start())
    if joined and not owner and title.endswith(" minister") and title in TITLES:
        # "Sports and Youth Minister Ahmad Siregar": two portfolios, the first says which (as
        # "Sports Minister Ahmad Siregar" another article calls him)
        title = _title_of(f"{joined['first'].lower()} minister") or title
        start = joined.start()
    elif owner and owner.lower() in _PORTFOLIO_WORDS:
        # "Interior Cabinet Secretary Samuel Wekesa": the office's portfolio, not its place
        title, owner = f"{owner.lower()} {title}", None
    elif owner and joined:
        # "Defence and National Service Minister Jo Roe": two portfolios, the first known
        # one says which (not a place called "National Service")
        title, owner = _title_of(f"{joined['first'].lower()} {title}") or title, None
        start = joined.start()
    of = groups.get("of")
    portfolio = _portfolio(of, title)
    if portfolio:
        # "the state Commissioner for Education, Fatima Bunza", "the Minister of National
        # Defence" (the defence minister): a portfolio, not a place; "Deputy Minister for
        # Mines" (the deputy mines minister)
        base = title.removeprefix(_DEPUTY)
        written = f"{_DEPUTY if base != title else ''}{portfolio} {base}"
        title, of = _title_of(written) or written, None
    place = _place(ctx, m.start(), owner, groups.get("poss"), of)
    if title.endswith(" cabinet secretary"):
        # "Interior Cabinet Secretary" is Kenya's style of the interior minister, as others
        # write it
        title = _title_of(title.replace(" cabinet secretary", " minister")) or title
    if (owner or "").lower() in _PAST:
        title = f"former {title}"  # "the former mayor, John Smith": not the mayor now
    role = f"{title} of {place}" if place else title
    end = _name_end(m)
    return ctx.claim(
        CODE, KIND, title, "", start, end, Name(name, core_key(name), role), sentence,
        place=place, label=f"name of the {role}",
    )  # fmt: skip


# A seat's name before a name of three words or more: "Diamer Fayyaz Ahmed Khan"
_SEAT_FIRST = compile_pattern(r"(?P<seat>\p{Lu}[\p{L}'’-]+)\s+(?=\S+\s+\S+)")
# two portfolios joined: "Internal Security and Home Affairs"
_JOINED = compile_pattern(r"\s+(?:and|&)\s+")


def _portfolio(of: str | None, title: str) -> str | None:
    """The portfolio an office is "of" or "for" ("Minister of Transportation", "Commissioner for
    Education"; "of National Defence" is defence's), or None: a place, or none named."""
    base = title.removeprefix(_DEPUTY)
    if not of or " " in base:
        return None
    # ("Commissioner for Internal Security and Home Affairs": two joined, the first known)
    for portfolio in _JOINED.split(of.lower()):
        if portfolio.removeprefix("national ") in _PORTFOLIO_WORDS:
            return portfolio.removeprefix("national ")
        if portfolio in _PORTFOLIO_WORDS or f"{portfolio} {base}" in TITLES:
            return portfolio
    return None


_DEPUTY = "deputy "



def _title_of(written: str) -> str | None:
    """The title a title as written is ("Col." and "colonel" are one), or None."""
    lowered = written.lower().rstrip(".")
    return TITLES.get(lowered) if lowered in TITLES else TITLES.get(written.casefold())


# Offices "general" completes: "Attorney General", "Inspector General"
_GENERAL_OF = ("attorney", "solicitor", "surgeon", "inspector", "secretary", "director",
               "prosecutor", "governor", "consul", "postmaster")  # fmt: skip


def _inner_rank(
    ctx: DocumentContext, sentence: Sentence, m: regex.Match[str], office: Claim
) -> Iterator[Claim]:
    """The rank between an office and a name, which is the person's too: "the military
    prosecutor, Colonel Jean-Baptiste Mwamba", "Police spokesman Major Abdifatah Hassan"."""
    inner = m.groupdict().get("inner")
    if not inner:
        return
    rank = _title_of(inner)
    if rank not in RANKS or rank == office.measure:
        return
    if rank.endswith("general") and m["title"].lower().endswith(_GENERAL_OF):
        return  # "District Attorney Gen. Barry Staubus": an attorney general, no general
    assert isinstance(office.value, Name)
    name = office.value.written
    yield ctx.claim(
        CODE, KIND, rank, "", m.start("inner"), office.end,
        Name(name, office.value.canonical, rank), sentence, label=f"name of the {rank}",
    )  # fmt: skip


def _in_an_address(text: str, at: int) -> bool:
    """ "email tips@ridgepd.gov. Please refer to": a title that ends a web or mail address."""
    return at >= 2 and text[at].islower() and text[at - 1] in ".@/" and text[at - 2].isalnum()


# The words of an organisation's name that name a kind of place ("County Police"), and
# those that are a place's name too ("Union County")
_PLACE_KINDS = frozenset(
    {"township", "county", "parish", "borough", "city", "village", "state", "province"}
)
_PLACE_NAMES_TOO = frozenset({"union", "heights"})
# ... so the words that make a name an agency's: "Police", "Council", "Workers"
_AGENCY_WORDS = _ORGANISATION_WORDS - _PLACE_KINDS - _PLACE_NAMES_TOO


def _names_an_agency(owner: str) -> bool:
    """Whether an office's owner is an agency with no place named: "Police", "State Police",
    "City Council" (not "Union County", a place)."""
    agency = [w for w in owner.lower().split() if w not in _PLACE_KINDS]
    return bool(agency) and all(w in _AGENCY_WORDS for w in agency)


def _ends_on_an_organisation(name: str) -> bool:
    """ "Canadian Auto Workers", "Darfur Bar Association": an organisation's name (not "New
    York City", a place)."""
    return name.lower().split()[-1] in _AGENCY_WORDS


def _without_agency(owner: str) -> str:
    """An office's owner without the police after its place: "Tacoma Police" is Tacoma's
    (not "Cal Fire", "Home Ministry": an agency's whole name)."""
    words = owner.split()
    while len(words) > 1 and words[-1].lower() in ("police", "department"):
        words.pop()
    return " ".join(words)


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def _place(
    ctx: DocumentContext, at: int, owner: str | None, poss: str | None, of: str | None
) -> str | None:
    aliases = ctx.options.aliases
    for text, after_of in ((owner, False), (of, True)):
        if not text:
            continue
        if text.lower() in _QUALIFIERS:
            return None  # "Former governor", "Acting mayor": no place
        if text.lower() in _POSSESSIVE_PRONOUNS:
            return None  # "Its director, Wilmer Quiñónez": the prison's, told before
        if _names_an_agency(text) or (after_of and _ends_on_an_organisation(text)):
            return None  # "Police Sgt. Jo Roe", "City Council President Ann Lee": no place
        kind = _PLACE_ADJECTIVES.get(text.lower())
        if kind:
            return ctx.resolve_anaphor(kind, at)  # "Provincial governor": the province's
        demonym = demonyms().get(text.lower())
        if demonym:
            return demonym
        canonical = aliases.canonical(text)
        if canonical and aliases.entity_type(canonical) == "group":
            return canonical
        if text[:1].isupper():
            return place_key(_without_agency(text), aliases)
    if poss and poss.lower() in ("province", "city", "town", "village", "district", "country",
                                 "region"):
        return ctx.resolve_anaphor(poss.lower(), at)
    return None


# A rank before a title that makes it another office: "Deputy Police Chief", "Assistant
# District Attorney" (as "vice president" is another office than "president")
_SECOND_IN = compile_pattern(r"\b(?P<rank>Deputy|Assistant|Associate)\s+$", regex.IGNORECASE)

# Words before a title that say what kind of place it is of, or of which time: not a place
_PLACE_ADJECTIVES = {"provincial": "province", "regional": "region", "municipal": "city",
                     "district": "district", "city": "city", "town": "town",
                     # ("State interior minister Jo Roe": the state's, if the article names it)
                     "state": "state"}  # fmt: skip
_PAST = frozenset({"former", "ex", "then", "outgoing", "late"})
_PLACE_KIND_NEXT = compile_pattern(r"\s+(?:County|City|Township|Parish|Borough|Province)\b")
_PORTFOLIO_WORDS = frozenset(PORTFOLIOS) | {"interior", "defence", "defense", "foreign"}
# a known portfolio and another before a title: "Defence and National Service Minister"
_JOINED_PORTFOLIO = compile_pattern(
    r"\b(?P<first>\L<portfolios>)\s+(?:and|&)\s+$", regex.IGNORECASE,
    portfolios=sorted(_PORTFOLIO_WORDS, key=len, reverse=True),
)
_QUALIFIERS = frozenset({"former", "acting", "interim", "then", "new", "outgoing", "incoming",
                         "local", "deputy", "assistant", "senior", "top", "executive",
                         # whose officer, not where: "Rebel commander Youssef Barakzai"
                         "rebel", "militia", "insurgent", "opposition", "military", "army",
                         "government", "field",
                         # a country's, which it does not name: "Federal Health Minister"
                         "federal", "national"})

_NICKNAME_IN_NAME = compile_pattern(rf"\s+{_NICKNAME}(?=\s)")
# Words of a title that may open a capitalised name: "Police Chief Chief Armando Perez"
_TITLE_WORDS = frozenset(
    {w.rstrip(".") for t in TITLES for w in t.split()} - {"of", "the", "for", "and"}
    # (not the words of a place or a kind of office that open names of other things: "Mesa
    # County Coroner", "Public Works Department")
    - {"city", "town", "county", "regional", "national", "public", "local", "government",
       "civil", "homeland", "internal", "road", "construction", "rural", "works", "women's",
       "permanent",
       # (a given name too: "Lance Calvin Buckley"; a lance corporal is one as a whole)
       "lance", "rear"}
    | {"chief", "officer", "deputy", "detective", "trooper", "agent", "investigator",
       "inspector", "constable",
       # ("Patrolman Derek Vossler, 34", "Firefighter Jo Roe")
       "patrolman", "patrolwoman", "policeman", "policewoman", "firefighter", "paramedic",
       "ranger",
       # a soldier's rank: "Private Baraka Lyimo, 23", "Pte Jo Roe"
       "private", "pte", "pvt", "specialist", "airman", "seaman", "gunner"}
    # who someone is to the story, capitalized at a sentence's start: "Neighbor Arlene Bush"
    | {"neighbor", "neighbour", "witness", "eyewitness", "resident", "friend", "relative",
       "cousin", "pastor",
       "victim",
       "councilman", "councilwoman", "alderman", "superintendent", "commissioner",
       # a job before a name: "Conductor Hari Joshi, 27, also died", "Headmaster Tek Karki"
       # ("Shopper Danielle Ruiz, 41, hid in the cooler")
       "shopper", "customer",
       "conductor", "headmaster", "headmistress", "principal", "teacher", "driver", "pilot",
       "co-pilot", "nurse", "engineer", "farmer", "shopkeeper", "trader", "passenger",
       "survivor", "student",
       # ("Bartender Kayla Brennan, 24", "Owner Mike Duffy said")
       "bartender", "owner", "co-owner", "manager", "waitress", "waiter", "bouncer", "cashier",
       "clerk", "coach", "chef", "janitor", "landlord", "tenant", "employee", "worker",
       "director", "organizer", "organiser", "volunteer", "lifeguard", "guide",
       # a building site's: "Foreman Musa Ibrahim, 34, said the pillars cracked"
       # (not the jobs that are surnames too: "Carpenter said", "Mason", "Miner")
       "foreman", "contractor", "architect", "bricklayer", "labourer", "laborer",
       "electrician", "welder", "plumber", "mechanic", "supervisor", "caretaker", "watchman",
       "vendor", "fisherman", "herder", "rescuer", "medic", "paramedic", "firefighter",
       "bystander", "mourner"}
    # a courtesy title or a rank cut short: "Mr Lavrov said", "Sgt Ann Lee said"
    | {h.lower() for h in _HONORIFICS} | _RANKS_CUT
)


_COURTESY = frozenset(h.lower() for h in _HONORIFICS)


def _name_end(m: regex.Match[str]) -> int:
    """Where the name a pattern matched ends, as said (``_said``): its quote ends there."""
    said = _said(m["name"])
    return m.start("name") + m["name"].index(said) + len(said)


def _trim(name: str) -> str:
    """The name as said, without a quoted nickname ("Armando “AJ” Perez")."""
    return _NICKNAME_IN_NAME.sub("", _said(name))


def _said(name: str) -> str:
    """Drop a trailing word that is not part of a name ("Talal Barazi Said" cannot happen, but
    "Bashar Al Assad In" can when a sentence is in title case), and the title words before it
    ("Chief Armando Perez" after "Police Chief")."""
    words = name.split(" ")
    # ("Sgt. Richard Lewis Sunday said": the day is not his name)
    while len(words) > 1 and words[-1].lower() in _NOT_NAME_ENDS:
        words.pop()
    # the name after the last title word ("Chief Lands", "News Affairs Officer Hector Alfaro")
    titled = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in _TITLE_WORDS]
    # (a courtesy title inside a name is the name's: "President Hassan Sheikh Mohamud")
    titled = [i for i in titled if words[i].lower().rstrip(".") not in _COURTESY
              or all(w.lower().rstrip(".") in _TITLE_WORDS for w in words[:i])]
    words = words[titled[-1] + 1 :] if titled else words
    # (a people's word before a name is no part of it: "Montenegrin Dragan Vukotic")
    while len(words) > 2 and words[0].lower() in demonyms():
        words = words[1:]
    return " ".join(words)


# Words of a headline in title case, never of a name: "Teen Critically Hurt In Shooting, 15"
_HEADLINE_WORDS = frozenset(
    {"in", "on", "at", "after", "before", "with", "for", "from", "to", "into", "over", "as",
     "shooting", "shootings", "shot", "killed", "kills", "dies", "died", "dead", "hurt",
     "wounded", "injured", "critically", "fatally", "seriously", "charged", "arrested",
     "says", "said", "faces", "accused",
     # ("Two-Year-Old Accidentally Shoots Herself")
     "shoots", "accidentally", "herself", "himself"}
)  # fmt: skip


_NOT_NAME_ENDS = frozenset({"in", "on", "at", "the", "and", "of"}) | _TIME_WORDS


# Countries whose names are people's names too: "said Jordan, 42"
# (not "Israel said": the country far more often than a man of that name)
_COUNTRIES_AS_NAMES = frozenset({"jordan", "chad", "georgia", "kenya", "india"})


# Words that open a sentence before a comma, as a name before its title would: "Meanwhile,
# the mayor said"
_SENTENCE_ADVERBS = frozenset({
    "coincidentally", "coincidently", "meanwhile", "however", "similarly", "additionally",
    "finally", "currently", "unfortunately", "fortunately", "previously", "separately",
    "initially", "subsequently", "consequently", "moreover", "furthermore", "nonetheless",
    "nevertheless", "instead", "otherwise", "still", "overall", "ultimately", "apparently",
    "reportedly", "officially", "tragically", "sadly", "thankfully", "luckily", "earlier",
    "later", "afterwards", "today", "yesterday", "tonight",
})  # fmt: skip


# Endings of a trade's plural, which no surname has: "volcanologists", "economists",
# "physicians", "geologists"
_PLURAL_TRADES = ("ologists", "ists", "icians", "ographers")


def _is_person(name: str) -> bool:
    words = name.lower().split()
    if name.lower() in _NOT_PEOPLE or words[0] in _NOT_PEOPLE:
        return False
    if len(words) == 1 and words[0] in _SENTENCE_ADVERBS:
        return False  # "Coincidently, the superintendent said": an opening, no name
    if len(words) == 1 and words[0].endswith(_PLURAL_TRADES):
        return False  # "Volcanologists said", "Seismologists warned": a trade, no name
    if name.lower() in SUBJECT_CLASSES:
        return False  # a group that speaks, at the start of a sentence: "Rebels said"
    if len(words) == 1 and words[0] in _TITLE_WORDS:
        return False  # "the Prosecutor General's Office" names no "General"
    if words[-1] in _RANKS_CUT:
        return False  # a title, its name after it: "said Metro Lt. Jo Roe" names no "Lt"
    if any(w in _ORGANISATION_WORDS or w in _HEADLINE_WORDS or w in _TIME_WORDS for w in words):
        return False
    if core_key(name) in country_keys() and core_key(name) not in _COUNTRIES_AS_NAMES:
        return False  # "Ukraine said": a country speaks through its government, no person
    aliases = default_aliases()
    canonical = aliases.canonical(name)
    return canonical is None  # a group or a place is not a person
