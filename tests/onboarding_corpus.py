"""A realistic management-system folder for the folder-import tests and benchmark.

:func:`build_corpus` writes about seventy files the way a Chinese SME keeps them
before certification: a manual, procedures named by document number
(``QP-7.5-01 文件控制程序.docx``), record forms and filled records in Excel,
scanned certificates and reports as PDF, old ``.doc``/``.xls``/``.wps`` files and
photos matched by name only, English names, plain Chinese names, misleading names
(``新建 Microsoft Word 文档.docx`` holding a management review report), copies,
Office lock files, ``Thumbs.db``/``.DS_Store``, a damaged workbook and a
password-protected PDF. It returns the labels: for each file the checklist items
(of ISO 9001:2015, ISO 14001:2015, ISO 45001:2018) a consultant would attach it
to; an empty tuple for a file that belongs nowhere.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

STANDARDS = ("iso9001-2015", "iso14001-2015", "iso45001-2018")

Q, E, S = "iso9001-2015:", "iso14001-2015:", "iso45001-2018:"


@dataclass(frozen=True)
class Doc:
    """One file: ``path`` below the corpus root, its text lines (the first is the
    title) and the items it serves."""

    path: str
    lines: tuple[str, ...]
    items: tuple[str, ...]


def _d(path: str, items: tuple[str, ...], *lines: str) -> Doc:
    return Doc(path, lines, items)


DOCS: tuple[Doc, ...] = (
    # ---- 01 手册 / manual and policies
    _d("01 管理手册/QEO-M-01 质量环境职业健康安全管理手册 A1.docx",
       (Q + "7.5.1:P1", E + "4.4:P1", S + "4.4:P1"),
       "质量、环境和职业健康安全管理手册", "版本：A/1  批准日期：2025-03-01",
       "本手册描述公司一体化管理体系的范围、方针、过程及其相互关系。"),
    _d("01 管理手册/管理方针和目标.docx",
       (Q + "5.2.2:M", Q + "6.2.1:M", E + "5.2:M", S + "5.2:M"),
       "质量方针、环境方针和职业健康安全方针", "质量方针：顾客至上，持续改进。",
       "环境方针：节能降耗，预防污染。", "2026年质量目标：顾客满意度≥90%。"),
    _d("01 管理手册/QM-4.3 管理体系范围说明.pdf", (Q + "4.3:M", E + "4.3:M", S + "4.3:M"),
       "管理体系范围说明", "适用范围：精密五金件的设计、生产和服务。"),
    _d("01 管理手册/组织机构图及岗位职责.xlsx", (Q + "5.3:E", S + "5.3:M", E + "5.3:E"),
       "组织机构图及岗位职责", "部门 岗位 职责和权限", "品质部 经理 负责质量体系运行"),
    _d("01 管理手册/管理者代表任命书.pdf", (Q + "5.3:P1",),
       "管理者代表任命书", "兹任命张伟为公司管理者代表。2025年3月1日"),
    # ---- 02 程序文件 / procedures
    _d("02 程序文件/QP-7.5-01 文件控制程序.docx", (Q + "7.5.3.2:P1", Q + "7.5.3.2:E"),
       "文件控制程序", "文件编号：QP-7.5-01 版本：B/0",
       "1 目的 规范文件的编制、审批、发放和作废。"),
    _d("02 程序文件/QP-9.2-01 内部审核程序.docx", (Q + "9.2.2:P1", S + "9.2.2:P1"),
       "内部审核控制程序", "文件编号：QP-9.2-01", "每年至少进行一次覆盖全部过程的内部审核。"),
    _d("02 程序文件/QP-9.3-01 管理评审程序.docx", (Q + "9.3.1:P1", E + "9.3:P1", S + "9.3:P1"),
       "管理评审控制程序", "文件编号：QP-9.3-01", "最高管理者每年主持一次管理评审。"),
    _d("02 程序文件/QP-10.2-01 纠正预防措施控制程序.docx",
       (Q + "10.2.1:P1", E + "10.2:P1"),
       "纠正和预防措施控制程序", "对不合格进行原因分析并采取纠正措施。"),
    _d("02 程序文件/QP-8.4-01 采购控制程序.docx", (Q + "8.4.1:P1",),
       "采购控制程序", "规定合格供方的选择、评价和采购过程。"),
    _d("02 程序文件/QP-8.7-01 不合格输出控制程序.docx", (Q + "8.7.2:R", Q + "8.7.1:E"),
       "不合格输出控制程序", "规定不合格品的标识、隔离、评审和处置。"),
    _d("02 程序文件/EP-6.1.2-01 环境因素识别与评价程序.docx",
       (E + "6.1.2:M", E + "6.1.2:C1"),
       "环境因素识别与评价控制程序", "识别各部门活动、产品和服务中的环境因素。"),
    _d("02 程序文件/SP-6.1.2-01 危害因素辨识与风险评价程序.docx",
       (S + "6.1.2.2:M", S + "6.1.2.1:E", S + "6.1.2.2:E"),
       "危险源辨识、风险评价和控制措施确定程序", "采用LEC法进行风险评价。"),
    _d("02 程序文件/EHS-P-6.1.3 法律法规及其他要求控制程序.docx",
       (E + "6.1.3:M", S + "6.1.3:M"),
       "法律法规及其他要求识别控制程序", "每半年识别一次适用的法律法规。"),
    _d("02 程序文件/EHS-P-8.2 应急准备和响应控制程序.doc",
       (E + "8.2:M", S + "8.2:M"), "应急准备和响应控制程序"),
    _d("02 程序文件/SP-8.1.4-01 承包方管理程序.docx", (S + "8.1.4.2:P1", S + "8.1.4.2:E"),
       "承包方职业健康安全管理程序", "外来施工单位须签订安全协议。"),
    _d("02 程序文件/EHS-P-9.1.2 合规性评价程序.wps", (E + "9.1.2:R", S + "9.1.2:R"),
       "合规性评价程序"),
    _d("02 程序文件/Document control procedure (English).docx",
       (Q + "7.5.3.2:P1", Q + "7.5.3.2:E"),
       "Document Control Procedure", "Purpose: approval, issue and withdrawal of documents."),
    # ---- 03 作业指导书
    _d("03 作业指导书/WI-8.5-03 CNC加工作业指导书.docx", (Q + "8.5.1:M",),
       "CNC加工作业指导书", "操作步骤：1 开机检查 2 装夹工件 3 首件检验"),
    _d("03 作业指导书/焊接工艺评定报告.pdf", (Q + "8.5.1:C3",),
       "焊接工艺评定报告", "特殊过程确认：焊接参数验证。"),
    _d("03 作业指导书/叉车安全操作规程.doc", (S + "8.1.1:C1", S + "8.1.1:M"), "叉车安全操作规程"),
    # ---- 04 记录 / records (Excel)
    _d("04 记录表格/QR-7.5-01 受控文件清单.xlsx", (Q + "7.5.1:C1", Q + "7.5.1:E"),
       "受控文件清单", "文件编号 文件名称 版本 发放部门", "QP-7.5-01 文件控制程序 B/0 各部门"),
    _d("04 记录表格/QR-7.5-02 外来文件清单.xlsx", (Q + "7.5.3.2:C1",),
       "外来文件清单", "标准编号 名称 实施日期", "GB/T 19001-2016 质量管理体系 要求 2017-07-01"),
    _d("04 记录表格/EHS-R-6.1.2 环境因素清单.xlsx", (E + "6.1.2:M", E + "6.1.2:C1"),
       "环境因素识别评价表", "部门 活动 环境因素 环境影响 是否重要",
       "生产部 喷涂 VOC排放 大气污染 是"),
    _d("04 记录表格/EHS-R-6.1.2-02 危险源辨识与风险评价表.xlsx",
       (S + "6.1.2.1:E", S + "6.1.2.2:E", S + "6.1.2.1:C1"),
       "危险源辨识与风险评价表", "岗位 危险源 可能导致的事故 L E C D 风险等级",
       "冲压 机械伤害 断指 3 6 7 126 较大"),
    _d("04 记录表格/EHS-R-6.1.3 法律法规清单2026.xlsx",
       (E + "6.1.3:M", S + "6.1.3:M"),
       "适用法律法规及其他要求清单", "法规名称 发布部门 实施日期 适用条款",
       "中华人民共和国安全生产法 全国人大常委会 2021-09-01 第二十一条"),
    _d("04 记录表格/QR-8.4-01 合格供方名录.xlsx", (Q + "8.4.1:C1", Q + "8.4.1:R"),
       "合格供方名录", "供方名称 供应产品 评价日期 结论", "宁波五金 原材料 2026-01-10 合格"),
    _d("04 记录表格/QR-8.4-02 供应商年度评价表 2025.xlsx", (Q + "8.4.1:R", Q + "8.4.1:C1"),
       "供应商年度评价表", "供应商 质量 交期 服务 总分"),
    _d("04 记录表格/QR-7.1.5 监视测量设备台账.xlsx",
       (Q + "7.1.5.1:C1", Q + "7.1.5.1:R", S + "9.1.1:R"),
       "计量器具台账", "器具名称 编号 校准日期 有效期", "游标卡尺 JL-001 2025-06-01 2026-05-31"),
    _d("04 记录表格/设备台账及保养计划.xlsx", (Q + "7.1.3:E", Q + "8.5.1:C2"),
       "设备台账", "设备名称 编号 保养周期", "冲床 SB-01 每月"),
    _d("04 记录表格/QR-7.2-01 2026年度培训计划.xlsx", (Q + "7.2:C1", Q + "7.2:R"),
       "2026年度培训计划", "培训内容 对象 时间", "ISO 9001 内审员培训 内审员 2026-03"),
    _d("04 记录表格/培训签到表-消防知识.pdf", (Q + "7.2:C1", Q + "7.2:R", S + "7.2:R"),
       "培训签到表", "培训主题：消防知识 日期：2025-11-12"),
    _d("04 记录表格/特种作业人员持证台账.xlsx", (S + "7.2:C1",),
       "特种作业人员持证台账", "姓名 工种 证书编号 有效期", "李强 电工 T12345 2027-05-01"),
    _d("04 记录表格/QR-8.2-01 合同评审记录.xlsx", (Q + "8.2.3.2:R", Q + "8.2.3.2:C1"),
       "合同评审记录", "客户 订单号 交期 评审结论"),
    _d("04 记录表格/QR-8.6-03 出货检验报告.xlsx", (Q + "8.6:R", Q + "8.6:C1"),
       "出货检验报告 OQC", "产品 批号 抽样数 结论"),
    _d("04 记录表格/不合格品处置单.xls", (Q + "8.7.2:R", Q + "8.7.1:E"), "不合格品处置单"),
    _d("04 记录表格/顾客满意度调查表2025.xlsx", (Q + "9.1.2:E",),
       "顾客满意度调查表", "客户 质量 交期 服务 满意度"),
    _d("04 记录表格/劳动防护用品发放台账.xlsx", (S + "8.1.2:C1",),
       "劳保用品发放台账", "姓名 物品 数量 日期"),
    _d("04 记录表格/消防器材点检表.xlsx", (S + "8.2:C2", E + "8.2:C2"),
       "灭火器点检记录", "位置 编号 压力 检查人"),
    _d("04 记录表格/危险废物转移联单2025.pdf", (E + "8.1:C1",),
       "危险废物转移联单", "废物名称：废切削液 数量：1.2吨 2025-09-18"),
    _d("04 记录表格/化学品MSDS清单.xlsx", (E + "8.1:C2", S + "8.1.2:C2"),
       "化学品安全技术说明书清单", "名称 危险性 存放地点"),
    _d("04 记录表格/安全检查及隐患排查台账.xlsx", (S + "9.1.1:C3", E + "9.1.1:C3"),
       "安全检查记录", "日期 区域 隐患 整改措施 完成"),
    _d("04 记录表格/相关方需求和期望识别表.xlsx", (Q + "4.2:E", E + "4.2:E", S + "4.2:E"),
       "相关方需求和期望识别表", "相关方 需求和期望 应对措施"),
    _d("04 记录表格/风险和机遇评估表.xlsx", (Q + "6.1.1:E", E + "6.1.1:M", S + "6.1.1:M"),
       "风险和机遇评估表", "过程 风险 机遇 应对措施"),
    _d("04 记录表格/2026年质量目标分解及考核表.xlsx", (Q + "6.2.2:E", Q + "6.2.1:M"),
       "质量目标分解表", "部门 目标 统计方法 实际完成"),
    _d("04 记录表格/组织环境分析SWOT.docx", (Q + "4.1:E", E + "4.1:E", S + "4.1:E"),
       "组织环境分析", "内部因素：设备老化；外部因素：原材料涨价。"),
    # ---- 05 内审 / internal audit
    _d("05 内审资料/2025年内审计划.docx",
       (Q + "9.2.2:C1", Q + "9.2.2:R", E + "9.2.2:R", S + "9.2.2:R"),
       "2025年度内部审核计划", "审核日期：2025-11-20至2025-11-21", "审核范围：全部部门"),
    _d("05 内审资料/内审检查表.xlsx", (Q + "9.2.2:C1", Q + "9.2.2:R"),
       "内部审核检查表", "条款 审核内容 审核记录"),
    _d("05 内审资料/内审不符合项报告.docx",
       (Q + "9.2.2:C1", Q + "10.2.2:R", Q + "9.2.2:R", E + "10.2:R"),
       "不符合报告", "不符合描述：仓库未按规定标识。", "纠正措施：重新标识并培训。"),
    _d("05 内审资料/QR-9.2-04 内部审核报告.pdf",
       (Q + "9.2.2:R", Q + "9.2.2:C1", E + "9.2.2:R", S + "9.2.2:R"),
       "内部审核报告", "审核日期 2025-11-21 结论：体系运行有效。"),
    # ---- 06 管理评审
    _d("06 管理评审/QR-9.3-01 2026年管理评审报告.docx",
       (Q + "9.3.3:R", Q + "9.3.1:C1", E + "9.3:R", S + "9.3:R"),
       "2026年管理评审报告", "评审日期：2026-01-15", "输入：内审结果、顾客反馈、目标完成情况。"),
    _d("06 管理评审/管理评审计划.docx", (Q + "9.3.1:C1", Q + "9.3.1:E"),
       "管理评审计划", "时间：2026-01-15 参加人员：各部门负责人"),
    _d("06 管理评审/管评输入-质量目标统计.xlsx", (Q + "9.3.2:E", Q + "6.2.2:E", Q + "9.3.1:C1"),
       "管理评审输入 质量目标完成统计", "目标 实际 达成"),
    # ---- 07 环境与安全
    _d("07 EHS/环境监测报告 2025 废水废气噪声.pdf", (E + "9.1.1:C1", E + "9.1.1:R"),
       "检测报告", "检测项目：废水 COD、废气 颗粒物、厂界噪声", "检测日期：2025-08-12"),
    _d("07 EHS/职业病危害因素检测报告.pdf", (S + "9.1.1:C1",),
       "工作场所职业病危害因素检测报告", "检测日期：2025-07-03"),
    _d("07 EHS/员工职业健康体检汇总.xlsx", (S + "9.1.1:C2",),
       "职业健康检查结果汇总", "姓名 岗位 检查结论"),
    _d("07 EHS/综合应急预案.docx", (S + "8.2:M", E + "8.2:M", S + "8.2:R"),
       "生产安全事故综合应急预案", "应急组织机构及职责", "发布日期：2025-05-01"),
    _d("07 EHS/2025年消防疏散演练记录.docx", (S + "8.2:C1", S + "8.2:E", E + "8.2:C1"),
       "消防演练记录", "演练时间：2025-10-28 参加人数：120"),
    _d("07 EHS/环评批复及竣工验收.pdf", (E + "6.1.3:C1",),
       "关于年产500万件五金件项目环境影响报告表的批复", "2019-04-02"),
    _d("07 EHS/厂房消防验收意见书.jpg", (E + "6.1.3:C2", S + "6.1.3:C2"), ""),
    _d("07 EHS/EHS-R-9.1.2 2025年合规性评价报告.docx", (E + "9.1.2:R", S + "9.1.2:R"),
       "合规性评价报告", "评价日期：2025-12-10 结论：全部合规。"),
    _d("07 EHS/安全生产费用使用台账.xls", (S + "7.1:C1",), "安全生产费用台账"),
    _d("07 EHS/承包方安全协议-设备维修.pdf", (S + "8.1.4.2:C1", E + "8.1:C4", S + "8.1.4.2:E"),
       "相关方安全环保协议", "外来施工人员必须遵守厂区安全规定。"),
    _d("07 EHS/员工工伤保险缴纳证明.ofd", (S + "6.1.3:C1",), ""),
    _d("07 EHS/2026年环境目标及管理方案.docx", (E + "6.2.1:M", E + "6.2.2:E"),
       "环境目标、指标及管理方案", "目标：单位产值能耗下降5%"),
    _d("07 EHS/安全委员会会议纪要.docx", (S + "5.4:E", S + "5.4:C1"),
       "安全生产委员会会议纪要", "员工安全代表参加，协商岗位风险控制。"),
    # ---- 08 校准证书 / calibration (English names)
    _d("08 Calibration/Calibration certificate - caliper JL-001 2025.pdf",
       (Q + "7.1.5.1:R", Q + "7.1.5.1:C1", Q + "7.1.5.2:R"),
       "Calibration Certificate", "Instrument: vernier caliper 0-150 mm",
       "Date of calibration: 2025-06-01"),
    _d("08 Calibration/Pressure gauge calibration report.pdf",
       (Q + "7.1.5.1:R", Q + "7.1.5.1:C1", Q + "7.1.5.2:R"),
       "Calibration report", "Pressure gauge 0-1.6 MPa", "Result: pass"),
    _d("08 Calibration/customer complaint 8D report 2025-09.docx",
       (Q + "10.2.2:C1", Q + "10.2.2:R"),
       "8D Report", "Customer complaint: burrs on part 1002", "Root cause and corrective action"),
    # ---- misleading names: the content tells
    _d("新建 Microsoft Word 文档.docx", (Q + "9.3.3:R", Q + "9.3.1:C1", E + "9.3:R", S + "9.3:R"),
       "管理评审报告", "评审日期：2025-12-20", "管理评审输出：改进机会和资源需求。"),
    _d("扫描件0012.pdf", (Q + "7.1.5.1:R", Q + "7.1.5.1:C1", Q + "7.1.5.2:R"),
       "校准证书", "被校准器具：千分尺 校准日期：2025-04-18 结论：合格"),
    _d("final_v2.docx", (E + "6.1.3:M", S + "6.1.3:M"),
       "合规义务清单", "法律法规名称 适用条款 合规要求"),
    _d("资料/新建 Microsoft Excel 工作表.xlsx",
       (S + "6.1.2.1:E", S + "6.1.2.2:E", S + "6.1.2.1:C1"),
       "危险源辨识清单", "作业活动 危险源 风险等级"),
    # ---- files that belong nowhere
    _d("资料/公司年会照片.jpg", (), ""),
    _d("资料/会议室预订表.xlsx", (), "会议室预订", "日期 时间 预订人"),
    _d("资料/员工通讯录.xlsx", (), "员工通讯录", "姓名 部门 电话"),
)

COPIES = (
    ("02 程序文件/QP-7.5-01 文件控制程序.docx", "02 程序文件/QP-7.5-01 文件控制程序 - 副本.docx"),
    ("06 管理评审/QR-9.3-01 2026年管理评审报告.docx", "备份/管理评审报告(1).docx"),
)
"""(original, copy): byte-identical copies; the copy has the original's labels."""

