"""Driver for build-aux/screenshots.sh: walks the app on the demo database
and takes the screenshots used by the README and the AppStream metainfo."""
import os
import re
import subprocess
import sys
import time

import atspi as A

# The end-to-end tests' helpers: combo boxes, scrolling, file choosers.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "e2e"))
import e2e_common as E  # noqa: E402

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


def settle():
    """The pointer out of the way (no tooltip), animations ended."""
    A.Atspi.generate_mouse_event(1279, 799, "abs")
    time.sleep(0.8)


def window_geometry(title):
    """The X id and geometry of the top-level window titled `title`."""
    info = subprocess.run(["xwininfo", "-name", title], capture_output=True, text=True,
                          check=True).stdout
    vals = dict(line.strip().split(":", 1) for line in info.splitlines() if ":" in line)
    xid = info.split("Window id:")[1].split()[0]
    return xid, tuple(int(vals[k]) for k in ("Absolute upper-left X", "Absolute upper-left Y",
                                             "Width", "Height"))


def shot_toplevel(name, title):
    """One window of the app (not the main one) by its title."""
    settle()
    xid, _ = window_geometry(title)
    subprocess.run(["import", "-window", xid, os.path.join(out, name + ".png")], check=True)


def shot_over(name, title):
    """The screen within the window titled `title`: that window with the
    dialogs on top of it (needs --wm)."""
    settle()
    _, (x, y, w, h) = window_geometry(title)
    subprocess.run(["import", "-window", "root", "-crop", "%dx%d+%d+%d" % (w, h, x, y), "+repage",
                    os.path.join(out, name + ".png")], check=True)


def open_workspace(reference):
    """The review workspace of a case, from its case page; returns
    (window, title)."""
    open_case(reference)
    A.click(A.find(app, "push button", re.compile("^_?Open Review Workspace")))
    w = toplevel(reference + " \u00b7 ")
    return w, A.name(w)


def open_report(reference):
    """The report window of a case, from its case page; returns (window,
    title)."""
    open_case(reference)
    A.click(A.find(app, "push button", re.compile("^_?Open Report")))
    w = toplevel(reference + " \u00b7 ")
    return w, A.name(w)


def workspace_page(w, tab, class_name):
    A.click(E.first(w, "page tab", tab))
    return E.first(w, "filler", class_name)


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
elif scene == "workspace-commissioning":
    w, title = open_workspace("NB-2026-008")
    page = workspace_page(w, "Commissioning", "CrCommissioningPage")
    E.first(page, "list", "Reviewers")
    E.first(page, "label", re.compile("^Target: "))
    shot_toplevel("workspace-commissioning", title)
elif scene == "workspace-evidence":
    w, title = open_workspace("NB-2026-008")
    page = workspace_page(w, "Evidence", "CrEvidencePage")
    documents = E.first(page, "list", "Documents")
    E.first(documents, "list item", re.compile("^Agency report: "))
    # Down to the documents, below the requests.
    items = A.find_all(documents, "list item", showing=False)
    E.reveal(items[min(3, len(items) - 1)])
    shot_toplevel("workspace-evidence", title)
elif scene in ("workspace-chronology", "workspace-dark"):
    w, title = open_workspace("NB-2026-008")
    page = workspace_page(w, "Chronology", "CrChronologyPage")
    E.first(page, "label", re.compile(r"^\d+ entries from \d+ agencies"))
    shot_toplevel(scene, title)
elif scene == "chronology-import":
    import tempfile
    w, title = open_workspace("NB-2026-008")
    page = workspace_page(w, "Chronology", "CrChronologyPage")
    E.first(page, "label", re.compile(r"^\d+ entries from \d+ agencies"))
    folder = tempfile.mkdtemp()
    csv = os.path.join(folder, "CSC chronology Baby H.csv")
    with open(csv, "w", encoding="utf-8") as f:
        f.write("Date of contact,Worker,Contact details,Source\n"
                "02/06/2026 10:20,Duty social worker,Notification from the police: Father of Baby H "
                "released on licence to the family home,Liquidlogic contact\n"
                "3 Jun 2026,Team manager,No further action: information only; health visitor "
                "not told,Liquidlogic contact\n"
                "31/06/2026,Social worker,Telephone call to Mother of Baby H,Case note\n"
                "2026-07-02 16:45,Duty social worker,Referral from the hospital: Baby H admitted "
                "with a skull fracture,Liquidlogic contact\n"
                "2026-07-02 18:00,Team manager,Strategy discussion with the police and the "
                "hospital; section 47 enquiry agreed,Strategy record\n")
    A.click(E.first(page, "push button", re.compile("^Import Import")))
    dialog = E.window(app, "Import Chronology")
    A.click(E.first(dialog, "push button", re.compile("^Choose File")))
    chooser = E.window(app, "Choose a Chronology")
    A.key("ctrl+l")
    A.set_text(E.first(chooser, "text", "GtkFileChooserEntry"), csv)
    A.click(E.first(chooser, "push button", "Open"))
    E.window_gone(app, "Choose a Chronology")
    E.pick(E.first(dialog, "combo box", re.compile("^Agency")),
           "Children\u2019s Social Care \u2013 Northbridge City Council")
    E.first(dialog, "label", "4 entries \u00b7 1 row set aside")
    # Down to the preview, with the last choices of columns above it.
    x, y = A.center(E.first(dialog, "label", "Columns"))
    for _ in range(30):
        A.Atspi.generate_mouse_event(x, y, "b5c")
        time.sleep(0.03)
    shot_toplevel("chronology-import", "Import Chronology")
    try:
        os.remove(csv)
        os.rmdir(folder)
    except OSError:
        pass
