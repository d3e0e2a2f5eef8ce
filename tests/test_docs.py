"""The README keeps up with the command line: every command and every option is documented."""

from __future__ import annotations

import re

import pytest
import typer.main
from typer.testing import CliRunner

from kg.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMAND = typer.main.get_command(app)


def readme_section(name: str) -> str:
    """The README's text from `### \\`kg NAME` to the next heading of the same level or above."""
    m = re.search(rf"^### `kg {re.escape(name)}\b.*?(?=^##)", README, flags=re.MULTILINE | re.DOTALL)
    assert m, f"README has no section for kg {name}"
    return m.group(0)


@pytest.mark.parametrize("name", sorted(COMMAND.commands))
def test_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


@pytest.mark.parametrize("name", sorted(COMMAND.commands))
def test_every_option_is_in_the_readme(name):
    section = readme_section(name)
    options = [opt for param in COMMAND.commands[name].params for opt in param.opts
               if opt.startswith("--") and opt != "--help"]
    missing = [opt for opt in options if opt not in section]
    assert missing == [], f"kg {name}: README section does not mention {missing}"


def test_the_readme_starts_with_the_two_setup_commands():
    first_block = re.search(r"```sh\n(.*?)```", README, flags=re.DOTALL).group(1).splitlines()
    assert "kg build" in first_block[0] and "pip install" in first_block[0]
    assert "pytest" in first_block[1] and ".[test]" in first_block[1]
    assert first_block[1] in (ROOT / ".ci/run").read_text(encoding="utf-8")
