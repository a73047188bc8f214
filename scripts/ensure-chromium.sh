#!/bin/sh
# The browser tests drive Debian's Chromium (playwright's own browser download
# is not used). Install it when missing; needs root, as on CI and dev machines.
set -e
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
	echo "chromium is missing: install Debian's 'chromium' package (needs root)" >&2
	exit 1
fi
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
