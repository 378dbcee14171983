#!/usr/bin/env bash
# Builds PressDesk and runs every test, then prints "N passed, N failed" from the real results.
# Exits non-zero on any failure, on a build error, or when no test ran.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# Installs a Debian package the tests need when its program is missing (as root), or says what to install.
need() { # program package why
  [ -x "$1" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing $2 for $3 (apt-get install $2)..."
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; then
      echo "Could not install $2. Install it with 'sudo apt-get install -y $2' and run this again." >&2
      exit 1
    fi
  else
    echo "$3 need $1: run 'sudo apt-get install -y $2', then this again." >&2
    exit 1
  fi
}

# The browser tests drive Debian's Chromium through Playwright (no browser download is possible here).
need /usr/bin/chromium chromium "the browser tests"
# The mailbox tests start their own Dovecot per test (own configuration, loopback, free port).
# If the package starts the system service too, it listens on 143/993 and does not get in the way.
need /usr/sbin/dovecot dovecot-imapd "the mailbox tests"

# The push tests post to a real Web Push service on loopback: the npm package web-push-testing
# (checks the VAPID signature, decrypts the payload, keeps what arrived), kept in tests/.tools; the
# calendar tests parse the ICS feeds with ical.js too, a second parser independent of Ical.Net.
tools="$root/tests/.tools"
if [ ! -f "$tools/node_modules/web-push-testing/src/bin/server.js" ] || [ ! -f "$tools/node_modules/ical.js/package.json" ]; then
  if ! command -v npm >/dev/null; then
    echo "The push tests need node >= 20 and npm: install them (sudo apt-get install -y nodejs npm), then run this again." >&2
    exit 1
  fi
  echo "Installing web-push-testing 1.2.2 for the push tests and ical.js 2.2.1 for the calendar tests (npm, into tests/.tools)..."
  mkdir -p "$tools"
  if ! npm install --prefix "$tools" --no-audit --no-fund --loglevel=error web-push-testing@1.2.2 ical.js@2.2.1 >/dev/null; then
    echo "Could not install the npm test tools. Run 'npm install --prefix tests/.tools web-push-testing@1.2.2 ical.js@2.2.1' and this again." >&2
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
