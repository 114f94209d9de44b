"""Build ``src/presslens/data/certainty.json``: the hedge and booster phrase lexicon.

Why a build script and not a hand-edited JSON file:

* The only openly licensed word lists we have are wooorm's ``hedges``/``weasels``/``fillers`` (MIT, (c) 2014
  Titus Wormer, in ``../shared/data/hedging/wooorm-words``). They mix real hedges with boosters (``always``,
  ``certainly``, ``clearly`` sit in ``hedges.txt``) and with plain noise (``like``, ``say``, ``read``). Every
  entry of ``hedges.txt`` is therefore classified below -- kept, moved to the boosters, or dropped with a
  reason -- and the build fails when the upstream list gains an entry nobody has looked at.
* The boosters and most multi-word hedges are project-authored (there is no licensed booster list; these are
  written from general knowledge of Hyland's hedge/booster categories), so they live here, next to the
  provenance of the borrowed words, and the JSON records which phrases came from wooorm.
* Phrases must be token sequences exactly as spaCy's English tokenizer splits them (``don't`` -> ``do n't``,
  ``cannot`` -> ``can not``), because the matcher is a ``PhraseMatcher`` on lower-case tokens. Writing the
  phrases naturally and letting spaCy's tokenizer normalise them keeps that true by construction.

Matching conventions (also written into the JSON ``sources.conventions``):

* Inflections are listed explicitly; no entry uses lemma matching (there is no ``"lemma": true`` entry).
  Lemma matching depends on the tagger and lemmatizer, listing forms does not, and listing lets a noisy form
  (``appeared`` as in "appeared in court") be left out while its siblings stay in.
* ``pos`` is a Penn Treebank tag the FIRST token of a match must carry; a trailing ``*`` is a prefix match
  (``"VB*"`` = any verb tag). It is set only for words that are really ambiguous (``may`` the month,
  ``might`` the noun, ``about`` the preposition, ``think tank``, ``the suspects``).
* Entries overlap on purpose (``seems`` and ``seems to``, ``almost`` and ``almost never``, ``never`` the booster
  inside ``almost never`` the hedge): resolve overlapping matches longest-first (``spacy.util.filter_spans``).

Run: ``python scripts/build_certainty.py [--data DIR] [--out FILE]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import spacy

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "hedging" / "wooorm-words"
DEFAULT_OUT = ROOT / "src" / "presslens" / "data" / "certainty.json"

# (phrase as written in text, pos or None, kind). Phrases are re-tokenized with spaCy before writing.
Spec = tuple[str, str | None, str]

# --- wooorm hedges.txt: every entry must appear in exactly one of the three tables below ------------------
# Kept as hedges. Key: the wooorm entry; value: the phrase to write (sometimes narrowed), pos, kind.
WOOORM_HEDGES_KEPT: dict[str, Spec] = {
    "a bit": ("a bit", None, "downtoner"),
    "about": ("about", "RB", "approximator"),  # "about 50 people" (RB), not "talked about" (IN)
    "alleged": ("alleged", None, "attribution-hedge"),
    "allege": ("allege", None, "attribution-hedge"),
    "almost": ("almost", None, "approximator"),
    "almost never": ("almost never", None, "frequency"),  # keeps the booster "never" from firing
    "apparent": ("apparent", None, "epistemic-adjective"),
    "apparently": ("apparently", None, "epistemic-adverb"),
    "appear": ("appear", "VB*", "epistemic-verb"),
    "appear to be": ("appear to", None, "epistemic-verb"),  # widened: covers "appear to have", ...
    "appears": ("appears", "VB*", "epistemic-verb"),
    "approximately": ("approximately", None, "approximator"),
    "around": ("around", "RB", "approximator"),  # "around $5 million" (RB), not "around town" (IN)
    "assume": ("assume", None, "epistemic-verb"),
    "assumes": ("assumes", None, "epistemic-verb"),
    "at least": ("at least", None, "approximator"),
    "believe": ("believe", None, "epistemic-verb"),
    "believed": ("believed", None, "epistemic-verb"),
    "believes": ("believes", None, "epistemic-verb"),
    "conceivably": ("conceivably", None, "epistemic-adverb"),
    "consistent with": ("consistent with", None, "evidential"),
    "could": ("could", "MD", "modal"),
    "don't know": ("don't know", None, "uncertainty"),
    "doubtful": ("doubtful", None, "uncertainty"),
    "estimate": ("estimate", "VB*", "epistemic-verb"),  # not "an estimate"
    "estimated": ("estimated", None, "approximator"),
    "estimates": ("estimates", "VB*", "epistemic-verb"),
    "fairly": ("fairly", None, "downtoner"),
    "frequently": ("frequently", None, "frequency"),
    "generally": ("generally", None, "frequency"),
    "guess": ("guess", "VB*", "epistemic-verb"),  # "I guess", not "my guess"
    "guessed": ("guessed", None, "epistemic-verb"),
    "improbable": ("improbable", None, "epistemic-adjective"),
    "in general": ("in general", None, "frequency"),
    "in my mind": ("in my mind", None, "personal"),
    "in my opinion": ("in my opinion", None, "personal"),
    "in my view": ("in my view", None, "personal"),
    "inconclusive": ("inconclusive", None, "uncertainty"),
    "indicate": ("indicate", None, "epistemic-verb"),
    "kind of": ("kind of", "RB", "downtoner"),  # "kind of odd" (RB), not "this kind of thing" (NN)
    "largely": ("largely", None, "approximator"),
    "likely": ("likely", None, "epistemic-adjective"),
    "looks like": ("looks like", None, "epistemic-verb"),
    "mainly": ("mainly", None, "approximator"),
    "may": ("may", "MD", "modal"),  # not "May" the month
    "maybe": ("maybe", None, "epistemic-adverb"),
    "might": ("might", "MD", "modal"),  # not "military might"
    "more or less": ("more or less", None, "approximator"),
    "mostly": ("mostly", None, "approximator"),
    "my impression": ("my impression", None, "personal"),
    "my understanding is": ("my understanding is", None, "personal"),
    "necessarily": ("not necessarily", None, "uncertainty"),  # narrowed: the bare word is neutral
    "occasionally": ("occasionally", None, "frequency"),
    "often": ("often", None, "frequency"),
    "partially": ("partially", None, "approximator"),
    "perhaps": ("perhaps", None, "epistemic-adverb"),
    "possibility": ("possibility", None, "epistemic-noun"),
    "possibly": ("possibly", None, "epistemic-adverb"),
    "practically": ("practically", None, "approximator"),
    "presumably": ("presumably", None, "epistemic-adverb"),
    "probable": ("probable", None, "epistemic-adjective"),
    "probably": ("probably", None, "epistemic-adverb"),
    "roughly": ("roughly", None, "approximator"),
    "seem": ("seem", "VB*", "epistemic-verb"),
    "seemed": ("seemed", "VB*", "epistemic-verb"),
    "seems": ("seems", "VB*", "epistemic-verb"),
    "sometimes": ("sometimes", None, "frequency"),
    "somewhat": ("somewhat", None, "downtoner"),
    "sort of": ("sort of", "RB", "downtoner"),  # "sort of strange" (RB), not "this sort of thing"
    "speculate": ("speculate", None, "epistemic-verb"),
    "speculated": ("speculated", None, "epistemic-verb"),
    "speculates": ("speculates", None, "epistemic-verb"),
    "suggest": ("suggest", "VB*", "epistemic-verb"),
    "suggested": ("suggested", "VB*", "epistemic-verb"),
    "suggestive": ("suggestive", None, "evidential"),
    "suggests": ("suggests", "VB*", "epistemic-verb"),
    "suppose": ("suppose", None, "epistemic-verb"),
    "supposedly": ("supposedly", None, "attribution-hedge"),
    "supposes": ("supposes", None, "epistemic-verb"),
    "tend": ("tend to", None, "frequency"),  # narrowed to the hedging construction
    "think": ("think", "VB*", "epistemic-verb"),  # not "think tank"
    "thinks": ("thinks", None, "epistemic-verb"),
    "thought": ("thought", "VB*", "epistemic-verb"),  # not "the thought"
    "unlikely": ("unlikely", None, "epistemic-adjective"),
    "unsure": ("unsure", None, "uncertainty"),
    "usually": ("usually", None, "frequency"),
    "virtually": ("virtually", None, "approximator"),
    "would": ("would", "MD", "modal"),  # noisy in reported speech ("said he would resign")
}

# In hedges.txt but they raise certainty: moved to the boosters (the booster table below lists them again).
WOOORM_HEDGES_AS_BOOSTERS: frozenset[str] = frozenset(
    {
        "actually",
        "always",
        "certainly",
        "clearly",
        "definitely",
        "evidently",
        "must",
        "quite clearly",
        "surely",
    }
)

# In hedges.txt and dropped, with the reason.
WOOORM_HEDGES_DROPPED: dict[str, str] = {
    "and all that": "list vagueness, not epistemic",
    "and so forth": "list vagueness, not epistemic",
    "appeared": "mostly 'appeared in court/on TV' in news; 'appeared to' is listed instead",
    "assumed": "mostly 'assumed office/control' in news",
    "assumption": "topic noun, not a hedge by itself",
    "basically": "filler",
    "be sure": "imperative/booster-like",
    "bunch": "vague quantity noun, too noisy",
    "can": "ability modal",
    "certain": "'certain people' is a vague quantifier; 'it is certain' is a booster",
    "clear": "booster in frames ('it is clear'), which are listed as boosters",
    "consider": "usually 'weigh up', not epistemic",
    "considered": "usually 'weigh up', not epistemic",
    "considers": "usually 'weigh up', not epistemic",
    "couple": "quantity, not epistemic",
    "definite": "booster, rare; not needed",
    "diagnostic": "medical-writing term",
    "doubt": "ambiguous: 'no doubt' boosts; 'i doubt' is listed instead",
    "effectively": "means 'in effect', not tentativeness",
    "et cetera": "list vagueness, not epistemic",
    "few": "quantity, not epistemic",
    "find": "evidential booster in Hyland's scheme; too noisy either way",
    "finds": "evidential booster in Hyland's scheme; too noisy either way",
    "found": "evidential booster in Hyland's scheme; too noisy either way",
    "guesses": "mostly the plural noun",
    "hopefully": "attitude marker, not epistemic",
    "if i'm understanding you correctly": "conversational, not found in press text",
    "in my understanding": "rare in press text",
    "like": "far too noisy",
    "little": "quantity, not epistemic",
    "look like": "mostly literal resemblance",
    "many": "single vague quantifier, too noisy (multi-word forms are listed)",
    "most": "superlative/quantifier, too noisy",
    "much": "quantity, not epistemic",
    "my thinking is": "rare in press text",
    "overall": "summary marker",
    "possible": "mostly 'as soon as possible', 'made possible'; 'it is possible' is listed",
    "presumable": "rare in press text",
    "pretty": "mostly the adjective",
    "probability": "statistical term",
    "quite": "ambiguous: boosts ('quite right') as often as it hedges",
    "rare": "rarity, not tentativeness",
    "rarely": "rarity, not tentativeness",
    "rather": "mostly 'rather than'",
    "read": "not a hedge",
    "really": "intensifier; 'not really' hedges, so it fits neither list",
    "say": "reporting verb, handled by attribution",
    "says": "reporting verb, handled by attribution",
    "seldom": "rarity, not tentativeness",
    "several": "quantity, not epistemic",
    "should": "deontic in press text",
    "so far": "temporal",
    "some": "single vague quantifier, too noisy (multi-word forms are listed)",
    "somebody": "vague reference, not epistemic",
    "somehow": "manner vagueness",
    "someone": "vague reference, not epistemic",
    "something or other": "conversational",
    "something": "vague reference, not epistemic",
    "somewhere": "vague reference, not epistemic",
    "supposed": "mostly deontic 'supposed to'",
    "their impression": "rare; 'my impression' kept",
    "understand": "comprehension; 'it is understood' is listed",
    "understands": "comprehension",
    "understood": "comprehension; 'it is understood' is listed",
    "will": "future",
}

# From weasels.txt / fillers.txt: only these entries are used (wooorm entry -> spec).
WOOORM_OTHER_HEDGES: dict[tuple[str, str], Spec] = {
    ("weasels.txt", "reportedly"): ("reportedly", None, "attribution-hedge"),
    ("weasels.txt", "arguably"): ("arguably", None, "epistemic-adverb"),
    ("weasels.txt", "relatively"): ("relatively", None, "downtoner"),
    ("weasels.txt", "linked to"): ("been linked to", None, "evidential"),  # narrowed: "has been linked to"
    ("fillers.txt", "typically"): ("typically", None, "frequency"),
    ("fillers.txt", "essentially"): ("essentially", None, "approximator"),
}
WOOORM_OTHER_BOOSTERS: frozenset[tuple[str, str]] = frozenset(
    {
        ("fillers.txt", "absolutely"),
        ("fillers.txt", "obviously"),
        ("fillers.txt", "totally"),
        ("fillers.txt", "truly"),
        ("fillers.txt", "entirely"),
        ("weasels.txt", "completely"),
    }
)

# --- project-authored hedges ------------------------------------------------------------------------------
PROJECT_HEDGES: list[Spec] = [
    # attribution hedges: the writer does not vouch for the claim
    ("allegedly", None, "attribution-hedge"),
    ("alleges", None, "attribution-hedge"),
    ("purportedly", None, "attribution-hedge"),
    ("purported", None, "attribution-hedge"),
    ("ostensibly", None, "attribution-hedge"),
    ("rumored", None, "attribution-hedge"),
    ("rumoured", None, "attribution-hedge"),
    ("unconfirmed", None, "attribution-hedge"),
    ("unverified", None, "attribution-hedge"),
    ("according to some", None, "attribution-hedge"),
    ("not be independently verified", None, "attribution-hedge"),
    ("not been independently verified", None, "attribution-hedge"),
    ("not independently verify", None, "attribution-hedge"),
    ("not independently verified", None, "attribution-hedge"),
    ("n't be independently verified", None, "attribution-hedge"),
    ("n't independently verify", None, "attribution-hedge"),
    # impersonal frames
    ("it is believed", None, "impersonal"),
    ("it is thought", None, "impersonal"),
    ("it is said", None, "impersonal"),
    ("it is understood", None, "impersonal"),
    ("it is claimed", None, "impersonal"),
    ("it is reported", None, "impersonal"),
    ("it is possible", None, "impersonal"),
    ("it's possible", None, "impersonal"),
    ("it is conceivable", None, "impersonal"),
    ("it appeared", None, "impersonal"),
    ("is said to", None, "impersonal"),
    ("are said to", None, "impersonal"),
    ("was said to", None, "impersonal"),
    ("were said to", None, "impersonal"),
    ("is thought to", None, "impersonal"),
    ("is believed to", None, "impersonal"),
    ("is reported to", None, "impersonal"),
    ("widely seen as", None, "impersonal"),
    ("there is a chance", None, "impersonal"),
    ("chances are", None, "impersonal"),
    # vague quantifiers, only in multi-word forms
    ("some say", None, "vague-quantifier"),
    ("some argue", None, "vague-quantifier"),
    ("some claim", None, "vague-quantifier"),
    ("some suggest", None, "vague-quantifier"),
    ("some have argued", None, "vague-quantifier"),
    ("some people say", None, "vague-quantifier"),
    ("some experts", None, "vague-quantifier"),
    ("some observers", None, "vague-quantifier"),
    ("some analysts", None, "vague-quantifier"),
    ("some critics", None, "vague-quantifier"),
    ("many believe", None, "vague-quantifier"),
    ("many say", None, "vague-quantifier"),
    ("people are saying", None, "vague-quantifier"),
    ("experts say", None, "vague-quantifier"),
    ("there are those who", None, "vague-quantifier"),
    # epistemic adverbs, adjectives, nouns
    ("seemingly", None, "epistemic-adverb"),
    ("potentially", None, "epistemic-adverb"),
    ("plausibly", None, "epistemic-adverb"),
    ("in all likelihood", None, "epistemic-adverb"),
    ("plausible", None, "epistemic-adjective"),
    ("conceivable", None, "epistemic-adjective"),
    # epistemic verbs
    ("appears to", None, "epistemic-verb"),
    ("appeared to", None, "epistemic-verb"),
    ("seems to", None, "epistemic-verb"),
    ("tends to", None, "frequency"),
    ("tended to", None, "frequency"),
    ("indicates", None, "epistemic-verb"),
    ("presume", None, "epistemic-verb"),
    ("presumes", None, "epistemic-verb"),
    ("suspect", "VB*", "epistemic-verb"),  # not "the suspect"
    ("suspects", "VB*", "epistemic-verb"),  # not "the suspects"
    ("suspected", None, "epistemic-verb"),
    ("i doubt", None, "personal"),
    ("we doubt", None, "personal"),
    ("i would argue", None, "personal"),
    # uncertainty
    ("unclear", None, "uncertainty"),
    ("uncertain", None, "uncertainty"),
    ("not sure", None, "uncertainty"),
    ("not certain", None, "uncertainty"),
    ("not clear", None, "uncertainty"),
    ("not known", None, "uncertainty"),
    ("n't sure", None, "uncertainty"),  # "wasn't sure": the tokenizer splits off "n't"
    ("n't certain", None, "uncertainty"),
    ("n't clear", None, "uncertainty"),
    ("n't necessarily", None, "uncertainty"),
    ("it is unknown", None, "uncertainty"),
    ("remains to be seen", None, "uncertainty"),
    ("hard to say", None, "uncertainty"),
    ("no way of knowing", None, "uncertainty"),
    # approximators and downtoners
    ("nearly", None, "approximator"),
    ("partly", None, "approximator"),
    ("in part", None, "approximator"),
    ("to some extent", None, "approximator"),
    ("to a certain extent", None, "approximator"),
    ("to some degree", None, "approximator"),
    ("an estimated", None, "approximator"),
    ("or so", None, "approximator"),
    ("in some ways", None, "downtoner"),
    ("in a sense", None, "downtoner"),
    # frequency / generalisation
    ("in most cases", None, "frequency"),
    ("in many cases", None, "frequency"),
    ("in some cases", None, "frequency"),
    ("on the whole", None, "frequency"),
    ("by and large", None, "frequency"),
    ("for the most part", None, "frequency"),
    ("more often than not", None, "frequency"),
    # personal
    ("to my knowledge", None, "personal"),
    ("as far as i know", None, "personal"),
    ("as far as we know", None, "personal"),
]

# --- project-authored boosters (the wooorm words among them are listed in WOOORM_*_BOOSTERS) --------------
PROJECT_BOOSTERS: list[Spec] = [
    # certainty adverbs
    ("actually", None, "adverb"),
    ("certainly", None, "adverb"),
    ("clearly", None, "adverb"),
    ("quite clearly", None, "adverb"),
    ("definitely", None, "adverb"),
    ("obviously", None, "adverb"),
    ("surely", None, "adverb"),
    ("undoubtedly", None, "adverb"),
    ("indeed", None, "adverb"),
    ("evidently", None, "adverb"),
    ("unquestionably", None, "adverb"),
    ("undeniably", None, "adverb"),
    ("indisputably", None, "adverb"),
    ("irrefutably", None, "adverb"),
    ("plainly", None, "adverb"),
    ("patently", None, "adverb"),
    ("manifestly", None, "adverb"),
    ("truly", None, "adverb"),
    ("unmistakably", None, "adverb"),
    ("unequivocally", None, "adverb"),
    ("categorically", None, "adverb"),
    ("conclusively", None, "adverb"),
    ("definitively", None, "adverb"),
    ("demonstrably", None, "adverb"),
    ("inevitably", None, "adverb"),
    ("of course", None, "adverb"),
    ("in fact", None, "adverb"),
    ("as a matter of fact", None, "adverb"),
    ("in reality", None, "adverb"),
    ("in truth", None, "adverb"),
    ("without doubt", None, "adverb"),
    ("without a doubt", None, "adverb"),
    ("no doubt", None, "adverb"),
    ("beyond doubt", None, "adverb"),
    ("beyond any doubt", None, "adverb"),
    ("beyond question", None, "adverb"),
    ("beyond dispute", None, "adverb"),
    ("without question", None, "adverb"),
    ("for sure", None, "adverb"),
    # certainty frames
    ("there is no doubt", None, "certainty-frame"),
    ("there's no doubt", None, "certainty-frame"),
    ("there is little doubt", None, "certainty-frame"),
    ("there is no question", None, "certainty-frame"),
    ("there's no question", None, "certainty-frame"),
    ("there can be no", None, "certainty-frame"),
    ("there is no denying", None, "certainty-frame"),
    ("there's no denying", None, "certainty-frame"),
    ("leaves no doubt", None, "certainty-frame"),
    ("it is clear", None, "certainty-frame"),
    ("it's clear", None, "certainty-frame"),
    ("it is certain", None, "certainty-frame"),
    ("it is a fact", None, "certainty-frame"),
    ("it is well known", None, "certainty-frame"),
    ("it is no coincidence", None, "certainty-frame"),
    ("the fact is", None, "certainty-frame"),
    ("the fact that", None, "certainty-frame"),
    ("the truth is", None, "certainty-frame"),
    ("the reality is", None, "certainty-frame"),
    ("all but certain", None, "certainty-frame"),
    ("all but evident", None, "certainty-frame"),
    ("can only be", None, "certainty-frame"),
    ("can only be interpreted as", None, "certainty-frame"),
    ("cannot be denied", None, "certainty-frame"),
    ("no one can deny", None, "certainty-frame"),
    ("nobody can deny", None, "certainty-frame"),
    ("is bound to", None, "certainty-frame"),
    ("are bound to", None, "certainty-frame"),
    ("is sure to", None, "certainty-frame"),
    ("is certain to", None, "certainty-frame"),
    ("we all know", None, "certainty-frame"),
    ("everyone knows", None, "certainty-frame"),
    ("everybody knows", None, "certainty-frame"),
    ("anyone can see", None, "certainty-frame"),
    ("anybody can see", None, "certainty-frame"),
    ("everyone can see", None, "certainty-frame"),
    ("we know that", None, "certainty-frame"),
    ("written all over it", None, "certainty-frame"),
    ("fingerprints all over", None, "certainty-frame"),
    # emphatic asides typical of opinion writing
    ("needless to say", None, "emphatic"),
    ("it goes without saying", None, "emphatic"),
    ("make no mistake", None, "emphatic"),
    ("let's be clear", None, "emphatic"),
    ("let me be clear", None, "emphatic"),
    ("let's be honest", None, "emphatic"),
    ("let us be honest", None, "emphatic"),
    ("mark my words", None, "emphatic"),
    ("believe me", None, "emphatic"),
    ("trust me", None, "emphatic"),
    # certainty adjectives
    ("undeniable", None, "adjective"),
    ("indisputable", None, "adjective"),
    ("irrefutable", None, "adjective"),
    ("incontrovertible", None, "adjective"),
    ("unquestionable", None, "adjective"),
    ("unmistakable", None, "adjective"),
    ("conclusive", None, "adjective"),
    ("obvious", None, "adjective"),
    ("evident", None, "adjective"),
    ("crystal clear", None, "adjective"),
    # universals
    ("always", None, "universal"),
    ("never", None, "universal"),
    ("invariably", None, "universal"),
    ("without exception", None, "universal"),
    # epistemic "must" ("this must be a mistake")
    ("must", "MD", "modal"),
    # factive verbs: the writer presents the content as established
    ("prove", "VB*", "factive-verb"),
    ("proves", "VB*", "factive-verb"),
    ("proved", "VB*", "factive-verb"),
    ("proven", "VB*", "factive-verb"),
    ("demonstrate", None, "factive-verb"),
    ("demonstrates", None, "factive-verb"),
    ("demonstrated", None, "factive-verb"),
    ("show that", None, "factive-verb"),
    ("shows that", None, "factive-verb"),
    ("showed that", None, "factive-verb"),
    ("shown that", None, "factive-verb"),
    ("established that", None, "factive-verb"),
    ("make clear", None, "factive-verb"),
    ("makes clear", None, "factive-verb"),
    ("made clear", None, "factive-verb"),
    # certainty intensifiers (opinion writing)
    ("absolutely", None, "intensifier"),
    ("totally", None, "intensifier"),
    ("completely", None, "intensifier"),
    ("entirely", None, "intensifier"),
    ("utterly", None, "intensifier"),
]

SOURCES: dict[str, object] = {
    "wooorm-words": {
        "what": "hedges, weasels and fillers word lists (data.txt of the npm packages hedges 2.0.1, "
        "weasels 2.0.1, fillers 2.0.1; GitHub words/hedges, words/weasels, words/fillers)",
        "licence": "MIT",
        "copyright": "(c) 2014 Titus Wormer",
        "use": "entries were reviewed one by one: genuine hedges kept (some narrowed to a multi-word form), "
        "boosters moved to the boosters list, noise dropped; per-entry reasons are in "
        "scripts/build_certainty.py. The phrases taken or adapted from these lists are in "
        "hedges_from_wooorm and boosters_from_wooorm.",
    },
    "project": "presslens (MIT). All boosters and all hedges not listed in hedges_from_wooorm are "
    "project-authored, written from general knowledge of Hyland's hedge/booster categories; "
    "no third-party booster list was copied.",
    "conventions": {
        "phrase": "lower-case token sequence as spaCy's English tokenizer splits it (\"do n't know\", "
        '"can not be denied", "it \'s clear"); matched on spaCy NORM (PhraseMatcher attr="NORM"), '
        "so straight and curly apostrophes match alike",
        "inflections": 'listed explicitly; no entry uses lemma matching (no "lemma": true entries)',
        "pos": "optional Penn Treebank tag the first token of a match must carry; a trailing * is a prefix "
        'match ("VB*" = any verb tag)',
        "kind": "short category of the entry",
        "overlaps": 'entries overlap on purpose ("seems" / "seems to", "never" / "almost never"): '
        "resolve overlapping matches longest-first",
    },
    "built_by": "scripts/build_certainty.py",
}


def read_list(path: Path) -> list[str]:
    """Entries of a wooorm ``data.txt``: one per line, ``%`` comments and blank lines skipped."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("%")]


