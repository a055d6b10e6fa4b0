"""README stays short and true: its test command is the one CI runs, its pictures exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_readmes_test_command_verbatim() -> None:
    section = README.split("## Run the tests", 1)[1]
    command = re.search(r"```\n(.+?)\n```", section, re.S)
    assert command is not None
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci_lines[-1] == command.group(1)
    assert "-m pytest" in command.group(1)


def test_readme_is_short_and_its_local_links_resolve() -> None:
    assert len(README.splitlines()) < 200
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert len(images) >= 2
    for image in images:
        path = ROOT / image
        assert path.is_file(), image
        assert path.stat().st_size < 300_000, image
    for target in ("docs/reference.md", "docs/reference.zh.md"):
        assert f"]({target})" in README
        assert (ROOT / target).is_file()
