"""Where results go: the one atomic-file writer, standard output, and diffs.

:class:`AtomicFile` is used by every write path (a whole file, a file
streamed in blocks, a shard written batch by batch): the same checks on the
target (no symlinked folder inside ``-o``, no read-only file rewritten in
place), a temporary file in the target's folder, fsync when it replaces an
original, mode bits kept, rename, and removal of the temporary file on any
error, including Ctrl-C.
"""

from __future__ import annotations

import errno
import functools
import os
import stat
import sys
from pathlib import Path

from .interrupts import hold_interrupts, release_interrupts
from .model import TEMP_SUFFIX, RunOptions, WriteError, describe_error

GZIP_LEVEL = 6


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


# Output folders this process has made or checked below an -o root: one
# check a folder, not one a file (a batch writes thousands into the same few).
_READY_FOLDERS: set[tuple[Path, Path]] = set()


def make_output_folders(root: Path, target: Path) -> None:
    """Make the folders of a mirrored output below ``root``, never following a
    symlinked folder found there (it would put the file outside ``root``)."""
    folder = target.parent
    if (root, folder) in _READY_FOLDERS:
        return
    try:
        parts = folder.relative_to(root).parts
    except ValueError:
        parts = ()
    step = root
    for part in parts:
        step = step / part
        if step.is_symlink():
            raise OSError(errno.ELOOP, f"output folder {step} is a symlink (not followed)")
    folder.mkdir(parents=True, exist_ok=True)
    _READY_FOLDERS.add((root, folder))


def forget_output_folder(root: Path | None, folder: Path) -> None:
    _READY_FOLDERS.discard((root, folder))


def mode_of(path: Path | None) -> int | None:
    """``path``'s permission bits (None for standard input or a file that is gone)."""
    if path is None:
        return None
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return None


def check_writable(path: Path) -> None:
    """--in-place keeps a read-only file (no write bit) rather than renaming over it."""
    if not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise PermissionError(errno.EACCES, "read-only file")


