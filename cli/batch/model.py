"""The job model: what a processor is, what it returns, and what became of an input.

Everything the engine passes between its layers is defined here, so every
other module of :mod:`zhtext.cli.batch` imports from this one and none of
them from each other's private parts.
"""

from __future__ import annotations

import codecs
import enum
import os
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Iterable, Iterator

from zhtext.converters.errors import SkippedInputError, ZhtextError


class UsageError(Exception):
    """A run that cannot start as asked (conflicting options); the CLI exits 2."""


class WriteError(Exception):
    """An output that could not be written; fails its input with this message."""


class WriteMode(enum.Enum):
    """What to do with each result: the one place the four write choices live."""

    STDOUT = "stdout"  # standard output, or -o FILE / -o FOLDER (see RunOptions.output)
    IN_PLACE = "in-place"  # rewrite the inputs themselves
    CHECK = "check"  # write nothing; changed inputs make exit 1
    DIFF = "diff"  # write nothing; print a unified diff
    CHECK_DIFF = "check+diff"  # both: a diff, and exit 1

    @property
    def writes(self) -> bool:
        """Whether outputs are written anywhere (stdout, -o or in place)."""
        return self in (WriteMode.STDOUT, WriteMode.IN_PLACE)

    @property
    def checks(self) -> bool:
        return self in (WriteMode.CHECK, WriteMode.CHECK_DIFF)

    @property
    def diffs(self) -> bool:
        return self in (WriteMode.DIFF, WriteMode.CHECK_DIFF)

    @classmethod
    def from_flags(cls, in_place: bool = False, check: bool = False, diff: bool = False,
                   output: str | None = None) -> "WriteMode":
        """The mode the command-line flags ask for; conflicting flags are a UsageError."""
        if in_place and output:
            raise UsageError("--in-place and -o/--output cannot be used together")
        if (check or diff) and (in_place or output):
            raise UsageError("--check and --diff write nothing: drop --in-place and -o/--output")
        if check and diff:
            return cls.CHECK_DIFF
        if check:
            return cls.CHECK
        if diff:
            return cls.DIFF
        return cls.IN_PLACE if in_place else cls.STDOUT


class Status(enum.Enum):
    """What became of one input."""

    CHANGED = "changed"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(slots=True)
class Result:
    """What a processor made of one input."""

    text: str
    warnings: list[str] = field(default_factory=list)
    original_text: str | None = None  # the decoded input, for --diff and skip_if_text_unchanged
    data: object = None  # structured findings (detect), handed to ``run``'s on_outcome
    findings: list = field(default_factory=list)  # lint.Finding per place to change (--check --format)
    encoding: str | None = None  # the input's encoding, when the output is UTF-8 (the diff header says so)


@dataclass(slots=True)
class Outcome:
    """What became of one input; built where the work ran, reported in input order."""

    display: str
    status: Status
    reason: str = ""
    warnings: tuple[str, ...] = ()
    diff: str | None = None
    stdout: bytes | None = None
    data: object = None
    findings: tuple = ()  # lint.Finding, in order (under --check)


