"""Where a sentence ends: the one set of sentence ends and its named variants, for the rules.

The characters are the data file's ``[sentences] ends`` (:func:`cleantext.data.sentence_ends`,
every script the rules read); the rules that look for a sentence's end take them from here
(or from that function), never from a copy of their own. The variants, each the one set
with a documented difference:

* ``ENDS``: the one set, as a frozenset (a line's last character is looked up in it);
* ``TERMINAL``: ``ENDS`` and the clause ends (``[sentences] clause_ends``, ':' and ';' and
  their full-width forms '：' and '；' of Chinese and Japanese): a
  line in "terminal" punctuation ends a sentence or announces what follows it
  (``features.is_terminal``, the ``terminal`` of each line; a line that ends in one is no
  photo credit, ``credits.py``);
* ``CLOSING``: the closing quotes and brackets that may follow a sentence's end ("“Yes.”",
  "「ない。」") and are looked past;
* ``LINE_END``, ``INNER_END`` and ``SENTENCE_END``: patterns of a sentence's end (then
  closing marks) at the line's end, inside the line before the next sentence's capital
  (maybe after an opening quote or bracket), and either (``lead.py``, ``intro.py``,
  ``ranked_headlines.py``). A capital letter marks the next sentence only in a script with
  case: in the others only a sentence's end at the line's end is found.

>>> sorted(TERMINAL - ENDS)
[':', ';', '：', '；']
>>> LINE_END.search("He came back.”") is not None, INNER_END.search("Fares rise. The end")[0]
(True, '. T')
>>> len(SENTENCE_END.findall("Fares rise in May. The operator blames fuel.")), "।" in ENDS
(2, True)
"""

from __future__ import annotations

import regex

from cleantext.data import clause_ends, sentence_ends

__all__ = ["CLOSING", "ENDS", "INNER_END", "LINE_END", "SENTENCE_END", "TERMINAL"]

#: the one set of sentence ends (the data file's ``[sentences] ends``)
ENDS = frozenset(sentence_ends())
#: a sentence's or a clause's end: a line's "terminal" punctuation
TERMINAL = ENDS | frozenset(clause_ends())
#: the closing quotes and brackets after a sentence's end, with those of Chinese and
#: Japanese (a paragraph that is a quote, 「……。」, ends in a full stop too)
CLOSING = "'\"”’»)]」』）】〕〉》＂＇"

_END = f"[{regex.escape(sentence_ends())}][{regex.escape(CLOSING)}]*"
# (before the next sentence: white space, maybe an opening quote or bracket, a capital)
_NEXT = r"\s+[\"'“‘«(]?\p{Lu}"
#: a sentence's end at the line's end (maybe before white space)
LINE_END = regex.compile(_END + r"\s*$")
#: a sentence's end inside the line, before the next sentence's capital
INNER_END = regex.compile(_END + _NEXT)
#: a sentence's end: before the next sentence's capital, or at the line's end
SENTENCE_END = regex.compile(_END + rf"(?={_NEXT}|\s*$)")
