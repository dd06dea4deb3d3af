"""Strip: the article of a saved news page, as text, one JSON line (--format json) or one JSON Lines document (--format jsonl)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..batch.model import Processor, Result, UsageError

PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml"})
FORMATS = ("text", "json", "jsonl")
SUFFIXES = {"text": ".txt", "json": ".json", "jsonl": ".jsonl"}
SHARDS_SKIPPED = "a JSON Lines shard: --format json/jsonl makes documents from pages (shards take --format text)"


def output_name(relative: Path, fmt: str) -> Path:
    """A page's name under ``-o``: NAME.html -> NAME.txt (NAME.json, NAME.jsonl); a text save keeps its name as text."""
    if relative.suffix.lower() in PAGE_SUFFIXES or fmt != "text":
        return relative.with_suffix(SUFFIXES[fmt])
    return relative


def refuse_page_in_place(command: str, path: Path) -> None:
    """A saved page rewritten in place would become plain text under its .html/.mht name."""
    if Path(path).suffix.lower() in PAGE_SUFFIXES:
        raise UsageError(f"--in-place would overwrite the page {path} with plain text under its own name; "
                         f"write the articles elsewhere with -o FOLDER (zhtext {command} PAGES -o OUT: "
                         "NAME.html becomes NAME.txt)")


class StripProcessor(Processor):
    """bytes of a saved page -> its article; the phrase lists are compiled once per process."""

    def __init__(self, fmt: str = "text", explain: bool = False, lexicons: tuple[str, ...] = (),
                 encoding: str = "auto", errors: str = "strict"):
        self.fmt = fmt
        self.explain = explain
        self.lexicons = tuple(lexicons)
        self.encoding = encoding
        self.errors = errors
        # JSON lines of several inputs can all go to standard output.
        self.stdout_when_many = fmt in ("json", "jsonl")
        if fmt in ("json", "jsonl"):
            self.shards_skipped_because = SHARDS_SKIPPED

    def output_relative(self, relative: Path) -> Path:
        return output_name(relative, self.fmt)

    def check_in_place(self, path: Path) -> None:
        refuse_page_in_place("strip", path)

    def process(self, data: bytes, path: Path | None) -> Result:
        from zhtext.converters.pages import strip_boilerplate

        from .decoding import count_page_warnings, decode_input

        source, warnings = data, []
        if self.encoding != "auto":
            # A forced encoding; otherwise the page's own declaration is checked
            # against its bytes and undecodable bytes end as U+FFFD with a warning.
            source, _, warnings = decode_input(data, self.encoding, self.errors)
        name = str(path) if path else None
        article = strip_boilerplate(source, filename=name, lexicons=self.lexicons)
        if self.explain:
            shown = name or "<stdin>"
            lines = [f"zhtext: explain: {shown}: [{reason}] {' '.join(text.split())}\n"
                     for text, reason in article.removed]
            if lines:
                sys.stderr.write("".join(lines))
                sys.stderr.flush()
        if self.fmt == "json":
            from .jsonlines import json_line

            obj = {"path": name if name else "-"}
            d = article.to_dict()
            for key in ("title", "date", "author", "source", "body", "removed"):
                obj[key] = d[key]
            text = json_line(obj)
        elif self.fmt == "jsonl":
            from .jsonlines import json_line

            text = json_line(article.to_record(name if name else "-"))
        else:
            text = article.to_text()
        return Result(text, warnings + count_page_warnings(article.warnings, data))
