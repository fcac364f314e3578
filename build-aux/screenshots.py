"""Driver for build-aux/screenshots.sh: walks the app on the demo database
and takes the screenshots used by the README and the AppStream metainfo."""
import os
import subprocess
import sys
import time

import atspi as A

out = os.environ["SHOTS_DIR"]
scene = sys.argv[1] if len(sys.argv) > 1 else "all"


def shot(name):
    time.sleep(0.6)
    subprocess.run(["import", "-window", os.environ["GUI_RUN_WINDOW_ID"], os.path.join(out, name + ".png")], check=True)


def shot_screen(name):
    """The whole screen: for dialogs over the main window (needs --wm)."""
    time.sleep(1.0)
    subprocess.run(["import", "-window", "root", os.path.join(out, name + ".png")], check=True)


def open_case(reference):
    A.mouse_click(A.find(app, "label", reference))
    A.find(app, None, "Pseudonym", pred=lambda a: A.role(a) in ("entry", "text"))


def toplevel(title):
    return A.find(app, None, title, contains=True,
                  pred=lambda a: A.role(a.get_parent()) == "application")


app = A.app()
search = A.find(app, None, "Search cases", pred=lambda a: A.role(a) in ("entry", "text"))
if scene == "register":
    shot("register")
elif scene == "case":
    A.mouse_click(A.find(app, "label", "NB-2026-009"))
    A.find(app, None, "Pseudonym", pred=lambda a: A.role(a) in ("entry", "text"))
    shot("case")
elif scene == "agencies":
    A.click(A.find(app, "page tab", "Agencies"))
    A.find(app, None, "Search agencies", pred=lambda a: A.role(a) in ("entry", "text"))
    shot("agencies")
elif scene == "narrow":
    A.mouse_click(A.find(app, "label", "NB-2026-004"), double=True)
    A.find(app, None, "Pseudonym", pred=lambda a: A.role(a) in ("entry", "text"))
    shot("narrow")
elif scene == "preferences":
    A.key("ctrl+,")
    w = A.find(app, None, "Preferences", pred=lambda a: A.role(a.get_parent()) == "application")
    time.sleep(0.8)
    subprocess.run(["import", "-window", "root", os.path.join(out, "preferences.png")], check=True)
elif scene == "referral":
    A.click(A.find(app, "push button", "New Referral"))
    toplevel("New Referral")
    shot_screen("referral")
elif scene == "timeline":
    open_case("NB-2026-004")
    A.find(app, None, "Complete the rapid review", contains=True)
    row = A.find_all(app, None, "Notify the Panel", contains=True)[-1]
    x, y = A.center(A.find(app, None, "Pseudonym", pred=lambda a: A.role(a) in ("entry", "text")))
    # Scroll the case page down to its Deadlines group with the mouse wheel.
    for _ in range(40):
        e = A.Atspi.Component.get_extents(row, A.Atspi.CoordType.WINDOW)
        if 0 < e.y < 260:
            break
        A.Atspi.generate_mouse_event(x, y, "b5c")
        time.sleep(0.1)
    shot("timeline")
elif scene == "rapid-review":
    open_case("NB-2026-004")
    A.click(A.find(app, "push button", "Rapid Review…"))
    toplevel("Rapid Review — NB-2026-004")
    shot_screen("rapid-review")
elif scene == "report":
    open_case("NB-2026-006")
    A.click(A.find(app, "push button", "Rapid Review Report…"))
    A.find(app, None, "Page 1", pred=lambda a: True)
    shot_screen("report")
