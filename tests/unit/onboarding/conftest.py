"""The labelled test folder, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.model import Catalog
from desktop.onboarding import ScanResult, scan_folder
from tests.onboarding_corpus import STANDARDS, build_corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[str, ...]]]:
    """(root, labels) of the realistic folder of tests/onboarding_corpus.py."""
    root = tmp_path_factory.mktemp("corpus") / "体系文件"
    return root, build_corpus(root)


@pytest.fixture(scope="session")
def corpus_scan(corpus: tuple[Path, dict[str, tuple[str, ...]]],
                catalog: Catalog) -> ScanResult:
    """The corpus scanned for the three standards."""
    return scan_folder(corpus[0], catalog, STANDARDS)
