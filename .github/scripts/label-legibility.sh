#!/usr/bin/env bash
# Labels every degraded document of pkg/internal/realset as legible or not,
# with tesseract as the judge, and writes
# pkg/internal/realset/testdata/legibility.json.
#
# The degraded files come from the Go package itself
# (go test ./pkg/internal/realset -run TestWriteDegraded -args -out DIR), so
# the labels describe exactly the bytes realset.Build makes.
#
# The judge, per document:
#   mrz:   tesseract --psm 6 with the whitelist A-Z 0-9 < on the lower 45 %
#          of the image (upscaled so its long side is at least 1000 px, as
#          tesseract wants glyphs about 20 px tall). The reference is the
#          MRZ as printed, from realset (specimen text, or read by eye and
#          checked by its check digits); a document whose original tesseract
#          cannot read within the bound is left out, since the judge would
#          be blind on it. Each reference line is matched to the closest
#          line read; the character error rate (CER) is the summed edit
#          distance over the summed reference length, after collapsing runs
#          of '<' filler (tesseract reads long runs as K; filler holds no
#          data) and treating O/Q/D as 0 and I as 1 (MRZ readers resolve
#          those by field type). Legible when the CER is at most 10 %: the specimens read
#          from clean originals score 0-5 %, and at 10 % a 44-character
#          line still has about 40 right, so its fields are recoverable,
#          while beyond it names and numbers break.
#   words: for documents without an MRZ, tesseract --psm 3 on the whole
#          image; the reference is the set of words of four or more letters
#          or digits read from the original both at full size and at 85 %
#          (stable words, not texture read as letters; at least 8), and a
#          degraded file is legible when at least half of them are still
#          read exactly.
# Documents where neither judge has a reference are left out, with the
# reason, in the "originals" section.
#
# Usage: .github/scripts/label-legibility.sh [WORKDIR]   (needs ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-$(mktemp -d)}
if ! command -v tesseract >/dev/null; then
  apt-get update -qq && apt-get install -y -qq tesseract-ocr >/dev/null
fi
command -v convert >/dev/null || { apt-get update -qq && apt-get install -y -qq imagemagick >/dev/null; }

echo "== writing the degraded set to $work"
go test ./pkg/internal/realset -run '^TestWriteDegraded$' -count=1 -args -out "$work" >/dev/null

echo "== judging with $(tesseract --version 2>&1 | head -1)"
OMP_THREAD_LIMIT=1 /usr/bin/python3 - "$work" pkg/internal/realset/testdata/legibility.json <<'PY'
import json, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

work, out_path = sys.argv[1], sys.argv[2]
MAX_CER, MIN_RECALL, MIN_WORDS, MIN_SIDE = 0.10, 0.5, 8, 1000
MRZ_CONFIG = ["--psm", "6", "-c", "tessedit_char_whitelist=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"]

def ocr(path, rotate, mrz, percent=100):
    """Text tesseract reads from path, prepared as the header describes."""
    prep = ["-rotate", str(rotate), "-resize", "%dx%d<" % (MIN_SIDE, MIN_SIDE), "-resize", "%d%%" % percent]
    if mrz:
        prep += ["-gravity", "south", "-crop", "100%x45%+0+0", "+repage"]
    img = subprocess.run(["convert", path] + prep + ["png:-"], capture_output=True, check=True).stdout
    args = MRZ_CONFIG if mrz else ["--psm", "3"]
    return subprocess.run(["tesseract", "stdin", "stdout"] + args, input=img,
                          capture_output=True, check=True).stdout.decode("utf-8", "replace")

def mrz_lines(text):
    return [l for l in (re.sub(r"\s", "", x) for x in text.splitlines()) if len(l) >= 20 and "<" in l]

def norm(line):
    """The line with each run of filler collapsed to one '<' and trailing
    filler dropped (tesseract's English model reads long runs of '<' as K;
    filler carries no data), and O, Q, D read as 0 and I as 1: MRZ readers
    resolve these by the field's type, as a person reading OCR-B does."""
    line = re.sub(r"[<K]*<[<K]*", "<", line).rstrip("<")
    return line.translate(str.maketrans("OQDI", "0001"))

def words(text):
    return {w for w in re.findall(r"[A-Z0-9]{4,}", text.upper())}

def edits(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def cer(ref, text):
    ref, got = [norm(r) for r in ref], [norm(g) for g in mrz_lines(text)]
    dist = sum(min([edits(r, g) for g in got] or [len(r)]) for r in ref)
    return round(dist / sum(len(r) for r in ref), 4)

def reference(row):
    key, path, rotate, known = row
    orig = os.path.join(work, "orig", key + ".png")
    if known:
        c = cer(known, ocr(orig, rotate, True))
        if c <= MAX_CER:
            return {"judge": "mrz", "reference": known, "original_cer": c}
        return {"judge": "none", "reference": known, "original_cer": c,
                "excluded": "tesseract misreads the original's MRZ beyond the bound"}
    # Words read at two scales are kept, so that texture read as letters
    # does not enter the reference.
    ws = sorted(words(ocr(orig, rotate, False)) & words(ocr(orig, rotate, False, 85)))
    if len(ws) >= MIN_WORDS:
        return {"judge": "words", "reference": ws}
    return {"judge": "none", "reference": ws,
            "excluded": "tesseract reads fewer than %d words from the original" % MIN_WORDS}

def label(job):
    (key, path, rotate, _), ref, deg = job
    f = os.path.join(work, "degraded", "%s@%s.jpg" % (key, deg))
    entry = {"original": path, "degradation": deg, "judge": ref["judge"]}
    if ref["judge"] == "mrz":
        c = cer(ref["reference"], ocr(f, rotate, True))
        entry.update(cer=c, legible=c <= MAX_CER)
    else:
        found = len(words(ocr(f, rotate, False)) & set(ref["reference"]))
        total = len(ref["reference"])
        entry.update(words_found=found, words_total=total, legible=found >= MIN_RECALL * total)
    return entry

rows = []
for line in open(os.path.join(work, "manifest.tsv")):
    key, path, rotate, mrz = line.rstrip("\n").split("\t")
    rows.append((key, path, int(rotate), mrz.split("|") if mrz else []))
degs = sorted({f.split("@", 1)[1][:-4] for f in os.listdir(os.path.join(work, "degraded"))})
with ThreadPoolExecutor(os.cpu_count()) as pool:
    refs = list(pool.map(reference, rows))
    jobs = [(r, ref, d) for r, ref in zip(rows, refs) if ref["judge"] != "none" for d in degs]
    labels = list(pool.map(label, jobs))

originals = [dict(path=r[1], **ref) for r, ref in zip(rows, refs)]
doc = {
    "version": 1,
    "judge": {"ocr": subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.splitlines()[0],
              "mrz_max_cer": MAX_CER, "words_min_recall": MIN_RECALL, "words_min_reference": MIN_WORDS},
    "originals": sorted(originals, key=lambda o: o["path"]),
    "labels": sorted(labels, key=lambda l: (l["original"], l["degradation"])),
}
with open(out_path, "w") as f:
    json.dump(doc, f, indent=1, sort_keys=True)
    f.write("\n")

print("%-16s %8s %10s" % ("degradation", "legible", "illegible"))
for d in degs:
    ls = [l for l in labels if l["degradation"] == d]
    print("%-16s %8d %10d" % (d, sum(l["legible"] for l in ls), sum(not l["legible"] for l in ls)))
for o in doc["originals"]:
    if o["judge"] == "none":
        print("left out:", o["path"], "-", o["excluded"])
PY
