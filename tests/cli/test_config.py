"""[tool.zhtext] configuration: where it is found, what it sets, and that flags win."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from zhtext.cli.config import default_map_for, find_config, load_config
from zhtext.cli.main import cli


@click.command()
@click.option("-c", "--config", default="s2t")
@click.option("--dict", "dicts", multiple=True, type=click.Path())
@click.option("--exclude", multiple=True)
@click.option("--jobs", type=int)
@click.option("--profile", default="text")
def dummy(**kwargs):
    click.echo(repr(sorted(kwargs.items())))


def test_nearest_file_wins_and_the_walk_stops_at_the_repository_top(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.zhtext.convert]\nconfig = 't2s'\n", encoding="utf-8")
    project = tmp_path / "project"
    sub = project / "docs" / "deep"
    sub.mkdir(parents=True)
    assert find_config(sub) == tmp_path / "pyproject.toml"
    (project / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert find_config(sub) == tmp_path / "pyproject.toml"  # no [tool.zhtext]: keep looking
    (project / ".zhtext.toml").write_text("[convert]\nconfig = 's2tw'\n", encoding="utf-8")
    assert find_config(sub) == project / ".zhtext.toml"
    (sub / ".git").mkdir()
    assert find_config(sub) is None  # the top of a repository ends the search


def test_pyproject_and_dot_file_tables(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        "[tool.black]\nline-length = 100\n[tool.zhtext]\nexclude = ['vendor/*']\n"
        "[tool.zhtext.convert]\nconfig = 's2tw'\n", encoding="utf-8")
    assert load_config(tmp_path / "pyproject.toml") == {"exclude": ["vendor/*"], "convert": {"config": "s2tw"}}
    (tmp_path / ".zhtext.toml").write_text("jobs = 2\n[normalize]\nprofile = 'minimal'\n", encoding="utf-8")
    assert load_config(tmp_path / ".zhtext.toml") == {"jobs": 2, "normalize": {"profile": "minimal"}}


def test_default_map_shapes_values_and_resolves_paths(tmp_path):
    table = {"exclude": "*.min.js", "jobs": 3, "unrelated": 1,
             "dummy": {"config": "t2s", "dict": ["terms.txt", "/abs/more.txt"]}}
    got = default_map_for(table, "dummy", dummy, tmp_path / "pyproject.toml")
    assert got == {"exclude": ["*.min.js"], "jobs": 3, "config": "t2s",
                   "dicts": [str(tmp_path / "terms.txt"), "/abs/more.txt"]}


def test_dictionary_paths_are_relative_to_the_configuration_file(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "names.txt").write_text("软件\t軟體\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[tool.zhtext.convert]\nconfig = 's2t'\ndict = ['terms/names.txt']\n",
                                             encoding="utf-8")
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    result = CliRunner().invoke(cli, ["convert", "-"], input="这个软件\n".encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert result.stdout == "這個軟體\n"


def test_unknown_key_in_a_command_table_is_a_usage_error(tmp_path):
    with pytest.raises(click.UsageError, match="unknown option 'confg'"):
        default_map_for({"dummy": {"confg": "t2s"}}, "dummy", dummy, tmp_path / ".zhtext.toml")


def test_config_reaches_the_command_and_flags_override_it(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.zhtext.clean]\nconfig = 's2t'\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("这是第一段简体文字，用来检查配置文件是否生效。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["clean", "page.txt"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout == "這是第一段簡體文字，用來檢查配置文件是否生效。\n"
    result = runner.invoke(cli, ["clean", "-c", "s2hk", "page.txt"], catch_exceptions=False)
    assert result.stdout == "這是第一段簡體文字，用來檢查配置文件是否生效。\n"
    # the flag wins: t2s on Simplified text leaves it Simplified
    result = runner.invoke(cli, ["clean", "-c", "t2s", "page.txt"], catch_exceptions=False)
    assert result.stdout == "这是第一段简体文字，用来检查配置文件是否生效。\n"


def test_configured_excludes_and_bad_files(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "keep.txt").write_text("第一行  \n", encoding="utf-8")
    (tmp_path / "skip.txt").write_text("第二行  \n", encoding="utf-8")
    (tmp_path / ".zhtext.toml").write_text("exclude = ['skip.txt']\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["clean", "--check", "-v", "."], catch_exceptions=False)
    assert "keep.txt" in result.stderr and "skip.txt" not in result.stderr
    (tmp_path / ".zhtext.toml").write_text("[clean]\nno_such_option = 1\n", encoding="utf-8")
    result = runner.invoke(cli, ["clean", "keep.txt"])
    assert result.exit_code == 2
    assert "unknown option 'no_such_option' for zhtext clean" in result.stderr
    (tmp_path / ".zhtext.toml").write_text("[clean\n", encoding="utf-8")
    result = runner.invoke(cli, ["clean", "keep.txt"])
    assert result.exit_code == 2 and "invalid TOML" in result.stderr
