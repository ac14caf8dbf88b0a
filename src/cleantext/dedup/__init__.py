"""Near-duplicate detection: repeated blocks inside a document, and documents in a corpus."""
