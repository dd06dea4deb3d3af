"""Inputs of a run: files, standard input and JSON Lines shards, as kinds of one :class:`Input`.

``iter_inputs`` expands the PATH arguments of every command the same way;
``OpenInput`` reads a file or stdin whole or in blocks;
``open_shard`` and ``read_batches`` turn a shard into batches of lines, the
work units any executor maps.
"""

from __future__ import annotations

import codecs
import enum
import fnmatch
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .model import TEMP_SUFFIX

VCS_DIRS = frozenset({".git", ".hg", ".svn", ".bzr", "_darcs", "CVS", ".jj", ".pijul", ".fossil"})
# How much of a file is looked at to call it binary (NUL bytes), like git and grep.
BINARY_SNIFF_BYTES = 8192
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Inputs larger than this are processed in blocks when the processor can stream.
STREAM_THRESHOLD = 16 * 1024 * 1024
BLOCK_BYTES = 1024 * 1024
SHARD_SUFFIXES = (".jsonl", ".jsonl.gz")
# A batch of a shard, for every executor: at most this many lines, or about this many bytes.
BATCH_LINES = 200
BATCH_BYTES = 256 * 1024


class Kind(enum.Enum):
    FILE = "file"
    STDIN = "stdin"
    SHARD = "shard"  # a .jsonl/.jsonl.gz file: one JSON document per line


def is_shard(path) -> bool:
    """Whether a path names a JSON Lines shard (by name: ``.jsonl``, ``.jsonl.gz``)."""
    return path is not None and os.path.basename(os.fspath(path)).lower().endswith(SHARD_SUFFIXES)


@dataclass(slots=True)
class Input:
    """One input of a run: a file, a shard (``path``) or standard input (``path is None``).

    ``relative`` is the path below the folder it was found in (or the bare
    file name for a file given directly): the place it takes in a mirrored
    output folder.
    """

    path: Path | None
    relative: Path
    display: str
    _kind: Kind | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def kind(self) -> Kind:
        kind = self._kind
        if kind is None:
            if self.path is None:
                kind = Kind.STDIN
            else:
                kind = Kind.SHARD if is_shard(self.path) else Kind.FILE
            self._kind = kind
        return kind

    @property
    def is_stdin(self) -> bool:
        return self.path is None

    @property
    def is_shard(self) -> bool:
        return self.kind is Kind.SHARD


STDIN = Input(None, Path("stdin"), "<stdin>")


def looks_binary(head: bytes) -> bool:
    """True when the first block of a file has NUL bytes and no UTF-16/32 BOM (git's rule)."""
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


IGNORE_FILE = ".zhtextignore"


class _ZhtextIgnore:
    """A ``.zhtextignore`` (gitignore syntax, matched by pathspec) for the folder it is in."""

    def __init__(self, base: Path, lines):
        import pathspec

        self.base = base
        self.spec = pathspec.GitIgnoreSpec.from_lines(lines)

    def ignores(self, path: Path, is_dir: bool) -> bool:
        rel = path.relative_to(self.base).as_posix()
        return self.spec.match_file(rel + "/" if is_dir else rel)


def _git_env() -> dict:
    # A hook may run with GIT_DIR/GIT_INDEX_FILE set for another tree: ask about the folder itself.
    keep = ("GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_NOSYSTEM")
    return {k: v for k, v in os.environ.items() if not k.startswith("GIT_") or k in keep}


class _GitTree:
    """What git does not ignore below ``base`` (tracked files and untracked ones that no
    .gitignore, .git/info/exclude or global excludes file names), as git itself lists it."""

    def __init__(self, base: Path, listed: list[str]):
        self.base = base
        self.files = set()
        self.dirs = set()
        for name in listed:
            name = name.rstrip("/")  # an untracked nested repository is listed as a folder
            self.files.add(name)
            parts = name.split("/")
            for i in range(1, len(parts)):
                self.dirs.add("/".join(parts[:i]))

    @classmethod
    def of(cls, folder: Path) -> "_GitTree | None":
        """The listing for ``folder``, or None outside a git work tree (or without git)."""
        import subprocess

        try:
            proc = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                                  cwd=folder, capture_output=True, env=_git_env(), timeout=120)
        except (OSError, subprocess.SubprocessError):
            return None
        if proc.returncode != 0:
            return None
        listed = [os.fsdecode(n) for n in proc.stdout.split(b"\0") if n]
        if not listed:
            # Nothing listed: a folder that git ignores as a whole, named on purpose
            # (zhtext convert build/): its own rules do not hide all of it.
            check = subprocess.run(["git", "check-ignore", "-q", "."], cwd=folder, capture_output=True,
                                   env=_git_env(), timeout=60)
            if check.returncode == 0:
                return None
        return cls(folder, listed)

    def ignores(self, path: Path, is_dir: bool) -> bool:
        rel = path.relative_to(self.base).as_posix()
        if is_dir:
            return rel not in self.dirs and rel not in self.files  # (a submodule is listed as a file)
        return rel not in self.files


def _rules_for(folder: Path, active: tuple, is_root: bool) -> tuple:
    """The ignore rules inside ``folder``: those above it, a git listing where a work tree
    starts (or at the walk's root), and the folder's own .zhtextignore."""
    rules = active
    if is_root or os.path.lexists(folder / ".git"):
        tree = _GitTree.of(folder)
        if tree is not None:  # a nested repository: its own listing replaces the outer one
            rules = tuple(r for r in rules if not isinstance(r, _GitTree)) + (tree,)
    try:  # a folder the walk cannot read is reported by the walk itself
        lines = (folder / IGNORE_FILE).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return rules
    return rules + (_ZhtextIgnore(folder, lines),)


