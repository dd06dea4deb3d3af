"""Process behaviour of the real ``zhtext`` command, run as child processes.

A closed pipe ends quietly; Ctrl-C or SIGTERM in the middle of
``--in-place`` leaves every file whole (old or new content) and no
temporary file; two runs on the same files at once corrupt nothing;
special files in a walked folder are skipped without being opened; odd
names, very long paths, files that vanish or cannot be read or written
are each reported, and the exit code follows the rule (3 when an input
failed).  Every child has a generous timeout: it guards against hangs and
asserts nothing about speed.
"""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from zhtext.converters import Converter, normalize

ZHTEXT = [sys.executable, "-m", "zhtext.cli"]
HANG_GUARD = 180  # seconds; only a hang gets anywhere near this
TEMP_SUFFIX = ".zhtext-tmp"

# My own sentences: a Simplified line that s2t changes, and its conversion.
LINE = "我们周末在图书馆借了几本关于历史和地理的书，回家后边喝茶边读。\n"



def kill_group(proc) -> None:
    """Kill whatever is left of a child's process group and reap the child."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()

def converted(text: str) -> str:
    return Converter("s2t").convert(text)


def child_env(**extra) -> dict:
    env = dict(os.environ)
    env.pop("PYTHONIOENCODING", None)
    env.update(extra)
    return env


def zhtext(*args, timeout=HANG_GUARD, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("env", child_env())
    return subprocess.run([*ZHTEXT, *map(str, args)], capture_output=True, timeout=timeout, **kwargs)


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(TEMP_SUFFIX)]


def assert_no_traceback(stderr: bytes) -> None:
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text, text
    assert "Exception ignored" not in text, text
    assert "BrokenPipeError" not in text, text


# -- SIGPIPE -----------------------------------------------------------------


@pytest.fixture(scope="module")
def big_text_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pipe") / "big.txt"
    path.write_text(LINE * 150_000, encoding="utf-8")  # about 14 MB
    return path


@pytest.fixture(scope="module")
def many_files(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for i in range(400):
        (folder / f"{i:04d}.txt").write_text(f"第{i}篇。\n" + LINE * 3, encoding="utf-8")
    return folder


ORPHAN_GUARD = 10  # seconds the children of a finished zhtext may take to go away


def head_one_line(args, stdin=None) -> tuple[int, bytes]:
    """Run ``zhtext ARGS | head -n 1``: read one line, close the pipe, return (code, stderr).

    Fails if worker processes outlive the main process (they would hold
    the pipe and the terminal of a user who typed ``| head``).
    """
    with tempfile.TemporaryFile() as err_file:
        proc = subprocess.Popen([*ZHTEXT, *map(str, args)], stdin=stdin or subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=err_file, env=child_env(), start_new_session=True)
        try:
            first = proc.stdout.readline()
            proc.stdout.close()
            proc.wait(timeout=HANG_GUARD)
            left = group_alive_after(proc.pid, ORPHAN_GUARD)
        finally:
            kill_group(proc)
        err_file.seek(0)
        err = err_file.read()
    assert first, err
    assert not left, "worker processes outlived zhtext after the pipe closed"
    return proc.returncode, err


def group_alive_after(pgid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except (ProcessLookupError, PermissionError):
            return False
        time.sleep(0.05)
    return True


@pytest.mark.parametrize("args", [
    ["convert", "-c", "s2t"], ["normalize"], ["recode"], ["strip"], ["detect"],
], ids=lambda a: a[0])
def test_closed_pipe_ends_quietly_on_a_big_file(big_text_file, args):
    code, err = head_one_line([*args, big_text_file])
    assert_no_traceback(err)
    assert code in (0, -signal.SIGPIPE), err  # like any Unix filter


@pytest.mark.parametrize("args", [["convert", "-c", "s2t"], ["normalize"]], ids=lambda a: a[0])
def test_closed_pipe_ends_quietly_on_streamed_stdin(big_text_file, args):
    with open(big_text_file, "rb") as stdin:
        code, err = head_one_line(args, stdin=stdin)
    assert_no_traceback(err)
    assert code in (0, -signal.SIGPIPE), err




@pytest.mark.parametrize("args", [
    ["convert", "-c", "s2t", "--diff"], ["detect"], ["strip", "--format", "json"],
], ids=lambda a: " ".join(a))
def test_closed_pipe_ends_quietly_over_many_files(many_files, args):
    code, err = head_one_line([*args, many_files])
    assert_no_traceback(err)
    assert code in (0, -signal.SIGPIPE), err


# -- the end of a run -----------------------------------------------------------


@pytest.mark.parametrize("reader", ["pipe", "file"])
def test_a_run_ends_with_all_its_output_written_and_its_exit_code(tmp_path, reader):
    # A serial run ends without the interpreter's teardown: what it printed
    # must still be all there, through a pipe or into a file.
    count = 20000  # over 1 MB: many pipe buffers
    path = tmp_path / "big.txt"
    path.write_text(LINE * count, encoding="utf-8")
    expected = converted(LINE).encode("utf-8") * count
    if reader == "pipe":
        proc = subprocess.run([*ZHTEXT, "convert", "-c", "s2t", str(path)], capture_output=True,
                              env=child_env(), timeout=HANG_GUARD)
        out = proc.stdout
    else:
        with open(tmp_path / "out.txt", "wb") as fh:
            proc = subprocess.run([*ZHTEXT, "convert", "-c", "s2t", str(path)], stdout=fh,
                                  stderr=subprocess.PIPE, env=child_env(), timeout=HANG_GUARD)
        out = (tmp_path / "out.txt").read_bytes()
    assert proc.returncode == 0, proc.stderr
    assert out == expected
    check = subprocess.run([*ZHTEXT, "convert", "-c", "s2t", "--check", str(path)], capture_output=True,
                           env=child_env(), timeout=HANG_GUARD)
    assert check.returncode == 1 and b"would change" in check.stderr


@pytest.mark.parametrize("reader", ["pipe", "file"])
def test_a_run_with_workers_ends_with_all_its_output_written(tmp_path, reader):
    # A run whose worker pool is shut down ends without the teardown too.
    src = tmp_path / "src"
    src.mkdir()
    for i in range(300):
        (src / f"f{i:03}.txt").write_text(LINE * 20, encoding="utf-8")
    args = [*ZHTEXT, "convert", "-c", "s2t", "--diff", "--jobs", "2", str(src)]
    if reader == "pipe":
        proc = subprocess.run(args, capture_output=True, env=child_env(), timeout=HANG_GUARD)
        out = proc.stdout
    else:
        with open(tmp_path / "out.diff", "wb") as fh:
            proc = subprocess.run(args, stdout=fh, stderr=subprocess.PIPE, env=child_env(), timeout=HANG_GUARD)
        out = (tmp_path / "out.diff").read_bytes()
    assert proc.returncode == 0, proc.stderr
    text = out.decode("utf-8")
    added = "+" + converted(LINE).rstrip("\n")
    assert text.count("\n+++ b/") == 300 and text.splitlines().count(added) == 300 * 20
    converted_run = subprocess.run([*ZHTEXT, "convert", "-c", "s2t", "--jobs", "2", "-q", "-o", str(tmp_path / "out"),
                                    str(src)], capture_output=True, env=child_env(), timeout=HANG_GUARD)
    assert converted_run.returncode == 0, converted_run.stderr
    expected = converted(LINE * 20).encode("utf-8")
    assert all((tmp_path / "out" / f"f{i:03}.txt").read_bytes() == expected for i in range(300))


# -- Ctrl-C and SIGTERM during --in-place ------------------------------------


def make_batch(folder: Path, count: int) -> tuple[dict[Path, bytes], bytes, bytes]:
    old_text = LINE * 40
    old = old_text.encode("utf-8")
    new = converted(old_text).encode("utf-8")
    assert old != new
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for i in range(count):
        path = folder / f"sub{i % 5}" / f"{i:04d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(old)
        files[path] = old
    return files, old, new


def signal_zhtext(args, sig, *, ready, whole_group: bool) -> subprocess.Popen:
    """Start zhtext, send ``sig`` once ``ready(stderr_so_far, folder)`` is true; returns the ended process.

    Standard error goes to a file, not a pipe, so that processes outliving
    zhtext cannot block the test; ``proc.orphans`` says whether any did
    (they are killed after ``ORPHAN_GUARD`` seconds).
    """
    with tempfile.TemporaryFile() as err_file:
        proc = subprocess.Popen([*ZHTEXT, *map(str, args)], stdout=subprocess.DEVNULL, stderr=err_file,
                                env=child_env(), start_new_session=True)
        proc.signalled = False
        try:
            deadline = time.monotonic() + HANG_GUARD
            while proc.poll() is None and time.monotonic() < deadline:
                err_file.seek(0)
                if ready(err_file.read()):
                    if whole_group:
                        os.killpg(proc.pid, sig)  # what a terminal's Ctrl-C does
                    else:
                        os.kill(proc.pid, sig)  # kill PID
                    proc.signalled = True
                    break
                time.sleep(0.005)
            proc.wait(timeout=HANG_GUARD)
            proc.orphans = group_alive_after(proc.pid, ORPHAN_GUARD)
        finally:
            kill_group(proc)
        err_file.seek(0)
        proc.stderr_text = err_file.read().decode("utf-8", "replace")
    return proc


def interrupt_after_progress(args, sig, *, whole_group: bool, progress: int = 3) -> subprocess.Popen:
    """Send ``sig`` once zhtext has reported ``progress`` files fixed."""
    return signal_zhtext(args, sig, whole_group=whole_group,
                         ready=lambda err: err.count(b"fixed ") >= progress)


def assert_stopped_by(proc, code: int) -> None:
    """A signalled run says it was interrupted and exits 128 + signal number
    (unless it had just finished: then it reports as usual and exits 1)."""
    err = proc.stderr_text
    # A run that had already written its last file may end (a zombie waiting
    # to be reaped) before the signal lands: then it has reported its work.
    finished = "zhtext: done:" in err or ("interrupted" not in err and err.startswith("fixed "))
    if proc.signalled and not finished:
        assert "interrupted" in err, err
        assert "Aborted!" not in err, err
        assert proc.returncode == code, err
    else:
        assert proc.returncode == 1, err


def assert_every_file_whole(files: dict[Path, bytes], old: bytes, new: bytes) -> int:
    """Each file holds the old or the new content, never a mix; returns how many are new."""
    done = 0
    for path in files:
        data = path.read_bytes()
        assert data in (old, new), f"{path} is damaged ({len(data)} bytes)"
        done += data == new
    return done




@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_during_in_place_leaves_every_file_whole(tmp_path, jobs):
    files, old, new = make_batch(tmp_path / "batch", 600)
    proc = interrupt_after_progress(["convert", "-c", "s2t", "--in-place", "--jobs", jobs, tmp_path / "batch"],
                                    signal.SIGINT, whole_group=True)
    assert_no_traceback(proc.stderr_text.encode())
    assert_every_file_whole(files, old, new)
    assert temp_files(tmp_path) == []
    assert not proc.orphans
    assert_stopped_by(proc, 128 + signal.SIGINT)


@pytest.mark.parametrize("jobs,whole_group", [
    ("1", False), ("2", False), ("2", True),
])
def test_sigterm_during_in_place_stops_like_ctrl_c(tmp_path, jobs, whole_group):
    files, old, new = make_batch(tmp_path / "batch", 600)
    proc = interrupt_after_progress(["convert", "-c", "s2t", "--in-place", "--jobs", jobs, tmp_path / "batch"],
                                    signal.SIGTERM, whole_group=whole_group)
    assert_every_file_whole(files, old, new)
    assert temp_files(tmp_path) == []
    assert not proc.orphans, "worker processes outlived zhtext"
    assert_no_traceback(proc.stderr_text.encode())
    assert_stopped_by(proc, 128 + signal.SIGTERM)


@pytest.mark.parametrize("sig", [
    signal.SIGINT, signal.SIGTERM,
], ids=["SIGINT", "SIGTERM"])
def test_signal_in_the_middle_of_a_large_streamed_file(tmp_path, sig):
    unit = LINE * 1000
    count = 400  # about 38 MB: above the streaming threshold, written piece by piece
    path = tmp_path / "large.txt"
    with open(path, "w", encoding="utf-8") as fh:
        for _ in range(count):
            fh.write(unit)
    old_digest = hashlib.sha256(path.read_bytes()).hexdigest()
    # Signal the whole group while the temporary file is being written.
    proc = signal_zhtext(["convert", "-c", "s2t", "--in-place", path], sig, whole_group=True,
                         ready=lambda err: bool(temp_files(tmp_path)))
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != old_digest:
        assert data == converted(unit).encode("utf-8") * count, "the large file is damaged"
    assert temp_files(tmp_path) == []
    assert not proc.orphans
    assert_no_traceback(proc.stderr_text.encode())
    assert_stopped_by(proc, 128 + sig)


# -- two runs at once ---------------------------------------------------------


def test_two_runs_on_the_same_files_at_once_corrupt_nothing(tmp_path):
    files, old, new = make_batch(tmp_path / "batch", 300)
    args = [*ZHTEXT, "convert", "-c", "s2t", "--in-place", "--jobs", "1", str(tmp_path / "batch")]
    procs = [subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=child_env())
             for _ in range(2)]
    errs = [p.communicate(timeout=HANG_GUARD)[1].decode("utf-8", "replace") for p in procs]
    for proc, err in zip(procs, errs):
        assert proc.returncode in (0, 1), err  # nobody failed
        assert "error" not in err, err
    for path in files:
        assert path.read_bytes() == new
    assert temp_files(tmp_path) == []


def test_different_commands_at_once_leave_one_of_the_possible_results(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    old_text = ("  " + LINE.rstrip("\n") + "   \r\n") * 30
    norm_text = normalize(old_text)
    possible = {s.encode("utf-8") for s in (old_text, converted(old_text), norm_text, converted(norm_text),
                                            normalize(converted(old_text)))}
    for i in range(200):
        (folder / f"{i:03d}.txt").write_text(old_text, encoding="utf-8", newline="")
    commands = [["convert", "-c", "s2t"], ["normalize", "--profile", "text"]]
    procs = [subprocess.Popen([*ZHTEXT, *c, "--in-place", "--jobs", "1", str(folder)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=child_env()) for c in commands]
    errs = [p.communicate(timeout=HANG_GUARD)[1].decode("utf-8", "replace") for p in procs]
    for proc, err in zip(procs, errs):
        assert proc.returncode in (0, 1), err
    for path in folder.iterdir():
        assert path.read_bytes() in possible, path
    assert temp_files(tmp_path) == []


# -- special files in a walked folder -----------------------------------------


@pytest.fixture
def short_dir():
    """A folder with a short path (a UNIX socket path is limited to about 100 bytes)."""
    with tempfile.TemporaryDirectory(prefix="zt-") as tmp:
        yield Path(tmp)


def test_fifo_socket_and_device_in_a_walked_folder_are_skipped_unread(short_dir):
    folder = short_dir / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(LINE, encoding="utf-8")
    os.mkfifo(folder / "fifo.txt")  # reading it would block forever: no writer
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.txt"))
    special = ["fifo.txt", "sock.txt"]
    try:
        os.mknod(folder / "null.txt", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        special.append("null.txt")
    except (OSError, AttributeError):
        pass  # no right to make devices here
    try:
        for args in (["--check"], ["-o", short_dir / "out"], ["--in-place"]):
            result = zhtext("convert", "-c", "s2t", *args, folder, timeout=120)
            err = result.stderr.decode()
            for name in special:
                assert f"zhtext: skipped {folder / name}: not a regular file" in err
            assert result.returncode == (0 if args[0] == "-o" else 1), err
        assert (folder / "a.txt").read_text(encoding="utf-8") == converted(LINE)
        assert stat.S_ISFIFO(os.stat(folder / "fifo.txt").st_mode)
        assert sorted(p.name for p in (short_dir / "out").iterdir()) == ["a.txt"]
    finally:
        sock.close()


def test_a_fifo_named_directly_is_an_error_not_a_hang(short_dir):
    fifo = short_dir / "named.txt"
    os.mkfifo(fifo)
    result = zhtext("convert", "-c", "s2t", fifo, timeout=120)
    assert result.returncode == 3
    assert result.stderr.decode().strip() == f"zhtext: error: {fifo}: not a regular file"


# -- odd names and long paths --------------------------------------------------


def bad_name(folder: Path) -> Path:
    return Path(os.fsdecode(os.fsencode(str(folder)) + b"/\xb9\xfe\xc8\xd5.txt"))  # GBK bytes, not UTF-8


def test_file_names_that_are_not_utf8_are_processed_and_named(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    odd = bad_name(folder)
    odd.write_text(LINE, encoding="utf-8")
    result = zhtext("convert", "-c", "s2t", "--in-place", folder)
    assert result.returncode == 1, result.stderr
    assert odd.read_text(encoding="utf-8") == converted(LINE)
    assert b"fixed " in result.stderr
    out = tmp_path / "out"
    result = zhtext("normalize", "-o", out, folder)
    assert result.returncode == 0, result.stderr
    assert os.listdir(os.fsencode(out)) == [os.fsencode(odd.name)]


def test_diff_of_a_file_whose_name_is_not_utf8(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    bad_name(folder).write_text(LINE, encoding="utf-8")
    result = zhtext("convert", "-c", "s2t", "--diff", folder, env=child_env(PYTHONIOENCODING="utf-8"))
    assert_no_traceback(result.stderr)
    assert result.returncode == 0, result.stderr
    assert b"+++ b/" in result.stdout and "們".encode() in result.stdout


def test_in_place_on_a_file_with_a_name_near_the_length_limit(tmp_path):
    path = tmp_path / ("字" * 82 + ".txt")  # 250 bytes
    path.write_text(LINE, encoding="utf-8")
    result = zhtext("convert", "-c", "s2t", "--in-place", path)
    assert result.returncode == 1, result.stderr
    assert path.read_text(encoding="utf-8") == converted(LINE)
    assert temp_files(tmp_path) == []


def test_a_folder_deeper_than_the_path_limit_is_reported_and_skipped(tmp_path):
    root = tmp_path / "deep"
    root.mkdir()
    (root / "top.txt").write_text(LINE, encoding="utf-8")
    fd = os.open(root, os.O_RDONLY)
    try:
        for _ in range(20):  # 20 x 251 bytes: far beyond PATH_MAX (4096)
            os.mkdir("d" * 250, dir_fd=fd)
            new = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = new
        with open(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w", encoding="utf-8") as fh:
            fh.write(LINE)
    finally:
        os.close(fd)
    result = zhtext("convert", "-c", "s2t", "--check", root)
    err = result.stderr.decode()
    assert_no_traceback(result.stderr)
    assert f"would change {root / 'top.txt'}" in err
    assert "zhtext: skipped " in err and "File name too long" in err
    assert result.returncode == 1  # skipping is not a failure; top.txt would change
    assert err.count("\n") <= 4  # one line for the folder it cannot enter, not a flood


# -- files that vanish or turn unreadable during a walk, read-only files --------

# Runs the real command, but removes or locks files right after the walk
# listed them and before they are read: the race made deterministic.
_RACE = """
import os, sys
import zhtext.cli.batch.run as run_module
real = run_module.iter_inputs
def iter_inputs(*args, **kwargs):
    inputs = list(real(*args, **kwargs))
    os.unlink(os.environ["ZT_VANISH"])
    os.chmod(os.environ["ZT_LOCK"], 0)
    os.rmdir(os.environ["ZT_RMDIR"]) if os.environ.get("ZT_RMDIR") else None
    return iter(inputs)
