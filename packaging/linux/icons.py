"""Render the app icon (resources/icons/samenplan.svg) as PNGs for the freedesktop icon theme.

Usage: python packaging/linux/icons.py OUT_DIR
Writes OUT_DIR/hicolor/SIZExSIZE/apps/nl.samenplan.Samenplan.png for the usual sizes and
OUT_DIR/hicolor/scalable/apps/nl.samenplan.Samenplan.svg. Uses Qt's SVG renderer (in
PySide6-Essentials), so the build needs nothing beyond the app's own dependencies.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ICON_ID = "nl.samenplan.Samenplan"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SOURCE = Path(__file__).resolve().parents[2] / "resources" / "icons" / "samenplan.svg"


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the icon {SOURCE}")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
    scalable = out / "hicolor" / "scalable" / "apps" / f"{ICON_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    del app


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: icons.py OUT_DIR")
    main(Path(sys.argv[1]))
