#!/bin/bash
# Runs one end-to-end scenario: the real app under ../shared/tools/gui-run,
# driven through the AT-SPI tree by one or more Python drivers in turn, all
# against the same database file, so a later driver sees what an earlier
# one saved after the app was quit and started again.
#
# Usage: run-e2e.sh [--setup PROGRAM] GUI_RUN APP SCHEMA_DIR SHOT_DIR DRIVER [DRIVER...]
#
# --setup PROGRAM runs once before the first step, without a display, with
# E2E_DATABASE and E2E_WORK set (a .py file with Debian's python3): e.g. to
# fill the database with the CLI and say which case the drivers work on.
set -euo pipefail

setup=
if [ "${1:-}" = "--setup" ]; then
  setup=$2
  shift 2
fi
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

if [ -n "$setup" ]; then
  echo "# setup: $(basename "$setup")"
  case $setup in
    *.py) "${PYTHON:-/usr/bin/python3}" "$setup" ;;
    *) "$setup" ;;
  esac || {
    status=$?
    echo "setup $setup failed with status $status" >&2
    exit "$status"
  }
fi

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
