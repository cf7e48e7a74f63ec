"""Reading articles: paths, files, encodings, and the errors for bad input."""

from __future__ import annotations

import codecs
import io
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import (
    DecodeError,
    InputTypeError,
    NewsparseError,
    SourceNotFound,
    SourceUnreadable,
)

TEXT = "Storm hits coast\n\nBy Jane Doe\n\nLONDON (Reuters) - Rain fell on the café.\n"


# ------------------------------------------------------------------ where from


def test_load_str_path(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    article = newsparse.load(str(path))
    assert article.source == TEXT
    assert article == newsparse.parse(TEXT)


def test_load_pathlib_path(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert newsparse.load(path).source == TEXT


def test_load_text_file_object(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    with open(path, encoding="utf-8", newline="") as fh:
        assert newsparse.load(fh).source == TEXT
    assert newsparse.load(io.StringIO(TEXT)).source == TEXT


def test_load_binary_file_object(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    with open(path, "rb") as fh:
        assert newsparse.load(fh).source == TEXT
    assert newsparse.load(io.BytesIO(TEXT.encode("utf-8"))).source == TEXT


def test_load_passes_options() -> None:
    import datetime as dt

    article = newsparse.load(io.StringIO(TEXT), language="fr", reference_date=dt.date(2024, 2, 3))
    assert article.language == "fr"
    assert article == newsparse.parse(TEXT, language="fr", reference_date=dt.date(2024, 2, 3))


# ------------------------------------------------------------------ encodings


def test_utf8_bom_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    article = newsparse.load(path)
    assert article.source == TEXT
    assert not article.source.startswith("\ufeff")


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(TEXT.encode("utf-16"))  # writes a BOM
    assert newsparse.load(path).source == TEXT


def test_crlf_kept(tmp_path: Path) -> None:
    crlf = TEXT.replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(crlf.encode("utf-8"))
    article = newsparse.load(path)
    assert article.source == crlf
    assert "\r\n" in article.source
    for seg in article.segments:
        assert seg.span.slice(article.source) == article.source[seg.span.start : seg.span.end]
    assert "".join(s.span.slice(article.source) for s in article.segments) == crlf


def test_lone_cr_kept() -> None:
    cr = TEXT.replace("\n", "\r")
    assert newsparse.load(io.BytesIO(cr.encode("utf-8"))).source == cr


def test_cp1252_fallback() -> None:
    assert newsparse.load(io.BytesIO(b"caf\xe9")).source == "café"
    assert newsparse.load(io.BytesIO(b"\x93quoted\x94 \x96 dash")).source == "“quoted” – dash"


def test_decode_helper() -> None:
    assert newsparse.decode(b"caf\xc3\xa9") == ("café", "utf-8")
    assert newsparse.decode(b"caf\xe9") == ("café", "cp1252")


def test_undecodable_bytes(tmp_path: Path) -> None:
    # 0x81, 0x8D and 0x8F are invalid UTF-8 start bytes and undefined in cp1252.
    data = b"abc" + b"\x81\x8d\x8f"
    with pytest.raises(DecodeError) as info:
        newsparse.load(io.BytesIO(data))
    assert info.value.offset == 3
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, NewsparseError)
    assert "offset 3" in str(info.value)

    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(DecodeError) as info:
        newsparse.load(path)
    assert info.value.offset == 3
    assert info.value.source == str(path)
    assert "bad.txt" in str(info.value)


def test_undecodable_text_file_object(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"ok \xff\xfe\x81")
    with open(path, encoding="utf-8") as fh, pytest.raises(DecodeError) as info:
        newsparse.load(fh)
    assert info.value.offset is not None


# ------------------------------------------------------------------ missing, unreadable, wrong type


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(SourceNotFound) as info:
        newsparse.load(missing)
    assert isinstance(info.value, FileNotFoundError)
    assert "missing.txt" in str(info.value)
    with pytest.raises(SourceNotFound):
        newsparse.load(str(missing))


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(SourceUnreadable) as info:
        newsparse.load(tmp_path)
    assert isinstance(info.value, OSError)


@pytest.mark.skipif(os.name != "posix" or (hasattr(os, "geteuid") and os.geteuid() == 0),
                    reason="needs POSIX permissions and a non-root user")
def test_no_permission(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(SourceUnreadable):
            newsparse.load(path)
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize("value", [42, 3.5, None, ["a"], {"text": "x"}])
def test_load_wrong_type(value: object) -> None:
    with pytest.raises(InputTypeError) as info:
        newsparse.load(value)
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, NewsparseError)


@pytest.mark.parametrize("value", [b"x", bytearray(b"x"), None, 42, ["x"]])
def test_parse_wrong_type(value: object) -> None:
    with pytest.raises(InputTypeError) as info:
        newsparse.parse(value)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)


def test_parse_bytes_suggests_load() -> None:
    with pytest.raises(TypeError, match="load"):
        newsparse.parse(b"x")  # type: ignore[arg-type]


def test_parse_wrong_reference_date_type() -> None:
    with pytest.raises(InputTypeError):
        newsparse.parse("x", reference_date="2024-01-01")  # type: ignore[arg-type]


@pytest.mark.parametrize("func", [newsparse.parse_byline, newsparse.parse_dateline,
                                  newsparse.parse_credit, newsparse.parse_caption])
def test_helpers_wrong_type(func: object) -> None:
    with pytest.raises(InputTypeError):
        func(None)  # type: ignore[operator]


def test_file_object_reading_wrong_type() -> None:
    class Odd:
        name = "odd"

        def read(self) -> int:
            return 7

    with pytest.raises(InputTypeError):
        newsparse.load(Odd())


# ------------------------------------------------------------------ properties


@given(st.text())
def test_utf8_bytes_load_back_exactly(text: str) -> None:
    expected = text[1:] if text.startswith("\ufeff") else text  # a leading BOM is dropped
    assert newsparse.load(io.BytesIO(text.encode("utf-8"))).source == expected


@given(st.text())
def test_text_files_load_exactly(text: str) -> None:
    assert newsparse.load(io.StringIO(text, newline="")).source == text


@given(st.binary(max_size=200))
def test_any_bytes_decode_or_raise_decode_error(data: bytes) -> None:
    try:
        article = newsparse.load(io.BytesIO(data))
    except DecodeError as e:
        assert e.offset is not None and 0 <= e.offset < len(data)
    else:
        assert isinstance(article.source, str)


def test_latin1_text_loads() -> None:
    text = "Señor Müller à Zürich: «Ça va», dit-il. Ærø, Øresund, façade, naïve £5 ±2 ¼."
    assert newsparse.load(io.BytesIO(text.encode("latin-1"))).source == text


def test_mojibake_is_left_as_it_is() -> None:
    """UTF-8 once misread as cp1252 and saved again: the text is what the bytes say."""
    mangled = "Café – São Paulo".encode().decode("cp1252").encode("utf-8")
    article = newsparse.load(io.BytesIO(mangled))
    assert article.source == mangled.decode("utf-8")
    assert "CafÃ©" in article.source


def test_max_chars_cuts_and_records_a_defect() -> None:
    text = "Storm hits coast\n\n" + "Rain fell. " * 50
    policy = newsparse.Policy(max_chars=100)
    article = newsparse.ArticleParser(policy=policy).parse(text)
    assert article.source == text[:100]
    assert [d.kind for d in article.defects] == ["truncated"]
    assert "".join(s.span.slice(article.source) for s in article.segments) == article.source
    with pytest.raises(newsparse.DefectError):
        newsparse.ArticleParser(policy=newsparse.Policy(max_chars=100, raise_on_defect=True)).parse(text)
    assert newsparse.parse(text).source == text  # the default limit is ten million characters
