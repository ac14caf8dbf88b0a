"""A forum thread's posts are its content (issue 14: pages that are not news).

``extract._comment_thread`` finds a comment thread after the page's first paragraph by its
repeated bylines and reply buttons, and ``extract-comments`` removes it: under a news story
or a blog post the comments are not the article. On a forum the first post looks like the
replies to it: a reply button ("Reply", "Antworten", "Répondre") follows it before the
thread starts, as one follows each reply. There the thread is the page's content: the posts
are kept, from the first paragraph to the last reply's body (the last line before the last
reply button that is no UI line), and the lines after it go as the page's tail.

When the main content found is an answer (it scores higher than the question), the question
is the thread's first post (``_asked``): the thread's first paragraph, followed by its own
reply button before the answer, with no byline or comment heading between them.

An article is not followed by a reply button of its own (its comments are): "Leave a Reply"
or "Reply to this story" are no reply buttons (a reply button is a whole line of the data
file's ``[comments] replies``), so a news story still loses its comments.

>>> keys = ["menu", "first post", "reply", "ann", "a reply", "reply", "footer"]
>>> kinds = ["short", "good", "ui", "short", "good", "ui", "short"]
>>> no = lambda i: False
>>> posts_span(keys, kinds, (1, 3), frozenset({"reply"}), no)
Posts(first=1, reply=2, end=4, inside=False)
>>> posts_span(keys[:2] + keys[3:], kinds[:2] + kinds[3:], (1, 2), frozenset({"reply"}), no)
Posts(first=2, reply=-1, end=3, inside=True)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from cleantext.rules import Rule, register

__all__ = [
    "POST_HEADER",
    "Posts",
    "answered",
    "paired_buttons",
    "post_headers",
    "posts_span",
    "thread_end",
    "why_posts",
]

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

#: the lines after the thread's last reply button in which no post may start
TRAIL = 8
#: the lines under a post's byline in which its body starts
HEADER = 3
#: the kinds of line that are no post's body (``extract.classify_lines``)
_NO_BODY = frozenset({"empty", "ui"})
#: the kinds of line that are a post's body, never its header
_BODY = frozenset({"good", "medium"})


class Posts(NamedTuple):
    """A thread of posts kept as the content: the first line of its first post, the reply
    button after the first post and the last line of the last post's body (indices of the
    page's lines). ``inside``: the thread starts above the main content found, which is to
    be its first post (a question under its title and dates); ``first`` is then the
    thread's start and ``reply`` is -1 (``answered`` finds both)."""

    first: int
    reply: int
    end: int
    inside: bool = False


def posts_span(
    keys: Sequence[str],
    kinds: Sequence[str],
    span: tuple[int, int],
    replies: frozenset[str],
    byline: Callable[[int], bool],
    profiled: bool = False,
) -> Posts | None:
    """The lines of a thread's posts (``span``: the page's first paragraph and ``start``,
    the start of the comment thread found after it): from the first paragraph, if a reply
    button (a key of ``replies``) lies between it and ``start`` (the first post is one of
    the thread's posts), else from ``start`` (``inside``), to the last line of the last
    post's body; ``None`` if the thread ends with a post after its last reply button
    (``thread_end``). With ``profiled``, the first post's reply button may come after
    ``start``, when the thread starts with that post's own profile (``_profile_reply``) and
    no comment heading lies between the first paragraph and ``start`` (there the thread is
    the article's comments)."""
    first, start = span
    end = thread_end(keys, kinds, start, replies, byline)
    if end is None:
        return None
    reply = next((i for i in range(first + 1, start) if keys[i] in replies), None)
    if reply is None and profiled and "stop" not in kinds[first:start]:
        reply = _profile_reply(keys, kinds, (start, end), replies)
    return Posts(start, -1, end, inside=True) if reply is None else Posts(first, reply, end)


def _profile_reply(
    keys: Sequence[str], kinds: Sequence[str], span: tuple[int, int], replies: frozenset[str]
) -> int | None:
    """The first post's reply button when the thread found starts with that post's own
    profile (``profiled-posts``): a forum that shows each poster's profile under the post
    ("moorbirke" / "Beiträge: 3" / "Registriert: ..."), then a button ("Nach oben", "Top"),
    has the thread's first byline after the first post's body and before its button. The
    first reply button (a key of ``replies``) in ``span`` (the thread's start and end) with
    no post body (``_BODY``) before it there, and none right after it (a comment's button
    between its header and its body is the comment's); else ``None``."""
    start, end = span
    for i in range(start, end):
        if kinds[i] in _BODY:
            return None
        if keys[i] in replies:
            nxt = next((k for k in kinds[i + 1 : i + 1 + HEADER] if k != "empty"), "")
            return None if nxt in _BODY else i
    return None


