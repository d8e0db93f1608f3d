package statement

import (
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/pack"
)

func TestDatesIn(t *testing.T) {
	oct15 := day(2026, time.October, 15)
	tests := []struct {
		text       string
		monthFirst bool
		want       []pack.Date
	}{
		{"2026-10-15", false, []pack.Date{oct15}},
		{"2026/10/15", false, []pack.Date{oct15}},
		{"15/10/2026", false, []pack.Date{oct15}},
		{"15/10/2026", true, []pack.Date{oct15}}, // reads only one way
		{"10/15/2026", true, []pack.Date{oct15}},
		{"10/15/2026", false, []pack.Date{oct15}}, // reads only one way
		{"05/10/2026", false, []pack.Date{day(2026, time.October, 5)}},
		{"05/10/2026", true, []pack.Date{day(2026, time.May, 10)}},
		{"15.10.2026", false, []pack.Date{oct15}},
		{"05.10.2026", true, []pack.Date{day(2026, time.October, 5)}}, // dots are always day first
		{"15-10-2026", false, []pack.Date{oct15}},
		{"15/10/26", false, []pack.Date{oct15}},
		{"15.10.26", false, []pack.Date{oct15}},
		{"15 Oct 2026", false, []pack.Date{oct15}},
		{"15 OCT 2026", false, []pack.Date{oct15}},
		{"15-Oct-2026", false, []pack.Date{oct15}},
		{"15th October 2026", false, []pack.Date{oct15}},
		{"15 Oct 26", false, []pack.Date{oct15}},
		{"15 Oct 26 TESCO STORES", false, []pack.Date{oct15}},
		{"15 Oct 12.50", false, nil},
		{"15 Oct 265", false, nil},
		{"October 15, 2026", false, []pack.Date{oct15}},
		{"Oct. 15 2026", false, []pack.Date{oct15}},
		{"Sept 3rd, 2026", false, []pack.Date{day(2026, time.September, 3)}},
		{"2026年10月15日", false, []pack.Date{oct15}},
		{"2026 年 9 月 1 日", false, []pack.Date{day(2026, time.September, 1)}},
		{"15 octobre 2026", false, []pack.Date{oct15}},
		{"1er février 2026", false, []pack.Date{day(2026, time.February, 1)}},
		{"3 févr. 2026", false, []pack.Date{day(2026, time.February, 3)}},
		{"14 juil. 2026", false, []pack.Date{day(2026, time.July, 14)}},
		{"20 août 2026", false, []pack.Date{day(2026, time.August, 20)}},
		{"1 déc. 2026", false, []pack.Date{day(2026, time.December, 1)}},
		{"15. Oktober 2026", false, []pack.Date{oct15}},
		{"3. März 2026", false, []pack.Date{day(2026, time.March, 3)}},
		{"3. Mrz. 2026", false, []pack.Date{day(2026, time.March, 3)}},
		{"24. Dez. 2026", false, []pack.Date{day(2026, time.December, 24)}},
		{"7 mars 2026", false, []pack.Date{day(2026, time.March, 7)}},
		{"7 March 2026", false, []pack.Date{day(2026, time.March, 7)}},
		{"1. Mai 2026", false, []pack.Date{day(2026, time.May, 1)}},
		{"29/02/2028", false, []pack.Date{day(2028, time.February, 29)}},
		// Impossible dates and things that are not dates.
		{"29/02/2026", false, nil},
		{"31/04/2026", false, nil},
		{"31.02.2026", false, nil},
		{"2026-13-01", false, nil},
		{"2026-02-30", false, nil},
		{"32 October 2026", false, nil},
		{"13/13/2026", false, nil},
		{"Sort code 12-34-56", false, nil},
		{"Ref 2026-103-55", false, nil},
		{"12.50 10.00", false, nil},
		{"1,234.56", false, nil},
		{"IBAN DE89 3704 0044 0532 0130 00", false, nil},
		{"Tel. 0161 496 0000", false, nil},
		{"Invoice 1115/10/2026", false, nil},
		{"v1.15.10.2026", false, nil},
		{"15/10/20261", false, nil},
		{"", false, nil},
		// Several dates on a line.
		{"01/09/2026 - 30/09/2026", false, []pack.Date{day(2026, time.September, 1), day(2026, time.September, 30)}},
		{"01/09/2026-30/09/2026", false, []pack.Date{day(2026, time.September, 1), day(2026, time.September, 30)}},
		{"2026年09月16日至2026年10月15日", false, []pack.Date{day(2026, time.September, 16), oct15}},
		{"du 1er septembre 2026 au 30 septembre 2026", false, []pack.Date{day(2026, time.September, 1), day(2026, time.September, 30)}},
	}
	for _, tt := range tests {
		got := datesIn(tt.text, tt.monthFirst)
		var dates []pack.Date
		for _, d := range got {
			dates = append(dates, d.date)
		}
		if len(dates) != len(tt.want) {
			t.Errorf("datesIn(%q, %v) = %v, want %v", tt.text, tt.monthFirst, dates, tt.want)
			continue
		}
		for i := range dates {
			if dates[i] != tt.want[i] {
				t.Errorf("datesIn(%q, %v) = %v, want %v", tt.text, tt.monthFirst, dates, tt.want)
				break
			}
		}
	}
}