def check_wooorm(data: Path) -> dict[str, set[str]]:
    """Read the three lists and fail when an entry used or classified here is missing, or is unclassified."""
    lists = {name: set(read_list(data / name)) for name in ("hedges.txt", "weasels.txt", "fillers.txt")}
    hedges = lists["hedges.txt"]
    tables = [set(WOOORM_HEDGES_KEPT), set(WOOORM_HEDGES_AS_BOOSTERS), set(WOOORM_HEDGES_DROPPED)]
    classified = set().union(*tables)
    problems = []
    if unclassified := sorted(hedges - classified):
        problems.append(f"hedges.txt entries not classified here: {unclassified}")
    if missing := sorted(classified - hedges):
        problems.append(f"classified here but not in hedges.txt: {missing}")
    if sum(len(t) for t in tables) != len(classified):
        problems.append("a hedges.txt entry is classified twice")
    for name, entry in [*WOOORM_OTHER_HEDGES, *WOOORM_OTHER_BOOSTERS]:
        if entry not in lists[name]:
            problems.append(f"{entry!r} is not in {name}")
    if problems:
        raise SystemExit("wooorm lists changed; update scripts/build_certainty.py:\n" + "\n".join(problems))
    return lists


def normalise(tokenizer: spacy.tokenizer.Tokenizer, text: str) -> str:
    """The phrase as spaCy's English tokenizer splits it, lower-cased; no stand-alone punctuation."""
    tokens = list(tokenizer(text))
    for token in tokens:
        if token.is_punct and "'" not in token.text:
            raise SystemExit(f"phrase {text!r} has a punctuation token {token.text!r}")
    return " ".join(token.lower_ for token in tokens)


