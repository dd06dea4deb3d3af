"""Outputs, the report and exit codes, parallel runs, and never losing a file."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import temp_files
from tests.cli_processors import Recode, TextOnly, Upper, run_options
from zhtext.cli.batch import inputs as inputs_module
from zhtext.cli.batch import sinks as sinks_module
from zhtext.cli.batch.model import UsageError
from zhtext.cli.batch.report import Report
from zhtext.cli.batch.run import run
from zhtext.cli.batch.sinks import atomic_write


def tree(root: Path, count: int = 3) -> list[Path]:
    paths = []
    for i in range(count):
        p = root / f"d{i % 2}" / f"f{i:03}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"第{i}行 line {i}\n", encoding="utf-8")
        paths.append(p)
    return paths


leftovers = temp_files


# -- where output goes ---------------------------------------------------


def test_single_input_goes_to_stdout(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("简体 abc\n", encoding="utf-8")
    assert run((str(tmp_path / "a.txt"),), Upper(), run_options()) == 0
    captured = capsys.readouterr()
    assert captured.out == "简体 ABC\n"
    assert captured.err == ""
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "简体 abc\n"


def test_o_is_a_file_for_one_input_and_a_folder_otherwise(tmp_path):
    src = tmp_path / "src"
    tree(src, 3)
    out_file = tmp_path / "one.txt"
    assert run((str(src / "d0" / "f000.txt"),), Upper(), run_options(output=str(out_file))) == 0
    assert out_file.read_text(encoding="utf-8") == "第0行 LINE 0\n"
    existing = tmp_path / "existing"
    existing.mkdir()
    run((str(src / "d0" / "f000.txt"),), Upper(), run_options(output=str(existing)))
    assert (existing / "f000.txt").is_file()


def test_o_mirrors_the_input_tree(tmp_path):
    src = tmp_path / "src"
    tree(src, 5)
    (src / "d1" / "f001.txt").chmod(0o640)
    out = tmp_path / "out"
    assert run((str(src),), Upper(), run_options(output=str(out), jobs=1)) == 0
    got = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.txt"))
    assert got == ["d0/f000.txt", "d0/f002.txt", "d0/f004.txt", "d1/f001.txt", "d1/f003.txt"]
    assert (out / "d1" / "f003.txt").read_text(encoding="utf-8") == "第3行 LINE 3\n"
    assert stat.S_IMODE((out / "d1" / "f001.txt").stat().st_mode) == 0o640
    # the inputs are untouched
    assert (src / "d1" / "f003.txt").read_text(encoding="utf-8") == "第3行 line 3\n"


def test_output_folder_inside_the_input_folder_is_not_read_back(tmp_path):
    tree(tmp_path, 2)
    run((str(tmp_path),), Upper(), run_options(output=str(tmp_path / "out"), jobs=1))
    run((str(tmp_path),), Upper(), run_options(output=str(tmp_path / "out"), jobs=1))
    assert not (tmp_path / "out" / "out").exists()


def test_colliding_outputs_are_failures_not_overwrites(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("one\n", encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text("two\n", encoding="utf-8")
    code = run((str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt")), Upper(),
               run_options(output=str(tmp_path / "out"), jobs=1))
    assert code == 3
    assert (tmp_path / "out" / "x.txt").read_text(encoding="utf-8") == "ONE\n"
    assert "is also the output of" in capsys.readouterr().err


@pytest.mark.parametrize("flags, message", [
    ({}, "several inputs"),
    ({"in_place": True, "output": "x"}, "cannot be used together"),
    ({"check": True, "in_place": True}, "write nothing"),
    ({"output": "-"}, "standard output"),
])
def test_usage_errors(tmp_path, flags, message):
    tree(tmp_path, 2)
    with pytest.raises(UsageError, match=message):
        run((str(tmp_path),), Upper(), run_options(**flags))


# -- check, diff, in-place -------------------------------------------------


def test_check_writes_nothing_and_lists_what_would_change(tmp_path, capsys):
    paths = tree(tmp_path, 2)
    (tmp_path / "same.txt").write_text("ALREADY UPPER\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*.txt")}
    assert run((str(tmp_path),), Upper(), run_options(check=True, jobs=1)) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"would change {paths[0]}" in err
    assert f"would change {paths[1]}" in err
    assert not any("same.txt" in line for line in err)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*.txt")} == before
    # nothing to change: exit 0
    assert run((str(tmp_path / "same.txt"),), Upper(), run_options(check=True)) == 0


def test_diff_prints_a_unified_diff_and_writes_nothing(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("keep\nlower\n", encoding="utf-8")
    assert run((str(p),), Upper(), run_options(diff=True)) == 0
    out = capsys.readouterr().out
    assert out == f"--- a/{p}\n+++ b/{p}\n@@ -1,2 +1,2 @@\n-keep\n-lower\n+KEEP\n+LOWER\n"
    assert p.read_text(encoding="utf-8") == "keep\nlower\n"
    assert run((str(p),), Upper(), run_options(diff=True, check=True)) == 1


def test_in_place_is_atomic_keeps_mode_and_leaves_unchanged_files_alone(tmp_path, capsys):
    changed = tmp_path / "changed.txt"
    changed.write_text("abc\n", encoding="utf-8")
    changed.chmod(0o751)
    same = tmp_path / "same.txt"
    same.write_text("ABC\n", encoding="utf-8")
    os.utime(same, (1_000_000, 1_000_000))
    inode = same.stat().st_ino
    assert run((str(tmp_path),), Upper(), run_options(in_place=True, jobs=1)) == 1
    assert changed.read_text(encoding="utf-8") == "ABC\n"
    assert stat.S_IMODE(changed.stat().st_mode) == 0o751
    assert same.stat().st_mtime == 1_000_000 and same.stat().st_ino == inode
    assert leftovers(tmp_path) == []
    err = capsys.readouterr().err
    assert f"fixed {changed}" in err and "same.txt" not in err.replace("unchanged", "")
    # a second run has nothing left to do
    assert run((str(tmp_path),), Upper(), run_options(in_place=True, jobs=1)) == 0


def test_skip_if_text_unchanged_leaves_other_encodings_alone(tmp_path):
    p = tmp_path / "gbk.txt"
    p.write_bytes("中文内容\n".encode("gbk"))
    assert run((str(p),), TextOnly(), run_options(in_place=True)) == 0
    assert p.read_bytes() == "中文内容\n".encode("gbk")
    assert run((str(p),), Recode(), run_options(in_place=True)) == 1
    assert p.read_bytes() == "中文内容\n".encode("utf-8")


# -- the report and exit codes -----------------------------------------------


def test_failures_are_one_line_each_and_the_batch_goes_on(tmp_path, capsys):
    paths = tree(tmp_path, 4)
    paths[1].write_text("this is BAD\n", encoding="utf-8")
    paths[2].write_text("this has a BUG\n", encoding="utf-8")
    code = run((str(tmp_path),), Upper(), run_options(in_place=True, jobs=1))
    assert code == 3
    err = capsys.readouterr().err.splitlines()
    assert f"zhtext: error: {paths[1]}: bad marker in text" in err
    assert f"zhtext: error: {paths[2]}: internal error: TypeError: processor bug" in err
    assert paths[0].read_text(encoding="utf-8").endswith("LINE 0\n")
    assert paths[3].read_text(encoding="utf-8").endswith("LINE 3\n")
    assert paths[1].read_text(encoding="utf-8") == "this is BAD\n"
    assert any(line.startswith("zhtext: done: 4 file(s): 2 changed, 0 unchanged, 0 skipped, 2 failed")
               for line in err)


def test_quiet_prints_only_errors_and_verbose_every_file(tmp_path, capsys):
    paths = tree(tmp_path, 3)
    paths[0].write_text("BAD one\n", encoding="utf-8")
    run((str(tmp_path),), Upper(), run_options(check=True, quiet=True, jobs=1))
    assert capsys.readouterr().err.splitlines() == [f"zhtext: error: {paths[0]}: bad marker in text"]
    paths[0].write_text("X\n", encoding="utf-8")
    run((str(tmp_path),), Upper(), run_options(check=True, verbose=True, jobs=1))
    err = capsys.readouterr().err
    assert f"unchanged {paths[0]}" in err and f"would change {paths[1]}" in err


def test_exit_code_rule():
    assert Report().exit_code() == 0
    r = Report(check=True)
    r.done("a", True)
    assert r.exit_code() == 1
    r.fail("b", "reason")
    assert r.exit_code() == 3
    r = Report()  # -o / stdout: changes are the point, not a finding
    r.done("a", True)
    assert r.exit_code() == 0


def test_progress_bar_only_on_a_terminal():
    import io

    class Tty(io.StringIO):
        def isatty(self):
            return True

    plain = io.StringIO()
    r = Report()
    r.start_progress(100, stream=plain)
    assert r._progress is None
    tty = Tty()
    r.start_progress(100, stream=tty)
    assert r._progress is not None
    r.done("x", False)
    r.stop_progress()
    r = Report()
    r.start_progress(3, stream=Tty())  # a few files: no bar
    assert r._progress is None


# -- parallel runs ----------------------------------------------------------


def test_parallel_run_matches_serial_run_and_reports_in_order(tmp_path, capsys):
    serial_src = tmp_path / "serial"
    parallel_src = tmp_path / "parallel"
    tree(serial_src, 40)
    tree(parallel_src, 40)
    for root in (serial_src, parallel_src):
        (root / "d0" / "f010.txt").write_text("BAD\n", encoding="utf-8")
        (root / "d1" / "f011.txt").write_text("warn me\n", encoding="utf-8")
    assert run((str(serial_src),), Upper(), run_options(output=str(tmp_path / "o1"), jobs=1, verbose=True)) == 3
    serial_err = capsys.readouterr().err
    assert run((str(parallel_src),), Upper(), run_options(output=str(tmp_path / "o2"), jobs=2, verbose=True)) == 3
    parallel_err = capsys.readouterr().err

    def lines(err, root):
        return [line.replace(str(root), "ROOT") for line in err.splitlines() if not line.startswith("zhtext: done")]

    assert lines(serial_err, serial_src) == lines(parallel_err, parallel_src)
    for p in (tmp_path / "o1").rglob("*.txt"):
        assert (tmp_path / "o2" / p.relative_to(tmp_path / "o1")).read_bytes() == p.read_bytes()
    assert len(list((tmp_path / "o2").rglob("*.txt"))) == 39


# -- never lose data ------------------------------------------------------


def test_interrupted_batch_leaves_files_untouched_or_complete(tmp_path):
    paths = tree(tmp_path, 6)
    ordered = [i.path for i in inputs_module.iter_inputs((str(tmp_path),))]
    ordered[3].write_text("STOP here\n", encoding="utf-8")
    assert run((str(tmp_path),), Upper(), run_options(in_place=True, jobs=1)) == 130
    assert [p.read_text(encoding="utf-8").isupper() or "STOP" in p.read_text(encoding="utf-8")
            for p in ordered[:3]] == [True, True, True]
    assert ordered[3].read_text(encoding="utf-8") == "STOP here\n"
    for p in ordered[4:]:
        assert "line" in p.read_text(encoding="utf-8")
    assert leftovers(tmp_path) == []
    assert len(paths) == 6


def test_interrupt_in_the_middle_of_a_write_removes_the_temporary_file(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text("original\n", encoding="utf-8")

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(sinks_module.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(p, b"new content\n")
    monkeypatch.undo()
    assert p.read_text(encoding="utf-8") == "original\n"
    assert leftovers(tmp_path) == []


def test_a_file_that_cannot_be_written_keeps_its_original(tmp_path, monkeypatch, capsys):
    paths = tree(tmp_path, 3)
    real_replace = os.replace

    def disk_full(src, dst):
        if str(dst).endswith("f001.txt"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", disk_full)
    code = run((str(tmp_path),), Upper(), run_options(in_place=True, jobs=1))
    monkeypatch.undo()
    assert code == 3
    assert paths[1].read_text(encoding="utf-8") == "第1行 line 1\n"
    assert paths[0].read_text(encoding="utf-8") == "第0行 LINE 0\n"
    assert paths[2].read_text(encoding="utf-8") == "第2行 LINE 2\n"
    assert f"zhtext: error: {paths[1]}: cannot write: No space left on device" in capsys.readouterr().err
    assert leftovers(tmp_path) == []


def test_output_under_a_file_is_reported(tmp_path, capsys):
    src = tmp_path / "src"
    tree(src, 2)
    out = tmp_path / "out"
    out.mkdir()
    (out / "d0").write_text("a file where a folder should be\n", encoding="utf-8")
    assert run((str(src),), Upper(), run_options(output=str(out), jobs=1)) == 3
    err = capsys.readouterr().err
    assert f"zhtext: error: {src / 'd0' / 'f000.txt'}: cannot write {out / 'd0' / 'f000.txt'}:" in err
    assert (out / "d1" / "f001.txt").is_file()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder(tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    p = folder / "a.txt"
    p.write_text("abc\n", encoding="utf-8")
    folder.chmod(0o555)
    try:
        assert run((str(p),), Upper(), run_options(in_place=True)) == 3
    finally:
        folder.chmod(0o755)
    assert p.read_text(encoding="utf-8") == "abc\n"
    assert "cannot write: Permission denied" in capsys.readouterr().err


SIGINT_SCRIPT = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from cli_processors import Upper
    from zhtext.cli.batch.run import run
    from cli_processors import run_options
    try:
        sys.exit(run((sys.argv[1],), Upper(delay=0.02), run_options(in_place=True, jobs=2, quiet=True)))
    except KeyboardInterrupt:
        sys.exit(130)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name != "posix", reason="POSIX signals")
def test_sigint_to_a_parallel_batch_leaves_no_half_written_file(tmp_path):
    root = tmp_path / "data"
    paths = tree(root, 300)
    originals = {p: p.read_text(encoding="utf-8") for p in paths}
    script = tmp_path / "batch.py"
    script.write_text(SIGINT_SCRIPT, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(root), str(Path(__file__).parents[1])])
    # wait until the batch is under way (some file rewritten), then Ctrl-C the main process only
    import time

    def rewritten():
        return sum(p.read_text(encoding="utf-8") != originals[p] for p in paths)

    while proc.poll() is None and rewritten() < 30:
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    code = proc.wait(timeout=120)
    assert code in (130, 1)
    done = 0
    for p in paths:
        text = p.read_text(encoding="utf-8")
        assert text in (originals[p], originals[p].upper())
        done += text != originals[p]
    assert done >= 30
    assert leftovers(tmp_path) == []


def test_one_file_imports_no_worker_or_progress_machinery(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("简体 text\n", encoding="utf-8")
    code = textwrap.dedent(f"""
        import sys
        from zhtext.cli.main import cli
        try:
            cli.main(["convert", "-c", "s2t", {str(p)!r}], standalone_mode=False)
        except SystemExit:
            pass
        print(sorted(m for m in sys.modules if m.startswith(("concurrent.futures", "multiprocessing", "rich"))),
              file=sys.stderr)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "簡體 text\n"
    assert out.stderr.strip() == "[]"


