"""Reading articles from files and bytes, with the library's own errors.

Bytes are decoded as UTF-8 (a BOM is dropped), UTF-16 when a UTF-16 BOM says so, and
otherwise with the policy's fallback encoding (cp1252 by default).  Line endings are kept
as they are in ``Article.source``.
"""

from __future__ import annotations

import codecs
import os
from typing import Any

from .errors import DecodeError, InputTypeError, SourceNotFound, SourceUnreadable
from .policy import DEFAULT, Policy

__all__ = ["decode", "read_source"]


def decode(data: bytes, *, name: str = "<bytes>", policy: Policy = DEFAULT) -> tuple[str, str]:
    """Decode ``data``; return the text and the encoding used.

    Raises :class:`DecodeError` (naming ``name`` and the first bad byte's offset) when the
    bytes are text in none of the encodings tried.
    """
    if data.startswith(codecs.BOM_UTF8):
        encodings = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", policy.fallback_encoding]
    first_error: UnicodeDecodeError | None = None
    for encoding in encodings:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as e:
            first_error = first_error or e
        except LookupError as e:
            raise InputTypeError(f"unknown fallback encoding {encoding!r} in the policy") from e
    offset = first_error.start if first_error is not None else None
    raise DecodeError(
        f"{name}: bytes are not text in {' or '.join(encodings)} (first bad byte at offset {offset})",
        source=name, offset=offset)


def read_source(path_or_file: Any, *, policy: Policy = DEFAULT) -> str:
    """The text of a path (``str`` or ``os.PathLike``) or of an open text or binary file."""
    if isinstance(path_or_file, (str, os.PathLike)):
        name = os.fspath(path_or_file)
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        try:
            with open(name, "rb") as fh:
                data = fh.read()
        except FileNotFoundError as e:
            raise SourceNotFound(f"no such file: {name}") from e
        except IsADirectoryError as e:
            raise SourceUnreadable(f"{name} is a directory, not a file") from e
        except PermissionError as e:
            raise SourceUnreadable(f"no permission to read {name}") from e
        except OSError as e:
            raise SourceUnreadable(f"cannot read {name}: {e.strerror or e}") from e
        return decode(data, name=name, policy=policy)[0]
    read = getattr(path_or_file, "read", None)
    if not callable(read):
        raise InputTypeError(
            f"load() takes a path or an open file, not {type(path_or_file).__name__}; "
            "use newsparse.parse() for a str")
    name = str(getattr(path_or_file, "name", "<file>"))
    try:
        data = read()
    except UnicodeDecodeError as e:
        raise DecodeError(f"{name}: bytes are not text in the file's encoding (offset {e.start})",
                          source=name, offset=e.start) from e
    except OSError as e:
        raise SourceUnreadable(f"cannot read {name}: {e}") from e
    if isinstance(data, str):
        return data
    if isinstance(data, (bytes, bytearray, memoryview)):
        return decode(bytes(data), name=name, policy=policy)[0]
    raise InputTypeError(f"{name}.read() gave {type(data).__name__}, not str or bytes")
