"""Issue 4, step 1: an independent reviewer works on a local review in its
workspace. Appoint a reviewer with a declaration of independence; import
two agencies' chronologies (one with a bad row, one repeating an event of
the other) through the import dialog; find an entry; attach an agency's
PDF report through the Evidence page, open it and find a word in it."""
import os
import re
import shutil

import atspi as A
from e2e_common import (entry, fill, find_button, first, labels, pick, quit_app, row_status, shot,
                        tap, toggle_on, wait_label, wait_sensitive, window, window_gone)
from workspace_common import (CAMHS, CSC, DOCUMENT, REVIEWER, WORD, choose_file, chosen_case,
                              open_workspace, settle, show_page)

work = os.environ["E2E_WORK"]
case = chosen_case()
child = case["pseudonym"]

# ---- The agencies' files, as they would arrive by secure email.
CSC_CSV = os.path.join(work, "CSC chronology.csv")
with open(CSC_CSV, "w", encoding="utf-8") as f:
    f.write("Date,Time,Event,Author,Source\n"
            "03/02/2025,09:15,Referral from the school: %(c)s arrived with a bruise on the cheek,"
            "Duty social worker,Contact record 101\n"
            "14 Feb 2025,,Strategy discussion held with police and health,Team manager,"
            "Strategy minutes\n"
            "31/02/2025,,Home visit recorded with an impossible date,Social worker,Case note 7\n"
            "2025-03-10 14:00,,%(c)s moved into foster care under section 20,Social worker,"
            "Placement record\n"
            "2025-04-02,,Looked-after child review: %(c)s said the placement feels safe,"
            "Independent reviewing officer,LAC review\n" % {"c": child})
CAMHS_CSV = os.path.join(work, "CAMHS chronology.csv")
with open(CAMHS_CSV, "w", encoding="utf-8") as f:
    f.write("Date,Time,Event,Author,Source\n"
            "2025-03-20,10:30,CAMHS referral accepted after a GP letter about low mood,"
            "CAMHS duty clinician,Referral log\n"
            "2025-04-02,,Looked-after review: %(c)s said the placement feels safe,"
            "CAMHS clinician,LAC review minutes\n"
            "2025-05-15,,Choice appointment: %(c)s described nightmares,CAMHS practitioner,"
            "Clinical note\n" % {"c": child})
corpus = os.environ.get("E2E_CORPUS") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus", "pdfs")
PDF = os.path.join(work, DOCUMENT + ".pdf")
shutil.copyfile(os.path.join(corpus, "pdfcpu__pdfcpu", "T6.pdf"), PDF)

app = A.app()
workspace = open_workspace(app, case)

# ---- Commissioning: appoint a reviewer who declares independence.
page = show_page(workspace, "Commissioning", "CrCommissioningPage")
A.click(find_button(page, "Add Reviewer"))
dialog = window(app, "Add Reviewer")
add = first(dialog, "push button", "Add")
wait_sensitive(add, False)  # the name is required
fill(dialog, "Name of the reviewer", REVIEWER)
fill(dialog, "Organisation of the reviewer", "Testwright Reviews Ltd")
fill(dialog, "Date the reviewer was appointed", "2026-11-20")
toggle_on(first(dialog, "check box", re.compile("^Declared no connection to the case")))
A.set_text(first(dialog, "text", "Declaration of independence"),
           "I have no connection to %s, to the family or to the agencies reviewed." % child)
fill(dialog, "Date of the declaration of independence", "2026-11-20")
settle()
shot("workspace-10-add-reviewer")
A.click(wait_sensitive(add))
window_gone(app, "Add Reviewer")
reviewers = first(page, "list", "Reviewers")
A.wait_until(lambda: "Independence declared" in row_status(reviewers, REVIEWER), 10,
             what="the pill of %s to read Independence declared" % REVIEWER)
assert ("Co-reviewer \u00b7 Testwright Reviews Ltd \u00b7 Independence declared 20 November 2026"
        in row_status(reviewers, REVIEWER)), row_status(reviewers, REVIEWER)
settle()
shot("workspace-11-commissioning")

# ---- Chronology: import the first agency's file from the empty page.
page = show_page(workspace, "Chronology", "CrChronologyPage")
first(page, "label", "No Chronology Yet")
A.click(find_button(page, "Import Chronology"))


def import_file(path, agency, preview):
    """Import one agency's file through the dialog; `preview` is the
    summary line the dialog must show before the import."""
    dialog = window(app, "Import Chronology")
    import_button = find_button(dialog, "Import")
    wait_sensitive(import_button, False)  # no file yet
    A.click(first(dialog, "push button", re.compile("^Choose File")))
    choose_file(app, "Choose a Chronology", path, "Open")
    first(dialog, "label", os.path.basename(path))
    pick(first(dialog, "combo box", re.compile("^Agency")), agency)
    # The columns are found from the header row: the mapping and what it reads.
    for role, column in (("Date", "A \u00b7 Date"), ("Time", "B \u00b7 Time"),
                         ("Event", "C \u00b7 Event"), ("Author or role", "D \u00b7 Author"),
                         ("Source", "E \u00b7 Source")):
        first(first(dialog, "combo box", re.compile("^" + role)), "label", column)
    wait_label(dialog, preview[0])
    for line in preview[1:]:
        first(dialog, "label", line)
    settle()
    return dialog, import_button


dialog, import_button = import_file(CSC_CSV, CSC, (
    "4 entries \u00b7 1 row set aside",
    "Row 4: \u201c31/02/2025\u201d is not a real day"))
