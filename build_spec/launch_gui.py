"""Entry script of the frozen GUI program (``auditready``)."""

import sys

from desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
