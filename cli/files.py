"""Finding inputs and writing outputs safely.

``iter_inputs`` expands the PATH arguments of every command the same way;
``atomic_write`` replaces a file so that it is always either the old or the
new content, never a truncated mix.
"""

from __future__ import annotations

import codecs
import fnmatch
import os
import signal
import stat
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

VCS_DIRS = frozenset({".git", ".hg", ".svn", ".bzr", "_darcs", "CVS", ".jj", ".pijul", ".fossil"})
TEMP_SUFFIX = ".zhtext-tmp"
# How much of a file is looked at to call it binary (NUL bytes), like git and grep.
BINARY_SNIFF_BYTES = 8192
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class Input:
    """One input of a run: a file (``path``) or standard input (``path is None``).

    ``relative`` is the path below the folder it was found in (or the bare
    file name for a file given directly): the place it takes in a mirrored
    output folder.
    """

    path: Path | None
    relative: Path
    display: str

    @property
    def is_stdin(self) -> bool:
        return self.path is None


STDIN = Input(None, Path("stdin"), "<stdin>")


def looks_binary(head: bytes) -> bool:
    """True when the first block of a file has NUL bytes and no UTF-16/32 BOM.

    Cheap (one ``in`` over at most 8 KiB) and the same rule git uses; a
    command that forces a UTF-16/32 encoding without BOM bypasses it.
    """
    head = head[:BINARY_SNIFF_BYTES]
    return b"\x00" in head and not head.startswith(_WIDE_BOMS)


def _glob_match(rel: str, name: str, pattern: str, is_dir: bool) -> bool:
    if pattern.endswith("/"):
        if not is_dir:
            return False
        pattern = pattern.rstrip("/")
    if pattern.startswith("**/"):
        pattern = pattern[3:]
        return (fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(rel, pattern)
                or fnmatch.fnmatchcase(rel, "*/" + pattern))
    if pattern.startswith("./"):
        pattern = pattern[2:]
    return fnmatch.fnmatchcase(rel, pattern) or fnmatch.fnmatchcase(name, pattern)


def _matches(rel: str, name: str, patterns, is_dir: bool = False) -> bool:
    """Does a glob match the path relative to the folder walked, or the bare name?

    ``*`` also crosses ``/`` (so ``vendor/*`` covers the whole tree below it),
    ``**/`` means at any depth and a trailing ``/`` matches folders only.
    """
    return any(_glob_match(rel, name, p, is_dir) for p in patterns)


def iter_inputs(
    paths: tuple[str, ...],
    *,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    hidden: bool = False,
    on_skip=None,
):
    """Yield :class:`Input` for every PATH: files as given, folders walked.

    Folders are walked recursively in sorted order (a folder's files before
    its subfolders); VCS folders are always skipped, hidden entries unless
    ``hidden``; symlinks to folders are never followed (no loops, no
    escapes), symlinked files only when they resolve inside the folder given.
    ``include`` globs select walked files; ``exclude`` globs drop walked
    files and folders, and files named directly too (so a configured
    exclude holds for the file lists pre-commit passes).  Globs match the
    path relative to the folder walked (for a file named directly: the path
    as given) or the bare name.  ``on_skip(display, reason)`` hears about
    entries that are left out for a reason worth telling (links leading
    out of the folder, special files, unreadable folders).
    """
    if not paths:
        paths = ("-",)
    for arg in paths:
        if arg == "-":
            yield STDIN
            continue
        p = Path(arg)
        if p.is_dir():
            yield from _walk(p, include, exclude, hidden, on_skip)
        else:
            # A file named explicitly is taken as given (even if hidden); a
            # missing one is reported by the reader with its reason.
            if exclude:
                rel = os.path.normpath(arg).replace(os.sep, "/")
                if _matches(rel, p.name, exclude):
                    continue
            yield Input(p, Path(p.name), str(p))


def _walk(root: Path, include, exclude, hidden, on_skip):
    root_real = os.path.realpath(root)
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            if on_skip:
                on_skip(str(folder), exc.strerror or str(exc))
            continue
        subdirs = []
        for entry in entries:
            name = entry.name
            if name in VCS_DIRS or name.endswith(TEMP_SUFFIX):
                continue
            if not hidden and name.startswith("."):
                continue
            full = Path(entry.path)
            rel_s = full.relative_to(root).as_posix()
            try:
                if entry.is_symlink():
                    target = os.path.realpath(full)
                    if os.path.isdir(target):
                        continue  # never follow folder links: no loops, no escapes
                    if not os.path.exists(target):
                        if on_skip:
                            on_skip(str(full), "broken symlink")
                        continue
                    if os.path.commonpath([root_real, target]) != root_real:
                        if on_skip:
                            on_skip(str(full), "symlink points outside the folder")
                        continue
                if entry.is_dir(follow_symlinks=False):
                    if not (exclude and _matches(rel_s, name, exclude, is_dir=True)):
                        subdirs.append(full)
                    continue
                if not entry.is_file():
                    if on_skip:
                        on_skip(str(full), "not a regular file")
                    continue
            except OSError as exc:
                if on_skip:
                    on_skip(str(full), exc.strerror or str(exc))
                continue
            if include and not _matches(rel_s, name, include):
                continue
            if exclude and _matches(rel_s, name, exclude):
                continue
            yield Input(full, Path(rel_s), str(full))
        stack.extend(reversed(subdirs))


def read_input(inp: Input) -> bytes:
    """Read a whole input; raises OSError with a useful strerror."""
    if inp.is_stdin:
        return sys.stdin.buffer.read()
    st = os.stat(inp.path)
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise OSError(0, "not a regular file")
    with open(inp.path, "rb") as fh:
        return fh.read()


def temp_prefix(name: str) -> str:
    """``.NAME.`` for a temporary file beside NAME, cut so that the whole
    temporary name stays within the usual 255-byte limit of a file name."""
    raw = os.fsencode(name)
    if len(raw) > 200:
        name = os.fsdecode(raw[:200])  # a cut character round-trips as escaped bytes
    return f".{name}."


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def hold_interrupts():
    """Hold Ctrl-C and SIGTERM back (they stay pending) until :func:`release_interrupts`.

    Used while a temporary file is created: a signal raised inside
    ``mkstemp`` would leave the file behind, untracked.  Released as the
    first step inside the ``try`` that removes it, so a pending signal is
    raised where the cleanup runs.
    """
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})


def release_interrupts(held) -> None:
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def atomic_write(path: Path, data: bytes, *, mode_from: Path | None = None, durable: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    The temporary file is written and then renamed over ``path``, so readers
    and a crash of the process see either the old or the new content.  With
    ``durable`` (the default) it is also fsynced before the rename, so that
    even a power cut cannot leave an empty file in place of the original;
    a new file that replaces nothing of value (an -o output) may skip that
    cost, which dominates the time of a batch of small files.  Mode bits
    are taken from ``mode_from`` (the original file) when given, else from
    ``path`` if it exists.  On any error, including KeyboardInterrupt, the
    temporary file is removed and the original is left as it was.  A
    symlink at ``path`` is replaced, not written through: callers that
    want to rewrite a link's target pass the resolved path.
    """
    path = Path(path)
    folder = path.parent
    source = mode_from if mode_from is not None else path
    try:
        mode = stat.S_IMODE(os.stat(source).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        mode = None
    import tempfile  # not at start-up: most runs write nothing in place

    held = hold_interrupts()
    try:
        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=TEMP_SUFFIX, dir=folder)
    except BaseException:
        release_interrupts(held)
        raise
    try:
        release_interrupts(held)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(tmp, mode if mode is not None else _default_mode())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
