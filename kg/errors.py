"""Exceptions the library raises; only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error peel-kg reports to a user (exit code 2 unless stated)."""

    exit_code = 2


class DocumentError(KgError):
    """A document could not be read, decoded or classified."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class UnknownGenre(KgError):
    """No extractor is registered under that genre name."""


class GraphNotFound(KgError):
    """The graph a command needs has not been built."""


class QueryError(KgError):
    """A query is unknown, malformed, not read-only, or was given bad parameters."""


class QueryTimeout(QueryError):
    """A query ran longer than its time limit and was stopped."""


class OutputLocked(KgError):
    """Another build is writing to the same output folder."""


class SettingError(KgError):
    """An environment variable or option holds a value kg cannot use."""


class InputNotFound(KgError):
    """A document or folder named on the command line does not exist."""
