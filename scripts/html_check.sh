#!/usr/bin/env bash
# Check an HTML report in headless Chromium: it loads, has its charts and tables, fetches
# nothing from the network, and looks right (screenshot saved for a human to inspect).
#
# Usage: scripts/html_check.sh [REPORT.html] [SCREENSHOT.png]
#   REPORT.html     the report to check; default: render one with
#                   `cargo run --release -- report --format html -o target/report.html`
#   SCREENSHOT.png  where to save the screenshot; default: target/<report name>.png
# Environment: WIDTH, HEIGHT (window size, default 1280x2000), CHROMIUM (binary).
# Exit status: 0 all checks passed, 1 a check failed, 2 usage or set-up problem.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

report="${1:-}"
if [[ -z "$report" ]]; then
    report="target/report.html"
    cargo run --release -- report --format html -o "$report"
fi
[[ -f "$report" ]] || { echo "html_check: no such file: $report" >&2; exit 2; }
report="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
name="$(basename "${report%.*}")"
shot="${2:-target/$name.png}"
mkdir -p "$(dirname "$shot")"
shot="$(cd "$(dirname "$shot")" && pwd)/$(basename "$shot")"

chromium="${CHROMIUM:-}"
if [[ -z "$chromium" ]]; then
    chromium="$(command -v chromium || command -v chromium-browser || true)"
fi
if [[ -z "$chromium" ]]; then
    echo "html_check: installing chromium" >&2
    if [[ $(id -u) -ne 0 ]]; then sudo=sudo; else sudo=; fi
    $sudo apt-get update >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium >&2
    chromium="$(command -v chromium)" || { echo "html_check: chromium not available" >&2; exit 2; }
fi

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }

# 1. Static: nothing in the file may point at the network or run code.
for pattern in 'src="http' "src='http" 'href="http' "href='http" 'url(' '@import' '<script' '<link' '<iframe' '<object' '<embed' 'srcset='; do
    if grep -qiF -- "$pattern" "$report"; then
        fail "file contains $pattern: $(grep -oiF -- "$pattern" "$report" | head -1)"
    fi
done
[[ $failures -eq 0 ]] && pass "no external resources, scripts or embeds in the file"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync
    --disable-default-apps --disable-extensions --hide-scrollbars
    --user-data-dir="$profile")
url="file://$report"

# 2. Dynamic: load it, dump the DOM, log every request Chromium makes.
dom="$profile/dom.html"
log="$profile/chromium.log"
if ! timeout 120 "$chromium" "${flags[@]}" --enable-logging=stderr --v=1 --dump-dom "$url" >"$dom" 2>"$log"; then
    fail "chromium could not load the page (log: $(tail -3 "$log" | tr '\n' ' '))"
fi
svgs=$(grep -o '<svg' "$dom" | wc -l)
tables=$(grep -o '<table' "$dom" | wc -l)
sentences=$(grep -o '<li id="doc-' "$dom" | wc -l)
if [[ $svgs -ge 1 ]]; then pass "$svgs charts (<svg>) in the DOM"; else fail "no <svg> chart in the DOM"; fi
if [[ $tables -ge 1 ]]; then pass "$tables tables in the DOM"; else fail "no <table> in the DOM"; fi
if [[ $sentences -ge 1 ]]; then pass "$sentences anchored sentences"; else fail "no sentence anchors (li id=doc-...)"; fi
if grep -q '<script' "$dom"; then fail "a <script> element exists after loading"; fi
# Network requests Chromium logged. Headless Chromium makes some of its own (time, update
# and account services) whatever the flags; a static page without scripts can only fetch a
# URL written in it, so a request counts as the page's when its host occurs in the file.
requested=$(grep -F 'NotifyBeforeURLRequest' "$log" | grep -oE 'https?://[^/ "?]+' | sed -E 's#^https?://##' | sort -u || true)
page_hosts=""
browser_hosts=""
for host in $requested; do
    if grep -qiF -- "$host" "$report"; then page_hosts+="$host "; else browser_hosts+="$host "; fi
done
if [[ -n "$page_hosts" ]]; then
    fail "the page made network requests to: $page_hosts"
else
    pass "no network request from the page${browser_hosts:+ (ignored, made by Chromium itself: $browser_hosts)}"
fi

# 3. Screenshot for a human eye.
if timeout 120 "$chromium" "${flags[@]}" --screenshot="$shot" --window-size="${WIDTH:-1280},${HEIGHT:-2000}" "$url" >/dev/null 2>&1 && [[ -s "$shot" ]]; then
    pass "screenshot saved: $shot"
else
    fail "no screenshot"
fi

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all checks passed"