run_module.iter_inputs = iter_inputs
from zhtext.cli.main import main
main(sys.argv[1:])
"""


def as_unprivileged():
    """preexec_fn that takes from root the right to ignore file modes (CAP_DAC_OVERRIDE,
    CAP_DAC_READ_SEARCH), so that mode 000 files and 555 folders mean what they say."""
    if os.geteuid() != 0:
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)

    def drop():
        for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
            if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP: gone after exec
                os._exit(97)

    return drop


@pytest.fixture
def open_dir():
    """A folder an unprivileged child may use (pytest's tmp_path is private to us)."""
    with tempfile.TemporaryDirectory(prefix="zt-") as tmp:
        os.chmod(tmp, 0o777)
        yield Path(tmp)


def test_files_that_vanish_or_turn_unreadable_after_the_walk(open_dir):
    folder = open_dir / "d"
    folder.mkdir()
    os.chmod(folder, 0o777)
    names = ["a.txt", "b.txt", "c.txt", "d.txt"]
    for name in names:
        (folder / name).write_text(LINE, encoding="utf-8")
        os.chmod(folder / name, 0o666)
    env = child_env(ZT_VANISH=str(folder / "b.txt"), ZT_LOCK=str(folder / "c.txt"))
    result = subprocess.run([sys.executable, "-c", _RACE, "convert", "-c", "s2t", "--in-place", str(folder)],
                            capture_output=True, timeout=HANG_GUARD, env=env, preexec_fn=as_unprivileged())
    err = result.stderr.decode()
    assert_no_traceback(result.stderr)
    assert f"zhtext: error: {folder / 'b.txt'}: No such file or directory" in err
    assert f"zhtext: error: {folder / 'c.txt'}: Permission denied" in err
    assert f"fixed {folder / 'a.txt'}" in err and f"fixed {folder / 'd.txt'}" in err
    assert result.returncode == 3
    assert (folder / "a.txt").read_text(encoding="utf-8") == converted(LINE)
    os.chmod(folder / "c.txt", 0o644)
    assert (folder / "c.txt").read_text(encoding="utf-8") == LINE
    assert temp_files(open_dir) == []


def test_unreadable_file_and_folder_are_reported(open_dir):
    folder = open_dir / "d"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "x.txt").write_text(LINE, encoding="utf-8")
    (folder / "secret.txt").write_text(LINE, encoding="utf-8")
    (folder / "ok.txt").write_text(LINE, encoding="utf-8")
    for path in (open_dir, folder):
        os.chmod(path, 0o777)
    os.chmod(folder / "secret.txt", 0)
    os.chmod(folder / "locked", 0)
    result = subprocess.run([*ZHTEXT, "convert", "-c", "s2t", "--check", str(folder)], capture_output=True,
                            timeout=HANG_GUARD, env=child_env(), preexec_fn=as_unprivileged())
    err = result.stderr.decode()
    assert f"zhtext: skipped {folder / 'locked'}: Permission denied" in err
    assert f"zhtext: error: {folder / 'secret.txt'}: Permission denied" in err
    assert f"would change {folder / 'ok.txt'}" in err
    assert result.returncode == 3
    os.chmod(folder / "locked", 0o755)


