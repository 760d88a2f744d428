"""Walk the real app as a screen reader sees it (AT-SPI) and count unnamed controls.

Run by Debian's own Python (`/usr/bin/python3`, with `python3-pyatspi`: the venv's Python
cannot import that Debian build) inside `xvfb-run` and `dbus-run-session`; the test
`tests/e2e/test_atspi_walk.py` does that. This script starts the AT-SPI bus, then the app
(the command after `--`; run it with a speech engine that has voices, so that the
"Voorlezen" buttons show), reads the passphrase from standard input and then, through
AT-SPI only (actions, text and events, as a screen reader would):

1. types a wrong passphrase (an error must be announced), then the right one;
2. opens every menu, and every dialog that a menu item with "…" opens (the About dialog's
   Licenties too);
3. opens every dialog of the overview: buttons with "…", a member's ✕ and Versturen,
   "Deelnemer toevoegen", "Mijn adres";
4. walks every page of the crisis plan and the WRAP (pressing "Volgende"), types a letter
   in the crisis plan ("Opgeslagen" must be announced), then every page of one member's own
   triad card per role;
5. walks the comparison (its consent step, its agreement dialog, its PDF dialogs), the
   people page (add and edit a person), the card previews (the folding help, the save
   warnings and, once, the file chooser), the versions and after-a-crisis pages;
6. switches the app to English and walks the overview, the menus and every page of the
   crisis plan, where the "Voorlezen" buttons show (the engine has English voices);
   switches back to Dutch and locks with the menu ("vergrendeld" must be announced).

Every dialog is closed with its cancel (or only) button: no dialog changes anything. The
walker waits on what it looks for (a page, a dialog, a selected step), never a fixed time.
The last line of its output is `RESULT <json>`: pages, dialogs, menus, controls (total and
distinct), read-aloud buttons, unnamed (each with its role and Qt object path),
announcements heard, seconds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

import pyatspi
from gi.repository import Atspi, GLib

# What a person acts on (or reads as a unit) and so must have a name.
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "entry", "password text", "spin button", "slider", "page tab", "link", "menu item",
    "check menu item", "radio menu item", "list", "list item", "table", "table cell",
    "tree", "tree table", "tree item", "column header", "row header", "dial", "menu",
}  # fmt: skip
# The items of lists, tables and trees, and what holds them (see `showing_controls`).
ITEM_ROLES = {"list item", "table cell", "column header", "row header", "tree item"}
ITEM_HOLDERS = {"list", "table", "tree", "tree table"}
# A Collection match rule: showing, and one of the control roles but the items.
SHOWING_CONTROLS = Atspi.MatchRule.new(
    Atspi.StateSet.new([Atspi.StateType.SHOWING]), Atspi.CollectionMatchType.ALL,
    {}, Atspi.CollectionMatchType.ALL,
    [getattr(Atspi.Role, r.upper().replace(" ", "_")) for r in CONTROL_ROLES - ITEM_ROLES],
    Atspi.CollectionMatchType.ANY,
    [], Atspi.CollectionMatchType.ALL,
    False,
)  # fmt: skip
CANCEL = {"Annuleren", "Cancel", "Sluiten", "Close", "Nee", "No"}
DIALOG_ROLES = {"dialog", "alert", "file chooser"}
# Buttons on the overview and the other pages that open a dialog without "…" in their name.
DIALOG_OPENERS = ("remove_", "member_add", "send_", "show_address", "card_folding")
POLL = 0.03  # seconds between two looks while waiting
CALL_TIMEOUT_MS = 60_000  # how long one call waits for the app's answer (a busy app is slow)
PRESS_TIMEOUT_MS = 200  # a menu item that opens a dialog answers only when it closes
STARTED = time.monotonic()

Found = TypeVar("Found")


class Walker:
    def __init__(self) -> None:
        self.pages: list[str] = []
        self.dialogs: list[str] = []
        self.menus: list[str] = []
        self.controls = 0
        self.distinct: set[str] = set()
        self.read_aloud: set[str] = set()
        self.unnamed: list[dict[str, str]] = []
        self.heard: list[dict[str, object]] = []
        self.app: pyatspi.Accessible | None = None
        self.frame: pyatspi.Accessible | None = None
        self.file_chooser_seen = False
        pyatspi.Registry.registerEventListener(self._heard, "object:announcement")

    def _heard(self, event: object) -> None:
        self.heard.append(
            {"text": str(getattr(event, "any_data", "")), "politeness": event.detail1}  # type: ignore[attr-defined]
        )

    # ------------------------------------------------------------------ waiting

    def settle(self, seconds: float = POLL) -> None:
        """Let the app work and the events (announcements) arrive."""
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while True:
            while context.pending():
                context.iteration(False)
            if time.monotonic() >= end:
                return
            time.sleep(min(POLL, max(0.0, end - time.monotonic())))

    def wait_for(self, find: Callable[[], Found | None], what: str, seconds: float = 60.0) -> Found:
        """What `find` returns once it returns something; the walk ends when it does not."""
        end = time.monotonic() + seconds
        while True:
            found = find()
            if found:
                return found
            if time.monotonic() > end:
                raise SystemExit(f"walker: waited {seconds:.0f} s in vain for {what}")
            self.settle()

    # ------------------------------------------------------------------ finding

    def find_app(self) -> pyatspi.Accessible | None:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            child = desktop.getChildAtIndex(index)
            if child is not None and child.name == "samenplan" and child.childCount:
                return child
        return None

    def windows(self, role_names: set[str]) -> list[pyatspi.Accessible]:
        """The app's showing windows of these roles (its frame, its dialogs)."""
        assert self.app is not None
        found = []
        for index in range(self.app.childCount):
            child = self.app.getChildAtIndex(index)
            if child is not None and showing(child) and child.getRoleName() in role_names:
                found.append(child)
        return found

    def main_window(self) -> pyatspi.Accessible:
        """The main window: the same object all the time, so looked up once."""
        if self.frame is None or not showing(self.frame):
            self.frame = self.wait_for(
                lambda: next(iter(self.windows({"frame"})), None), "the main window"
            )
        return self.frame

    def by_name(self, object_name: str, root: pyatspi.Accessible | None = None) -> object:
        """The showing control whose Qt object name is `object_name`."""
        return first(root or self.main_window(), lambda a: qt_name(a) == object_name)

    def need(self, object_name: str) -> pyatspi.Accessible:
        return self.wait_for(lambda: self.by_name(object_name), object_name)  # type: ignore[return-value]

    # ------------------------------------------------------------------ acting

    def press(self, control: pyatspi.Accessible) -> None:
        """Its press (or toggle, or click) action. A button answers at once and clicks a
        moment later; the caller waits for what the press does."""
        action = control.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        wanted = next((n for n in ("Press", "press", "Toggle", "click") if n in names), names[0])
        action.doAction(names.index(wanted))

    def press_without_answer(self, control: pyatspi.Accessible) -> None:
        """Press a control whose answer may only come when the dialog it opens is closed
        (Qt answers a menu item's action when what it started is done)."""
        Atspi.set_timeout(PRESS_TIMEOUT_MS, -1)
        try:
            self.press(control)
        except GLib.Error as exc:
            if "reply" not in str(exc).casefold() and "timeout" not in str(exc).casefold():
                raise
        finally:
            Atspi.set_timeout(CALL_TIMEOUT_MS, -1)

    def type_into(self, control: pyatspi.Accessible, text: str) -> None:
        control.queryEditableText().setTextContents(text)

    # ------------------------------------------------------------------ counting

    def walk(
        self, root: pyatspi.Accessible, where: str, kind: str = "page"
    ) -> dict[str, pyatspi.Accessible]:
        """Count the showing controls under `root`; note each one without a name. Returns
        the controls by Qt object name, the first in reading order (looking them up again
        costs a walk of its own)."""
        seen, named = 0, {}
        for node, role in showing_controls(root):
            seen += 1
            path, name = node.accessibleId or "", node.name or ""
            object_name = path.rpartition(".")[2]
            named.setdefault(object_name, node)
            self.distinct.add(f"{path}|{role}|{name}")
            if object_name.startswith("read_button_"):
                self.read_aloud.add(f"{path}|{name}")
            if not name.strip():
                self.unnamed.append({"where": where, "role": role, "qt": path})
        self.controls += seen
        {"page": self.pages, "dialog": self.dialogs, "menu": self.menus}[kind].append(where)
        log(f"{time.monotonic() - STARTED:6.1f} s  {kind} {where}: {seen} controls")
        return named

    def dialog_of(
        self,
        where: str,
        opener: pyatspi.Accessible,
        inside: Callable[[str, dict[str, pyatspi.Accessible]], None] | None = None,
    ) -> None:
        """Press `opener`, walk the dialog it opens, do `inside` (it may open a dialog of
        its own there), close it with its cancel button."""
        before = self.windows(DIALOG_ROLES)
        if opener.getRoleName().endswith("menu item"):
            self.press_without_answer(opener)
        else:
            self.press(opener)
        dialog = self.wait_for(
            lambda: next((d for d in self.windows(DIALOG_ROLES) if d not in before), None),
            f"the dialog of {where}",
        )
        named = self.walk(dialog, where, kind="dialog")
        if inside is not None:
            inside(where, named)
        if showing(dialog):
            self.close(dialog)

    def close(self, dialog: pyatspi.Accessible) -> None:
        """Its cancel button; a message with one button only (OK) closes with that."""
        buttons = [a for a in showing_tree(dialog) if a.getRoleName() == "push button"]
        button = next((b for b in buttons if b.name in CANCEL), None)
        if button is None and len(buttons) == 1:
            button = buttons[0]
        if button is None:
            raise SystemExit(f"walker: no cancel button in dialog {dialog.name!r}")
        self.press(button)
        self.wait_for(lambda: not showing(dialog), "the dialog to close")

    def go_on_to_file_chooser(self, where: str, named: dict[str, pyatspi.Accessible]) -> None:
        """In a save warning (the first one only): go on, walk the file chooser, cancel it
        (nothing is saved); the warning has closed then."""
        if self.file_chooser_seen:
            return
        self.file_chooser_seen = True
        go_on = next(
            b for b in named.values() if b.getRoleName() == "push button" and b.name not in CANCEL
        )
        self.dialog_of(f"{where} › {go_on.name}", go_on)

    def walk_form(self, where: str, on_last_page: Callable[[], None] | None = None) -> None:
        """Every section of the form on screen, pressing "Volgende" and waiting until the
        next step is the selected one."""
        steps = self.need("steps")
        count = steps.childCount
        for section in range(count):
            named = self.walk(self.main_window(), f"{where} {section + 1}")
            if section + 1 == count:
                break
            self.press(named["next"])
            step = steps.getChildAtIndex(section + 1)
            self.wait_for(
                lambda step=step: step.getState().contains(pyatspi.STATE_SELECTED),
                f"{where} {section + 2}",
            )
        if on_last_page is not None:
            on_last_page()

    def open_page(self, opener: str, page: str) -> dict[str, pyatspi.Accessible]:
        """Press the overview's `opener`, wait for the control `page`, walk what shows."""
        self.press(self.need(opener))
        self.need(page)
        return self.walk(self.main_window(), opener)

    def back_home(self) -> None:
        self.press(self.need("to_overview"))
        self.need("home")

    def open_menu(self, menu_item: pyatspi.Accessible) -> pyatspi.Accessible:
        """Open a menu of the menu bar; its popup (the menu item's child) once it shows."""
        self.press(menu_item)

        def popup() -> pyatspi.Accessible | None:
            child = menu_item.getChildAtIndex(0) if menu_item.childCount else None
            return child if child is not None and showing(child) else None

        return self.wait_for(
            popup,
            f"menu {menu_item.name}",
        )

    def menu_bar(self) -> list[pyatspi.Accessible]:
        bar = self.wait_for(
            lambda: first(self.main_window(), lambda a: a.getRoleName() == "menu bar"),
            "the menu bar",
        )
        return [bar.getChildAtIndex(i) for i in range(bar.childCount)]

    def menu_action(self, object_name: str) -> None:
        """Press the menu item `object_name`, opening the menus in turn to find it."""
        for menu_item in self.menu_bar():
            popup = self.open_menu(menu_item)
            found = self.by_name(object_name, popup)
            if found is not None:
                self.press_without_answer(found)  # type: ignore[arg-type]
                return
            self.press(menu_item)
            self.wait_for(lambda popup=popup: not showing(popup), "a menu to close")
        raise SystemExit(f"walker: no menu item {object_name}")


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


