"""Helpers shared by the end-to-end drivers (run by gui-run's Debian python3)."""
import os
import subprocess
import time

import atspi as A


def shot(name):
    """Screenshot of the whole screen into $E2E_SHOTS (for people to look at)."""
    folder = os.environ.get("E2E_SHOTS")
    if folder:
        subprocess.run(["import", "-window", "root", os.path.join(folder, name + ".png")], check=False)


def entry(root, label):
    """A text field found by its accessible label (GtkEntry is 'entry' or 'text')."""
    return A.find(root, None, label, pred=lambda a: A.role(a) in ("entry", "text"))


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
    return A.find(app, None, title, pred=lambda a: A.role(a) in ("frame", "dialog", "filler")
                  and A.role(a.get_parent()) == "application")


def window_gone(app, title):
    A.wait_gone(app, None, title, pred=lambda a: A.role(a) in ("frame", "dialog", "filler")
                and A.role(a.get_parent()) == "application")
