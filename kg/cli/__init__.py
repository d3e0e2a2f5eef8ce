"""The `kg` command line: one module per command, each a thin layer over one library call.

A command parses its options, calls one function of the library and presents its result;
it decides nothing about documents or graphs. Only this package prints, exits or turns
the library's typed errors into messages and exit codes; nothing below imports it.

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
