"""Entry script of the frozen GUI program (``auditready``)."""

import sys

from desktop.ui.shell.app import main

if __name__ == "__main__":
    sys.exit(main())
