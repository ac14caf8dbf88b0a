"""A forum thread's posts are its content (issue 14: pages that are not news).

``extract._comment_thread`` finds a comment thread after the page's first paragraph by its
repeated bylines and reply buttons, and ``extract-comments`` removes it: under a news story
or a blog post the comments are not the article. On a forum the first post looks like the
replies to it: a reply button ("Reply", "Antworten", "Répondre") follows it before the
thread starts, as one follows each reply. There the thread is the page's content: the posts
are kept, from the first paragraph to the last reply's body (the last line before the last
reply button that is no UI line), and the lines after it go as the page's tail.

An article is not followed by a reply button of its own (its comments are): "Leave a Reply"
or "Reply to this story" are no reply buttons (a reply button is a whole line of the data
file's ``[comments] replies``), so a news story still loses its comments.

>>> keys = ["menu", "first post", "reply", "ann", "a reply", "reply", "footer"]
>>> kinds = ["short", "good", "ui", "short", "good", "ui", "short"]
>>> no = lambda i: False
>>> posts_span(keys, kinds, (1, 3), frozenset({"reply"}), no)
Posts(first=1, reply=2, end=4)
>>> posts_span(keys[:2] + keys[3:], kinds[:2] + kinds[3:], (1, 2), frozenset({"reply"}), no)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from cleantext.rules import Rule, register

__all__ = ["POST_HEADER", "Posts", "post_headers", "posts_span", "why_posts"]

_EXAMPLE = (
    "I have a small media server at home, and every few hours it drops off the network until "
    "I pull the power cable and plug it in again. Has anyone seen this before?",
    "This is almost certainly the power management of the Wi-Fi driver, which lets the chip "
    "sleep when there is no traffic; turn it off and see whether the drops stop.",
    "Thanks, that was it: the server has now been online for a whole day without a single "
    "drop, which it has never managed before.",
)
POST_HEADER = register(
    Rule(
        "extract-post-header",
        "boilerplate",
        "extract preset: remove the buttons and header between the posts of a forum thread "
        "kept as the main content (reply button, the poster's name and rank, the date).",
        preset="extract",
        examples=(
            (
                f"Forums\nMembers\nLog in\n\n{_EXAMPLE[0]}\n\nReply\nReport\ndave\nMember\n"
                f"March 12, 2024 at 10:12 am\n\n{_EXAMPLE[1]}\n\nReply\nReport\nkestrel\n"
                f"Member\nMarch 13, 2024 at 9:30 am\n\n{_EXAMPLE[2]}\n\nReply\nReport\n"
                "Terms and rules\nPrivacy policy",
                "\n\n".join(_EXAMPLE),
            ),
        ),
    )
)

#: the lines after the thread's last reply button in which no post's header may come
TRAIL = 8
#: the kinds of line that are no post's body (``extract.classify_lines``)
_NO_BODY = frozenset({"empty", "ui"})
#: the kinds of line that are a post's body, never its header
_BODY = frozenset({"good", "medium"})


class Posts(NamedTuple):
    """A forum thread kept as the content: its first paragraph, the reply button after the
    first post and the last line of the last post's body (indices of the page's lines)."""

    first: int
    reply: int
    end: int


def posts_span(
    keys: Sequence[str],
    kinds: Sequence[str],
    span: tuple[int, int],
    replies: frozenset[str],
    byline: Callable[[int], bool],
) -> Posts | None:
    """The lines of a forum thread's posts, from ``first``, the page's first paragraph, to
    the last line of the last post's body (``span``: ``first`` and ``start``, the start of
    the comment thread after it); ``None`` unless a reply button (a key of ``replies``) lies
    between ``first`` and ``start`` (the first post is then one of the thread's posts) and
    the last reply button follows the last post's body: no byline (``byline(i)``: line ``i``
    is one) comes in the ``TRAIL`` lines after it. Where each comment's reply button comes
    above its header, the thread ends with a body, and the button before the thread is the
    first comment's, not the article's."""
    first, start = span
    reply = next((i for i in range(first + 1, start) if keys[i] in replies), None)
    if reply is None:
        return None
    last = max((i for i in range(start, len(keys)) if keys[i] in replies), default=-1)
    if last < 0 or any(byline(i) for i in range(last + 1, min(last + 1 + TRAIL, len(keys)))):
        return None
    end = last - 1
    while end > start and kinds[end] in _NO_BODY:
        end -= 1
    return Posts(first, reply, end) if end > start else None


def why_posts(posts: Posts, reply: str) -> str:
    """The note on a thread kept as the content (``reply``: the text of the first post's
    reply button; lines counted from 1)."""
    return (
        f"the main content is a forum thread: its first post at line {posts.first + 1} is "
        f"followed by a reply button ({reply.strip()[:20]!r}, line {posts.reply + 1}) like "
        f"the posts after it, so the posts to line {posts.end + 1} are kept"
    )


def post_headers(
    keys: Sequence[str],
    kinds: Sequence[str],
    posts: Posts,
    replies: frozenset[str],
    byline: Callable[[int], bool],
) -> list[tuple[int, int]]:
    """The runs of lines between the posts: from a reply button to the next post's byline
    (``byline(i)``: line ``i`` is one), and the lines without a letter under it ("#2"),
    when no line of a post's body (a paragraph or a sentence) lies between them."""
    out: list[tuple[int, int]] = []
    for r in range(posts.reply, posts.end):
        if keys[r] not in replies or (out and r <= out[-1][1]):
            continue
        j = next((k for k in range(r + 1, posts.end) if kinds[k] in _BODY or byline(k)), None)
        if j is None or kinds[j] in _BODY:
            continue
        while j + 1 < posts.end and (kinds[j + 1] == "empty" or not _has_letter(keys[j + 1])):
            j += 1
        out.append((r, j))
    return out


def _has_letter(key: str) -> bool:
    """The line has a letter ("#2", "0" have none)."""
    return any(c.isalpha() for c in key)
