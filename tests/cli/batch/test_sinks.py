"""AtomicFile: every way a file is put in place (unnamed and linked in, renamed over an
existing file, copied where linking fails, named temporary files) gives the same file."""

from __future__ import annotations

import errno
import os
import stat
import sys

import pytest

from zhtext.cli.batch import sinks
from zhtext.cli.batch.model import TEMP_SUFFIX
from zhtext.cli.batch.sinks import AtomicFile, atomic_write

unnamed = pytest.mark.skipif(sinks._proc_folder() is None, reason="no O_TMPFILE and /proc here")


@pytest.fixture(params=["unnamed", "named"])
def way(request, monkeypatch):
    if request.param == "unnamed":
        if sinks._proc_folder() is None:
            pytest.skip("no O_TMPFILE and /proc here")
        monkeypatch.setattr(sinks, "_UNNAMED_FILES", [True])
    else:
        monkeypatch.setattr(sinks, "_UNNAMED_FILES", [False])
    return request.param


def test_a_new_file_and_a_replaced_one_get_the_bytes_and_mode(tmp_path, way, leftovers):
    root = tmp_path / "out"
    atomic_write(root / "a" / "new.txt", "新的\n".encode(), root=root, durable=False, mode=0o640)
    (root / "a" / "old.txt").write_bytes(b"old content that is longer")
    atomic_write(root / "a" / "old.txt", b"new", root=root, durable=False, mode=0o604)
    assert (root / "a" / "new.txt").read_bytes() == "新的\n".encode()
    assert (root / "a" / "old.txt").read_bytes() == b"new"
    assert stat.S_IMODE(os.stat(root / "a" / "new.txt").st_mode) == 0o640
    assert stat.S_IMODE(os.stat(root / "a" / "old.txt").st_mode) == 0o604
    assert leftovers(tmp_path) == []


def test_a_symlink_at_the_target_is_replaced_not_written_through(tmp_path, way, leftovers):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(b"keep me")
    (tmp_path / "out").mkdir()
    link = tmp_path / "out" / "t.txt"
    link.symlink_to(elsewhere)
    atomic_write(link, b"written", root=tmp_path / "out", durable=False)
    assert not link.is_symlink() and link.read_bytes() == b"written"
    assert elsewhere.read_bytes() == b"keep me"
    assert leftovers(tmp_path) == []


def test_nothing_is_there_until_commit_and_nothing_stays_without_it(tmp_path, way, leftovers):
    target = tmp_path / "t.txt"
    with AtomicFile(target, root=tmp_path) as fh:
        fh.write(b"half")
        assert not target.exists()
    assert not target.exists()
    with pytest.raises(ZeroDivisionError):
        with AtomicFile(target, root=tmp_path) as fh:
            fh.write(b"half")
            1 / 0
    assert not target.exists() and leftovers(tmp_path) == []
    # a file under construction has a name only in the named way
    with AtomicFile(target, root=tmp_path) as fh:
        fh.write(b"x")
        names = os.listdir(tmp_path)
        fh.commit()
    if way == "unnamed":
        assert names == []
    else:
        assert len(names) == 1 and names[0].endswith(TEMP_SUFFIX)


def test_same_as_compares_what_was_written(tmp_path, way):
    other = tmp_path / "other.txt"
    other.write_bytes(b"abc" * 500_000)
    with AtomicFile(tmp_path / "t.txt", root=tmp_path) as fh:
        fh.write(b"abc" * 500_000)
        assert fh.same_as(other)
        fh.write(b"!")
        assert not fh.same_as(other)


@unnamed
def test_where_linking_fails_the_file_is_copied_in_and_named_files_follow(tmp_path, monkeypatch, leftovers):
    monkeypatch.setattr(sinks, "_UNNAMED_FILES", [True])
    real_link = os.link

    def refuse(src, dst, **kwargs):
        if "src_dir_fd" in kwargs:
            raise OSError(errno.EPERM, "Operation not permitted")
        return real_link(src, dst, **kwargs)

    monkeypatch.setattr(sinks.os, "link", refuse)
    atomic_write(tmp_path / "a.txt", b"first" * 1000, root=tmp_path, durable=False, mode=0o600)
    assert (tmp_path / "a.txt").read_bytes() == b"first" * 1000
    assert stat.S_IMODE(os.stat(tmp_path / "a.txt").st_mode) == 0o600
    assert sinks._UNNAMED_FILES == [False]
    atomic_write(tmp_path / "b.txt", b"second", root=tmp_path, durable=False)
    assert (tmp_path / "b.txt").read_bytes() == b"second"
    assert leftovers(tmp_path) == []


@unnamed
def test_in_place_rewrites_use_a_named_file(tmp_path, monkeypatch):
    monkeypatch.setattr(sinks, "_UNNAMED_FILES", [True])
    target = tmp_path / "t.txt"
    target.write_bytes(b"old")
    with AtomicFile(target, in_place=True) as fh:
        fh.write(b"new")
        names = sorted(os.listdir(tmp_path))
        fh.commit()
    assert len(names) == 2 and target.read_bytes() == b"new"


def test_writer_tests_run_on_linux_with_unnamed_files():
    # the unnamed way is what Linux batches use: make sure this suite exercised it there
    if sys.platform.startswith("linux"):
        assert sinks._proc_folder() is not None


@unnamed
def test_a_file_system_without_unnamed_files_gets_named_ones(tmp_path, monkeypatch, leftovers):
    monkeypatch.setattr(sinks, "_UNNAMED_FILES", [True])
    real_open = os.open

    def no_tmpfile(path, flags, *args, **kwargs):
        if flags & os.O_TMPFILE == os.O_TMPFILE:
            raise OSError(errno.EOPNOTSUPP, "Operation not supported")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(sinks.os, "open", no_tmpfile)
    atomic_write(tmp_path / "a.txt", b"one", root=tmp_path, durable=False)
    assert (tmp_path / "a.txt").read_bytes() == b"one"
    assert sinks._UNNAMED_FILES == [False]
    assert leftovers(tmp_path) == []


def test_a_read_only_output_folder_is_one_clear_error(tmp_path, way):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(Exception, match=r"cannot write .*a\.txt: .*ermission denied"):
            atomic_write(folder / "a.txt", b"x", root=tmp_path, durable=False)
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []
