"""Clean: the saved-page pipeline, decode -> strip -> normalize -> convert (optional); text or JSON Lines."""

from __future__ import annotations

from pathlib import Path

from ..batch.model import Processor, Result
from .convert import get_converter
from .strip import SHARDS_SKIPPED, document_line, output_name


class CleanProcessor(Processor):
    """bytes of a saved page -> its article as clean UTF-8 text (NAME.html -> NAME.txt under -o)."""

    def __init__(self, encoding: str = "auto", errors: str = "strict", config: str | None = None,
                 dicts: tuple[str, ...] = (), lexicons: tuple[str, ...] = (), indent: str = "strip",
                 fmt: str = "text"):
        self.fmt = fmt
        # JSON Lines documents of several inputs can all go to standard output.
        self.stdout_when_many = fmt == "jsonl"
        if fmt == "jsonl":
            self.shards_skipped_because = SHARDS_SKIPPED
        self.encoding = encoding
        self.errors = errors
        self.config = config
        self.dicts = tuple(dicts)
        self.lexicons = tuple(lexicons)
        self.indent = indent

    def output_relative(self, relative: Path) -> Path:
        return output_name(relative, self.fmt)

    def converter(self):
        return get_converter(self.config, self.dicts) if self.config else None

    def process(self, data: bytes, path: Path | None) -> Result:
        from zhtext.converters.pages import strip_boilerplate
        from zhtext.converters.encoding import decode
        from zhtext.converters.whitespace import normalize

        if self.encoding == "auto" and self.errors == "strict":
            # The page's own charset declaration helps; strip decodes (and checks) it.
            source = data
            original = None
        else:
            source = original = decode(data, encoding=self.encoding, errors=self.errors)[0]
        article = strip_boilerplate(source, filename=str(path) if path else None,
                                    lexicons=self.lexicons)
        text = normalize(article.to_text(), profile="text", indent=self.indent)
        if self.config:
            text = self.converter().convert(text)
        if self.fmt == "jsonl":
            record = article.to_record(str(path) if path else "-")
            record["text"] = text
            for key in ("title", "author", "source"):  # in the text's script too
                if self.config and record[key]:
                    record[key] = self.converter().convert(record[key])
            return Result(document_line(record), list(article.warnings))
        if original is None:
            try:
                original = decode(data, encoding="auto", errors="replace")[0]
            except (ValueError, UnicodeError):
                original = None
        return Result(text, list(article.warnings), original_text=original)
