"""--cluster: the same runs on a real Dask cluster (LocalCluster, worker processes, loopback)."""

from __future__ import annotations

import gzip
import json
import random
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import invoke_cli


distributed = pytest.importorskip("distributed")

# -- a corpus of our own: plain-text saves, HTML pages with boilerplate, shards

WHO = ["小明", "邻居王阿姨", "学校的老师", "公司的同事", "社区的志愿者", "图书馆管理员", "我的表哥"]
DID = ["周末去了", "昨天参观了", "今年第一次来到", "和朋友一起逛了", "下班后路过了"]
WHERE = ["城东的旧书市场", "新开的科技馆", "河边的公园", "山脚下的小村庄", "市中心的博物馆", "学校后面的菜市场"]
THEN = ["，觉得收获很多。", "，拍了不少照片。", "，回家后写了一篇日记。", "，打算下个月再去一次。",
        "，发现那里比想象中热闹。"]


def sentence(rng: random.Random) -> str:
    return rng.choice(WHO) + rng.choice(DID) + rng.choice(WHERE) + rng.choice(THEN)


def paragraph(rng: random.Random) -> str:
    return "".join(sentence(rng) for _ in range(rng.randint(2, 4)))


def plain_save(rng: random.Random) -> str:
    paras = [" " * rng.choice((0, 2, 8)) + paragraph(rng) + " " * rng.randint(0, 3) for _ in range(rng.randint(2, 5))]
    return ("\r\n" if rng.random() < 0.3 else "\n").join(p + "\n" * rng.randint(0, 2) for p in paras)


def html_page(rng: random.Random, n: int) -> str:
    title = f"{rng.choice(WHO)}的一天（第{n}期）"
    paras = "".join(f"<p>{paragraph(rng)}</p>\n" for _ in range(rng.randint(3, 6)))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title} - 街坊新闻网</title></head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/local">本地</a> | <a href="/life">生活</a> | <a href="/about">关于我们</a></div>
<div class="article"><h1>{title}</h1>
<p class="meta">2024年3月{n % 28 + 1}日 来源：街坊新闻网</p>
{paras}</div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/a">{sentence(rng)}</a></li><li><a href="/b">{sentence(rng)}</a></li></ul></div>
<div class="footer">版权所有 街坊新闻网 | 联系我们 | 广告合作 | 免责声明</div>
</body></html>
"""


def build_corpus(root: Path, files: int = 300, docs: int = 400) -> None:
    rng = random.Random(8)
    for i in range(files):
        folder = root / f"part{i % 4}" / ("pages" if i % 3 == 0 else "saves")
        folder.mkdir(parents=True, exist_ok=True)
        if i % 3 == 0:
            page = html_page(rng, i)
            if i % 2:  # some pages saved in GBK, declared in the page
                (folder / f"p{i:03}.html").write_bytes(page.replace("utf-8", "gbk").encode("gbk"))
            else:
                (folder / f"p{i:03}.html").write_text(page, encoding="utf-8")
        else:
            (folder / f"s{i:03}.txt").write_text(plain_save(rng), encoding="utf-8", newline="")
    lines = []
    for n in range(docs):
        text = html_page(rng, n) if n % 4 == 0 else plain_save(rng)
        lines.append(json.dumps({"id": n, "url": f"https://example.org/{n}", "text": text}, ensure_ascii=False))
    (root / "shards").mkdir()
    (root / "shards" / "docs-000.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(root / "shards" / "docs-001.jsonl.gz", "wb") as fh:
        fh.write(("\n".join(lines[: docs // 2]) + "\n").encode("utf-8"))


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def report_lines(stderr: str) -> list[str]:
    # Every line but the summary's timing.
    return [line.rsplit(" in ", 1)[0] if line.startswith("zhtext: done:") else line for line in stderr.splitlines()]


@pytest.fixture(scope="module")
def scheduler():
    """A running LocalCluster with two worker processes: --cluster tcp://127.0.0.1:PORT."""
    from zhtext.cli.batch.executors import local_cluster

    with local_cluster(2) as cluster:  # processes, loopback, no dashboard
        yield cluster


def invoke(*args: str):
    return invoke_cli(*args)


# -- byte for byte the same as a local run -------------------------------------


