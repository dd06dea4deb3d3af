"""Materialize the set of real plain-text saves (``--set textsaves`` of bench_strip.py).

Not pages we rendered ourselves: text files that a crawler, a browser or a person wrote of a
whole Chinese article page (menus, headline, date and byline block, body, share rows, related
lists, footer), taken from public repositories and kept outside this one.
``benchmarks/textsaves_manifest.jsonl`` lists one file a line: ``name``, ``repo``, ``commit``,
``path``, ``kind`` (``news-md``, ``wechat-md``, ``blog-md``, ``forum-md``: a crawler's markdown
dump of the whole page; ``wiki-copy``: a select-all copy), ``licence`` and the gold, written by
reading the file. ``benchmarks/textsaves2_manifest.jsonl`` (``--set textsaves2``) is a second set of
the same form from other tools and people (a reader service's ``Title:``/``URL Source:`` saves, a
read-later service's export); make it with ``--manifest benchmarks/textsaves2_manifest.jsonl
--out /work/material/textsaves2``; ``benchmarks/textsaves3_manifest.jsonl`` (``--set textsaves3``,
``--out /work/material/textsaves3``) a third, from repositories and sites neither of the first two
uses (kinds ``blog-text``: a save in plain lines; ``wiki-md``: an encyclopedia entry);
``benchmarks/textsaves4_manifest.jsonl`` (``--set textsaves4``, ``--out /work/material/textsaves4``)
a fourth, from repositories and sites none of the first three uses;
``benchmarks/textsaves5_manifest.jsonl`` (``--set textsaves5``, ``--out /work/material/textsaves5``)
a fifth, from repositories and sites none of the first four uses, saved by another tool (crawl4ai's
markdown of the whole page; kind ``gov-md``: such a dump of a government site's notice page);
``benchmarks/textsaves6_manifest.jsonl`` (``--set textsaves6``, ``--out /work/material/textsaves6``)
a sixth, from repositories and sites none of the first five uses (kind ``news-text``: a news page
dumped by BeautifulSoup as its text nodes, one a line or run together, scripts and comments
included); ``benchmarks/textsaves7_manifest.jsonl`` (``--set textsaves7``, ``--out /work/material/textsaves7``)
a seventh, from repositories and sites none of the first six uses (kinds ``news-blocks`` and
``forum-blocks``: a page a boilerplate-removal project keeps as a CSV of its text blocks, one a row,
read through the row's ``unwrap``: ``csv-column:content``, see ``collect_pages2.unwrap``; ``docs-md``:
a crawler's markdown dump of a documentation site's page); ``benchmarks/textsaves8_manifest.jsonl``
(``--set textsaves8``, ``--out /work/material/textsaves8``) an eighth, from repositories and sites none
of the first seven uses (html2text markdown of whole WeChat pages, kind ``wechat-md``; Jina Reader saves
of documentation landing pages, kind ``docs-md``); ``benchmarks/textsaves9_manifest.jsonl``
(``--set textsaves9``, ``--out /work/material/textsaves9``) a ninth, from repositories none of the first
eight uses (a read-later service's markdown exports of 36氪, 虎嗅, 腾讯新闻, 搜狐, 今日头条 and 机器之心
article pages, kind ``news-md``: the headline as a setext heading, some with the site's suffix; crawl4ai
markdown of whole 博客园 post pages cached by a blog's crawler, kind ``blog-md``; html2text WeChat
pages from a backup site, kind ``wechat-md``); ``benchmarks/textsaves10_manifest.jsonl``
(``--set textsaves10``, ``--out /work/material/textsaves10``) a tenth, from a repository none of the
first nine uses: an Obsidian vault's Markdown exports of Evernote web clips, most of them of the WHOLE
page (site menus, blog sidebars, related lists, comments and footers around the article) of CSDN,
博客园, 知乎, 简书, 少数派, SegmentFault, 什么值得买 and 菜鸟教程 articles (kinds ``blog-md``,
``docs-md``) and of a 百度知道 question and an ITeye forum thread (kind ``forum-md``);
``benchmarks/textsaves11_manifest.jsonl`` (``--set textsaves11``, ``--out /work/material/textsaves11``) an
eleventh, from two repositories none of the first ten uses: crawlers' plain-text dumps of single article
pages, kind ``epaper-text`` (人民日报 e-paper articles a search-engine course project keeps as
``连接：<url>`` / ``标题：<kicker>`` / headline / sub-headline / ``内容：`` / body paragraphs, so the headline
sits between a kicker and a sub-headline) and kind ``crawler-text`` (a college news site's pages kept by an
information-extraction project as the URL line, the headline line and the body, followed by the project's
own ``----------``/``None`` separators or an appended LLM answer). The gold:

- ``title``: the headline as the save shows it (its words: markdown's ``#`` is not part of it);
- ``keep``: the numbers of the file's lines that are the article body, as ``"12,14-20"``,
  numbered from 1 over the file's lines (split at ``\\n``, as ``cat -n`` numbers them); body
  paragraphs and subheadings are kept; bylines, dates, 原标题, 责任编辑, editor and source
  lines, share rows, related lists, photo captions, platform and copyright notices, ads and
  footers are not;
- ``note``: the doubtful decisions.

The gold text is the title, then the kept lines (stripped, empty ones dropped), one per line.
Files are read from a local bare clone of each repository (``--mirror``, one ``owner+name/repo``
folder per repository, as the ``fetch`` tool makes them) and written to
``/work/material/textsaves/original/NAME.txt``, the gold to ``.../gold/NAME.txt``.
``--show FILE`` prints the numbered lines of a manifest file (by name) or of a local file.

    python benchmarks/collect_textsaves.py [--manifest M] [--mirror /work/.mirror] [--out /work/material/textsaves] [--show FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from collect_pages2 import keep_lines, page_bytes  # noqa: E402 - a sibling script, not a package

MANIFEST = Path(__file__).with_name("textsaves_manifest.jsonl")


def save_lines(raw: bytes) -> list[str]:
    """The file's lines as the manifest numbers them (UTF-8, a BOM and CRs aside)."""
    return raw.decode("utf-8-sig").replace("\r\n", "\n").split("\n")


def gold_text(raw: bytes, row: dict) -> str:
    kept = [line.strip() for line in keep_lines(save_lines(raw), row["keep"])]
    return "\n".join([row["title"], *(line for line in kept if line)]) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--manifest", type=Path, default=MANIFEST)
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--out", type=Path, default=Path("/work/material/textsaves"))
    ap.add_argument("--show", help="print the numbered lines of this manifest file (by name) or local file")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in args.manifest.read_text("utf-8").splitlines() if line.strip()]
    if args.show:
        found = [r for r in rows if r["name"] == args.show]
        raw = page_bytes(args.mirror, found[0]) if found else Path(args.show).read_bytes()
        for i, line in enumerate(save_lines(raw), 1):
            print(f"{i:4d} {line}")
        return 0
    for sub in ("original", "gold"):
        (args.out / sub).mkdir(parents=True, exist_ok=True)
    for r in rows:
        raw = page_bytes(args.mirror, r)
        (args.out / "original" / f"{r['name']}.txt").write_bytes(raw)
        (args.out / "gold" / f"{r['name']}.txt").write_text(gold_text(raw, r), "utf-8")
    (args.out / "manifest.jsonl").write_text(args.manifest.read_text("utf-8"), "utf-8")
    print(f"{len(rows)} text saves written under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
