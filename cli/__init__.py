"""zhtext.cli: the thin Click layer over :mod:`zhtext.converters`."""
