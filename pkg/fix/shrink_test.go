package fix

import (
	"bytes"
	"image"
	"image/jpeg"
	"strings"
	"testing"

	"golang.org/x/image/bmp"

	"github.com/kyclint/kyclint/pkg/internal/synth"
	"github.com/kyclint/kyclint/pkg/lint"
)

func noisyCard() *image.RGBA {
	return synth.AddNoise(synth.Card(synth.CardOptions{Width: 800, Height: 600, Seed: 8}), 6, 3)
}

func noisyJPEG(t *testing.T) []byte {
	b, err := synth.EncodeJPEG(noisyCard(), 98, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func limits(maxBytes int64, minShort int) func(*lint.Settings) {
	return func(s *lint.Settings) {
		s.Rules["file.size"].Params["max_bytes"] = maxBytes
		s.Rules["image.dimensions"].Params["min_short_side"] = minShort
	}
}

func TestOversizeShrinksWithinTheRuleSet(t *testing.T) {
	data := noisyJPEG(t)
	q70, err := encodeJPEG(noisyCard(), QualityFloor)
	if err != nil {
		t.Fatal(err)
	}
	limit := int64(len(q70)) / 2 // no quality fits at full size
	plan, _ := planFor(t, map[string][]byte{"id.jpg": data}, "documents:\n  - file: id.jpg\n    type: id_card\n", limits(limit, 400))
	s := stepOf(t, plan, "id.jpg")
	if s.Action != Rewrite || int64(len(s.Data)) > limit {
		t.Fatalf("%s, %d bytes (limit %d): %v", s.Action, len(s.Data), limit, s.Notes)
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(s.Data))
	if err != nil || min(cfg.Width, cfg.Height) < 400 || cfg.Width >= 800 {
		t.Errorf("shrunk to %d×%d (%v), want smaller than 800×600 with a short side of at least 400", cfg.Width, cfg.Height, err)
	}
}

func TestOversizeThatCannotFitIsKept(t *testing.T) {
	plan, _ := planFor(t, map[string][]byte{"id.jpg": noisyJPEG(t)}, "documents:\n  - file: id.jpg\n    type: id_card\n", limits(4000, 550))
	s := stepOf(t, plan, "id.jpg")
	if s.Action != Keep || s.Data != nil || !strings.Contains(strings.Join(s.Notes, " "), "does not fit in 4 kB even at JPEG quality 70") {
		t.Errorf("%s %v, want it kept with the reason", s.Action, s.Notes)
	}
}

func TestRefusedBMPBecomesJPEG(t *testing.T) {
	var buf bytes.Buffer
	if err := bmp.Encode(&buf, synth.Card(synth.CardOptions{Width: 400, Height: 300, Seed: 9})); err != nil {
		t.Fatal(err)
	}
	plan, _ := planFor(t, map[string][]byte{"scan.bmp": buf.Bytes()}, "documents:\n  - file: scan.bmp\n    type: passport\n", nil)
	s := stepOf(t, plan, "scan.bmp")
	if s.Action != Rewrite || s.Dst != "scan.jpg" || !strings.Contains(strings.Join(s.Notes, " "), "converted from BMP") {
		t.Errorf("%s → %s %v, want a JPEG named scan.jpg", s.Action, s.Dst, s.Notes)
	}
}
