"""Corpus dedup: near-duplicate documents across a collection (``cleantext dedup``).

``texts -> signatures -> band keys -> candidate pairs -> verified pairs -> clusters -> kept``:
:mod:`~cleantext.corpus.dedup` holds the steps, :mod:`~cleantext.corpus.cluster` the connected
components and the keep policy, :mod:`~cleantext.corpus.index` the incremental indexes ("seen
before?", in memory or in SQLite). The signatures come from :mod:`cleantext.minhash`.
"""
