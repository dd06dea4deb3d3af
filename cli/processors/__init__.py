"""The processors of the commands that write text: Click-free, picklable, one module each.

Each is a :class:`zhtext.cli.batch.model.Processor` with plain attributes,
so worker processes and Dask workers unpickle it without importing Click or
a command module.  The work itself is the library's (:mod:`zhtext.converters`).
"""
