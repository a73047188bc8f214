#!/bin/sh
# pnpm is fetched from the npm registry at a pinned version, so a machine that
# has only Node.js and npm can run every project script.
exec npx --yes pnpm@10.34.8 "$@"
