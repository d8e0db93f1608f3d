package main

import (
	"fmt"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/mrzread"
	"github.com/kyclint/kyclint/pkg/pack"
)

// TestSampleZonesReadAsDeclared reads the MRZ from each committed sample
// photo that carries one: pkg/mrzread must vouch for exactly the zone
// printed, and the zone must say what kyc.yaml declares of the document,
// but for the one slip a pack shows on purpose.
func TestSampleZonesReadAsDeclared(t *testing.T) {
	root := filepath.Join("..", "..", "..", "..", "testdata", "packs")
	for name, z := range zones {
		t.Run(name, func(t *testing.T) {
			want := strings.Join(z.lines, "\n")
			f, err := os.Open(filepath.Join(root, name, z.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			img, err := jpeg.Decode(f)
			if err != nil {
				t.Fatal(err)
			}
			res, err := mrzread.Read(img)
			if err != nil || !res.Valid || res.Text() != want {
				t.Fatalf("read %v: %v\n%s\nwant\n%s\n%s", res != nil && res.Valid, err, readText(res), want, doubts(res))
			}
			if _, err := os.Stat(filepath.Join(root, name, "kyc.yaml")); err != nil {
				return // no manifest to agree with
			}
			p := pack.Load(pack.Target{Dir: filepath.Join(root, name), Path: name, Manifest: "kyc.yaml"})
			defer p.Close()
			differ := declaredDiffers(t, p, z)
			for key, d := range differ {
				if d != (key == z.slip) {
					t.Errorf("%s: declared differs from the photo's MRZ: %v, want %v", key, d, key == z.slip)
				}
			}
			if z.slip != "" && !differ[z.slip] {
				t.Errorf("the slip %s is not declared", z.slip)
			}
		})
	}
}

func doubts(r *mrzread.Result) string {
	if r == nil {
		return ""
	}
	return fmt.Sprintf("doubts %+v corrections %+v", r.Doubts, r.Corrections)
}

func readText(r *mrzread.Result) string {
	if r == nil {
		return "(nothing)"
	}
	return r.Text()
}

// declaredDiffers compares what kyc.yaml declares of the document carrying
// z (the front, for a card's back) with z's fields, key by key.
func declaredDiffers(t *testing.T, p *pack.Pack, z zone) map[string]bool {
	zn, err := mrz.Parse(strings.Join(z.lines, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	var doc *pack.Document
	for _, d := range p.Documents {
		if d.File == z.file {
			doc = d
		}
	}
	if doc != nil && doc.Side == "back" {
		for _, d := range p.Documents {
			if d.Type == doc.Type && d.Side == "front" {
				doc = d
			}
		}
	}
	if doc == nil || doc.Name == "" {
		t.Fatalf("no declared document for %s", z.file)
	}
	yymmdd := func(d pack.Date) string { return d.String()[2:4] + d.String()[5:7] + d.String()[8:10] }
	f := zn.Fields
	out := map[string]bool{
		"name":          doc.Name != f.Surname+" "+f.GivenNames,
		"number":        doc.Number != f.DocumentNumber,
		"date_of_birth": yymmdd(doc.DateOfBirth) != f.BirthDate,
		"expiry_date":   yymmdd(doc.ExpiryDate) != f.ExpiryDate,
	}
	if doc.Sex != "" {
		out["sex"] = doc.Sex != f.Sex
	}
	if doc.Nationality != "" {
		out["nationality"] = doc.Nationality != f.Nationality
	}
	if doc.MRZ != "" {
		out["mrz"] = strings.TrimSpace(doc.MRZ) != strings.Join(z.lines, "\n")
	}
	return out
}
