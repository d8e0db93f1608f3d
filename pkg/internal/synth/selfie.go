package synth

import "image"

// paintSelfie draws a person against a plain wall holding a small ID card
// by the chin, the usual "selfie with document" of a KYC check. There is
// less text than on a document, but the card keeps it sharp.
func paintSelfie(img *image.RGBA, r *prng) {
	walls := [...][2][3]uint8{
		{{236, 232, 224}, {200, 196, 188}},
		{{214, 226, 236}, {176, 190, 200}},
		{{240, 236, 214}, {206, 200, 176}},
	}
	wl := walls[r.intn(len(walls))]
	paintGradient(img, img.Rect, rgb(wl[0][0], wl[0][1], wl[0][2]), rgb(wl[1][0], wl[1][1], wl[1][2]))
	frame := image.Rect(0, 0, img.Rect.Dx(), img.Rect.Dy())
	door := sub(frame, 0.78, 0.05, 0.96, 1.0)
	paintRect(img, door, rgb(120, 90, 60))
	paintRect(img, sub(door, 0.08, 0.03, 0.92, 1.0), rgb(150, 118, 84))

	person := placeDoc(frame, 0.8, 0.95, r)
	person.Max.Y = frame.Max.Y
	paintFace(img, person, r)

	card := placeDoc(sub(frame, 0.5, 0.55, 0.95, 0.98), td1.aspect, 0.9, r)
	hand := sub(card, 0.7, 0.55, 1.1, 1.2)
	paintEllipse(img, hand, rgb(210, 170, 140))
	paintIDDoc(img, card, td1, r)
	paintRect(img, sub(card, 0.8, 0.6, 0.92, 1.05), rgb(214, 174, 144))
}
