"""The ``presslens`` command line (Typer).

Why errors are caught here and only here: every user-facing failure is a numbered ``PresslensError``
that becomes one line on stderr and a documented exit status (``docs/errors.md``); anything else is a bug
and is allowed to traceback.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from presslens import __version__
from presslens.errors import E, PresslensError
from presslens.ingest import load
from presslens.pipeline import read_article
from presslens.plugins import renderer, renderers
from presslens.settings import Options

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="presslens reads news and opinion articles: who says what, on whose authority, with what evidence.",
)
SAMPLE = "sample/harbor_bridge.txt"

SourceArg = Annotated[
    str | None,
    typer.Argument(help="File, URL, or - for stdin. Omitted: the bundled sample article."),
]
UrlOpt = Annotated[str | None, typer.Option("--url", help="URL the input came from (names the outlet).")]
OutletOpt = Annotated[str | None, typer.Option("--outlet", help="Outlet name, overriding the URL's domain.")]
PrivateOpt = Annotated[
    bool, typer.Option("--allow-private", help="Allow fetching private, loopback or link-local addresses.")
]
AnyLangOpt = Annotated[bool, typer.Option("--any-language", help="Skip the English-only check.")]
ClaimThresholdOpt = Annotated[
    float | None,
    typer.Option(
        help="Calibrated P(check-worthy) from which a sentence counts as a claim (default: the model card's)."
    ),
]


def _choice(fmt: str, allowed: tuple[str, ...]) -> str:
    """``--format`` checked against the command's own formats (E-numbered error otherwise)."""
    if fmt not in allowed:
        names = ", ".join(allowed[:-1]) + " or " + allowed[-1]
        raise PresslensError(E.BAD_OPTION, f"--format must be {names}, got {fmt!r}")
    return fmt


def _probability(value: float | None, name: str) -> float | None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise PresslensError(E.BAD_OPTION, f"{name} must be between 0 and 1, got {value}")
    return value


def _options(allow_private: bool, any_language: bool, **extra: object) -> Options:
    return Options().with_(allow_private=allow_private, require_english=not any_language, **extra)


def _source(source: str | None, options: Options, url: str | None, outlet: str | None):
    """Resolve the SOURCE argument into an ``Article`` (stdin, sample, file, URL)."""
    if source is None:
        text = resources.files("presslens").joinpath(SAMPLE).read_text(encoding="utf-8")
        return load(text, options, url=url, outlet=outlet or "The Springfield Beacon")
    if source == "-":
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        return load(data, options, url=url, outlet=outlet)
    if not source.startswith(("http://", "https://")) and "\n" not in source:
        path = Path(source)
        if not path.exists():
            raise PresslensError(E.NOT_FOUND, source)
        return load(path, options, url=url, outlet=outlet)
    return load(source, options, url=url, outlet=outlet)


def _parse_aliases(values: list[str]) -> dict[str, str]:
    aliases = {}
    for value in values:
        alias, sep, name = value.partition("=")
        if not sep or not alias.strip() or not name.strip():
            raise PresslensError(E.BAD_OPTION, f"--alias expects ALIAS=Outlet Name, got {value!r}")
        aliases[alias.strip()] = name.strip()
    return aliases


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
    else:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {output}", err=True)


@app.command()
def read(
    source: SourceArg = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="terminal, json, html (see `formats`).")
    ] = "terminal",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    url: UrlOpt = None,
    outlet: OutletOpt = None,
    alias: Annotated[
        list[str] | None, typer.Option("--alias", help="Extra outlet alias, ALIAS=Outlet Name (repeatable).")
    ] = None,
    min_confidence: Annotated[
        float, typer.Option(help="Drop attributions and technique spans below this confidence.")
    ] = 0.0,
    claim_threshold: ClaimThresholdOpt = None,
    technique_threshold: Annotated[
        float | None,
        typer.Option(help="P(inside a technique) for technique spans (default: selected on PTC dev)."),
    ] = None,
    allow_private: PrivateOpt = False,
    any_language: AnyLangOpt = False,
) -> None:
    """Read one article: sourcing, claims and their backing, certainty, persuasion techniques, genre."""
    options = _options(
        allow_private,
        any_language,
        min_confidence=min_confidence,
        outlet_aliases=_parse_aliases(alias or []),
        claim_threshold=_probability(claim_threshold, "--claim-threshold"),
        technique_threshold=_probability(technique_threshold, "--technique-threshold"),
    )
    chosen = renderer(fmt)
    if source is None:
        typer.echo("presslens: no SOURCE given, reading the bundled sample article", err=True)
    reading = read_article(_source(source, options, url, outlet), options)
    if chosen.name == "terminal" and output is None:
        from presslens.render.terminal import print_terminal

        print_terminal(reading, Console())
        return
    _emit(chosen.render(reading), output)


