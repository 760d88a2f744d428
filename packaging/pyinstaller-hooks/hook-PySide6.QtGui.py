"""PyInstaller hook for PySide6.QtGui: PyInstaller's own, less the Qt plugins samenplan never
loads whose libraries are large: the GTK 3 platform theme (it brings all of GTK, cairo and
pango), the framebuffer/EGL/VNC/Vulkan-display platforms and the evdev input plugins that
only those platforms use, and from PySide6-Addons the virtual keyboard (Qt Quick and QML)
and the PDF image format (Qt PDF). Kept: xcb, wayland, offscreen and minimal platforms, the
other image formats, the SVG icon engine, input methods and the desktop-portal theme.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

_DROPPED_TYPES = {"egldeviceintegrations", "generic"}
_DROPPED_PLUGINS = {
    "qgtk3",
    "qeglfs",
    "qlinuxfb",
    "qminimalegl",
    "qvnc",
    "qvkkhrdisplay",
    "qtvirtualkeyboardplugin",
    "qpdf",
}


def _wanted(source: str, dest: str) -> bool:
    plugin_type = PurePath(dest).name
    name = PurePath(source).stem.removeprefix("lib")
    return plugin_type not in _DROPPED_TYPES and name not in _DROPPED_PLUGINS


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if _wanted(source, dest)]
