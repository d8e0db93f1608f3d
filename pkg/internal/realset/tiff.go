package realset

import (
	"encoding/binary"
	"errors"
	"fmt"
	"image"
)

// decodeYCbCrTIFF decodes a strip TIFF with YCbCr pixels (photometric 6),
// uncompressed or PackBits, as the MIDV-500 video frames are stored. The
// standard TIFF decoder refuses that colour model.
func decodeYCbCrTIFF(b []byte) (image.Image, error) {
	tags, err := readIFD(b)
	if err != nil {
		return nil, err
	}
	if tags[262][0] != 6 || (tags[259][0] != 1 && tags[259][0] != 32773) {
		return nil, errors.New("tiff: not an uncompressed or PackBits YCbCr image")
	}
	w, h := int(tags[256][0]), int(tags[257][0])
	sub := []uint32{2, 2}
	if s, ok := tags[530]; ok && len(s) == 2 {
		sub = s
	}
	ratio := map[[2]uint32]image.YCbCrSubsampleRatio{{1, 1}: image.YCbCrSubsampleRatio444,
		{2, 1}: image.YCbCrSubsampleRatio422, {2, 2}: image.YCbCrSubsampleRatio420}[[2]uint32{sub[0], sub[1]}]
	if ratio == 0 && (sub[0] != 1 || sub[1] != 1) {
		return nil, fmt.Errorf("tiff: unsupported subsampling %v", sub)
	}
	var data []byte
	for i, off := range tags[273] {
		if i >= len(tags[279]) || int64(off)+int64(tags[279][i]) > int64(len(b)) {
			return nil, errors.New("tiff: strip past the end")
		}
		strip := b[off : off+tags[279][i]]
		if tags[259][0] == 32773 {
			strip = unpackBits(strip)
		}
		data = append(data, strip...)
	}
	return unpackUnits(data, w, h, int(sub[0]), int(sub[1]), ratio)
}

// unpackUnits spreads the interleaved data units (sh×sv luma samples, then
// one Cb and one Cr) into a YCbCr image.
func unpackUnits(data []byte, w, h, sh, sv int, ratio image.YCbCrSubsampleRatio) (image.Image, error) {
	img := image.NewYCbCr(image.Rect(0, 0, w, h), ratio)
	uw, uh := (w+sh-1)/sh, (h+sv-1)/sv
	if len(data) < uw*uh*(sh*sv+2) {
		return nil, errors.New("tiff: pixel data too short")
	}
	i := 0
	for uy := range uh {
		for ux := range uw {
			for dy := range sv {
				for dx := range sh {
					x, y := ux*sh+dx, uy*sv+dy
					if x < w && y < h {
						img.Y[y*img.YStride+x] = data[i]
					}
					i++
				}
			}
			c := img.COffset(ux*sh, uy*sv)
			img.Cb[c], img.Cr[c] = data[i], data[i+1]
			i += 2
		}
	}
	return img, nil
}

// readIFD returns the first IFD's tags with their values widened to uint32.
func readIFD(b []byte) (map[uint16][]uint32, error) {
	if len(b) < 8 {
		return nil, errors.New("tiff: too short")
	}
	var order binary.ByteOrder = binary.LittleEndian
	if string(b[:2]) == "MM" {
		order = binary.BigEndian
	}
	off := int(order.Uint32(b[4:8]))
	if off+2 > len(b) {
		return nil, errors.New("tiff: bad IFD offset")
	}
	n := int(order.Uint16(b[off:]))
	tags := map[uint16][]uint32{}
	for i := range n {
		e := b[off+2+12*i : off+14+12*i]
		tag, typ, count := order.Uint16(e), order.Uint16(e[2:]), int(order.Uint32(e[4:]))
		size := map[uint16]int{3: 2, 4: 4}[typ]
		if size == 0 {
			continue
		}
		val := e[8:12]
		if size*count > 4 {
			p := int(order.Uint32(val))
			if p+size*count > len(b) {
				return nil, errors.New("tiff: tag value past the end")
			}
			val = b[p : p+size*count]
		}
		vs := make([]uint32, count)
		for j := range vs {
			if size == 2 {
				vs[j] = uint32(order.Uint16(val[2*j:]))
			} else {
				vs[j] = order.Uint32(val[4*j:])
			}
		}
		tags[tag] = vs
	}
	for _, t := range []uint16{256, 257, 259, 262, 273, 279} {
		if len(tags[t]) == 0 {
			return nil, fmt.Errorf("tiff: tag %d missing", t)
		}
	}
	return tags, nil
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
		case n > -128 && n < 0 && i < len(src):
			for range 1 - n {
				out = append(out, src[i])
			}
			i++
		default:
			if n != -128 {
				return out
			}
		}
	}
	return out
}
