"""Issue 5, step 2: start again on the same database. The sentences typed
are still in their sections, the family member's real name replaced; the
case is Published; and the command-line check of the report passes."""
import os
import subprocess

import atspi as A
from e2e_common import first, quit_app, row_status, shot
from report_common import FOREWORD, GLOSSARY, load_state, open_report, show_section
from workspace_common import chosen_case, settle, show_page

case = chosen_case()
name = case["first_name"]
replacement = load_state()["replacement"]
app = A.app()
case_page, report = open_report(app, case)
status = row_status(first(case_page, "list", "Case"), "Status")
assert any(s.startswith("Published\n") for s in status), status

text = A.text(show_section(report, "Foreword"))
assert FOREWORD % replacement in text, text
assert name not in text, "the real name is still in the foreword"
text = A.text(show_section(report, "Glossary"))
assert GLOSSARY in text, text
settle()
shot("report-30-draft-again")

publication = show_page(report, "Publication", "CrPublicationPage")
first(publication, None, "Case status: Published", timeout=10)
settle()
shot("report-31-publication-again")
quit_app()

checked = subprocess.run([os.environ["E2E_CLI"], "--database", os.environ["E2E_DATABASE"],
                          "check-anonymisation", case["reference"]],
                         capture_output=True, text=True)
assert checked.returncode == 0, "check-anonymisation exited %d:\n%s%s" % (
    checked.returncode, checked.stdout, checked.stderr)
print("%s after a restart: both sections kept, Published, check-anonymisation passes"
      % case["reference"])
