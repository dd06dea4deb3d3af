"""Benchmark `zhtext strip` against trafilatura, readability-lxml and jusText.

Data: ``../shared/datasets/cwced`` (69 saved Chinese news pages in
``original/*.html``, the main text in ``cleaned/*.txt``, the date in
``date/*.txt``).  Prints one table: mean and median character-bigram F1
of the extracted body against the gold text (whitespace ignored), title
and date accuracy, pages per second (extraction only, one process).

Title accuracy has no gold in the dataset; it is a proxy, over the pages
that have a ``<title>``: the extracted title counts as right when it is the
headline part of the ``<title>`` (split at ``_ | - ——``, the heaviest
segment, a trailing "(页 1)" aside) or contains it or is contained in it.
Date accuracy compares year, month and day with the gold date where it is
known.

Every tool gets the same decoded text (the page decoded by zhtext's page
decoder), so the comparison measures extraction, not decoding.  Tools that
are not installed are skipped with a note.

    python benchmarks/bench_strip.py [--pages N] [--worst K] [--repeat R] [--only TOOL] [--show ID]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "cwced"
_WS = re.compile(r"\s+")


def bigrams(text: str) -> Counter:
    t = _WS.sub("", text)
    return Counter(t[i:i + 2] for i in range(len(t) - 1))


def f1(pred: str, gold: str) -> float:
    a, b = bigrams(pred), bigrams(gold)
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    overlap = sum((a & b).values())
    p = overlap / sum(a.values())
    r = overlap / sum(b.values())
    return 0.0 if overlap == 0 else 2 * p * r / (p + r)


_DATE = re.compile(r"((?:19|20)\d{2})\D{1,3}(\d{1,2})(?:\D{1,3}(\d{1,2}))?")


def date_key(text: str | None):
    if not text:
        return None
    m = _DATE.search(text)
    if not m:
        return None
    return tuple(int(x) for x in m.groups() if x is not None)


def date_ok(pred: str | None, gold: str) -> bool:
    g = date_key(gold)
    p = date_key(pred)
    return p is not None and g is not None and p[: len(g)] == g


_TSPLIT = re.compile(r"\s*(?:[|_｜]|--+|——|－－| - | – | — |::)\s*")


def _weight(seg: str) -> int:
    return sum(2 if "\u4e00" <= ch <= "\u9fff" else 1 for ch in seg)


_TAIL = re.compile(r"[(（][^()（）]{0,12}[)）]$")


def title_ok(pred: str | None, page_title: str) -> bool:
    """Proxy: the title matches the headline part of the page's <title> (site name and page number aside)."""
    if not pred or not page_title:
        return False
    p = _WS.sub("", pred)
    segs = [_TAIL.sub("", _WS.sub("", s)) for s in _TSPLIT.split(page_title) if s.strip()]
    segs = [s for s in segs if s]
    if not segs:
        return False
    headline = max(segs, key=_weight)
    return p == headline or (len(p) >= 4 and (p in headline or headline in p))


def load_pages(limit=None):
    pages = []
    for path in sorted((DATA / "original").glob("*.html"))[:limit]:
        stem = path.stem
        gold = (DATA / "cleaned" / f"{stem}.txt").read_text("utf-8", "replace")
        date_file = DATA / "date" / f"{stem}.txt"
        gold_date = date_file.read_text("utf-8", "replace").strip() if date_file.exists() else ""
        if not date_key(gold_date):
            gold_date = ""
        pages.append((stem, path.read_bytes(), gold, gold_date))
    return pages


# Notes on the lowest pages (checked by reading them): where the gold is not the
# article alone, and one honest miss.
GOLD_NOTES = {
    "d5bced5e": "gold is the whole Wikipedia page, maintenance banners and '跳到导航跳到搜索' included",
    "d8d4c4ec": "gold stops at the '展开全文' button; the rest of the article sits in a collapsed div",
    "386d70f8": "a forum error/login page; the gold is its login form, there is no article",
    "0df12126": "gold ends with a large table of exam subjects (short cells, no sentences); zhtext drops it",
}


# --- the tools -----------------------------------------------------------


def run_zhtext(raw: bytes, html: str):
    from zhtext.converters import strip_boilerplate

    a = strip_boilerplate(raw, "page.html")
    return "\n".join(a.body), a.title, a.date


def run_trafilatura(raw: bytes, html: str):
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=False)
    if doc is None:
        return "", None, None
    if not isinstance(doc, dict):
        doc = doc.as_dict()
    return doc.get("text") or "", doc.get("title"), doc.get("date")


def run_readability(raw: bytes, html: str):
    from readability import Document

    doc = Document(html)
    summary = doc.summary(html_partial=True)
    import lxml.html

    text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    return text, doc.short_title(), None


def run_justext(raw: bytes, html: str):
    import justext

    # Chinese-tuned lengths: a Chinese character carries more than a Latin one.
    paras = justext.justext(
        html.encode("utf-8"), frozenset(), length_low=10, length_high=40,
        stopwords_low=0, stopwords_high=0, encoding="utf-8",
    )
    return "\n".join(p.text for p in paras if not p.is_boilerplate), None, None


