"""The README describes the code: its per-command options, its configuration
example and its exit-code table are checked against the commands themselves
(as pre-commit-hooks' readme test checks its hook ids)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from zhtext.cli.batch.report import EXIT_CODES
from zhtext.cli.config import default_map_for
from zhtext.cli.main import COMMANDS, cli

README = Path(__file__).resolve().parent.parent / "README.md"
FLAG = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")


def readme() -> str:
    return README.read_text(encoding="utf-8")


def section(title: str) -> str:
    """The text of the ``## title`` section."""
    text = readme()
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end > 0 else len(text)]


def command(name: str) -> click.Command:
    return cli.get_command(click.Context(cli), name)


def options(cmd: click.Command) -> dict[str, tuple[str, ...]]:
    """Long flag -> every spelling of the option (``--config`` -> ``-c``, ``--config``)."""
    out = {}
    for p in cmd.params:
        if isinstance(p, click.Option):
            spellings = tuple(p.opts + p.secondary_opts)
            for o in spellings:
                if o.startswith("--"):
                    out[o] = spellings
    return out


def long_flags(cmd: click.Command) -> set[str]:
    return set(options(cmd))


def mentions(text: str, spellings) -> bool:
    return any(re.search(r"(?<![\w-])" + re.escape(s) + r"(?![\w-])", text) for s in spellings)


SHARED = long_flags(command("convert")) & long_flags(command("recode"))  # output, walk and encoding options


def command_lines(text: str) -> str:
    """The lines of the section's code blocks that run zhtext (synopsis and examples)."""
    blocks = re.findall(r"```[a-z]*\n(.*?)```", text, re.S)
    lines = [line for block in blocks for line in block.splitlines()]
    kept, going_on = [], False
    for line in lines:
        if line.startswith("zhtext ") or (going_on and line.startswith(" ")):
            kept.append(line.split("#")[0])
            going_on = True
        else:
            going_on = False
    return "\n".join(kept)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_own_option_of_a_command_is_in_its_section(name):
    text = section(f"`zhtext {name}`")
    own = {flag: spellings for flag, spellings in options(command(name)).items() if flag not in SHARED}
    missing = sorted(flag for flag, spellings in own.items() if not mentions(text, spellings))
    assert missing == [], f"README section of zhtext {name} does not mention {missing}"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_option_a_section_runs_exists(name):
    valid = long_flags(command(name)) | {"--help", "--version"}
    named = set(FLAG.findall(command_lines(section(f"`zhtext {name}`"))))
    assert named, f"README section of zhtext {name} shows no command line"
    assert sorted(named - valid) == [], f"README section of zhtext {name} runs options it does not have"


def test_every_shared_option_is_documented():
    text = readme()
    shared = options(command("convert"))
    assert sorted(flag for flag in SHARED if not mentions(text, shared[flag])) == []


def test_the_configuration_example_uses_real_keys(tmp_path):
    block = re.search(r"```toml\n(.*?)```", section("Folders, outputs and reports"), re.S).group(1)
    import tomllib

    table = tomllib.loads(block)["tool"]["zhtext"]
    for name in COMMANDS:
        default_map_for(table, name, command(name), tmp_path / "pyproject.toml")  # unknown key: UsageError
    top = [k for k, v in table.items() if not isinstance(v, dict)]
    assert all(any(f"--{k}" in long_flags(command(n)) for n in COMMANDS) for k in top)


def test_the_exit_code_table_is_the_code():
    rows = re.findall(r"^\| (\d) \| (.+?) \|$", section("Exit codes"), re.M)
    assert [(int(code), meaning.replace("`", "")) for code, meaning in rows] == list(EXIT_CODES)


def test_help_shows_the_same_exit_codes():
    from click.testing import CliRunner

    for args in (["--help"], ["convert", "--help"], ["clean", "--help"]):
        out = " ".join(CliRunner().invoke(cli, args).output.split())
        for code, meaning in EXIT_CODES:
            assert " ".join(f"{code} {meaning}".split()) in out
