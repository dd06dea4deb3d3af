"""Option decorators shared by the commands, so every command spells them the same way.

Defaults may come from ``[tool.zhtext]`` configuration (see :mod:`.config`),
loaded into Click's ``default_map``, so a flag always overrides the file.
"""

from __future__ import annotations

import click

from .runner import OutputOptions


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

output_options = _compose(
    click.option("-o", "--output", metavar="PATH",
                 help="Write to PATH: a file for one input, else a folder mirroring the input tree."),
    click.option("-i", "--in-place", is_flag=True, help="Rewrite the files themselves (atomically, mode kept)."),
    click.option("--check", is_flag=True, help="Write nothing; exit 1 if any file would change."),
    click.option("--diff", is_flag=True, help="Write nothing; print a unified diff of the changes."),
    click.option("--include", multiple=True, metavar="GLOB", help="Only process files matching GLOB (repeatable)."),
    click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files and folders matching GLOB (repeatable)."),
    click.option("--hidden", is_flag=True, help="Also walk hidden files and folders."),
    click.option("-j", "--jobs", type=int, default=None, metavar="N",
                 help="Worker processes for many files [default: one per CPU; 1: no workers]."),
    click.option("-q", "--quiet", is_flag=True, help="Print only errors."),
    click.option("-v", "--verbose", is_flag=True, help="Report every file, and a summary."),
    # Scale-out on Dask (cli/cluster.py) and JSON Lines shards (cli/jsonl.py).
    click.option("--cluster", metavar="ADDRESS", default=None,
                 help="Run on Dask: a scheduler address (tcp://host:8786), a scheduler file (.json), "
                      "or local[:N] for N worker processes here. Needs zhtext[dask]."),
    click.option("--text-field", default="text", show_default=True, metavar="NAME",
                 help="The field processed in .jsonl/.jsonl.gz inputs (one JSON document per line)."),
)


def output_options_from(kwargs: dict) -> OutputOptions:
    """Pop the shared output options out of a command's keyword arguments."""
    return OutputOptions(
        output=kwargs.pop("output", None),
        in_place=kwargs.pop("in_place", False),
        check=kwargs.pop("check", False),
        diff=kwargs.pop("diff", False),
        include=tuple(kwargs.pop("include", ())),
        exclude=tuple(kwargs.pop("exclude", ())),
        hidden=kwargs.pop("hidden", False),
        quiet=kwargs.pop("quiet", False),
        verbose=kwargs.pop("verbose", False),
        jobs=kwargs.pop("jobs", None),
        cluster=kwargs.pop("cluster", None),
        text_field=kwargs.pop("text_field", "text"),
    )
