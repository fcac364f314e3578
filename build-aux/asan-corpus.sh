#!/bin/bash
# build-aux/asan-corpus.sh [BUILD_DIR]: builds the PDF corpus test with
# AddressSanitizer and UndefinedBehaviorSanitizer (buildtype debug) in
# BUILD_DIR (default: build-asan in the system's temporary folder), building
# only that target, and runs it on ../shared/corpus/pdfs. Any ASan or UBSan
# report aborts the run, and so does a leak of our own: leaks inside
# Poppler, fontconfig, cairo and the like are suppressed by
# build-aux/lsan.supp. Exits 77 (skipped, for meson) when the corpus or a
# sanitizer runtime is missing.
#
# meson test runs this as 'asan-corpus' (suite 'asan').
#
# Copyright 2026 The Case Reviews authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-${TMPDIR:-/tmp}/build-asan}
corpus=${CR_PDF_CORPUS_DIR:-$(dirname "$repo")/shared/corpus/pdfs}
target=tests/displayless/test-pdf-corpus

if [ ! -d "$corpus" ]; then
  echo "asan-corpus: no PDF corpus at $corpus (set CR_PDF_CORPUS_DIR); skipped"
  exit 77
fi

# The sanitizer runtimes come with gcc (libasan8, libubsan1).
if ! echo 'int main(void){return 0;}' |
     gcc -x c -fsanitize=address,undefined -o /dev/null - 2>/dev/null; then
  echo "asan-corpus: gcc cannot link with -fsanitize=address,undefined; skipped"
  exit 77
fi

# meson test sets these for the outer build; this build has its own.
unset MESON_TEST_ITERATION MALLOC_CHECK_ MALLOC_PERTURB_ || true

options=(--buildtype debug -Db_sanitize=address,undefined -Db_lundef=false)
if [ -f "$build/build.ninja" ]; then
  meson setup --reconfigure "${options[@]}" "$build" "$repo" >"$build/asan-setup.log" 2>&1 ||
    { cat "$build/asan-setup.log"; exit 1; }
else
  rm -rf "$build"
  mkdir -p "$build"
  meson setup "${options[@]}" "$build" "$repo" >"$build.setup.log" 2>&1 ||
    { cat "$build.setup.log"; exit 1; }
  rm -f "$build.setup.log"
fi
ninja -C "$build" -j2 "$target" >"$build/asan-build.log" 2>&1 ||
  { tail -50 "$build/asan-build.log"; exit 1; }

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:halt_on_error=1:detect_stack_use_after_return=0:strict_string_checks=0
export LSAN_OPTIONS=suppressions=$repo/build-aux/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1:suppressions=$repo/build-aux/ubsan.supp
# GLib 2.74's slice allocator hides use-after-free from ASan.
export G_SLICE=always-malloc
export G_DEBUG=gc-friendly
export G_TEST_SRCDIR=$repo/tests
export G_TEST_BUILDDIR=$build/tests
export CR_PDF_CORPUS_DIR=$corpus
export LC_ALL=C.UTF-8

echo "asan-corpus: $build/$target on $corpus"
exec "$build/$target" --tap
