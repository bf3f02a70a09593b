#!/usr/bin/env bash
# Copy the npm packages listed in package.json into the repository (run after changing a version).
# The copies are committed, so neither `make run` nor `make test` needs npm or the network.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp package.json "$tmp/"
(cd "$tmp" && npm install --no-audit --no-fund --ignore-scripts --silent)
mkdir -p tests/browser/vendor
cp "$tmp/node_modules/axe-core/axe.min.js" tests/browser/vendor/axe.min.js
cp "$tmp/node_modules/axe-core/LICENSE" tests/browser/vendor/axe-core.LICENSE
version=$(node -p "require('$tmp/node_modules/axe-core/package.json').version")
echo "axe-core $version" > tests/browser/vendor/VERSIONS
echo "vendored: axe-core $version"
