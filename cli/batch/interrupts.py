"""Holding Ctrl-C and SIGTERM back for a moment: while a temporary file is created (a signal
raised inside ``mkstemp`` would leave the file behind, untracked) and while worker processes
are forked (a worker must meet a signal with its own handler, not half-started with ours)."""

from __future__ import annotations

import signal
import threading


def hold_interrupts():
    """Hold Ctrl-C and SIGTERM back (they stay pending) until :func:`release_interrupts`; a
    process forked meanwhile starts with them held back too.  None off the main thread (its
    mask is not ours to change) or where signal masks do not exist."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})


def release_interrupts(held) -> None:
    """Let through what :func:`hold_interrupts` held back (a pending signal is raised now)."""
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