def showing_controls(root: pyatspi.Accessible) -> Iterator[tuple[pyatspi.Accessible, str]]:
    """The controls on screen under `root`, with their role, in reading order. One call
    finds them all (AT-SPI's Collection, much faster than asking node by node), except the
    items of lists and tables: Qt says they are showing when their list is not (a closed
    drop-down, a table on a hidden page), so they are read from the lists that show."""
    for node in Atspi.Collection.get_matches(
        root, SHOWING_CONTROLS, Atspi.CollectionSortOrder.CANONICAL, 0, True
    ):
        role = node.getRoleName()
        yield node, role
        if role in ITEM_HOLDERS:
            for index in range(node.childCount):
                item = node.getChildAtIndex(index)
                if item is not None and showing(item) and item.getRoleName() in ITEM_ROLES:
                    yield item, item.getRoleName()


def first(root: pyatspi.Accessible, test: Callable[[pyatspi.Accessible], bool]) -> object:
    return next((n for n in showing_tree(root) if test(n)), None)


def qt_name(node: pyatspi.Accessible) -> str:
    """The Qt object name: the last step of Qt's accessible id (a path of object names)."""
    return (node.accessibleId or "").rpartition(".")[2]


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run(walker: Walker, passphrase: str) -> None:
    walker.app = walker.wait_for(walker.find_app, "the app on the AT-SPI bus")
    unlock(walker, passphrase)
    walker.walk(walker.main_window(), "overview")
    walk_menus(walker, dialogs=True)
    overview_dialogs(walker)
    walker.press(walker.need("open_crisiskaart"))
    walker.walk_form("crisisplan", on_last_page=lambda: type_a_letter(walker))
    walker.back_home()
    walker.press(walker.need("open_wrap"))
    walker.walk_form("WRAP")
    walker.back_home()
    triad_cards(walker)
    other_pages(walker)
    in_english(walker)
    walker.wait_for(lambda: heard(walker, "Opgeslagen"), "the save announcement")
    walker.menu_action("action_lock")
    walker.wait_for(lambda: heard(walker, "vergrendeld"), "the lock announcement")
    walker.need("unlock")


