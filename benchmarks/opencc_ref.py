"""OpenCC C++ 1.4.2 as a reference, kept out of the main environment.

The ``opencc`` wheel on PyPI installs a module named ``opencc``, and so does
opencc-python-reimplemented (a zhtext dependency).  The two cannot share one
environment, so the C++ reference lives in its own virtual environment,
``benchmarks/.venv-opencc`` (gitignored), and runs there as a subprocess: this
file is both the helper the benchmark scripts import (it never imports
``opencc`` itself) and the worker script the reference venv executes.

Create the venv once (needs the package index):

    python3 benchmarks/opencc_ref.py --setup

Check it:

    python3 benchmarks/opencc_ref.py --check

The reference uses ``opencc.OpenCC(config)`` with the wheel's defaults; they
include the dictionaries flagged ``may_output_tofu`` (TSCharactersExt), which
is the setting under which OpenCC passes its own 556 test cases.  (The
``opencc`` command of the wheel leaves them out unless given
``--include-tofu-risk-dictionaries``; that only matters for t2s-type
configurations, and the benchmarks use that command for start-up time only.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

OPENCC_VERSION = "1.4.2"
VENV = Path(__file__).resolve().parent / ".venv-opencc"
WORKER = Path(__file__).resolve()
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# the benchmark corpora, read from ../shared beside the repository
CORPORA = {
    "zuozhuan": SHARED / "corpora" / "zuozhuan.txt",
    "hotel_reviews": SHARED / "corpora" / "hotel_reviews.txt",
}


# --------------------------------------------------------------------------
# main-process side (never imports opencc)
# --------------------------------------------------------------------------


def _python_with_cxx_opencc() -> Path | None:
    """This Python, when its ``import opencc`` is the C++ wheel at the reference version."""
    probe = ("import opencc, sys; "
             "sys.exit(0 if hasattr(opencc, 'clib') and opencc.__version__ == %r else 1)" % OPENCC_VERSION)
    try:
        ok = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.SubprocessError):
        ok = False
    return Path(sys.executable) if ok else None


def venv_python() -> Path:
    """The reference venv's Python; without that venv, this Python if it imports the C++ wheel."""
    own = VENV / "bin" / "python"
    if own.exists():
        return own
    return _python_with_cxx_opencc() or own


def opencc_command() -> Path:
    """The ``opencc`` command line tool installed by the 1.4.2 wheel.

    In the reference venv; without it, next to this Python or its base
    installation (where the wheel put its scripts).
    """
    candidates = [VENV / "bin" / "opencc", Path(sys.executable).parent / "opencc",
                  Path(sys.base_prefix) / "bin" / "opencc"]
    return next((c for c in candidates if c.exists()), candidates[0])


def available() -> bool:
    """True when the reference venv exists and holds opencc 1.4.2."""
    if not venv_python().exists():
        return False
    try:
        return reference_version() == OPENCC_VERSION
    except (OSError, subprocess.CalledProcessError):
        return False


def missing_note() -> str:
    return (
        f"OpenCC C++ {OPENCC_VERSION} reference venv not found at {VENV}; "
        "create it with: python3 benchmarks/opencc_ref.py --setup"
    )


def create_venv(python: str = sys.executable, quiet: bool = False) -> Path:
    """Create ``benchmarks/.venv-opencc`` with ``opencc==1.4.2`` from PyPI.

    Idempotent: an existing venv is reused and the pin re-applied.
    Returns the venv's python.
    """
    if not venv_python().exists():
        subprocess.run([python, "-m", "venv", str(VENV)], check=True)
    pip = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check"]
    if quiet:
        pip.append("--quiet")
    subprocess.run(pip + [f"opencc=={OPENCC_VERSION}"], check=True)
    return venv_python()


def _worker(mode: str, payload: dict, timeout: float | None = None) -> dict:
    if not venv_python().exists():
        raise RuntimeError(missing_note())
    proc = subprocess.run(
        [str(venv_python()), str(WORKER), "--worker", mode],
        input=json.dumps(payload).encode(),
        capture_output=True,
        timeout=timeout,
        # keep the main environment's site-packages and our own dir out
        env={k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")},
        cwd=str(VENV.parent),
    )
    if proc.returncode != 0:
        raise RuntimeError(f"OpenCC reference worker failed:\n{proc.stderr.decode(errors='replace')}")
    return json.loads(proc.stdout)


def reference_version() -> str:
    return _worker("version", {})["version"]


def convert_files(jobs: list[tuple[str, str | os.PathLike, str | os.PathLike]]) -> None:
    """Convert files with OpenCC C++: ``jobs`` is ``[(config, input, output), ...]``.

    Input is read as UTF-8, output written as UTF-8 bytes, as the C++ library
    returns them.  One subprocess serves all jobs (each config loaded once).
    """
    _worker("convert", {"jobs": [[c, str(i), str(o)] for c, i, o in jobs]})


def convert_text(config: str, text: str) -> str:
    """Convert one string with OpenCC C++ (a subprocess per call: for checks, not loops)."""
    return _worker("text", {"config": config, "text": text})["text"]


def benchmark(config: str, path: str | os.PathLike, repeat: int = 3) -> dict:
    """Time ``OpenCC(config).convert(text)`` inside the reference venv.

    Only the convert call is timed; the config is loaded and warmed up first.
    Returns ``{"bytes": n, "times": [...], "best": seconds}``.
    """
    return _worker("bench", {"config": config, "path": str(path), "repeat": repeat})


# --------------------------------------------------------------------------
# worker side (runs inside the reference venv)
# --------------------------------------------------------------------------


def _run_worker(mode: str) -> None:
    import opencc  # the C++ wheel: only ever imported inside the reference venv

    payload = json.loads(sys.stdin.buffer.read() or b"{}")
    cache: dict[str, object] = {}
    # A configuration given as a file finds its dictionaries in its own folder,
    # then in the current folder: run from the wheel's data folder, so that the
    # built-in dictionaries resolve as the opencc command resolves them.
    share = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
    if share.is_dir():
        os.chdir(share)

    def get(config):
        if config not in cache:
            cache[config] = opencc.OpenCC(config)
        return cache[config]

    if mode == "version":
        out = {"version": opencc.__version__, "module": opencc.__file__}
    elif mode == "convert":
        for config, src, dst in payload["jobs"]:
            text = Path(src).read_bytes().decode("utf-8")
            Path(dst).write_bytes(get(config).convert(text).encode("utf-8"))
        out = {"ok": True}
    elif mode == "text":
        out = {"text": get(payload["config"]).convert(payload["text"])}
    elif mode == "bench":
        data = Path(payload["path"]).read_bytes()
        text = data.decode("utf-8")
        converter = get(payload["config"])
        converter.convert(text[:1000])  # warm up
        times = []
        for _ in range(payload["repeat"]):
            start = time.perf_counter()
            converter.convert(text)
            times.append(time.perf_counter() - start)
        out = {"bytes": len(data), "times": times, "best": min(times)}
    else:
        raise SystemExit(f"unknown worker mode {mode!r}")
    sys.stdout.write(json.dumps(out))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"] and len(argv) == 2:
        _run_worker(argv[1])
        return 0
    if argv == ["--setup"]:
        create_venv()
        print(f"OpenCC {reference_version()} ready in {VENV}")
        return 0
    if argv == ["--check"]:
        if available():
            print(f"OpenCC {OPENCC_VERSION} reference: {VENV}")
            return 0
        print(missing_note(), file=sys.stderr)
        return 1
    print("usage: opencc_ref.py --setup | --check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
