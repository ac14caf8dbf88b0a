"""The ``dedup-blocks`` cleaning step: later copies of repeated blocks inside one document.

:mod:`~cleantext.blocks.align` turns a text into normalised words and sentence windows;
:mod:`~cleantext.blocks.repeated` finds the copies (MinHash candidates from
:mod:`cleantext.minhash`, verified on the words) and removes them as edits.
"""

from cleantext.blocks.repeated import RULE, find_repeated_blocks, run_step

__all__ = ["RULE", "find_repeated_blocks", "run_step"]
