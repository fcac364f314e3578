"""Issue 3, step 3: start again on the same database. The case's status, its
deadlines and its rapid review survived; the restricted name was stored but
is shown only on request."""
import re

import atspi as A
from e2e_common import (entry, fill, first, open_case, quit_app, reveal, row_status, shot, step,
                        tap, text_leaks, window, window_gone)

app = A.app()

# The register row already tells the stage.
search = entry(app, "Search cases")
A.set_text(search, "Child A")
first(app, "label", "1 case", contains=True)
table = first(app, "tree table", "Cases")
first(table, "label", "Awaiting the Panel")
first(table, "label", "Northbridge Children\u2019s Social Care, Northbridge Health Visiting, "
      "Northbridge Police")
reference = A.name(first(table, "label", re.compile(r"^CR-\d{4}-\d+$")))

case_page = open_case(app, "Child A", reference)
assert A.text(entry(case_page, "Pseudonym")) == "Child A"
status = row_status(first(case_page, "list", "Case"), "Status")
assert any(s.startswith("Awaiting the Panel\n") for s in status), status
first(first(case_page, "combo box", "Review type"), "label", "Local practice review (LCSPR)")
for field, value in (("Incident date", "2026-11-02"), ("Local authority aware", "2026-11-03"),
                     ("Notified to the Panel", "2026-11-06"),
                     ("Rapid review sent to the Panel", "2026-11-21"),
                     ("Review decision", "2026-11-20")):
    assert A.text(entry(case_page, field)) == value, (field, A.text(entry(case_page, field)))

deadlines = first(case_page, "list", "Deadlines")
notify = row_status(deadlines, "Notify the Panel")
assert "Met on 6 Nov 2026" in notify, notify
rapid = row_status(deadlines, "Complete the rapid review")
assert "Met on 21 Nov 2026" in rapid, rapid
assert ("Due 27 Nov 2026 \u00b7 15 working days from the notification to the Panel "
        "on 6 November 2026") in rapid, rapid
publish = row_status(deadlines, "Complete and publish the review")
assert "Due 20 May 2027 \u00b7 6 months from the review decision on 20 November 2026" in publish, publish

group = first(case_page, "filler", "CrCaseRapidReviewGroup")
first(first(group, "list", "Rapid Review"), "label",
      re.compile("^Meeting on Thu 12 Nov \u00b7 2 of 3 agency summaries received \u00b7 "
                 "Decision: LCSPR \u00b7 Sent to the Panel on "))
reveal(first(deadlines, "list item", "Complete the rapid review", contains=True))
shot("review-40-reopened")

# The rapid review opens on its summary, everything as saved.
A.click(first(group, "push button", "Rapid Review\u2026"))
title = "Rapid Review \u2014 " + reference
wizard = window(app, title)
A.wait_until(lambda: step(wizard)[0] == step(wizard)[1], 10, what="the summary step")
p = first(wizard, "filler", "CrRrPageSummary")
first(p, "label", "Saving records the rapid review. The case stays at its current stage.")
for section, title_, value in (
        ("Meeting", "Date of the meeting", "12 Nov 2026 at 10:00"),
        ("Meeting", "Attendance", "DS Morgan Hale (Northbridge Police)"),
        ("Agency Summaries", "Northbridge Children\u2019s Social Care", "Received Wed 11 Nov"),
        ("Practice and Lived Experience", "The Child\u2019s Lived Experience",
         "Child A was often late to school and quiet in class; teachers described a watchful child."),
        ("Criteria for a Local Review", "(a) Improvements Needed", "Yes \u2014 Information sharing"),
        ("Decision", "Decision", "Local child safeguarding practice review"),
        ("Sign-Off", "Local authority", "Helen Marsh on 20 Nov 2026"),
        ("Sign-Off", "Police", "Ch Supt Tom Reid on 20 Nov 2026"),
        ("Sign-Off", "Sent to the Panel", "21 Nov 2026")):
    got = row_status(first(p, "list", section), title_)
    assert any(value in g for g in got), "%s / %s: %r not in %r" % (section, title_, value, got)
shot("review-41-rr-reopened")
A.click(first(wizard, "push button", "Cancel"))  # nothing changed: closes at once
window_gone(app, title)

# The restricted name is nowhere on screen until revealed, with a reason.
main = window(app, "Case Reviews")
leaks = text_leaks(main, ("Jayden", "Okafor"))
assert not leaks, leaks
people = first(case_page, "filler", "CrCasePeopleGroup")
A.click(first(people, "push button", "Reveal Restricted Details"))
dialog = window(app, "Reveal Restricted Details?")
reveal_button = first(dialog, "push button", "Reveal")
assert "sensitive" not in A.states(reveal_button)  # a reason is required
fill(dialog, "Reason for revealing", "End-to-end check that the restricted name was stored")
A.wait_until(lambda: "sensitive" in A.states(reveal_button), 5, what="Reveal to become sensitive")
A.click(reveal_button)
window_gone(app, "Reveal Restricted Details?")
tap(first(people, "list item", "Child A"))
A.wait_until(lambda: A.find_all(people, "text", "Name", showing=True), 5, what="the child's details")
assert A.text(entry(people, "Name")) == "Jayden Smith-Okafor", A.text(entry(people, "Name"))
assert A.text(entry(people, "Date of birth")) == "2019-03-14", A.text(entry(people, "Date of birth"))
reveal(entry(people, "Name"))
shot("review-42-revealed")

# The three agencies are still in the register.
A.click(first(app, "page tab", "Agencies"))
agencies = first(app, "list", "Agencies")
for agency in ("Northbridge Children\u2019s Social Care", "Northbridge Police",
               "Northbridge Health Visiting"):
    row = row_status(agencies, agency)
    assert any(s.endswith("1 case") for s in row), row

quit_app()
print("%s survived a restart: Awaiting the Panel, deadlines met, rapid review intact"
      % reference)
