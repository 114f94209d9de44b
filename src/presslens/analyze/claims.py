"""The claims lens: check-worthy sentences, what backs each, and how certainly it is put (``presslens_claims``).

How it reads:

* **Check-worthiness** comes from the shared encoder's sentence head (fine-tuned on CLEF CheckThat! 2024
  Task 1): a calibrated P(check-worthy) for every sentence. Sentences at or above the threshold (chosen
  by cross-validation over CT24 train+dev, stored in the model card; ``threshold`` overrides) become claims.
* **Backing**, looked for inside the article only: an attribution from the sourcing lens whose content
  covers the sentence (or whose cue is in it); a cited document or data ("a Pentagon report", "census
  figures", "the study found"); a number next to such a source; a hyperlink whose anchor text lies in the
  sentence (links kept by HTML ingest, passed in ``doc.user_data["presslens.links"]``).
  ``support`` is the strongest backing found, in this order: ``attributed-named`` (a named source),
  ``evidence-cited`` (a document, data or link), ``attributed-anonymous`` (only unnamed or vague sources,
  or documents no one could look up: "studies show"),
  ``unsupported`` (the author's own factual assertion with nothing behind it in the text).
  An attribution whose source *is* a document ("the report found") counts as a document.
* **Boosted assertions**: a sentence below the threshold is a claim too when the author states it with a
  booster and in no one else's words ("it can only be interpreted as …"); its rationale says so.
* **Certainty**: hedge and booster cues (``certainty``) anywhere in the text, and per claim.

The same rules apply to every sentence, quoted or authorial, in any article.

Outputs: ``doc.spans["claims"]`` (label = support) with records in ``attrs["records"]`` and every
sentence's score in ``attrs["sentence_scores"]``; ``doc.spans["certainty_cues"]`` (hedge|booster).
"""

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from presslens.analyze import encoder
from presslens.analyze.certainty import CertaintyMatcher, Cue, certainty_level
from presslens.analyze.lexicon import DATA_NOUNS, DOCUMENT_NOUNS, VAGUE_DETERMINERS, cue_verbs
from presslens.analyze.spans import add_span, flag_record, is_imperative, records, write_flags
from presslens.hookspecs import Analyzer, hookimpl

FACTORY = "presslens_claims"
encoder.CONSUMERS.add(FACTORY)
LINKS_KEY = "presslens.links"

#: Verbs and prepositions that tie a document to the claim ("the report found", "according to data").
EVIDENCE_HEADS = frozenset(
    [
        "show",
        "find",
        "reveal",
        "indicate",
        "suggest",
        "conclude",
        "estimate",
        "state",
        "say",
        "document",
        "confirm",
        "publish",
        "release",
        "cite",
        "obtain",
        "see",
        "review",
        "accord",
        "base",
        "according",
        "from",
        "in",
        "by",
    ]
)
NUMBER_ENTS = frozenset(["CARDINAL", "PERCENT", "MONEY", "QUANTITY"])
#: Links written into plain text: Markdown ``[anchor](url)`` (the anchor is the span) or a bare URL.
TEXT_LINK = re.compile(r"\[([^\]\n]{1,300})\]\((https?://[^)\s]+)\)|(?<![(\w])(https?://[^\s)\]>\"']+)")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _phrase(tok: Token, sent: Span) -> tuple[int, int]:
    """Character range of a noun's phrase (its left modifiers), kept inside the sentence."""
    left = min(
        [t.i for t in tok.lefts if t.dep_ in {"det", "amod", "compound", "poss", "nummod", "nmod"}] + [tok.i]
    )
    left = max(left, sent.start)
    return tok.doc[left].idx, tok.idx + len(tok.text)


#: Determiners that leave a document unidentified ("some studies", "many reports", "all the polls").
DOCUMENT_VAGUE_DETERMINERS = VAGUE_DETERMINERS | {"all"}
#: Adjectives that make a document a particular one ("a leaked memo", "official figures").
SPECIFYING_ADJECTIVES = frozenset(
    [
        "leaked",
        "internal",
        "official",
        "confidential",
        "classified",
        "published",
        "annual",
        "quarterly",
        "unpublished",
        "secret",
    ]
)


def is_specific(noun: Token) -> bool:
    """Whether a document/data noun names something a reader could look up.

    "the report", "a Pentagon study", "census figures", "data from the agency" are specific; bare or
    vaguely quantified plurals ("studies show", "some reports say") are weasel sources.
    """
    if any(t.ent_type_ for t in noun.subtree):
        return True
    for child in noun.children:
        dep, word = child.dep_, child.lower_
        if dep in {"poss", "compound", "nummod", "appos", "acl", "relcl"}:
            return True
        if dep == "det" and word not in DOCUMENT_VAGUE_DETERMINERS:
            return True
        if dep == "prep" and word in {"from", "by", "of", "on"}:
            return True
        if dep == "amod" and word in SPECIFYING_ADJECTIVES:
            return True
    return False


