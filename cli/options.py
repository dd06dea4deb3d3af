"""Option decorators shared by the commands, and the hand-over to the batch engine.

Every command spells the shared options the same way; defaults may come
from ``[tool.zhtext]`` configuration (see :mod:`.config`), loaded into
Click's ``default_map``, so a flag always overrides the file.
"""

from __future__ import annotations

import sys

import click

from .batch.model import RunOptions, UsageError, WriteMode


def _compose(*decorators):
    def apply(func):
        for deco in reversed(decorators):
            func = deco(func)
        return func

    return apply


paths_argument = click.argument("paths", nargs=-1, metavar="[PATH]...", type=click.Path(allow_dash=True))

encoding_options = _compose(
    click.option(
        "--encoding", default="auto", show_default=True, metavar="NAME",
        help="Input encoding; 'auto' detects it (BOM, UTF-8, GB18030, Big5 family, ...).",
    ),
    click.option(
        "--errors", type=click.Choice(["strict", "replace"]), default="strict", show_default=True,
        help="On undecodable bytes: fail the file (strict) or substitute U+FFFD (replace).",
    ),
)

walk_options = _compose(
    click.option("--include", multiple=True, metavar="GLOB", help="Only process files matching GLOB (repeatable)."),
    click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files and folders matching GLOB (repeatable)."),
    click.option("--hidden", is_flag=True, help="Also walk hidden files and folders."),
)

output_options = _compose(
    click.option("-o", "--output", metavar="PATH",
                 help="Write to PATH: a file for one input, else a folder mirroring the input tree."),
    click.option("-i", "--in-place", is_flag=True, help="Rewrite the files themselves (atomically, mode kept)."),
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
)


def run_options_from(kwargs: dict) -> RunOptions:
    """Pop the shared output options out of a command's keyword arguments."""
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
        quiet=kwargs.pop("quiet", False),
        verbose=kwargs.pop("verbose", False),
        jobs=kwargs.pop("jobs", None),
        cluster=kwargs.pop("cluster", None),
        text_field=kwargs.pop("text_field", "text"),
    )


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
