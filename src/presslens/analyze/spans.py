"""Small helpers every lens uses to write ``doc.spans`` groups and their JSON-able records.

Why shared: each lens stores character-offset records in ``doc.spans[key].attrs["records"]`` (so they
survive ``DocBin``) and the read path turns them back into ``Reading`` layers; one definition of the record
shape keeps the lenses and ``pipeline.reading_from_doc`` in step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token


def add_span(doc: Doc, group: list[Span], start: int, end: int, label: str) -> None:
    """Append the token span covering characters ``[start, end)`` (expanded to whole tokens)."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is not None:
        group.append(span)


def flag_record(rng: Sequence[int], label: str, reason: str, confidence: float) -> dict[str, Any]:
    """The JSON-able record of a flagged span, as ``reading_from_doc`` reads it back."""
    return {"range": list(rng), "label": label, "reason": reason, "confidence": confidence}


def records(doc: Doc, key: str) -> list[dict[str, Any]]:
    """The records a lens stored on ``doc.spans[key]`` (empty when that lens did not run)."""
    return doc.spans[key].attrs.get("records", []) if key in doc.spans else []


def write_flags(doc: Doc, key: str, records: list[dict[str, Any]]) -> None:
    """Store flag records as ``doc.spans[key]`` (token spans) with the exact records in ``attrs``."""
    group: list[Span] = []
    for rec in records:
        add_span(doc, group, rec["range"][0], rec["range"][1], rec["label"])
    doc.spans[key] = group
    doc.spans[key].attrs["records"] = records


def sentence_units(doc: Doc) -> list[tuple[int, int]]:
    """The doc's sentences as character ranges without surrounding whitespace (empty ones skipped).

    These are the units of the shared encoder and of ``Reading.sentences``.
    """
    units = []
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if stripped:
            start = sent.start_char + (len(text) - len(text.lstrip()))
            units.append((start, start + len(stripped)))
    return units


def ends_line(tok: Token) -> bool:
    """A line break is in the token or right after it (a headline's last word, a transcript line's end)."""
    return "\n" in tok.text or "\n" in tok.whitespace_


def glued_hyphen(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a hyphen with no space on either side, so the tokens around it are one word the
    tokenizer cut in three ("ex-wife", "co-founder", "Moriarty-Hayes")."""
    return (
        0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
    )


def of_objects(tok: Token) -> list[Token]:
    """The objects of ``tok``'s "of" phrases ("copy of [the document]", "a share of [voters]")."""
    return [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def according_to(noun: Token) -> bool:
    """``noun`` is what "according to" cites ("according to [figures]")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according"


def is_imperative(verb: Token) -> bool:
    """A command to the reader ("Ask yourself who benefits", "Don't believe it"): a bare main verb with no
    subject, modal, "to" or subordinating marker. Used by the sourcing lens (a command is not a reporting
    cue) and the genre lens (commands to the reader are a mark of opinion writing)."""
    if verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "conj"):
        return False
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") or c.tag_ in ("MD", "TO")
        for c in verb.children
    )


def has_word_beyond(
    doc: Doc, start: int, end: int, function_pos: frozenset[str], function_tags: frozenset[str] = frozenset()
) -> bool:
    """The text ``[start, end)`` holds a word whose part of speech is not in ``function_pos`` and whose
    fine tag is not in ``function_tags`` (a range that does not map onto tokens counts as holding one:
    nothing is dropped on an alignment failure).
    Why: learnt taggers sometimes emit a run on "the", "to" or "It" alone, which says nothing."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.pos_ not in function_pos and t.tag_ not in function_tags for t in span)