JUNK = ("02 程序文件/~$-7.5-01 文件控制程序.docx", "Thumbs.db", ".DS_Store",
        "04 记录表格/~$合格供方名录.xlsx", ".git/config")
"""Files a scan must leave out silently."""

UNREADABLE = ("04 记录表格/QR-8.5-02 产品标识和可追溯性记录.xlsx", "07 EHS/加密-环境监测方案.pdf")
"""A damaged workbook and a password-protected PDF: listed as skipped."""


def build_corpus(root: Path) -> dict[str, tuple[str, ...]]:
    """Write the corpus below ``root`` (created) and return its labels.

    Returns:
        Relative path (``/``) → expected item ids, for every file a scan should list
        (copies included, junk and unreadable files not).
    """
    from desktop.reports.pdf.fonts import register_report_font

    font = register_report_font()
    labels: dict[str, tuple[str, ...]] = {}
    for doc in DOCS:
        target = root / doc.path
        target.parent.mkdir(parents=True, exist_ok=True)
        write_document(target, doc.lines, font)
        labels[doc.path] = doc.items
    for original, copy in COPIES:
        (root / copy).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / original, root / copy)
        labels[copy] = labels[original]
    for junk in JUNK:
        (root / junk).parent.mkdir(parents=True, exist_ok=True)
        (root / junk).write_bytes(b"lock or system file")
    damaged, locked = UNREADABLE
    (root / damaged).write_bytes(b"PK\x03\x04 this workbook was cut off in a copy")
    _locked_pdf(root / locked, font)
    return labels


