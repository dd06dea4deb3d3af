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
def get_converter(config: str, user_dicts: tuple[str, ...] = (), engine: str = "zhtext",
                  phrases: tuple[str, ...] = ()):
    """One converter per (engine, config, dictionaries, phrase sets) and process."""
    if engine == "reimplemented":
        from opencc import OpenCC  # opencc-python-reimplemented

        return OpenCC(config)
    from zhtext.converters.opencc import Converter

    return Converter(config, user_dicts=list(user_dicts), phrases=phrases)


def prepare_converter(converter, batch_bytes: int) -> None:
    """Build ``converter``'s compiled matcher ahead for a batch of ``batch_bytes``
    (a character takes one to four bytes in UTF-8: four counts low)."""
    if converter is not None:
        converter.prepare(batch_bytes // 4)


class ConvertProcessor(Processor):
    """Decode one input and convert it."""

    # A file whose text needs no conversion is left as it is, whatever its
    # encoding (re-encoding is recode's job): right for the pre-commit hook.
    skip_if_text_unchanged = True
    can_stream = True

    def __init__(self, config: str, user_dicts=(), engine: str = "zhtext", encoding: str = "auto",
                 errors: str = "strict", markup: str = "auto", protect: tuple[str, ...] = (),
                 stdin_filename: str | None = None, phrases=(), quotes: str = "keep"):
        self.config = config
        self.user_dicts = tuple(user_dicts)
        self.engine = engine
        self.encoding = encoding
        self.errors = errors
        self.markup = markup  # auto, markdown, html, rst or none
        self.protect = tuple(protect)  # phrases never converted
        self.stdin_filename = stdin_filename  # the name standard input stands for
        self.phrases = tuple(phrases)  # phrase set names (zhtext engine)
        self.quotes = quotes  # keep, corner or curly

    def converter(self):
        return get_converter(self.config, self.user_dicts, self.engine, self.phrases)

    def prepare(self, batch_bytes: int) -> None:
        prepare_converter(self.converter() if self.engine == "zhtext" else None, batch_bytes)

    def quote_rule(self):
        """The quotation-mark rule for the prose runs, or None for ``keep``."""
        if self.quotes == "keep":
            return None
        from zhtext.converters.quotes import convert_quotes

        return functools.partial(convert_quotes, style=self.quotes)

    def markup_for(self, path: Path | None) -> str:
        """The markup of the input at ``path`` (None: standard input or a shard's document)."""
        from zhtext.converters.markup import resolve_markup

        return resolve_markup(self.markup, path if path is not None else self.stdin_filename)

    def convert_text(self, text: str, markup: str) -> str:
        """The prose of ``text`` converted, each run exactly as OpenCC converts it."""
        from zhtext.converters.markup import convert_prose

        converted = convert_prose(text, self.converter(), markup, protect=self.protect)
        rule = self.quote_rule()
        if rule is not None:
            # a second pass over the same kept spans (they come out of the first byte for byte)
            from zhtext.converters.markup import apply_rule

            converted = apply_rule(converted, rule, markup, protect=self.protect)
        return converted

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

        from .decoding import CountedBlocks, WholeText, stream_through

        markup = self.markup_for(path)
        if markup != "none":
            stage = WholeText(functools.partial(self.convert_text, markup=markup))
        else:
            convert = self.converter().convert
            rule = self.quote_rule()
            if rule is not None:
                convert = _then(convert, rule)
            stage = ProseStream(convert, protect=self.protect, boundary=script_boundary)
        yield from stream_through(stage, CountedBlocks(self.encoding, self.errors), blocks)


def _then(first, second):
    """``second(first(text))``, picklable."""
    return functools.partial(_compose, first, second)


def _compose(first, second, text: str) -> str:
    return second(first(text))


def format_ambiguity(display: str, finding, fmt: str = "text") -> str:
    """One ambiguity as a line: ``text`` is ``FILE:LINE:COL: 发 -> 發 (發|髮): …context…``;
    ``gcc``, ``json`` and ``github`` are the lint formats (rule ``ambiguity``)."""
    if fmt == "text":
        return f"{display}:{finding.line}:{finding.column}: {finding.describe()}"
    from ..batch.lint import Finding, format_finding

    return format_finding(fmt, display, Finding(finding.line, finding.column, "ambiguity", finding.describe()))


class AmbiguityProcessor(ConvertProcessor):
    """Decode one input and list its undecided one-to-many conversions (writes nothing).

    The result's text is one line per finding (``fmt``: text, gcc, json,
    github); its data the :class:`zhtext.converters.opencc.ambiguity.Ambiguity`
    records, for the summary.  Only the prose runs (see ``--markup``) are examined.
    """

    skip_if_text_unchanged = False
    stdout_when_many = True
    can_stream = False
    inspects = True

    def __init__(self, config: str, user_dicts=(), engine: str = "zhtext", encoding: str = "auto",
                 errors: str = "strict", phrases=(), fmt: str = "text", markup: str = "auto",
                 protect: tuple[str, ...] = (), stdin_filename: str | None = None):
        super().__init__(config, user_dicts, engine, encoding, errors, markup=markup, protect=protect,
                         stdin_filename=stdin_filename, phrases=phrases)
        self.fmt = fmt

    def process(self, data: bytes, path: Path | None) -> Result:
        from zhtext.converters.markup import split

        from .decoding import decode_input

        text, _, warnings = decode_input(data, self.encoding, self.errors)
        # only the prose runs are converted, each on its own: only they are reviewed
        doc = split(text, self.markup_for(path), protect=self.protect)
        prose = [(span.start, span.end) for span in doc.spans if not span.kept]
        findings = self.converter().ambiguities(text, ranges=prose)
        display = str(path) if path is not None else "<stdin>"
        lines = "".join(format_ambiguity(display, f, self.fmt) + "\n" for f in findings)
        return Result(lines, warnings, data=findings)
