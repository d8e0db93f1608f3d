package docquad

import (
	"encoding/binary"
	"math"
	"testing"
)

// FuzzFind feeds Find planes built from arbitrary bytes: a width, then
// float32 samples, including NaN, infinities and out-of-range values.
func FuzzFind(f *testing.F) {
	f.Add(uint16(120), []byte{0, 0, 0x80, 0x7f})
	f.Add(uint16(0), []byte{})
	card := drawQuad(300, 200, 40, 210, rotated(150, 100, 190, 120, 8))
	raw := make([]byte, 4*len(card))
	for i, v := range card {
		binary.LittleEndian.PutUint32(raw[4*i:], math.Float32bits(v))
	}
	f.Add(uint16(300), raw) // a tilted card, which takes the whole search
	f.Fuzz(func(t *testing.T, w16 uint16, data []byte) {
		w := int(w16%600) + 1
		n := len(data) / 4
		pix := make([]float32, max(n, w*100))
		for i := range pix {
			if n > 0 {
				j := i % n
				pix[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*j:]))
			}
		}
		h := len(pix) / w
		r := Find(w, h, pix)
		if r.Found && (r.Score < MinScore || r.Score > 1 || r.Area < 0 || r.Area > 1) {
			t.Fatalf("result out of range: %+v", r)
		}
		Find(w, h+1, pix) // a plane shorter than w×h is refused, not read past
	})
}
