"""``python -m newsclean``: the same command as the ``newsclean`` console script."""

import sys

from newsclean.cli import main

sys.exit(main())
