package docquad

// targetLong is the long side, in pixels, the plane is reduced to before
// looking for lines: enough to place a document's corner within about 1 % of
// the frame, small enough that the whole search stays within a few
// milliseconds.
const targetLong = 330

// reduceFactor is the box size that brings the long side of a w×h plane
// close to targetLong without going below it by much.
func reduceFactor(w, h int) int {
	long := max(w, h)
	return max(1, (long+targetLong/2)/targetLong)
}

// reduce box-averages pix (w×h) by f into ws.small, which becomes sw×sh.
// Boxes are clipped to 0–255, and one holding NaN counts as black, so that
// no NaN or infinity reaches the search.
func (ws *workspace) reduce(w, h int, pix []float32, f int) {
	sw, sh := w/f, h/f
	ws.sw, ws.sh = sw, sh
	ws.small = grow(ws.small, sw*sh)
	clear(ws.small)
	for y := range sh * f {
		addRow(ws.small[(y/f)*sw:(y/f)*sw+sw], pix[y*w:y*w+sw*f], f)
	}
	inv := 1 / float32(f*f)
	for i, v := range ws.small {
		v *= inv
		switch {
		case v != v || v < 0:
			v = 0
		case v > 255:
			v = 255
		}
		ws.small[i] = v
	}
}

// addRow adds the sums of each run of f samples of row to out; the usual
// factors get loops of their own, which run several times faster than the
// general one.
func addRow(out, row []float32, f int) {
	switch f {
	case 2:
		for x := range out {
			r := row[2*x : 2*x+2 : 2*x+2]
			out[x] += r[0] + r[1]
		}
	case 3:
		for x := range out {
			r := row[3*x : 3*x+3 : 3*x+3]
			out[x] += r[0] + r[1] + r[2]
		}
	default:
		for x := range out {
			var sum float32
			for _, v := range row[x*f : x*f+f] {
				sum += v
			}
			out[x] += sum
		}
	}
}

// gradient fills ws.gx and ws.gy with the Sobel gradient of the reduced
// plane; the outermost ring of pixels has none.
func (ws *workspace) gradient() {
	sw, sh, p := ws.sw, ws.sh, ws.small
	ws.gx = grow(ws.gx, sw*sh)
	ws.gy = grow(ws.gy, sw*sh)
	clear(ws.gx)
	clear(ws.gy)
	for y := 1; y < sh-1; y++ {
		up, mid, dn := p[(y-1)*sw:y*sw], p[y*sw:(y+1)*sw], p[(y+1)*sw:(y+2)*sw]
		gx, gy := ws.gx[y*sw:(y+1)*sw], ws.gy[y*sw:(y+1)*sw]
		for x := 1; x < sw-1; x++ {
			gx[x] = (up[x+1] + 2*mid[x+1] + dn[x+1]) - (up[x-1] + 2*mid[x-1] + dn[x-1])
			gy[x] = (dn[x-1] + 2*dn[x] + dn[x+1]) - (up[x-1] + 2*up[x] + up[x+1])
		}
	}
}

// grow returns s resized to n, reusing its storage when it is large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
