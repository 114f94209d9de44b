"""Who and what an article names: people, bodies, works and online handles, found once per document.

Why a module of its own: the speaker resolver (``speakers.py``) answers "who is this mention?" many times
per article, against indexes built once — the people named (with the names the tagger missed or mislabelled),
the bodies named (with the names it split or took for people), the descriptions that make a name a body's,
and the handles posters use. Building those indexes is the work here; resolving mentions against them is
``speakers.py``'s.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from presslens.analyze.anonymous import describes_a_body, names_a_body
from presslens.analyze.lexicon import (
    ANONYMOUS_HEADS,
    BODY_ANAPHORS,
    BODY_NAME_WORDS,
    DOCUMENT_NOUNS,
    FEMALE_MARKERS,
    FEMALE_NAMES,
    GIVEN_NAMES,
    HONORIFICS,
    INITIAL_GLUED_NAME,
    LEGAL_FORMS,
    MALE_MARKERS,
    MALE_NAMES,
    MEDIA_NOUNS,
    OCCUPATION_ENDINGS,
    OCCUPATION_WORDS,
    ORGANISATION_HEADS,
    PEOPLE_ENDINGS,
    PUBLISHING_BODIES,
    SURNAME_PARTICLES,
    TITLE_WORDS,
    VAGUE_HEADS,
)
from presslens.analyze.spans import glued_hyphen
from presslens.outlets import normalise_name


def clean(text: str) -> str:
    """Surface text without emphasis/quote marks and possessive endings (``normalise_name``: not the
    apostrophe in "O’Brien", nor the underscore inside a handle, "@vantage_max")."""
    return normalise_name(text).strip(" .,;:") if text else text


#: Words that describe a business: "the company" refers back to a name so described.
FIRM_WORDS = frozenset(
    {"company", "firm", "start-up", "startup", "maker", "manufacturer", "retailer", "developer", "chain",
     "supplier", "provider", "operator", "airline", "carrier", "lender", "insurer", "brand", "business",
     "publisher", "platform"}
)  # fmt: skip


_BODY_WORDS = (
    FIRM_WORDS
    | BODY_ANAPHORS
    | ORGANISATION_HEADS
    | {
        "charity",
        "regulator",
        "watchdog",
        "union",
        "band",
        "orchestra",
        "choir",
        "restaurant",
        "venue",
        "pub",
        # a place set beside its description speaks through its government ("Hatsuyu, a hot spring town
        # in Hinokawa Prefecture" … "the town says"): no person, whatever the tagger calls the name
        "town",
        "village",
        "city",
        "municipality",
        "township",
    }
)


#: Words that a public body's name joins with "and" ("Fire and Rescue Service", "Health and Safety
#: Executive", "Food and Drug Administration"): where one ends the words before an "and" and a body's
#: word ends the words after it, the whole is one name, whatever the tagger made of its parts.
_JOINED_NAME_WORDS = frozenset(
    {"fire", "rescue", "health", "safety", "trade", "industry", "science", "technology", "food", "drug",
     "drugs", "arts", "culture", "media", "sport", "education", "skills", "energy", "environment",
     "rural", "affairs", "justice", "social", "care", "transport", "works", "pensions", "housing",
     "communities", "defence", "defense", "security", "immigration", "customs", "border", "marine",
     "research", "development", "innovation", "employment", "finance", "police", "crime", "ambulance",
     "parks", "wildlife", "fisheries", "agriculture", "water", "land", "planning", "family", "youth",
     "children", "equality", "search", "heritage", "tourism", "business", "standards", "audit",
     "revenue", "economic", "prevention", "disease", "fish", "forestry", "mental", "weights"}
)  # fmt: skip


_NAME_END_WORDS = BODY_NAME_WORDS | PUBLISHING_BODIES | {"executive", "services", "trust", "commission"}


#: "the Department of Migrant Affairs (DMA)": a capitalised name, then its initials in brackets.
_SPELLED_OUT = re.compile(
    r"((?:[A-Z][\w’'&.-]*)(?:(?:\s+(?:of|for|and|on|the|&|d[aeiou]s?|del|della|[A-Z][\w’'&.-]*))*"
    r"\s+[A-Z][\w’'&.-]*)?)"
    r"\s+\(([A-Z]{2,6})\)"
)


#: Last words of a firm's name that its initials may leave out.
_KINDS_OF_FIRM = frozenset({"railroad", "railway", "company", "corporation", "group", "holdings", "limited"})


def _in_order(letters: str, word: str) -> bool:
    """Every letter of ``letters`` occurs in ``word``, in that order."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def initials_of_bodies(doc: Doc, bodies: list[Span]) -> dict[str, str]:
    """Initials written in the article that spell a body named in full in it, without brackets ("GRTD" and
    "Greyport Regional Transit District"): of three or more capitals, one body's alone."""
    written = {t.text for t in doc if t.is_upper and t.is_alpha and len(t.text) >= 3}
    found: dict[str, set[str]] = {}
    for body in bodies:
        words = [t.text for t in body if t.is_alpha and t.lower_ not in ("the", "of", "and", "for")]
        if len(words) >= 3 and all(w[0].isupper() for w in words):
            initials = "".join(w[0] for w in words)
            if initials in written:
                found.setdefault(initials, set()).add(clean(body.text))
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


#: Particles of Romance names that initials may keep ("Energia do Norte (EDN)").
_LETTERED_PARTICLES = frozenset({"da", "de", "di", "do", "du", "das", "des", "dos", "del", "della"})


def spelled_out_initials(text: str) -> dict[str, str]:
    """Initials an article spells out in brackets after a name ("the Department of Migrant Affairs
    (DMA)" → {"DMA": "Department of Migrant Affairs"}), when the name's capitals give those initials."""
    found: dict[str, str] = {}
    for match in _SPELLED_OUT.finditer(text):
        words, initials = match.group(1).split(), match.group(2)
        # the name may open with a sentence's first word ("Yesterday the Department …"): keep the tail
        # whose capitals spell the initials
        for k in range(len(words)):
            name = words[k:]
            capitals = "".join(w[0] for w in name if w[0].isupper())
            # "Energia do Norte (EDN)", "Banco de la Nación (BDN)": a Romance particle may give its letter
            with_particles = "".join(w[0].upper() for w in name if w[0].isupper() or w in _LETTERED_PARTICLES)
            # "Prairie Bend & Western Railroad (PBW)": the kind of body may be left out of the initials
            kind_left_out = name[-1].lower() in _KINDS_OF_FIRM and capitals[:-1] == initials
            # "Bundesverkehrsbahn (BVB)": one word whose parts the initials take, in order
            compound = (
                len(name) == 1 and name[0][0] == initials[0] and _in_order(initials.lower(), name[0].lower())
            )
            spelled = initials in (capitals, with_particles)
            if name[0][0].isupper() and (spelled or kind_left_out or compound):
                # a legal form before the name stays with it ("PT Sawit Lestari Makmur (SLM)")
                opening = k - 1 if k > 0 and words[k - 1].lower() in LEGAL_FORMS else k
                found.setdefault(initials, " ".join(words[opening:]))
                break
    return found


