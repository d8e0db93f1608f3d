package analysis

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
	"github.com/kyclint/kyclint/pkg/pdfdoc"
)

func TestExtractPDFText(t *testing.T) {
	text := synth.PDF(synth.PDFOptions{Producer: "Testbank statements", Pages: 2})
	r := extractPDFText(bytes.NewReader(text), int64(len(text)))
	if r.Err != nil || r.Text == nil {
		t.Fatalf("text PDF: %v", r.Err)
	}
	if got := r.Text.String(); !strings.Contains(got, "Page 1") || !strings.Contains(got, "Page 2") {
		t.Errorf("text PDF: got %q", got)
	}

	scan := fixture(t, "pdf.no-text/scan/bill.pdf")
	r = extractPDFText(bytes.NewReader(scan), int64(len(scan)))
	if r.Err != nil || r.Text == nil || len(r.Text.Pages) != 1 || strings.TrimSpace(r.Text.String()) != "" {
		t.Errorf("image-only PDF: got %+v, %v; want one page without text", r.Text, r.Err)
	}

	enc := synth.PDF(synth.PDFOptions{Encrypted: true})
	if r = extractPDFText(bytes.NewReader(enc), int64(len(enc))); r.Text != nil || !errors.Is(r.Err, pdfdoc.ErrEncrypted) {
		t.Errorf("encrypted PDF: got %+v, %v; want ErrEncrypted", r.Text, r.Err)
	}
}
