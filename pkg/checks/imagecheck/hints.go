package imagecheck

import "github.com/kyclint/kyclint/pkg/pack"

// A hintSet says how to retake a photo, per category of document: a
// selfie is not told to lay the document flat, and a bill is offered the
// PDF its issuer sent.
type hintSet struct {
	identity, address, selfie, other string
}

// For returns the hint for d's category.
func (h hintSet) For(d *pack.Document) string {
	switch d.Category() {
	case pack.Identity:
		return h.identity
	case pack.AddressProof:
		return h.address
	case pack.SelfieCat:
		return h.selfie
	}
	return h.other
}

// pdfInstead is offered to a photographed bill or statement.
const pdfInstead = " If the bank or utility sent the document as a PDF, upload that PDF instead of a photo of it."

var blurHints = hintSet{
	identity: "Lay the document flat on a plain, dark surface in daylight. Hold the phone parallel to it, about 20 cm away, and tap the screen to focus on the text. " +
		"Turn the flash off and keep still while the photo is taken. Check that the smallest print is readable before you upload.",
	address: "Lay the page flat in daylight, hold the phone parallel to it so the page fills the frame, tap the screen to focus on the text and keep still. " +
		"Check that the small print is readable before you upload." + pdfInstead,
	selfie: "Take the selfie in good light, holding the phone at arm's length and keeping still; tap your face on the screen so the camera focuses on it, " +
		"and wipe the front camera's lens.",
	other: "Retake the photo in good light, holding the phone still and tapping the screen to focus; check that the smallest print is readable before you upload.",
}

var exposureHints = hintSet{
	identity: "Retake the photo in even daylight, by a window rather than under a lamp or in direct sun. Do not use the flash. " +
		"Make sure the whole document is lit evenly, with no shadow of the phone across it.",
	address: "Retake the photo of the page in even daylight, with no shadow of the phone across it and without the flash." + pdfInstead,
	selfie:  "Face a window in daylight; do not stand with a bright window or lamp behind you, and do not use the flash.",
	other:   "Retake the photo in even daylight, without the flash.",
}

var glareHints = hintSet{
	identity: "Turn the flash off. Tilt the card slightly away from the light source until no white patch covers the text or photo. " +
		"Take the photo in diffuse daylight rather than under a ceiling lamp.",
	address: "Turn the flash off and photograph the page in diffuse daylight; glossy paper reflects a lamp straight above it." + pdfInstead,
	selfie: "Face a window rather than a lamp and turn the flash off; tilt your glasses, or the card you hold, until no bright reflection " +
		"covers your face or the card.",
	other: "Turn the flash off and retake the photo in diffuse daylight.",
}

var croppedHints = hintSet{
	identity: "Retake the photo with all four corners of the document inside the frame and a little of the surface around it visible; " +
		"do not crop the photo afterwards.",
	address: "Photograph the whole page, with all four corners inside the frame and a margin around it." + pdfInstead,
	selfie:  "Hold the card you show beside your face, wholly inside the frame.",
	other:   "Retake the photo with the whole document inside the frame.",
}

var framingHints = hintSet{
	identity: "Move the phone closer so the document fills most of the frame, with a small margin around it, and hold the phone parallel to the document's edges.",
	address:  "Move the phone closer so the page fills most of the frame, and hold it parallel to the page's edges." + pdfInstead,
	selfie:   "Hold the card you show closer to the camera, upright and facing it.",
	other:    "Move the phone closer so the document fills most of the frame, held straight.",
}
