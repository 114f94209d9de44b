"""Canonical speakers: "Putin" / "he" / "the Russian president" → Vladimir Putin; "the *Times*" → NYT.

Why a light resolver instead of a coreference model: the shipped pipeline is the small spaCy model (no
coreference), and attributions need only a few reliable moves — full names from short names, pronouns to
the last named person, role descriptions learnt from titles and appositions in the same article, and an
outlet alias table. Each move is local and explainable in the rationale.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from presslens.analyze.anonymous import (
    PLANS_AND_PAPERS,
    anonymity_phrase,
    classify_source,
    describes_a_body,
    heading_person,
    is_record,
    names_a_body,
    publishing_clause,
    through_someone_unnamed,
    title_cased_name,
)
from presslens.analyze.lexicon import (
    ANONYMITY_FORMULAS,
    ANONYMOUS_HEADS,
    BODY_ANAPHORS,
    BODY_NAME_WORDS,
    BROADCAST_WORDS,
    DATA_NOUNS,
    DOCUMENT_NOUNS,
    FEMALE_MARKERS,
    GIVEN_NAMES,
    HONORIFICS,
    HONORIFICS_AFTER,
    LEGAL_FORMS,
    MALE_MARKERS,
    MASTHEAD_PERIODS,
    MASTHEAD_WORDS,
    NOT_MASTHEADS,
    OCCUPATION_ENDINGS,
    ORGANISATION_HEADS,
    OUTLET_ANAPHORS,
    OUTLET_COLLECTIVES,
    PEOPLE_ENDINGS,
    PERSON_PRONOUNS,
    PLACE_LAST_WORDS,
    PUBLIC_OFFICERS,
    PUBLISHING_BODIES,
    PUBLISHING_VERBS,
    RELATIVE_PRONOUNS,
    REPRESENTATIVE_HEADS,
    SENDING_VERBS,
    SURNAME_PARTICLES,
    THING_PRONOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    VAGUE_DETERMINERS,
    VAGUE_HEADS,
    cue_verbs,
    expand_title,
    in_dateline,
)
from presslens.analyze.mentions import (
    FIRM_WORDS,
    NAME_GIVEN,
    NOBLE_TITLES,
    QUOTE_MARK_TOKENS,
    aged_names_of_bodies,
    clean,
    described_as_bodies,
    find_handles,
    followed_by_age,
    glued_initial_names,
    initials_of_bodies,
    initials_only,
    is_given_name,
    is_occupation,
    joined_names,
    name_gender,
    name_owners,
    named_bodies,
    names_a_platform,
    names_a_work,
    names_by_their_parts,
    names_with_pronouns,
    nicknamed_name,
    nicknamed_names,
    noble_names,
    past_hyphen,
    self_named,
    short_names_of_bodies,
    spelled_out_initials,
    stage_names,
    surname_mentions,
    titled_names,
    with_given_name,
    with_surname,
)
from presslens.analyze.spans import according_to, ends_line, glued_hyphen, of_objects
from presslens.analyze.subjects import DOER_ENDINGS, in_modifier, source_span
from presslens.outlets import OutletTable

_ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
#: Heads that a named body qualifies without being the speaker: its officers ("the Treasury minister")
#: and its own bodies ("a House panel", "the Senate committee").
_HELD_BY = (
    TITLE_WORDS
    | ORGANISATION_HEADS
    | PUBLISHING_BODIES
    | {"city", "metro", "municipality", "shire", "borough"}
)
_ORG_PREFERENCE = ("ORG", "FAC", "GPE", "NORP")
#: Marks that open a quotation: a sentence starting with one is someone's words, not the writer's.
_QUOTE_OPENERS = "\"“‘'«„"

# Plural heads that denote people or bodies, so a later "they" can stand for them ("the four suspects").
_PLURAL_PEOPLE = (
    ANONYMOUS_HEADS
    | VAGUE_HEADS
    | OUTLET_COLLECTIVES
    | frozenset(
        [
            "suspects", "volunteers", "protesters", "protestors", "lawmakers", "legislators", "voters",
            "police", "authorities", "investigators", "prosecutors", "lawyers", "attorneys", "judges",
            "officers", "troops", "soldiers", "leaders", "ministers", "senators", "governors", "mayors",
            "activists", "scientists", "researchers", "doctors", "nurses", "workers", "students",
            "teachers", "parents", "families", "relatives", "victims", "survivors", "citizens",
            "demonstrators", "organisers", "organizers", "negotiators", "delegates", "candidates",
            "democrats", "republicans", "rebels", "militants", "fighters", "farmers", "owners",
            "companies", "firms", "agencies", "groups", "unions", "governments", "parties", "banks",
            "regulators", "campaigners", "economists", "journalists", "reporters", "editors", "fans",
            "players", "residents", "locals", "villagers", "neighbours", "neighbors", "men", "women",
            "officials", "colleagues", "allies", "rivals", "partners", "states", "countries", "nations",
        ]
    )
)  # fmt: skip
_PLURAL_PRONOUNS = frozenset(["they", "them", "their"])
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
#: Common nouns that tell a person's sex ("spokeswoman", "father", "man"): an unnamed antecedent of he/she.
_GENDERED_HEADS = {
    "f": frozenset(m for m in FEMALE_MARKERS if m.isalpha()) | {"woman", "girl"},
    "m": frozenset(m for m in MALE_MARKERS if m.isalpha()) | {"man", "guy", "boy"},
}
_LEADING_DETS = frozenset(["the", "these", "those", "both", "all"])


#: Offices no other title of the same person stands for ("the president" is no "Representative X"; but
#: "the chief executive" may be the "CEO").
_ELECTED_OFFICES = frozenset(
    {"president", "senator", "representative", "governor", "mayor", "premier", "congressman", "congresswoman"}
)


#: Nouns for someone whose "from" phrase says where they live: "a woman from Morant Hill".
_FROM_SOMEWHERE = _GENDERED_HEADS["f"] | _GENDERED_HEADS["m"] | {"resident", "pensioner"}


#: Places in a place: "a building site in Sham Lok", "a clinic in Nyeri".
_SITES = frozenset(
    {"site", "village", "town", "district", "suburb", "estate", "market", "street", "road", "settlement",
     "camp", "clinic", "hospital", "school", "church", "mosque", "station", "farm", "shop", "neighbourhood"}
)  # fmt: skip


def _home_place(ent: Span) -> bool:
    """'A 71-year-old woman from Morant Hill', 'Pa Ebrima Camara of Sare Ngai', 'a building site in Sham
    Lok', with the place tagged a person: where a man or a woman is from, or where a site is, names a place,
    not someone of their own."""
    prep = ent.root.head
    if ent.root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in _SITES:
        return True  # "outside a building site in Sham Lok"
    if ent.root.dep_ != "pobj" or prep.lower_ not in ("from", "of"):
        return False
    # "Pa Ebrima Camara of Sare Ngai": the place a named person is of
    # (not an office's: "Commissioner of Police Dwight Cumberbatch")
    named = (
        prep.head.pos_ == "PROPN"
        and prep.head.ent_type_ in ("", "PERSON")
        and prep.head.lower_ not in TITLE_WORDS
        and ent.start == ent.root.left_edge.i == prep.i + 1
    )
    # "a 31-year-old agriculture graduate from Ha Sekoala": where anyone described by a noun is from
    someone = prep.head.lower_ in _FROM_SOMEWHERE | ANONYMOUS_HEADS or (
        prep.head.pos_ == "NOUN" and _person_head(prep.head)
    )
    return (prep.lower_ == "from" and someone) or (prep.lower_ == "of" and named)


@dataclass(frozen=True)
class Speaker:
    """Who a source mention stands for, how that was decided, and whether they are named."""

    name: str | None
    type: str
    how: str
    anonymous: bool = False
    reason: str = ""


_OFF_THE_RECORD = re.compile(
    r",?\s+who\s+(?:asked|declined|requested|spoke|was not|were not|is not|are not)\b.*$", re.IGNORECASE
)
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_BRACKETED_INITIALS = re.compile(r"\s*\(\s*[A-Z]{2,6}\)?$")


#: People whose part is to ask, whom the next quotation answers.
_ASKING_ROLES = frozenset(
    {"questioner", "interviewer", "reporter", "journalist", "moderator", "host", "caller"}
)


def _asker(tok: Token) -> bool:
    """The agent of a participle aside ("Asked by Judge Brereton whether …, he said"): who asks, not who
    answers."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else None
    return verb is not None and verb.tag_ == "VBN" and verb.dep_ in ("advcl", "ccomp", "dep")


def _giving_evidence(tok: Token) -> bool:
    """The subject of a sentence a court report opens on the witness box ("Giving evidence, Mr Ó Laoire
    said …", "Cross-examined by Conor Whelan SC, Mr Ó Laoire accepted …") or of "gave evidence" /
    "testified": the one "the witness" means next."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    if verb.lemma_.lower() == "testify" or (
        verb.lemma_.lower() == "give" and any(c.lower_ == "evidence" for c in verb.children)
    ):
        return True
    for opener in (c for c in verb.children if c.i < tok.i and c.dep_ in ("advcl", "prep")):
        words = {t.lower_ for t in opener.subtree}
        if opener.lemma_.lower() in ("cross-examine", "re-examine") or "cross-examination" in words:
            return True
        if opener.lemma_.lower() == "give" and "evidence" in words:
            return True
    return False


def _quoted_words(ent: Span) -> set[int]:
    """Indices of the tokens set off by quote marks inside a name, and the marks."""
    marks = [t.i for t in ent if t.text in QUOTE_MARK_TOKENS]
    if len(marks) < 2:
        return set()
    return set(range(marks[0], marks[-1] + 1))


def _honorific_split(ent: Span) -> Span:
    """'Encik Mohd' + 'Fadzli Ismail': one name the tagger cut in two people right after an honorific,
    whole again (either half gives the whole)."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].whitespace_:
        first = start - 1
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        if doc[first].lower_ in HONORIFICS:
            start = first
    if (
        end < len(doc)
        and doc[end].ent_iob_ == "B"
        and doc[end].ent_type_ == "PERSON"
        and doc[start].lower_ in HONORIFICS
        and doc[end - 1].whitespace_
    ):
        while end < len(doc) and (end == ent.end or doc[end].ent_iob_ == "I"):
            end += 1
    return doc[start:end]