@pytest.mark.parametrize("jobs, workers", [([], False), (["--jobs", "2"], True)])
def test_a_few_small_files_run_without_workers_unless_jobs_asks_for_them(tmp_path, jobs, workers):
    for i in range(5):
        (tmp_path / f"d{i}.md").write_text(f"# 标题{i}\n\n简体中文\n", encoding="utf-8")
    code = textwrap.dedent(f"""
        import sys
        from zhtext.cli.main import cli
        try:
            cli.main(["convert", "-c", "s2t", "--check", *{jobs!r}, {str(tmp_path)!r}], standalone_mode=False)
        except SystemExit as exc:
            print(exc.code, file=sys.stderr)
        print("multiprocessing" in sys.modules, file=sys.stderr)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = out.stderr.strip().splitlines()
    assert lines[-2:] == ["1", str(workers)], out.stderr
    assert sum(line.startswith("would change") for line in lines) == 5


def test_worth_workers_counts_files_and_bytes(tmp_path):
    from zhtext.cli.batch.inputs import Input
    from zhtext.cli.batch.plan import Task
    from zhtext.cli.batch.run import WORKERS_MIN_BYTES, WORKERS_MIN_FILES, worth_workers

    def tasks(count, size):
        out = []
        for i in range(count):
            path = tmp_path / f"{count}-{size}-{i}.txt"
            path.write_bytes(b"x" * size)
            out.append(Task(Input(path, Path(path.name), str(path)), None))
        return out

    assert not worth_workers(tasks(WORKERS_MIN_FILES - 1, 10))
    assert worth_workers(tasks(WORKERS_MIN_FILES, 10))
    assert worth_workers(tasks(2, WORKERS_MIN_BYTES // 2))
    assert not worth_workers(tasks(2, WORKERS_MIN_BYTES // 4))


def test_convert_in_place_leaves_a_file_whose_text_needs_no_conversion(tmp_path):
    from click.testing import CliRunner

    from zhtext.cli.main import cli

    big5 = tmp_path / "trad.txt"
    big5.write_bytes("這段繁體文字不需要轉換。\n".encode("big5"))
    gbk = tmp_path / "simp.txt"
    gbk.write_bytes("这段简体文字需要转换。\n".encode("gbk"))
    result = CliRunner().invoke(cli, ["convert", "-c", "s2t", "--in-place", "-j", "1", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert big5.read_bytes() == "這段繁體文字不需要轉換。\n".encode("big5")  # not even re-encoded
    assert gbk.read_text(encoding="utf-8") == "這段簡體文字需要轉換。\n"
    assert f"fixed {gbk}" in result.stderr and str(big5) not in result.stderr


@pytest.mark.parametrize("command", ["convert", "normalize", "recode", "repair", "clean", "strip"])
def test_an_unknown_encoding_is_a_usage_error_and_a_web_label_is_known(tmp_path, zhtext_cli, command):
    path = tmp_path / "thai.txt"
    path.write_bytes("ภาษาไทย\n".encode("cp874"))
    bad = zhtext_cli(command, "--encoding", "no-such-codec", path)
    assert bad.exit_code == 2 and "unknown encoding 'no-such-codec'" in bad.output
    good = zhtext_cli(command, "--encoding", "windows-874", path)  # a WHATWG label, as pages write it
    assert good.exit_code == 0, good.output
