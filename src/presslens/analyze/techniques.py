"""The 14 SemEval-2020 Task 11 propaganda techniques: exact task labels, readable names and definitions.

Why one table: the model's label order, the SemEval export, the terminal legend and the HTML legend must
all agree. The label strings are the task's own (they contain commas: never split them on commas). The
definitions paraphrase the task paper (Da San Martino et al., 2020) in plain English and describe what a
passage *does*, never what its author *is*.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Technique:
    """One technique: the task's label, a short display name, a one-line definition and a colour."""

    label: str
    name: str
    definition: str
    colour: str


TECHNIQUES: tuple[Technique, ...] = (
    Technique(
        "Appeal_to_Authority",
        "Appeal to authority",
        "Presents a claim as true because an authority or expert is said to back it, without other support.",
        "#8dd3c7",
    ),
    Technique(
        "Appeal_to_fear-prejudice",
        "Appeal to fear or prejudice",
        "Seeks support for an idea by stirring anxiety or panic about an alternative, or by playing on prejudice.",
        "#fb8072",
    ),
    Technique(
        "Bandwagon,Reductio_ad_hitlerum",
        "Bandwagon / reductio ad Hitlerum",
        "Urges agreement because 'everyone' does, or rejects an idea because a hated group is said to hold it.",
        "#bebada",
    ),
    Technique(
        "Black-and-White_Fallacy",
        "Black-and-white fallacy",
        "Presents two alternatives as the only possibilities when more exist.",
        "#80b1d3",
    ),
    Technique(
        "Causal_Oversimplification",
        "Causal oversimplification",
        "Assumes a single cause or reason for an issue that has several.",
        "#fdb462",
    ),
    Technique(
        "Doubt",
        "Doubt",
        "Questions the credibility of someone or something without offering evidence.",
        "#b3de69",
    ),
    Technique(
        "Exaggeration,Minimisation",
        "Exaggeration / minimisation",
        "Represents something as much larger, better or worse, or much smaller and less important, than it is.",
        "#fccde5",
    ),
    Technique(
        "Flag-Waving",
        "Flag-waving",
        "Appeals to patriotism or group identity to justify or promote an idea or action.",
        "#d9d9d9",
    ),
    Technique(
        "Loaded_Language",
        "Loaded language",
        "Uses words with strong emotional connotations to influence the reader.",
        "#ffed6f",
    ),
    Technique(
        "Name_Calling,Labeling",
        "Name calling / labelling",
        "Attaches a label the audience fears, hates or admires to a person, group or idea.",
        "#ccebc5",
    ),
    Technique(
        "Repetition",
        "Repetition",
        "Repeats the same message over and over so the audience comes to accept it.",
        "#bc80bd",
    ),
    Technique(
        "Slogans",
        "Slogan",
        "A brief, striking phrase that may include labelling and stereotyping.",
        "#ffffb3",
    ),
    Technique(
        "Thought-terminating_Cliches",
        "Thought-terminating cliché",
        "A stock phrase that discourages critical thought and discussion on the topic.",
        "#a6cee3",
    ),
    Technique(
        "Whataboutism,Straw_Men,Red_Herring",
        "Whataboutism / straw man / red herring",
        "Deflects criticism by pointing at an opponent's hypocrisy, misrepresents an opposing view, "
        "or brings in an irrelevant issue.",
        "#e5c494",
    ),
)

LABELS: tuple[str, ...] = tuple(t.label for t in TECHNIQUES)
BY_LABEL: dict[str, Technique] = {t.label: t for t in TECHNIQUES}