def _police_rank(tok: Token) -> bool:
    """'Pol' opening a Thai police rank ("Pol Maj Gen Anucha Phromsiri", "Pol Col Somchai"): part of the
    title, not of the name (Pol Pot stays Pol Pot: no rank follows)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.text == "Pol"
        and nxt is not None
        and (expand_title(nxt.lower_) != nxt.lower_ or nxt.lower_ in TITLE_WORDS)
    )


def _person_name(ent: Span) -> str:
    # the tagger's person may stop at a hyphen: "Fiona Lennox" of "Fiona Lennox-Grant"
    ent = _honorific_split(ent)
    ent = ent.doc[ent.start : past_hyphen(ent.doc, ent.end)]
    # a member's letters before the name are a title, and what comes before them a place or body
    # ("Kottaimedu MLA V. Durairaj"); after it they are post-nominal ("Clodagh Furlong TD")
    before = [t.i for t in ent[1:-1] if t.lower_ in _POST_NOMINALS and t.is_upper]
    ent = ent.doc[before[-1] + 1 : ent.end] if before else ent
    # a nickname in quote marks is no part of the name ("Desmond 'Bongo' Clarke"), nor an abbreviated
    # title ("Cdr Whyte", "Lt Cdr Andrea Whyte")
    quoted = _quoted_words(ent)
    tokens = [
        t
        for t in ent
        if t.lower_ not in HONORIFICS | _POST_NOMINALS
        and t.text not in ("'s", "’s")
        and t.i not in quoted
        and expand_title(t.lower_) == t.lower_
        and not _police_rank(t)
    ] or list(ent)
    if len(tokens) == 1 and len(tokens[0].text) == 1 and tokens[0].is_upper and tokens[0].i > ent.doc[0].i:
        before = ent.doc[tokens[0].i - 1]
        if before.lower_ in HONORIFICS:
            return f"{before.text} {tokens[0].text}"  # "Mrs C", whom "Mr C" is not
    if len(tokens) > 2 and tokens[0].lower_ in NOBLE_TITLES and tokens[1].lower_ == "of":
        return clean(" ".join(t.text for t in tokens))  # "Duchess of Elmshire" is all the name there is
    while len(tokens) > 1 and tokens[0].lower_ in TITLE_WORDS:
        tokens = tokens[1:]  # NER sometimes takes the title in: "Mayor Elena Ruiz"
    # and a force's or body's name before the title: "Garda Sergeant Declan Furlong"
    titled = [k for k, t in enumerate(tokens[:-2]) if t.lower_ in TITLE_WORDS]
    tokens = tokens[titled[-1] + 1 :] if titled else tokens
    if len(tokens) >= 3 and tokens[0].text == "Garda":
        tokens = tokens[1:]  # an Irish officer's rank, and the force's name: "Garda Niamh Tiernan"
    # and an occupation that opens the sentence: "Cleaner Shelley Paewai, 52, said"
    first = tokens[0]
    if (
        len(tokens) >= 3
        and first.is_sent_start
        and first.lower_.endswith(OCCUPATION_ENDINGS)
        and first.lower_ not in GIVEN_NAMES
    ):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].lower_ in _HEADLINE_VERBS:
        tokens = tokens[:-1]  # and a headline's verb: "Obama Says …"
    # joined as written, so "Achebe-Marr" keeps its hyphen unspaced
    return clean("".join(t.text + (t.whitespace_ and " ") for t in tokens))


class SpeakerResolver:
    """Resolves source mentions of one document; build once per doc, query in any order."""

    def __init__(self, doc: Doc, outlets: OutletTable, quotations: list[tuple[int, int]]) -> None:
        """``quotations``: (start, end) of the article's quotations, as the sourcing lens found them."""
        self.doc = doc
        self.text = doc.text  # joined once: spaCy joins every token's text on each ``doc.text``
        self.outlets = outlets
        self.people: list[tuple[int, str]] = []  # (char offset, full name) of every PERSON mention
        self.subjects: set[int] = set()  # offsets of the PERSON mentions that are a clause's subject
        self.main_subjects: set[int] = set()  # … of the sentence's main verb, not of a clause it reports
        self.askers: set[int] = set()  # offsets of the PERSON mentions asking in an "Asked by X, …" aside
        # offsets of the PERSON mentions in apposition to a subject ("The worker, Marites Dela Paz, died")
        self.apposed: set[int] = set()
        self.by_surname: set[int] = set()  # offsets of the PERSON mentions that use the surname
        self.genders: dict[str, str] = {}  # full name -> "f" / "m" where a title or honorific says so
        self.roles: dict[str, str] = {}
        self.role_at: dict[str, int] = {}  # where each title in ``roles`` was learnt (char offset)
        self.outlet_mentions: list[tuple[int, str]] = []
        self.labels: dict[str, str] = {}  # surname -> name of a transcript label seen so far
        self._open_groups: set[int] = set()  # plural subjects being resolved for a 'they' (no cycles)
        self.full_by_last: dict[str, str] = {}  # surname -> the full name it stands for alone
        self.full_by_first: dict[str, str] = {}  # given name -> the full name it stands for alone
        # who is named inside a quotation is no antecedent of "he" or "she"
        self.quotations = sorted(quotations)
        # (char offset, description head, organisation) from "The company, Redwater Energy, …"
        self.described_bodies: list[tuple[int, str, str]] = []
        # names the article describes as a body ("Nimbra, the consumer electronics start-up"), whatever the
        # tagger calls their other mentions
        self.body_names = described_as_bodies(doc)
        self.acronyms = spelled_out_initials(self.text)
        # organisations named: the tagger's, and names of bodies it missed ("Harlow Minerals")
        # "Fire and Rescue Service", "Department for Heritage and the Arts", which the tagger splits in two
        self.joined = joined_names(doc)
        self.handles = find_handles(doc)  # "a user posting as RunnerGrl88": (where the phrase starts, handle)
        self.initials = initials_only(doc)  # "identified only by her initial, M.": likewise
        self.self_named = self_named(doc)  # "A group calling itself NightHarbor": head noun index → name
        self.bodies = sorted(
            [*named_bodies(doc, self.joined), *self.self_named.values()], key=lambda e: e.start
        )
        # "GRTD" in an article that names the Greyport Regional Transit District but never brackets it
        for initials, name in initials_of_bodies(doc, self.bodies).items():
            self.acronyms.setdefault(initials, name)
        self._index_outlets()  # before the people: "The Morning Beacon", tagged a person, is a paper
        self._index_people()
        # "Darren Holt, who performs as Vivienne Voltage": the name one goes by → their own
        self.stage_names = {alias: self._full_name(ent) for alias, ent in stage_names(doc).items()}
        self._index_described_bodies()

    # -- indexing ---------------------------------------------------------------------------------
    def _index_people(self) -> None:
        genders: list[tuple[str, str]] = []
        # names the tagger missed after a title, or called a place whose parts it calls a person elsewhere
        self.titled = (
            titled_names(self.doc)
            + names_by_their_parts(self.doc)
            + names_with_pronouns(self.doc)
            + [h for _, h in self.handles]
            + [h for _, h in self.initials]
            + noble_names(self.doc)
            + glued_initial_names(self.doc)
            + nicknamed_names(self.doc)
            + aged_names_of_bodies(self.doc)
        )
        short_bodies = short_names_of_bodies(self.doc, self.bodies)
        # a name the article once introduces as a body ("the supermarket group Harcastle") is one wherever
        # the tagger calls it a person ("joined Harcastle", "Harcastle declined")
        short_bodies |= {
            e.text: e.text
            for e in self.doc.ents
            if e.label_ == "PERSON" and len(e) == 1 and names_a_body(e) and e.text not in short_bodies
        }
        self.short_bodies = short_bodies
        # "The Morning Beacon" … "he tells the Beacon", with "Beacon" tagged a person: a paper's name (the
        # mention itself, or the short name of a paper named by its period; not "Bloomberg" the person)
        at_papers = {p for p, _ in self.outlet_mentions}
        papers = {n.split()[-1] for _, n in self.outlet_mentions if n.split()[0] in MASTHEAD_PERIODS}
        mentions = sorted(
            [
                e
                for e in self.doc.ents
                if e.label_ == "PERSON"
                and any(t.text[:1].isupper() for t in e)  # not "a semi had jackknifed" tagged a person
                and not names_a_body(e)
                and not _stage_direction(e)
                and not _in_byline(e)
                and not _title_only(e)
                and clean(e.text) not in papers
                and not any(e.start_char - 4 <= p <= e.start_char for p in at_papers)
                and clean(e.text) not in self.body_names
                and not names_a_work(e)
                and not names_a_platform(e)
                and not (len(e) == 1 and e.text in short_bodies)
                and not _home_place(e)
            ]
            + self.titled,
            key=lambda m: (m.start, -len(m)),  # the longest of two names that start together
        )
        mentions = [
            with_surname(with_given_name(m))
            for i, m in enumerate(mentions)
            if i == 0 or m.start != mentions[i - 1].start
        ]
        names = [_person_name(ent) for ent in mentions]
        for i, ent in enumerate(mentions):
            if names[i] and _birth_name(ent):
                # "Edna Lavoie …. Born Edna Bouchard, she grew up …": the name she was born with is hers
                given = names[i].split()[0]
                names[i] = next((n for n in reversed(names[:i]) if n and n.split()[0] == given), names[i])
        # full names: of two words or more, and not a surname with its particle ("Ní Bhriain")
        full_by_last, full_by_first = name_owners(
            [n for n in names if len(n.split()) >= 2 and n.split()[0].lower() not in SURNAME_PARTICLES]
        )
        # a nickname or handle in quote marks is a short form of the name ("Vanta said" for Mateo "Vanta" Ruiz)
        for ent, name in zip(mentions, names, strict=True):
            quoted = _quoted_words(ent)
            nickname = [t for t in ent if t.i in quoted and t.text not in QUOTE_MARK_TOKENS]
            if len(nickname) == 1 and " " in name:
                full_by_first.setdefault(nickname[0].lower_, name)
        self.full_by_last, self.full_by_first = full_by_last, full_by_first
        # people the article says use "they": the person named last before "they/them" in that sentence
        self.they_people = {
            name for ent, name in zip(mentions, names, strict=True) if name and _uses_they(ent)
        }
        for ent, name in zip(mentions, names, strict=True):
            if not name:
                continue
            said = name
            if " " not in name:  # "Putin" before or after "Vladimir Putin"; "Declan" for Declan Furey
                name = self._owner(name, ent.start_char) or full_by_first.get(name.lower()) or name
            elif name.split()[0].lower() in SURNAME_PARTICLES:  # "Ms Ní Bhriain" for Máire Ní Bhriain
                name = self._particle_owner(name, ent.start_char)
            self.people.append((ent.start_char, name))
            if said.split()[-1].lower() == name.split()[-1].lower():
                self.by_surname.add(ent.start_char)  # not "Jo" for Jo Quillon
            root = ent.root
            if root.dep_ in ("nsubj", "nsubjpass"):
                self.subjects.add(ent.start_char)
                if root.head.dep_ == "ROOT":
                    self.main_subjects.add(ent.start_char)
            elif root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"):
                self.apposed.add(ent.start_char)
            if _asker(root):
                self.askers.add(ent.start_char)
            gender = name_gender(ent)
            if gender:
                genders.append((name, gender))
            self._learn_roles(ent, name)
        # later bare surnames the tagger missed: the name's owner (see name_owners), shared or not
        for mention in surname_mentions(self.doc, full_by_last, mentions):
            at = mention.start_char
            self.people.append((at, self._owner(mention.text, at) or full_by_last[mention.text.lower()]))
            self.by_surname.add(at)
            if mention.root.dep_ in ("nsubj", "nsubjpass"):
                self.subjects.add(at)
        # "Mrs Justice Caverley … HER LADYSHIP said … she said": the judge, each time, for "she" to find
        for tok in self.doc[:-1]:
            if f"{tok.lower_} {tok.nbor(1).lower_}" in _FORMS_OF_ADDRESS_TO_THE_BENCH:
                bench = self._bench(tok.idx)
                if bench is not None:
                    self.people.append((tok.idx, bench))
                    if tok.nbor(1).dep_.startswith("nsubj"):
                        self.subjects.add(tok.idx)
        self.people.sort()
        for name, gender in genders:
            self.genders.setdefault(full_by_last.get(name.lower(), name) if " " not in name else name, gender)

    def _learn_roles(self, ent: Span, name: str) -> None:
        """Titles before a name and appositions after it: 'Russian President Vladimir Putin'."""
        doc = self.doc
        i = ent.start - 1
        words: list[str] = []
        while i >= 0 and doc[i].pos_ in ("PROPN", "NOUN", "ADJ") and doc[i].ent_type_ != "PERSON":
            words.insert(0, doc[i].lower_)
            i -= 1
        for t in ent[:-1]:  # "Chief [Constable Yvonne Achebe-Laing]": titles the tagger took into the name
            if t.lower_ not in TITLE_WORDS:
                break
            words.append(t.lower_)
        # the tokenizer may cut "Col." in two: "col", "."; a style of address is no part of the title
        # ("Energy Minister Hon. Chileshe Mwanza-Phiri" is "the minister")
        words = [expand_title(w) for w in words if w != "."]
        words = [w for w in words if w not in HONORIFICS and w != "honourable"]
        # a lower-case noun right before the name is what the article calls them ("Regional hokim Baxtiyor
        # Sobirov" … "the hokim"; "herder Sankale Nkoitiko" … "the herder"), whatever the title lists hold
        before = doc[ent.start - 1] if ent.start > 0 else None
        described = before is not None and (
            # one's own title, not the body it heads ("chair of trustees Geoffrey Arkwright")
            (before.is_lower and before.tag_ == "NN" and doc[i].lower_ not in ("of", "for"))
            # "Arbitrator Helen Marchetti": a capitalised job before the name is a title
            or (
                before.is_title
                and before.lower_.endswith(("tor", "ator"))
                and before.lower_ not in GIVEN_NAMES
            )
        )
        if words and (described or any(w in TITLE_WORDS for w in words)):
            self._add_role(words, name, ent.start_char)  # "Col. Anton Virelli" → "the colonel"
            # "founder and chief executive Priya Raghunathan": the title before "and" is hers too
            if i > 0 and doc[i].lower_ == "and" and doc[i - 1].lower_ in TITLE_WORDS:
                self._add_role([doc[i - 1].lower_], name, ent.start_char)
        if _giving_evidence(ent.root):
            self._add_role(["witness"], name, ent.start_char)  # "… the witness replied"
        bracketed = _title_before_bracket(ent)
        if bracketed:
            # "The Town Clerk (Mr. H. R. Pell)": the office printed first, the holder in brackets
            self._add_role(bracketed, name, ent.start_char)
        opening = _opening_title(doc, i)
        if opening is not None:
            # "Minister of Fisheries and Coastal Development Senator Rodney Haynes-Bourne": "the minister"
            self._add_role([opening.lower_], name, ent.start_char)
            # "Acting Commissioner of Police …": "the acting commissioner" too
            if doc[opening.i - 1].lower_ in _INTERIM:
                self._add_role([doc[opening.i - 1].lower_, opening.lower_], name, ent.start_char)
        for child in ent.root.children:
            if (
                child.dep_ == "appos"
                and child.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
                and child.pos_ in ("NOUN", "PROPN")
            ):
                # not a body's name the parser hung on the person ("a letter to Minister X, the Federation
                # of Private Specialists said"): a named body is no role of theirs
                # the head noun goes last, as in a title before a name: "the premier of the island" is
                # learnt as "island premier", so "the island's premier" finds it
                phrase = [
                    t.lower_ for t in child.subtree if t.pos_ in ("PROPN", "NOUN", "ADJ") and t.i != child.i
                ]
                self._add_role([*phrase, child.lower_], name, ent.start_char)
        if ent.root.dep_ == "appos":
            # "Monetary Authority (ZMA) Deputy Governor responsible for …, Dr NAME": the parser hung the title
            # and the name on the body side by side
            for title in ent.root.head.children:
                if title.dep_ == "appos" and title.i < ent.start and title.lower_ in TITLE_WORDS:
                    words = [
                        t.lower_ for t in title.lefts if t.dep_ == "compound" and t.lower_ in TITLE_WORDS
                    ]
                    self._add_role([*words, title.lower_], name, ent.start_char)
        if ent.root.dep_ == "appos" and ent.root.head.ent_type_ != "PERSON":
            head = ent.root.head
            nominal = head.pos_ in ("NOUN", "PROPN")  # "one of the family's attorneys, …" keeps its order
            phrase = [
                t.lower_
                for t in head.subtree
                if t.i < ent.start and t.pos_ in ("PROPN", "NOUN", "ADJ") and not (nominal and t.i == head.i)
            ]
            self._add_role([*phrase, head.lower_] if nominal else phrase, name, ent.start_char)

    def _add_role(self, words: list[str], name: str, at: int) -> None:
        words = [expand_title(w) for w in words]  # "Sen. Sanders" → "the senator"
        if not words:
            return
        key = " ".join(words)
        self.roles.pop(key, None)  # re-insert: the title learnt last is tried first
        self.roles[key], self.role_at[key] = name, at
        # "Infrastructure Minister Deputy Marc Le Quesne": "the minister" and "the deputy" both
        plain = [words[-1], *(w for w in words[:-1] if w in TITLE_WORDS and w not in HONORIFICS)]
        if words[-1] in ("attorney", "counsel") and _PROSECUTING & set(words):
            plain.append("prosecutor")  # "Assistant District Attorney Mark Oyelaran … the prosecutor said"
        for word in plain:
            if word not in self.roles:
                self.roles[word], self.role_at[word] = name, at

    def _roles_from(self, pos: int) -> list[tuple[str, str]]:
        """The titles learnt, in the order to try them for a description at ``pos``: those learnt before
        it, the latest first ("the coach said" is the coach named so far, not the rival's coach named at
        the end), then those learnt after it (a headline's "union chief" is named only below)."""
        ordered = list(reversed(self.roles.items()))
        return sorted(ordered, key=lambda kv: self.role_at[kv[0]] >= pos)

    def _index_described_bodies(self) -> None:
        """Descriptions an organisation is given in apposition, either way round ("The company, Redwater
        Energy, …", "Redwater Energy, the company behind …"), so "the company" later finds it."""
        for pos, word, name in self.body_names.values():
            self.described_bodies.append((pos, word, name))
            if word in FIRM_WORDS:
                self.described_bodies.append((pos, "company", name))  # "the company" is the start-up
        for ent in self.doc.ents:
            # "national rail operator Bundesverkehrsbahn", which the tagger calls a person, is described too
            if ent.label_ != "ORG" and not (ent.label_ == "PERSON" and names_a_body(ent)):
                continue
            root = ent.root
            heads = [root.head] if root.dep_ == "appos" else []
            heads += [c for c in root.children if c.dep_ == "appos"]
            for noun in heads:
                if noun.pos_ == "NOUN" and noun.tag_ == "NN" and not ent.start <= noun.i < ent.end:
                    self.described_bodies.append((ent.start_char, noun.lower_, clean(ent.text)))

    def _index_outlets(self) -> None:
        mentioned: list[str] = []
        for chunk in list(self.doc.ents) + list(self.doc.noun_chunks):
            proper = _proper(chunk) and chunk.root.pos_ != "PRON"  # "I" is no mention of the newspaper i
            after = self.doc[chunk.end : chunk.end + 2]
            if len(after) == 2 and after[0].lower_ == "of" and after[1].text[:1].isupper():
                continue  # "the Journal of Geriatric Neuroscience" is no mention of "the Journal"
            if chunk.label_ in ("LOC", "GPE", "NORP") and chunk.root.dep_ == "amod":
                continue  # "warm Atlantic water" is the ocean's, no mention of the Atlantic
            found = (
                (self.outlets.lookup(chunk.text, reversed(mentioned)) or _masthead(chunk) or _newsroom(chunk))
                if proper
                else None
            )
            if found:
                mentioned.append(found)
                self.outlet_mentions.append((chunk.start_char, found))
        self.outlet_mentions.sort()

    # -- lookups ----------------------------------------------------------------------------------
    def _before(self, items: list[tuple[int, str]], pos: int) -> list[str]:
        """Names mentioned before ``pos``, most recent first."""
        cut = bisect.bisect_left(items, (pos, ""))
        return [name for _, name in reversed(items[:cut])]

    def last_person(self, pos: int, pronoun: str = "") -> str | None:
        """Who 'he'/'she' at ``pos`` stands for: the person named last, agreeing in gender where a title
        or honorific tells it ("Ms. Lopez"), and the subject when that sentence names several people
        ("John Smith met Maria Lopez. He said …" → John Smith)."""
        fits = self._people_before(pos, _PRONOUN_GENDER.get(pronoun))
        # "Asked by Judge Brereton whether …, he said": the one asked answers, not the asker
        here = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if here is not None:
            opener = _sentence_opener(here[0])
            fits = [(p, n) for p, n in fits if not (p in self.askers and p >= opener.idx)]
            # … nor anyone named in the question ("Asked whether he had pushed Mr Ó Laoire, he said …")
            if opener.lower_ == "asked" and opener.right_edge.i < here.start:
                last = opener.right_edge
                fits = [(p, n) for p, n in fits if not opener.idx <= p < last.idx + len(last.text)]
        if not fits:
            return None
        sentence = self.doc.char_span(fits[-1][0], fits[-1][0] + 1, alignment_mode="expand")
        first = sentence.sent.start_char if sentence is not None else fits[-1][0]
        same = [(p, n) for p, n in fits if p >= first]
        voice = _reporting_pronoun(sentence.sent, pronoun) if sentence is not None and pronoun else None
        if voice is not None and voice.idx < pos:
            # "He said Kimbrough had repaid two customers. 'My client …,' he said": a person named inside
            # what 'he' reported is not the next 'he'; the one who reported it is
            return self.last_person(voice.idx, pronoun)
        # the sentence's subject, or the name given to it in apposition; the main verb's before a subject
        # inside what it reports ("Judge Brannelly said she accepted that Ms Ní Bhriain was …")
        main = [n for p, n in same if p in self.main_subjects | self.apposed]
        subjects = main or [n for p, n in same if p in self.subjects | self.apposed]
        last = subjects[-1] if subjects else same[-1][1]
        return self._salient(fits, last, first, pos) if pronoun else last

    def _salient(self, fits: list[tuple[int, str]], last: str, named_at: int, pos: int) -> str:
        """The article's main character rather than someone named once in passing, when two sentences of
        the writer's own stand between that mention and 'she' ("Her manager, Dee Lindqvist, says … Greywing
        calls it … Does she worry …? She thinks … 'I asked her first,' she says" → the singer the profile
        is about; a quotation's own sentences do not count, so "Terence Mallory said … ¶ 'They closed our
        library. That was it for me,' he said" stays Mallory): a name said at least three times, three
        times as often as the last one, and the subject of a sentence somewhere."""
        between = self.doc.char_span(named_at, pos, alignment_mode="expand")
        narrative = [
            sent
            for sent in (between.sents if between is not None else [])
            if sent.start_char > named_at
            and sent.end_char <= pos
            and sent.text.lstrip()[:1] not in _QUOTE_OPENERS
            and not self._quoted(sent.start_char)
        ]
        if len(narrative) < 2:
            return last
        counts: dict[str, int] = {}
        for _, name in fits:
            counts[name] = counts.get(name, 0) + 1
        as_subject = {n for p, n in fits if p in self.subjects}
        top = max(counts, key=lambda n: (counts[n], n in as_subject))
        if top != last and counts[top] >= 3 and counts[top] >= 3 * counts[last] and top in as_subject:
            return top
        return last

    def _people_before(self, pos: int, gender: str | None) -> list[tuple[int, str]]:
        """(position, name) of the person mentions before ``pos`` that may be of ``gender`` (any: None);
        a person of unknown gender fits either."""
        cut = bisect.bisect_left(self.people, (pos, ""))
        return [
            (p, n)
            for p, n in self.people[:cut]
            if (gender is None or self.genders.get(n, gender) == gender) and not self._quoted(p)
        ]

    def _quoted(self, pos: int) -> bool:
        """A mention inside quotation marks: '"Devi's being kind," she says' is not Devi speaking."""
        at = bisect.bisect_right(self.quotations, (pos, math.inf)) - 1
        return at >= 0 and self.quotations[at][0] < pos < self.quotations[at][1]

    def _unnamed_role(self, pos: int, pronoun: str) -> Span | None:
        """'A spokeswoman for Northvale said … She declined to say …': a new, unnamed person (an
        indefinite or possessive description of the pronoun's gender, the subject of its clause) mentioned
        after the last person of that gender was named is who the pronoun stands for; so is one of no sex
        the sentence before calls by the pronoun (``_calls_itself``)."""
        want = _PRONOUN_GENDER.get(pronoun)
        if want is None:
            return None
        heads = _GENDERED_HEADS[want]
        named = self._people_before(pos, want)
        since = named[-1][0] if named else 0
        since_span = self.doc.char_span(since, since + 1, alignment_mode="expand")
        pronoun_span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if since_span is None or pronoun_span is None:
            return None
        # the sentence before the pronoun's, or before the quotation the pronoun closes ('"It was a button
        # you pressed. Nobody ever checked it," she said.')
        at = bisect.bisect_right(self.quotations, (pos, math.inf)) - 1
        opened = self.quotations[at][0] if at >= 0 and 0 <= pos - self.quotations[at][1] < 12 else pos
        opening = self.doc.char_span(opened, opened + 1, alignment_mode="expand") or pronoun_span
        before = self.doc[opening.start].sent.start - 1
        told = self.doc[before].sent if before >= 0 else None
        # "A geologist who worked there alleges that … ¶ He said …": a pronoun that opens its sentence, or
        # closes the quotation after it ('A nurse … said staff had been instructed …. ¶ "Without a birth
        # record …," she said.')
        opens = pronoun_span[0].is_sent_start
        closes = opened != pos
        for tok in reversed(self.doc[since_span.start : pronoun_span.start]):
            if self._quoted(tok.idx):
                continue  # '"My husband and I both work," she said': someone the quoted speaker knows
            sexless = (
                told is not None
                and told.start <= tok.i < told.end
                and (
                    _calls_itself(tok, want)
                    or (
                        # (not one whose part is to ask: after "one questioner claimed …" the quotation
                        # closed by "he said" is the answer)
                        (opens or (closes and tok.lemma_.lower() not in _ASKING_ROLES))
                        and _reports_unsexed(tok, want)
                        # no "he said" since, which would carry the chain on from someone else
                        and not any(
                            _PRONOUN_GENDER.get(t.lower_) == want
                            for t in self.doc[tok.i : pronoun_span.start]
                        )
                    )
                )
            )
            # "One victim, a woman in her 80s from Kaimata, told Police …": the apposition gives the sex
            described = [c for c in tok.children if c.dep_ == "appos" and c.lower_ in heads]
            # "One of the men, a 41-year-old kombi conductor, said …": one of a sexed plural
            one_of = tok.lower_ in ("one", "another") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in heads
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
            )
            if (
                (tok.pos_ == "NOUN" or one_of)
                and (tok.lower_ in heads or sexless or described or one_of)
                and tok.dep_ in ("nsubj", "nsubjpass")
                and not _inside_report_of(tok, since_span)
                and tok.head.dep_ != "advcl"  # "The son …, contacted Police after his father withdrew …"
            ):
                opener = tok.left_edge
                named_after = [
                    c
                    for c in tok.children
                    if c.dep_ == "appos"
                    and c not in described
                    # "a 41-year-old kombi conductor" describes, and names no one
                    and not (c.pos_ == "NOUN" and c.left_edge.lower_ in ("a", "an"))
                ]
                if named_after or not (
                    opener.lower_ in ("a", "an", "another", "one")
                    or opener.tag_ == "PRP$"
                    or through_someone_unnamed(tok)
                ):
                    # "the spokeswoman, Jane Doe, …" is named after all, and "the former first lady"
                    # most likely describes someone named before; "a spokeswoman", "my mother" are new
                    return None
                end = max(
                    [tok.i] + [c.right_edge.i for c in tok.children if c.dep_ == "prep" and c.i > tok.i]
                )
                # not a relative clause set off by a comma after it ("… from Morant Hill, who handed in …")
                end = next((t.i - 1 for t in self.doc[tok.i : end + 1] if t.text == ","), end)
                return self.doc[tok.left_edge.i : end + 1]
        return None

    def last_body(
        self,
        pos: int,
        mention: str = "pronoun 'it'",
        outlets: bool = True,
        orgs: bool = True,
        since: int = 0,
        head: str = "",
    ) -> Speaker | None:
        """The outlet or organisation named last in ``[since, pos)``: what 'it' or 'the company' stands for;
        one whose name holds ``head`` ("the ministry" → "Health Ministry") comes first."""
        named = [(p, n) for p, n in self.outlet_mentions if since <= p < pos] if outlets else []
        earlier = [  # NER calls "Trump" an organisation now and then: a person's surname is no body
            (e.start_char, e)
            for e in self.bodies
            if e.start_char < pos and not self._known_person(clean(e.text))
        ]
        bodies = [b for b in earlier if b[0] >= since]
        # "the ministry" is the Health Ministry named before, even with a hospital named since; "the
        # company" is the one introduced as "the company" ("The company, Redwater Energy, …")
        fitting = self._bodies_called(head, pos)
        if head in _COMMERCIAL:  # "the company" is no regulator, ministry, court or square named since
            bodies = [(p, e) for p, e in bodies if e[-1].lower_ not in _NO_FIRM_WORDS]
        # "the committee" is a committee named before ("the Finance Committee"), not the school named last
        anybody = head not in _NAMED_BY_HEAD
        candidates = sorted(fitting) or [(p, clean(e.text)) for p, e in bodies if anybody]
        # "the company" is a registered company named before ("Lanjut Expressway Bhd (LEB)"), if any is
        registered = [
            (p, clean(e.text))
            for p, e in bodies
            if head in _COMMERCIAL and _registered(self.acronyms.get(e.text, e.text))
        ]
        candidates = registered if registered and not fitting else candidates
        best_outlet = named[-1] if named else None
        best_org = candidates[-1] if orgs and candidates else None
        if best_org is not None and head in _COMMERCIAL and not fitting and not registered:
            # "the company" of a story about one company is that company, not a broker quoted last
            # ("… said Ashwin & Rooke. According to the company's annual report …"): the one named at
            # least three times, and twice as often as the last one
            text = self.text
            everyone = [(p, clean(e.text)) for p, e in earlier if e[-1].lower_ not in _NO_FIRM_WORDS]
            counts = {n: text.count(n) for _, n in everyone}
            top = max(counts, key=lambda n: counts[n], default=best_org[1])
            if counts.get(top, 0) >= 3 and counts[top] >= 2 * text.count(best_org[1]):
                best_org = next(c for c in reversed(everyone) if c[1] == top)
        # "the agency" after "Natural Heritage Agency" is that agency, not a radio station named since (a
        # public body's word; "the network" after "Dish Network" may still be the broadcaster named last)
        named_so = (
            head == "agency"
            and bool(fitting)
            and best_outlet is not None
            and head not in best_outlet[1].lower()
        )
        if best_outlet and not named_so and (not best_org or best_outlet[0] >= best_org[0]):
            return Speaker(best_outlet[1], "outlet", f"{mention} → last outlet named")
        if best_org:
            return Speaker(best_org[1], "organisation", f"{mention} → last organisation named")
        return None

    def _body_apposed(self, span: Span) -> str | None:
        """'According to the ship's operator, Bluefin Line, a deckhand …': the body named right after the
        description, set off by a comma, where no verb follows to make ``_named_after_comma`` sure."""
        if span.end >= len(span.doc) or span.doc[span.end].text != "," or not span.root.is_lower:
            return None  # a description in lower case, not a name ("Dr X, Reader in Epidemiology, …")
        body = next((b for b in self.bodies if b.start == span.end + 1), None)
        if body is None or body.root.dep_ != "appos" or body.root.head.i != span.root.i:
            return None
        if any(body.start_char - 4 <= p < body.end_char for p, _ in self.outlet_mentions):
            return None  # "the loudest voices of the establishment, the New York Times and …": papers
        return clean(body.text)

    def _firm_opening_report(self, span: Span, text: str) -> Speaker | None:
        """'Wildmoor Pictures is shooting scenes for …, the production company said': a firm described
        after what it reports is the one that report opens with, not a place or body named since."""
        opener = _sentence_opener(span.root)
        body = next(
            (
                b
                for b in self.bodies
                if opener.i <= b.start <= opener.i + 1  # after an opening quote mark
                and b.end <= span.start
                and b.root.dep_ in ("nsubj", "nsubjpass")
            ),
            None,
        )
        if body is None or body[-1].lower_ in _NO_FIRM_WORDS:
            return None
        return Speaker(clean(body.text), "organisation", f"'{text}' → the firm its report opens with")

    def _bodies_called(self, head: str, pos: int) -> list[tuple[int, str]]:
        """Organisations named before ``pos`` whose name holds ``head`` ("ministry" → "Health Ministry"),
        or that were described with it ("The company, Redwater Energy, …"), by position."""
        if not head:
            return []
        kinds = _NAMED_AS.get(head, frozenset()) | {head}
        local = _LOCAL_AUTHORITY_OPENINGS if kinds & _LOCAL_AUTHORITIES else ()
        # "the City of Ekuvela", which the tagger calls a place, is the local authority
        places = [e for e in self.doc.ents if e.label_ == "GPE"] if local else []
        # initials stand for the name they were spelled out as ("HWMGU" is a growers' union)
        spelled = [(e, self.acronyms.get(e.text, e.text)) for e in [*self.bodies, *places]]
        named = [
            (e.start_char, clean(full))
            for e, full in spelled
            if e.start_char < pos
            and (
                (kinds - {"city"}) & set(clean(full).lower().split()) or clean(full).lower().startswith(local)
            )
            and not self._known_person(clean(e.text))
        ]
        # "a university spokesperson" is the University of Kellbridge, not the University and College
        # Staff Union named since: a name whose head is the word comes before one the word only qualifies
        headed = [(p, n) for p, n in named if _name_head(n) in kinds]
        # "the county" is no "Pendry County Farm Bureau": a local authority's word only qualifies other
        # bodies' names (but "the metro" is "the City of Ekuvela")
        public = kinds & (_LOCAL_AUTHORITIES | {"county", "city", "state"})
        qualified = [(p, n) for p, n in named if local and n.lower().startswith(local)] if public else named
        return sorted(
            (headed or qualified)
            + [(p, name) for p, word, name in self.described_bodies if word == head and p < pos]
        )

    def _holder_named_next(self, span: Span) -> str | None:
        """'…, the defence procurement minister said yesterday. ¶ Tom Aldous told MPs that …': a lede's
        office holder is the person whose name opens the next sentence as the subject of a reporting verb;
        the title is learnt for them, so "The minister replied" later is them too."""
        doc = span.doc
        after = _sentences_after(span.root.sent, 2)
        if span[0].lower_ not in ("the", "its") or not _in_lede(span.root.sent, 3) or not after:
            return None
        # (past a style of address or a title the tagger left out: "Ntate Motlatsi Ramakhula said")
        opening = after[0].start
        while opening < after[0].end - 1 and doc[opening].lower_ in HONORIFICS | TITLE_WORDS:
            opening += 1
        people = [e for e in doc.ents if e.label_ == "PERSON"] + self.titled
        ent = next((e for e in people if e.start in (after[0].start, opening)), None)
        if ent is None:
            # or the sentence after a line of background, naming them with the title ("… its transport
            # convener has confirmed … ¶ The council's report shows … ¶ Convener Cllr Ruaraidh MacLennan told …")
            ent = next((e for s in after for e in s.ents if _titled_as(e, s, span.root.lower_)), None)
        if ent is None or ent.root.dep_ != "nsubj" or ent.root.head.lemma_.lower() not in cue_verbs():
            return None
        name = self._full_name(ent)
        self._add_role([t.lower_ for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")], name, span.start_char)
        return name

    def _last_called(self, head: str, pos: int) -> str | None:
        """The last organisation named before ``pos`` whose name holds ``head`` (``_bodies_called``), or None."""
        called = self._bodies_called(head, pos)
        return called[-1][1] if called else None

    def _owners_body(self, span: Span, head: str) -> Speaker:
        """'His association says …' after "Kasimir Voll, who chairs the Association of …" is the body named
        with that word; 'his bank had told him …' with no bank named is that person's bank, unnamed."""
        name = self._last_called(head, span.start_char)
        if name is not None:
            return Speaker(name, "organisation", f"'{clean(span.text)}' → the body named with that word")
        owner = self.last_person(span.start_char, span[0].lower_) if span[0].lower_ != "their" else None
        if owner is None:
            return Speaker(clean(span.text), "organisation", "body described, no name in the article")
        return Speaker(
            f"{owner}'s {head}", "organisation", f"'{clean(span.text)}' → {owner}'s", True, _OWNERS_BODY
        )

    def _body_named_next(self, span: Span) -> str | None:
        """'…, the finance ministry said on Tuesday. ¶ In a statement, the Ministry of Finance and Public
        Credit said …': a lede's body, described in lower case, is the one the next two sentences name
        with its head word and every word of the description but its level ("provincial", "state")."""
        # "the finance ministry", or the people's own body in a lede ("…, their federation warned")
        words = [t for t in span if t.is_alpha and t.lower_ not in ("the", "their")]
        if span[0].lower_ not in ("the", "their") or not words or any(not t.is_lower for t in words):
            return None
        head = span.root.lower_
        firm = head in FIRM_WORDS  # "the port operator said" … "Straits Harbour Group said"
        if (head not in _HELD_BY - TITLE_WORDS and not firm) or not _in_lede(span.root.sent, 3):
            return None
        if self._bodies_called(head, span.start_char) or (
            firm and self._bodies_called("company", span.start_char)
        ):
            return None  # named before: the rules for a body named so far read it
        sentence = span.root.sent
        if firm and any(
            b.end <= span.start
            # in this sentence or one before it, not in the headline or a dateline
            and (
                sentence.start < b.start or (b.sent != sentence and b.start_char >= _headline_end(self.text))
            )
            and not in_dateline(self.text, b.start_char)
            and b.root.dep_ not in ("compound", "nmod")  # not a brand ("users of the PaySafar mobile wallet")
            and clean(b.text).split()[-1].lower() not in _PUBLIC_BODY_WORDS
            for b in self.bodies
        ):
            # "Bike-share operator Spokely will pull …, the company told riders": named already, in this
            # sentence or one before
            return None
        wanted = {t.lower_ for t in words if t.i != span.root.i} - _LEVELS
        kinds = _NAMED_AS.get(head, frozenset()) | {head}
        after = _sentences_after(span.root.sent, 2)
        if not after:
            return None
        end = after[-1].end_char
        for body in sorted([*self.bodies, *self.joined], key=lambda e: e.start):
            named = set(body.text.lower().split())
            # "the company" is no council or ministry named next
            business = firm and clean(body.text).split()[-1].lower() not in _PUBLIC_BODY_WORDS
            if span.end_char <= body.start_char < end and ((kinds & named and wanted <= named) or business):
                return clean(body.text)
        return None

    def _spokesperson(self, span: Span, context: list[Speaker] | None) -> Speaker | None:
        """'a spokesman for Fenwick Aggregates', 'a police spokeswoman', 'the minister's spokesperson': an
        official voice speaking on the record for whom it names, which is the speaker; not an anonymous
        source (journalists name the body a spokesperson speaks for, not the spokesperson)."""
        root = span.root
        if root.lower_ not in _SPOKESPEOPLE or heading_person(span, self.titled) is not None:
            return None
        if anonymity_phrase(span) is not None:
            return None  # "a spokeswoman for the bank, who asked not to be named": someone off the record
        doc = span.doc
        behalf = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
        # "a spokesman for the county Green Waste Office", with the office's name hung on the spokesman
        # as if named in apposition: the body's name goes on the for-phrase
        body_name = [
            c
            for c in root.children
            if c.dep_ == "appos"
            and c.ent_type_ == "ORG"
            and behalf
            and c.left_edge.i == behalf[0].right_edge.i + 1
        ]
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" and c not in body_name for c in root.children):
            return None  # "The governor's spokesperson, Ben Ortiz, …" is named after all
        if behalf:
            # not the relative clause the parser may hang on the body ("for Fenwell Bank, who said …")
            end = next(
                (
                    t.i
                    for t in doc[behalf[0].i : behalf[0].right_edge.i]
                    if t.text == "," and doc[t.i + 1].lower_ in RELATIVE_PRONOUNS
                ),
                (body_name[0].right_edge.i if body_name else behalf[0].right_edge.i) + 1,
            )
            whom = doc[behalf[0].left_edge.i : end]
        else:
            before = [t for t in span if t.i < root.i and t.dep_ != "det" and not t.is_punct]
            whom = doc[before[0].i : root.i] if before else None
        if whom is not None and whom[-1].tag_ == "POS":
            whom = whom[:-1]
        if whom is None or not len(whom):
            last = context[-1] if context else None
            if span[0].lower_ == "the" and last is not None and last.name and "spokesperson" in last.how:
                # "A spokesperson for Colquhoun said … The spokesperson added …": the one just quoted
                return Speaker(last.name, last.type, f"'{span.text}' → the spokesperson just quoted")
            place = _opening_at_name(span)
            if place is not None:  # "At Harbour City Airport, a spokesman said …": the place's
                return Speaker(place, "organisation", "spokesperson at the place the sentence opens with")
            # "WestLink Power says … A spokesperson told us …": the body that spoke just before
            if last is not None and last.type == "organisation" and last.name and len(span) <= 3:
                return Speaker(
                    last.name, "organisation", f"spokesperson → the body that spoke before ({last.how})"
                )
            # "Verdane Energy did not take up an invitation … A spokesperson later told …": the body named
            # in this sentence or the one before
            window = _window_start(span, 1)
            if len(span) <= 3 and window is not None:
                return self.last_body(span.start_char, f"'{span.text}'", False, True, window.idx)
            return None
        called = self._bodies_called(whom.root.lower_, span.start_char) if whom.root.pos_ == "NOUN" else []
        if called and len(whom) <= 2:  # "a police spokesman" → the force named before ("Northvale Police")
            name = _most_heard(called, context)
            return Speaker(name, "organisation", f"spokesperson for '{whom.text}' → {name}")
        if len(whom) == 1 and whom.root.lower_ in _COMMERCIAL | {"club", "team"}:
            # "a company spokeswoman", "a club spokesperson": the company or club the story is about
            body = self.last_body(span.start_char, f"'{whom.text}'", False, True, 0, whom.root.lower_)
            if body is not None:
                return Speaker(body.name, body.type, f"spokesperson for the {whom.text} → {body.name}")
        inner = self.resolve(whom, context=context)
        if inner.type == "unknown" or inner.name is None:
            person = whom.root.lower_ in TITLE_WORDS or whom[0].lower_.rstrip(".") in HONORIFICS
            return Speaker(
                _without_article(clean(whom.text)),
                "person" if person else "organisation",
                f"spokesperson for {'a person' if person else 'a body'}",
            )
        return Speaker(inner.name, inner.type, f"spokesperson for {inner.how}", inner.anonymous, inner.reason)

    def _press_office(self, span: Span, context: list[Speaker] | None) -> Speaker | None:
        """'The press service of the hokimiyat', 'the ministry's press office': the body it speaks for, as
        for a spokesperson."""
        root = span.root
        if root.lower_ not in ("service", "office") or not any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("press", "media") for c in root.children
        ):
            return None
        owner = [c for c in root.children if c.dep_ == "poss"]
        owner += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if not owner or owner[0].pos_ not in ("NOUN", "PROPN"):
            return None
        whose = span.doc[owner[0].left_edge.i : owner[0].i + 1]
        inner = self.resolve(whose, context=context)
        if inner.name is None:
            return None
        kind = "organisation" if inner.type == "unknown" else inner.type
        return Speaker(inner.name, kind, f"press service of {inner.how}", inner.anonymous, inner.reason)

    def _whose(self, span: Span, context: list[Speaker] | None) -> Speaker | None:
        """'the Calder Institute, a think tank, whose report found …': the report speaks for the institute;
        'Redwater Energy, whose chief executive said …': the officer of the body the clause hangs on."""
        if span[0].lower_ != "whose" or len(span) < 2:
            return None
        clause = next((a for a in span.root.ancestors if a.dep_ in ("relcl", "appos")), None)
        if clause is None:
            return None
        # the parser may take the clause for an apposition ("Agency, whose … states")
        antecedent = clause.head
        while antecedent.dep_ == "appos":
            antecedent = antecedent.head  # "the Calder Institute, a policy think tank, whose …"
        owner = self.resolve(span.doc[antecedent.left_edge.i : antecedent.i + 1], context=context)
        if owner.name is None:
            return None
        if is_record(span.root):
            return Speaker(
                owner.name, owner.type, f"document of 'whose' → {owner.how}", owner.anonymous, owner.reason
            )
        role = span[1:].text
        kind = "group" if span.root.tag_ in ("NNS", "NNPS") else _office_kind(span.root)  # "whose leaders"
        return Speaker(f"{owner.name}'s {role}", kind, f"'whose' → {owner.how}")

    def _known_through_person(self, span: Span) -> str | None:
        """'His caddie', 'her supporters': someone unnamed known only through the person the pronoun
        stands for, named after them ("Jamie Ferrol's caddie"); not the person's own voices ("his
        advisers", "her office": the owner branch of ``_resolve`` reads those) nor their documents."""
        root = span.root
        if span[0].lower_ not in ("his", "her") or span[0].head.i != root.i or len(span) > 4:
            return None
        if root.pos_ != "NOUN" or root.lower_ in _OWNED_VOICES | TITLE_WORDS or is_record(root):
            return None
        owner = self.last_person(span[0].idx, span[0].lower_)
        return f"{owner}'s {span[1:].text}" if owner is not None else None

    def _police(self, span: Span) -> Speaker | None:
        """'police said', 'the force said': the police force the article names (anywhere: a crime story's
        first line says "police said" before naming it), else the police as a body. On the record, as a
        force's statements are, not a vague group of officers."""
        words = [t.lower_ for t in span if t.lower_ not in ("the", "local")]
        if words in (["police", "service"], ["police", "force"], ["police", "department"]):
            words = ["police"]  # "The police service said": the force by its kind
        if words not in (["police"], ["force"]) or (
            words == ["force"]
            and span[0].lower_ != "the"
            and span.root.dep_ != "compound"  # "A force spokesperson"
        ):
            return None
        forces = [
            e
            for e in self.doc.ents
            if e.label_ == "ORG" and {"police", "constabulary"} & set(e.text.lower().split())
        ]
        if forces:
            name = clean(forces[0].text)
            return Speaker(name, "organisation", f"'{span.text}' → the police force named in the article")
        if words == ["force"]:
            return None
        return Speaker("police", "organisation", "the police, no force named")

    def resolve(
        self, span: Span, antecedent: Span | None = None, context: list[Speaker] | None = None
    ) -> Speaker:
        """Canonical speaker for a source mention (``antecedent``: the noun a 'who' refers to), with a
        body's initials the article spelled out once written in full ("the DMA" after "the Department of
        Migrant Affairs (DMA)"): the reader need not look the initials up."""
        found = self._resolve(span, antecedent, context)
        real = self.stage_names.get(found.name or "")
        if real is not None:
            # "Voltage said" of a drag artist whose own name the article gives: that person
            return dataclasses.replace(found, name=real, type="person", how=f"{found.how}; a name they go by")
        if not self.acronyms or not found.name:
            return found
        # the tagger may take the bracketed initials into the name ("Directorate of … Standards (DCAS")
        name = _ACRONYM.sub(
            lambda m: self.acronyms.get(m.group(0), m.group(0)), _BRACKETED_INITIALS.sub("", found.name)
        )
        if name == found.name:
            return found
        # initials spelled out in brackets are a body's: "PBW said" is the railroad, whatever the tagger says;
        # "Former DNC chairman" is still a person
        alone = _BRACKETED_INITIALS.sub("", found.name).strip() in self.acronyms
        kind = "organisation" if found.type in ("unknown", "person") and alone else found.type
        return dataclasses.replace(found, name=name, type=kind)

    def _resolve(self, span: Span, antecedent: Span | None, context: list[Speaker] | None) -> Speaker:
        if len(span) == 1 and span[0].lower_ in RELATIVE_PRONOUNS and antecedent is not None:
            inner = self.resolve(antecedent, context=context)
            return Speaker(
                inner.name, inner.type, f"relative pronoun → {inner.how}", inner.anonymous, inner.reason
            )
        whose = self._whose(span, context)
        if whose is not None:
            return whose
        named_itself = self._named_itself(span)
        if named_itself is not None:
            return named_itself
        copied = _copied_document(span)
        if copied is not None:
            return Speaker(copied, "document", f"'{clean(span.text)}' → the document it is a copy of")
        handle = next((h for at, h in self.handles if span.start <= at <= span.end + 1), None)
        if handle is not None:
            # "a user posting as RunnerGrl88", "One, posting as nightbus_kate,": the handle, unnamed
            return Speaker(handle.text, "person", "pseudonymous handle", True, _HANDLE_REASON)
        text = clean(span.text)
        if _AT_HANDLE.fullmatch(text):
            return Speaker(text, "person", "pseudonymous handle", True, _HANDLE_REASON)  # "@vantage_max said"
        initials = next(
            (h for at, h in self.initials if span.start <= at <= span.end + 1 or clean(h.text) == text), None
        )
        if initials is not None:
            # the description the aside names ("A doctor …, identified only by her initial, M.,"), or "M. said"
            return Speaker(initials.text, "person", "named by initials only", True, _INITIALS_REASON)
        given = _name_given_as(span)
        if given is not None:
            # "One, who gave her name only as Refilwe, wrote …": the name they gave, as in apposition
            return Speaker(self._full_name(given), "person", "the name the source gave")
        if (
            len(span) <= 2
            and span.root.pos_ == "PROPN"
            and NAME_GIVEN.search(self.text[max(0, span.start_char - 60) : span.start_char])
        ):
            # "a scaffolder … who gave only his surname, Kwok, said": the name, whatever the tagger calls it
            return Speaker(clean(span.text), "person", "the name the source gave")
        if text.lower() in _FORMS_OF_ADDRESS_TO_THE_BENCH:
            bench = self._bench(span.start_char)
            if bench is not None:
                return Speaker(bench, "person", f"'{text}' → the judge named in this article")
        described = self.body_names.get(text)
        if described is not None:
            return Speaker(described[2], "organisation", f"a name the article describes as a {described[1]}")
        joined = next((j for j in self.joined if j.start >= span.start and j.end == span.end), None)
        if joined is not None and all(t.pos_ == "DET" for t in span[: joined.start - span.start]):
            return Speaker(clean(joined.text), "organisation", "a body's name joined by 'and'")
        spokesperson = self._spokesperson(span, context) or self._press_office(span, context)
        if spokesperson is not None:
            return spokesperson
        police = self._police(span)
        if police is not None:
            return police
        lowered = text.lower()
        verdict = classify_source(span)
        together = sorted({n for p, n in self.outlet_mentions if span.start_char <= p < span.end_char})
        if len(together) > 1 and any(t.dep_ == "conj" for t in span):
            return Speaker(" and ".join(together), "outlet", "outlets named together")
        outlet = self._outlet(span)
        if outlet:
            return Speaker(outlet, "outlet", "outlet alias table")
        if text in self.short_bodies:
            return Speaker(self.short_bodies[text], "organisation", "a name the article gives a body")
        vague = any(t.lower_ in VAGUE_DETERMINERS for t in span)  # "Several papers report": which, unsaid
        # "Council papers show …", "court papers": a body's documents, not newspapers
        owned_papers = any(
            c.dep_ in ("compound", "poss")
            and (c.lower_ in PUBLISHING_BODIES | _PAPER_OWNERS or c.ent_type_ == "ORG")
            for c in span.root.children
        )
        if len(span) <= 3 and span.root.lower_ in OUTLET_COLLECTIVES and not vague and not owned_papers:
            recent = list(dict.fromkeys(self._before(self.outlet_mentions, span.start_char)))
            wanted = 2 if any(t.lower_ in ("both", "two") for t in span) else 1
            if len(recent) >= wanted:
                names = sorted(recent[:wanted])
                return Speaker(
                    " and ".join(names), "outlet", "collective mention of the outlets named before"
                )
        after = _named_after_comma(span)
        if after is not None:
            # "the Council of Nations' humanitarian coordinator for Ostrella, Fatima Lindqvist-Abara, said"
            # / "The state broadcaster, Ostrella One, reported": the parser hung the name elsewhere
            given = is_given_name(after[0])
            if (after.label_ == "PERSON" or given or _person_head(span.root)) and not names_a_body(after):
                return Speaker(self._full_name(after), "person", "description named in apposition")
            kind = "outlet" if span.root.lower_ in OUTLET_ANAPHORS else "organisation"
            return Speaker(clean(after.text), kind, "description named in apposition")
        apposed = self._body_apposed(span)
        if apposed is not None:
            return Speaker(apposed, "organisation", "description named in apposition")
        head = span.root.lower_
        ahead = self._body_named_next(span)
        if ahead is not None:
            return Speaker(ahead, "organisation", f"'{text}' → the body the next sentences name")
        described = {w for p, w, _ in self.described_bodies if p < span.start_char}
        place = _placed_by(span)  # "the Kōtare Bay-based group": where it is, not who
        if (
            len(span) - len(place) <= 3
            and head in OUTLET_ANAPHORS | BODY_ANAPHORS | described
            # "His association says …" after "Kasimir Voll, who chairs the Association of …": the body
            and (
                span[0].lower_ in ("the", "this")
                or (span[0].lower_ in ("his", "her", "their") and len(span) == 2)
            )
            # "the Clinton campaign" names its own body
            and not any(t.pos_ == "PROPN" and t.i not in place for t in span)
        ):
            named_after = _named_after_comma(span) or any(c.dep_ == "appos" for c in span.root.children)
            if span[0].lower_ in ("his", "her", "their") and not named_after:
                return self._owners_body(span, head)
            # "the paper" → the last outlet; "the company" → the organisation of the last three sentences
            window = _window_start(span)
            since = 0 if head not in BODY_ANAPHORS or window is None else window.idx
            orgs = head in BODY_ANAPHORS | described
            # "the company" is never the paper named last; "the agency" or "the network" may be
            # the firm that spoke in the sentence before ("Halden Residential said …. The company said")
            # comes before the organisation named last ("… emailed to the Courier")
            before = self._speaker_before(span) if head not in OUTLET_ANAPHORS else None
            before = before or (self._firm_opening_report(span, text) if head in _COMMERCIAL else None)
            body = before or self.last_body(
                span.start_char, f"'{text}'", head in OUTLET_ANAPHORS, orgs, since, head
            )
            if body is not None:
                return body
        pair = _pair_named_next(span)
        if pair is not None:
            return Speaker(pair, "organisation", f"'{text}' → the two bodies the next sentence names")
        both = self._bodies_named_before(span, context)
        if both is not None:
            return both
        capitals = self._capitals_label(text)
        if capitals is not None:
            return capitals
        # the head noun: the phrase's last word whose head lies outside it ("co-director", which the parser
        # may split into three sibling subjects)
        head_word = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i][-1]
        after_head = span.doc[min(head_word.i + 1, len(span.doc) - 1)]
        body = describes_a_body(head_word, after_head)  # "rail operator Bundesverkehrsbahn (BVB)"
        named = [
            c
            for c in head_word.children
            # or a name the parser joined to the description as a conjunct, set off by commas with no "and"
            # ("the Minister of Public Service, Ms Harriet Nabwire, announced")
            if (c.dep_ == "appos" or _comma_conjunct(c))
            and c.i > head_word.i
            and (c.i >= span.end or body)
            # "of the Alliance for National Renewal (ANR)": the bracketed letters shorten the name before
            and not (c.i > 0 and span.doc[c.i - 1].text == "(" and c.text.isupper())
            and not _subject_hung_on_source(c)
            and span.doc[c.left_edge.i].lower_
            not in ("a", "an")  # "her husband, a lorry driver," names no one
            and (
                c.ent_type_ in ("PERSON", "ORG")
                or (c.pos_ == "PROPN" and (body or span.doc[c.left_edge.i].lower_ in GIVEN_NAMES))
                or _aged_name(c) is not None
                # "A former association secretary, Tuala Iosefa Leiataua,": capitalised words beside
                # a description only a person has, whatever the tagger calls them
                or (
                    c.pos_ == "PROPN"
                    and _person_head(head_word)
                    and c.left_edge.i < c.i
                    and all(t.is_title for t in span.doc[c.left_edge.i : c.i + 1])
                )
            )
        ]
        office = head_word.pos_ == "PROPN" and head_word.lower_ in TITLE_WORDS  # "the Minister of …, Ms X,"
        if (head_word.pos_ == "NOUN" or office or head_word.lower_ in ("one", "another")) and named:
            # "The governor's spokesperson, Ben Ortiz, denied …", "The company, Redwater Energy, …": the
            # description is named right after it. A body's name is an organisation's whatever the tagger
            # says ("The pilots' union, Balpa", "Residents' group Save Dunmore Marsh"); newspapers named so
            # are outlets ("The principal mouthpieces of US imperialism, the Times and the Post")
            names = [named[0], *named[0].conjuncts]
            papers = [
                self.outlets.lookup(
                    clean(span.doc[n.left_edge.i : n.i + 1].text), self._before(self.outlet_mentions, n.idx)
                )
                for n in names
            ]
            if all(papers):
                return Speaker(" and ".join(sorted(set(papers))), "outlet", "outlets named in apposition")
            ent = next(
                (e for e in span.doc.ents if e.start <= named[0].i < e.end and e.label_ in ("PERSON", "ORG")),
                None,
            )
            aged = _aged_name(named[0]) if ent is None else None
            name = ent if ent is not None else aged or span.doc[named[0].left_edge.i : named[0].i + 1]
            # a given name, or a description only a person has ("Mr Pritchard's mother, Glenys Pritchard")
            given = is_given_name(name[0]) or _person_head(head_word) or aged is not None
            # "energy-drink maker Zest Volt", which the tagger calls a person, is a business
            tagged_body = ent is not None and (
                (ent.label_ == "ORG" and not given) or (ent.label_ == "PERSON" and names_a_body(ent))
            )
            if body or tagged_body or (ent is None and not given):
                return Speaker(clean(name.text), "organisation", "description named in apposition")
            return Speaker(self._full_name(name), "person", "description named in apposition")
        if span.root.pos_ == "PROPN" and followed_by_age(span.doc, span.end):
            # "software engineer Arjun Deshpande, 31,": the name, without the description before it
            # … nor an honorific or a job written as the sentence's first word ("Mam Qadir Hama Salih, 71,",
            # "Fishmonger Lurdes Machava, 45,")
            first = next(
                (
                    t.i
                    for t in span
                    if t.pos_ == "PROPN"
                    and t.is_title
                    and not (t.i + 1 < span.end and _describes_the_name(t))
                ),
                span.start,
            )
            name = clean(span.doc[first : span.end].text)
            return Speaker(
                self._known_person(name, span.start_char) or name, "person", "a name followed by an age"
            )
        # the person at the phrase's head, not one in a modifier ("many of Mensah's opponents"); NER now
        # and then calls a common noun a person ("Scholars have long debated …")
        bodies = [
            e for e in span.ents if e.label_ == "PERSON" and names_a_body(e) and e.root.i == span.root.i
        ]
        if bodies:
            return Speaker(clean(bodies[0].text), "organisation", "a body's name the tagger called a person")
        owner = _body_of_person(span)
        if owner is not None:
            return Speaker(owner, "organisation", "a body named after the person who leads or owns it")
        person = heading_person(span, self.titled) or _name_after_titles(span, self.titled)
        if person is not None and not _title_only(person):
            return Speaker(self._full_name(_past_portfolio(person)), "person", "named person")
        if lowered in PERSON_PRONOUNS and lowered not in ("i", "me", "we", "us"):
            role = self._unnamed_role(span.start_char, lowered)
            if role is not None:
                inner = self.resolve(role, context=context)
                return Speaker(
                    inner.name, inner.type, f"pronoun → {inner.how}", inner.anonymous, inner.reason
                )
            name = self.last_person(span.start_char, lowered)
            if name is None and context and context[-1].type == "person" and context[-1].name:
                # no one named yet: "the minister insists … "…," he told parliament" is the minister
                return Speaker(context[-1].name, "person", "pronoun → last person quoted")
            if name is not None and any(h.text == name for _, h in self.handles):
                return Speaker(name, "person", "pronoun → last handle named", True, _HANDLE_REASON)
            initials = next((h.text for _, h in self.initials if clean(h.text) == name), None)
            if initials is not None:
                return Speaker(
                    initials, "person", "pronoun → last person named by initials", True, _INITIALS_REASON
                )
            return Speaker(name, "person" if name else "unknown", "pronoun → last named person")
        if lowered in ("it", "its"):
            body = self._it(span.start_char, context)
            if body is not None:
                return body
        if lowered in _PLURAL_PRONOUNS:
            # "Sam Rook, …, who uses they/them pronouns, said …. They said …": the person, when named last
            one = self.last_person(span.start_char) if self.they_people else None
            if one is not None and one in self.they_people and lowered in ("they", "them", "their"):
                return Speaker(one, "person", "pronoun 'they' → the person named last, who uses it")
            group = self._plural_antecedent(span, context)
            if group is not None:
                return group
        whole = [g for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if whole and whole[0].lower_ in ("whom", "which"):
            # "Fans in the upper stand, several of whom said …": some of the group the relative clause is on
            clause = span.root.head
            end = clause.left_edge.i
            while end > 0 and span.doc[end - 1].is_punct:
                end -= 1
            noun = clause.head if clause.dep_ == "relcl" else None
            if noun is not None and noun.left_edge.i < end:
                group = self.resolve(span.doc[noun.left_edge.i : end], context=context)
                member = span.doc[span.start : whole[0].i].text.strip()  # "several of"
                name = group.name or clean(span.doc[noun.left_edge.i : end].text)
                if span.doc[noun.left_edge.i].pos_ != "PROPN":  # "Fans in the upper stand" opening a sentence
                    name = name if name.lower().startswith("the ") else "the " + name[:1].lower() + name[1:]
                return Speaker(
                    f"{member} {name}",
                    "group",
                    f"{member.lower()} whom: {group.how}",
                    True,
                    group.reason or "some of a group no one in which is named",
                )
        # "families of those affected by the floods": 'those' with its own description refers to no one before
        described = any(c.dep_ in ("acl", "relcl") for c in whole[0].children) if whole else False
        if whole and whole[0].lower_ in _PLURAL_PRONOUNS | {"those"} and not described:
            # "One of them cautioned …": a member of the group 'them' stands for, as named or unnamed as it
            group = self._plural_antecedent(span.doc[whole[0].i : whole[0].i + 1], context)
            described_as = [
                c
                for c in span.root.children
                if c.dep_ == "appos" and c.pos_ == "NOUN" and c.left_edge.lower_ in ("a", "an")
            ]
            if group is not None and group.anonymous and described_as:
                # "One of them, a machine operator with 22 years at the plant, said": as the writer describes them
                desc = span.doc[described_as[0].left_edge.i + 1 : described_as[0].right_edge.i + 1]
                how = f"one of {group.how}, described in apposition"
                return Speaker(clean(desc.text), "anonymous", how, True, group.reason)
            if group is not None:
                member = span.doc[span.start : whole[0].i].text.strip()  # "One of"
                name = group.name or ""
                return Speaker(
                    f"{member} {name if name[:1].isupper() else 'the ' + name}",
                    "anonymous" if group.anonymous and group.type != "group" else group.type,
                    f"{member.lower()} {group.how}",
                    group.anonymous,
                    group.reason,
                )
        if lowered in THING_PRONOUNS and context:
            for previous in reversed(context):
                if previous.type in ("outlet", "organisation", "group", "anonymous") and previous.name:
                    return Speaker(
                        previous.name,
                        previous.type,
                        "pronoun → last non-person source",
                        previous.anonymous,
                        previous.reason,
                    )
        titled = _titled_document(span)
        if titled is not None:
            return Speaker(titled, "document", "a document named by its title")
        author = self._document_author(span)
        if author is not None:
            return author
        # the head word: "port data" hung on a misread "show"
        if head_word.lower_ == "authors" and span[0].lower_ == "the" and len(span) == 2:
            # "the authors write …": the document that spoke before, which they wrote
            doc_before = next((c for c in reversed(context or []) if c.type == "document" and c.name), None)
            if doc_before is not None:
                return Speaker(doc_before.name, "document", "'the authors' → the document that spoke before")
        if is_record(head_word) and verdict is None:
            earlier = next(
                (
                    c
                    for c in reversed(context or [])
                    if c.type == "document" or c.how.startswith("document (")
                ),
                None,
            )  # the document that spoke last, or the author a document with a named author speaks for
            head = head_word.lemma_.lower()
            if (
                earlier is not None
                and span[0].lower_ in ("the", "this")
                and head != "data"
                # "The branch's guidelines" are the branch's, not the document named before
                and not any(c.dep_ == "poss" for c in head_word.children)
                and (
                    # its author's: "a web video by the RNC … The ad" (of the same kind: "the advisory" is no
                    # refer-back to "Figures from the Maritime Regulatory Board")
                    (earlier.how.startswith("document (") and _same_kind(head, earlier.how))
                    or head in _DOCUMENT_HYPERNYMS
                    or head in (earlier.name or "").lower().split()
                )
            ):
                # "according to a leaked draft by the Office … The 46-page document states …"
                return Speaker(earlier.name, earlier.type, f"'{text}' → the document named before")
            if (
                head in DATA_NOUNS
                and head_word.i > 0
                and span.doc[head_word.i - 1].lower_ in ("the", "these")
            ):
                # "Figures published by the board show … the data show …": the data named before, by
                # whichever data noun
                for noun in reversed(span.doc[: head_word.i]):
                    if noun.pos_ in ("NOUN", "PROPN") and {noun.lower_, noun.lemma_.lower()} & DATA_NOUNS:
                        author = self._document_author(span.doc[noun.left_edge.i : noun.right_edge.i + 1])
                        if author is not None:
                            return Speaker(author.name, author.type, f"'{text}' → {author.how}")
            ahead = self._data_named_next(head_word) if head in DATA_NOUNS | {"figure"} else None
            if ahead is not None:
                return ahead
            titled = _document_titled_next(head_word)
            if titled is not None:
                return Speaker(titled, "document", f"'{text}' → the document the next sentence names")
            # "census data show …", "according to documents seen by this newspaper": no author named
            return Speaker(self._spelled_out(span, text), "document", "document or data with no author named")
        if verdict is not None and span[0].lower_ == "the" and not verdict.vague:
            # "A federal judge ruled … Judge Eleanor Marchetti-Vance wrote … The judge ordered": a role
            # the article has since given a name is no longer unnamed
            role = self._role(span)
            if role:
                return Speaker(role, "person", "role description learnt from this article")
        later = self._named_later(span) if verdict is not None and not verdict.vague else None
        if later is None and verdict is not None and span[0].lower_ in ("a", "an") and len(span) >= 3:
            # "after a national museum said …" and "The Kesterian National Museum's director" below
            later = self._body_named_below(span)
        if later is not None:
            return later
        elided = _elided_group(span) if verdict is not None and verdict.vague else None
        if elided is not None:
            return Speaker(
                clean(elided.text),
                "group",
                f"'{text}' → some of the sentence before's '{elided.text}'",
                True,
                verdict.reason,
            )
        if verdict is not None:
            kind = "group" if verdict.vague else "anonymous"
            # "His caddie, who asked not to be named, joked …": Jamie Ferrol's caddie, still unnamed
            name = self._known_through_person(span) or self._spelled_out(span, text)
            return Speaker(name, kind, "anonymous/vague source rule", True, verdict.reason)
        known = self._known_person(text, span.start_char)
        if known:
            return Speaker(known, "person", "short name of a person named in the article")
        role = self._role(span)
        if role:
            return Speaker(role, "person", "role description learnt from this article")
        owner = [c for c in span.root.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "its")]
        if owner and span.root.lower_ in _OWNED_VOICES | TITLE_WORDS and len(span) <= 4:
            # "her office", "his campaign", "its general secretary": the aide, office or officer of the
            # person or body the pronoun stands for; named as the lede goes on, that person
            named = self._holder_named_next(span) if span.root.lower_ in TITLE_WORDS else None
            if named is not None:
                return Speaker(named, "person", f"'{text}', named as a later sentence's speaker")
            if owner[0].lower_ == "its":
                whose = self._it(owner[0].idx, context)
                if whose is not None and whose.type == "document":
                    # "The department said … according to figures published … Its environmental protection
                    # team said": a document has no staff; the body that spoke before it has
                    spoke = next(
                        (
                            c
                            for c in reversed(context or [])
                            if c.type in ("organisation", "outlet") and c.name
                        ),
                        None,
                    )
                    whose = (
                        Speaker(spoke.name, spoke.type, "pronoun 'it' → the body that spoke last")
                        if spoke is not None
                        else self.last_body(owner[0].idx, "'its'")
                    )
                name, how = (whose.name, whose.how) if whose is not None else (None, "")
            else:
                name, how = self.last_person(owner[0].idx, owner[0].lower_), "last named person"
            if name is not None:
                role = " ".join(t.text for t in span if t.i != owner[0].i)
                kind = _office_kind(span.root)
                # "his doctor", "her line supervisor": someone known only through the person, never named
                # (not kin, whom the article often names elsewhere, nor an employer, often a firm)
                unnamed = (
                    owner[0].lower_ != "its"
                    and kind == "person"
                    and span.root.lower_ not in _KIN | {"employer"}
                )
                reason = f"unnamed: known only through {name} ('{text}')" if unnamed else ""
                return Speaker(f"{name}'s {role}", kind, f"possessive pronoun → {how}", unnamed, reason)
        if len(span) == 2 and span[0].lower_ == "the" and span[1].is_title and span[1].tag_ == "NNP":
            # "the Ombudsman" after "The Local Services Ombudsman's report": the body whose name it ends
            called = [
                n
                for _, n in self._bodies_called(span[1].lower_, span.start_char)
                if n.endswith(f" {span[1].text}")
            ]
            if called:
                return Speaker(called[-1], "organisation", f"'{text}' → the body named with that word")
        if _epithet(span):
            # "the Swede was diplomatic:", "the 34-year-old said": a sports or feature writer's name for
            # the person just named, of the sex the word says ("the actress" is no man named since)
            root = span.root.lower_
            sex = "she" if root in FEMALE_MARKERS else "he" if root in MALE_MARKERS else ""
            name = self.last_person(span.start_char, sex)
            if name is not None:
                return Speaker(name, "person", f"epithet '{text}' → last named person")
        official = _name_after_office(span)
        if official is not None:
            # "Department of Health spokesperson Kagiso Tlhapi", the name untagged: the person, not the body
            return Speaker(self._full_name(official), "person", "named person after a body's title")
        # a nationality or party adjective ("the Russian president") does not name the speaker, nor does
        # a common noun the tagger took for a name ("the metro announced")
        orgs = sorted(
            (
                e
                for e in span.ents
                if e.label_ in _ORG_LABELS
                and not (e.label_ == "NORP" and e.root != span.root)
                and any(c.isupper() for c in e.text)
                and e.start not in place
                # "Fans on Glint", "workers at Sunfield": people described by where they are or post
                and not (span.root.tag_ == "NNS" and in_modifier(e.root, span.root))
            ),
            # of two bodies, the one the phrase is headed by ("Digital-rights group Open Ledger Foundation")
            key=lambda e: (_ORG_PREFERENCE.index(e.label_), span.root not in e),
        )
        labels = {e.label_ for e in orgs}
        if (
            "GPE" in labels
            and span.root.pos_ == "PROPN"
            and not any(e.label_ == "GPE" and span.root in e for e in orgs)
        ):
            # "Russia's Defense Ministry": the country qualifies the body that speaks; keep both
            return Speaker(
                _without_article(" ".join(span.text.split())), "organisation", "named organisation"
            )
        if orgs and orgs[0].label_ == "NORP" and span.root.tag_ in ("NNS", "NNPS"):
            return Speaker(clean(orgs[0].text), "group", "nationality or political group")
        if (
            orgs
            and span.root.pos_ == "NOUN"
            and all(
                (
                    e.root.head == span.root
                    and (
                        e.root.dep_ == "poss" or (e.root.dep_ == "compound" and span.root.lower_ in _HELD_BY)
                    )
                )
                # "the chair of Morrowdale Parish Council": an officer of the body, unnamed
                or (
                    e.root.dep_ == "pobj"
                    and e.root.head.lower_ == "of"
                    and e.root.head.head == span.root
                    and span.root.lower_ in TITLE_WORDS
                    and span[0].lower_ in ("the", "a", "an")
                )
                for e in orgs
            )
        ):
            # "Britain's telecoms regulator", "Russia's foreign minister", "the Treasury minister", "a House
            # panel": the place or body qualifies who speaks, and is not itself the speaker
            return Speaker(
                _without_article(" ".join(span.text.split()), indefinite=True),
                _office_kind(span.root),
                "body or office of a named place",
            )
        if clean(span.text) in self.acronyms.values():
            # "Prairie Bend & Western Railroad (PBW)": one body, whose name the parser may read as two
            return Speaker(clean(span.text), "organisation", "a body's name spelled out before its initials")
        together_named = _coordinated_names(span)
        if orgs and together_named:
            return Speaker(" and ".join(together_named), "organisation", _TOGETHER)
        if orgs and len(orgs[0]) == 1 and orgs[0].root.lower_ in BODY_NAME_WORDS and span[0].lower_ == "the":
            # "the Commission" capitalised, as house style writes a body named in full before: that body
            called = [n for _, n in self._bodies_called(orgs[0].root.lower_, span.start_char) if " " in n]
            if called:
                return Speaker(called[-1], "organisation", f"'{text}' → the body named with that word")
        if orgs and all(_title_only(e) for e in orgs):
            # "the Chief Constable" tagged a body: an office, held by one person the article does not name
            role = self._role(span)
            if role:
                return Speaker(role, "person", "role description learnt from this article")
            return Speaker(_without_article(text), "person", "role description, no name in the article")
        if orgs and span.root.lower_ in _BRANCHES and any(e.root.head.head == span.root for e in orgs):
            # "The Kellbridge branch of the University and College Staff Union": the branch speaks, not
            # the place it is in
            return Speaker(_without_article(clean(span.text)), "organisation", "a branch of a named body")
        # (not people a body's name only qualifies: "Colorado Republican leaders" are a group of its)
        people = span.root.tag_ == "NNS" and span.root.lower_.endswith(PEOPLE_ENDINGS)
        if orgs and not (people and all(e.root.head == span.root and e.root.i < span.root.i for e in orgs)):
            return Speaker(clean(orgs[0].text), "organisation", "named organisation")
        # "National Weather and Climate Service": joiners between the capitalised words
        words = [t for t in span if not t.is_punct and t.lower_ not in ("the", "and", "&", "of")]
        if (
            len(words) >= 2
            and all(t.pos_ == "PROPN" for t in words)
            and (span.root.tag_ == "NNPS" or span.root.lower_ in BODY_NAME_WORDS)
        ) or title_cased_name(span):
            # "Castlerock Aggregates" that the tagger did not call an organisation; "Downing Street" or
            # "City Hall" speaking for the office there; "Friends of the Earth"
            return Speaker(_without_article(text), "organisation", "a proper name of a body or its seat")
        if span.root.tag_ in ("NNS", "NNPS"):
            return self._family(span) or Speaker(text, "group", "plural noun phrase")
        titled = text.split()
        if (
            (
                (len(titled) >= 3 and titled[0].lower() in TITLE_WORDS | HONORIFICS)
                or (len(titled) == 2 and titled[0].lower() in HONORIFICS)  # "Mr Obi"
            )
            and all(w[:1].isupper() for w in titled[1:])  # not "representative for Marchbanks"
            # not an office's name ("Prime Minister's Office")
            and not any(w.endswith(("'s", "’s")) for w in titled)
        ):
            # "Mayor Elena Ruiz" that NER missed (it often does right after a closing quote mark); the name
            # is what follows the last title word ("Detective Senior Sergeant Tūhoe")
            last = max(k for k, w in enumerate(titled) if w.lower() in TITLE_WORDS | HONORIFICS)
            name = " ".join(titled[last + 1 :])
            if " " not in name:
                name = self._owner(name, span.start_char) or name  # the full name given before
            return Speaker(name, "person", "title followed by a capitalised name")
        if span.root.pos_ == "PROPN" and any(clean(b.text) == text for b in self.bodies):
            return Speaker(text, "organisation", "a body's name the tagger missed")  # "Askel Ferries"
        described = next(
            (
                t.i
                for t in span
                if t.pos_ == "NOUN" and t.i < span.end - 1 and describes_a_body(t, span.doc[t.i + 1])
            ),
            None,
        )
        if (
            span.root.pos_ == "PROPN"
            and described is not None
            and all(t.is_title or t.is_punct for t in span[described + 1 - span.start :])
        ):
            # "Consumer group Fair Deal Now urged …": a body's description, then its name
            return Speaker(
                clean(span.doc[described + 1 : span.end].text), "organisation", "a body described, then named"
            )
        titled = [t for t in span if t.pos_ == "PROPN" and t.is_title and t.lower_ in DOCUMENT_NOUNS]
        if titled and (span.root == titled[-1] or span.root.lower_ in ("no", "no.")):
            # "Ministerial Resolution No. 38 of 2025", "the Hartley Report": a document's title
            return Speaker(text, "document", "a document's title")
        # headlinese "Mayor on flood: …": a title alone, capitalised as the headline's first word
        bare_title = len(span) == 1 and span.root.lower_ in TITLE_WORDS and _headline(span)
        # "the finance ministry" tagged a name: a lower-case word is a common noun, whatever its tag
        # "a former Speaker": an office capitalised, held by someone the article does not name
        common = (
            span.root.tag_ == "NN"
            or (span.root.tag_ == "NNP" and span.root.is_lower)
            or (span[0].lower_ in ("a", "an") and span.root.lower_ in TITLE_WORDS)
        )
        if span.root.pos_ == "PROPN" and not bare_title and not common:
            described_as = span.root.head if span.root.dep_ == "appos" else None
            if described_as is not None and describes_a_body(described_as, span[0]):
                # "The national energy regulator, ARCEM, said": the name of the body described before it
                return Speaker(text, "organisation", "a body's name set after its description")
            if span.root.lower_ in BODY_NAME_WORDS and any(
                c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.is_title for g in c.children)
                for c in span.root.children
            ):
                # "The Department for Schools said", which the tagger left untagged: a body's name by its head
                return Speaker(text, "organisation", "a body's name by its head word")
            family = self._family(span)
            if family is not None:
                return family
            return Speaker(text, "unknown", "proper noun not recognised as a person or organisation")
        if (
            span.root.lower_ in TITLE_WORDS
            and (common or bare_title)
            and (span[0].pos_ == "DET" or span[0].lower_ == "its" or _headline(span))
        ):
            named = self._holder_named_next(span)
            if named is not None:
                return Speaker(named, "person", f"'{text}', named as the next sentence's speaker")
            # "Coun. Linda Forsythe, who chairs the transit committee, said …. The committee chair said"
            before = self._speaker_before(span)
            if before is not None:
                return before
            # "the governor" (or headlinese "says union chief"): one identifiable office holder, though the
            # article gives no name
            return Speaker(text, "person", "role description, no name in the article")
        if span.root.lower_ in _HELD_BY - TITLE_WORDS and common and span[0].lower_ == "the":
            # "the board" is the School Board named before; "the county council", never named, is still
            # one identifiable body
            # "the students' union" is no staff union named before: whose body it is must be in the name
            owners = [c.lemma_.lower() for c in span.root.children if c.dep_ == "poss" and c.pos_ == "NOUN"]
            called = [
                (p, n)
                for p, n in self._bodies_called(span.root.lower_, span.start_char)
                if all(o in n.lower() for o in owners)
            ]
            if called:
                return Speaker(called[-1][1], "organisation", f"'{text}' → the body named with that word")
            before = self._speaker_before(span)
            if before is not None:
                return before
            below = self._body_named_below(span) or self._firm_of_the_story(span)
            if below is not None:
                return below
            return Speaker(_without_article(text), "organisation", "body described, no name in the article")
        # "A retired bus driver from Ħal Ferħa, whose wife …, said …. ¶ Joseph Farrugia Vella, 67, said …":
        # a description no rule above calls anonymous, named in the next sentence
        later = self._named_later(span) or self._speaker_before(span) or self._family(span)
        if later is not None:
            return later
        if span.root.lemma_.lower() in PLANS_AND_PAPERS:
            return Speaker(text, "document", "a plan or paper with no author named")  # "a rationing schedule"
        if span.root.lower_ in _UNITS and any(c.dep_ == "poss" for c in span.root.children):
            # "The metro's disaster management centre said": a unit of the body the article names
            named = self._spelled_out(span, text)
            if named != text:
                return Speaker(_without_article(named), "organisation", "a unit of a body the article names")
        last = context[-1] if context else None
        if (
            span[0].lower_ == "the"
            and span.root.tag_ == "NN"
            and (_person_head(span.root) or span.root.lower_ in ANONYMOUS_HEADS)
            and _quotation_closed_before(span) is not None
            and last is not None
            and last.type == "person"
            and last.name
            and not last.anonymous
        ):
            # '“Eight years. I lost 30 years of savings,” the retired bricklayer said.': a new word for the
            # person quoted last, as a writer varies the name
            return Speaker(last.name, "person", f"'{text}' after a quotation → the person quoted last")
        if span[0].lower_ == "the" and _unnamed_role(span.root):
            # "the driver had told her …", never named: someone a reader cannot look up (an office such as
            # "the governor" is resolved above as one identifiable holder)
            return Speaker(
                text,
                "person",
                "role description, no name in the article",
                True,
                f"unnamed: known only by role ('{text}')",
            )
        return Speaker(text or None, "unknown", "unresolved mention")

    def _speaker_before(self, span: Span) -> Speaker | None:
        """'Kiboko Dairies said in a statement that …. The processor said …': a definite description no
        rule resolved, with no name before it in its own sentence, is the one named speaker of the sentence
        before (the subject of a reporting verb there, or a name in apposition to it), when the
        description's head fits: a person's noun a person, a body's noun a body. A writer varies the name
        so; a reader takes it for the same speaker. Not when another name there holds the head word, nor
        after an outlet's report, nor for "the company" after a regulator spoke of another firm."""
        doc, root = span.doc, span.root
        sent = root.sent
        if span[0].lower_ != "the" or root.tag_ != "NN":
            return None
        if any(a.dep_ in ("ccomp", "xcomp") for a in root.ancestors):
            # "She said the loan officer had told her …": a description inside what someone reports is
            # someone they speak of, not the last speaker named again
            return None
        if any(c.dep_ == "poss" for c in root.children):
            return None  # "the prime minister's office" is someone else's
        if any(e.label_ in ("PERSON", "ORG") and e.end <= span.start for e in sent.ents):
            return None  # someone named before it in its own sentence is nearer
        # '“Eight years. I lost 30 years of savings,” the retired bricklayer said.': the sentence before is
        # the one before the quotation, which the parser splits into sentences of its own
        opening = _quotation_closed_before(span)
        start = doc[opening].sent.start if opening is not None else sent.start
        if start == 0:
            return None
        prev = doc[start - 1].sent
        speaking = []
        for e in prev.ents:
            # the subject, or a name in apposition to it ("another former client, Mr Alf Dunstan, 79, said")
            subj = e.root.head if e.root.dep_ == "appos" else e.root
            if (
                e.label_ in ("PERSON", "ORG")
                and subj.dep_ in ("nsubj", "nsubjpass")
                and subj.head.lemma_.lower() in cue_verbs()
            ):
                speaking.append(e)
        if len(speaking) != 1:
            return None
        ent = speaking[0]
        head = root.lower_
        if head in _HEARING_BODIES and head not in ent.text.lower():
            return (
                None  # "In its submissions to the tribunal, Pell Harcourt contended …. The tribunal accepted"
            )
        described = doc[max(prev.start, ent.start - 3) : ent.start]
        if any(ent.start_char <= at < ent.end_char for at, _ in self.outlet_mentions) or any(
            t.lower_ in OUTLET_ANAPHORS for t in described
        ):
            # an outlet ("Spanish sports daily Diario Gol reported") relays; "the club said" after it is
            # the club it reported on
            return None
        if any(head in e.text.lower().split() for e in prev.ents if e != ent):
            return None  # "… would force the Port Royce Transit Authority to …. The authority said"
        reported = [e for e in prev.ents if e.label_ == "ORG" and e.start > ent.root.head.i]
        if head in _COMMERCIAL and (ent[-1].lower_ in _PUBLIC_BODY_WORDS or reported):
            return None  # "The regulator said Acme had …. The company said": Acme, or unclear
        # a noun only an -or/-er ending calls a person's ("processor", "distributor") may name a body too
        personal = head in _PERSON_NOUNS | TITLE_WORDS or head.endswith("man")  # "the headman"
        # a given name and surname the tagger called an organisation is known as a person; a firm it
        # called a person ("Crestmoor Residential said … The company said") opens with no given name
        bodily = head in (_HELD_BY - TITLE_WORDS) | FIRM_WORDS
        titled = ent[0].lower_ in HONORIFICS  # "Dr Zahira" that the tagger called a body is a person still
        if ent.label_ == "PERSON" or titled:
            person = None if bodily and not is_given_name(ent[0]) and not titled else self._full_name(ent)
        else:
            person = self._known_person(clean(ent.text))
        if person:
            titles = {key.split()[-1] for key, name in self.roles.items() if name == person}
            if head in _ELECTED_OFFICES and titles and head not in titles:
                return None  # "Representative Michele Bachmann told Mr. Obama …. The president told her"
            if personal or (is_occupation(root) and head not in _HELD_BY):
                return Speaker(
                    person, "person", f"'{span.text}', the person named as the last sentence's speaker"
                )
            return None
        name = clean(ent.text)
        if personal or any(name in known.split() for _, known in self.people):
            return None  # a person's name the tagger called a body ("Tang" of "Tang Siu-fong")
        described_as = ent.root.head if ent.root.dep_ == "appos" else None
        if described_as is not None and (
            _person_head(described_as)
            or (described_as.is_title and described_as.lower_.endswith(OCCUPATION_ENDINGS))
        ):
            return None  # "The Deputy Director of the Cell, Dr. S.K. Meena, said …. The department said"
        return Speaker(name, "organisation", f"'{span.text}', the body named as the last sentence's speaker")

    def _bench(self, pos: int) -> str | None:
        """The judge or magistrate a title learnt in this article names ("Judge Rosalind Okonkwo-Hale"),
        the nearest before ``pos`` first: whom "Her Honour" stands for."""
        return next((name for key, name in self._roles_from(pos) if key.split()[-1] in _BENCH_TITLES), None)

    def _bodies_named_before(self, span: Span, context: list[Speaker] | None = None) -> Speaker | None:
        """'the companies said', 'both firms said': the last two organisations named before, when the
        phrase is a plural body word with a definite or dual determiner; "the two agencies" after two
        bodies spoke together ("In a joint statement, X and Y said") is that pair, whoever was named since."""
        root = span.root
        if (
            len(span) > 3
            or root.tag_ != "NNS"
            or root.lemma_.lower() not in BODY_ANAPHORS
            or span[0].lower_ not in ("the", "both")
        ):
            return None
        pairs = [s for s in context or [] if s.type == "organisation" and s.how == _TOGETHER]
        if pairs and any(t.lower_ in ("two", "both") for t in span):
            return Speaker(
                pairs[-1].name, "organisation", f"'{clean(span.text)}' → the two that spoke together"
            )
        names: list[str] = []
        outlets = {pos for pos, _ in self.outlet_mentions}
        text = self.text
        earlier = [
            e
            for e in self.doc.ents
            if (e.label_ == "ORG" or (e.label_ == "PERSON" and names_a_body(e)))
            and e.end_char <= span.start_char
            and e.start_char not in outlets
            and not in_dateline(text, e.start_char)
        ]  # the wire in "FRANKFURT (Meridian News) -" is no party to the deal
        for ent in reversed(earlier):
            name = clean(ent.text)
            if not self._known_person(name) and all(name not in n and n not in name for n in names):
                names.append(name)
            if len(names) == 2:
                return Speaker(
                    " and ".join(reversed(names)),
                    "organisation",
                    f"'{clean(span.text)}' → the two organisations named before",
                )
        return None

    def _it(self, pos: int, context: list[Speaker] | None) -> Speaker | None:
        """What 'it' or 'its' at ``pos`` stands for. "The report said the Environment Agency had failed ….
        It also warned …": a body that just spoke goes on speaking, and an organisation named only inside
        what it said does not take over; else the last outlet or organisation named."""
        topic = self._document_subject(pos)
        if topic is not None:
            inner = self.resolve(topic, context=context)
            if inner.name is not None:
                return Speaker(
                    inner.name, inner.type, f"pronoun 'it' → '{topic.text}', the subject before it"
                )
        if context and context[-1].type in ("organisation", "outlet", "document") and context[-1].name:
            last = context[-1]
            return Speaker(last.name, last.type, "pronoun 'it' → the body or document that spoke last")
        return self.last_body(pos)

    def _named_itself(self, span: Span) -> Speaker | None:
        """'A group calling itself NightHarbor claimed …', and 'the group' after it: the name it gives itself."""
        name = self.self_named.get(span.root.i)
        if name is None and span[0].lower_ == "the":
            name = next(
                (
                    n
                    for i, n in self.self_named.items()
                    if i < span.start and self.doc[i].lower_ == span.root.lower_
                ),
                None,
            )
        if name is None:
            return None
        return Speaker(clean(name.text), "organisation", "a group under the name it gives itself")

    def _firm_of_the_story(self, span: Span) -> Speaker | None:
        """'Senior managers at Southvale Water were warned …. The company has previously said …': "the
        company" with no firm called so is the business the story is about, the one named most often before
        it (at least twice, counting its first word alone: "a Southvale spokesperson"), and clearly more
        than any other; not a public body, a union or a party, an outlet or a person."""
        if span.root.lower_ not in _COMMERCIAL:
            return None
        before = self.text[: span.start_char]
        outlets = {p for p, _ in self.outlet_mentions}
        # the tagger calls a firm a facility or a person now and then ("Southvale Water", "Southvale")
        tagged = [e for e in self.doc.ents if e.label_ in ("ORG", "FAC") and e.text[:1].isupper()]
        names = {
            clean(b.text)
            for b in [*self.bodies, *tagged]
            if b.start_char < span.start_char
            and not any(b.start_char <= p < b.end_char for p in outlets)
            and not set(clean(b.text).lower().split()) & (_PUBLIC_BODY_WORDS | _NOT_FIRMS)
            and not self._known_person(clean(b.text))
        }
        firsts = [n.split()[0] for n in names]
        counts = {}
        for name in names:
            words = name.split()
            count = len(re.findall(rf"\b{re.escape(name)}\b", before))
            if len(words) > 1 and firsts.count(words[0]) == 1:  # "Southvale's chief executive"
                count += len(re.findall(rf"\b{re.escape(words[0])}\b(?!\s+{re.escape(words[1])})", before))
            counts[name] = count
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            return None
        return Speaker(ranked[0][0], "organisation", f"'{clean(span.text)}' → the firm the story is about")

    def _body_named_below(self, span: Span) -> Speaker | None:
        """'the port authority' or 'a national museum' that the article names only further down ("the
        Vrsnik Port Authority", "The Kesterian National Museum's director"): the first body named after it
        with every word of the description in its name."""
        words = {t.lower_ for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")}
        later = [
            n
            for p, n in self._bodies_called(span.root.lower_, len(self.text))
            if p > span.start_char and words <= set(n.lower().split())
        ]
        if not later:
            return None
        return Speaker(later[0], "organisation", f"'{clean(span.text)}' → the body named so further down")

    def _named_later(self, span: Span) -> Speaker | None:
        """Someone described, then named (``_name_given_later``); the description's noun is learnt as
        theirs, so "A retiree … said …. Madam Koh Siew Lan, 71, said …. 'I don't know who to believe,' the
        retiree said" finds her the third time too."""
        found = self._name_given_later(span)
        if found is not None and found.name and found.type == "person" and span.root.pos_ == "NOUN":
            self._add_role([span.root.lower_], found.name, span.start_char)
        return found

    def _family(self, span: Span) -> Speaker | None:
        """'The Ashbys say …': a family by its surname in the plural is the people the article named with
        it before ("Derek and Pauline Ashby"), as a group."""
        word = span.root.text
        if span[0].lower_ != "the" or len(span) != 2 or len(word) < 4:
            return None
        if word.lower() in ("couple", "pair"):
            # "The couple said …" after "Kirsty and Darren Brodie": the two named together last
            pairs = list(_COUPLE_NAMED.finditer(self.text, 0, span.start_char))
            if not pairs:
                return None
            return Speaker(pairs[-1].group(1), "group", f"'{span.text}' → the two named together before")
        if not word.endswith("s"):
            return None
        surname = word[:-1]
        reason = f"'{span.text}' → the family named before"
        # "Derek and Pauline Ashby": two given names sharing the surname (the tagger names one of them)
        pairs = _COUPLE_NAMED.finditer(self.text, 0, span.start_char)
        pair = next((m.group(1) for m in pairs if m.group(1).rsplit(" ", 1)[-1] == surname), None)
        if pair is not None:
            return Speaker(pair, "group", reason)
        named = list(
            dict.fromkeys(n for p, n in self.people if p < span.start_char and n.split()[-1] == surname)
        )
        if len(named) < 2:
            return None
        given = [n.rsplit(" ", 1)[0] for n in named]
        return Speaker(", ".join(given[:-1]) + f" and {given[-1]} {surname}", "group", reason)

    def _name_given_later(self, span: Span) -> Speaker | None:
        """'A farmer in Dutsen-Waje … said …. The farmer, Ibrahim Sule, said …': someone introduced by a
        description and named in the next sentences as 'the <same noun>, NAME'; or who 'gave her name only
        as Iya Basira'. Named so, they are that person (the reader can tell them apart), not anonymous."""
        root, doc = span.root, span.doc
        # or someone's kin or aide, named later ("Castellane's daughter had told him …. ¶ The daughter,
        # Renee Castellane-Boyd, said …")
        owned = span[0].pos_ == "PROPN" and any(c.dep_ == "poss" and c.i == span.start for c in root.children)
        if (
            # (or the other side's: "their lawyer said …. ¶ The lawyer, Jose Ma. Ledesma, said …")
            (span[0].lower_ not in ("a", "an", "one", "the") and not owned and span[0].tag_ != "PRP$")
            or root.pos_ != "NOUN"
            or root.tag_ != "NN"
        ):
            return None
        # the clause may hang on any word of the phrase ("a food vendor near Osupa Polytechnic, who …")
        aside = [t for w in span for c in w.rights if c.dep_ in ("relcl", "acl") for t in c.subtree]
        for k, tok in enumerate(aside[:-2]):
            # "who gave her name only as Iya Basira", "who asked to be identified only as Tom", "who gave
            # only her first name, Tasha,"
            apposed = tok.lower_ == "name" and doc[tok.i + 1].text == "," and doc[tok.i + 2].pos_ == "PROPN"
            as_ = any(t.lower_ == "as" for t in aside[k : k + 4])
            if tok.lemma_.lower() in ("name", "identify") and (as_ or apposed):
                at = next(t.i for t in aside[k:] if t.lower_ == "as") + 1 if as_ else tok.i + 2
                end = at
                while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                    end += 1
                if end > at:
                    return Speaker(doc[at:end].text, "person", "a name the source gave")
        if span[0].lower_ == "the":
            return None  # "the rider, who gave his name only as Segun" above; the rest is for someone new
        for tok in (t for sent in _sentences_after(root.sent, 2) for t in sent):
            if tok.lower_ not in _TITLED_AS.get(root.lower_, (root.lower_,)) or tok.i < 1:
                continue
            if doc[tok.i - 1].lower_ == "the" and doc[tok.i + 1].text == ",":
                at = tok.i + 2  # "The farmer, Ibrahim Sule, said"
            elif tok.is_title and (
                root.lower_ in _TITLED_AS or (tok.lower_ == root.lower_ and span[0].lower_ in ("a", "an"))
            ):
                # "a judge ruled … ¶ Justice Helen Okonkwo-Baird said"; "An arbitrator has ordered … ¶
                # Arbitrator Helen Marchetti found"; but "One cabinet minister tells me …" is a source kept
                # unnamed on purpose, not the minister named next
                at = tok.i + 1
            else:
                continue
            ent = next((e for e in doc.ents if e.start == at and e.label_ == "PERSON"), None)
            if ent is None and doc[tok.i + 1].text == ",":
                ent = _name_between_commas(doc, tok.i + 1)  # 'The fisherman, Curtis "Bones" Alleyne, 49,'
            if ent is not None:
                return Speaker(
                    self._full_name(ent), "person", f"'{span.text}', named after as '{doc[tok.i : at].text}'"
                )
        # an ordinary person described (a farmer, a landscaper), not an official voice or a source
        official = root.lower_ in REPRESENTATIVE_HEADS | {"source", "official", "insider", "whistleblower"}
        # nor a body ("an employment tribunal has ruled. ¶ Joanne Markey, 46, worked …" is no tribunal)
        body = root.lower_ in ORGANISATION_HEADS | BODY_NAME_WORDS | PUBLISHING_BODIES
        if root.lower_ in ("couple", "pair") and span[0].lower_ in ("a", "an"):
            # "A retired couple say …. Derek and Pauline Ashby, both 71, claim …": the pair named next
            after = _sentences_after(root.sent, 1)
            pair = _COUPLE_NAMED.match(after[0].text) if after else None
            pair = pair if pair is not None and after[0].text[pair.end() : pair.end() + 1] == "," else None
            if pair is not None:
                return Speaker(pair.group(1), "group", f"'{span.text}', named in the next sentence")
        # nor one who asked not to be named ("One neighbour, who did not want to be named, said …")
        # (the aside as written, where the parser hung it elsewhere: "A … manager surnamed Tsai, who would
        # not give his full name, said")
        unnamed = " ".join(t.lower_ for t in [*aside, *doc[span.end : span.end + 12]])
        kept_unnamed = any(formula in unnamed for formula in ANONYMITY_FORMULAS)
        introduced = self._introduced_next(span) if not (official or body or kept_unnamed) else None
        if introduced is not None:
            return Speaker(introduced, "person", f"'{span.text}', introduced by name in the next sentence")
        return None

    def _introduced_next(self, span: Span) -> str | None:
        """'A landscaper … told the council that …. Luis Ortega-Ramos, who owns Green Ridge Lawn Care,
        said …': the next sentence introduces someone new ("NAME, who …", "NAME, 74," or "NAME, of X,") at its opening
        or as its speaker, who is the person just described (a writer's way of naming a source after a
        description)."""
        doc = span.doc
        after = _sentences_after(span.root.sent, 1)
        if not after:
            return None
        nxt = after[0]
        # the sentence's first person, opening it or speaking in it ('"…," said Anita Dhaliwal, 44.'),
        # or the name after an opening honorific that the tagger missed ("Madam Koh Siew Lan, 71, said")
        ent = next((e for e in nxt.ents if e.label_ == "PERSON"), None)
        if ent is None and nxt[0].lower_ in HONORIFICS:
            ent = _untagged_name(doc, nxt.start + 1)
        if ent is None or len(ent) < 2 or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
            return None
        speaking = ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.lemma_.lower() in cue_verbs()
        if ent.start != nxt.start and not speaking:
            return None
        # "NAME, who …", "NAME, 74,", "NAME, of the Alder Street Mission,"
        if not (doc[ent.end + 1].lower_ in ("who", "of", "from") or followed_by_age(doc, ent.end)):
            return None
        name = self._full_name(ent)
        # someone new: not named before the description
        return None if any(n == name for p, n in self.people if p < span.start_char) else name

    def _document_subject(self, pos: int) -> Span | None:
        """'The report is blunt about who is most at risk. Outdoor workers … face the greatest danger, it
        says': a document that is the subject of the sentence holding 'it', or of the one before (or that
        the writer says they have seen there), is what 'it' stands for (the nearest such before ``pos``)."""
        here = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if here is None:
            return None
        sent = here[0].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        subjects = [  # of a main clause only: not "the emails reflect …" inside what someone said
            t
            for t in self.doc[start : here.start]
            if t.head.dep_ == "ROOT"
            and t.lower_ in DOCUMENT_NOUNS
            # or what the writer has seen ("The Courier has seen a further email, sent … by X. It said …")
            and (t.dep_ == "nsubj" or (t.dep_ == "dobj" and t.head.lemma_.lower() in _SEEING))
        ]
        if not subjects:
            return None
        subj = subjects[-1]
        return self.doc[subj.left_edge.i : subj.i + 1]

    def _plural_antecedent(self, span: Span, context: list[Speaker] | None) -> Speaker | None:
        """'They' → the last plural subject naming people or bodies in this or the two sentences before."""
        start = _window_start(span)
        if start is None:
            return None
        for i in reversed(range(start.i, span.start)):
            phrase = _plural_subject(self.doc[i])
            if phrase is None or phrase.start in self._open_groups:
                # "families of those affected … some of them said": a phrase being resolved already, whose
                # own "those" would lead back to it
                continue
            self._open_groups.add(phrase.start)
            try:
                found = self._group_speaker(phrase, context)
            finally:
                self._open_groups.discard(phrase.start)
            if found is not None:
                return found
        return None

    def _group_speaker(self, phrase: Span, context: list[Speaker] | None) -> Speaker | None:
        how = f"pronoun 'they' → plural subject '{clean(phrase.text)}'"
        conjuncts = [t for t in phrase.root.children if t.dep_ == "conj" and t.i < phrase.end]
        if conjuncts and phrase.root.ent_type_:
            first = phrase.root
            parts = [self.doc[first.left_edge.i : first.i + 1]]
            parts += [self.doc[t.left_edge.i : t.i + 1] for t in conjuncts]
            resolved = [self.resolve(p, context=context) for p in parts]
            if any(r.anonymous or not r.name for r in resolved):
                return None
            names = sorted(dict.fromkeys(r.name for r in resolved if r.name))
            kinds = {r.type for r in resolved}
            kind = kinds.pop() if len(kinds) == 1 and kinds <= {"outlet", "organisation"} else "group"
            return Speaker(" and ".join(names), kind, how)
        inner = self.resolve(phrase, context=context)
        if inner.type == "outlet" and inner.name:
            return Speaker(inner.name, "outlet", how)
        words = clean(phrase.text).split()
        while len(words) > 1 and words[0].lower() in _LEADING_DETS:
            words = words[1:]
        name = " ".join(words)
        if inner.anonymous:
            return Speaker(name, inner.type, how, True, inner.reason)
        if inner.type == "organisation" and inner.name and phrase.root.ent_type_ == "ORG":
            return Speaker(inner.name, "organisation", how)
        return Speaker(name, "group", how)

    def _outlet(self, span: Span) -> str | None:
        if not _proper(span) or span.root.pos_ == "PRON":  # "I don't think" is no mention of the i paper
            return None
        recent = self._before(self.outlet_mentions, span.start_char)
        found = self.outlets.lookup(span.text, recent)
        if found:
            return found
        if is_record(span.root):
            return (
                None  # "A poll … carried out for the Post by Tidewell Research": the document's author speaks
            )
        for ent in span.ents:
            if ent.label_ in ("ORG", "WORK_OF_ART") and (hit := self.outlets.lookup(ent.text, recent)):
                return hit
        return _masthead(span)

    def _full_name(self, ent: Span) -> str:
        """A bare surname is the person first named in full with it (see ``_index_people``)."""
        name = _person_name(ent)
        words = name.split()
        if len(words) > 1 and words[0].lower() in SURNAME_PARTICLES:
            return self._particle_owner(name, ent.start_char)
        return name if " " in name else (self._known_person(name, ent.start_char) or name)

    def _particle_owner(self, name: str, pos: int) -> str:
        """'Van Rensburg' after 'Pieter Janse van Rensburg', 'Ms Ní Bhriain' after 'Máire Ní Bhriain': a
        surname that carries its particle is the person named in full with it, else stays as written."""
        owner = self._owner(name.split()[-1], pos)
        return owner if owner is not None and owner.lower().endswith(name.lower()) else name

    def transcript_label(self, span: Span) -> Speaker:
        """The speaker of a transcript line ('WALLACE: …'): a person, even when no one was named so
        before (the line's layout says it is a person speaking), as the article names them."""
        label = self._capitals_label(clean(span.text), lone=True)
        return label if label is not None else self.resolve(span)

    def _capitals_label(self, text: str, lone: bool = False) -> Speaker | None:
        """A transcript's speaker label in capitals: "CHAIR DELGADO" or "HARTLEY" (once "Ms. Hartley" was
        named) is that person. A lone capitalised word no one was named by stays as it is ("AROS said"
        is an organisation's acronym)."""
        if not text.isupper() or not any(c.isalpha() for c in text) or text in self.acronyms:
            return None  # initials the article spelled out ("SLM said") are a body's
        words = [w for w in text.split() if w.lower() not in TITLE_WORDS | HONORIFICS]
        if not words:
            return None
        name = " ".join(w.capitalize() for w in words)
        known = (
            self._known_person(name)
            or next((n for _, n in self.people if n.lower() == name.lower()), None)
            or self.labels.get(name.split()[-1].lower())
        )
        if known is not None and known.isupper():
            known = name  # the label itself, tagged as a person: "WALLACE" reads "Wallace"
        if known is None and len(text.split()) == 1 and not lone:
            return None
        self.labels.setdefault(name.split()[-1].lower(), known or name)  # "DELGADO" after "CHAIR DELGADO"
        return Speaker(known or name, "person", "speaker label in capitals")

    def _owner(self, surname: str, pos: int | None) -> str | None:
        """The full name a bare surname at ``pos`` stands for: the one last the subject of a clause in this
        paragraph or the one before ("Tom Caffrey, who runs the bar, said … 'Caffrey said'" while a councillor
        Caffrey was named before; a live blog's "Johnson tells MSNBC" under an entry on Jeh Johnson in an
        article about Gary Johnson), else its owner in the whole article (``name_owners``)."""
        key = surname.lower()
        if pos is not None:
            start = _previous_paragraph(self.text, pos)
            near = [
                (p, n)
                for p, n in self.people
                if start <= p < pos
                and p in self.subjects & self.by_surname
                and " " in n
                and n.split()[-1].lower() == key
            ]  # only a subject called by the surname: not "a photo of Heidi Cruz", not "Jo says" (Jo Quillon)
            if near:
                return max(near)[1]
        return self.full_by_last.get(key)

    def _known_person(self, text: str, pos: int | None = None) -> str | None:
        """'Bell' when 'Marcus Bell' was named (NER may have tagged the bare surname as an ORG); 'Mavluda opa'
        (a given name with an honorific after it) when 'Mavluda Karimova' was."""
        words = text.split()
        if len(words) == 2 and words[1].lower() in HONORIFICS_AFTER:
            words = words[:1]
        if not words or len(words) > 2 or not words[-1][:1].isupper():
            return None
        surname = self._owner(words[-1], pos)
        if surname is None and len(words) == 1:
            return self.full_by_first.get(words[0].lower())  # "Jo" for Jo Quillon, as the article calls her
        return surname

    def _document_author(self, span: Span) -> Speaker | None:
        """'The report, published by the IFS' / 'a Pentagon study': the document speaks for its author."""
        root = span.root
        if not is_record(root):
            return None
        how = f"document ('{root.text}') → its named author"
        parts = _authorship(root)
        # "A poll of 1,012 adults carried out for the Post by Tidewell Research": the parser may bury
        # the by-phrase in another part; whoever the document is by is its author before anyone it is for
        by = [
            span.doc[t.i : min(t.right_edge.i + 1, span.end)]
            for part in parts
            for t in part
            if t.lower_ == "by" and t.dep_ in ("agent", "prep") and t.i != part.start and t.i < span.end - 1
        ]
        for part in (_before_relative(p) for p in by + parts):
            for pos, name in self.outlet_mentions:
                if part.start_char <= pos < part.end_char:
                    return Speaker(name, "outlet", how)
            for ent in part.ents:
                # initials are a body's ("ZMA figures"), not a person's
                if ent.label_ == "PERSON" and not names_a_body(ent) and not ent.text.isupper():
                    return Speaker(self._full_name(ent), "person", how)
                if ent.label_ == "PERSON":  # "compiled by the property website Homeseek"
                    return Speaker(clean(ent.text), "organisation", how)
                if ent.label_ == "ORG":
                    # (a person the tagger called a body, known as a person here: "by deputy chief nurse X")
                    known = any(n == clean(ent.text) for _, n in self.people)
                    return Speaker(clean(ent.text), "person" if known else "organisation", how)
            if (
                len(part) == 1
                and part.root.dep_ == "compound"
                and part.root.pos_ == "PROPN"
                and part.root.is_title
                and not _opens_sentence(part.root)  # "Dispatch records obtained by …": a common word
                and part.root.ent_type_ in ("", "PRODUCT")  # not "a Monday report"; a firm the tagger
            ):  # calls a product is still a firm
                # "A Pollwise survey of 600 voters for the Mail": the firm named before the document made
                # it, not the paper it was made for
                return Speaker(part.text, "organisation", how)
            titled = next((n for n in self.titled if part.start <= n.start and n.end <= part.end), None)
            if titled is not None:  # "a memo from Warden Gloria Pettaway", the name tagged a building
                return Speaker(self._full_name(titled), "person", how)
            if len(part) == 1 and part.text in self.acronyms:
                # initials the tagger left untagged, spelled out earlier ("citing PHSA figures")
                return Speaker(self.acronyms[part.text], "organisation", how)
            if (
                len(part) == 1
                and part.root.lower_ in ("his", "her")
                and part.root.dep_ == "poss"
                and root.lower_ in DOCUMENT_NOUNS  # what one writes or files, not "his body mass index"
            ):
                # "Her lawsuit alleges …": the document of the person 'her' stands for
                name = self.last_person(part.start_char, part.root.lower_)
                if name is not None:
                    return Speaker(name, "person", f"{how} ('{part.text}' → {name})")
            if len(part) == 1 and part.root.lower_ == "its":
                # "…, according to its final report": the body "it" stands for
                body = self.last_body(part.start_char, "'its'")
                if body is not None:
                    return Speaker(body.name, body.type, f"{how} ('its' → {body.name})")
            if (
                part.root.dep_ == "poss"
                and part[0].lower_ == "the"
                and (part.root.pos_ == "NOUN" or part.root.is_lower)
            ):
                # "the tour's own figures" after "the Meridian Tour": the body named with that word
                name = self._last_called(part.root.lower_, span.start_char)
                if name is not None:
                    return Speaker(name, "organisation", f"{how} ('{part.text}' → {name})")
            if part.root.dep_ == "agent" or (part.root.pos_ == "ADP" and part.root.dep_ == "prep"):
                objects = [c for c in part.root.children if c.dep_ == "pobj"]
                part = span.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1] if objects else part
                part = _before_relative(part)
            named = _name_after(part.root)
            if named is not None and part.root.lower_ in BODY_ANAPHORS | ORGANISATION_HEADS:
                # "by the campaign group Schools Together": the name right after the description
                return Speaker(named, "organisation", f"{how} ('{part.text}' → {named})")
            if part.root.lower_ in PUBLISHING_BODIES and (
                part[0].lower_ == "the" or part.root.dep_ == "compound"
            ):
                # "The firm's report", "finance ministry estimates": the body named in the sentences before
                # the body named in the last sentences, one whose name holds the word ("the board's
                # papers": the School Board), else the last one named at all
                window = _window_start(span)
                mention, head = f"'{part.text}'", part.root.lower_
                if (part[0].lower_ != "the" or head in PUBLIC_OFFICERS) and not self._bodies_called(
                    head, span.start_char
                ):
                    # "Court records show …" with no court named: records of no one named here; "the
                    # inspector's report" with no inspectorate named: an officer's, not the last body's
                    continue
                qualified = any(c.dep_ in ("poss", "compound", "amod") for c in part.root.children)
                if qualified and not self._bodies_called(head, span.start_char):
                    # "figures from the county's trade department": a body described, none named so
                    return Speaker(_without_article(clean(part.text)), "organisation", f"{how} (described)")
                body = self.last_body(
                    span.start_char, mention, False, True, window.idx if window else 0, head
                ) or self.last_body(span.start_char, mention, False, True, 0, head)
                if body is not None:
                    return Speaker(body.name, body.type, f"{how} ('{part.text}' → {body.name})")
        if span[0].lower_ in ("the", "this"):
            # "A report by the National Audit Office found … The report said …": the document named before
            for earlier in reversed(span.doc[: span.start]):
                if earlier.lemma_.lower() == root.lemma_.lower() and earlier.pos_ == "NOUN":
                    author = self._document_author(span.doc[earlier.left_edge.i : earlier.i + 1])
                    if author is not None:
                        return Speaker(author.name, author.type, f"'{span.text}' → {author.how}")
                    # a statement is its giver's voice, where a letter or a report stays a document
                    giver = _giver(earlier) if root.lemma_.lower() == "statement" else None
                    if giver is not None:
                        # "Trevasco said in a statement that … '…,' the statement said": who gave it
                        inner = self.resolve(source_span(giver))
                        if inner.name is not None and inner.type in ("person", "organisation", "outlet"):
                            how = f"'{span.text}' → the {root.text} {inner.name} gave"
                            return Speaker(inner.name, inner.type, how)
        return None

    def _spelled_out(self, span: Span, text: str) -> str:
        """An unnamed source's description with the body it mentions by a common word as the article names
        it ("the park's veterinary team" → "Rimbun Wildlife Park veterinary team", "a park employee" →
        "Rimbun Wildlife Park employee"): the reader sees whose staff speaks."""
        doc = span.doc
        for tok in span:
            before = doc[tok.i - 1].lower_ if tok.i > span.start else ""
            # "the park's team", "a park employee"; not a word inside a longer name ("Fire service")
            common = tok.pos_ == "NOUN" or (
                tok.pos_ == "PROPN" and tok.is_lower
            )  # "the metro's" tagged a name
            if not common or not (before == "the" or (tok.dep_ == "compound" and before in ("a", "an"))):
                continue
            # a body or a place ("the park" → the Rimbun Wildlife Park the tagger calls a facility)
            # by the word or its plural ("the farm" → Brightfield Farms)
            forms = {tok.lower_, tok.lower_ + "s"}
            called = [n for _, n in self._bodies_called(tok.lower_, span.start_char)] or [
                clean(e.text)
                for e in doc.ents
                if e.label_ in ("FAC", "GPE", "ORG")
                and e.end <= span.start
                and forms & set(e.text.lower().split())
            ]
            # a name the word heads: "the island's largest supermarkets" is no "Island Diabetes Foundation"
            called = [n for n in called if _name_head(n) in forms]
            if not called:
                continue
            # "the park's team" → "Rimbun Wildlife Park team"; "by the trust" → "by the Corr Community
            # Trust" where the article writes the name with "the", "at the farm" → "at Brightfield Farms"
            name = called[-1]
            article = "the " if re.search(rf"\bthe {re.escape(name)}", self.text, re.IGNORECASE) else ""
            if tok.dep_ == "compound" and (article or " " not in name):
                continue  # "a government source" stays one, not "the Government source"
            word = re.escape(tok.text)
            text = re.sub(
                rf"\b(the )?{word}(['’]s)?(?=\s|$)",
                lambda m, article=article, name=name: ("" if m.group(2) else article) + name,
                text,
                count=1,
                flags=re.I,
            )
        # "who asked not to be named" says why no name is given; it is no part of who speaks
        return _OFF_THE_RECORD.sub("", text)

    def _data_named_next(self, noun: Token) -> Speaker | None:
        """'… has reached a record 412,000, official figures show. / Figures published by Heathmoor Health
        Board on Thursday show that …': a lede's data with no article and no maker are the data whose
        publisher the next sentence names."""
        doc = noun.doc
        if any(c.dep_ in ("det", "poss") for c in noun.children) or _authorship(noun):
            return None
        after = _sentences_after(noun.sent, 1)
        if not _in_lede(noun.sent, 2) or not after:  # the headline and the first sentence
            return None
        for tok in after[0]:
            if tok.pos_ in ("NOUN", "PROPN") and {tok.lower_, tok.lemma_.lower()} & DATA_NOUNS:
                title = [t for t in doc[tok.left_edge.i : tok.i + 1] if t.lower_ != "the"]
                if tok.pos_ == "PROPN" and len(title) >= 2 and all(t.is_title for t in title):
                    # "The Lettings Price Index, compiled by …": data with a title of their own
                    name = " ".join(t.text for t in title)
                    return Speaker(name, "document", f"'{noun.text}' → the data the next sentence names")
                author = self._document_author(doc[tok.left_edge.i : tok.right_edge.i + 1])
                if author is not None:
                    return Speaker(
                        author.name, author.type, f"'{noun.text}' → the next sentence's {author.how}"
                    )
        return None

    def _role(self, span: Span) -> str | None:
        """A description every word of which belongs to a title learnt in this article: "the Russian
        president" for "Russian President Vladimir Putin", but "the Republican nominee" never for the
        "Democratic vice presidential nominee" (the most recently learnt title wins)."""
        if span[0].lower_ in ("a", "an"):
            return None  # "an architect who said …" is someone new, not a role named before
        root = span.root
        while root.i + 2 < span.end and glued_hyphen(span.doc, root.i + 1):
            root = span.doc[root.i + 2]  # "The co-founder" read in pieces: "founder" heads it
        if root.lower_ in _GENERIC_HEADS:
            return self._generic_role(span)
        # "the network" or "the port authority" is a body, whatever words a person's title shared with it
        # (but "The Ministry of X's deputy executive director" or "Zimbabwe Monetary Authority (ZMA) Deputy
        # Governor …, Dr X,", misparsed with the body at its head, is the officer)
        apposed = [c for c in root.children if c.dep_ == "appos"]
        titled = any(t.lower_ in TITLE_WORDS for t in [*span, *apposed])
        if root.lower_ in (ORGANISATION_HEADS | _PUBLIC_BODY_WORDS) - TITLE_WORDS and not titled:
            return None
        # the head goes last, as roles are learnt: "the chairwoman of the transit authority"; a prefix
        # glued on by a hyphen ("co-", "ex-") is no word of the title
        nominal = root.pos_ in ("PROPN", "NOUN")
        # "the council's electoral officer": a body's word as possessor places the title, it is no word
        # of it (only "the X's", so "the rival firm's chief executive" is no one learnt)
        owner = {
            t.i
            for c in root.children
            if c.dep_ == "poss"
            and c.lower_ in _HELD_BY - TITLE_WORDS
            and [t.lower_ for t in c.subtree] == ["the", c.lower_, "'s"]
            for t in c.subtree
        }
        tokens = [
            t
            for t in span
            if t.pos_ in ("PROPN", "NOUN", "ADJ")
            and t.i not in owner
            and not (nominal and t.i == root.i)
            and t.text != "-"
            and not (t.i + 1 < span.end and glued_hyphen(span.doc, t.i + 1))
            and not _age_word(t)  # "the 45-year-old priest" is the priest
        ]
        tokens += [root] if nominal else []
        words = [expand_title(t.lower_) for t in tokens if t.lower_ not in _TENURE]
        if not words:
            return None
        heads = _TITLE_HEADS.get(words[-1], {words[-1]})
        roles = self._roles_from(span.start_char)
        for key, name in roles:
            parts = key.split()
            if parts[-1] in heads and set(words[:-1]) <= set(parts):
                return name
        # "Chairman Harlan Pettibone … The Republican chair said": a party or nationality the title was
        # learnt without, when only one person holds a title of that head
        party = {t.lower_ for t in tokens if t.ent_type_ == "NORP"}
        if not party:
            return None
        holders = {
            name
            for key, name in roles
            if key.split()[-1] in heads and set(words[:-1]) - party <= set(key.split())
        }
        return holders.pop() if len(holders) == 1 else None

    def _generic_role(self, span: Span) -> str | None:
        """'the teachers' leader', 'the head of the country's largest teaching union', a headline's
        'union chief': a generic head stands for whoever holds a title learnt with the body it qualifies
        ("Margaret Ellery, general secretary of the National Union of Classroom Teachers")."""
        root = span.root
        qualifiers = {
            c.lower_ for c in root.children if c.dep_ in ("compound", "poss") and c.pos_ in ("NOUN", "PROPN")
        }
        qualifiers |= {g.lower_ for g in of_objects(root)}
        if not qualifiers:
            return None
        for key, name in self._roles_from(span.start_char):
            if qualifiers <= set(key.split()):
                return name
        return None


