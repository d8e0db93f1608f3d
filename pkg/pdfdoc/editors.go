package pdfdoc

import "strings"

// An editor is software whose name in /Producer or /Creator means the file
// was opened and re-saved by a tool that changes page content. Printers,
// converters and libraries that only generate PDFs are not on the list: a
// bank's statement made with iText, Ghostscript or Word is normal.
type editor struct {
	match  string   // lower-case substring of the Producer or Creator
	except []string // lower-case substrings that clear a match
	label  string   // how the finding names it
}

// editors is kyclint's list. Acrobat counts except in its Distiller,
// PDFMaker and Web Capture components, which create PDFs rather than edit
// them. Canva is not an editor of existing PDFs, but statements and bills
// are not designed in it either.
var editors = []editor{
	{match: "acrobat", except: []string{"distiller", "pdfmaker", "web capture", "paper capture"}, label: "Adobe Acrobat"},
	{match: "photoshop", label: "Adobe Photoshop"},
	{match: "illustrator", label: "Adobe Illustrator"},
	{match: "pdfescape", label: "PDFescape"},
	{match: "sejda", label: "Sejda"},
	{match: "smallpdf", label: "Smallpdf"},
	{match: "ilovepdf", label: "iLovePDF"},
	{match: "phantompdf", label: "Foxit PhantomPDF"},
	{match: "foxit pdf editor", label: "Foxit PDF Editor"},
	{match: "nitro", label: "Nitro PDF"},
	{match: "pdfelement", label: "Wondershare PDFelement"},
	{match: "wondershare", label: "Wondershare PDFelement"},
	{match: "pdf-xchange editor", label: "PDF-XChange Editor"},
	{match: "master pdf editor", label: "Master PDF Editor"},
	{match: "pdffiller", label: "pdfFiller"},
	{match: "soda pdf", label: "Soda PDF"},
	{match: "pdf candy", label: "PDF Candy"},
	{match: "pdf expert", label: "PDF Expert"},
	{match: "inkscape", label: "Inkscape"},
	{match: "gimp", label: "GIMP"},
	{match: "canva", label: "Canva"},
}

// editorIn returns the editor named by s, if any.
func editorIn(s string) (editor, bool) {
	l := strings.ToLower(s)
	for _, e := range editors {
		if strings.Contains(l, e.match) && !containsAny(l, e.except) {
			return e, true
		}
	}
	return editor{}, false
}

// isDraw recognises LibreOffice Draw, which is what opens a PDF for editing
// in LibreOffice; Writer and Calc exports name themselves differently.
func isDraw(producer, creator string) bool {
	return strings.EqualFold(strings.TrimSpace(creator), "draw") &&
		(strings.Contains(strings.ToLower(producer), "libreoffice") || strings.Contains(strings.ToLower(producer), "openoffice"))
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
