"""Convert: decode an input and convert its script with an OpenCC configuration."""

from __future__ import annotations

import functools
from pathlib import Path

from ..batch.model import Processor, Result

# Kept here (not imported from the library) so `--help` loads no dictionary code.
CONFIGS = (
    "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s",
    "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t", "s2hkp", "hk2sp",
)
REIMPLEMENTED_CONFIGS = ("s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "t2tw", "t2hk")


@functools.cache
def get_converter(config: str, user_dicts: tuple[str, ...] = (), engine: str = "zhtext"):
    """One converter per (engine, config, dictionaries) and process."""
    if engine == "reimplemented":
        from opencc import OpenCC  # opencc-python-reimplemented

        return OpenCC(config)
    from zhtext.converters.opencc import Converter

    return Converter(config, user_dicts=list(user_dicts))


class ConvertProcessor(Processor):
    """Decode one input and convert it."""

    # A file whose text needs no conversion is left as it is, whatever its
    # encoding (re-encoding is recode's job): right for the pre-commit hook.
    skip_if_text_unchanged = True
    can_stream = True

    def __init__(self, config: str, user_dicts=(), engine: str = "zhtext", encoding: str = "auto",
                 errors: str = "strict", markup: str = "auto", protect: tuple[str, ...] = (),
                 stdin_filename: str | None = None):
        self.config = config
        self.user_dicts = tuple(user_dicts)
        self.engine = engine
        self.encoding = encoding
        self.errors = errors
        self.markup = markup  # auto, markdown, html, rst or none
        self.protect = tuple(protect)  # phrases never converted
        self.stdin_filename = stdin_filename  # the name standard input stands for

    def converter(self):
        return get_converter(self.config, self.user_dicts, self.engine)

    def markup_for(self, path: Path | None) -> str:
        """The markup of the input at ``path`` (None: standard input or a shard's document)."""
        from zhtext.converters.markup import resolve_markup

        return resolve_markup(self.markup, path if path is not None else self.stdin_filename)

    def convert_text(self, text: str, markup: str) -> str:
        """The prose of ``text`` converted, each run exactly as OpenCC converts it."""
        from zhtext.converters.markup import convert_prose

        return convert_prose(text, self.converter(), markup, protect=self.protect)

    def process(self, data: bytes, path: Path | None) -> Result:
        from .decoding import decode_input

        text, det, warnings = decode_input(data, self.encoding, self.errors)
        return Result(self.convert_text(text, self.markup_for(path)), warnings, original_text=text,
                      encoding=det.encoding)

    def stream(self, blocks, path: Path | None):
        """Convert a large input block by block; yields UTF-8.

        Plain text is cut after line ends (nothing it keeps spans lines but a
        switched-off region, whose state is carried); Markdown, HTML and rst
        need their whole text, so they are read whole first."""
        from zhtext.converters.markup import ProseStream, script_boundary

        from .decoding import CountedBlocks

        decoder = CountedBlocks(self.encoding, self.errors)
        texts = decoder.texts(blocks)
        markup = self.markup_for(path)
        if markup != "none":
            yield self.convert_text("".join(texts), markup).encode("utf-8")
        else:
            prose = ProseStream(self.converter().convert, protect=self.protect, boundary=script_boundary)
            for text in texts:
                out = prose.feed(text)
                if out:
                    yield out.encode("utf-8")
            out = prose.finish()
            if out:
                yield out.encode("utf-8")
        warnings = decoder.warnings()
        if warnings:  # substitutions, counted over the whole input
            yield Result("", warnings)