#: Words that make an attorney or counsel the prosecution's ("District Attorney", "Crown Counsel").
_PROSECUTING = frozenset({"district", "prosecuting", "crown", "state", "state's", "county", "commonwealth's"})

#: Words for the level of government a body works at, which its name may leave out ("the provincial
#: health department" is the "Mzimvubu health department").
_LEVELS = frozenset(
    {"provincial", "state", "national", "federal", "county", "city", "regional", "local", "municipal"}
)

#: The bench, whose holder an article names by title after a lede's description ("a judge ruled" →
#: "Justice Helen Okonkwo"): the title a name takes for each such head. Only judicial offices, which
#: are never anonymous; "a senator said" may be another senator than the one named next.
_TITLED_AS = {"judge": ("judge", "justice"), "magistrate": ("magistrate",), "coroner": ("coroner",)}


def _age_word(tok: Token) -> bool:
    """The "old" of an age ("45-year-old", "six-month-old"), which tells someone's age, not their title."""
    doc = tok.doc
    return (
        tok.lower_ == "old"
        and tok.i >= 2
        and glued_hyphen(doc, tok.i - 1)
        and doc[tok.i - 2].lower_ in ("year", "years", "month", "week")
    )


def _in_lede(sent: Span, sentences: int) -> bool:
    """Whether ``sent`` is one of the document's first ``sentences`` (a headline and the lede's); a line
    with no verb (a byline, "Bridget Halloran (Austral Newswire)") does not count."""
    counted = 0
    for s in sent.doc.sents:
        if s.start == sent.start:
            return True
        counted += any(t.pos_ in ("VERB", "AUX") for t in s)
        if counted >= sentences:
            return False
    return False


