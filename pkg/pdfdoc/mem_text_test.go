package pdfdoc

import (
	"bytes"
	"compress/zlib"
	"os"
	"runtime"
	"strings"
	"testing"
)

// workerBudget is the memory one lint worker may use (issue 16).
const workerBudget = 16 << 20

// TestExtractMemory checks that the bytes allocated by one extraction, an
// upper bound of its peak, stay within the per-worker budget, for the
// three-page statement and for hostile files that hit the caps.
func TestExtractMemory(t *testing.T) {
	if raceEnabled {
		t.Skip("allocations under the race detector are not the program's")
	}
	statement, err := os.ReadFile("testdata/text/reportlab-statement-en.pdf")
	if err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(bytes.Repeat([]byte("BT /F1 1 Tf (xxxxxxxx) Tj ET "), 1_000_000))
	zw.Close()
	bomb := handPDF("", "<</Subtype/Type1/BaseFont/Helvetica>>")
	bomb = bytes.Replace(bomb, []byte("/Length 0>>stream\n"), []byte("/Length "+itoa(z.Len())+"/Filter/FlateDecode>>stream\n"+z.String()), 1)
	glyphs := handPDF("BT /F1 1 Tf "+strings.Repeat("(xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) Tj ", 80_000)+"ET", "<</Subtype/Type1/BaseFont/Helvetica>>")
	tj := handPDF("BT /F1 1 Tf ["+strings.Repeat("(x)1", 900_000)+"] TJ ET", "<</Subtype/Type1/BaseFont/Helvetica>>")
	huge := handPDF("BT /F1 1 Tf ("+strings.Repeat("x", 3<<20)+") Tj ET", "<</Subtype/Type1/BaseFont/Helvetica>>")
	for name, b := range map[string][]byte{"statement": statement, "flate bomb": bomb, "many glyphs": glyphs, "one huge string": huge, "one huge TJ array": tj} {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			txt, err := ExtractText(bytes.NewReader(b), int64(len(b)), TextOptions{})
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			alloc := after.TotalAlloc - before.TotalAlloc
			t.Logf("%.1f MiB allocated, %d bytes of text, truncated=%v", float64(alloc)/(1<<20), len(txt.String()), txt.Truncated)
			if alloc > workerBudget {
				t.Errorf("%d MiB allocated, budget %d MiB", alloc>>20, workerBudget>>20)
			}
		})
	}
}
