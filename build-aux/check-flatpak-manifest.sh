#!/bin/bash
# check-flatpak-manifest.sh MANIFEST: parses the flatpak manifest with
# flatpak-builder --show-manifest and fails on any error or WARNING (an
# unknown property is only a warning to flatpak-builder). Building it needs
# the org.gnome.Sdk//43 runtime, which is not available offline.
set -euo pipefail

manifest=${1:?usage: check-flatpak-manifest.sh MANIFEST}

if ! command -v flatpak-builder >/dev/null 2>&1; then
  echo "flatpak-builder is not installed (Debian package: flatpak-builder); skipping" >&2
  exit 77
fi

manifest=$(cd "$(dirname "$manifest")" && pwd)/$(basename "$manifest")

# flatpak-builder leaves a .flatpak-builder state directory in the current
# directory, so run it in a scratch one.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
err="$work/stderr"

if ! (cd "$work" && flatpak-builder --show-manifest "$manifest") >/dev/null 2>"$err"; then
  cat "$err" >&2
  echo "$manifest: flatpak-builder could not parse the manifest" >&2
  exit 1
fi

if grep -q 'WARNING' "$err"; then
  cat "$err" >&2
  echo "$manifest: flatpak-builder printed warnings; fix the properties it names" >&2
  exit 1
fi

echo "$manifest: parsed without warnings"
