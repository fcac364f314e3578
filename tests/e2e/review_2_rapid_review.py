"""Issue 3, step 2: after a restart, open the case recorded by
review_1_referral.py and record its rapid review through the Rapid Review
assistant, then preview the report and save it as a PDF through the file
chooser. The PDF must name the child by pseudonym only."""
import os
import re
import subprocess

import atspi as A
from e2e_common import (entry, fill, find_button, first, next_page, open_case, page, quit_app,
                        reveal, row_status, shot, step, tap, toggle_on, wait_sensitive, window,
                        window_gone)

app = A.app()
case_page = open_case(app, "Child A")
reference = A.text(entry(case_page, "Reference"))
status = row_status(first(case_page, "list", "Case"), "Status")
assert any(s.startswith("Notified\n") for s in status), status

group = first(case_page, "filler", "CrCaseRapidReviewGroup")
first(first(group, "list", "Rapid Review"), "list item", "Not started")
# Nothing to report yet.
wait_sensitive(first(group, "push button", "Rapid Review Report\u2026"), False)
A.click(first(group, "push button", "Rapid Review\u2026"))
title = "Rapid Review \u2014 " + reference
wizard = window(app, title)
assert step(wizard)[0] == 1, step(wizard)

# Step 1: the meeting and who attended for each agency.
p = page(wizard, "CrRrPageMeeting", "Meeting")
wait_sensitive(first(wizard, "push button", "Next"), False)
first(p, "label", "Enter the date of the meeting.")
fill(p, "Date of the meeting", "2026-11-12")
time_field = fill(p, "Time of the meeting", "25:61")
first(p, "label", "\u201cTime of the meeting\u201d must be a time written as HH:MM on the "
      "24-hour clock, for example 14:30.")
wait_sensitive(first(wizard, "push button", "Next"), False)
A.set_text(time_field, "10:00")
fill(p, "Place of the meeting", "Northbridge Civic Centre, Room 3")
fill(p, "Chair of the meeting", "Independent Scrutineer")
ATTENDEES = (
    ("Northbridge Children\u2019s Social Care", "Sam Okoye", "Service Manager"),
    ("Northbridge Health Visiting", "Jo Patel", "Named Nurse"),
    ("Northbridge Police", "DS Morgan Hale", "Detective Sergeant"),
)
attendees = first(p, "list", "Attendees")
# The menu button that adds someone else has a name, not "GtkMenuButton".
first(p, "push button", "Add Attendee", pred=lambda a: A.role(a.get_parent()) != "push button")
for agency, name, role in ATTENDEES:
    if not A.find_all(p, "text", "Name of the attendee for " + agency, showing=True):
        tap(first(attendees, "list item", agency))
    fill(p, "Name of the attendee for " + agency, name)
    fill(p, "Role of the attendee for " + agency, role)
    first(attendees, "label", "%s, %s \u2014 attended" % (name, role))
shot("review-20-rr-meeting")
next_page(wizard)

# Step 2: ask each agency for its summary; two have answered.
p = page(wizard, "CrRrPageSummaries", "Agency Summaries")
first(p, "label", "Summaries are usually due on Fri 20 Nov, day 10 of the 15 working days "
      "from the notification on Fri 6 Nov.", contains=True)
RECEIVED = {
    "Northbridge Children\u2019s Social Care": (
        "2026-11-11", "Wed 11 Nov",
        "Children\u2019s social care had an open child in need plan for Child A from March "
        "2026; two home visits in October found no concerns."),
    "Northbridge Police": (
        "2026-11-12", "Thu 12 Nov",
        "Police attended the family home twice in 2026 after reports of shouting; no crimes "
        "were recorded before the incident."),
}
summaries = first(p, "list", "Agency summaries")
for agency, _, _ in ATTENDEES:
    if not A.find_all(p, "text", "Requested (%s)" % agency, showing=True):
        tap(first(summaries, "list item", agency))
    fill(p, "Requested (%s)" % agency, "2026-11-06")
    fill(p, "Due (%s)" % agency, "2026-11-20")
    shown = "Requested Fri 6 Nov \u00b7 Due Fri 20 Nov (day 10 of 15)"
    if agency in RECEIVED:
        received, day, text = RECEIVED[agency]
        fill(p, "Received (%s)" % agency, received)
        A.set_text(first(p, "text", "Summary (%s)" % agency), text)
        shown += " \u00b7 Received " + day
    first(summaries, "label", shown)
