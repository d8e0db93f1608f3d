package pdfdoc

import "fmt"

// unpredict reverses a PNG predictor (/Predictor 10–15), which xref streams
// use to make their fixed-width columns compress well.
func unpredict(data []byte, parms dict) ([]byte, error) {
	pred, _ := parms.int("Predictor")
	if pred <= 1 {
		return data, nil
	}
	if pred < 10 || pred > 15 {
		return nil, fmt.Errorf("unsupported predictor %d", pred)
	}
	colors, bpc, cols := param(parms, "Colors", 1), param(parms, "BitsPerComponent", 8), param(parms, "Columns", 1)
	if colors > 32 || bpc > 16 || cols > 1<<20 {
		return nil, fmt.Errorf("predictor parameters out of range")
	}
	bpp := max(1, (colors*bpc+7)/8)
	rowLen := (colors*bpc*cols + 7) / 8
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
