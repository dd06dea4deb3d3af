"""zhtext's tests, in folders that mirror the packages.

``tests/cli/`` one file per command (``test_convert.py``, ``test_strip.py``, ...)
and the command-line behaviour shared by all (``test_outputs.py``,
``test_walk.py``, ``test_config.py``, the pre-commit hooks); ``tests/cli/batch/``
the batch engine; ``tests/converters/`` the library, with ``opencc/``,
``markup/`` and ``pages/`` for its subpackages; project-wide tests (architecture,
docs, packaging, security, properties of every entry point) at the top.  A file
is ``test_<subject>.py``, the subject being the command, module or concern; the
folder says which package.  Data folders sit beside the tests that read them.

Every folder is a package, so modules import each other and the helpers as
``tests.conftest``, ``tests.cli_processors`` (pytest puts the project root on
``sys.path``; child processes and Dask workers inherit it).
"""
