"""The `kg` command line: one module per command, each a thin layer over one library call.

Exit codes (the same for every command):
  0  success
  1  a negative answer: ASK false, a graph that does not conform, warnings under --strict,
     scores below --min-f1
  2  bad usage or input: unknown option or query, malformed query, missing graph, unreadable file
"""

from __future__ import annotations

from ._app import app, main
from . import audit, build, evaluate, export, push, query, stats, validate, viz  # noqa: F401  (each import registers its command on `app`)

__all__ = ["app", "main"]
