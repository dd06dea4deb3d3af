"""The batch engine's parts on their own: write modes, executors, shards on every executor."""

from __future__ import annotations

import json

import pytest

from tests.cli_processors import Prepared, Upper, run_options
from zhtext.cli.batch import inputs
from zhtext.cli.batch.executors import MAX_FILES_PER_TASK, ProcessExecutor, SerialExecutor, WorkerFailed, files_per_task
from zhtext.cli.batch.model import BATCH_BYTES_COUNTED, Status, UsageError, WriteMode, classify_error
from zhtext.cli.batch.run import run
from zhtext.converters.errors import BinaryInputError, DecodeError


@pytest.mark.parametrize("flags, mode", [
    ({}, WriteMode.STDOUT),
    ({"output": "out"}, WriteMode.STDOUT),
    ({"in_place": True}, WriteMode.IN_PLACE),
    ({"check": True}, WriteMode.CHECK),
    ({"diff": True}, WriteMode.DIFF),
    ({"check": True, "diff": True}, WriteMode.CHECK_DIFF),
])
def test_the_write_flags_make_one_mode(flags, mode):
    assert WriteMode.from_flags(**flags) is mode
    assert mode.writes == (mode in (WriteMode.STDOUT, WriteMode.IN_PLACE))


@pytest.mark.parametrize("flags", [{"in_place": True, "output": "x"}, {"check": True, "output": "x"},
                                   {"diff": True, "in_place": True}])
def test_conflicting_write_flags_are_a_usage_error(flags):
    with pytest.raises(UsageError):
        WriteMode.from_flags(**flags)


def test_one_rule_turns_exceptions_into_outcomes():
    assert classify_error(BinaryInputError("")) == (Status.SKIPPED, "binary file")
    assert classify_error(FileNotFoundError(2, "No such file or directory")) == (Status.FAILED, "No such file or directory")
    assert classify_error(DecodeError("cannot decode", offset=0, tried=("utf-8",)))[1] == "cannot decode"
    assert classify_error(TypeError("oops")) == (Status.FAILED, "internal error: TypeError: oops")


class _Unit:
    def __init__(self, n, local=False):
        self.n = n
        self.local = local


def _square(job, unit, guard):
    with guard() as stop:
        assert not stop
        if unit.n == 5:
            import os

            os._exit(1)  # a worker dies in the middle of a unit
        return job * unit.n * unit.n


@pytest.mark.parametrize("executor", [SerialExecutor(), ProcessExecutor(2)], ids=["serial", "processes"])
def test_executors_return_results_in_input_order(executor):
    units = [_Unit(n, local=(n == 3)) for n in range(12) if n != 5]
    with executor:
        got = [(unit.n, result) for unit, result in executor.map(_square, 2, iter(units))]
    assert got == [(u.n, 2 * u.n * u.n) for u in units]


def test_groups_shrink_as_the_files_run_out():
    # guided scheduling: big groups first, single files at the end, so the
    # workers finish together
    sizes, left = [], 3000
    while left:
        sizes.append(files_per_task(left, 2))
        left -= sizes[-1]
    assert sizes[0] == MAX_FILES_PER_TASK and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)
    assert len(sizes) < 2 * 3000 / MAX_FILES_PER_TASK  # the bulk still goes in big groups


def test_a_dead_worker_fails_its_unit_only():
    units = [_Unit(n) for n in range(8)]
    with ProcessExecutor(2) as executor:
        got = {unit.n: result for unit, result in executor.map(_square, 1, iter(units))}
    assert isinstance(got[5], WorkerFailed) and "worker process failed" in got[5].reason
    assert [got[n] for n in (0, 1, 7)] == [0, 1, 49]


def test_a_shard_spread_over_worker_processes_gives_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "BATCH_LINES", 7)  # many batches, spread over the workers
    shard = tmp_path / "src" / "docs.jsonl"
    shard.parent.mkdir()
    docs = [json.dumps({"id": i, "text": f"line {i}" + (" warn" if i % 9 == 0 else "")}) for i in range(100)]
    shard.write_text("\n".join(docs) + "\n", encoding="utf-8")
    (tmp_path / "src" / "plain.txt").write_text("plain\n", encoding="utf-8")
    assert run((str(tmp_path / "src"),), Upper(), run_options(output=str(tmp_path / "one"), jobs=1)) == 0
    assert run((str(tmp_path / "src"),), Upper(), run_options(output=str(tmp_path / "two"), jobs=2)) == 0
    one = (tmp_path / "one" / "docs.jsonl").read_bytes()
    assert one == (tmp_path / "two" / "docs.jsonl").read_bytes()
    assert json.loads(one.splitlines()[3]) == {"id": 3, "text": "LINE 3"}


def test_a_bad_line_fails_its_shard_under_worker_processes_too(tmp_path, monkeypatch, capsys, leftovers):
    monkeypatch.setattr(inputs, "BATCH_LINES", 5)
    src = tmp_path / "src"
    src.mkdir()
    lines = [json.dumps({"text": f"doc {i}"}) for i in range(40)]
    lines[23] = json.dumps({"text": "BAD doc"})
    (src / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (src / "b.jsonl").write_text(json.dumps({"text": "fine"}) + "\n", encoding="utf-8")
    assert run((str(src),), Upper(), run_options(output=str(tmp_path / "out"), jobs=2)) == 3
    err = capsys.readouterr().err
    assert f"zhtext: error: {src / 'a.jsonl'}: line 24: bad marker in text" in err
    assert not (tmp_path / "out" / "a.jsonl").exists()
    assert (tmp_path / "out" / "b.jsonl").read_text(encoding="utf-8") == '{"text": "FINE"}\n'
    assert leftovers(tmp_path) == []


def _prepared_outputs(tmp_path, sizes, jobs):
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    for n, size in enumerate(sizes):
        (src / f"f{n:03}.txt").write_bytes(b"x" * size)
    out = tmp_path / f"out{jobs}"
    assert run((str(src),), Prepared(), run_options(output=str(out), jobs=jobs)) == 0
    return [p.read_text().split() for p in sorted(out.iterdir())]


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="workers are forked on POSIX only")
def test_forked_workers_inherit_what_the_main_process_prepared(tmp_path):
    import os

    rows = _prepared_outputs(tmp_path, [1000, 2000, 3000, 4000], jobs=2)
    # prepared once, in this process, with the batch's size; every file saw it
    assert {(size, where) for size, where, _ in rows} == {("10000", str(os.getpid()))}
    assert any(pid != str(os.getpid()) for _, _, pid in rows)  # and workers did the work


def test_a_serial_run_prepares_nothing_ahead(tmp_path):
    rows = _prepared_outputs(tmp_path, [10, 20], jobs=1)
    assert {(size, where) for size, where, _ in rows} == {("None", "None")}


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="workers are forked on POSIX only")
def test_the_batch_size_told_to_prepare_is_capped(tmp_path, monkeypatch):
    import zhtext.cli.batch.run as run_module

    monkeypatch.setattr(run_module, "BATCH_BYTES_COUNTED", 2500)
    rows = _prepared_outputs(tmp_path, [1000, 2000, 3000], jobs=2)
    assert {size for size, _, _ in rows} == {"2500"}
    assert BATCH_BYTES_COUNTED >= 1 << 20
