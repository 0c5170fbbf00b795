"""The API's filter parsing: :mod:`chronicler.store.filters` (shared with the CLI's timeline), re-exported."""

from chronicler.store.filters import (MAX_FILTER_VALUES, MAX_VALUE_CHARS, QUAD_CLASSES, QUAD_OF, BadRequest, Filters,
                                      clean_values, decode_cursor, decode_key, encode_cursor, encode_key, keyset,
                                      keyset_after, parse_date, quad_class, side_condition)

__all__ = ["MAX_FILTER_VALUES", "MAX_VALUE_CHARS", "QUAD_CLASSES", "QUAD_OF", "BadRequest", "Filters", "clean_values",
           "decode_cursor", "decode_key", "encode_cursor", "encode_key", "keyset", "keyset_after", "parse_date",
           "quad_class", "side_condition"]
