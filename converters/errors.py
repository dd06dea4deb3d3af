"""Exceptions raised by zhtext.converters.

Every error the library raises on purpose derives from :class:`ZhtextError`,
so a caller (the CLI among them) can turn it into a one-line message.
"""

from __future__ import annotations


class ZhtextError(Exception):
    """Base class of the errors zhtext raises for bad input or bad settings."""


class UnknownConfigError(ZhtextError, ValueError):
    """A conversion configuration that is neither a known name nor an existing file."""

    def __init__(self, name: str, valid: list[str], reason: str = "unknown configuration"):
        self.name = name
        self.valid = list(valid)
        super().__init__(
            f"{reason} {name!r}; give the path of an OpenCC JSON configuration file "
            f"or one of: {', '.join(self.valid)}"
        )


class DictionaryError(ZhtextError, ValueError):
    """A user dictionary that cannot be read or parsed."""


class DecodeError(ZhtextError, ValueError):
    """Bytes that no candidate encoding decodes.

    ``offset`` is the position of the first byte that failed to decode with
    the most plausible candidate; ``tried`` lists the encodings attempted.
    """

    def __init__(self, message: str, *, offset: int | None = None, tried: tuple[str, ...] = ()):
        self.offset = offset
        self.tried = tuple(tried)
        super().__init__(message)


class SkippedInputError(ZhtextError, ValueError):
    """Input left alone on purpose: the message says why, and a batch skips
    the input with it (not a failure)."""


class BinaryInputError(SkippedInputError):
    """Input that looks binary (NUL bytes outside UTF-16/32) and is not decoded."""
