"""The Summary sheet of the Excel workbook: readiness tables and native Excel charts.

Tables, top to bottom: readiness per standard and for the integrated system:
items ready (the headline), weighted readiness, the three layers
(documented, implemented, sustained) and the item counts, with a legend
defining the two readiness figures; the certification gates (symbol and word, so a
grayscale print reads); the readiness history; the organization, report date
and the self-assessment disclaimer. Charts are Excel charts that reference
those cells (openpyxl.chart), so they update when a figure is edited: a bar
chart of the figures and a line chart of the weighted readiness over time.
"""

from __future__ import annotations

from typing import Any

from openpyxl.chart import BarChart, LineChart, Reference

from desktop.domain.assessment import INTEGRATED
from desktop.domain.records import LayerShares
from desktop.reports.labels import label
from desktop.reports.model import ReportData
from desktop.reports.xlsx.labels_xlsx import XLSX_LABELS, xlabel
from desktop.reports.xlsx.xlsx_formats import mark_format
from desktop.reports.xlsx.xlsx_layout import Column, SheetWriter
from desktop.reports.xlsx.xlsx_print import PageStyle

_CM_PER_UNIT = 0.19  # a column width unit on screen, centimetres (7 pixels of 96 dpi)

_COLUMNS = (
    Column(XLSX_LABELS["col_standard"], 34, wrap=True),
    Column(XLSX_LABELS["col_items_ready"], 12, percent=True),
    Column(XLSX_LABELS["col_overall"], 12, percent=True),
    Column(XLSX_LABELS["col_documented"], 13, percent=True),
    Column(XLSX_LABELS["col_implemented"], 13, percent=True),
    Column(XLSX_LABELS["col_sustained"], 13, percent=True),
    Column(XLSX_LABELS["col_applicable"], 13),
    Column(XLSX_LABELS["col_ready"], 13),
    Column(XLSX_LABELS["col_mandatory"], 19, percent=True),
)
_C_TO_H = sum(c.width for c in _COLUMNS[2:8])  # merged widths, character units
_B_TO_H = sum(c.width for c in _COLUMNS[1:8])
_A_TO_I = sum(c.width for c in _COLUMNS)


