"""The sourcing lens: who says what, on whose authority (spaCy component ``presslens_sourcing``).

How it reads: quote marks are found on the raw text (``quotemarks``), reporting cues on the dependency
parse (``lexicon``) and, for the long tail of cues no lexicon lists, in the shared encoder's attribution
tags (``attribution_tags``: cue/source/content learnt from PolNeAR train, used where no rule fired); the
two are joined — a quoted stretch inside a cue's content is a direct quote
(wholly quoted) or a mixed one (partly quoted); a cue's clause with no marks is indirect speech; quoted
stretches no cue reaches are linked by layout (``: "…"``, ``"…" — Name``, a following "he said", a
continuing paragraph) or, when short and speakerless, labelled scare quotes. Sources are resolved to
canonical speakers (``speakers``), anonymous and vague ones flagged with a reason (``anonymous``), and
second-hand attributions ("the Post reported, citing unnamed officials") become chains.

Outputs (all survive ``DocBin``): ``doc.spans["quotes"]`` (content parts, label = kind),
``doc.spans["quote_cues"]``, ``doc.spans["quote_sources"]``, ``doc.spans["anonymous_sources"]`` (label
anonymous|vague), ``doc.spans["scare_quotes"]``; ``doc.spans["quotes"].attrs["records"]`` holds one
JSON-able record per attribution with character offsets, speaker, chain, confidence and rationale.
"""

import dataclasses
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from presslens.analyze import encoder
from presslens.analyze.anonymous import (
    anonymous_mentions,
    passive_without_agent,
)
from presslens.analyze.attribution_tags import decode_attributions
from presslens.analyze.attributions import (
    INVERTED_CUES,
    RULE_CONFIDENCE,
    Attribution,
    continue_quotes,
    dedupe,
    drop_nested_in_quotes,
    end_char,
    merged_ranges,
    ranges_overlap,
    says_something,
    shared_fractions,
    split_coordinated,
    subtract,
    surest_per_content,
    token_runs,
    tokens_in,
    trim_text,
    within,
    without_dangling_conjunction,
    without_dateline,
)
from presslens.analyze.lexicon import (
    ANONYMITY_FORMULAS,
    ANONYMOUS_HEADS,
    ANONYMOUS_MODIFIERS,
    COGNITION_VERBS,
    DATA_NOUNS,
    DIRECTIVE_CUE,
    DOCUMENT_NOUNS,
    MEDIA_NOUNS,
    NOMINAL_CUES,
    OBJECT_SPEECH_VERBS,
    ORGANISATION_HEADS,
    OUTLET_COLLECTIVES,
    PARTIAL_NAME_FORMULAS,
    PASSIVE_ONLY_CUE,
    PASSIVE_ONLY_CUES,
    PEOPLE_ENDINGS,
    PERSON_PRONOUNS,
    PHRASE_CUE,
    RELATIVE_PRONOUNS,
    RELAY_VERBS,
    REPRESENTATIVE_HEADS,
    SENDING_VERBS,
    TITLE_WORDS,
    UNIVERSAL_PRONOUNS,
    VAGUE_HEADS,
    cue_verbs,
    in_dateline,
)
from presslens.analyze.mentions import followed_by_age, is_occupation
from presslens.analyze.quotemarks import INLINE_SPACE, QuoteSegment, find_quotes
from presslens.analyze.spans import (
    add_span,
    flag_record,
    glued_hyphen,
    is_imperative,
    of_objects,
)
from presslens.analyze.speakers import Speaker, SpeakerResolver
from presslens.analyze.subjects import (
    TEXT_KEY,
    act_after_quotation,
    agent_of,
    animate,
    aside_read_as_clause,
    aside_speaker,
    closing_subject_hung_before,
    cue_range,
    doc_text,
    in_modifier,
    inverted_object,
    is_cue_verb,
    is_mark,
    last_phrase_whole,
    line_label,
    name_after_one,
    nearest_first,
    outer_speaker,
    participle_read_as_clause,
    past_opening_participle,
    relative_antecedent,
    relative_read_as_clause,
    reporting_verb,
    root_lost_in_clause,
    source_span,
    speaker_like,
    subject_of,
    subject_outside,
    verb_of_source,
    whole_phrases,
)
from presslens.analyze.tag_filter import features, load_filter
from presslens.hookspecs import Analyzer, hookimpl
from presslens.outlets import load_outlets

FACTORY = "presslens_sourcing"
encoder.CONSUMERS.add(FACTORY)
SPAN_KEYS = ("quotes", "quote_cues", "quote_sources", "anonymous_sources", "scare_quotes")
SCARE_MAX_WORDS = 4

#: Rule frames the attribution tags replace where both found something (PolNeAR dev precision < 0.5).
#: A quotation no rule found a speaker for ("unattributed") is replaced too: a tagged reading with a
#: source beats none ('"…," the letter reads' where "read" is no lexicon cue).
TAGS_OVERRIDE = frozenset({"verb+object", "parenthetical", "passive", "unattributed", "hearsay-adverb"})
#: Rule frames the tags may refine only on the same cue: the rule found the speech act, the tags draw
#: its content and source (PolNeAR dev: F1 0.722 -> 0.743, source accuracy 0.890 -> 0.900).
TAGS_REFINE = frozenset({"verb+clause"})
#: Verbs of appearance: "X seems to …" is the author's hedged view of X, not something X says.
EVIDENTIALS = frozenset({"seem", "appear"})
#: Dependents of a cue that hold what it reports (object, clause, complement, "at"/"about" phrase).
_COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "prep", "attr", "oprd"})
#: Dashes that set a speaker line off a quotation: em dash, horizontal bar, en dash, typed ones.
DASHES = ("—", "―", "–", "--", "-")
# Nominal cues that report speech even with no one named beside them ("the claim that …"); others
# ("the fear that …", "the view that …") attribute nothing without a holder.
_SPEECH_NOUNS = frozenset(
    {"claim", "statement", "allegation", "assertion", "denial", "warning", "announcement", "accusation"}
)
# Line labels that name no speaker ("UPDATE:", "Q:", "Editor's note:").
_NOT_SPEAKERS = frozenset(
    {"update", "note", "editor", "editors", "watch", "read", "more", "photo", "video", "related",
     "correction", "clarification", "q", "a", "q&a", "faq", "headline", "source", "sources", "warning", "breaking",
     # a fact check's furniture: "CLAIM: …", "VERDICT: Misleading.", "RATING: False"
     "claim", "claims", "verdict", "rating", "ruling", "conclusion", "summary", "context", "background", "fact",
     # a game story's closing blocks: "NOTES: …", "UP NEXT: Comets RHP …", "INJURIES: …", "FINAL: …"
     "notes", "next", "injuries", "lineups", "final", "score", "scores", "results", "standings", "schedule"}
)  # fmt: skip
_QUOTE_MARKS = "\"“”‘’'«»„"
#: What may stand between a quotation and its quotative verb: its closing mark, a comma, a dash.
_QUOTATIVE_GAP = _QUOTE_MARKS + " ,—–-"
# Verbs that give something its name ("the bill, known as …"): no one's words, so no anonymous source.
_NAMING_VERBS = frozenset({"know", "call", "dub", "name", "title", "nickname", "label", "term", "brand"})
# Prepositions whose phrase after an object cue says how the speaker framed it ("described X as Y").
_FRAMING = frozenset({"as", "for", "of", "over", "about"})
# Perception and assent verbs that a sweeping subject turns into rhetoric: "anyone can see", "no one can
# deny". A speech verb ("no one can credibly state …") still reports what people (do not) say.
_RHETORICAL_CUES = frozenset(
    {"see", "tell", "know", "agree", "deny", "doubt", "dispute", "understand", "recognize", "recognise"}
)


@contextmanager
def _text_bound(doc: Doc) -> Iterator[None]:
    """Bind ``doc.text`` for ``doc_text`` while the lens reads ``doc``."""
    doc.user_data[TEXT_KEY] = doc.text
    try:
        yield
    finally:
        doc.user_data.pop(TEXT_KEY, None)


def _subtree_minus(root: Token, exclude: Iterable[Token]) -> list[Token]:
    excluded = {t.i for ex in exclude for t in ex.subtree}
    return [t for t in root.subtree if t.i not in excluded]


#: Where a statement was made, in a closing cue's "in a statement", "at a briefing".
_SPEECH_SETTINGS = frozenset(
    {"statement", "interview", "release", "briefing", "conference", "post", "letter"}
)


#: Focus adverbs that restrict a speech act ("would say only that …", "said simply that …").
_FOCUS = frozenset({"only", "merely", "simply", "just"})


#: Prepositions whose phrase says when ("after the meeting", "during a visit").
_TIME_PREPOSITIONS = frozenset({"after", "before", "during", "following"})


def _says_when_or_how(child: Token) -> bool:
    """A closing cue's dependent that only says when or how it spoke ("on Thursday", "in a statement",
    "late", "after the meeting", an "after …" clause the parser hung on it, the addressee of "told
    reporters"), not what about ("warned of strikes")."""
    if child.dep_ in ("punct", "advmod", "npadvmod", "advcl", "aux"):
        return True
    if child.dep_ == "dobj":
        return child.head.lemma_ == "tell" and child.pos_ in ("NOUN", "PROPN", "PRON")
    return child.dep_ == "prep" and (
        child.lower_ in _TIME_PREPOSITIONS
        or any(t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in _SPEECH_SETTINGS for t in child.subtree)
    )


def _closing_report(verb: Token, clause: Token) -> bool:
    """'Government has declared 15 August a public holiday, …, the Minister of Public Service, Ms X,
    announced yesterday': the parser made the sentence's closing cue a clause of the verb before it; a
    verb of saying set off by a comma with its own subject, closing the sentence and saying only when or
    how, reports the sentence, it is not what the verb before it reports."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return (
        clause.dep_ == "ccomp"
        and clause.i > verb.i
        and is_cue_verb(clause)
        and bool(subjects)
        and _comma_closing(clause, subjects[0]) is not None
    )


def _infinitive_after_object(verb: Token, clause: Token) -> bool:
    """A to-infinitive right after the verb's object ("directed the tehsildars to complete …")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i]
    return (
        bool(objects)
        and clause.tag_ == "VB"
        and clause.left_edge.lower_ == "to"
        and objects[-1].right_edge.i + 1 == clause.left_edge.i
    )


def _closing_comma(tok: Token) -> int | None:
    """'Health authorities … have closed the baths after …, the county's Public Health Directorate (DSP)
    announced on Thursday.' parsed as a second verb joined to the first with no "and" (and the "after"
    clause hung on it), or as an adverbial clause of the first with no "as" or "when" ("X will host the
    Games after beating Y by 41 votes to 29 …, the federation announced on Thursday."): the sentence's
    closing cue; or as a relative clause of the last noun ("…, ending an effort by owners that had failed
    twice, marketing agent X said on Monday (Sept 15)."). Returns the index of the comma before its
    subject, the end of what it reports; None for any other verb."""
    head = tok.head
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    hung = closing_subject_hung_before(tok) if not subjects else None  # "…, the board (ASB) said"
    subjects = [hung] if hung is not None else subjects
    # an "and" joining this verb, not one joining two verbs before it ("has been fined … and severely
    # reprimanded …, the board said")
    ands = [c for c in head.children if c.dep_ == "cc" and c.i < tok.i]
    later = [c for c in head.children if c.dep_ == "conj" and ands and ands[-1].i < c.i < tok.i]
    joined = bool(ands) and not later
    if (
        tok.dep_ not in ("conj", "advcl", "relcl")
        or any(c.dep_ == "mark" for c in tok.children)
        or tok.i < head.i
        or head.pos_ not in (("NOUN", "PROPN") if tok.dep_ == "relcl" else ("VERB", "AUX"))
        or not subjects
        or joined
        or any(c.dep_ == "mark" for c in head.children)
    ):
        return None
    return _comma_closing(tok, subjects[0])


def _comma_closing(cue: Token, subject: Token) -> int | None:
    """The comma before ``subject`` when ``cue`` closes its sentence saying only when or how it spoke
    (", the board said on Thursday."): the end of what the closing cue reports; None otherwise. What the
    parser hung on the cue before that comma ("…, after the freedom fighter who led …, Chief Minister X
    told reporters") lies inside what it reports, so it is not judged."""
    comma = subject.left_edge.i - 1
    if (
        comma <= cue.sent.start
        or cue.doc[comma].text != ","
        or not _closes_sentence(cue)
        or not all(_says_when_or_how(c) for c in cue.children if c.dep_ != "nsubj" and c.i > comma)
    ):
        return None
    return comma


def _relative_report_between(other: Attribution, rule: Attribution) -> bool:
    """``other`` is a relative clause's report ("who suggested that …") between ``rule``'s cue and the
    quotation ``rule`` credits."""
    return (
        other is not rule
        and other.cue is not None
        and rule.cue is not None
        and other.source is not None
        and other.source.root.lower_ in RELATIVE_PRONOUNS
        and rule.cue[1] <= other.cue[0] < min(a for a, _ in rule.content)
    )


def _subject_read_as_object(verb: Token, clause: Token, objects: list[Token]) -> bool:
    """A verb with an addressee (or one that takes no object: "said"), an object right before its reported
    clause (or before the comma closing an aside in it: "said supporters of the organization, which is
    based in Raqqa, were sharing …") and a clause with no subject of its own: the parser took the clause's
    subject for the verb's object."""
    if clause.dep_ != "ccomp" or not objects:
        return False
    doc, end = verb.doc, objects[0].right_edge.i
    aside_closed = doc[end + 1].text == "," and any(t.text == "," for t in doc[objects[0].i : end])
    return (
        (end + 1 == clause.left_edge.i or (aside_closed and end + 2 == clause.left_edge.i))
        and (any(c.dep_ == "dative" for c in verb.children) or verb.lemma_.lower() in _CLAUSE_ONLY)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children)
    )


#: Reporting verbs that take a clause and no noun object before it.
_CLAUSE_ONLY = frozenset({"say", "claim", "insist", "argue", "think", "believe"})


def _cue_read_as_relative(tok: Token) -> Token | None:
    """'Support for the Civic Party has fallen to its lowest level since the last election, a new poll for
    The Standard-Herald has found, as voters …': the parser hangs the interrupting source on the last noun
    as an apposition, the cue as its relative clause with the for-phrase's name as subject. Returns the
    noun that speaks (a document, data or someone), set off by a comma before and after the cue."""
    noun, doc = tok.head, tok.doc
    after = doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(doc) else None
    if (
        tok.dep_ != "relcl"
        or noun.dep_ != "appos"
        or noun.left_edge.i < 1
        or doc[noun.left_edge.i - 1].text != ","
        or after is None
        or after.text not in (",", ".")
        or any(c.dep_ in ("ccomp", "dobj", "xcomp", "mark") for c in tok.children)
        or not any(c.dep_ == "nsubj" and c.i > noun.i for c in tok.children)
    ):
        return None
    speaks = noun.lemma_.lower() in DATA_NOUNS | DOCUMENT_NOUNS or speaker_like(noun)
    return noun if speaks else None


def _parenthetical(tok: Token) -> bool:
    """'The economy, he said, is growing' / 'Now, the Times surmised, Russians …': the cue interrupts.

    The cue must have its own subject, no clause of its own, and be set off by a comma; otherwise a
    verb inside reported content ("said the council would not write …") would pass for a cue.
    """
    head = tok.head
    if head is tok or head.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("advcl", "parataxis", "ccomp"):
        return False
    if any(c.dep_ in ("ccomp", "mark", "dobj") for c in tok.children):
        return False
    if any(c.dep_ == "mark" for c in head.children):
        return False  # "If we let them continue, …": the head is a subordinate clause, not a statement
    if tok.dep_ == "ccomp" and is_cue_verb(head) and head.i > tok.i:
        return False  # "The strike will continue until Monday, the union said": what the head reports
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.tag_ in ("WP", "WDT") for c in subjects):
        return False  # no subject, or a relative one: "cost twice what was promised, according to …"
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    before = doc[left - 1].text if left > 0 else ""
    after = doc[right + 1].text if right + 1 < len(doc) else ""
    return "," in (before, after)


def _as_aside(cue: Token, subj: Token | None) -> tuple[int, int] | None:
    """Token bounds of ', as SUBJECT CUE,' set off by commas inside a sentence, or None.

    The parser often misreads such an aside ("is, as many of its backbenchers admit, a tax rise"):
    'as' lands on the subject and the rest of the sentence on the cue; the commas are what show it.
    """
    if subj is None:
        return None
    doc = cue.doc
    start = subj.left_edge.i if subj.left_edge.lower_ == "as" else subj.left_edge.i - 1  # 'as' may hang on it
    if start < 1 or doc[start].lower_ != "as" or doc[start - 1].text != "," or subj.i > cue.i:
        return None
    end = cue.i + 1
    while end < len(doc) and doc[end].pos_ in ("ADV", "PART") and doc[end].text != ",":
        end += 1
    if end >= len(doc) - 1 or doc[end].text != "," or doc[start - 1].sent != doc[end].sent:
        return None
    return start - 1, end


def _finite(tok: Token) -> bool:
    """A verb or auxiliary that can carry a clause (not a participle opening a phrase)."""
    return tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBG"


def _subject_read_as_apposition(tok: Token) -> bool:
    """'According to the Flood Service, 14 flood warnings are now in place': the parser hangs the
    clause's subject on the source as an apposition. A real apposition is closed by a comma or ends
    the sentence; one that runs straight into a verb is that verb's subject."""
    if tok.dep_ != "appos" or tok.right_edge.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.right_edge.i + 1]
    return _finite(after) and after.sent == tok.sent


def _name_set_off_after(description: Token) -> Span | None:
    """The name set off by commas right after a description ('the council's chief planner, Gerard
    Lyle, a decision is …') that the parser made the clause's subject, hanging the real subject on it."""
    doc = description.doc
    comma = description.right_edge.i + 1
    if description.pos_ != "NOUN" or comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    ent = next((e for e in doc.ents if e.start == comma + 1 and e.label_ in ("PERSON", "ORG")), None)
    if ent is None or ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    # the clause's real subject hangs on the name as an apposition that runs into the verb, or the name
    # hangs on nothing of the clause ("…, Marie Claire Mukandayisenga, the storm began …" with the name
    # read as a preposition); a name that is the clause's subject ("According to police, John Okello, 34,
    # was arrested") is what was reported
    if ent.root.dep_ in ("nsubj", "nsubjpass", "appos", "conj", "dobj", "pobj"):
        return ent if any(_subject_read_as_apposition(c) for c in ent.root.children) else None
    return ent


def _interviewers_question(tok: Token) -> bool:
    """'Asked whether …, she replied': a bare participle opening the sentence reports the question put to
    the speaker, not a speech act of its own (the tagger may call the opening "Asked" a past tense)."""
    return (
        (tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.is_sent_start and tok.i < tok.head.i))
        and tok.dep_ == "advcl"
        and not any(c.dep_.startswith("nsubj") or c.dep_ in ("mark", "agent") for c in tok.children)
    )


def _as_content(clause: Token) -> list[tuple[int, int]]:
    """What 'quoted X as saying …' reports: the clause the speech verb takes, else the 'as' phrase."""
    said = [c for c in clause.children if c.dep_ == "ccomp"]
    inner = said[0] if said and clause.lemma_.lower() in cue_verbs() else clause
    if not said and clause.lemma_.lower() in cue_verbs():
        # 'as saying polymer was "too expensive …"' parsed as "saying polymer" with "was" a conjunct of
        # "quoted": the noun is the clause's subject and the stranded verb its predicate
        subject = next((c for c in clause.children if c.dep_ == "dobj"), None)
        after = clause.doc[subject.right_edge.i + 1] if subject is not None else None
        if (
            after is not None
            and after.dep_ == "conj"
            and after.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in after.children)
            and not any(c.dep_ == "cc" and c.i < after.i for c in after.head.children)
        ):
            return token_runs([*subject.subtree, *after.subtree])
    return token_runs(inner.subtree)


def _as_phrase(verb: Token) -> list[Token]:
    """The head of the 'as …' phrase of 'quoted/cited X as saying …' ("saying"), if any."""
    heads = [c for c in verb.children if c.dep_ in ("prep", "advcl") and c.lower_ == "as"]
    return [g for c in heads for g in c.children if g.dep_ in ("pcomp", "pobj")]


def _quoted_as_saying(tok: Token) -> bool:
    """The 'saying' of 'quoted one friend as saying …': the quoted-as frame reads it (the friend speaks,
    the quoting outlet relays), so it is no speech act of the outlet's own."""
    return (
        tok.dep_ in ("pcomp", "pobj", "advcl")
        and tok.head.lower_ == "as"
        and tok.head.head.lemma_.lower() in ("quote", "cite")
    )


_RATES = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "person", "head", "capita", "cent", "unit"}
)


def _closes_sentence(tok: Token) -> bool:
    """Nothing but punctuation (or a line break) follows ``tok``'s phrase in its sentence."""
    return all(t.is_punct or t.is_space for t in tok.doc[tok.right_edge.i + 1 : tok.sent.end])


def _per_cites(tok: Token) -> bool:
    """'Per X, …' opening a sentence, or 'Merriton sold 1,412 towed cars last year, per city records
    obtained by the Slant.' after a comma and closing it: 'per' cites a source (US news usage); elsewhere
    it is a rate ("$5 per hour", "$5, per person": a unit)."""
    doc = tok.doc
    if tok.lower_ != "per":
        return False
    if tok.is_sent_start:
        return doc[tok.right_edge.i + 1 :][:1].text == ","
    if doc[tok.i - 1].text != ",":
        return False
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() in _RATES:
        return False
    numbers = [t for t in tok.subtree if t.like_num]
    if numbers and not (speaker_like(pobj) and all(t.is_alpha for t in numbers)):
        return False  # a few people counted in words cite ("per two people with knowledge of the case")
    return _closes_sentence(tok)


def _that_mark(clause: Token) -> Token | None:
    """The "that" opening a clause, if it has one."""
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)


def _that_clause(tok: Token) -> bool:
    """A clause introduced by 'that' (the parser sometimes files it as advcl after a comma)."""
    return _that_mark(tok) is not None


def _bare_speech_act(tok: Token, after: bool) -> bool:
    """'"Why is this not proof?" Vitter demanded.': a sentence of just a speaker and a verb right after a
    quotation is its speech act, whatever the verb ("demanded", "snapped", "shot back"), though it is in
    no lexicon."""
    if not (after and tok.pos_ == "VERB" and tok.dep_ == "ROOT"):
        return False  # checked first: this runs on every word of a quotation's sentences
    words = [t for t in tok.sent if not t.is_punct and not t.is_space]
    return len(words) <= 4 and any(c.dep_ == "nsubj" and speaker_like(c) for c in tok.children)


def _quotative(tok: Token, quote_end: int) -> bool:
    """'"It is a disgrace," fumed councillor Ann Patel.' / '"…," Patel fumed.': a verb right after a
    quotation's closing mark, or right after a subject that follows it, is its speech act whatever the verb
    ("fumed", "laughed", "beamed"), though it is in no lexicon. The position is the evidence, so the verb
    must take nothing of its own: no object but an inverted speaker, no clause outside the quotation."""
    if not (tok.pos_ == "VERB" and tok.dep_ == "ROOT" and tok.idx >= quote_end):
        return False  # checked first: this runs on every word of a quotation's sentences
    gap = doc_text(tok.doc)[quote_end : tok.idx].strip(_QUOTATIVE_GAP)
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and speaker_like(c)]
    if gap:
        # '," Patel fumed': only the subject's phrase may stand between the quotation and the verb
        if not any(
            s.right_edge.i == tok.i - 1 and gap == doc_text(tok.doc)[s.left_edge.idx : tok.idx].strip()
            for s in subjects
        ):
            return False
    elif not (subjects or inverted_object(tok)):
        return False
    return not any(
        c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "acomp", "oprd") and c.idx >= quote_end
        for c in tok.children
        if c.i != tok.i + 1
    )