def unlock(walker: Walker, passphrase: str) -> None:
    """A wrong passphrase (an urgent announcement), then the right one; the overview."""
    walker.walk(walker.need("unlock"), "unlock")
    walker.type_into(walker.need("passphrase"), "niet het goede wachtwoord")
    walker.press(walker.need("open"))
    walker.wait_for(lambda: any(h["politeness"] == 2 for h in walker.heard), "an error")
    walker.type_into(walker.need("passphrase"), passphrase)
    walker.press(walker.need("open"))
    walker.wait_for(lambda: walker.by_name("home") or walker.by_name("dossiers"), "unlocking")
    if walker.by_name("home") is None:  # the list of dossiers: open the only one
        row = walker.wait_for(
            lambda: first(walker.main_window(), lambda a: a.getRoleName() == "table cell"),
            "a dossier row",
        )
        row.queryAction().doAction(0)  # type: ignore[attr-defined]
        walker.need("home")


def walk_menus(walker: Walker, dialogs: bool) -> None:
    """Every menu of the menu bar; with `dialogs`, every dialog a menu item with "…" opens."""
    for menu_item in walker.menu_bar():
        popup = walker.open_menu(menu_item)
        where = f"menu {menu_item.name}"
        walker.walk(popup, where, kind="menu")
        entries = [
            e
            for e in showing_tree(popup)
            if e.getRoleName().endswith("menu item")
            and e.name.endswith("…")
            and e.getState().contains(pyatspi.STATE_SENSITIVE)
        ]
        walker.press(menu_item)  # closes the menu again
        walker.wait_for(lambda popup=popup: not showing(popup), f"{where} to close")
        for entry in entries if dialogs else []:
            walker.dialog_of(f"{where} › {entry.name}", entry, inside=nested_dialogs(walker))


