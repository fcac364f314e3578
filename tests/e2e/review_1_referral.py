"""Issue 3, step 1: on an empty database add three agencies, then record a
referral through the New Referral assistant, page by page as a user would,
with two mistakes on the way that must be caught and then fixed. The new
case must read "Notified" with its Panel deadline met and the rapid review
due 15 working days after the notification."""
import atspi as A
from e2e_common import (entry, fill, first, labels, next_page, page, pick, quit_app, reveal,
                        row_status, shot, step, tap, toggle_on, wait_sensitive, window,
                        window_gone)

app = A.app()
first(app, "label", "No Cases Yet")

# ---- Agencies tab: three agencies, each with its sector
A.click(first(app, "page tab", "Agencies"))
first(app, "label", "No Agencies Yet")
AGENCIES = (
    ("Northbridge Children\u2019s Social Care", "Local authority"),
    ("Northbridge Police", "Police"),
    ("Northbridge Health Visiting", "Health"),
)
for n, (agency, sector) in enumerate(AGENCIES):
    if n == 0:
        A.click(first(app, "push button", "Add Agency"))
    else:
        A.click(first(app, "push button", "Add Agency",
                      pred=lambda a: "Add an agency" in A.description(a)))
    dialog = window(app, "Add Agency")
    fill(dialog, "Agency name", agency)
    pick(first(dialog, "combo box", "Sector"), sector)
    A.click(first(dialog, "push button", "Add"))
    window_gone(app, "Add Agency")
    first(app, "list item", agency)
agencies = first(app, "list", "Agencies")
for agency, sector in AGENCIES:
    assert sector + " \u00b7 No cases" in row_status(agencies, agency), row_status(agencies, agency)
shot("review-01-agencies")

# ---- New Referral (Ctrl+N opens the same assistant as the header button)
A.click(first(app, "page tab", "Cases"))
A.click(first(app, "push button", "New Referral"))
wizard = window(app, "New Referral")
assert step(wizard) == (1, 8), step(wizard)

# Step 1: the referral. Next stays off until the page is complete, and a
# date in the future is refused with a message that says what to do.
p = page(wizard, "CrReferralPageReferrer", "Referral")
wait_sensitive(first(wizard, "push button", "Next"), False)
date = fill(p, "Date of the referral", "2099-01-04")
first(p, "label", "\u201cDate of the referral\u201d is 4 Jan 2099, which is in the future: "
      "enter a date on or before today.")
pick(first(p, "combo box", "Referring agency"), "Northbridge Police")
fill(p, "Name of the referrer", "DS Morgan Hale")
fill(p, "Role of the referrer", "Detective Sergeant, Public Protection Unit")
fill(p, "Name of the notifier", "Priya Raman")
fill(p, "Role of the notifier", "Head of Safeguarding, Children\u2019s Social Care")
fill(p, "Telephone", "01632 960123")
fill(p, "Email", "priya.raman.northbridge.example.org")
first(p, "label", "not an email address", contains=True)
shot("review-02-referral-errors")
wait_sensitive(first(wizard, "push button", "Next"), False)
fill(p, "Email", "priya.raman@northbridge.example.org")
A.set_text(date, "2026-11-04")
A.wait_until(lambda: not A.find_all(p, "label", "which is in the future", contains=True, showing=True),
             5, what="the future-date message to go")
shot("review-03-referral")
next_page(wizard)

# Step 2: the children. The pseudonym goes everywhere; the real name is
# restricted and kept apart.
p = page(wizard, "CrReferralPageChildren", "Children")
assert A.text(entry(p, "Pseudonym of the case")) == "Child A"
child = first(p, "list", "Child 1")
assert A.text(entry(child, "Pseudonym of the child")) == "Child A"
tap(first(child, "list item", "Restricted Details"))
fill(child, "Name", "Jayden Smith-Okafor")
fill(child, "Date of birth", "2019-03-14")
first(child, "combo box", "Name: how much is known",
      pred=lambda a: "Known" in labels(a))