#: Document nouns that also name a deed ("his record in office", "the release of the hostages").
_DEED_SENSES = frozenset({"record", "records", "release"})


def _relayed_source(relay: Token, obj: Token) -> bool:
    """'citing unnamed officials', 'citing a Post report', 'quoting him': the object is someone (or a
    record) that said what is reported, so it becomes the source and the subject relays it. 'citing the
    release of political prisoners', 'citing her work' give the subject's reasons instead: the subject
    still speaks, and what it cites is more of what it says."""
    if relay.lemma_.lower() == "quote":
        return True
    words = {obj.lower_, obj.lemma_.lower(), obj.lemma_.lower() + "s"}  # the lists hold "friends", "critic"
    # "his record", "the release of prisoners": a deed, not a document ("court records", "a press release")
    deed = words & _DEED_SENSES and any(
        (c.dep_ == "poss" and c.pos_ == "PRON") or (c.dep_ == "prep" and c.lower_ == "of")
        for c in obj.children
    )
    return (
        obj.pos_ == "PROPN"
        or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or obj.lower_ in PERSON_PRONOUNS | {"them"}
        or bool(words & (ANONYMOUS_HEADS | REPRESENTATIVE_HEADS | VAGUE_HEADS | ORGANISATION_HEADS))
        or (bool(words & (OUTLET_COLLECTIVES | MEDIA_NOUNS | DATA_NOUNS | DOCUMENT_NOUNS)) and not deed)
        or (obj.tag_ == "NNS" and obj.lower_.endswith(PEOPLE_ENDINGS))
        or is_occupation(obj)
        or (
            obj.tag_ in ("NN", "NNS") and obj.lemma_.lower() in TITLE_WORDS
        )  # "citing two coalition deputies"
        # "which cited an unnamed lift operator": whoever it is, someone is said to have said it; "a Land
        # Titles Department clerk": someone at a named body
        or any(
            c.lower_ in ANONYMOUS_MODIFIERS or (c.dep_ == "compound" and c.ent_type_ in ("ORG", "NORP"))
            for c in obj.children
        )
    )


_CITED_UNNAMED = "unnamed people the relaying source cites"


def _unnamed_people(source: Span | None, speaker: Speaker) -> bool:
    """A plural group of people with no name in it ("two suppliers", "several senior bankers")."""
    return (
        source is not None
        and speaker.type == "group"
        and not speaker.anonymous
        and source.root.tag_ == "NNS"
        and not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in source)
    )


def _quoted_before(text: str, span: Span, cue: int) -> bool:
    """``span`` sits inside a quotation that closes before the cue at ``cue`` ('"… Cheers, Saltmarsh,"
    wrote one'): counted from the paragraph's start, curly marks by kind, straight ones by parity."""
    para = text.rfind("\n", 0, span.start_char) + 1
    before, between = text[para : span.start_char], text[span.end_char : cue]
    curly = before.rfind("“") > before.rfind("”") and "”" in between
    straight = before.count('"') % 2 == 1 and '"' in between
    return curly or straight


def _clause_above(verb: Token) -> list[Token]:
    """'Paddock Report reported on Monday, citing two bankers, that lenders had …': the parser made the
    that-clause after the aside the sentence's root and hung the reporting verb on it as a ccomp; the
    clause is still what the verb reports."""
    head = verb.head
    mark = _that_mark(head)
    if verb.dep_ != "ccomp" or head.i <= verb.i or mark is None or mark.i <= verb.right_edge.i:
        return []
    subject_before = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in head.children)
    return [] if subject_before else [head]


def _clause_under_relay(verb: Token) -> list[Token]:
    """'X reported, citing Y, that …': the parser hangs the that-clause on 'citing'; it is X's content."""
    return [
        c
        for relay in verb.children
        if relay.dep_ in ("advcl", "xcomp") and relay.lemma_.lower() in RELAY_VERBS
        for c in relay.children
        if c.dep_ == "ccomp" and _that_clause(c)
    ]


def _without_others_parts(tagged: Attribution, rules: list[Attribution]) -> Attribution | None:
    """'Asked by one analyst whether that would hurt revenue, he said the customers …': the tags gave
    'said' the analyst's question too, a part a rule credits to another cue ('Asked', by the analyst);
    that part is left out of the tagged reading (None when nothing else is left)."""
    credited = [
        r.content for r in rules if r.source is not None and r.cue is not None and not _same_cue(tagged, r)
    ]
    # only a part before the tagged cue: a rule's broad clause may hold what follows a cue of its own
    before = tagged.cue[0] if tagged.cue is not None else 0
    parts = [
        p
        for p in tagged.content
        if not (p[1] <= before and any(min(shared_fractions([p], c)) > 0.8 for c in credited))
    ]
    if len(parts) == len(tagged.content):
        return tagged
    if not parts:
        return None
    tagged.content = parts
    return tagged


def _reported_without_source(doc: Doc) -> list[Attribution]:
    """'The FBI is reportedly making arrangements to interview …': an adverb that says the clause was
    reported by someone unnamed (an agentless report, anonymous; PolNeAR marks 19 of the 29 on train so,
    the rest cue a verb of saying beside it: "reportedly said", which that verb's reading holds)."""
    found = []
    for adverb in doc:
        if adverb.lower_ not in _HEARSAY_ADVERBS or adverb.dep_ != "advmod":
            continue
        verb = adverb.head
        if verb.pos_ not in ("VERB", "AUX") or is_cue_verb(verb):
            continue
        words = [t for t in verb.subtree if t.i != adverb.i]
        while words and (words[-1].is_punct or words[-1].is_space):
            words.pop()
        content = token_runs(words)
        if content:
            found.append(
                Attribution(
                    "hearsay-adverb", cue_range(adverb), content, None, passive=True, cue_token=adverb.i
                )
            )
    return found


#: Adverbs that attribute a clause to unnamed reports.
_HEARSAY_ADVERBS = frozenset({"reportedly"})


def _gapped_reports(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """'The Border Guard Service says the closure was requested by the directorate; the directorate, that it
    was the north's idea', 'Some say the rule is fair; others, that it punishes the poor': after a
    semicolon a second speaker and a that-clause share the first report's verb, left out. The first
    report ends at the semicolon; the second speaker's is a report of its own."""
    text = doc_text(doc)
    gapped = []
    for att in found:
        if att.cue_token is None or att.source is None or att.kind == "direct":
            continue
        verb = doc[att.cue_token]
        sent = verb.sent
        for semi in (t for t in doc[verb.i + 1 : sent.end] if t.text == ";"):
            comma = next((t.i for t in doc[semi.i + 1 : min(semi.i + 9, sent.end)] if t.text == ","), None)
            if (
                comma is None
                or comma == semi.i + 1
                or comma + 2 >= sent.end
                or doc[comma + 1].lower_ != "that"
            ):
                continue
            speaker = doc[semi.i + 1 : comma]
            if speaker[-1].pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in speaker):
                continue
            end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
            if not semi.idx <= att.end or not att.start < semi.idx:
                continue  # the first report must run up to the semicolon
            att.content = subtract(text, att.content, semi.idx, att.end) or att.content
            content = token_runs(doc[comma + 1 : end])
            gapped.append(Attribution("gapped", att.cue, content, speaker, cue_token=att.cue_token))
            break
    return gapped


def _with_relay_asides(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """'Radio Gbandu FM reported on Tuesday, quoting sources at the CEC, that a new date is unlikely':
    with an adverbial before the aside the small parser often loses the frame (the verb hung on the
    outlet as a modifier, the that-clause made the sentence's root), so the verb rule finds nothing. The
    surface order is plain enough: a reporting verb, only adverbials, ", citing/quoting Y, that …" — Y
    is the source, the verb's subject relays, and the that-clause to the sentence's end is the content.
    Returns ``found`` with these readings added, each replacing the verb rule's reading of its verb where
    that one took the aside into its content."""
    taken = {a.cue_token: a for a in found}
    replaced: list[Attribution] = []
    out: list[Attribution] = []
    for relay in doc:
        if relay.lemma_.lower() not in RELAY_VERBS or relay.tag_ != "VBG" or relay.i < 2:
            continue
        objects = [c for c in relay.children if c.dep_ == "dobj"]
        if doc[relay.i - 1].text != "," or not objects:
            continue
        # the first ", that" after the object (the parser may hang the clause on the object: "officers,
        # that staff … were paid" read as a relative clause)
        after = next(
            (
                t.i
                for t in doc[objects[0].i : relay.sent.end - 2]
                if t.text == "," and doc[t.i + 1].lower_ == "that"
            ),
            None,
        )
        if after is None:
            continue
        verbs = [t for t in doc[relay.sent.start : relay.i - 1] if t.pos_ in ("VERB", "AUX")]
        if not verbs or not is_cue_verb(verbs[-1]):
            continue
        verb = verbs[-1]
        read = taken.get(verb.i)
        if read is not None and not any(a <= relay.idx < b for a, b in read.content):
            continue  # the verb rule read the frame, aside and all
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            # "FM reported" read as a noun and its reduced relative: before ", citing Y, that …" it is
            # the outlet reporting
            reporter, passive = verb.head, False
        else:
            reporter, passive = subject_of(verb)
        if reporter is None or passive:
            continue
        last = relay.sent.end - 1
        while last > after + 1 and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        att = Attribution(
            "relay-aside",
            cue_range(verb),
            [(doc[after + 1].idx, end_char(doc[last]))],
            source_span(objects[0]),
            cue_token=verb.i,
        )
        att.relays.append((source_span(reporter), cue_range(relay)))
        replaced += [read] if read is not None else []
        out.append(att)
    return [a for a in found if not any(a is r for r in replaced)] + out


_WRITER_HEARS = frozenset({"understand", "gather", "hear", "learn"})
_WRITER_IS_TOLD = frozenset({"tell", "inform", "brief", "assure", "advise"})
_PASSIVE_AUX = frozenset({"am", "’m", "'m", "was", "are", "’re", "'re", "were", "been"})
_WRITERS_SOURCES = "the writer passes on what unnamed sources told them"


def _writers_sources(doc: Doc, att: Attribution) -> bool:
    """'I'm told that the two women have not spoken since', 'I understand that Treasury officials …': a
    writer's first person outside quotation marks hearing or being told passes on unnamed sources."""
    if att.source is None or att.cue_token is None or att.kind == "direct":
        return False
    words = [t.lower_ for t in att.source]
    if words[0] not in ("i", "we") or any(w not in _PASSIVE_AUX for w in words[1:]):
        return False
    cue = doc[att.cue_token]
    if cue.lemma_.lower() in _WRITER_HEARS:
        return cue.tag_ in ("VBP", "VBD") and not any(c.dep_ == "dobj" for c in cue.children)
    between = doc[att.source.start + 1 : cue.i]
    return cue.lemma_.lower() in _WRITER_IS_TOLD and any(
        t.lower_ in _PASSIVE_AUX for t in [*att.source, *between]
    )


def _medium_participle(tok: Token) -> bool:
    """'Tarrant said in a video posted to his account on Friday that he …': a participle on the noun of
    another speech verb's phrase says how the medium was published; what follows is that verb's."""
    noun = tok.head
    return (
        tok.tag_ == "VBN"
        and tok.dep_ == "acl"
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and is_cue_verb(noun.head.head)
    )


def _clause_past_adverbial(verb: Token) -> list[Token]:
    """'had told him during the video call that communities could …', 'had told the ministry in writing
    that the area …': after a prepositional phrase the parser may hang the that-clause on the phrase (a
    relative clause of its noun, a clause of "writing"); a "that" the tagger still calls a conjunction or
    a marker, before a clause with its own subject, opens what the verb reports. So after the addressee
    of a verb of telling ("can be heard telling councillors that the bridge is …", the clause hung on
    "councillors"; not "found no evidence that …", whose clause is the noun's)."""
    return [
        clause
        for prep in verb.children
        if (prep.dep_ == "prep" or (prep.dep_ in ("dobj", "dative") and verb.lemma_.lower() in _TELLING))
        and prep.i > verb.i
        for clause in (prep.subtree if prep.dep_ == "prep" else prep.children)
        if (clause.dep_ in ("relcl", "ccomp") or (clause.dep_ == "acl" and prep.dep_ != "prep"))
        and any(
            c.lower_ == "that" and (c.pos_ == "SCONJ" or c.dep_ == "mark") and c.i < clause.i
            for c in clause.children
        )
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ][:1]


def _speaker_lines(doc: Doc) -> list[Attribution]:
    """Transcript lines 'SMITH: We never agreed to that.': the words after a speaker label are verbatim.

    The label must open its line and be a person's name or written in capitals (not 'UPDATE:' or
    'Q:'); a quotation after a colon is left to the quote rules.
    """
    found: list[Attribution] = []
    text = doc_text(doc)
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    found += _interview_answers(doc, lines)
    for n, line in enumerate(lines):
        head, colon, rest = line.group().partition(":")
        opened = len(head) - len(head.lstrip(" \t" + _QUOTE_MARKS))
        head = " " * opened + head[opened:]  # a quoted transcript: '"WALLACE: Let's start …'
        words = head.split()
        if not colon or not 1 <= len(words) <= 4 or not rest.strip() or rest.strip()[0] in _QUOTE_MARKS:
            continue
        start = line.start() + len(head) - len(head.lstrip())
        label = doc.char_span(start, line.start() + len(head.rstrip()), alignment_mode="expand")
        if label is None or any(w.lower().strip(".'’s") in _NOT_SPEAKERS for w in words):
            continue
        if not all(any(c.isalpha() for c in w) for w in words) or any(c in head for c in _QUOTE_MARKS):
            continue  # "6:05 p.m.", or a label inside a quotation
        capitals = all(w.isupper() for w in words)
        person = any(e.label_ == "PERSON" and e.start == label.start and e.end == label.end for e in doc.ents)
        if not (capitals or person):
            continue
        others = [m.group() for k, m in enumerate(lines) if k != n and _named_label(m.group())]
        # (in capitals opening the story's first paragraph, with no other label in capitals, a dateline
        # even where the tagger calls the place a person: "KUALA SELASIH: More than 60,000 passengers …")
        opening = (
            capitals
            and all(len(m.group()) < 100 for m in lines[:n])
            and not any(o.lstrip(" \t" + _QUOTE_MARKS).partition(":")[0].isupper() for o in others)
        )
        if (not others and not person) or opening:
            # "KESHAVPUR: The flyover …": a lone label is the story's dateline (under a headline, a section
            # label and a byline too), even above a printed Q&A (whose "Q:" and "A:" name no one); a
            # transcript labels many lines
            continue
        colon_at = line.start() + len(head)
        content = _labelled_words(text, lines, n, colon_at)
        att = Attribution("speaker-line", (colon_at, colon_at + 1), content, label, kind="direct")
        found.append(att)
    return found


def _interview_answers(doc: Doc, lines: list[re.Match[str]]) -> list[Attribution]:
    """A Q&A's answers ('Q: How did you find out? / A: A phone call from Trevor.'): each "A:" line, and
    the unlabelled lines after it, are the verbatim words of the person the article named last before
    its first question (the interviewee, introduced above the questions). The questions are the
    publication's and stay unattributed."""
    asked = [m for m in lines if re.match(r"\s*Q\s*:\s*\S", m.group())]
    if not asked:
        return []
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.end_char <= asked[0].start()]
    # the one introduced as a clause's subject ("Bev Ostrander has hosted CKVR's morning show, Coffee Row,
    # since 1994"), not a name in passing
    people = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")] or people
    if not people:
        return []
    found = []
    for n, line in enumerate(lines):
        answer = re.match(r"\s*A\s*:\s*", line.group())
        if answer is None or line.start() < asked[0].start():
            continue
        colon = line.start() + answer.group().index(":")
        content = _labelled_words(doc_text(doc), lines, n, colon)
        found.append(Attribution("speaker-line", (colon, colon + 1), content, people[-1], kind="direct"))
    return found


#: A press release's label over its spokesperson's words: "Attributable to Detective Inspector Jo Rae:",
#: "Quotes attributable to Mayor Ines Calloway:".
_ATTRIBUTABLE = re.compile(
    r"[ \t]*(?:(?:quotes?|comments?|statement)\s+)?attributable\s+to\s+(\S.*?):[ \t]*$", re.I
)


def _attributable_blocks(doc: Doc) -> list[Attribution]:
    """'Attributable to Detective Senior Sergeant Mereana Tūhoe, Waimaru CIB:' on a line of its own: the
    paragraphs below are that person's words, without quote marks (the police's and governments' release
    style), up to a paragraph that reports someone else (a cue verb with a subject other than "I" or
    "we"), quotes, or carries a label of its own ("ENDS", a subhead). One attribution a paragraph."""
    text = doc_text(doc)
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    found: list[Attribution] = []
    for n, line in enumerate(lines):
        label = _ATTRIBUTABLE.match(line.group())
        if label is None:
            continue
        # the name, without the unit or body after a comma ("…, Waimaru CIB")
        name_end = line.start() + label.start(1) + len(label.group(1).split(",")[0].rstrip())
        source = doc.char_span(line.start() + label.start(1), name_end, alignment_mode="expand")
        colon = line.start() + label.end(1)
        for para in lines[n + 1 : n + 9]:
            words = doc.char_span(para.start(), para.end(), alignment_mode="expand")
            if source is None or words is None or _ends_statement_block(words):
                break
            content = [trim_text(text, *para.span())]
            found.append(Attribution("speaker-line", (colon, colon + 1), content, source, kind="direct"))
    return found


def _ends_statement_block(para: Span) -> bool:
    """A paragraph no spokesperson's block runs into: a heading or sign-off with no sentence's full stop,
    quote marks, or someone else reporting ("One victim … told Police …")."""
    line = para.text.strip()
    if line[-1:] not in ".!?" or any(c in line for c in '"“”«»') or _ATTRIBUTABLE.match(line):
        return True
    return any(
        is_cue_verb(t)
        and any(c.dep_ == "nsubj" and c.lower_ not in ("i", "we") for c in t.children)
        and any(c.dep_ == "ccomp" and not _fronted_phrase(t, c) for c in t.children)
        for t in para
    )


def _labelled_words(text: str, lines: list[re.Match[str]], n: int, colon: int) -> list[tuple[int, int]]:
    """What follows the label of line ``n`` (its colon at ``colon``); an answer that runs on into
    unlabelled paragraphs before the next label ("Q:") is still theirs."""
    content = [trim_text(text, colon + 1, lines[n].end())]
    run = next((k for k in range(n + 1, min(n + 5, len(lines))) if _labelled(lines[k].group())), None)
    return content + [trim_text(text, lines[k].start(), lines[k].end()) for k in range(n + 1, run or n + 1)]


def _labelled(line: str) -> bool:
    """A transcript line opened by a label of one to four words and a colon ('Q:', 'HALDANE:')."""
    head, colon, rest = line.partition(":")
    return (
        bool(colon and rest.strip())
        and 1 <= len(head.split()) <= 4
        and not any(c in head for c in _QUOTE_MARKS)
    )


def _named_label(line: str) -> bool:
    """A transcript line opened by a speaker's label ('HALDANE:', or '"MORROW:' in a quoted transcript), not
    an interview's 'Q:' or 'A:'."""
    line = line.lstrip(" \t" + _QUOTE_MARKS)
    return _labelled(line) and line.partition(":")[0].strip() not in ("Q", "A")


#: A court report's headline: "Cyclist died after lorry turned, inquest hears", "Accountant 'hid £2m',
#: court told" (headlinese for "the court was told"), after an optional label ("Fraud trial: ").
_HEARING_HEADLINE = re.compile(
    r"^(?:[^:\n]{1,40}:\s+)?(?P<content>[^\n]+?),\s+(?P<body>(?:[\w'’-]+\s+){0,2}?"
    r"(?:inquest|court|jury|jurors|tribunal|inquiry|hearing|trial|committee|coroner|magistrates))\s+"
    r"(?P<cue>(?:is\s+|was\s+)?(?:hears|heard|told))[ \t]*$",
    re.IGNORECASE,
)


def _hearing_headline(doc: Doc) -> list[Attribution]:
    """The headline of a court or inquest report: evidence the hearing was given, by someone unnamed.

    The same reading as "the court heard that …" in the body (``_heard_in_court``): the hearing relays
    what it was told, and who told it is not stated. Only the first line, and only when it is a
    headline (no full stop at its end).
    """
    text = doc_text(doc)
    first = text.split("\n", 1)[0]
    found = _HEARING_HEADLINE.match(first)
    if found is None or first.rstrip().endswith("."):
        return []
    body = doc.char_span(*found.span("body"), alignment_mode="expand")
    if body is None:
        return []
    att = Attribution(
        "hearing-headline", found.span("cue"), [trim_text(text, *found.span("content"))], None, passive=True
    )
    att.relays, att.unnamed_reason = [(body, found.span("cue"))], _UNSTATED_WITNESS
    return [att]


def _gloss_of_quote(doc: Doc, tagged: Attribution, kept: list[Attribution]) -> bool:
    """``tagged`` is a "referring to …" participle hung on the cue of a direct quotation a rule credits."""
    if tagged.cue_token is None:
        return False
    cue = doc[tagged.cue_token]
    return (
        cue.lemma_.lower() == "refer"
        and cue.tag_ == "VBG"
        and any(r.kind == "direct" and r.cue_token == cue.head.i for r in kept)
    )


def _without_quote_continuation(
    doc: Doc, tagged: Attribution, kept: list[Attribution]
) -> list[tuple[int, int]]:
    """'"It is good strategy," said Ed Rendell, referring to the campaign's endorsements. "In a general
    election, cities can be crucial."': a tagged act in the sentence that credits a direct quote (its
    participle aside) ends with that sentence; the quotation opening the next one goes on with the quote
    (``continue_quotes``), as PolNeAR reads it."""
    if tagged.cue_token is None:
        return tagged.content
    text = doc_text(doc)
    sent = doc[tagged.cue_token].sent
    credited = any(
        r.kind == "direct"
        and r.cue_token is not None
        and doc[r.cue_token].sent == sent
        and max(b for _, b in r.content) <= tagged.cue[0]
        for r in kept
    )
    # where the sentence ends and a quotation opens (the parser may run the two together: "… likened the
    # campaign to a car crash. ''It's become …''")
    opened = _SENTENCE_THEN_QUOTE.search(text, tagged.cue[1], max(b for _, b in tagged.content))
    if not credited or opened is None:
        return tagged.content
    end = opened.start()
    cut = [(a, min(b, end)) for a, b in tagged.content if a < end]
    return [(a, a + len(text[a:b].rstrip())) for a, b in cut if text[a:b].strip()] or tagged.content


#: A sentence's end followed by an opening quotation mark.
_SENTENCE_THEN_QUOTE = re.compile(r"[.!?](?=\s+(?:''|[\"“‘]))")


def _stopped_before_other_cue(tagged: Attribution, rule: Attribution, others: list[Attribution]) -> bool:
    """The tagged content opens where the rule's clause does and ends before another reading's cue that the
    clause runs on into: the tags stopped where the next report begins, the clause swallowed it. Not
    where that report's speaker is what the tags read ("He said [Vatuvonu Shipping, …,] had told the union
    it would …"): the nested report is the reported clause's own verb, and the clause holds it."""
    start, end = min(a for a, _ in tagged.content), max(b for _, b in tagged.content)
    clause_end = max(b for _, b in rule.content)
    return start == min(a for a, _ in rule.content) and any(
        o.cue is not None
        and end <= o.cue[0] < clause_end
        and not (o.source is not None and start <= o.source.start_char and o.source.end_char <= end)
        for o in others
        if o is not rule
    )


