"""Colours: the speaker palette and how speakers get their slots, the claim-support classes, and the
contrast arithmetic that keeps text on every chosen background readable.

Why a module of its own: a colour picked from data (a speaker's hue, a technique's band) must keep dark text
readable (WCAG AAA, 7:1), and a speaker should keep its colour from one article to the next and in both
renderers (the terminal uses the same slots and hues). Keeping the colours and the checks on them in one
place means one place to look when a colour changes.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

#: Speaker colours as (background, edge). Light backgrounds keep dark text above 7:1 contrast (WCAG AAA);
#: the darker edge (an underline in HTML, the name colour in the terminal) tells similar hues apart.
PALETTE: tuple[tuple[str, str], ...] = (
    ("#bfdbfe", "#1d4ed8"),  # blue
    ("#fed7aa", "#c2410c"),  # orange
    ("#a7f3d0", "#047857"),  # emerald
    ("#f5d0fe", "#a21caf"),  # fuchsia
    ("#fde68a", "#b45309"),  # amber
    ("#a5f3fc", "#0e7490"),  # cyan
    ("#fecaca", "#b91c1c"),  # red
    ("#d9f99d", "#4d7c0f"),  # lime
    ("#ddd6fe", "#6d28d9"),  # violet
    ("#99f6e4", "#0f766e"),  # teal
    ("#fbcfe8", "#be185d"),  # pink
    ("#c7d2fe", "#4338ca"),  # indigo
)
#: Grey used for hatching anonymous speakers and for quotes with no speaker named.
HATCH_GREY = "#e5e7eb"
#: Dark text colour that backgrounds are checked against.
INK = "#111827"
#: Claim support labels → CSS class (underline and badge colours are in ``report.css``).
SUPPORT_CLASSES = {
    "attributed-named": "s-named",
    "attributed-anonymous": "s-anon",
    "evidence-cited": "s-cited",
    "unsupported": "s-none",
}
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def palette_slots(names: Iterable[str]) -> dict[str, int]:
    """Give each name a palette slot picked from a hash of the name, moving on to the next free slot.

    Hash first so a speaker tends to keep its colour from one article to the next; probing so the
    speakers of one article get distinct colours while there are fewer of them than palette entries.
    """
    slots: dict[str, int] = {}
    for name in sorted(set(names)):
        slot = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:4], "big") % len(PALETTE)
        if len(slots) < len(PALETTE):
            while slot in slots.values():
                slot = (slot + 1) % len(PALETTE)
        slots[name] = slot
    return slots


def support_class(support: str) -> str:
    """The CSS class of a support label (an unknown label gets a neutral grey)."""
    return SUPPORT_CLASSES.get(support, "s-other")


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_background(colour: str, ink: str = INK, ratio: float = 7.0) -> str:
    """``colour`` mixed with just enough white for ``ink`` text on it to reach ``ratio`` (7: WCAG AAA)."""
    if not _HEX.fullmatch(colour):
        return HATCH_GREY
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    for step in range(21):
        mixed = "#" + "".join(f"{round(c + (255 - c) * step / 20):02x}" for c in rgb)
        if contrast(mixed, ink) >= ratio:
            return mixed
    return "#ffffff"


def speaker_css() -> str:
    """Stylesheet rules for the speaker colours: solid, or hatched with grey for an anonymous source."""
    rules = []
    for slot, (background, edge) in enumerate(PALETTE):
        rules.append(f".c{slot}{{background:{background};box-shadow:inset 0 -2px 0 {edge}}}")
        rules.append(
            f".c{slot}.q-anon{{background:repeating-linear-gradient(45deg,{background} 0 4px,"
            f"{HATCH_GREY} 4px 8px)}}"
        )
    return "\n".join(rules) + "\n"
