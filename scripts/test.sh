#!/bin/sh
# Every test of the workspace: unit and sandbox tests of each package, then the
# checks that run the real platform tooling (n8n, the Zapier CLI).
set -e
cd "$(dirname "$0")/.."
sh scripts/ensure-chromium.sh
sh scripts/pnpm.sh -r --workspace-concurrency=1 test
sh scripts/pnpm.sh -r --workspace-concurrency=1 --if-present run test:e2e
