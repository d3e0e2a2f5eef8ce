"""Query parameters that name a thing in the graph (a force, a theme), checked and resolved.

`--param force=Staffs` must find Staffordshire Police, and `--param force=Narnia` must be
an error listing the closest names, not "(0 rows)". A parameter whose name is a key of
LOOKUPS is looked up in the graph being asked (any engine) with that SPARQL, which lists
each candidate node with the names it answers to. A value matches a node by, in turn:
its IRI (`<iri>`, the bare IRI, or a prefixed name such as `id:force/kent` or the
table's `id:force\\/kent`); one of its names, ignoring case; one of its names with the
generic words of its kind left out (GENERIC_WORDS: "Staffs" for "Staffs Police", "Met"
for "Met Police"). The value passed on to the query is the node's IRI, which every named
query accepts for these parameters.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .engine import Engine, Rows
from ..errors import UsageError
from ..prefixes import PREFIXES
from .queries import NamedQuery
from .results import expand
from ..graph.terms import IRI


@dataclass(frozen=True)
class Lookup:
    kind: str          # what the thing is called in messages: "force"
    sparql: str        # SELECT ?node ?name: every node of the kind and each name it answers to
    listing: str       # the command that lists them
    generic: tuple[str, ...] = ()  # words a name may leave out ("police", "constabulary")


LOOKUPS: dict[str, Lookup] = {
    "force": Lookup(
        "force",
        "SELECT ?node ?name WHERE { ?node a peel:Force . "
        "{ ?node rdfs:label ?name } UNION { ?node skos:altLabel ?name } UNION { ?node peel:policeUkId ?name } }",
        "kg query forces",
        ("police", "constabulary", "service", "force", "the", "of", "and"),
    ),
    "theme": Lookup(
        "theme",
        "SELECT ?node ?name WHERE { ?node skos:inScheme peel:ThemeScheme . "
        "{ ?node skos:prefLabel ?name } UNION { ?node skos:notation ?name } UNION { ?node skos:altLabel ?name } }",
        "kg query themes",
    ),
}


def _key(name: str, generic: tuple[str, ...]) -> str:
    words = re.findall(r"[a-z0-9]+", name.lower())
    kept = [w for w in words if w not in generic]
    return " ".join(kept or words)


def resolve(engine: Engine, name: str, value: str, lookup: Lookup) -> str:
    """The IRI of the one node `value` names; UsageError with the closest names if none does."""
    outcome = engine.run(NamedQuery(f"lookup-{name}", lookup.sparql), {})
    if not isinstance(outcome, Rows):
        raise UsageError(f"the {lookup.kind} lookup is not a SELECT")
    names: dict[str, set[str]] = {}
    for node, label in outcome.rows:
        if node is not None and node.kind == IRI and label is not None:
            names.setdefault(node.value, set()).add(label.value)
    given = value.strip()
    as_iri = given[1:-1] if given.startswith("<") and given.endswith(">") else given
    expanded = expand(as_iri, list(PREFIXES.items())) or as_iri
    if expanded in names:
        return expanded
    for match in (lambda n: n.lower() == given.lower(),
                  lambda n: _key(n, lookup.generic) == _key(given, lookup.generic)):
        found = sorted(node for node, labels in names.items() if any(match(n) for n in labels))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise UsageError(f"{lookup.kind} {given!r} could be any of {', '.join(found)}; give one of these IRIs")
    every = sorted({n for labels in names.values() for n in labels})
    close = difflib.get_close_matches(given, every, n=3, cutoff=0.5) or \
        difflib.get_close_matches(given.lower(), [n.lower() for n in every], n=3, cutoff=0.5)
    hint = f"; the closest: {', '.join(close)}" if close else ""
    raise UsageError(f"no {lookup.kind} named {given!r} in this graph{hint} (`{lookup.listing}` lists them)")


def resolve_params(engine: Engine, query: NamedQuery, given: dict[str, str]) -> dict[str, str]:
    """The parameters with every value of a LOOKUPS parameter the query declares replaced by
    the IRI of the node it names."""
    declared = {p.name for p in query.params}
    return {name: resolve(engine, name, value, LOOKUPS[name]) if name in LOOKUPS and name in declared else value
            for name, value in given.items()}
