#!/usr/bin/env bash
# Install the peer linters that bench/run_all.py compares jdlint with, into a local folder
# (default bench/out/peers, git-ignored). They are not project dependencies.
#
#   bash bench/perf/setup_peers.sh [PEERS_DIR]
#
# npm: joblint, alex, write-good (npm install --prefix PEERS_DIR, versions pinned below);
# PyPI: proselint, in its own venv PEERS_DIR/proselint-venv.
# Each package is installed on its own: one that the registry does not have is reported and
# skipped (run_all.py then prints "not installed" for it), the others still install.
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PEERS="${1:-$ROOT/bench/out/peers}"
PYTHON="${PYTHON:-python3}"
NPM_PACKAGES=("joblint@2" "alex@11.0.1" "write-good@1.0.8")
PROSELINT="proselint==0.16.0"

mkdir -p "$PEERS"
failed=()
if command -v npm >/dev/null 2>&1; then
    [ -f "$PEERS/package.json" ] || echo '{"name": "jdlint-bench-peers", "private": true}' > "$PEERS/package.json"
    for pkg in "${NPM_PACKAGES[@]}"; do
        echo "npm install $pkg" >&2
        if ! npm install --prefix "$PEERS" --no-audit --no-fund --loglevel=error "$pkg"; then
            failed+=("$pkg (npm)")
        fi
    done
else
    echo "npm not found: skipping joblint, alex and write-good" >&2
    failed+=("npm packages (no npm)")
fi

if [ ! -x "$PEERS/proselint-venv/bin/python" ]; then
    "$PYTHON" -m venv "$PEERS/proselint-venv" || failed+=("proselint venv")
fi
if [ -x "$PEERS/proselint-venv/bin/pip" ]; then
    echo "pip install $PROSELINT" >&2
    "$PEERS/proselint-venv/bin/pip" install --quiet "$PROSELINT" || failed+=("$PROSELINT (pip)")
fi

echo "peers in $PEERS:" >&2
ls "$PEERS/node_modules/.bin" 2>/dev/null | grep -E '^(joblint|alex|write-good)$' | sed 's/^/  /' >&2
[ -x "$PEERS/proselint-venv/bin/proselint" ] && echo "  proselint" >&2
if [ ${#failed[@]} -gt 0 ]; then
    printf 'not installed: %s\n' "${failed[@]}" >&2
fi
exit 0
