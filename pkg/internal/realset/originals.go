package realset

// Originals lists the real images of the set, documents first. The passport
// and ID images are PassportEye's test images (the filename prefix is the
// MRZ score PassportEye recorded, 100 meaning read in full). Their MRZ is
// the published specimen text where there is one, else the text printed on
// the image, read by eye and checked with kyclint mrz: all pass their check
// digits except 0_id-esp, 33_id-usa and 77_card-cmw, whose printed digits
// are themselves wrong. 0_id-esp prints Ñ, given here as N.
func Originals() []Original {
	return append(append(documents(), bundledDocuments()...), cameraPhotos()...)
}

func documents() []Original {
	return []Original{
		{Path: "specimens/passporteye/testdata/0_id-esp.png", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"IDESPAAA1000014<00000023T<<<<<", "7212018F1101236ESP<<<<<<<<<<<8", "ESPANOLA<ESPANOLA<CARMEN<<<<<<"}, Note: "scan of a card back with an annotation printed over it"},
		{Path: "specimens/passporteye/testdata/0_pass-lva.jpg", Category: Identity, Subject: Document, Readable: true, Rotate: 270, Note: "photo of an open passport lying on its side"},
		{Path: "specimens/passporteye/testdata/100_id-che.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"IDCHES0002068<8<<<<<<<<<<<<<<<", "8102287F1301014CHE<<<<<<<<<<<4", "VADIS<<QUO<<<<<<<<<<<<<<<<<<<<"}},
		{Path: "specimens/passporteye/testdata/100_id-mac.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"I<MAC12281507<0<<<<<<<<0212300", "6106225M1212307<<<<<<<<<<<<<<6", "CHONG<<KA<KEONG<<<<<<<<<<<<<<<"}},
		{Path: "specimens/passporteye/testdata/100_id-rou.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"IDROUSAVA<<SUPERMAN<<<<<<<<<<<<<<<<<", "HD198025<51328505095M130509012049941"}},
		{Path: "specimens/passporteye/testdata/100_id-si.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"I<SI<09999100180706966505468<<", "6606079F0807276SI<<<<<<<<<<<<0", "VZOREC<<TINA<<<<<<<<<<<<<<<<<<"}},
		{Path: "specimens/passporteye/testdata/100_id-usa.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"IAUSA0000000033LIN1044750079<<", "5808175F1004027COD<<<<<<<<<<<7", "SPECIMEN<<TEST<VOID<<<<<<<<<<<"}, Note: "scan of both sides of a card"},
		{Path: "specimens/passporteye/testdata/100_pass-bdr.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<BDRMUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<", "CA000000<4D<<6408125F1802212<<<<<<<<<<<<<<<6"}},
		{Path: "specimens/passporteye/testdata/100_pass-chn.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<TWNLIN<<MEI<HUA<<<<<<<<<<<<<<<<<<<<<<<<<<<", "0000000000TWN7601015F1404018A234567893<<<<18"}},
		{Path: "specimens/passporteye/testdata/100_pass-cze.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<CZESPECIMEN<<VZOR<<<<<<<<<<<<<<<<<<<<<<<<<", "99003853<1CZE1101018M1207046110101111<<<<<94"}},
		{Path: "specimens/passporteye/testdata/100_pass-cze2.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<CZESPECIMEN<<VZOR<<<<<<<<<<<<<<<<<<<<<<<<<", "99009054<4CZE6906229F16072996956220612<<<<74"}},
		{Path: "specimens/passporteye/testdata/100_pass-fin.png", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<FINVIRTANEN<<MARIA<OLIVIA<<<<<<<<<<<<<<<<<", "XP82716024FIN7112214F1108213211271<426U<<<04"}},
		{Path: "specimens/passporteye/testdata/100_pass-hrv.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<HRVSPECIMEN<<SPECIMEN<<<<<<<<<<<<<<<<<<<<<", "0070070071HRV8212258F1407019<<<<<<<<<<<<<<06"}},
		{Path: "specimens/passporteye/testdata/100_pass-isl.png", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<ISLAEVARSDOTTIR<<THURIDUR<OESP<<<<<<<<<<<<", "A0000000<0ISL6612315F0905264311266<9539<<<32"}},
		{Path: "specimens/passporteye/testdata/100_pass-ltu.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<LTUBASANAVICIENE<<BIRUTE<<<<<<<<<<<<<<<<<<", "00000000<0LTU5911239F120101145911231023<<<16"}},
		{Path: "specimens/passporteye/testdata/100_pass-lux.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<LUXMAUS<<KETTY<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "S998527<<4LUX7806201F110808403060021041<<<96"}, Note: "photo of an open passport"},
		{Path: "specimens/passporteye/testdata/100_pass-polx.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<POLKOWALSKA<KWIATKOWSKA<<JOANNA<<<<<<<<<<<", "AA00000000POL6002084F1412314<<<<<<<<<<<<<<<4"}, Note: "screenshot of passport-printing software"},
		{Path: "specimens/passporteye/testdata/100_pass-uto.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"}, Note: "ICAO 9303 specimen drawing"},
		{Path: "specimens/passporteye/testdata/100_pass2-uto.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"}, Note: "ICAO 9303 specimen drawing"},
		{Path: "specimens/passporteye/testdata/100_visa-polx.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"VCPOLKOWALSKA<KWIATKOWSKA<<BEATA<<<<", "PL00000008POL6002084F0505011<<<<<<<0"}, Note: "screenshot of visa-printing software"},
		{Path: "specimens/passporteye/testdata/100_visa-usa.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"VIUSATRAVELER<<HAPPYPERSON<<<<<<<<<<<<<<<<<<", "555123ABC6GBR6502056F0412236IFLND00AMS803085"}},
		{Path: "specimens/passporteye/testdata/24_pass-egy.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<EGYMABROUK<<ALAAELDIN<ISMAIL<MOHAMED<<<<<<", "A000513764EGY6002202M1503151<<<<<<<<<<<<<<06"}},
		{Path: "specimens/passporteye/testdata/25_pass-uto.jpg", Category: Identity, Subject: Document, Readable: false, MRZ: []string{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"}, Note: "field values blur into the background at 275 px"},
		{Path: "specimens/passporteye/testdata/27_pass-gbr.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<GBRUNITED<KINGDOM<TWENTY<SIX<<JODIE<PIPPA<", "1071828900GBR8501178F1601312<<<<<<<<<<<<<<06"}},
		{Path: "specimens/passporteye/testdata/33_id-usa.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"C1USA0223456791EAC9730051220<<", "4910040M9411014CAN<<<<<<<<<<<0", "CRITTENDEN<<LEE<W<<<<<<<<<<<<<"}, Note: "scan of both sides of a card"},
		{Path: "specimens/passporteye/testdata/43_pass-fra.jpg", Category: Identity, Subject: Document, Readable: false, MRZ: []string{"P<FRAULYSSE<<CHRISTOPHE<<<<<<<<<<<<<<<<<<<<<", "08CD503380FRA6004103M1806058<<<<<<<<<<<<<<06"}, Note: "field values washed out by the laminate pattern"},
		{Path: "specimens/passporteye/testdata/43_pass-twn.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<TWNLIN<<CHIEN<SHENG<<<<<<<<<<<<<<<<<<<<<<<", "M000004264TWN6803029M9801048F122187664<<<<66"}},
		{Path: "specimens/passporteye/testdata/53_id-d.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"IDD<<T220001293<<<<<<<<<<<<<<<", "6408125<2010315D<<<<<<<<<<<<<4", "MUSTERMANN<<ERIKA<<<<<<<<<<<<<"}},
		{Path: "specimens/passporteye/testdata/62_pass-aus.png", Category: Identity, Subject: Document, Readable: true, Note: "screenshot of a phone app photographing a passport on a table"},
		{Path: "specimens/passporteye/testdata/62_pass-pol.png", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<POLKOWALSKA<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<", "ZS00001774POL7203305F1607130<<<<<<<<<<<<<<08"}},
		{Path: "specimens/passporteye/testdata/77_card-cmw.png", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"IDCMW<512849702<<<<<<<<<<<<<<<", "6104128M1402209CMW<<<<<<<<<<<1", "PUBLIC<<JON<<<<<<<<<<<<<<<<<<<"}, Note: "rendering of a card back"},
		{Path: "specimens/passporteye/testdata/79_pass-can.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<CANMARTIN<<SARAH<<<<<<<<<<<<<<<<<<<<<<<<<<", "ZE000509<9CAN8501019F2301147<<<<<<<<<<<<<<08"}, Note: "specimen with diagram labels"},
		{Path: "specimens/passporteye/testdata/79_pass-hun.png", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<HUNHANDRA<<ROZALIA<IRMA<<<<<<<<<<<<<<<<<<<", "BD00020282HUN7802225F2203012<<<<<<<<<<<<<<06"}},
		{Path: "specimens/passporteye/testdata/98_pass-nld.jpg", Category: Identity, Subject: Document, Readable: true, MRZ: []string{"P<NLDMEULENDIJK<<LOES<ALBERTINE<<<<<<<<<<<<<", "XA00000148NLD7110195F0604121123456782<<<<<02"}},
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
