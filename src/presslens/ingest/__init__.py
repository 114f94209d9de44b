"""Ingest: any source (bytes, a file, a URL, pasted text or HTML) to one checked ``Article``.

Why one entry point: the CLI, the Python API and the web app accept the same kinds of input, and each must
apply the same limits (size before reading, safe fetching, English only) in the same order.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from presslens.article import Article
from presslens.errors import E, PresslensError
from presslens.ingest import html
from presslens.ingest.fetch import fetch
from presslens.ingest.text import check_text, decode, normalise_newlines
from presslens.outlets import load_outlets
from presslens.settings import Options

__all__ = ["load", "read_bytes"]

#: A str longer than this, or with a newline, is content, never a file name.
_MAX_PATH_CHARS = 4096
#: Any ``scheme://…`` on one line is meant as a URL; ``fetch`` then refuses all but http and https.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://\S*$")
_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.IGNORECASE)
_MARKDOWN_TITLE = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$")


def load(
    source: str | bytes | os.PathLike[str],
    options: Options | None = None,
    *,
    url: str | None = None,
    outlet: str | None = None,
) -> Article:
    """Read ``source`` into a checked ``Article``.

    ``source`` is raw bytes, a URL (``scheme://…``; only http and https are fetched), a path (a
    ``PathLike``, or a ``str`` naming an existing file) or the content itself. ``url`` says where bytes or
    content came from (for links and the outlet); ``outlet`` overrides the outlet found from the URL's
    domain or the page's site name.
    """
    options = options or Options()
    origin = None
    path: Path | None = None
    if isinstance(source, bytes):
        content = decode(source, options)
    elif isinstance(source, str) and _URL.match(source.strip()):
        body, url, content_type = fetch(source.strip(), options)
        content = decode(body, options, name=url, charset=_charset(content_type))
        origin = "url"
    elif isinstance(source, os.PathLike) or _names_file(source):
        path = Path(source)
        content = decode(read_bytes(path, options), options, name=str(path))
    else:
        content = _from_str(source, options)
    article = _parse(content, options, url=url)
    article.origin = origin or article.origin
    if path is not None:
        article.extra["path"] = str(path)  # the SemEval export takes the article id from the file name
    article.outlet = outlet or _outlet(article, options)
    check_text(article.text, options)
    return article


def _names_file(source: str) -> bool:
    """A str is a file name only when it could be one and that file exists; otherwise it is content."""
    if "\n" in source or len(source) >= _MAX_PATH_CHARS:
        return False
    try:
        return Path(source).is_file()
    except (OSError, ValueError):  # name too long for the OS, NUL in the name …
        return False


def read_bytes(path: Path, options: Options) -> bytes:
    """Read a file, refusing a large one from its size alone, before a byte is read; E105 if missing."""
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise PresslensError(
                E.TOO_LARGE, detail=f"{path} is {size:,} bytes; the cap is {options.max_bytes:,} bytes"
            )
        with path.open("rb") as handle:
            # Read at most one byte past the cap: stat lies for pipes and growing files.
            return handle.read(options.max_bytes + 1)
    except FileNotFoundError:
        raise PresslensError(E.NOT_FOUND, detail=str(path)) from None
    except OSError as err:
        raise PresslensError(E.NOT_FOUND, detail=f"{path}: {err.strerror or err}") from None


def _from_str(content: str, options: Options) -> str:
    """Content passed as a str gets the same size and emptiness checks as bytes."""
    if len(content) > options.max_bytes:
        raise PresslensError(
            E.TOO_LARGE, detail=f"the text is {len(content):,} characters; the cap is {options.max_bytes:,}"
        )
    if not content.strip():
        raise PresslensError(E.EMPTY_INPUT, detail="the text is empty or only whitespace")
    return normalise_newlines(content)


def _charset(content_type: str) -> str | None:
    found = _CHARSET_PARAM.search(content_type)
    return found.group(1) if found else None


def _parse(content: str, options: Options, *, url: str | None) -> Article:
    if html.looks_like_html(content):
        return html.extract(content, options, url=url)
    return Article(text=content, title=_markdown_title(content), url=url, origin="text")


def _markdown_title(text: str) -> str | None:
    """``# Title`` on the first non-empty line. The text keeps it: offsets refer to the text as given."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    found = _MARKDOWN_TITLE.match(first.strip())
    return found.group(1) if found else None


def _outlet(article: Article, options: Options) -> str | None:
    """The outlet from the page's domain (known outlets get their canonical name), else its site name."""
    host = urlsplit(article.url).hostname if article.url else None
    return load_outlets(options.outlet_aliases).by_domain(host) or article.site
