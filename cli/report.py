"""One report per run: every input's outcome goes through it, and it alone
derives the exit code, so the summary and the exit code cannot disagree."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

EXIT_OK = 0
EXIT_CHANGED = 1
EXIT_USAGE = 2
EXIT_FAILED = 3


@dataclass
class Report:
    """Counts outcomes and prints one line per notable event on stderr."""

    check: bool = False
    in_place: bool = False
    quiet: bool = False
    verbose: bool = False
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    warned: int = 0
    started: float = field(default_factory=time.monotonic)

    def _say(self, line: str) -> None:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()

    def done(self, name: str, changed: bool) -> None:
        if changed:
            self.changed += 1
            if self.check:
                self._say(f"would change {name}") if not self.quiet else None
            elif self.in_place and not self.quiet:
                self._say(f"fixed {name}")
            elif self.verbose:
                self._say(f"wrote {name}")
        else:
            self.unchanged += 1
            if self.verbose:
                self._say(f"unchanged {name}")

    def skip(self, name: str, reason: str) -> None:
        self.skipped += 1
        if not self.quiet:
            self._say(f"zhtext: skipped {name}: {reason}")

    def fail(self, name: str, reason: str) -> None:
        self.failed += 1
        # Failures are always shown, even with -q: they decide the exit code.
        self._say(f"zhtext: error: {name}: {reason}")

    def warn(self, name: str, reason: str) -> None:
        self.warned += 1
        if not self.quiet:
            self._say(f"zhtext: warning: {name}: {reason}")

    @property
    def total(self) -> int:
        return self.changed + self.unchanged + self.skipped + self.failed

    def summary(self) -> str:
        verb = "would change" if self.check else "changed"
        seconds = time.monotonic() - self.started
        return (
            f"{self.total} file(s): {self.changed} {verb}, {self.unchanged} unchanged, "
            f"{self.skipped} skipped, {self.failed} failed in {seconds:.2f}s"
        )

    def print_summary(self, force: bool = False) -> None:
        if not self.quiet and (force or self.verbose or self.total > 1):
            self._say(self.summary())

    def exit_code(self) -> int:
        if self.failed:
            return EXIT_FAILED
        if self.changed and (self.check or self.in_place):
            return EXIT_CHANGED
        return EXIT_OK
