#!/bin/bash
# check-pot.sh [SOURCE_ROOT [OUTPUT_DIR]]: extracts the translation template
# from the files in po/POTFILES.in with xgettext (the keywords and flags of
# meson's glib preset), fails on any xgettext warning, then checks the
# template and every po/*.po with `msgfmt --check`, and that po/LINGUAS and
# the .po files agree.
#
# Copyright 2026 The Case Reviews authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
outdir=${2:-$(mktemp -d)}
mkdir -p "$outdir"
root=$(cd "$root" && pwd)
outdir=$(cd "$outdir" && pwd)
cd "$root"

export LC_ALL=C.UTF-8

for tool in xgettext msgfmt; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed (Debian package: gettext); install it with build-aux/deps.sh" >&2
    exit 77
  fi
done

pot="$outdir/case-reviews.pot"
log="$outdir/xgettext.log"
status=0

# Files that POTFILES.in names but that are missing would make xgettext stop
# with a less helpful message; check-potfiles.sh reports those in detail.
while IFS= read -r f; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist; run build-aux/check-potfiles.sh" >&2
    exit 1
  fi
done < <(grep -vE '^[[:space:]]*(#|$)' po/POTFILES.in || true)

xgettext \
  --package-name=case-reviews \
  --from-code=UTF-8 \
  --add-comments \
  --keyword=_ \
  --keyword=N_ \
  --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 \
  --keyword=ngettext:1,2 \
  --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 \
  --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format \
  --flag=C_:2:pass-c-format \
  --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format \
  --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format \
  --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format \
  --flag=g_set_error:4:c-format \
  --flag=g_prefix_error:2:c-format \
  --flag=g_markup_printf_escaped:1:c-format \
  --flag=g_log:3:c-format \
  --flag=g_print:1:c-format \
  --flag=g_printerr:1:c-format \
  --flag=g_printf:1:c-format \
  --flag=g_fprintf:2:c-format \
  --flag=g_sprintf:2:c-format \
  --flag=g_snprintf:3:c-format \
  --directory="$root" \
  --files-from=po/POTFILES.in \
  --output="$pot" 2>"$log" || {
    cat "$log" >&2
    echo "xgettext failed on the files in po/POTFILES.in" >&2
    exit 1
  }

if [ -s "$log" ]; then
  cat "$log" >&2
  echo "xgettext printed warnings: fix the strings it names (an empty msgid, or a string used as a format that is not a valid one)" >&2
  status=1
fi

if [ ! -f "$pot" ]; then
  # xgettext writes nothing when no file holds a string yet.
  echo "No translatable strings found in the files of po/POTFILES.in" >&2
  exit 1
fi

# The template keeps the placeholders "charset=CHARSET" and
# "nplurals=INTEGER" until a translation is started; check a copy with the
# real charset and English plural rules, as a translation would have them.
sed -e 's/charset=CHARSET/charset=UTF-8/' \
    -e 's/nplurals=INTEGER; plural=EXPRESSION;/nplurals=2; plural=(n != 1);/' \
    "$pot" > "$pot.check"
if ! msgfmt --check -o /dev/null "$pot.check" 2>"$log.msgfmt"; then
  cat "$log.msgfmt" >&2
  echo "$pot: msgfmt --check failed" >&2
  status=1
fi

# Every format string must be valid and agree between singular and plural:
# check an English "translation" that copies each msgid into its msgstr.
if ! msgen "$pot.check" 2>"$log.msgen" | msgfmt --check -o /dev/null - 2>>"$log.msgen"; then
  grep -v 'still has the initial default value' "$log.msgen" >&2 || true
  echo "$pot: a format string is not valid or its plural forms disagree" >&2
  status=1
fi

nmsgs=$(grep -c '^msgid ' "$pot" || true)
echo "case-reviews.pot: $((nmsgs - 1)) messages from $(grep -cvE '^[[:space:]]*(#|$)' po/POTFILES.in) files"

# Every translation must compile cleanly, formats included.
shopt -s nullglob
for po in po/*.po; do
  if msgfmt --check --statistics -o /dev/null "$po"; then
    echo "$po: ok"
  else
    echo "$po: msgfmt --check failed; fix the messages above" >&2
    status=1
  fi
done

# po/LINGUAS and the .po files must agree, or meson skips a translation.
linguas=$(sed 's/#.*//' po/LINGUAS | tr -s '[:space:]' '\n' | grep -v '^$' | sort -u || true)
pos=$(for po in po/*.po; do basename "$po" .po; done | sort -u)
for lang in $linguas; do
  if [ ! -f "po/$lang.po" ]; then
    echo "po/LINGUAS names $lang but po/$lang.po does not exist" >&2
    status=1
  fi
done
for lang in $pos; do
  if ! grep -qx "$lang" <<<"$linguas"; then
    echo "po/$lang.po exists but $lang is not in po/LINGUAS" >&2
    status=1
  fi
done

exit "$status"