def nested_dialogs(walker: Walker) -> Callable[[str, dict[str, pyatspi.Accessible]], None]:
    """What a dialog's own buttons open: the About dialog's Licenties."""

    def inside(where: str, named: dict[str, pyatspi.Accessible]) -> None:
        if "about_licences" in named:
            button = named["about_licences"]
            walker.dialog_of(f"{where} › {button.name}", button)

    return inside


def page_dialogs(
    walker: Walker, root: pyatspi.Accessible, where: str, skip: tuple[str, ...] = ()
) -> None:
    """Every dialog a button on the page opens: a name with "…", or a known opener."""
    openers = [
        node
        for node in showing_tree(root)
        if node.getRoleName() == "push button"
        and ("…" in node.name or qt_name(node).startswith(DIALOG_OPENERS))
        and not qt_name(node).startswith(skip)
        and node.getState().contains(pyatspi.STATE_SENSITIVE)
    ]
    for opener in openers:
        walker.dialog_of(f"{where} › {opener.name}", opener, inside=walker.go_on_to_file_chooser)


def overview_dialogs(walker: Walker) -> None:
    # versions and after-a-crisis are pages (below), not dialogs
    page_dialogs(walker, walker.need("home"), "overview", skip=("versions_", "post_crisis"))


def type_a_letter(walker: Walker) -> None:
    """A letter in the page's first text field: the app saves and says "Opgeslagen"."""
    field = walker.wait_for(
        lambda: first(
            walker.main_window(),
            lambda a: a.getRoleName() == "text" and a.getState().contains(pyatspi.STATE_EDITABLE),
        ),
        "a text field in the crisis plan",
    )
    editable = field.queryEditableText()  # type: ignore[attr-defined]
    editable.insertText(field.queryText().characterCount, "!", 1)  # type: ignore[attr-defined]


