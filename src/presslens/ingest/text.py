"""Bytes to text, and the checks every article text must pass before analysis.

Why strict: presslens quotes people. A wrongly guessed encoding or a binary file read as text would put
mangled words in someone's mouth, so anything doubtful is refused with a numbered error instead of guessed.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from presslens.errors import E, PresslensError
from presslens.settings import Options

#: File signatures of formats people plausibly pass by mistake (saved PDFs, office files, images).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.epub/.odt file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh91AY&SY", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)

#: Byte-order marks, longest first so UTF-32's is not mistaken for UTF-16's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: ``<meta charset=x>`` and ``<meta http-equiv=Content-Type content="text/html; charset=x">`` alike.
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
#: How far into a file a ``<meta charset>`` is honoured (browsers look at the first 1024 bytes; be lenient).
_META_WINDOW = 2048
#: Browsers decode these labels as windows-1252 (WHATWG Encoding); pages rely on it for curly quotes.
_AS_CP1252 = frozenset({"ascii", "iso8859-1", "cp1252"})
#: Declared wide encodings are meaningless in a byte stream that was readable as ASCII (WHATWG again).
_WIDE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})

#: Characters inspected for binary junk and for the language check: enough to judge, cheap on huge inputs.
_SAMPLE_CHARS = 100_000
#: Above this share of C0 control characters (tab and newlines excepted) text is taken for binary data.
_MAX_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")

_WORD = re.compile(r"[^\W\d_]+")
#: Below these counts a text is too short to judge, and passes.
_MIN_WORDS = 8
_MIN_LETTERS = 20
#: Below this many words a low English share alone is not enough: a terse English sentence ("Stocks rose
#: sharply Tuesday amid strong earnings reports") has no function words either, so a short text is
#: refused only when another language's function words are seen.
_SURE_WORDS = 30
#: Measured on the Zyte benchmark pages (181): English news prose scores 0.16-0.40 on the list below,
#: German, Italian, Portuguese and Indonesian pages 0.00-0.07. Box scores and recipe lists score low too.
_MIN_ENGLISH_SHARE = 0.08
_MIN_LATIN_SHARE = 0.6


def _vocab(words: str) -> frozenset[str]:
    """A word list written as one space-separated string, which keeps long lists readable."""
    return frozenset(words.split())


#: Common English function words, less those that are also common words of German, Dutch, French,
#: Italian, Spanish or Portuguese (a, am, an, as, do, had, has, her, i, in, is, me, no, on, over, so, was,
#: will, also), which would let those languages pass.
_ENGLISH = _vocab(
    """
    about above after again against all and any are at be because been before being between both but
    by can could did does doing down during each few for from further have having he here hers him his
    how if into it its itself just more most my nor not of off once only or other our ours out own said
    says same she should some such than that the their theirs them then there these they this those
    through to too under until up very we were what when where which while who whom why with would you
    your yours
    """
)

#: Distinctive function words of languages presslens is likely to be handed, used only to name the
#: language in the refusal ("looks like German") and to refuse short texts with some confidence.
_OTHER_LANGUAGES: dict[str, frozenset[str]] = {
    "German": _vocab("der die das und ist nicht ein eine zu den mit sich des auf dem auch es"),
    "French": _vocab("le la les et est une des du pas que qui dans pour sur au ce avec"),
    "Spanish": _vocab("el la los las y es una del que en por con para se lo como pero"),
    "Portuguese": _vocab("o os as e uma do da dos das que em para com não se por mais"),
    "Italian": _vocab("il di che è e la per un una non sono gli della del con ma"),
    "Dutch": _vocab("de het een en van is dat niet op te zijn voor met ook aan"),
}


def _refuse(kind: E, detail: str) -> PresslensError:
    return PresslensError(kind, detail=detail)


def decode(data: bytes, options: Options, *, name: str = "input", charset: str | None = None) -> str:
    """Turn raw input bytes into text, refusing anything that is not plainly text.

    Encoding precedence follows browsers: a byte-order mark, then ``charset`` (an HTTP Content-Type
    parameter, when the bytes came from a fetch), then a ``<meta>`` declaration in the first 2 KB, then
    strict UTF-8. Newlines come back as ``\\n`` and a leading BOM is dropped, so offsets are stable.
    """
    if len(data) > options.max_bytes:
        raise _refuse(E.TOO_LARGE, f"{name} is {len(data):,} bytes; the cap is {options.max_bytes:,} bytes")
    if not data.strip():
        raise _refuse(E.EMPTY_INPUT, f"{name} is empty or only whitespace")
    _check_magic(data, name)
    bom, encoding = _sniff_bom(data)
    if not bom:
        # Bytes first, so binary junk is reported as binary rather than as a bad encoding.
        _check_controls(data.decode("latin-1"), name)
        encoding = _declared_encoding(charset) or _meta_charset(data) or "utf-8"
    text = _strict_decode(data[len(bom) :], encoding, name, offset=len(bom))
    text = normalise_newlines(text)
    if not text.strip():
        raise _refuse(E.EMPTY_INPUT, f"{name} holds only whitespace")
    # Again on the text: a UTF-16/32 byte-order mark hides the NULs the byte check looks for.
    _check_controls(text, name)
    return text


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` to ``\\n`` and no leading BOM: offsets must not depend on the writer's OS."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _check_magic(data: bytes, name: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _refuse(E.BINARY_INPUT, f"{name} is {what}")


def _sniff_bom(data: bytes) -> tuple[bytes, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return bom, encoding
    return b"", ""


def _check_controls(text: str, name: str) -> None:
    """Refuse text with NULs anywhere or many control characters early on: binary formats, not prose."""
    if "\x00" in text:
        raise _refuse(E.BINARY_INPUT, f"{name} contains NUL bytes")
    sample = text[:_SAMPLE_CHARS]
    controls = sum(1 for ch in sample if ch < " " and ch not in _TEXT_CONTROLS)
    if controls / len(sample) > _MAX_CONTROL_SHARE:
        raise _refuse(E.BINARY_INPUT, f"{controls / len(sample):.0%} of {name} is control characters")


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:_META_WINDOW])
    return _declared_encoding(found.group(1).decode("ascii")) if found else None


def _declared_encoding(label: str | None) -> str | None:
    """The codec for a declared label, or None when the label is unknown or cannot apply to these bytes."""
    if not label:
        return None
    try:
        encoding = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    if encoding in _WIDE:
        return "utf-8"
    return "cp1252" if encoding in _AS_CP1252 else encoding


def _strict_decode(data: bytes, encoding: str, name: str, *, offset: int) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        if encoding == "cp1252":
            # windows-1252 leaves five bytes undefined; browsers read them as Latin-1, and so do we.
            return data.decode("latin-1")
        bad = data[err.start : err.start + 1].hex()
        raise _refuse(
            E.BAD_ENCODING, f"{name} is not valid {encoding} at byte {err.start + offset:,} (0x{bad})"
        ) from None


def check_text(text: str, options: Options) -> str:
    """Refuse article text that is empty, too long to analyse, or (when required) not English.

    Runs after extraction, on what the lenses will read, so it applies to files, pasted text and pages
    alike. Returns the text unchanged.
    """
    if not text.strip():
        raise _refuse(E.EMPTY_INPUT, "the article text is empty")
    if len(text) > options.max_chars:
        raise _refuse(
            E.TOO_LARGE, f"the article text is {len(text):,} characters; the cap is {options.max_chars:,}"
        )
    if options.require_english:
        _check_english(text[:_SAMPLE_CHARS])
    return text


def _check_english(sample: str) -> None:
    """Cheap language gate: Latin letters, then the share of common English function words.

    Why not a language-id model: it would be a new dependency for a yes/no question that function words
    answer well on anything longer than a sentence; texts too short to judge pass.
    """
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) >= _MIN_LETTERS:
        latin = sum(1 for ch in letters if _is_latin(ch))
        if latin / len(letters) < _MIN_LATIN_SHARE:
            script = _main_script(ch for ch in letters if not _is_latin(ch))
            raise _refuse(
                E.NOT_ENGLISH, f"{1 - latin / len(letters):.0%} of its letters are {script}, not Latin"
            )
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < _MIN_WORDS:
        return
    share = sum(1 for w in words if w in _ENGLISH) / len(words)
    if share >= _MIN_ENGLISH_SHARE:
        return
    guess = _guess_language(words)
    if guess or len(words) >= _SURE_WORDS:
        looks = f"; it looks like {guess}" if guess else ""
        raise _refuse(
            E.NOT_ENGLISH,
            f"only {share:.0%} of its {len(words):,} words are common English words "
            f"(English news prose scores 15% or more){looks}",
        )


def _is_latin(ch: str) -> bool:
    # Basic Latin, Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional.
    return ch < "\u0250" or "\u1e00" <= ch <= "\u1eff"


def _main_script(letters: Iterable[str]) -> str:
    """The Unicode script most letters share ("Cyrillic", "CJK", "Arabic" …), read off character names."""
    scripts = Counter(unicodedata.name(ch, "UNKNOWN").split()[0] for ch in letters)
    if not scripts:
        return "non-Latin"
    script = scripts.most_common(1)[0][0]
    return script if script == "CJK" else script.title()


def _guess_language(words: list[str]) -> str | None:
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _OTHER_LANGUAGES.items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= max(3, len(words) // 20) else None
