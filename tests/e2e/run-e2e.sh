#!/bin/bash
# Runs one end-to-end scenario: the real app under ../shared/tools/gui-run,
# driven through the AT-SPI tree by one or more Python drivers in turn, all
# against the same database file, so a later driver sees what an earlier
# one saved after the app was quit and started again.
#
# Usage: run-e2e.sh GUI_RUN APP SCHEMA_DIR SHOT_DIR DRIVER [DRIVER...]
set -euo pipefail

gui_run=$1 app=$2 schema_dir=$3 shot_dir=$4
shift 4

if [ ! -x "$gui_run" ]; then
  echo "gui-run not found at $gui_run (../shared/tools must sit beside the repository)" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/case-reviews-e2e-XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$shot_dir"

export GSETTINGS_SCHEMA_DIR=$schema_dir
export E2E_DATABASE=$work/e2e.db
export E2E_WORK=$work
export E2E_SHOTS=${E2E_SHOTS:-$shot_dir}

step=0
for driver in "$@"; do
  step=$((step + 1))
  name=$(basename "$driver" .py)
  echo "# step $step: $name"
  # Each step is a fresh start of the app on the same database, with its
  # own empty settings and data folders (--isolate).
  "$gui_run" --isolate --wm --timeout 60 --driver-timeout 240 \
    --app-log "$work/$name.log" \
    --driver "$driver" \
    -- "$app" --database "$E2E_DATABASE" || {
      status=$?
      echo "step $name failed with status $status; app log:" >&2
      tail -n 40 "$work/$name.log" >&2 || true
      exit "$status"
    }
done
echo "ok: $step steps"
