"""Recognise anonymous and vague sources: "unnamed officials", "a Moscow businessman", "critics".

Why a module of its own: the same test applies to the source of an attribution and to a source mentioned
anywhere else ("citing unnamed officials" relays, "social media reports indicated"), and a reader needs the
*reason* a source counts as anonymous, not just a flag.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from presslens.analyze.lexicon import (
    ANONYMOUS_HEADS,
    ANONYMOUS_MODIFIERS,
    ANONYMOUS_PHRASES,
    BODY_NAME_WORDS,
    BROADCAST_WORDS,
    DATA_NOUNS,
    DOCUMENT_NOUNS,
    FEMALE_MARKERS,
    GIVEN_NAMES,
    HONORIFICS,
    MALE_MARKERS,
    OCCUPATION_ENDINGS,
    ORGANISATION_HEADS,
    OUTLET_COLLECTIVES,
    PEOPLE_ENDINGS,
    PLACE_LAST_WORDS,
    PLACE_NAME_WORDS,
    PUBLIC_OFFICERS,
    PUBLISHING_BODIES,
    PUBLISHING_VERBS,
    REPRESENTATIVE_HEADS,
    TITLE_WORDS,
    UNIVERSAL_PRONOUNS,
    VAGUE_DETERMINERS,
    VAGUE_HEADS,
)
from presslens.analyze.spans import according_to, of_objects

_NAMED_ENTS = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
_INDEFINITE = {"a", "an", "one", "another", "some", "several", "two", "three", "four", "many"}
#: Social-media posts: anonymous when no one is named as their author.
_POSTS = frozenset({"post", "posts", "tweet", "tweets", "comment", "comments"})


@dataclass(frozen=True)
class SourceVerdict:
    """How a source mention names (or fails to name) its speaker."""

    anonymous: bool
    vague: bool
    reason: str
    confidence: float


def _head(span: Span) -> Token:
    return span.root


_HEAD_LINKS = frozenset(["compound", "appos", "conj", "flat", "nmod"])


def _title_read_as_verb(tok: Token, span: Span) -> bool:
    """A capitalised job word opening the phrase that the parser took for a verb (or a noun) with the name
    as its object ("Entomologist Dr. Farhana Qureshi …", "Geologist Dr. Amara Osei …")."""
    return tok.i == span.start == span.root.i and tok.is_title and tok.pos_ in ("VERB", "NOUN")


def _portfolio_glued_to_name(ent: Span, span: Span) -> bool:
    """'Opposition spokesman on national security Dr Ewan Stephenson': the parser makes the name the
    object of "on" with the portfolio's noun compounded onto it; the name closing the phrase, after a
    common noun, is who the description names (not "a spokesman for Senator Lowe", whose title is a name's
    part)."""
    root = ent.root
    return (
        ent.end == span.end
        and root.dep_ == "pobj"
        and root.head.lower_ in ("on", "for", "of")
        and any(c.dep_ == "compound" and c.tag_ == "NN" and c.i < ent.start for c in root.children)
    )


def heading_person(span: Span, names: Iterable[Span] = ()) -> Span | None:
    """The person the phrase is about: a PERSON name at its head ("Senator Mark Lowe", "Clinton campaign
    chairman John Podesta"), or joined to it by compound, apposition or conjunction. A name in a modifier
    does not count: "many of Mensah's opponents" and "sources close to Trump" name no one who speaks.
    ``names`` adds person names the tagger missed ("union head Grace Obi")."""
    inside = [n for n in names if span.start <= n.start and n.end <= span.end]
    people = [e for e in span.ents if e.label_ == "PERSON"] + inside
    # the name at the head first: in "Castleford boss Lucia Ferraz" the tagger's person "Castleford" is
    # a modifier
    for ent in sorted(people, key=lambda e: not e.start <= span.root.i < e.end):
        if names_a_body(ent) or (len(ent) == 1 and ent.root.tag_ in ("NN", "NNS")):
            continue  # a body's name, or a common noun the tagger called a person ("Campaigners said …")
        node = ent.root
        if _portfolio_glued_to_name(ent, span):
            return ent
        for _ in range(4):
            if node.i == span.root.i:
                return ent
            if node.dep_ == "dobj" and _title_read_as_verb(node.head, span):
                return ent  # "Entomologist Dr. Farhana Qureshi of …": the job word read as a verb
            if node.dep_ not in _HEAD_LINKS or node.head.i == node.i:
                break
            if node.dep_ == "compound" and node.i < node.head.i and node.head.pos_ == "NOUN":
                break  # "a former Halvorsen employee", "an Obama aide": the name modifies who speaks
            node = node.head
    return None


#: Plural heads that, made definite ("the researchers"), refer back to a study's named authors.
_STUDY_AUTHORS = frozenset({"researchers", "scientists", "economists", "academics", "historians", "authors"})


def title_cased_name(span: Span) -> bool:
    """'Friends of the Earth', 'Friends of the Lenn': a body's name in title case, not a vague "friends".
    Not "Critics of Trump" (a person named after "of") nor a sentence's capitalised first word before an
    "of" without "the" ("Critics of Labour say …")."""
    words = [t for t in span if t.is_alpha]
    of = next((k for k, t in enumerate(words) if t.lower_ == "of"), None)
    return (
        len(words) >= 3
        and of is not None
        and all(t.text[:1].isupper() for t in words if t.lower_ not in ("of", "the", "and", "for"))
        and not any(e.label_ == "PERSON" for e in span.ents)
        # "of" may close the words ("Ministerial Resolution No. 38 of 2025"): then no "the" follows it
        and (
            not words[0].is_sent_start
            or (of + 1 < len(words) and words[of + 1].lower_ == "the")
            or _one_body(span.root)
        )
    )


def _one_body(root: Token) -> bool:
    """A plural-looking name that is one body: the verb agrees with it in the singular ("Friends of Port
    Carrick Libraries says …"), or a body's description stands beside it ("Friends of Orchard Hill, a
    neighborhood association of about 300 households, sued …")."""
    if not root.lower_.endswith("s"):
        return False  # a singular head ("Ministerial Resolution No. 38 of 2025 states") is no such name
    singular = root.dep_ == "nsubj" and root.head.tag_ == "VBZ"
    described = any(c.dep_ == "appos" and c.lemma_.lower() in ORGANISATION_HEADS for c in root.children)
    return singular or described


#: Nouns before a name that make it a business's ("the property website Homeseek", "the chain Quikmart",
#: "consultancy Brennwerk", "server-monitoring service PingMap").
_NAMED_BUSINESSES = frozenset(
    {"website", "platform", "app", "site", "portal", "chain", "brand", "startup", "consultancy", "service",
     "supplier", "provider", "insurer", "lender", "distributor", "exchange", "label"}
)  # fmt: skip
#: Nouns before a name that make it a business's unless the name opens with a given name: "energy-drink
#: maker Zest Volt", "grid operator Halvard Grid", but "game developer Anna Ruiz" is a person.
_NAMED_MAKERS = frozenset({"maker", "operator", "developer", "producer", "publisher"})


def names_a_body(ent: Span) -> bool:
    """A name the tagger calls a person that names a body: it ends in a word of a body's name ("Halvorsen
    Freight") or stands after a body noun ("shipping group Halvorsen Freight")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if ent[0].lower_ in HONORIFICS:
        return False  # "the chairman of the Owners' Union, Alhaji Musa Danladi": an honorific names a person
    return (
        ent[-1].lower_ in BODY_NAME_WORDS
        # "told Sauti FM", with "Sauti" tagged a person: a station's name
        or (after is not None and after.text in BROADCAST_WORDS)
        # "a property solicitor at Ashdown Pike": where someone by trade works
        or (
            ent.start >= 2
            and ent.doc[ent.start - 1].lower_ == "at"
            and ent.doc[ent.start - 2].tag_ == "NN"
            and ent.doc[ent.start - 2].lower_.endswith(OCCUPATION_ENDINGS)
        )
        or (len(ent) >= 2 and ent[0].text in BROADCAST_WORDS)
        # "the headmistress of St Anne’s": a saint's name in the possessive is a school's or a church's
        or (
            ent[0].lower_ in ("st", "st.")
            and any(t is not None and t.lower_ in ("'s", "’s") for t in (ent[-1], after))
        )
        # "Glen Eira", not "Glen Wardrop": a person's name when a surname follows the given name
        or (ent[0].lower_ in PLACE_NAME_WORDS and not (len(ent) == 2 and ent[0].lower_ in GIVEN_NAMES))
        or (len(ent) >= 2 and ent[-1].lower_ in PLACE_LAST_WORDS)
        or (
            before is not None
            # "Developer Brightmoor Renewables said": the sentence's capitalised first word is a noun too
            and (before.pos_ == "NOUN" or (before.is_sent_start and before.is_title))
            and describes_a_body(before, ent[0])
        )
        # "Radebe's insurer, Khaya Cover, told him": set off after the body noun it names
        or (
            before is not None
            and before.text == ","
            and ent.start >= 2
            and ent.root.dep_ == "appos"
            and ent.root.head.i == ent.start - 2
            and ent[0].lower_ not in GIVEN_NAMES
            and describes_a_body(ent.root.head, ent[0])
        )
    )


def describes_a_body(noun: Token, name: Token) -> bool:
    """A noun right before a name that makes it a body's ("shipping group Halvorsen Freight", "consultancy
    Brennwerk", "grid operator Halvard Grid"), with ``name`` the name's first word: "operator" or
    "developer" before a given name is a person's job."""
    return noun.lemma_.lower() in ORGANISATION_HEADS | _NAMED_BUSINESSES or (
        noun.lower_ in _NAMED_MAKERS and name.lower_ not in GIVEN_NAMES
    )


#: Round counts that number people without naming them ("hundreds of riders", "dozens of residents").
_VAGUE_COUNTS = frozenset({"hundreds", "thousands", "dozens", "scores", "millions"})


def _quantified(span: Span) -> Token | None:
    """'many of his opponents' → 'many'; 'some experts' → 'some'."""
    root = span.root
    if root.lower_ in VAGUE_DETERMINERS or (root.lower_ in _VAGUE_COUNTS and of_objects(root)):
        return root  # "many of his opponents", "Hundreds of moto-taxi riders"
    for child in root.children:
        if child.dep_ in ("det", "amod", "nummod", "quantmod") and child.lower_ in VAGUE_DETERMINERS:
            return child
    return None


#: Heads of a share of a population: "38 per cent", "two-thirds of those asked", "a majority of voters".
_SHARES = frozenset(
    {"cent", "percent", "%", "majority", "minority", "half", "third", "thirds", "quarter", "quarters",
     "fifth", "fifths", "proportion", "share"}
)  # fmt: skip


def _share_of_people(root: Token) -> bool:
    """A share of people as a source: a percentage, or a fraction or majority (of people, or standing
    alone) — not "a share of the market", whose 'of' names a thing."""
    if root.lower_ not in _SHARES and root.ent_type_ != "PERCENT":
        return False
    of = of_objects(root)
    return not of or of[0].pos_ == "PRON" or of[0].tag_ in ("NNS", "NNPS")


def publishing_clause(tok: Token) -> bool:
    """'(figures) published by …', '(a report) released on Monday': a clause of publishing on a noun."""
    return tok.dep_ == "acl" and tok.lemma_.lower() in PUBLISHING_VERBS


#: Verbs of a participle clause that only numbers take ("figures showing …", "figures suggesting …").
_WHAT_DATA_DO = frozenset({"show", "suggest", "indicate", "reveal", "put", "point"})


#: Places whose government publishes numbers ("town figures", "city figures").
_GOVERNED_PLACES = frozenset({"town", "city", "county", "village", "municipal", "state"})


#: What may stand between a body's possessive and its "figures" when they are numbers ("its own figures").
_OWNED_FIGURES = frozenset({"own", "latest", "official", "new", "provisional", "preliminary", "annual"})


#: what "X figures" are when they are people ("senior party figures", "opposition figures")
_PEOPLE_FIGURES = frozenset(
    {
        "party",
        "government",
        "opposition",
        "community",
        "business",
        "industry",
        "church",
        "sport",
        "union",
        "society",
        "media",
        "establishment",
        "public",
        "cult",
        "authority",
        "leadership",
        "movement",
        "faith",
        "father",
        "mother",
        "hate",
        "fan",
        "protest",
        "tribal",
        "clan",
        "army",
        "military",
        "police",
        "court",
    }
)


def _counted_people(span: Span, root: Token) -> bool:
    """'Two players', 'three sellers', 'two fans': a few people counted by what they do, with no name in the
    phrase (not "two Democrats", "the two ministers", "an open letter signed by 112 professors")."""
    return (
        root.tag_ == "NNS"
        and (root.lower_.endswith(PEOPLE_ENDINGS) or root.lower_ in _COUNTED_PEOPLE)
        and any(c.dep_ == "nummod" and _few(c) and c.i < root.i for c in root.children)
        and span[0].lower_ not in ("the", "these", "those", "his", "her", "their", "its")
        and not any(t.ent_type_ in ("PERSON", "ORG", "NORP") and t.i != root.i for t in span)
        and not title_cased_name(span)
    )


_FEW = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"})


def _few(num: Token) -> bool:
    """A count small enough to be people a reporter spoke to, not a letter's 112 signatories."""
    return num.lower_ in _FEW or (num.text.isdigit() and 2 <= int(num.text) <= 12)


#: plural people nouns the occupation endings miss
_COUNTED_PEOPLE = frozenset(
    {"fans", "players", "parents", "women", "men", "people", "pupils", "staff", "nurses"}
)


#: Publishing verbs (of ``PUBLISHING_VERBS``) that put out a paper: "a boundaries order published by the commission".
_ISSUING = frozenset({"publish", "release", "issue", "compile", "produce"})


def _issued_by(noun: Token) -> bool:
    """A thing a body put out, whatever its noun: "a boundaries order published by the Local Government
    Commission", "a timetable issued by the ministry" — not someone sent or produced by another."""
    return (
        noun.pos_ == "NOUN"
        and noun.lower_ not in ANONYMOUS_HEADS | TITLE_WORDS
        and any(
            publishing_clause(c)
            and c.tag_ == "VBN"
            and c.lemma_.lower() in _ISSUING
            and any(g.dep_ == "agent" for g in c.children)
            for c in noun.children
        )
    )


def is_record(noun: Token) -> bool:
    """Data or a document: a data or document noun, or "figures" with a clause of publishing ("figures
    released by …", not "party figures")."""
    lemma = noun.lemma_.lower()
    if lemma in DATA_NOUNS | DOCUMENT_NOUNS or _issued_by(noun):
        return True
    if lemma != "figure" or noun.tag_ != "NNS":
        return False
    # "figures released by …"; "department figures", but not "senior government figures"
    by_body = any(
        c.dep_ == "compound" and c.lower_ in PUBLISHING_BODIES | _GOVERNED_PLACES for c in noun.children
    ) and not any(c.dep_ == "amod" for c in noun.children)
    # "figures showing record completions", "official figures show": what numbers do; people figures
    # do not "show"
    showing = any(c.dep_ == "acl" and c.lemma_.lower() in _WHAT_DATA_DO for c in noun.children) or (
        noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _WHAT_DATA_DO
    )
    # "figures from the county's trade department", "preliminary figures from tracker CountPoint", but not
    # "senior figures from the party"
    from_body = bool(_makers(noun)) and all(
        c.lower_ in _OWNED_FIGURES for c in noun.children if c.dep_ == "amod"
    )
    # "the board's own figures", "the CEB's latest figures": a body's numbers ("the party's senior figures"
    # stay people)
    owned = any(
        c.dep_ == "poss" and (c.lower_ in PUBLISHING_BODIES or c.ent_type_ == "ORG") for c in noun.children
    ) and all(c.lower_ in _OWNED_FIGURES for c in noun.children if c.dep_ == "amod")
    # "according to ZMA figures", "citing PHSA figures": a named body's numbers ("according to party
    # figures" stays people); the tagger may call the initials an adjective
    cited = (according_to(noun) or (noun.dep_ == "dobj" and noun.head.lemma_.lower() == "cite")) and any(
        (c.dep_ == "compound" and c.pos_ == "PROPN") or (c.dep_ == "amod" and c.is_upper and len(c) > 1)
        for c in noun.children
    )
    # "the tour's own figures": only numbers are a body's "own" figures
    owned = owned or (
        any(c.dep_ == "poss" for c in noun.children) and any(c.lower_ == "own" for c in noun.children)
    )
    # "attendance figures", "sales figures": what is counted ("party figures", "opposition figures" are people)
    counted = any(
        c.dep_ == "compound" and c.tag_ == "NN" and c.lower_ not in _PEOPLE_FIGURES for c in noun.children
    )
    return (
        by_body
        or showing
        or from_body
        or owned
        or cited
        or counted
        or any(publishing_clause(c) for c in noun.children)
    )


def _published(noun: Token) -> bool:
    """'figures published by the statistics office', 'a report by the city auditor': data or a document
    whose publisher is given (a verb of publishing, or "by"/"from" and a particular body)."""
    if noun.lemma_.lower() not in DATA_NOUNS | DOCUMENT_NOUNS | {"figure"}:
        return False
    if any(publishing_clause(c) for c in noun.children):
        return True
    return any(g.pos_ == "PROPN" or (_definite(g) and g.lower_ in PUBLISHING_BODIES) for g in _makers(noun))


def _makers(noun: Token) -> list[Token]:
    """Who made a document or data, as written after "by" or "from" ("a report by the officials"), also
    when set off by commas and hung elsewhere by the parser ("The post, from an anonymous account, reads")."""
    found = [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("by", "from")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    doc = noun.doc
    aside = noun.right_edge.i + 1
    if (
        not found
        and aside + 2 < len(doc)
        and doc[aside].text == ","
        and doc[aside + 1].lower_ in ("by", "from")
    ):
        found = [g for g in doc[aside + 1].children if g.dep_ == "pobj"]
    return found


def _definite(noun: Token) -> bool:
    """'the report', 'its report': one particular document, not a vague body of reports."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in noun.children
    )


#: Roles that stay unnamed when referred back to ("the whistleblower said"): no title, no office.
_UNNAMED_BY_ROLE = frozenset(
    {"source", "sources", "official", "officials", "insider", "insiders", "whistleblower",
     "whistleblowers", "informant", "informants", "caller", "callers"}
)  # fmt: skip


#: People a writer meets or travels with ("my companion", "our waiter"), whom no other list holds.
_COMPANIONS = frozenset(
    {"companion", "guest", "waiter", "waitress", "server", "host", "guide", "driver", "friend", "partner",
     "colleague", "interpreter", "fixer", "translator", "sommelier"}
)  # fmt: skip
#: Plural heads of unnamed members of a body that no other list holds ("engineers at the plant"). Its
#: research voices are among them: "analysts at Morgan Stanley wrote in a note" names the bank, not
#: the people who stand behind the note, as "officials at the Pentagon" names no official (the
#: convention of every hand-written key since set 6). The authors of a study the story names ("the
#: researchers") are not strangers: ``_definite`` keeps them out.
_MEMBERS = frozenset(
    {"engineers", "consultants", "investigators", "inspectors", "clinicians", "physicians", "surgeons",
     "technicians", "developers", "auditors", "managers", "staff", "insiders", "analysts", "researchers",
     "scientists", "economists", "strategists", "modelers", "modellers", "academics", "experts"}
)  # fmt: skip


#: What reports are records of, when filed rather than heard: "campaign finance reports show …".
_FILED_REPORTS = frozenset(
    {"finance", "financial", "annual", "audit", "police", "court", "inspection", "expense", "earnings",
     "quarterly", "budget", "incident", "autopsy", "accident", "disclosure", "filing", "spending"}
)  # fmt: skip

#: Words for a body's employees taken together, singular in form: "Council staff said".
_STAFF_WORDS = frozenset({"staff", "personnel", "crew", "workforce"})


#: Endings of nouns for someone by what they do ("supervisor", "neighbour" aside); "-ent" and "-ant"
#: also end bodies and places ("government", "restaurant").
_PERSON_ENDINGS = tuple(e for e in OCCUPATION_ENDINGS if e not in ("ent", "ant"))


def _known_through_writer(root: Token) -> bool:
    """A person the writer knows ("my …"): a role, a companion, kin or a job ("supervisor"), and not
    one the writer has named ("My wife, Donna, says …" … "My wife said")."""
    head = root.lower_
    named = any(
        t.lower_ == head and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children)
        for t in root.doc[: root.i + 1]
    )
    return not named and (
        head in ANONYMOUS_HEADS | _COMPANIONS
        or (head in FEMALE_MARKERS | MALE_MARKERS and head.isalpha())
        or (
            root.tag_ == "NN"
            and head.endswith(_PERSON_ENDINGS)  # not "our government", "our department"
            and root.lemma_.lower() not in DATA_NOUNS | DOCUMENT_NOUNS | ORGANISATION_HEADS | BODY_NAME_WORDS
        )
    )


def _affiliated_stranger(span: Span, root: Token) -> bool:
    """'one senior consultant at St Mary's Hospital', 'a Harvard economist': someone unnamed, placed only
    by the body or place they belong to (which does not speak: the person does)."""
    # "researchers at Hallowmere Security", "two consultants at the hospital": unnamed members, in the plural
    members = (
        (root.tag_ == "NNS" or root.lower_ in _STAFF_WORDS)  # "staff" is plural whatever its tag
        and root.lower_ in ANONYMOUS_HEADS | _MEMBERS | _STAFF_WORDS
        and span[0].lower_ not in ("the", "these", "those", "its", "their", "his", "her", "our")
        and span[0].tag_ != "POS"
    )
    # "the park's veterinary team", "the company's engineers": unnamed members placed by a body's word
    owned = (
        root.lower_ in _MEMBERS | {"team"}
        and span[0].lower_ == "the"
        # a body's word, not an office's ("the minister's team" is the minister's own voice)
        and any(c.dep_ == "poss" and c.pos_ == "NOUN" and c.lower_ not in TITLE_WORDS for c in root.children)
    )
    if owned:
        return True
    if members and any(c.dep_ == "prep" and c.lower_ == "at" for c in root.children):
        return True  # "Staff at four of them told her": unnamed members, wherever they work
    if root.pos_ != "NOUN" or not (span[0].lower_ in _INDEFINITE or members):
        return False
    if root.lemma_.lower() in DATA_NOUNS | DOCUMENT_NOUNS | PUBLISHING_BODIES or is_record(root):
        return False
    affiliated = ("ORG", "GPE", "FAC", "NORP")
    person_head = root.lower_ in ANONYMOUS_HEADS  # "an Obama aide" is someone; "a Clinton ad" is not
    return any(
        (
            c.dep_ == "prep"
            and c.lower_ in ("at", "for", "with", "from", "of", "in", "on")
            # a tagged body or place, or a name ending in a body's word the tagger missed ("Centre")
            and any(
                t.ent_type_ in affiliated or (t.pos_ == "PROPN" and t.lower_ in BODY_NAME_WORDS)
                for t in c.subtree
            )
        )
        # "a former Halvorsen employee", "an Obama aide": the name before the head places them (an
        # adjective to the parser in "Civic strategists")
        or (
            c.dep_ in ("compound", "amod")
            and c.i < root.i
            and any(
                t.ent_type_ in affiliated
                or (t.ent_type_ == "PERSON" and person_head)
                # "Council staff", "hospital staff": the employees of a body its word names
                or (members and root.lower_ in _STAFF_WORDS and t.lower_ in BODY_NAME_WORDS)
                for t in c.subtree
            )
        )
        for c in root.children
    )


#: Endings of English nouns for people by what they do ("lifesavers", "advocates", "physicians").


#: Plurals of bodies that, bare, name none of them.
_UNNAMED_BODIES = frozenset(
    {"group", "organisation", "organization", "association", "charity", "firm", "company", "business",
     "venue", "practice", "retailer", "shop", "store", "bookstore", "bookshop", "council", "school",
     "hospital", "club", "union", "bank", "airline", "agency"}
)  # fmt: skip
#: Plurals of people no ending gives away ("crews at Marsh Lane", "families", "showpeople").
_PEOPLE_PLURALS = frozenset(
    {"crews", "families", "pupils", "nurses", "fans", "patients", "passengers", "commuters", "tenants",
     "landlords", "showpeople", "mothers", "fathers", "women", "men", "youngsters", "pensioners",
     "midwives", "housewives", "hoteliers", "couriers", "cashiers", "enthusiasts", "locals", "fishermen"}
)  # fmt: skip


def _bare_plural_of_people(span: Span, root: Token) -> bool:
    """'lifesavers say', 'consumer advocates have warned': a bare plural of people by what they do,
    which no lexicon can list in full, names no one. Not a body's name ("Democrats", "Friends of the
    Earth"), not people the text has pinned down ("the researchers", "two inspectors", "its members"),
    not documents or data ("statements", "documents"), not members placed at a named body (the
    affiliated-stranger test reads those)."""
    # "environmental groups say", "students' organisations", "smaller firms": bodies no one names, in the
    # plural
    bodies = root.lemma_.lower() in _UNNAMED_BODIES
    people = root.lower_.endswith(PEOPLE_ENDINGS) or root.lower_ in _PEOPLE_PLURALS
    # "Booksellers in Wellhaven say", the sentence's capitalised first word tagged a name
    opening = (
        root.tag_ == "NNP"
        and root.is_sent_start
        and root.i == span.start
        and not root.ent_type_
        and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at", "from", "across", "near") for c in root.children
        )
    )  # … with where they are after it, which no surname has ("Sellers said" stays a name)
    if not ((root.tag_ == "NNS" and root.pos_ == "NOUN") or opening) or not (people or bodies):
        return False
    if root.head.lemma_.lower() == "hear":
        return False  # "Jurors heard how …": an audience relaying evidence, not a source
    # (but "State inspectors said" are people, though an inspector's report is an office's)
    if not bodies and root.lemma_.lower() in DATA_NOUNS | DOCUMENT_NOUNS | (
        PUBLISHING_BODIES - PUBLIC_OFFICERS
    ):
        return False
    if root.lower_ in _POSTS | OUTLET_COLLECTIVES or (root.text[:1].isupper() and not root.is_sent_start):
        return False
    if root.text[:1].isupper() and any(
        t.text == root.text and not t.is_sent_start and t.ent_type_ in ("PERSON", "") for t in root.doc
    ):
        # "Sanders: Clinton needs …" in a headline, with "Bernie Sanders" below: a name the article writes
        # in capitals (not "Smallholders" inside "the National Association of Smallholders")
        return False
    return not (
        title_cased_name(span)
        # a name before the head ("Labour MPs"); one after it only says where they are
        or any(
            e.label_ in ("PERSON", "ORG", "NORP") and e.end <= root.i and not _common_word_opening(e)
            for e in span.ents
        )
        # (what the phrase holds: not "a decision" the parser glued to "dentists" in "in a decision
        # dentists have warned will …")
        or any(_pins_down(c) for c in root.children if span.start <= c.i < span.end)
    )


def _common_word_opening(ent: Span) -> bool:
    """'Muguka traders in Kiriga County have vowed …', with "muguka" written in lower case elsewhere: the
    sentence's capitalised first word, which the tagger took for a name, is a common noun."""
    first = ent[0]
    return len(ent) == 1 and first.is_sent_start and any(t.text == first.lower_ for t in ent.doc)


def _pins_down(child: Token) -> bool:
    """A dependent that makes a plural particular people: an article, a number, an owner ("its
    members"). Not a bare plural owner ("students' organisations"), nor where they are, named or not
    ("shoppers at the Ereko market", "herders in Ikh Shavar soum", "traders at the Polar Store"), nor
    what they were doing ("drivers waiting near the marker", "residents who live by the plant"): a reader
    still cannot tell who spoke."""
    if child.dep_ == "poss":
        bare = child.tag_ == "NNS" and not any(g.dep_ in ("det", "poss", "nummod") for g in child.children)
        return not bare
    return child.dep_ in ("det", "nummod", "predet", "quantmod")


#: Things a clause can be "according to" that are no one, though no document list holds them (they are
#: common words elsewhere: "in motion", "an update on the talks"): "a rationing schedule", "an update".
PLANS_AND_PAPERS = frozenset(
    {"schedule", "timetable", "update", "map", "consensus", "motion", "consultation", "dissent", "agenda"}
)


def _introduced_unnamed(span: Span, root: Token) -> bool:
    """'One diplomat said … "…," the diplomat said': the same role was introduced without a name before
    ("one diplomat", or the writer's own "our waiter"), or as someone's unnamed kin or member ("The family
    of one victim has asked … The family has asked for privacy"); or it is such a phrase itself ("The son
    of another victim … contacted Police")."""
    if root.lower_ in ORGANISATION_HEADS | BODY_NAME_WORDS:
        return False  # "an employment tribunal has ruled … The tribunal found": a body, not an unnamed person
    return through_someone_unnamed(root) or any(
        t.lower_ == root.lower_
        and (
            any(c.lower_ in _INDEFINITE | {"my", "our"} for c in t.children if c.i < t.i)
            or through_someone_unnamed(t)
        )
        for t in span.doc[: span.start]
    )


def _unnamed_people(noun: Token) -> bool:
    """A plural common noun for people with no name in it ("the officers", "his neighbours"), not bodies,
    records or data ("the unions", "the reports")."""
    return (
        noun.tag_ == "NNS"
        and noun.lemma_.lower() not in ORGANISATION_HEADS | DATA_NOUNS | DOCUMENT_NOUNS | PUBLISHING_BODIES
        and not any(t.ent_type_ in _NAMED_ENTS for t in noun.subtree)
    )


def through_someone_unnamed(noun: Token) -> bool:
    """'the son of another victim', 'the head of one charity': known only through someone or something
    the article does not name (so new to the reader, and unnamed)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and o.pos_ == "NOUN"
            and o.left_edge.lower_ in ("a", "an", "another", "one")
            and not any(t.ent_type_ in _NAMED_ENTS for t in o.subtree)
            for o in c.children
        )
        for c in noun.children
    )


def classify_source(span: Span) -> SourceVerdict | None:
    """Return why ``span`` (a source mention) is anonymous or vague, or None when it names someone."""
    if len(span) == 0:
        return None
    lowered = span.text.lower()
    root = _head(span)
    words = {t.lower_ for t in span}
    if words & ANONYMOUS_MODIFIERS:
        marker = next(t.text for t in span if t.lower_ in ANONYMOUS_MODIFIERS)
        return SourceVerdict(True, False, f"source explicitly unnamed ('{marker}')", 0.95)
    phrase = anonymity_phrase(span)
    person = heading_person(span)
    if phrase is not None and person is None:
        return SourceVerdict(True, False, f"unnamed source described only as '{phrase} …'", 0.9)
    if (
        root.lower_ in _POSTS
        and span[0].lower_ in _INDEFINITE
        and not _makers(root)
        and not any(
            c.dep_ == "poss" or (publishing_clause(c) and any(g.dep_ == "agent" for g in c.children))
            for c in root.children
        )
    ):
        # "A post shared more than 40,000 times claims …": whoever wrote it is not named
        return SourceVerdict(True, False, f"a post whose author is not named ('{span.text}')", 0.75)
    if person is not None or _published(root):
        return None
    if is_record(root):
        # "a report by the officials": a document is as anonymous as whoever made it
        for maker in _makers(root):
            verdict = classify_source(span.doc[maker.left_edge.i : maker.right_edge.i + 1])
            if verdict is not None:
                return SourceVerdict(
                    verdict.anonymous, verdict.vague, f"a document by {verdict.reason}", verdict.confidence
                )
        if root.lemma_.lower() == "figure":
            return None  # numbers ("figures showing …"), not the unnamed "senior figures" of a party
    for conj in (c for c in root.children if c.dep_ == "conj" and span.start <= c.i < span.end):
        # "police and local residents": an unnamed party among the sources makes the whole one vague
        verdict = classify_source(span.doc[conj.left_edge.i : conj.right_edge.i + 1])
        if verdict is not None:
            return SourceVerdict(
                verdict.anonymous, verdict.vague, f"includes {verdict.reason}", verdict.confidence
            )
    quantifier = _quantified(span)
    # (a lone "Several" opening a sentence the tagger may call a proper noun)
    if quantifier is not None and (root.pos_ in ("NOUN", "PRON", "ADJ", "DET") or len(span) == 1):
        return SourceVerdict(
            True, True, f"vague collective source ('{quantifier.text} …'): no one is named", 0.85
        )
    head = root.lower_
    if _share_of_people(root):
        # "only 38 per cent said", "almost two-thirds of those aged under 35 said": a poll's respondents
        return SourceVerdict(True, True, f"a share of people ('{span.text}'): no one is named", 0.8)
    if span[0].lower_ == "overheard" and len(span) > 1:
        # "— Overheard at Kilbrogan Mart": a quotes page's line for someone no one named
        return SourceVerdict(True, False, f"unnamed individual ('{span.text}')", 0.75)
    if (len(span) == 1 and head in ("one", "another")) or head in ("someone", "somebody"):
        # '"Unfollow watch has begun," one wrote online', "Someone at the back of the hall shouted":
        # someone no one can look up
        return SourceVerdict(True, False, f"unnamed individual ('{span.text}')", 0.75)
    if head in ("one", "another") and any(_unnamed_people(o) for o in of_objects(root)):
        # "one of the officers had told him", "One of the protesters said": one of a group, unnamed
        return SourceVerdict(True, False, f"unnamed individual ('{span.text}')", 0.75)
    if len(span) == 1 and root.tag_ == "CD" and _few(root):
        # "Other image sleuths say … Two told Errata …": a few of a group just mentioned, none named
        return SourceVerdict(True, True, f"unnamed people, counted ('{span.text}')", 0.75)
    if (
        span[0].lower_ == "other"
        and root.tag_ == "NNS"
        and root.pos_ == "NOUN"
        and root.lemma_.lower() not in DATA_NOUNS | DOCUMENT_NOUNS | PUBLISHING_BODIES
        and not any(e.label_ in ("PERSON", "ORG", "NORP") for e in span.ents)
    ):
        # "Other image sleuths say": more of a kind, none named
        return SourceVerdict(True, True, f"vague collective source ('{span.text}'): no one is named", 0.7)
    if words & UNIVERSAL_PRONOUNS or "no one" in lowered:
        return SourceVerdict(True, True, "sweeping generalisation: no one is named", 0.85)
    if (
        head in VAGUE_HEADS
        # or a plural the tagger took for a name as it opens the sentence ("Neighbours said …")
        # ("Neighbours on Spit Road say …": where they live does not make it a name)
        and (
            root.tag_ in ("NNS", "NN") or (root.is_sent_start and root.i == span.start and head.endswith("s"))
        )
        # a name in the phrase, not the tagger's entity on the common noun at its head ("Campaigners said")
        and not any(t.ent_type_ in _NAMED_ENTS - {"NORP", "GPE"} and t.i != root.i for t in root.subtree)
        and not title_cased_name(span)
        and not (root.tag_ == "NN" and _definite(root))
        and not (root.lower_ in _STUDY_AUTHORS and _definite(root))  # "the researchers" of a study named
        # "campaign finance reports", "police reports": records filed, not hearsay ("media reports")
        and not (head == "reports" and any(c.lower_ in _FILED_REPORTS for c in root.children))
    ):
        return SourceVerdict(True, True, f"vague collective source ('{root.text}'): no one is named", 0.8)
    if _counted_people(span, root):
        # "Two players who competed at the Open said", "three sellers said": people counted, none named
        return SourceVerdict(True, True, f"unnamed people, counted ('{span.text}')", 0.75)
    if span[0].lower_ in ("my", "our") and len(span) <= 3 and _known_through_writer(root):
        # "my companion", "our waiter", "my daughter", "my first supervisor": the writer's, and no one a
        # reader can look up
        return SourceVerdict(True, False, f"unnamed: known only through the writer ('{span.text}')", 0.75)
    if _affiliated_stranger(span, root):
        return SourceVerdict(
            True,
            root.tag_ == "NNS",
            f"unnamed source identified only by where they work ('{span.text}')",
            0.75,
        )
    # a person named in a modifier is not the source: "a representative for Marchbanks"
    if head in ANONYMOUS_HEADS and not any(e.label_ == "PERSON" and e.root.dep_ != "pobj" for e in span.ents):
        first = span[0].lower_
        if first in _INDEFINITE or (root.tag_ == "NNS" and first not in ("the", "these", "those")):
            return SourceVerdict(True, False, f"unnamed source identified only by role ('{span.text}')", 0.8)
        if first in ("the", "that", "this") and head in _UNNAMED_BY_ROLE:
            return SourceVerdict(True, False, f"unnamed source referred back to ('{span.text}')", 0.75)
        if head in REPRESENTATIVE_HEADS and any(c.dep_ == "poss" for c in root.children):
            return SourceVerdict(True, False, f"unnamed representative ('{span.text}')", 0.8)
    if _bare_plural_of_people(span, root):
        return SourceVerdict(True, True, f"vague collective source ('{span.text}'): no one is named", 0.7)
    if (
        span[0].lower_ in ("a", "an", "one", "another")
        and (root.tag_ == "NN" or (root.tag_ == "NNP" and root.lower_ in TITLE_WORDS))  # "a former Speaker"
        and not is_record(root)
        and root.lemma_.lower() not in PLANS_AND_PAPERS
        # a name that only modifies the noun ("one Kaiso Kingdom masquerader", "a Trump voter") names a
        # band or a candidate, not the one who spoke (but "A House panel" is a body of the House)
        # ("a 71-year-old woman from Morant Hill": where she is from, whatever the tagger calls it)
        and not any(
            e.label_ in ("PERSON", "ORG")
            and not (
                e.root.dep_ == "compound"
                and e.root.head.i == root.i
                and root.lemma_.lower() not in ORGANISATION_HEADS | BODY_NAME_WORDS
            )
            and not (
                e.root.dep_ == "pobj"
                and e.root.head.lower_ in ("from", "in")
                and e.root.head.head.i == root.i
            )
            for e in span.ents
        )
    ):
        # "one deckhand", "a passenger", "a nurse at the clinic": someone the reader cannot identify
        return SourceVerdict(
            True, False, f"unnamed source identified only by description ('{span.text}')", 0.7
        )
    if (
        span[0].lower_ in ("the", "that", "this")
        and root.pos_ == "NOUN"
        and root.lemma_.lower() not in DATA_NOUNS | DOCUMENT_NOUNS | PUBLISHING_BODIES
        and _introduced_unnamed(span, root)
    ):
        return SourceVerdict(True, False, f"unnamed source referred back to ('{span.text}')", 0.75)
    return None


def anonymity_phrase(span: Span) -> str | None:
    """The words that keep the source off the record: 'sources familiar with …', or a clause after the
    span ("One councillor, who asked not to be named, said …": the source span stops at the comma), also
    one the parser hung on a noun inside it ("a spokeswoman for the bank, who declined to be named")."""
    lowered = span.text.lower()
    return next((p for p in ANONYMOUS_PHRASES if p in lowered), None) or next(
        (found for t in span for c in t.rights if c.i >= span.end and (found := _anonymity_in(c))), None
    )


def passive_without_agent(cue: Token) -> bool:
    """'it is reported that …', 'X is said to …': a speech verb in the passive with no 'by' agent."""
    if not any(c.dep_ in ("auxpass",) for c in cue.children):
        return False
    return not any(c.dep_ == "agent" for c in cue.children)


def anonymous_mentions(doc: Doc) -> list[tuple[Span, SourceVerdict]]:
    """Anonymous/vague source phrases anywhere in the text, also outside attributions.

    Restricted to noun chunks with an explicit anonymity marker or a reporting noun ("reports"), so that
    ordinary plurals ("residents") are not flagged unless they act as a source (see ``classify_source``).
    """
    found: list[tuple[Span, SourceVerdict]] = []
    for chunk in doc.noun_chunks:
        words = {t.lower_ for t in chunk}
        extended = _extend_with_phrase(chunk)
        has_phrase = any(p in extended.text.lower() for p in ANONYMOUS_PHRASES)
        if not (
            words & ANONYMOUS_MODIFIERS or has_phrase or chunk.root.lower_ in ("reports", "rumours", "rumors")
        ):
            continue
        if chunk.root.lower_ not in ANONYMOUS_HEADS | VAGUE_HEADS:
            continue
        verdict = classify_source(extended)
        if verdict is not None:
            found.append((extended, verdict))
    return found


def _anonymity_in(tok: Token) -> str | None:
    """The anonymity phrase ("who asked not to be named", "familiar with …") in the modifier or clause
    ``tok`` heads, if it is one."""
    if tok.dep_ not in ("amod", "acl", "relcl", "prep"):
        return None
    said = " ".join(t.lower_ for t in tok.subtree)
    return next((p for p in ANONYMOUS_PHRASES if p in said), None)


def _extend_with_phrase(chunk: Span) -> Span:
    """Grow 'sources' to 'sources familiar with the matter' when such a modifier follows."""
    root = chunk.root
    end = chunk.end
    for child in root.rights:
        if _anonymity_in(child):
            end = max(end, child.right_edge.i + 1)
    return chunk.doc[chunk.start : end]
