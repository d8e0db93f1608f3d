package ocrb

import (
	"fmt"
	"image"
	"image/color"
	"strings"
	"testing"
)

// TestClassifyAlone reads a degraded line cell by cell, each cell on its
// own levels.
func TestClassifyAlone(t *testing.T) {
	text := testLines(1)[0]
	for _, px := range []int{16, 24, 36} {
		var ty tally
		g, cells := degraded(t, text, px, 0.2, conditions[4], 3)
		for i, b := range cells {
			s := Classify(g, b)
			ty.add(&s, text[i])
		}
		if ty.acc() < 0.99 {
			t.Errorf("%d px, noisy: %.1f%% right alone, want ≥ 99%%; errors %v", px, 100*ty.acc(), ty.errs)
		}
	}
}

// TestEmptyCells rates blank cells, clean and degraded, in a line and
// alone: no character may score high.
func TestEmptyCells(t *testing.T) {
	const text = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<< <<< "
	for _, cd := range []condition{conditions[0], conditions[4], conditions[5], conditions[8]} {
		for _, px := range []int{12, 24} {
			g, cells := degraded(t, text, px, 0, cd, 5)
			line := ClassifyLine(g, cells)
			for i, b := range cells {
				if text[i] != ' ' {
					continue
				}
				for _, s := range []Scores{line[i], Classify(g, b)} {
					if c, v := s.Best(); v > 0.3 {
						t.Errorf("%s, %d px: blank cell %d scores %.2f for %q", cd.name, px, i, v, c)
					}
				}
			}
			// The filler is read as itself, alone and in the line.
			for i := range text {
				if text[i] != '<' {
					continue
				}
				for _, s := range []Scores{line[i], Classify(g, cells[i])} {
					if c, v := s.Best(); c != '<' || v < 0.7 {
						t.Errorf("%s, %d px: filler read as %q (%.2f)", cd.name, px, c, v)
					}
				}
			}
		}
	}
}

// TestScoresInRange holds every score to [0, 1].
func TestScoresInRange(t *testing.T) {
	text := testLines(1)[0]
	g, cells := degraded(t, text, 14, 0, conditions[8], 9)
	for i, s := range ClassifyLine(g, cells) {
		for k, v := range s {
			if v < 0 || v > 1 {
				t.Errorf("cell %d: score %v for %q", i, v, Alphabet[k])
			}
		}
	}
	if s := Classify(g, image.Rect(-5, -5, -1, -1)); s != (Scores{}) {
		t.Errorf("a box off the image scores %v", s)
	}
}

// TestMisalignedCells reads lines whose cells the locator placed badly:
// shifted across by up to a fifth of the pitch (a neighbour's edge comes
// in), shifted down or up, or cut tight so the glyph touches the edges.
func TestMisalignedCells(t *testing.T) {
	lines := testLines(2)
	type shift struct {
		name           string
		dx, dy, shrink float64 // fractions of the cell's width and height
	}
	for _, sh := range []shift{
		{"right 0.3", 0.3, 0, 0}, {"left 0.3", -0.3, 0, 0},
		{"down 0.15", 0, 0.15, 0}, {"up 0.15", 0, -0.15, 0},
		{"tight", 0, 0, 0.2},
	} {
		for _, px := range []int{14, 28} {
			var ty tally
			for i, text := range lines {
				g, cells := degraded(t, text, px, 0.3*float64(i), conditions[1], int64(i))
				moved := make([]image.Rectangle, len(cells))
				for j, c := range cells {
					w, h := float64(c.Dx()), float64(c.Dy())
					d := image.Pt(int(sh.dx*w+0.5*sign(sh.dx)), int(sh.dy*h+0.5*sign(sh.dy)))
					in := int(sh.shrink * h)
					moved[j] = image.Rect(c.Min.X, c.Min.Y+in, c.Max.X, c.Max.Y-in).Add(d)
				}
				got := ClassifyLine(g, moved)
				for j := range got {
					ty.add(&got[j], text[j])
				}
			}
			t.Logf("%-10s %2d px: %5.1f%% %v", sh.name, px, 100*ty.acc(), ty.errs)
			if ty.acc() < 0.97 {
				t.Errorf("cells %s at %d px: %.1f%% right, want ≥ 97%%", sh.name, px, 100*ty.acc())
			}
		}
	}
}