def _broken_off_inside(text: str, tagged: list[tuple[int, int]], clause: list[tuple[int, int]]) -> bool:
    """The tagged content lies inside the rule's clause and stops before a word of it, or starts after
    one ("said some Ledgerline engineers [had raised concerns]"): the tags broke off mid-clause, and the
    parse's clause is the better reading."""
    end, start = max(b for _, b in tagged), min(a for a, _ in tagged)
    inside = within(tagged, clause)
    rest = next((text[end:b0] for a0, b0 in clause if a0 <= end < b0), "")
    lead = next((text[a0:start] for a0, b0 in clause if a0 < start <= b0), "")
    return (
        inside
        and (
            (rest[:1].isspace() and rest.strip()[:1].isalnum())
            or (lead[-1:].isspace() and lead.strip()[-1:].isalnum())
            # or after an aside that closes with a comma: "said [the state government, which owns the
            # stadium,] would install …" lost its subject
            or (lead.rstrip().endswith(",") and lead.count(",") >= 2 and lead[:1].isalnum())
            # or after a list's first item: "said [22 surgeons,] nurses and anesthetists had worked …"
            or (
                lead.rstrip().endswith(",")
                and lead.count(",") == 1
                and len(lead.split()) <= 3
                and lead[:1].isalnum()
                and " and " in " ".join(text[start:end].split()[:5])
            )
            # or at a comma that opens or closes an aside in it, before the clause's verb: "said [Vatuvonu
            # Shipping, the only company serving the island], had told the union …", "said [supporters of
            # the organization], also known as ISIS, were sharing …"
            # (an aside that closes before more of the clause: not a phrase that ends it, ", with one
            # describing …", nor a participle's act of its own, ", citing …")
            or (
                rest.startswith(", ")
                and rest[2:3].islower()
                and ("," in text[start:end] or "," in rest[2:])
                and not rest[2:].startswith(("and ", "or ", "but "))
                and not rest[2:].split(maxsplit=1)[0].endswith("ing")
            )
        )
    )


def _unsaid(cue: Token) -> bool:
    """'What the ministers don't say is that …': what follows is the author's point about their silence,
    not something they said (a pseudo-cleft on a negated cue; "What she said was …" still reports); and
    'The plant, known locally as "the Kettle"': a name something goes by, not a saying; and "the umpire
    called him out", "called off the game", "called up a reliever": a ruling or an act, not a saying; nor is
    a relative clause saying where a document was seen ("a letter, which the Review has seen,")."""
    named = cue.lemma_.lower() == "know" and cue.tag_ == "VBN" and any(c.lower_ == "as" for c in cue.children)
    active = not any(c.dep_ in ("auxpass", "agent") for c in cue.children)  # "been called out by" criticises
    acts = cue.lemma_.lower() == "call" and any(
        c.dep_ == "prt" and (c.lower_ in ("off", "up") or (c.lower_ == "out" and active))
        for c in cue.children
    )
    # "told the theatre in a letter, which the Review has seen, that …": who saw the letter said nothing
    seen = (
        cue.lemma_.lower() in ("see", "obtain")
        and cue.dep_ == "relcl"
        and any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in cue.children)
    )
    return (
        named
        or acts
        or seen
        or (
            cue.dep_ == "csubj"
            and any(c.tag_ == "WP" for c in cue.children)
            and any(c.dep_ == "neg" for c in cue.children)
        )
    )


