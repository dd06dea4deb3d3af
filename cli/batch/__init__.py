"""The batch engine: Click-free, in layers that import one way.

``model`` (processors, results, outcomes, write modes, options) <- ``inputs``
(files, stdin, JSON Lines shards) <- ``sinks`` (the one atomic writer, stdout,
diff) <- ``documents`` (one JSON Lines line) <- ``work`` (one work unit to
outcomes) ; ``plan`` (inputs to tasks) ; ``executors`` (serial, process pool,
Dask: map a function over units, in order) ; ``report`` (counts, lines, the
exit code) <- ``run`` (the one entry point).  See ARCHITECTURE.md.
"""