def write_document(target: Path, lines: tuple[str, ...], font: str) -> None:
    """Write ``target`` (.docx, .xlsx, .pdf or bytes for other types) holding ``lines``;
    ``font``: the registered reportlab font for Chinese PDF text."""
    suffix = target.suffix.lower()
    if suffix == ".docx":
        import docx

        document = docx.Document()
        if lines:
            document.add_heading(lines[0], level=1)
        for line in lines[1:]:
            document.add_paragraph(line)
        document.save(str(target))
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = (lines[0] if lines else "Sheet1")[:31]
        for line in lines:
            sheet.append(line.split(" "))
        book.save(target)
    elif suffix == ".pdf":
        _pdf(target, lines, font)
    else:  # formats read by name only: some bytes of the right kind
        target.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "\n".join(lines).encode())


def _pdf(target: Path, lines: tuple[str, ...], font: str, password: str | None = None) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(target), encrypt=password)
    y = 780
    for line in lines:
        canvas.setFont(font, 12)
        canvas.drawString(60, y, line)
        y -= 22
    canvas.showPage()
    canvas.save()


def _locked_pdf(target: Path, font: str) -> None:
    _pdf(target, ("环境监测方案", "2026年度"), font, password="secret")


@dataclass(frozen=True)
class Scores:
    """How well a scan's proposals agree with the labels.

    Attributes:
        top1_precision: of the files given a proposal, the share whose best proposal
            is one of the file's labelled items (a proposal for a file labelled
            "belongs nowhere" counts as wrong).
        top3_recall: of the files with labelled items, the share with at least one
            labelled item among the (up to) three proposals.
        proposed, labelled: the two denominators.
        misses: paths of labelled files whose proposals hold no labelled item.
        wrong: paths whose best proposal is not a labelled item.
    """

    top1_precision: float
    top3_recall: float
    proposed: int
    labelled: int
    misses: tuple[str, ...]
    wrong: tuple[str, ...]