def iter_inputs(paths, *, include=(), exclude=(), hidden: bool = False, on_skip=None, ignore: bool = True):
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
    entries that are left out for a reason worth telling.  With ``ignore``
    (the default; ``--no-ignore`` turns it off), a walk leaves out what git
    ignores inside a git work tree and what a ``.zhtextignore`` (gitignore
    syntax, in any walked folder) names; a file named explicitly is always
    taken.
    """
    if not paths:
        paths = ("-",)
    for arg in paths:
        if arg == "-":
            yield STDIN
            continue
        p = Path(arg)
        if p.is_dir():
            yield from _walk(p, include, exclude, hidden, on_skip, ignore)
        else:
            # A file named explicitly is taken as given (even if hidden); a
            # missing one is reported by the reader with its reason.
            if exclude:
                rel = os.path.normpath(arg).replace(os.sep, "/")
                if _matches(rel, p.name, exclude):
                    continue
            yield Input(p, Path(p.name), str(p))


def _walk(root: Path, include, exclude, hidden, on_skip, ignore: bool = True):
    root_real = os.path.realpath(root)
    # what the path of every entry below root starts with (a Path drops a leading "./")
    root_prefix = "" if str(root) == "." else os.path.join(str(root), "")
    stack: list[tuple[Path, tuple]] = [(root, ())]
    while stack:
        folder, rules = stack.pop()
        if ignore:
            rules = _rules_for(folder, rules, folder is root)
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
            full_s = str(full)
            if full_s.startswith(root_prefix):  # always, but for odd spellings of the root
                rel_s = full_s[len(root_prefix):]
                if os.sep != "/":
                    rel_s = rel_s.replace(os.sep, "/")
            else:
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
                    if not (exclude and _matches(rel_s, name, exclude, is_dir=True)) \
                            and not any(r.ignores(full, True) for r in rules):
                        subdirs.append((full, rules))
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
            if rules and any(r.ignores(full, False) for r in rules):
                continue
            yield Input(full, Path(rel_s), full_s)
        stack.extend(reversed(subdirs))


def _open_regular(path) -> tuple[int, os.stat_result]:
    """A descriptor for reading ``path`` and its status, refused unless it is a
    regular file.  Opened without blocking (a FIFO named as input would wait
    for a writer) and checked on the open file, so what is read is what was checked."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise OSError(0, "not a regular file")
    except BaseException:
        os.close(fd)
        raise
    return fd, st


class OpenInput:
    """An input opened for reading (a context manager): ``mode`` holds its
    permission bits (None for standard input), ``large`` says whether to read it
    in blocks (standard input, or a file over STREAM_THRESHOLD)."""

    __slots__ = ("inp", "fd", "mode", "size")

    def __init__(self, inp: Input):
        self.inp = inp
        self.fd = None
        self.mode = self.size = None
        if not inp.is_stdin:
            self.fd, st = _open_regular(inp.path)
            self.mode, self.size = stat.S_IMODE(st.st_mode), st.st_size

    def __enter__(self) -> "OpenInput":
        return self

    def __exit__(self, *exc_info) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    @property
    def large(self) -> bool:
        return self.size is None or self.size > STREAM_THRESHOLD

    def read(self) -> bytes:
        """The whole input."""
        if self.fd is None:
            return sys.stdin.buffer.read()
        # One byte more than its size: a short read is the end of a regular
        # file, and a file that grew meanwhile is read to its end.
        chunks, want = [], self.size + 1
        while True:
            chunk = os.read(self.fd, want)
            chunks.append(chunk)
            if len(chunk) < want:
                return b"".join(chunks)
            want = BLOCK_BYTES

    def blocks(self, size: int | None = None):
        """The input in blocks of ``size`` bytes (default BLOCK_BYTES)."""
        size = size or BLOCK_BYTES
        read = sys.stdin.buffer.read if self.fd is None else (lambda n: os.read(self.fd, n))
        while True:
            block = read(size)
            if not block:
                return
            yield block


# -- shards ---------------------------------------------------------------


@dataclass(slots=True)
class Batch:
    """Consecutive raw lines of a shard, each with its line ending."""

    first: int  # line number of lines[0], counting from 1
    lines: list[bytes]


def open_shard(path: Path):
    """Open a shard for reading lines as bytes (gunzipped for ``.gz``)."""
    os.close(_open_regular(path)[0])
    if str(path).lower().endswith(".gz"):
        import gzip

        return gzip.open(path, "rb")
    return open(path, "rb")


def read_batches(fh, max_lines: int | None = None, max_bytes: int | None = None):
    """Yield :class:`Batch` objects from a binary file, line by line (default: BATCH_LINES, BATCH_BYTES)."""
    max_lines = max_lines or BATCH_LINES
    max_bytes = max_bytes or BATCH_BYTES
    first, lines, size = 1, [], 0
    for line in fh:
        lines.append(line)
        size += len(line)
        if len(lines) >= max_lines or size >= max_bytes:
            yield Batch(first, lines)
            first += len(lines)
            lines, size = [], 0
    if lines:
        yield Batch(first, lines)


def read_errors() -> tuple[type[BaseException], ...]:
    """What reading a shard (the file, or its gzip stream) can raise."""
    import zlib

    return (OSError, EOFError, zlib.error)


def describe_read_error(exc: BaseException) -> str:
    """The reason for a shard that cannot be read (or gunzipped)."""
    from .model import describe_error

    if isinstance(exc, EOFError):
        return "cannot read: compressed file ends too early"
    return f"cannot read: {describe_error(exc)}"