func sign(f float64) float64 {
	switch {
	case f < 0:
		return -1
	case f > 0:
		return 1
	}
	return 0
}

// TestFaintMiddle reads glyphs whose middle third prints at a third of
// their ink, as the thin strokes of a small image do once spread over two
// pixels (the stem of an I between its bars, the curve of a 2): the faint
// part still belongs to the glyph, which is read whole.
func TestFaintMiddle(t *testing.T) {
	text := strings.Join(testLines(2), "")
	for _, px := range []int{24, 36} {
		g, cells := degraded(t, text, px, 0.2, conditions[0], 9)
		const paper = 235
		for _, c := range cells {
			base := float64(c.Max.Y) - 0.2*float64(px)
			for y := int(base - 0.65*float64(px)); y < int(base-0.35*float64(px)); y++ {
				for x := c.Min.X; x < c.Max.X; x++ {
					v := g.GrayAt(x, y).Y
					g.SetGray(x, y, color.Gray{paper - (paper-v)/3})
				}
			}
		}
		wantLineRead(t, fmt.Sprintf("%d px, faint middles", px), g, cells, text, 0.97)
	}
}

// TestFaintStems reads glyphs whose upright strokes print faint and their
// bars dark, as in a small image resampled across: each row is averaged
// over a window a few strokes wide, so a thin stem spreads to under half
// its ink while a bar keeps its own. The glyph is read whole, not as the
// bars and bowls left at half ink (a P as a Q, a 4 as a Q).
func TestFaintStems(t *testing.T) {
	text := strings.Join(testLines(2), "")
	for _, px := range []int{24, 32} {
		g, cells := degraded(t, text, px, 0.2, conditions[0], 9)
		k := px / 4 // a window about two stroke widths wide
		row := make([]int, g.Rect.Dx())
		for y := g.Rect.Min.Y; y < g.Rect.Max.Y; y++ {
			for x := range row {
				row[x] = int(g.GrayAt(g.Rect.Min.X+x, y).Y)
			}
			for x := range row {
				s, n := 0, 0
				for d := -k / 2; d <= k/2; d++ {
					if xx := x + d; xx >= 0 && xx < len(row) {
						s += row[xx]
						n++
					}
				}
				g.SetGray(g.Rect.Min.X+x, y, color.Gray{uint8(s / n)})
			}
		}
		wantLineRead(t, fmt.Sprintf("%d px, faint stems", px), g, cells, text, 0.97)
	}
}

// TestStemKeepsEights checks the rule that settles 8 against B by B's
// straight stem (see stem) on OCR-B's own glyphs: at every size and
// degradation of the synthetic tests, no 8 scores below B and no B below
// 8. (The rule was made for a B printed with bowls as round as an 8's:
// 79_pass-hun in TestReadableSpecimensReadExactly.)
func TestStemKeepsEights(t *testing.T) {
	text := strings.Repeat("8B<08DB8S", 5)
	seeds := 3
	if testing.Short() {
		seeds = 1
	}
	for _, cd := range conditions {
		for _, px := range capSizes {
			for seed := range seeds {
				g, cells := degraded(t, text, px, 0.37*float64(seed), cd, int64(seed))
				for j, s := range ClassifyLine(g, cells) {
					e, b := s[Index('8')], s[Index('B')]
					if text[j] == '8' && e <= b || text[j] == 'B' && b <= e {
						t.Errorf("%s, %d px, seed %d, cell %d (%c): 8 %.3f, B %.3f", cd.name, px, seed, j, text[j], e, b)
					}
				}
			}
		}
	}
}

// wantLineRead classifies the line's cells and wants at least min of its
// glyphs right.
func wantLineRead(t *testing.T, what string, g *image.Gray, cells []image.Rectangle, text string, min float64) {
	t.Helper()
	var ty tally
	for i, s := range ClassifyLine(g, cells) {
		ty.add(&s, text[i])
	}
	if ty.acc() < min {
		t.Errorf("%s: %.1f%% right, want ≥ %g%%; errors %v", what, 100*ty.acc(), 100*min, ty.errs)
	}
	t.Logf("%s: %.1f%% right; errors %v", what, 100*ty.acc(), ty.errs)
}
