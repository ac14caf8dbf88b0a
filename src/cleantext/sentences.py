"""Where a sentence ends: the package's one set of sentence ends and its named views.

Every module that asks whether a character or a line ends a sentence takes the set from
here, never from a copy of its own. The characters are the data file ``sentences.toml``
(:func:`cleantext.data.sentences_table`), which says for each view who reads it and why it
is narrower:

* ``ENDS``: the one set, as a frozenset (a line's last character is looked up in it), and
  ``END_TUPLE``, the same for ``str.endswith``;
* ``TERMINAL``: ``ENDS`` and the clause ends ``CLAUSE_ENDS`` (':' and ';', and the full-width '：'
  and '；' of Chinese and Japanese): a line in "terminal"
  punctuation ends a sentence or announces what follows it;
* ``CLOSING``: the closing quotes and brackets that may follow a sentence's end ("“Yes.”",
  "「ない。」") and are looked past;
* ``LINE_END``, ``INNER_END`` and ``SENTENCE_END``: patterns of a sentence's end (then
  closing marks) at the line's end, inside the line before the next sentence's capital
  (maybe after an opening quote or bracket), and either. A capital letter marks the next
  sentence only in a script with case: in the others only a sentence's end at the line's
  end is found;
* the named views, narrower on purpose: ``SPACED_ENDS`` and ``SPACED_CLOSING`` (the Latin
  ends and closing marks, that a space follows: the block rules and the capitaliser),
  ``FULL_WIDTH_ENDS`` (Chinese and Japanese ends that need no space after them),
  ``STATEMENT_ENDS`` (not a headline's question mark), ``LABEL_ENDS`` (not a label's
  ellipsis; a quoted sentence's quotes), ``COUNTED_ENDS`` (the sentences counted in a
  page script's strings) and ``FULL_STOPS`` (a paragraph's full stops, as a tuple).

>>> sorted(TERMINAL - ENDS)
[':', ';', '：', '；']
>>> LINE_END.search("He came back.”") is not None, INNER_END.search("Fares rise. The end")[0]
(True, '. T')
>>> len(SENTENCE_END.findall("Fares rise in May. The operator blames fuel.")), "।" in ENDS
(2, True)
>>> SPACED_ENDS, SPACED_CLOSING, FULL_WIDTH_ENDS
('.!?…', '"\\'”’»)]', '。！？')
"""

from __future__ import annotations

import regex

from cleantext.data import clause_ends, sentence_ends, sentences_table

__all__ = [
    "CLAUSE_ENDS",
    "CLOSING",
    "COUNTED_ENDS",
    "ENDS",
    "END_TUPLE",
    "FULL_STOPS",
    "FULL_WIDTH_ENDS",
    "INNER_END",
    "LABEL_ENDS",
    "LINE_END",
    "SENTENCE_END",
    "SPACED_CLOSING",
    "SPACED_ENDS",
    "STATEMENT_ENDS",
    "TERMINAL",
]

_TABLE = sentences_table()

#: the one set of sentence ends (the data file's ``ends``)
ENDS = frozenset(sentence_ends())
#: the one set as a tuple, for ``str.endswith``
END_TUPLE = tuple(sentence_ends())
#: the ends of a clause that announce what follows (':' and ';')
CLAUSE_ENDS = clause_ends()
#: a sentence's or a clause's end: a line's "terminal" punctuation
TERMINAL = ENDS | frozenset(CLAUSE_ENDS)
#: the closing quotes and brackets after a sentence's end, with those of Chinese and
#: Japanese (a paragraph that is a quote, 「……。」, ends in a full stop too)
CLOSING = "".join(_TABLE["closing"])

#: the ends that a space follows before the next sentence (the Latin ones): wrapped text
SPACED_ENDS = "".join(_TABLE["spaced_ends"])
#: the closing marks after them (those of ``CLOSING`` that Latin text uses)
SPACED_CLOSING = "".join(_TABLE["spaced_closing"])
#: the Chinese and Japanese ends, which need no space after them
FULL_WIDTH_ENDS = "".join(_TABLE["full_width_ends"])
#: a statement's ends: a headline ends without them, or with a question mark
STATEMENT_ENDS = frozenset(_TABLE["statement_ends"])
#: a sentence's last character that a label's never is (not "…": "Read more…" is a label)
LABEL_ENDS = frozenset(_TABLE["label_ends"])
#: the marks counted as sentences in a page script's strings (not the ellipsis of a teaser)
COUNTED_ENDS = "".join(_TABLE["counted_ends"])
#: the full stops a paragraph ends in (not a title's question or exclamation mark)
FULL_STOPS = tuple(_TABLE["full_stops"])

_END = f"[{regex.escape(sentence_ends())}][{regex.escape(CLOSING)}]*"
# (before the next sentence: white space, maybe an opening quote or bracket, a capital)
_NEXT = r"\s+[\"'“‘«(]?\p{Lu}"
#: a sentence's end at the line's end (maybe before white space)
LINE_END = regex.compile(_END + r"\s*$")
#: a sentence's end inside the line, before the next sentence's capital
INNER_END = regex.compile(_END + _NEXT)
#: a sentence's end: before the next sentence's capital, or at the line's end
SENTENCE_END = regex.compile(_END + rf"(?={_NEXT}|\s*$)")
