"""Helpers shared by the end-to-end drivers (run by gui-run's Debian python3)."""
import os
import re
import subprocess
import time

import atspi as A
from gi.repository import Atspi  # atspi.py has required Atspi 2.0


def shot(name):
    """Screenshot of the whole screen into $E2E_SHOTS (for people to look at)."""
    folder = os.environ.get("E2E_SHOTS")
    if folder:
        subprocess.run(["import", "-window", "root", os.path.join(folder, name + ".png")], check=False)


def first(root, role=None, name=None, contains=False, pred=None, timeout=None):
    """Like atspi.find(), but stops walking at the first on-screen match
    (falling back to the first match of all when none is on screen). Much
    cheaper than find() on the large trees of the case page and of the
    assistants, which keep every page in the tree."""
    def look():
        A._fresh(root)
        spare = None
        for acc, _ in A._walk(root):
            if A._match(acc, role, name, contains, None, False, pred):
                if A.on_screen(acc):
                    return acc
                if spare is None:
                    spare = acc
        return spare
    try:
        return A.wait_until(look, timeout, what="role=%r name=%r" % (role, name))
    except A.NotFound:
        raise A.NotFound("no element role=%r name=%r under %s %r within %.1fs.\nTree:\n%s"
                         % (role, name, A.role(root), A.name(root),
                            A.TIMEOUT if timeout is None else timeout, A.dump(root))) from None


def entry(root, label):
    """A text field found by its accessible label (GtkEntry is 'entry' or 'text')."""
    return first(root, None, label, pred=lambda a: A.role(a) in ("entry", "text"))


def fill(root, label, value):
    field = entry(root, label)
    A.set_text(field, value)
    return field


def quit_app():
    """Quit as a user does (Ctrl+Q) and wait for the process to end cleanly."""
    pid = int(os.environ["GUI_RUN_APP_PID"])
    A.key("ctrl+q")
    deadline = time.time() + 15
    while time.time() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        # A zombie (exited, not yet reaped by gui-run) counts as ended.
        try:
            with open("/proc/%d/stat" % pid) as f:
                if f.read().split()[2] == "Z":
                    return
        except FileNotFoundError:
            return
        time.sleep(0.1)
    raise AssertionError("the app did not quit within 15 s of Ctrl+Q")


def window(app, title):
    """A top-level window or dialog of the app by title. GTK 4.8 gives an
    AdwWindow the role 'filler', a GtkWindow 'frame', AdwMessageDialog
    'dialog'."""
    def look():
        A._fresh(app)
        return _windows(app, title)[0] if _windows(app, title) else None
    try:
        return A.wait_until(look, what="a window titled %r" % title)
    except A.NotFound:
        raise A.NotFound("no window titled %r; the app has %s"
                         % (title, [A.name(w) for w in A._children(app)])) from None


def _windows(app, title):
    return [w for w in A._children(app)
            if A.role(w) in ("frame", "dialog", "filler") and A._name_ok(A.name(w), title, False)]


def window_gone(app, title):
    def gone():
        A._fresh(app)
        return not _windows(app, title)
    A.wait_until(gone, what="the window %r to close" % title)


# ---------------------------------------------------------------- scrolling,
# combos, switches and assistants (used by the review_*.py drivers)

def _extents(acc):
    return Atspi.Component.get_extents(acc, Atspi.CoordType.WINDOW)


def _scroller(acc):
    parent = acc.get_parent()
    while parent is not None and A.role(parent) not in ("scroll pane", "application"):
        parent = parent.get_parent()
    return parent if parent is not None and A.role(parent) == "scroll pane" else None


def reveal(acc):
    """Scroll the nearest scrolled window with the mouse wheel until `acc`
    lies wholly inside it, as a user does before clicking something below
    the fold (GTK 4.8 cannot scroll to an accessible on request)."""
    pane = _scroller(acc)
    if pane is None:
        return
    for _ in range(80):
        e, s = _extents(acc), _extents(pane)
        if e.y >= s.y and e.y + e.height <= s.y + s.height:
            return
        x, y = A.center(pane)
        Atspi.generate_mouse_event(x, y, "b5c" if e.y + e.height > s.y + s.height else "b4c")
        time.sleep(0.03)
    raise AssertionError("could not scroll %s %r into view" % (A.role(acc), A.name(acc)))


def tap(acc):
    """A real pointer click on `acc`, scrolled into view first. For widgets
    GTK 4.8 gives no AT-SPI action: check buttons, switches, list rows."""
    reveal(acc)
    A.mouse_click(acc)


def toggle_on(acc):
    """Turn a check button or switch (role 'check box') on with the pointer."""
    if "checked" not in A.states(acc):
        tap(acc)
    A.wait_until(lambda: "checked" in A.states(acc), 5, what="%r to be on" % A.name(acc))


