"""Text helpers shared by several stages (no stage of its own): the regex prefilters of ``prefilter``."""
