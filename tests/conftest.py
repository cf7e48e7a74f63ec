"""Shared test configuration: Hypothesis profiles.

``default`` keeps a local run quick; ``ci`` looks harder; ``long`` (100,000 examples per
property) is for a run by hand, e.g. ``HYPOTHESIS_PROFILE=long pytest
tests/test_pipeline_properties.py -k partition``.  Choose one with the
``HYPOTHESIS_PROFILE`` environment variable (``.ci/run`` sets ``ci`` when ``CI=true``).
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=1000, deadline=None)
settings.register_profile("long", max_examples=100_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
