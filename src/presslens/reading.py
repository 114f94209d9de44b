"""The ``Reading``: the serializable result of reading one article, with standoff character offsets.

Why standoff: every label presslens shows must point back at the source text. Spans are ``{start, end,
text}`` in Unicode characters of ``Reading.text`` (Python ``str`` indices, end exclusive), so any
consumer can re-find the evidence, and ``from_json`` verifies that each span's text matches.
The JSON schema is documented in ``docs/schema.md``; bump ``SCHEMA_VERSION`` on any change to it.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from presslens.errors import E, PresslensError

SCHEMA_NAME = "presslens.reading"
SCHEMA_VERSION = "1.2"
QUOTE_KINDS = ("direct", "indirect", "mixed")
SPEAKER_TYPES = ("person", "organisation", "outlet", "document", "group", "anonymous", "unknown")
SUPPORT_LABELS = ("attributed-named", "attributed-anonymous", "evidence-cited", "unsupported")
EVIDENCE_KINDS = ("attribution", "document", "data", "link")
CERTAINTY_LEVELS = ("hedged", "neutral", "boosted", "mixed")
GENRES = ("opinion", "news")


@dataclass(frozen=True)
class Span:
    """A stretch of ``Reading.text``: ``text == reading.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Build a span from offsets into ``text`` (the text is copied, so it always matches)."""
        return cls(start, end, text[start:end])


def _span_or_none(data: dict[str, Any] | None) -> Span | None:
    return Span.from_dict(data) if data else None


def _dict_or_none(span: Span | None) -> dict[str, Any] | None:
    return span.to_dict() if span else None


@dataclass
class Relay:
    """One link of an attribution chain: a speaker who relays what someone else said."""

    speaker: str | None
    speaker_type: str
    source: Span | None
    cue: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_type": self.speaker_type,
            "source": _dict_or_none(self.source),
            "cue": _dict_or_none(self.cue),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relay:
        return cls(
            data.get("speaker"),
            data["speaker_type"],
            _span_or_none(data.get("source")),
            _span_or_none(data.get("cue")),
        )


@dataclass
class Quote:
    """One attribution: content attributed to a source by a cue.

    ``source``/``speaker`` are the ultimate origin of the content; ``via`` lists the relaying speakers,
    outermost (the one this article cites) first: "the Post reported, citing unnamed officials" gives
    speaker "unnamed officials", via ["The Washington Post"].
    """

    kind: str
    content: list[Span]
    cue: Span | None
    source: Span | None
    speaker: str | None
    speaker_type: str
    anonymous: bool
    confidence: float
    via: list[Relay] = field(default_factory=list)
    rationale: str = ""
    id: str = ""

    @property
    def start(self) -> int:
        """First character of the attribution's content."""
        return min(s.start for s in self.content)

    @property
    def end(self) -> int:
        """One past the last character of the attribution's content."""
        return max(s.end for s in self.content)

    @property
    def surface_source(self) -> Span | None:
        """The source as written next to the cue: the outermost relay if there is a chain."""
        if self.via and self.via[0].source is not None:
            return self.via[0].source
        return self.source

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "content": [s.to_dict() for s in self.content],
            "cue": _dict_or_none(self.cue),
            "source": _dict_or_none(self.source),
            "speaker": self.speaker,
            "speaker_type": self.speaker_type,
            "anonymous": self.anonymous,
            "via": [r.to_dict() for r in self.via],
            "confidence": round(self.confidence, 3),
            "rationale": self.rationale,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            kind=data["kind"],
            content=[Span.from_dict(s) for s in data["content"]],
            cue=_span_or_none(data.get("cue")),
            source=_span_or_none(data.get("source")),
            speaker=data.get("speaker"),
            speaker_type=data["speaker_type"],
            anonymous=bool(data["anonymous"]),
            confidence=float(data["confidence"]),
            via=[Relay.from_dict(r) for r in data.get("via", [])],
            rationale=data.get("rationale", ""),
            id=data.get("id", ""),
        )


@dataclass
class Flag:
    """A labelled span that is not an attribution: an anonymous source, a scare quote."""

    span: Span
    label: str
    reason: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "label": self.label,
            "reason": self.reason,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Flag:
        return cls(Span.from_dict(data), data["label"], data["reason"], float(data["confidence"]))


@dataclass
class Evidence:
    """What backs a claim inside the article: an attribution, a cited document, sourced data or a link."""

    kind: str
    span: Span
    detail: str = ""  # quote id, document cue, or link target
    anonymous: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.span.to_dict(), "detail": self.detail, "anonymous": self.anonymous}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(
            data["kind"], Span.from_dict(data), data.get("detail", ""), bool(data.get("anonymous", False))
        )


