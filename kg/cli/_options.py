"""Option parsing shared by several commands."""

from __future__ import annotations

from ..errors import QueryError


def parse_params(pairs: list[str] | None) -> dict[str, str]:
    """`--param NAME=VALUE` options as a dict; a malformed one is a QueryError (exit 2)."""
    given: dict[str, str] = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param takes NAME=VALUE, not {pair!r}")
        given[name.strip()] = value
    return given


FROM_HELP = ("Read the build kg build wrote to DIR (its store or graph files) instead of output/. "
             "Also the environment variable KG_FROM.")