shot("review-04-children")
next_page(wizard)

# Step 3: the incident. The local authority cannot become aware before the
# incident happened.
p = page(wizard, "CrReferralPageIncident", "Incident")
fill(p, "Date of the incident", "2026-11-03")
aware = fill(p, "Date the local authority became aware", "2026-11-02")
first(p, "label", "\u201cDate the local authority became aware\u201d cannot be before "
      "\u201cDate of the incident\u201d: check both dates.")
pick(first(p, "combo box", "Nature of the incident"), "Serious harm")
shot("review-05-incident-error")
wait_sensitive(first(wizard, "push button", "Next"), False)
fill(p, "Date of the incident", "2026-11-02")
A.set_text(aware, "2026-11-03")
A.wait_until(lambda: not A.find_all(p, "label", "cannot be before", contains=True, showing=True),
             5, what="the date-order message to go")
fill(p, "Time of the incident, if known", "21:40")
fill(p, "Place, without names or addresses", "The family home")
toggle_on(first(p, "check box", "Physical abuse", contains=True))
A.set_text(first(p, "text", "Summary of the incident"),
           "Child A, aged 7, was admitted to hospital with unexplained head injuries "
           "after an evening at home. Police are investigating.")
shot("review-06-incident")
next_page(wizard)

# Step 4: the two local authorities and the three agencies involved.
p = page(wizard, "CrReferralPageArea", "Areas and Agencies")
fill(p, "Where the incident happened", "Northbridge")
fill(p, "Where the child normally lives", "Westmarsh")
involved = first(p, "list", "Agencies involved")
for agency, role in (("Northbridge Police", "Referring agency"),
                     ("Northbridge Children\u2019s Social Care", "Lead agency"),
                     ("Northbridge Health Visiting", "Provided services")):
    pick(first(p, "combo box", "Agency"), agency)
    if role == "Lead agency":
        # one of the common roles, from the menu beside the field
        A.click(first(p, "push button", "Common roles",
                      pred=lambda a: A.role(a.get_parent()) == "push button"))
        A.click(first(p, "menu item", role))
        A.wait_until(lambda: A.text(entry(p, "Role of the agency")) == role, 5, what="the role")
    else:
        fill(p, "Role of the agency", role)
    A.click(wait_sensitive(first(p, "push button", "Add")))
    first(involved, "list item", agency)
    assert role in row_status(involved, agency), row_status(involved, agency)
shot("review-07-agencies")
next_page(wizard)

# Step 5: one parallel process, a police investigation that is ongoing.
p = page(wizard, "CrReferralPageParallel", "Parallel Processes")
A.click(first(p, "push button", "Add Process"))
process = first(p, "list", "Process 1")
pick(first(process, "combo box", "Kind"), "Police investigation")
pick(first(process, "combo box", "Status"), "Ongoing")
fill(process, "Reference", "NBP/PPU/2026/0417")
fill(process, "Contact, such as the lead officer", "DI Alex Carter")
fill(process, "Look at it again on", "2026-12-04")
A.set_text(first(p, "text", "Notes on the process"),
           "Police agree the review may proceed; interviews with the parents come first.")
first(p, "list", "Police investigation")  # the group takes the kind as its title
shot("review-08-parallel")
next_page(wizard)

# Step 6: the definition of a serious child safeguarding case, both limbs.
p = page(wizard, "CrReferralPageDefinition", "Definition")
first(p, "label", "Neither holds", contains=True)
toggle_on(first(p, "check box", "Abuse or neglect of the child is known or suspected", contains=True))
toggle_on(first(p, "check box", "The child has died or been seriously harmed", contains=True))
first(p, "label", "Both hold: this is a serious child safeguarding case", contains=True)
A.set_text(first(p, "text", "Reasons for the view on the definition"),
           "Child A suffered serious head injuries; the explanation given does not fit "
           "the injuries, so abuse is suspected.")
shot("review-09-definition")
next_page(wizard)

