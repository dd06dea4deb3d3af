"""Dask benchmark: `zhtext clean` locally (--jobs 1) and on --cluster local:1 / local:2.

Builds N documents (default 3,000) from the ../shared corpora: hotel reviews
(modern Simplified, a few per document, with the whitespace of a scraper)
and Zuozhuan excerpts; every third document is an HTML page with a
navigation bar, a related-links box and a footer.  The same documents are
written twice: as a folder of N files and as one JSON Lines shard.  Then:

1. end to end: whole `zhtext clean -c s2t` processes over the folder and
   over the shard, --jobs 1 vs --cluster local:1 vs local:2 (wall time
   includes Python start-up and, for the clusters, starting and stopping
   the LocalCluster);
2. steady state: the same runs in this process on a LocalCluster that is
   already up (what a long run on an existing scheduler sees);
3. the fixed costs: starting a LocalCluster, a worker's first document
   (imports, dictionaries and lexicons, paid once per worker), scheduling
   overhead per task (round trip of no-op tasks), and the shard pipeline
   with a near-free processor (`recode` of UTF-8 text), which bounds shard
   throughput by what the client reads, ships and writes.

    python benchmarks/bench_dask.py [--docs 3000] [--repeat 1]

Needs the extra: pip install 'zhtext[dask]'.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = SHARED / "corpora"

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title} - 旅行点评网</title></head>
<body><div class="nav"><a href="/">首页</a> | <a href="/hotels">酒店</a> | <a href="/reviews">点评</a> | <a href="/about">关于我们</a></div>
<div class="article"><h1>{title}</h1><p class="meta">2024年5月{day}日 来源：旅行点评网</p>
{paras}</div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/r/1">{related}</a></li></ul></div>
<div class="footer">版权所有 旅行点评网 | 联系我们 | 广告合作 | 免责声明</div>
</body></html>
"""


def build_documents(count: int) -> list[tuple[str, str]]:
    """(file name, text) pairs."""
    reviews = [line.strip() for line in (CORPORA / "hotel_reviews.txt").read_text(encoding="utf-8").splitlines()
               if len(line.strip()) > 20]
    classic = [line.strip() for line in (CORPORA / "zuozhuan.txt").read_text(encoding="utf-8").splitlines()
               if len(line.strip()) > 20]
    docs = []
    r = c = 0
    for i in range(count):
        parts = []
        for _ in range(5):
            parts.append(reviews[r % len(reviews)])
            r += 1
        parts.append(classic[c % len(classic)][:300])
        c += 1
        if i % 3 == 0:
            paras = "\n".join(f"<p>{p}</p>" for p in parts)
            text = PAGE.format(title=parts[0][:20], day=i % 28 + 1, paras=paras, related=parts[1][:30])
            docs.append((f"doc{i:05}.html", text))
        else:
            text = "\r\n".join(" " * 8 + p + "  " for p in parts) + "\r\n\r\n\r\n"
            docs.append((f"doc{i:05}.txt", text))
    return docs


def write_inputs(root: Path, docs) -> tuple[Path, Path, int]:
    folder = root / "folder"
    size = 0
    for i, (name, text) in enumerate(docs):
        p = folder / f"part{i // 500:02}" / name
        p.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        p.write_bytes(data)
        size += len(data)
    shard = root / "shard" / "docs.jsonl"
    shard.parent.mkdir(parents=True)
    with open(shard, "w", encoding="utf-8") as fh:
        for i, (name, text) in enumerate(docs):
            fh.write(json.dumps({"id": i, "name": name, "text": text}, ensure_ascii=False) + "\n")
    return folder, shard, size


def zhtext(*args: str) -> list[str]:
    return [sys.executable, "-m", "zhtext.cli", *args]


def timed(cmd: list[str], out: Path) -> float:
    if out.exists():
        shutil.rmtree(out)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def in_process(paths, processor, out: Path, cluster: str | None) -> float:
    return in_process_cpu(paths, processor, out, cluster)[0]