def _evidence_nouns(sent: Span, vague: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Documents and data the sentence cites: a document/data noun governed by an evidence verb or preposition.

    A noun inside a mention the sourcing lens flagged as anonymous or vague ("social media reports") is
    not a cited document; an unspecific one ("studies show") is recorded as an anonymous document.
    """
    found = []
    for tok in sent:
        if any(a <= tok.idx < b for a, b in vague):
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"NOUN", "PROPN"} or (lemma not in DOCUMENT_NOUNS and lemma not in DATA_NOUNS):
            continue
        head = tok.head
        governed = head.lemma_.lower() in EVIDENCE_HEADS or any(
            c.lemma_.lower() in EVIDENCE_HEADS and c.dep_ in {"acl", "relcl"} for c in tok.children
        )
        if tok.dep_ in {"nsubj", "pobj", "dobj", "nsubjpass"} and governed:
            kind = "data" if lemma in DATA_NOUNS else "document"
            found.append(
                {
                    "kind": kind,
                    "range": list(_phrase(tok, sent)),
                    "detail": tok.lemma_,
                    "anonymous": not is_specific(tok),
                }
            )
    return found


def _vague_sources(
    sent: Span, vague: list[tuple[int, int]], found: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Anonymous or vague mentions that act as a source the attribution rules did not catch.

    "social media reports indicated a boycott": the flagged mention is the subject of a reporting or
    evidence verb, so the sentence rests on it.
    """
    out = []
    for a, b in vague:
        if (
            a < sent.start_char
            or b > sent.end_char
            or any(_overlap((a, b), tuple(e["range"])) for e in found)
        ):
            continue
        mention = sent.doc.char_span(a, b, alignment_mode="expand")
        if mention is None:
            continue
        root = mention.root
        verb = root.head
        is_cue = verb.lemma_.lower() in EVIDENCE_HEADS or verb.lemma_.lower() in cue_verbs()
        if root.dep_ in {"nsubj", "nsubjpass", "pobj"} and is_cue:
            out.append(
                {
                    "kind": "attribution",
                    "range": [a, b],
                    "detail": "anonymous or vague source",
                    "anonymous": True,
                }
            )
    return out


def _numbers(sent: Span, backing: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Numbers that travel with a source in the sentence ("3.5 percent, the secretary said").

    A number inside a source mention ("two officials") is not data. The number is as anonymous as what
    backs it: only anonymous attributions leave it anonymous, a document or a named source does not.
    """
    if not backing:
        return []
    anonymous = all(b["anonymous"] for b in backing)
    taken = [b["range"] for b in backing]
    return [
        {"kind": "data", "range": [e.start_char, e.end_char], "detail": e.label_, "anonymous": anonymous}
        for e in sent.ents
        if e.label_ in NUMBER_ENTS and not any(_overlap((e.start_char, e.end_char), tuple(r)) for r in taken)
    ]


def text_links(text: str) -> list[dict[str, Any]]:
    """Links written into the text itself (Markdown or bare URLs), in the shape HTML ingest gives links."""
    links = []
    for m in TEXT_LINK.finditer(text):
        if m.group(1) is not None:
            links.append({"start": m.start(1), "end": m.end(1), "href": m.group(2)})
        else:
            links.append({"start": m.start(3), "end": m.end(3), "href": m.group(3).rstrip(".,;:")})
    return links


@dataclass(frozen=True)
class _Context:
    """What the article offers as backing, gathered once per doc."""

    quotes: list[dict[str, Any]]
    links: list[dict[str, Any]]
    vague: list[tuple[int, int]]


class ClaimsComponent:
    """Scores sentences, links claims to their backing and marks certainty cues; see the module docstring."""

    def __init__(self, nlp: Language, name: str, threshold: float | None = None) -> None:
        self.nlp = nlp
        self.name = name
        self.threshold = threshold
        self.certainty = CertaintyMatcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        out = encoder.doc_output(doc)
        threshold = self.threshold
        if threshold is None:
            threshold = float(encoder.load_encoder().card["thresholds"]["checkworthy"])
        cues = self.certainty(doc)
        write_flags(
            doc,
            "certainty_cues",
            [flag_record((c.start, c.end), c.label, f"{c.kind or c.label}: “{c.phrase}”", 0.9) for c in cues],
        )
        quotes = records(doc, "quotes")
        vague = [tuple(f["range"]) for f in records(doc, "anonymous_sources")]
        context = _Context(quotes, [*doc.user_data.get(LINKS_KEY, []), *text_links(doc.text)], vague)
        scores, found, group = [], [], []
        for i, (start, end) in enumerate(out.units):
            score = out.checkworthy.get(i, 0.0)
            scores.append([start, end, round(score, 4)])
            sent = doc.char_span(start, end, alignment_mode="expand")
            if sent is None:
                continue
            boosted = score < threshold and self._boosted_assertion(sent, (start, end), quotes, cues)
            if score < threshold and not boosted:
                continue
            rec = self._claim(sent, (start, end), score, context, cues)
            if boosted:
                rec["rationale"] = "boosted assertion in the author's voice; " + rec["rationale"]
            found.append(rec)
            add_span(doc, group, start, end, rec["support"])
        doc.spans["claims"] = group
        doc.spans["claims"].attrs["records"] = found
        doc.spans["claims"].attrs["sentence_scores"] = scores
        encoder.release(doc, self.nlp, self.name)
        return doc

    def _claim(
        self,
        sent: Span,
        rng: tuple[int, int],
        score: float,
        context: "_Context",
        cues: list[Cue],
    ) -> dict[str, Any]:
        evidence, said = self._attributions(sent, rng, context.quotes)
        evidence += _vague_sources(sent, context.vague, evidence)
        taken = {tuple(e["range"]) for e in evidence}
        # a document inside what a backing source said is that source's word, not one the author cites
        # ("officials said the decision was driven by complaints from pensioners")
        evidence += [
            d
            for d in _evidence_nouns(sent, context.vague)
            if tuple(d["range"]) not in taken and not any(a <= d["range"][0] < b for a, b in said)
        ]
        evidence += _numbers(sent, evidence)
        evidence += [
            {
                "kind": "link",
                "range": [lk["start"], lk["end"]],
                "detail": lk.get("href", ""),
                "anonymous": False,
            }
            for lk in context.links
            if _overlap((lk["start"], lk["end"]), rng) > 0
        ]
        kinds = {(e["kind"], e["anonymous"]) for e in evidence}
        if ("attribution", False) in kinds:
            support = "attributed-named"
        elif kinds & {("document", False), ("data", False), ("link", False)}:
            support = "evidence-cited"
        elif any(anonymous for _, anonymous in kinds):  # unnamed people or unidentified documents
            support = "attributed-anonymous"
        else:
            support = "unsupported"
        inside = [c for c in cues if c.start >= rng[0] and c.end <= rng[1]]
        hedges = [[c.start, c.end] for c in inside if c.label == "hedge"]
        boosters = [[c.start, c.end] for c in inside if c.label == "booster"]
        level = certainty_level(len(hedges), len(boosters))
        return {
            "range": list(rng),
            "checkworthy": round(score, 4),
            "support": support,
            "evidence": evidence,
            "hedges": hedges,
            "boosters": boosters,
            "certainty": level,
            "rationale": _rationale(score, support, evidence, inside),
        }

    @staticmethod
    def _boosted_assertion(
        sent: Span, rng: tuple[int, int], quotes: list[dict[str, Any]], cues: list[Cue]
    ) -> bool:
        """A statement the author makes with a booster ("it can only be interpreted as", "clearly"),
        in no one else's words: a claim whatever the check-worthiness model says.

        Why: the model learnt check-worthiness from debate transcripts, where a checkable claim carries a
        number or a named actor; an opinion writer's central assertions ("The collapse was clearly no
        accident") score low there, yet they are exactly what a reader needs to see is unbacked. The
        booster is the writer's own signal that the sentence is meant as settled fact. Questions, commands
        and one-line exclamations are not assertions.
        """
        doc = sent.doc
        boosters = [
            doc.char_span(c.start, c.end, alignment_mode="expand")
            for c in cues
            if c.label == "booster" and c.start >= rng[0] and c.end <= rng[1]
        ]
        # "the burden … to prove its innocence": a verb booster in an infinitive asserts nothing itself
        if not any(b is not None and not _infinitive(b) for b in boosters):
            return False
        words = [t for t in sent if t.is_alpha]
        if len(words) < 6 or sent.text.rstrip().endswith("?") or sent[0].lower_ == "let":
            return False
        if is_imperative(sent.root):
            return False
        reported = sum(_covered(q, rng) for q in quotes)
        return 2 * reported < rng[1] - rng[0]  # mostly the author's own words

    def _attributions(
        self, sent: Span, rng: tuple[int, int], quotes: list[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
        """Attributions backing the sentence: their content covers most of it, or their cue sits in it and
        the attribution (source, cue and content) makes up most of it. A report in a side clause ("…, and
        it can only be a cover-up when the ministry refuses to release its logs") backs only that clause,
        not the author's assertion around it. Returns their evidence records and their content ranges
        (what their sources said)."""
        found = []
        said: list[tuple[int, int]] = []
        length = rng[1] - rng[0]
        for n, q in enumerate(quotes):
            covered = _covered(q, rng)
            cue_in = q["cue"] is not None and _overlap(tuple(q["cue"]), rng) > 0
            # the frame: source to cue, with what is between ("The report, released in March, found")
            ends = [x for part in (q["cue"], q["source"]) if part is not None for x in part]
            frame = _overlap((min(ends), max(ends)), rng) if ends else 0
            if not (2 * covered >= length or (cue_in and covered > 0 and 2 * (covered + frame) >= length)):
                continue
            if not _vouches(sent.doc, q):
                continue
            source = q["source"] or q["cue"]
            # a group ("aid agencies", "environmental campaigners") is no named source, vague or not
            kind, anonymous = "attribution", bool(q["anonymous"]) or q["speaker_type"] == "group"
            if q["source"] is not None and not anonymous:  # "social media reports" stays a vague source
                src = sent.doc.char_span(*q["source"], alignment_mode="expand")
                words = {src.root.lemma_.lower(), src.root.lower_} if src is not None else set()
                if words & (DOCUMENT_NOUNS | DATA_NOUNS):
                    kind = "data" if words & DATA_NOUNS else "document"
                    anonymous = not is_specific(src.root)
            found.append(
                {
                    "kind": kind,
                    "range": list(source) if source else list(rng),
                    "detail": f"q{n + 1}",
                    "anonymous": anonymous,
                }
            )
            said += [(a, b) for a, b in q["content"]]
        return found, said


def _vouches(doc: Doc, quote: dict[str, Any]) -> bool:
    """The attribution puts someone behind its content: its cue reports speech, thought or a finding
    (a lexicon cue, a speech noun, "according to", a colon or dash), and it is not negated.

    Why: the sourcing lens also reports acts and refusals (PolNeAR's broad attribution: "the council
    approved the sale …", "the council has never explained why …"). Those say who did what, but nobody
    in them vouches for the words around them, so an author's "for a fraction of its value" stays the
    author's unsupported claim.
    """
    if quote["cue"] is None:
        return True  # a signed or transcript quotation: the speaker is named by the layout
    cue = doc.char_span(*quote["cue"], alignment_mode="expand")
    if cue is None:
        return True
    root = cue.root
    if any(t.dep_ == "neg" or t.lower_ == "never" for t in cue) or any(
        c.dep_ == "neg" for c in root.children
    ):
        return False
    return root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in cue_verbs()


def _covered(quote: dict[str, Any], rng: tuple[int, int]) -> int:
    """Characters of ``rng`` inside the attribution's content."""
    return sum(_overlap((a, b), rng) for a, b in quote["content"])


def _infinitive(span: Span) -> bool:
    """A one-word verb cue under "to" ("to prove its innocence")."""
    return len(span) == 1 and span[0].tag_ == "VB" and any(c.tag_ == "TO" for c in span[0].children)


def _rationale(score: float, support: str, evidence: list[dict[str, Any]], cues: list[Cue]) -> str:
    parts = [f"check-worthy {score:.2f}"]
    if support == "unsupported":
        parts.append("no attribution, cited document, sourced data or link in the sentence")
    else:
        kinds = sorted({e["kind"] + (" (anonymous)" if e["anonymous"] else "") for e in evidence})
        parts.append("backed by " + ", ".join(kinds))
    boosters = [c.phrase for c in cues if c.label == "booster"]
    hedges = [c.phrase for c in cues if c.label == "hedge"]
    if boosters:
        parts.append("boosted by " + ", ".join(f"“{b}”" for b in boosters))
    if hedges:
        parts.append("hedged by " + ", ".join(f"“{h}”" for h in hedges))
    return "; ".join(parts)


@Language.factory(
    FACTORY,
    assigns=["doc.spans"],
    requires=["doc.sents", "token.lemma", "token.dep", "doc.ents"],
    default_config={"threshold": None},
)
def make_claims(nlp: Language, name: str, threshold: float | None) -> ClaimsComponent:
    """spaCy factory: ``nlp.add_pipe("presslens_claims")`` after ``presslens_sourcing`` (it reads the quotes)."""
    return ClaimsComponent(nlp, name, threshold)


@hookimpl
def presslens_analyzers() -> list[Analyzer]:
    return [Analyzer(FACTORY, order=200)]