def joined_names(doc: Doc) -> list[Span]:
    """Body names joined by "and" ("Marren Fire and Rescue Service", "the Department for Heritage and the
    Arts"), which the tagger splits in two."""
    return sorted(_joined_by_name_words(doc) + _for_and_names(doc), key=lambda s: s.start)


def _joined_by_name_words(doc: Doc) -> list[Span]:
    """'Marren Fire and Rescue Service', 'The Aviation and Cabin Staff Union': two capitalised parts of
    one name on either side of "and"."""
    found: list[Span] = []
    for tok in doc[1:-1]:
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        # a word that joins such names, or a word the tagger did not call a body, person or place before a
        # tagged body's name ("The Aviation and [Cabin Staff Union]", "[The Wynmark Outfitters] (a work of
        # art) and [Guides Association]"): a body in its own right would carry the tagger's label
        joins = before.lower_ in _JOINED_NAME_WORDS or (
            before.ent_type_ not in ("ORG", "PERSON", "GPE", "LOC", "FAC") and after.ent_type_ == "ORG"
        )
        if tok.lower_ not in ("and", "&") or not (before.is_title and joins and after.is_title):
            continue
        start = before.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            start -= 1
        end = after.i
        while end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ in ("PROPN", "NOUN"):
            end += 1
        if doc[end].lower_ in _NAME_END_WORDS and not (found and found[-1].end > start):
            found.append(doc[start : end + 1])
    return found


#: Last words that end only a body's name, never a building's or a place's.
_ONLY_BODIES_END = LEGAL_FORMS | {
    "association", "union", "council", "committee", "commission", "department", "ministry", "federation",
    "society", "agency", "authority", "institute", "foundation", "party", "cooperative", "co-operative",
    "airways", "airlines", "air",  # "Tallis Air", which the tagger may call a place
}  # fmt: skip


def named_bodies(doc: Doc, joined: list[Span]) -> list[Span]:
    """The organisations an article names, in order: the tagger's, names joined by "and" that it split
    ("Fire and Rescue Service"), and runs of two or more capitalised proper nouns ending in a plural or
    a body's word that it left out ("Harlow Minerals said …")."""
    inside = {t.i for j in joined for t in j}
    found = (
        [
            _mended(e)
            for e in doc.ents
            if (
                e.label_ == "ORG"
                or (e.label_ == "PERSON" and names_a_body(e))
                # "The Heartland Grain and Feed Dealers Association", which the tagger calls a building
                or (e.label_ in ("FAC", "GPE", "LOC") and e[-1].lower_ in _ONLY_BODIES_END)
            )
            and not any(t.i in inside for t in e)
            and any(t.text[:1].isupper() for t in e)  # not "meet union", which the tagger took for a name
        ]
        + joined
    )
    taken = {t.i for e in doc.ents for t in e} | inside
    # "Bike-share operator Spokely", the name tagged an adverb for its ending: a capitalised word right
    # after a business's noun, mid-sentence, that no entity holds
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if tok.i in taken or not tok.is_title or tok.is_sent_start or before.pos_ != "NOUN":
            continue
        if before.is_lower and describes_a_body(before, tok):
            end = tok.i + 1
            while end < len(doc) and doc[end].is_title and end not in taken and not doc[end].is_sent_start:
                end += 1
            found.append(doc[tok.i : end])
            taken |= set(range(tok.i, end))
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and doc[j].i not in taken:
            j += 1
        if j - i >= 2 and (doc[j - 1].tag_ == "NNPS" or doc[j - 1].lower_ in BODY_NAME_WORDS):
            found.append(doc[i:j])
        i = max(j, i + 1)
    return sorted(found, key=lambda e: e.start)


def _mended(ent: Span) -> Span:
    """A body's name the tagger cut after a joining word ("the Wynmark Department of Fish and" for "… of
    Fish and Wildlife"), run on through the capitalised words that follow."""
    doc, end = ent.doc, ent.end
    if ent[-1].lower_ not in ("and", "&", "of", "for"):
        return ent
    while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
    return doc[ent.start : end] if end > ent.end else ent


def short_names_of_bodies(doc: Doc, bodies: list[Span]) -> dict[str, str]:
    """First words of bodies' names that the article never uses in a person's name, each with the one
    body's full name it stands for (itself where two bodies share it): "Wrenfield" for Wrenfield
    Elementary, which the tagger calls a person wherever it stands alone ("pupils who attended
    Wrenfield"), so that "he" cannot find it; "Aldercroft would say only …" is Aldercroft Energy's."""
    # not a word for people ("Students for Affordable Education": "Students said" are students)
    firsts: dict[str, set[str]] = {}
    for b in bodies:
        if (
            len(b) >= 2
            and b[0].is_title
            and b[0].lower_ not in ANONYMOUS_HEADS | VAGUE_HEADS
            and not b[0].lower_.endswith(PEOPLE_ENDINGS)
        ):
            # not "Castlepoint’s Lyra Bet", a body of Castlepoint's: the word may name the owner itself
            owned = b[1].tag_ == "POS"
            firsts.setdefault(b[0].text, set()).add(b[0].text if owned else clean(b.text))
    in_names = {
        t.text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 and not names_a_body(e) for t in e
    }
    return {
        first: next(iter(full)) if len(full) == 1 else first
        for first, full in firsts.items()
        if first not in in_names
    }


