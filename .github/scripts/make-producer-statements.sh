#!/usr/bin/env bash
# Renders statement and bill templates (EN, DE, FR, ZH; three layouts) through
# six real PDF producers, each embedding subset fonts, and writes the PDFs and
# expected.json (what each must be found to show) into pkg/statement/testdata/
# producers, for TestProducers. Debian packages: libreoffice-writer-nogui,
# chromium, wkhtmltopdf, python3-reportlab, texlive-xetex, texlive-luatex,
# texlive-lang-chinese, fonts-noto-cjk, fonts-dejavu-core, fonts-liberation2,
# fonts-arphic-gbsn00lp. Usage: make-producer-statements.sh [SEED]
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
seed=${1:-20261202}
out=pkg/statement/testdata/producers
py=/usr/bin/python3
scripts=.github/scripts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
producers=libreoffice,chromium,wkhtmltopdf,reportlab,xelatex,lualatex
$py $scripts/producer_statements.py "$seed" $producers > "$work/cases.json"
mkdir -p "$work/pdf"

render() { # KIND PRODUCER: the producer's source files in $work/PRODUCER
	mkdir -p "$work/$2"
	$py $scripts/render_statements.py "$1" "$work/$2" "$2" < "$work/cases.json"
}

render html libreoffice
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$work/pdf" "$work"/libreoffice/*.html > /dev/null 2>&1

render html chromium
for f in "$work"/chromium/*.html; do
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--print-to-pdf="$work/pdf/$(basename "${f%.html}").pdf" "file://$f" > /dev/null 2>&1
done

render html wkhtmltopdf
for f in "$work"/wkhtmltopdf/*.html; do
	wkhtmltopdf -q --encoding utf-8 "$f" "$work/pdf/$(basename "${f%.html}").pdf" > /dev/null 2>&1 || true
done

render reportlab reportlab
mv "$work"/reportlab/*.pdf "$work/pdf/"

for engine in xelatex lualatex; do
	render tex $engine
	for f in "$work"/$engine/*.tex; do
		(cd "$work/$engine" && $engine -interaction=batchmode "$(basename "$f")" > /dev/null 2>&1) || true
		mv "${f%.tex}.pdf" "$work/pdf/"
	done
done

rm -rf "$out" && mkdir -p "$out"
cp "$work"/pdf/*.pdf "$out/"
$py - "$work/cases.json" > "$out/expected.json" <<'PY'
import json, sys
cases = json.load(open(sys.argv[1]))
print(json.dumps([{"file": c["id"] + ".pdf", "producer": c["producer"], "lang": c["lang"], "layout": c["layout"], **c["want"]}
                  for c in cases], ensure_ascii=False, indent=1))
PY
{
	echo "soffice: $(soffice --version 2>/dev/null | head -1)"
	echo "chromium: $(chromium --version 2>/dev/null | head -1)"
	echo "wkhtmltopdf: $(wkhtmltopdf --version 2>/dev/null | head -1)"
	echo "reportlab: $($py -c 'import reportlab; print(reportlab.Version)')"
	echo "xelatex: $(xelatex --version | head -1)"
	echo "lualatex: $(lualatex --version | head -1)"
} > "$out/VERSIONS"
du -sh "$out"
