package realset

// Originals lists the real images of the set, documents first. The passport
// and ID images are PassportEye's test images (the filename prefix is the
// MRZ score PassportEye recorded, 100 meaning read in full); MRZ holds the
// published specimen text where it is known.
func Originals() []Original {
	return append(append(documents(), bundledDocuments()...), cameraPhotos()...)
}

func documents() []Original {
	return []Original{
		{Path: "specimens/passporteye/testdata/0_id-esp.png", Category: Identity, Subject: Document, Readable: true, Note: "scan of a card back with an annotation printed over it"},
		{Path: "specimens/passporteye/testdata/0_pass-lva.jpg", Category: Identity, Subject: Document, Readable: true, Rotate: 90, Note: "photo of an open passport lying on its side"},
		{Path: "specimens/passporteye/testdata/100_id-che.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/100_id-mac.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/100_id-rou.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/100_id-si.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/100_id-usa.jpg", Category: Identity, Subject: Document, Readable: true, Note: "scan of both sides of a card"},
		{Path: "specimens/passporteye/testdata/100_pass-bdr.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/100_pass-chn.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/100_pass-cze.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<CZESPECIMEN<<VZOR<<<<<<<<<<<<<<<<<<<<<<<<<", "99003853<1CZE1101018M1207046110101111<<<<<94"}},
		{Path: "specimens/passporteye/testdata/100_pass-cze2.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<CZESPECIMEN<<VZOR<<<<<<<<<<<<<<<<<<<<<<<<<", "99009054<4CZE6906229F16072996956220612<<<<74"}},
		{Path: "specimens/passporteye/testdata/100_pass-fin.png", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/100_pass-hrv.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/100_pass-isl.png", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/100_pass-ltu.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/100_pass-lux.jpg", Category: Identity, Subject: Document, Readable: true, Note: "photo of an open passport"},
		{Path: "specimens/passporteye/testdata/100_pass-polx.jpg", Category: Identity, Subject: Document, Readable: true, Note: "screenshot of passport-printing software"},
		{Path: "specimens/passporteye/testdata/100_pass-uto.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"}, Note: "ICAO 9303 specimen drawing"},
		{Path: "specimens/passporteye/testdata/100_pass2-uto.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"}, Note: "ICAO 9303 specimen drawing"},
		{Path: "specimens/passporteye/testdata/100_visa-polx.jpg", Category: Identity, Subject: Document, Readable: true, Note: "screenshot of visa-printing software"},
		{Path: "specimens/passporteye/testdata/100_visa-usa.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/24_pass-egy.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/25_pass-uto.jpg", Category: Identity, Subject: Document, Readable: false, Note: "field values blur into the background at 275 px"},
		{Path: "specimens/passporteye/testdata/27_pass-gbr.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/33_id-usa.jpg", Category: Identity, Subject: Document, Readable: true, Note: "scan of both sides of a card"},
		{Path: "specimens/passporteye/testdata/43_pass-fra.jpg", Category: Identity, Subject: Document, Readable: false, Note: "field values washed out by the laminate pattern"},
		{Path: "specimens/passporteye/testdata/43_pass-twn.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/53_id-d.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/62_pass-aus.png", Category: Identity, Subject: Document, Readable: true, Note: "screenshot of a phone app photographing a passport on a table"},
		{Path: "specimens/passporteye/testdata/62_pass-pol.png", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/77_card-cmw.png", Category: Identity, Subject: Document, Readable: true, Note: "rendering of a card back"},
		{Path: "specimens/passporteye/testdata/79_pass-can.jpg", Category: Identity, Subject: Document, Readable: true, Note: "specimen with diagram labels"},
		{Path: "specimens/passporteye/testdata/79_pass-hun.png", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/testdata/98_pass-nld.jpg", Category: Identity, Subject: Document, Readable: true},
		{Path: "specimens/passporteye/tests-data/passport-td2.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"}, Note: "ICAO 9303 specimen drawing"},
		{Path: "specimens/passporteye/tests-data/passport-td2.png", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"}, Note: "ICAO 9303 specimen drawing"},
		{Path: "specimens/passporteye/tests-data/passport-td3.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"}, Note: "ICAO 9303 specimen drawing"},
		{Path: "specimens/passporteye/tests-data/passport-td3.png", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"}, Note: "ICAO 9303 specimen drawing"},
		{Path: "midv/CA43_01.tif", Category: Identity, Subject: Document, Readable: true, Note: "MIDV-500 phone video frame of an ID card on a desk; no MRZ on this side"},
		{Path: "exif/goexif/tiff/sample1.tif", Category: Address, Subject: Document, Readable: true, Note: "the CCITT test letter, a faxed business letter with a postal address"},
	}
}

// bundledDocuments are the real scans kept in testdata/photos (see
// SOURCES.md there).
func bundledDocuments() []Original {
	return []Original{
		{Path: "photos/receipt-lidl_02032020_02_00716.jpg", Bundled: true, Category: Other, Subject: Document, Readable: true, Note: "300 dpi scan of a shop receipt"},
		{Path: "photos/receipt-real_25022020_03_00547.jpg", Bundled: true, Category: Other, Subject: Document, Readable: true, Note: "300 dpi scan of a shop receipt"},
	}
}
