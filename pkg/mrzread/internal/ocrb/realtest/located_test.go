package realtest

import (
	"fmt"
	"image"
	"image/draw"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/realset"
	"github.com/kyclint/kyclint/pkg/mrzread/internal/locate"
	"github.com/kyclint/kyclint/pkg/mrzread/internal/ocrb"
)

// TestLocatedSpecimens finds the MRZ of every realset specimen that has
// one with locate.Find and reads its cells with ocrb.ClassifyLine: top-1
// accuracy per specimen and over all, where the locator's line count and
// lengths match the reference (an upside-down flag is tried both ways).
func TestLocatedSpecimens(t *testing.T) {
	root := corpus.Dir(t, "")
	var right, total, readable, readableRight int
	for _, o := range realset.Originals() {
		if len(o.MRZ) == 0 || o.Bundled {
			continue
		}
		g, err := loadGray(filepath.Join(root, o.Path))
		if err != nil {
			t.Logf("%s: %v", o.Path, err)
			continue
		}
		z, err := locate.Find(g)
		if err != nil {
			t.Logf("%-52s not located: %v", o.Path, err)
			continue
		}
		n, got := read(z.Lines, o.MRZ)
		if z.Upside {
			if n2, got2 := read(flipped(z.Lines), o.MRZ); n2 > n {
				n, got = n2, got2
			}
		}
		chars := len(o.MRZ) * len(o.MRZ[0])
		if got == nil {
			t.Logf("%-52s located %d lines, not the reference's %d×%d", o.Path, len(z.Lines), len(o.MRZ), len(o.MRZ[0]))
			continue
		}
		right += n
		total += chars
		if o.Readable {
			readableRight += n
			readable += chars
		}
		t.Logf("%-52s %5.1f%%  %s", o.Path, 100*float64(n)/float64(chars), strings.Join(got, " "))
	}
	if total == 0 {
		t.Skip("no specimen located")
	}
	t.Logf("located specimens: %d of %d characters right (%.1f%%); readable ones %d of %d (%.1f%%)",
		right, total, 100*float64(right)/float64(total), readableRight, readable, 100*float64(readableRight)/float64(max(readable, 1)))
	if right*100 < total*93 {
		t.Errorf("located specimens: %.1f%% of characters right, want ≥ 93%%", 100*float64(right)/float64(total))
	}
}

// read classifies the lines and counts the characters that match want; it
// returns nil when the lines do not have want's shape.
func read(lines []locate.Line, want []string) (int, []string) {
	if len(lines) != len(want) {
		return 0, nil
	}
	n := 0
	var got []string
	for i, l := range lines {
		if len(l.Cells) != len(want[i]) {
			return 0, nil
		}
		var b strings.Builder
		for j, s := range ocrb.ClassifyLine(l.Strip, l.Cells) {
			c, _ := s.Best()
			b.WriteByte(c)
			if c == want[i][j] {
				n++
			}
		}
		got = append(got, b.String())
	}
	return n, got
}

// flipped turns the zone half round: lines and cells in reverse order, each
// strip rotated 180°.
func flipped(lines []locate.Line) []locate.Line {
	out := make([]locate.Line, len(lines))
	for i, l := range lines {
		b := l.Strip.Bounds()
		s := image.NewGray(b)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				s.SetGray(b.Max.X-1-(x-b.Min.X), b.Max.Y-1-(y-b.Min.Y), l.Strip.GrayAt(x, y))
			}
		}
		cells := make([]image.Rectangle, len(l.Cells))
		for j, c := range l.Cells {
			cells[j] = image.Rect(b.Max.X-(c.Max.X-b.Min.X), b.Max.Y-(c.Max.Y-b.Min.Y),
				b.Max.X-(c.Min.X-b.Min.X), b.Max.Y-(c.Min.Y-b.Min.Y))
		}
		slices.Reverse(cells)
		out[len(lines)-1-i] = locate.Line{Strip: s, Cells: cells}
	}
	return out
}

func loadGray(path string) (*image.Gray, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("decoding: %w", err)
	}
	g := image.NewGray(img.Bounds())
	draw.Draw(g, g.Rect, img, img.Bounds().Min, draw.Src)
	return g, nil
}