def thread_end(
    keys: Sequence[str],
    kinds: Sequence[str],
    start: int,
    replies: frozenset[str],
    byline: Callable[[int], bool],
) -> int | None:
    """The last line of the body of the last post of the thread from ``start``: the last
    line before its last reply button that is no UI line; ``None`` if there is no reply
    button, or a post (a byline, ``byline(i)``: line ``i`` is one, with a paragraph in the
    ``HEADER`` lines under it) comes in the ``TRAIL`` lines after it: where each comment's
    reply button comes above its header, the thread ends with a post, and the button before
    the thread is the first comment's, not the article's."""
    n = len(keys)
    last = max((i for i in range(start, n) if keys[i] in replies), default=-1)
    if last < 0:
        return None
    for i in range(last + 1, min(last + 1 + TRAIL, n)):
        if byline(i) and "good" in kinds[i + 1 : i + 1 + HEADER]:
            return None
    end = last - 1
    while end > start and kinds[end] in _NO_BODY:
        end -= 1
    return end if end > start else None


def answered(
    keys: Sequence[str],
    kinds: Sequence[str],
    posts: Posts,
    span: tuple[int, int],
    replies: frozenset[str],
    byline: Callable[[int], bool],
) -> Posts | None:
    """The thread of ``inside`` posts whose first post is ``span`` (the main content found):
    ``span`` lies inside the thread, before its end, with no reply button between the
    thread's start and it, and one after it with no byline (``byline(i)``: line ``i`` is
    one) or comment heading in ``span`` or after it before the button (the question's own
    button, not a comment's); else ``None``."""
    if not posts.first < span[0] <= span[1] <= posts.end:
        return None
    if any(keys[i] in replies for i in range(posts.first, span[0])):
        return _asked(keys, kinds, posts, span, replies, byline)
    reply = next((i for i in range(span[1] + 1, posts.end) if keys[i] in replies), None)
    if reply is None:
        return None
    if any(kinds[i] == "stop" or byline(i) for i in range(span[0], reply)):
        return None
    return Posts(span[0], reply, posts.end)


def _asked(
    keys: Sequence[str],
    kinds: Sequence[str],
    posts: Posts,
    span: tuple[int, int],
    replies: frozenset[str],
    byline: Callable[[int], bool],
) -> Posts | None:
    """The thread of ``inside`` posts when ``span`` (the main content found) is an answer:
    the question is the thread's first paragraph, with its own reply button after it and no
    byline or comment heading between them, the button before ``span``; else ``None``."""
    first = next((i for i in range(posts.first, span[0]) if kinds[i] in _BODY), None)
    if first is None:
        return None
    reply = next((i for i in range(first + 1, span[0]) if keys[i] in replies), None)
    if reply is None or any(kinds[i] == "stop" or byline(i) for i in range(first, reply)):
        return None
    return Posts(first, reply, max(posts.end, span[1]))


def paired_buttons(
    keys: Sequence[str], pairs: frozenset[tuple[str, str]], seconds: frozenset[str]
) -> dict[int, str]:
    """``paired-buttons``: the lines whose key (``keys``: the page's normalised lines, blank
    lines "") is the second button of a pair (``pairs``, their second keys ``seconds``) right
    after the first one (blank lines between), each with the pair joined as its key: a Q&A
    site's "Share" then "Follow" under each post is one reply button. Told without a Python
    step per line when no key is a pair's second.

    >>> pairs = frozenset({("share", "follow")})
    >>> paired_buttons(["share", "", "follow", "follow"], pairs, frozenset({"follow"}))
    {2: 'share follow'}
    >>> paired_buttons(["share", "follow us"], pairs, frozenset({"follow"}))
    {}
    """
    if seconds.isdisjoint(keys):
        return {}
    out: dict[int, str] = {}
    before = ""
    for i, key in enumerate(keys):
        if not key:
            continue
        if (before, key) in pairs:
            out[i] = f"{before} {key}"
        before = key
    return out


def why_posts(posts: Posts, reply: str) -> str:
    """The note on a thread kept as the content (``reply``: the text of the first post's
    reply button; lines counted from 1)."""
    return (
        f"the main content is a thread of posts (a forum, questions and answers): its first "
        f"post at line {posts.first + 1} is followed by a reply button "
        f"({reply.strip()[:24]!r}, line {posts.reply + 1}) like the posts after it, so the "
        f"posts to line {posts.end + 1} are kept"
    )


def post_headers(
    keys: Sequence[str],
    kinds: Sequence[str],
    posts: Posts,
    replies: frozenset[str],
    byline: Callable[[int], bool],
) -> list[tuple[int, int]]:
    """The runs of lines between the posts' bodies (paragraphs and sentences) that hold a
    reply button or a byline (``byline(i)``: line ``i`` is one): the buttons, the poster's
    name, rank and date, "#2", "3 Answers", a comment's signature."""
    out: list[tuple[int, int]] = []
    run: list[int] = []
    for k in range(posts.first, posts.end + 1):
        if kinds[k] not in _BODY:
            run.append(k)
            continue
        if any(keys[i] in replies or byline(i) for i in run):
            out.append((run[0], run[-1]))
        run = []
    return out
