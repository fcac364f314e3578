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
