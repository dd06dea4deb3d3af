"""Per-project defaults from ``[tool.zhtext]`` in ``pyproject.toml`` or a ``.zhtext.toml``.

The search starts in the current folder and walks up; in each folder a
``.zhtext.toml`` wins over a ``pyproject.toml`` that has a ``[tool.zhtext]``
table, and the walk stops at the top of the repository (a folder holding
``.git`` or ``.hg``).  The file holds per-command tables; plain keys at the
top apply to every command that has that option::

    [tool.zhtext]
    exclude = ["vendor/*", "*.min.js"]

    [tool.zhtext.convert]
    config = "s2tw"             # or an OpenCC configuration file, relative to this file
    dict = ["terms.txt"]        # paths are relative to the file
    phrases = ["tw-gov"]

    [tool.zhtext.normalize]
    profile = "markdown"

(in ``.zhtext.toml`` the same without the ``tool.zhtext`` prefix:
``[convert]``).  Keys are option names, with ``-`` or ``_``.  The values are
loaded into Click's ``default_map``, so a flag on the command line always
wins, and a key means exactly what its flag means.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

PROJECT_FILE = ".zhtext.toml"
PYPROJECT = "pyproject.toml"
_ROOT_MARKERS = (".git", ".hg")


def find_config(start: str | os.PathLike | None = None) -> Path | None:
    """The nearest configuration file at or above ``start`` (default: cwd), or None."""
    folder = Path(start if start is not None else os.getcwd()).resolve()
    for here in (folder, *folder.parents):
        candidate = here / PROJECT_FILE
        if candidate.is_file():
            return candidate
        candidate = here / PYPROJECT
        if candidate.is_file() and _has_zhtext_table(candidate):
            return candidate
        if any((here / marker).exists() for marker in _ROOT_MARKERS):
            return None
    return None


def _has_zhtext_table(pyproject: Path) -> bool:
    # Cheap text test first: most pyproject.toml files have no [tool.zhtext].
    try:
        text = pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    if "zhtext" not in text:
        return False
    return bool(_parse(pyproject).get("tool", {}).get("zhtext"))


def _parse(path: Path) -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise click.UsageError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise click.UsageError(f"{path}: {exc.strerror or exc}") from None


def load_config(path: str | os.PathLike) -> dict:
    """The zhtext table of a configuration file (empty if it has none)."""
    path = Path(path)
    data = _parse(path)
    if path.name == PYPROJECT or "tool" in data:
        data = data.get("tool", {}).get("zhtext", {})
    if not isinstance(data, dict):
        raise click.UsageError(f"{path}: [tool.zhtext] must be a table")
    return data


def _param_key(key: str) -> str:
    return key.replace("-", "_")


# What to do with the results is decided on the command line only: a configured
# write mode would turn `zhtext convert a.txt > copy.txt` into a rewrite of a.txt.
WRITE_MODES = {"in_place": "--in-place", "check": "--check", "diff": "--diff", "output": "-o/--output"}

# Options that name files even where their type is a plain string.
PATH_FLAGS = frozenset({"--dict", "--lexicon"})


def _is_path_param(param: click.Parameter) -> bool:
    return isinstance(param.type, (click.Path, click.File)) or bool(PATH_FLAGS & set(param.opts))


def _value_for(param: click.Parameter, value, base: Path, where: str):
    """Shape a configuration value like the option would have parsed it."""
    many = getattr(param, "multiple", False) or (param.nargs != 1)
    if many and isinstance(value, (str, int, float, bool)):
        value = [value]
    if not many and isinstance(value, list):
        raise click.UsageError(f"{where}: {param.name} takes one value, not a list")
    if "--config" in param.opts and isinstance(value, str) and not os.path.isabs(value):
        # an OpenCC configuration: a name stays a name, a file is relative to this file
        from zhtext.converters.opencc.config import builtin_name

        if builtin_name(value) is None:
            value = str(base / value)
    if _is_path_param(param):
        def resolve(v):
            if isinstance(v, str) and v != "-" and not os.path.isabs(v):
                return str(base / v)
            return v
        value = [resolve(v) for v in value] if many else resolve(value)
    return value


def default_map_for(table: dict, name: str, command: click.Command, path: Path) -> dict:
    """The ``default_map`` entries of one command from a zhtext table.

    A key is an option's long flag (``dict`` for ``--dict``, ``in-place`` or
    ``in_place``) or its parameter name.

    Keys of the command's own table must be options of that command (a typo
    is a usage error); plain top-level keys apply where the command has that
    option and are ignored elsewhere.
    """
    params: dict[str, click.Option] = {}
    flags = []
    for p in command.params:
        if not isinstance(p, click.Option) or not p.name or p.hidden:
            continue
        longs = [o[2:] for o in p.opts if o.startswith("--")]
        flags.extend(longs or [p.name])
        for key in (p.name, *longs):
            params.setdefault(_param_key(key), p)
    base = path.parent
    own = table.get(name, {})
    for where, keys in (("[tool.zhtext]", [k for k, v in table.items() if not isinstance(v, dict)]),
                        (f"[{name}]", list(own) if isinstance(own, dict) else [])):
        for key in keys:
            flag = WRITE_MODES.get(_param_key(key))
            if flag is not None:
                raise click.UsageError(
                    f"{path}: {where} {key}: write modes come from the command line only; "
                    f"remove it and give {flag} when you mean it"
                )
    result = {}
    for key, value in table.items():
        if isinstance(value, dict):
            continue
        param = params.get(_param_key(key))
        if param is not None:
            result[param.name] = _value_for(param, value, base, f"{path} [tool.zhtext] {key}")
    if not isinstance(own, dict):
        raise click.UsageError(f"{path}: {name} must be a table of options")
    for key, value in own.items():
        param = params.get(_param_key(key))
        if param is None:
            valid = ", ".join(sorted(flags))
            raise click.UsageError(
                f"{path}: unknown option {key!r} for zhtext {name}; valid: {valid}"
            )
        result[param.name] = _value_for(param, value, base, f"{path} [{name}] {key}")
    return result


def apply_config(ctx: click.Context) -> Path | None:
    """Load the nearest configuration into ``ctx.default_map`` for the subcommand about to run."""
    name = ctx.invoked_subcommand
    if not name or os.environ.get("ZHTEXT_NO_CONFIG"):
        return None
    path = find_config()
    if path is None:
        return None
    table = load_config(path)
    command = ctx.command.get_command(ctx, name) if isinstance(ctx.command, click.Group) else None
    if not table or command is None:
        return path
    defaults = default_map_for(table, name, command, path)
    if defaults:
        ctx.default_map = {**(ctx.default_map or {}), name: defaults}
    return path
