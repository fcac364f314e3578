"""Helpers of the report drivers (report_*.py)."""
import json
import os
import re
import time

import atspi as A
from e2e_common import find_button, first, open_case, tap, window

FOREWORD = "We are grateful to %s for telling the review how much the health visits meant to her."
GLOSSARY = ("Probation Service: the service that supervises adults released from prison on "
            "licence and assesses the risk they pose to others.")


def state_path():
    return os.path.join(os.environ["E2E_WORK"], "report-state.json")


def save_state(state):
    """What step 1 did that step 2 checks (the replacement chosen)."""
    with open(state_path(), "w") as f:
        json.dump(state, f)


def load_state():
    with open(state_path()) as f:
        return json.load(f)


def report_title(case):
    return "%s \u00b7 %s \u2014 Report" % (case["reference"], case["pseudonym"])


def open_report(app, case):
    """Open the case on the case page, then its report window from the
    Practice Review group's Open Report button. Returns (case page, report
    window)."""
    case_page = open_case(app, case["pseudonym"], case["reference"])
    group = first(case_page, "filler", "CrCaseReviewGroup")
    A.click(find_button(group, "Open Report"))
    return case_page, window(app, report_title(case))


def show_section(report, title):
    """Select a section in the Draft page's list; returns the editor."""
    sections = first(report, "list", "Sections")
    tap(first(sections, "list item", title))
    first(report, "label", title)
    return first(report, "text", "Section text")


def append_paragraph(editor, value):
    """Type a new paragraph at the end of the section as a user does: click
    into the text, Ctrl+End, Return, then the keys (it continues the last
    paragraph's style: a list item after a list)."""
    A.mouse_click(editor)
    A.key("ctrl+End")
    A.key("Return")
    A.press_keys(value)
    A.wait_until(lambda: value in A.text(editor), 10, what="%r in the section" % value)


def wait_saved(report):
    """The Draft page's status reads "… · Saved" (nothing left to save)."""
    time.sleep(1.2)  # the editor saves 0.8 s after the last change
    first(report, "label", re.compile(r"(^| \u00b7 )Saved$"), timeout=15)


def choose(page, label):
    """Turn on the check or radio button of a choice row by its label."""
    # GTK 4.8 names the button of an activatable row "Label Label".
    button = first(page, None, re.compile("^" + re.escape(label) + "( |$)"),
                   pred=lambda a: A.role(a) in ("check box", "radio button", "toggle button"))
    if "checked" not in A.states(button):
        tap(button)
    A.wait_until(lambda: "checked" in A.states(button), 5, what="%r to be chosen" % label)
