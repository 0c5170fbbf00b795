"""Events: who did what to whom, when and where, and whether it happened (the ``events`` stage)."""
