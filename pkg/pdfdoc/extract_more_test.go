package pdfdoc

import (
	"bytes"
	"compress/lzw"
	"compress/zlib"
	"regexp"
	"strings"
	"testing"
)

// predicted returns content padded with spaces to whole rows of cols bytes
// and encoded with predictor pred: PNG Up (12) or TIFF (2).
func predicted(content string, pred, cols int) []byte {
	content += strings.Repeat(" ", (cols-len(content)%cols)%cols)
	prev := make([]byte, cols)
	var out []byte
	for r := 0; r < len(content); r += cols {
		row := []byte(content[r : r+cols])
		switch pred {
		case 12:
			out = append(out, 2)
			for i, c := range row {
				out = append(out, c-prev[i])
			}
		case 2:
			out = append(out, row[0])
			for i := 1; i < cols; i++ {
				out = append(out, row[i]-row[i-1])
			}
		}
		prev = row
	}
	return out
}

func flate(b []byte) []byte {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(b)
	zw.Close()
	return z.Bytes()
}

func lzwPDF(b []byte) []byte {
	var z bytes.Buffer
	w := lzw.NewWriter(&z, lzw.MSB, 8)
	w.Write(b)
	w.Close()
	return z.Bytes()
}

// TestExtractPredictors reads content streams compressed with a predictor,
// PNG or TIFF, under Flate and LZW.
func TestExtractPredictors(t *testing.T) {
	content := "BT /F1 12 Tf 72 700 Td (Predicted) Tj ET"
	for name, c := range map[string]struct {
		filter string
		data   []byte
	}{
		"Flate+PNG Up": {"/FlateDecode/DecodeParms<</Predictor 12/Columns 8>>", flate(predicted(content, 12, 8))},
		"Flate+TIFF":   {"/FlateDecode/DecodeParms<</Predictor 2/Columns 8>>", flate(predicted(content, 2, 8))},
		"LZW+PNG Up":   {"/LZWDecode/DecodeParms<</Predictor 12/Columns 8/EarlyChange 0>>", lzwPDF(predicted(content, 12, 8))},
		"LZW+TIFF":     {"/LZWDecode/DecodeParms<</Predictor 2/Columns 8/EarlyChange 0>>", lzwPDF(predicted(content, 2, 8))},
	} {
		t.Run(name, func(t *testing.T) {
			b := handPDF("", "<</Subtype/Type1/BaseFont/Helvetica>>")
			b = bytes.Replace(b, []byte("/Length 0>>stream\n"), []byte("/Length "+itoa(len(c.data))+"/Filter "+c.filter+">>stream\n"+string(c.data)), 1)
			if got := textOf(t, b); got != "Predicted\n\f" {
				t.Errorf("got %q", got)
			}
		})
	}
}

// TestExtractIncrementalUpdate reads a file whose incremental update
// replaces the page's content: the newest revision is what is shown.
func TestExtractIncrementalUpdate(t *testing.T) {
	b := handPDF("BT /F1 12 Tf 72 700 Td (Original) Tj ET", "<</Subtype/Type1/BaseFont/Helvetica>>")
	prev := regexp.MustCompile(`startxref\n(\d+)`).FindSubmatch(b)[1]
	content := "BT /F1 12 Tf 72 700 Td (Updated) Tj ET"
	off := len(b)
	b = append(b, "4 0 obj<</Length "+itoa(len(content))+">>stream\n"+content+"\nendstream endobj\n"...)
	x := len(b)
	s := itoa(off)
	b = append(b, "xref\n4 1\n"+strings.Repeat("0", 10-len(s))+s+" 00000 n \n"+
		"trailer<</Size 5/Root 1 0 R/Prev "+string(prev)+">>\nstartxref\n"+itoa(x)+"\n%%EOF\n"...)
	if got := textOf(t, b); got != "Updated\n\f" {
		t.Errorf("got %q, want the updated text", got)
	}
}