def _describes_the_name(word: Token) -> bool:
    """A capitalised word before a name that is no part of it: an honorific, a title, or a job that opens
    the sentence ("Fishmonger Lurdes Machava")."""
    lower = word.lower_.rstrip(".")
    doc = word.doc
    # a job only before a name of two words ("Miller Jones, 40," is a given name and a surname)
    named = word.i + 2 < len(doc) and doc[word.i + 1].is_title and doc[word.i + 2].is_title
    job = word.is_sent_start and lower.endswith(OCCUPATION_ENDINGS) and lower not in GIVEN_NAMES and named
    return lower in HONORIFICS or lower in TITLE_WORDS or job


def _title_before_bracket(ent: Span) -> list[str]:
    """The words of a title printed before a bracketed name ("The Town Clerk (Mr. H. R. Pell)" → town
    clerk), or none."""
    doc = ent.doc
    k = ent.start - 1
    while k > 0 and (doc[k].lower_.rstrip(".") in HONORIFICS or doc[k].text == "."):
        k -= 1
    if k <= 0 or doc[k].text != "(" or ent.end >= len(doc) or doc[ent.end].text != ")":
        return []
    words: list[str] = []
    j = k - 1
    while j >= 0 and doc[j].pos_ in ("PROPN", "NOUN") and doc[j].is_title:
        words.insert(0, doc[j].lower_)
        j -= 1
    return words if words and words[-1] in TITLE_WORDS else []


