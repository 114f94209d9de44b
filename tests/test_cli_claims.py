"""``presslens claims``, ``presslens checkworthy`` and ``read --format semeval`` as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.test_cli import run

ARTICLE = (
    "Unemployment in the county fell to 3.5 percent in March, Labor Secretary Jane Smith said on Tuesday. "
    "The fire clearly has the mark of the intelligence services all over it. "
    "These corrupt traitors have betrayed every patriot in this great nation."
)


def test_claims_csv_lists_every_claim_with_offsets(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    res = run("claims", str(src), "--format", "csv", "--claim-threshold", "0")
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(io.StringIO(res.stdout.decode())))
    assert len(rows) == 3
    for row in rows:
        assert ARTICLE[int(row["start"]) : int(row["end"])] == row["text"]
    assert rows[0]["support"] == "attributed-named" and rows[1]["support"] == "unsupported"
    assert rows[1]["certainty"] == "boosted"


def test_claims_table_and_json(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    table = run("claims", str(src), "--claim-threshold", "0")
    assert table.returncode == 0 and "attributed-named" in table.stdout.decode()
    data = json.loads(run("claims", str(src), "-f", "json", "--claim-threshold", "0").stdout)
    assert {c["support"] for c in data} >= {"attributed-named", "unsupported"}


def test_claims_bad_threshold_and_format_are_usage_errors(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    res = run("claims", str(src), "--claim-threshold", "1.5")
    assert res.returncode == 2 and b"E401" in res.stderr
    assert run("claims", str(src), "--format", "xml").returncode == 2


def test_checkworthy_one_sentence_per_line(tmp_path: Path) -> None:
    src = tmp_path / "s.txt"
    src.write_text(
        "We're consuming 50 percent of the world's cocaine.\n\nThank you very much.\n", encoding="utf-8"
    )
    res = run("checkworthy", str(src))
    assert res.returncode == 0, res.stderr
    lines = [line.split("\t") for line in res.stdout.decode().splitlines()]
    assert [x[0] for x in lines] == ["1", "3"]  # ids are line numbers; blank lines skipped
    assert all(0 <= float(x[1]) <= 1 and x[2] in ("Yes", "No") for x in lines)
    assert float(lines[0][1]) > float(lines[1][1])


def test_checkworthy_checkthat_tsv_with_quoted_fields(tmp_path: Path) -> None:
    src = tmp_path / "s.tsv"
    src.write_text(
        'Sentence_id\tText\tclass_label\n26\t"You know, I saw a movie - ""Crocodile Dundee."""\tNo\n'
        "80\tWe're consuming 50 percent of the world's cocaine.\tYes\n",
        encoding="utf-8",
    )
    res = run("checkworthy", str(src), "--threshold", "0.5")
    assert res.returncode == 0, res.stderr
    assert [line.split("\t")[0] for line in res.stdout.decode().splitlines()] == ["26", "80"]


def test_checkworthy_bad_inputs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    assert run("checkworthy", str(empty)).returncode == 3
    binary = tmp_path / "b.bin"
    binary.write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    assert run("checkworthy", str(binary)).returncode == 3
    french = tmp_path / "fr.txt"
    french.write_text(
        "Le gouvernement a annoncé mardi une hausse des impôts pour les entreprises.\n", encoding="utf-8"
    )
    res = run("checkworthy", str(french))
    assert res.returncode == 4 and b"E107" in res.stderr
    assert run("checkworthy", str(tmp_path / "missing.txt")).returncode == 3


def test_one_very_long_sentence_is_scored_and_read(tmp_path: Path) -> None:
    long = (
        "The council said that " + ", and ".join(f"the {n}th bridge needs repairs" for n in range(400)) + "."
    )
    src = tmp_path / "long.txt"
    src.write_text(long + "\n", encoding="utf-8")
    res = run("checkworthy", str(src))
    assert res.returncode == 0, res.stderr
    assert len(res.stdout.decode().splitlines()) == 1
    read = run("read", str(src), "--format", "json")
    assert read.returncode == 0, read.stderr


def test_read_semeval_format_uses_the_file_name_as_article_id(tmp_path: Path) -> None:
    src = tmp_path / "article111111112.txt"
    src.write_text(
        "These corrupt traitors in Washington have betrayed every patriot in this great nation. "
        "They are nothing but a gang of lying thugs and globalist puppets who hate America.",
        encoding="utf-8",
    )
    res = run("read", str(src), "--format", "semeval")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.decode().splitlines()
    assert lines, "the rant must yield technique spans"
    text = src.read_text(encoding="utf-8")
    for line in lines:
        art, label, start, end = line.split("\t")
        assert art == "111111112" and text[int(start) : int(end)].strip()
