#!/usr/bin/env bash
# bench-mrz-vs-passporteye.sh — read the MRZ of every PassportEye specimen
# with kyclint's pure-Go reader (pkg/mrzread) and with PassportEye
# (scikit-image + Tesseract), and print for each tool how many zones it
# reads as valid, how many it reads exactly as the reference, how many it
# vouches for wrongly, and the whole run's time.
#
# Usage:
#   .github/scripts/bench-mrz-vs-passporteye.sh [PASSPORTEYE_SRC]
#
# PASSPORTEYE_SRC (or the environment variable of that name) is
# PassportEye's source, github.com/konstantint/PassportEye, either a work
# tree (with passporteye/__init__.py) or a bare git directory, whose HEAD is
# exported. It is not on a package registry this project reaches: clone the
# repository, or, in a session with the search tool, `fetch` it, which
# leaves a bare git directory at /work/.mirror/konstantint+PassportEye/repo.
#
# The specimens and their references come from the shared corpus
# (KYCLINT_CORPUS, else ../shared/corpus beside the repository) and
# pkg/internal/realset. Run as root, the script installs what PassportEye
# imports from Debian (tesseract-ocr, python3-numpy, -skimage, -sklearn,
# -matplotlib, -imageio, -pdfminer); NO_INSTALL=1 skips that. Debian has no
# pytesseract, so a ten-line stand-in (run_tesseract, cleanup: all
# PassportEye calls) is put on PYTHONPATH.
#
# What is compared: "valid" is the tool's own verdict (kyclint: Result.Valid,
# all checks pass and nothing left in doubt; PassportEye: MRZ.valid, all
# check digits pass). "exact" is the zone's text equal to the reference:
# kyclint's decoded lines, PassportEye's OCR lines after its own cleaner
# (MRZOCRCleaner). PassportEye fixes some look-alikes only inside its parsed
# fields, not in those lines, so its exact count can understate it; its
# "valid but not exact" count then mixes such zones with real false reads.
# Images without a reference MRZ are counted in "valid" only.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
src=${1:-${PASSPORTEYE_SRC:-}}
if [ -z "$src" ]; then
	sed -n '2,20p' "$0" >&2
	exit 2
fi
corpus=${KYCLINT_CORPUS:-$repo/../shared/corpus}
if [ ! -d "$corpus/specimens/passporteye" ]; then
	echo "no specimens at $corpus/specimens/passporteye" >&2
	exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# What PassportEye imports.
debs="tesseract-ocr python3-numpy python3-skimage python3-sklearn python3-matplotlib python3-imageio python3-pdfminer"
if [ "${NO_INSTALL:-}" != 1 ]; then
	missing=""
	for d in $debs; do
		dpkg -s "$d" >/dev/null 2>&1 || missing="$missing $d"
	done
	if [ -n "$missing" ]; then
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
	fi
fi

# PassportEye's source.
if [ -f "$src/passporteye/__init__.py" ]; then
	pe=$src
elif git --git-dir="$src" rev-parse --verify -q HEAD >/dev/null; then
	pe=$work/passporteye-src
	mkdir -p "$pe"
	git --git-dir="$src" archive HEAD | tar -x -C "$pe"
else
	echo "$src is neither a PassportEye work tree nor a git directory" >&2
	exit 1
fi

# A stand-in for pytesseract's run_tesseract and cleanup.
mkdir -p "$work/shim/pytesseract"
: >"$work/shim/pytesseract/__init__.py"
cat >"$work/shim/pytesseract/pytesseract.py" <<'EOF'
import os, shlex, subprocess

def run_tesseract(input_filename, output_filename_base, extension, lang, config=''):
    cmd = ['tesseract', input_filename, output_filename_base]
    if lang:
        cmd += ['-l', lang]
    cmd += shlex.split(config or '')
    if extension and extension not in ('box', 'osd', 'tsv', 'xml'):
        cmd.append(extension)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def cleanup(filename):
    try:
        os.remove(filename)
    except OSError:
        pass
EOF

# PassportEye over the same files, in one process.
cat >"$work/pe.py" <<'EOF'
import sys, os
from passporteye import read_mrz
from passporteye.mrz.text import MRZOCRCleaner
root = sys.argv[1]
for rel in sys.stdin.read().split():
    found, valid, text = False, False, ''
    try:
        m = read_mrz(os.path.join(root, rel))
    except Exception:
        m = None
    if m is not None:
        found, valid = True, bool(m.valid)
        text = '|'.join(MRZOCRCleaner.apply(m.aux.get('raw_text', '')))
    print('%s\t%s\t%s\t%s' % (rel, found, valid, text))
EOF

now() { date +%s.%N; }

(cd "$repo" && go build -o "$work/evaltool" ./pkg/mrzread/internal/evaltool)
t0=$(now)
"$work/evaltool" "$corpus" >"$work/kyclint.tsv"
t1=$(now)
cut -f1 "$work/kyclint.tsv" | PYTHONPATH="$pe:$work/shim" /usr/bin/python3 "$work/pe.py" "$corpus" >"$work/pe.tsv" 2>"$work/pe.err" || {
	cat "$work/pe.err" >&2
	exit 1
}
t2=$(now)

/usr/bin/python3 - "$work/kyclint.tsv" "$work/pe.tsv" "$t0" "$t1" "$t2" <<'EOF'
import sys
ky = [l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
pe = {l.split('\t')[0]: l.rstrip('\n').split('\t') for l in open(sys.argv[2])}
t0, t1, t2 = map(float, sys.argv[3:6])
refs = {r[0]: (None if r[1] == '-' else r[1]) for r in ky}
rows = {'kyclint': {r[0]: (r[2] == 'true', r[3] == 'true', r[4]) for r in ky},
        'PassportEye': {p: (v[1] == 'True', v[2] == 'True', v[3]) for p, v in pe.items()}}
times = {'kyclint': t1 - t0, 'PassportEye': t2 - t1}
n, nref = len(refs), sum(1 for r in refs.values() if r)
print('%d images, %d with a reference MRZ\n' % (n, nref))
print('%-12s %6s %6s %6s %12s %8s' % ('tool', 'found', 'valid', 'exact', 'valid≠ref', 'time'))
for tool, res in rows.items():
    found = sum(1 for f, _, _ in res.values() if f)
    valid = sum(1 for _, v, _ in res.values() if v)
    exact = sum(1 for p, (_, _, t) in res.items() if refs.get(p) and t == refs[p])
    wrong = sum(1 for p, (_, v, t) in res.items() if v and refs.get(p) and t != refs[p])
    print('%-12s %6d %6d %6d %12d %7.1fs' % (tool, found, valid, exact, wrong, times[tool]))
print('\nper image: valid/exact (V = valid, E = exact, v = valid but not the reference)')
for p in sorted(refs):
    cells = []
    for tool, res in rows.items():
        f, v, t = res.get(p, (False, False, ''))
        ex = refs[p] is not None and t == refs[p]
        cells.append('%-3s' % (('V' if v and (ex or not refs[p]) else 'v' if v else '-') + ('E' if ex else '')))
    print('  %-52s %s' % (p, '  '.join(cells)))
EOF