def _title_only(ent: Span) -> bool:
    """'The Town Clerk' tagged a person: an article and an office, no name."""
    return len(ent) >= 2 and ent[0].lower_ == "the" and ent[-1].lower_ in TITLE_WORDS


def _birth_name(ent: Span) -> bool:
    """'Born Edna Bouchard, the youngest of nine, she grew up …', 'Mary Hale (née Quinn)': a name the
    person was born with is no one else, and no new antecedent for "she"."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("born", "née", "nee")


def _in_byline(ent: Span) -> bool:
    """'By Tshepo Mothibi': the writer's name on a line of its own that opens with "By" and has no verb
    is who wrote the story, no antecedent for a "he" in it."""
    text = ent.doc.text
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = ent.doc.char_span(start, len(text) if end < 0 else end, alignment_mode="expand")
    return (
        line is not None
        and line[0].lower_ == "by"
        and len(line) <= 12
        and not any(t.pos_ in ("VERB", "AUX") for t in line)
    )


def _stage_direction(ent: Span) -> bool:
    """'(Laughter.)', '(Applause)': a report's note of the room's reaction in brackets, which the tagger
    may call a person."""
    doc = ent.doc
    return len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].text == "(" and ent[0].lower_ in _REACTIONS


#: What a report of a meeting notes in brackets of the room ("(Laughter.)", "(Hear, hear.)").
_REACTIONS = frozenset(
    {"laughter", "applause", "cheers", "cheering", "interruption", "interruptions", "uproar", "hear", "shame",
     "noise", "inaudible", "crosstalk", "groans", "boos", "murmurs"}
)  # fmt: skip


def _uses_they(ent: Span) -> bool:
    """'Sam Rook, 29, a wheelchair user who uses they/them pronouns': the name's sentence says so after it,
    before any other name; 'Mx Jordan Ellery': the honorific of no sex."""
    if (ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("mx", "mx.")) or ent[0].lower_ in ("mx", "mx."):
        return True
    rest = ent.doc[ent.end : ent.sent.end]
    other = next((t.i for t in rest if t.ent_type_ == "PERSON"), ent.sent.end)
    return any(
        t.lower_ == "they" and t.nbor(1).text == "/" for t in rest if t.i < other and t.i + 1 < len(t.doc)
    )


def _pair_named_next(span: Span) -> str | None:
    """'…, two agencies of the United Assembly of Nations warned on Friday. ¶ In a joint statement, the
    Children's Fund and the Global Health Office said …': a lede's two bodies are the two the next
    sentence names as its reporting verb's subject."""
    root = span.root
    two = any(c.dep_ == "nummod" and c.lower_ == "two" for c in root.children)
    after = _sentences_after(root.sent, 1)
    if root.tag_ != "NNS" or root.lemma_.lower() not in BODY_ANAPHORS or not two or not after:
        return None
    if not _in_lede(root.sent, 3):
        return None
    verb = after[0].root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or verb.lemma_.lower() not in cue_verbs():
        return None
    names = _coordinated_names(source_span(subject))
    return " and ".join(names) if len(names) == 2 else None


