"""Checks shared by the fuzzing scripts (and mirrored in tests/)."""

from __future__ import annotations

import os
import site
import sys
import sysconfig

import zhtext.converters

# Reading installed code and data (dictionaries, detector models) is fine;
# any other file is not the parser's business.
_LIBRARY_ROOTS = tuple(sorted({
    os.path.realpath(p) + os.sep
    for p in [sys.prefix, sys.base_prefix, *site.getsitepackages(), site.getusersitepackages(),
              sysconfig.get_paths()["stdlib"], os.path.dirname(zhtext.converters.__file__),
              os.path.dirname(os.path.dirname(os.path.abspath(__file__)))]  # this repository (tracebacks)
    if p
}))

_ARMED = False
VIOLATIONS: list[str] = []


def _audit(event: str, args) -> None:
    if not _ARMED:
        return
    try:
        _check(event, args)
    except RuntimeError as exc:
        VIOLATIONS.append(str(exc))  # kept even if the library swallows the exception
        raise


def _check(event: str, args) -> None:
    if event == "open":
        path, mode = args[0], args[1]
        if isinstance(mode, str) and any(c in mode for c in "wax+"):
            raise RuntimeError(f"parsing tried to write {path!r}")
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if isinstance(path, str) and not os.path.realpath(path).startswith(_LIBRARY_ROOTS):
            raise RuntimeError(f"parsing tried to open {path!r}")
    elif event.startswith(("socket.", "urllib.", "subprocess.", "os.system", "os.exec", "os.posix_spawn",
                            "os.remove", "os.rename", "os.mkdir", "shutil.")):
        raise RuntimeError(f"parsing did {event} {args!r}")


_INSTALLED = False


def forbid_side_effects() -> None:
    """Install the audit hook: while a guarded target runs, writing files, networking
    and running programs fail loudly (the fuzzing engine's own I/O is not watched)."""
    global _INSTALLED
    if not _INSTALLED:
        sys.addaudithook(_audit)
        _INSTALLED = True


def assert_no_side_effects() -> None:
    if VIOLATIONS:
        found = list(VIOLATIONS)
        VIOLATIONS.clear()
        raise AssertionError(f"side effects while parsing: {found}")


def guarded(check):
    """A fuzz target that runs ``check`` and then asserts it caused no side effect."""

    def one_input(data: bytes) -> None:
        global _ARMED
        _ARMED = True
        try:
            check(data)
        finally:
            _ARMED = False
            assert_no_side_effects()

    return one_input


def made_of(piece: str, source: str) -> bool:
    """``piece`` is a subsequence of ``source``, whitespace (and zero-width characters) aside."""
    drop = {ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff"}
    it = iter("".join(source.split()).translate(drop))
    return all(c in it for c in "".join(piece.split()).translate(drop))

