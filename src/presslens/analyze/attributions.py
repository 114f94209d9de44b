"""One attribution as the sourcing rules build it, the arithmetic on its character ranges, and the last
passes over all of an article's attributions.

Why a module of its own: every rule of ``sourcing.py`` produces the same record (a rule name, a cue, the
content's character ranges, a source span, relays) and trims it with the same range arithmetic; and after
the rules and the tags have had their say, a few passes look at all the records together — a quotation
that continues an earlier speaker's, duplicates, speech acts nested in a quotation, acts coordinated in
one clause. Those live here, so that ``sourcing.py`` holds the rules themselves.
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from presslens.analyze.lexicon import SPEECH_VERBS, dateline_end
from presslens.analyze.quotemarks import QuoteSegment
from presslens.analyze.spans import has_word_beyond
from presslens.analyze.subjects import animate, cue_range, doc_text, is_cue_verb

#: Confidence of each rule: the precision of the attributions it contributes to the final reading,
#: measured on PolNeAR train (``benchmarks/attribution.py --split train --by-rule``, 2026-11-26, after
#: the attribution tags replaced or refined what they could); a reader sees it next to each attribution.
#: It also orders ``dedupe``: of two readings of one passage, the surer rule's is kept.
RULE_CONFIDENCE: dict[str, float] = {
    "verb+clause": 0.52,
    "verb+quote": 0.95,
    "parenthetical": 0.26,
    "according-to": 0.93,
    "verb+object": 0.38,
    "passive": 0.25,
    "nominal": 0.71,
    "quoted-as": 0.8,  # one prediction on train: a prior, not a measurement
    "colon": 0.89,
    "speaker-line": 0.89,  # the colon frame's figure: no transcript in PolNeAR to measure it on
    "hearing-headline": 0.8,  # a prior, as the court reports' 'heard' frame: PolNeAR has no such headline
    "dash": 0.6,  # five predictions on train (dev: 16 of 17 right)
    "next-sentence": 0.95,  # 46 of 46 on train, capped: no rule is certain
    "unattributed": 0.43,
    "headline-echo": 0.8,  # a prior: PolNeAR's texts have no headline quoting the body
    "coordinated": 0.8,
    "relay-aside": 0.8,  # a prior: the verb+clause frame's relays, where the parse lost the frame
    "gapped": 0.8,  # a prior, as "coordinated": PolNeAR dev has no semicolon-gapped report
    "hearsay-adverb": 0.65,  # a prior: "reportedly" cues 19 of its 29 uses in PolNeAR train
}


_PUNCT_TRIM = set(",;:—–-()[]") | {"--"}


_CLAUSE_DEPS = ("ccomp", "xcomp")


# Speech verbs that open an inverted speaker line ('Said Ellis: "…"', 'Added the mayor: "…"').
INVERTED_CUES = frozenset({"said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "replied"})


@dataclass
class Attribution:
    """Token-level attribution under construction."""

    rule: str
    cue: tuple[int, int] | None  # char offsets
    content: list[tuple[int, int]]  # char offsets
    source: Span | None
    antecedent: Span | None = None
    # relaying sources, outermost first; None for an agentless passive ("is said to have told")
    relays: list[tuple[Span | None, tuple[int, int] | None]] = field(default_factory=list)
    kind: str = "indirect"
    passive: bool = False
    cue_token: int | None = None
    confidence: float | None = None  # set by learnt rules; else RULE_CONFIDENCE[rule]
    # why no one is named when ``passive``: an agentless passive, or evidence a court heard
    unnamed_reason: str = ""

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


def tokens_in(doc: Doc, ranges: Iterable[tuple[int, int]]) -> list[Token]:
    """The tokens of char ranges, each range widened to whole tokens: the inverse of ``token_runs``."""
    return [t for a, b in ranges for t in doc.char_span(a, b, alignment_mode="expand") or ()]


def token_runs(tokens: Iterable[Token]) -> list[tuple[int, int]]:
    """Char ranges of contiguous token runs, with leading/trailing punctuation trimmed."""
    ordered = sorted(tokens, key=lambda t: t.i)
    runs: list[list[Token]] = []
    for tok in ordered:
        if runs and tok.i == runs[-1][-1].i + 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    out: list[tuple[int, int]] = []
    for run in runs:
        while run and (run[0].is_space or run[0].text in _PUNCT_TRIM or run[0].text in ",."):
            run = run[1:]
        while run and (run[-1].is_space or run[-1].text in _PUNCT_TRIM or run[-1].text in ",.;:"):
            run = run[:-1]
        if run and any(t.is_alpha or t.is_digit for t in run):
            out.append((run[0].idx, run[-1].idx + len(run[-1].text)))
    return out


def end_char(tok: Token) -> int:
    return tok.idx + len(tok.text)


def subtract(text: str, content: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """Content ranges minus [lo, hi) ('citing X' is the chain, not what was said), re-trimmed."""
    out: list[tuple[int, int]] = []
    for start, end in content:
        for a, b in ((start, min(end, lo)), (max(start, hi), end)):
            a, b = trim_text(text, a, b)
            if a < b:
                out.append((a, b))
    return out or content


def trim_text(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
        b -= 1
    return a, b


#: Word classes that say nothing reported on their own (a pronoun does: "Clinton denied it").
_EMPTY_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE"})


_WH_TAGS = frozenset({"WP", "WDT", "WRB"})


def says_something(doc: Doc, content: list[tuple[int, int]]) -> bool:
    """Content with a word that can say something: a tagged run on "the" or "to" alone, or on the "What"
    of a pseudo-cleft ("What they don't say is …"), is tagging noise; so is a pronoun pointing back at
    what was said before ("The study does say that.")."""
    words = [t for t in tokens_in(doc, content) if not (t.is_punct or t.is_space)]
    if words and all(t.lower_ in _POINTING_BACK and t.pos_ == "PRON" for t in words):
        return False
    return any(has_word_beyond(doc, a, b, _EMPTY_POS, _WH_TAGS) for a, b in content)


#: Pronouns that stand for what someone said before rather than say it.
_POINTING_BACK = frozenset({"that", "this"})  # not "it": PolNeAR keys "as a memo put it", "is against it"


def merged_ranges(content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Content ranges in order with overlapping ones joined: several readings of one passage (a tagged
    content and the quotation it ends in) must not show its words twice."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(content):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def without_dateline(text: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'KYIV, Ukraine (AP) — Russian forces struck …, officials said': the dateline is the wire's, not
    the officials' words."""
    out = []
    for a, b in content:
        end = dateline_end(text, a)
        out.append((end if end is not None and end < b else a, b))
    return out


