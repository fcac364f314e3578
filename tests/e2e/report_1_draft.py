"""Issue 5, step 1: the report of a review awaiting sign-off is finished
and published. Write into two sections of the draft, one sentence naming
a family member by their real first name; the Check page finds the name
and replaces it with the pseudonym; then the publication assistant is
walked through every step, refusing copies sent too late, until the case
is Published."""
import re

import atspi as A
from e2e_common import (fill, find_button, first, next_page, page, quit_app, row_status, shot,
                        step, wait_sensitive, window, window_gone)
from report_common import (FOREWORD, GLOSSARY, append_paragraph, choose, open_report, save_state,
                           show_section, wait_saved)
from workspace_common import chosen_case, settle, show_page

case = chosen_case()
name = case["first_name"]
dates = case["dates"]
app = A.app()
case_page, report = open_report(app, case)

# ---- Draft: two sections written, one naming the family member.
editor = show_section(report, "Foreword")
append_paragraph(editor, FOREWORD % name)
wait_saved(report)
editor = show_section(report, "Glossary")
append_paragraph(editor, GLOSSARY)
wait_saved(report)
settle()
shot("report-10-draft")

# ---- Check: the real name is found, shown in its context, and replaced.
check = show_page(report, "Check", "CrAnonymisationPage")
first(check, "label", "1 identifying detail to resolve", timeout=20)
first(check, "label", re.compile(re.escape(name) + " for telling the review"))
replace = first(check, "push button", re.compile("^Replace with \u201c"))
replacement = re.match("^Replace with \u201c(.*)\u201d", A.name(replace)).group(1)
assert name not in replacement, replacement
settle()
shot("report-11-check-hit")
A.click(replace)
first(check, "label", "No identifying details found", timeout=20)
save_state({"replacement": replacement})
settle()
shot("report-12-check-clean")

# ---- Publication: the assistant, step by step.
publication = show_page(report, "Publication", "CrPublicationPage")
A.click(find_button(publication, "Open Publication Assistant"))
title = "Publication \u2014 " + case["reference"]
wizard = window(app, title)
assert step(wizard)[0] == 1, step(wizard)

# The police investigation is still open (the report says so).
p = page(wizard, "CrPubPageProceedings", "Parallel Proceedings")
wait_sensitive(first(wizard, "push button", "Next"), False)
choose(p, "Publication will not prejudice them")
A.set_text(first(p, "text", "Who confirmed it and when"),
           "The senior investigating officer, by email on " + dates["decided"] + ".")
next_page(wizard)

p = page(wizard, "CrPubPageAnonymisation", "Anonymisation Check")
first(p, None, "No identifying details found", timeout=20)
next_page(wizard)

p = page(wizard, "CrPubPageFamily", "The Family")
fill(p, "Date the family was told", dates["told"])
choose(p, "Shown the report")
next_page(wizard)

p = page(wizard, "CrPubPageDecision", "Decision to Publish")
choose(p, "Publish the report in full")
fill(p, "Decided by", "The three safeguarding partners")
fill(p, "Date of the decision", dates["decided"])
next_page(wizard)

# Notice: copies sent only 4 working days before the planned date are
# refused, with the reason on the page; a later date is accepted.
p = page(wizard, "CrPubPageNotice", "Notice to the Panel")
fill(p, "Planned publication date", dates["too_soon"])
choose(p, "Child Safeguarding Practice Review Panel")
choose(p, "Secretary of State (Department for Education)")
fill(p, "Date the copies were sent", dates["copies"])
first(p, "label", re.compile(r"only 4 working days before the planned publication"))
wait_sensitive(first(wizard, "push button", "Next"), False)
settle()
shot("report-13-notice-refused")
fill(p, "Planned publication date", dates["planned"])
next_page(wizard)

p = page(wizard, "CrPubPagePublished", "Publication")
fill(p, "Date published", dates["planned"])
fill(p, "Where it is published", "https://northbridge-scp.example.org/reviews/baby-h")
next_page(wizard)

p = page(wizard, "CrPubPageRepository", "National Repository")
fill(p, "Date sent to the repository", dates["repository"])
next_page(wizard)

p = page(wizard, "CrPubPageSummary", "Summary")
n, total = step(wizard)
assert n == total, (n, total)
settle()
shot("report-14-summary")
A.click(wait_sensitive(first(wizard, "push button", "Done")))
window_gone(app, title)

# ---- The case is Published: on the Publication page and the case page.
first(publication, None, "Case status: Published", timeout=10)
settle()
shot("report-15-published")
try:
    A.wait_until(lambda: any(s.startswith("Published\n")
                             for s in row_status(first(case_page, "list", "Case"), "Status")),
                 10, what="the case page to show Published")
except A.NotFound:
    raise AssertionError("the case page shows %r" % row_status(first(case_page, "list", "Case"),
                                                              "Status")) from None

quit_app()
print("%s: a name replaced with \u201c%s\u201d, published on %s"
      % (case["reference"], replacement, dates["planned"]))
