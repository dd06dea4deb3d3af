"""Finding inputs and writing outputs safely.

``iter_inputs`` expands the PATH arguments of every command the same way;
``atomic_write`` replaces a file so that it is always either the old or the
new content, never a truncated mix.
"""

from __future__ import annotations

import fnmatch
import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

VCS_DIRS = frozenset({".git", ".hg", ".svn", ".bzr", "_darcs", "CVS", ".jj"})
TEMP_SUFFIX = ".zhtext-tmp"


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


def _matches(rel: str, name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in patterns)


def iter_inputs(
    paths: tuple[str, ...],
    *,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    hidden: bool = False,
    on_skip=None,
):
    """Yield :class:`Input` for every PATH: files as given, folders walked.

    Folders are walked recursively in sorted order; VCS folders are always
    skipped, hidden entries unless ``hidden``; symlinks to folders are not
    followed, symlinked files only when they resolve inside the folder given.
    Include/exclude globs match the path relative to the folder or the name.
    ``on_skip(display, reason)`` hears about entries that are left out.
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
            if name in VCS_DIRS:
                continue
            if not hidden and name.startswith("."):
                continue
            if name.endswith(TEMP_SUFFIX):
                continue
            full = Path(entry.path)
            rel = full.relative_to(root)
            rel_s = rel.as_posix()
            try:
                if entry.is_symlink():
                    target = os.path.realpath(full)
                    if os.path.isdir(target):
                        continue  # never follow folder links: no loops, no escapes
                    if os.path.commonpath([root_real, target]) != root_real:
                        if on_skip:
                            on_skip(str(full), "symlink points outside the folder")
                        continue
                if entry.is_dir(follow_symlinks=False):
                    if exclude and _matches(rel_s, name, exclude):
                        continue
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
            yield Input(full, rel, str(full))
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


def atomic_write(path: Path, data: bytes, *, mode_from: Path | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    The temporary file is fsynced and then renamed over ``path``, so readers
    and a crash see either the old or the new content.  Mode bits are taken
    from ``mode_from`` (the original file) when given, else from ``path`` if
    it exists.  On any error, including KeyboardInterrupt, the temporary file
    is removed and the original is left as it was.
    """
    path = Path(path)
    folder = path.parent
    source = mode_from if mode_from is not None else path
    try:
        mode = stat.S_IMODE(os.stat(source).st_mode)
    except FileNotFoundError:
        mode = None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