def without_dangling_conjunction(text: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'the bill was unfair and' (the next conjunct is another speech act): drop the hanging 'and'."""
    out = []
    for a, b in content:
        found = re.search(r"[\s,;]+(?:and|or|but)$", text[a:b])
        out.append((a, a + found.start()) if found and found.start() > 0 else (a, b))
    return out


def within(ranges: Iterable[tuple[int, int]], content: list[tuple[int, int]]) -> bool:
    """Every range lies inside one range of ``content`` (a cue or words inside what is reported)."""
    return all(any(a <= x and y <= b for a, b in content) for x, y in ranges)


def ranges_overlap(x: tuple[int, int] | None, y: tuple[int, int] | None) -> bool:
    return x is not None and y is not None and x[0] < y[1] and y[0] < x[1]


def shared_fractions(x: list[tuple[int, int]], y: list[tuple[int, int]]) -> tuple[float, float]:
    """The share of ``x``'s characters that lie in ``y``, and of ``y``'s in ``x`` (0 when either is empty)."""
    common = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in x for s2, e2 in y)
    size = sum(e - s for s, e in x)
    other = sum(e - s for s, e in y)
    return (common / size, common / other) if size and other else (0.0, 0.0)


def _past_read_as_participle(verb: Token, cue: Token) -> bool:
    """'said he first heard gunfire … and suspected immediately that …' with "suspected" tagged a
    participle: a bare participle joined to a past verb with no auxiliary it could share is a past tense."""
    return (
        cue.tag_ == "VBD"
        and verb.tag_ == "VBN"
        and verb.head.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "auxpass") for c in (*verb.children, *verb.head.children))
    )


def split_coordinated(doc: Doc, att: Attribution) -> list[Attribution]:
    """'China said it was opposed to the test and warned North Korea to refrain …': a cue verb coordinated
    with the attribution's own cue, inside its content, is a speech act of its own.

    Why: a reading of the whole sentence puts the second act's words under the first cue (the tags read
    "said … and warned …" as one content); PolNeAR, and a reader asking who said what, count two acts
    by the same speaker. The content is cut before the second conjunct, which becomes an attribution of
    the same source with the second verb's complements as content. A conjunct with a subject of its own
    ("Republicans said … and Democrats accused …") is left alone. Returns the new attributions; ``att``
    is cut in place.
    """
    if att.cue_token is None or att.source is None:
        return []
    text = doc_text(doc)
    cue = doc[att.cue_token]
    _cut_before_own_deed(doc, att, cue)
    inside = [v for v in cue.conjuncts if v.i > cue.i]
    for clause in (c for c in cue.children if c.dep_ in _CLAUSE_DEPS):
        # the parser coordinates the second act inside the reported clause ('said it was opposed … and
        # warned …'); it is the speaker's own act when the clause's subject is the speaker again (a
        # pronoun) or cannot act ('said the bill was unfair and promised …'), not 'said Jones lied and …'
        subj = next((c for c in clause.children if c.dep_.startswith("nsubj")), None)
        acts = subj is None or subj.pos_ == "PRON" or not animate(subj)
        inside += [
            v
            for v in clause.conjuncts
            if v.i > clause.i
            and (v.tag_ == cue.tag_ or _past_read_as_participle(v, cue))
            and not any(c.dep_ == "aux" for c in v.children)
            # a call to act is the speaker's, whoever the clause is about ('said players had been "left in
            # the dark" and called on the league to …')
            and (acts or v.lemma_.lower() in _CALLS_TO_ACT)
        ]  # in the reporting verb's tense: 'says it would depress … but would add …' is content
    inside = [
        v
        for v in inside
        if v.pos_ == "VERB" and is_cue_verb(v) and any(a <= v.idx < b for a, b in att.content)
    ]
    found: list[Attribution] = []
    for verb in inside:
        if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") or c.tag_ == "MD" for c in verb.children):
            continue  # "… and was accused of …", "… but many corporations have found …", "would add"
        if any(t.dep_ == "cc" and t.lower_ in ("or", "nor") for t in doc[cue.i : verb.i]):
            continue  # "declined to threaten Moscow or declare it responsible": alternatives, one act
        before = verb.i - 1
        while (
            before > cue.i
            and doc[before].dep_ in ("cc", "aux", "neg")
            and doc[before].head.i in (verb.i, verb.head.i)
        ):
            before -= 1
        if doc[before].tag_ == "``":
            # 'said she had found him online and "thought he was legit"', 'recounted how she had swum a
            # final with a broken toe "and didn't tell me …"': her own words, quoted
            continue
        if (
            _perfect(verb)
            and not _perfect(cue)
            and any(c.dep_ == "ccomp" and (_perfect(c) or c.lower_ == "had") for c in cue.children)
        ):
            continue  # 'told the Ledger he had "no axe to grind" and had written …': the report's own tense
        if verb.lemma_.lower() in _FINDING and not any(
            c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in verb.children
        ):
            continue  # 'told the court she arrived at 2.14am and found him conscious': what she saw, not said
        skip = {
            t.i
            for c in verb.children
            if c.dep_ in ("conj", "cc") or c.dep_.startswith("nsubj")
            for t in c.subtree
        }
        cue_end = cue_range(verb)[1]
        words = [t for t in verb.subtree if t.idx >= cue_end and t.i not in skip]
        content = token_runs(words)
        if not content or not says_something(doc, content):
            continue
        # the quotation's closing mark, which the parser may hang on the first verb, goes with the second
        right = end_char(verb.right_edge)
        while right < len(text) and text[right] in "\"”’'":
            right += 1
        rest = _before_conjunct(doc, att.content, cue, verb.left_edge.i, right)
        if rest == att.content or not says_something(doc, rest):
            continue
        found.append(
            Attribution(
                "coordinated",
                cue_range(verb),
                content,
                att.source,
                att.antecedent,
                relays=list(att.relays),
                cue_token=verb.i,
            )
        )
        att.content = rest
    return found


def _before_conjunct(
    doc: Doc, content: list[tuple[int, int]], cue: Token, left: int, right: int
) -> list[tuple[int, int]]:
    """``content`` without a conjunct from token ``left`` to char ``right``: the ", and" before it belongs
    to neither part, and no stray mark ('.”') is left behind as a range of its own."""
    while left - 1 > cue.i and doc[left - 1].dep_ in ("cc", "punct"):
        left -= 1
    text = doc_text(doc)
    rest = subtract(text, content, doc[left].idx, right)
    return [(a, b) for a, b in rest if any(c.isalnum() for c in text[a:b])]


def _cut_before_own_deed(doc: Doc, att: Attribution, cue: Token) -> None:
    """'She proposed that more forces be left in Iraq, and pushed to funnel arms to rebels': a past verb
    the parser coordinated inside the reported clause, in the cue's tense where the clause's own verb is
    not, is something the speaker went on to do; what was reported ends before it (no act of its own
    unless it is a cue, which ``split_coordinated`` makes one)."""
    if cue.tag_ != "VBD" or att.kind != "indirect":
        return  # (never inside a quotation: '"they've seen her and heard about her," he said')
    for clause in (c for c in cue.children if c.dep_ == "ccomp" and c.tag_ in ("VB", "VBN", "VBZ", "VBP")):
        if clause.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in clause.children):
            continue  # "said it had received … and expected …": the perfect reports the past
        for verb in clause.conjuncts:
            if (
                verb.i > clause.i
                and verb.tag_ == "VBD"
                and verb.pos_ == "VERB"  # not "believes Obama was born here and was therefore eligible"
                and not is_cue_verb(verb)
                and verb.lemma_.lower()
                not in _CALLS_TO_ACT  # an act of its own, which split_coordinated makes
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
                and doc[verb.i - 1].dep_ == "cc"
                and any(a <= verb.idx < b for a, b in att.content)
            ):
                rest = _before_conjunct(doc, att.content, cue, verb.i, end_char(verb.right_edge))
                if rest and says_something(doc, rest):
                    att.content = rest
                return


def _perfect(verb: Token) -> bool:
    """A verb in the past perfect ("had written"), the tense a past report shifts its clauses into."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


