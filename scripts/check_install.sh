#!/usr/bin/env bash
# Install cleantext the way users do, and smoke-test every extra there.
#
#   1. build the sdist, then the wheel FROM the sdist (python -m build), so a file missing from
#      the sdist fails here; check that the sdist holds LICENSE, the test helpers, docs, examples;
#   2. create a fresh venv and install the built wheel WITHOUT extras using that venv's OWN pip
#      (not upgraded: the pip a new venv ships is what many users have), non-editable; there,
#      from outside the source tree: scripts/smoke_install.py --no-extras (the core, its
#      conventions, each missing extra named in one line by the library and the command), then
#      (with pytest added) every README and docs/ block that needs no extra, as written
#      (tests/test_snippets.py --installed);
#   3. add `[all]` to that venv and run scripts/smoke_install.py there: the core (C kernels
#      required: the wheel must carry them) and one real call through every extra;
#   4. a second fresh venv installs the SDIST with no C compiler (CC=false): the build must go
#      on without the kernels, and the pure-Python path must give the same bytes as the wheel
#      (the cleaned example, MinHash signatures, a corpus dedup's clusters); there the sdist
#      also builds a wheel offline (--no-index --no-build-isolation): refused in one line with
#      the venv's own setuptools if older than 77, built once setuptools>=77 is added.
#
# Usage: scripts/check_install.sh [PYTHON_WITH_BUILD]   (default: .venv/bin/python)
# The base interpreter of the fresh venv is BASE_PYTHON (default: python3). Keeps nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
builder=${1:-.venv/bin/python}
base=${BASE_PYTHON:-python3}
work=$(mktemp -d "${TMPDIR:-/tmp}/cleantext-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
started=$(date +%s)

echo "== build sdist and wheel (wheel built from the sdist)"
"$builder" -m build --outdir "$work/dist" . >"$work/build.log" 2>&1 || {
    tail -40 "$work/build.log"; echo "check_install: build failed"; exit 1; }
sdist=$(ls "$work"/dist/*.tar.gz)
wheel=$(ls "$work"/dist/*.whl)
echo "   $(basename "$sdist")  $(basename "$wheel")"

echo "== sdist contents"
listing=$(tar tzf "$sdist" | sed 's|^[^/]*/||')
for f in LICENSE README.md pyproject.toml setup.py MANIFEST.in Makefile mkdocs.yml \
    src/cleantext/minhash/_kernels.c src/cleantext/py.typed tests/conftest.py tests/_servers.py \
    tests/_crawl.py tests/data/normalize_cases.jsonl docs/index.md examples/scraped_article_fr.txt \
    scripts/smoke_install.py; do
    grep -qx "$f" <<<"$listing" || { echo "check_install: $f is missing from the sdist"; exit 1; }
done
# only what git tracks (plus the build's own PKG-INFO, setup.cfg, egg-info): not the downloaded
# dev and holdout sets (git-ignored), not a file someone forgot to add
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    untracked=$(git ls-files --others --directory | grep -v '\.egg-info/$' || true)
    stray=$("$builder" -c 'import sys
tops = sys.argv[1].split()
for path in sys.argv[2].splitlines():
    if any(path == t.rstrip("/") or path.startswith(t.rstrip("/") + "/") for t in tops):
        print(path)' "$untracked" "$listing")
    [ -z "$stray" ] || {
        echo "check_install: the sdist holds files git does not track:"; head <<<"$stray"; exit 1; }
fi
wheel_listing=$("$builder" -m zipfile -l "$wheel")
for f in cleantext/py.typed cleantext/data/ LICENSE; do
    grep -q "$f" <<<"$wheel_listing" || { echo "check_install: $f is missing from the wheel"; exit 1; }
done
grep -Eq 'cleantext/minhash/_kernels\..*(so|pyd)' <<<"$wheel_listing" \
    || { echo "check_install: the wheel has no compiled kernels"; exit 1; }
# (the C source builds the sdist; the wheel carries the built module only)
! grep -Eq 'cleantext/minhash/_kernels\.c( |$)' <<<"$wheel_listing" \
    || { echo "check_install: the wheel ships _kernels.c"; exit 1; }
# the package and its metadata only: no tests/, benchmarks/, scripts/ or docs/ at the top
tops=$(awk 'NR > 1 {split($1, p, "/"); print p[1]}' <<<"$wheel_listing" | sort -u | tr '\n' ' ')
[ "$tops" = "cleantext cleantext_scrape-$(basename "$wheel" | cut -d- -f2).dist-info " ] || {
    echo "check_install: the wheel holds more than the package: $tops"; exit 1; }
echo "   ok: LICENSE, test helpers, docs, examples (and nothing untracked) in the sdist; kernels, data, LICENSE in the wheel (and nothing else)"

t_build=$(date +%s)
echo "== fresh venv, its own pip, the wheel without extras"
"$base" -m venv "$work/venv"
"$work/venv/bin/python" -m pip --version
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel" \
    >"$work/install.log" 2>&1 || {
    tail -40 "$work/install.log"; echo "check_install: pip install wheel failed"; exit 1; }
"$work/venv/bin/python" -m pip check
cp scripts/smoke_install.py "$work/smoke_install.py"
(cd "$work" && env -u PYTHONPATH PYTHONNOUSERSITE=1 \
    "$work/venv/bin/python" smoke_install.py --no-extras --require-kernels 2>"$work/smoke.err") || {
    tail -40 "$work/smoke.err"; echo "check_install: smoke test without extras failed"; exit 1; }
echo "== README and docs/ blocks that need no extra, with the installed package; mypy --strict"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check pytest mypy \
    >>"$work/install.log" 2>&1 || {
    tail -40 "$work/install.log"; echo "check_install: pip install pytest failed"; exit 1; }
repo=$(pwd)
(cd "$work" && env -u PYTHONPATH PYTHONNOUSERSITE=1 \
    "$work/venv/bin/python" "$repo/tests/test_snippets.py" --installed) || {
    echo "check_install: a docs block fails without extras"; exit 1; }
(cd "$work" && env -u PYTHONPATH PYTHONNOUSERSITE=1 \
    "$work/venv/bin/python" smoke_install.py --typing 2>"$work/smoke.err") || {
    tail -40 "$work/smoke.err"; echo "check_install: mypy --strict of a user's script failed"; exit 1; }

t_bare=$(date +%s)
echo "== the same venv, wheel[all]"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "${wheel}[all]" \
    >>"$work/install.log" 2>&1 || {
    tail -40 "$work/install.log"; echo "check_install: pip install wheel[all] failed"; exit 1; }

t_install=$(date +%s)
echo "== smoke test of every extra (outside the source tree)"
(cd "$work" && env -u PYTHONPATH PYTHONNOUSERSITE=1 \
    "$work/venv/bin/python" smoke_install.py --extras all --require-kernels 2>"$work/smoke.err") || {
    tail -40 "$work/smoke.err"; echo "check_install: smoke test failed"; exit 1; }
"$work/venv/bin/python" -m pip check

t_smoke=$(date +%s)
echo "== a second fresh venv: the sdist with no C compiler (CC=false), same output as the wheel"
"$base" -m venv "$work/venv-cc"
CC=false "$work/venv-cc/bin/python" -m pip install --quiet --disable-pip-version-check "$sdist" \
    >"$work/install-cc.log" 2>&1 || {
    tail -40 "$work/install-cc.log"; echo "check_install: the sdist does not install without a C compiler"; exit 1; }
# offline (no index, no build isolation): the venv's own setuptools is named in one line; with
# setuptools>=77 added, the sdist builds a wheel with nothing downloaded
offline=(env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null PIP_NO_INDEX=1 CC=false
    "$work/venv-cc/bin/python" -m pip wheel --quiet --disable-pip-version-check --no-deps
    --no-build-isolation -w "$work/offline" "$sdist")
if "$work/venv-cc/bin/python" -c 'import setuptools, sys; sys.exit(int(setuptools.__version__.split(".")[0]) >= 77)'; then
    "${offline[@]}" >"$work/offline.log" 2>&1 && {
        echo "check_install: the offline build passed with an old setuptools"; exit 1; }
    grep -q "needs setuptools>=77 to build" "$work/offline.log" || {
        tail -20 "$work/offline.log"; echo "check_install: an old setuptools is not named"; exit 1; }
fi
"$work/venv-cc/bin/python" -m pip install --quiet --disable-pip-version-check "setuptools>=77" \
    >>"$work/install-cc.log" 2>&1 || {
    tail -20 "$work/install-cc.log"; echo "check_install: pip install setuptools failed"; exit 1; }
"${offline[@]}" >"$work/offline.log" 2>&1 || {
    tail -40 "$work/offline.log"; echo "check_install: the sdist does not build offline"; exit 1; }
echo "   ok: offline build of the sdist (--no-build-isolation --no-index, setuptools>=77)"
cp examples/scraped_article_fr.txt "$work/example.txt"
digest='import hashlib, sys
import cleantext
from cleantext.minhash.shingle import compiled
want = sys.argv[1] == "kernels"
if compiled() != want:
    sys.exit(f"C kernels present: {compiled()}, expected {want}")
text = open("example.txt", encoding="utf-8").read()
docs = [text, text.replace("\n\n", "\n", 3), text[: len(text) // 2], "other text " * 40]
h = hashlib.sha256()
h.update(cleantext.clean(text).encode())
for preset in ("light", "extract"):
    h.update(cleantext.clean(text, preset=preset).encode())
h.update(cleantext.Signer().sign(docs).values.tobytes())
result = cleantext.dedup_corpus(docs)
h.update(result.kept.tobytes() + result.duplicate.tobytes() + result.pairs.tobytes())
print(h.hexdigest())'
with_c=$(cd "$work" && env -u PYTHONPATH PYTHONNOUSERSITE=1 "$work/venv/bin/python" -c "$digest" kernels) || {
    echo "check_install: digest with the wheel failed"; exit 1; }
without_c=$(cd "$work" && env -u PYTHONPATH PYTHONNOUSERSITE=1 "$work/venv-cc/bin/python" -c "$digest" pure) || {
    echo "check_install: digest with the compiler-less sdist install failed"; exit 1; }
[ "$with_c" = "$without_c" ] || {
    echo "check_install: the pure-Python install gives other output than the wheel"; exit 1; }
echo "   ok: installed without the kernels; same digest as the wheel (${with_c:0:16})"
now=$(date +%s)
echo "check_install: ok in $(( now - started )) s: build $(( t_build - started )) s," \
    "without extras $(( t_bare - t_build )) s, install [all] $(( t_install - t_bare )) s," \
    "smoke $(( t_smoke - t_install )) s, sdist without a compiler $(( now - t_smoke )) s"
