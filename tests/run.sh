#!/usr/bin/env bash
# Builds PressDesk and runs every test, then prints "N passed, N failed" from the real results.
# Exits non-zero on any failure, on a build error, or when no test ran.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# The browser tests drive Debian's Chromium through Playwright (no browser download is possible here).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium for the browser tests (apt-get install chromium)..."
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; then
      echo "Could not install Chromium. Install it with 'sudo apt-get install -y chromium' and run this again." >&2
      exit 1
    fi
  else
    echo "The browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install -y chromium', then this again." >&2
    exit 1
  fi
fi

results="$root/tests/results"
rm -rf "$results"
dotnet test PressDesk.sln --logger "trx;LogFilePrefix=pressdesk" --results-directory "$results" "$@"
status=$?

passed=0 failed=0 total=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$((total + $(count total)))
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed)))
done

echo "$passed passed, $failed failed"
if [ "$total" -eq 0 ]; then
  echo "No test ran (see the build output above)." >&2
  exit 1
fi
if [ "$failed" -ne 0 ] || [ "$status" -ne 0 ]; then
  exit 1
fi
