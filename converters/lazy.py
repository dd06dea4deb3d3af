"""Lazy public names for a package: ``from package import Name`` imports the
module that defines ``Name`` on first use, so importing the package stays cheap."""

from __future__ import annotations

import importlib


def lazy_exports(package: str, exports: dict[str, str], extra: tuple[str, ...] = ()):
    """``(__getattr__, __dir__, __all__)`` for ``package`` whose public names are
    ``exports`` (name -> submodule that defines it) plus ``extra`` (defined in it)."""
    names = sorted(exports) + list(extra)

    def __getattr__(name: str):
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        globals_of_package = importlib.import_module(package).__dict__
        globals_of_package[name] = value  # the next look-up is a plain attribute
        return value

    def __dir__():
        return names

    return __getattr__, __dir__, names
