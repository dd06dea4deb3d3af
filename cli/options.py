"""Option decorators shared by the commands, so every command spells them the same way."""

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
    click.option("-q", "--quiet", is_flag=True, help="Print only errors."),
    click.option("-v", "--verbose", is_flag=True, help="Report every file."),
)


def output_options_from(kwargs: dict) -> OutputOptions:
    """Pop the shared output options out of a command's keyword arguments."""
    return OutputOptions(
        output=kwargs.pop("output"),
        in_place=kwargs.pop("in_place"),
        check=kwargs.pop("check"),
        diff=kwargs.pop("diff"),
        include=kwargs.pop("include"),
        exclude=kwargs.pop("exclude"),
        hidden=kwargs.pop("hidden"),
        quiet=kwargs.pop("quiet"),
        verbose=kwargs.pop("verbose"),
    )
