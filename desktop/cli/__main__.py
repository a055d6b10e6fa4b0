"""``python -m desktop.cli``: the same as ``auditready-cli``."""

import sys

from desktop.cli import main

sys.exit(main())
