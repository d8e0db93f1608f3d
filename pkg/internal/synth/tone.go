package synth

import "image"

// Adjust returns img with every colour channel mapped to v×gain + offset,
// clipped to [0, 255]; offset is in 8-bit units. It models exposure and
// brightness: gain below 1 darkens, above 1 blows highlights out.
func Adjust(img *image.RGBA, gain, offset float64) *image.RGBA {
	var lut [256]uint8
	for v := range lut {
		lut[v] = clamp8(int(float64(v)*gain + offset + 0.5))
	}
	return mapChannels(img, &lut)
}

// Darken returns img as if shot in a dim room: every channel falls to a
// fifth, so a card on a desk averages a luma near 40.
func Darken(img *image.RGBA) *image.RGBA { return Adjust(img, 0.2, 0) }

// Overexpose returns img as if shot into strong light: the desk and the
// card clip to white and only dark print stays visible.
func Overexpose(img *image.RGBA) *image.RGBA { return Adjust(img, 1.6, 60) }

// Grayscale returns img with R, G and B each set to the BT.601 luma, the
// black-and-white copy image.grayscale must notice. It stays an RGBA image
// so it encodes as a three-channel JPEG, as a photocopy scan would.
func Grayscale(img *image.RGBA) *image.RGBA {
	out := cloneRGBA(img)
	p := out.Pix
	for i := 0; i+3 < len(p); i += 4 {
		y := uint8((299*int(p[i]) + 587*int(p[i+1]) + 114*int(p[i+2]) + 500) / 1000)
		p[i], p[i+1], p[i+2] = y, y, y
	}
	return out
}

// mapChannels returns a copy of img with R, G and B passed through lut.
func mapChannels(img *image.RGBA, lut *[256]uint8) *image.RGBA {
	out := cloneRGBA(img)
	p := out.Pix
	for i := 0; i+3 < len(p); i += 4 {
		p[i], p[i+1], p[i+2] = lut[p[i]], lut[p[i+1]], lut[p[i+2]]
	}
	return out
}
