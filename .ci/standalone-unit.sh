#!/usr/bin/env bash
# Proves the repository stands alone: copies the tracked files (as they are in the work tree) to
# a fresh temporary directory with nothing beside it, installs the locked packages there and runs
# the unit tests. A test that reads a file from outside the repository (say `../shared/...`)
# fails here even when it passes in a checkout that happens to have that folder next to it.
set -euo pipefail
cd "$(dirname "$0")/.."

# A directory of its own inside a fresh one: its parent holds nothing else.
parent="$(mktemp -d)"
trap 'rm -rf "$parent"' EXIT
copy="$parent/figure-check"
mkdir "$copy"
git ls-files -z --cached --others --exclude-standard \
  | tar --null --files-from=- --create --file=- \
  | tar --extract --file=- --directory="$copy"
echo "==> standalone copy in $copy ($(git ls-files | wc -l) tracked files; beside it: $(ls -A "$parent"))"

cd "$copy"
npm ci --prefer-offline --no-audit --no-fund
# The list server's tests already ran against PostgreSQL in the main run; here PGlite suffices.
env -u TEST_DATABASE_URL npm run test:unit
