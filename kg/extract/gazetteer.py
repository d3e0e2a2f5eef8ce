"""The gazetteer (ontology/forces.ttl) as plain data for the extractors: no RDF leaves here."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import RDF, RDFS, SKOS

from ..prefixes import PEEL_IRI

PEEL = Namespace(PEEL_IRI)  # the ontology's terms as plain IRIs (kg.graph.vocab is the graph side's closed view)


@dataclass(frozen=True)
class ForceEntry:
    """A force: its data.police.uk id, official name and the other names documents use."""

    id: str
    name: str
    aliases: tuple[str, ...]
    country: str


@dataclass(frozen=True)
class InspectorateEntry:
    key: str  # "hmic"
    acronym: str  # "HMIC"
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Gazetteer:
    """Every force and inspectorate the tool knows, keyed by id / acronym."""

    forces: dict[str, ForceEntry]
    inspectorates: dict[str, InspectorateEntry]

@lru_cache(maxsize=4)
def load_gazetteer(path: Path) -> Gazetteer:
    """Read forces.ttl into a Gazetteer."""
    g = Graph().parse(path, format="turtle")
    forces: dict[str, ForceEntry] = {}
    for node in g.subjects(RDF.type, PEEL.Force):
        fid = str(g.value(node, PEEL.policeUkId))
        forces[fid] = ForceEntry(
            id=fid,
            name=str(g.value(node, RDFS.label)),
            aliases=tuple(sorted(str(a) for a in g.objects(node, SKOS.altLabel))),
            country=str(g.value(node, PEEL.country) or ""),
        )
    inspectorates: dict[str, InspectorateEntry] = {}
    for node in g.subjects(RDF.type, PEEL.Inspectorate):
        acronym = str(g.value(node, PEEL.acronym))
        inspectorates[acronym] = InspectorateEntry(
            key=str(node).rstrip("/").rsplit("/", 1)[-1],
            acronym=acronym,
            name=str(g.value(node, RDFS.label)),
            aliases=tuple(sorted(str(a) for a in g.objects(node, SKOS.altLabel))),
        )
    return Gazetteer(dict(sorted(forces.items())), dict(sorted(inspectorates.items())))
