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


ENDPOINT_HELP = "Ask this SPARQL 1.1 endpoint's default graph instead of a build (see `kg push`)."


def open_source(source: object, data: list | None, store: str, syntax: str | None, endpoint: str | None):  # noqa: ANN201
    """The engine a reading command asks: an endpoint, --data files, or the build in
    --from DIR (default output/)."""
    from pathlib import Path

    from ..store.opening import open_engine
    from ..project import Project

    if endpoint:
        if data:
            raise QueryError("give --endpoint or --data, not both")
        from ..store.remote import EndpointEngine

        return EndpointEngine(endpoint)
    return open_engine(Path(source) if source else Project().output_dir, data or [], store, syntax)
