"""Data files: patterns, word lists, abbreviations."""