#: Verbs of finding out, a speech act only with a clause ("found that …"), not with what was found.
_FINDING = frozenset({"find", "discover", "notice", "see"})

#: Verbs of a call to act: a second act coordinated after a report is the speaker's.
_CALLS_TO_ACT = frozenset({"call", "urge", "appeal", "demand"})


def surest_per_content(atts: list[Attribution], doc: Doc) -> list[Attribution]:
    """Two tagged readings sharing most of one content ('said' and 'referring to' over one quotation):
    the more confident one stands. An act reported inside the other's content ("It is understood that
    two families have asked the trust …") is a second act, not a rival reading."""
    kept: list[Attribution] = []
    for att in sorted(atts, key=lambda a: -(a.confidence or 0.0)):
        if not any(
            max(shared_fractions(att.content, k.content)) > 0.5
            and not _one_inside(doc, att, k)
            and not _second_act_inside(doc, att, k)
            for k in kept
        ):
            kept.append(att)
    return kept


def _one_inside(doc: Doc, a: Attribution, b: Attribution) -> bool:
    """The cue of one heads (or closes) the clause the other reports ("It is understood that two families
    have asked …"): not a verb coordinated with the reported one ('said the Government had "chosen …" and
    called on the minister to …', more likely the reporter's own second act), nor one in a relative
    clause on a noun of it ("lean on the Calder Institute, whose report found …": one of the two is noise)."""
    return any(
        x.cue is not None
        and x.cue_token is not None
        and _heads_reported_clause(doc[x.cue_token])
        and within([x.cue], y.content)
        for x, y in ((a, b), (b, a))
    )