@dataclass
class Claim:
    """A check-worthy sentence, what backs it (``support`` + ``evidence``) and how certainly it is put.

    ``support`` is ``attributed-named``, ``attributed-anonymous``, ``evidence-cited`` or ``unsupported``
    (an authorial factual assertion with nothing backing it in the article). ``certainty`` is ``hedged``,
    ``boosted``, ``mixed`` or ``neutral`` from the ``hedges``/``boosters`` cue spans inside the sentence.
    """

    span: Span
    checkworthy: float
    support: str
    evidence: list[Evidence] = field(default_factory=list)
    hedges: list[Span] = field(default_factory=list)
    boosters: list[Span] = field(default_factory=list)
    certainty: str = "neutral"
    rationale: str = ""
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            **self.span.to_dict(),
            "checkworthy": round(self.checkworthy, 3),
            "support": self.support,
            "evidence": [e.to_dict() for e in self.evidence],
            "hedges": [h.to_dict() for h in self.hedges],
            "boosters": [b.to_dict() for b in self.boosters],
            "certainty": self.certainty,
            "rationale": self.rationale,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(
            span=Span.from_dict(data),
            checkworthy=float(data["checkworthy"]),
            support=data["support"],
            evidence=[Evidence.from_dict(e) for e in data.get("evidence", [])],
            hedges=[Span.from_dict(h) for h in data.get("hedges", [])],
            boosters=[Span.from_dict(b) for b in data.get("boosters", [])],
            certainty=data.get("certainty", "neutral"),
            rationale=data.get("rationale", ""),
            id=data.get("id", ""),
        )


@dataclass
class GenreReason:
    """One signal behind the genre call: a feature's value, its weight in the score, and example spans."""

    feature: str
    value: float
    weight: float
    note: str
    examples: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "feature": self.feature,
            "value": round(self.value, 4),
            "weight": round(self.weight, 3),
            "note": self.note,
            "examples": [e.to_dict() for e in self.examples],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GenreReason:
        return cls(
            data["feature"],
            float(data["value"]),
            float(data["weight"]),
            data.get("note", ""),
            [Span.from_dict(e) for e in data.get("examples", [])],
        )


@dataclass
class Genre:
    """Opinion/analysis vs news reporting for the whole article, with the reasons that decided it."""

    label: str
    confidence: float
    reasons: list[GenreReason] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "confidence": round(self.confidence, 3),
            "reasons": [r.to_dict() for r in self.reasons],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Genre:
        return cls(
            data["label"],
            float(data["confidence"]),
            [GenreReason.from_dict(r) for r in data.get("reasons", [])],
        )


