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


class UsageError(KgError):
    """An option or argument that cannot be used as given (an unknown format name, a
    value that names nothing, a path that cannot be written)."""


class OutputError(KgError):
    """An output file or folder cannot be written (the operating system refused)."""


def os_reason(exc: OSError) -> str:
    """An operating-system error in a few words, without errno numbers or class names."""
    if isinstance(exc, (FileExistsError, NotADirectoryError)):
        return "a file stands where a folder is needed"
    if isinstance(exc, IsADirectoryError):
        return "it is a folder"
    return (exc.strerror or type(exc).__name__).lower()


def cannot_write(path: object, exc: OSError) -> OutputError:
    """The OutputError for an OSError met while writing `path`."""
    return OutputError(f"{path}: cannot write: {os_reason(exc)}")
