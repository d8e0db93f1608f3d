package pdfdoc

import "fmt"

// unpredict reverses a PNG predictor (/Predictor 10–15), which xref streams
// use to make their fixed-width columns compress well, or the TIFF
// predictor (2) for 8-bit components.
func unpredict(data []byte, parms dict) ([]byte, error) {
	pred, _ := parms.int("Predictor")
	if pred <= 1 {
		return data, nil
	}
	if pred != 2 && (pred < 10 || pred > 15) {
		return nil, fmt.Errorf("unsupported predictor %d", pred)
	}
	colors, bpc, cols := param(parms, "Colors", 1), param(parms, "BitsPerComponent", 8), param(parms, "Columns", 1)
	if colors > 32 || bpc > 16 || cols > 1<<20 {
		return nil, fmt.Errorf("predictor parameters out of range")
	}
	bpp := max(1, (colors*bpc+7)/8)
	rowLen := (colors*bpc*cols + 7) / 8
	if pred == 2 {
		return untiff(data, colors, bpc, rowLen)
	}
	if rowLen+1 > len(data) {
		return nil, nil
	}
	out := make([]byte, 0, len(data))
	prev := make([]byte, rowLen)
	for len(data) >= rowLen+1 {
		out = append(out, data[1:rowLen+1]...)
		row := out[len(out)-rowLen:]
		if err := unfilter(data[0], row, prev, bpp); err != nil {
			return nil, err
		}
		prev, data = row, data[rowLen+1:]
	}
	return out, nil
}

func param(d dict, key name, def int) int {
	v, ok := d.int(key)
	if !ok || v < 1 {
		return def
	}
	if v > 1<<30 {
		return 1 << 30
	}
	return int(v)
}

func unfilter(kind byte, row, prev []byte, bpp int) error {
	for i := range row {
		var left, upLeft byte
		if i >= bpp {
			left, upLeft = row[i-bpp], prev[i-bpp]
		}
		switch kind {
		case 0:
		case 1:
			row[i] += left
		case 2:
			row[i] += prev[i]
		case 3:
			row[i] += byte((int(left) + int(prev[i])) / 2)
		case 4:
			row[i] += paeth(left, prev[i], upLeft)
		default:
			return fmt.Errorf("bad png filter type %d", kind)
		}
	}
	return nil
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// untiff reverses TIFF predictor 2 in place: each component after the first
// of a row was stored as its difference from the same component of the
// pixel to its left. Only 8-bit components are supported.
func untiff(data []byte, colors, bpc, rowLen int) ([]byte, error) {
	if bpc != 8 {
		return nil, fmt.Errorf("unsupported TIFF predictor with %d bits per component", bpc)
	}
	for r := 0; r+rowLen <= len(data); r += rowLen {
		row := data[r : r+rowLen]
		for i := colors; i < len(row); i++ {
			row[i] += row[i-colors]
		}
	}
	return data, nil
}
