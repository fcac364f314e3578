"""Issue 4, step 2: start again on the same database. The reviewer, the
merged chronology with its duplicate and its row set aside, and the
attached PDF are all still there, and the PDF still opens."""
import re

import atspi as A
from e2e_common import first, quit_app, row_status, shot, tap, wait_label, window, window_gone
from workspace_common import (CAMHS, CSC, DOCUMENT, REVIEWER, chosen_case, open_workspace,
                              settle, show_page)

case = chosen_case()
app = A.app()
# This time with the keyboard shortcut.
workspace = open_workspace(app, case, keyboard=True)

page = show_page(workspace, "Commissioning", "CrCommissioningPage")
status = row_status(first(page, "list", "Reviewers"), REVIEWER)
assert "Independence declared" in status, status

page = show_page(workspace, "Chronology", "CrChronologyPage")
wait_label(page, "7 entries from 2 agencies \u00b7 1 possible duplicate \u00b7 1 row set aside")
table = first(page, "tree table", "Chronology entries")
first(table, "label", "Choice appointment: %s described nightmares" % case["pseudonym"])
for agency in (CSC, CAMHS):
    first(table, "label", agency)
settle()
shot("workspace-30-chronology-again")

page = show_page(workspace, "Evidence", "CrEvidencePage")
documents = first(page, "list", "Documents")
items = [A.name(i) for i in A.find_all(documents, "list item", showing=False)]
assert sorted(items) == sorted([DOCUMENT, "CSC chronology", "CAMHS chronology"]), items
assert "version Final" in " ".join(row_status(documents, DOCUMENT))
tap(first(documents, "list item", DOCUMENT))
viewer = window(app, DOCUMENT)
first(viewer, "label", "of 11")
first(viewer, "image", "Page 1")
settle()
shot("workspace-31-document-again")
A.key("ctrl+w")
window_gone(app, DOCUMENT)

quit_app()
print("%s after a restart: reviewer, 7 chronology entries from 2 agencies and 3 documents kept"
      % case["reference"])