def described_as_bodies(doc: Doc) -> dict[str, tuple[int, str, str]]:
    """Names set in apposition with a description of a body ("Nimbra, the consumer electronics start-up,",
    "Qubit Insight, a research firm"): name → (offset, the body word, name).

    Why: the small tagger calls a company's other mentions a person now and then ("Nimbra was betting"),
    and then "she" finds the company. A name the article itself calls a company is one everywhere."""
    found: dict[str, tuple[int, str, str]] = {}
    for tok in doc:
        if tok.dep_ != "appos" or tok.head.pos_ != "PROPN" or not tok.head.text[:1].isupper():
            continue
        name_tok = tok.head
        left = name_tok
        while left.i > 0 and doc[left.i - 1].dep_ == "compound" and doc[left.i - 1].head.i == name_tok.i:
            left = doc[left.i - 1]
        if any(t.ent_type_ == "PERSON" and t.lower_ in GIVEN_NAMES for t in doc[left.i : name_tok.i + 1]):
            continue  # "Carla Mendes, an analyst at a firm": a person
        if followed_by_age(doc, name_tok.i + 1):
            continue  # "Rokeya Begum, 27, a sewing operator at …": a body has no age
        # the description's head decides: "a research firm" is a body, "the association's chairwoman" and
        # "a former bank manager" are people
        words = {tok.lower_, "".join(t.text for t in doc[tok.i - 2 : tok.i + 1]).lower()}  # "start-up"
        body = next((w for w in sorted(words) if w in _BODY_WORDS), None)
        if body is not None:
            name = clean(doc[left.i : name_tok.i + 1].text)
            found.setdefault(name, (left.idx, body, name))
    return found


#: Given names that also open names of places or bodies ("Virginia Tech", "Al Qaeda"): no sign of a person.
NOT_GIVEN = frozenset(
    ["al", "virginia", "georgia", "carolina", "florence", "victoria", "charlotte", "austin", "houston", "jackson",
     "madison", "lincoln", "washington", "orlando", "phoenix", "savannah", "dallas", "denver", "cleveland",
     "sydney", "india", "israel", "jordan", "kent", "york", "chelsea", "camden", "hamilton", "sherman",
     # names of either sex that are also a month, a word or a place: "Jan 14", "Christian Democrats"
     "jan", "angel", "christian", "guadalupe", "marion", "kerry", "shannon"]
)  # fmt: skip


def is_given_name(tok: Token) -> bool:
    """A word on the given-name lists that is not also a common place name ("Florence", "Jordan")."""
    return tok.lower_ in GIVEN_NAMES and tok.lower_ not in NOT_GIVEN


#: Letters after a name that only a person carries: counsel's rank, a seat in a parliament.
_PERSONAL_LETTERS = frozenset({"SC", "KC", "QC", "MP", "TD", "MSP", "MEP", "MLA"})


def titled_names(doc: Doc) -> list[Span]:
    """Names the tagger missed after a title: 'Mayor Ines Calloway', 'Councilman Rudy Feld', 'union leader
    Grace Obi' (a lower-case title only before a known given name); and a known given name with a surname
    that it called an organisation ('Dominic Hale').

    Why: the small NER model drops or mislabels plenty of person names (it calls a surname an
    organisation now and then), and then "she" and the later "Calloway" cannot find the person. Only a
    run of two or three capitalised proper nouns counts, outside any organisation or place the title
    belongs to and without a word that ends a body's name, so "Justice Department" and "General Motors"
    stay organisations.
    """
    found: list[Span] = []
    for ent in doc.ents:
        # "Aisha Rahman thanked Dominic Hale …" with "Dominic Hale" tagged an organisation: a given name
        # and one more capitalised word is a person's name, unless a word of it names a body or place
        if (
            ent.label_ == "ORG"
            and len(ent) == 2
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)
            and ent[0].lower_ in GIVEN_NAMES
            and ent[0].lower_ not in NOT_GIVEN
            and ent[1].lower_ not in BODY_NAME_WORDS
            and (ent.start == 0 or doc[ent.start - 1].lower_ not in TITLE_WORDS)
        ):
            found.append(ent)
        # "Meena, from Ashmere town centre, said" with "Meena" tagged a place or a body: a caller's or a
        # vox pop's given name, where they are from or their age after it
        if (
            ent.label_ in ("ORG", "GPE")
            and len(ent) == 1
            and is_given_name(ent[0])
            and ent.end + 1 < len(doc)
            and doc[ent.end].text == ","
            and (doc[ent.end + 1].lower_ in ("from", "of") or followed_by_age(doc, ent.end))
        ):
            found.append(ent)
        # "Úna Kearns SC" tagged an organisation: a given name and a surname before a letters-after-the-name
        # that only people carry (a senior counsel, a member of parliament)
        if (
            ent.label_ == "ORG"
            and len(ent) == 3
            and ent[-1].text in _PERSONAL_LETTERS
            and is_given_name(ent[0])
            and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in BODY_NAME_WORDS for t in ent[:-1])
        ):
            found.append(ent[:-1])
    for tok in doc:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        # "Ms P Ndlovu (PCP)": an initial with no full stop, which the tagger takes for a noun
        initial = (
            nxt is not None
            and len(nxt.text) == 1
            and nxt.is_upper
            and nxt.i + 1 < len(doc)
            and doc[nxt.i + 1].pos_ == "PROPN"
            and doc[nxt.i + 1].is_title
        )
        if (
            tok.lower_ in HONORIFICS
            and nxt is not None
            and (nxt.pos_ == "PROPN" or initial)
            and nxt.text[:1].isupper()
            and nxt.ent_type_ != "PERSON"
        ):
            # "a spokesman for Mr Obi" with "Mr Obi" tagged an organisation: an honorific names a person
            end = past_hyphen(doc, nxt.i + 1)
            while (
                end < len(doc)
                and end - nxt.i < 3
                and doc[end].pos_ == "PROPN"
                and doc[end].text[:1].isupper()
            ):
                end = past_hyphen(doc, end + 1)
            found.append(doc[nxt.i : end])
            continue
        # a title the tagger took into an organisation's or a building's name with the person's ("Cllr
        # Declan Moriarty-Hayes (Independent" tagged ORG, "Warden Gloria Pettaway" a FAC) still heads a name
        # … or after the article the tagger took in too ("The Rev Philip Cain" tagged ORG)
        opens = tok.ent_iob_ == "B" or (
            tok.i > 0 and doc[tok.i - 1].ent_iob_ == "B" and doc[tok.i - 1].lower_ == "the"
        )
        opens_org = opens and tok.ent_type_ in ("ORG", "FAC", "LOC", "GPE") and tok.is_title
        if tok.lower_ not in TITLE_WORDS or (tok.ent_type_ not in ("", "PERSON") and not opens_org):
            continue
        # a lower-case title ("union leader Grace Obi") counts only before a known given name, which
        # the tagger may have called an organisation
        capital = tok.text[:1].isupper()
        end = tok.i + 1
        while (
            end < len(doc)
            and end - tok.i <= 3
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and doc[end].lower_ not in TITLE_WORDS
        ):
            end = past_hyphen(doc, end + 1)
        run = doc[tok.i + 1 : end]
        given = len(run) >= 2 and run[0].lower_ in GIVEN_NAMES
        # "local councillor Bethan Rowe" tagged an organisation: a name of two capitalised words
        pair = len(run) == 2 and all(t.is_title for t in run) and any(t.ent_type_ == "ORG" for t in run)
        if (
            len(run) >= 2
            and (capital or given or pair)
            # a person the tagger cut short stays a name: "Cllr Harriet" with "Munday" tagged a date
            and not all(t.ent_type_ == "PERSON" for t in run)
            and not (run[-1].ent_type_ == "PERSON" and run[-1].ent_iob_ == "I")
            and not any(t.lower_ in BODY_NAME_WORDS for t in run)
        ):
            found.append(run)
    return found


