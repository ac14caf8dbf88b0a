"""``python -m cleantext``: the same command line as ``cleantext``."""

import sys

from cleantext.cli import main

if __name__ == "__main__":
    sys.exit(main())
