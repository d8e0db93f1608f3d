#!/usr/bin/env bash
# Times kyclint's image check against OpenCV and libjpeg-turbo on a seeded
# corpus of phone-sized JPEGs, on one pinned core and on two.
#
#   kyclint: the whole per-file image check: the SHA-256 a lint takes of
#            every document, then imaging.Analyze (header, EXIF, document
#            outline, edge blur, exposure, glare, colour, perceptual hash),
#            driven by pkg/imaging/internal/benchanalyze; -jobs 2 on two
#            cores.
#   opencv:  cv2.imread(p, cv2.IMREAD_GRAYSCALE) and
#            cv2.Laplacian(img, cv2.CV_64F).var(); a pool of 2 processes
#            on two cores.
#   djpeg:   djpeg -grayscale to /dev/null; 2 at a time on two cores.
#
# kyclint and OpenCV time their own loops (no process start-up or Python
# import), after one untimed warm-up file; djpeg is timed from the shell,
# one process per file. Runs alternate between the tools, and each round's
# kyclint/peer ratio is printed as median (min–max) over ROUNDS rounds.
#
# Usage: .github/scripts/bench-vs-opencv.sh [ROUNDS]   (default 7)
# BENCH_CPU picks the core of the one-core runs (default 0), so that a
# shared machine's quieter core can be used; every tool runs on it alike.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-7}
one=${BENCH_CPU:-0}

need=()
/usr/bin/python3 -c 'import cv2, numpy' 2>/dev/null || need+=(python3-opencv python3-numpy)
command -v djpeg >/dev/null || need+=(libjpeg-turbo-progs)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== corpus and tools in $work"
go run ./pkg/imaging/internal/benchcorpus "$work/corpus"
go build -o "$work/kyclint" ./cmd/kyclint
go build -o "$work/benchanalyze" ./pkg/imaging/internal/benchanalyze

cat >"$work/opencv.py" <<'PY'
import sys, time, cv2
from multiprocessing import Pool
cv2.setNumThreads(1)
def check(p):
    img = cv2.imread(p, cv2.IMREAD_GRAYSCALE)
    return cv2.Laplacian(img, cv2.CV_64F).var()
if __name__ == "__main__":
    jobs, files = int(sys.argv[1]), sys.argv[2:]
    if jobs == 1:
        check(files[0])  # load the codecs, as the pool does below
        t = time.perf_counter()
        for p in files: check(p)
    else:
        with Pool(jobs) as pool:
            pool.map(check, files[:jobs])  # start the workers
            t = time.perf_counter()
            pool.map(check, files, chunksize=1)
    print("%.1f" % ((time.perf_counter() - t) * 1000))
PY

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
djpeg_ms() { # jobs files...
  local jobs=$1; shift
  local t0; t0=$(now_ms)
  printf '%s\n' "$@" | xargs -P "$jobs" -I{} sh -c 'djpeg -grayscale "{}" >/dev/null'
  echo $(( $(now_ms) - t0 ))
}

ratios() { # name values...: median (min–max) of the values
  /usr/bin/python3 - "$@" <<'PY'
import sys, statistics
name, v = sys.argv[1], sorted(float(x) for x in sys.argv[2:])
print(f"  {name:<28} {statistics.median(v):6.3f}  ({v[0]:.3f}–{v[-1]:.3f})")
PY
}

run_set() { # label cpus jobs files...
  local label=$1 cpus=$2 jobs=$3; shift 3
  local files=("$@" "$@" "$@") # three passes per round
  local n=${#files[@]}
  local ko=() kd=() ks=() t_k t_o t_d t_s
  local sum_k=0 sum_o=0 sum_d=0 sum_s=0
  for _ in $(seq "$rounds"); do
    t_k=$(taskset -c "$cpus" "$work/benchanalyze" -jobs "$jobs" "${files[@]}")
    t_o=$(taskset -c "$cpus" /usr/bin/python3 "$work/opencv.py" "$jobs" "${files[@]}")
    t_d=$(taskset -c "$cpus" bash -c "$(declare -f now_ms djpeg_ms); djpeg_ms $jobs \"\$@\"" _ "${files[@]}")
    t_s=$(taskset -c "$cpus" "$work/benchanalyze" -standard -jobs "$jobs" "${files[@]}")
    ko+=("$(echo "$t_k / $t_o" | bc -l)"); kd+=("$(echo "$t_k / $t_d" | bc -l)"); ks+=("$(echo "$t_k / $t_s" | bc -l)")
    sum_k=$(echo "$sum_k + $t_k" | bc -l); sum_o=$(echo "$sum_o + $t_o" | bc -l)
    sum_d=$(echo "$sum_d + $t_d" | bc -l); sum_s=$(echo "$sum_s + $t_s" | bc -l)
  done
  printf '%s: ms per image (mean of %d rounds): kyclint %.1f, opencv %.1f, djpeg %.1f, kyclint with image/jpeg %.1f\n' \
    "$label" "$rounds" "$(echo "$sum_k / $rounds / $n" | bc -l)" "$(echo "$sum_o / $rounds / $n" | bc -l)" \
    "$(echo "$sum_d / $rounds / $n" | bc -l)" "$(echo "$sum_s / $rounds / $n" | bc -l)"
  echo "  paired ratios, median (min–max):"
  ratios "kyclint / opencv" "${ko[@]}"
  ratios "kyclint / djpeg -grayscale" "${kd[@]}"
  ratios "kyclint / kyclint image/jpeg" "${ks[@]}"
}

big=("$work"/corpus/4032x3024-*.jpg)
small=("$work"/corpus/1600x1200-*.jpg)
run_set "12 MP, 1 core " "$one" 1 "${big[@]}"
run_set "12 MP, 2 cores" 0,1 2 "${big[@]}"
run_set "2 MP, 1 core  " "$one" 1 "${small[@]}"

echo "== peak RSS of kyclint lint (four packs of four 12 MP photos)"
for i in 0 1 2 3; do mkdir -p "$work/packs/pack$i"; cp "${big[@]}" "$work/packs/pack$i/"; done
for jobs in 1 2; do
  /usr/bin/time -f "  --jobs $jobs: %M KiB peak RSS, %e s" "$work/kyclint" lint "$work/packs" --jobs "$jobs" --format json --output "$work/report.json" >/dev/null 2>"$work/time.txt" || true
  tail -1 "$work/time.txt"
done