def _second_act_inside(doc: Doc, a: Attribution, b: Attribution) -> bool:
    """One's cue is a second act of the same speaker that the parser coordinated inside the other's
    reported clause ("He said his attacks have given his campaign momentum and said that Trump …"): two
    acts, which ``split_coordinated`` later parts, not two readings of one."""
    for x, y in ((a, b), (b, a)):
        if x.cue_token is None or y.cue_token is None or x.source is None or y.source is None:
            continue
        verb, cue = doc[x.cue_token], doc[y.cue_token]
        if (
            verb.dep_ == "conj"
            # a verb of speaking in the report's own tense ("… and said that …"), not a thought or a stance
            # that may be part of what was said ("said it had received … and expected to decide …")
            and verb.lemma_.lower() in SPEECH_VERBS
            and (verb.tag_ == cue.tag_ or _past_read_as_participle(verb, cue))
            and verb.head.head.i == cue.i
            and verb.head.dep_ in _CLAUSE_DEPS
            and x.source.start == y.source.start
            and within([x.cue], y.content)
        ):
            return True
    return False


def _heads_reported_clause(cue: Token) -> bool:
    """The cue heads a reported clause, or closes one as its participle ("It is understood that the club
    has written to the board asking for a review": the club's act, inside what is understood)."""
    return cue.dep_ == "ccomp" or (cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.head.dep_ == "ccomp")


