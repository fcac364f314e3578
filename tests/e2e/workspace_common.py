"""Helpers of the review workspace drivers (workspace_*.py)."""
import json
import os
import re
import time

import atspi as A
from gi.repository import Atspi
from e2e_common import first, open_case, window, window_gone

CSC = "Children\u2019s Social Care \u2013 Northbridge City Council"
CAMHS = "CAMHS \u2013 Northbridge Child and Adolescent Mental Health Service"
REVIEWER = "Alex Testwright"
DOCUMENT = "CAMHS agency report"
WORD = "imaginary"  # on pages 4 and 10 of the corpus's pdfcpu T6.pdf, 4 times


def chosen_case():
    """The case workspace_0_setup.py picked: reference and pseudonym."""
    with open(os.path.join(os.environ["E2E_WORK"], "case.json")) as f:
        return json.load(f)


def workspace_title(case):
    return "%s \u00b7 %s \u2014 Practice Review" % (case["reference"], case["pseudonym"])


def open_workspace(app, case, keyboard=False):
    """Open the case on the case page, then its review workspace, from the
    Practice Review group's button or with Ctrl+Shift+R."""
    case_page = open_case(app, case["pseudonym"], case["reference"])
    if keyboard:
        A.key("ctrl+shift+r")
    else:
        group = first(case_page, "filler", "CrCaseReviewGroup")
        A.click(first(group, "push button", re.compile("^_?Open Review Workspace")))
    return window(app, workspace_title(case))


def show_page(workspace, title, class_name):
    """Switch the workspace to one of its pages and return the page."""
    tab = first(workspace, "page tab", title)
    A.click(tab)
    A.wait_until(lambda: "selected" in A.states(tab), 5, what="the %s page to show" % title)
    return first(workspace, "filler", class_name)


def choose_file(app, title, path, accept):
    """Answer GTK's own file chooser (no portal here) as a keyboard user
    does: Ctrl+L opens the location entry, type the full path, press the
    accept button."""
    chooser = window(app, title)
    location = A.find_all(chooser, "text", "GtkFileChooserEntry", showing=True)
    if not location:
        A.key("ctrl+l")
    location = first(chooser, "text", "GtkFileChooserEntry")
    A.set_text(location, path)
    A.click(first(chooser, "push button", accept))
    window_gone(app, title)


def settle():
    """Before a screenshot: move the pointer out of the way (no tooltip)
    and let animations end."""
    Atspi.generate_mouse_event(1279, 799, "abs")
    time.sleep(0.6)