#: Bodies that hear the parties who speak before them: never the last speaker named again.
_HEARING_BODIES = frozenset({"tribunal", "panel", "inquiry", "court"})


def _titled_as(ent: Span, sent: Span, title: str) -> bool:
    """A person named at the opening of ``sent`` after a run of capitalised titles that holds ``title``
    ("Convener Cllr Ruaraidh MacLennan")."""
    if ent.label_ != "PERSON" or not 0 <= ent.start - sent.start <= 4:
        return False
    titles = list(
        itertools.takewhile(lambda t: t.is_title and t.lower_ in TITLE_WORDS, sent.doc[sent.start : ent.end])
    )
    return sent.start + len(titles) < ent.end and any(t.lower_ == title for t in titles)


#: A couple named at the opening of a sentence: "Derek and Pauline Ashby, both 71, …".
_COUPLE_NAMED = re.compile(r"([A-Z][\w'’-]+ (?:and|&) [A-Z][\w'’-]+ [A-Z][\w'’-]+)\b")


def _opening_at_name(span: Span) -> str | None:
    """'At Harbour City Airport, a spokesman said …': the proper name an opening "At …," phrase of the
    sentence gives, which the unnamed spokesperson speaks for."""
    first = _sentence_opener(span.root)
    if first.lower_ != "at" or span.start <= first.i:
        return None
    place = next((c for c in first.children if c.dep_ == "pobj"), None)
    comma = first.right_edge.i + 1
    if place is None or place.pos_ != "PROPN" or comma >= span.start or span.doc[comma].text != ",":
        return None  # "At a press conference in Canberra, a spokesman said" names no body
    return clean(span.doc[place.left_edge.i : place.i + 1].text)


def _sentences_after(sent: Span, count: int) -> list[Span]:
    """The ``count`` sentences after ``sent`` (fewer, or none, at the document's end)."""
    doc = sent.doc
    return list(itertools.islice(doc[sent.end :].sents, count)) if sent.end < len(doc) else []


def _reporting_pronoun(sent: Span, pronoun: str) -> Token | None:
    """The pronoun, the same as ``pronoun``, that is the subject of ``sent``'s reporting verb ("He said
    Kimbrough had …"): every name after it in the sentence lies in what it reported."""
    root = sent.root
    if root.lemma_.lower() not in cue_verbs():
        return None
    return next((c for c in root.children if c.dep_ == "nsubj" and c.lower_ == pronoun.lower()), None)


def _same_kind(head: str, how: str) -> bool:
    """Whether a document noun ``head`` ("the ad") may refer back to the document a speaker's ``how`` names
    ("document ('video') → its named author"): media of one kind, or data for data."""
    found = re.match(r"document \('([^']+)'\)", how)
    if found is None:
        return True
    before = found.group(1).lower()
    data = {head, before} <= DATA_NOUNS | {"figure", "figures"}
    documents = {head, before} <= DOCUMENT_NOUNS | _MEDIA_DOCUMENTS
    return head == before or data or (documents and not ({head, before} & DATA_NOUNS))


#: Media a later "the ad", "the video" may call the same piece by.
_MEDIA_DOCUMENTS = frozenset({"ad", "ads", "advert", "advertisement", "video", "spot", "commercial", "clip"})


def _copied_document(span: Span) -> str | None:
    """'according to a leaked copy of the document', 'a copy of the agreement tabled in Parliament': a
    copy speaks as the document it copies, which a bare "the document" or "the agreement" names in the
    sentence before or earlier in its own ("under a draft agreement between the Government and Nkondo
    Gold Resources Ltd, according to a leaked copy of the document"). Who leaked it is no part of it."""
    root = span.root
    if root.lemma_.lower() not in ("copy", "version", "extract", "excerpt"):
        return None
    of = of_objects(root)
    if not of or of[0].lemma_.lower() not in _COPIED | DOCUMENT_NOUNS | DATA_NOUNS:
        return None
    copied = of[0]
    if span.doc[copied.left_edge.i].lower_ == "the" and copied.i - copied.left_edge.i == 1:
        # "the document": the nearest document named before, in this sentence or the one before
        start = max(0, span.root.sent.start - 1)
        start = span.doc[start].sent.start
        for tok in reversed(span.doc[start : span.start]):
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in _COPIED | DOCUMENT_NOUNS:
                phrase = span.doc[tok.left_edge.i : tok.right_edge.i + 1]
                return _without_article(clean(phrase.text), indefinite=True)
    phrase = span.doc[copied.left_edge.i : copied.right_edge.i + 1]
    return _without_article(clean(phrase.text), indefinite=True)


