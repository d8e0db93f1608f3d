package celrule

import (
	"github.com/kyclint/kyclint/pkg/filetype"
	"github.com/kyclint/kyclint/pkg/pack"
)

// Applicant is the applicant as expressions see it: what the person typed
// into the application form.
type Applicant struct {
	Name        string `cel:"name"`
	DateOfBirth any    `cel:"date_of_birth"` // a timestamp, or null when not given
	Nationality string `cel:"nationality"`
	Address     string `cel:"address"`
	AgeYears    int64  `cel:"age_years"` // on the lint date; 0 when the date of birth is unknown
}

// Document is one manifest entry as expressions see it.
type Document struct {
	File           string `cel:"file"`
	Type           string `cel:"type"`
	Category       string `cel:"category"` // identity, address or selfie ("" for other)
	Side           string `cel:"side"`
	Name           string `cel:"name"`
	Number         string `cel:"number"`
	Nationality    string `cel:"nationality"`
	IssuingCountry string `cel:"issuing_country"`
	Sex            string `cel:"sex"`
	DateOfBirth    any    `cel:"date_of_birth"` // timestamp or null
	ExpiryDate     any    `cel:"expiry_date"`   // timestamp or null
	IssueDate      any    `cel:"issue_date"`    // timestamp or null
	DaysToExpiry   int64  `cel:"days_to_expiry"`
	DaysSinceIssue int64  `cel:"days_since_issue"`
	Format         string `cel:"format"` // sniffed from the content: jpeg, png, pdf…; "" when unknown
	SizeBytes      int64  `cel:"size_bytes"`
}

// view builds the variables an expression sees for a pack.
func view(p *pack.Pack, date pack.Date) (Applicant, []Document) {
	var a Applicant
	if p.Manifest != nil {
		m := p.Manifest.Applicant
		a = Applicant{Name: m.Name, DateOfBirth: timestamp(m.DateOfBirth), Nationality: m.Nationality, Address: m.Address}
		if !m.DateOfBirth.IsZero() {
			a.AgeYears = int64(m.DateOfBirth.YearsUntil(date))
		}
	}
	docs := make([]Document, 0, len(p.Documents))
	for _, d := range p.Documents {
		docs = append(docs, documentOf(d, date))
	}
	return a, docs
}

func documentOf(d *pack.Document, date pack.Date) Document {
	v := Document{File: d.File, Type: string(d.Type), Category: string(d.Category()), Side: d.Side, Name: d.Name,
		Number: d.Number, Nationality: d.Nationality, IssuingCountry: d.IssuingCountry, Sex: d.Sex,
		DateOfBirth: timestamp(d.DateOfBirth), ExpiryDate: timestamp(d.ExpiryDate), IssueDate: timestamp(d.IssueDate)}
	if !d.ExpiryDate.IsZero() {
		v.DaysToExpiry = int64(date.DaysUntil(d.ExpiryDate))
	}
	if !d.IssueDate.IsZero() {
		v.DaysSinceIssue = int64(d.IssueDate.DaysUntil(date))
	}
	if d.State == pack.PathOK {
		v.SizeBytes = d.Size
		if head, err := d.Head(); err == nil {
			v.Format = string(filetype.Sniff(head))
		}
	}
	return v
}

// timestamp is a date at midnight UTC, or nil (CEL's null) when unknown.
func timestamp(d pack.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.Time()
}
