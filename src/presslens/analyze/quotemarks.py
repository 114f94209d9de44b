"""Find quoted stretches in raw text by their quote marks, before any parsing.

Why character-level and separate from the parser: quote marks are typographic, not syntactic, and real
articles mix straight and curly marks, leave quotes unclosed, and run quotations over several paragraphs
that reopen without closing (the news convention). This scanner never raises; it returns segments with
a ``closed`` flag so later stages can lower their confidence for an unbalanced quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹"
_SINGLE_CLOSE = "’›"
_MAX_SINGLE = 300  # single quotes are ambiguous with apostrophes: longer runs are not quotes
_PARAGRAPH = re.compile(r"[^\n]+")
#: Spaces inside a line: a signature dash or a quotation may follow a no-break or thin space.
INLINE_SPACE = " \t\xa0\u2007\u2009\u202f"
_OPENERS_BEFORE = " \t([{—–-/:;,"


@dataclass(frozen=True)
class QuoteSegment:
    """One quoted stretch inside one paragraph, marks included in ``start``/``end``.

    ``group`` links the segments of a quotation that runs over several paragraphs; ``closed`` is False
    when the closing mark was missing (the segment then ends at the paragraph's end).
    """

    start: int
    end: int
    closed: bool
    group: int
    double: bool = True
    #: widths of the opening and closing marks: 2 for typewriter ``…'' and ''…''
    widths: tuple[int, int] = (1, 1)

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets without the quote marks (for word counts, and for the punctuation a quotation ends in)."""
        start = self.start + self.widths[0]
        end = self.end - self.widths[1] if self.closed else self.end
        return start, max(start, end)


def _is_open_context(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in _OPENERS_BEFORE or before in _DOUBLE_OPEN + _SINGLE_OPEN) and not (
        after.isspace()
    )


def _backwards_open(text: str, i: int) -> bool:
    """A closing double mark typed where a quotation opens ('”What is infuriating …”' in a pasted
    comment): before a word, after a space or the line's start, it can only open."""
    return text[i] in _DOUBLE_CLOSE and _is_open_context(text, i) and text[i + 1 : i + 2].isalnum()


def _is_close_context(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    return not before.isspace() and not after.isalnum()


def _is_spaced_close(text: str, i: int) -> bool:
    """'… the term 'outreach,' " he said': a straight mark set off by a space after a nested closing
    single mark or sentence punctuation still closes the quotation."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return (
        i > 0
        and text[i - 1].isspace()
        and text[:i].rstrip()[-1:] in ("'", "’", ",", ".", "!", "?")
        and not (after.isalnum())
    )


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, int, bool]], int | None, bool]:
    """Segments (start, end, double) closed inside the paragraph, plus a still-open start and its kind."""
    found: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    open_double = True
    for i in range(start, end):
        ch = text[i]
        if open_at is not None and open_double:
            if ch in _DOUBLE_CLOSE or (
                ch == '"' and (_is_close_context(text, i) or _is_spaced_close(text, i) or i == end - 1)
            ):
                found.append((open_at, i + 1 + (text[i + 1 : i + 2] == "\x00"), True))  # '' is 2 wide
                open_at = None
            continue
        if open_at is not None:  # inside a single-quoted stretch
            if ch in _SINGLE_CLOSE + "'" and _is_close_context(text, i):
                found.append((open_at, i + 1, False))
                open_at = None
            elif i - open_at > _MAX_SINGLE or ch in _DOUBLE_OPEN or (ch == '"' and _is_open_context(text, i)):
                # an apostrophe, not a quote ("Hon. 'Mamoliehi Tšehlo said … not "go on …""): forget it
                open_at = None
                if ch in _DOUBLE_OPEN or ch == '"':
                    open_at, open_double = i, True
            continue
        if ch in _DOUBLE_OPEN or (ch == '"' and _is_open_context(text, i)) or _backwards_open(text, i):
            open_at, open_double = i, True
        elif (
            (ch in _SINGLE_OPEN or ch == "'") and _is_open_context(text, i) and text[i + 1 : i + 2].isalpha()
        ):
            open_at, open_double = i, False
    if open_at is not None and not open_double:
        open_at = None  # an unclosed single mark is almost always an apostrophe
    return found, open_at, open_double


def _opens_with_quote(text: str, start: int, end: int) -> bool:
    stripped = text[start:end].lstrip()
    return bool(stripped) and (stripped[0] in _DOUBLE_OPEN or stripped[0] == '"')


def _marks_view(text: str) -> str:
    """Same-length copy where typewriter double quotes (``…'' and ''…'') read as one straight mark.

    Wire copy and PTB-converted archives (NYT in PolNeAR) write quotes as two backticks or two
    apostrophes; offsets found on the view are offsets into ``text``.
    """
    return text.replace("``", '"\x00').replace("''", '"\x00')


def find_quotes(text: str) -> list[QuoteSegment]:
    """All quoted segments of ``text`` in order. Never raises, whatever the marks."""
    text = _marks_view(text)
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    segments: list[QuoteSegment] = []
    group = 0
    carry = False  # the previous paragraph ended inside a quotation that reopens here
    for index, (p_start, p_end) in enumerate(paragraphs):
        found, open_at, open_double = _scan_paragraph(text, p_start, p_end)
        parts = [(s, e, True, double) for s, e, double in found]
        if open_at is not None:
            parts.append((open_at, p_start + len(text[p_start:p_end].rstrip()), False, open_double))
        for n, (s, e, closed, double) in enumerate(parts):
            if not (carry and n == 0 and s == paragraphs[index][0] + _lead(text, p_start)):
                group += 1
            widths = (1 + (text[s + 1 : s + 2] == "\x00"), 1 + (closed and text[e - 1 : e] == "\x00"))
            segments.append(QuoteSegment(s, e, closed, group, double, widths))
        nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        carry = open_at is not None and nxt is not None and _opens_with_quote(text, *nxt)
    return segments


def _lead(text: str, start: int) -> int:
    """Width of the whitespace that opens the paragraph at ``start``."""
    return len(text[start:]) - len(text[start:].lstrip(INLINE_SPACE))
