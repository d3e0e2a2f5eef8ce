"""peel-kg: a knowledge-graph builder for UK police inspection (PEEL) documents.

The library in a few names (see kg.api and the README's "Python library"):

    import kg
    g = kg.open("output")                           # a build; kg.open(data=[...]) for files
    rows = g.query("grade-history", force="Kent")   # QueryRows; .to_dataframe() with pandas
    summary = kg.build(["seeds"], out="output")     # str(summary) is what `kg build` prints

They are loaded on first use, so `import kg` (and every `kg` command's start) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .version import __version__

if TYPE_CHECKING:
    from .api import BuildSummary, KnowledgeGraph, QueryRows, build, open  # noqa: A004

_API = ("BuildSummary", "KnowledgeGraph", "QueryRows", "build", "open")
__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
