"""The Typer app, the shared option types, and the one place errors become exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import typer

from .. import __version__
from ..errors import KgError

app = typer.Typer(
    name="kg",
    help="Build, query, check and draw a knowledge graph of UK police (PEEL) inspection documents.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DEBUG_ENV = "KG_DEBUG"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for unexpected errors."),
) -> None:
    """peel-kg: documents in, an RDF knowledge graph out."""
    if debug:
        os.environ[DEBUG_ENV] = "1"


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    typer.echo(f"kg: {message}", err=True)
    return typer.Exit(code)


def handles_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into one line on stderr and their exit code; never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KgError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # the reader went away (`kg query ... | head`); not an error of ours
            sys.stderr.close()
            raise typer.Exit(0) from None
        except Exception as exc:
            if os.environ.get(DEBUG_ENV):
                raise
            raise fail(f"unexpected error: {type(exc).__name__}: {exc} (run with --debug for details)", 2) from None

    return wrapper


def main() -> None:
    """Console-script entry point."""
    app()
