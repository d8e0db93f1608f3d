package doccheck

import (
	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// A dated identity document: its expiry date, from kyc.yaml or, when
// kyc.yaml gives neither expiry_date nor mrz:, from the MRZ read from its
// photo.
type dated struct {
	*pack.Document
	Expiry    pack.Date
	FromPhoto bool
}

// key is the manifest key a finding about the expiry date points at.
func (d dated) key() string {
	if d.FromPhoto {
		return "file"
	}
	return "expiry_date"
}

// source says where the date came from, after the date in a message.
func (d dated) source() string {
	if d.FromPhoto {
		return " (the photo's MRZ)"
	}
	return ""
}

// data adds where the date came from to a finding's data.
func (d dated) data(m map[string]any) map[string]any {
	if d.FromPhoto {
		m["source"] = "photo"
	}
	return m
}

// datedIdentities returns identity documents with a readable expiry date.
// The rules listing it require analysis.ZoneRequires.
func datedIdentities(p *lint.Pass) []dated {
	var out []dated
	for _, d := range p.Pack.Documents {
		if d.Category() != pack.Identity {
			continue
		}
		if !d.ExpiryDate.IsZero() {
			out = append(out, dated{Document: d, Expiry: d.ExpiryDate})
			continue
		}
		if z := analysis.ZoneOf(p, d); z.FromPhoto {
			if t, err := z.Zone.Fields.ResolveExpiryDate(p.Date.Time()); err == nil {
				out = append(out, dated{Document: d, Expiry: pack.DateOf(t), FromPhoto: true})
			}
		}
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 || n == -1 {
		return word
	}
	return word + "s"
}
