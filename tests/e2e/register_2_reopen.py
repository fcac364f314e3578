"""Second start on the same database: the case and the agency are still there."""
import atspi as A
from e2e_common import entry, quit_app, shot

app = A.app()

# Not the empty state any more: the register lists the saved case.
search = entry(app, "Search cases")
A.set_text(search, "E2E-2026")
row_label = A.find(app, "label", "E2E-2026-001")
A.find(app, "label", "Child Q")
A.mouse_click(row_label)
A.wait_until(lambda: A.text(entry(app, "Pseudonym")) == "Child Q", 10, what="the case page to show Child Q")
assert A.text(entry(app, "Local authority aware")) == "2026-11-03"
shot("e2e-05-reopened")

A.click(A.find(app, "page tab", "Agencies"))
A.find(app, "label", "Northbridge Constabulary")

quit_app()
print("E2E-2026-001 and its agency survived a restart")
