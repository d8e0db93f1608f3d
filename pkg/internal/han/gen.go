//go:build ignore

// gen writes data/*.txt from the Unihan database (Unihan_Readings.txt and
// Unihan_Variants.txt, as Debian's unicode-data package installs them under
// /usr/share/unicode, bzip2-compressed).
//
//	go run gen.go [-unihan DIR]
package main

import (
	"bufio"
	"compress/bzip2"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Only the CJK Unified Ideographs block is kept: it holds every character of
// GB 18030's common set, Big5 and HKSCS that names are written in.
const first, last = 0x4E00, 0x9FFF

func main() {
	dir := flag.String("unihan", "/usr/share/unicode", "folder holding Unihan_*.txt(.bz2)")
	flag.Parse()
	mandarin := map[string]map[rune]bool{}
	cantonese := map[string]map[rune]bool{}
	variants := map[[2]rune]bool{}
	each(*dir, "Unihan_Readings.txt", func(r rune, field, value string) {
		switch field {
		case "kMandarin", "kHanyuPinyin", "kXHC1983", "kTGHZ2013":
			for _, s := range syllables(field, value) {
				add(mandarin, toneless(s), r)
			}
		case "kCantonese":
			for _, s := range strings.Fields(value) {
				add(cantonese, strings.TrimRight(s, "123456"), r)
			}
		}
	})
	// A traditional character folds to its simplified form only when Unihan
	// gives exactly one, other than itself: 乾 (whose simplified variants are
	// 乾 and 干) stays itself.
	each(*dir, "Unihan_Variants.txt", func(r rune, field, value string) {
		vs := strings.Fields(value)
		if field != "kSimplifiedVariant" || len(vs) != 1 {
			return
		}
		if s := codePoint(vs[0]); s != r && inBlock(r) && inBlock(s) {
			variants[[2]rune{r, s}] = true
		}
	})
	write("data/mandarin.txt", mandarin)
	write("data/cantonese.txt", cantonese)
	var pairs []string
	for p := range variants {
		pairs = append(pairs, string(p[:]))
	}
	sort.Strings(pairs)
	check(os.WriteFile("data/variants.txt", []byte(strings.Join(pairs, "\n")+"\n"), 0o644))
}

// syllables lists the readings a field gives: kHanyuPinyin and kXHC1983 put
// page numbers before a colon, kHanyuPinyin lists several after it.
func syllables(field, value string) []string {
	var out []string
	for _, part := range strings.Fields(value) {
		if i := strings.LastIndexByte(part, ':'); i >= 0 && field != "kMandarin" {
			part = part[i+1:]
		}
		out = append(out, strings.Split(part, ",")...)
	}
	return out
}

// toneless drops tone marks and writes ü as v, as pinyin input methods do.
func toneless(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case r == '\u0308':
			b.WriteString("v")
		case unicode.IsMark(r):
		default:
			b.WriteRune(r)
		}
	}
	return strings.ReplaceAll(b.String(), "uv", "v")
}

func inBlock(r rune) bool { return r >= first && r <= last }

func add(m map[string]map[rune]bool, s string, r rune) {
	if s == "" || !inBlock(r) {
		return
	}
	if m[s] == nil {
		m[s] = map[rune]bool{}
	}
	m[s][r] = true
}

func write(path string, m map[string]map[rune]bool) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		rs := make([]rune, 0, len(m[k]))
		for r := range m[k] {
			rs = append(rs, r)
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
		fmt.Fprintf(&b, "%s\t%s\n", k, string(rs))
	}
	check(os.WriteFile(path, []byte(b.String()), 0o644))
}

func each(dir, name string, f func(r rune, field, value string)) {
	var in io.Reader
	if fh, err := os.Open(filepath.Join(dir, name)); err == nil {
		defer fh.Close()
		in = fh
	} else {
		fh, err := os.Open(filepath.Join(dir, name+".bz2"))
		check(err)
		defer fh.Close()
		in = bzip2.NewReader(fh)
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) == 3 {
			f(codePoint(parts[0]), parts[1], parts[2])
		}
	}
	check(sc.Err())
}

func codePoint(s string) rune {
	s, _, _ = strings.Cut(s, "<")
	n, err := strconv.ParseUint(strings.TrimPrefix(s, "U+"), 16, 32)
	check(err)
	return rune(n)
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
