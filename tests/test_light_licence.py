"""``licence-copyright``: a licence's copyright line stays, in the default ``light`` preset and
in ``extract``, while a page footer's copyright line still goes.

Session 24 (loss24) found that ``clean(text)`` removed "Copyright (c) 2024 Jane Doe. All rights
reserved." from the top of an MIT licence, and the same line over BSD and Apache texts. The
texts here are written for these tests from the licences' standard wording (no page was
copied).
"""

from __future__ import annotations

import pytest

import cleantext
from cleantext import Cleaner, Config

MIT = (
    "Copyright (c) 2024 Jane Doe. All rights reserved.\n\n"
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
    'software and associated documentation files (the "Software"), to deal in the Software '
    "without restriction.\n"
)
LICENCES = [
    MIT,
    "MIT License\n\n" + MIT,
    # BSD: the rights reserved on a line of their own, right over the grant
    "Copyright (c) 2020, The Foo Project\nAll rights reserved.\n\n"
    "Redistribution and use in source and binary forms, with or without modification, are "
    "permitted provided that the following conditions are met:\n",
    # a source file's header comment, two holders
    "/*\n * Copyright (c) 2019 Acme Corp. All rights reserved.\n"
    " * Copyright (c) 2021 Jane Doe. All rights reserved.\n *\n"
    ' * Licensed under the Apache License, Version 2.0 (the "License"); you may not use '
    "this file except in compliance with the License.\n */\n",
    # a book's imprint page: its rights notice under the copyright line
    "Copyright © 2021 by Mary Smith. All rights reserved.\n\n"
    "No part of this book may be reproduced in any form without written permission from the "
    "publisher, except for brief quotations in a review.\n",
]
STORY = (
    "The council voted on Tuesday to extend the library's opening hours into the evening, "
    "after a year of requests from students and shift workers.\n\n"
    "Members said the plan would be paid for from the reserve fund for the next two years.\n"
)


@pytest.mark.parametrize("text", LICENCES)
@pytest.mark.parametrize("preset", ["light", "extract"])
def test_a_licence_keeps_its_copyright_line(text: str, preset: str) -> None:
    out = cleantext.clean(text, preset=preset)
    grants = ("Permission", "Licensed", "Redistribution", "No part")
    assert "Copyright" in out and any(w in out for w in grants)
    if "All rights reserved" in text:
        assert "All rights reserved" in out


@pytest.mark.parametrize("preset", ["light", "extract"])
def test_a_footer_copyright_line_still_goes(preset: str) -> None:
    footer = STORY + "\n© 2024 Daily News. All rights reserved.\n"
    assert "©" not in cleantext.clean(footer, preset=preset)
    top = "Home | News | Sports\n© 2024 Daily News. All rights reserved.\n" + STORY
    assert "©" not in cleantext.clean(top, preset=preset)
    # a footer's licence line that is no licence's prose (a blog's Creative Commons note)
    cc = STORY + "\n© 2024 Jane. All rights reserved.\nThis work is licensed under CC BY 4.0.\n"
    assert "All rights reserved" not in cleantext.clean(cc, preset="light")


@pytest.mark.parametrize("preset", ["light", "extract"])
def test_switched_off_the_line_goes_again(preset: str) -> None:
    config = Config.from_dict(
        {"preset": preset, "boilerplate": {"extract_off": ["licence-copyright"]}}
    )
    assert "Copyright" not in Cleaner(config).clean(MIT)
