"""What the parts of the main window (profile_screens, dossier_screens) may use of it: the
attributes and methods `MainWindow` (ui/main.py) defines, declared once for the type checker."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

    from samenplan.config import Config
    from samenplan.domain.dossier import Dossier
    from samenplan.formkit.model import FormDef
    from samenplan.services.documents import DossierDocument
    from samenplan.services.session import SessionService
    from samenplan.workspace.profiles import Profiles

    class WindowParts(QMainWindow):
        forms: Mapping[str, FormDef]
        lang: str
        profiles: Profiles | None
        config: Config | None
        session_service: SessionService | None
        document: DossierDocument | None
        demo_dossier: Callable[[], Dossier]
        stack: QStackedWidget
        _resume_section: int
        _pending_unlock: tuple[str, str]

        def show_page(self, builder: Callable[[], QWidget]) -> QWidget: ...
        def rebuild(self) -> None: ...
        def start(self, demo: bool = False) -> None: ...
        def open_demo(self) -> None: ...
        def open_dossier(self, dossier_id: str, show: bool = True) -> bool: ...
        def show_dossiers(self) -> None: ...
        def _status(self, text: str, urgent: bool = False) -> None: ...
        def _update_title(self) -> None: ...

else:
    WindowParts = object
