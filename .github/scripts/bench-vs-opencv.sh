#!/usr/bin/env bash
# Times kyclint's image check against OpenCV and libjpeg-turbo on a seeded
# corpus of phone-sized photos, on one pinned core and on two, class by
# class: 12 MP and 2 MP photos (quality 90), dense 12 MP photos (quality 92
# with sensor noise, 4–5 MB), progressive 12 MP photos (jpegtran's copies of
# the 12 MP and dense ones), PNG screenshots, and real camera photos (the
# JPEGs over 300 KB in BENCH_CAMERA, default ../shared/corpus/exif, that
# djpeg decodes; the class is skipped when the folder is absent).
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
# BENCH_SETS lists the classes to time (default: all of 12mp 2mp dense
# progressive png camera); BENCH_RSS=0 skips the peak-RSS runs. djpeg does
# not read PNG: the PNG class has no djpeg column.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-7}
one=${BENCH_CPU:-0}
sets=${BENCH_SETS:-12mp 2mp dense progressive png camera}
camera_dir=${BENCH_CAMERA:-../shared/corpus/exif}

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
for f in "$work"/corpus/4032x3024-sharp.jpg "$work"/corpus/4032x3024-glare.jpg "$work"/corpus/dense-*.jpg; do
  jpegtran -progressive -copy all "$f" >"$work/corpus/prog-$(basename "$f")"
done
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
  local n=${#files[@]} png=0
  case $1 in *.png) png=1 ;; esac
  local ko=() kd=() ks=() t_k t_o t_d t_s
  local sum_k=0 sum_o=0 sum_d=0 sum_s=0
  for _ in $(seq "$rounds"); do
    t_k=$(taskset -c "$cpus" "$work/benchanalyze" -jobs "$jobs" "${files[@]}")
    t_o=$(taskset -c "$cpus" /usr/bin/python3 "$work/opencv.py" "$jobs" "${files[@]}")
    ko+=("$(echo "$t_k / $t_o" | bc -l)")
    sum_k=$(echo "$sum_k + $t_k" | bc -l); sum_o=$(echo "$sum_o + $t_o" | bc -l)
    [ "$png" = 1 ] && continue
    t_d=$(taskset -c "$cpus" bash -c "$(declare -f now_ms djpeg_ms); djpeg_ms $jobs \"\$@\"" _ "${files[@]}")
    t_s=$(taskset -c "$cpus" "$work/benchanalyze" -standard -jobs "$jobs" "${files[@]}")
    kd+=("$(echo "$t_k / $t_d" | bc -l)"); ks+=("$(echo "$t_k / $t_s" | bc -l)")
    sum_d=$(echo "$sum_d + $t_d" | bc -l); sum_s=$(echo "$sum_s + $t_s" | bc -l)
  done
  printf '%s: ms per image (mean of %d rounds): kyclint %.1f, opencv %.1f' \
    "$label" "$rounds" "$(echo "$sum_k / $rounds / $n" | bc -l)" "$(echo "$sum_o / $rounds / $n" | bc -l)"
  [ "$png" = 1 ] || printf ', djpeg %.1f, kyclint with image/jpeg %.1f' \
    "$(echo "$sum_d / $rounds / $n" | bc -l)" "$(echo "$sum_s / $rounds / $n" | bc -l)"
  printf '\n  paired ratios, median (min–max):\n'
  ratios "kyclint / opencv" "${ko[@]}"
  [ "$png" = 1 ] && return
  ratios "kyclint / djpeg -grayscale" "${kd[@]}"
  ratios "kyclint / kyclint image/jpeg" "${ks[@]}"
}

both() { # label files...: one pinned core, then two
  local label=$1; shift
  run_set "$label, 1 core " "$one" 1 "$@"
  run_set "$label, 2 cores" 0,1 2 "$@"
}

big=("$work"/corpus/4032x3024-*.jpg)
echo "== uptime before: $(uptime)"
for set in $sets; do
  case $set in
  12mp) both "12 MP" "${big[@]}" ;;
  2mp) both "2 MP" "$work"/corpus/1600x1200-*.jpg ;;
  dense) both "dense 12 MP" "$work"/corpus/dense-*.jpg ;;
  progressive) both "progressive 12 MP" "$work"/corpus/prog-*.jpg ;;
  png) both "PNG screenshots" "$work"/corpus/screen-*.png ;;
  camera)
    if [ ! -d "$camera_dir" ]; then
      echo "== $camera_dir absent: no camera photos timed"
      continue
    fi
    cam=()
    while IFS= read -r f; do
      djpeg -grayscale "$f" >/dev/null 2>&1 && cam+=("$f")
    done < <(find "$camera_dir" -type f -iname '*.jp*g' -size +300k | sort)
    echo "== ${#cam[@]} camera photos from $camera_dir"
    [ ${#cam[@]} -gt 0 ] && both "camera photos" "${cam[@]}"
    ;;
  *) echo "unknown set $set" >&2; exit 2 ;;
  esac
done
echo "== uptime after: $(uptime)"

[ "${BENCH_RSS:-1}" = 0 ] && exit 0
echo "== peak RSS of kyclint lint (four packs of four 12 MP photos; four of four progressive)"
for kind in big prog; do
  if [ $kind = big ]; then src=("${big[@]}"); else src=("$work"/corpus/prog-*.jpg); fi
  for i in 0 1 2 3; do mkdir -p "$work/packs-$kind/pack$i"; cp "${src[@]}" "$work/packs-$kind/pack$i/"; done
  for jobs in 1 2; do
    /usr/bin/time -f "  $kind --jobs $jobs: %M KiB peak RSS, %e s" "$work/kyclint" lint "$work/packs-$kind" --no-cache --jobs "$jobs" --format json --output "$work/report.json" >/dev/null 2>"$work/time.txt" || true
    tail -1 "$work/time.txt"
  done
done
