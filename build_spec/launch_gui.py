"""Entry script of the frozen GUI program (``auditready``).

No garbage collection runs while the program's modules load (they are tens of
thousands of objects that live as long as the program; collecting among them
costs about 30 ms of a start): :func:`desktop.ui.shell.app.main` freezes what
the imports built and turns collection back on.
"""

import gc
import sys

gc.disable()

from desktop.ui.shell.app import main  # noqa: E402 (after turning collection off)

if __name__ == "__main__":
    sys.exit(main())