@dataclass
class Reading:
    """Everything presslens found in one article. Build with ``presslens.read``; persist with ``to_json``."""

    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    anonymous_sources: list[Flag] = field(default_factory=list)
    scare_quotes: list[Flag] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    #: P(check-worthy) per entry of ``sentences`` (empty when the claims lens did not run).
    checkworthiness: list[float] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    #: Hedge and booster cue spans anywhere in the text (label ``hedge`` or ``booster``).
    certainty_cues: list[Flag] = field(default_factory=list)
    #: Propaganda technique spans: ``label`` is the SemEval-2020 technique, ``reason`` its definition.
    techniques: list[Flag] = field(default_factory=list)
    genre: Genre | None = None

    @property
    def sha256(self) -> str:
        """Hash of ``text`` so a stored reading can be matched to its article."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def sources(self) -> list[dict[str, Any]]:
        """Speakers with quote counts, most quoted first: the article's source mix."""
        counts: Counter[tuple[str, str]] = Counter()
        for q in self.quotes:
            counts[(q.speaker or "(unresolved)", q.speaker_type)] += 1
        return [
            {"speaker": name, "speaker_type": kind, "quotes": n} for (name, kind), n in counts.most_common()
        ]

    def summary(self) -> dict[str, Any]:
        """Counts and shares a media researcher compares across articles.

        A sentence counts as attributed when any attribution's content, cue or source overlaps it; the
        rest is the author's own voice.
        """
        covered: list[tuple[int, int]] = []
        for q in self.quotes:
            covered.extend((s.start, s.end) for s in q.content)
            covered.extend((s.start, s.end) for s in (q.cue, q.source) if s)
        attributed = sum(1 for (s0, s1) in self.sentences if any(a < s1 and b > s0 for a, b in covered))
        n_sent = len(self.sentences)
        n_quotes = len(self.quotes)
        n_anon = sum(1 for q in self.quotes if q.anonymous)
        return {
            "sentences": n_sent,
            "attributed_sentences": attributed,
            "attributed_share": round(attributed / n_sent, 3) if n_sent else 0.0,
            "authorial_share": round(1 - attributed / n_sent, 3) if n_sent else 0.0,
            "quotes": n_quotes,
            "quotes_by_kind": {k: sum(1 for q in self.quotes if q.kind == k) for k in QUOTE_KINDS},
            "quotes_by_speaker_type": dict(Counter(q.speaker_type for q in self.quotes)),
            "anonymous_quotes": n_anon,
            "anonymous_share": round(n_anon / n_quotes, 3) if n_quotes else 0.0,
            "anonymous_sources": len(self.anonymous_sources),
            "scare_quotes": len(self.scare_quotes),
            "claims": len(self.claims),
            "claims_by_support": {k: sum(1 for c in self.claims if c.support == k) for k in SUPPORT_LABELS},
            "hedges": sum(1 for f in self.certainty_cues if f.label == "hedge"),
            "boosters": sum(1 for f in self.certainty_cues if f.label == "booster"),
            "techniques": dict(Counter(t.label for t in self.techniques).most_common()),
            "genre": self.genre.label if self.genre else None,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_NAME,
            "version": SCHEMA_VERSION,
            "sha256": self.sha256,
            "meta": self.meta,
            "text": self.text,
            "sentences": [list(s) for s in self.sentences],
            "quotes": [q.to_dict() for q in self.quotes],
            "anonymous_sources": [f.to_dict() for f in self.anonymous_sources],
            "scare_quotes": [f.to_dict() for f in self.scare_quotes],
            "checkworthiness": [round(x, 4) for x in self.checkworthiness],
            "claims": [c.to_dict() for c in self.claims],
            "certainty_cues": [f.to_dict() for f in self.certainty_cues],
            "techniques": [f.to_dict() for f in self.techniques],
            "genre": self.genre.to_dict() if self.genre else None,
            "sources": self.sources,
            "summary": self.summary(),
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reading:
        if not isinstance(data, dict) or data.get("schema") != SCHEMA_NAME:
            raise PresslensError(E.BAD_JSON, "missing 'schema': 'presslens.reading'")
        major = str(data.get("version", "")).split(".")[0]
        if major != SCHEMA_VERSION.split(".")[0]:
            raise PresslensError(E.BAD_SCHEMA_VERSION, f"{data.get('version')!r}, expected {SCHEMA_VERSION}")
        try:
            reading = cls(
                text=data["text"],
                meta=dict(data.get("meta", {})),
                quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
                anonymous_sources=[Flag.from_dict(f) for f in data.get("anonymous_sources", [])],
                scare_quotes=[Flag.from_dict(f) for f in data.get("scare_quotes", [])],
                sentences=[(int(a), int(b)) for a, b in data.get("sentences", [])],
                checkworthiness=[float(x) for x in data.get("checkworthiness", [])],
                claims=[Claim.from_dict(c) for c in data.get("claims", [])],
                certainty_cues=[Flag.from_dict(f) for f in data.get("certainty_cues", [])],
                techniques=[Flag.from_dict(f) for f in data.get("techniques", [])],
                genre=Genre.from_dict(data["genre"]) if data.get("genre") else None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise PresslensError(E.BAD_JSON, f"malformed field: {exc}") from exc
        if data.get("sha256") not in (None, reading.sha256):
            raise PresslensError(E.BAD_JSON, "sha256 does not match the text")
        reading.check_spans()
        return reading

    @classmethod
    def from_json(cls, raw: str) -> Reading:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise PresslensError(E.BAD_JSON, str(exc)) from exc
        return cls.from_dict(data)

    def all_spans(self) -> list[Span]:
        """Every span in every layer (used to verify offsets)."""
        spans: list[Span] = []
        for q in self.quotes:
            spans.extend(q.content)
            spans.extend(s for s in (q.cue, q.source) if s)
            spans.extend(s for r in q.via for s in (r.source, r.cue) if s)
        spans.extend(
            f.span for f in self.anonymous_sources + self.scare_quotes + self.certainty_cues + self.techniques
        )
        for c in self.claims:
            spans.append(c.span)
            spans.extend(e.span for e in c.evidence)
            spans.extend(c.hedges + c.boosters)
        if self.genre:
            spans.extend(e for r in self.genre.reasons for e in r.examples)
        return spans

    def check_spans(self) -> None:
        """Raise when a span's text is not the text at its offsets (a corrupted or edited reading)."""
        for span in self.all_spans():
            if self.text[span.start : span.end] != span.text:
                raise PresslensError(
                    E.BAD_JSON, f"span {span.start}-{span.end} does not match the text ({span.text!r})"
                )
