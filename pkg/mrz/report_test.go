package mrz

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func marshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The example in DESIGN §6, compacted.
const designExample = `{"format":"TD3","valid":false,` +
	`"fields":{"document_code":"P","issuing_state":"UTO","surname":"ERIKSSON","given_names":"ANNA MARIA",` +
	`"document_number":"L898902C3","nationality":"UTO","birth_date":"740812","sex":"F",` +
	`"expiry_date":"120415","optional_data":"ZE184226B"},` +
	`"check_digits":{"document_number":true,"birth_date":true,"expiry_date":true,"optional_data":true,"composite":false},` +
	`"errors":[{"line":2,"column":44,"message":"composite check digit is 9, expected 0"}]}`

func TestReportDesignExample(t *testing.T) {
	z, err := Parse(td3Line1 + "\n" + td3Line2[:43] + "9")
	if err != nil {
		t.Fatal(err)
	}
	if got := marshal(t, z.Report()); got != designExample {
		t.Errorf("got  %s\nwant %s", got, designExample)
	}
}

func TestReportShapes(t *testing.T) {
	for _, tc := range []struct {
		text   string
		fields string
		digits string
	}{
		{specimens[0].text, `"optional_data":"","optional_data_2":""}`, `"expiry_date":true,"composite":true}`},
		{specimens[3].text, `"optional_data":"6ZE184226B"}`, `"expiry_date":true}`},
		{specimens[7].text, `"sex":"F","optional_data":""}`, `"birth_date":true,"composite":true}`},
	} {
		z, err := Parse(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		got := marshal(t, z.Report())
		for _, want := range []string{tc.fields, tc.digits, `"valid":true`, `"errors":[]`} {
			if !strings.Contains(got, want) {
				t.Errorf("%s: %s lacks %s", z.Format, got, want)
			}
		}
	}
}

func TestReportOfError(t *testing.T) {
	_, err := Parse(td3Line1)
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("error %v is not *Error", err)
	}
	want := `{"format":"","valid":false,"fields":{},"check_digits":{},` +
		`"errors":[{"line":2,"column":1,"message":"a TD3 zone has 2 lines, found 1"}]}`
	if got := marshal(t, e.Report()); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestReportOrdersErrors(t *testing.T) {
	// Broken birth digit and an impossible expiry month on the same line.
	z, err := Parse("I<UTOD231458907<<<<<<<<<<<<<<<\n7408121F1213159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<")
	if err != nil {
		t.Fatal(err)
	}
	var cols []int
	for _, e := range z.Report().Errors {
		cols = append(cols, e.Column)
	}
	if marshal(t, cols) != "[7,9,15,30]" {
		t.Errorf("error columns %v, want birth digit, expiry date, expiry digit, composite", cols)
	}
}

func TestWriteText(t *testing.T) {
	z, err := Parse(td3Line1 + "\n" + td3Line2[:43] + "9")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := z.Report().WriteText(&b); err != nil {
		t.Fatal(err)
	}
	want := `format                       TD3
verdict                      invalid
document code                P
issuing state                UTO
surname                      ERIKSSON
given names                  ANNA MARIA
document number              L898902C3
nationality                  UTO
birth date                   740812
sex                          F
expiry date                  120415
optional data                ZE184226B
document number check digit  ok
birth date check digit       ok
expiry date check digit      ok
optional data check digit    ok
composite check digit        FAILS
error: line 2, column 44: composite check digit is 9, expected 0
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
