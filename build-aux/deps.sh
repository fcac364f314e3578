#!/bin/bash
# deps.sh [--build] [--test] [--dry-run]: installs the Debian 12 packages
# Case Reviews needs, and only those that are missing.
#   --build    what building and running need (the default)
#   --test     also what the test suites need (Xvfb, D-Bus, AT-SPI, ...)
#   --dry-run  only say what is missing and the command that would run
# Installs as root, through sudo when not root; otherwise prints the command
# to run and exits 1. Never installs dbus-x11: with it, GLib autolaunches
# stray session buses under xvfb-run (see testing-gui.md).
#
# Copyright 2026 The Case Reviews authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

build_packages=(
  meson ninja-build pkg-config gcc
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev libpoppler-glib-dev libsodium-dev
  libarchive-dev
  gettext desktop-file-utils appstream libglib2.0-bin libglib2.0-dev-bin
)

test_packages=(
  xvfb xauth x11-utils imagemagick dbus at-spi2-core
  python3-gi gir1.2-atspi-2.0 procps
  fonts-dejavu-core librsvg2-common adwaita-icon-theme
  flatpak-builder poppler-utils sqlite3 xfwm4
)

want_test=0
dry_run=0
for arg in "$@"; do
  case "$arg" in
    --build) ;;
    --test) want_test=1 ;;
    --dry-run) dry_run=1 ;;
    -h|--help)
      sed -n '2,9s/^# \{0,1\}//p' "$0"
      exit 0
      ;;
    *)
      echo "deps.sh: unknown option $arg (use --build, --test, --dry-run)" >&2
      exit 2
      ;;
  esac
done

packages=("${build_packages[@]}")
if [ "$want_test" -eq 1 ]; then
  packages+=("${test_packages[@]}")
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "deps.sh: dpkg-query not found; this script knows Debian 12 only." >&2
  echo "Install the equivalents of: ${packages[*]}" >&2
  exit 1
fi

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
  if [ "${status:0:2}" != "ii" ]; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "deps.sh: all ${#packages[@]} packages are installed"
  exit 0
fi

install_cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
echo "deps.sh: missing packages: ${missing[*]}"

if [ "$dry_run" -eq 1 ]; then
  echo "deps.sh: would run as root: $install_cmd"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "deps.sh: not root and sudo is not available. As root, run:" >&2
  echo "  $install_cmd" >&2
  exit 1
fi
