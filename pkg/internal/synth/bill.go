package synth

import (
	"image"
	"image/color"
)

// paintBill draws an A4 utility bill filling page: letterhead, the
// addressee, a dated title, a table of charges and small print.
func paintBill(img *image.RGBA, page image.Rectangle, r *prng) {
	h := float64(page.Dy())
	paintRect(img, page.Add(image.Pt(int(0.006*h)+1, int(0.008*h)+1)), rgb(130, 126, 120))
	paintRect(img, page, rgb(250, 250, 246))
	brand := shade(rgb(uint8(r.intn(160)), uint8(r.intn(160)), uint8(r.intn(160))), 20)
	logo := sub(page, 0.07, 0.04, 0.18, 0.1)
	paintRect(img, logo, brand)
	chars := func(gh int, frac float64) int { return int(frac*float64(page.Dx())) / glyphWidth(gh) }
	line := func(fx, fy, fh, fw float64) {
		gh := max(4, int(fh*h))
		x, y := page.Min.X+int(fx*float64(page.Dx())), page.Min.Y+int(fy*h)
		paintText(img, x, y, gh, phrase(r, chars(gh, fw)), ink)
	}
	line(0.21, 0.055, 0.025, 0.4)
	for i := range 4 {
		line(0.62, 0.045+float64(i)*0.016, 0.01, 0.32)
		line(0.07, 0.16+float64(i)*0.022, 0.014, 0.4)
	}
	line(0.62, 0.19, 0.014, 0.3)
	line(0.07, 0.28, 0.022, 0.6)
	paintBillTable(img, sub(page, 0.07, 0.34, 0.93, 0.78), brand, h, r)
	for i := range 5 {
		line(0.07, 0.86+float64(i)*0.016, 0.009, 0.86)
	}
}

// paintBillTable draws a header band and ruled rows of text with amounts.
func paintBillTable(img *image.RGBA, area image.Rectangle, band color.RGBA, h float64, r *prng) {
	gh := max(4, int(0.012*h))
	pitch := gh * 5 / 2
	head := image.Rect(area.Min.X, area.Min.Y, area.Max.X, area.Min.Y+pitch)
	paintRect(img, head, band)
	paintText(img, head.Min.X+gh, head.Min.Y+(pitch-gh)/2, gh, phrase(r, head.Dx()/glyphWidth(gh)/2), rgb(255, 255, 255))
	rule := max(1, gh/8)
	amountX := area.Max.X - 8*glyphWidth(gh)
	for y := head.Max.Y; y+pitch <= area.Max.Y; y += pitch {
		paintText(img, area.Min.X+gh, y+(pitch-gh)/2, gh, phrase(r, (amountX-area.Min.X)/glyphWidth(gh)-4), ink)
		paintText(img, amountX, y+(pitch-gh)/2, gh, digits(r, r.between(1, 3))+"."+digits(r, 2), ink)
		paintRect(img, image.Rect(area.Min.X, y+pitch-rule, area.Max.X, y+pitch), rgb(200, 200, 200))
	}
}
