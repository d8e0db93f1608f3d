package docquad

import (
	"encoding/binary"
	"errors"
	"image"
	"os"
)

// The MIDV-500 frames are YCbCr TIFFs (PackBits strips, 2×2 chroma
// subsampling), a colour model golang.org/x/image/tiff does not decode.
// readTIFFLuma reads just their Y samples, which are the luma the working
// plane is made of.
func readTIFFLuma(path string) (*image.Gray, error) {
	d, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(d) < 8 || string(d[:2]) != "II" {
		return nil, errors.New("not a little-endian TIFF")
	}
	tags := tiffTags(d, binary.LittleEndian.Uint32(d[4:]))
	w, h, rps := int(tags[256][0]), int(tags[257][0]), int(tags[278][0])
	if tags[259][0] != 32773 || tags[262][0] != 6 || rps%2 != 0 || w%2 != 0 {
		return nil, errors.New("not a PackBits 4:2:0 YCbCr TIFF")
	}
	img := image.NewGray(image.Rect(0, 0, w, h))
	for s, off := range tags[273] {
		strip := unpackBits(d[off : off+tags[279][s]])
		for u := 0; u+6 <= len(strip); u += 6 {
			unit := u / 6
			x, y := unit%(w/2)*2, s*rps+unit/(w/2)*2
			for k := range 4 {
				if y+k/2 < h {
					img.Pix[(y+k/2)*w+x+k%2] = strip[u+k]
				}
			}
		}
	}
	return img, nil
}

// tiffTags reads the first IFD's tags whose values are SHORT or LONG.
func tiffTags(d []byte, off uint32) map[uint16][]uint32 {
	le := binary.LittleEndian
	tags := map[uint16][]uint32{}
	n := int(le.Uint16(d[off:]))
	for i := range n {
		e := d[int(off)+2+12*i:]
		tag, typ, cnt := le.Uint16(e), le.Uint16(e[2:]), int(le.Uint32(e[4:]))
		size := map[uint16]int{3: 2, 4: 4}[typ]
		if size == 0 {
			continue
		}
		vals := e[8:12]
		if size*cnt > 4 {
			vals = d[le.Uint32(e[8:]):]
		}
		for k := range cnt {
			if size == 2 {
				tags[tag] = append(tags[tag], uint32(le.Uint16(vals[2*k:])))
			} else {
				tags[tag] = append(tags[tag], le.Uint32(vals[4*k:]))
			}
		}
	}
	return tags
}

// unpackBits expands PackBits run-length data.
func unpackBits(src []byte) []byte {
	var out []byte
	for i := 0; i < len(src); {
		n := int(int8(src[i]))
		i++
		switch {
		case n >= 0 && i+n+1 <= len(src):
			out = append(out, src[i:i+n+1]...)
			i += n + 1
		case n < 0 && n != -128 && i < len(src):
			for range 1 - n {
				out = append(out, src[i])
			}
			i++
		case n != -128:
			return out
		}
	}
	return out
}
