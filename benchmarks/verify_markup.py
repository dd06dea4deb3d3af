"""Check the markup layer against real parsers on a folder of real documents.

    python benchmarks/verify_markup.py FOLDER... [--config s2t]

For every ``.md`` file: converts it with ``convert_prose(..., "markdown")``,
parses the original and the result with markdown-it-py (CommonMark + tables)
and compares what must not change: fenced and indented code, inline code,
link and image destinations, raw HTML (titles and alt aside).  For every
``.rst`` file the same with docutils: literal blocks, inline literals,
reference URIs and targets, and that no reference loses its target.  For
every ``.html``/``.htm`` file (saved pages, any encoding) the same with
html.parser: tags and attributes (title and alt values aside), comments,
and the content of script, style, pre, code, kbd and samp.  Also counts how many text tokens the conversion
changed (it should change prose).  Prints one line per file that differs and
a summary table.  The three ``*_invariants`` functions are the oracles of
``tests/test_markup_parsers.py`` too.  Third-party documents stay outside the repository (see
benchmarks/markup_manifest.txt for what was used).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from zhtext.converters import Converter
from zhtext.converters.markup import convert_prose


_PROSE_ATTR = re.compile(r"""\b(title|alt)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")


def markdown_invariants(text: str) -> tuple[list, int]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    kept, prose = [], 0

    def walk(tokens):
        nonlocal prose
        for t in tokens:
            if t.type in ("fence", "code_block", "code_inline"):
                kept.append((t.type, t.info, t.content))
            elif t.type in ("html_block", "html_inline"):
                # the tags, without title/alt values (text between tags is prose)
                if re.search(r"<(script|style|pre|code)\b", t.content, re.I):
                    kept.append((t.type, t.content))
                else:
                    tags = re.findall(r"<[^>]*>", t.content)
                    kept.append((t.type, [_PROSE_ATTR.sub("", tag) for tag in tags]))
            elif t.type in ("link_open", "image"):
                href = t.attrs.get("href") or t.attrs.get("src") or ""
                # a link to a heading of the same page converts with the heading
                kept.append((t.type, "#" if href.startswith("#") else href))
            elif t.type == "text":
                prose += 1
            if t.children:
                walk(t.children)

    walk(md.parse(text))
    return kept, prose


def rst_invariants(text: str) -> tuple[list, int]:
    import docutils.core
    import docutils.nodes as n

    settings = {"report_level": 5, "halt_level": 5, "file_insertion_enabled": False, "raw_enabled": False}
    doc = docutils.core.publish_doctree(text, settings_overrides=settings)
    kept = []
    for node in doc.findall(lambda x: isinstance(x, (n.literal_block, n.literal, n.reference, n.target))):
        if isinstance(node.parent, n.system_message):
            continue  # the source of a Sphinx directive docutils does not know
        if isinstance(node, (n.literal_block, n.literal)):
            kept.append((node.tagname, node.astext()))
        elif node.get("refuri"):
            # (the name of an embedded-URI target is its link text: prose)
            kept.append((node.tagname, node.get("refuri")))
        else:
            kept.append((node.tagname, tuple(node.get("names", ()))))
    # references that find no target: conversion must not add any
    unresolved = sum(1 for m in doc.findall(n.system_message) if "nknown target name" in m.astext())
    kept.append(("unresolved references", unresolved))
    return kept, sum(1 for _ in doc.findall(n.Text))


def html_invariants(text: str) -> tuple[list, int]:
    """Tags and attributes (title/alt values aside), comments, and the content
    of script, style, pre, code, kbd and samp, as html.parser sees them."""
    from html.parser import HTMLParser

    kept: list = []
    verbatim: list[str] = []
    prose = [0]

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            kept.append(("start", tag, [(k, None if k in ("title", "alt") else v) for k, v in attrs]))
            if tag in ("script", "style", "pre", "code", "kbd", "samp"):
                verbatim.append(tag)

        def handle_endtag(self, tag):
            kept.append(("end", tag))
            if verbatim and verbatim[-1] == tag:
                verbatim.pop()

        def handle_data(self, data):
            if verbatim:
                kept.append(("data", data))
            else:
                prose[0] += 1

        def handle_comment(self, data):
            kept.append(("comment", data))

    parser = Collect(convert_charrefs=False)
    parser.feed(text)
    parser.close()
    return kept, prose[0]


def _read(path: Path) -> str | None:
    """The text of a file; saved pages may be in a legacy encoding."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from zhtext.converters.encoding import decode
        from zhtext.converters.errors import ZhtextError

        try:
            return decode(data)[0]
        except ZhtextError:
            return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path, nargs="+")
    parser.add_argument("--config", default="s2t")
    args = parser.parse_args()
    conv = Converter(args.config)
    rows = {"markdown": [0, 0, 0], "rst": [0, 0, 0], "html": [0, 0, 0]}
    checks = {"markdown": markdown_invariants, "rst": rst_invariants, "html": html_invariants}
    for folder in args.folder:
        for path in sorted(folder.rglob("*")):
            kind = {".md": "markdown", ".rst": "rst", ".html": "html", ".htm": "html"}.get(path.suffix.lower())
            text = _read(path) if kind and path.is_file() else None
            if text is not None:
                _verify(path, text, kind, conv, checks[kind], rows[kind])
    print(f"{'markup':10} {'files':>6} {'converted':>10} {'kept differ':>12}")
    for kind, (files, changed, differ) in rows.items():
        print(f"{kind:10} {files:6d} {changed:10d} {differ:12d}")
    return 0


def _verify(path: Path, text: str, kind: str, conv, check, row: list) -> None:
    """Convert one document; count it, and say what differs if anything kept does."""
    out = convert_prose(text, conv, kind)
    before, _ = check(text)
    after, _ = check(out)
    row[0] += 1
    row[1] += out != text
    if before != after:
        row[2] += 1
        diffs = [(a, b) for a, b in zip(before, after) if a != b][:2]
        if len(before) != len(after):
            diffs.append(("count", len(before), len(after)))
        print(f"{path}: {diffs}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