def past_hyphen(doc: Doc, end: int) -> int:
    """``end``, or past the second half of a hyphenated name glued on there ("Moriarty-Hayes", which the
    tokenizer cuts in three)."""
    return end + 2 if glued_hyphen(doc, end) and doc[end + 1].is_title else end


def name_owners(full_names: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Who a bare surname and a bare given name stand for: of the full names (in article order) that
    carry it, the first named, unless another is named more than twice as often.

    Why: in a family story "Furey" is the ferryman introduced first, not the daughter named last, and
    "Cruz" is Ted Cruz, named throughout, not Heidi Cruz named once; a relative named in full each time
    to set them apart ("Bill Clinton", three times) leaves the bare name to the one the story is about
    ("Hillary Clinton", named in the lede); counting still outvotes the tagger's odd full name ("Obama
    Says" from a headline) by the real one."""
    counts = Counter(full_names)
    owners: tuple[dict[str, str], dict[str, str]] = ({}, {})
    for name in full_names:
        parts = name.split()
        for owner, key in zip(owners, (parts[-1].lower(), parts[0].lower()), strict=True):
            if key not in owner or counts[name] > 2 * counts[owner[key]]:
                owner[key] = name
    return owners


#: Things with titles that the tagger takes for people ("Her follow-up, Low Tide Hymns, is out").
_WORKS = frozenset(
    {"album", "record", "debut", "follow-up", "up", "single", "song", "book", "novel", "memoir", "film",
     "movie", "documentary", "series", "show", "play", "musical", "podcast", "painting", "exhibition"}
)  # fmt: skip


#: Nouns that describe a person, so a name set beside them is a person's ("Her sister, Jo Quillon").
#: Heads of a description after a name that only a person has ("…, the Liberal member for Ashgrove").
_PERSON_DESCRIPTIONS = frozenset(
    {"member", "councillor", "resident", "farmer", "owner", "founder", "author", "pensioner", "student",
     "activist", "campaigner", "veteran", "widow", "widower", "mp", "mep", "senator", "lawmaker"}
)  # fmt: skip


def is_occupation(word: Token) -> bool:
    """A singular common noun for what a person does ("engineer", "consultant"), not a body ("council",
    "publisher"): a name set beside it is a person's."""
    lower = word.lower_
    return (
        word.tag_ == "NN"
        and (lower.endswith(OCCUPATION_ENDINGS) or lower in OCCUPATION_WORDS)
        and lower not in ORGANISATION_HEADS | BODY_NAME_WORDS | FIRM_WORDS
    )


_PERSON_APPOSITIONS = frozenset(
    {"sister", "brother", "mother", "father", "son", "daughter", "wife", "husband", "partner", "manager",
     "agent", "friend", "colleague", "neighbour", "spokesman", "spokeswoman", "spokesperson", "aide",
     "adviser", "lawyer", "producer", "coach", "teacher", "doctor", "nurse", "director", "co-director"}
)  # fmt: skip


def names_a_work(ent: Span) -> bool:
    """A "person" set in apposition to an album, book or film is that work's title; a lone document noun
    after "the" is a document ("Ms Corlett said the Bill gave …", with "Bill" tagged a person)."""
    root = ent.root
    if len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
        return root.lower_ in DOCUMENT_NOUNS
    return root.dep_ == "appos" and root.head.lower_ in _WORKS


#: Verbs of putting words on a platform: "posted on Picha", "shared a video on Loop".
_POSTING_VERBS = frozenset({"post", "share", "upload", "publish", "write", "tweet", "announce", "stream"})


def names_a_platform(ent: Span) -> bool:
    """A "person" that is where words were put: "In a post on Picha", "wrote on Threadline that". The small
    tagger calls an invented platform's name a person, and "the singer" must not become "Picha"."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("on", "via"):
        return False
    host = root.head.head
    return host.lemma_.lower() in MEDIA_NOUNS | _POSTING_VERBS


#: The words before a name its bearer gave in part: "who gave only his surname, Kwok,". ``NAME_GIVEN``
#: ends a text there (tested on the words before a mention); ``_GIVES_NAME`` finds them anywhere.
_GAVE_NAME = r"\bgave (?:only )?(?:his|her|their) (?:sur|first |last |given )?names?(?: only)?(?:,| as) *"
NAME_GIVEN = re.compile(_GAVE_NAME + "$", re.IGNORECASE)
_GIVES_NAME = re.compile(_GAVE_NAME, re.IGNORECASE)


def names_by_their_parts(doc: Doc) -> list[Span]:
    """Two- or three-word names the tagger called a place or body ("Declan Furey" as a GPE) whose surname,
    or whose given name, it calls a person on its own elsewhere in the article ("Furey says …").

    Why: the small NER model labels unfamiliar names inconsistently; a person's name is a person's
    wherever it stands, and "he" must find the ferryman introduced in the first sentence."""
    alone = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    # capitalised words standing alone, outside any name the tagger found: "Dikko being pushed"
    bare = {t.text for t in doc if t.pos_ == "PROPN" and t.is_title and not t.ent_type_}
    found = []
    for ent in doc.ents:
        # a hyphen inside a surname is no word of its own ("Aisha Mbeki-Laurent", which the tagger calls a
        # building)
        words = [t for t in ent if not (t.text in ("-", "–") and glued_hyphen(doc, t.i))]
        if ent.label_ not in ("GPE", "ORG", "LOC", "FAC", "NORP", "WORK_OF_ART") or not 2 <= len(words) <= 3:
            continue
        if not all(t.is_title and t.is_alpha for t in words) or names_a_body(ent):
            continue
        given = is_given_name(ent[0])
        if _described_as_a_person(doc, ent.end) or (
            all(t.pos_ == "PROPN" for t in ent)
            and (
                ent[-1].text in alone
                or (ent[0].text in alone and given)
                # "the assistant referee, Yusuf Garba Dikko" (a work of art to the tagger) … "Dikko said"
                or (given and ent.label_ != "GPE" and ent[-1].text in bare)
            )
        ):
            found.append(ent)
    # "Secretary for Works Edmund Cheung Kwok-fai said": an office's portfolio the tagger ran on into the
    # holder's name as one body; the name is from its given name on
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ not in ("for", "of"):
            continue
        if doc[ent.start - 2].lower_ not in TITLE_WORDS or not doc[ent.start - 2].is_title:
            continue
        given = next((t.i for t in ent[1:] if is_given_name(t)), None)
        words = [t for t in doc[given : ent.end] if t.text != "-"] if given is not None else []
        # (a Cantonese given name after the surname is hyphenated, its second syllable lower case: "Kwok-fai")
        if 2 <= len(words) <= 4 and all(t.is_title or glued_hyphen(doc, t.i - 1) for t in words):
            found.append(doc[given : ent.end])
    # "a scaffolder … who gave only his surname, Kwok, said": the name its bearer gave, a person's
    for match in _GIVES_NAME.finditer(doc.text):
        at = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        tok = at[0] if at is not None else None
        if tok is not None and tok.idx == match.end() and tok.pos_ == "PROPN" and tok.is_title:
            found.append(doc[tok.i : past_hyphen(doc, tok.i + 1)])
    # "Derrick Okafor, president of Library Workers Local 318, said": a given name and a surname the tagger
    # left untagged, described as only a person is
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.is_title or tok.ent_type_ or not is_given_name(tok):
            continue
        if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].is_title:
            continue  # inside a longer name
        end = tok.i + 1
        while end < len(doc) and end - tok.i < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        run = doc[tok.i : end]
        if (
            len(run) >= 2
            and not any(t.ent_type_ for t in run)
            and not names_a_body(run)
            and _described_as_a_person(doc, end)
        ):
            found.append(run)
    # "Paola, a former server who asked to be identified only by her first name, said": a lone name, the
    # subject of what it does, described as only a person is
    found += [
        doc[t.i : t.i + 1]
        for t in doc
        if t.pos_ == "PROPN"
        and t.is_title
        and t.dep_ in ("nsubj", "nsubjpass")
        and t.ent_type_ != "PERSON"
        # one word alone, not the last of a longer or hyphenated name ("Comfort Adjei-Mensah")
        and (t.i == 0 or not (doc[t.i - 1].is_title or doc[t.i - 1].text in ("-", "–", "'", "’")))
        and _described_as_a_person(doc, t.i + 1)
    ]
    for tok in doc:
        # "Her sister, Jo Quillon,": a name beside a description only a person has; "the chairman of the
        # Slievenaree Landscape Protection Group, Colm Fitzmaurice," which the parser hangs on the body's
        # name (a named body has its name already: the second name is the chairman's)
        anchor = tok.head
        if (
            anchor.dep_ == "pobj"
            and anchor.ent_type_ == "ORG"
            and anchor.head.lower_ == "of"
            and anchor.head.head.lower_ in TITLE_WORDS
        ):
            anchor = anchor.head.head
        if (
            tok.dep_ == "appos"
            and (anchor.lower_ in _PERSON_APPOSITIONS | TITLE_WORDS or is_occupation(anchor))
            and tok.pos_ == "PROPN"
            and tok.ent_type_ != "PERSON"
            and 1 <= tok.i - tok.left_edge.i <= 2
            and all(t.pos_ == "PROPN" and t.is_title for t in doc[tok.left_edge.i : tok.i + 1])
        ):
            found.append(doc[tok.left_edge.i : tok.i + 1])
    # "Government statistician Mere Paewai said": capitalised words after an occupation, whatever the
    # tagger made of them (it read "Paewai" as a body and "Mere" as a word)
    for tok in doc[:-2]:
        if not is_occupation(tok) or tok.dep_ != "compound":
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end = past_hyphen(doc, end + 1)  # "nurse Sandra Okafor-Bell": the double-barrelled surname whole
        name = doc[tok.i + 1 : end]
        if (
            2 <= sum(t.text != "-" for t in name) <= 3
            and not any(t.ent_type_ == "PERSON" for t in name)
            and not names_a_body(name)
            and name[-1].lower_ not in BODY_NAME_WORDS
        ):
            found.append(name)
    # "Máire Ní Bhriain (67) sued …": capitalised words the tagger left untagged, given an age
    for tok in doc:
        if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.is_title and followed_by_age(doc, tok.i + 1):
            start = tok.i
            while (
                start > 0
                and tok.i - start < 3
                and not doc[start - 1].ent_type_
                and doc[start - 1].pos_ == "PROPN"
                and (doc[start - 1].is_title or doc[start - 1].lower_ in SURNAME_PARTICLES)
            ):
                start -= 1
            if start < tok.i and not names_a_body(doc[start : tok.i + 1]):
                found.append(doc[start : tok.i + 1])
    # "Renata Solis, whose son …, said": a given name and a surname the tagger left untagged
    i = 0
    while i < len(doc):
        tok = doc[i]
        run = doc[i : i + 2]
        if (
            tok.ent_type_ == ""
            and is_given_name(tok)
            and len(run) == 2
            and all(t.pos_ == "PROPN" and t.is_title and t.ent_type_ == "" for t in run)
            and run[-1].lower_ not in BODY_NAME_WORDS
            and (i + 2 >= len(doc) or not (doc[i + 2].pos_ == "PROPN" and doc[i + 2].is_title))
        ):
            found.append(run)
            i += 2
            continue
        i += 1
    return found


#: Verbs and words that give a poster's handle: "posting as X", "going by X", "an account called @X".
_HANDLE_CUES = frozenset(
    {"posting", "posts", "writing", "commenting", "tweeting", "going", "called", "named"}
)
#: What may stand between "under" and the handle: "posts under the handle @vantage_max".
_HANDLE_WORDS = frozenset({"handle", "name", "username", "pseudonym"})


def find_handles(doc: Doc) -> list[tuple[int, Span]]:
    """Online handles, each with the token where the words naming it start ("a user posting as
    RunnerGrl88", "One, posting as nightbus_kate,", "an account called @TruthWardenEM", "who posts under
    the handle @vantage_max"). A handle is one word with no space after 'as'/'by'/'under' (and "the
    handle") or 'called'; it must look like one (an @, a digit, an underscore) unless a posting verb
    introduces it."""
    found = []
    for tok in doc:
        if tok.lower_ not in _HANDLE_CUES or tok.i + 2 >= len(doc):
            continue
        at = tok.i + 1
        if tok.lower_ not in ("called", "named"):
            if doc[at].lower_ not in ("as", "by", "under"):
                continue
            at += 1
            if doc[at].lower_ == "the" and at + 2 < len(doc) and doc[at + 1].lower_ in _HANDLE_WORDS:
                at += 2
        end = at
        while end + 1 < len(doc) and not doc[end].whitespace_ and not doc[end + 1].is_punct:
            end += 1
        handle = doc[at : end + 1]
        word = handle.text
        if tok.lower_ in ("called", "named"):
            ok = word.startswith("@")  # "an account called @TruthWardenEM", not "called the senator"
        else:  # "posting as RunnerGrl88", "going by nightbus_kate", not "writing as a mother"
            ok = (
                word.startswith("@")
                or any(c.isdigit() or c == "_" for c in word)
                or (
                    len(handle) == 1
                    and handle[0].pos_ in ("PROPN", "NOUN", "NUM", "X")
                    and not handle[0].is_stop
                )
            )
        if word and " " not in word and ok:
            start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text == "," else tok.i
            if tok.i > 1 and doc[tok.i - 1].lower_ == "who" and doc[tok.i - 2].text == ",":
                start = tok.i - 2  # "Lendara's founder, who posts under the handle @vantage_max,"
            found.append((start, handle))
    return found


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{1,3}")
_INTRODUCERS = frozenset({"acl", "relcl", "advcl"})


def initials_only(doc: Doc) -> list[tuple[int, Span]]:
    """Sources the article names by initials alone ("A doctor …, identified here only by her initial, M.,
    said", or an ombudsman's "Mrs C"), each with the token where the words naming them start (the comma
    before the aside): every mention of those initials is that person, whom the reader still cannot
    identify."""
    found = []
    for tok in doc:
        if tok.lower_ not in ("initial", "initials") or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
            continue
        letters = doc[tok.i + 2]
        if not _INITIALS.fullmatch(letters.text) or tok.head.lower_ != "by":
            continue
        verb = tok.head.head
        while verb.dep_ not in _INTRODUCERS and verb.head.i != verb.i and verb.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "who asked to be identified only by …": from the relative clause on
        start = verb.left_edge.i
        start = start - 1 if start > 0 and doc[start - 1].text == "," else start
        found.append((start, doc[letters.i : letters.i + 1]))
    # "Mrs C told the Ombudsman …": an ombudsman's or a court's letter for someone it does not name
    for tok in doc[:-1]:
        letter = doc[tok.i + 1]
        after = doc[letter.i + 1] if letter.i + 1 < len(doc) else None
        if (
            tok.lower_ in HONORIFICS
            and tok.is_title
            and len(letter.text) == 1
            and letter.is_upper
            and not (after is not None and after.is_title and after.pos_ == "PROPN")  # not "Ms P Ndlovu"
        ):
            found.append((tok.i, doc[tok.i : letter.i + 1]))
    return found


def names_with_pronouns(doc: Doc) -> list[Span]:
    """'Niamh Corcoran-Lees has one rule in her kitchen, and she repeats it': a capitalised name the tagger
    missed or called a body, which is a sentence's subject and which 'her' or 'she' takes up later in the
    same sentence before any other name — only a person is a 'she' — or that a "who" or "whose son"
    clause follows."""
    found = []
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            j = i
            while j < sent.end and (
                (doc[j].pos_ == "PROPN" and doc[j].is_title) or (glued_hyphen(doc, j) and doc[j + 1].is_title)
            ):
                j += 1
            run = doc[i:j]
            if (
                2 <= len(run) <= 5
                and run[-1].dep_ == "nsubj"
                and not any(t.ent_type_ in ("PERSON", "GPE", "NORP", "LOC") for t in run)
                and not names_a_body(run)
                and not any(t.lower_ in BODY_NAME_WORDS for t in run)
            ):
                later = doc[j : sent.end]
                verb = run[-1].head
                # 'her' of something of theirs, or 'she' doing the next thing: not "…, he said," aside
                pronoun = next(
                    (
                        t
                        for t in later
                        if (t.lower_ in ("her", "his") and t.dep_ == "poss")
                        or (t.lower_ in ("she", "he") and t.head.dep_ == "conj" and t.head.head.i == verb.i)
                    ),
                    None,
                )
                other = next((t for t in later if t.pos_ == "PROPN" or t.ent_type_ == "PERSON"), None)
                # "Fjolla Rexhepi, whose son is in the second grade, said": only a person has a son;
                # "Siân Prothero, who runs the Pantry cafe, said": only a person is a "who"
                kin = doc[j : j + 3]
                whose = (
                    len(kin) == 3
                    and kin[0].text == ","
                    and (kin[1].lower_ == "who" or (kin[1].lower_ == "whose" and kin[2].lower_ in _KIN))
                )
                if whose or (pronoun is not None and (other is None or other.i > pronoun.i)):
                    found.append(run)
            i = max(j, i + 1)
    return found


#: Family a person has ("…, whose son …").
_KIN = frozenset(
    {"son", "sons", "daughter", "daughters", "child", "children", "husband", "wife", "mother", "father",
     "brother", "sister", "grandson", "granddaughter", "grandchildren", "parents", "partner"}
)  # fmt: skip


def followed_by_age(doc: Doc, end: int) -> bool:
    """'Smith, 45, said' / 'said Anita Dhaliwal, 44.' / 'Máire Ní Bhriain (67), of Church View': an age set
    off by commas or brackets right after the name ending at token ``end`` (only people are given one)."""
    after = doc[end : end + 3]
    if len(after) < 3 or not after[1].like_num:
        return False
    # ', 45,' or a sentence's end ('said Anita Dhaliwal, 44.'), or '(67)'
    return (after[0].text, after[2].text) in ((",", ","), (",", "."), ("(", ")"))


def _described_as_a_person(doc: Doc, end: int) -> bool:
    """'Colm Brierly, who farms …' / 'Colm Brierly, 54,' / 'Colm Brierly, the Liberal member for Ashgrove':
    what follows a name at token ``end`` that only a person has: a relative 'who', an age, or a title or
    personal description set off by a comma."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    nxt = doc[end + 1]
    if nxt.lower_ == "who":
        name = doc[end - 1]
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        # not a place the people stand in: "Democrats on Capitol Hill, who …"
        return not (name.dep_ == "pobj" and name.head.lower_ in ("on", "in", "at", "near", "from", "across"))
    if followed_by_age(doc, end):
        return True
    if nxt.lower_ in TITLE_WORDS and end + 2 < len(doc) and doc[end + 2].lower_ in ("of", "at", "for"):
        return True  # "Derrick Okafor, president of Library Workers Local 318,"
    if nxt.lower_ not in ("the", "a", "an", "its", "his", "her", "their"):
        return False
    for tok in doc[end + 2 : end + 6]:
        if tok.pos_ not in ("ADJ", "PROPN", "NOUN"):
            return False
        if tok.pos_ == "NOUN":
            people = TITLE_WORDS | _PERSON_APPOSITIONS | _PERSON_DESCRIPTIONS
            return tok.lemma_.lower() in people or is_occupation(tok)  # "a former server"
    return False


def with_given_name(ent: Span) -> Span:
    """'Curtis Delacroix-Hale' when the tagger's person is 'Delacroix-Hale': a given name right before a
    person's name, untagged, is part of it."""
    doc = ent.doc
    if ent.start == 0 or len(ent) > 3:
        return ent
    if ent.start >= 2 and doc[ent.start - 1].lower_ in SURNAME_PARTICLES and not doc[ent.start - 1].is_title:
        # "Carys ab [Owen]": a given name and a particle before the surname the tagger kept
        given = doc[ent.start - 2]
        return doc[ent.start - 2 : ent.end] if given.is_title and given.pos_ == "PROPN" else ent
    before = doc[ent.start - 1]
    if before.ent_type_ or not before.is_title or before.pos_ != "PROPN" or before.lower_ not in GIVEN_NAMES:
        return ent
    return doc[ent.start - 1 : ent.end]


def with_surname(ent: Span) -> Span:
    """'Marc-André Dufresne' when the tagger's person is 'Marc-André' and 'Dufresne' its own organisation: a
    given name alone, followed at once by a capitalised proper noun that names no body, takes it in."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if (
        after is None
        or ent[0].lower_ not in GIVEN_NAMES
        or any(
            t.is_title and t.i > ent.start and t.text[:1].isupper() and doc[t.i - 1].text != "-" for t in ent
        )
        or not ent[-1].whitespace_
        or not (after.is_title and after.pos_ == "PROPN")
        or after.lower_ in BODY_NAME_WORDS | GIVEN_NAMES
        or after.ent_type_ not in ("", "ORG")
        or (after.ent_type_ == "ORG" and after.ent_iob_ == "I")
    ):
        return ent
    return doc[ent.start : ent.end + 1]


def surname_mentions(doc: Doc, full_by_last: dict[str, str], named: list[Span]) -> list[Span]:
    """Later mentions of a known person by surname alone that the tagger did not call a person
    ('Calloway told reporters', tagged as an organisation): a lone proper noun, or a hyphenated one the
    tokenizer cut in three ('Delacroix-Hale'), not part of a longer name.
    Only surnames that one person named in full carries are passed in: "Trump" in an article that names
    Donald and Ivanka Trump is left to the tagger."""
    covered = {t.i for span in named for t in span}
    found = []
    for tok in doc:
        # a surname opening a sentence may be tagged a common noun ("Dikko, who is recovering …")
        proper = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title)
        if not proper or tok.i in covered or (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):
            continue
        end = tok.i + 1
        while glued_hyphen(doc, end) and doc[end + 1].is_title:
            end += 2
        if doc[tok.i : end].text.lower() in full_by_last and (end == len(doc) or doc[end].pos_ != "PROPN"):
            found.append(doc[tok.i : end])
    return found


_TAKEN_UP = {"she": "f", "her": "f", "herself": "f", "he": "m", "his": "m", "him": "m", "himself": "m"}


def _pronoun_taking_up(ent: Span) -> str | None:
    """'Jess Coulter gave birth to her second child': the gender of the first 'she'/'her' or 'he'/'his' after
    a sentence's subject name, before any other name — surer than a census list of names that
    both sexes carry ("Jess", "Kim")."""
    if ent.root.dep_ != "nsubj":
        return None
    # not in the name's own apposition: in "Lorna Buenaventura, his manager of 31 years, said she …" the
    # "his" is the one she manages (a relative clause's "her" is the name's own: "who left her post")
    apposed = {t.i for c in ent.root.children if c.dep_ == "appos" for t in c.subtree}
    for tok in ent.doc[ent.end : ent.sent.end]:
        if tok.i in apposed:
            continue
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" or tok.text in QUOTE_MARK_TOKENS:
            return None
        # (a possessive or a subject: the object of "invited him", "met with her" is someone else)
        objected = tok.lower_ in ("him", "her") and tok.dep_ in _OBJECTS
        if tok.lower_ in _TAKEN_UP and not objected and _in_own_clause(tok, ent.root.head):
            return _TAKEN_UP[tok.lower_]
    return None


_OBJECTS = frozenset({"dobj", "dative", "pobj", "iobj"})


def _in_own_clause(tok: Token, verb: Token) -> bool:
    """The pronoun belongs to the verb's own clause, not to one it reports or a relative clause ("Elizabeth
    Harrow said the driver had checked his mirrors": 'his' is the driver's)."""
    node = tok
    while node.i != verb.i:
        if (
            node.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis")
            or node.head.i == node.i
        ):
            return False
        node = node.head
    return True


def name_gender(ent: Span) -> str | None:
    """'f' or 'm' when an honorific or gendered title stands right before the name or in apposition, else
    when a pronoun takes the name up in its own sentence, or else when the full name opens with a given
    name of one sex."""
    doc = ent.doc
    near = [t.lower_ for t in ent]
    i = ent.start - 1
    markers = FEMALE_MARKERS | MALE_MARKERS | TITLE_WORDS | HONORIFICS
    while i >= 0 and ent.start - i <= 3 and (doc[i].lower_ in markers or doc[i].ent_type_ in ("NORP", "GPE")):
        near.append(doc[i].lower_)  # only the title run glued to this name: not "Mr. Trump and Hillary …"
        i -= 1
    near += [t.lower_ for c in ent.root.children if c.dep_ == "appos" for t in c.subtree]
    if ent.root.dep_ == "appos" and ent.root.head.i < ent.start:
        near.append(ent.root.head.lower_)  # "His wife, Savitri, …"
    if any(w in FEMALE_MARKERS for w in near):
        return "f"
    if any(w in MALE_MARKERS for w in near):
        return "m"
    taken_up = _pronoun_taking_up(ent)
    if taken_up is not None:
        return taken_up
    given = [t.lower_ for t in ent if t.lower_ not in markers]
    if len(given) >= 2 and given[0] in FEMALE_NAMES:  # a first name, not a lone surname ("Rose")
        return "f"
    if len(given) >= 2 and given[0] in MALE_NAMES:
        return "m"
    return None


#: Titles of nobility that name a person with "of" and a place ("the Duchess of Elmshire").
NOBLE_TITLES = frozenset(
    {"duke", "duchess", "earl", "countess", "prince", "princess", "king", "queen", "lord", "lady", "baron",
     "baroness", "marquess", "viscount"}
)  # fmt: skip


def noble_names(doc: Doc) -> list[Span]:
    """'The Duchess of Elmshire': a person known by a title of nobility and a place, whom the tagger does
    not call a person; the article may never give another name."""
    found = []
    for tok in doc[:-2]:
        if not (tok.is_title and tok.lower_ in NOBLE_TITLES and doc[tok.i + 1].lower_ == "of"):
            continue
        end = tok.i + 2
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end > tok.i + 2:
            found.append(doc[tok.i : end])
    return found


def aged_names_of_bodies(doc: Doc) -> list[Span]:
    """'The runner-up, 12-year-old Selorm Dzokoto of Tsibu Methodist JHS, …', which the tagger takes whole
    for an organisation: after an age, the two or three capitalised words before "of" are a person's name
    (the body after "of" is where they come from)."""
    found: list[Span] = []
    for ent in doc.ents:
        of = next((t.i for t in ent if t.lower_ == "of"), None)
        if ent.label_ != "ORG" or of is None or not 2 <= of - ent.start <= 3 or ent.start == 0:
            continue
        name = doc[ent.start : of]
        if all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in BODY_NAME_WORDS for t in name) and (
            "".join(t.text for t in doc[max(0, ent.start - 3) : ent.start]).endswith("year-old")
            or followed_by_age(doc, of)
        ):
            found.append(Span(doc, name.start, name.end, label="PERSON"))
    return found


def glued_initial_names(doc: Doc) -> list[Span]:
    """Names written with an initial glued on ("Governor S.Altantsetseg", "Economist D.Munkhzul"), which
    the small tagger calls an organisation, a noun or nothing: one such word is a person's name."""
    return [
        doc[t.i : t.i + 1] for t in doc if INITIAL_GLUED_NAME.fullmatch(t.text) and t.ent_type_ != "PERSON"
    ]


def nicknamed_name(doc: Doc, at: int) -> Span | None:
    """'Curtis "Bones" Alleyne' from ``at``: a given name, a nickname or player's handle in quote marks and a
    surname, which the tagger tends to leave untagged or cut short (the nickname is dropped from the
    canonical name later, and kept as a short form of it)."""
    if not (doc[at].is_title and doc[at].pos_ == "PROPN") or at + 1 >= len(doc):
        return None
    if doc[at + 1].text not in QUOTE_MARK_TOKENS:
        return None
    close = next((k for k in range(at + 2, min(at + 6, len(doc))) if doc[k].text in QUOTE_MARK_TOKENS), None)
    if close is None or close + 1 >= len(doc) or not doc[close + 1].is_title:
        return None
    end = close + 1
    while end < len(doc) and end - close <= 2 and doc[end].is_title and doc[end].pos_ == "PROPN":
        end = past_hyphen(doc, end + 1)
    return Span(doc, at, end, label="PERSON") if end > close + 1 else None


def nicknamed_names(doc: Doc) -> list[Span]:
    """Every such name in the article ('Mateo "Vanta" Ruiz'), with a nickname of one or two words and no
    date or place in it (not 'Trump "a liar" Monday')."""
    found = []
    for tok in doc[:-3]:
        name = nicknamed_name(doc, tok.i)
        if name is None or any(t.ent_type_ in ("DATE", "TIME", "GPE") for t in name):
            continue
        close = next(k for k in range(2, len(name)) if name[k].text in QUOTE_MARK_TOKENS)
        if 1 <= close - 2 <= 2 and all(t.is_alpha and t.text[:1].isupper() for t in name[2:close]):
            found.append(name)
    return found


#: Quote marks as the tokenizer leaves them, alone.
QUOTE_MARK_TOKENS = frozenset({"'", "‘", "’", '"', "“", "”"})


def stage_names(doc: Doc) -> dict[str, Span]:
    """'Darren Holt, who performs as Vivienne Voltage, …': the name a person goes by → the person's own name
    as the article gives it (however the tagger labels either), so "Voltage said" is Darren Holt."""
    found: dict[str, Span] = {}
    for who in doc[3:-3]:
        if who.lower_ != "who" or doc[who.i - 1].text != ",":
            continue
        start = who.i - 1
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        if not 2 <= who.i - 1 - start <= 4:
            continue
        for tok in doc[who.i + 1 : who.i + 8]:
            if tok.lower_ not in ("as", "by") or tok.head.lemma_.lower() not in _GOING_BY:
                continue
            end = tok.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
                end += 1
            if end > tok.i + 1:
                found.setdefault(clean(doc[tok.i + 1 : end].text), doc[start : who.i - 1])
            break
    return found


#: Verbs of going by a name: "who performs as", "who goes by", "who is known as", "who writes as".
_GOING_BY = frozenset(
    {"perform", "go", "know", "write", "record", "rap", "sing", "wrestle", "post", "appear"}
)


def self_named(doc: Doc) -> dict[int, Span]:
    """'A group calling itself NightHarbor', 'A group called Friends of Ashwinton Lido': the name a group
    gives itself or goes by, keyed by its head noun's index."""
    found = {}
    for tok in doc:
        if tok.dep_ != "acl" or tok.lemma_.lower() not in ("call", "name", "style"):
            continue
        itself = any(c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in tok.children)
        # "called X" with no object: the name it goes by, when a body's noun carries it
        called = tok.tag_ == "VBN" and tok.head.lemma_.lower() in ORGANISATION_HEADS
        if not (itself or called):
            continue
        name = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("oprd", "attr", "xcomp") and (c.pos_ == "PROPN" or (c.is_title and not itself))
            ),
            None,
        )
        if name is not None:
            found[tok.head.i] = doc[name.left_edge.i : name.right_edge.i + 1]
    return found


def _for_and_names(doc: Doc) -> list[Span]:
    """'The Department for Heritage and the Arts': a body's name whose remit joins two fields with "and",
    which the tagger and the parser split in two."""
    found: list[Span] = []
    for tok in doc[1:-2]:
        if tok.lower_ != "and" or not doc[tok.i - 1].is_title:
            continue
        right = tok.i + 1 + (doc[tok.i + 1].lower_ == "the")
        if not doc[right].is_title:
            continue
        start = tok.i - 1
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in ("for", "of", "the")):
            start -= 1
        while start < tok.i and doc[start].lower_ == "the":
            start += 1
        words = doc[start : tok.i]
        if not any(w.lower_ in ("for", "of") for w in words) or words[0].lower_ not in BODY_NAME_WORDS:
            continue
        end = right
        while end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ in ("PROPN", "NOUN"):
            end += 1
        found.append(doc[start : end + 1])
    return found
