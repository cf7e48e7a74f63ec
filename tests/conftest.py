"""Shared test configuration: Hypothesis profiles.

``default`` keeps a local run quick; ``ci`` looks harder.  Choose one with the
``HYPOTHESIS_PROFILE`` environment variable (``.ci/run`` sets ``ci`` when ``CI=true``).
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
