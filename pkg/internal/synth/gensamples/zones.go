package main

import "github.com/kyclint/kyclint/pkg/internal/synth"

// A zone is the MRZ printed on the photo file of a pack.
type zone struct {
	file  string
	lines []string
	slip  string
}

// The machine readable zones printed on the sample packs' passports and
// cards, in OCR-B. Each says what its pack's kyc.yaml declares of the
// document, except where the pack shows a slip (slip names the manifest key
// that differs on purpose): ines-typed-differently swapped day and month of
// the printed date of birth, and jonas-mrz-slips declares an MRZ copied
// with two mistakes while its photo carries the right one.
var zones = map[string]zone{
	"anna-clean": {"passport.jpg", synth.TD3(synth.MRZData{Code: "P", State: "SWE", Nationality: "SWE", Surname: "LINDQVIST",
		Given: "ANNA MARIA", Number: "XS4521879", Birth: "840812", Expiry: "310415", Sex: "F"}), ""},
	"ben-expired-passport": {"passport.jpg", synth.TD3(synth.MRZData{Code: "P", State: "GBR", Nationality: "GBR", Surname: "OKAFOR",
		Given: "BEN", Number: "XB1100223", Birth: "790203", Expiry: "250630", Sex: "M"}), ""},
	"chloe-old-phone-bill": {"id-back.jpg", synth.TD1(synth.MRZData{Code: "I", State: "FRA", Nationality: "FRA", Surname: "MARTIN",
		Given: "CHLOE", Number: "XC7781234", Birth: "950621", Expiry: "300131", Sex: "F"}), ""},
	"finn-under-age": {"passport.jpg", synth.TD3(synth.MRZData{Code: "P", State: "IRL", Nationality: "IRL", Surname: "BYRNE",
		Given: "FINN", Number: "XF5550101", Birth: "090314", Expiry: "290313", Sex: "M"}), ""},
	"gita-unsafe-paths": {"passport.jpg", synth.TD3(synth.MRZData{Code: "P", State: "GBR", Nationality: "GBR", Surname: "RAO",
		Given: "GITA", Number: "XT3141592", Birth: "901201", Expiry: "341201", Sex: "F"}), ""},
	"hugo-no-manifest": {"passport.jpg", synth.TD3(synth.MRZData{Code: "P", State: "FRA", Nationality: "FRA", Surname: "DURAND",
		Given: "HUGO", Number: "XH2468013", Birth: "870519", Expiry: "320611", Sex: "M"}), ""},
	"ines-typed-differently": {"passport.jpg", synth.TD3(synth.MRZData{Code: "P", State: "PRT", Nationality: "PRT", Surname: "FERREIRA",
		Given: "INES", Number: "XP7070707", Birth: "920704", Expiry: "320101", Sex: "F"}), "date_of_birth"},
	"jonas-mrz-slips": {"passport.jpg", synth.TD3(synth.MRZData{Code: "P", State: "DEU", Nationality: "DEU", Surname: "WEBER",
		Given: "JONAS", Number: "C4J7RT2K5", Birth: "850203", Expiry: "300916", Sex: "M"}), "mrz"},
}
