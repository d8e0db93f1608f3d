package synth

import (
	"encoding/binary"
	"fmt"
)

// HEIC returns the start of an ISO-BMFF image file: an ftyp box with the
// given major brand ("heic", "heix", "mif1", "avif", …), then a minimal meta
// box whose handler is "pict" and an mdat box of filler. It is enough for
// content sniffing, which is all kyclint does with such files. HEIC panics
// when brand is not four bytes.
func HEIC(brand string) []byte {
	if len(brand) != 4 {
		panic(fmt.Sprintf("synth: ftyp brand %q is not four bytes", brand))
	}
	compat := brand + "mif1"
	if brand == "avif" {
		compat += "miaf"
	} else if brand != "heic" {
		compat += "heic"
	}
	ftyp := append([]byte(brand), 0, 0, 0, 0) // major brand, minor version 0
	out := box(nil, "ftyp", append(ftyp, compat...))
	hdlr := box(nil, "hdlr", append(make([]byte, 8), "pict\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"...))
	out = box(out, "meta", append([]byte{0, 0, 0, 0}, hdlr...))
	return box(out, "mdat", make([]byte, 64))
}

// box appends an ISO-BMFF box: a 32-bit size, the type, the payload.
func box(b []byte, typ string, payload []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(8+len(payload)))
	b = append(b, typ...)
	return append(b, payload...)
}