received = A.find_all(summaries, "list item", description="Received")
assert len(received) == 2, [A.description(r) for r in A.find_all(summaries, "list item")]
shot("review-21-rr-summaries")
next_page(wizard)

# Steps 3 and 4: the analysis, in free text.
page(wizard, "CrRrPageText", "Practice and Lived Experience")
wait_sensitive(first(wizard, "push button", "Next"), False)
A.set_text(first(wizard, "text", "Key Practice Episodes"),
           "Episode 1 (March 2026): the child in need plan was opened after the school raised "
           "concerns about bruising; no strategy discussion was held.\n"
           "Episode 2 (October 2026): two police call-outs for shouting were not shared with "
           "children\u2019s social care.")
A.set_text(first(wizard, "text", "The Child\u2019s Lived Experience"),
           "Child A was often late to school and quiet in class; teachers described a "
           "watchful child.")
shot("review-22-rr-practice")
next_page(wizard)
page(wizard, "CrRrPageText", "Actions and Learning")
A.set_text(first(wizard, "text", "Immediate Safeguarding Actions"),
           "Child A\u2019s younger sibling was placed with grandparents under a safety plan on "
           "4 November 2026; a strategy meeting was held the same day.")
A.set_text(first(wizard, "text", "Learning Already Identified"),
           "Police call-outs involving children must be shared with children\u2019s social care "
           "within 24 hours; the police have re-issued the instruction.")
shot("review-23-rr-learning")
next_page(wizard)

# Step 5: the criteria for a local review, and national importance.
p = page(wizard, "CrRrPageCriteria", "Criteria for a Local Review")
CRITERIA = (
    ("(a) Improvements Needed", "Yes",
     "Information sharing between police and children\u2019s social care failed; practice "
     "must improve."),
    ("(b) Recurrent Themes", "Yes",
     "Unshared police call-outs are a recurrent theme in local and national reviews."),
    ("(c) Agencies Working Together", "Yes",
     "Police, health visiting and children\u2019s social care each held part of the picture."),
    ("(d) Referred Back by the Panel", "No", "The Panel has not considered this case."),
    ("Complex or of National Importance", "No",
     "The learning is local; nothing suggests national importance."),
)
for criterion, answer, why in CRITERIA:
    button = find_button(p, "%s: %s" % (criterion, answer))
    A.click(button)
    A.wait_until(lambda: "pressed" in A.states(button), 5, what="%s %s to be chosen" % (criterion, answer))
    A.set_text(first(p, "text", "Reasons for " + criterion), why)
shot("review-24-rr-criteria")
next_page(wizard)

# Step 6: the partners' decision: a local child safeguarding practice review.
p = page(wizard, "CrRrPageDecision", "Decision")
toggle_on(first(p, "check box", "Local child safeguarding practice review"))
A.set_text(first(p, "text", "Reasons for the decision"),
           "Criteria (a) to (c) are met: a local review can show why information was not "
           "shared and how to improve.")
fill(p, "Date of the decision", "2026-11-20")
shot("review-25-rr-decision")
next_page(wizard)

# Step 7: the three safeguarding partners sign off; then the report goes.
p = page(wizard, "CrRrPageSignOff", "Sign-Off")
sent = entry(p, "Date the report was sent to the Panel")
wait_sensitive(sent, False)  # not before all three have signed
sign_offs = first(p, "list", "Sign-offs")
for partner, name, role in (
        ("Local authority", "Helen Marsh", "Director of Children\u2019s Services"),
        ("Integrated care board", "Dr Aisha Khan", "Chief Nursing Officer"),
        ("Police", "Ch Supt Tom Reid", "Head of Public Protection")):
    if not A.find_all(p, "text", "Name (%s)" % partner, showing=True):
        tap(first(sign_offs, "list item", partner))
    fill(p, "Name (%s)" % partner, name)
    fill(p, "Role (%s)" % partner, role)
    fill(p, "Date signed (%s)" % partner, "2026-11-20")
    first(sign_offs, "label", "Signed by %s, %s, on Fri 20 Nov" % (name, role))
wait_sensitive(sent)
A.set_text(sent, "2026-11-21")
shot("review-26-rr-sign-off")
next_page(wizard)

# Step 8: the Panel's response has not come yet: leave it and go on.
p = page(wizard, "CrRrPagePanel", "The Panel\u2019s Response")
first(first(p, "combo box", "The Panel\u2019s response"), "label", "Not recorded")
shot("review-27-rr-panel")
next_page(wizard)