@functools.cache
def _proc_folder() -> int | None:
    """A descriptor of /proc where an open file without a name can be given one
    (Linux: O_TMPFILE, then ``linkat`` of ``/proc/self/fd/N``), else None.

    Linking goes through this folder (``self/fd/N`` relative to it) because
    only ``linkat`` follows that link to the open file, and ``os.link`` calls
    ``linkat`` only when given a folder descriptor (else plain ``link``, which
    would try to link the /proc entry itself).  ``self`` is looked up at each
    link, so forked workers can use the descriptor they inherit.
    """
    if not hasattr(os, "O_TMPFILE") or os.link not in os.supports_dir_fd:
        return None
    try:
        fd = os.open("/proc", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return None
    if not os.path.isdir("/proc/self/fd"):  # not a proc file system
        os.close(fd)
        return None
    return fd


_UNNAMED_FILES = [True]  # False once a file system refused O_TMPFILE in this process


class AtomicFile:
    """A file written beside ``target`` and put in its place whole.

    Under ``-o`` (where Linux allows it) the file is made without a name in
    the target's folder (``O_TMPFILE``) and linked in as ``target`` once it is
    complete: a crash leaves nothing behind, and two workers writing into one
    folder do not wait for each other while a new file is allocated.  A target
    that exists already (and every in-place rewrite) gets the new file under a
    temporary name first, then renamed over it.

    ``root``: the ``-o`` folder (no symlinked folder below it is followed);
    ``in_place``: ``target`` is an original, so it must be writable (and by
    default ``durable``: fsynced before the rename); ``mode``: the permission
    bits the output takes (:func:`mode_of` a source), else ``target``'s,
    else the umask default;
    ``gzip``: compress deterministically (no name, no time in the header).
    Use as a context manager; :meth:`commit` puts the file in place, leaving
    the block without it (an error, Ctrl-C) removes the temporary file.
    """

    def __init__(self, target: Path, *, root: Path | None = None, in_place: bool = False,
                 durable: bool | None = None, mode: int | None = None, gzip: bool = False):
        self.target = Path(target)
        self.mode = mode
        self.root = root
        self.in_place = in_place
        self.durable = in_place if durable is None else durable
        self.gzip = gzip
        self._tmp: str | None = None  # the temporary file's name (None: no name, or none yet)
        self._raw = self._fh = None
        self._held = None

    def _error(self, exc: OSError) -> WriteError:
        where = "" if self.in_place else f" {self.target}"
        return WriteError(f"cannot write{where}: {describe_error(exc)}")

    def __enter__(self) -> "AtomicFile":
        try:
            if self.in_place:
                check_writable(self.target)
            elif self.root is not None:
                make_output_folders(self.root, self.target)
            else:
                self.target.parent.mkdir(parents=True, exist_ok=True)
            try:
                fd = self._make_temporary()
            except FileNotFoundError:
                if self.in_place or self.root is None:
                    raise
                # the folder went away since this process made it: make it again
                forget_output_folder(self.root, self.target.parent)
                make_output_folders(self.root, self.target)
                fd = self._make_temporary()
            held = self._held
        except OSError as exc:
            raise self._error(exc) from None
        # From here on the temporary file exists: any exception, a Ctrl-C held
        # back while it was created included, removes it.
        try:
            self._raw = self._fh = os.fdopen(fd, "w+b")
            release_interrupts(held)
            if self.gzip:
                import gzip

                self._fh = gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, mtime=0,
                                         compresslevel=GZIP_LEVEL)
        except BaseException:
            if self._raw is None:
                os.close(fd)
            self.discard()
            raise
        return self

    def _make_temporary(self) -> int:
        """The temporary file beside the target (``self._tmp`` names it, if it has a
        name), with Ctrl-C held back until the caller tracks it (it releases ``self._held``)."""
        folder = self.target.parent
        self._held = None
        if not self.in_place and _UNNAMED_FILES[0] and _proc_folder() is not None:
            try:
                return os.open(folder, os.O_TMPFILE | os.O_RDWR | os.O_CLOEXEC, 0o600)
            except OSError as exc:
                if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
                    raise
                _UNNAMED_FILES[0] = False  # a file system without them: named files from now on
        import tempfile  # not at start-up: a run to stdout writes no file

        held = hold_interrupts()
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=temp_prefix(self.target.name), suffix=TEMP_SUFFIX,
                                             dir=folder)
        except BaseException:
            release_interrupts(held)
            raise
        self._held = held
        return fd

    def write(self, data: bytes) -> None:
        try:
            self._fh.write(data)
        except OSError as exc:
            raise self._error(exc) from None

    def commit(self, replace: bool = True) -> None:
        """Finish the file and put it in place of the target (``replace=False``: drop it)."""
        try:
            if self._fh is not self._raw:
                self._fh.close()  # the gzip trailer
            if not replace:
                self.discard()
                return
            mode = self._target_mode()
            self._seal(mode)
            if self._tmp is None:  # a file without a name
                if self._link_in():
                    self.discard()
                    return
                self._copy_to_named()  # a file system that cannot link it
                self._seal(mode)
            self._raw.close()
            if not hasattr(os, "fchmod"):
                os.chmod(self._tmp, mode)
            os.replace(self._tmp, self.target)
            self._tmp = None
        except OSError as exc:
            raise self._error(exc) from None

    def _seal(self, mode: int) -> None:
        """Everything written on disk (fsynced when durable), with its mode bits."""
        self._raw.flush()
        if self.durable:
            os.fsync(self._raw.fileno())
        if hasattr(os, "fchmod"):
            os.fchmod(self._raw.fileno(), mode)

    def _link_in(self) -> bool:
        """Give the unnamed file the target's name: directly when the name is free,
        else under a temporary name renamed over what is there.  False: this file
        system cannot link it (named files are made from now on)."""
        handle, proc = f"self/fd/{self._raw.fileno()}", _proc_folder()
        try:
            os.link(handle, self.target, src_dir_fd=proc, follow_symlinks=True)
            return True
        except FileExistsError:
            pass
        except OSError:
            _UNNAMED_FILES[0] = False
            return False
        for _ in range(100):
            tmp = os.path.join(self.target.parent,
                               f"{temp_prefix(self.target.name)}{os.urandom(5).hex()}{TEMP_SUFFIX}")
            held = hold_interrupts()
            try:
                os.link(handle, tmp, src_dir_fd=proc, follow_symlinks=True)
                self._tmp = tmp  # tracked before a held-back Ctrl-C can land
            except FileExistsError:
                continue
            finally:
                release_interrupts(held)
            os.replace(tmp, self.target)
            self._tmp = None
            return True
        raise FileExistsError(errno.EEXIST, "no free temporary name")

    def _copy_to_named(self) -> None:
        """Copy the unnamed file's bytes to a named temporary file, which becomes the output."""
        unnamed = self._raw
        fd = self._make_temporary()  # a named one now
        held = self._held
        try:
            self._raw = self._fh = os.fdopen(fd, "w+b")
        finally:
            release_interrupts(held)
        with unnamed:
            offset = 0
            while block := os.pread(unnamed.fileno(), 1 << 20, offset):
                self._raw.write(block)
                offset += len(block)

    def _target_mode(self) -> int:
        if self.mode is not None:
            return self.mode
        try:
            return stat.S_IMODE(os.stat(self.target).st_mode)
        except (FileNotFoundError, NotADirectoryError):
            return _default_mode()

    def same_as(self, path: Path) -> bool:
        """Whether the bytes written so far equal ``path``'s."""
        self._fh.flush()
        fd = self._raw.fileno()
        if os.fstat(fd).st_size != os.stat(path).st_size:
            return False
        offset = 0
        with open(path, "rb") as other:
            while True:
                x, y = os.pread(fd, 1 << 20, offset), other.read(1 << 20)
                if x != y:
                    return False
                if not x:
                    return True
                offset += len(x)

    def discard(self) -> None:
        """Drop the output; the target is left as it was."""
        for fh in (self._fh, self._raw):
            try:
                if fh is not None:
                    fh.close()
            except (OSError, ValueError):
                pass
        self._fh = self._raw = None
        if self._tmp is None:
            return
        tmp, self._tmp = self._tmp, None
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass

    def __exit__(self, *exc_info) -> None:
        self.discard()


