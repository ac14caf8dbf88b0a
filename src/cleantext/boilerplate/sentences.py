"""The sentence ends for the rules here: the names of :mod:`cleantext.sentences`, the package's
one set of sentence ends and its views (data file ``sentences.toml``), which the rules of
this folder import from this module.

>>> from cleantext import sentences
>>> ENDS is sentences.ENDS and LINE_END is sentences.LINE_END
True
"""

from __future__ import annotations

from cleantext.sentences import (
    CLOSING,
    END_TUPLE,
    ENDS,
    INNER_END,
    LINE_END,
    SENTENCE_END,
    TERMINAL,
)

__all__ = ["CLOSING", "ENDS", "END_TUPLE", "INNER_END", "LINE_END", "SENTENCE_END", "TERMINAL"]
