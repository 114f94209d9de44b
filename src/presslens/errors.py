"""Every user-facing error presslens raises, numbered, in one place.

Why one table: the CLI turns these into one-line messages and documented exit codes, tests assert on the
codes rather than on wording, and a reader of the docs can look a code up. Code that fails for a reason a
user can act on raises ``PresslensError(E.SOMETHING, detail=...)``; anything else is a bug and may
traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class ErrorSpec:
    """A numbered error: its code, the process exit status it maps to and a message template."""

    code: int
    exit_status: int
    template: str


class E(Enum):
    """The catalogue. Exit statuses: 2 usage, 3 unreadable input, 4 unsupported content, 5 network refused."""

    EMPTY_INPUT = ErrorSpec(101, 3, "input is empty: there is no article text to read{detail}")
    BINARY_INPUT = ErrorSpec(102, 3, "input looks binary, not text or HTML{detail}")
    BAD_ENCODING = ErrorSpec(103, 3, "input is not valid text in UTF-8 or a declared encoding{detail}")
    TOO_LARGE = ErrorSpec(104, 3, "input is too large{detail}")
    NOT_FOUND = ErrorSpec(105, 3, "input file not found{detail}")
    NO_ARTICLE = ErrorSpec(106, 4, "no article text could be extracted from the page{detail}")
    NOT_ENGLISH = ErrorSpec(107, 4, "text does not look like English; presslens reads English only{detail}")
    BAD_URL = ErrorSpec(201, 5, "URL refused: only http and https URLs with a host can be fetched{detail}")
    PRIVATE_ADDRESS = ErrorSpec(
        202, 5, "URL refused: it resolves to a private, loopback or link-local address{detail}"
    )
    FETCH_FAILED = ErrorSpec(203, 5, "could not fetch the URL{detail}")
    FETCH_TOO_LARGE = ErrorSpec(204, 5, "the page is larger than the download cap{detail}")
    BAD_JSON = ErrorSpec(301, 3, "not a presslens reading JSON document{detail}")
    BAD_SCHEMA_VERSION = ErrorSpec(302, 3, "unsupported reading schema version{detail}")
    BAD_OPTION = ErrorSpec(401, 2, "invalid option{detail}")


class PresslensError(Exception):
    """An error a user can act on: carries a catalogue entry and an optional detail."""

    def __init__(self, kind: E, detail: str = "") -> None:
        self.kind = kind
        self.detail = detail
        suffix = f": {detail}" if detail else ""
        super().__init__(f"E{kind.value.code} {kind.value.template.format(detail=suffix)}")

    @property
    def code(self) -> int:
        """The stable error number (E101 …) printed with the message."""
        return self.kind.value.code

    @property
    def exit_status(self) -> int:
        """The CLI's exit status for this error."""
        return self.kind.value.exit_status
