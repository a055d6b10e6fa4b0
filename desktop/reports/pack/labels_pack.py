"""Fixed texts of the evidence pack (folder names and its index PDF), in English and Chinese.

Kept apart from :mod:`desktop.reports.labels` so the pack's wording can change
without touching the readiness report's. Keys name the place a text is used;
templates with named :meth:`str.format` fields are noted in the table.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from desktop.domain.model import Lang, Text

_T = Text

PACK_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "pack_title": _T("Evidence pack index", "证据包索引"),
        "pack_subject": _T(
            "Documented information and records supplied for the certification audit, "
            "arranged by standard and clause",
            "为认证审核提供的文件化信息和记录，按标准和条款编排",
        ),
        "pack_company": _T("Organization", "组织名称"),
        "pack_generated": _T("Generated", "生成时间"),
        "pack_standards": _T("Standards", "标准"),
        # Template fields: {files}, distinct evidence files; {entries}, files in
        # the zip (copies included); {size}, their total size, e.g. "4.5 MB".
        "pack_counts": _T(
            "{files} evidence files, stored as {entries} files in this pack ({size}).",
            "共 {files} 个证据文件，本证据包中存为 {entries} 个文件（{size}）。",
        ),
        "pack_layout": _T(
            "Folders follow the standards and their clauses: "
            '"<number> <standard>/<clause> <clause title>/<file>". The paths below are '
            "relative to the top of this zip file.",
            "文件夹按标准及其条款编排：“<序号> <标准>/<条款号> <条款标题>/<文件>”。"
            "下文中的路径均相对于本压缩包的根目录。",
        ),
        "pack_copies": _T(
            "A file that serves items under several clauses or standards is copied into "
            "the folder of each, so every folder is complete on its own; the pack is "
            "therefore larger than the evidence itself.",
            "同时支持多个条款或多个标准的文件会在每个相关文件夹中各放一份副本，"
            "每个文件夹都可单独查阅，因此证据包会比证据文件本身更大。",
        ),
        "pack_disclaimer": _T(
            "This pack and its index are prepared by the organization itself for a "
            "self-assessment of audit readiness; they are not a certificate and do not "
            "replace an audit by a certification body.",
            "本证据包及索引由组织自行整理，用于审核准备情况的自我评估，"
            "不是认证证书，也不能代替认证机构的审核。",
        ),
        # Template field: {folder}, the standard's folder in the zip.
        "pack_standard_folder": _T("Folder in the pack: {folder}", "证据包中的文件夹：{folder}"),
        "pack_no_items": _T("This standard has no checklist items.", "该标准没有检查项。"),
        "pack_col_clause": _T("Clause", "条款"),
        "pack_col_item": _T("Item", "检查项"),
        "pack_col_status": _T("Status", "状态"),
        "pack_col_files": _T("Evidence files and their place in the pack",
                             "证据文件及其在证据包中的位置"),
        "pack_col_file": _T("File", "文件"),
        "pack_col_details": _T("Details and place in the pack", "详细信息及在证据包中的位置"),
        "pack_no_files": _T("No evidence file attached.", "尚未附证据文件。"),
        # Template fields: {value}.
        "pack_version": _T("Version {value}", "版本 {value}"),
        "pack_approved": _T("Approved {value}", "批准日期 {value}"),
        "pack_effective": _T("Effective {value}", "生效日期 {value}"),
        "pack_sha": _T("SHA-256 {value}", "SHA-256 {value}"),
        # Template field: {date}, the first day it stopped counting.
        "pack_expired": _T("⊗ Expired (no longer counts from {date})",
                           "⊗ 已过期（自 {date} 起不再有效）"),
        "pack_superseded": _T("⊗ Expired: superseded by a newer version on {date}",
                              "⊗ 已过期：已于 {date} 被新版本替代"),
        "pack_unlinked_heading": _T("Evidence not linked to any checklist item",
                                    "未关联任何检查项的证据"),
        "pack_unlinked_note": _T(
            "These files are in the project but serve none of the items above; they are "
            "in the pack so that nothing is missing.",
            "这些文件存在于项目中，但未关联上述任何检查项；为保证完整，也一并放入证据包。",
        ),
        "pack_unlinked_empty": _T("Every evidence file serves at least one item.",
                                  "所有证据文件都至少关联了一个检查项。"),
        # Header row of manifest.csv.
        "manifest_col_path": _T("Path in the pack", "包内路径"),
        "manifest_col_name": _T("Original name", "原文件名"),
        "manifest_col_size": _T("Size (bytes)", "大小（字节）"),
        "manifest_col_sha": _T("SHA-256", "SHA-256"),
        "manifest_col_nature": _T("Nature", "性质"),
        "manifest_col_version": _T("Version", "版本"),
        "manifest_col_approved": _T("Approved on", "批准日期"),
        "manifest_col_period": _T("Period covered", "覆盖期间"),
        "manifest_col_serves": _T("Items served", "支持的检查项"),
        "pack_verify": _T(
            "To check the pack after unzipping it, run “sha256sum -c SHA256SUMS” in its top "
            "folder (Windows: “certutil -hashfile <file> SHA256” for one file). manifest.csv "
            "lists every file with its size, full SHA-256 and what it serves. Each file keeps "
            "its own date in the zip: its approval date, or else the day it was added.",
            "解压后，在顶层文件夹中运行“sha256sum -c SHA256SUMS”即可逐一核对文件"
            "（Windows 可用“certutil -hashfile <文件> SHA256”核对单个文件）。"
            "manifest.csv 列出每个文件的大小、完整 SHA-256 及其支持的检查项。"
            "压缩包内每个文件保留其自身日期：有批准日期的用批准日期，否则用添加日期。",
        ),
        "pack_missing_heading": _T("Requested but missing", "要求提供但缺少的文件"),
        "pack_missing_note": _T(
            "Mandatory documented information (to maintain or retain) with no evidence file "
            "attached; items marked not applicable are left out.",
            "尚未附任何证据文件的强制性文件化信息（需保持或保留）；已标为不适用的检查项未列入。",
        ),
        "pack_missing_empty": _T("Every mandatory item has at least one evidence file.",
                                 "每个强制性检查项都至少附有一个证据文件。"),
        # Template fields: {shown}, items with evidence; {total}, checklist items.
        "pack_items_shown": _T(
            "{shown} of {total} checklist items have evidence and are listed here; "
            "the others are not repeated.",
            "{total} 个检查项中有 {shown} 个附有证据，列于此处；其余不再逐一列出。",
        ),
        # Folder names in the zip (before sanitizing).
        "pack_unlinked_folder": _T("Not linked to any item", "未关联检查项"),
        "pack_no_clause_folder": _T("Other items", "其他检查项"),
    }
)


def pack_label(key: str, lang: Lang) -> str:
    """Return the fixed evidence-pack text ``key`` in ``lang``.

    Raises:
        KeyError: ``key`` is not in :data:`PACK_LABELS` (a programming error).
    """
    return PACK_LABELS[key].get(lang)