def _with_relative_asides(doc: Doc, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'said the man, who has chosen to remain anonymous, bought his ticket …': the tags may leave a relative
    clause set off by commas out of the middle of the content; it describes a noun of what was said and
    is part of it, so the gap closes."""
    out = content[:1]
    text = doc_text(doc)
    for a, b in content[1:]:
        if a <= out[-1][1]:  # parts that touch or overlap leave no gap to close
            out.append((a, b))
            continue
        gap = doc.char_span(out[-1][1], a, alignment_mode="expand")
        words = [t for t in gap if not t.is_punct] if gap is not None else []
        clause = next((t for t in words if t.dep_ == "relcl"), None)
        set_off = text[out[-1][1] : a].strip()
        if (
            clause is not None
            and set_off[:1] == "," == set_off[-1:]
            and clause.head.idx < out[-1][1]
            and words[0].i == clause.left_edge.i
            and words[-1].i <= clause.right_edge.i
        ):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


#: Cues whose "to" phrase names only whom the act was for: "paid tribute to his late wife", "apologised
#: to both bands" (not "appealed to anyone who saw …", which holds what was urged).
_ADDRESSED_ACTS = frozenset({"pay", "apologise", "apologize"})


def _addressee_only(cue: Span, content: list[tuple[int, int]]) -> bool:
    """'paid tribute to his late wife': a run whose content is only the object of the cue's "to" names whom
    the tribute is for, not what was said (but "appealed to anyone who saw …", "called for a referendum"
    hold what was urged)."""
    if cue.root.lemma_.lower() not in _ADDRESSED_ACTS:
        return False
    # the "to" inside the tagged cue ("paid tribute to") or after it ("apologised [to both bands]")
    for prep in (t for t in {*cue, *cue.root.children} if t.dep_ in ("prep", "dative") and t.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if within(content, [(prep.idx, obj.right_edge.idx + len(obj.right_edge.text))]):
                return True
    return False


def _named_to(cue: Token) -> bool:
    """'was named Business of the Year', 'has been named captain': a passive 'named' with no 'as' and no
    agent gives an award or a post; "was named as the driver" (by the police, unstated) still reports."""
    return cue.lemma_.lower() == "name" and not any(
        c.lower_ == "as" or c.dep_ == "agent" for c in cue.children
    )


def _asks_the_reader(cue: Token, source: Span | None) -> bool:
    """'Do you know where your candidate's tax returns are?': a question to the reader reports no one."""
    return source is not None and source.root.lower_ == "you" and cue.sent.text.rstrip().endswith("?")


def _without_other_acts(
    doc: Doc, cue_token: int | None, content: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Content stops before someone else's coordinated speech act that quotes them: in "She said X, and
    when pressed on why, the mother of three replied, '…'" the reply is the mother's own attribution.
    Why so narrow: PolNeAR keeps a coordinated clause with no quotation in the content ("Rendell noted
    that …, and some speculated about his health"), and cutting every clause with a subject of its own
    lost 11 matches on dev; a pronoun subject ("Clinton says …, but she knows that '…'") is most often
    the same speaker."""
    if cue_token is None or not content:
        return content
    verb = doc[cue_token]
    speaker, _ = subject_of(verb)
    text = doc_text(doc)
    for tok in doc[verb.i + 1 : verb.sent.end]:
        if tok.dep_ != "conj" or not is_cue_verb(tok) or not any(a <= tok.idx < b for a, b in content):
            continue
        if (
            (outer := act_after_quotation(tok)) is not None
            and outer.i == verb.i
            and any(c.dep_ == "ccomp" for c in tok.children)
        ):
            # 'spoke of “a new chapter for a town that has waited …” and pledged that …': the speaker's
            # second act, which the parser joined to a verb inside the quotation, reports its own clause
            # (one with none, 'and called on the Government to …', is split off as a coordinated act)
            cut = min(c.idx for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i)
            kept = [(a, a + len(text[a : min(b, cut)].rstrip())) for a, b in content if a < cut]
            return kept or content
        own = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        if not own or (speaker is not None and own[0].i == speaker.i):
            continue
        if _that_mark(tok) is not None:
            continue  # "said …, and that when he quoted a fare the man called him 'a robber'": still reported
        # "… picked up Raske asking whether … and Marrow replying that …": a participle with a subject of its
        # own is the other person's act, quoted or not
        if tok.tag_ != "VBG" and not any(is_mark(t) for t in tok.subtree if t.i > tok.i):
            continue
        cut = min(t.idx for t in tok.subtree)
        kept = [(a, min(b, cut)) for a, b in content if a < cut]
        kept = [(a, a + len(text[a:b].rstrip(" ,;—–-"))) for a, b in kept]
        kept = [(a, b) for a, b in without_dangling_conjunction(text, kept) if b > a]
        return kept or content
    return content


def _fronted_phrase(verb: Token, clause: Token) -> bool:
    """'In a memo of interview read to the court by …, Mr Dunphy told gardaí he had …', 'In every case we have
    looked at, the caller already knew the victim's name': the parser reads a fronted prepositional phrase
    with a clause inside as a clause the verb reports. It is no content when it opens on that preposition
    and the verb has its own object or clause after it ("In 2019, the firm lost money, it said" reports
    what comes before: nothing follows the verb there)."""
    return (
        clause.i < verb.i
        and clause.left_edge.dep_ == "prep"
        and clause.left_edge.head == clause
        and any(c.i > verb.i and c.dep_ in ("dobj", "ccomp", "dative") for c in verb.children)
    )


#: What may stand between a cue and the clause it reports without being said: the addressee ("told
#: Errata"), when and where ("after the hearing", "a long time ago") and how ("by email").
_LEAD_IN_DEPS = frozenset({"prep", "npadvmod", "advmod"})


def _without_lead_in(doc: Doc, cue: Token, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A tagged content that opens on the cue's addressee or adverbial before the clause it reports
    ("told Errata they had …", "said in a statement after the hearing that it …", "told me a long time
    ago that …") starts at that clause: the words before it are the reporter's, not what was said."""
    if not content:
        return content
    # a clause with its own subject: the parser may hang the reported subject on the addressee ("told
    # Brantley News Radio his council had been …", "his council" in apposition), which must stay
    clauses = [
        c
        for c in cue.children
        if c.dep_ == "ccomp"
        and c.i > cue.i
        and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
    ]
    first = doc.char_span(*content[0], alignment_mode="expand")
    if first is None or first[0].i <= cue.i:
        return content
    if not clauses:
        return _past_setting(doc, cue, content, first)
    start = clauses[0].left_edge
    lead = doc[first.start : start.i]
    if (
        not len(lead)
        or not all(_under_lead_in(t, cue) for t in lead)
        # a clause, or a phrase cut inside ("the co" of "the co-op"), is no lead-in the parser got right
        or any(t.pos_ in ("VERB", "AUX") for t in lead)
        or lead[-1].pos_ == "DET"
        or lead[-1].tag_ == "PRP$"
        or not doc[start.i - 1].whitespace_
    ):
        return content
    return [(start.idx, content[0][1]), *content[1:]] if start.idx < content[0][1] else content


#: Occasions at which something is said: "said at a press conference that …".
_SETTINGS = frozenset(
    {"conference", "meeting", "rally", "hearing", "event", "ceremony", "session", "summit", "launch", "forum",
     "dinner", "gathering", "workshop", "seminar", "news", "press"}
)  # fmt: skip


def _past_setting(doc: Doc, cue: Token, content: list[tuple[int, int]], first: Span) -> list[tuple[int, int]]:
    """'said at a press briefing that the government would not …', with the reported clause misread as a
    relative clause on "briefing": the setting the cue's preposition names is the reporter's, and the
    report starts at its "that" (not "a meeting that was held on Friday", a true relative clause)."""
    if cue.lemma_.lower() not in ("say", "tell", "announce", "add", "state", "declare", "insist", "warn"):
        return content  # not "took offense at suggestions that he is not …", whose noun is what was said
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.i > cue.i):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if (
            obj is None
            or obj.i + 2 >= len(doc)
            or not first.start <= obj.i < first.end
            or obj.lemma_.lower() not in MEDIA_NOUNS | _SETTINGS
        ):
            continue
        that, after = doc[obj.i + 1], doc[obj.i + 2]
        if that.lower_ == "that" and after.pos_ not in ("VERB", "AUX") and that.idx < content[0][1]:
            return [(that.idx, content[0][1]), *content[1:]]
    return content


def _under_lead_in(tok: Token, cue: Token) -> bool:
    """The token hangs on the cue through an addressee (of a verb that takes one: "said her 2011 Civic
    was towed" has none) or an adverbial, or is punctuation."""
    if tok.is_punct:
        return True
    while tok.head.i != cue.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    if tok.dep_ in ("dobj", "dative"):
        return cue.lemma_.lower() in _TELLING
    return tok.dep_ in _LEAD_IN_DEPS


def _relative_clause_cue(doc: Doc, att: Attribution) -> bool:
    """'Everything Trump says is a lie', 'Nothing the minister said was true': the cue sits in a relative
    clause on the sentence's subject and the rest is the author's verdict on it. The parser reads "is a
    lie" as the reported clause, but a reported clause has a subject of its own."""
    if att.cue_token is None or att.kind == "direct":
        return False
    verb = doc[att.cue_token]
    clause = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return bool(clause) and (
        clause[0].tag_ in ("VBZ", "VBD", "VBP")
        and clause[0].left_edge.i == clause[0].i == verb.i + 1  # the clause opens with its verb
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause[0].children)
    )


#: Set phrases built on a speech verb that report no one's words ("All told, it is the ninth walkout", "The
#: radar gun told a different story").
_SPEECH_IDIOMS = re.compile(
    r"\b(?:(?:all told|that said|that being said|having said that|truth be told|needless to say)\s*,"
    r"|(?:tells?|told|telling) (?:a (?:very |quite |rather )?different|another|its own|their own) story\b)",
    re.I,
)


def _idiom_cue(text: str, att: Attribution) -> bool:
    """'All told, …' / 'That said, …' / 'The figures tell a different story': the cue is a word of a set
    phrase, not a speech act."""
    if att.cue is None:
        return False
    lo = max(0, att.cue[0] - 20)
    return any(
        lo + m.start() <= att.cue[0] < lo + m.end()
        for m in _SPEECH_IDIOMS.finditer(text[lo : att.cue[1] + 30])
    )


#: "who asked that neither man be named"
#: "who asked that her name not be used"
_NOT_TO_BE_NAMED = re.compile(
    r"\b(?:neither|nor|not|no one)\b[^.]{0,30}\bbe (?:named|identified)\b"
    r"|\bnames? (?:not|never) be (?:used|published|given|printed)\b"
)


def _anonymity_formula(text: str, att: Attribution) -> bool:
    """'officials who asked not to be named', 'who asked to be identified only by her first name': how a
    source is described, not something it said."""
    if att.cue is None or att.kind == "direct":
        return False
    said = text[att.cue[0] : att.end].lower()[:50]  # the formula opens it; a reason may follow
    # right after the cue: "said the man, who has chosen to remain anonymous, bought …" still reports
    near = att.cue[1] - att.cue[0] + 10
    found = _NOT_TO_BE_NAMED.search(said)
    return (found is not None and found.start() <= near) or any(
        0 <= said.find(formula) <= near for formula in (*ANONYMITY_FORMULAS, *PARTIAL_NAME_FORMULAS)
    )


def _cue_in_anonymity_aside(text: str, att: Attribution) -> bool:
    """An attribution whose cue stands in a formula's purpose clause (``_in_anonymity_aside``)."""
    return att.cue is not None and _in_anonymity_aside(text, att.cue[0])


def _in_anonymity_aside(text: str, pos: int) -> bool:
    """'…, who spoke on the condition of anonymity to discuss the private meeting, said …': a verb inside
    the formula's purpose clause is why the source stays unnamed, not the cue of what they said."""
    before = text[max(0, pos - 60) : pos].lower()
    for formula in ANONYMITY_FORMULAS:
        at = before.rfind(formula)
        gap = before[at + len(formula) :] if at >= 0 else ""
        purpose = gap.split()[:1] in (["to"], ["because"])  # not "… asked not to be named told this paper"
        if at >= 0 and purpose and not any(mark in gap for mark in '.,;:"“”') and len(gap.split()) <= 4:
            return True
    return False


def _unnamed_described(text: str, att: Attribution) -> bool:
    """'One attendee, who like others spoke on the condition of anonymity to discuss the private meeting,
    said …', parsed with the subject's words as a clause "said" closes: how the source is described
    (a formula of anonymity before the cue), not what they said."""
    if att.cue is None or not att.content or att.content[-1][1] > att.cue[0]:
        return False
    before = " ".join(text[a:b] for a, b in att.content).lower()
    return any(formula in before for formula in ANONYMITY_FORMULAS)


def _close_before_cue(doc: Doc, segments: list[QuoteSegment]) -> list[QuoteSegment]:
    """'"This is not over, he told the crowd.': an unclosed quotation ends before its own attribution.

    The scanner runs an unclosed quotation to the end of its paragraph; when a cue inside it takes the
    words before a comma as its content (", he told", ", said Ms Ruiz"), the writer forgot the closing mark
    there, and the quotation ends at the comma.
    """
    out: list[QuoteSegment] = []
    for seg in segments:
        span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
        cut = None
        for tok in span if span is not None and not seg.closed else []:
            if not is_cue_verb(tok):
                continue
            subj, _ = subject_of(tok)
            first = subj.left_edge if subj is not None and subj.i < tok.i else tok
            comma = doc[first.i - 1]
            if (
                comma.text == ","
                and comma.i > span.start + 1
                and any(c.dep_ == "ccomp" and c.i < comma.i for c in tok.children)
            ):
                cut = comma.idx + 1
                break
        out.append(QuoteSegment(seg.start, cut, False, seg.group, seg.double, seg.widths) if cut else seg)
    return out


#: What a speaker label's preposition introduces the topic with ("Minister on strike:", "PM over budget:").
_TOPIC_PREPOSITIONS = frozenset({"on", "about", "over"})


def _without_topic(label: Span) -> Span:
    """A speaker label before a colon cut before its topic: headlinese "Mayor on flood:" is the mayor
    speaking about the flood. (In running text "officials on the board" is membership, so only labels.)"""
    topic = [
        c
        for c in label.root.children
        if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS and label.start < c.i < label.end
    ]
    return label.doc[label.start : topic[0].i] if topic else label


def _label_before(tokens: Span) -> Span | None:
    """A speaker label alone before a colon ("Mayor:", "Senate leader Ruiz:"): at most five name words."""
    words = [t for t in tokens if not t.is_space]
    if not words or len(words) > 5 or any(t.pos_ not in ("NOUN", "PROPN", "ADJ", "DET") for t in words):
        return None
    return tokens.doc[words[0].i : words[-1].i + 1]


def _rhetorical_generic(cue: Token, source: Span) -> bool:
    """'Anyone paying attention can see that …': the author's own assertion dressed as everyone's.

    A sweeping subject with a modal reports no one's words; reading it as an attribution would hide an
    authorial claim (the claims lens should see it as unsupported), as with "can only be interpreted as".
    """
    sweeping = source.root.lower_ in UNIVERSAL_PRONOUNS or source.text.lower().startswith("no one")
    return sweeping and cue.lemma_.lower() in _RHETORICAL_CUES and any(c.tag_ == "MD" for c in cue.children)


def _without_coordinated_tail(doc: Doc, cue: Span, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop what follows a post-posed cue when it opens with a contrasting 'but' or 'yet'.

    "Prices rose 6.2 percent, the Labor Department reported, yet the bank has kept rates near zero": the
    'yet' clause is the author's own, set against what the department reported. An 'and' often goes on
    with the same report ("…, the agency said, and those in the bottom fifth paid 0.8 percent").
    """
    if not any(b <= cue.start_char for _, b in content):
        return content
    for a, b in content:
        if a < cue.end_char:
            continue
        first = doc.char_span(a, b, alignment_mode="expand")
        if first is not None and first[0].lower_ in ("but", "yet") and first[0].head.i < cue.end:
            return [(x, y) for x, y in content if y <= cue.start_char]
    return content


def _tagged_source(
    doc: Doc, run: tuple[int, int] | None, cue: Token, passive: bool, reduced: bool
) -> Span | None:
    """The source of a tagged attribution: the tagged run widened to its noun phrase, checked on the parse.

    A run on a mark or a modifier ("Russian") is no source; a run on a compound modifier ("state" of
    "state data show") takes its phrase; the cue's own subject outranks a run elsewhere; the subject of a
    passive cue is the one spoken about ("X was accused of …"), and a reduced passive's head is the thing
    named ("the bill, known as …"); with no run left, the subject the cue inherits through conj/xcomp.
    """
    source = doc.char_span(*run, alignment_mode="expand") if run else None
    if source is not None and source.root.pos_ == "VERB":
        # "Several Rijdr drivers gathered outside city hall … said": a reduced relative the parser made a
        # verb of; the run's subject is the source
        subjects = [
            t
            for t in source
            if t.dep_ in ("nsubj", "nsubjpass")
            and t.head.i == source.root.i
            and not any(g.lower_ in RELATIVE_PRONOUNS for g in t.subtree)  # not "a copy of which"
        ]
        source = source_span(subjects[0]) if subjects else source
    if source is not None and (
        source.root.pos_ == "ADJ"
        or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in source)
        or in_dateline(doc_text(doc), source.start_char)
    ):
        # a run on a mark, a modifier ("Russian") or the wire's dateline ("LONDON (Reuters) -"): fall
        # back to the cue's subject
        source = None
    if source is not None and source.root.pos_ in ("NOUN", "PROPN"):
        root = source.root
        while (
            root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN") and root.i < root.head.i != cue.i
        ):
            root = root.head  # a run on "state" of "state data show": the phrase is "state data"
        if root.dep_ == "compound" and root.head.i == cue.i:
            # "…, port data show." with "show" misread as the noun the run modifies: the run up to the cue
            source = doc[min(t.left_edge.i for t in source) : cue.i]
        else:
            source = source_span(root)
    own = nearest_first(
        cue,
        [
            c
            for c in cue.children
            if c.dep_ == "nsubj"
            and c.pos_ in ("NOUN", "PROPN", "PRON")
            and not in_dateline(doc_text(doc), c.idx)
        ],
    )  # "BRISTOL, UK — 4 February 2025 — Lumora Energy … announced": the dateline is no subject
    misread = (aside_speaker(cue) or relative_read_as_clause(cue)) if not own else None
    own = [misread] if misread is not None else [past_opening_participle(c) or c for c in own]
    phrase = source_span(own[0]) if own else None
    if (
        source is not None
        and phrase is not None
        and not phrase.start <= source.root.i < phrase.end
        and not _named_on(source, own[0])
    ):
        # the cue's own subject outranks a tagged run elsewhere, also one in a clause hung on it ("A 2021
        # assessment, commissioned by the company, rated …"), but not a run on a name the parser hung on
        # it ("With 50 days until the election, Minyon Moore, an adviser, called …")
        source = phrase
    elif (
        source is not None
        and phrase is not None
        and source.root.i != own[0].i
        and (source.root.pos_ not in ("NOUN", "PROPN", "PRON") or in_modifier(source.root, own[0]))
    ):
        # a run on a modifier of the subject: "the couple" of "a source close to the couple has
        # claimed", "released by the ministry" of "Figures released by the ministry show …"
        source = phrase
    before_relative = _subject_before_relative(cue) if not own else None
    if before_relative is not None:
        source = source_span(before_relative)
    reporter = reporting_verb(cue) if not own else None
    if source is not None and reporter is not None and source.root in cue.head.subtree:
        source = None  # a subject inside the reported clause the participle closes: the reporter speaks
    # (told, or thought of by others: "the utility is expected to decide …"; not "Mrs. Clinton's plan is
    # intended to …", whose owner intends)
    telling = passive and cue.lemma_.lower() in _TELLING | _HEARSAY
    told = [t for c in cue.children if c.dep_ == "nsubjpass" for t in c.subtree] if telling else []
    if (
        passive
        and source is not None
        and (any(t.dep_ == "nsubjpass" for t in source) or any(t.i == source.root.i for t in told))
    ):
        # "X was accused of …": X is accused, not accusing; "the four, including two junior champions,
        # had been told that …": a part of who was told tells nothing
        source = None
    if (
        source is not None
        and not any(t.dep_ in ("nsubj", "nsubjpass") for t in source)
        and source.start > cue.i
        and doc[source.start - 1].text == ","
        and passive_without_agent(cue)
    ):
        # "It is understood the government will underwrite any overspend above £1.4bn, the official cost
        # estimate.": a phrase set beside the last figure is no one who understands it
        source = None
    if reduced and source is not None and source.root.i == cue.head.i:
        source = None  # the thing named or described is not who names it
    if source is None and cue.pos_ in ("VERB", "AUX"):
        subj, is_passive = subject_of(cue)  # the subject the cue inherits through conj/xcomp
        if passive and subj is not None and subj.head.i != cue.i:
            subj = None  # spoken about: "Its summer campaign, “Be someone’s type”, is expected to be …"
        source = source_span(subj) if subj is not None and not is_passive else None
    if (
        source is not None
        and (outer := outer_speaker(cue, source.root)) is not None
        and outer.i != source.root.i
    ):
        source = source_span(outer)
    # (or the verb itself read as a noun: "The council's guidelines state that …")
    as_noun = (
        cue.pos_ == "NOUN"
        and cue.dep_ == "ROOT"
        and cue.lower_ in cue_verbs()  # a verb's own form ("state"), not a noun of speech ("emphasis")
        and cue.i + 1 < len(doc)
        and doc[cue.i + 1].lower_ == "that"
    )
    deps = ("compound", "poss") if as_noun else ("compound",)
    misread = (
        [c for c in cue.children if c.dep_ in deps and c.i < cue.i] if cue.pos_ == "VERB" or as_noun else []
    )
    if misread and (source is None or misread[0].left_edge.i <= source.start < cue.i):
        # "Court documents state that …" with the subject hung on the verb as a compound of it: the
        # whole phrase before the verb, not a word of it
        source = doc[misread[0].left_edge.i : cue.i]
    if source is not None and cue.text == ":":
        source = _without_topic(source)
    if source is not None and source.start <= cue.i < source.end:
        # a headline misparse ("Judge rejects bid …" read as a noun phrase): the source stops at the cue
        source = doc[source.start : cue.i] if cue.i > source.start else None
    return source


def _subject_before_relative(cue: Token) -> Token | None:
    """'The Carnival Bands Association, which represents 140 bands, called for …' parsed with the cue as a
    participle of the relative clause's last noun ("140 bands called for"): a past-tense cue right after
    the comma that closes a relative clause set off by commas has the clause's noun as its subject."""
    doc = cue.doc
    if cue.dep_ != "acl" or cue.tag_ != "VBD" or doc[cue.i - 1].text != ",":
        return None
    relative = next((t for t in [cue.head, *cue.head.ancestors] if t.dep_ == "relcl"), None)
    if relative is None or relative.left_edge.i < 1 or doc[relative.left_edge.i - 1].text != ",":
        return None
    if relative.left_edge.lower_ not in RELATIVE_PRONOUNS:
        return None
    return relative.head


#: What a poll finding stands "in": "Trump leads Clinton 49% to 41% in the survey".
_POLLS = frozenset({"poll", "survey", "polling"})


def _in_the_polls(doc: Doc) -> list[Attribution]:
    """'Trump leads Clinton among men by 8 points, 49% to 41%, in the survey', 'Sanders has sagged in the
    polls': a finding stated "in" a poll is the poll's, as PolNeAR reads it (cue "in", the poll the
    source, the clause it modifies the content). Not where the poll is only the setting of an act
    ("took part in the survey", "was included in the poll", "voters interviewed in exit polls said").
    """
    found: list[Attribution] = []
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep":
            continue
        polls = [o for o in tok.children if o.dep_ == "pobj" and _names_a_poll(o)]
        verb = tok.head
        # "Cruz had 38 percent support in a Fox poll": the phrase hung on the finding's noun; the verb
        # whose object (or its preposition's) that noun is states the finding
        for _ in range(2):
            if verb.pos_ in ("NOUN", "NUM", "ADP") and verb.dep_ in ("dobj", "attr", "pobj", "prep"):
                verb = verb.head
        if (
            not polls
            or verb.pos_ not in ("VERB", "AUX")
            or verb.dep_ not in ("ROOT", "ccomp", "conj")
            or is_cue_verb(verb)
            or verb.lemma_.lower() in _POLL_SETTINGS
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        ):
            continue
        phrase = {t.i for t in tok.subtree}
        own = [t for t in verb.subtree if t.i not in phrase and t.sent == verb.sent]
        # a clause of its own joined to this one is no part of the finding; a verb that shares its subject
        # goes on with it ("Trump's lead … remained in double digits, but narrowed from …")
        for c in verb.children:
            if c.dep_ == "conj" and c.i > verb.i and any(g.dep_.startswith("nsubj") for g in c.children):
                cut = {g.i for g in c.subtree} | {
                    g.i for g in verb.children if g.dep_ == "cc" and verb.i < g.i < c.i
                }
                own = [t for t in own if t.i not in cut]
        content = token_runs(t for t in own if not (t.is_punct and t.i in (own[0].i, own[-1].i)))
        if not content or not says_something(doc, content):
            continue
        found.append(
            Attribution("according-to", cue_range(tok), content, source_span(polls[0]), cue_token=tok.i)
        )
    return found


#: Acts a poll is only the setting of: "took part in the survey", "appeared in the poll".
_POLL_SETTINGS = frozenset(
    {
        "participate",
        "take",
        "include",
        "appear",
        "interview",
        "conduct",
        "ask",
        "question",
        "respond",
        "answer",
    }
)


def _names_a_poll(noun: Token) -> bool:
    """A poll or survey, or the average of polls ("the RealClearPolitics average of recent polls")."""
    lemma = noun.lemma_.lower()
    if lemma in _POLLS:
        return True
    return lemma == "average" and any(
        t.lemma_.lower() in _POLLS for t in [*noun.children, *of_objects(noun)] if t.i != noun.i
    )


def _whole_words(text: str, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Tagged content ranges widened to whole words: a run that starts or ends inside a hyphenated word
    ("stop-and-search figures" tagged from "-and"), a number ("1,900" tagged from "900") or a word split
    into pieces takes in the whole word."""

    def inside(i: int) -> bool:  # is text[i] part of the word around it? ("stop-and-search", "Holt’s")
        return 0 <= i < len(text) and (
            text[i].isalnum()
            or (text[i] in "-'’" and i > 0 and text[i - 1].isalnum() and text[i + 1 : i + 2].isalnum())
            or (text[i] in ",." and i > 0 and text[i - 1].isdigit() and text[i + 1 : i + 2].isdigit())
        )

    out = []
    for a, b in ranges:
        while a > 0 and inside(a - 1) and inside(a):
            a -= 1
        while b < len(text) and inside(b) and inside(b - 1):
            b += 1
        out.append((a, b))
    return out


_LABEL = re.compile(r"([^\W\d][\w'’-]*(?: [\w'’-]+){0,3}):\s+(?=[\"“‘'])")


def _claimant(cue: Span) -> Span | None:
    """'He was responding to a claim by the council's director of services that …': the one a speech
    noun in the cue is by made the claim; the subject only answers it."""
    return next(
        (
            source_span(g)
            for t in cue
            if t.pos_ == "NOUN" and t.lemma_.lower() in _SPEECH_NOUNS
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )


def _quote_paragraph(text: str, seg: QuoteSegment) -> bool:
    """The quotation segment is a paragraph of its own: nothing but space before it on its line."""
    return not text[text.rfind("\n", 0, seg.start) + 1 : seg.start].strip()


def _describes_noun(cue: Token) -> bool:
    """A participle inside a noun phrase, after its determiner ("whose widely cited paper", "the
    much-quoted line"); not a verb the parser read as one ("Osman, estimated losses at …")."""
    noun = cue.head
    return (
        cue.dep_ == "amod"
        and noun.i > cue.i
        and any(c.dep_ in ("det", "poss") and c.i < cue.i for c in noun.children)
    )


def _medium(doc: Doc, part: tuple[int, int]) -> bool:
    """A tagged content part that is only the medium of the speech act ("on Facebook", "in a
    statement"): a preposition whose object is a platform's name or a medium noun, and nothing else."""
    span = doc.char_span(*part, alignment_mode="expand")
    if span is None or span[0].pos_ != "ADP" or span[0].lower_ not in ("on", "in", "via"):
        return False
    objects = [c for c in span[0].children if c.dep_ == "pobj"]
    return (
        len(objects) == 1
        and span.end - 1 <= objects[0].right_edge.i
        and (objects[0].pos_ == "PROPN" or objects[0].lemma_.lower() in MEDIA_NOUNS)
        and not any(t.dep_ in ("relcl", "acl", "ccomp") for t in objects[0].subtree)
    )


def _without_label(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A headline's topic label before a quotation is no part of what was said ('Ferry strike: "We
    have been ignored," says union chief')."""
    if not ranges:
        return ranges
    a, b = ranges[0]
    found = _LABEL.match(text, a, b)
    return [(found.end(), b), *ranges[1:]] if found else ranges


def _without_time(cue: Span | None) -> Span | None:
    """A tagged cue without the preposition of a time phrase the run took in ("reported on Wednesday")."""
    if cue is None:
        return None
    end = cue.end
    while end - cue.start > 1 and (
        (t := cue.doc[end - 1]).ent_type_ in ("DATE", "TIME")
        or (t.pos_ == "ADP" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in t.children))
    ):
        end -= 1
    return cue.doc[cue.start : end]


#: Verbs that warn someone off something: "cautioned the public against …", "warned residents against …".
_WARNING_OFF = frozenset({"warn", "caution", "advise"})


def _warned_against(cue: Token, obj: Token) -> Token | None:
    """The against-phrase of a warning given to ``obj`` ("cautioned the public against a rush to …")."""
    if cue.lemma_.lower() not in _WARNING_OFF:
        return None
    # the parser hangs the phrase on the verb or on its object
    phrases = [*cue.children, *obj.children]
    return next((c for c in phrases if c.dep_ == "prep" and c.lower_ == "against" and c.i > obj.i), None)


def _described_as_phrase(doc: Doc, att: Attribution) -> bool:
    """The content is the phrase a describing verb gives its object ('described her as "…"'): built into
    the reporting sentence, so mixed however much of it is quoted. (A name given without "as", 'called
    them "lone wolves"', stays direct: PolNeAR marks only the quotation.)"""
    if att.cue_token is None:
        return False
    cue = doc[att.cue_token]
    if not any(c.dep_ == "dobj" for c in cue.children):
        return False
    # a phrase, not a report ("quoted one friend as saying: …")
    phrases = [
        c
        for c in cue.children
        if c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children)
    ]
    return any(
        ranges_overlap((c.left_edge.idx, c.right_edge.idx + len(c.right_edge)), part)
        for c in phrases
        for part in att.content
    )


def _with_act_of_object(doc: Doc, cue: Span, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A content the tags began at the object of a verb between the cue and it ("would like to organize
    [another rally]", "on board with comparing [Trump to Romney]") takes in that verb, with its "to":
    what someone wants or backs is the act, not the thing."""
    tokens = tokens_in(doc, content)
    if not tokens:
        return content
    inside = {t.i for t in tokens}
    top = tokens[0]
    while top.head.i in inside and top.head.i != top.i:
        top = top.head
    verb = top.head
    if not (top.dep_ == "dobj" and verb.pos_ == "VERB" and cue.end <= verb.i < tokens[0].i):
        return content
    start = min([verb.i] + [c.i for c in verb.children if c.dep_ == "aux" and c.i > cue.end - 1])
    return [(doc[start].idx, content[0][1]), *content[1:]]


def _with_addressee(doc: Doc, cue: Span, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A content the tags began at the "to" of a call to act takes in the addressee between the cue and it
    ("called on [officials] to let …", "urged [residents within two miles] to keep …"): who is urged is
    part of what was urged, as the rules and PolNeAR have it."""
    first = doc.char_span(content[0][0], content[0][1], alignment_mode="expand") if content else None
    if first is None or first[0].lower_ != "to" or first[0].head.tag_ != "VB" or first.start <= cue.end:
        return content
    gap = doc[cue.end : first.start]
    # (a word of the gap hung on the urged act is the parser's misreading of the addressee: "directed
    # vice-chancellors to set up …" with "chancellors" made the subject of "set")
    heads = {
        t.head.i
        for t in gap
        if not gap.start <= t.head.i < gap.end and not first.start <= t.head.i < first.end
    }
    addressee = (
        len(heads) == 1
        and any(t.dep_ in ("pobj", "dobj") and t.pos_ in ("NOUN", "PROPN", "PRON") for t in gap)
        and all(not t.is_punct or t.text == "," or glued_hyphen(doc, t.i) for t in gap)
    )
    if not addressee or not (cue.start <= next(iter(heads)) < cue.end):
        return content
    return [(gap[0].idx, content[0][1]), *content[1:]]


#: Dependents of a cue after its object that belong to what it reports ("criticized Clinton [for promoting
#: fracking]", "described Trump [as 'kind'] [with a 'great heart']", "announced the ban [in December]").
_OBJECT_TAIL_DEPS = frozenset({"prep", "advmod", "npadvmod", "oprd", "advcl", "dative"})


def _with_object_tail(doc: Doc, cue: Span, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A content the tags ended with the cue's object (or a phrase after it) runs on over the phrases the
    cue still governs after it: PolNeAR reads "criticized [Clinton for promoting fracking …]" and "defended
    [her support for the deal by emphasizing …]" whole."""
    verb = cue.root
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i >= cue.end]
    if not content or not objects:
        return content
    # where the tags stopped: at the object's end or at the end of a phrase after it ('Trump as "kind"')
    ends = [objects[0].right_edge.i] + [c.right_edge.i for c in verb.children if c.i > objects[0].i]
    closing = [e for e in ends if end_char(doc[e]) == content[-1][1]]
    if not closing:
        return content
    return [*content[:-1], (content[-1][0], end_char(doc[object_tail_end(verb, closing[0])]))]


def object_tail_end(verb: Token, end: int) -> int:
    """The last token of the phrases ``verb`` governs after token ``end`` (its object, or a phrase after
    it), up to a comma before a clause ("…, saying …" is an act of its own), a coordinated verb, a cue of
    another report, or the sentence's end."""
    doc, first = verb.doc, end
    for child in (c for c in verb.children if c.i > end):
        gap = doc[end + 1 : child.left_edge.i]
        comma = [t.text for t in gap] == [","]
        if gap and not (comma and child.dep_ in ("prep", "advmod")):
            break
        if child.dep_ not in _OBJECT_TAIL_DEPS or (child.dep_ == "advcl" and child.tag_ == "VBG"):
            break
        if any(is_cue_verb(t) for t in child.subtree) or any(is_mark(t) for t in gap):
            break
        if any(t.is_space and "\n" in t.text for t in doc[end + 1 : child.right_edge.i + 1]):
            break  # a headline's phrase does not run on into the next line
        end = child.right_edge.i
    while end > first and (doc[end].is_space or (doc[end].is_punct and not is_mark(doc[end]))):
        end -= 1
    return end


#: Verbs that describe their object "as" something: what it is described as is what was said.
_DESCRIBING_AS = frozenset(
    {"describe", "characterise", "characterize", "portray", "depict", "dismiss", "hail", "brand", "label"}
)


def _as_quoted_past_aside(verb: Token, obj: Token) -> list[Token]:
    """'described the timing, weeks after a 9.9 per cent rates rise, as "brutal"': the quoted "as" phrase
    after an aside set off by commas, which the parser hangs on the aside; the tokens from the object's end
    through the quotation's closing mark, or none."""
    doc = verb.doc
    if verb.lemma_.lower() not in _DESCRIBING_AS or obj.right_edge.i + 1 >= verb.sent.end:
        return []
    if doc[obj.right_edge.i + 1].text != ",":
        return []
    for k in range(obj.right_edge.i + 2, verb.sent.end - 2):
        if is_cue_verb(doc[k]) or doc[k].text in (";", ":") or is_mark(doc[k]):
            return []
        if doc[k].text == "," and doc[k + 1].lower_ == "as" and is_mark(doc[k + 2]):
            close = next((t for t in doc[k + 3 : verb.sent.end] if is_mark(t)), None)
            return list(doc[obj.right_edge.i + 1 : close.i + 1]) if close is not None else []
    return []


def _framing(verb: Token, after: int) -> list[Token]:
    """The prepositions after token ``after`` whose phrase says how ``verb`` framed its object ("described X
    [as Y]", "blamed the media [for …]")."""
    return [c for c in verb.children if c.dep_ == "prep" and c.i > after and c.lower_ in _FRAMING]


def _denied_by_agent(verb: Token) -> Token | None:
    """The noun a reduced passive with an agent says was denied or rejected ("an allegation rejected by a
    series of congressional inquiries", "The claim, denied by the ministry, …")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.i > verb.i or verb.head.pos_ != "NOUN":
        return None
    return verb.head if agent_of(verb) is not None else None


def _denied_in_relative(verb: Token) -> Token | None:
    """The noun a relative clause on it says was denied, disputed or rejected ("a charge that X denied"):
    the clause's object is its relative pronoun, and the noun stands before it."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    relative = any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in verb.children)
    return verb.head if relative else None


def _second_clause_of_reporter(verb: Token, clause: Token) -> bool:
    """'said the minister had asked the council for a report and that the ministry would …': a that-clause
    after "and", joined to a verb inside what another verb reports, is the reporter's second clause, not
    what the inner verb reports."""
    return (
        clause.dep_ == "conj"
        and verb.dep_ == "ccomp"
        and is_cue_verb(verb.head)
        and any(g.dep_ == "cc" and g.i < clause.i for g in verb.children)
    )


def _with_token(doc: Doc, content: list[tuple[int, int]], tok: Token) -> list[tuple[int, int]]:
    """``content`` with the gap around ``tok`` closed: "Investigators" + "be examining" → one run."""
    return token_runs({*tokens_in(doc, content), tok})


def _expected_when(cue: Token) -> list[tuple[int, int]] | None:
    """'A decision is expected by the end of the month', 'Carrasco is expected back behind the wheel on
    Monday': an agentless expectation with no clause; what is expected is the subject with the phrases
    after the verb (the tags may drop a preposition or the whole phrase). None for any other cue."""
    if cue.lemma_.lower() != "expect" or any(c.dep_ in ("xcomp", "ccomp") for c in cue.children):
        return None
    subject = [c for c in cue.children if c.dep_ == "nsubjpass" and c.lower_ != "it"]
    after = [c for c in cue.children if c.i > cue.i and c.dep_ in ("prep", "advmod", "npadvmod")]
    if not subject or not after:
        return None
    words = [*subject[0].subtree, *(t for c in after for t in c.subtree)]
    return token_runs([t for t in words if not t.is_punct])


def _headline_passive(cue: Token, subj: Token | None) -> bool:
    """A headline's passive with its auxiliary left out ("…, 1,200 jobs promised for Ikorowa"): what is
    promised or announced is the subject the parser gave the participle, and it says nothing."""
    return (
        cue.tag_ == "VBN"
        and cue.dep_ == "ROOT"
        and subj is not None
        and not animate(subj)
        and not any(c.dep_ in ("aux", "auxpass") for c in cue.children)
    )


def _named_on(source: Span | None, subject: Span | Token) -> bool:
    """The tagged source is a name the parser hung on the subject it took ("With 50 days until the
    election, Minyon Moore, an adviser, called …" parsed with "the election" as subject): the name speaks."""
    head = subject.root if isinstance(subject, Span) else subject
    return (
        source is not None
        and source.root.dep_ == "appos"
        and source.root.pos_ == "PROPN"  # a description ("Qubit Insight, a research firm, said") is not
        and source.root.head.i == head.i
        and not _names_the_agent(source)
    )


def _names_the_agent(name: Span) -> bool:
    """The name set off after a passive's agent names that agent ("The party, in a statement signed by
    its publicity secretary, Mr. X, described …": the party speaks, X only signed)."""
    doc = name.doc
    if name.start < 2 or doc[name.start - 1].text != ",":
        return False
    before = doc[name.start - 2]
    return before.dep_ == "pobj" and before.head.dep_ == "agent"


# ----------------------------------------------------------------------------------- the component
class SourcingComponent:
    """Finds attributions, resolves speakers and flags anonymous sources; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        outlet_aliases: dict[str, str] | None = None,
        tagged: bool = True,
        tag_threshold: float | None = None,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.outlets = load_outlets(outlet_aliases)
        self.tagged = tagged
        self.tag_threshold = tag_threshold
        self.tag_filter = load_filter() if tagged else None

    def __call__(self, doc: Doc) -> Doc:
        with _text_bound(doc):
            return self._read(doc)

    def tagged_readings(self, doc: Doc) -> list[Attribution]:
        """The attributions read off the tags of a parsed ``doc``, before the rules have their say: what
        ``training/tag_filter.py`` fits the tag filter on (with ``tag_filter`` unset)."""
        with _text_bound(doc):
            return self._from_tags(doc)

    def _read(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        quotations = find_quotes(text)
        segments = _close_before_cue(doc, quotations)
        attributions = [
            a
            for a in self._verb_attributions(doc)
            if not _unnamed_described(text, a) and not _cue_in_anonymity_aside(text, a)
        ]
        for att in attributions:
            att.content = _without_other_acts(doc, att.cue_token, att.content)
        attributions = _with_relay_asides(doc, attributions)
        attributions += self._according_to(doc)
        attributions += _in_the_polls(doc)
        attributions += self._nominal(doc, attributions)
        attributions += _speaker_lines(doc)
        attributions += _attributable_blocks(doc)
        attributions += _reported_without_source(doc)
        # "…, inquest hears": the verb rules would make the inquest speak, or read a verb inside the
        # evidence as an act of its own ("Teacher 'shouted at pupils', tribunal hears")
        hearing = _hearing_headline(doc)
        line_end = text.find("\n") if "\n" in text else len(text)
        attributions = [a for a in attributions if not (hearing and a.cue and a.cue[0] < line_end)] + hearing
        used = self._classify_kinds(doc, attributions, segments)
        attributions += self._layout_quotes(doc, segments, used, attributions)
        attributions = dedupe(attributions)
        attributions += _gapped_reports(doc, attributions)  # after dedupe: a gapped act shares its cue
        scare = [s for s in segments if s.group not in used and _scare_like(text, s)]
        attributions += self._unattributed(segments, used, scare)
        if self.tagged:
            attributions = self._merge_tags(doc, attributions, segments, scare)
            encoder.release(doc, self.nlp, self.name)
        chained = [att for att in attributions if _said_to_have(doc, att) or _heard_in_court(doc, att)]
        self._classify_kinds(doc, chained, segments)
        inner = {att.cue_token for att in chained}
        attributions = [a for a in attributions if a.cue_token not in inner or any(a is c for c in chained)]
        split_off: list[Attribution] = []
        cues = {a.cue_token for a in attributions}
        for att in attributions:
            acts = split_coordinated(doc, att)
            if acts:  # the cut attribution and its new acts may be quoted in other shares now
                if att.kind == "mixed" and not any(
                    seg.start < b and a < seg.end for a, b in att.content for seg in segments
                ):
                    att.kind = "indirect"  # the quotation went with the second act ("… and called it "…"")
                # (an act the tags read on its own already stands: the cut is all that is new)
                acts = [a for a in acts if a.cue_token not in cues]
                self._classify_kinds(doc, [att, *acts], segments)
                split_off += acts
        attributions += split_off
        attributions = [
            a
            for a in attributions
            if not _anonymity_formula(text, a)
            and not _relative_clause_cue(doc, a)
            and not _idiom_cue(text, a)
        ]
        for att in attributions:
            att.content = without_dangling_conjunction(text, without_dateline(text, att.content))
            att.content = _past_dash_aside(doc, att.content)
            att.cue, att.content = _auxiliary_to_cue(text, att.cue, att.content)
            att.cue = _cue_before_content(text, att.cue, att.content)
            att.source = _source_past_content(att.source, att.content)
        _without_according_to_tail(text, attributions)
        attributions = continue_quotes(text, attributions)
        attributions = drop_nested_in_quotes(attributions, segments)
        attributions = [a for a in attributions if not _quoted_source_name(a, attributions)]
        _echoes_in_headline(text, attributions)
        attributions.sort(key=lambda a: a.start)
        # quoted words inside someone's reported words are theirs ('called the plan a "giveaway"')
        scare = [
            s
            for s in scare
            if not any(ranges_overlap((s.start, s.end), p) for a in attributions for p in a.content)
        ]
        self._write(doc, attributions, scare, [(q.start, q.end) for q in quotations])
        return doc

    # -- verb cues --------------------------------------------------------------------------------
    def _verb_attributions(self, doc: Doc) -> list[Attribution]:
        found: list[Attribution] = []
        for tok in doc:
            if not (
                is_cue_verb(tok)
                or _passive_only_cue(tok)
                or _put_it_to(tok)
                or _estimate_figure(tok) is not None
            ):
                continue
            lemma = tok.lemma_.lower()
            if lemma == "quote" or (lemma == "cite" and any(is_cue_verb(g) for g in _as_phrase(tok))):
                found.extend(self._quoted_as(tok))  # "cited two officials as saying …" relays like "quoted"
                continue
            if lemma == "cite":
                continue  # handled as a relay of the verb it modifies
            att = self._clause_attribution(tok, lemma)
            if att is None:
                continue
            self._add_relays(tok, att)
            found.append(att)
        return found

    def _clause_attribution(self, tok: Token, lemma: str) -> Attribution | None:
        figure = _estimate_figure(tok)  # "put the crowd at 12,000": the preposition holding the figure
        info = (
            # "call" reports what it urges only in "called on X to …" (its learnt entry holds no frame)
            (DIRECTIVE_CUE if _called_on(tok) is not None else None)
            or cue_verbs().get(lemma)
            or (PASSIVE_ONLY_CUE if _passive_only_cue(tok) else None)
            or (PHRASE_CUE if _put_it_to(tok) or figure is not None else None)
        )
        if info is None or is_imperative(tok) or _quoted_as_saying(tok) or (tok.is_upper and line_label(tok)):
            return None  # … or a fact check's "CLAIM:" line label, no verb of saying
        if _interviewers_question(tok):
            return None  # "Asked whether she would reconsider, she replied …": the interviewer's question
        if _medium_participle(tok):
            return None  # "said in a video posted to his account that …": the video's, not a poster's act
        clause = [
            c
            for c in tok.children
            if c.pos_ in ("VERB", "AUX", "NOUN", "ADJ")
            and (
                (c.dep_ == "ccomp" and info.clause)
                or (c.dep_ == "xcomp" and (info.xcomp or info.clause))
                # "directed the tehsildars to complete …" with the infinitive read as one of purpose
                or (c.dep_ == "advcl" and info.xcomp and _infinitive_after_object(tok, c))
                # the parser files a that-clause after a comma as advcl, after an aside as conj
                # ("reported last week, citing unnamed officials, that …"), or after a time phrase as acl
                # ("wrote in a letter to investors last week that …")
                or (c.dep_ in ("advcl", "conj", "acl") and info.clause and _that_clause(c))
            )
            and not _second_clause_of_reporter(tok, c)
        ]
        aside = aside_read_as_clause(tok)
        clause = [c for c in clause if c != aside]  # "X, asked about Y, said …": the aside is no content
        # "disputed that, saying …": the participle speaks for itself (``participle_read_as_clause``)
        clause = [c for c in clause if not participle_read_as_clause(c)]
        clause = [c for c in clause if not _fronted_phrase(tok, c) and not _closing_report(tok, c)]
        # a noun the cue's reduced passive or relative clause denies ("an allegation rejected by …")
        objected = info.object or lemma in OBJECT_SPEECH_VERBS
        agent_denies = _denied_by_agent(tok)
        if not clause and info.clause and aside is None and agent_denies is None:
            clause = _clause_under_relay(tok) or _clause_above(tok) or _clause_past_adverbial(tok)
        # "Fans who had travelled from as far as Mombika said": no "as X said" aside, the root speaks
        lost = root_lost_in_clause(tok)
        marker_as = lost is None and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        subj, passive = subject_of(tok)
        subj = subj if passive else outer_speaker(tok, subj) or inverted_object(tok)
        if subj is not None and _asks_the_reader(tok, tok.doc[subj.i : subj.i + 1]):
            return None
        if _headline_passive(tok, subj):
            return None
        rule = "verb+clause"
        by_agent = False
        content_tokens: list[Token] = []
        told_by: Span | None = None
        obj = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        oprd = _names_given(tok)
        aside = _as_aside(tok, subj)
        if marker_as and tok.dep_ == "advcl" and passive and subj is not None and subj.lower_ != "it":
            return None  # "cheered as the result was shown on a big screen": a thing shown, not a report
        if marker_as and tok.dep_ == "advcl":
            # "…, as many of his opponents say he is": the content is the clause the cue modifies
            content_tokens = _subtree_minus(tok.head, [tok])
            rule = "parenthetical"
        elif aside is not None:
            # "The reform is, as many of its own backbenchers admit, a tax rise": the rest of the sentence
            content_tokens = [
                t for t in tok.sent if not aside[0] <= t.i <= aside[1] and t.i != tok.sent.end - 1
            ]
            rule = "parenthetical"
        elif clause and not (lemma in COGNITION_VERBS and clause[0].dep_ == "xcomp"):
            target = clause[0]
            content_tokens = list(target.subtree)
            first = _clause_past_adverbial(tok) if target.dep_ == "conj" else []
            opener = _that_mark(first[0]) if first and first[0].i < target.i else None
            if opener is not None:
                # "told reporters on a video call that the team had … and that she took …": the first
                # that-clause, hung on the call, and the second, joined to the verb, are both reported
                content_tokens = list(tok.doc[opener.i : target.right_edge.i + 1])
            if _subject_read_as_object(tok, target, obj):
                # "told her the landlord of a two-bed apartment wanted …": the clause's subject, not a second
                # object of "told"
                content_tokens = list(tok.doc[obj[0].left_edge.i : target.left_edge.i]) + content_tokens
            mark = _that_mark(target) if tok.head.i == target.i else None
            if mark is not None:  # the clause the parser made the root: from its "that" on
                content_tokens = [t for t in content_tokens if t.i >= mark.i]
            if passive and target.dep_ == "xcomp" and subj is not None:
                content_tokens = list(subj.subtree) + content_tokens  # "X is said to be …"
            elif (
                target.dep_ in ("xcomp", "advcl")
                and (urged := obj or _called_on(tok))
                and urged[0].i < target.i
            ):
                # "warned swimmers to avoid the water": the addressee is part of what was urged, as in
                # "called on the minister to …" (and as PolNeAR marks it)
                content_tokens = list(urged[0].subtree) + content_tokens
        elif figure is not None:
            # "put the crowd at 12,000", "estimated the cost at $4m": the figure someone gives; "put
            # Reform ahead 52-48 after preferences": the standing with the score and its terms after it
            after = [c for c in tok.children if c.i > figure.i] if figure.dep_ == "advmod" else []
            content_tokens = list(obj[0].subtree) + [t for g in [figure, *after] for t in g.subtree]
            rule = "verb+object"
        elif info.clause and (closing := _closing_comma(tok)) is not None:
            content_tokens = list(tok.doc[tok.sent.start : closing])  # "…, the directorate announced."
            rule = "parenthetical"
        elif _parenthetical(tok) and info.clause:
            content_tokens = _subtree_minus(tok.head, [tok])
            rule = "parenthetical"
        elif info.clause and (teller := _cue_read_as_relative(tok)) is not None:
            content_tokens = list(
                tok.doc[tok.sent.start : teller.left_edge.i - 1]
            )  # "…, a new poll … has found,"
            subj, passive = teller, False
            rule = "parenthetical"
            # the noun with its for-phrase, which holds the name the parser made the cue's subject
            named_by = next(c for c in tok.children if c.dep_ == "nsubj")
            told_by = tok.doc[teller.left_edge.i : named_by.right_edge.i + 1]
        elif oprd and obj:
            content_tokens = list(oprd[0].subtree)  # "called them 'rebellious Russians'"
            rule = "verb+object"
        elif objected and agent_denies is not None:
            # "an allegation rejected by a series of congressional inquiries": the agent denied the noun
            content_tokens = list(tok.doc[agent_denies.left_edge.i : agent_denies.i + 1])
            rule, by_agent = "verb+object", True
        elif objected and (noun := _denied_in_relative(tok)) is not None and subj is not None:
            # "a charge that Colorado Republican leaders strongly denied", "a point that intelligence
            # officials have disputed": what was denied is the noun the relative clause describes, with
            # the phrase that frames it ("an explosion that the mayor described as 'an intentional act'")
            content_tokens = list(tok.doc[noun.left_edge.i : noun.i + 1])
            content_tokens += [t for c in _framing(tok, noun.i) for t in c.subtree]
            rule = "verb+object"
        elif obj and (against := _warned_against(tok, obj[0])) is not None:
            # "cautioned the public against 'a rush to judgment'": the addressee and what they are warned
            # off are what was said, as in "urged people not to …" (a clause the tags may refine)
            content_tokens = sorted({*obj[0].subtree, *against.subtree}, key=lambda t: t.i)
        elif info.object and obj and obj[0].pos_ != "PRON" and subj is not None and speaker_like(subj):
            # "described the layoffs as a 'restructuring'", "blamed the media for …": the phrase is part
            # of what was said, and quoted words in it are the speaker's, not the author's scare quotes
            framing = _framing(tok, obj[0].i)
            content_tokens = list(obj[0].subtree) + [t for c in framing for t in c.subtree]
            content_tokens += _as_quoted_past_aside(tok, obj[0]) if not framing else []
            last = max(t.i for t in content_tokens)
            content_tokens += list(
                tok.doc[last + 1 : object_tail_end(tok, last) + 1]
            )  # "… with a 'great heart'"
            rule = "verb+object"
        if not content_tokens:
            return None
        if (
            len(content_tokens) > 1
            and content_tokens[0].lower_ in _FOCUS
            and content_tokens[1].lower_ == "that"
        ):
            content_tokens = content_tokens[1:]  # "would say only that …": the restriction is the cue's
        if subj is not None and not (passive and rule == "verb+clause" and subj.lower_ == "it"):
            subj_tokens = {t.i for t in subj.subtree}
            if lost is not None and lost.i == subj.i:  # the root holds the cue: the rest is the subject's
                subj_tokens -= {t.i for t in tok.subtree}
            content_tokens = [t for t in content_tokens if t.i not in subj_tokens or passive]
        content = token_runs(content_tokens)
        if not content:
            return None
        source = None
        antecedent = None
        is_passive = passive and passive_without_agent(tok)
        if is_passive and any(c.tag_ == "MD" for c in tok.children):
            return None  # "A deal could be announced next week": what may happen, not what anyone reports
        # "he had been told by Wenlow Royal Infirmary that …": the agent speaks, the subject is told (but
        # "Pike was quoted by the Guardian as saying …" and "The treasurer is said by colleagues to have
        # told …": the subject speaks, the agent relays)
        agent = agent_of(tok)
        relayed = lemma == "quote" or any(c.dep_ == "xcomp" for c in clause)
        # "SGA had asked … and was told by the provost's office that …": a conjunct's own passive, whose
        # subject the conjunction lends it
        passive_here = passive or any(c.dep_ == "auxpass" for c in tok.children)
        # "Asked by one analyst whether that would hurt revenue, he said …": the analyst asks
        asked_by = tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.i < tok.head.i
        if (
            (passive_here or asked_by or by_agent)
            and agent is not None
            and (subj is None or not relayed or asked_by)
        ):
            source = source_span(agent)
        elif subj is not None and not is_passive:
            source = source_span(subj)
            if source[0].lower_ == "as" and len(source) > 1:
                source = source[1:]  # ', as many of its backbenchers admit,
            antecedent = relative_antecedent(subj)
        source = told_by or source
        att = Attribution(
            "passive" if is_passive else rule,
            cue_range(tok),
            content,
            source,
            antecedent,
            passive=is_passive,
            cue_token=tok.i,
        )
        return att

    def _add_relays(self, tok: Token, att: Attribution) -> None:
        """'X reported, citing Y' / 'X, quoting Y': Y becomes the source, X the relay.

        The parser hangs 'citing Y' on the cue, before a that-clause on the clause's verb, and between
        subject and cue ('The Tribune, quoting Y, wrote …') on the subject.
        """
        candidates = list(tok.children)
        candidates += [g for c in tok.children if c.dep_ == "nsubj" for g in c.children if g.dep_ == "acl"]
        for clause in tok.children:
            mark = _that_mark(clause) if clause.dep_ in ("ccomp", "advcl", "conj") else None
            if mark is not None:
                candidates += [c for c in clause.children if c.i < mark.i]
        for clause in _clause_above(tok):  # the that-clause made the root: the aside hangs on it
            mark = _that_mark(clause)
            candidates += [c for c in clause.children if mark is not None and tok.i < c.i < mark.i]
        for child in candidates:
            if child.dep_ in ("advcl", "xcomp", "prep", "acl") and child.lemma_.lower() in RELAY_VERBS:
                objs = [g for g in child.children if g.dep_ in ("dobj", "pobj")]
                if objs and att.source is not None and _relayed_source(child, objs[0]):
                    att.relays.append((att.source, cue_range(child)))
                    att.source = source_span(objs[0])
                    att.antecedent = None
                    att.content = subtract(
                        doc_text(tok.doc), att.content, child.left_edge.idx, end_char(objs[0].right_edge)
                    )

    def _quoted_as(self, tok: Token) -> list[Attribution]:
        """'It quoted a "Moscow businessman" as criticizing …': the object speaks, the subject relays.

        In the passive ("Pike was quoted by the Guardian as saying the reform …") the subject speaks and
        the agent relays; after 'as saying' the content is what was said.
        """
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        as_clause = _as_phrase(tok)
        spoken = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not objs and spoken and as_clause:
            content = _as_content(as_clause[0])
            if not content:
                return []
            att = Attribution("quoted-as", cue_range(tok), content, source_span(spoken[0]), cue_token=tok.i)
            agent = agent_of(tok)
            if agent is not None:
                att.relays.append((source_span(agent), cue_range(tok)))
            return [att]
        if not objs:
            return []
        if not as_clause:
            as_clause = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.lower_ != "as"]
        if not as_clause:
            return []
        subj, _ = subject_of(tok)
        content = _as_content(as_clause[0])
        if not content:
            return []
        att = Attribution("quoted-as", cue_range(tok), content, source_span(objs[0]), cue_token=tok.i)
        if subj is not None:
            att.relays.append((source_span(subj), cue_range(tok)))
        return [att]

    # -- prepositional and nominal cues -------------------------------------------------------------

    def _according_to(self, doc: Doc) -> list[Attribution]:
        """'according to X, …' anywhere; 'Per X, …' opening a sentence (elsewhere 'per' is a rate); 'in the
        words of X, …'; 'By his own reckoning, …' (the possessor's account)."""
        found: list[Attribution] = []
        for tok in doc:
            account = next((c for c in tok.children if c.dep_ == "pobj" and c.lower_ in _OWN_ACCOUNTS), None)
            owner = [c for c in account.children if c.dep_ == "poss"] if account is not None else []
            if tok.lower_ in ("by", "in") and owner and tok.is_sent_start:
                to = tok  # "By his own reckoning, …", "In her words, …"
            elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                to = doc[tok.i + 1]
            elif _per_cites(tok):
                to = tok
            elif (
                tok.lower_ == "in"
                and [t.lower_ for t in doc[tok.i + 1 : tok.i + 4]] == ["the", "words", "of"]
                and tok.i + 4 < len(doc)
            ):
                to = doc[tok.i + 3]
            else:
                continue
            pobj = [c for c in list(to.children) + list(tok.children) if c.dep_ == "pobj"]
            if not pobj:
                continue
            # "According" made the sentence's root holds the clause too: only its "to" phrase is the cue's
            whole = tok.subtree if tok.dep_ != "ROOT" else []
            phrase = {t.i for t in whole} | {t.i for t in to.subtree} | {tok.i, to.i}
            after = max(phrase) + 1
            if after < len(doc) and _finite(doc[after]) and tok.i < after and doc[after].sent == tok.sent:
                # the phrase runs straight into the verb: the parser hung the clause's subject on the
                # source ("According to X, 14 warnings are in place"); the phrase ends at its last comma
                commas = [i for i in phrase if doc[i].text == "," and i > to.i]
                # "According to town figures, Hatsuyu, which has …, received": the subject hung on the
                # source in apposition, with its own commas, starts the clause
                apposed = [c.left_edge.i for c in pobj[0].children if c.dep_ == "appos" and c.i > pobj[0].i]
                if apposed and apposed[-1] - 1 in commas:
                    phrase -= set(range(apposed[-1] - 1, after))
                elif commas:
                    phrase -= set(range(max(commas), after))
            # "according to the Post, citing officials", "According to TV Arkhi, which cited an unnamed
            # operator, …": a relay aside, hung on the source or (", citing …" straight after it) on the
            # clause's verb
            relay = next((c for c in pobj[0].children if c.lemma_.lower() in RELAY_VERBS), None)
            end = max(t.i for t in to.subtree) + 1
            if relay is None and end + 1 < tok.sent.end and doc[end].text == ",":
                relay = doc[end + 1] if doc[end + 1].lemma_.lower() in RELAY_VERBS else None
            cited = next((g for g in relay.children if g.dep_ == "dobj"), None) if relay is not None else None
            comma = next((t.i for t in doc[cited.i : tok.sent.end] if t.text == ","), None) if cited else None
            if relay is not None and comma is not None:
                # the aside ends at the comma after whom it cites, even with the clause hung on them ("which
                # cited a clerk, several parcels lay …" read as the clerk's relative clause)
                phrase = (phrase - set(range(comma, tok.sent.end))) | set(range(relay.i - 1, comma + 1))
            named = _name_set_off_after(pobj[0])
            if named is not None:  # "According to the council's chief planner, Gerard Lyle, a decision …"
                phrase |= set(range(pobj[0].right_edge.i + 1, named.end + 1))
            sent = tok.sent
            # a byline or headline the parser ran into the sentence ("by Jolene Marsh\n\nMerriton sold …,
            # per city records") is no part of it: the content starts on the cue's own line
            breaks = [t.i for t in doc[sent.start : tok.i] if t.is_space and "\n" in t.text]
            first = breaks[-1] + 1 if breaks else sent.start
            content = token_runs(t for t in sent if t.i not in phrase and t.i >= first)
            if not content:
                continue
            cue = (tok.idx, to.idx + len(to.text))
            source = source_span(pobj[0]) if named is None else named
            titled = pobj[1] if len(pobj) > 1 and pobj[1].pos_ == "PROPN" else None
            if named is None and titled is not None and titled.left_edge.i == pobj[0].i + 1:
                # "According to architect Bui Thanh Son, who …" parsed as two objects: the title and the name
                source = doc[pobj[0].left_edge.i : titled.i + 1]
            if tok.lower_ in ("by", "in") and owner:  # "By his own reckoning": his, the cue the whole phrase
                cue, source = (tok.idx, end_char(tok.right_edge)), source_span(owner[0])
            att = Attribution("according-to", cue, content, source, cue_token=tok.i)
            # "according to the Post, citing officials"
            if relay is not None and cited is not None and _relayed_source(relay, cited):
                att.relays.append((att.source, cue_range(relay)))  # type: ignore[arg-type]
                att.source = source_span(cited)
            found.append(att)
        return found

    def _nominal(self, doc: Doc, existing: list[Attribution]) -> list[Attribution]:
        """'the claims of the White House … that neither …': noun cue + that-clause + of/possessive source
        (or a name before the noun, where the parser took a verb 'claims' for a noun)."""
        found: list[Attribution] = []
        taken = {a.cue_token for a in existing}
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in NOMINAL_CUES or tok.i in taken:
                continue
            clauses = [
                c
                for c in tok.children
                if c.dep_ in ("acl", "ccomp", "relcl")
                and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
            ]
            if not clauses:
                continue
            source = None
            for child in tok.children:
                if child.dep_ == "poss":
                    source = source_span(child)
                elif child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                    pobj = [g for g in child.children if g.dep_ == "pobj"]
                    if pobj:
                        source = doc[pobj[0].left_edge.i : pobj[0].right_edge.i + 1]
            subjects = [
                c for c in tok.children if c.dep_ in ("nsubj", "compound") and c.pos_ in ("PROPN", "PRON")
            ]
            if source is None and subjects:
                source = source_span(subjects[0])  # "Trump claims that …" with 'claims' parsed as a noun
            sender = tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in SENDING_VERBS else None
            writer = (
                next((c for c in sender.children if c.dep_ == "nsubj"), None) if sender is not None else None
            )
            if source is None and writer is not None and writer.pos_ != "PRON":
                # "has written to the council warning that …", the participle read as the verb's object
                source = source_span(writer)
            content = token_runs(clauses[0].subtree)
            if content and (source is not None or tok.lemma_.lower() in _SPEECH_NOUNS):
                found.append(
                    Attribution(
                        "nominal", (tok.idx, tok.idx + len(tok.text)), content, source, cue_token=tok.i
                    )
                )
        return found

    # -- learnt cues ------------------------------------------------------------------------------
    def _merge_tags(
        self, doc: Doc, atts: list[Attribution], segments: list[QuoteSegment], scare: list[QuoteSegment]
    ) -> list[Attribution]:
        """Rules lead, except their weakest frames; the encoder's attributions fill the rest.

        Why this order: the learnt reader finds the long tail of PolNeAR's broad notion of attribution
        (endorse, accuse, believe, nominal cues) that no lexicon lists, but on hand-written forms and
        opinion prose it is noisier than the rules (scare quotes read as quotes, "they" bound to the
        wrong cue). Letting the tags lead everywhere scored higher on PolNeAR dev (docs/benchmarks.md)
        and broke those cases; so they only replace the frames in ``TAGS_OVERRIDE`` (precision below 0.5
        on PolNeAR dev, and speakerless quotations) and refine those in ``TAGS_REFINE`` (verb + clause),
        keeping such a rule's source and chain when both share the cue; a tagged content may not run
        over the next sentence's own cue. Otherwise they fill gaps: a tagged attribution sharing a cue
        or half its content with a kept rule's is dropped, and so is one whose cue is a rule's relay
        ("citing X" is a chain link, not a speech act of its own) or one that would replace a weak
        frame by swallowing the scare quote it left out: in opinion prose such tags are mostly noise
        ('the imperialist propaganda about the supposed "non-involvement"' read as an attribution).
        """
        relay_cues = [c for a in atts for _, c in a.relays if c is not None]
        weak = [a for a in atts if _weak_frame(a)]
        kept = [a for a in atts if not _weak_frame(a) and a.rule not in TAGS_REFINE]
        refinable = [a for a in atts if a.rule in TAGS_REFINE]
        scare_ranges = [(s.start, s.end) for s in scare]
        readings = self._from_tags(doc)
        for rule in (a for a in kept if a.rule == "verb+quote"):
            wider = [
                t
                for t in readings
                if _same_cue(t, rule)
                and _widens_quote(doc, t, rule)
                # not over the report of someone the cue's object stands for ("told a young woman who
                # suggested that …")
                and not any(_relative_report_between(o, rule) for o in atts)
            ]
            if wider:
                # 'Lynch said there remains a "significant difference …," when it comes to …': the quote is
                # part of a reported clause the tags read whole; the rule's speaker stays
                closing = max(b for _, b in rule.content)
                rule.content, rule.kind = list(wider[0].content), "mixed"
                last = rule.content[-1]
                if last[1] < closing and not doc_text(doc)[last[1] : closing].strip(_QUOTE_MARKS):
                    rule.content[-1] = (last[0], closing)  # with the closing mark the tags left off
                readings.remove(wider[0])

        for rule in (a for a in kept if a.source is None and not a.passive):
            # 'Tamsin Okoro-Vale: "I wrote this record …"': the rule found the cue but no speaker
            # in the parse, the tags read one for the same cue
            named = [t for t in readings if _same_cue(t, rule) and t.source is not None]
            if named:
                rule.source = named[0].source
        # a part a rule credits to another cue is no part of a tagged reading (after the readings lent
        # their sources above)
        readings = [r for t in readings if (r := _without_others_parts(t, atts)) is not None]
        for t in readings:
            # a quotation a rule credits to its own cue is not more of what another cue reported
            # ('Ortiz said a senior aide had told him …. "I was shocked. …," Ortiz said.')
            t.content = [
                part
                for part in t.content
                if not any(
                    not _same_cue(t, r) and any(a <= part[0] and part[1] <= b for a, b in r.content)
                    for r in kept
                    if r.kind == "direct"
                )
            ] or t.content
            t.content = _without_quote_continuation(doc, t, kept)
        # '"…," he said, referring to the country's official name, …': the aside glosses the quotation
        # its cue credits, as PolNeAR reads it (part of the cue), and says nothing of its own
        readings = [t for t in readings if not _gloss_of_quote(doc, t, kept)]

        def blocks(t: Attribution, rule: Attribution) -> bool:
            # a kept rule's speech act nested in what a refined clause reports ('said she wanted to speak
            # "directly to white people" and let them know that "…"') does not block the outer reading
            nested = rule.cue is not None and any(a <= rule.cue[0] < b for a, b in t.content)
            return _touches(t, rule) and not (nested and any(_same_cue(t, r) for r in refinable))

        added = [
            t
            for t in readings
            if not any(blocks(t, a) for a in kept)
            and not any(_swallows_other_sentence(doc, t, a) for a in refinable)
            and not _only_continues(doc, t, [a for a in weak if a.rule == "unattributed" and _touches(t, a)])
            and not any(ranges_overlap(t.cue, c) for c in relay_cues)
            and not (
                any(_touches(t, a) for a in weak)
                and any(ranges_overlap(r, part) for r in scare_ranges for part in t.content)
            )
        ]
        weak += refinable
        for att in added:
            same_cue = [a for a in weak if _same_cue(att, a) and a.source is not None]
            if same_cue and not _named_on(att.source, same_cue[0].source):
                att.source, att.antecedent, att.relays = (
                    same_cue[0].source,
                    same_cue[0].antecedent,
                    same_cue[0].relays,
                )
            # (an agentless report's too, which has no source to lend)
            same_cue = same_cue or [a for a in weak if _same_cue(att, a) and a.rule == "passive"]
            if (
                same_cue
                and same_cue[0].rule in TAGS_REFINE | {"parenthetical", "passive"}
                and _broken_off_inside(doc_text(doc), att.content, same_cue[0].content)
                # not where the tags, starting with the clause, stopped before another cue it holds ("…
                # election -- meddling the California congressman said is designed to …")
                and not _stopped_before_other_cue(att, same_cue[0], atts)
            ):
                # "The talks collapsed [late on Thursday], said …"; "[Inverbrannoch] will host … in [Port
                # Saltire], the federation announced": the parse's clause, not the tags' broken-off run in it
                # (and the parse's cue, where the tags' ran into the clause: "It is understood [at least]
                # two other shires …")
                att.content = same_cue[0].content
                if same_cue[0].cue is not None and any(a < att.cue[1] for a, _ in att.content):
                    att.cue, att.cue_token = same_cue[0].cue, same_cue[0].cue_token
        still_weak = []
        for a in weak:
            # 'said it would cut 2,000 jobs, blaming soaring fuel costs': a second act nested at the end of
            # a refinable report does not replace it; the report ends where the second act begins
            nested = [t for t in added if a.rule in TAGS_REFINE and _act_inside(t, a, doc)]
            if nested and all(not _same_cue(t, a) for t in nested):
                cut = min(t.cue[0] for t in nested)
                a.content = subtract(doc_text(doc), a.content, cut, max(b for _, b in a.content)) or a.content
            # "Two of its investors are unhappy …, people familiar with the matter told Meridian News": a
            # tagged act inside what a post-posed report says leaves the report standing
            # (and of a sentence-final aside: "… turned away a woman who said …, an investigation has found")
            inside = [
                t
                for t in added
                if (a.rule in TAGS_REFINE or a.rule == "parenthetical")
                and _cue_in_content(t, a)
                and t.cue[1] <= a.cue[0]
            ]
            # a speech act the quotation itself reports ('"… I started to think it was a fluke …"') does
            # not replace the speakerless quotation around it
            quoted = [t for t in added if a.rule == "unattributed" and _act_inside_quotation(t, a)]
            # "He said he had been told by the hospital that …": a report nested in what another reports,
            # with a speaker of its own in the parse, stands beside it
            # and the other way round: the rule's report holds the tagged one ("Its national secretary,
            # Mere Tuhiwai, said members had been told by site managers that …", the outer untagged)
            # (a weak frame's too, where someone was called a name: 'He said one message had called him
            # "a poisoner."')
            outer = [
                t
                for t in added
                if (a.rule in TAGS_REFINE and (_nested_report(doc, a, t) or _nested_report(doc, t, a)))
                or (_names_by_subject(doc, a) and _nested_report(doc, a, t))
            ]
            # "It was gathered that the ministry is considering …": what the agentless report holds does
            # not replace it
            held = [
                t for t in added if a.rule == "passive" and _cue_in_content(t, a) and t.cue[0] >= a.cue[1]
            ]
            if not any(
                _touches(t, a)
                for t in added
                if all(t is not n for n in nested + inside + quoted + outer + held)
            ):
                still_weak.append(a)
        weak = still_weak
        # a report nested in what a tagged reading reports stands beside it, as among the weak ones above
        kept = [
            a
            for a in kept
            if not any(_touches(t, a) and not blocks(t, a) and not _nested_report(doc, a, t) for t in added)
        ]
        self._classify_kinds(doc, added, segments)
        # a speakerless quotation a tagged reading took in whole once widened to its closing mark
        # ('has estimated insured losses at $1.9 billion, "with most of …"') is that reading's
        weak = [
            a
            for a in weak
            if not (a.rule == "unattributed" and any(within(a.content, t.content) for t in added))
        ]
        return kept + weak + surest_per_content(added, doc)

    def _from_tags(self, doc: Doc) -> list[Attribution]:
        """Attributions read from the encoder's tags at or above the tag threshold, sources on the parse.

        A cue must hold a verb, noun or preposition (or be a colon or dash): runs on a lone adjective or
        name part are tagging noise. The source comes from ``_tagged_source``; an attribution with no
        source at all is dropped, since a reader cannot tell who stands behind it, except an agentless
        reported passive ("was accused of": an anonymous attribution) and a name given in passing ("the
        bill, known as …").
        """
        found: list[Attribution] = []
        judge = self.tag_filter
        threshold = self.tag_threshold
        if threshold is None:
            card = encoder.load_encoder().card["thresholds"]
            threshold = judge.threshold if judge is not None else float(card.get("attribution_tags", 0.5))
        floor = judge.candidate_min if judge is not None else threshold
        for tagged in decode_attributions(doc_text(doc), encoder.doc_output(doc)):
            cue = _without_time(doc.char_span(*tagged.cue, alignment_mode="expand"))
            if tagged.confidence < floor or cue is None or not any(_cue_like(t) for t in cue):
                continue
            if all(t.lemma_ == "be" for t in cue):
                # the copula alone: "we [are] convinced this is …" holds its adjective; "A message from the
                # Transport Secretary, Ruth Ansley, [was] read to the crowd" reports nothing by "was"
                state = next((c for c in cue.root.children if c.dep_ == "acomp" and c.i == cue.end), None)
                if state is None:
                    continue
                cue = doc[cue.start : state.i + 1]
            cue = verb_of_source(doc, cue, tagged.source)
            # "called on the board to …": an article the run took in opens the content, not the cue
            article = cue[-1] if len(cue) > 1 and cue[-1].pos_ == "DET" and cue.end < len(doc) else None
            cue = cue[:-1] if article is not None else cue
            # "are also understood to [be examining …]": the infinitive's "to" opens the content, not the cue
            infinitive = (
                cue[-1] if len(cue) > 1 and cue[-1].tag_ == "TO" and cue[-1].head.i >= cue.end else None
            )
            cue = cue[:-1] if infinitive is not None else cue
            if cue.root.lemma_.lower() in EVIDENTIALS:
                continue  # "X seems to …": the author's hedge (the certainty lens), not X speaking
            if _describes_noun(cue.root):
                continue  # "whose widely cited paper": a participle describing a noun reports nothing
            reduced = cue.root.dep_ == "acl" and cue.root.tag_ == "VBN"  # "the bill, known as …"
            passive = (
                reduced
                or any(c.dep_ == "auxpass" for c in cue.root.children)
                # "Its summer campaign, “…”, is expected to be brought forward": the parser lost the "is"
                or (cue.root.tag_ == "VBN" and any(t.lemma_ == "be" for t in cue if t.i < cue.root.i))
            )
            if passive and _named_to(cue.root):
                continue  # "was named Business of the Year": an award or a post, no one's words
            source = _claimant(cue) or _tagged_source(doc, tagged.source, cue.root, passive, reduced)
            if source is not None and _quoted_before(doc_text(doc), source, cue.start_char):
                # '"… Cheers, Saltmarsh," wrote one': a name inside the quotation is not who says it
                subj, subj_passive = subject_of(cue.root)
                if subj is not None and any(a <= subj.idx < b for a, b in tagged.content):
                    subj, subj_passive = inverted_object(cue.root, quoted=True), False
                source = source_span(subj) if subj is not None and not subj_passive else None
            # an agentless reported passive ("was accused of") is an anonymous attribution; a modal one
            # ("can only be interpreted as") is the author's own judgement
            anonymous_passive = (
                source is None
                and passive
                and cue.root.lemma_.lower() in cue_verbs()
                and not any(c.tag_ == "MD" for c in cue.root.children)
            )
            naming = reduced and cue.root.lemma_.lower() in _NAMING_VERBS  # "the bill, known as …"
            if source is None and not anonymous_passive and not naming:
                continue
            if source is not None and _rhetorical_generic(cue.root, source):
                continue
            if (
                source is not None
                and cue.root.lemma_.lower() == "show"
                and source.root.lemma_.lower() in _PICTURES
            ):
                continue  # "A frame from dashcam video shows the fireball …": what a picture shows, no claim
            if source is not None and source.root.lower_ == "it" and any(t.pos_ == "ADJ" for t in cue):
                continue  # "It is obvious that …": the author's own frame (a booster), no one speaking
            content = _without_label(doc_text(doc), _whole_words(doc_text(doc), tagged.content))
            if article is not None and content and content[0][0] == doc[article.i + 1].idx:
                content[0] = (article.idx, content[0][1])
            if infinitive is not None and any(a == doc[infinitive.i + 1].idx for a, _ in content):
                content = _with_token(doc, content, infinitive)
            content = _with_relative_asides(doc, [part for part in content if not _medium(doc, part)])
            if not content or _addressee_only(cue, content):
                continue
            when = _expected_when(cue.root) if anonymous_passive else None
            if when is not None:
                content = when  # "A tribunal hearing is expected in the spring": the thing and when
            expletive = [c for c in cue.root.children if c.dep_ == "nsubjpass" and c.lower_ == "it"]
            if anonymous_passive and expletive:
                # "It is reported that …": the dummy subject is no part of what is reported
                content = subtract(doc_text(doc), content, expletive[0].idx, expletive[0].idx + 2)
            if source is not None and source.end <= cue.start and source.sent == cue.sent:
                # "Dale Pruitt, who voted against the measure, said …": what stands between a source and
                # its cue describes the source; it is not what the source said
                content = subtract(doc_text(doc), content, source.start_char, cue.start_char)
            # "Smith, who argued that …"
            antecedent = relative_antecedent(source.root) if source is not None else None
            if antecedent is not None:
                # "turned away a woman who said she was …": the one the relative stands for said nothing
                content = [
                    p for p in content if not antecedent.start_char <= p[0] < source.start_char
                ] or content
            content = _whole_complements(doc, cue, whole_phrases(doc, cue, content))
            content = _own_sentences(doc, cue.root, last_phrase_whole(doc, cue, content))
            content = _without_coordinated_tail(doc, cue, content)
            content = _without_other_acts(doc, cue.root.i, content)
            content = _without_lead_in(doc, cue.root, content)
            # a stray piece the tags left of a frame ("A" of "A year on, she says …") is no part of it
            content = [part for part in content if says_something(doc, [part])] or content
            if not says_something(doc, content) or _asks_the_reader(cue.root, source) or _unsaid(cue.root):
                continue
            content = _with_addressee(doc, cue, _with_act_of_object(doc, cue, content))
            content = _with_object_tail(doc, cue, content)
            if (
                judge is not None
                and judge.probability(features(doc, doc_text(doc), cue, source, content, tagged.confidence))
                < threshold
            ):
                continue
            agent = agent_of(cue.root) if anonymous_passive and cue.root.lemma_.lower() != "quote" else None
            if agent is not None:
                # "The claims, first reported by the Evening Post, …": a passive with its agent named is no
                # one's anonymous claim; the agent spoke (the filter judged the reading as it was fitted)
                source, anonymous_passive = source_span(agent), False
            found.append(
                Attribution(
                    "tagged",
                    (cue.start_char, cue.end_char),
                    content,
                    source,
                    antecedent,
                    passive=anonymous_passive and not naming,  # a name is no one's anonymous claim
                    cue_token=cue.root.i,
                    confidence=round(tagged.confidence, 3),
                )
            )
        return found

    # -- quote marks ----------------------------------------------------------------------------
    def _classify_kinds(self, doc: Doc, atts: list[Attribution], segments: list[QuoteSegment]) -> set[int]:
        """Direct when the content is wholly quoted, mixed when partly; returns the groups used."""
        used: set[int] = set()
        text = doc_text(doc)
        # quote marks around a name or a term are no one's words (``_quoted_name``): judged once per segment
        named = {seg.start for seg in segments if _quoted_name(text, seg)}
        for att in atts:
            quoted = 0
            total = 0
            inside: list[QuoteSegment] = []
            for s0, s1 in att.content:
                for seg in segments:
                    lo, hi = max(s0, seg.start), min(s1, seg.end)
                    if lo < hi and seg.start not in named:
                        quoted += sum(1 for ch in text[lo:hi] if not ch.isspace())
                        inside.append(seg)
                total += sum(1 for ch in text[s0:s1] if not ch.isspace())
            if not inside:
                continue
            if att.rule == "speaker-line":  # all verbatim: quotation marks in it are the speaker's own
                used.update(seg.group for seg in inside)
                continue
            if att.cue is not None and any(seg.start < att.cue[0] < seg.end for seg in segments):
                continue  # a cue inside a quotation: reported speech nested in someone's quote
            share = quoted / total if total else 0.0
            group_segs = [s for s in segments if s.group in {g.group for g in inside}]
            # 'said the PM was "grateful for his service"': the reported clause's own words outside the
            # quotation make it mixed, however short they are against a long quotation
            unquoted = [
                w
                for s0, s1 in att.content
                for w in re.findall(r"\w+", _outside(text, s0, s1, inside))
                if w.lower() != "that"
            ]
            # a hearing headline's evidence is a clause whose subject stands outside the quoted
            # predicate ("Nurse 'ignored alarm twice', tribunal hears"): mixed, however short
            # … but one word that is the clause's own subject ('saying staffing "met the standard …"')
            subject = any(
                t.dep_ in ("nsubj", "nsubjpass")
                and t.pos_ in ("NOUN", "PROPN")
                and s0 <= t.idx < s1
                and not any(g.start <= t.idx < g.end for g in inside)
                for s0, s1 in att.content
                for t in doc.char_span(s0, s1, alignment_mode="expand") or []
            )
            built_in = att.rule == "hearing-headline" or _described_as_phrase(doc, att)
            if share >= 0.75 and len(unquoted) < 2 and not subject and not built_in:
                att.kind = "direct"
                att.content = [(s.start, s.end) for s in group_segs]
                att.rule = "verb+quote" if att.rule == "verb+clause" else att.rule
                joined = self._join_split_quote(doc, att, segments)
                if joined is not None:
                    used.add(joined)
            else:
                att.kind = "mixed"
                # 'accomplished "too little," he added': take in the closing mark the parse left out
                att.content = [
                    (a, max([b] + [g.end for g in inside if a < g.end and 0 < g.end - b <= 3]))
                    for a, b in att.content
                ]
                # a quotation that runs on past the clause the parse gave (over a sentence end): the
                # speaker said all of it
                end = max(b for _, b in att.content)
                run_on = [(g.start, g.end) for g in group_segs if g.end > end]
                if run_on:
                    att.content = merged_ranges(att.content + run_on)
            used.update(s.group for s in group_segs)
        return used

    def _join_split_quote(self, doc: Doc, att: Attribution, segments: list[QuoteSegment]) -> int | None:
        """'"A," he said, "B."': the segment right after the cue continues the same quotation.

        Returns the quotation group it joined, so that no other rule reads it as a quote of its own.
        """
        if att.cue is None:
            return None
        last = max(e for _, e in att.content)
        if att.cue[0] < last:
            return None
        following = [s for s in segments if s.start > att.cue[1]]
        if not following:
            return None
        nxt = following[0]
        between = doc_text(doc)[att.cue[1] : nxt.start]
        opening = doc_text(doc)[nxt.start + 1 : nxt.start + 3].lstrip(" '‘…")[:1]
        # a quotation resuming in lower case goes on the same sentence, so the aside may be longer
        limit = 100 if opening.islower() else 40
        if len(between) > limit or "\n" in between or any(c in between for c in ".!?"):
            return None
        att.content += [(s.start, s.end) for s in segments if s.group == nxt.group]
        return nxt.group

    def _layout_quotes(
        self, doc: Doc, segments: list[QuoteSegment], used: set[int], atts: list[Attribution]
    ) -> list[Attribution]:
        """Quotes linked by punctuation and position rather than syntax."""
        found: list[Attribution] = []
        text = doc_text(doc)
        for group in sorted({s.group for s in segments} - used):
            segs = [s for s in segments if s.group == group]
            first, last = segs[0], segs[-1]
            content = [(s.start, s.end) for s in segs]
            if _words(text, first) <= SCARE_MAX_WORDS and len(segs) == 1:
                # a short quotation is a quote only when it stands on its own line, signed
                # ('"We will appeal," — Dana Whitfield') or under a speaker line ('From the chair:');
                # 'a "sham" - a word …' is not
                own_line = _quote_paragraph(text, first)
                inner = text[first.start : first.end].strip(_QUOTE_MARKS + " ")
                sentence = inner[:1].isupper() and inner[-1:] in ".!?"  # 'put it this way: "Change hurts."'
                att = self._colon_before(doc, first, content) if own_line or sentence else None
                att = att or (self._dash_after(doc, last, content) if own_line else None)
                att = att or (_label_after(doc, last, content) if own_line else None)
                before = text[: first.start].rstrip(INLINE_SPACE)
                if att is None and inner[-1:] in ",!?" and (not before or before[-1] in "\n.!?"):
                    # '"It is a disgrace," fumed X.': a sentence that opens with a short quotation
                    # closed by a comma or a cry is speech with its attribution after it
                    att = self._verb_nearby(doc, first, last, content, atts, segments)
            else:
                att = (
                    self._colon_before(doc, first, content)
                    or self._dash_after(doc, last, content)
                    or self._verb_nearby(doc, first, last, content, atts, segments)
                    or _label_after(doc, last, content)
                )
            if att is not None:
                att.kind = "mixed" if _described_as_phrase(doc, att) else "direct"
                found.append(att)
                used.add(group)
        return found

    def _colon_before(
        self, doc: Doc, seg: QuoteSegment, content: list[tuple[int, int]]
    ) -> Attribution | None:
        text = doc_text(doc)
        before = text[max(0, seg.start - 300) : seg.start].rstrip()
        if not before.endswith(":"):
            return None
        colon = seg.start - (len(text[: seg.start]) - len(text[: seg.start].rstrip())) - 1
        span = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if span is None:
            return None
        sent = span.sent
        first = sent[0]
        if first.lower_ in INVERTED_CUES and 1 < span.start - first.i <= 6:
            # 'Said Ellis: "…"' (the tagger may read "Said Ellis" as one name)
            label = doc[first.i + 1 : span.start]
            return Attribution("colon", cue_range(first), content, label, cue_token=first.i)
        verbs = [t for t in sent if is_cue_verb(t) and t.i < span.start]
        if verbs:
            # the main clause's cue, not one in a clause hung on it ("He tells the story the way a man
            # tells a story he has told many times:")
            main = [
                v
                for v in verbs
                if not any(a.dep_ in ("relcl", "acl", "amod") for a in [v, *v.ancestors])
                and not _interviewers_question(v)  # "Asked about the penalty, the Swede was diplomatic:"
                and not is_imperative(v)  # "Ask her why she started and she laughs:" is the writer's aside
            ]
            verbs = main[-1:]  # a participle on a noun ("an account called @X") is no cue of the line
        if verbs:
            subj, _ = subject_of(verbs[0])
            source = source_span(subj) if subj is not None else None
            return Attribution("colon", cue_range(verbs[0]), content, source, cue_token=verbs[0].i)
        root = sent.root
        if doc[span.start].head.pos_ in ("VERB", "AUX") and doc[span.start].head.i < span.start:
            # the verb the colon closes, which the parser may hang on the quotation ("A ward sister …
            # emailed the director in April: '…'", 'emailed' a clause of the quoted 'had')
            root = doc[span.start].head
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start]
        antecedent = None
        # an object or adverbial ('put it this way:') is not who speaks
        chunks = [
            c for c in sent.noun_chunks if c.end <= span.start and c.root.dep_ not in ("dobj", "npadvmod")
        ]
        named = doc[sent.start : root.i]
        opener = doc[sent.start]
        if opener.pos_ == "PROPN" and opener.is_title and followed_by_age(doc, sent.start + 1):
            source = doc[sent.start : sent.start + 1]  # a vox pop's "Leo, 8, Larksfield:": the child
        elif subjects:
            subj = name_after_one(subjects) or subjects[0]
            source = source_span(subj)  # "The chairwoman … put it bluntly:"
            # "a screenshot of the metro's reply, which read:": the reply the relative stands for
            antecedent = relative_antecedent(subj)
        elif root.pos_ == "VERB" and 0 < len(named) <= 4 and all(t.is_alpha and t.is_title for t in named):
            source = (
                named  # "Pike put it this way:", the name misread as an interjection before an imperative
            )
        elif root.i < span.start and root.pos_ in ("PROPN", "NOUN"):
            source = doc[root.left_edge.i : root.i + 1]  # headline "Ruiz: \"…\""
        elif chunks:
            # "From the chairwoman:"; "From the chairwoman of the European Commission:" is her, not it
            node = chunks[-1].root
            while (
                node.dep_ == "pobj"
                and node.head.lower_ != "from"
                and node.head.head.pos_ in ("NOUN", "PROPN")
            ):
                node = node.head.head
            source = _without_topic(source_span(node))
        else:
            source = _label_before(doc[sent.start : span.start])  # headline "Mayor: \"…\"" parsed as 'dep'
        return Attribution("colon", (colon, colon + 1), content, source, antecedent)

    def _dash_after(self, doc: Doc, seg: QuoteSegment, content: list[tuple[int, int]]) -> Attribution | None:
        text = doc_text(doc)
        after = text[seg.end : seg.end + 200]
        stripped = after.lstrip(INLINE_SPACE)
        if stripped.startswith("\n") and not stripped[1:].lstrip(INLINE_SPACE).startswith("\n"):
            stripped = stripped[1:].lstrip(INLINE_SPACE)  # a signature line right under the quotation
        elif stripped.startswith("\n") and _quote_paragraph(text, seg):
            # a quotes page or a pull quote: the quotation, a blank line, then "— Name, on …" (a typed
            # hyphen there more likely opens a list)
            below = stripped[1:].lstrip(INLINE_SPACE)[1:].lstrip(INLINE_SPACE)
            stripped = below if below[:1] in ("—", "―", "–") else stripped
        # a line of its own may describe at length ("— Hand-painted sign on the road at Rathcullen Cross")
        longest = 12 if "\n" in after[: len(after) - len(stripped)] else 8
        if not stripped[:2].startswith(DASHES):
            return None
        dash_at = seg.end + (len(after) - len(stripped))
        dash_len = 2 if stripped.startswith("--") else 1
        line_end = _line_end(text, dash_at)
        name_span = doc.char_span(dash_at + dash_len, line_end, alignment_mode="expand")
        if name_span is None or not any(t.is_alpha for t in name_span):
            return None
        tokens = [t for t in name_span if not t.is_space]
        cut = next((i for i, t in enumerate(tokens) if t.text in (",", ".", ";", "(")), len(tokens))
        tokens = tokens[:cut]
        if not tokens or len(tokens) > longest:
            return None
        source = doc[tokens[0].i : tokens[-1].i + 1]
        return Attribution("dash", (dash_at, dash_at + dash_len), content, source)

    def _verb_nearby(
        self,
        doc: Doc,
        first: QuoteSegment,
        last: QuoteSegment,
        content: list[tuple[int, int]],
        atts: list[Attribution],
        segments: list[QuoteSegment],
    ) -> Attribution | None:
        """A cue in the quote's own sentence outside any quotation marks, or a short 'he said.' sentence
        after it. (A verb inside another quotation is the quoted speaker's word: in "''This bridge
        tells …,'' Ruiz said. ''Today …''" the second quotation is not what "the bridge tells".)"""
        span = doc.char_span(last.start, last.end, alignment_mode="expand")
        opening = doc.char_span(first.start, first.end, alignment_mode="expand")
        if span is None or opening is None:
            return None
        # Span.sent is the sentence of a span's first token: a quote of several sentences ends in another
        closing = doc[span.end - 1].sent
        sents = [closing] + ([opening.sent] if opening.sent.start != closing.start else [])
        nxt = closing.end
        if nxt < len(doc) and doc_text(doc)[last.end : doc[nxt].idx].count("\n") == 0:
            sents.append(doc[nxt].sent)
        taken = {a.cue_token for a in atts}
        for sent in sents:
            for tok in sent:
                quotative = _quotative(tok, last.end)
                if (
                    not (is_cue_verb(tok) or _bare_speech_act(tok, sent.start >= nxt) or quotative)
                    or tok.i in taken
                    or any(seg.start <= tok.idx < seg.end for seg in segments)
                    or _in_anonymity_aside(doc_text(doc), tok.idx)
                ):
                    continue
                if (
                    tok.dep_ == "advcl"
                    and tok.tag_ == "VBG"
                    and not any(c.dep_ == "nsubj" for c in tok.children)
                ) or (tok.dep_ == "relcl" and not any(first.start <= t.idx < last.end for t in tok.subtree)):
                    # '"A," Tester said, referring to …, "B."': the participle is not the speech act, nor
                    # a verb describing something else ('saying the increase he cited included …'; but
                    # 'which our waiter described as "…"' describes with the quotation)
                    continue
                if sent.start >= nxt and len(sent) > 8 and not quotative:
                    continue  # '"Brilliant!" laughed Reyes as he left.' is one sentence the parser cut
                subj = subject_outside(tok, first.start, last.end) or inverted_object(tok)
                if subj is None:
                    continue
                rule = "next-sentence" if sent.start >= nxt else "verb+quote"
                # '…, Gov. Diane Whitacre, who has called the measure "…"': the name the 'who' stands for
                return Attribution(
                    rule,
                    cue_range(tok),
                    content,
                    source_span(subj),
                    relative_antecedent(subj),
                    cue_token=tok.i,
                )
        return None

    def _unattributed(
        self, segments: list[QuoteSegment], used: set[int], scare: list[QuoteSegment]
    ) -> list[Attribution]:
        """Longer quotations no rule found a cue for (see :func:`continue_quotes` for what becomes of them)."""
        found: list[Attribution] = []
        scare_groups = {s.group for s in scare}
        for group in sorted({s.group for s in segments} - used - scare_groups):
            content = [(s.start, s.end) for s in segments if s.group == group]
            found.append(Attribution("unattributed", None, content, None, kind="direct"))
            used.add(group)
        return found

    # -- output ---------------------------------------------------------------------------------
    def _write(
        self,
        doc: Doc,
        atts: list[Attribution],
        scare: list[QuoteSegment],
        quotations: list[tuple[int, int]],
    ) -> None:
        resolver = SpeakerResolver(doc, self.outlets, quotations)
        context: list[Speaker] = []
        records: list[dict[str, Any]] = []
        groups = {key: [] for key in SPAN_KEYS}  # type: dict[str, list[Span]]
        anon_ranges: set[tuple[int, int]] = set()
        direct: list[tuple[list[tuple[int, int]], Speaker]] = []  # words quoted verbatim, and whose
        for att in atts:
            att.content = merged_ranges(att.content)
            speaker = _first_person_inside(att, direct) or self._speaker(resolver, att, context)
            if att.kind == "direct" and speaker.name is not None:
                direct.append((att.content, speaker))
            relays = [self._relay(resolver, src, cue, context) for src, cue in att.relays]
            if relays and _unnamed_people(att.source, speaker):
                # "citing two senior rural bankers": people a relay cites without naming them are as
                # anonymous as "unnamed officials"
                speaker = dataclasses.replace(speaker, anonymous=True, reason=_CITED_UNNAMED)
            told = _told_outlet(doc, att, resolver)
            if told is not None and not relays:
                relays = [told]
            # pronouns later on refer to who was grammatically speaking: the outermost relay if any
            context.append(_surface_speaker(relays) or speaker)
            rec = {
                "kind": att.kind,
                "content": [list(r) for r in att.content],
                "cue": list(att.cue) if att.cue else None,
                "source": [att.source.start_char, att.source.end_char] if att.source is not None else None,
                "speaker": speaker.name,
                "speaker_type": speaker.type,
                "anonymous": speaker.anonymous,
                "via": relays,
                "confidence": att.confidence if att.confidence is not None else RULE_CONFIDENCE[att.rule],
                "rationale": f"rule {att.rule}; speaker: {speaker.how}"
                + (f"; anonymous: {speaker.reason}" if speaker.reason else ""),
            }
            records.append(rec)
            for s0, s1 in att.content:
                add_span(doc, groups["quotes"], s0, s1, att.kind)
            if att.cue:
                add_span(doc, groups["quote_cues"], *att.cue, "cue")
            if att.source is not None:
                add_span(
                    doc, groups["quote_sources"], att.source.start_char, att.source.end_char, speaker.type
                )
            if speaker.anonymous and att.source is not None:
                rng = (att.source.start_char, att.source.end_char)
                anon_ranges.add(rng)
                add_span(
                    doc,
                    groups["anonymous_sources"],
                    *rng,
                    "vague" if speaker.type == "group" else "anonymous",
                )
                rec["anonymous_reason"] = speaker.reason
            elif att.passive and att.cue and speaker.name is None:
                # agentless ("it is understood that"); a named source the parser read as a participle
                # ("The Riders' Union, an advocacy group, posted on Chatter that") is no one unnamed
                anon_ranges.add(att.cue)
                add_span(doc, groups["anonymous_sources"], *att.cue, "anonymous")
                rec["anonymous"] = True
                rec["speaker_type"] = "anonymous"
                rec["anonymous_reason"] = att.unnamed_reason or _AGENTLESS
        _relay_nested(records)
        _owner_named_next(records, doc_text(doc))
        flags: list[dict[str, Any]] = []
        for rec in records:
            if rec.get("anonymous_reason") and not any(
                f["range"] == (rec["source"] or rec["cue"]) for f in flags
            ):
                rng = tuple(rec["source"] or rec["cue"])
                flags.append(flag_record(rng, _flag_label(rec), rec["anonymous_reason"], 0.8))
            for relay in rec["via"]:
                if relay.get("anonymous_reason") and (relay["source"] or relay["cue"]):
                    where = relay["source"] or relay["cue"]
                    if relay["source"] is None:
                        add_span(doc, groups["anonymous_sources"], *where, "anonymous")
                    flags.append(flag_record(where, "anonymous", relay["anonymous_reason"], 0.8))
        for span, verdict in anonymous_mentions(doc):
            rng = (span.start_char, span.end_char)
            if any((a <= rng[0] and rng[1] <= b) or (rng[0] <= a and b <= rng[1]) for a, b in anon_ranges):
                continue
            if any(f["range"] == list(rng) for f in flags):
                continue
            anon_ranges.add(rng)
            label = "vague" if verdict.vague else "anonymous"
            add_span(doc, groups["anonymous_sources"], *rng, label)
            flags.append(flag_record(rng, label, verdict.reason, verdict.confidence))
        scare_records = []
        for seg in scare:
            add_span(doc, groups["scare_quotes"], seg.start, seg.end, "scare_quote")
            reason = "short quoted phrase with no speaker" + ("" if seg.closed else " (closing mark missing)")
            scare_records.append(flag_record((seg.start, seg.end), "scare_quote", reason, 0.6))
        for key, spans in groups.items():
            doc.spans[key] = spans
        doc.spans["quotes"].attrs["records"] = records
        doc.spans["anonymous_sources"].attrs["records"] = sorted(flags, key=lambda f: f["range"])
        doc.spans["scare_quotes"].attrs["records"] = scare_records

    def _speaker(
        self,
        resolver: SpeakerResolver,
        att: Attribution,
        context: list[Speaker],
    ) -> Speaker:
        if att.source is not None and att.rule == "speaker-line":
            return resolver.transcript_label(att.source)
        if _writers_sources(resolver.doc, att):
            return Speaker(None, "anonymous", "the writer's unnamed sources", True, _WRITERS_SOURCES)
        if att.source is not None:
            return resolver.resolve(att.source, att.antecedent, context)
        if att.passive and att.unnamed_reason:
            return Speaker(None, "anonymous", "no one named", True, att.unnamed_reason)
        if att.passive:
            return Speaker(None, "anonymous", "passive voice, no agent", True, "")
        return Speaker(None, "unknown", "no source found")

    def _relay(
        self, resolver: SpeakerResolver, src: Span | None, cue: tuple[int, int] | None, context: list[Speaker]
    ) -> dict[str, Any]:
        if src is None:  # "is said to have told": no one is named as relaying it
            speaker = Speaker(None, "anonymous", "passive voice, no agent", True, _AGENTLESS)
        else:
            speaker = resolver.resolve(src, None, context)
        rec: dict[str, Any] = {
            "speaker": speaker.name,
            "speaker_type": speaker.type,
            "source": [src.start_char, src.end_char] if src is not None else None,
            "cue": list(cue) if cue else None,
        }
        if speaker.anonymous:
            rec["anonymous_reason"] = speaker.reason
        return rec


def _told_outlet(doc: Doc, att: Attribution, resolver: SpeakerResolver) -> dict[str, Any] | None:
    """'X told Sauti FM that …', 'said in an interview with the Herald': the outlet the speaker told
    passes the words on to this article's reader, so it relays them (``via``)."""
    if att.cue_token is None:
        return None
    cue = doc[att.cue_token]
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in ("tell", "say", "speak", "talk", "explain"):
        return None  # not "according to a Reuters survey": a document, no outlet told
    heard = [c for c in cue.children if c.dep_ in ("dobj", "dative")] if cue.lemma_.lower() == "tell" else []
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("to", "with", "in")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            # "said in an interview with the Herald": the outlet of the interview
            inner = [w for p in obj.children if p.dep_ == "prep" and p.lower_ == "with" for w in p.children]
            heard += inner if obj.lower_ == "interview" else [obj] if prep.lower_ != "in" else []
    for obj in heard:
        lo, hi = doc[obj.left_edge.i].idx, obj.right_edge.idx + len(obj.right_edge.text)
        name = next((n for p, n in resolver.outlet_mentions if lo <= p < hi), None)
        if name is not None:
            # no source span: the outlet is not who is written speaking at the cue (``surface_source``)
            return {"speaker": name, "speaker_type": "outlet", "source": None, "cue": list(att.cue or [])}
    return None


def _owner_named_next(records: list[dict[str, Any]], text: str) -> None:
    """'Halstead's Market … will close Aug. 31, its owner said Tuesday. ¶ In a statement, Halstead Foods
    said …': a lede's "its owner/operator" the article never resolves is the organisation that speaks
    first in the next paragraph (the news writer's way of naming the source right after the lede)."""
    second = next(itertools.islice(re.finditer(r"\n\s*", text), 1, None), None)
    lede_end = second.start() if second is not None else len(text)  # a headline and the lede, at most
    for rec, nxt in itertools.pairwise(records):
        source = rec["source"]
        if rec["speaker_type"] != "unknown" or source is None or nxt["speaker_type"] != "organisation":
            continue
        if source[0] >= lede_end:
            continue
        if not text[source[0] : source[1]].lower().startswith("its "):
            continue
        # the next attribution opens in the very next paragraph
        between = text[source[1] : (nxt["cue"] or nxt["content"][0])[0]]
        if len(re.findall(r"\n\s*", between)) != 1:
            continue
        rec["speaker"], rec["speaker_type"] = nxt["speaker"], "organisation"
        rec["rationale"] += (
            f"; '{text[source[0] : source[1]]}' → {nxt['speaker']}, named in the next paragraph"
        )


def _relay_nested(records: list[dict[str, Any]]) -> None:
    """'He said he had been told by the hospital that …', '"… She told me to stay home," he said': a report
    whose cue and words lie inside what another speaker says reaches the reader through that speaker,
    who becomes its relay (``via``) when it has none of its own."""
    for rec in records:
        if rec["via"] or rec["cue"] is None:
            continue
        inner = [rec["cue"], *rec["content"]]
        outer = next(
            (
                o
                for o in records
                if o is not rec
                and o["speaker"] is not None
                and o["speaker"] != rec["speaker"]
                and within(inner, o["content"])
            ),
            None,
        )
        if outer is not None:
            # the outer report's cue; no source span, as the outer speaker is not written at this cue
            # (``surface_source``) and is highlighted with the outer report already
            relay = {"speaker": outer["speaker"], "speaker_type": outer["speaker_type"], "source": None}
            rec["via"] = [relay | {"cue": outer["cue"]}]


def _plain_words(text: str) -> str:
    """Lower-case words only: how a headline's quotation is matched with the body's words."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _echoes_in_headline(text: str, atts: list[Attribution]) -> None:
    """'‘We’ve been promised a school for nine years’: Carrowkeel pupils face …': a headline quotation with
    no speaker of its own repeats words the body attributes; it is that speaker's, by the same cue. Of
    at least four words, so that a quoted term ('"living in mould"') is not taken for a quotation."""
    line_end = _line_end(text, 0)
    for att in atts:
        if att.rule != "unattributed" or att.end > line_end:
            continue
        words = _plain_words(" ".join(text[a:b] for a, b in att.content))
        if len(words.split()) < 4:
            continue
        for other in atts:
            said = other.source is not None and other.start > line_end
            if said and words in _plain_words(" ".join(text[a:b] for a, b in other.content)):
                att.rule, att.source, att.antecedent = "headline-echo", other.source, other.antecedent
                att.cue, att.cue_token, att.relays = other.cue, other.cue_token, list(other.relays)
                break


def _first_person_inside(
    att: Attribution, direct: list[tuple[list[tuple[int, int]], Speaker]]
) -> Speaker | None:
    """'HALDANE: … I understand why you're asking': an 'I' or 'we' that reports inside someone's verbatim
    words is that speaker (the quote rules drop most such nested acts; transcript answers keep them)."""
    if att.source is None or att.cue is None or att.source.text.lower() not in ("i", "we"):
        return None
    for content, speaker in reversed(direct):
        if any(a <= att.cue[0] < b for a, b in content):
            return Speaker(
                speaker.name, speaker.type, f"'{att.source.text}' inside {speaker.name}'s own words"
            )
    return None


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (the text's end for its last line)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _label_after(doc: Doc, seg: QuoteSegment, content: list[tuple[int, int]]) -> Attribution | None:
    """A headline's "‘We built it for the people who stay’: architect Tomas Reyhani on the library": a
    quotation opening its line, then a colon and who said it (a person named there) before what about."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, seg.start) + 1
    if text[line_start : seg.start].strip() or not text[seg.end :].lstrip(INLINE_SPACE).startswith(":"):
        return None
    colon = text.index(":", seg.end)
    line_end = _line_end(text, colon)
    after = doc.char_span(colon + 1, line_end, alignment_mode="contract")
    if after is None:
        return None
    # the label runs from the colon to what it is about: "architect Tomas Reyhani" | "on the library"
    end = next((t.i for t in after if t.lower_ in ("on", "about") and t.i > after.start), after.end)
    label = doc[after.start : end]
    if (
        not 0 < len(label) <= 6
        or not any(t.pos_ == "PROPN" for t in label)
        or any(t.pos_ in ("VERB", "AUX") for t in label[1:])  # "families of the victims speak out"
    ):
        return None
    return Attribution("colon", (colon, colon + 1), content, label)


def _surface_speaker(relays: list[dict[str, Any]]) -> Speaker | None:
    if not relays:
        return None
    first = relays[0]
    return Speaker(first["speaker"], first["speaker_type"], "relay", bool(first.get("anonymous_reason")))


def _flag_label(rec: dict[str, Any]) -> str:
    return "vague" if rec["speaker_type"] == "group" else "anonymous"


def _scare_like(text: str, seg: QuoteSegment) -> bool:
    """A short quoted phrase inside the author's sentence; a short quoted sentence standing alone
    ('She said no. "Never."') is speech, not a scare quote."""
    if _words(text, seg) > SCARE_MAX_WORDS:
        return False
    lo, hi = seg.inner
    inner = text[lo:hi].rstrip()
    before = text[: seg.start].rstrip(INLINE_SPACE)
    return not (inner.endswith((".", "!", "?", "…")) and (not before or before[-1] in "\n.!?"))


#: Words that introduce a name or a term in quote marks ('a so-called "disposable"', 'dubbed "the Kettle"'); not
#: "called" ('what he called "a con"' quotes him).
_NAMING_LEAD = re.compile(
    r"(?:so-called|dubbed|nicknamed|known as|marketed as|sold as|billed as|titled|entitled)\s*"
    # … and the names listed after the first ('marketed as "sport" or "water resistant"')
    r"(?:[“\"‘'][^”\"’'\n]{1,40}[”\"’']\s*(?:,|or|and)\s*){0,3}$",
    re.IGNORECASE,
)
#: Nouns a quoted name stands before ('its "Heatmap" feature', 'the "Switch Off, Save Power" campaign').
_NAMED_THINGS = frozenset(
    {"campaign", "plan", "programme", "program", "scheme", "initiative", "project", "feature", "app",
     "policy", "strategy", "slogan", "motto", "brand", "range", "label", "tag", "drive", "festival",
     "event", "operation", "song", "album", "film", "show", "series", "book", "report", "law", "act",
     "bill", "rule", "system", "service", "fund", "package", "deal", "card", "ticket", "zone", "rooms"}
)  # fmt: skip


def _quoted_name(text: str, seg: QuoteSegment) -> bool:
    """Quote marks around a name or a term, not around anyone's words: what a naming word introduces ('the
    so-called "disposables"', 'marketed as "sport"'), a nickname inside a person's name ('Desmond ‘Bongo’
    Clarke'), or a title-cased name set before the noun it names ('the corporation's "Switch Off, Save
    Power" campaign', 'a "Day Zero" plan')."""
    lo, hi = seg.inner
    inner = text[lo:hi].strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    if not words or len(words) > 6 or inner.endswith((".", "!", "?", "…")):
        return False
    before = text[max(0, seg.start - 80) : seg.start]
    after = text[seg.end : seg.end + 30]
    if _NAMING_LEAD.search(before.rstrip(" ,")):
        return True
    line_end = text.find("\n", seg.end)
    line = text[text.rfind("\n", 0, seg.start) + 1 : line_end if line_end >= 0 else len(text)].rstrip()
    long_words = re.findall(r"[^\W\d_]{4,}", line)
    capitalised = sum(w[:1].isupper() for w in long_words)
    if not line.endswith((".", "!", "?", "…", '"', "”", "’", "'")) or capitalised > 0.6 * len(long_words):
        return False  # a headline, title-cased throughout: its quote marks cannot be told apart so
    # 'Desmond ‘Bongo’ Clarke': one or two words, no punctuation, between a given name and a surname
    nickname = (
        len(words) <= 2
        and re.fullmatch(r"[\w'’ -]+", inner)
        and re.search(r"\b[A-Z][a-z]+\s$", before)
        and re.match(r"\s[A-Z][\w'’-]+", after)
    )
    next_word = re.match(r"\s+([a-z]+)", after)
    titled = all(w[:1].isupper() for w in words if len(w) > 3) and words[0][:1].isupper()
    return bool(nickname) or bool(titled and next_word and next_word.group(1) in _NAMED_THINGS)


def _words(text: str, seg: QuoteSegment) -> int:
    lo, hi = seg.inner
    return len(text[lo:hi].split())


#: Verbs of telling someone something, whose reports another speaker relays ("he had been told by …").
_TELLING = frozenset(
    {
        "tell",
        "inform",
        "warn",
        "assure",
        "reassure",
        "advise",
        "urge",
        "ask",
        "notify",
        "instruct",
        "remind",
        "promise",
        "pledge",
    }
)


def _called_on(tok: Token) -> list[Token] | None:
    """'called on other seaside councils to follow suit': "call" reports what it urges only with "on" (or
    "upon") and a to-infinitive after whom it addresses; returns the one addressed, or None."""
    if tok.lemma_.lower() != "call":
        return None
    urged = [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if not urged and any(c.dep_ == "prt" and c.lower_ in ("on", "upon") for c in tok.children):
        urged = [c for c in tok.children if c.dep_ == "dobj"]  # "called on" read as a phrasal verb
    to_do = any(
        c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and c.left_edge.lower_ == "to" for c in tok.children
    )
    return urged[:1] if urged and to_do else None


def _put_it_to(tok: Token) -> bool:
    """'Mr Whelan put it to him that he had pushed Mr Dunphy first': counsel's question in cross-examination,
    a statement the witness is asked to accept; "put" reports only with "it to" and a that-clause."""
    return (
        tok.lemma_.lower() == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
        and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in tok.children)
        and any(c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) for c in tok.children)
    )


#: Still pictures show a scene, not a finding: "A frame from dashcam video shows the fireball over the
#: highway" (a video's "shows" may report a claim, as PolNeAR marks it: "Video of the incident shows …").
_PICTURES = frozenset({"frame", "photo", "photograph", "picture", "image", "still", "screenshot"})

#: Verbs that give an estimate as "VERB the crowd at 12,000".
_ESTIMATING = frozenset({"put", "estimate", "peg", "place"})


def _estimate_figure(tok: Token) -> Token | None:
    """'The coalition put the crowd at 12,000', 'Police estimated it at about 4,500', 'A poll put the party on
    19 per cent': an estimate someone gives, a figure for the thing named as the object ("put" reports only
    so); the preposition that holds the figure, else None."""
    if tok.lemma_.lower() not in _ESTIMATING or not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    words = ("at", "on") if tok.lemma_.lower() == "put" else ("at",)
    at = next(
        (
            c
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in words and objects and c.i > objects[0].i
        ),
        None,
    )
    if at is None and tok.lemma_.lower() == "put" and objects:
        # "put Reform ahead 52-48", "put Labour two points behind": a standing with its score
        standing = next(
            (c for c in tok.children if c.dep_ == "advmod" and c.lower_ in _STANDINGS and c.i > objects[0].i),
            None,
        )
        score = standing is not None and any(
            t.like_num for c in tok.children if c.i > objects[0].i for t in c.subtree
        )
        return standing if score else None
    if at is None or not any(t.like_num for t in at.subtree):
        return None
    # "on 19 per cent", not "put pressure on 20 councils"
    share = at.lower_ == "at" or any(t.lower_ in ("%", "percent", "cent") for t in at.subtree)
    return at if share else None


#: Where a poll puts a party against another: "put Reform ahead 52-48".
_STANDINGS = frozenset({"ahead", "behind", "level", "clear"})


def _passive_only_cue(tok: Token) -> bool:
    """'It is learnt that …', 'is rumoured to be …': a verb that reports only as an agentless passive."""
    return (
        tok.pos_ in ("VERB", "AUX")
        and tok.lemma_.lower() in PASSIVE_ONLY_CUES
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
    )


def _nested_report(doc: Doc, inner: Attribution, outer: Attribution) -> bool:
    """``inner``'s cue and content lie inside ``outer``'s content, and ``inner`` has a source there that
    is no pronoun: a report another speaker relays, not a misreading of the same act. Its cue heads a
    clause of what is reported, not a verb coordinated with one ("It warns that the state faces … and
    acknowledges that …" is the document's second act, not the state's) unless the coordinated verb names
    its own teller ("SGA had asked … and was told by the provost's office that …")."""
    cue = doc[inner.cue_token] if inner.cue_token is not None else None
    return (
        cue is not None
        and (cue.dep_ != "conj" or any(c.dep_ == "agent" for c in cue.children) or _second_that_clause(cue))
        # someone told someone: what a speaker relays of a belief, a hope or an agreement ("said leaders
        # had agreed to …") is the speaker's own report (PolNeAR annotates it so), not a second one
        and (cue.lemma_.lower() in _TELLING or _own_act_aside(cue) or _names_someone(cue))
        # not an act denied or prescribed ("had not told their lender", "must tell")
        and not any(c.dep_ == "neg" or c.tag_ == "MD" for c in cue.children)
        and (
            _told_by_no_one(cue)
            if inner.source is None
            else inner.source.root.pos_ != "PRON"
            # its own subject or agent, not one it shares through control ("declined to say …", "promised
            # to continue …")
            and (
                inner.source.root.head.i == cue.i
                or inner.source.root.head.head.i == cue.i
                or (_own_act_aside(cue) and inner.source.root.head.i == cue.head.i)
            )
        )
        and cue.dep_ != "xcomp"
        and not _same_cue(inner, outer)
        # the closing quote mark the tags may leave off the outer reading (it is added later) aside
        and within([inner.cue, *_without_closing_marks(doc_text(doc), inner.content)], outer.content)
    )


#: Verbs whose passive says what unnamed others think of the subject ("is expected to", "is said to").
_HEARSAY = frozenset({"expect", "believe", "think", "say", "understand", "know", "rumour", "rumor", "report"})


def _told_by_no_one(cue: Token) -> bool:
    """'said the four had been told on Monday that …': a passive telling with no agent, whose told party
    is named, relayed inside another's report — a report of its own, with no teller, not a misreading."""
    return (
        cue.lemma_.lower() in _TELLING
        and any(c.dep_ == "auxpass" for c in cue.children)
        and any(c.dep_ == "nsubjpass" and c.pos_ != "PRON" for c in cue.children)
        and not any(c.dep_ == "agent" for c in cue.children)
    )


#: Verbs of calling someone a name: "said one message had called him “a poisoner”" (a subset of
#: ``_NAMING_VERBS``: not "named him captain", an appointment, nor "known as").
_NAME_CALLING = frozenset({"call", "brand", "label", "dub"})


def _names_someone(cue: Token) -> bool:
    """An act of calling a person a name ("had called him a poisoner"), addressed to the one who relays it;
    not the writer's "what X called 'fraud'", which PolNeAR leaves inside the outer report."""
    return (
        cue.lemma_.lower() in _NAME_CALLING
        and bool(_names_given(cue))
        and any(c.dep_ == "dobj" and c.lower_ in PERSON_PRONOUNS for c in cue.children)
    )


def _names_given(verb: Token) -> list[Token]:
    """What ``verb`` calls its object: the object predicate ("called them 'rebellious Russians'"), or a
    quoted phrase the parser set beside the object of a naming verb ('had called the men-only rule "a
    relic"', read as an apposition)."""
    oprd = [c for c in verb.children if c.dep_ == "oprd"]
    if oprd or verb.lemma_.lower() not in _NAMING_VERBS:
        return oprd
    doc = verb.doc
    return [
        a
        for o in verb.children
        if o.dep_ == "dobj"
        for a in o.children
        if a.dep_ == "appos" and a.left_edge.i > 0 and is_mark(doc[a.left_edge.i - 1]) and a.i > o.i
    ][:1]


def _names_by_subject(doc: Doc, att: Attribution) -> bool:
    """``att`` calls someone a name, said by its cue's own subject ("one message had called him …"), not
    by a phrase the parser hung elsewhere ("when he quoted a fare of €40 the man called him …")."""
    return (
        att.cue_token is not None
        and att.source is not None
        and _names_someone(doc[att.cue_token])
        and att.source.root.dep_ == "nsubj"
        and att.source.root.head.i == att.cue_token
    )


#: Ways of getting in touch "to say" something: "had rung her at six to say she had made up her mind".
_CONTACT = frozenset({"ring", "call", "phone", "text", "email", "message", "write", "contact"})


def _own_act_aside(cue: Token) -> bool:
    """A report the subject of a reported act makes in passing: a claim participle (``_claiming_aside``)
    or a call made "to say" something ("said Nadia had rung her … to say she had made up her mind")."""
    purpose = (
        cue.dep_ == "advcl"
        and cue.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
        and cue.head.lemma_.lower() in _CONTACT
    )
    return purpose or _claiming_aside(cue)


def _claiming_aside(cue: Token) -> bool:
    """'said a man called 911 claiming to have shot a teacher': a participle claim made by the subject of
    the reported act, its own report inside the one relayed (not after a clause with a subject of its own:
    "refused the vaccine after a voice note circulated … claiming that …" is the note's claim)."""
    return (
        cue.lemma_.lower() == "claim"
        and cue.tag_ == "VBG"
        and cue.dep_ == "advcl"
        and not any(t.dep_ in ("nsubj", "nsubjpass") for t in cue.doc[cue.head.i + 1 : cue.i])
    )


def _second_that_clause(verb: Token) -> bool:
    """'said they had reported the bear … and that a branch officer had told them …': a conjunct with a
    "that" and a subject of its own who can speak is a second clause of what is reported, someone else's
    act in it ("and that her country had asked for its quota to be reviewed" is the minister's report)."""
    return _that_mark(verb) is not None and any(
        c.dep_ == "nsubj"
        and c.pos_ != "PRON"
        and (animate(c) or is_occupation(c) or c.lower_ in ("one", "someone"))
        for c in verb.children
    )


def _without_closing_marks(text: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Content ranges without the quote marks that close them (a range of nothing else stays whole)."""
    trimmed = [(a, a + len(text[a:b].rstrip(_QUOTE_MARKS)), b) for a, b in content]
    return [(a, end if end > a else b) for a, end, b in trimmed]


def _cue_in_content(t: Attribution, a: Attribution) -> bool:
    """``t``'s cue opens inside what ``a`` reports (both have a cue)."""
    return a.cue is not None and t.cue is not None and any(x <= t.cue[0] < y for x, y in a.content)


def _same_cue(x: Attribution, y: Attribution) -> bool:
    return ranges_overlap(x.cue, y.cue)


def _cue_like(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX", "NOUN", "ADP") or tok.text == ":" or tok.text in DASHES


def _quotes_in(passage: str) -> bool:
    """Whether a quotation mark opens or closes in ``passage``; an apostrophe inside a word ("haven't",
    "Trump's") is none."""
    return any(
        ch in _QUOTE_MARKS
        and not (
            ch in "'’" and 0 < i < len(passage) - 1 and passage[i - 1].isalpha() and passage[i + 1].isalpha()
        )
        for i, ch in enumerate(passage)
    )


def _own_sentences(doc: Doc, cue: Token, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Reported words run on into a later sentence only when quoted, and only while that sentence makes no
    speech act of its own. In 'Some experts claim that cash is used mainly by criminals. That is
    nonsense.' and 'Aspinall called the deal "the best outcome." It is nothing of the sort.' the rebuttal
    is the author's; in 'Okafor calls it "historic." I call it theft.' the second sentence speaks for
    itself."""
    text = doc_text(doc)
    kept: list[tuple[int, int]] = []
    for part in content:
        span = doc.char_span(*part, alignment_mode="expand")
        sent = span.sent if span is not None else cue.sent
        unquoted = not _quotes_in(text[part[0] : part[1]])
        later = sent.start > cue.sent.start
        if sent == cue.sent or not (
            (later and unquoted) or any(is_cue_verb(t) and subject_of(t)[0] is not None for t in sent)
        ):
            kept.append(part)
    return kept or content


def _whole_complements(doc: Doc, cue: Span, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A tagged content that stops inside the cue's own complement runs on to the complement's end, and
    one that opens inside the clause before a post-posed cue takes that clause from its start.

    Why: the tags read word piece by word piece and sometimes break off a phrase after its first words
    ("companies seek [to] minimize liabilities", "is defending [his] early-morning tweets"); the parse
    knows where the phrase ends. Only a complement after the cue and in its sentence is completed, so
    the content never takes in the source or another clause of the sentence, and only a run broken off
    before a word: one that stops at punctuation ends where the writer set a clause apart.
    """
    out = []
    words = {cue.root.i, cue[-1].i} if cue[-1].pos_ == "VERB" else {cue.root.i}  # "quick to [blame]"
    for start, end in content:
        span = doc.char_span(start, end, alignment_mode="expand")
        top = span[0] if span is not None else None
        while top is not None and top.head.i not in words and top.head.i != top.i:
            top = top.head
        if (
            span is not None
            and top is not None
            and top.head.i in words
            and top.dep_ == "ccomp"
            and top.right_edge.i < cue.start
            and top.left_edge.sent == cue.sent
            and (
                (top.left_edge.i < span[0].i and not doc[span[0].i - 1].is_punct)
                or (top.right_edge.i > span[-1].i and not doc[span[-1].i + 1].is_punct)
            )
        ):
            # a post-posed cue ("…, The Post has learned."): a run that opens or breaks off inside the
            # clause before it takes the whole clause
            out.append(
                trim_text(doc_text(doc), min(start, top.left_edge.idx), max(end, end_char(top.right_edge)))
            )
            continue
        if (
            span is None
            or top is None
            or top.head.i not in words
            or top.dep_ not in _COMPLEMENT_DEPS
            or top.left_edge.i < cue.start
            or top.right_edge.i <= span[-1].i
            or top.right_edge.sent != cue.sent
            # it stops at a clause's edge ("…, which surprised …"), not at an apposition's ("Reece, 34, has …")
            or (
                doc[span[-1].i + 1].is_punct
                and not any(c.dep_ == "appos" and c.i > span[-1].i for c in span[-1].children)
            )
        ):
            out.append((start, end))
            continue
        out.append(trim_text(doc_text(doc), start, max(end, end_char(top.right_edge))))
    return out


_AGENTLESS = "passive attribution with no agent: who says so is not stated"
#: Nouns of someone's own account: "by his own reckoning", "by her admission".
_OWN_ACCOUNTS = frozenset(
    {"reckoning", "account", "accounts", "admission", "estimate", "estimates", "estimation", "count",
     "calculation", "calculations", "words", "view"}
)  # fmt: skip


#: Who "hears" evidence in court and inquiry reports ("The court heard that …"): the audience, not a source.
_HEARINGS = frozenset(
    {"court", "jury", "inquiry", "inquest", "tribunal", "hearing", "trial", "committee", "panel", "judge",
     "magistrates", "coroner", "commission", "jurors",
     # a meeting's audience hears what someone unnamed told it ("Delegates heard that …")
     "delegates", "conference", "meeting", "audience", "attendees", "participants", "summit", "forum"}
)  # fmt: skip
_UNSTATED_WITNESS = "evidence heard by a court or inquiry: who gave it is not stated"


def _heard_in_court(doc: Doc, att: Attribution) -> bool:
    """'The court heard that …' reports what the court was told, so the court relays it and the speaker is
    whoever gave the evidence: the witness after "from" when one is named ("heard from Dr Reid that …"),
    else no one named. Turns such a reading into that chain and says whether it did."""
    if att.cue_token is None or att.source is None or att.relays:
        return False
    verb = doc[att.cue_token]
    if verb.lemma_.lower() != "hear" or att.source.root.lower_ not in _HEARINGS:
        return False
    reported = any(c.dep_ in ("ccomp", "xcomp") or c.tag_ == "WRB" for c in verb.children)
    post_posed = att.cue is not None and att.end <= att.cue[0]  # "…, a jury at Carrowmore heard."
    if not (reported or post_posed):
        return False  # "the court heard the case": no evidence reported
    witnesses = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    att.relays = [(att.source, att.cue)]
    if witnesses:
        att.source = source_span(witnesses[0])
        att.content = [
            part for part in att.content if part[0] >= end_char(witnesses[0].right_edge)
        ] or att.content
    else:
        att.source, att.passive, att.unnamed_reason = None, True, _UNSTATED_WITNESS
    return True


def _said_to_have(doc: Doc, att: Attribution) -> bool:
    """'Ms Crane is said to have told colleagues that …': Ms Crane told them, and an agentless 'is said'
    relays it. Turns the passive's reading into that chain (speaker, cue and content of the inner act, the
    passive as an anonymous relay) and says whether it did."""
    if att.cue_token is None or att.relays:
        return False
    verb = doc[att.cue_token]
    if verb.lemma_.lower() in _TELLING:
        return False  # "staff had been told to expect …": told what to do, the staff say nothing
    if verb.lemma_.lower() == "expect":
        return False  # "Kalia is expected to announce job losses": a forecast of an act, not a report of one
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ != "it"]
    # not a passive act ("is understood to have been asked to withdraw": asked, not asking)
    acts = [
        c
        for c in verb.children
        if c.dep_ == "xcomp" and is_cue_verb(c) and not any(g.dep_ == "auxpass" for g in c.children)
    ]
    if not subjects or not acts or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if att.source is not None and att.source.root.i != subjects[0].i:
        return False
    act = acts[0]
    said = [c for c in act.children if c.dep_ in ("ccomp", "xcomp")] or [
        c for c in act.children if c.dep_ == "dobj"
    ]
    if not said:
        return False
    first, last = said[0].left_edge, said[0].right_edge
    agent = agent_of(verb)
    att.relays = [(source_span(agent) if agent is not None else None, cue_range(verb))]
    att.source = source_span(subjects[0])
    att.cue, att.cue_token = cue_range(act), act.i
    att.content = [(first.idx, last.idx + len(last.text))]
    att.passive = False
    return True


def _weak_frame(att: Attribution) -> bool:
    """A rule reading the tags may replace: a frame in ``TAGS_OVERRIDE``, or a speech noun with no one
    behind it ("in a brief statement that …"), which yields to a tagged reading that found the speaker."""
    return att.rule in TAGS_OVERRIDE or (att.rule == "nominal" and att.source is None)


def _outside(text: str, start: int, end: int, segments: list[QuoteSegment]) -> str:
    """The text of ``[start, end)`` with the quotation segments in it blanked out."""
    chars = list(text[start:end])
    for seg in segments:
        for i in range(max(seg.start, start), min(seg.end, end)):
            chars[i - start] = " "
    return "".join(chars)


def _widens_quote(doc: Doc, tagged: Attribution, rule: Attribution) -> bool:
    """The tagged content holds all of the rule's quotation and at least a few more words of the cue's
    own sentence: the quote is a fragment of reported speech (a mixed quote), not all of it."""
    if rule.cue_token is None:
        return False
    # the closing quote mark the tags may leave off aside
    covers = within(_without_closing_marks(doc_text(doc), rule.content), tagged.content)
    # the reported words outside the quotation, less the complementiser: 'that poachers "steal …"'
    pieces = list(tagged.content)
    for q0, q1 in rule.content:
        pieces = [p for a, b in pieces for p in ((a, min(b, q0)), (max(a, q1), b)) if p[0] < p[1]]
    # "that" as a complementiser only: 'said that was "a question for ownership."' reports "that was"
    outside = [
        t for t in tokens_in(doc, pieces) if not t.is_space and not (t.lower_ == "that" and t.dep_ == "mark")
    ]
    sentence = doc[rule.cue_token].sent
    inside = all(sentence.start_char <= a and b <= sentence.end_char for a, b in tagged.content)
    # (or only the reported clause's subject: 'wrote … that he "just wanted Papa's songs to be sung"')
    subject = any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i != rule.cue_token for t in outside)
    return covers and (sum(len(t.text) for t in outside) >= 6 or subject) and inside


def _swallows_other_sentence(doc: Doc, tagged: Attribution, rule: Attribution) -> bool:
    """A tagged content running into the next sentence over that sentence's own cue ('The Democrats
    blocked the bill. They said …' read as one attribution of 'blocked')."""
    if rule.cue_token is None or tagged.cue_token is None:
        return False
    if doc[rule.cue_token].sent.start == doc[tagged.cue_token].sent.start:
        return False
    return any(ranges_overlap(rule.cue, part) for part in tagged.content)


def _only_continues(doc: Doc, tagged: Attribution, quotes: list[Attribution]) -> bool:
    """The tagged cue sits in none of the speakerless quotations' own sentences: the tags merely link
    them to an earlier speech act, which quote continuation does better. ('"…," the letter reads' has
    its cue beside the quote: the tags may attribute it.)"""
    if not quotes or tagged.cue_token is None:
        return False
    sentences = set()
    for start, end in (part for quote in quotes for part in quote.content):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            sentences |= {span[0].sent.start, span[-1].sent.start}
    return doc[tagged.cue_token].sent.start not in sentences


def _act_inside_quotation(inner: Attribution, quotation: Attribution) -> bool:
    """``inner``'s cue and all its content lie inside one part of a quotation."""
    if inner.cue is None:
        return False
    return any(
        a <= inner.cue[0] < b and all(a <= x and y <= b for x, y in inner.content)
        for a, b in quotation.content
    )


def _act_inside(inner: Attribution, outer: Attribution, doc: Doc) -> bool:
    """``inner`` is a second act at the end of ``outer``'s content: its cue lies inside that content and
    its own content ends it. Either a participle set off by a comma ("…, blaming soaring fuel costs") or
    the same speaker's coordinated act ("May said that the country would … and suggested that …", where
    the parser hangs the second verb on the reported clause)."""
    if inner.cue is None or inner.cue_token is None or inner.cue_token == 0:
        return False
    cue = doc[inner.cue_token]
    before = doc[cue.i - 1]
    participle = cue.tag_ == "VBG" and before.text == ","
    same_speaker = (
        inner.source is not None and outer.source is not None and inner.source.root.i == outer.source.root.i
    )
    coordinated = before.lower_ in ("and", "but") and cue.pos_ == "VERB" and same_speaker
    if not (participle or coordinated):
        return False
    start, end = min(a for a, _ in outer.content), max(b for _, b in outer.content)
    return start < inner.cue[0] < end and max(b for _, b in inner.content) >= end - 2


def _touches(x: Attribution, y: Attribution) -> bool:
    """Two attributions are one reading of the same passage: a shared cue, or more than half of either
    content lies in the other."""
    return _same_cue(x, y) or max(shared_fractions(x.content, y.content)) > 0.5


#: Dashes that set off an aside: "to ban all Muslims — 1.6 billion members of a religion — from entering".
_ASIDE_DASHES = frozenset(DASHES) - {"-"}


def _past_dash_aside(doc: Doc, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'pledged to ban all Muslims — 1.6 billion members of an entire religion — from entering the U.S.':
    content that stops at an aside set off by dashes, which the parser hung elsewhere, runs on past it
    when the sentence ends after it with a phrase and no verb of its own (the rest of the pledge)."""
    if not content:
        return content
    last = doc.char_span(content[-1][0], content[-1][1], alignment_mode="expand")
    if last is None or last.end >= len(doc) or doc[last.end].text not in _ASIDE_DASHES:
        return content
    sent = doc[last.end].sent
    close = next((t.i for t in doc[last.end + 1 : sent.end] if t.text in _ASIDE_DASHES), None)
    if close is None or close + 1 >= sent.end:
        return content
    tail = [t for t in doc[close + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if not tail or tail[0].pos_ != "ADP" or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tail):
        return content
    return [*content[:-1], (content[-1][0], tail[-1].idx + len(tail[-1].text))]


def _cue_before_content(
    text: str, cue: tuple[int, int] | None, content: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The cue up to where its content begins: a word the tags put in both ("said back-" of "said
    back-to-school spending …", the content widened to the whole phrase) is the content's."""
    if cue is None:
        return None
    inside = [a for a, _ in content if cue[0] < a < cue[1]]
    if not inside:
        return cue
    return cue[0], len(text[: min(inside)].rstrip(" -‐–"))


def _source_past_content(source: Span | None, content: list[tuple[int, int]]) -> Span | None:
    """A source the tags ran back over the quotation before it ('“It’s unanimous,” councilmember Mark
    Levine said'): who speaks starts after their words."""
    if source is None:
        return None
    ends = [b for a, b in content if a <= source.start_char < b < source.end_char]
    if not ends:
        return source
    start = next((t.i for t in source if t.idx >= max(ends) and not t.is_punct and not t.is_space), None)
    return source.doc[start : source.end] if start is not None else source


def _without_according_to_tail(text: str, atts: list[Attribution]) -> None:
    """'The president told her that it was not that simple, according to an account she gave to the
    Free Beacon': the report ends before the "according to" that relays it (which holds the whole report
    as its content); the account is not part of what the president said."""
    relays = [b for b in atts if b.cue is not None and text[b.cue[0] : b.cue[1]].lower() == "according to"]
    for a in atts:
        if a.cue is None:
            continue
        for b in relays:
            if b is a or not within([b.cue], a.content) or not within([a.cue], b.content):
                continue
            cut = len(text[: b.cue[0]].rstrip(" ,—–-"))
            end = next(y for x, y in a.content if x <= b.cue[0] < y)
            rest = subtract(text, a.content, cut, end)
            if rest:
                a.content = rest


#: Auxiliaries a cue opens with ("had been told"), which the tags may leave in the content before it.
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "be", "been", "will", "would"})


def _auxiliary_to_cue(
    text: str, cue: tuple[int, int] | None, content: list[tuple[int, int]]
) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """'the four … had been told on Monday that …', tagged with "been told" the cue and "had" content: an
    auxiliary alone right before the cue is the cue's."""
    if cue is None:
        return cue, content
    for a, b in content:
        if text[a:b].strip().lower() in _AUXILIARIES and not text[b : cue[0]].strip() and b <= cue[0]:
            return (a, cue[1]), [r for r in content if r != (a, b)]
    return cue, content


def _quoted_source_name(att: Attribution, atts: list[Attribution]) -> bool:
    """'according to "Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard" by George
    Anders': a quotation that names another reading's source (a book's title) is no one's words."""
    if att.kind != "direct":
        return False
    return any(
        ranges_overlap((other.source.start_char, other.source.end_char), part)
        # the source right after its cue, where the quotation stands: not a speaker quoted inside ('"I told
        # him,"')
        and 0 <= part[0] - other.cue[1] <= 3
        and part[0] <= other.source.start_char
        for other in atts
        if other is not att and other.source is not None and other.cue is not None
        for part in att.content
    )


@Language.factory(
    FACTORY,
    assigns=["doc.spans"],
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents", "doc.sents"],
    default_config={"outlet_aliases": {}, "tagged": True, "tag_threshold": None},
)
def make_sourcing(
    nlp: Language, name: str, outlet_aliases: dict[str, str], tagged: bool, tag_threshold: float | None
) -> SourcingComponent:
    """spaCy factory: ``nlp.add_pipe("presslens_sourcing")`` on any English pipeline with a parser and NER.

    ``tagged=False`` keeps to the rules (no encoder pass); ``tag_threshold`` is the least probability
    the tag filter (``tag_filter.py``) must give a learnt attribution, or, where no filter is shipped,
    the least mean tag probability (default: the filter's or the model card's, selected on PolNeAR dev).
    """
    return SourcingComponent(nlp, name, outlet_aliases, tagged, tag_threshold)


@hookimpl
def presslens_analyzers() -> list[Analyzer]:
    return [Analyzer(FACTORY, order=100)]