class Processor:
    """The contract between a command and the engine.

    A subclass implements :meth:`process` (always called with the input's
    path, None for standard input and for a document of a shard) and may
    override the declared defaults below.  Instances hold plain attributes
    only: they are pickled to worker processes and Dask workers.
    """

    #: Input encoding ("auto" detects); a forced UTF-16/32 turns off binary sniffing.
    encoding: str = "auto"
    errors: str = "strict"
    #: Skip inputs with NUL bytes (no UTF-16/32 BOM) before processing them.
    sniff_binary: bool = True
    #: An input whose decoded text comes out the same counts as unchanged and is not
    #: rewritten, even if its bytes would differ (re-encoding is recode's job).
    skip_if_text_unchanged: bool = False
    #: Several inputs without -o go to standard output in input order (JSON lines).
    stdout_when_many: bool = False
    #: :meth:`stream` is implemented: large inputs are processed in blocks.
    can_stream: bool = False
    #: The output describes the input (detect): every input counts as unchanged.
    inspects: bool = False
    #: JSON Lines shards are inputs (their documents' text is processed); None: the
    #: processor makes documents of its own (strip/clean --format jsonl), shards are
    #: skipped, and this string says why.
    shards_skipped_because: str | None = None

    def process(self, data: bytes, path: Path | None) -> Result:
        raise NotImplementedError

    def stream(self, blocks: Iterable[bytes], path: Path | None) -> Iterator[bytes | Result]:
        """The output of a large input given as byte blocks, as UTF-8 pieces.

        A :class:`Result` among the pieces adds its warnings and data to the
        input's outcome (and its text to the output)."""
        raise NotImplementedError

    def output_relative(self, relative: Path) -> Path:
        """The name an input takes in a mirrored ``-o`` folder."""
        return relative

    def process_document(self, data: bytes) -> Result:
        """One document of a shard: :meth:`process` without a path.  A document is
        a string, not a file: a line break the processor adds at its end (a file's
        final newline) is taken off again when the document had none."""
        result = self.process(data, None)
        if not data.endswith((b"\n", b"\r")) and isinstance(result.text, str):
            for ending in ("\r\n", "\n", "\r"):
                if result.text.endswith(ending):
                    result.text = result.text[: -len(ending)]
                    break
        return result

    def prepare(self, batch_bytes: int) -> None:
        """Load now what processing inputs of ``batch_bytes`` bytes in all will need.

        Called once, in the main process, before worker processes are forked
        from it (which then share what it loaded instead of each building
        its own).  ``batch_bytes`` is counted up to
        :data:`BATCH_BYTES_COUNTED` at most.  By default nothing is loaded ahead."""

    def check_in_place(self, path: Path) -> None:
        """Raise UsageError if rewriting ``path`` with its result would lose what it is."""

    def failure_output(self, exc: BaseException, display: str) -> bytes | None:
        """What to write to standard output for an input that failed (detect's JSON line)."""
        return None

    def sniffs_binary(self) -> bool:
        """Whether the engine skips NUL-byte inputs before calling :meth:`process`."""
        if not self.sniff_binary:
            return False
        encoding = self.encoding
        if not isinstance(encoding, str) or encoding.lower() == "auto":
            return True
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            return True
        return not name.startswith(("utf-16", "utf-32"))


#: ``--format`` choices under ``--check`` (text: the stderr report; the others
#: print findings on standard output; see :mod:`.lint`).
LINT_FORMATS = ("text", "gcc", "json", "github")
# The size of a batch is counted (a stat a file) up to this many bytes: enough
# to tell a long batch from a short one.
BATCH_BYTES_COUNTED = 4 << 20


@dataclass(slots=True)
class RunOptions:
    """How a run reads, writes and reports (everything but the processor)."""

    mode: WriteMode = WriteMode.STDOUT
    output: str | None = None  # -o PATH (only with WriteMode.STDOUT)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    hidden: bool = False
    quiet: bool = False
    verbose: bool = False
    jobs: int | None = None  # None or 0: one per CPU
    cluster: str | None = None  # Dask scheduler address, scheduler file, "local" or "local:N"
    text_field: str = "text"  # the field of a shard's document that is processed
    strict: bool = False  # a document emptied by the processor fails its shard (else a warning)
    ignore: bool = True  # a folder walk leaves out what git and .zhtextignore files ignore
    summary: bool = True  # a summary line and a progress bar (False: a report command, detect)
    lint_format: str = "text"  # how --check prints findings: LINT_FORMATS
    command: str = ""  # the command's name: the rule of its per-file findings

    @property
    def writes(self) -> bool:
        return self.mode.writes

    @property
    def in_place(self) -> bool:
        return self.mode is WriteMode.IN_PLACE


def describe_error(exc: BaseException) -> str:
    """One line that says why an input failed."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, (ZhtextError, UnicodeError, ValueError)):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


#: Exceptions that fail one input (anything else is a bug: "internal error").
INPUT_ERRORS = (OSError, ZhtextError, UnicodeError, ValueError, RecursionError, MemoryError)


def classify_error(exc: Exception) -> tuple[Status, str]:
    """The status and reason an exception gives its input: written once for files,
    shards and documents.  KeyboardInterrupt and SystemExit are never caught."""
    if isinstance(exc, WriteError):
        return Status.FAILED, str(exc)
    if isinstance(exc, SkippedInputError):  # binary, an encoding declaration it cannot rewrite
        return Status.SKIPPED, str(exc) or "binary file"
    if isinstance(exc, INPUT_ERRORS):
        return Status.FAILED, describe_error(exc)
    return Status.FAILED, f"internal error: {type(exc).__name__}: {exc}"


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


#: Temporary files of the atomic writer end with this; a folder walk never reads them back.
TEMP_SUFFIX = ".zhtext-tmp"
