#!/usr/bin/env bash
# Compares pdfdoc.ExtractText with pdftotext (poppler-utils) on the text
# fixtures and on the shared corpus's PDFs, three pages of each.
#
#   .github/scripts/compare-pdftotext.sh [PDF or directory ...]
#
# For each file it prints the share of pdftotext's words that ExtractText also
# yields (recall, as a multiset of words), the share of ExtractText's words that
# pdftotext yields (precision), the word counts and ExtractText's time. A file
# that ExtractText refuses (encrypted, no page tree) shows its error. Needs
# pdftotext (apt-get install poppler-utils) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v pdftotext >/dev/null || { echo "pdftotext not found: apt-get install poppler-utils" >&2; exit 2; }
if [ $# -eq 0 ]; then
	set -- pkg/pdfdoc/testdata/text ../shared/corpus/pdf
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for a in "$@"; do
	if [ -d "$a" ]; then find "$(cd "$a" && pwd)" -type f -iname '*.pdf' | sort; elif [ -f "$a" ]; then realpath "$a"; fi
done > "$work/list"
[ -s "$work/list" ] || { echo "no PDF found in: $*" >&2; exit 2; }
mkdir -p "$work/ours" "$work/theirs"
go test -c -o "$work/pdfdoc.test" ./pkg/pdfdoc
(cd pkg/pdfdoc && "$work/pdfdoc.test" -test.run '^TestDumpText$' -dump-list "$work/list" -dump-dir "$work/ours" >/dev/null)
n=0
while IFS= read -r f; do
	n=$((n + 1))
	timeout 20 pdftotext -q -l 3 -enc UTF-8 "$f" "$work/theirs/$n.txt" 2>/dev/null || : > "$work/theirs/$n.txt"
done < "$work/list"
python3 - "$work" <<'PY'
import collections, os, sys
work = sys.argv[1]
files = open(os.path.join(work, "list")).read().split("\n")
tot_common = tot_theirs = tot_ours = 0
print(f"{'recall':>7} {'prec':>6} {'theirs':>6} {'ours':>6} {'ms':>6}  file")
root = os.getcwd()
bidi_marks = {c: None for c in [0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]}
for i, f in enumerate(filter(None, files), 1):
    def words(p):
        if not os.path.exists(p):
            return collections.Counter()
        # pdftotext wraps right-to-left runs in invisible embedding marks.
        text = open(p, encoding="utf-8", errors="replace").read().translate(bidi_marks)
        return collections.Counter(text.split())
    theirs = words(f"{work}/theirs/{i}.txt")
    ours = words(f"{work}/ours/{i}.txt")
    ms = open(f"{work}/ours/{i}.ms").read().strip()
    err = f"{work}/ours/{i}.err"
    note = "  (" + open(err).read().strip() + ")" if os.path.exists(err) else ""
    common = sum((theirs & ours).values())
    nt, no = sum(theirs.values()), sum(ours.values())
    tot_common, tot_theirs, tot_ours = tot_common + common, tot_theirs + nt, tot_ours + no
    rec = f"{100 * common / nt:.0f}%" if nt else "-"
    pre = f"{100 * common / no:.0f}%" if no else "-"
    print(f"{rec:>7} {pre:>6} {nt:>6} {no:>6} {ms:>6}  {os.path.relpath(f, root)}{note}")
if tot_theirs:
    print(f"all: {100 * tot_common / tot_theirs:.1f}% of pdftotext's {tot_theirs} words found; "
          f"{100 * tot_common / max(tot_ours, 1):.1f}% of ExtractText's {tot_ours} words in pdftotext's")
PY
