"""Saving results from the UI: Save as… (Ctrl+S), Save all…, drag-out, File menu actions."""

from .dialogs import ask_conflicts, choose_file, choose_folder
from .drag import DragHandle
from .menu import install_export_menu, page_export
from .page import PageExport, install_export, savable
from .saver import ResultSaver

__all__ = [
    "DragHandle",
    "PageExport",
    "ResultSaver",
    "ask_conflicts",
    "choose_file",
    "choose_folder",
    "install_export",
    "install_export_menu",
    "page_export",
    "savable",
]
