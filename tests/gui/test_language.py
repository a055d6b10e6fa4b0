"""Switching the UI language retranslates menus, panels and checklist content live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.model import Catalog
from desktop.ui.checklist.checklist_model import Column
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.settings_dialog import SettingsDialog


def test_language_menu_switches_to_chinese_and_back(window: MainWindow) -> None:
    window.checklist.select_item("iso9001-2015:5.2.2:M")
    assert window.menus.file_menu.title() == "&File"
    window.menus.languages["zh_CN"].trigger()

    assert window.ctx.ui_lang == "zh_CN"
    assert window.menus.file_menu.title() == "文件(&F)"
    assert window.menus.export.text() == "导出报告(&E)…"
    assert window.readiness.title() == "就绪度"
    model = window.checklist.current_model()
    assert model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == "状态"
    assert model.data(model.index_for("iso9001-2015:5.2.2:M", Column.STATUS)) == "● 就绪"
    panel = window.item_panel
    assert "质量方针" in panel.title.text()
    assert panel.status.currentText() == "● 就绪"
    assert panel.evidence.attach_button.text() == "附加证据…"
    assert window.ctx.settings.language() == "zh_CN"
    assert window.menus.languages["zh_CN"].isChecked()

    window.menus.languages["en"].trigger()
    assert window.menus.file_menu.title() == "&File"
    assert panel.status.currentText() == "● Ready"


def test_preferences_dialog_applies_the_language(window: MainWindow, qtbot) -> None:
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.accept()
    assert window.menus.settings_menu.title() == "设置(&S)"
    assert dialog.windowTitle() == "首选项"


def test_validation_message_follows_the_ui_language(window: MainWindow) -> None:
    window.ctx.language.set_language("zh_CN")
    window.checklist.select_item("iso14001-2015:9.2.2:R")
    panel = window.item_panel
    panel.status.setCurrentIndex(panel.status.findData("not_applicable"))
    panel.apply_not_applicable()
    kind, text = window.ctx.errors.messages[-1]
    assert kind == "user"
    assert "必须填写理由" in text


def test_chosen_language_is_used_at_start(qapp: QApplication, tmp_path: Path,
                                          catalog: Catalog, translations: Path) -> None:
    from desktop.ui.shell.app import create_context

    settings = QSettings(str(tmp_path / "zh.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "zh_CN")
    ctx = create_context(qapp, settings, catalog)
    try:
        assert ctx.ui_lang == "zh_CN"
        assert ctx.content_lang == "zh"
        assert QApplication.translate("MainMenus", "&File") == "文件(&F)"
    finally:
        ctx.language.uninstall()
    assert QApplication.translate("MainMenus", "&File") == "&File"


def test_missing_translation_falls_back_to_english(qapp: QApplication, tmp_path: Path,
                                                   catalog: Catalog, monkeypatch) -> None:
    from desktop.ui.shell import i18n
    from desktop.ui.shell.app import create_context

    monkeypatch.setattr(i18n, "translation_file", lambda lang: tmp_path / f"none_{lang}.qm")
    settings = QSettings(str(tmp_path / "zh.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "zh_CN")
    ctx = create_context(qapp, settings, catalog)
    try:
        assert ctx.ui_lang == "en"
        assert QApplication.translate("MainMenus", "&File") == "&File"
    finally:
        ctx.language.uninstall()


def test_default_language_follows_the_system_locale(monkeypatch) -> None:
    from desktop.ui.shell import i18n

    for name in ("AUDITREADY_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.system_language() == "en"


def test_environment_language_beats_the_system_but_not_the_user(
        qapp: QApplication, catalog: Catalog, tmp_path: Path, monkeypatch) -> None:
    from desktop.ui.shell import i18n
    from desktop.ui.shell.app import create_context

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    monkeypatch.setenv("AUDITREADY_LANG", "zh_CN")
    assert i18n.system_language() == "zh_CN"
    settings = QSettings(str(tmp_path / "en.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")
    ctx = create_context(qapp, settings, catalog)
    try:
        assert ctx.ui_lang == "en"
    finally:
        ctx.language.uninstall()
