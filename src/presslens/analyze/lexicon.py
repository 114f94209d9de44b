"""Word lists the sourcing lens reasons with.

Why lemma sets and not the raw verb forms: spaCy lemmatises, so one lemma covers every inflection. The
speech lemmas start from the GenderGapTracker reporting-verb list (MIT, 257 forms of ~65 lemmas;
``../shared/data/sourcing/``) and are extended with the cues that PolNeAR train annotates most often
(``benchmarks/polnear_study.md``): evidence verbs (show, find), cognition verbs (believe, think) and
speech acts that take an object (deny, dismiss).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Verbs that introduce speech or writing and take a clause ("X said that ...", "..., X said").
SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "write",
        "state",
        "claim",
        "assert",
        "argue",
        "insist",
        "explain",
        "note",
        "announce",
        "declare",
        "report",
        "reply",
        "respond",
        "answer",
        "warn",
        "suggest",
        "predict",
        "confirm",
        "acknowledge",
        "admit",
        "concede",
        "deny",
        "allege",
        "comment",
        "mention",
        "remark",
        "observe",
        "point",
        "testify",
        "tweet",
        "post",
        "recall",
        "reiterate",
        "repeat",
        "stress",
        "emphasize",
        "emphasise",
        "highlight",  # "It was further highlighted that …", "She highlighted that …"
        "underscore",
        "underline",
        "maintain",
        "contend",
        "complain",
        "boast",
        "vow",
        "promise",
        "pledge",
        "disclose",
        "reveal",
        "indicate",
        "conclude",
        "caution",
        "advise",
        "urge",
        "ask",
        "wonder",
        "whisper",
        "shout",
        "exclaim",
        "proclaim",
        "assure",
        "reassure",
        "remind",
        "inform",
        "notify",
        "estimate",
        "counter",
        "retort",
        "quip",
        "muse",
        "surmise",
        "speculate",
        "charge",
        "accuse",
        "lament",
        "concur",
        "agree",
        "acknowledge",
        "clarify",
        "continue",
        "describe",
        "gloat",
        "hail",
        "praise",
        "criticize",
        "criticise",
        "condemn",
        "denounce",
        "decry",
        "slam",
        "blast",
        "mock",
        "scoff",
        "crow",
        "lament",
        "complain",
        "scold",
        "chide",
    ]
)

# Verbs whose attribution rests on a document, data or a court's judgment rather than a person speaking
# ("…, the High Court ruled on Friday").
EVIDENCE_VERBS = frozenset(
    ["show", "find", "reveal", "suggest", "indicate", "conclude", "estimate", "demonstrate", "rule"]
)

# Cognition verbs: PolNeAR annotates beliefs and intentions as attributions; only with a clause.
COGNITION_VERBS = frozenset(
    ["think", "believe", "feel", "fear", "hope", "expect", "know", "doubt", "worry", "suspect", "understand"]
)

# Speech acts whose content may be a noun phrase ("dismissed Putin's statement", "denied the report").
OBJECT_SPEECH_VERBS = frozenset(
    ["deny", "dismiss", "reject", "refute", "rebuff", "confirm", "announce", "predict", "dispute"]
)

CUE_VERBS = SPEECH_VERBS | EVIDENCE_VERBS | COGNITION_VERBS | OBJECT_SPEECH_VERBS

# Verbs that mark a second-hand attribution: "the Post reported, citing officials".
RELAY_VERBS = frozenset(["cite", "quote"])

# Nouns that carry an attribution with a that-clause: "the claims of the White House that ...".
NOMINAL_CUES = frozenset(
    [
        "claim",
        "statement",
        "allegation",
        "assertion",
        "denial",
        "warning",
        "suggestion",
        "announcement",
        "insistence",
        "argument",
        "accusation",
        "assurance",
        "admission",
        "report",
        "conclusion",
        "finding",
        "pronouncement",
        "contention",
        "promise",
        "pledge",
        "threat",
        "demand",
        "prediction",
        "belief",
        "view",
        "concern",
        "fear",
        "hope",
        "assessment",
        "charge",
        "complaint",
        "confirmation",
        "acknowledgment",
        "acknowledgement",
        "explanation",
        "proposal",
        "recommendation",
        "speculation",
        "testimony",
        "declaration",
        "boast",
    ]
)

# Words that mark a source as deliberately unnamed.
ANONYMOUS_MODIFIERS = frozenset(
    ["unnamed", "anonymous", "unidentified", "undisclosed", "unspecified", "nameless"]
)
# Verbs that give a document or data set its publisher ("figures published by the statistics office").
PUBLISHING_VERBS = frozenset(
    ["publish", "release", "issue", "compile", "produce", "collect", "gather", "post", "file", "write",
     "prepare", "commission", "conduct", "submit", "author", "send"]
)  # fmt: skip
# How a source asks to stay unnamed; a cue inside such a phrase reports nothing ("who asked not to be named").
ANONYMITY_FORMULAS = (
    "not to be named",
    "not to be identified",
    "to be named because",
    "declined to be named",
    "declined to be identified",
    "anonymity",
    "not authorized to",
    "not authorised to",
    "want to be named",  # "who did not want to be named", "who does not wish to be identified"
    "wish to be named",
    "want to be identified",
    "wish to be identified",
    "remain anonymous",  # "who has chosen to remain anonymous"
    "remain unnamed",
    "give his full name",  # "who would not give his full name"
    "give her full name",
    "give their full names",
    "give a full name",
)
# How a source asked to be named in part ("who asked to be identified only by her first name, Bree"): a
# description of the source, not something it said; the source is named, if only in part.
PARTIAL_NAME_FORMULAS = (
    "to be identified only by",
    "to be identified by only",
    "to be identified by her first",
    "to be identified by his first",
    "to be named only by",
    "to be known only by",
    "to be called only by",
)
# Phrases in or after a source that mark it as anonymous: the formulas above, or a source described only
# by what it knows or whom it is near.
ANONYMOUS_PHRASES = (
    *ANONYMITY_FORMULAS,
    "familiar with",
    "close to",
    "speaking on background",
    "with knowledge of",
    "briefed on",
)
# Heads that stand for a person or body not named: "officials said", "a source said".
ANONYMOUS_HEADS = frozenset(
    [
        "source",
        "sources",
        "official",
        "officials",
        "insider",
        "insiders",
        "whistleblower",
        "whistleblowers",
        "informant",
        "informants",
        "aide",
        "aides",
        "diplomat",
        "diplomats",
        "person",
        "people",
        "individual",
        "individuals",
        "figure",
        "figures",
        "businessman",
        "businessmen",
        "businesswoman",
        "businesswomen",
        "resident",
        "residents",
        "witness",
        "witnesses",
        "caller",  # "a caller to Midlands Talk on Ardmoy FM": someone on the air, unnamed
        "callers",
        "employee",
        "employees",
        "staffer",
        "staffers",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "operative",
        "operatives",
        "officer",
        "officers",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "member",
        "members",
        "executive",
        "executives",
        "lawmaker",
        "lawmakers",
        "critic",
        "critics",
        "opponent",
        "opponents",
        "supporter",
        "supporters",
        "commentator",
        "commentators",
        # ordinary people identified only by what they are ("one parent said", "protesters chanted")
        "parent",
        "parents",
        "mother",
        "father",
        "neighbour",
        "neighbours",
        "neighbor",
        "neighbors",
        "protester",
        "protesters",
        "demonstrator",
        "demonstrators",
        "worker",
        "workers",
        "student",
        "students",
        "graduate",
        "graduates",
        "pupil",
        "pupils",
        "teacher",
        "teachers",
        "doctor",
        "doctors",
        "nurse",
        "nurses",
        "soldier",
        "soldiers",
        "farmer",
        "farmers",
        "voter",
        "voters",
        "passenger",
        "passengers",
        "survivor",
        "survivors",
        "relative",
        "relatives",
        "activist",
        "activists",
        "volunteer",
        "volunteers",
        "villager",
        "villagers",
        "local",
        "locals",
        "customer",
        "customers",
        "investor",
        "investors",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "representative",
        "representatives",
    ]
)
# Representatives who speak for someone named beside them ("the minister's spokesman"): without a name
# of their own they are unnamed sources.
REPRESENTATIVE_HEADS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "adviser",
        "advisor",
        "lawyer",
        "attorney",
        "representative",
    ]
)
# Heads that make a source a vague collective rather than a speaker: "critics", "social media reports".
VAGUE_HEADS = frozenset(
    [
        "critic",
        "critics",
        "campaigners",
        "activists",
        "allies",
        "friends",
        "associates",
        "confidants",
        "colleagues",
        "residents",
        "locals",
        "opponent",
        "opponents",
        "supporter",
        "supporters",
        "expert",
        "experts",
        "observer",
        "observers",
        "analyst",
        "analysts",
        "commentator",
        "commentators",
        "scholars",
        "researchers",
        "scientists",
        "economists",
        "academics",
        "historians",
        "pundits",
        "traders",
        "dealers",
        "strategists",
        "insiders",
        "neighbours",
        "neighbors",
        "onlookers",
        "witnesses",
        "bystanders",
        "parents",
        "people",
        "many",
        "some",
        "others",
        "reports",
        "rumour",
        "rumours",
        "rumor",
        "rumors",
        "media",
    ]
)
VAGUE_DETERMINERS = frozenset(["many", "some", "several", "few", "most", "various", "numerous", "countless"])

#: Where or how something was said, not what: "posted on Facebook:", "said in a statement".
MEDIA_NOUNS = frozenset(
    {"statement", "interview", "post", "tweet", "video", "broadcast", "radio", "television", "podcast",
     "letter", "email", "message", "blog", "website", "note", "speech", "briefing"}
)  # fmt: skip

# "WASHINGTON (Reuters) —", "LONDON, March 3 -": the wire-story opening.
DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\- ]{2,40})(?:,\s*[A-Z][\w. ]{1,30})?\s*(?:\([^)]{2,40}\))?\s*"
    r"(?:[-—–]\s*[\w ,.]{3,30}?\d{4}\s*)?"  # a press release's date: "BRISTOL, UK — 4 February 2025 —"
    r"[-—–:]\s",
    re.M,
)


def dateline_end(text: str, pos: int) -> int | None:
    """End of the wire dateline that opens the line and holds ``pos`` ("LONDON (Reuters) - …"), or None."""
    line_start = text.rfind("\n", 0, pos) + 1
    found = DATELINE.match(text, line_start) if pos - line_start < 60 else None
    return found.end() if found is not None and pos < found.end() else None


def in_dateline(text: str, pos: int) -> bool:
    return dateline_end(text, pos) is not None


# Nouns naming data or measurements.
DATA_NOUNS = frozenset(
    [
        "test",
        "tests",
        "modelling",
        "modeling",
        "data",
        "datum",
        "figures",
        "statistics",
        "stats",
        "survey",
        "poll",
        "polls",
        "census",
        "estimate",
        "estimates",
        "count",
        "tally",
        "index",
        "numbers",
        "rate",
        "rates",
        "projection",
        "projections",
        "forecast",
        "model",
        "dataset",
        "chart",
        "table",
    ]
)

# Nouns naming a document someone can go and read.
DOCUMENT_NOUNS = frozenset(
    [
        "code",
        "rulebook",
        "specification",
        "slides",
        "slide",
        "report",
        "evaluation",
        "advisory",
        "communiqué",  # an official announcement: "a communiqué from the ministry has said"
        "communique",
        "sheet",  # "a term sheet", "a fact sheet"
        "factsheet",
        "prospectus",
        "register",  # "According to the trust’s register of veteran trees, …"
        "catalogue",  # "Its own catalogue describes the book as …"
        "catalog",
        "affidavit",
        "submission",
        "study",
        "paper",
        "analysis",
        "summary",
        "review",
        "audit",
        "investigation",
        "inquiry",
        "filing",
        "document",
        "documents",
        "memo",
        "memorandum",
        "letter",
        "transcript",
        "testimony",
        "ruling",
        "judgment",
        "verdict",
        "indictment",
        "complaint",
        "lawsuit",
        "statement",
        "release",
        "assessment",
        "findings",
        "finding",
        "results",
        "record",
        "records",
        "archive",
        "database",
        "bulletin",
        "dossier",
        "minutes",
        "budget",
        "bill",
        "law",
        "treaty",
        "contract",
        "email",
        "emails",
        "notification",  # "A push notification sent to users of the app read: …"
        "cable",
        "cables",
        "leak",
        "footage",
        "video",
        "recording",
        "research",
        "draft",
        "drafts",
        "proposal",
        "circular",
        "note",
        "guidance",
        "ad",
        "ads",
        "advert",
        "advertisement",
        "tweet",
        "tweets",
        "post",
        "posts",
        "website",
        "blog",
        "menu",
        "reply",
        "newsletter",
        "petition",
        "manifesto",
        "brochure",
        "leaflet",
        "message",
        "messages",
        "notice",
        "guideline",
        "guidelines",
        "regulation",
        "regulations",
        # what a body adopts or files ("The resolution calls the hike …"); not "order", "policy" or "motion",
        # which the claims lens would then read as cited in "in order to", "a shift in policy", "in motion"
        "resolution",
        "filings",
        # what is read off a wall or a shelf: "A sign put up at the car park reads: …", "The current
        # guidebook … states that …"
        "sign",
        "chalkboard",
        "noticeboard",
        "whiteboard",
        "placard",
        "poster",
        "plaque",
        "guidebook",
        "handbook",
        "manual",
    ]
)


#: "S.Altantsetseg", "Ts.Oyunbileg": the Mongolian way of writing a name, the father's initial (one or two
#: letters) and a dot glued to the given name. One word: the tokenizer keeps it whole (``nlp.py``) and the
#: speaker index calls it a person's name (``mentions.glued_initial_names``).
INITIAL_GLUED_NAME = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")

#: Abbreviated titles and the title each stands for ("Sen. Sanders" is "the senator"). The dotted ones
#: ("Sgt. Renee Osterhout") are kept one token by the tokenizer and never end a sentence (``nlp.py``).
TITLE_ABBREVIATIONS = {
    "sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
    "prof.": "professor", "lt.": "lieutenant", "col.": "colonel", "sgt.": "sergeant", "rev.": "reverend",
    "atty.": "attorney", "det.": "detective", "capt.": "captain", "cpl.": "corporal", "maj.": "major",
    "adm.": "admiral", "insp.": "inspector", "supt.": "superintendent", "cmdr.": "commander",
    "brig.": "brigadier", "pte.": "private", "cllr.": "councillor", "hon.": "honourable",
    # British police ranks, written without a full stop
    "di": "inspector", "dci": "inspector", "ds": "sergeant", "dc": "constable", "pc": "constable",
    "supt": "superintendent", "insp": "inspector", "cllr": "councillor", "cdr": "commander", "lt": "lieutenant",
    "sgt": "sergeant", "cdr.": "commander",
    # the Philippines' engineers and Nigeria's police superintendents
    "engr.": "engineer", "engr": "engineer", "sp": "superintendent", "asp": "superintendent",
    # Nigerian and South Asian police ranks (deputy / chief superintendent, assistant / deputy commissioner)
    "dsp": "superintendent", "csp": "superintendent", "acp": "commissioner", "dcp": "commissioner",
    # clergy: "Fr. Noel Estrella", "Fr Tomás Ó Riain", "Msgr. Paolo Ricci"
    "fr.": "father", "fr": "father", "msgr.": "monsignor",
}  # fmt: skip


def expand_title(word: str) -> str:
    """The title an abbreviation stands for ("sen." or "sen" → "senator"; the tokenizer may cut the full
    stop off), else the word itself (lower case in, lower case out)."""
    return TITLE_ABBREVIATIONS.get(word) or TITLE_ABBREVIATIONS.get(f"{word}.") or word


#: Words of a broadcaster's name, as written ("Sauti FM", "Radyo Bantayan TV", "Channel 4 News").
BROADCAST_WORDS = frozenset({"FM", "AM", "TV", "Radio", "Radyo", "News", "Television"})

# Titles that precede a personal name and give a role ("Russian President Vladimir Putin").
TITLE_WORDS = frozenset(
    [
        "president",
        "clerk",  # "the Town Clerk", "the county clerk": an office
        "warden",  # a prison's head ("Warden Gloria Pettaway")
        "mec",  # South Africa: member of a provincial executive council
        "kgosi",  # Botswana: a chief ("Kgosi Mothusi Lekoko")
        "marshal",  # "The Marshal of the Voivodeship", "the fire marshal"
        "starosta",  # Poland: a county head
        "sołtys",  # Poland: a village head
        "wójt",  # Poland: a rural commune's head
        "gup",  # Bhutan: an elected head of a gewog ("Bjagchu Gup Namgay Wangdi")
        "principal",
        "headteacher",
        "headmaster",
        "headmistress",
        "boss",
        "skipper",
        "prime",
        "minister",
        "secretary",
        "undersecretary",
        "under-secretary",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "governor",
        "gov.",
        "mayor",
        "chancellor",
        "chairman",
        "chairwoman",
        "chair",
        "convener",  # a Scottish council committee's chair: "Convener Cllr Ruaraidh MacLennan"
        "convenor",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "general",
        "gen.",
        "commissioner",
        "judge",
        "justice",
        "magistrate",  # "Senior Magistrate Sabelo Masilela" … "the magistrate said"
        "matron",  # a home's or a hospital's senior nurse: "Matron Doreen Maynard"
        "coroner",
        "minister",
        "king",
        "queen",
        "prince",
        "leader",
        "head",
        "chief",
        "ceo",
        "founder",
        "professor",
        "prof.",
        "councilman",
        "councilwoman",
        "councillor",
        "councilor",
        "alderman",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "premier",
        "deputy",
        "vice",
        "speaker",
        "treasurer",
        "comptroller",
        "sheriff",
        "superintendent",
        "attorney",
        "prosecutor",
        "inspector",
        "detective",
        "lieutenant",
        "colonel",
        "captain",
        "sergeant",
        "admiral",
        "bishop",
        "archbishop",
        "cardinal",
        "pope",
        "rabbi",
        "imam",
        "pastor",
        "rev.",
        "rev",  # "The Rev Philip Cain", as British and Commonwealth papers write it
        "reverend",
        "coach",
        "dean",
        "nominee",
        "candidate",
        "executive",
        "constable",
        "officer",
        "coroner",
        # British police ranks and council titles, abbreviated before a name ("DI Graham Lowe", "Cllr Rowe")
        "pc",
        "dc",
        "ds",
        "di",
        "dci",
        "dsi",
        "supt",
        "insp",
        "cllr",
        "cr",  # an Australian or New Zealand councillor: "Cr Sally Venn"
        "det.",
        "manager",
        "editor",
        "chairperson",
        "legislator",
        "lawmaker",
        "custos",  # Jamaica: the Crown's representative in a parish ("the Custos of St Elspeth")
        "referee",  # a sport's officials: "Race referee Glenys Harcourt", "umpire Walt Kinsella"
        "umpire",
    ]
)
# Words next to a name that tell which of "he" and "she" can stand for that person.
FEMALE_MARKERS = frozenset(
    ["ms.", "ms", "mrs.", "mrs", "miss", "dame", "lady", "madam", "congresswoman", "councilwoman",
     "assemblywoman", "chairwoman", "spokeswoman", "businesswoman", "queen", "princess", "duchess",
     "mother", "wife", "daughter", "sister", "actress", "grandmother",
     "puan", "datin", "hajah",  # Malay: "Puan Kavitha Ramasamy"
     "alhaja", "hajiya",  # Yoruba and Hausa: "Alhaja Kudirat Bello"
     "begum", "khatun", "bibi",
     "mma",  # Setswana: "Mma Boitumelo Kgari"
     "m'e", "'m'e"]  # Sesotho: "'M'e Mamotselisi Letsie"  # South Asian women's names and honorifics: "Rokeya Begum"
)  # fmt: skip
MALE_MARKERS = frozenset(
    ["mr.", "mr", "sir", "lord", "congressman", "councilman", "assemblyman", "chairman", "spokesman",
     "businessman", "king", "prince", "duke", "father", "husband", "son", "brother", "actor", "grandfather",
     "encik", "haji", "alhaji",  # Malay "Encik Mohd Fadzli", Nigerian "Alhaji Musa Danladi"
     "md", "md.", "mohd", "mohd.",
     "rra",  # Setswana: "Rra Kebonyeng Mothei"
     "ntate"]  # Sesotho: "Ntate Motlatsi Rakuoane"  # "Md Kamrul Hasan": Muhammad, written short
)  # fmt: skip


@lru_cache(maxsize=1)
def _name_tables() -> tuple[dict, ...]:
    """The given-name tables, each read once (three lists are built from them at import)."""
    return tuple(
        json.loads(resources.files("presslens").joinpath(table).read_text(encoding="utf-8"))
        for table in ("data/given_names.json", "data/given_names_world.json")
    )


def _census_names(sex: str) -> frozenset[str]:
    """The US Census 1990 given names of one sex, or of either ("either": ``training/given_names.py`` wrote
    them), with a hand-curated list of names common elsewhere that the census misses ("Kwame", "Priya",
    "Ngozi": ``data/given_names_world.json`` says where they come from)."""
    return frozenset(name for table in _name_tables() for name in table.get(sex, []))


# Given names that are one sex's in common usage: a hand-curated list (names used for both, such as
# "Jordan", "Taylor" or "Leslie", are left out) and the census lists. With no title or honorific near a
# name, they still tell "she" from "Donald Trump". A name outside both lists says nothing.
FEMALE_NAMES = _census_names("female") | frozenset(
    ["mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
     "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "dorothy", "kimberly", "emily", "donna",
     "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
     "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha",
     "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane",
     "julie", "joyce", "victoria", "kelly", "christina", "joan", "evelyn", "lauren", "judith", "olivia",
     "martha", "cheryl", "megan", "andrea", "hannah", "jacqueline", "ann", "gloria", "teresa", "sara",
     "janice", "julia", "marie", "madison", "grace", "judy", "theresa", "beverly", "denise", "marilyn",
     "amber", "danielle", "abigail", "brittany", "rose", "diana", "natalie", "sophia", "alexis", "lori",
     "kayla", "jane", "hillary", "nikki", "condoleezza", "nancy", "elaine", "loretta", "ivanka", "melania",
     "michelle", "kamala", "elena", "sonia", "ruth", "sheila", "susana", "valerie", "maxine", "nina", "sheryl",
     "oprah", "angela", "theresa", "ursula", "christine", "jacinda", "indira", "golda", "margaret", "ava",
     "nell", "ines", "doreen", "irene", "rosa", "carmen", "lucia", "ana", "elise", "alice", "claire", "hilda",
     "ingrid", "kathy", "cathy", "sue", "meg", "jenny", "becky", "liz", "beth", "kate", "katie", "jill",
     "gail", "peggy", "carly", "tulsi"]
)  # fmt: skip
MALE_NAMES = _census_names("male") | frozenset(
    ["james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas", "charles",
     "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
     "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
     "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
     "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler",
     "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter",
     "noah", "jeremy", "christian", "keith", "roger", "gerald", "harold", "sean", "austin", "carl", "arthur",
     "lawrence", "dylan", "jesse", "bryan", "joe", "billy", "bruce", "albert", "willie", "gabriel", "logan",
     "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis",
     "bobby", "philip", "johnny", "barack", "bernie", "mitch", "mike", "rand", "ted", "marco", "jeb", "chris",
     "tim", "newt", "rudy", "reince", "vladimir", "xi", "boris", "emmanuel", "angelo", "bill", "hank", "ben",
     "tom", "jim", "bob", "dick", "rick", "ron", "steve", "dave", "ed", "fred", "abraham", "winston",
     "franklin", "dwight", "lyndon", "gerald", "jimmy", "barry", "harry", "norman", "todd", "craig", "greg",
     "doug", "glenn", "neil", "tony", "nick", "jeff", "matt", "dan", "andy", "pete", "marty", "ken", "lou"]
)  # fmt: skip
#: Given names of either sex, for telling a person's name from an organisation's: the one-sex lists and
#: the census names common to both ("Lee", "Terry", "Kelly"), which say nothing of "he" or "she".
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES | _census_names("either")
HONORIFICS = frozenset(
    ["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "madam", "madame", "mx", "mx.",
     # Malay: "Encik Hafiz Roslan", "Puan Suriani", "Datuk Seri Anwar"
     "encik", "puan", "cik", "datuk", "dato", "datin", "haji", "hajah",
     # Gulf and diplomatic: "H.E. Khalid Al Hashemi" (His or Her Excellency)
     "h.e.", "h.e",
     # Amharic: "Ato Dawit Tesfaye" (Mr), "W/ro Tsion Alemu" (Mrs)
     "ato", "w/ro", "woizero", "weizero",
     # Sesotho: "Ntate Motlatsi Rakuoane" (Mr; literally "father"), "'M'e Mamotselisi Letsie" (Mrs)
     "ntate", "m'e", "'m'e",
     # Setswana: "Rra Kebonyeng Mothei" (Mr), "Mma Boitumelo Kgari" (Mrs, Ms)
     "rra", "mma",
     # Arabic, as in Sudanese and Malaysian English-language papers: "Ustaz Garang Akech" (teacher)
     "ustaz", "ustadh", "ustaza",
     # Portuguese and Spanish, before a given name: "Dona Raimunda", "Doña Carmen"
     "dona", "doña",
     # Kurdish, before a given name: "Mam Qadir" (uncle, for an older man), "Kak Aram" (brother)
     "mam", "kak",
     # Hausa and Yoruba, for one who has made the pilgrimage: "Alhaji Musa Danladi", "Alhaja Kudirat"
     "alhaji", "alhaja", "hajiya"]
)  # fmt: skip

#: Honorifics written after a given name: Uzbek "Toshpulat aka" (elder brother), "Mavluda opa" (elder
#: sister), Hindi and Punjabi "Darshan Kaur ji", Japanese "Tanaka-san" when spaced, Turkish "Ayşe hanım".
HONORIFICS_AFTER = frozenset({"aka", "opa", "ji", "san", "sama", "sahib", "saheb", "bey", "hanım", "efendi"})

#: Endings of words for what people do ("engineer", "councillor", "economist", "historian", "consultant",
#: "resident"), and of their plurals, with "advocates", "employees", "fishermen": such a word at a phrase's
#: head names a person or people, not a body.
OCCUPATION_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
#: Occupations whose word has none of those endings ("a clerk in the agriculture office").
OCCUPATION_WORDS = frozenset(
    {"clerk", "nurse", "pilot", "chef", "cook", "guard", "midwife", "surgeon", "physician", "mechanic",
     "maid", "priest", "imam", "medic", "paramedic", "sergeant", "constable", "detective", "architect",
     "attorney", "advocate", "nanny", "chaplain", "tailor", "cashier", "diplomat"}
)  # fmt: skip
PEOPLE_ENDINGS = (*(e + "s" for e in OCCUPATION_ENDINGS), "ates", "ees", "men")

#: Particles inside a surname ("Pieter Janse van Rensburg", "Carys ab Owen", "Siobhán Ní Fhlatharta", "Tomás Ó Laoire").
SURNAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "ter", "ten", "bin",
     "binti", "al", "el", "ap", "ab", "ní", "nic", "ó", "uí", "ibn", "dos", "das"}
)  # fmt: skip

#: Verbs that send a message or give a document out, whose subject is its author: "issued a statement",
#: "has written to the council warning that …".
SENDING_VERBS = frozenset({"write", "send", "issue", "release", "publish", "post", "email"})

PERSON_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "i", "me", "we", "us"])
THING_PRONOUNS = frozenset(["it", "its", "they", "them", "their"])
RELATIVE_PRONOUNS = frozenset(["who", "which", "that", "whom", "whose"])

# Last words of newspaper titles: a capitalised name ending in one is an outlet even when the alias table
# does not know it ("the Springfield Gazette"). Words that end company or place names as often (Express,
# Mail, Star, Sun, Globe, Standard, Record) are left out.
MASTHEAD_WORDS = frozenset(
    [
        "Times", "Post", "Gazette", "Herald", "Tribune", "Journal", "Chronicle", "Courier", "Ledger",
        "Observer", "Telegraph", "Examiner", "Inquirer", "Enquirer", "Dispatch", "Bulletin", "Sentinel",
        "Argus", "Post-Gazette", "Democrat-Gazette", "Beacon", "Mirror", "Echo", "Advertiser", "Clarion",
        "Gleaner", "Recorder", "Mercury", "Quill", "Mail",
    ]
)  # fmt: skip
#: Names ending in a masthead word that are not papers: the postal operator.
NOT_MASTHEADS = frozenset({"Royal Mail"})
#: A word before a paper's name that says it is one: "The Daily Quill", "The Morning Beacon".
MASTHEAD_PERIODS = frozenset({"Daily", "Morning", "Evening", "Sunday", "Weekly"})
# Collective mentions of outlets that stand for the outlets named just before ("Both outlets").
OUTLET_COLLECTIVES = frozenset(["outlets", "papers", "newspapers", "media", "publications", "broadcasters"])
# Definite descriptions that stand for the outlet named last ("The Times reported … The paper said").
OUTLET_ANAPHORS = frozenset(
    [
        "paper",
        "newspaper",
        "daily",
        "tabloid",
        "magazine",
        "broadcaster",
        "network",
        "channel",
        "outlet",
        "publication",
        "agency",
        "site",
        "website",
    ]
)
# Definite descriptions that stand for the organisation named shortly before ("Acme Corp. … The company said").
BODY_ANAPHORS = frozenset(
    [
        "association",
        "foundation",
        "institute",
        "society",
        "party",
        "league",
        "company",
        "firm",
        "agency",
        "ministry",
        "department",
        "bank",
        "airline",
        "carrier",
        "union",
        "organisation",
        "organization",
        "group",
        "corporation",
        "charity",
        "university",
        "hospital",
        "network",
        "broadcaster",
        "retailer",
        "manufacturer",
        "utility",
        # businesses a story names and then calls by what they are ("the restaurant said …")
        "restaurant",
        "hotel",
        "cafe",
        "bakery",
        "brewery",
    ]
)
# Bodies that publish documents and data under their name: "a report by the city's transportation office".
# public offices whose reports are official documents ("a report by the city auditor"); one person holds
# each, so "the inspector's report" is not the last body named when no inspectorate is
PUBLIC_OFFICERS = frozenset({
    "auditor", "comptroller", "ombudsman", "coroner", "inspector", "treasurer", "registrar", "statistician",
    "actuary",
})  # fmt: skip
PUBLISHING_BODIES = BODY_ANAPHORS | PUBLIC_OFFICERS | {
    "office", "council", "commission", "committee", "court", "institute", "bureau", "authority", "board",
    "administration", "government", "service", "regulator", "watchdog", "inspectorate", "panel",
    "subcommittee", "caucus", "exchange",
}  # fmt: skip
#: Legal forms of registered companies, which end their names ("Slievenaree Wind DAC", "Lanjut Expressway
#: Bhd") or open them ("PT Sawit Lestari Makmur").
LEGAL_FORMS = frozenset(
    {"ltd", "limited", "plc", "llc", "llp", "dac", "gmbh", "inc", "incorporated", "pty", "sdn", "bhd", "pt"}
)
# Words that end an organisation's name, not a person's ("Justice Department", "General Electric Co.").
BODY_NAME_WORDS = frozenset(
    ["products", "resources", "minerals", "mining", "manufacturing", "supplies", "solutions", "mills",
     "department", "ministry", "office", "committee", "council", "assembly", "court", "party", "union",
     "association", "agency", "company", "co.", "corp.", "inc.", "ltd.", "group", "university",
     "college", "institute", "foundation", "board", "bank", "fund", "street", "avenue", "road", "square",
     "hall", "house", "center", "centre", "media", "energy", "news", "holdings", "capital", "partners",
     "systems", "airways", "airlines", "air", "motors", "foods", "church", "school", "hospital", "station",
     "research", "international", "global", "labs", "studios", "press", "freight", "logistics",
     "shipping", "pharmaceuticals", "technologies", "semiconductor", "microsystems", "aggregates",
     "utilities", "industries", "ventures", "insurance", "properties", "engineering", "authority",
     "service", "services", "bureau", "commission", "trust", "coastguard", "elementary", "academy",
     "museum", "library", "theatre", "theater", "clinic", "prison", "airport", "stadium", "records",
     "recordings", "entertainment", "pictures", "publishing", "directorate", "inspectorate",
     "secretariat", "executive", "network", "alliance", "coalition", "federation", "society", "league",
     "movement", "forum", "cooperative", "collective", "grid", "renewables", "cruises", "telecom", "telecoms",
     "club", "fc", "afc", "rfc",  # sports clubs: "Glenhaven FC", "Kestrel Rowing Club"
     "lotteries", "lottery", "security", "gaming", "pharmacy", "bakery", "police", "constabulary", "metro",
     "municipality",
     "watch",  # monitors: "Human Rights Watch", "the Citizens' Election Watch"
     *LEGAL_FORMS]
)  # fmt: skip
#: Last words of place names the tagger calls people ("Penhallow Quay", "Marsh Heights"); never surnames.
PLACE_LAST_WORDS = frozenset(
    {
        "quay",
        "wharf",
        "harbour",
        "harbor",
        "pier",
        "marina",
        "heights",
        "gardens",
        "estuary",
        "bog",
        "valley",
        "reservoir",
        "creek",
    }
)
#: First words of place names the tagger calls people ("Lough Carran", "Mount Hebron", "Port Ellis").
PLACE_NAME_WORDS = frozenset(
    {"lough", "loch", "lake", "mount", "mt.", "port", "fort", "cape", "glen", "isle", "river", "bay",
     # Philippine and Malay districts and villages: "Barangay Malinis", "Kampung Baru"
     "barangay", "brgy.", "sitio", "purok", "kampung"}
)  # fmt: skip
ORGANISATION_HEADS = BODY_ANAPHORS | {
    "association", "party", "campaign", "coalition", "alliance", "federation", "society", "trust", "club",
    "council", "committee", "commission", "institute", "foundation", "movement", "network", "branch",
    "division", "directorate", "inspectorate", "regulator", "watchdog", "tribunal", "panel", "inquiry",
}  # fmt: skip
# Sweeping pronouns: "everyone knows", "anyone can see" name no one.
UNIVERSAL_PRONOUNS = frozenset(["everyone", "everybody", "anyone", "anybody", "nobody", "no one"])


@dataclass(frozen=True)
class CueVerb:
    """How a lemma behaves as a cue: measured precision and which dependents may hold the content."""

    precision: float
    clause: bool
    object: bool
    xcomp: bool


#: Learnt lemmas below this precision on PolNeAR train are not cues.
LEARNT_MIN_PRECISION = 0.5
#: A noun-phrase content ("praised the plan") is riskier than a clause: learnt lemmas need more precision.
LEARNT_OBJECT_PRECISION = 0.6
_CURATED_PRECISION = 0.6

#: Verbs that report only in the passive and without an agent: "It is learnt that …", "It was gathered
#: that …" (Indian and Nigerian newspaper usage), "A chain is rumoured to be interested …". Active, they
#: are what someone found out ("she learned that …"), not what anyone said.
PASSIVE_ONLY_CUES = frozenset({"learn", "gather", "rumor", "rumour"})
PASSIVE_ONLY_CUE = CueVerb(_CURATED_PRECISION, clause=True, object=False, xcomp=True)
#: Verbs of instruction, which report only with what was ordered: "directed the tehsildars to complete
#: the survey within ten days", "instructed that the gates be locked" (not "directed the film").
DIRECTIVE_VERBS = frozenset({"direct", "instruct"})
DIRECTIVE_CUE = CueVerb(_CURATED_PRECISION, clause=True, object=False, xcomp=True)
#: A verb that reports only in a set phrase: counsel "put it to him that …".
PHRASE_CUE = CueVerb(_CURATED_PRECISION, clause=True, object=False, xcomp=False)


@lru_cache(maxsize=1)
def _learnt_lemmas() -> dict[str, dict]:
    """Every lemma ``training/cue_lexicon.py`` measured on PolNeAR train, with its precision as a cue."""
    raw = resources.files("presslens").joinpath("data/cue_lemmas.json").read_text(encoding="utf-8")
    return json.loads(raw)["lemmas"]


def learnt_cue_precision(lemma: str) -> float:
    """How often a word with this lemma is a cue in PolNeAR train (0.0 when rarely or never)."""
    info = _learnt_lemmas().get(lemma)
    return float(info["precision"]) if info is not None else 0.0


@lru_cache(maxsize=1)
def cue_verbs() -> dict[str, CueVerb]:
    """Curated cue lemmas merged with those learnt from PolNeAR train (``training/cue_lexicon.py``)."""
    table: dict[str, CueVerb] = {}
    for lemma, info in _learnt_lemmas().items():
        if info["precision"] < LEARNT_MIN_PRECISION:
            continue
        content = info["content"]
        table[lemma] = CueVerb(
            info["precision"],
            clause=content.get("ccomp", 0) >= 0.2 or lemma in SPEECH_VERBS,
            object=content.get("dobj", 0) >= 0.3 and info["precision"] >= LEARNT_OBJECT_PRECISION,
            xcomp=content.get("xcomp", 0) >= 0.25,
        )
    for lemma in DIRECTIVE_VERBS:
        table.setdefault(lemma, DIRECTIVE_CUE)
    for lemma in CUE_VERBS:
        if lemma not in table:
            table[lemma] = CueVerb(
                _CURATED_PRECISION, clause=True, object=lemma in OBJECT_SPEECH_VERBS, xcomp=False
            )
    return table
