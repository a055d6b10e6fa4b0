"""``auditready-cli``: headless entry points for scripts, CI and batch exports.

Commands::

    auditready-cli catalog [--format json|text]
    auditready-cli sample PATH
    auditready-cli report PROJECT [--pdf OUT.pdf] [--summary-pdf OUT.pdf]
                          [--evidence-pack OUT.zip] [--xlsx OUT.xlsx]
                          [--matrix-pdf OUT.pdf] [--matrix-view STANDARD]
                          [--lang zh|en] [--paper a4|letter]
    auditready-cli readiness PROJECT [--format json|text] [--date YYYY-MM-DD]
    auditready-cli import-checklist PROJECT XLSX [--name NAME]
    auditready-cli import-workbook PROJECT XLSX [--apply] [--format json|text]
    auditready-cli import-folder PROJECT DIR [--apply] [--min-confidence N] [--format json|text]
    auditready-cli apply-template PROJECT TEMPLATE [--name NAME]
    auditready-cli backup PROJECT [--out PATH]
    auditready-cli backups PROJECT [--format json|text]
    auditready-cli restore-backup PROJECT BACKUP_ID OUT
    auditready-cli verify PROJECT [--format json|text]
    auditready-cli repair PROJECT OUT
    auditready-cli audit-time --persons N --systems qms,ems,ohs [options]
    auditready-cli export-departments PROJECT OUTDIR [--department NAME] [--lang zh|en]
    auditready-cli review-pack PROJECT --review ID --out FILE [--lang zh|en]
    auditready-cli audit-kit PROJECT --audit ID --out DIR [--lang zh|en]

Each group of commands lives in its own module with a ``register(subparsers)``
function; :data:`COMMAND_MODULES` lists them in the order ``--help`` shows.

Exit codes: 0 success, 1 unexpected internal error, 2 a problem with the
input (message printed in the user's language), 3 bad command line.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from desktop import __version__
from desktop.cli import (
    audit_kit,
    audit_time,
    backups,
    basic,
    departments,
    imports,
    onboarding,
    readiness,
    repair,
    reports,
    review_pack,
    verify,
)
from desktop.cli import (
    profile as profile_cmd,
)
from desktop.cli.common import EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, EXIT_USER, message_lang
from desktop.errors import UserError

__all__ = ["EXIT_INTERNAL", "EXIT_OK", "EXIT_USAGE", "EXIT_USER", "main", "message_lang"]

COMMAND_MODULES = (basic, reports, readiness, imports, backups, verify, repair, audit_time,
                   departments, review_pack, audit_kit, profile_cmd,
                   onboarding)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="auditready-cli",
        description="AuditReady 审核就绪助手: ISO 9001 / 14001 / 45001 audit preparation.",
    )
    parser.add_argument("--version", action="version", version=f"AuditReady {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (see module docstring).

    A reader that closes standard output early (``auditready-cli catalog |
    head -5``) ends the command quietly with exit code 0.
    """
    try:
        code = _run(argv)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK


def _run(argv: Sequence[str] | None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_OK if exc.code == 0 else EXIT_USAGE
    try:
        code: int = args.func(args)
        return code
    except UserError as exc:
        print(f"auditready-cli: {exc.text(message_lang())}", file=sys.stderr)
        return EXIT_USER
    except BrokenPipeError:
        raise  # handled in main(): the reader is gone, nothing went wrong
    except Exception:  # the crash channel: report, never a bare traceback
        print("auditready-cli: internal error, please report it with the details below.",
              file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
        return EXIT_INTERNAL


def _silence_stdout() -> None:
    """Point standard output at the null device so the final flush cannot fail again.

    Python flushes ``sys.stdout`` once more at exit; with the reader gone that
    would print "Exception ignored ... BrokenPipeError" and exit with 120.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file behind stdout (embedded, tests)
        pass


if __name__ == "__main__":
    sys.exit(main())
