"""Option decorators shared by the commands, and the hand-over to the batch engine.

Every command spells the shared options the same way; defaults may come
from ``[tool.zhtext]`` configuration (see :mod:`.config`), loaded into
Click's ``default_map``, so a flag always overrides the file.
"""

from __future__ import annotations

import sys

import click

from .batch.model import LINT_FORMATS as FORMATS
from .batch.model import RunOptions, UsageError, WriteMode


def _refuse_short_i(ctx, param, value):
    """``-i`` names the input in OpenCC's CLI; here it would silently rewrite files."""
    if value:
        raise click.UsageError("there is no -i: input files are plain arguments (zhtext convert -c s2t "
                               "in.txt > out.txt); to rewrite files themselves, spell out --in-place", ctx)


def _compose(*decorators):
    def apply(func):
        for deco in reversed(decorators):
            func = deco(func)
        return func

    return apply


paths_argument = click.argument("paths", nargs=-1, metavar="[PATH]...", type=click.Path(allow_dash=True))

def _check_encoding(ctx, param, value):
    """--encoding NAME: a codec Python knows or a WHATWG label (windows-874, ...), else a usage error."""
    if value is not None and value.lower() != "auto":
        from zhtext.converters.encoding import canonical_encoding

        try:
            canonical_encoding(value)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {value!r}") from None
    return value


encoding_options = _compose(
    click.option(
        "--encoding", default="auto", show_default=True, metavar="NAME", callback=_check_encoding,
        help="Input encoding; 'auto' detects it (BOM, UTF-8, GB18030, Big5 family, ...).",
    ),
    click.option(
        "--errors", type=click.Choice(["strict", "replace"]), default="strict", show_default=True,
        help="On undecodable bytes: fail the file (strict) or substitute U+FFFD (replace).",
    ),
)

# Saved pages (clean, strip): the page's own charset is checked against its bytes, and
# what nothing decodes becomes U+FFFD with a warning; --errors is for a forced --encoding.
PAGE_UNDECODABLE = ("Saved pages: bytes that no encoding decodes become U+FFFD, with a warning "
                    "that counts them (exit 0)")
page_encoding_options = _compose(
    click.option(
        "--encoding", default="auto", show_default=True, metavar="NAME", callback=_check_encoding,
        help="Input encoding; 'auto' reads the page's declared charset, checked against its bytes, "
             "else detects it.",
    ),
    click.option(
        "--errors", type=click.Choice(["strict", "replace"]), default="strict", show_default=True,
        help=f"With a forced --encoding: fail the file (strict) or substitute U+FFFD (replace). "
             f"{PAGE_UNDECODABLE}.",
    ),
)

walk_options = _compose(
    click.option("--include", multiple=True, metavar="GLOB", help="Only process files matching GLOB (repeatable)."),
    click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files and folders matching GLOB (repeatable)."),
    click.option("--hidden", is_flag=True, help="Also walk hidden files and folders."),
    click.option("--no-ignore", is_flag=True,
                 help="Also walk what git ignores (.gitignore, .git/info/exclude, global excludes) "
                      "and what .zhtextignore files name."),
)

output_options = _compose(
    click.option("-o", "--output", metavar="PATH",
                 help="Write to PATH: a file for one input, else a folder mirroring the input tree."),
    click.option("--in-place", is_flag=True, help="Rewrite the files themselves (atomically, mode kept)."),
    click.option("-i", "short_i", is_flag=True, hidden=True, expose_value=False, callback=_refuse_short_i),
    click.option("--check", is_flag=True, help="Write nothing; exit 1 if any file would change."),
    click.option("--diff", is_flag=True, help="Write nothing; print a unified diff of the changes."),
    walk_options,
    click.option("-j", "--jobs", type=int, default=None, metavar="N",
                 help="Worker processes for many files [default: one per CPU; 1: no workers]."),
    click.option("-q", "--quiet", is_flag=True, help="Print only errors."),
    click.option("-v", "--verbose", is_flag=True, help="Report every file, and a summary."),
    # Scale-out on Dask and JSON Lines shards (cli/batch/executors.py, cli/batch/documents.py).
    click.option("--cluster", metavar="ADDRESS", default=None,
                 help="Run on Dask: a scheduler address (tcp://host:8786), a scheduler file (.json), "
                      "or local[:N] for N worker processes here. Needs zhtext[dask]."),
    click.option("--text-field", default="text", show_default=True, metavar="NAME",
                 help="The field processed in .jsonl/.jsonl.gz inputs (one JSON document per line)."),
    click.option("--strict", is_flag=True,
                 help="In .jsonl inputs, a document whose text comes out empty fails its shard "
                      "[default: a warning naming the shard and line]."),
)


#: ``--format`` of the commands whose output is the file itself (convert, normalize,
#: recode, typeset): it only says how ``--check`` prints its findings.
lint_format_option = click.option(
    "--format", "lint_format", type=click.Choice(FORMATS), default="text",
    show_default=True,
    help="With --check: how findings print. text: 'would change FILE' on stderr; gcc: "
         "FILE:LINE:COL: RULE: message; json: one object per finding; github: workflow "
         "annotations (::warning file=...). gcc/json/github go to standard output.",
)


