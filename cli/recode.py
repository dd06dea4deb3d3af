"""``zhtext recode``: rewrite legacy-encoded text as UTF-8 without BOM."""

from __future__ import annotations

import sys

import click

from .options import encoding_options, output_options, output_options_from, paths_argument

EPILOG = """\b
The input encoding is detected (BOM, UTF-8, UTF-16/32, GB18030 and its
subsets GBK/GB2312, CP950/Big5, Big5-HKSCS, and the non-Chinese encodings
chardet knows) unless --encoding names it.  UTF-8 files without BOM are
left as they are.  A file that ends inside a multibyte character keeps its
encoding: the partial character becomes U+FFFD, with a warning.

\b
Exit codes: 0 success and nothing left to change; 1 files changed
(--in-place) or would change (--check); 2 usage error; 3 an input failed
(undecodable: the message names the encodings tried and the first bad
byte; unreadable), the others are still processed.  Binary files (NUL
bytes outside UTF-16/32) are skipped.
"""


class RecodeProcessor:
    """Decode one input with the encoding layer; the runner writes it as UTF-8."""

    # decide binary-ness here, so UTF-16/32 without BOM is recoded, not skipped
    sniff_binary = False

    def __init__(self, encoding: str = "auto", errors: str = "strict"):
        self.encoding = encoding
        self.errors = errors

    def __call__(self, data: bytes):
        from zhtext.converters.encoding import decode

        from .runner import Result

        text, det = decode(data, encoding=self.encoding, errors=self.errors)
        warnings = []
        if det.truncated:
            warnings.append(f"ends inside a {det.encoding} character; wrote U+FFFD for it")
        return Result(text, warnings=warnings, original_text=text)

    def stream(self, blocks):
        """Recode a large input block by block; yields UTF-8.

        The encoding comes from the first block with a non-ASCII byte (see
        ``BlockDecoder``); a cut final character becomes U+FFFD, as above.
        """
        from zhtext.converters.encoding import BlockDecoder

        for text in BlockDecoder(self.encoding, self.errors).texts(blocks):
            yield text.encode("utf-8")


@click.command(epilog=EPILOG)
@paths_argument
@encoding_options
@output_options
def command(paths, encoding, errors, **kwargs):
    """Rewrite legacy-encoded text (GBK, Big5, ...) as UTF-8 without BOM.

    Reads PATHs (files or folders) or standard input (no PATH, or `-`).
    One input goes to standard output unless -o or --in-place says
    otherwise; --check writes nothing and exits 1 if any file would change.

    \b
    Examples:
      zhtext recode old-gbk.txt > new.txt
      zhtext recode --check docs/
      zhtext recode --in-place docs/
    """
    from .runner import run

    opts = output_options_from(kwargs)
    if encoding.lower() != "auto":
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
    sys.exit(run(paths, RecodeProcessor(encoding, errors), opts))
