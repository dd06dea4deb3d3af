"""The ``zhtext`` command group.

Subcommands are imported only when they are invoked (or listed in help), so
``zhtext --help`` and a small conversion start fast.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import signal
import sys

import click

from zhtext.converters import __version__

from .batch.report import exit_codes_help

# name -> (module, short help); the module defines a click command named ``command``
COMMANDS = {
    "convert": ("convert", "Convert between Traditional and Simplified script (OpenCC configurations)."),
    "detect": ("detect", "Detect the encoding, line endings and script of files."),
    "recode": ("recode", "Rewrite legacy-encoded text (GBK, Big5, ...) as UTF-8."),
    "repair": ("repair", "Reverse mojibake: UTF-8 text once decoded as GBK, Big5 or cp1252."),
    "normalize": ("normalize", "Normalize whitespace: line endings, indentation, invisible characters, blank lines."),
    "strip": ("strip", "Strip boilerplate from saved news pages (text, HTML, MHTML)."),
    "clean": ("clean", "Saved-page pipeline: decode, strip, normalize, convert."),
    "typeset": ("typeset", "Chinese typography: full-width punctuation, spaces between Chinese and Latin."),
}



class LazyGroup(click.Group):
    """A group whose subcommands live in modules imported on first use."""

    def list_commands(self, ctx):
        return [name for name in COMMANDS if self._available(name)]

    @staticmethod
    def _available(name):
        module = COMMANDS[name][0]
        return importlib.util.find_spec(f"zhtext.cli.{module}") is not None

    def get_command(self, ctx, name):
        if name not in COMMANDS or not self._available(name):
            return None
        module = importlib.import_module(f"zhtext.cli.{COMMANDS[name][0]}")
        return module.command

    def format_commands(self, ctx, formatter):
        # Short help comes from the table above: listing commands imports nothing.
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=exit_codes_help(),
)
@click.version_option(__version__, "--version", prog_name="zhtext")
@click.pass_context
def cli(ctx):
    """Tools for Chinese text files.

    Every command reads files, folders or standard input (`-`) and writes
    UTF-8. Run `zhtext COMMAND --help` for the options of one command.
    Defaults come from [tool.zhtext] in the nearest pyproject.toml or a
    .zhtext.toml; flags override them.
    """
    from .config import apply_config

    apply_config(ctx)


def main(argv=None):
    """Console-script entry point: runs the group and ends quietly on a closed pipe or Ctrl-C.

    Without ``argv`` (the console script, ``python -m zhtext.cli``) it ends
    the process; given ``argv`` (a caller in Python) it raises ``SystemExit``
    with the exit code, as Click programs do.
    """
    if argv is None:
        # zhtext multiplies no matrices: numpy (the compiled matcher's lookup
        # table) must not start BLAS helper threads, which spin on the CPUs
        # that --jobs workers need.  Only for the process the console script owns.
        for name in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(name, "1")
    if hasattr(signal, "SIGPIPE"):
        # `zhtext ... | head` should end quietly, like other Unix filters.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    # Not Click's standalone mode: it turns Ctrl-C into "Aborted!" and exit 1,
    # which is the code for "files changed". (A batch in progress handles
    # Ctrl-C and SIGTERM itself, in the batch engine, and exits 130 or 143.)
    try:
        rv = cli.main(args=argv, prog_name="zhtext", standalone_mode=False)
    except (KeyboardInterrupt, click.exceptions.Abort):
        sys.stderr.write("zhtext: interrupted\n")
        sys.stderr.flush()
        os._exit(128 + signal.SIGINT)
    except click.ClickException as exc:
        exc.show()
        rv = exc.exit_code
    except SystemExit as exc:  # a command's own exit (the batch engine's code)
        if exc.code is not None and not isinstance(exc.code, int):
            raise
        rv = exc.code or 0
    code = rv if isinstance(rv, int) else 0
    if argv is not None:
        sys.exit(code)
    _exit(code)


def _live_children() -> bool:
    """Whether a worker process of this run is still alive (never, after a finished run)."""
    if "multiprocessing" not in sys.modules:
        return False
    import multiprocessing

    return bool(multiprocessing.active_children())


def _exit(code: int) -> None:
    """End the process with ``code``, skipping the interpreter's teardown when that is safe.

    Tearing down a process that has loaded a dictionary frees every object one
    by one, a good part of a small run's time (pre-commit starts zhtext
    often). When no thread or worker process is left (a pool of workers is
    shut down and joined by the end of a run) and Dask was not used, every
    output is already written and closed, and nothing is left for ``atexit``
    handlers to do: then the standard streams are flushed and the process
    ends at once. Otherwise it exits the ordinary way.
    """
    import threading

    if threading.active_count() == 1 and "dask" not in sys.modules and not _live_children():
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BrokenPipeError:
            pass  # the reader left (`zhtext ... | head`): nothing more to say
        else:
            os._exit(code)
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
