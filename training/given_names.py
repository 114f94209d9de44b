"""Write the given-name lists the speaker resolver uses to tell "she" from "he" (``data/given_names.json``).

Why: the small NER model names people, but not their sex; with no title or honorific near a name, a
first name is what tells a reader that "she" is Aisha Rahman and not Dominic Hale. The hand-curated lists
in ``presslens.analyze.lexicon`` held about 300 mostly American names. This adds the US Census Bureau's
1990 first-name lists (public domain; shipped in the MIT-licensed ``names`` package, pinned in the
``train`` extra), keeping a name for one sex only where it is at least ``RATIO`` times as frequent among
that sex as among the other, so "Jordan" or "Leslie" say nothing of sex. Names common to both sexes (at
least ``EITHER_MIN`` per cent of people, "Lee", "Terry", "Kelly") are written apart: they tell a person's name
from a body's, not "he" from "she".

Run: ``python -m training.given_names`` (needs ``pip install -e ".[train]"``).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "presslens" / "data" / "given_names.json"
RATIO = 10.0
EITHER_MIN = 0.05
#: Names the US census gives one sex that are the other's elsewhere: they say nothing of "he" or "she".
ELSEWHERE = {
    "tam": "Scots short for Thomas",
    "andrea": "an Italian man's name",
    "nicola": "an Italian man's name",
    "simone": "an Italian man's name",
    "michele": "an Italian man's name",
    "gabriele": "an Italian man's name",
    "daniele": "an Italian man's name",
    "sasha": "a Russian man's short name",
    "nikita": "a Russian man's name",
    "yuki": "a Japanese name of either sex",
}


def _frequencies(sex: str) -> dict[str, float]:
    """Name → percentage of people of that sex (the census file's second column)."""
    raw = resources.files("names").joinpath(f"dist.{sex}.first").read_text(encoding="ascii")
    rows = (line.split() for line in raw.splitlines() if line.strip())
    return {name.lower(): float(freq) for name, freq, *_ in rows}


def one_sex(mine: dict[str, float], other: dict[str, float]) -> list[str]:
    """Names at least ``RATIO`` times as frequent in ``mine`` as in ``other``, sorted."""
    return sorted(n for n, f in mine.items() if f >= RATIO * other.get(n, 0.0))


def either_sex(female: dict[str, float], male: dict[str, float]) -> list[str]:
    """Names of neither sex by ``one_sex`` that at least ``EITHER_MIN`` per cent of people carry, sorted."""
    one = set(one_sex(female, male)) | set(one_sex(male, female))
    return sorted(n for n in set(female) & set(male) if n not in one and female[n] + male[n] >= EITHER_MIN)


def main() -> None:
    female, male = _frequencies("female"), _frequencies("male")
    out = {
        "source": "US Census Bureau 1990 first names (public domain), via the `names` package 0.3.0",
        "ratio": RATIO,
        "either_min": EITHER_MIN,
        "female": [n for n in one_sex(female, male) if n not in ELSEWHERE],
        "male": [n for n in one_sex(male, female) if n not in ELSEWHERE],
        "either": sorted(set(either_sex(female, male)) | set(ELSEWHERE)),
    }
    OUT.write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(out['female'])} female, {len(out['male'])} male, {len(out['either'])} either")


if __name__ == "__main__":
    main()
