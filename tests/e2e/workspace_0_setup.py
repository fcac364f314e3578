"""Issue 4, setup (run by run-e2e.sh --setup, before the app starts): fill
the database with the demo partnership through the CLI, and pick a case in
a local review (LCSPR) state that has no chronology and no documents yet.
Writes $E2E_WORK/case.json for the drivers."""
import json
import os
import subprocess
import sys

cli = os.environ["E2E_CLI"]
db = os.environ["E2E_DATABASE"]


def run(*args):
    return subprocess.run([cli, "--database", db] + list(args), check=True,
                          capture_output=True, text=True).stdout


run("demo")
chosen = None
for case in json.loads(run("cases", "list", "--format", "json")):
    # Paused cases stay out: their workspace is the proceedings' story.
    if not case["status"].startswith("lcspr-"):
        continue
    reference = case["reference"]
    if json.loads(run("chronology", "list", reference, "--format", "json")):
        continue
    if json.loads(run("document", "list", reference, "--format", "json")):
        continue
    chosen = {"reference": reference, "pseudonym": case["pseudonym"],
              "status": case["status_label"]}
    break

if chosen is None:
    sys.exit("the demo data has no LCSPR case without a chronology and documents")
with open(os.path.join(os.environ["E2E_WORK"], "case.json"), "w") as f:
    json.dump(chosen, f)
print("working on %(reference)s (%(pseudonym)s, %(status)s)" % chosen)
