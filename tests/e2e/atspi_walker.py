"""Walk the real app as a screen reader sees it (AT-SPI) and count unnamed controls.

Run by Debian's own Python (`/usr/bin/python3`, with `python3-pyatspi`: the venv's Python
cannot import that Debian build) inside `xvfb-run` and `dbus-run-session`; the test
`tests/e2e/test_atspi_walk.py` does that. This script starts the AT-SPI bus, then the app
(the command after `--`), reads the passphrase from standard input and then, through AT-SPI
only (actions, text and events, as a screen reader would):

1. types a wrong passphrase (an error must be announced), then the right one;
2. walks the overview, every page of the crisis plan and the WRAP (pressing "Volgende"),
   every triad member's own card, the comparison, the people page, the card previews and
   the other pages the overview opens;
3. opens every dialog that a menu item or an overview button with "…" (or a member's ✕,
   "Deelnemer toevoegen") opens, walks it and closes it with its cancel button: no dialog
   changes anything;
4. types a letter in a plan's first field ("Opgeslagen" must be announced) and locks with
   the menu ("vergrendeld" must be announced).

The last line of its output is `RESULT <json>`: pages, dialogs, controls, unnamed (each
with its role and Qt object path), announcements heard.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pyatspi
from gi.repository import Atspi, GLib

# What a person acts on (or reads as a unit) and so must have a name.
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "entry", "password text", "spin button", "slider", "page tab", "link", "menu item",
    "check menu item", "radio menu item", "list", "list item", "table", "table cell",
    "tree", "tree table", "tree item", "column header", "row header", "dial", "menu",
}  # fmt: skip
CANCEL = {"Annuleren", "Cancel", "Sluiten", "Close", "Nee", "No"}
DIALOG_ROLES = {"dialog", "alert", "file chooser"}
STARTED = time.monotonic()
DEFAULT_TIMEOUT_MS = 25_000  # libatspi's own: how long a call waits for the app's answer


class Walker:
    def __init__(self) -> None:
        self.pages: list[str] = []
        self.dialogs: list[str] = []
        self.menus: list[str] = []
        self.controls = 0
        self.distinct: set[str] = set()
        self.unnamed: list[dict[str, str]] = []
        self.heard: list[dict[str, object]] = []
        self.app: pyatspi.Accessible | None = None
        pyatspi.Registry.registerEventListener(self._heard, "object:announcement")

    def _heard(self, event: object) -> None:
        self.heard.append(
            {"text": str(getattr(event, "any_data", "")), "politeness": event.detail1}  # type: ignore[attr-defined]
        )

    # ------------------------------------------------------------------ waiting

    def settle(self, seconds: float = 0.4) -> None:
        """Let the app work and the events arrive."""
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.pending():
                context.iteration(False)
            time.sleep(0.02)

    def wait_for(self, find: object, seconds: float = 15.0, what: str = "") -> object:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            found = find()  # type: ignore[operator]
            if found:
                return found
            self.settle(0.2)
        raise SystemExit(f"walker: waited {seconds:.0f} s in vain for {what}")

    # ------------------------------------------------------------------ finding

    def find_app(self) -> pyatspi.Accessible | None:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            child = desktop.getChildAtIndex(index)
            if child is not None and child.name == "samenplan" and child.childCount:
                return child
        return None

    def windows(self) -> list[pyatspi.Accessible]:
        assert self.app is not None
        found = []
        for index in range(self.app.childCount):
            child = self.app.getChildAtIndex(index)
            if child is not None and showing(child):
                found.append(child)
        return found

    def main_window(self) -> pyatspi.Accessible:
        def frame() -> pyatspi.Accessible | None:
            return next((w for w in self.windows() if w.getRoleName() == "frame"), None)

        return self.wait_for(frame, 10, "the main window")  # type: ignore[return-value]

    def dialog(self) -> pyatspi.Accessible | None:
        return next((w for w in self.windows() if w.getRoleName() in DIALOG_ROLES), None)

    def by_name(self, object_name: str, root: pyatspi.Accessible | None = None) -> object:
        """The showing control whose Qt object name is `object_name`."""
        return first(root or self.main_window(), lambda a: qt_name(a) == object_name)

    def need(self, object_name: str) -> pyatspi.Accessible:
        return self.wait_for(lambda: self.by_name(object_name), what=object_name)  # type: ignore[return-value]

    # ------------------------------------------------------------------ acting

    def press(self, control: pyatspi.Accessible, settle: float = 0.3) -> None:
        action = control.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        wanted = next((n for n in ("Press", "press", "Toggle", "click") if n in names), names[0])
        action.doAction(names.index(wanted))
        self.settle(settle)

    def type_into(self, control: pyatspi.Accessible, text: str) -> None:
        control.queryEditableText().setTextContents(text)
        self.settle(0.3)

    # ------------------------------------------------------------------ counting

    def walk(
        self, root: pyatspi.Accessible, where: str, kind: str = "page"
    ) -> dict[str, pyatspi.Accessible]:
        """Count the showing controls under `root`; note each one without a name. Returns
        the controls by Qt object name (looking them up again costs a walk of its own)."""
        seen, named = 0, {}
        for node in showing_tree(root):
            role = node.getRoleName()
            if role not in CONTROL_ROLES:
                continue
            seen += 1
            path = node.accessibleId or ""
            named[path.rpartition(".")[2]] = node
            self.distinct.add(f"{path}|{role}|{node.name}")
            if not (node.name or "").strip():
                self.unnamed.append({"where": where, "role": role, "qt": path})
        self.controls += seen
        {"page": self.pages, "dialog": self.dialogs, "menu": self.menus}[kind].append(where)
        log(f"{time.monotonic() - STARTED:6.1f} s  {kind} {where}: {seen} controls")
        return named

    def walk_dialog(self, where: str, opened_by: pyatspi.Accessible) -> None:
        """Press `opened_by`, walk the dialog it opens, close it with its cancel button.

        Qt answers a menu item's action only when what it started is done: for a dialog
        that is after it closes. So the press does not wait for the answer."""
        Atspi.set_timeout(500, -1)
        try:
            self.press(opened_by, settle=0.2)
        except GLib.Error as exc:
            if "reply" not in str(exc):
                raise
        finally:
            Atspi.set_timeout(DEFAULT_TIMEOUT_MS, -1)
        dialog = self.wait_for(self.dialog, what=f"the dialog of {where}")
        self.settle(0.3)
        self.walk(dialog, where, kind="dialog")  # type: ignore[arg-type]
        self.close(dialog)  # type: ignore[arg-type]

    def close(self, dialog: pyatspi.Accessible) -> None:
        """Its cancel button; a message with one button only (OK) closes with that."""
        buttons = [a for a in showing_tree(dialog) if a.getRoleName() == "push button"]
        button = next((b for b in buttons if b.name in CANCEL), None)
        if button is None and len(buttons) == 1:
            button = buttons[0]
        if button is None:
            raise SystemExit(f"walker: no cancel button in dialog {dialog.name!r}")
        self.press(button, settle=0.2)
        self.wait_for(lambda: self.dialog() is None, what="the dialog to close")
        self.settle(0.2)

    def walk_form(self, where: str) -> None:
        """Every section of the form on screen, pressing "Volgende" until the last."""
        self.need("steps")  # the form is there
        section = 1
        while True:
            nxt = self.walk(self.main_window(), f"{where} {section}")["next"]
            if not nxt.getState().contains(pyatspi.STATE_SENSITIVE):
                return
            self.press(nxt, settle=0.4)
            section += 1

    def back_home(self) -> None:
        self.press(self.need("to_overview"))
        self.need("home")


def showing(node: pyatspi.Accessible) -> bool:
    try:
        return bool(node.getState().contains(pyatspi.STATE_SHOWING))
    except Exception:
        return False


def showing_tree(root: pyatspi.Accessible) -> Iterator[pyatspi.Accessible]:
    """`root` and everything on screen under it, in reading order, one by one."""
    todo = [root]
    while todo:
        node = todo.pop()
        if node is None or not showing(node):
            continue
        yield node
        todo.extend(node.getChildAtIndex(i) for i in reversed(range(node.childCount)))


def first(root: pyatspi.Accessible, test: object) -> pyatspi.Accessible | None:
    return next((n for n in showing_tree(root) if test(n)), None)  # type: ignore[operator]


def qt_name(node: pyatspi.Accessible) -> str:
    """The Qt object name: the last step of Qt's accessible id (a path of object names)."""
    return (node.accessibleId or "").rpartition(".")[2]


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def start_bus() -> subprocess.Popen[bytes]:
    """The AT-SPI bus; Qt only uses one that is already there when it starts."""
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    import dbus

    session = dbus.SessionBus()
    end = time.monotonic() + 10
    while not session.name_has_owner("org.a11y.Bus"):
        if time.monotonic() > end:
            raise SystemExit("walker: the AT-SPI bus did not start")
        time.sleep(0.1)
    return launcher