#: What a copy may be of, beside the document nouns: "a copy of the agreement".
_COPIED = frozenset({"agreement", "contract", "deal", "document", "plan", "letter", "draft", "concession"})


#: Common nouns ending like a doer's that name things ("the order says", "the border", "the monitor").
_THINGS_ENDING_AS_DOERS = frozenset(
    {"order", "border", "number", "matter", "water", "paper", "newspaper", "chapter", "quarter", "corner",
     "center", "centre", "computer", "container", "trailer", "tractor", "motor", "sector", "factor",
     "error", "mirror", "floor", "door", "power", "tower", "river", "weather", "winter", "summer",
     "letter", "monitor", "indicator", "poster", "banner", "flyer", "flier", "register", "calendar",
     "counter", "meter", "filter", "charter", "cluster", "theatre", "theater", "shelter"}
)  # fmt: skip


def _unnamed_role(root: Token) -> bool:
    """A singular noun for someone by what they do or are to the story ("the driver", "the consignor",
    "the nurse"), not kin (often named elsewhere: "the mother of two") nor a thing ending like a doer."""
    lower = root.lower_
    return (
        root.tag_ == "NN"
        and (lower in ANONYMOUS_HEADS or lower.endswith(DOER_ENDINGS))
        and lower
        not in _KIN | _THINGS_ENDING_AS_DOERS | DOCUMENT_NOUNS | ORGANISATION_HEADS | BODY_NAME_WORDS
        and lower not in FIRM_WORDS | {"parent", "relative", "figure", "source", "member"}
    )


def _comma_conjunct(tok: Token) -> bool:
    """A conjunct set off by a comma with no "and" or "or" before it: an apposition the parser misread."""
    return (
        tok.dep_ == "conj"
        and tok.doc[tok.left_edge.i - 1].text == ","
        and not any(g.dep_ == "cc" and g.i < tok.i for g in tok.head.children)
    )


def _quotation_closed_before(span: Span) -> int | None:
    """The opening mark of a quotation that closes right before ``span`` (past a comma), in its paragraph."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and doc[i].text in (",", "—", "-"):
        i -= 1
    if i < 0 or doc[i].text not in _CLOSING_MARKS:
        return None
    for k in range(i - 1, -1, -1):
        if "\n" in doc[k].text:
            return None
        if doc[k].text in _OPENING_MARKS or (doc[k].text == '"' and doc[k].tag_ == "``"):
            return k
    return None


_OPENING_MARKS = ("“", "``")
_CLOSING_MARKS = ("”", '"', "''")


def _person_head(word: Token) -> bool:
    """A description only a person has: kin, a title, or an occupation ("A senior executive engineer with
    the council, Declan Mac Aodha," is a person whatever the tagger calls the name)."""
    return word.lower_ in _PERSON_NOUNS or is_occupation(word)


def _placed_by(span: Span) -> set[int]:
    """The tokens of a place the phrase's "-based"/"-headquartered" modifier names ("the Kōtare Bay-based
    group", "a London-headquartered lender"), hyphen and participle included: they say where a body is,
    so the phrase is still a bare description of it."""
    doc = span.doc
    for tok in span:
        if tok.lower_ in ("based", "headquartered") and glued_hyphen(doc, tok.i - 1):
            start = tok.i - 2
            while start > span.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                start -= 1
            return set(range(start, tok.i + 1))
    return set()


def _titled_document(span: Span) -> str | None:
    """'The Third National Heat Assessment warns …', 'The Peatland Progress Report, produced by the
    Directorate, found …': a document with a title of its own is named by it, whoever produced it; but
    not one whose title holds its author's name ("The Pew Research Center Survey" is Pew's)."""
    head = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i][-1]
    words = [t for t in span if not t.is_punct and t.lower_ != "the"]
    if not is_record(head) or head.pos_ != "PROPN" or len(words) < 2 or not all(t.is_title for t in words):
        return None
    inside = [e for e in span.ents if e.label_ in ("ORG", "PERSON", "GPE", "NORP") and len(e) < len(words)]
    body = any(t.lower_ in BODY_NAME_WORDS for t in words if t.i != head.i)
    return None if inside or body else _without_article(clean(span.text))


def _document_titled_next(noun: Token) -> str | None:
    """'…, according to a government report published on Thursday. / The Peatland Progress Report, produced
    by …, found that …': a lede's document, introduced with "a", is the one the next sentence names by its
    title with the same head word."""
    doc = noun.doc
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    after = _sentences_after(noun.sent, 1)
    if not _in_lede(noun.sent, 2) or not after:
        return None
    for tok in after[0]:
        if tok.pos_ == "PROPN" and tok.lemma_.lower() == noun.lemma_.lower():
            left = tok.left_edge.i
            while left < tok.i and not doc[left].is_title:
                left += 1
            return _titled_document(doc[left : tok.i + 1])
    return None


def _name_after(noun: Token) -> str | None:
    """The proper name written right after a description ("the campaign group Schools Together")."""
    doc = noun.doc
    end = noun.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    return clean(doc[noun.i + 1 : end].text) if end > noun.i + 1 else None


def _window_start(span: Span, back: int = 2) -> Token | None:
    """First token of the sentence ``back`` sentences before the one holding ``span``: how far back a
    "they" or "the company" looks for what it stands for."""
    sents = list(span.doc.sents)
    here = next((i for i, s in enumerate(sents) if s.start <= span.start < s.end), None)
    return None if here is None else sents[max(0, here - back)][0]


def _headline_end(text: str) -> int:
    """Where a headline ends: the first line, when it reads as a title (no closing full stop); else 0."""
    first = text.split("\n", 1)[0].rstrip()
    return 0 if "\n" not in text or first.endswith((".", "!", "?", '"', "”", "’")) else len(first)


_PAPER_OWNERS = frozenset(
    {"council", "cabinet", "court", "board", "committee", "government", "company", "planning"}
)
#: Verbs of getting sight of a document: "The Courier has seen an email …", "(a letter) seen by Backhaul".
_SEEING = frozenset({"see", "obtain", "review", "view", "examine", "read"})


def _seeing_clause(tok: Token) -> bool:
    """'(a letter) seen by Backhaul', '(records) obtained by the Slant': a participle clause on a document
    saying who saw it."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in _SEEING


def _newsroom(chunk: Span) -> str | None:
    """'In the letter, seen by Backhaul, he asks …', 'records obtained by the Slant': the name that saw or
    obtained a document is a newsroom, whatever the tagger calls it (not the next 'he')."""
    root = chunk.root
    by = root.head
    if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
        return None
    if not _seeing_clause(by.head):
        return None
    return _without_article(clean(chunk.text)) if chunk.start == root.left_edge.i else None


def _elided_group(span: Span) -> Span | None:
    """'Shoppers in Port Aldrick mostly welcomed the change. Several told this newspaper …': a lone
    quantifier whose noun is left out stands for some of the plural people the sentence before is about
    (its subject, a common noun)."""
    doc = span.doc
    if len(span) != 1 or span[0].lower_ not in VAGUE_DETERMINERS or span.root.dep_ != "nsubj":
        return None
    verb = span.root.head
    if verb.dep_ == "conj":
        # "Tenants … say they have gone without heat, and some told 6 News …": the clause's first verb's
        clause = verb.head
    else:
        opening = span.sent.start
        # the sentence before, in the same paragraph (not a headline's)
        if opening == 0 or "\n" in doc[opening - 1 : opening + 1].text_with_ws[:-1]:
            return None
        clause = doc[opening - 1].sent.root
    subject = next((t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "NNS" or subject.lower_ in VAGUE_DETERMINERS:
        return None
    start = subject.left_edge.i
    while start < subject.i and (doc[start].dep_ == "det" or doc[start].lower_ in VAGUE_DETERMINERS):
        start += 1  # "many devotees … Some said": some of the devotees
    # up to a comma, or to when they were there ("Parents at the school gate on Monday")
    end = next(
        (
            t.i
            for t in doc[subject.i : subject.right_edge.i + 1]
            if t.is_punct or (t.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in t.children))
        ),
        subject.right_edge.i + 1,
    )
    return doc[start:end]


def _placed_before(tok: Token) -> bool:
    """'(a review), tabled in Parliament in March,': a participle set off by a comma that says where a
    document went, not who made it (no publishing verb, no "by")."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.doc[tok.left_edge.i - 1].text == ","
        and tok.lemma_.lower() not in PUBLISHING_VERBS
        and not any(c.dep_ == "agent" or c.lower_ == "by" for c in tok.children)
    )


def _before_relative(part: Span) -> Span:
    """A part up to the relative clause in it: "commissioned by the merchants' association, which Afterwards
    has seen" (or "by NEC monitors, seen by The Dawn") names its author before the clause, not the outlet
    that saw it; "a review of the pension scheme, tabled in Parliament in March," names where it was put
    before, with no author."""
    starts = [
        t.left_edge.i
        for t in part
        if (t.dep_ == "relcl" or _seeing_clause(t) or _placed_before(t)) and t.left_edge.i > part.start
    ]
    if not starts:
        return part
    end = min(starts)
    while end > part.start + 1 and part.doc[end - 1].is_punct:
        end -= 1
    return part.doc[part.start : end]


def _authorship(noun: Token) -> list[Span]:
    """The parts of a document's noun phrase that can name its author: "the GOP's complaint", "a Pentagon
    report", "a video by the RNC", "figures published by …" — not a clause about its content ("a policy
    paper welcoming the Obama administration's plans")."""
    doc = noun.doc
    parts = []
    for child in noun.children:
        if (
            child.dep_ in ("poss", "compound", "nmod")
            or (child.dep_ == "prep" and child.lower_ in ("by", "from", "of"))
            # initials the tagger read as an adjective ("PHSA figures")
            or (child.dep_ == "amod" and child.is_upper and len(child) > 1)
        ):
            parts.append(doc[child.left_edge.i : child.right_edge.i + 1])
        elif publishing_clause(child):
            # the agent first: "a poll carried out for the Post by Tidewell Research" is Tidewell's
            clauses = sorted(
                # the journal it came out in, not whom it was for nor the platform it was put on ("Chirrup")
                (
                    g
                    for g in child.children
                    if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ in ("by", "from", "in"))
                ),
                key=lambda g: g.dep_ != "agent",
            )
            parts += [doc[g.left_edge.i : g.right_edge.i + 1] for g in clauses]
            # "figures published on the department's website": whose website it is
            parts += [
                doc[owner.left_edge.i : owner.i + 1]
                for g in child.children
                if g.dep_ == "prep" and g.lower_ == "on"
                for site in g.children
                if site.dep_ == "pobj" and site.lemma_.lower() in _WEBSITES
                for owner in site.children
                if owner.dep_ == "poss"
            ]
    aside = noun.right_edge.i + 1
    if aside + 2 < len(doc) and doc[aside].text == "," and doc[aside + 1].lower_ == "by":
        # "That report, by the engineering firm Halsey & Crewe, warned": the aside the parser hung on the
        # verb (not "The post, from an anonymous account called @X, reads": where it came from, not who
        # is known to have written it)
        parts.append(doc[aside + 1 : doc[aside + 1].right_edge.i + 1])
    sent = doc[aside + 1] if aside + 1 < len(doc) and doc[aside].text == "," else None
    if (
        sent is not None
        and sent.dep_ == "conj"
        and sent.head.i == noun.head.i
        and sent.lemma_.lower() in PUBLISHING_VERBS
        and not any(c.dep_.startswith("nsubj") for c in sent.children)
    ):
        # "has seen a further email, sent the day after his death by deputy chief nurse X": the parser
        # joined the participle to the verb and may hang its by-phrase on any noun inside it
        parts += [
            doc[t.i : t.right_edge.i + 1] for t in sent.subtree if t.lower_ == "by" and t.dep_ == "prep"
        ]
    return parts


#: Where a body publishes its own numbers and papers.
_WEBSITES = frozenset({"website", "site", "webpage", "page", "portal"})


def _office_kind(head: Token) -> str:
    """A title ("minister", "spokesman") is held by a person, as is kin ("his wife") and work ("her line
    supervisor"); a family or parents are a group; any other head names a body."""
    if head.lower_ in _FAMILIES:
        return "group"
    return "person" if head.lower_ in TITLE_WORDS | _KIN or is_occupation(head) else "organisation"


#: Letters after a name that are no part of it ("Richard Fenwick-Lowe KC").
_POST_NOMINALS = frozenset(
    {"kc", "qc", "sc", "bl", "mp", "msp", "mep", "td", "mla", "mpp", "mha", "jr", "jr.", "sr", "sr.", "obe",
     "mbe", "cbe", "phd"}
)  # fmt: skip
#: Speech verbs a headline capitalises right after a name ("Obama Says Museum …"), which NER takes in.
_HEADLINE_VERBS = frozenset({"says", "said", "tells", "told", "warns", "claims", "urges", "vows", "calls"})
#: Official voices: they speak for whom they are named with.
_SPOKESPEOPLE = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
)
#: Descriptions only a person has: kin, partners and titles.
_PERSON_NOUNS = (
    FEMALE_MARKERS
    | MALE_MARKERS
    | TITLE_WORDS
    | {"partner", "fiancee", "fiancé", "fiancée", "friend", "neighbour", "neighbor", "colleague", "cousin",
       "uncle", "aunt", "niece", "nephew", "widow", "widower", "co-director", "co-founder", "founder"}
)  # fmt: skip
#: Words of tenure that are no part of a title: "Harbourton's outgoing mayor" is the Harbourton mayor.
_TENURE = frozenset({"outgoing", "incoming", "longtime", "long-serving", "veteran", "current", "sitting"})
#: Heads of headline roles that stand for any title ("union chief" for a general secretary).
_GENERIC_HEADS = frozenset({"chief", "head", "leader", "boss"})


#: Words in a body's name that a generic description of it stands for: "the regulator" is the
#: "Digital Lending Oversight Authority" or the "Office for Algorithmic Standards" named before.
_REGULATOR_NAMES = frozenset(
    {"authority", "commission", "office", "regulator", "ombudsman", "inspectorate", "agency", "watchdog"}
)
#: Words for a local authority, any of which an article uses for the one it named ("the metro announced"
#: after "the City of Ekuvela", "the shire said" after "Marrowby Shire Council").
_LOCAL_AUTHORITIES = frozenset({"council", "municipality", "metropolitan", "metro", "shire", "borough"})
_LOCAL_AUTHORITY_OPENINGS = ("city of ", "town of ", "county of ", "municipality of ", "borough of ")
_NAMED_AS = {
    "regulator": _REGULATOR_NAMES,
    "watchdog": _REGULATOR_NAMES,
    "airline": frozenset({"airways", "airlines", "air"}),  # "Skyvale Airways … The airline said"
    "carrier": frozenset({"airways", "airlines", "air", "lines", "shipping"}),  # "Nordvale Air … the carrier"
} | {word: _LOCAL_AUTHORITIES for word in _LOCAL_AUTHORITIES | {"city"}}


#: The titles a headline's or a sports page's "boss" stands for ("the Ashby boss" after "Manager
#: Stefan Lindqvist-Hale", "the Halvorsen boss" after "chief executive Dana Pruitt").
_BOSS_OF = frozenset({"boss", "manager", "executive", "chief", "head", "chairman", "chairwoman", "director"})
#: The police ranks "the officer" stands for ("PC Elin Prydderch … the officer said").
_OFFICER_OF = frozenset(
    {"officer", "constable", "sergeant", "inspector", "detective", "superintendent", "commander"}
)
_CHAIR = frozenset({"chair", "chairman", "chairwoman", "chairperson"})
#: How a court report refers to the judge ("Her Honour said"), and the titles that judge is named with.
_FORMS_OF_ADDRESS_TO_THE_BENCH = frozenset(
    {"her honour", "his honour", "her honor", "his honor", "her ladyship", "his lordship"}
)
_BENCH_TITLES = frozenset({"judge", "justice", "magistrate"})
_LEGISLATOR = frozenset({"lawmaker", "legislator"})
#: The titles a description's head may stand for: "the boss", "the officer", and words for one office
#: ("Chairman Harlan Pettibone … the chair said"; "Legislator Michael Tang … the lawmaker said").
_TITLE_HEADS = {
    "boss": _BOSS_OF,
    "officer": _OFFICER_OF,
    **dict.fromkeys(_CHAIR, _CHAIR),
    **dict.fromkeys(_LEGISLATOR, _LEGISLATOR),
}


#: Words for any document, by which an article refers back to the report or draft it named before.
_DOCUMENT_HYPERNYMS = frozenset(
    {"document", "file", "paper", "dossier", "text", "finding", "result", "results", "report", "study"}
)


def _headline(span: Span) -> bool:
    """The span lies on the text's first line, and that line is a headline (no full stop at its end)."""
    doc = span.doc
    if any(ends_line(t) for t in doc[: span.start]):
        return False
    end = next((t.i for t in doc[span.start :] if ends_line(t)), None)
    return end is not None and not doc[: end + 1].text.rstrip().endswith(".")


def _body_of_person(span: Span) -> str | None:
    """'The Trump administration', 'the Clinton campaign', 'Mr Obama's office': the body speaks, not the
    person its name qualifies; the name is the phrase from the person to the body's head."""
    root = span.root
    if root.pos_ != "NOUN" or root.lower_ not in _HELD_BY - TITLE_WORDS:
        return None
    people = [
        e
        for e in span.ents
        if e.label_ == "PERSON"
        and e.root.head.i == root.i
        and e.root.dep_ in ("compound", "poss")
        and root not in e
    ]
    return " ".join(span.doc[people[0].start : root.i + 1].text.split()) if people else None


def _without_article(name: str, indefinite: bool = False) -> str:
    """The name without "the" (and without "a"/"an" when ``indefinite``: "a House panel" → "House panel")."""
    articles = ("the ", "a ", "an ") if indefinite else ("the ",)
    lead = next((a for a in articles if name.lower().startswith(a)), "")
    return name[len(lead) :]


#: What speaks for a person as "his …"/"her …": their staff, body or own account ("her campaign said").
#: Kin: "his wife" is a person; "his family" a group.
_KIN = frozenset(
    {"wife", "husband", "widow", "son", "daughter", "mother", "father", "brother", "sister", "partner"}
)
_FAMILIES = frozenset({"family", "relatives", "parents"})
_OWNED_VOICES = frozenset(
    ["campaign", "office", "team", "staff", "aides", "aide", "advisers", "advisors", "adviser", "advisor",
     "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney", "attorneys", "surrogates",
     "allies", "company", "administration", "government", "party", "foundation", "account", "statement",
     "memoir", "book", "letter", "tweet", "post", "website", "lawsuit", "board", "trustees", "directors",
     # those known through the person ("her employer had told her …", "his landlord")
     "employer", "landlord", "landlady", "boss", "supervisor", "doctor", "teacher", "coach", "agent",
     "publicist"]
) | _KIN | _FAMILIES  # fmt: skip
#: Words for a business, and the last words of public bodies' names, which no business bears.
#: Bodies whose names hold the word they are called by ("the committee" ↔ "the Finance Committee").
_NAMED_BY_HEAD = frozenset(
    {
        "ministry",
        "committee",
        "council",
        "commission",
        "panel",
        "tribunal",
        "court",
        "inquiry",
        "association",
        "federation",
        "foundation",
        "institute",
        "society",
        "party",
        "league",
    }
)
_TOGETHER = "organisations named together"
#: Parts of a body that speak for themselves: "the Kellbridge branch of the …Union".
_BRANCHES = frozenset({"branch", "chapter", "wing", "section"})
_COMMERCIAL = frozenset(
    {"company", "firm", "retailer", "manufacturer", "airline", "utility", "operator", "restaurant", "hotel", "cafe",
     "bakery", "brewery"}
)  # fmt: skip
#: Bodies that are no business, whatever else they are ("the company" is none of them).
_NOT_FIRMS = frozenset({"university", "school", "hospital", "college", "church", "club", "museum", "trust"})
_PUBLIC_BODY_WORDS = frozenset(
    {"office", "authority", "agency", "ministry", "department", "council", "commission", "regulator",
     "committee", "court", "police", "service", "government", "parliament", "assembly", "inspectorate",
     "union", "association", "federation", "party", "campaign", "coalition"}
)  # fmt: skip

#: Units of a body, named by the body's word and the unit ("the metro's disaster management centre").
_UNITS = frozenset(
    {"centre", "center", "unit", "department", "division", "office", "desk", "branch", "section"}
)
#: Last words of names that are no company's: public bodies, and the places the tagger calls bodies
#: ("Pontgarrow's Market Square").
_NO_FIRM_WORDS = (
    _PUBLIC_BODY_WORDS | PLACE_LAST_WORDS | {"square", "street", "road", "avenue", "lane", "church"}
)


def _most_heard(called: list[tuple[int, str]], context: list[Speaker] | None) -> str:
    """Of the bodies a word fits, in order, the one it means: the body that spoke last if it is one of
    them, else the one heard most so far ("A bureau spokesperson" is the Civil Affairs Bureau the story
    quotes throughout, not the statistics bureau whose data it cited once), else the one named last."""
    names = [n for _, n in called]
    heard = [s.name for s in context or [] if s.name in names]
    if not heard or (context and context[-1].name == names[-1]):
        return names[-1]
    return max(reversed(names), key=heard.count)


def _name_head(name: str) -> str:
    """The word a body's name is a kind of: 'University' of "University of Kellbridge", 'Union' of
    "University and College Staff Union", 'Department' of "Department for Heritage and the Arts"."""
    words = name.lower().split()
    joint = next((k for k, w in enumerate(words) if w in ("of", "for") and k > 0), None)
    return words[joint - 1] if joint is not None else words[-1] if words else ""


def _past_portfolio(name: Span) -> Span:
    """'State Minister for Labour and Employment Md Kamrul Hasan Bhuiyan': the tagger took the portfolio's
    last word into the name; the name starts after it."""
    while len(name) > 2 and name[0].dep_ == "conj" and name[0].head.i < name.start:
        name = Span(name.doc, name.start + 1, name.end, label="PERSON")
    return name


def _registered(name: str) -> bool:
    """A company's name with its legal form ("Kinta Resources Bhd", "Acme Ltd.")."""
    words = [w.lower().rstrip(".") for w in name.split()]
    return bool(words) and words[-1] in LEGAL_FORMS and not set(words) <= LEGAL_FORMS  # not "Sdn Bhd" alone


def _subject_hung_on_source(appos: Token) -> bool:
    """'According to town figures, Hatsuyu, which has …, received 2.1 million visitors': the parser hung
    the clause's subject on the source in apposition; the sentence's verb has no subject of its own."""
    if not according_to(appos.head):
        return False
    root = appos.sent.root
    return root.i > appos.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