# Step 9: the summary says where the case goes, then save.
p = page(wizard, "CrRrPageSummary", "Summary")
n, total = step(wizard)
assert n == total, (n, total)
first(p, "label", "Saving records the rapid review and moves the case on: Notified \u2192 "
      "Rapid review \u2192 Rapid review decision \u2192 Awaiting the Panel.")
for section, title, value in (
        ("Meeting", "Date of the meeting", "12 Nov 2026 at 10:00"),
        ("Agency Summaries", "Northbridge Police", "Received Thu 12 Nov"),
        ("Criteria for a Local Review", "(c) Agencies Working Together",
         "Yes \u2014 Police, health visiting and children\u2019s social care each held part of "
         "the picture."),
        ("Criteria for a Local Review", "Complex or of National Importance",
         "No \u2014 The learning is local; nothing suggests national importance."),
        ("Decision", "Decision", "Local child safeguarding practice review"),
        ("Decision", "Date of the decision", "20 Nov 2026"),
        ("Sign-Off", "Integrated care board", "Dr Aisha Khan on 20 Nov 2026"),
        ("Sign-Off", "Sent to the Panel", "21 Nov 2026"),
        ("The Panel\u2019s Response", "Response", "Not recorded")):
    got = row_status(first(p, "list", section), title)
    assert value in got, "%s / %s: %r not in %r" % (section, title, value, got)
shot("review-28-rr-summary")
A.click(find_button(wizard, "Save Rapid Review"))
window_gone(app, title)

# ---- The case moved on, and the rapid review deadline is met.
status_row = first(case_page, "list", "Case")
A.wait_until(lambda: any(s.startswith("Awaiting the Panel\n") for s in row_status(status_row, "Status")),
             10, what="the status to read Awaiting the Panel")
first(first(case_page, "combo box", "Review type"), "label", "Local practice review (LCSPR)")
assert A.text(entry(case_page, "Rapid review sent to the Panel")) == "2026-11-21"
assert A.text(entry(case_page, "Review decision")) == "2026-11-20"
deadlines = first(case_page, "list", "Deadlines")
rapid = row_status(deadlines, "Complete the rapid review")
assert "Met on 21 Nov 2026" in rapid, rapid
assert "Met on 6 Nov 2026" in row_status(deadlines, "Notify the Panel")
summary = first(first(group, "list", "Rapid Review"), "label",
                "Meeting on Thu 12 Nov \u00b7 2 of 3 agency summaries received", contains=True)
assert "Decision: LCSPR" in A.name(summary), A.name(summary)
reveal(first(deadlines, "list item", "Complete the rapid review", contains=True))
shot("review-29-case-after-rr")

# ---- The report: preview, then Save As… through the file chooser.
report_button = wait_sensitive(first(group, "push button", "Rapid Review Report\u2026"))
A.click(report_button)
preview_title = "Rapid Review Report \u2014 " + reference
preview = window(app, preview_title)
first(preview, "image", "Page 1")
pages = A.name(first(preview, "label", re.compile(r"^of \d+$")))
shot("review-30-report-preview")

pdf = os.path.join(os.environ["E2E_WORK"], "rapid-review.pdf")
A.click(first(preview, "push button", "Save As\u2026"))
chooser = window(app, "Save Report")
name_field = entry(chooser, "Name:")
assert A.text(name_field).endswith(".pdf"), A.text(name_field)
A.set_text(name_field, pdf)  # a full path in the name field picks the folder too
shot("review-31-save-as")
A.click(first(chooser, "push button", "Save"))
window_gone(app, "Save Report")
first(preview, "label", "Saved \u201crapid-review.pdf\u201d")
A.wait_until(lambda: os.path.exists(pdf) and os.path.getsize(pdf) > 0, 10, what=pdf)
shot("review-32-saved")

try:
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                          capture_output=True, text=True).stdout
except FileNotFoundError:
    raise AssertionError("pdftotext is missing: install poppler-utils (build-aux/deps.sh)") from None
assert "Child A" in text, text[:2000]
assert reference in text, text[:2000]
assert "CSPRP-2026-01234" in text, text[:2000]
for word in ("Jayden", "Smith-Okafor", "Okafor", "2019-03-14", "14 Mar 2019", "14 March 2019"):
    assert word not in text, "the report leaks the restricted %r" % word

A.click(first(preview, "push button", "Close"))
window_gone(app, preview_title)
quit_app()
print("rapid review of %s saved: Awaiting the Panel, deadline met; %s pages, "
      "pseudonymised PDF written" % (reference, pages))