def _credited(att: Attribution) -> bool:
    """A quotation (wholly or partly quoted) that someone is credited with."""
    return att.kind in ("direct", "mixed") and att.source is not None


def continue_quotes(text: str, atts: list[Attribution]) -> list[Attribution]:
    """A speakerless quotation right after someone's direct quote, or right after a report their name
    and cue close ('A, Schiff said. "B."'), goes on with it; one just before a credited quotation in the
    same paragraph opens it ('"A." "B," Warren said.').

    '"A," she said. "B."' or a next paragraph: PolNeAR annotates one attribution with several parts;
    counted apart, each part would be a quote of its own with the speaker guessed twice. Runs after the
    tags had their say, so a quote they attribute ('"…," the letter reads. "…"') is continued as well.
    """
    return _fold_speakerless(_fold_speakerless(atts, text, _continues), text, _opens, backwards=True)


def _fold_speakerless(
    atts: list[Attribution],
    text: str,
    host: Callable[[str, Attribution, list[Attribution]], Attribution | None],
    backwards: bool = False,
) -> list[Attribution]:
    """Each speakerless quotation that ``host`` joins to an attribution kept so far leaves the list; read
    in text order for a host before it (``_continues``), in reverse for one after it (``_opens``)."""
    out: list[Attribution] = []
    for att in sorted(atts, key=lambda a: -a.start if backwards else a.start):
        if att.rule != "unattributed" or host(text, att, out) is None:
            out.append(att)
    return sorted(out, key=lambda a: a.start)


def _continues(text: str, att: Attribution, earlier: list[Attribution]) -> Attribution | None:
    """The credited quote or closing report that ``att`` goes on with, which takes its parts."""
    before = [a for a in earlier if (_credited(a) or _closing_report(text, a)) and a.end <= att.start]
    prev = max(before, key=lambda a: a.end, default=None)
    if prev is None:
        return None
    gap = text[prev.end : att.start]
    # (a quoted name between is no one else's words only inside the paragraph: 'said Cuban, who hosts the
    # TV show "Shark Tank." "I mean …"')
    quoted = _quotes_more_than_a_name(gap) if "\n" not in gap else any(m in gap for m in '"“')
    if gap.count("\n\n") > 1 or len(gap) >= 250 or quoted:
        return None
    prev.content += att.content
    prev.kind = "mixed" if prev.kind == "indirect" else prev.kind  # reported, then quoted
    return prev


