"""Issue 5, setup (run by run-e2e.sh --setup, before the app starts): fill
the database with the demo partnership through the CLI and pick Baby H,
whose report is drafted and clean and whose review awaits the partners'
sign-off. Reads the real first name of a family member from the restricted
identities (the name the drivers type into the report, for the check to
catch), and works out the publication dates from today with the
partnership's working days. Writes $E2E_WORK/case.json for the drivers."""
import json
import os
import subprocess
import sys

cli = os.environ["E2E_CLI"]
db = os.environ["E2E_DATABASE"]


def run(*args, check=True):
    return subprocess.run([cli, "--database", db] + list(args), check=check,
                          capture_output=True, text=True)


def day(start, n):
    """The date n working days after (before, when n < 0) start."""
    return run("working-days", "add", start, str(n)).stdout.strip()


run("demo")
chosen = None
for case in json.loads(run("cases", "list", "--format", "json").stdout):
    if case["pseudonym"] == "Baby H":
        chosen = case
if chosen is None:
    sys.exit("the demo data has no Baby H")
if chosen["status"] != "lcspr-sign-off":
    sys.exit("Baby H is in %s, not awaiting sign-off" % chosen["status"])
reference = chosen["reference"]

# The report starts clean: the check finds nothing.
checked = run("check-anonymisation", reference, check=False)
if checked.returncode != 0:
    sys.exit("Baby H's demo report is not clean:\n" + checked.stdout + checked.stderr)

shown = json.loads(run("case", "show", reference, "--reveal", "--format", "json").stdout)
mother = [m for m in shown["family_members"] if m["relationship"] == "Mother"][0]
real_name = mother["identity"]["name"]["value"]

today = subprocess.run(["date", "+%Y-%m-%d"], capture_output=True, text=True,
                       check=True).stdout.strip()
copies = day(today, -20)
dates = {
    "told": day(copies, -3),
    "decided": day(copies, -2),
    "copies": copies,
    "too_soon": day(copies, 4),
    "planned": day(copies, 8),
    "repository": day(copies, 10),
}

with open(os.path.join(os.environ["E2E_WORK"], "case.json"), "w") as f:
    json.dump({"reference": reference, "pseudonym": chosen["pseudonym"],
               "status": chosen["status_label"], "first_name": real_name.split()[0],
               "relationship": mother["relationship"], "dates": dates}, f)
print("working on %s (%s, %s); the family member's first name has %d letters; copies sent %s"
      % (reference, chosen["pseudonym"], chosen["status_label"], len(real_name.split()[0]), copies))
