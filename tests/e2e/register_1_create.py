"""First start on an empty database: add an agency, create a case, find it
by search, read its values back, then quit."""
import atspi as A
from e2e_common import entry, fill, quit_app, shot, window, window_gone

app = A.app()

# An empty database shows the first-run empty state.
A.find(app, "label", "No Cases Yet")
shot("e2e-01-empty")

# Agencies tab: add one agency through its dialog.
A.click(A.find(app, "page tab", "Agencies"))
A.find(app, "label", "No Agencies Yet")
A.click(A.find(app, "push button", "Add Agency"))
dialog = window(app, "Add Agency")
fill(dialog, "Agency name", "Northbridge Constabulary")
fill(dialog, "Contact email", "safeguarding@example.org")
shot("e2e-02-agency-dialog")
A.click(A.find(dialog, "push button", "Add"))
window_gone(app, "Add Agency")
shot("e2e-02b-after-add")
A.find(app, "label", "Northbridge Constabulary")

# Cases tab: create a case with the quick dialog (New Referral, the header
# button, opens the referral assistant instead).
A.click(A.find(app, "page tab", "Cases"))
A.key("ctrl+shift+n")
dialog = window(app, "New Case")
fill(dialog, "Reference", "E2E-2026-001")
fill(dialog, "Pseudonym", "Child Q")
fill(dialog, "Incident date", "2026-11-02")
fill(dialog, "Local authority aware", "2026-11-03")
shot("e2e-03-new-case")
A.click(A.find(dialog, "push button", "Create"))
window_gone(app, "New Case")

# Find it by search and open it.
search = entry(app, "Search cases")
A.set_text(search, "child q")
A.find(app, "label", "1 case", contains=True)
row_label = A.find(app, "label", "E2E-2026-001")
A.mouse_click(row_label)

# Read its values back from the case page.
A.wait_until(lambda: A.text(entry(app, "Pseudonym")) == "Child Q", 10, what="the case page to show Child Q")
assert A.text(entry(app, "Reference")) == "E2E-2026-001", A.text(entry(app, "Reference"))
assert A.text(entry(app, "Incident date")) == "2026-11-02", A.text(entry(app, "Incident date"))
A.find(app, "label", "Referred")
shot("e2e-04-case")

quit_app()
print("created and read back E2E-2026-001 / Child Q")
