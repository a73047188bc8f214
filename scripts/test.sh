#!/bin/sh
# Every check of the workspace: formatting and lint (with n8n's community-node
# rules for the node package), unit and sandbox tests of each package, then the
# checks that run the real platform tooling (n8n, the Zapier CLI).
set -e
cd "$(dirname "$0")/.."
sh scripts/ensure-chromium.sh
node_modules/.bin/prettier --check .
node_modules/.bin/eslint .
sh scripts/pnpm.sh --filter n8n-nodes-onc run lint
sh scripts/pnpm.sh -r --workspace-concurrency=1 test
sh scripts/pnpm.sh -r --workspace-concurrency=1 --if-present run test:e2e
