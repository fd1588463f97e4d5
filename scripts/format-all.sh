#!/usr/bin/env bash
# Formats the whole tree once with Biome (biome.json) and applies its safe lint fixes, then runs the
# suite to show nothing but layout changed. Run it after the branches that move source files have
# landed, and commit the result as a change of its own (formatting only).
set -euo pipefail
cd "$(dirname "$0")/.."
npx biome check --write .
npm test
npx biome check .
