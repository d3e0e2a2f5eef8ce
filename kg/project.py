"""Where things live: one Project, resolved once and passed to whoever needs a path."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_BASE_IRI = "https://w3id.org/peel-kg/id/"


def _default_root() -> Path:
    """The project checkout: KG_ROOT, else the folder holding ontology/ above this package."""
    env = os.environ.get("KG_ROOT")
    if env:
        return Path(env).resolve()
    return Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Project:
    """The project's folders and the base of the IRIs it mints."""

    root: Path = field(default_factory=_default_root)
    base_iri: str = field(default_factory=lambda: os.environ.get("KG_BASE_IRI", DEFAULT_BASE_IRI))

    @property
    def ontology_dir(self) -> Path:
        return self.root / "ontology"

    @property
    def queries_dir(self) -> Path:
        return self.root / "queries"

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def output_dir(self) -> Path:
        return Path("output")

    @property
    def templates_dir(self) -> Path:
        return Path(__file__).resolve().parent / "templates"

    @property
    def static_dir(self) -> Path:
        return Path(__file__).resolve().parent / "static"
