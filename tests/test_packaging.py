"""The package list in pyproject.toml names every package folder, so a wheel holds all of them."""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


def _setuptools_table() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def test_every_package_folder_is_listed():
    table = _setuptools_table()
    roots = {name: ROOT / folder for name, folder in table["package-dir"].items()
             if name in ("zhtext.cli", "zhtext.converters")}
    found = set()
    for name, folder in roots.items():
        for init in folder.rglob("__init__.py"):
            rel = init.parent.relative_to(folder)
            found.add(".".join([name, *rel.parts]))
    assert sorted(found) == sorted(table["packages"])


def test_every_data_file_is_packaged():
    table = _setuptools_table()
    patterns = table["package-data"]
    for name in table["packages"]:
        parts = name.split(".")
        folder = ROOT / table["package-dir"][".".join(parts[:2])] / Path(*parts[2:])
        data = [p for p in folder.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")
                and "__pycache__" not in p.parts
                and not any((q / "__init__.py").exists() for q in p.parents if q != folder and folder in q.parents)]
        for path in data:
            rel = path.relative_to(folder).as_posix()
            assert any(Path(rel).match(pat) for pat in patterns.get(name, ())), f"{name}: {rel} not in package-data"