def output_file(target: Path, mode: int | None, opts: RunOptions, gzip: bool = False) -> AtomicFile:
    """The atomic writer for an input's target, with the checks its write mode needs.

    ``mode``: the input's permission bits, which the output keeps (None:
    standard input; the target's or the umask's).  In place: the target must
    be writable and is fsynced; under ``-o``: no symlinked folder below the
    output root is followed (an -o output replaces nothing that cannot be made
    again, so it is not fsynced).
    """
    root = Path(opts.output) if opts.output and not opts.in_place else None
    return AtomicFile(target, root=root, in_place=opts.in_place, mode=mode, gzip=gzip)


def atomic_write(path: Path, data: bytes, *, durable: bool = True, root: Path | None = None,
                 mode: int | None = None) -> None:
    """Replace ``path`` by ``data`` atomically: readers and a crash see the old or the new content.

    ``durable``: fsync before the rename (``path`` is an original that cannot
    be made again).  A symlink at ``path`` is replaced, not written through.
    """
    with AtomicFile(path, root=root, durable=durable, mode=mode) as fh:
        fh.write(data)
        fh.commit()


def write_stdout(data: bytes) -> None:
    sys.stdout.flush()  # anything written as text goes first
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def make_diff(name: str, old: str, new: str, encodings: tuple[str, str] | None = None) -> str:
    """A unified diff of ``old`` and ``new``, marking a missing final newline as git does.

    ``encodings`` (old, new) go into the header (``--- a/NAME\t(gb18030)``); with
    them, a change of encoding alone is the header without hunks.
    """
    import difflib

    old_tag = new_tag = ""
    if encodings is not None:
        old_tag, new_tag = f"\t({encodings[0]})", f"\t({encodings[1]})"
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=f"a/{name}{old_tag}", tofile=f"b/{name}{new_tag}", lineterm="\n",
    )
    text = "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)
    if not text and encodings is not None:
        text = f"--- a/{name}{old_tag}\n+++ b/{name}{new_tag}\n"
    return text


def encode_diff(diff: str) -> bytes:
    # File names that are not UTF-8 carry escaped bytes: write those bytes back.
    try:
        return diff.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return diff.encode("utf-8", "replace")