def in_process_cpu(paths, processor, out: Path, cluster: str | None, client=None) -> tuple[float, float]:
    """Wall seconds, and CPU seconds of every process (this one, with the
    LocalCluster's scheduler thread, plus the workers)."""
    from zhtext.cli.batch.model import RunOptions
    from zhtext.cli.batch.run import run

    if out.exists():
        shutil.rmtree(out)
    opts = RunOptions(output=str(out), jobs=1, quiet=True, cluster=cluster)
    workers0 = client.run(time.process_time) if client is not None else {}
    cpu = time.process_time()
    t = time.perf_counter()
    code = run(tuple(str(p) for p in paths), processor, opts)
    elapsed = time.perf_counter() - t
    cpu = time.process_time() - cpu
    if client is not None:
        workers1 = client.run(time.process_time)
        cpu += sum(workers1[w] - workers0.get(w, 0.0) for w in workers1)
    if code != 0:
        sys.exit(f"run failed with exit code {code}")
    return elapsed, cpu


def same_tree(a: Path, b: Path) -> bool:
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    return files_a == files_b and all((a / p).read_bytes() == (b / p).read_bytes() for p in files_a)


def _noop(x):
    return x


def first_document_seconds(docs) -> float:
    """A fresh process's first document: imports, dictionary and lexicon loading."""
    code = (
        "import time, sys\n"
        "t = time.perf_counter()\n"
        "from zhtext.cli.processors.clean import CleanProcessor\n"
        "CleanProcessor(config='s2t').process(sys.stdin.buffer.read(), None)\n"
        "print(time.perf_counter() - t)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], input=docs[0][1].encode("utf-8"),
                         capture_output=True, check=True)
    return float(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=1, help="best of this many end-to-end runs")
    args = ap.parse_args()
    if not CORPORA.is_dir():
        sys.exit(f"corpora not found at {CORPORA}")
    try:
        from distributed import Client
    except ImportError:
        sys.exit("Dask is not installed: pip install 'zhtext[dask]'")
    from zhtext.cli.batch.executors import local_cluster
    from zhtext.cli.processors.clean import CleanProcessor
    from zhtext.cli.processors.recode import RecodeProcessor

    docs = build_documents(args.docs)
    with tempfile.TemporaryDirectory(prefix="zhtext-bench-dask-") as tmp:
        tmp = Path(tmp)
        folder, shard, size = write_inputs(tmp, docs)
        # Ten copies of the shard for the near-free runs, so they last long enough to time.
        big = tmp / "big" / "docs.jsonl"
        big.parent.mkdir()
        with open(big, "wb") as fh:
            for _ in range(10):
                fh.write(shard.read_bytes())
        print(f"{args.docs} documents, {size / 1e6:.1f} MB, {os.cpu_count()} CPUs, "
              f"load average {os.getloadavg()[0]:.1f} at start\n")

        # 1. End to end: whole processes.
        modes = [("--jobs 1", ["--jobs", "1"]), ("--cluster local:1", ["--cluster", "local:1"]),
                 ("--cluster local:2", ["--cluster", "local:2"])]
        rows = []
        outputs = {}
        for label, extra in modes:
            times = []
            for kind, src in (("folder", folder), ("shard", shard.parent)):
                out = tmp / f"out-{kind}-{extra[-1]}"
                best = min(timed(zhtext("clean", "-c", "s2t", str(src), "-o", str(out), "-q", *extra), out)
                           for _ in range(args.repeat))
                outputs[(kind, label)] = out
                times.append(best)
            rows.append((label, *times))
        identical = all(same_tree(outputs[(k, "--jobs 1")], outputs[(k, label)])
                        for k in ("folder", "shard") for label, _ in modes[1:])

        # 2. Steady state and 3. fixed costs, on clusters that are already up.
        steady = {}
        startup = {}
        overhead_ms = {}
        null_shard = {}
        connect = {}
        processor = CleanProcessor(config="s2t")
        steady["--jobs 1"] = (in_process_cpu([folder], processor, tmp / "s-f", None),
                              in_process_cpu([shard.parent], processor, tmp / "s-s", None))
        for n in (1, 2):
            t = time.perf_counter()
            cluster = local_cluster(n)  # what --cluster local:N starts
            client = Client(cluster, set_as_default=False)
            client.wait_for_workers(n)
            startup[n] = time.perf_counter() - t
            try:
                address = cluster.scheduler_address
                # warm the workers (imports, dictionaries) so steady state is steady
                in_process([folder / "part00"], processor, tmp / "warm", address)
                steady[f"--cluster local:{n}"] = (
                    in_process_cpu([folder], processor, tmp / "s-f", address, client),
                    in_process_cpu([shard.parent], processor, tmp / "s-s", address, client))
                client.gather([client.submit(_noop, i, pure=False) for i in range(100)])  # warm
                t = time.perf_counter()
                client.gather([client.submit(_noop, i, pure=False) for i in range(1000)])
                overhead_ms[n] = (time.perf_counter() - t) / 1000 * 1000  # ms per task
                null_shard[n] = in_process([big.parent], RecodeProcessor(), tmp / "null", address)
                t = time.perf_counter()
                Client(address, set_as_default=False).close()
                connect[n] = time.perf_counter() - t
            finally:
                client.close()
                cluster.close()
        null_local = in_process([big.parent], RecodeProcessor(), tmp / "null", None)
        first_doc = first_document_seconds(docs)

    n = args.docs
    print("End to end (whole `zhtext clean -c s2t` process, best of %d):\n" % args.repeat)
    head = ("run", "folder s", "folder docs/s", "shard s", "shard docs/s")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for label, tf, ts in rows:
        print(f"| {label} | {tf:.2f} | {n / tf:.0f} | {ts:.2f} | {n / ts:.0f} |")
    print(f"\noutputs byte-identical to --jobs 1: {'yes' if identical else 'NO'}\n")
    print("Steady state (in this process; clusters already up and warm):\n")
    head = ("run", "folder docs/s", "shard docs/s", "folder speed-up", "shard speed-up",
            "folder CPU ms/doc", "shard CPU ms/doc")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    (base_f, _), (base_s, _) = steady["--jobs 1"]
    for label, ((tf, cf), (ts, cs)) in steady.items():
        print(f"| {label} | {n / tf:.0f} | {n / ts:.0f} | {base_f / tf:.2f}x | {base_s / ts:.2f}x "
              f"| {cf / n * 1000:.2f} | {cs / n * 1000:.2f} |")
    print("\nCPU ms/doc: CPU time of every process (this one with the scheduler thread, and the workers)"
          " per document;\nits growth over --jobs 1 is the cost of the cluster, whatever else runs on the machine.")
    print("\nFixed costs:\n")
    print("| what | local:1 | local:2 |")
    print("|---|---|---|")
    print(f"| start a LocalCluster (s) | {startup[1]:.2f} | {startup[2]:.2f} |")
    print(f"| scheduling overhead per task, no-op round trip (ms) | {overhead_ms[1]:.2f} | {overhead_ms[2]:.2f} |")
    print(f"| connect a client to the running scheduler (s) | {connect[1]:.2f} | {connect[2]:.2f} |")
    print(f"| {10 * n} documents in one shard, near-free processor (recode), docs/s "
          f"| {10 * n / null_shard[1]:.0f} | {10 * n / null_shard[2]:.0f} |")
    print(f"\nthe same shard with recode in one process: {10 * n / null_local:.0f} docs/s; "
          f"a fresh worker's first document (imports, s2t dictionaries, lexicons): {first_doc:.2f} s")


if __name__ == "__main__":
    main()
