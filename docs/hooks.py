"""MkDocs hook: show the docstrings' Sphinx roles (:class:`Article`) as plain code.

The docstrings are written for Sphinx and for ``help()``; mkdocstrings renders them as
Markdown, which leaves the role names in front of the code.  This drops the role names
(and a leading ``~``) from the rendered pages of the API reference.
"""

from __future__ import annotations

import re
from typing import Any

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|data|mod|exc|obj|const):(<code>)~?")


def on_page_content(html: str, **kwargs: Any) -> str:
    """Drop Sphinx role names before inline code."""
    return _ROLE.sub(r"\1", html)
