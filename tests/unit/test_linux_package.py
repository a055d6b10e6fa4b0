"""The .deb builder's rules: what ldd output means, what is left out, how Depends reads."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def linux() -> ModuleType:
    spec = importlib.util.spec_from_file_location("linux_build", ROOT / "build_spec" / "linux.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ldd_output_maps_names_to_paths_or_not_found(linux: ModuleType) -> None:
    output = (
        "\tlinux-vdso.so.1 (0x00007ffc)\n"
        "\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f)\n"
        "\tlibgtk-3.so.0 => not found\n"
        "\t/lib64/ld-linux-x86-64.so.2 (0x00007f)\n"
    )
    assert linux.parse_ldd(output) == {
        "libxcb-icccm.so.4": "/lib/x86_64-linux-gnu/libxcb-icccm.so.4",
        "libgtk-3.so.0": None,
    }


@pytest.mark.parametrize(("path", "left_out"), [
    ("_internal/PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("_internal/PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
    ("_internal/PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("_internal/PySide6/Qt/lib/libQt6WaylandClient.so.6", True),
    ("_internal/PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("_internal/PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
    ("auditready", False),
])
def test_wayland_and_gtk_plugins_are_left_out(linux: ModuleType, path: str,
                                              left_out: bool) -> None:
    assert linux._left_out(path) is left_out


def test_depends_names_glibc_minimum_and_time64_alternatives(linux: ModuleType) -> None:
    field = linux.depends_field({"libxcb1", "libc6", "libglib2.0-0t64", "zlib1g"}, 36)
    assert field == ("libc6 (>= 2.36), libglib2.0-0t64, libxcb1 | libxcb1t64, zlib1g")


def test_glibc_minimum_is_the_newest_symbol_version(linux: ModuleType, tmp_path: Path) -> None:
    lib = tmp_path / "libx.so"
    lib.write_bytes(b"\x7fELF...GLIBC_2.2.5\0GLIBC_2.34\0GLIBC_2.17\0GLIBC_PRIVATE\0")
    assert linux.glibc_minor([lib]) == 34
    assert linux.elf_files(tmp_path) == [lib]
