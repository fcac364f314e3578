#!/bin/bash
# build-aux/screenshots.sh [BUILD_DIR]: retakes data/screenshots/*.png from
# the app running headless on a fresh demo database (needs ../shared/tools).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$repo/build}
gui_run="$(dirname "$repo")/shared/tools/gui-run"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/src/case-reviews-cli" --database "$work/demo.db" demo >/dev/null
export SHOTS_DIR=$repo/data/screenshots GSETTINGS_SCHEMA_DIR=$build/data
mkdir -p "$SHOTS_DIR"
run () {
  local scene=$1 size=$2 empty=${3:-}
  local db=$work/demo.db
  [ -n "$empty" ] && db=$work/empty.db
  "$gui_run" ${WM:-} --isolate --size "$size" --settle 1 --driver "$repo/build-aux/screenshots.py" \
    --driver-arg "$scene" -- "$build/src/case-reviews" --database "$db"
}
run register 1280x800
run case 1280x800
run agencies 1280x800
WM=--wm run preferences 1280x800
run narrow 420x760
run timeline 1280x800
WM=--wm run referral 1280x800
WM=--wm run rapid-review 1280x800
WM=--wm run report 1280x800
# The practice review workspace (issue 4).
run workspace-commissioning 1280x800
run workspace-evidence 1280x800
run workspace-chronology 1280x800
WM=--wm run chronology-import 1280x800
run document 1280x800
run workspace-proceedings 1280x800
ADW_DEBUG_COLOR_SCHEME=prefer-dark run workspace-dark 1280x800
# The report, its check and its publication (issue 5). The publication
# assistant goes last: it stores the steps it walks through.
run report-draft 1280x800
ADW_DEBUG_COLOR_SCHEME=prefer-dark run report-dark 1280x800
run report-compare 1280x800
run report-check 1280x800
run report-findings 1280x800
run report-publication 1280x800
WM=--wm run publication-assistant 1280x800
# Pages of the final report and of the 7-minute briefing, as written.
cli=$build/src/case-reviews-cli
# The CLI's PDF commands now and then crash on exit (the PDF worker thread
# outliving main): try each up to three times.
retry () { "$@" || "$@" || "$@"; }
retry "$cli" --database "$work/demo.db" report final NB-2026-008 -o "$work/final.pdf" >/dev/null
retry "$cli" --database "$work/demo.db" briefing NB-2026-008 -o "$work/briefing.pdf" >/dev/null
page_with () {
  local file=$1 text=$2 n=1
  while retry "$cli" pdf text "$file" --page "$n" >"$work/page.txt" 2>/dev/null; do
    grep -q "$text" "$work/page.txt" && { echo "$n"; return; }
    n=$((n + 1))
  done
  echo "no page of $file has “$text”" >&2
  return 1
}
render () { retry "$cli" pdf render "$1" --page "$2" -o "$SHOTS_DIR/$3.png" --scale 1.25; }
render "$work/final.pdf" 1 report-pdf-title
render "$work/final.pdf" 2 report-pdf-contents
render "$work/final.pdf" "$(page_with "$work/final.pdf" Priority)" report-pdf-findings
render "$work/briefing.pdf" 1 briefing-pdf
# pdf render writes private files (0600); these are public.
chmod 644 "$SHOTS_DIR"/report-pdf-*.png "$SHOTS_DIR/briefing-pdf.png"
# The first-run empty state.
"$gui_run" --isolate --size 1280x800 --settle 1.5 --shot-window --shot "$SHOTS_DIR/empty.png" \
  -- "$build/src/case-reviews" --database "$work/empty.db"
# Dark style: the same register under the dark colour scheme.
ADW_DEBUG_COLOR_SCHEME=prefer-dark "$gui_run" --isolate --size 1280x800 --settle 1.5 --shot-window \
  --shot "$SHOTS_DIR/register-dark.png" -- "$build/src/case-reviews" --database "$work/demo.db"
echo "screenshots in $SHOTS_DIR"