func TestLabelIn(t *testing.T) {
	tests := []struct {
		before   string
		label    string
		strength int
		negative bool
	}{
		{"Statement date: ", "Statement date", 2, false},
		{"STATEMENT DATE ", "STATEMENT DATE", 2, false},
		{"Date of issue: Thursday, ", "Date of issue", 2, false},
		{"Issue date ", "Issue date", 2, false},
		{"Bill date: ", "Bill date", 2, false},
		{"Invoice date ", "Invoice date", 2, false},
		{"Rechnungsdatum: ", "Rechnungsdatum", 2, false},
		{"Datum: ", "Datum", 1, false},
		{"Date de facture : ", "Date de facture", 2, false},
		{"Date d'émission : ", "Date d'émission", 2, false},
		{"Date d’émission : ", "Date d’émission", 2, false},
		{"账单日：", "账单日", 2, false},
		{"账单日期 ", "账单日期", 2, false},
		{"出单日期：", "出单日期", 2, false},
		{"Date: ", "Date", 1, false},
		{"Payment due date: ", "due date", 0, true},
		{"Fälligkeitsdatum: ", "Fälligkeitsdatum", 0, true},
		{"Date d'échéance : ", "Date d'échéance", 0, true},
		{"À payer avant le ", "avant le", 0, true},
		{"到期还款日：", "到期还款日", 0, true},
		{"Date of birth: ", "Date of birth", 0, true},
		{"Statement date: 15 October 2026   Due date: ", "Due date", 0, true},
		{"Paris, le ", ", le", 2, false},
		{"Berlin, den ", ", den", 2, false},
		{"Statement closing date ", "Statement closing date", 2, false},
		{"Paris, lettre du ", "", 0, false},
		{"Datums ", "", 0, false},
		{"Update ", "", 0, false},
		{"Date   Description   Amount", "", 0, false},
		{"Statement date: Account 12345678 ", "", 0, false},
		{"Mandate ", "", 0, false},
		{"", "", 0, false},
	}
	for _, tt := range tests {
		label, strength, negative := labelIn(tt.before)
		if label != tt.label || strength != tt.strength || negative != tt.negative {
			t.Errorf("labelIn(%q) = %q, %d, %v, want %q, %d, %v", tt.before, label, strength, negative, tt.label, tt.strength, tt.negative)
		}
	}
}

// TestStatementDate checks how Find chooses the statement date.
func TestStatementDate(t *testing.T) {
	tests := []struct {
		name       string
		pages      []string
		monthFirst bool
		want       pack.Date
		label      string
		by         Reason
	}{
		{"label wins over later dates", []string{"Statement date: 15/10/2026\n20/10/2026 card payment\nDue date 05/11/2026"},
			false, day(2026, time.October, 15), "Statement date", ByLabel},
		{"label above its value", []string{"Statement date\n15 October 2026\nPayment due\n5 November 2026"},
			false, day(2026, time.October, 15), "Statement date", ByLabel},
		{"strong label wins over Datum", []string{"Datum: 01.10.2026\nRechnungsdatum: 15.10.2026"},
			false, day(2026, time.October, 15), "Rechnungsdatum", ByLabel},
		{"label on a later page", []string{"01/09/2026 - 30/09/2026", "Date of issue: 02/10/2026"},
			false, day(2026, time.October, 2), "Date of issue", ByLabel},
		{"period end without a label", []string{"Statement period 01/09/2026 - 30/09/2026\n12/10/2026 payment received"},
			false, day(2026, time.September, 30), "", ByPeriod},
		{"period in words", []string{"1 September 2026 to 30 September 2026"},
			false, day(2026, time.September, 30), "", ByPeriod},
		{"Zeitraum", []string{"Abrechnungszeitraum 01.09.2026 bis 30.09.2026"},
			false, day(2026, time.September, 30), "", ByPeriod},
		{"latest on page 1", []string{"12/09/2026 Tesco\n03/10/2026 Rent\n28/09/2026 Salary", "Page 2\n31/12/2026"},
			false, day(2026, time.October, 3), "", ByLatest},
		{"due date is not the latest", []string{"03/10/2026 bill\nDue date: 28/10/2026"},
			false, day(2026, time.October, 3), "", ByLatest},
		{"centred headings over a row of values", []string{"                          账单日                 户号             本期应缴\n2026年3月6日            27 4914 6986      210,12\n账单周期 2026年1月31日 至 2026年3月1日"},
			false, day(2026, time.March, 6), "账单日", ByLabel},
		{"Taiwan's 帳單日期", []string{"林美華 女士\n台北市信義區市府路1號\n帳單日期: 2026年11月3日\n繳費期限: 2026年11月20日"},
			false, day(2026, time.November, 3), "帳單日期", ByLabel},
		{"a table heading is not a label", []string{"Date\n12/09/2026 Tesco\n03/10/2026 Rent"},
			false, day(2026, time.October, 3), "", ByLatest},
		{"next statement is not the latest", []string{"03/10/2026 Rent\nYour next statement will be sent on 15/11/2026"},
			false, day(2026, time.October, 3), "", ByLatest},
		{"only a due date", []string{"Due date: 28/10/2026"},
			false, day(2026, time.October, 28), "", ByLatest},
		{"month first", []string{"BILL DATE 10/05/2026\nSERVICE FROM 09/04/2026"},
			true, day(2026, time.October, 5), "BILL DATE", ByLabel},
		{"day first", []string{"BILL DATE 10/05/2026"},
			false, day(2026, time.May, 10), "BILL DATE", ByLabel},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Find(tt.pages, Want{MonthFirst: tt.monthFirst})
			if f.Date == nil {
				t.Fatalf("no date; dates %+v", f.Dates)
			}
			if f.Date.Date != tt.want || f.Date.Label != tt.label || f.Date.By != tt.by {
				t.Errorf("date = %+v, want %v %q by %v", *f.Date, tt.want, tt.label, tt.by)
			}
		})
	}
	if f := Find([]string{"no dates here"}, Want{}); f.Date != nil || f.Dates != nil {
		t.Errorf("Find on text without dates = %+v", f)
	}
}
