#!/bin/bash
# skip-missing.sh TOOL PACKAGE: stands in for a validator test whose tool is
# not installed, so the test shows as skipped instead of vanishing.
set -euo pipefail
echo "$1 is not installed (Debian package: $2); install it with build-aux/deps.sh --test" >&2
exit 77
