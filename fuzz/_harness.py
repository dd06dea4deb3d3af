"""Shared driver of the fuzzing scripts: atheris when installed, else hypothesis.

Each script defines ``one_input(data: bytes)`` (which raises only on a bug)
and calls :func:`main`.  With atheris (coverage-guided, libFuzzer flags
pass through: ``-max_total_time=600``, ``-timeout=20``, a corpus folder...)
the zhtext modules and the standard-library parsers they use are
instrumented.  Without it, hypothesis feeds random and mutated bytes
(``--examples N``).

A crash, an exception the library does not document, or a run longer than
libFuzzer's ``-timeout`` is a finding: libFuzzer writes the input to
``crash-*``/``timeout-*`` in the current folder (run from ``fuzz/work``,
kept out of git).
"""

from __future__ import annotations

import os
import sys
import time

try:
    import atheris
except ImportError:  # pragma: no cover - depends on the machine
    atheris = None

# Instrument what the targets exercise (zhtext and the stdlib parsers under it).
INSTRUMENT = ["zhtext", "email", "html", "codecs", "encodings"]


def instrumented_imports():
    """Context manager: imports inside it are instrumented for coverage (atheris only)."""
    if atheris is not None:
        return atheris.instrument_imports(include=INSTRUMENT)
    import contextlib

    return contextlib.nullcontext()


def check_no_surprise(func, *args, allowed=(), **kwargs):
    """Call ``func``; the documented ZhtextError subclasses (and ``allowed``) are fine."""
    from zhtext.converters.errors import ZhtextError

    try:
        return func(*args, **kwargs)
    except (ZhtextError, *allowed):
        return None


def seed_inputs(folder: str) -> list[bytes]:
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seeds", folder)
    out = []
    if os.path.isdir(here):
        for name in sorted(os.listdir(here)):
            with open(os.path.join(here, name), "rb") as fh:
                out.append(fh.read())
    return out


def main(one_input, seeds: str) -> None:
    if atheris is not None and "--hypothesis" not in sys.argv:
        argv = list(sys.argv)
        corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seeds", seeds)
        # The bundled seeds are read (never written) after any corpus folder given.
        if os.path.isdir(corpus) and not any(a.startswith("-seed_inputs") for a in argv):
            files = [os.path.join(corpus, f) for f in sorted(os.listdir(corpus))]
            if files:
                argv.append("-seed_inputs=" + ",".join(files))
        atheris.Setup(argv, one_input)
        atheris.Fuzz()
        return
    _hypothesis_main(one_input, seeds)


def _hypothesis_main(one_input, seeds: str) -> None:
    import argparse

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    parser = argparse.ArgumentParser()
    parser.add_argument("--hypothesis", action="store_true")
    parser.add_argument("--examples", type=int, default=200_000)
    args, _ = parser.parse_known_args()
    base = seed_inputs(seeds) or [b""]

    def mutate(draw_seed, cuts, insert):
        s = base[draw_seed % len(base)]
        a, b = sorted(c % (len(s) + 1) for c in cuts)
        return s[:a] + insert + s[b:]

    data = st.one_of(
        st.binary(max_size=4096),
        st.builds(mutate, st.integers(0, 1 << 16), st.tuples(st.integers(0, 1 << 20), st.integers(0, 1 << 20)),
                  st.binary(max_size=256)),
    )
    count = [0]
    start = time.monotonic()

    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(data)
    def run(blob):
        count[0] += 1
        one_input(blob)

    run()
    print(f"hypothesis: {count[0]} inputs in {time.monotonic() - start:.0f}s, no failure")
