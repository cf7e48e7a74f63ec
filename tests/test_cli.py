"""The ``newsparse`` command line, run in-process through ``newsparse.cli.main``."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import Article
from newsparse.cli import example_text, main

STORY = (
    "Harbour ferry resumes after storm\n"
    "\n"
    "By Lena Torvik\n"
    "\n"
    "BERGEN, Jan 12 (Reuters) - The harbour ferry ran again on Monday after a storm "
    "closed the route for two days.\n"
    "\n"
    "\"We are glad to be back,\" a ferry captain said.\n"
)
OTHER = "Short item\n\nThe council met on Tuesday and approved the budget.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_bundled_example_is_readable() -> None:
    text = example_text()
    assert text.startswith("Lisbon weighs hydrogen trams")
    assert "Photograph: Rui Valadares/Reuters" in text
    assert "LISBON, March 3 (Reuters) - " in text


def test_show_bundled_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "Lisbon weighs hydrogen trams as hill routes strain ageing fleet" in out
    authors = out[out.index("authors:") : out.index("dateline:")]
    assert "Marta Quintela" in authors
    assert "Daniel Oakhurst" in authors
    assert "LISBON" in out
    assert "Rui Valadares" in out
    assert "segments:" in out
    assert "counts:" in out


def test_show_file_with_options(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(story), "--reference-date", "2026-01-12", "--language", "en"]) == 0
    out, _ = capsys.readouterr()
    assert "Harbour ferry resumes after storm" in out
    assert "language:    en" in out
    # Every segment of the parse is listed.
    article = newsparse.load(story, reference_date=dt.date(2026, 1, 12))
    assert out.count("\n  ", out.index("segments:")) >= len(article.segments)


def test_show_summary_matches_parse(capsys: pytest.CaptureFixture[str]) -> None:
    article = newsparse.parse(example_text())
    assert main(["show"]) == 0
    out, _ = capsys.readouterr()
    for author in article.authors:
        assert author in out
    assert f"body ({len(article.paragraphs)} paragraphs)" in out
    assert f"{len(article.segments)} segments" in out


def test_parse_json_round_trips(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(story)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("{\n")  # indented
    data = json.loads(out)
    article = Article.from_dict(data)
    assert article == newsparse.load(story)
    assert article.source == STORY


def test_parse_json_passes_options(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(story), "--language", "de", "--reference-date", "2020-05-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["language"] == "de"
    expected = newsparse.load(story, language="de", reference_date=dt.date(2020, 5, 1))
    assert Article.from_dict(data) == expected


def test_parse_jsonl_two_files(story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    assert main(["parse", str(story), str(other), "--format", "jsonl"]) == 0
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2
    first, second = (Article.from_dict(json.loads(line)) for line in lines)
    assert first.source == STORY
    assert second.source == OTHER
    assert first == newsparse.load(story)


def test_parse_several_files_default_to_jsonl(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(story), str(story)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_parse_several_files_as_json_list(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(story), str(story), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 2


def test_parse_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    raw = STORY.replace("\n", "\r\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    assert main(["parse", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"] == STORY.replace("\n", "\r\n")  # line ends kept as they were


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["parse", str(missing)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("newsparse: error: ")
    assert "nope.txt" in err
    assert "Traceback" not in err
    assert main(["show", str(missing)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsparse: error: ")
    assert "Traceback" not in err


def test_undecodable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Headline\n\n\x81\x8d\x8f\xff body")
    assert main(["parse", str(bad)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("newsparse: error: ")
    assert "bad.txt" in err
    assert "Traceback" not in err


def test_jsonl_reports_bad_file_and_goes_on(story: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["parse", "--format", "jsonl", str(missing), str(story)]) == 2
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert json.loads(out)["source"] == STORY
    assert "missing.txt" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"newsparse {newsparse.__version__}"


@pytest.mark.parametrize("argv", [
    [],
    ["frobnicate"],
    ["parse"],
    ["parse", "x.txt", "--format", "xml"],
    ["show", "--reference-date", "yesterday"],
    ["show", "--language", "english"],
])
def test_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "usage:" in err
    assert "Traceback" not in err


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "show" in out and "parse" in out


def test_python_dash_m(tmp_path: Path) -> None:
    """``python -m newsparse`` runs the same command line."""
    done = subprocess.run([sys.executable, "-m", "newsparse", "--version"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"newsparse {newsparse.__version__}"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x81\x8d\x8f")
    done = subprocess.run([sys.executable, "-m", "newsparse", "parse", str(bad)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert done.stderr.startswith("newsparse: error: ")
    assert "Traceback" not in done.stderr


# ------------------------------------------------------------------ batches of JSON Lines


def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": STORY}),
        "this line is not JSON",
        json.dumps({"id": 3}),
        json.dumps({"id": "d", "text": OTHER}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _rows(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_gives_one_line_per_input_line(tmp_path: Path, workers: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--jsonl", str(_jsonl(tmp_path)), "--workers", workers]) == 1  # some failed
    out, err = capsys.readouterr()
    rows = _rows(out)
    assert [(r["id"], r["line"]) for r in rows] == [("a", 1), (None, 2), (3, 3), ("d", 4)]
    assert Article.from_dict(rows[0]["article"]) == newsparse.parse(STORY)  # type: ignore[arg-type]
    assert Article.from_dict(rows[3]["article"]) == newsparse.parse(OTHER)  # type: ignore[arg-type]
    assert rows[1]["error"]["type"] == "BadRecord"  # type: ignore[index]
    assert rows[2]["error"]["type"] == "InputTypeError"  # type: ignore[index]
    # the summary goes to standard error; no progress line when it is not a terminal
    assert err.startswith("newsparse: 4 records, 2 errors") and "\r" not in err


def test_batch_from_stdin_to_a_file_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    source = _jsonl(tmp_path)
    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(source.read_bytes())))
    assert main(["parse", "--jsonl", "-", "-o", str(out), "--quiet"]) == 1
    assert capsys.readouterr() == ("", "")
    whole = out.read_text(encoding="utf-8")
    # a run stopped after two lines, resumed with --skip 2: the file ends as the whole run's
    out.write_text("".join(whole.splitlines(keepends=True)[:2]), encoding="utf-8")
    assert main(["parse", "--jsonl", str(source), "-o", str(out), "--skip", "2", "--quiet"]) == 1
    assert out.read_text(encoding="utf-8") == whole


def test_batch_all_parsed_is_status_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"body": OTHER, "key": 7}) + "\n", encoding="utf-8")
    assert main(["parse", "--jsonl", str(path), "--text-field", "body", "--id-field", "key"]) == 0
    [row] = _rows(capsys.readouterr().out)
    assert row["id"] == 7 and row["line"] == 1 and "article" in row


@pytest.mark.parametrize("argv", [
    ["parse", "x.txt", "--jsonl", "in.jsonl"],
    ["parse", "--jsonl", "in.jsonl", "--workers", "0"],
    ["parse", "--jsonl", "in.jsonl", "--skip", "-1"],
])
def test_batch_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "usage:" in err and "Traceback" not in err


def test_batch_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--jsonl", str(tmp_path / "none.jsonl")]) == 2
    assert capsys.readouterr().err.startswith("newsparse: error: no such file")


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert json.loads(out) == newsparse.schema()


def test_parse_output_follows_the_schema(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    assert main(["parse", str(story)]) == 0
    jsonschema.validate(json.loads(capsys.readouterr().out), newsparse.schema(),
                        cls=jsonschema.Draft202012Validator)


def test_python_dash_m_schema() -> None:
    done = subprocess.run([sys.executable, "-m", "newsparse", "schema"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"] == "newsparse Article"
