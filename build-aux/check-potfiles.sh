#!/bin/bash
# check-potfiles.sh [SOURCE_ROOT]: checks that po/POTFILES.in lists exactly
# the files that hold translatable strings, in sorted order. Modelled on
# nautilus's build-aux/check-potfiles.sh, and stricter: it also reports
# listed files that no longer exist or no longer hold any string.
#
# Looks at:
#   src/**/*.c, src/**/*.h  a gettext keyword call outside comments:
#                           _( N_( C_( NC_( ngettext( g_dngettext( ...
#   src/**/*.ui             translatable="yes" (or "true", "1")
#   data/*.in               desktop and metainfo templates
#   data/*.gschema.xml      schema summaries and descriptions
# Files listed in po/POTFILES.skip, if it exists, are ignored.
#
# Copyright 2026 The Case Reviews authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root"

export LC_ALL=C

keywords='(^|[^A-Za-z0-9_])(_|N_|C_|NC_|Q_|gettext|dgettext|dcgettext|ngettext|dngettext|g_dgettext|g_dcgettext|g_dngettext|g_dpgettext|g_dpgettext2)[[:space:]]*\('

# Prints the C file without its comments (string literals kept), so that a
# comment such as "translate with _() for display" does not count.
strip_c_comments () {
  perl -0777 -pe 's{/\*.*?\*/|//[^\n]*|("(?:\\.|[^"\\\n])*"|'\''(?:\\.|[^'\''\\\n])*'\'')}{defined $1 ? $1 : " "}gse' "$1"
}

found=$(mktemp)
listed=$(mktemp)
trap 'rm -f "$found" "$listed"' EXIT

{
  if [ -d src ]; then
    while IFS= read -r -d '' f; do
      # grep reads it all (no -q), or perl dies of SIGPIPE and pipefail
      # turns a match into a miss.
      if strip_c_comments "$f" | grep -E "$keywords" >/dev/null; then
        echo "$f"
      fi
    done < <(find src -type f \( -name '*.c' -o -name '*.h' \) -print0)

    while IFS= read -r -d '' f; do
      if grep -qiE 'translatable="(yes|true|1)"' "$f"; then
        echo "$f"
      fi
    done < <(find src -type f -name '*.ui' -print0)
  fi

  if [ -d data ]; then
    find data -maxdepth 1 -type f \( -name '*.in' -o -name '*.gschema.xml' \)
  fi
} | sed 's|^\./||' | sort -u > "$found"

if [ -f po/POTFILES.skip ]; then
  grep -vE '^[[:space:]]*(#|$)' po/POTFILES.skip | sort -u | comm -23 "$found" - > "$found.tmp" || true
  mv "$found.tmp" "$found"
fi

grep -vE '^[[:space:]]*(#|$)' po/POTFILES.in | sed 's/[[:space:]]*$//' > "$listed" || true

status=0

missing=$(sort -u "$listed" | comm -13 - "$found")
if [ -n "$missing" ]; then
  echo "These files hold translatable strings but are missing from po/POTFILES.in:" >&2
  # shellcheck disable=SC2001
  sed 's/^/  /' <<<"$missing" >&2
  status=1
fi

extra=$(sort -u "$listed" | comm -23 - "$found")
if [ -n "$extra" ]; then
  echo "These files are listed in po/POTFILES.in but do not exist or hold no translatable strings:" >&2
  # shellcheck disable=SC2001
  sed 's/^/  /' <<<"$extra" >&2
  status=1
fi

if ! sort -c "$listed" 2>/dev/null; then
  echo "po/POTFILES.in is not sorted (LC_ALL=C sort) or lists a file twice." >&2
  status=1
elif [ -n "$(uniq -d "$listed")" ]; then
  echo "po/POTFILES.in lists a file twice:" >&2
  uniq -d "$listed" | sed 's/^/  /' >&2
  status=1
fi

if [ "$status" -ne 0 ]; then
  echo >&2
  echo "po/POTFILES.in should read (keep any comment lines at the top):" >&2
  sed 's/^/  /' "$found" >&2
  exit 1
fi

echo "po/POTFILES.in lists all $(wc -l < "$found") files with translatable strings"
