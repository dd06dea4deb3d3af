"""Strip: the article of a saved news page, as text, one JSON line (--format json) or one JSON Lines document (--format jsonl)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..batch.model import Processor, Result

PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml"})
FORMATS = ("text", "json", "jsonl")
SUFFIXES = {"text": ".txt", "json": ".json", "jsonl": ".jsonl"}
SHARDS_SKIPPED = "a JSON Lines shard: --format json/jsonl makes documents from pages (shards take --format text)"


def document_line(record: dict) -> str:
    """One JSON Lines document (``Article.to_record``), UTF-8 text, ending with a newline."""
    import json

    return json.dumps(record, ensure_ascii=False) + "\n"


def output_name(relative: Path, fmt: str) -> Path:
    """A page's name under ``-o``: NAME.html -> NAME.txt (NAME.json, NAME.jsonl); a text save keeps its name as text."""
    if relative.suffix.lower() in PAGE_SUFFIXES or fmt != "text":
        return relative.with_suffix(SUFFIXES[fmt])
    return relative


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

    def process(self, data: bytes, path: Path | None) -> Result:
        from zhtext.converters.pages import strip_boilerplate

        source = data
        if self.encoding != "auto":
            # A forced encoding; otherwise the page's own declaration is checked
            # against its bytes and undecodable bytes end as U+FFFD with a warning.
            from zhtext.converters.encoding import decode

            source, _ = decode(data, encoding=self.encoding, errors=self.errors)
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
            obj = {"path": name if name else "-"}
            d = article.to_dict()
            for key in ("title", "date", "author", "source", "body", "removed"):
                obj[key] = d[key]
            text = document_line(obj)
        elif self.fmt == "jsonl":
            text = document_line(article.to_record(name if name else "-"))
        else:
            text = article.to_text()
        return Result(text, list(article.warnings))
