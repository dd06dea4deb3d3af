"""Collect the real Traditional texts that bench_phrases.py measures (outside the repository).

Writes to /work/material/opencc/ (or --out), and prints the manifest
(source, licence, commit, paths, size) that benchmarks/phrase_material.json
keeps in the repository.  The texts are never copied into the repository
and never used to build the phrase sets.

Sources:
  cantonese  HKCanCor (Hong Kong Cantonese Corpus, conversations and radio
             programmes, CC BY 4.0), as shipped by the pycantonese package
             (MIT): one utterance per line, tokens joined.
  tw-docs    The PostgreSQL manual in Taiwan Mandarin by the Taiwan
             PostgreSQL User Group (github pgsql-tw/gitbook-docs, MIT):
             prose lines of tw/**/*.md, code blocks and lines without Han
             characters dropped.
  tw-law     Laws and regulations from Taiwan's national law database
             (github kong0107/mojLawSplitJSON; official texts, not subject
             to copyright under Article 9 of the ROC Copyright Act):
             article texts of FalVMingLing/*.json, every 40th file.

Needs: pip install pycantonese; the two repositories as bare git mirrors
(--mirrors, default /work/.mirror, laid out as owner+name/repo).

    python benchmarks/collect_phrase_material.py [--out DIR] [--mirrors DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

HAN = re.compile(r"[\u3400-\u9fff]")


def git(mirror: Path, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", str(mirror), *args], check=True,
                          capture_output=True).stdout.decode("utf-8", "replace")


def cantonese() -> tuple[str, dict]:
    import pycantonese

    lines = []
    for utterance in pycantonese.hkcancor().utterances():
        text = "".join(token.word for token in utterance.tokens)
        if HAN.search(text):
            lines.append(text)
    return "\n".join(lines) + "\n", {
        "source": "HKCanCor via pycantonese", "version": pycantonese.__version__,
        "licence": "CC BY 4.0 (corpus), MIT (package)", "paths": ["pycantonese/data/hkcancor"],
    }


def tw_docs(mirrors: Path) -> tuple[str, dict]:
    mirror = mirrors / "pgsql-tw+gitbook-docs" / "repo"
    commit = git(mirror, "rev-parse", "HEAD").strip()
    paths = sorted(p for p in git(mirror, "ls-tree", "-r", "--name-only", "HEAD").split("\n")
                   if p.startswith("tw/") and p.endswith(".md"))
    lines = []
    for path in paths:
        in_code = False
        for line in git(mirror, "show", f"HEAD:{path}").split("\n"):
            if line.lstrip().startswith("```"):
                in_code = not in_code
                continue
            if not in_code and HAN.search(line):
                lines.append(line.strip())
    return "\n".join(lines) + "\n", {
        "source": "github:pgsql-tw/gitbook-docs", "commit": commit, "licence": "MIT",
        "paths": ["tw/**/*.md"],
    }


def tw_law(mirrors: Path) -> tuple[str, dict]:
    mirror = mirrors / "kong0107+mojLawSplitJSON" / "repo"
    commit = git(mirror, "rev-parse", "HEAD").strip()
    paths = sorted(p for p in git(mirror, "ls-tree", "-r", "--name-only", "HEAD").split("\n")
                   if p.startswith("FalVMingLing/") and p.endswith(".json"))[::40]
    lines = []
    for path in paths:
        law = json.loads(git(mirror, "show", f"HEAD:{path}"))
        for item in law.get("法規內容", []):
            text = item.get("條文內容")
            if text:
                lines.extend(part.strip() for part in text.replace("\r", "").split("\n") if part.strip())
    return "\n".join(lines) + "\n", {
        "source": "github:kong0107/mojLawSplitJSON", "commit": commit,
        "licence": "official texts (ROC Copyright Act art. 9)", "paths": ["FalVMingLing/*.json (every 40th)"],
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/work/material/opencc"))
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for name, make in (("cantonese", cantonese), ("tw-docs", lambda: tw_docs(args.mirrors)),
                       ("tw-law", lambda: tw_law(args.mirrors))):
        text, info = make()
        (args.out / f"{name}.txt").write_text(text, encoding="utf-8")
        info["file"] = f"{name}.txt"
        info["han_chars"] = len(HAN.findall(text))
        manifest[name] = info
        print(f"{name}: {info['han_chars']:,} Han characters", file=sys.stderr)
    print(json.dumps(manifest, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
