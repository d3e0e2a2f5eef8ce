"""Where things live: one Project, resolved once and passed to whoever needs a path."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SettingError

DEFAULT_BASE_IRI = "https://w3id.org/peel-kg/id/"
BASE_IRI_ENV = "KG_BASE_IRI"
# An absolute IRI: a scheme, a colon, and no character that could end an IRI in Turtle or
# SPARQL (a space, a control, <, >, ", {, }, |, ^, a backquote or a backslash).
_ABSOLUTE_IRI = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>"{}|^`\\]+')


def base_iri(value: str, source: str = BASE_IRI_ENV) -> str:
    """The base under which instance IRIs are minted: an absolute IRI ending in '/' or '#'
    ('/' is added where neither ends it, so that `base + "force/kent"` is what was meant).
    SettingError, naming `source`, for anything else."""
    if not _ABSOLUTE_IRI.fullmatch(value):
        raise SettingError(f"{source}={value!r} is not an absolute IRI (such as {DEFAULT_BASE_IRI}): "
                           "it needs a scheme and no spaces, quotes, angle brackets, braces or backslashes")
    return value if value.endswith(("/", "#")) else value + "/"


def _base_from_environment() -> str:
    return base_iri(os.environ.get(BASE_IRI_ENV) or DEFAULT_BASE_IRI)


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
    base_iri: str = field(default_factory=_base_from_environment)

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_iri", base_iri(self.base_iri, "base IRI"))

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
        return Path(__file__).resolve().parent / "page" / "templates"

    @property
    def static_dir(self) -> Path:
        return Path(__file__).resolve().parent / "static"