def pick(combo, label):
    """Choose `label` in a GtkDropDown / AdwComboRow as a keyboard user does:
    open its popover, move with the arrow keys, press Return. (Pointer clicks
    inside GTK 4.8 popovers land off target: their extents are not relative
    to the window.)"""
    def popover_open():
        return A.find_all(combo, "scroll pane", showing=True)

    for _ in range(3):
        if popover_open():
            break
        # the click can miss while the page is still settling: try again
        reveal(combo)
        A.mouse_click(combo)
        try:
            A.wait_until(popover_open, 3, what="the choices of %r to open" % A.name(combo))
        except A.NotFound:
            continue
    pop = A.find(combo, "scroll pane", showing=True)
    lst = A.find(pop, "list")

    def items():
        return [c for c in A._children(lst) if A.role(c) == "list item"]

    def text_of(item):
        labels = A.find_all(item, "label", showing=False)
        return A.name(labels[0]) if labels else ""

    A.wait_until(lambda: any("focused" in A.states(i) for i in items()), 5,
                 what="the choices of %r to take the focus" % A.name(combo))
    rows = items()
    texts = [text_of(i) for i in rows]
    if label not in texts:
        A.key("Escape")
        raise AssertionError("%r is not among the choices of %r: %s" % (label, A.name(combo), texts))
    here = [i for i, row in enumerate(rows) if "focused" in A.states(row)][0]
    want = texts.index(label)
    for _ in range(abs(want - here)):
        A.key("Down" if want > here else "Up")
    A.wait_until(lambda: "focused" in A.states(items()[want]), 5, what="the focus on %r" % label)
    A.key("Return")
    A.wait_until(lambda: not A.find_all(combo, "scroll pane", showing=True), 5,
                 what="the choices of %r to close" % A.name(combo))
    A.wait_until(lambda: A.find_all(combo, "label", label, showing=True), 5,
                 what="%r to show %r" % (A.name(combo), label))


def labels(root):
    """The names of the labels under `root`, in tree order."""
    return [A.name(a) for a in A.find_all(root, "label", showing=False)]


def wait_label(root, name, timeout=None):
    """Wait for a label under `root` whose text is `name` (str: exact, or a
    compiled regex) and return it."""
    return first(root, "label", name, timeout=timeout)


def sensitive(acc):
    return "sensitive" in A.states(acc)


def wait_sensitive(acc, want=True, timeout=5):
    A.wait_until(lambda: sensitive(acc) == want, timeout,
                 what="%s %r to become %s" % (A.role(acc), A.name(acc),
                                              "sensitive" if want else "insensitive"))
    return acc


_STEP = re.compile(r"^Step (\d+) of (\d+)$")


def step(assistant):
    """(n, total) from an assistant's "Step n of total" subtitle."""
    found = first(assistant, "label", _STEP)
    m = _STEP.match(A.name(found))
    return int(m.group(1)), int(m.group(2))


def page(assistant, class_name, title):
    """The assistant's page widget, once the assistant shows `title`."""
    A.wait_until(lambda: _title(assistant) == title, 10,
                 what="the assistant to show %r (it shows %r)" % (title, _title(assistant)))
    return first(assistant, "filler", class_name)


def _title(assistant):
    """The title above the "Step n of total" subtitle."""
    found = first(assistant, "label", _STEP)
    for sibling in A._children(found.get_parent()):
        if A.role(sibling) == "label" and not _STEP.match(A.name(sibling)):
            return A.name(sibling)
    return None


def next_page(assistant, button="Next"):
    """Press Next (it must be sensitive) and wait for the following step."""
    n, _ = step(assistant)
    nxt = wait_sensitive(first(assistant, "push button", button))
    A.click(nxt)
    A.wait_until(lambda: step(assistant)[0] == n + 1, 10, what="step %d" % (n + 1))
    time.sleep(0.3)  # settle: the page slides in


def find_button(root, prefix):
    """A push button whose name starts with `prefix`. GTK 4.8 names a button
    that has both an accessible label and a child label "Label Child"."""
    return first(root, "push button", re.compile("^" + re.escape(prefix)))


def row_status(list_acc, title):
    """The labels of the row of a boxed list whose title label is `title`."""
    row = first(list_acc, "list item", re.compile("^" + re.escape(title)))
    return labels(row)


def text_leaks(root, words):
    """Every name or text under `root` that holds one of `words`."""
    out = []
    for acc, _ in A._walk(root):
        value = A.name(acc)
        if "Text" in A._ifaces(acc):
            value += " " + (A._text_iface(acc) or "")
        if any(w in value for w in words):
            out.append("%s %r" % (A.role(acc), value))
    return out


def open_case(app, search_text, reference=None):
    """Find a case in the register by search and open it on the case page;
    returns the case page."""
    search = entry(app, "Search cases")
    A.set_text(search, search_text)
    first(app, "label", "1 case", contains=True)
    table = first(app, "tree table", "Cases")
    A.mouse_click(first(table, "label", reference or search_text))
    case_page = first(app, "filler", "CrCasePage")
    if reference:
        A.wait_until(lambda: A.text(entry(case_page, "Reference")) == reference, 10,
                     what="the case page to show %s" % reference)
    return case_page