def evaluate(files: list, labels: dict[str, tuple[str, ...]]) -> Scores:  # type: ignore[type-arg]
    """Score scanned files (``ScannedFile`` objects) against ``labels`` (see :class:`Scores`).

    A file whose labels are unknown (a path not in ``labels``) is ignored.
    """
    proposed = correct = labelled = found = 0
    misses: list[str] = []
    wrong: list[str] = []
    for file in files:
        if file.path not in labels:
            continue
        expected = set(labels[file.path])
        ids = [p.item_id for p in file.proposals]
        if ids:
            proposed += 1
            if ids[0] in expected:
                correct += 1
            else:
                wrong.append(file.path)
        if expected:
            labelled += 1
            if expected & set(ids[:3]):
                found += 1
            else:
                misses.append(file.path)
    return Scores(correct / proposed if proposed else 0.0, found / labelled if labelled else 0.0,
                  proposed, labelled, tuple(misses), tuple(wrong))


HELD_OUT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("质量体系/QP-8.5-02 生产过程控制程序.doc", (Q + "8.5.1:M", Q + "8.5.1:C1")),
    ("质量体系/QP-7.1.5-01 监视和测量资源控制程序.doc",
     (Q + "7.1.5.1:R", Q + "7.1.5.1:C1", Q + "7.1.5.2:R")),
    ("质量体系/QR-8.3-05 设计评审记录.xls", (Q + "8.3.4:R", Q + "8.3.1:C1")),
    ("质量体系/QR-10.2-03 纠正预防措施处理单.xls", (Q + "10.2.2:R",)),
    ("质量体系/产品标识和可追溯性控制程序.doc", (Q + "8.5.2:R",)),
    ("质量体系/2025年度顾客满意度分析报告.doc", (Q + "9.1.2:E", Q + "9.1.3:E")),
    ("质量体系/首件检验记录表.xls", (Q + "8.6:C1", Q + "8.6:R")),
    ("质量体系/客户投诉登记表.xls", (Q + "10.2.2:C1", Q + "10.2.2:R")),
    ("质量体系/供应商评价程序.doc", (Q + "8.4.1:P1", Q + "8.4.1:R")),
    ("质量体系/文件发放回收登记表.xls", (Q + "7.5.2:E", Q + "7.5.3.2:E")),
    ("环境/EP-8.1-02 固体废弃物管理规定.doc", (E + "8.1:C3", E + "8.1:M")),
    ("环境/E-R-9.1.1 2025年废气检测报告.pdf.jpg", (E + "9.1.1:C1", E + "9.1.1:R")),
    ("环境/重要环境因素清单2026.xls", (E + "6.1.2:M", E + "6.1.2:C1")),
    ("环境/能源资源消耗统计表.xls", (E + "9.1.1:C2",)),
    ("环境/排污许可证.jpg", (E + "6.1.3:C1",)),
    ("环境/环境应急演练记录.doc", (E + "8.2:C1",)),
    ("安全/SP-8.1-05 动火作业管理规定.doc", (S + "8.1.1:M",)),
    ("安全/职业健康安全目标及管理方案2026.doc", (S + "6.2.2:M", S + "6.2.2:R")),
    ("安全/岗位风险告知卡.doc", (S + "6.1.2.1:C1", S + "6.1.2.1:E")),
    ("安全/特种设备检验报告-行车.pdf.jpg", (S + "8.1.1:C1",)),
    ("安全/急救箱检查记录.xls", (S + "8.2:C5",)),
    ("安全/事故事件调查处理程序.doc", (S + "10.2:P1", S + "10.2:R")),
    ("安全/员工协商与参与记录.xls", (S + "5.4:E",)),
    ("安全/法规识别与更新记录2025.xls", (S + "6.1.3:R", S + "6.1.3:M", E + "6.1.3:M")),
    ("综合/信息交流与沟通控制程序.doc", (Q + "7.4:E", E + "7.4.1:R", S + "7.4.1:R")),
    ("综合/组织知识管理清单.xls", (Q + "7.1.6:E", Q + "7.1.6:C1")),
    ("综合/年度内部审核方案.doc", (Q + "9.2.2:R", Q + "9.2.2:C1", E + "9.2.2:R")),
    ("综合/变更管理申请表.xls", (S + "8.1.3:E", Q + "6.3:E")),
    ("综合/Training matrix 2026.xlsx.xls", (Q + "7.2:R", Q + "7.2:C1", S + "7.2:R")),
    ("综合/Management review minutes 2025.doc", (Q + "9.3.3:R", E + "9.3:R", S + "9.3:R")),
)
"""File names not used when the matching rules were written (read by name only), with the
items a consultant would choose: a fairer sample of unseen names than the corpus."""


def build_held_out(root: Path) -> dict[str, tuple[str, ...]]:
    """Write the :data:`HELD_OUT` names (empty old-format files) below ``root``; labels."""
    for rel, _items in HELD_OUT:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"\xd0\xcf\x11\xe0" + rel.encode())
    return dict(HELD_OUT)
