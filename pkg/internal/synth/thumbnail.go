package synth

// ThumbnailJPEG returns a 160×100 JPEG of an ID card, under 10 KiB: the
// preview a phone app uploads by mistake instead of the photo, which
// image.dimensions and file.size must reject.
func ThumbnailJPEG(seed int64) []byte {
	b, err := EncodeJPEG(Card(CardOptions{Width: 160, Height: 100, Seed: seed}), 60, nil)
	if err != nil {
		panic("synth: encoding a thumbnail: " + err.Error()) // cannot fail for an in-memory RGBA image
	}
	return b
}