#: A short quoted name in the words between two quotations ('who hosts the TV show "Shark Tank."').
_QUOTED_NAME = re.compile(r'["“][^"“”]{1,40}["”]')


def _quotes_more_than_a_name(gap: str) -> bool:
    """The words between two quotations quote something besides a name of a few words: someone else's words,
    which end the first speaker's run."""
    rest = _QUOTED_NAME.sub(lambda m: "" if len(m.group().split()) <= 4 else m.group(), gap)
    return any(m in rest for m in '"“')


def _opens(text: str, att: Attribution, later: list[Attribution]) -> Attribution | None:
    """The credited quotation that ``att`` opens, which takes its part: in the same line, with no other
    words quoted between, and close by (farther when that quotation's own cue stands between, as in
    '"A," Tester said, referring to …, "B."')."""
    after = [a for a in later if _credited(a) and a.start >= att.end]
    nxt = min(after, key=lambda a: a.start, default=None)
    if nxt is None:
        return None
    gap = text[att.end : nxt.start]
    own_cue = nxt.cue is not None and att.end <= nxt.cue[0] < nxt.start
    if "\n" in gap or len(gap) >= (150 if own_cue else 40) or any(m in gap for m in '"“'):
        return None
    if own_cue and re.search(r"[.!?]\s", gap):
        # 'The entry records that the sea "came over …". Ailsa says …': the next cue opens a sentence of
        # its own
        return None
    nxt.content = att.content + nxt.content
    return nxt


def _closing_report(text: str, att: Attribution) -> bool:
    """'The administration may be reluctant to act, Schiff said.': reported words that a named speaker
    and a plain speech verb close, so a quotation after them is heard as the same voice."""
    if att.kind != "indirect" or att.source is None or att.cue is None or not att.content:
        return False
    return (
        att.cue[0] >= max(b for _, b in att.content)
        and text[att.cue[0] : att.cue[1]].lower() in INVERTED_CUES
    )


def drop_nested_in_quotes(atts: list[Attribution], segments: list[QuoteSegment]) -> list[Attribution]:
    """A speech act inside someone's quotation is part of what they said, not an attribution of its own.

    '"I think NATO may be obsolete," Trump said' has one source, Trump: "I" is him, and in '"The left is
    saying, \'…\'," Limbaugh said' the claim about the left is Limbaugh's. Reported apart, such nested
    cues put a second speaker ("I", "the left") next to words only the quoted speaker stands behind
    (PolNeAR annotates them the same way). Only quotations someone is credited with count: inside a
    speakerless one, the nested attribution may be all a reader gets.
    """
    quoted = [a for a in atts if _credited(a)]
    owned = [
        (seg, owner)
        for seg in segments
        for owner in quoted
        if any(ranges_overlap((seg.start, seg.end), part) for part in owner.content)
    ]

    def nested(att: Attribution) -> bool:  # inside a quotation someone else is credited with
        return att.cue is not None and any(
            owner is not att
            and seg.start < att.cue[0] < seg.end
            and not any(part[0] <= seg.start and seg.end <= part[1] for part in att.content)
            for seg, owner in owned
        )

    return [a for a in atts if not nested(a)]


def dedupe(atts: list[Attribution]) -> list[Attribution]:
    """One attribution per content and per cue: when two rules found the same, keep the surer one.

    Two readings of one cue with disjoint contents are one speech act in parts ('"A," he said, "B."' found
    once by the quote rule and once by the clause rule): the kept one takes the other's parts, in order.
    Nested attributions (a reported clause inside a quotation) are kept: both are real.
    """
    atts = sorted(atts, key=lambda a: -RULE_CONFIDENCE[a.rule])
    kept: list[Attribution] = []
    for att in atts:
        same_cue = next((o for o in kept if att.cue is not None and o.cue == att.cue), None)
        if same_cue is not None:
            if att.kind == same_cue.kind and not any(
                ranges_overlap(x, y) for x in att.content for y in same_cue.content
            ):
                same_cue.content = sorted(same_cue.content + att.content)
            continue
        if not any(min(shared_fractions(att.content, other.content)) > 0.8 for other in kept):
            kept.append(att)
    return kept