def triad_cards(walker: Walker) -> None:
    """The own triad card of one member in each role (a role's questions are the same)."""
    roles: dict[str, str] = {}  # role -> the object name of its first "Invullen als" button
    role = ""
    for node in showing_tree(walker.need("home")):
        if node.getRoleName() == "label" and "(" in node.name:  # "Noor Bakker (cliënt): klaar"
            role = node.name.rpartition("(")[2].partition(")")[0]
        elif node.getRoleName() == "push button" and qt_name(node).startswith("fill_p"):
            roles.setdefault(role, qt_name(node))
    for role, member in roles.items():
        walker.press(walker.need(member))
        walker.walk_form(f"triad {role}")
        walker.back_home()


def other_pages(walker: Walker) -> None:
    """The pages the overview opens besides the forms, and the dialogs on them."""
    for opener, page in (
        ("triad_compare", "comparison"),
        ("open_people", "people_page"),
        ("card_crisiskaart", "card_page"),
        ("card_wrap", "card_page"),
        ("versions_crisiskaart", "to_overview"),
        ("versions_wrap", "to_overview"),
        ("post_crisis", "to_overview"),
    ):
        if walker.by_name(opener) is None:
            continue
        named = walker.open_page(opener, page)
        if opener == "triad_compare":
            comparison(walker, named)
        elif opener == "open_people":
            people(walker, named)
        else:
            page_dialogs(walker, walker.main_window(), opener, skip=("to_overview",))
        walker.back_home()


def comparison(walker: Walker, named: dict[str, pyatspi.Accessible]) -> None:
    """The consent step, the agreement dialog and the PDF dialogs of the comparison."""
    if "consent_change" in named:
        walker.press(named["consent_change"])
        walker.need("consent_save")
        walker.walk(walker.main_window(), "comparison › consent")
        walker.press(walker.need("consent_save"))
        walker.need("agreement_make")
    walker.dialog_of("comparison › agreement", walker.need("agreement_make"))
    page_dialogs(walker, walker.need("comparison"), "comparison", skip=("agreement_make",))


def people(walker: Walker, named: dict[str, pyatspi.Accessible]) -> None:
    """Adding a person, and changing the first one (selected as a screen reader does)."""
    walker.dialog_of("people › add", named["people_add"])
    cell = first(named["people_table"], lambda a: a.getRoleName() == "table cell")
    assert cell is not None, "the people table is empty"
    cell.queryAction().doAction(0)  # type: ignore[attr-defined]  # its only action: Toggle
    walker.dialog_of("people › edit", named["people_edit"])


def in_english(walker: Walker) -> None:
    """The app in English: the overview, the menus and every page of the crisis plan, where
    the read-aloud buttons show; then back to Dutch."""
    walker.menu_action("action_lang_en")
    walker.wait_for(lambda: walker.by_name("home"), "the overview in English")
    walker.walk(walker.main_window(), "overview (en)")
    walk_menus(walker, dialogs=False)
    walker.press(walker.need("open_crisiskaart"))
    walker.walk_form("crisis plan (en)")
    walker.back_home()
    walker.menu_action("action_lang_nl")
    walker.wait_for(lambda: walker.by_name("home"), "the overview in Dutch")


def heard(walker: Walker, word: str) -> bool:
    return any(word.casefold() in str(h["text"]).casefold() for h in walker.heard)


def start_bus() -> subprocess.Popen[bytes]:
    """The AT-SPI bus; Qt only uses one that is already there when it starts."""
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    import dbus

    session = dbus.SessionBus()
    end = time.monotonic() + 10
    while not session.name_has_owner("org.a11y.Bus"):
        if time.monotonic() > end:
            raise SystemExit("walker: the AT-SPI bus did not start")
        time.sleep(0.05)
    return launcher


def main() -> int:
    app_command = sys.argv[sys.argv.index("--") + 1 :]
    passphrase = sys.stdin.readline().rstrip("\n")
    launcher = start_bus()
    app = subprocess.Popen(app_command, env={**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"})
    Atspi.set_timeout(CALL_TIMEOUT_MS, -1)
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
            "read_aloud": len(walker.read_aloud),
            "unnamed": walker.unnamed,
            "announcements": walker.heard,
            "seconds": round(time.monotonic() - started, 1),
            "visited": walker.pages + walker.dialogs + walker.menus,
        }
        print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
