"""A learned event-type component: a linear model over parse and WordNet features, trained only on our own
sentences (``eval/train_event_types.py``), that types predicates the trigger lexicon and its WordNet loans leave
untyped or type only through a loan (``learned/act.py``)."""
