#!/usr/bin/env bash
# Measure `agenticops gate` (whole project) against `agenticops gate --diff main` (one changed
# function) on python-semver 3.1.1 (the sdist in bench/work/sdists) with a 301-commit history.
#
#   bash bench/diff.sh [WORKDIR]      (default /tmp/bench-diff; run from the checkout)
#   ISOLATION=forkserver bash bench/diff.sh /tmp/bench-diff-fs
#
# Prints the wall time of each run and leaves both JSON reports in WORKDIR.
set -euo pipefail

CHECKOUT=$(pwd)
SDIST="$CHECKOUT/bench/work/sdists/semver-3.1.1.tar.gz"
AGENTICOPS=${AGENTICOPS:-agenticops}
WORK=${1:-/tmp/bench-diff}
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com

if [[ ! -f "$SDIST" ]]; then  # fetched once from PyPI, as bench/run.py does
  python3 -m pip download --quiet --no-binary :all: --no-deps semver==3.1.1 -d "$(dirname "$SDIST")"
fi
rm -rf "$WORK" && mkdir -p "$WORK"
tar xzf "$SDIST" --no-same-owner -C "$WORK" && mv "$WORK/semver-3.1.1" "$WORK/semver"
cd "$WORK/semver"
printf '\n[tool.agenticops]\nsource = ["src/semver"]\ntests = ["tests", "docs"]\n' >> pyproject.toml
if [[ -n "${ISOLATION:-}" ]]; then  # e.g. ISOLATION=forkserver: skip the fork attempt
  printf '\n[tool.agenticops.mutation]\nisolation = "%s"\n' "$ISOLATION" >> pyproject.toml
fi
printf '.agenticops/\n' >> .gitignore

# history: the import, then 300 commits (changelog fragments, and every third one a source
# file: a comment at the end of a module)
git init -q -b main && git add -A && git commit -qm "semver 3.1.1"
modules=(_types.py _deprecated.py _main.py cli.py version.py)
for i in $(seq 1 300); do
  if (( i % 3 == 0 )); then
    echo "# maintenance note $i" >> "src/semver/${modules[$(( i / 3 % 5 ))]}"
  else
    echo "Change number $i." > "changelog.d/$i.trivial.rst"
  fi
  git add -A
  git commit -qm "change $i"
done
echo "commits on main: $(git rev-list --count main)"

# the pull request: one function changed (Version.bump_prerelease), behaviour kept
git switch -qc feature
sed -i 's/                prerelease = token + ".1"/                prerelease = f"{token}.1"/' \
  src/semver/version.py
git commit -qam "bump_prerelease: f-string"
git diff --stat main

run() {  # NAME ARGS...: one gate run, timed; the exit code is reported, not fatal
  local name=$1; shift
  local start end code=0
  start=$(date +%s.%N)
  "$AGENTICOPS" gate . --no-cache --format json --output "$WORK/$name.json" "$@" || code=$?
  end=$(date +%s.%N)
  printf '%-5s exit %s  %6.1f s  load %s\n' "$name" "$code" "$(echo "$end - $start" | bc)" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
}
run full
run diff --diff main
