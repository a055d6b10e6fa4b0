"""Entry script of the frozen command-line program (``auditready-cli``)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