@app.command()
def extract(
    source: SourceArg = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    url: UrlOpt = None,
    outlet: OutletOpt = None,
    allow_private: PrivateOpt = False,
    any_language: AnyLangOpt = False,
) -> None:
    """Print only the extracted article (main text and metadata), without analysis."""
    _choice(fmt, ("text", "json"))
    article = _source(source, _options(allow_private, any_language), url, outlet)
    if fmt == "json":
        _emit(json.dumps({"text": article.text, **article.meta()}, ensure_ascii=False, indent=2), None)
    else:
        _emit(article.text, None)


@app.command()
def claims(
    source: SourceArg = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    url: UrlOpt = None,
    outlet: OutletOpt = None,
    claim_threshold: ClaimThresholdOpt = None,
    allow_private: PrivateOpt = False,
    any_language: AnyLangOpt = False,
) -> None:
    """List an article's check-worthy claims with their backing (named/anonymous source, evidence, none)."""
    from presslens.render.claims import claims_csv, claims_json, claims_table

    _choice(fmt, ("table", "csv", "json"))
    options = _options(
        allow_private, any_language, claim_threshold=_probability(claim_threshold, "--claim-threshold")
    )
    reading = read_article(_source(source, options, url, outlet), options)
    if fmt == "table":
        claims_table(reading, Console())
    else:
        _emit(claims_csv(reading) if fmt == "csv" else claims_json(reading), None)


@app.command()
def checkworthy(
    source: Annotated[
        str, typer.Argument(help="One sentence per line, or a TSV with Sentence_id and Text; - for stdin.")
    ],
    threshold: Annotated[
        float | None,
        typer.Option(help="Yes from this calibrated P(check-worthy) (default: the model card's threshold)."),
    ] = None,
    any_language: AnyLangOpt = False,
) -> None:
    """Score sentences for check-worthiness: prints id<TAB>score<TAB>Yes|No per sentence."""
    from presslens.analyze.encoder import load_encoder
    from presslens.ingest import read_bytes
    from presslens.ingest.sentences import parse_sentences
    from presslens.ingest.text import decode

    options = _options(False, any_language)
    data = (
        sys.stdin.buffer.read(options.max_bytes + 1) if source == "-" else read_bytes(Path(source), options)
    )
    pairs = parse_sentences(decode(data, options, name=source), options)
    encoder = load_encoder()
    cut = _probability(threshold, "--threshold")
    cut = float(encoder.card["thresholds"]["checkworthy"]) if cut is None else cut
    scores = encoder.checkworthiness([text for _, text in pairs])
    _emit(
        "".join(
            f"{sid}\t{p:.4f}\t{'Yes' if p >= cut else 'No'}\n"
            for (sid, _), p in zip(pairs, scores, strict=True)
        ),
        None,
    )


@app.command()
def formats() -> None:
    """List output formats (built-in and from plugins)."""
    for name, r in sorted(renderers().items()):
        typer.echo(f"{name}\t{r.media_type}\t{r.description}")


@app.command()
def version() -> None:
    """Print the presslens version."""
    typer.echo(__version__)


def main() -> None:
    """Entry point: run the app, turning numbered errors into one line and an exit status."""
    try:
        app(standalone_mode=False)
    except PresslensError as exc:
        typer.echo(f"presslens: error {exc}", err=True)
        raise SystemExit(exc.exit_status) from None
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("presslens: interrupted", err=True)
        raise SystemExit(130) from None
    except Exception as exc:  # click usage errors arrive here in non-standalone mode
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            raise SystemExit(exc.exit_code) from None
        raise


if __name__ == "__main__":
    main()