def test_read_only_file_is_reported_and_kept(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(LINE, encoding="utf-8")
    ro = folder / "ro.txt"
    ro.write_text(LINE, encoding="utf-8")
    ro.chmod(0o444)
    result = zhtext("convert", "-c", "s2t", "--in-place", folder)
    err = result.stderr.decode()
    assert f"zhtext: error: {ro}: cannot write: read-only file" in err, err
    assert result.returncode == 3
    assert ro.read_text(encoding="utf-8") == LINE and stat.S_IMODE(ro.stat().st_mode) == 0o444
    assert (folder / "a.txt").read_text(encoding="utf-8") == converted(LINE)
    # --check and -o only read it
    assert zhtext("convert", "-c", "s2t", "--check", ro).returncode == 1
    assert zhtext("convert", "-c", "s2t", "-o", tmp_path / "out.txt", ro).returncode == 0


def test_read_only_folder_keeps_its_files(open_dir):
    folder = open_dir / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(LINE, encoding="utf-8")
    os.chmod(folder / "a.txt", 0o666)
    os.chmod(open_dir, 0o777)
    os.chmod(folder, 0o555)
    try:
        result = subprocess.run([*ZHTEXT, "convert", "-c", "s2t", "--in-place", str(folder)], capture_output=True,
                                timeout=HANG_GUARD, env=child_env(), preexec_fn=as_unprivileged())
    finally:
        os.chmod(folder, 0o755)
    err = result.stderr.decode()
    assert f"zhtext: error: {folder / 'a.txt'}: cannot write: Permission denied" in err, err
    assert result.returncode == 3
    assert (folder / "a.txt").read_text(encoding="utf-8") == LINE
    assert temp_files(open_dir) == []


# -- the rest of the README's "Bad input" table ----------------------------------

DEEP_HTML = "<html><body>" + "<div>" * 100_000 + "<p>" + LINE.strip() + "</p>" + "</div>" * 100_000 + "</body></html>"


@pytest.mark.parametrize("name,data,args,message,code", [
    ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["convert"],
     "zhtext: skipped {path}: binary file (contains NUL bytes)", 0),
    ("bad.txt", b"\x81\x30\xff\xfe abc \x80\x80\xff", ["convert"],
     "zhtext: error: {path}: cannot decode (tried ", 3),
    ("bad.txt", b"\x81\x30\xff\xfe abc \x80\x80\xff", ["convert", "--errors", "replace"], "", 0),
    ("page.mht", b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
                 b"Content-Type: image/png\r\n\r\nnot text\r\n--B--\r\n", ["strip"],
     "zhtext: warning: {path}: MHTML archive without a text part", 0),
    ("huge.html", ("<html><body>" + "<p>字</p>" * 600_000 + "</body></html>").encode("utf-8"), ["strip"],
     "zhtext: warning: {path}: page too large or malformed; only its first part was read", 0),
], ids=["binary", "undecodable", "undecodable-replace", "mhtml-no-text", "html-huge"])
def test_bad_input_table(tmp_path, name, data, args, message, code):
    path = tmp_path / name
    path.write_bytes(data)
    result = zhtext(*args, path)
    assert_no_traceback(result.stderr)
    assert message.format(path=path) in result.stderr.decode(), result.stderr
    assert result.returncode == code


def test_html_nested_100000_levels_deep_is_read(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text(DEEP_HTML, encoding="utf-8")
    result = zhtext("strip", path)
    assert_no_traceback(result.stderr)
    assert result.returncode == 0
    assert LINE.strip() in result.stdout.decode()


def test_broken_symlink_in_a_walked_folder_is_skipped(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "d" / "a.txt").write_text(LINE, encoding="utf-8")
    result = zhtext("convert", "-c", "s2t", "--check", tmp_path / "d")
    assert f"zhtext: skipped {tmp_path / 'd' / 'gone.txt'}: broken symlink" in result.stderr.decode()
    assert result.returncode == 1