elif scene == "document":
    w, title = open_workspace("NB-2026-008")
    page = workspace_page(w, "Evidence", "CrEvidencePage")
    report = "Agency report: Westshire Police \u2013 Public Protection Unit"
    E.tap(E.first(E.first(page, "list", "Documents"), "list item", report))
    viewer = E.window(app, report)
    E.first(viewer, "image", "Page 1")
    A.key("F9")
    E.first(E.first(viewer, "list", "Page Thumbnails"), "image", "Page 1")
    A.key("ctrl+f")
    time.sleep(0.3)
    A.press_keys("licence")
    E.first(viewer, "label", re.compile(r"^1 of \d+$"), timeout=20)
    shot_toplevel("document", report)
elif scene == "workspace-proceedings":
    w, title = open_workspace("NB-2025-011")
    page = workspace_page(w, "Proceedings", "CrProceedingsPage")
    E.first(page, "list")
    shot_toplevel("workspace-proceedings", title)
elif scene in ("report-draft", "report-dark"):
    w, title = open_report("NB-2026-008")
    sections = E.first(w, "list", "Sections")
    E.tap(E.first(sections, "list item", "Analysis"))
    E.first(w, "label", "Analysis")
    E.first(w, "label", re.compile(r"^[\d,]+ words"))
    shot_toplevel(scene, title)
elif scene == "report-compare":
    w, title = open_report("NB-2026-008")
    A.click(E.first(w, "push button", "Versions"))
    versions = toplevel("Versions")
    E.first(E.first(versions, "list", "Versions"), "list item", re.compile("^Version 2"))
    A.click(E.first(versions, "push button", "Compare with Previous"))
    compare = toplevel("Compare Versions")
    E.first(compare, "label", re.compile("^Version 1 \u2192 Version 2"))
    shot_toplevel("report-compare", "Compare Versions")
elif scene == "report-check":
    w, title = open_report("NB-2026-009")
    page = workspace_page(w, "Check", "CrAnonymisationPage")
    E.first(page, "label", re.compile(r"^\d+ identifying details? to resolve$"), timeout=20)
    shot_toplevel("report-check", title)
elif scene == "report-findings":
    w, title = open_report("NB-2026-008")
    page = workspace_page(w, "Findings", "CrFindingsPage")
    E.first(page, "list")
    shot_toplevel("report-findings", title)
elif scene == "report-publication":
    w, title = open_report("NB-2026-008")
    page = workspace_page(w, "Publication", "CrPublicationPage")
    E.first(page, None, re.compile("^Case status: "))
    shot_toplevel("report-publication", title)
elif scene == "publication-assistant":
    import datetime
    from report_common import choose
    w, title = open_report("NB-2026-008")
    page = workspace_page(w, "Publication", "CrPublicationPage")
    A.click(E.find_button(page, "Open Publication Assistant"))
    wizard = toplevel("Publication \u2014 NB-2026-008")
    today = datetime.date.today()
    p = E.page(wizard, "CrPubPageProceedings", "Parallel Proceedings")
    choose(p, "Publication will not prejudice them")
    A.set_text(E.first(p, "text", "Who confirmed it and when"),
               "The senior investigating officer, by email last week.")
    E.next_page(wizard)
    p = E.page(wizard, "CrPubPageAnonymisation", "Anonymisation Check")
    E.first(p, None, "No identifying details found", timeout=20)
    E.next_page(wizard)
    p = E.page(wizard, "CrPubPageFamily", "The Family")
    E.fill(p, "Date the family was told", (today - datetime.timedelta(days=7)).isoformat())
    choose(p, "Shown the report")
    E.next_page(wizard)
    p = E.page(wizard, "CrPubPageDecision", "Decision to Publish")
    choose(p, "Publish the report in full")
    E.fill(p, "Decided by", "The three safeguarding partners")
    E.fill(p, "Date of the decision", (today - datetime.timedelta(days=5)).isoformat())
    E.next_page(wizard)
    p = E.page(wizard, "CrPubPageNotice", "Notice to the Panel")
    planned = today + datetime.timedelta(days=35)
    while planned.weekday() != 2:  # a Wednesday
        planned += datetime.timedelta(days=1)
    E.fill(p, "Planned publication date", planned.isoformat())
    E.first(p, None, re.compile("^Send the copies by "))
    choose(p, "Child Safeguarding Practice Review Panel")
    shot_over("publication-assistant", title)
