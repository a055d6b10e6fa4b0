"""What the knowledge base says about a checklist item, for the item panel.

- :class:`BasisLabel`: why the item is on the list. "Required by the
  standard" (only documented information the standard says to maintain or
  retain) reads as a plain requirement; an evidence item says which clause
  it shows is met and that no specific document is required; "Commonly requested by
  certification bodies" is drawn in amber with a note that it is *not* a
  requirement, so the two are never mistaken for each other.
- :class:`PitfallBox`: a framed warning box with the item's common audit
  problems (title and warning text, each with a warning icon).
- :class:`GuidanceView`: what the auditor looks for and the questions an
  auditor may ask, in a scrollable read-only text view.
- :class:`EvidenceHints`: typical evidence and the freshness rule, shown
  above the evidence files.
- :class:`KnowledgeDisplay`: fills all of them for one item (or for a shared
  item's selected target, with the warnings of every target).

Catalog text is data, never markup: every piece is escaped before it is put
into rich text. Content follows the UI language (``Text.get``).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.freshness import basis_line
from desktop.domain.model import Basis, Catalog, CatalogItem, Pitfall
from desktop.ui.shell.i18n import arg

#: Foreground, background and border colours of each basis (only "cb_requested" is
#: drawn as a framed banner; the others are coloured text).
_BASIS_STYLE = {
    Basis.REQUIRED: ("#0d47a1", "#e8f0fe", "#90b4f0"),
    Basis.DEMONSTRATES: ("#37474f", "#eceff1", "#b0bec5"),
    Basis.RECOMMENDED: ("#1b5e20", "#eaf5ea", "#9ccc9c"),
    Basis.CB_REQUESTED: ("#7a4100", "#fff3e0", "#f0a040"),
}
_BASIS_SYMBOL = {Basis.REQUIRED: "§", Basis.DEMONSTRATES: "◇", Basis.RECOMMENDED: "✓",
                 Basis.CB_REQUESTED: "ⓘ"}


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def item_pitfalls(catalog: Catalog, item: CatalogItem | None) -> list[Pitfall]:
    """The :class:`Pitfall` entries an item names (unknown ids are skipped)."""
    if item is None:
        return []
    return [catalog.pitfalls[p] for p in item.pitfalls if p in catalog.pitfalls]


def freshness_text(item: CatalogItem | None, lang: str) -> str:
    """The freshness rule as the user reads it, e.g. "Calibrate at the intervals you specify"."""
    if item is None or item.freshness is None:
        return ""
    return item.freshness.text.get(lang)


def freshness_basis_text(item: CatalogItem | None, lang: str) -> str:
    """Whose freshness rule it is, e.g. "Set by regulation: … art. 20" ("" without a rule)."""
    if item is None or item.freshness is None:
        return ""
    return basis_line(item.freshness).get(lang)


class EvidenceHints(QLabel):
    """Typical evidence as a short list and the freshness rule (hidden when neither exists)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceHints")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.freshness = ""
        self.freshness_basis = ""
        self.typical: list[str] = []
        self.hide()

    def show_item(self, item: CatalogItem | None, lang: str) -> None:
        """Show what usually satisfies ``item`` and how current it must be."""
        self.typical = [e.get(lang) for e in item.typical_evidence] if item else []
        self.freshness = freshness_text(item, lang)
        self.freshness_basis = freshness_basis_text(item, lang)
        parts = []
        heading = self.tr("Typical evidence")
        rule = self.tr("Keep evidence current:")
        if self.typical:
            parts.append(f"<b>{_esc(heading)}</b>"
                         "<ul style='margin-top:0px; margin-bottom:0px; -qt-list-indent:1'>"
                         + "".join(f"<li>{_esc(t)}</li>" for t in self.typical) + "</ul>")
        if self.freshness:
            parts.append(f"<p style='margin-top:4px; color:#1f5c99'>↻ "
                         f"<b>{_esc(rule)}</b> "
                         f"{_esc(self.freshness)}<br><i>{_esc(self.freshness_basis)}</i></p>")
        self.setText("".join(parts))
        self.setVisible(bool(parts))