def _lint_format(kwargs: dict, mode: WriteMode, output_format: str | None) -> str:
    """The findings format of a run: --format of a plain command, or under --check the
    --format of strip/clean (whose text/json otherwise name their output)."""
    fmt = kwargs.pop("lint_format", None)
    if fmt is not None:
        if fmt != "text" and not mode.checks:
            raise click.UsageError(f"--format {fmt} prints the findings of --check: add --check")
        return fmt
    fmt = output_format
    if not mode.checks or fmt is None:
        return "text"
    if fmt not in FORMATS:
        raise click.UsageError(f"--format {fmt} cannot be used with --check "
                               f"(findings print as {', '.join(FORMATS)})")
    return fmt


markup_options = _compose(
    click.option(
        "--markup", type=click.Choice(["auto", "markdown", "html", "rst", "none"]), default="auto",
        show_default=True,
        help="Convert only the prose: code, link targets, tags and their attributes (but title/alt), "
             "front-matter keys stay as they are. auto: by file name (.md/.markdown/.mdx, .html/.htm/.xhtml, "
             ".rst; anything else and standard input: none). URLs, e-mail addresses and domain names stay "
             "in every mode, and so does text between 'zhtext: off' and 'zhtext: on' comments.",
    ),
    click.option("--protect", "protect_file", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
                 help="Phrases never converted, one a line (UTF-8; blank lines and lines starting with # "
                      "are skipped)."),
    click.option("--stdin-filename", metavar="NAME",
                 help="The file name standard input stands for, for --markup auto (e.g. README.md)."),
)


def read_protect_file(path: str | None) -> tuple[str, ...]:
    """The phrases of a --protect file; an unreadable or undecodable file is a usage error."""
    if not path:
        return ()
    from zhtext.converters.markup import Protect

    try:
        text = open(path, encoding="utf-8-sig").read()
    except OSError as exc:
        raise click.UsageError(f"--protect {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise click.UsageError(f"--protect {path}: not UTF-8 (byte {exc.start})") from None
    return Protect.from_text(text).phrases


def run_options_from(kwargs: dict, output_format: str | None = None) -> RunOptions:
    """Pop the shared output options out of a command's keyword arguments.

    ``output_format``: the --format of a command whose output has formats
    (strip, clean); under --check it says how findings print instead."""
    try:
        mode = WriteMode.from_flags(in_place=kwargs.pop("in_place", False), check=kwargs.pop("check", False),
                                    diff=kwargs.pop("diff", False), output=kwargs.get("output"))
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    return RunOptions(
        mode=mode,
        output=kwargs.pop("output", None),
        include=tuple(kwargs.pop("include", ())),
        exclude=tuple(kwargs.pop("exclude", ())),
        hidden=kwargs.pop("hidden", False),
        ignore=not kwargs.pop("no_ignore", False),
        quiet=kwargs.pop("quiet", False),
        verbose=kwargs.pop("verbose", False),
        jobs=kwargs.pop("jobs", None),
        cluster=kwargs.pop("cluster", None),
        text_field=kwargs.pop("text_field", "text"),
        lint_format=_lint_format(kwargs, mode, output_format),
        command=_command_name(),
        strict=kwargs.pop("strict", False),
    )


def _command_name() -> str:
    ctx = click.get_current_context(silent=True)
    return ctx.info_name if ctx is not None and ctx.info_name else ""


def refuse_documents_with_rewrites(fmt: str, opts: RunOptions) -> None:
    """``--format jsonl`` makes new documents from pages: nothing to rewrite in place, check or diff."""
    if fmt == "jsonl" and opts.mode is not WriteMode.STDOUT:
        raise click.UsageError("--format jsonl makes new documents: it cannot be used with "
                               "--in-place, --check or --diff (write them to stdout or -o)")


def execute(paths, processor, opts: RunOptions, on_outcome=None):
    """Run the engine and exit with its code; its usage errors become Click's (exit 2)."""
    from .batch.run import run

    try:
        code = run(paths, processor, opts, on_outcome=on_outcome)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    sys.exit(code)


def config_option_value(ctx, param, value):
    """Callback of ``-c/--config`` (convert, clean): an OpenCC configuration name in any case
    (``S2T``, ``s2t.json``), or the path of an OpenCC JSON configuration file."""
    if value is None:
        return None
    import os

    from zhtext.converters.opencc.config import CONFIGS, builtin_name

    name = builtin_name(value)
    if name is not None:
        return name
    if os.path.isfile(value):
        return value
    if value.lower().endswith(".json") or "/" in value or os.sep in value:
        raise click.BadParameter(f"no such configuration file {value!r}")
    raise click.BadParameter(f"unknown configuration {value!r}; give the path of an OpenCC JSON "
                             f"configuration file or one of: {', '.join(CONFIGS)}")
