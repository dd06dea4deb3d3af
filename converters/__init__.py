"""zhtext.converters: the pure library behind the ``zhtext`` command.

Everything here works on ``str`` and ``bytes``: no Click, no printing, no
process exit.  Public names are imported lazily so that ``import
zhtext.converters`` stays cheap; the heavy modules (dictionaries, detectors)
load on first use.

    >>> from zhtext.converters import Converter
    >>> Converter("s2t").convert("汉字")
    '漢字'
"""

from __future__ import annotations

from .lazy import lazy_exports

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "Converter": "opencc",
    "list_configs": "opencc",
    "CONFIGS": "opencc",
    "ZhtextError": "errors",
    "UnknownConfigError": "errors",
    "DictionaryError": "errors",
    "DecodeError": "errors",
    "BinaryInputError": "errors",
    "Detection": "encoding",
    "detect_encoding": "encoding",
    "decode": "encoding",
    "detect_mojibake": "mojibake",
    "repair": "mojibake",
    "Mojibake": "mojibake",
    "RepairResult": "mojibake",
    "normalize": "whitespace",
    "Normalizer": "whitespace",
    "profile_for_path": "whitespace",
    "Article": "pages",
    "strip_boilerplate": "pages",
    "split": "markup",
    "apply_rule": "markup",
    "convert_prose": "markup",
    "markup_for_path": "markup",
    "Protect": "markup",
    "Typesetter": "typeset",
    "TypesetOptions": "typeset",
    "declare_utf8": "declarations",
    "find_declarations": "declarations",
    "DeclarationError": "declarations",
}

__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS, ("__version__",))