def run(walker: Walker, passphrase: str) -> None:
    walker.app = walker.wait_for(walker.find_app, 40, "the app on the AT-SPI bus")  # type: ignore[assignment]
    unlock_page = walker.need("unlock")
    walker.walk(unlock_page, "unlock")
    field, open_button = walker.need("passphrase"), walker.need("open")
    walker.type_into(field, "niet het goede wachtwoord")
    walker.press(open_button, settle=0.3)
    walker.wait_for(lambda: any(h["politeness"] == 2 for h in walker.heard), what="an error")
    walker.type_into(walker.need("passphrase"), passphrase)
    walker.press(walker.need("open"), settle=1.0)
    walker.wait_for(lambda: walker.by_name("home") or walker.by_name("dossiers"), 30, "unlock")
    if walker.by_name("home") is None:  # the list of dossiers: open the only one
        row = walker.wait_for(
            lambda: first(walker.main_window(), lambda a: a.getRoleName() == "table cell"),
            what="a dossier row",
        )
        row.queryAction().doAction(0)  # type: ignore[union-attr]
        walker.need("home")
    walker.walk(walker.main_window(), "overview")

    # the menus, and every dialog a menu item with "…" opens
    bar = first(walker.main_window(), lambda a: a.getRoleName() == "menu bar")
    assert bar is not None
    for index in range(bar.childCount):
        menu_item = bar.getChildAtIndex(index)
        walker.press(menu_item, settle=0.4)
        popup = walker.wait_for(
            lambda: first(walker.app, lambda a: a.getRoleName() == "popup menu"),  # type: ignore[arg-type]
            what=f"menu {menu_item.name}",
        )
        walker.walk(popup, f"menu {menu_item.name}", kind="menu")  # type: ignore[arg-type]
        entries = [
            e
            for e in showing_tree(popup)  # type: ignore[arg-type]
            if e.getRoleName().endswith("menu item")
            and e.name.endswith("…")
            and e.getState().contains(pyatspi.STATE_SENSITIVE)
        ]
        walker.press(menu_item, settle=0.3)  # closes the menu again
        for entry in entries:
            walker.walk_dialog(f"menu {menu_item.name} › {entry.name}", entry)

    # dialogs the overview opens
    home = walker.need("home")
    openers = [
        node
        for node in showing_tree(home)
        if node.getRoleName() == "push button"
        and ("…" in node.name or qt_name(node).startswith(("remove_", "member_add")))
        and not qt_name(node).startswith(("versions_", "post_crisis"))  # pages, below
    ]
    for opener in openers:
        walker.walk_dialog(f"overview › {opener.name}", opener)

    # every page of both plans
    for form_id, label in (("crisiskaart", "crisisplan"), ("wrap", "WRAP")):
        walker.press(walker.need(f"open_{form_id}"), settle=1.0)
        walker.walk_form(label)
        walker.back_home()

    # the own triad card of one member in each role (a role's questions are the same)
    roles: dict[str, str] = {}  # role -> the object name of its first "Invullen als" button
    role = ""
    for node in showing_tree(walker.need("home")):
        if node.getRoleName() == "label" and "(" in node.name:  # "Noor Bakker (cliënt): klaar"
            role = node.name.rpartition("(")[2].partition(")")[0]
        elif node.getRoleName() == "push button" and qt_name(node).startswith("fill_p"):
            roles.setdefault(role, qt_name(node))
    for role, member in roles.items():
        walker.press(walker.need(member), settle=1.0)
        walker.walk_form(f"triad {role}")
        walker.back_home()

    # the other pages the overview opens
    for opener, wait_for in (
        ("triad_compare", "comparison"),
        ("open_people", "to_overview"),
        ("card_crisiskaart", "to_overview"),
        ("card_wrap", "to_overview"),
        ("versions_crisiskaart", "to_overview"),
        ("versions_wrap", "to_overview"),
        ("post_crisis", "to_overview"),
    ):
        if walker.by_name(opener) is None:
            continue
        walker.press(walker.need(opener), settle=1.0)
        walker.need(wait_for)
        walker.settle(0.5)
        walker.walk(walker.main_window(), opener)
        if opener == "triad_compare":
            consent_change = walker.by_name("consent_change")
            if consent_change is not None:
                walker.press(consent_change)
                walker.walk(walker.main_window(), "comparison › consent")
        walker.back_home()

    # saving and locking are announced
    walker.press(walker.need("open_crisiskaart"), settle=1.0)
    field = walker.wait_for(
        lambda: first(
            walker.main_window(),
            lambda a: a.getRoleName() == "text" and a.getState().contains(pyatspi.STATE_EDITABLE),
        ),
        what="a text field in the crisis plan",
    )
    editable = field.queryEditableText()  # type: ignore[union-attr]
    editable.insertText(field.queryText().characterCount, "!", 1)  # type: ignore[union-attr]
    walker.wait_for(lambda: heard(walker, "Opgeslagen"), 20, "the save announcement")
    walker.back_home()
    file_menu = first(
        first(walker.main_window(), lambda a: a.getRoleName() == "menu bar"),  # type: ignore[arg-type]
        lambda a: a.getRoleName() == "menu item",
    )
    walker.press(file_menu, settle=0.4)  # type: ignore[arg-type]
    lock = walker.wait_for(lambda: walker.by_name("action_lock", walker.app), what="Vergrendel")
    walker.press(lock, settle=0.5)  # type: ignore[arg-type]
    walker.wait_for(lambda: heard(walker, "vergrendeld"), 10, "the lock announcement")
    walker.need("unlock")


def heard(walker: Walker, word: str) -> bool:
    return any(word.casefold() in str(h["text"]).casefold() for h in walker.heard)


def main() -> int:
    app_command = sys.argv[sys.argv.index("--") + 1 :]
    passphrase = sys.stdin.readline().rstrip("\n")
    launcher = start_bus()
    app = subprocess.Popen(app_command, env={**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"})
    walker = Walker()
    started = time.monotonic()
    try:
        run(walker, passphrase)
    finally:
        if app.poll() is not None:
            log(f"walker: the app stopped by itself (exit code {app.returncode})")
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        launcher.terminate()
        result = {
            "pages": len(walker.pages),
            "dialogs": len(walker.dialogs),
            "menus": len(walker.menus),
            "controls": walker.controls,
            "distinct_controls": len(walker.distinct),
            "unnamed": walker.unnamed,
            "announcements": walker.heard,
            "seconds": round(time.monotonic() - started, 1),
            "visited": walker.pages + walker.dialogs + walker.menus,
        }
        print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