def test_clean_on_local_2_matches_a_local_run(tmp_path):
    src = tmp_path / "src"
    build_corpus(src)
    local = invoke("clean", "-c", "s2tw", str(src), "-o", str(tmp_path / "local"), "--jobs", "1")
    assert local.exit_code == 0, local.stderr
    dask = invoke("clean", "-c", "s2tw", str(src), "-o", str(tmp_path / "dask"), "--cluster", "local:2")
    assert dask.exit_code == 0, dask.stderr
    expected = tree_bytes(tmp_path / "local")
    assert len(expected) == 302  # 300 files and two shards
    assert "part0/pages/p000.txt" in expected and "shards/docs-001.jsonl.gz" in expected
    assert tree_bytes(tmp_path / "dask") == expected
    assert report_lines(dask.stderr) == report_lines(local.stderr)
    first = json.loads((tmp_path / "dask" / "shards" / "docs-000.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert list(first) == ["id", "url", "text"]
    assert "街坊新聞網" not in first["text"] and "首頁" not in first["text"]  # boilerplate gone, s2tw applied


def test_failures_and_exit_codes_match_a_local_run(tmp_path, scheduler):
    src = tmp_path / "src"
    build_corpus(src, files=40, docs=30)
    (src / "part1" / "saves" / "broken.txt").write_bytes(b"\x00\x01binary")
    with open(src / "shards" / "docs-000.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"id": 999, "body": "没有正文字段"}\n')
    out = {}
    for name, extra in (("local", ["--jobs", "1"]), ("dask", ["--cluster", scheduler.scheduler_address])):
        out[name] = invoke("normalize", str(src), "-o", str(tmp_path / name), *extra)
    assert out["dask"].exit_code == out["local"].exit_code == 3
    assert report_lines(out["dask"].stderr) == report_lines(out["local"].stderr)
    assert f"zhtext: error: {src / 'shards' / 'docs-000.jsonl'}: line 31: no \"text\" field" in out["dask"].stderr
    assert "skipped" in out["dask"].stderr
    assert tree_bytes(tmp_path / "dask") == tree_bytes(tmp_path / "local")
    # --check: exit 1, nothing written, the same lines.
    check = [invoke("normalize", "--check", str(src / "part0"), *extra)
             for extra in (["--jobs", "1"], ["--cluster", scheduler.scheduler_address])]
    assert check[0].exit_code == check[1].exit_code == 1
    assert report_lines(check[0].stderr) == report_lines(check[1].stderr)


def test_stdout_diff_and_in_place_match_a_local_run(tmp_path, scheduler):
    src = tmp_path / "src"
    build_corpus(src, files=20, docs=450)  # the shard: three batches
    shard = src / "shards" / "docs-000.jsonl"
    address = ["--cluster", scheduler.scheduler_address]
    for args in (["normalize", str(shard)], ["normalize", "--diff", str(shard)],
                 ["normalize", "--diff", str(src / "part2")], ["clean", str(src / "part3" / "saves" / "s007.txt")]):
        local, dask = invoke(*args), invoke(*args, *address)
        assert dask.exit_code == local.exit_code == 0
        assert dask.stdout_bytes == local.stdout_bytes and local.stdout_bytes
    copy = tmp_path / "copy"
    shutil.copytree(src, copy)
    local, dask = invoke("normalize", "--in-place", str(src)), invoke("normalize", "--in-place", str(copy), *address)
    assert dask.exit_code == local.exit_code == 1
    assert report_lines(dask.stderr.replace(str(copy), str(src))) == report_lines(local.stderr)
    assert tree_bytes(copy) == tree_bytes(src)


# -- a worker dies in the middle of a run -----------------------------------------


def test_a_killed_worker_does_not_lose_or_break_an_output(tmp_path, scheduler):
    from cluster_processors import KillOnce
    from zhtext.cli.processors.clean import CleanProcessor
    from zhtext.cli.batch.run import run
    from cli_processors import run_options

    src = tmp_path / "src"
    build_corpus(src, files=120, docs=200)
    assert run((str(src),), CleanProcessor(), run_options(output=str(tmp_path / "local"), jobs=1, quiet=True)) == 0
    # One worker kills itself on a file in the middle of the folder, and
    # again (another marker) on a document in the middle of the shard.
    victim_file = KillOnce(CleanProcessor(), str(tmp_path / "killed-file"), "s061.txt")
    doc_text = json.loads((src / "shards" / "docs-000.jsonl").read_text(encoding="utf-8").splitlines()[150])["text"]
    processor = KillOnce(victim_file, str(tmp_path / "killed-doc"), doc_text[:60])
    opts = run_options(output=str(tmp_path / "dask"), cluster=scheduler.scheduler_address, quiet=True)
    assert run((str(src),), processor, opts) == 0
    assert (tmp_path / "killed-file").exists() and (tmp_path / "killed-doc").exists()  # both kills happened
    assert tree_bytes(tmp_path / "dask") == tree_bytes(tmp_path / "local")
    assert not [p for p in (tmp_path / "dask").rglob("*") if p.name.startswith(".")]  # no temporary files


# -- usage -------------------------------------------------------------------------


def test_bad_cluster_values_are_usage_errors(tmp_path):
    (tmp_path / "a.txt").write_text("一行\n", encoding="utf-8")
    for value in ("local:0", "local:two", "no such/address", str(tmp_path / "missing.json")):
        result = invoke("normalize", str(tmp_path / "a.txt"), "--cluster", value)
        assert result.exit_code == 2, value
        assert "--cluster" in result.stderr


def test_without_dask_cluster_is_a_usage_error(tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name, *a))
    (tmp_path / "a.txt").write_text("一行\n", encoding="utf-8")
    result = invoke("normalize", str(tmp_path / "a.txt"), "--cluster", "local:1")
    assert result.exit_code == 2
    assert "pip install 'zhtext[dask]'" in result.stderr


def test_an_unreachable_scheduler_is_one_error_and_exit_3(tmp_path, monkeypatch):
    import socket

    from zhtext.cli.batch import executors as cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1)
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (tmp_path / "a.txt").write_text("一行\n", encoding="utf-8")
    result = invoke("normalize", str(tmp_path / "a.txt"), "--cluster", f"tcp://127.0.0.1:{port}")
    assert result.exit_code == 3
    assert result.stderr.startswith(f"zhtext: error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}: ")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr  # one line, nothing of Dask's
    assert result.stdout == ""


def test_the_base_install_never_imports_dask(tmp_path):
    src = tmp_path / "src"
    build_corpus(src, files=12, docs=5)
    code = textwrap.dedent(f"""
        import sys
        from zhtext.cli import main
        from zhtext.cli.batch import executors
        try:
            main.cli.main(["clean", {str(src)!r}, "-o", {str(tmp_path / "out")!r}, "-q", "--jobs", "2"],
                          standalone_mode=False)
        except SystemExit:
            pass
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed")))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert (tmp_path / "out" / "shards" / "docs-000.jsonl").is_file()
