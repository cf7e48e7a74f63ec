"""Every code example in README.md and docs/ runs, and its printed output is checked.

Each Markdown file's ```python and ```pycon blocks run in order in one namespace, as a
reader would paste them, in a temporary directory that holds the files the examples
read (``story.txt``, ``wire.txt``…, written below).  A block in ``>>>`` form runs as a
doctest, so its output must match; any other block must run without an exception.  A
block that imports an optional package that is not installed (pandas, Dask, jsonschema)
is skipped, and so are the blocks after it in that file.  The modules' own docstring
examples run here too.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib
import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]

FENCE = re.compile(r"^```(python|pycon)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
IMPORT = re.compile(r"^\s*(?:>>> )?(?:import|from)\s+([A-Za-z_][\w]*)", re.MULTILINE)
OPTIONAL = {"pandas", "dask", "jsonschema"}
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

# The files the examples read, as a reader would have them beside their script.
WIRE = """Cuba's leader meets ministers on power cuts

By Ana Ruiz, Reuters

HAVANA, March 2 (Reuters) - Cuban President Miguel Diaz-Canel met ministers on Sunday to
discuss the island's power cuts.

"We will restore the grid step by step," Diaz-Canel said after the meeting.
"""
LOCAL = """Power returns to parts of Havana

HAVANA - Electricity returned to parts of the capital on Monday, a day after President
Miguel Díaz-Canel met his ministers.

"We will restore the grid step by step," Miguel Díaz-Canel told state television.
"""
THIRD = """Havana waits for power

Residents of Havana queued for water on Tuesday. Miguel Diaz-Canel Bermudez visited a
power plant in Matanzas.
"""
STORY = """Harbour ferry resumes after storm

By Lena Torvik

BERGEN, Jan 12 (Reuters) - The harbour ferry ran again on Monday after a storm closed
the route for two days.
"""
RECORDS = '{"id": 1, "text": "Storm hits coast\\n\\nRain fell on the coast on Monday."}\n' \
          '{"id": 2, "text": "Budget passed\\n\\nThe council passed the budget."}\n'


def write_fixtures(directory: Path) -> None:
    for name, text in (("wire.txt", WIRE), ("local.txt", LOCAL), ("third.txt", THIRD),
                       ("story.txt", STORY)):
        (directory / name).write_text(text, encoding="utf-8")
    (directory / "news").mkdir()
    (directory / "news" / "part-0.jsonl").write_text(RECORDS, encoding="utf-8")


def blocks(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, code) of each Python block in the Markdown file at ``path``."""
    text = path.read_text(encoding="utf-8")
    for match in FENCE.finditer(text):
        yield text.count("\n", 0, match.start(2)) + 1, match.group(2)


def missing_optional(code: str) -> str | None:
    for name in IMPORT.findall(code):
        if name in OPTIONAL and importlib.util.find_spec(name) is None:
            return name
    return None


@contextlib.contextmanager
def quiet_dask() -> Iterator[None]:
    """Dask bags run on the synchronous scheduler here: no processes for a tiny example."""
    if importlib.util.find_spec("dask") is None:
        yield
        return
    import dask

    with dask.config.set(scheduler="synchronous"):
        yield


def run_page(path: Path) -> tuple[int, list[str]]:
    """Run the page's blocks in order; return how many ran and the failures."""
    name = str(path.relative_to(ROOT))
    globs: dict[str, Any] = {"__name__": "__docs__"}
    parser = doctest.DocTestParser()
    failures: list[str] = []
    ran = 0
    for lineno, code in blocks(path):
        if missing_optional(code):
            break
        where = f"{name}:{lineno}"
        if re.search(r"^\s*>>> ", code, re.MULTILINE):
            test = parser.get_doctest(code, globs, where, str(path), lineno - 1)
            out: list[str] = []
            runner = doctest.DocTestRunner(optionflags=FLAGS)
            result = runner.run(test, out=out.append, clear_globs=False)
            globs.update(test.globs)  # DocTest works on a copy: keep what the block defined
            if result.failed:
                failures.append("".join(out))
        else:
            try:
                exec(compile(code, where, "exec"), globs)
            except Exception as e:  # report every page's failures, not only the first
                failures.append(f"{where}: {type(e).__name__}: {e}")
        ran += 1
    return ran, failures


def test_there_are_examples() -> None:
    counts = {p.name: len(list(blocks(p))) for p in PAGES}
    assert counts["README.md"] >= 5
    assert sum(counts.values()) >= 40, counts


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_examples_run(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_fixtures(tmp_path)
    monkeypatch.chdir(tmp_path)
    with quiet_dask():
        ran, failures = run_page(path)
    assert not failures, "\n".join(failures)
    total = len(list(blocks(path)))
    if ran < total:
        pytest.skip(f"{total - ran} of {total} blocks need an optional package that is not installed")


@pytest.mark.parametrize("module", ["newsparse", "newsparse.schema", "newsparse.records", "newsparse.model"])
def test_docstring_examples(module: str) -> None:
    importlib.import_module(module)
    import sys

    result = doctest.testmod(sys.modules[module], optionflags=FLAGS)
    assert result.failed == 0
