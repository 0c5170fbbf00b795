"""chronicler: a dated, sourced record of who did what to whom, when and where, from raw news reports."""

__version__ = "0.1.0"