TOOLS = [
    ("zhtext", run_zhtext, None),
    ("trafilatura", run_trafilatura, "trafilatura"),
    ("readability-lxml", run_readability, "readability"),
    ("jusText", run_justext, "justext"),
]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=None, help="only the first N pages")
    ap.add_argument("--worst", type=int, default=8, help="list the K lowest-F1 pages for zhtext")
    ap.add_argument("--only", help="run only this tool")
    ap.add_argument("--repeat", type=int, default=3, help="timing passes per tool; the best counts")
    ap.add_argument("--show", help="print zhtext's output for the page with this id prefix")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"dataset not found: {DATA}", file=sys.stderr)
        return 2
    from zhtext.converters.pages.load import decode_page, declared_charset
    from zhtext.converters.pages.blocks import html_blocks

    pages = load_pages(args.pages)
    decoded = []
    for stem, raw, gold, gdate in pages:
        html, _, _ = decode_page(raw, declared_charset(raw))
        decoded.append((stem, raw, html, gold, gdate, html_blocks(html).title))
    if args.show:
        from zhtext.converters import strip_boilerplate

        for stem, raw, html, gold, gdate, ptitle in decoded:
            if stem.startswith(args.show):
                a = strip_boilerplate(raw, "page.html")
                print("TITLE:", a.title, "| DATE:", a.date, "| AUTHOR:", a.author, "| SOURCE:", a.source)
                print("F1:", round(f1("\n".join(a.body), gold), 3))
                for p in a.body:
                    print("  +", p[:150])
                for t, r in a.removed:
                    print(f"  - [{r}]", t[:100])
        return 0

    rows, notes, per_page = [], [], {}
    for name, fn, module in TOOLS:
        if args.only and name != args.only:
            continue
        if module:
            try:
                __import__(module)
            except ImportError:
                notes.append(f"{name}: not installed, skipped (pip install {name})")
                continue
        scores, titles, ntitles, dates, ndates = [], 0, 0, 0, 0
        elapsed = wall = 0.0
        for stem, raw, html, gold, gdate, ptitle in decoded:
            t0, w0 = time.process_time(), time.perf_counter()
            try:
                text, title, date = fn(raw, html)
            except Exception as exc:  # noqa: BLE001 - a tool failing on a page scores 0
                text, title, date = "", None, None
                notes.append(f"{name}: {stem}: {type(exc).__name__}")
            elapsed += time.process_time() - t0
            wall += time.perf_counter() - w0
            score = f1(text, gold)
            scores.append(score)
            per_page.setdefault(name, {})[stem] = score
            if ptitle:
                ntitles += 1
                titles += title_ok(title, ptitle)
            if gdate:
                ndates += 1
                dates += date_ok(date, gdate)
        # Speed: the best of --repeat passes (the machine may be shared).
        for _ in range(args.repeat - 1):
            cpu = wall_pass = 0.0
            for stem, raw, html, gold, gdate, ptitle in decoded:
                t0, w0 = time.process_time(), time.perf_counter()
                try:
                    fn(raw, html)
                except Exception:  # noqa: BLE001 - already noted above
                    pass
                cpu += time.process_time() - t0
                wall_pass += time.perf_counter() - w0
            elapsed, wall = min(elapsed, cpu), min(wall, wall_pass)
        has_title = name != "jusText"
        has_date = name in ("zhtext", "trafilatura")
        rows.append((
            name,
            f"{statistics.mean(scores):.3f}",
            f"{statistics.median(scores):.3f}",
            f"{min(scores):.3f}",
            str(sum(s < 0.5 for s in scores)),
            f"{titles / max(ntitles, 1):.2f}" if has_title else "n/a",
            f"{dates / max(ndates, 1):.2f}" if has_date else "n/a",
            f"{len(decoded) / elapsed:.0f}",
            f"{len(decoded) / wall:.0f}",
        ))
    header = ("tool", "mean F1", "median F1", "min F1", "pages<0.5", "title acc", "date acc", "pages/s", "wall p/s")
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
    print(f"{len(decoded)} pages from {DATA}")
    for r in [header] + rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    print("(title acc: proxy against the headline part of the page's <title>, pages that have one; "
          "date acc: pages with a gold date; pages/s: CPU time of this process, wall p/s: elapsed time; best of --repeat passes; "
          "readability-lxml and jusText give no date, jusText no title)")
    if "zhtext" in per_page and args.worst:
        print(f"\nzhtext, lowest F1 pages:")
        others = [n for n in per_page if n != "zhtext"]
        for stem, s in sorted(per_page["zhtext"].items(), key=lambda kv: kv[1])[: args.worst]:
            extra = "  ".join(f"{n}={per_page[n][stem]:.2f}" for n in others)
            note = GOLD_NOTES.get(stem[:8])
            print(f"  {stem}  {s:.3f}  {extra}" + (f"\n      gold: {note}" if note else ""))
    for n in notes:
        print("note:", n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
