"""Regenerate the small evidence files of the sample project in resources/samples/.

Run from the repository root: ``python build_spec/make_sample_files.py``.
The outputs are committed; the sample project (``auditready-cli sample``)
copies them into its project file as evidence.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
OUT = ROOT / "resources" / "samples"

POLICY_LINES = [
    ("晨曦精密 质量、环境和职业健康安全管理方针", 16),
    ("Chenxi Precision: Quality, Environment and OH&S Policy", 12),
    ("", 10),
    ("1. 以顾客要求为准绳，按图纸和合同交付合格的精密钣金与机加工件。", 11),
    ("2. 遵守适用的环保、安全生产和职业病防治法律法规及其他要求。", 11),
    ("3. 预防污染，节约用电用水，减少危险废物的产生。", 11),
    ("4. 消除危险源、降低职业健康安全风险，为员工提供安全健康的工作条件。", 11),
    ("5. 通过员工协商和参与，持续改进管理体系和绩效。", 11),
    ("", 10),
    ("文件编号 CX-QEHS-001   版本 A/1   批准：总经理 周文华   发布日期 2026-06-01", 9),
]


def make_policy(path: Path) -> None:
    pdfmetrics.registerFont(TTFont("SampleSans", str(FONT), subfontIndex=0))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle("管理方针 Management policy")
    y = A4[1] - 30 * mm
    for text, size in POLICY_LINES:
        pdf.setFont("SampleSans", size)
        pdf.drawString(25 * mm, y, text)
        y -= size * 2.0
    pdf.showPage()
    pdf.save()


ASPECTS = [
    (
        "机加工车间",
        "切削液使用",
        "废切削液（HW09）产生",
        "土壤、水体污染",
        "是",
        "危废暂存+委托有资质单位处置",
    ),
    ("机加工车间", "设备运行", "噪声排放", "周边声环境", "否", "隔声罩、定期监测厂界噪声"),
    ("喷涂线", "粉末喷涂", "颗粒物排放", "大气污染", "是", "布袋除尘、年度废气监测"),
    ("喷涂线", "前处理", "含油废水", "水体污染", "是", "隔油+污水站处理后纳管"),
    ("仓库", "叉车充电", "电能消耗", "资源消耗", "否", "峰谷用电、定期统计"),
    ("办公室", "日常办公", "废纸、废硒鼓", "固废", "否", "分类回收、硒鼓交供应商回收"),
    ("全厂", "火灾等紧急情况", "消防废水、烟气", "大气、水体污染", "是", "应急预案、年度消防演练"),
]


def make_register(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "环境因素识别评价表"
    headers = ["部门/区域", "活动/产品/服务", "环境因素", "环境影响", "重要环境因素", "控制措施"]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="305496")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in ASPECTS:
        sheet.append(list(row))
    for column, width in zip("ABCDEF", (12, 16, 20, 16, 12, 30), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    book.save(path)


def make_photo(path: Path) -> None:
    image = Image.new("RGB", (640, 420), (188, 196, 204))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 300, 640, 420), fill=(120, 124, 118))  # yard
    draw.rectangle((380, 60, 600, 300), fill=(226, 221, 210), outline=(90, 90, 90), width=3)
    for x in range(400, 590, 45):  # windows of the workshop
        draw.rectangle((x, 90, x + 30, 130), fill=(140, 170, 200))
    draw.rectangle((60, 80, 300, 230), fill=(0, 128, 72), outline=(255, 255, 255), width=6)
    big = ImageFont.truetype(str(FONT), 40, index=0)
    small = ImageFont.truetype(str(FONT), 20, index=0)
    draw.text((90, 105), "紧急集合点", font=big, fill=(255, 255, 255))
    draw.text((95, 170), "ASSEMBLY POINT", font=small, fill=(255, 255, 255))
    draw.rectangle((175, 230, 185, 330), fill=(80, 80, 80))  # sign post
    for i, x in enumerate(range(60, 360, 28)):  # people at the assembly point
        top = 320 + (i % 3) * 6
        draw.ellipse((x, top, x + 16, top + 16), fill=(60, 50, 40))
        draw.rectangle((x + 2, top + 16, x + 14, top + 56), fill=(230, 120, 30))
    caption = "2026-05-18 全员消防疏散演练 / Fire evacuation drill"
    draw.text((20, 388), caption, font=small, fill=(255, 255, 255))
    image.save(path, optimize=True)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    make_policy(OUT / "管理方针-QEHS-policy.pdf")
    make_register(OUT / "环境因素识别评价表.xlsx")
    make_photo(OUT / "消防疏散演练照片.png")


if __name__ == "__main__":
    main()
