"""Shared fixtures: the in-process CLI runner and the check for left-over temporary files.

Helpers importable by test modules (processors for the engine tests, the
Dask tests' processors) live beside this file in ``cli_processors.py`` and
``cluster_processors.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

from zhtext.cli.batch.model import TEMP_SUFFIX
from zhtext.cli.main import cli


# CI (CI=true) runs the property tests with a fixed seed and no deadline, so a run is
# repeatable and not failed by a slow machine; local runs keep exploring new examples
# (and `pytest --hypothesis-seed=N` replays a draw).
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


def invoke_cli(*args, input=None, catch_exceptions: bool = False):
    """Run ``zhtext ARGS`` in this process; the result has ``exit_code``, ``stdout``, ``stderr``."""
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=catch_exceptions)


@pytest.fixture
def zhtext_cli():
    """``zhtext_cli("convert", "-c", "s2t", path)``: the command run in-process."""
    return invoke_cli


def temp_files(root: Path) -> list[Path]:
    """Temporary files of the atomic writer left anywhere under ``root``."""
    return [p for p in Path(root).rglob("*") if p.name.endswith(TEMP_SUFFIX)]


@pytest.fixture
def leftovers():
    """``leftovers(root)``: the writer's temporary files left under ``root`` (should be none)."""
    return temp_files