def _opening_title(doc: Doc, i: int) -> Token | None:
    """The capitalised title that opens a sentence's long title phrase ending at token ``i`` ("Minister of
    Fisheries and Coastal Development [Senator] …", "President of the St Aldric Co-operative [Mr] …"): the
    portfolio's "of", "for", "and" and "the" stop a plain walk back over the title's words."""
    if i < 0 or doc[i + 1].is_sent_start:
        return None  # the name opens its sentence: no title before it
    j = i
    while (
        j >= 0
        and i - j < 10
        and (
            doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT")
            or doc[j].lower_ in ("of", "for", "and", "the", "&")
        )
    ):
        if doc[j].is_sent_start or (j > 0 and doc[j - 1].text == ","):
            break
        j -= 1
    if 0 <= j < i and doc[j].lower_ in _INTERIM:
        j += 1  # "Acting Commissioner of Police …": the office, held for now
    if j < 0 or j == i or not doc[j].is_title or doc[j].lower_ not in TITLE_WORDS:
        return None
    return doc[j] if any(t.lower_ in ("of", "for") for t in doc[j : i + 1]) else None


#: Words for an office held for the time being: "the acting commissioner" is the Acting Commissioner.
_INTERIM = frozenset({"acting", "interim"})


def _aged_name(appos: Token) -> Span | None:
    """'One of the patients, 68-year-old Pa Ebrima Camara of Sare Ngai,': the capitalised name after an
    age in an apposition — only a person is given an age — whether or not the tagger knows the name."""
    doc, left = appos.doc, appos.left_edge.i
    words = [t.lower_ for t in doc[left : min(left + 5, appos.i)]]
    if appos.pos_ != "PROPN" or not words or not words[0].isdigit() or "old" not in words:
        return None
    start = left + words.index("old") + 1
    name = doc[start : appos.i + 1]
    return name if name and all(t.pos_ == "PROPN" and t.is_title for t in name) else None


def _name_given_as(span: Span) -> Span | None:
    """'One, who gave her name only as Refilwe,', 'Another woman, who identified herself only as Bana
    Chileshe,': the capitalised name a relative clause on the phrase's head says its speaker gave."""
    for clause in (c for c in span.root.children if c.dep_ == "relcl"):
        verb = clause.lemma_.lower()
        objects = [c.lower_ for c in clause.children if c.dep_ == "dobj"]
        if not (
            (verb == "give" and any(o in ("name", "names") for o in objects))
            or (verb in ("identify", "introduce") and any(o in _REFLEXIVES for o in objects))
        ):
            continue
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"):
            name = [t for t in prep.subtree if t.pos_ == "PROPN" and t.is_title]
            if name and name[-1].i - name[0].i == len(name) - 1:
                return span.doc[name[0].i : name[-1].i + 1]
    return None


_REFLEXIVES = frozenset({"herself", "himself", "themselves", "themself"})


def _giver(document: Token) -> Token | None:
    """The subject of the verb that gave ``document`` out: 'said in a statement', 'issued a statement'."""
    verb = document.head
    if document.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head
    elif not (document.dep_ == "dobj" and verb.lemma_.lower() in SENDING_VERBS):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None


#: Words that open an elected member's title ("Member of Parliament for …", "MLA for …").
_MEMBERS = frozenset({"member", "mp", "mla", "mep", "mpp", "mhk", "mna"})


def _name_after_office(span: Span) -> Span | None:
    """'Department of Health spokesperson Kagiso Tlhapi': two or three capitalised words after a
    spokesperson's or a title's word end the phrase, with no entity of the tagger's on them (it names
    the body and misses the person); or the person the tagger names at the end of a phrase an office of a
    named body opens ("Member of Parliament for Chilambe North Dr Kondwani Mhango")."""
    last = next((e for e in span.ents if e.label_ == "PERSON" and e.end == span.end), None)
    opened = span[0].is_title and span[0].lower_ in TITLE_WORDS | _MEMBERS
    if last is not None and last.start > span.start + 2 and opened:
        return last
    offices = [t.i for t in span if t.lower_ in _SPOKESPEOPLE | TITLE_WORDS and t.is_lower]
    if not offices or not any(e.label_ in ("ORG", "GPE") and e.end <= offices[-1] for e in span.ents):
        return None
    name = span.doc[offices[-1] + 1 : span.end]
    if 2 <= len(name) <= 3 and all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in name):
        return name
    return None


def _name_after_titles(span: Span, names: Iterable[Span] = ()) -> Span | None:
    """The person named at the end of a run of titles the parser coordinated with the name ("co-founder
    and chief executive Anjali Devarajan" read as "founder and … Devarajan"); ``names`` adds the person
    names the tagger missed."""
    people = [e for e in span.ents if e.label_ == "PERSON"]
    people += [n for n in names if span.start <= n.start]
    name = next((e for e in people if e.end == span.end), None)
    name = _past_portfolio(name) if name is not None else None
    if name is None or name.start == span.start:
        return None
    before = span.doc[span.start : name.start]
    # a title written without an article whose portfolio follows "for" or "of" ("Mayoral committee member
    # for water and sanitation Pieter Janse van Rensburg"); not "a lawyer for John Smith", "critics of Jo Li"
    adp = [t for t in before if t.pos_ == "ADP"]
    portfolio = (
        before[0].pos_ != "DET"
        # a title is one person's: "Residents of Kampung Sungai Lerek" is no "member for water X"
        and not any(t.tag_ in ("NNS", "NNPS") for t in before if adp and t.i < adp[0].i)
        and len(adp) == 1
        and adp[0].lower_ in ("for", "of")
        and adp[0].i + 1 < name.start
        # the title a noun, or written as a name ("County Executive Committee Member for Culture X")
        and (
            any(t.pos_ == "NOUN" for t in before if t.i < adp[0].i)
            or all((t.pos_ == "PROPN" and t.is_title) or t.pos_ == "CCONJ" for t in before if t.i != adp[0].i)
        )
    )
    if not portfolio and not any(t.lower_ in TITLE_WORDS for t in before):
        return None
    if before[0].is_title and before[0].lower_ in TITLE_WORDS and before[-1].lower_ in HONORIFICS:
        # "President of the St Aldric Fisherfolk Co-operative Mr Hallam Greaves told …": a title, its body,
        # and the name set off by a style of address
        return name
    allowed = ("DET", "ADJ", "NOUN", "CCONJ", "PUNCT") + (("ADP", "PROPN") if portfolio else ())
    return name if all(t.pos_ in allowed for t in before) else None


def _previous_paragraph(text: str, pos: int) -> int:
    """Where the paragraph before the one holding ``pos`` starts (blank lines skipped)."""
    start = text.rfind("\n", 0, pos) + 1
    before = text[:start].rstrip()
    return before.rfind("\n") + 1 if before else 0


#: Heads a writer uses for a person just named instead of repeating the name ("the striker said").
_EPITHETS = frozenset(
    {"striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "veteran",
     "youngster", "teenager", "batsman", "bowler", "full-back", "centre-back", "playmaker", "frontman",
     "singer", "actor", "actress", "rapper", "novelist", "author", "pensioner", "grandmother",
     "grandfather", "mother-of-two", "father-of-two"}
)  # fmt: skip
#: "the 34-year-old", and a parent by their children ("the mother of three", "the father-of-two").
_AGED = re.compile(
    r"^the (?:\d+-year-old|(?:mother|father|grandmother|grandfather)[- ]of[- ](?:one|two|three|four|five|six|\d+))$",
    re.IGNORECASE,
)


def _epithet(span: Span) -> bool:
    """'the Swede', 'the 34-year-old', 'the striker': a definite description by nationality, age or trade
    that stands for the person just named (never 'a Swede', someone new)."""
    if _AGED.match(span.text):
        return True
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or words[0].lower_ != "the" or len(words) > 3:
        return False
    head = words[-1]
    if head.tag_ not in ("NN", "NNP") or head.lower_ in PUBLIC_OFFICERS:
        return False  # "the Ombudsman", tagged a nationality now and then, is an office
    # a nationality is capitalised: "the patwari" (a village records officer) tagged one is someone else
    return (head.ent_type_ == "NORP" and head.text[:1].isupper()) or head.lower_ in _EPITHETS


_HANDLE_REASON = "posts under a handle, not a name"
_AT_HANDLE = re.compile(r"@\w{2,}")
_OWNERS_BODY = "a body described only as someone's, not named"
_INITIALS_REASON = "named by initials only: the reader cannot tell who it is"


def _named_after_comma(span: Span) -> Span | None:
    """The person or body named between commas right after a description and before its verb
    ('DESCRIPTION, NAME, said'), whatever the parser made of it; None when a name heads the phrase."""
    doc = span.doc
    # past a phrase the description carries ("The senator representing Kanbari North, Abubakar Yerima,")
    carried = [c for c in span.root.children if c.i == span.end and c.dep_ in ("acl", "prep", "relcl")]
    i = span.end
    while carried and i < carried[0].right_edge.i and doc[i].text != "," and not doc[i].is_sent_end:
        i += 1
    # past the office's initials in brackets ("the Officer Commanding District (OCD), Mr Yusuph Mrisho,")
    if i + 3 < len(doc) and doc[i].text == "(" and doc[i + 1].text.isupper() and doc[i + 2].text == ")":
        i += 3
    # (a name at the phrase's head is no description, unless an office opens the phrase and the tagger
    # took its place for a person: "The Executive Secretary of Rukomero Sector, Emmanuel Nshimiyimana,")
    office = span[0].lower_ == "the" and any(t.lower_ in TITLE_WORDS for t in span[1:3])
    if i + 2 >= len(doc) or doc[i].text != "," or (span.root.ent_type_ == "PERSON" and not office):
        return None
    named = _name_between_commas(doc, i)
    # past a relative clause set off by commas ("The chairperson of the conservancy committee, which
    # represents some 4 200 members …, Ms Selma Nangolo, said"), which the parser may have let run over
    # the name: the name follows one of the clause's commas
    relative = next(
        (c for t in span for c in t.children if c.dep_ == "relcl" and c.left_edge.i == i + 1),
        None,
    )
    if named is None and relative is not None:
        last = min(relative.right_edge.i + 1, len(doc) - 1)
        commas = [k for k in range(last, relative.i, -1) if doc[k].text == ","]
        named = next((n for k in commas if (n := _name_between_commas(doc, k)) is not None), None)
    return named


def _name_between_commas(doc: Doc, i: int) -> Span | None:
    """The name after the comma at ``i`` that another comma and the sentence's verb follow."""
    if i + 2 >= len(doc):
        return None
    at = i + 1
    styles = HONORIFICS | TITLE_ABBREVIATIONS.keys()
    if doc[at].lower_ == "the" and doc[at + 1].lower_ in styles:
        at += 1  # "The Custos of St Elspeth, the Hon. Beverley Grant-Whyte, urged"
    while at < len(doc) - 1 and (doc[at].lower_ in styles or (doc[at].text == "." and at > i + 1)):
        at += 1  # "The authority's director-general, Dr Suriani Ahmad Fauzi, said"; "…, SP Ada Obi, said"
    ent = next((e for e in doc.ents if e.start == at and e.label_ in ("PERSON", "ORG")), None)
    # the tagger may have taken the title into the name ("DSP Chidi Okafor"): the name is what follows it
    titled = next((e for e in doc.ents if i < e.start < at < e.end), None) if ent is None else None
    if titled is not None:
        ent = Span(doc, at, titled.end, label="PERSON")
    elif ent is None and at > i + 1:
        ent = _untagged_name(doc, at)  # an honorific names a person, whom the tagger may have missed
    elif ent is None:
        ent = nicknamed_name(doc, at) or _given_name_left_out(doc, at) or _name_after_title_run(doc, at)
    if ent is None or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    if titled is None and doc[ent.start].ent_iob_ == "I":
        return None
    # "The fisherman, Curtis Alleyne, 49, said": past an age
    after = ent.end + 3 if followed_by_age(doc, ent.end) and doc[ent.end + 2].text == "," else ent.end + 1
    verb = doc[after] if after < len(doc) else doc[-1]
    if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head  # "…, Mr John Mrisho, has confirmed": the verb the auxiliary opens
    return ent if verb.pos_ in ("VERB", "AUX") and _main_verb(verb) else None


def _main_verb(verb: Token) -> bool:
    """The sentence's own verb: its root, or one the parser hung on an earlier clause as a conjunct with no
    subject of its own ("Three people were injured …, the OCD, Mr Mrisho, has confirmed")."""
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children)


def _name_after_title_run(doc: Doc, at: int) -> Span | None:
    """'…, Assistant Superintendent of Police (ASP) Fatmata Bangura, said': a person's name after a title
    of several words (capitalised, joined by "of", with its initials in brackets) set off by commas."""
    for k in range(at, min(at + 10, len(doc))):
        if doc[k].text == ",":
            return None
        person = next((e for e in doc.ents if e.start == k and e.label_ == "PERSON"), None)
        if person is None:
            continue
        run = doc[at:k]
        titled = any(t.lower_ in TITLE_WORDS for t in run)
        shaped = all(t.is_title or t.is_upper or t.lower_ in ("of", "for", "the") or t.is_punct for t in run)
        return person if titled and shaped and len(run) else None
    return None


def _given_name_left_out(doc: Doc, at: int) -> Span | None:
    """'Abdulla Riyaz' with only "Riyaz" tagged a person: the capitalised names just before a person's
    name belong to it."""
    person = next((e for e in doc.ents if e.label_ == "PERSON" and at < e.start <= at + 2), None)
    # untagged name words, not a place or a title ("Indiana Gov. Mike Pence")
    if person is None or not all(
        t.pos_ == "PROPN" and t.is_alpha and t.is_title and not t.ent_type_ and t.lower_ not in TITLE_WORDS
        for t in doc[at : person.start]
    ):
        return None
    return Span(doc, at, person.end, label="PERSON")


def _untagged_name(doc: Doc, at: int) -> Span | None:
    """The capitalised proper nouns from ``at`` on, as a person: the name after an honorific or title
    that the tagger did not mark ("Madam Koh Siew Lan, 71, said")."""
    end = at
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end = past_hyphen(doc, end + 1)
    return Span(doc, at, end, label="PERSON") if end > at else None


def _coordinated_names(span: Span) -> list[str]:
    """'Both the Courier and the Evening Ledger': each proper name of a coordination, in order (empty
    when the phrase names one body). The tagger may label the parts differently, so the parse decides."""
    heads = [span.root] + [t for t in span.root.children if t.dep_ == "conj" and t in span]
    if len(heads) < 2 or any(h.pos_ != "PROPN" for h in heads):
        return []
    if any(c.dep_ == "cc" and c.text == "&" for c in span.root.children):
        return []  # "Harwell & Lund" is one firm's name
    names = []
    doc = span.doc
    for head in heads:
        # the name up to its head, with its owner ("the Assembly's Children's Fund") but no article
        start = max(head.left_edge.i, span.start)
        while start < head.i and (doc[start].dep_ in ("det", "preconj", "predet") or doc[start].is_punct):
            start += 1
        words = list(doc[start : head.i + 1])
        # "the Dervişkaya Chamber of Commerce and the Dervişkaya Chamber of Civil Engineers": the "of" part
        # of each name ("of Commerce"), written in capitals
        words += [
            t
            for prep in head.children
            if prep.dep_ == "prep"
            and prep.lower_ == "of"
            and prep.i > head.i
            and all(w.is_title or w.lower_ in ("of", "and", "the", "for") for w in prep.subtree)
            for t in prep.subtree
        ]
        names.append("".join(t.text_with_ws for t in sorted(words, key=lambda t: t.i)).strip())
    return names


def _inside_report_of(noun: Token, named: Span) -> bool:
    """'Stephen Kiely … said he heard shouting and saw a man "swing a punch" …': someone in what the named
    person reports (or saw) is no new speaker displacing them for the next "he"."""
    name = named[0]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # "Stephen" of "Stephen Kiely"
    verb = name.head
    return name.dep_ in ("nsubj", "nsubjpass") and noun.head != verb and noun in verb.subtree


def _reports_unsexed(noun: Token, sex: str) -> bool:
    """'A geologist who worked at Mount Corrigan until March alleges that …': a person's noun of no sex,
    the subject of its sentence's reporting verb; a pronoun opening the next sentence most likely takes
    them up. Not someone inside another's report ("She said an inspector had told her …"), nor one who
    spoke to someone of that sex ("a second agent told him …": "he" is the man told)."""
    verb = noun.head
    return (
        noun.tag_ == "NN"
        and (noun.lower_ in ANONYMOUS_HEADS or is_occupation(noun))
        and verb.lemma_.lower() in cue_verbs()
        and verb.dep_ == "ROOT"
        and not any(
            c.dep_ in ("dobj", "dative") and _PRONOUN_GENDER.get(c.lower_) == sex for c in verb.children
        )
    )


def _calls_itself(noun: Token, sex: str) -> bool:
    """'A mill owner …, said he had hired guards': a person's noun of no sex, the subject of a reporting
    verb whose report has a pronoun of ``sex`` as its subject ("said he had hired"), or whose own relative
    clause calls them so ("A former dispatch supervisor, who spoke on the condition that she not be named,
    said …"), with no one of that sex told ("had told her … that she shouldn't worry" is about her): the
    next "he" may be them."""
    verb = noun.head
    reported = any(
        _PRONOUN_GENDER.get(t.lower_) == sex and t.dep_ == "nsubj" and t.head.i != verb.i
        for t in verb.subtree
        if t.i > verb.i
    )
    described = any(
        _PRONOUN_GENDER.get(t.lower_) == sex for c in noun.children if c.dep_ == "relcl" for t in c.subtree
    )
    return (
        noun.tag_ == "NN"
        and (noun.lower_ in ANONYMOUS_HEADS or is_occupation(noun))
        and verb.lemma_.lower() in cue_verbs()
        and (reported or described)
        and not any(
            c.dep_ in ("dobj", "dative") and _PRONOUN_GENDER.get(c.lower_) == sex for c in verb.children
        )
    )


def _plural_subject(token: Token) -> Span | None:
    """The noun phrase ``token`` heads when it is a plural subject standing for people or bodies, or those
    an "according to" cites ("…, according to two employees who attended. One of them …")."""
    doc = token.doc
    cited = (
        token.dep_ == "pobj"
        and token.head.i > 0
        and doc[token.head.i - 1 : token.head.i + 1].text == "according to"
    )
    if (token.dep_ not in ("nsubj", "nsubjpass") and not cited) or token.pos_ == "PRON":
        return None
    conj = [c for c in token.children if c.dep_ == "conj"]
    if conj and token.ent_type_ and all(c.ent_type_ for c in conj):
        # "The New York Times and The Washington Post": a coordination of named entities
        return doc[token.left_edge.i : conj[-1].i + 1]
    if conj and token.pos_ in ("NOUN", "PROPN") and all(c.pos_ in ("NOUN", "PROPN") for c in conj):
        # "The teachers' union and the school board": any coordination of bodies or people
        return doc[token.left_edge.i : conj[-1].right_edge.i + 1]
    if token.lower_ in VAGUE_DETERMINERS | {"both", "all"}:
        # "many of his opponents"
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if objs and objs[0].tag_ in ("NNS", "NNPS") and objs[0].lower_ in _PLURAL_PEOPLE:
                    return doc[token.left_edge.i : objs[0].i + 1]
        return None
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    plausible = token.lower_ in _PLURAL_PEOPLE or (
        token.ent_type_ in ("NORP", "ORG") and token.pos_ == "PROPN"
    )
    if not plausible:
        return None
    end = token.i + 1
    for prep in token.rights:
        # "the members of the Security Council": keep a named body the members belong to
        if prep.dep_ == "prep" and prep.lower_ == "of" and any(t.ent_type_ for t in prep.subtree):
            end = prep.right_edge.i + 1
    return doc[token.left_edge.i : end]


#: Lower-case kinds of publication that follow a title ("Glimmer magazine").
_PRINT_KINDS = frozenset({"magazine", "newspaper", "tabloid", "weekly"})


def _masthead(span: Span) -> str | None:
    """A newspaper the alias table does not know, by its title's last word: "the Springfield Gazette"
    → "Springfield Gazette" (named as other organisations are, without the article). Only a short
    proper name, and never a person's ("Emily Post")."""
    words = [t for t in span if not t.is_punct or t.text == "-"]
    station = [t for t in words if t.lower_ != "the"]
    if (
        2 <= len(station) <= 4
        and (station[-1].text in BROADCAST_WORDS or station[0].text in ("Radio", "Radyo"))
        and not station[0].like_num
        and all(t.text[:1].isupper() or t.like_num for t in station)
        and not any(e.label_ == "PERSON" and e[0].lower_ in GIVEN_NAMES for e in span.ents)
    ):
        # "told Sauti FM", "Radio Wenlow", "WynState 12 News": a broadcaster by its call words
        return " ".join(t.text for t in station)
    if 2 <= len(words) <= 4 and words[-1].lower_ in _PRINT_KINDS and words[0].lower_ != "the":
        # "Glimmer magazine", "Time magazine": the title before the kind of publication
        title = [t for t in words[:-1] if t.lower_ not in ("a", "an")]
        if title and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in title):
            return " ".join(t.text for t in title)
        return None
    # or a paper's name opening a line of its own, without "the": the masthead line "Corrick Advertiser | News"
    if not words:
        return None
    before = span.doc[span.start - 1] if span.start > 0 else None  # not ``doc.text``: joined on each call
    label = words[0].lower_ != "the" and (before is None or (before.is_space and "\n" in before.text))
    title = words if label else words[1:]
    periodical = len(title) in (2, 3) and title[0].text in MASTHEAD_PERIODS  # "The Morning Beacon"
    if (
        not 1 <= len(title) <= 4
        or (words[0].lower_ != "the" and not label)
        or not (title[-1].text in MASTHEAD_WORDS or periodical)
        or (label and len(title) < 2)
    ):
        return None
    if any(e.label_ == "PERSON" and title[-1].i < e.end and e[0].lower_ in GIVEN_NAMES for e in span.ents):
        return None  # "Emily Post"; but the tagger's person "the Gazette" or "the Springfield Gazette" is a paper
    if not all(t.pos_ == "PROPN" or t.text[:1].isupper() or t.text == "-" for t in title):
        return None
    name = clean(span.doc[title[0].i : title[-1].i + 1].text)  # "Sandhill Courier-Times" unspaced
    return None if name in NOT_MASTHEADS else name


def _sentence_opener(tok: Token) -> Token:
    """The first token of ``tok``'s sentence, walked back to (``tok.sent`` scans the document each call)."""
    doc, i = tok.doc, tok.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    return doc[i]


def _opens_sentence(tok: Token) -> bool:
    """The first word of its sentence, after any opening quotation mark or bracket. (Walks back rather than
    asking for ``tok.sent``, which spaCy finds by scanning the document on every call.)"""
    doc, i = tok.doc, tok.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
        if doc[i].is_alpha:
            return False
    return True


#: What a publication does with a story: a capitalised common word opening a sentence as their subject
#: is a title ("Time reported", "Fortune revealed"), where "People forgive a lot" names no magazine.
_PUBLISHING_VERBS = frozenset({"report", "reveal", "publish", "disclose"})  # not "say": "People say …"


def _proper(span: Span) -> bool:
    """Outlet names are proper nouns or capitalised; skips 'the post office' style commons, and a common
    word capitalised only because it opens a sentence ("People forgive a lot" names no magazine)."""
    words = [t for t in span if t.lower_ != "the" and t.pos_ != "DET"]  # "A post" names no Post
    if len(words) == 1 and words[0].pos_ != "PROPN" and _opens_sentence(words[0]):
        # unless it reports, as only a publication does: "Time reported that …"
        return words[0].dep_ == "nsubj" and words[0].head.lemma_.lower() in _PUBLISHING_VERBS
    # a word in lower case is no masthead, whatever its tag ("the metro's reply" is the municipality's)
    return any((t.pos_ == "PROPN" and not t.is_lower) or (t.text[:1].isupper() and t.is_alpha) for t in words)