preview = first(dialog, "tree table", "Preview of the entries")
first(preview, "label", "10/03/2025")  # "2025-03-10 14:00": the day …
first(preview, "label", "14:00")       # … and the time from one cell
shot("workspace-12-import-csc")
A.click(wait_sensitive(import_button))
window_gone(app, "Import Chronology")
status = wait_label(page, "4 entries from 1 agency \u00b7 1 row set aside")

# ---- The second agency, from the toolbar's Import… button.
A.click(first(page, "push button", re.compile("^Import Import")))
dialog, import_button = import_file(CAMHS_CSV, CAMHS, ("3 entries",))
shot("workspace-13-import-camhs")
A.click(wait_sensitive(import_button))
window_gone(app, "Import Chronology")
STATUS = "7 entries from 2 agencies \u00b7 1 possible duplicate \u00b7 1 row set aside"
wait_label(page, STATUS)
table = first(page, "tree table", "Chronology entries")
first(table, "label", "Choice appointment: %s described nightmares" % child)
settle()
shot("workspace-14-chronology")

# The bad row is kept aside with its number and reason.
A.click(first(page, "push button", "Rows Set Aside"))
aside = first(page, "list", "Rows set aside")
first(aside, "label", "Row 4 \u00b7 %s \u00b7 %s" % (CSC, os.path.basename(CSC_CSV)))
first(aside, "label", "Row 4: \u201c31/02/2025\u201d is not a real day")
settle()
shot("workspace-15-rows-set-aside")
A.click(first(page, "push button", "Back to the Chronology"))

# The two agencies' notes of the same review are flagged, not merged.
A.click(first(page, "push button", "Possible Duplicates"))
duplicates = first(page, "list", "Possible duplicates")
first(duplicates, "list item")
pair = " ".join(labels(duplicates))
for agency in (CSC, CAMHS):
    assert agency in pair, "the possible duplicate does not name %s: %r" % (agency, pair)
settle()
shot("workspace-16-duplicates")
A.click(first(page, "push button", "Back to the Chronology"))
wait_label(page, STATUS)

# ---- Find an entry: only the matching one is left in the table.
search = first(page, "entry", "Search entries")
A.mouse_click(search)
A.press_keys("nightmares")
wait_label(page, "1 of 7 entries shown from 2 agencies \u00b7 1 possible duplicate \u00b7 "
           "1 row set aside")
EVENTS = ("Referral from the school", "Strategy discussion", "moved into foster care",
          "Looked-after", "CAMHS referral accepted", "Choice appointment")
shown = [A.name(a) for a in A.find_all(table, "label", showing=True)
         if any(e in A.name(a) for e in EVENTS)]
assert shown == ["Choice appointment: %s described nightmares" % child], shown
settle()
shot("workspace-17-search")

# ---- Evidence: attach the agency's PDF report through the file chooser.
page = show_page(workspace, "Evidence", "CrEvidencePage")
A.click(first(page, "push button", re.compile("^Add Document")))
choose_file(app, "Add Documents", PDF, "Add")
dialog = window(app, "Add Document")
title = entry(dialog, "Title of the document")
assert A.text(title) == DOCUMENT, A.text(title)  # from the file's name
first(first(dialog, "combo box", re.compile("^Type of document")), "label", "Agency report")
pick(first(dialog, "combo box", re.compile("^Agency the document came from")), CAMHS)
fill(dialog, "Version", "Final")
settle()
shot("workspace-18-add-document")
A.click(first(dialog, "push button", "Add"))
window_gone(app, "Add Document")
documents = first(page, "list", "Documents")
row = first(documents, "list item", DOCUMENT)
assert ("Agency report \u00b7 %s \u00b7 version Final \u00b7 received 22 November 2026 \u00b7 "
        "104.8\u00a0kB" % CAMHS) in row_status(documents, DOCUMENT), row_status(documents, DOCUMENT)
# The chronologies' files are kept with the case too: each entry links to its row.
for name in ("CSC chronology", "CAMHS chronology"):
    first(documents, "list item", name)
settle()
shot("workspace-19-evidence")

# ---- Read it: the document window shows its pages.
tap(row)
viewer = window(app, DOCUMENT)
first(viewer, "label", "of 11")
first(viewer, "image", "Page 1")
assert A.text(first(viewer, None, "Page number", pred=lambda a: A.role(a) in ("entry", "text"))) == "1"
settle()
shot("workspace-20-document")

# Find a word: the first hit of four, on page 4.
A.key("ctrl+f")
find = first(viewer, "entry", "Find in Document")
A.wait_until(lambda: "focused" in A.states(find), 5, what="the find entry to take the focus")
A.press_keys(WORD)
wait_label(viewer, "1 of 4", timeout=20)
page_number = first(viewer, None, "Page number", pred=lambda a: A.role(a) in ("entry", "text"))
A.wait_until(lambda: A.text(page_number) == "4", 10,
             what="the view to go to page 4 (it shows %r)" % A.text(page_number))
A.key("Return")  # the next hit, on page 10
wait_label(viewer, "2 of 4")
A.wait_until(lambda: A.text(page_number) == "10", 10,
             what="the view to go to page 10 (it shows %r)" % A.text(page_number))
A.key("shift+Return")
wait_label(viewer, "1 of 4")
# The thumbnails (F9).
A.key("F9")
thumbnails = first(viewer, "push button", "Show Thumbnails")
A.wait_until(lambda: "pressed" in A.states(thumbnails), 5, what="the thumbnails to show")
first(first(viewer, "list", "Page Thumbnails"), "image", "Page 1")
settle()
shot("workspace-21-find")

quit_app()
print("%s: reviewer appointed, 2 chronologies imported (7 entries, 1 duplicate, 1 row aside), "
      "a PDF attached, opened and searched" % case["reference"])
