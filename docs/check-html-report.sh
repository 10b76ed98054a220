#!/usr/bin/env bash
# Renders factlint's HTML report and takes a screenshot of it in headless Chromium, for a person to
# look at after changing the report's markup or CSS. Not part of `mvn verify`.
#
#   docs/check-html-report.sh [FILE...]        # default: the seed article
#
# Writes /tmp/report.html and /tmp/factlint-report.png (override with REPORT and SCREENSHOT).
# Needs chromium: apt-get update && apt-get install -y chromium
set -euo pipefail

home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
report="${REPORT:-/tmp/report.html}"
screenshot="${SCREENSHOT:-/tmp/factlint-report.png}"
size="${WINDOW_SIZE:-1280,900}"

if ! command -v chromium >/dev/null 2>&1; then
    echo "chromium not found; install it with: apt-get update && apt-get install -y chromium" >&2
    exit 2
fi

cd "$home"
if [[ $# -eq 0 ]]; then set -- seeds/putin-minerals-offer.md; fi
# Exit code 1 only means there are findings; 2 (unreadable file, usage) is worth stopping for.
status=0
./factlint check --format html "$@" >"$report" || status=$?
if [[ $status -gt 1 ]]; then
    echo "factlint check failed with exit code $status" >&2
    exit "$status"
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# --virtual-time-budget lets layout and painting finish: without it the lower part of the
# viewport can come out blank.
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" --virtual-time-budget=2000 \
    --screenshot="$screenshot" --window-size="$size" "file://$report" 2>/dev/null
echo "report: $report"
echo "screenshot: $screenshot"
