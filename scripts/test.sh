#!/usr/bin/env bash
# Every check of the workspace: formatting and lint (with n8n's community-node
# rules for the node package), unit and sandbox tests of each package, then the
# checks that run the real platform tooling (n8n, the Zapier CLI). Ends with
# one line that totals what ran.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT

sh scripts/ensure-chromium.sh
node_modules/.bin/prettier --check .
node_modules/.bin/eslint .
sh scripts/pnpm.sh --filter n8n-nodes-onc run lint
sh scripts/pnpm.sh -r --workspace-concurrency=1 test 2>&1 | tee -a "$log"
sh scripts/pnpm.sh -r --workspace-concurrency=1 --if-present run test:e2e 2>&1 | tee -a "$log"

# jest prints "Tests: [N failed, ]N passed, N total" per run; the Zapier CLI
# checks print "ok - ..." or "not ok - ..." per check.
totals=$(awk '
	/^Tests:/ { for (i = 2; i < NF; i++) if ($(i + 1) ~ /^(passed|failed),?$/) n[$(i + 1)] += $i }
	/^ok - / { n["passed,"]++ }
	/^not ok - / { n["failed,"]++ }
	END { print n["passed,"] + n["passed"] + 0, n["failed,"] + n["failed"] + 0 }
' "$log")
read -r passed failed <<<"$totals"
echo "Total: $passed passed, $failed failed"
