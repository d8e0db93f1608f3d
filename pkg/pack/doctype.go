package pack

import (
	"path"
	"strings"
)

// A DocType is what a document is, as the manifest names it.
type DocType string

// Document types (DESIGN §1).
const (
	Passport        DocType = "passport"
	IDCard          DocType = "id_card"
	DrivingLicence  DocType = "driving_licence"
	ResidencePermit DocType = "residence_permit"
	// TravelPermit is a permit to travel between regions that stands as
	// identity where a passport is not used: the Mainland Travel Permits of
	// Hong Kong, Macau and Taiwan residents, the Exit-Entry Permit of
	// mainland residents.
	TravelPermit     DocType = "travel_permit"
	UtilityBill      DocType = "utility_bill"
	BankStatement    DocType = "bank_statement"
	TaxNotice        DocType = "tax_notice"
	GovernmentLetter DocType = "government_letter"
	TenancyAgreement DocType = "tenancy_agreement"
	PhoneBill        DocType = "phone_bill"
	Selfie           DocType = "selfie"
	Other            DocType = "other"
)

// A Category groups document types by the role they play in a review.
type Category string

// Categories.
const (
	Identity     Category = "identity"
	AddressProof Category = "address"
	SelfieCat    Category = "selfie"
	OtherCat     Category = "other"
)

var categories = map[DocType]Category{
	Passport: Identity, IDCard: Identity, DrivingLicence: Identity, ResidencePermit: Identity, TravelPermit: Identity,
	UtilityBill: AddressProof, BankStatement: AddressProof, TaxNotice: AddressProof,
	GovernmentLetter: AddressProof, TenancyAgreement: AddressProof, PhoneBill: AddressProof,
	Selfie: SelfieCat, Other: OtherCat,
}

// DocTypes lists every document type, in the order DESIGN §1 gives them.
var DocTypes = []DocType{
	Passport, IDCard, DrivingLicence, ResidencePermit, TravelPermit,
	UtilityBill, BankStatement, TaxNotice, GovernmentLetter, TenancyAgreement, PhoneBill,
	Selfie, Other,
}

// DocTypeNames returns DocTypes as strings, for validation messages.
func DocTypeNames() []string {
	names := make([]string, len(DocTypes))
	for i, t := range DocTypes {
		names[i] = string(t)
	}
	return names
}

// Known reports whether t is one of DocTypes.
func (t DocType) Known() bool { _, ok := categories[t]; return ok }

// Category returns the role of the type; unknown types are OtherCat.
func (t DocType) Category() Category {
	if c, ok := categories[t]; ok {
		return c
	}
	return OtherCat
}

// Label is the type written for people: "id card", "utility bill".
func (t DocType) Label() string { return strings.ReplaceAll(string(t), "_", " ") }

// guessWords maps words found in file names to the type they suggest. Order
// matters: the first match wins, so specific words come before general ones.
var guessWords = []struct {
	word string
	typ  DocType
}{
	{"passport", Passport}, {"pasaporte", Passport}, {"reisepass", Passport},
	{"licence", DrivingLicence}, {"license", DrivingLicence}, {"driving", DrivingLicence},
	{"travel", TravelPermit},
	{"permit", ResidencePermit}, {"residence", ResidencePermit},
	{"selfie", Selfie}, {"face", Selfie},
	{"statement", BankStatement}, {"bank", BankStatement},
	{"tax", TaxNotice}, {"council", TaxNotice},
	{"tenancy", TenancyAgreement}, {"lease", TenancyAgreement},
	{"phone", PhoneBill}, {"mobile", PhoneBill},
	{"bill", UtilityBill}, {"utility", UtilityBill}, {"invoice", UtilityBill},
	{"letter", GovernmentLetter},
	{"idcard", IDCard}, {"id", IDCard}, {"front", IDCard}, {"back", IDCard},
}

// GuessType guesses a document type and side from a file name, for folders
// without a manifest. It returns Other when nothing in the name is telling.
func GuessType(file string) (DocType, string) {
	base := strings.ToLower(strings.TrimSuffix(path.Base(file), path.Ext(file)))
	words := strings.FieldsFunc(base, func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
	side := ""
	for _, w := range words {
		if w == "front" || w == "back" {
			side = w
		}
	}
	joined := strings.Join(words, "")
	for _, g := range guessWords {
		for _, w := range words {
			// Short words must match whole: "back" is not in "backup".
			if w == g.word || (len(g.word) > 4 && strings.Contains(w, g.word)) {
				return g.typ, side
			}
		}
		if len(g.word) > 4 && strings.Contains(joined, g.word) {
			return g.typ, side
		}
	}
	return Other, side
}