def make_entries(tokenizer: spacy.tokenizer.Tokenizer, specs: list[Spec], label: str) -> list[dict[str, str]]:
    """JSON entries for ``specs``, sorted by phrase; a phrase listed twice (after tokenizing) is an error."""
    entries: dict[str, dict[str, str]] = {}
    for text, pos, kind in specs:
        phrase = normalise(tokenizer, text)
        if phrase in entries:
            raise SystemExit(f"duplicate {label} phrase {phrase!r}")
        entry = {"phrase": phrase}
        if pos:
            entry["pos"] = pos
        entry["kind"] = kind
        entries[phrase] = entry
    return [entries[phrase] for phrase in sorted(entries)]


def build(data: Path) -> dict[str, Any]:
    """The whole lexicon: checks the wooorm lists, tokenizes every phrase, refuses hedge/booster clashes."""
    check_wooorm(data)
    tokenizer = spacy.blank("en").tokenizer
    wooorm_hedge_specs = [*WOOORM_HEDGES_KEPT.values(), *WOOORM_OTHER_HEDGES.values()]
    hedges = make_entries(tokenizer, [*wooorm_hedge_specs, *PROJECT_HEDGES], "hedge")
    boosters = make_entries(tokenizer, PROJECT_BOOSTERS, "booster")
    both = {e["phrase"] for e in hedges} & {e["phrase"] for e in boosters}
    if both:
        raise SystemExit(f"phrases in both lists: {sorted(both)}")
    booster_phrases = {e["phrase"] for e in boosters}
    wooorm_boosters = {normalise(tokenizer, w) for w in WOOORM_HEDGES_AS_BOOSTERS} | {
        normalise(tokenizer, w) for _, w in WOOORM_OTHER_BOOSTERS
    }
    if not wooorm_boosters <= booster_phrases:
        raise SystemExit(
            f"wooorm boosters missing from PROJECT_BOOSTERS: {sorted(wooorm_boosters - booster_phrases)}"
        )
    sources = dict(SOURCES)
    sources["hedges_from_wooorm"] = sorted({normalise(tokenizer, text) for text, _, _ in wooorm_hedge_specs})
    sources["boosters_from_wooorm"] = sorted(wooorm_boosters)
    sources["counts"] = {"hedges": len(hedges), "boosters": len(boosters)}
    return {"sources": sources, "hedges": hedges, "boosters": boosters}


def dump(payload: dict[str, Any]) -> str:
    """JSON with one lexicon entry per line, so diffs of the lexicon stay readable."""
    parts = [
        '{\n "sources": ' + json.dumps(payload["sources"], ensure_ascii=False, indent=1).replace("\n", "\n ")
    ]
    for key in ("hedges", "boosters"):
        rows = ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in payload[key])
        parts.append(f' "{key}": [\n{rows}\n ]')
    return ",\n".join(parts) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the wooorm data files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write certainty.json")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no wooorm data at {args.data}", file=sys.stderr)
        return 2
    payload = build(args.data)
    args.out.write_text(dump(payload), encoding="utf-8")
    print(f"wrote {args.out} ({len(payload['hedges'])} hedges, {len(payload['boosters'])} boosters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