# Step 7: the decision to notify the Panel, within 5 working days.
p = page(wizard, "CrReferralPageDecision", "Decision")
first(p, "list item", "Notify the Panel by Tuesday 10 November 2026")
pick(first(p, "combo box", "Decision"), "Notify the Panel")
fill(p, "Date the Panel was notified", "2026-11-06")
fill(p, "Reference given by the Panel, if any", "CSPRP-2026-01234")
A.set_text(first(p, "text", "Reasons for the notification decision"),
           "Serious harm with abuse suspected: the definition is met, so the local "
           "authority notifies the Panel.")
first(first(p, "list", "Deadline"), "label", "Notified in time")
shot("review-10-decision")
next_page(wizard)

# Step 8: the summary, then record.
p = page(wizard, "CrReferralPageSummary", "Summary")
assert step(wizard) == (8, 8), step(wizard)
first(p, "label", "The case will start as \u201cNotified\u201d", contains=True)
for section, title, value in (
        ("Referral", "Referring agency", "Northbridge Police"),
        ("Referral", "Email address of the notifier", "priya.raman@northbridge.example.org"),
        ("Children", "Child 1", "Child A, 2 restricted details recorded"),
        ("Incident", "Date the local authority became aware", "3 Nov 2026"),
        ("Incident", "Nature of the incident", "Serious harm"),
        ("Incident", "Kinds of abuse or neglect", "Physical abuse"),
        ("Areas and Agencies", "Northbridge Health Visiting", "Provided services"),
        ("Parallel Processes", "Police investigation",
         "Ongoing, reference NBP/PPU/2026/0417, look again on 4 Dec 2026"),
        ("Definition", "Child died or seriously harmed", "Yes"),
        ("Decision", "Date the Panel was notified", "6 Nov 2026"),
        ("Decision", "Reference given by the Panel", "CSPRP-2026-01234")):
    got = row_status(first(p, "list", section), title)
    assert value in got, "%s / %s: %r not in %r" % (section, title, value, got)
# The restricted name is not repeated on the summary.
assert not [n for n in labels(p) if "Jayden" in n or "Okafor" in n], labels(p)
shot("review-11-summary")
A.click(first(wizard, "push button", "Record Referral"))
window_gone(app, "New Referral")

# ---- The new case is selected and shown on the case page.
case_page = first(app, "filler", "CrCasePage")
A.wait_until(lambda: A.text(entry(case_page, "Pseudonym")) == "Child A", 10,
             what="the case page to show Child A")
reference = A.text(entry(case_page, "Reference"))
assert reference.startswith("CR-"), reference
status = row_status(first(case_page, "list", "Case"), "Status")
assert any(s.startswith("Notified\n") for s in status), status
assert A.text(entry(case_page, "Notified to the Panel")) == "2026-11-06"
assert A.text(entry(case_page, "Local authority aware")) == "2026-11-03"

deadlines = first(case_page, "list", "Deadlines")
notify = row_status(deadlines, "Notify the Panel")
assert "Met on 6 Nov 2026" in notify, notify
assert ("Due 10 Nov 2026 \u00b7 5 working days from the local authority becoming aware "
        "on 3 November 2026") in notify, notify
rapid = row_status(deadlines, "Complete the rapid review")
assert ("Due 27 Nov 2026 \u00b7 15 working days from the notification to the Panel "
        "on 6 November 2026") in rapid, rapid
assert not any(s.startswith("Met") for s in rapid), rapid
reveal(first(deadlines, "list item", "Complete the rapid review", contains=True))
shot("review-12-case-deadlines")

# The agencies recorded on the referral are the case's agencies.
agencies_group = first(case_page, "filler", "CrCaseAgenciesGroup")
for agency, _ in AGENCIES:
    first(agencies_group, "list item", agency)

quit_app()
print("recorded the referral of %s / Child A: Notified, Panel notified in time, "
      "rapid review due 27 Nov 2026" % reference)
