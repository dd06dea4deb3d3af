"""One report per run: every input's outcome goes through it, and it alone
derives the exit code, so the summary and the exit code cannot disagree.

The exit-code rule is written once, in :data:`EXIT_CODES`; ``--help``, the
report and the README's table (checked by a test) all come from it.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

from .model import Outcome, Status, WriteMode

EXIT_OK = 0
EXIT_CHANGED = 1
EXIT_USAGE = 2
EXIT_FAILED = 3

#: The exit-code rule of every command: (code, meaning).
EXIT_CODES = (
    (EXIT_OK, "success, nothing left to change"),
    (EXIT_CHANGED, "files changed (--in-place) or would change (--check)"),
    (EXIT_USAGE, "usage error (unknown option or configuration, conflicting options)"),
    (EXIT_FAILED, "at least one input failed (each failure is one line on stderr naming the file "
                  "and the reason; the other inputs are still processed)"),
)


def exit_codes_help(codes=None) -> str:
    """The exit-code table for a ``--help`` epilog (``codes``: the ones that apply)."""
    rows = []
    for code, meaning in EXIT_CODES:
        if codes is None or code in codes:
            rows.extend(_wrap(meaning, 71, f"  {code}  ", " " * 5))
    return "\b\nExit codes:\n" + "\n".join(rows) + "\n"


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    """Greedy word wrap (textwrap would be one more module to import at every start)."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return [(first if i == 0 else rest) + text for i, text in enumerate(lines)]

# A progress bar is shown only for runs longer than this many files.
PROGRESS_MIN_FILES = 8


@dataclass
class Report:
    """Counts outcomes and prints one line per notable event on stderr.

    ``-q`` keeps only failures; ``-v`` adds a line for every file.  While a
    progress bar is live, lines go through its console so they do not tear it.
    """

    check: bool = False
    in_place: bool = False
    dry_run: bool = False  # --check or --diff: nothing is written, changes are "would change"
    quiet: bool = False
    summary_lines: bool = True
    verbose: bool = False
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    warned: int = 0
    interrupted: bool = False
    signal: int = 0  # the signal that interrupted the run (SIGINT, SIGTERM)
    aborted: bool = False  # the run could not start its work (an unreachable cluster)
    started: float = field(default_factory=time.monotonic)
    lint_format: str = "text"  # how findings print under --check (see lint.FORMATS)
    _progress: object = field(default=None, repr=False)
    _task: object = field(default=None, repr=False)

    def _say(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
            return
        sys.stderr.write(line + "\n")
        sys.stderr.flush()

    @classmethod
    def for_mode(cls, mode: WriteMode, quiet: bool = False, verbose: bool = False,
                 summary: bool = True, lint_format: str = "text") -> "Report":
        return cls(check=mode.checks, in_place=mode is WriteMode.IN_PLACE, dry_run=not mode.writes,
                   quiet=quiet, verbose=verbose, summary_lines=summary, lint_format=lint_format)

    def add(self, outcome: Outcome) -> None:
        """Count one outcome and say what is worth saying (always in input order)."""
        for w in outcome.warnings:
            self.warn(outcome.display, w)
        if outcome.status is Status.FAILED:
            self.fail(outcome.display, outcome.reason)
        elif outcome.status is Status.SKIPPED:
            self.skip(outcome.display, outcome.reason)
        else:
            self.done(outcome.display, outcome.status is Status.CHANGED)
            if outcome.findings:
                self.findings(outcome.display, outcome.findings)

    def findings(self, name: str, findings) -> None:
        """The findings of one input under --check: indented under its line on
        stderr (text), else one line each on standard output (gcc, json, github)."""
        from .lint import format_finding

        if self.lint_format == "text":
            if not self.quiet:
                for f in findings:
                    self._say(format_finding("text", name, f))
            return
        sys.stdout.write("".join(format_finding(self.lint_format, name, f) + "\n" for f in findings))
        sys.stdout.flush()

    def done(self, name: str, changed: bool) -> None:
        if changed:
            self.changed += 1
            if self.check:
                if not self.quiet:
                    self._say(f"would change {name}")
            elif self.in_place:
                if not self.quiet:
                    self._say(f"fixed {name}")
            elif self.verbose:
                self._say(f"would change {name}" if self.dry_run else f"wrote {name}")
        else:
            self.unchanged += 1
            if self.verbose:
                self._say(f"unchanged {name}")
        self._advance()

    def skip(self, name: str, reason: str) -> None:
        self.skipped += 1
        if not self.quiet:
            self._say(f"zhtext: skipped {name}: {reason}")
        self._advance()

    def fail(self, name: str, reason: str) -> None:
        self.failed += 1
        # Failures are always shown, even with -q: they decide the exit code.
        self._say(f"zhtext: error: {name}: {reason}")
        self._advance()

    def warn(self, name: str, reason: str) -> None:
        self.warned += 1
        if not self.quiet:
            self._say(f"zhtext: warning: {name}: {reason}")

    # -- progress -------------------------------------------------------

    def start_progress(self, total: int, stream=None) -> None:
        """Show a rich progress bar on stderr for a long run on a terminal."""
        stream = stream if stream is not None else sys.stderr
        if (self.quiet or not self.summary_lines or total <= PROGRESS_MIN_FILES
                or self._progress is not None):
            return
        try:
            if not stream.isatty():
                return
        except (AttributeError, ValueError):
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        progress = Progress(
            TextColumn("zhtext"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=Console(file=stream), transient=True,
        )
        self._task = progress.add_task("files", total=total)
        progress.start()
        self._progress = progress

    def stop_progress(self) -> None:
        if self._progress is not None:
            progress, self._progress = self._progress, None
            progress.stop()

    def _advance(self) -> None:
        if self._progress is not None:
            self._progress.advance(self._task)

    # -- totals ---------------------------------------------------------

    @property
    def total(self) -> int:
        return self.changed + self.unchanged + self.skipped + self.failed

    def summary(self) -> str:
        verb = "would change" if self.check or self.dry_run else "changed"
        seconds = time.monotonic() - self.started
        head = "interrupted after" if self.interrupted else "done:"
        return (
            f"zhtext: {head} {self.total} file(s): {self.changed} {verb}, {self.unchanged} unchanged, "
            f"{self.skipped} skipped, {self.failed} failed in {seconds:.2f}s"
        )

    def print_summary(self, force: bool = False) -> None:
        self.stop_progress()
        if not self.summary_lines and not force:
            return
        if not self.quiet and (force or self.verbose or self.interrupted or self.total > 1):
            self._say(self.summary())

    def interrupt(self, signum: int) -> None:
        """The run was stopped by a signal: say so once, with the summary."""
        self.interrupted = True
        self.signal = signum
        self.stop_progress()
        sys.stderr.write("zhtext: interrupted\n")

    def abort(self, reason: str) -> None:
        """The run's work could not start: one error line."""
        self.aborted = True
        self.stop_progress()
        sys.stderr.write(f"zhtext: error: {reason}\n")

    def exit_code(self) -> int:
        """The exit code of the run: 128 + the signal, else the table in EXIT_CODES."""
        if self.interrupted:
            return 128 + self.signal
        if self.failed or self.aborted:
            return EXIT_FAILED
        if self.changed and (self.check or self.in_place):
            return EXIT_CHANGED
        return EXIT_OK