def write_summary(wb: Any, title: str, data: ReportData, *,
                  page: PageStyle | None = None) -> None:
    """Write the Summary sheet of ``data`` into write-only workbook ``wb``.

    Shares are stored as fractions 0.0-1.0 with a number format that shows
    them as every output prints them (:func:`desktop.domain.shares.share_number_format`);
    the layer figures come from ``data.assessment`` (blank when there is none),
    the counts and items ready from each standard's readiness
    (:mod:`desktop.domain.readiness`); the integrated items ready is the ready
    items of all standards over their applicable items. The charts sit under
    the tables, within columns A-I, so they print on the sheet's pages; the
    sheet has no autofilter (its tables are short and of different shapes).
    """
    lang = data.lang
    writer = SheetWriter(wb, title, _COLUMNS, lang, page=page, repeat_header=False)
    sheet = writer.sheet
    assessment = data.assessment
    layers = {lay.standard_id: lay.shares for lay in assessment.layers} if assessment else {}
    for section in data.standards:
        r = section.readiness
        shares = layers.get(section.standard_id)
        writer.row([section.designation, r.share, *_shares(shares), r.applicable, r.ready,
                    r.mandatory_share])
    table_rows = len(data.standards)
    if assessment is not None:
        applicable = sum(s.readiness.applicable for s in data.standards)
        ready = sum(s.readiness.ready for s in data.standards)
        writer.row([xlabel("integrated_system", lang), ready / applicable if applicable else 0.0,
                    *_shares(assessment.integrated), applicable, ready, None])
        table_rows += 1

    if assessment is not None and assessment.gates:
        writer.blank()
        _merged_header(writer, [xlabel("col_gate", lang), xlabel("col_result", lang),
                                xlabel("col_reason", lang)])
        first_gate = writer.rows_written + 1
        for gate in assessment.gates:
            writer.row([gate.title.get(lang),
                        xlabel("gate_passed" if gate.passed else "gate_failed", lang),
                        gate.reason.get(lang), *[None] * 5], spans={2: _C_TO_H})
            _merge(writer, "C", "H")
        mark_format(sheet, f"B{first_gate}:B{writer.rows_written}", f"B{first_gate}",
                    xlabel("gate_failed", lang)[0])

    history: tuple[int, int, int] | None = None
    if assessment is not None and assessment.snapshots:
        keys = [(s.standard_id, s.label) for s in data.standards]
        keys.append((INTEGRATED, xlabel("integrated_system", lang)))
        writer.blank()
        writer.header([xlabel("col_day", lang), *(name for _key, name in keys)])
        first = writer.rows_written + 1
        for snap in assessment.snapshots:
            figures = dict(snap.figures)
            writer.row([snap.day, *(figures[k].overall if k in figures else None
                                    for k, _name in keys)])
        history = (first - 1, writer.rows_written, len(keys))

    writer.blank()
    company = data.company
    facts = [
        ("fact_company", company.name),
        ("fact_scope", company.scope),
        ("fact_generated", data.generated_at.strftime("%Y-%m-%d %H:%M")),
        ("fact_software", f"AuditReady {data.app_version}"),
    ]
    for key, value in facts:
        writer.row([xlabel(key, lang), value, *[None] * 6], spans={1: _B_TO_H})
        _merge(writer, "B", "H")
    for text in (xlabel("legend", lang), xlabel("disclaimer", lang),
                 label("basis_legend", lang)):  # the last: the checklist sheets' legend
        writer.row([text], spans={0: _A_TO_I}, border=False)
        _merge(writer, "A", "I")
    anchor = writer.rows_written + 2
    if table_rows:
        _bar_chart(sheet, table_rows, lang, f"A{anchor}")
    if history is not None:
        _line_chart(sheet, *history, lang, f"E{anchor}" if table_rows else f"A{anchor}")
    writer.finish(filter_rows=0)


def _shares(shares: LayerShares | None) -> list[float | None]:
    """Weighted readiness, documented, implemented, sustained (blank without an assessment)."""
    if shares is None:
        return [None, None, None, None]
    return [shares.overall, shares.documented, shares.implemented, shares.sustained]


def _merged_header(writer: SheetWriter, texts: list[str]) -> None:
    writer.header(texts)
    _merge(writer, "C", "H")


def _merge(writer: SheetWriter, first: str, last: str) -> None:
    """Merge ``first``:``last`` of the row just written (its value sits in ``first``)."""
    row = writer.rows_written
    writer.sheet.merged_cells.add(f"{first}{row}:{last}{row}")


def _bar_chart(sheet: Any, rows: int, lang: str, anchor: str) -> None:
    """Clustered bars: items ready, weighted readiness and the three layers (B:F)."""
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "clustered"
    chart.title = XLSX_LABELS["chart_layers"].get(lang)
    chart.y_axis.title = XLSX_LABELS["axis_share"].get(lang)
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    data = Reference(sheet, min_col=2, max_col=6, min_row=1, max_row=rows + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=rows + 1))
    chart.height = 7.5
    chart.width = sum(c.width for c in _COLUMNS[:4]) * _CM_PER_UNIT - 0.3  # A:D
    sheet.add_chart(chart, anchor)


def _line_chart(sheet: Any, header_row: int, last_row: int, series: int, lang: str,
                anchor: str) -> None:
    """Overall readiness per standard and integrated (B.. of the history table) by day."""
    chart = LineChart()
    chart.title = XLSX_LABELS["chart_history"].get(lang)
    chart.y_axis.title = XLSX_LABELS["axis_share"].get(lang)
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.x_axis.number_format = "yyyy-mm-dd"
    data = Reference(sheet, min_col=2, max_col=1 + series, min_row=header_row, max_row=last_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=header_row + 1, max_row=last_row))
    chart.height = 7.5
    chart.width = sum(c.width for c in _COLUMNS[4:]) * _CM_PER_UNIT - 0.3  # E:I
    sheet.add_chart(chart, anchor)
