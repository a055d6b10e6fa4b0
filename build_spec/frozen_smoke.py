"""Smoke-test the frozen build in dist/AuditReady (made by build_spec/auditready.spec).

Proves that the bundled resources (standards, fonts, sample evidence files,
translations) are found by the one path helper in a frozen program:

1. ``auditready-cli catalog --format json`` lists the three standards;
2. ``auditready-cli sample`` and ``report`` produce a Chinese PDF and an XLSX;
3. ``auditready-cli import-folder`` reads a Word file, a workbook and a PDF
   (python-docx with lxml, openpyxl and pypdf are bundled) and proposes items;
4. ``auditready`` (the GUI) starts offscreen on a project, shows its main
   window and quits by itself (``AUDITREADY_SMOKE=1``).

Usage: ``python build_spec/frozen_smoke.py [DIST_FOLDER]``; exit code 0 when all pass.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _exe(dist: Path, name: str) -> str:
    suffix = ".exe" if sys.platform == "win32" else ""
    return str(dist / f"{name}{suffix}")


_WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>'),
    "word/document.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_WORD}"><w:body>'
        '<w:p><w:r><w:t>管理评审报告</w:t></w:r></w:p></w:body></w:document>'),
}


def _folder(tmp: Path) -> Path:
    """A small existing folder: the sample workbook and PDF, and a minimal Word file."""
    folder = tmp / "体系文件"
    folder.mkdir()
    for sample in (ROOT / "resources" / "samples").iterdir():
        shutil.copyfile(sample, folder / sample.name)
    with zipfile.ZipFile(folder / "新建 Microsoft Word 文档.docx", "w") as archive:
        for name, text in _DOCX_PARTS.items():
            archive.writestr(name, text)
    return folder


def check_import_folder(cli: list[str], project: Path, tmp: Path, env: dict[str, str]) -> None:
    """``import-folder`` reads the three formats and proposes items for them."""
    out = subprocess.run([*cli, "import-folder", str(project), str(_folder(tmp)), "--format",
                          "json"], env=env, capture_output=True, text=True, check=True).stdout
    files = {f["path"]: f for f in json.loads(out)["files"]}
    word = files["新建 Microsoft Word 文档.docx"]
    assert word["proposals"] and "note" not in word, word
    assert word["proposals"][0]["clause"].startswith("9.3"), word
    assert files["环境因素识别评价表.xlsx"]["proposals"], files
    assert "note" not in files["管理方针-QEHS-policy.pdf"], files


def main(argv: list[str]) -> int:
    dist = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / "AuditReady"
    cli, gui = _exe(dist, "auditready-cli"), _exe(dist, "auditready")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AUDITREADY_NO_DIALOGS="1",
                   XDG_DATA_HOME=str(tmp / "data"), XDG_CONFIG_HOME=str(tmp / "config"),
                   XDG_CACHE_HOME=str(tmp / "cache"))
        out = subprocess.run([cli, "catalog", "--format", "json"], env=env,
                             capture_output=True, text=True, check=True).stdout
        editions = {f'{s["code"]}:{s["edition"]}' for s in json.loads(out)}
        expected = {"ISO 9001:2015", "ISO 14001:2015", "ISO 45001:2018", "ISO 14001:2026"}
        assert expected <= editions, editions
        project = tmp / "s.auditready"
        subprocess.run([cli, "sample", str(project)], env=env, check=True)
        subprocess.run([cli, "report", str(project), "--pdf", str(tmp / "r.pdf"),
                        "--xlsx", str(tmp / "r.xlsx"), "--lang", "zh"], env=env, check=True)
        readiness = json.loads(subprocess.run(
            [cli, "readiness", str(project), "--format", "json"], env=env,
            capture_output=True, text=True, check=True).stdout)
        assert len(readiness["gates"]) == 7, readiness["gates"]
        assert "CNCA-QMS-01:2025" in readiness["suspension_rule"]["source"]["en"]
        assert readiness["certificate_rules"]["source"]["zh"], readiness["certificate_rules"]
        assert (tmp / "r.pdf").stat().st_size > 10_000
        assert (tmp / "r.xlsx").stat().st_size > 5_000
        check_import_folder([cli], project, tmp, env)
        result = subprocess.run([gui, str(project)], env=dict(env, AUDITREADY_SMOKE="1"),
                                capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        assert "AuditReady" in result.stdout, result.stdout + result.stderr
    print("frozen smoke test passed:", dist)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
