"""The Typer app, the shared option types, and the one place errors become exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import typer
from typer.core import TyperGroup

try:  # typer 0.29 carries its own copy of click
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover (typer on the public click)
    from click import exceptions as click_errors

from ..version import __version__
from ..errors import KgError, os_reason


class _OneLineErrors(TyperGroup):
    """Click's usage errors (unknown option or command, bad value) as one `kg:` line naming
    the help to read, instead of a usage block; the exit code stays click's (2)."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, windows_expand_args: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except click_errors.NoArgsIsHelpError as exc:  # bare `kg`: the help, as click shows it
            exc.show()
            sys.exit(exc.exit_code)
        except click_errors.UsageError as exc:
            where = f"; see `{exc.ctx.command_path} --help`" if exc.ctx is not None else ""
            typer.echo(f"kg: {' '.join(exc.format_message().split())}{where}", err=True)
            sys.exit(exc.exit_code)
        except click_errors.ClickException as exc:
            typer.echo(f"kg: {' '.join(exc.format_message().split())}", err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            typer.echo("kg: aborted", err=True)
            sys.exit(130)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=_OneLineErrors,
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
        except OSError as exc:  # a path the operating system refused: name it, no errno
            if os.environ.get(DEBUG_ENV):
                raise
            where = exc.filename if exc.filename is not None else "kg"
            raise fail(f"{where}: {os_reason(exc)}", 2) from None
        except Exception as exc:
            if os.environ.get(DEBUG_ENV):
                raise
            raise fail(f"unexpected error: {type(exc).__name__}: {exc} (run with --debug for details)", 2) from None

    return wrapper


def main() -> None:
    """Console-script entry point."""
    app()
