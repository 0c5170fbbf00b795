"""Corpus-level merging: events of many sentences and documents that denote one real-world event → EventCluster."""