class BasisLabel(QLabel):
    """A coloured tag naming the basis of one item (hidden when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basisLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.basis: Basis | None = None
        self.hide()

    def show_basis(self, basis: Basis | None, lang: str, prefix: str = "",
                   clause: str = "") -> None:
        """Show ``basis`` in ``lang``; ``prefix`` (e.g. a standard's label) goes before it;
        ``clause`` is the item's clause (an evidence item names the clause it shows)."""
        self.basis = basis
        if basis is None:
            self.clear()
            self.hide()
            return
        text = f"{_BASIS_SYMBOL[basis]}  {basis.describe(clause).get(lang)}"
        if basis is Basis.CB_REQUESTED:
            text += " — " + self.tr("not a requirement of the standard")
            self.setToolTip(self.tr("Chinese certification bodies often ask for this in "
                                    "their audit-preparation lists. The standard itself "
                                    "does not require it."))
        elif basis is Basis.RECOMMENDED:
            self.setToolTip(self.tr("Good practice auditors like to see; the standard "
                                    "does not require it."))
        elif basis is Basis.DEMONSTRATES:
            self.setToolTip(self.tr("The clause is a requirement. This item names what "
                                    "usually shows that it is met; the documents listed "
                                    "are examples, not requirements."))
        else:
            self.setToolTip(self.tr("The standard requires this documented information "
                                    '("maintain" or "retain documented information").'))
        self.setText(f"{prefix}: {text}" if prefix else text)
        fg, bg, border = _BASIS_STYLE[basis]
        if basis is Basis.CB_REQUESTED:  # a banner: never to be read as a requirement
            style = (f"QLabel#basisLabel {{ color: {fg}; background: {bg}; "
                     f"border: 1px dashed {border}; border-radius: 3px; "
                     f"padding: 3px 6px; font-weight: bold; }}")
        else:
            style = f"QLabel#basisLabel {{ color: {fg}; padding: 0px; }}"
        if style != self.styleSheet():  # setting it again re-styles the label (slow)
            self.setStyleSheet(style)
        self.show()


class PitfallBox(QFrame):
    """A framed box of warnings: each pitfall's title and what to do instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pitfallBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#pitfallBox { background: #fff8e1; border: 1px solid #f0b429; "
                           "border-left: 4px solid #e65100; border-radius: 3px; }"
                           "QFrame#pitfallBox QLabel { background: transparent; border: none; }")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self._layout.setSpacing(6)
        self.labels: list[QLabel] = []
        self._rows: list[tuple[QWidget, QLabel, QLabel]] = []  # reused: row, icon, text
        self._icon = QPixmap()  # the warning icon at the font's height
        self._icon_size = 0
        self.hide()

    def _row(self, number: int) -> tuple[QWidget, QLabel, QLabel]:
        """Row ``number`` (made the first time it is needed, then reused)."""
        while len(self._rows) <= number:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            picture = QLabel()
            picture.setPixmap(self._icon)
            picture.setAlignment(Qt.AlignmentFlag.AlignTop)
            text = QLabel(wordWrap=True)
            text.setObjectName("pitfallText")
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row_layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
            row_layout.addWidget(text, 1)
            self._layout.addWidget(row)
            self._rows.append((row, picture, text))
        return self._rows[number]

    def show_pitfalls(self, pitfalls: Sequence[Pitfall], lang: str) -> None:
        """Show ``pitfalls`` in ``lang`` (none hides the box).

        The rows of earlier items are reused: only their texts change.
        """
        size = self.fontMetrics().height()
        if size != self._icon_size:
            self._icon_size = size
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._icon = icon.pixmap(size, size)
            for _row, picture, _text in self._rows:
                picture.setPixmap(self._icon)
        self.labels = []
        for number, pitfall in enumerate(pitfalls):
            row, _picture, text = self._row(number)
            shown = (f"<b>{_esc(pitfall.title.get(lang))}</b><br>"
                     f"{_esc(pitfall.warning.get(lang))}")
            if text.text() != shown:
                text.setText(shown)
            text.setToolTip(arg(self.tr("Source: %1"), pitfall.source) if pitfall.source else "")
            row.setVisible(True)
            self.labels.append(text)
        for row, _picture, _text in self._rows[len(pitfalls):]:
            row.setVisible(False)
        self.setAccessibleName(self.tr("Common audit problems"))
        self.setVisible(bool(pitfalls))

    def texts(self) -> list[str]:
        """The plain text of each warning shown (for tests and accessibility)."""
        return [label.text() for label in self.labels]


class GuidanceView(QTextBrowser):
    """What the auditor looks for and the questions an auditor may ask about one item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidanceView")
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._has_content = False

    @property
    def has_content(self) -> bool:
        """True when the item shown has guidance or questions."""
        return self._has_content

    def show_item(self, item: CatalogItem | None, lang: str, caption: str = "") -> None:
        """Show the knowledge of ``item`` in ``lang``; ``caption`` names it (shared mode)."""
        parts: list[str] = []
        if caption:
            parts.append(f"<p style='color:#555555'><i>{_esc(caption)}</i></p>")
        self._has_content = False
        if item is not None:
            if item.guidance is not None:
                parts.append(self._section(self.tr("What the auditor looks for")))
                parts.append(f"<p>{_esc(item.guidance.get(lang))}</p>")
            if item.questions:
                parts.append(self._section(self.tr("Questions an auditor may ask")))
                parts.append("<ol>" + "".join(f"<li>{_esc(q.get(lang))}</li>"
                                              for q in item.questions) + "</ol>")
            self._has_content = bool(item.guidance or item.questions)
        if not self._has_content:
            none = self.tr("The knowledge base has no guidance for this item yet.")
            parts.append(f"<p style='color:#777777'>{_esc(none)}</p>")
        self.setHtml("".join(parts))

    @staticmethod
    def _section(title: str) -> str:
        return (f"<h4 style='margin-top:8px; margin-bottom:2px; color:#263238'>"
                f"{_esc(title)}</h4>")


class KnowledgeDisplay(QObject):
    """The knowledge widgets of the item panel, filled together.

    Attributes:
        basis, pitfalls, guidance, hints: the widgets, for the panel to lay out.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.basis = BasisLabel()
        self.pitfalls = PitfallBox()
        self.guidance = GuidanceView()
        self.hints = EvidenceHints()

    def show(self, catalog: Catalog, item: CatalogItem | None, lang: str, *,
             shared_targets: Sequence[CatalogItem] = ()) -> None:
        """Show the knowledge of ``item`` (None: a clause heading or nothing).

        With ``shared_targets`` (shared mode) ``item`` is the selected target:
        its standard is named, and the warnings of every target are shown.
        """
        prefix = caption = ""
        pitfalls = item_pitfalls(catalog, item)
        if shared_targets and item is not None:
            prefix = catalog.standard(item.standard_id).label
            caption = arg(self.tr('Guidance for %1 %2 "%3". Select another standard in the '
                                  "table above to see its guidance."),
                          prefix, item.clause, item.title.get(lang))
            seen = {p.id for p in pitfalls}
            for target in shared_targets:  # warnings never hide behind a selection
                for pitfall in item_pitfalls(catalog, target):
                    if pitfall.id not in seen:
                        seen.add(pitfall.id)
                        pitfalls.append(pitfall)
        self.basis.show_basis(item.basis if item is not None else None, lang, prefix,
                              item.clause if item is not None else "")
        self.pitfalls.show_pitfalls(pitfalls, lang)
        self.guidance.show_item(item, lang, caption)
        self.hints.show_item(item, lang)
