package pdfdoc

import (
	"strings"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

func TestEditorList(t *testing.T) {
	editors := []string{
		"Adobe Acrobat Pro DC 21.1.20155", "Adobe Acrobat 9.0", "Foxit PhantomPDF Printer Version 9.7",
		"Foxit PDF Editor Printer Version 11.0", "PDFescape Online", "Sejda PDF Desktop (https://www.sejda.com)",
		"Smallpdf.com", "iLovePDF", "Nitro Pro 13", "Wondershare PDFelement", "Adobe Photoshop CC 2019 (Windows)",
		"Inkscape 1.2 (https://inkscape.org)", "GIMP 2.10.30", "PDF-XChange Editor 9.5", "Canva",
	}
	for _, s := range editors {
		if _, ok := editorIn(s); !ok {
			t.Errorf("%q is not recognised as an editor", s)
		}
	}
	makers := []string{
		"Acrobat Distiller 10.1.8 (Windows)", "Adobe PDF Library 15.0", "Microsoft® Word for Microsoft 365",
		"iText® 7.1.16 ©2000-2021 iText Group NV", "GPL Ghostscript 9.55.0", "LibreOffice 7.4", "xdvipdfmx (20140317)",
		"Acrobat PDFMaker 21 for Word", "Skia/PDF m116", "Quartz PDFContext", "Foxit Reader PDF Printer", "",
	}
	for _, s := range makers {
		if e, ok := editorIn(s); ok {
			t.Errorf("%q is recognised as %s, want no editor", s, e.label)
		}
	}
}

func TestEditReasons(t *testing.T) {
	day := time.Date(2026, 9, 21, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		info Info
		want []string
	}{
		{"clean", Info{Producer: "iText 7", CreationDate: day, ModDate: day.Add(time.Minute), Revisions: 1}, nil},
		{"editor", Info{Producer: "Foxit PhantomPDF", Revisions: 1}, []string{`Producer "Foxit PhantomPDF" is a PDF editor`}},
		{"creator", Info{Producer: "iText", Creator: "Sejda", Revisions: 1}, []string{`Creator "Sejda" is a PDF editor`}},
		{"draw", Info{Producer: "LibreOffice 7.4", Creator: "Draw", Revisions: 1}, []string{"LibreOffice Draw"}},
		{"moddate days", Info{CreationDate: day, ModDate: day.Add(12 * 24 * time.Hour), Revisions: 1},
			[]string{"modified 2026-10-03, 12 days after creation"}},
		{"moddate hours", Info{CreationDate: day, ModDate: day.Add(3 * time.Hour), Revisions: 1},
			[]string{"modified 2026-09-21, 3 hours after creation"}},
		{"moddate earlier", Info{CreationDate: day, ModDate: day.Add(-48 * time.Hour), Revisions: 1}, nil},
		{"updates", Info{Revisions: 3}, []string{"2 incremental updates after the first save"}},
		{"one update", Info{Revisions: 2}, []string{"1 incremental update after the first save"}},
	}
	for _, tt := range tests {
		got := tt.info.EditReasons()
		if len(got) != len(tt.want) {
			t.Errorf("%s: EditReasons() = %q, want %q", tt.name, got, tt.want)
			continue
		}
		for i := range got {
			if !strings.Contains(got[i], tt.want[i]) {
				t.Errorf("%s: reason %q, want it to contain %q", tt.name, got[i], tt.want[i])
			}
		}
	}
}

func TestEditedByGenerated(t *testing.T) {
	b := synth.PDF(synth.PDFOptions{Producer: "Foxit PhantomPDF", CreationDate: created, ModDate: later, Incremental: 2})
	reason, ok := inspect(t, b).EditedBy()
	want := `Producer "Foxit PhantomPDF" is a PDF editor; modified 2026-10-03, 12 days after creation; 2 incremental updates after the first save`
	if !ok || reason != want {
		t.Errorf("EditedBy() = %q, %v\nwant %q", reason, ok, want)
	}
	if reason, ok := inspect(t, synth.PDF(synth.PDFOptions{Producer: "Bank", Linearized: true})).EditedBy(); ok {
		t.Errorf("a linearized file saved once is reported edited: %q", reason)
	}
}
