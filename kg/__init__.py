"""peel-kg: a knowledge-graph builder for UK police inspection (PEEL) documents."""

from __future__ import annotations

__version__ = "0.1.0"
