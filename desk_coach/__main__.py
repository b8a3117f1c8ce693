"""`python -m desk_coach` behaves exactly like the `desk-coach` command."""

import sys

from desk_coach.cli import main

sys.exit(main())
