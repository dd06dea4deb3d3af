"""Materialize the collected page set (third-party pages, kept outside the repository).

Reads ``benchmarks/pages_manifest.jsonl`` (one page a line: name, repo, commit,
path of the page, gold source, url, kind, split) and writes each page and its
gold text under ``/work/material/pages/`` (or ``--out``), taking the files from
a local bare clone of each repository (``--mirror``, one ``owner+name/repo``
folder per repository).  ``--build`` regenerates the manifest from the
mirrors instead (the Chinese pages of magic-html's article and forum
benchmarks).

    python benchmarks/collect_pages.py [--build] [--mirror /work/.mirror] [--out /work/material/pages]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

MANIFEST = Path(__file__).with_name("pages_manifest.jsonl")
MAGIC = "opendatalab/magic-html"


def git_show(mirror: Path, repo: str, commit: str, path: str) -> bytes:
    gitdir = mirror / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(gitdir), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def build(mirror: Path) -> list[dict]:
    gitdir = mirror / MAGIC.replace("/", "+") / "repo"
    commit = subprocess.run(["git", "--git-dir", str(gitdir), "rev-parse", "HEAD"],
                            check=True, capture_output=True, text=True).stdout.strip()
    rows = []
    for kind in ("article", "forum"):
        gold_path = f"benchmark/data/{kind}/base.json"
        data = json.loads(git_show(mirror, MAGIC, commit, gold_path))
        for key, value in sorted(data.items()):
            content = value.get("content") or ""
            han = len(re.findall(r"[\u4e00-\u9fff]", content))
            kana = len(re.findall(r"[\u3040-\u30ff]", content))
            if han < 100 or kana > 0.05 * han:  # Chinese pages only
                continue
            # half of the pages are a held-out check: never looked at while tuning
            split = "holdout" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 else "dev"
            rows.append({"name": f"magic_{kind}_{key[:12]}", "repo": MAGIC, "commit": commit,
                         "path": f"benchmark/data/{kind}/htmls/{key}.html", "gold": f"{gold_path}#{key}",
                         "url": value.get("url"), "kind": kind, "split": split,
                         "licence": "Apache-2.0 (repository licence); pages are the sites' own content, for evaluation only"})
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--out", type=Path, default=Path("/work/material/pages"))
    ap.add_argument("--build", action="store_true", help="rebuild the manifest from the mirrors")
    args = ap.parse_args(argv)
    if args.build:
        rows = build(args.mirror)
        MANIFEST.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    rows = [json.loads(line) for line in MANIFEST.read_text("utf-8").splitlines() if line.strip()]
    golds: dict[str, dict] = {}
    for r in rows:
        folder = args.out / f"{r['kind']}-{r['split']}"
        (folder / "original").mkdir(parents=True, exist_ok=True)
        (folder / "gold").mkdir(parents=True, exist_ok=True)
        (folder / "original" / f"{r['name']}.html").write_bytes(git_show(args.mirror, r["repo"], r["commit"], r["path"]))
        gold_file, _, key = r["gold"].partition("#")
        cache_key = f"{r['repo']}@{r['commit']}:{gold_file}"
        if cache_key not in golds:
            golds[cache_key] = json.loads(git_show(args.mirror, r["repo"], r["commit"], gold_file))
        (folder / "gold" / f"{r['name']}.txt").write_text(golds[cache_key][key]["content"], "utf-8")
    (args.out / "manifest.jsonl").write_text(MANIFEST.read_text("utf-8"), "utf-8")
    print(f"{len(rows)} pages written under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
