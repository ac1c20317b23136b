#!/usr/bin/env bash
# pressroom setup: installs what is missing (Chromium, PDF tools, npm packages), builds, and presses the sample issue.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

# Run a command as root: directly when we are root, through sudo when it is there.
as_root() {
  if [ "$(id -u)" = "0" ]; then "$@";
  elif have sudo; then sudo "$@";
  else return 1; fi
}

apt_install() {
  have apt-get || return 1
  if [ -z "${APT_UPDATED:-}" ]; then as_root apt-get update -qq || return 1; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@"
}

find_browser() {
  for candidate in "${PUPPETEER_EXECUTABLE_PATH:-}" "${CHROME_PATH:-}" /usr/bin/chromium-headless-shell /usr/bin/chromium /usr/bin/chromium-browser \
      /usr/bin/google-chrome-stable /usr/bin/google-chrome /snap/bin/chromium \
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

say "Checking Node.js"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20 || (a===20 && b<12)) { console.error("pressroom needs Node.js 20.12 or newer; this is " + process.version + "."); process.exit(1) }'
node --version

say "Looking for Chrome or Chromium"
# Chromium's headless shell is the same engine without the full browser's windows and tab machinery: pressroom
# lays out and prints faster with it (docs/performance.md, the third round). Debian and Ubuntu package it; elsewhere the full
# browser does the same work, a little slower.
if [ ! -x /usr/bin/chromium-headless-shell ] && [ -z "${PUPPETEER_EXECUTABLE_PATH:-}${CHROME_PATH:-}" ] && have apt-get; then
  echo "Installing Debian's chromium-headless-shell package (the headless browser pressroom prefers)."
  apt_install chromium-headless-shell || echo "Could not install chromium-headless-shell; pressroom will use the full browser."
fi
if browser=$(find_browser); then
  echo "Using $browser"
else
  echo "No browser found: installing Debian's chromium package."
  if ! apt_install chromium; then
    echo "Could not install Chromium automatically. Install Chrome or Chromium yourself, then run this again," >&2
    echo "or point pressroom at it: export CHROME_PATH=/path/to/chrome" >&2
    exit 3
  fi
  browser=$(find_browser)
  echo "Using $browser"
fi

say "Looking for the PDF tools the tests use (pdftotext, pdffonts)"
if have pdftotext && have pdffonts; then echo "Found poppler-utils."
else apt_install poppler-utils || echo "Could not install poppler-utils; pressroom works, but its tests need pdftotext and pdffonts." >&2
fi

say "Looking for Ghostscript (gs), which converts press PDFs to CMYK (build --press --cmyk)"
if have gs; then echo "Found Ghostscript."
else apt_install ghostscript || echo "Could not install ghostscript; pressroom works, but --cmyk keeps press PDFs in RGB and says so." >&2
fi

say "Installing npm packages"
# puppeteer-core never downloads a browser; the flag also covers any tool that would.
export PUPPETEER_SKIP_DOWNLOAD=1
# `npm install` follows package-lock.json. Not `npm ci`: with npm 11 and omit-lockfile-registry-resolved
# (set on these machines) it rejects a lock file that lists platform-only optional packages.
npm install --no-audit --no-fund

say "Compiling pressroom"
npm run build --silent

say "Pressing the sample issue"
node bin/pressroom.js build issues/2026-11 --browser "$browser"

say "Ready. PDFs are in output/2026-11/. Run the tests with: npm test"
