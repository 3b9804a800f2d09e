package timex

import (
	"testing"
	"time"

	"github.com/accord-events/accord"
)

func TestFindDateline(t *testing.T) {
	tests := []struct {
		in, published string
		// span and place as text; date as YYYY-MM-DD or ""
		span, place, date, agency string
	}{
		{"ISLAMABAD: Pakistan and the United States agreed.", "2024-07-14", "ISLAMABAD:", "ISLAMABAD", "", ""},
		{"ISLAMABAD / KARACHI: Police said.", "2025-01-05", "ISLAMABAD / KARACHI:", "ISLAMABAD / KARACHI", "", ""},
		{"LAKKI MARWAT/BAJAUR: Two died.", "2025-01-05", "LAKKI MARWAT/BAJAUR:", "LAKKI MARWAT/BAJAUR", "", ""},
		{"ISLAMABAD, Sep 04 (APP): Pakistan said.", "2025-09-04", "ISLAMABAD, Sep 04 (APP):", "ISLAMABAD", "2025-09-04", "APP"},
		{"ISLAMABAD, Sep 04 (APP):Pakistan said.", "2025-09-05", "ISLAMABAD, Sep 04 (APP):", "ISLAMABAD", "2025-09-04", "APP"},
		{"ISLAMABAD , Jun 02 (APP)::The ECO met.", "2025-06-02", "ISLAMABAD , Jun 02 (APP)::", "ISLAMABAD", "2025-06-02", "APP"},
		{"ISLAMABAD, May 12 (APP) Deputy Prime Minister Dar said.", "2025-05-12", "ISLAMABAD, May 12 (APP)", "ISLAMABAD", "2025-05-12", "APP"},
		{"ISLAMABAD, April 12 (APP): The PM met.", "2025-04-12", "ISLAMABAD, April 12 (APP):", "ISLAMABAD", "2025-04-12", "APP"},
		{"RAWALPINDI, FEB 04 (APP): The COAS met.", "2025-02-04", "RAWALPINDI, FEB 04 (APP):", "RAWALPINDI", "2025-02-04", "APP"},
		{"Rawalpindi, Jan 20 (APP): Gen Bagheri met.", "2025-01-20", "Rawalpindi, Jan 20 (APP):", "Rawalpindi", "2025-01-20", "APP"},
		{"KAMRA-ATTOCK, May 15 (APP): The PM visited.", "2025-05-15", "KAMRA-ATTOCK, May 15 (APP):", "KAMRA-ATTOCK", "2025-05-15", "APP"},
		{"Lachin- Azerbaijan, May 28 (APP): The PM went.", "2025-05-28", "Lachin- Azerbaijan, May 28 (APP):", "Lachin- Azerbaijan", "2025-05-28", "APP"},
		{"PIR CHINASI, AZAD KASHMIR, May 05 (APP):In a rebuttal", "2025-05-05", "PIR CHINASI, AZAD KASHMIR, May 05 (APP):", "PIR CHINASI, AZAD KASHMIR", "2025-05-05", "APP"},
		{"LAHORE, Aug 5: The court ruled.", "2025-08-06", "LAHORE, Aug 5:", "LAHORE", "2025-08-05", ""},
		{"WASHINGTON (Reuters) - The US said.", "2025-03-01", "WASHINGTON (Reuters) -", "WASHINGTON", "", "Reuters"},
		{"Washington (AFP) — The US said.", "2025-03-01", "Washington (AFP) —", "Washington", "", "AFP"},
		{"GENEVA: The UN said.", "2025-03-01", "GENEVA:", "GENEVA", "", ""},
		{"GENEVA — The UN said.", "2025-03-01", "GENEVA —", "GENEVA", "", ""},
		{"FLINT (Michigan): A man died.", "2025-03-01", "FLINT (Michigan):", "FLINT (Michigan)", "", ""},
		{"ST. PETERSBURG: Putin met.", "2025-03-01", "ST. PETERSBURG:", "ST. PETERSBURG", "", ""},
		{"ISLAMABAD/LAH\u00adORE: A court ruled.", "2025-03-01", "ISLAMABAD/LAH\u00adORE:", "ISLAMABAD/LAH\u00adORE", "", ""},
		// after bullets, debris or a headline
		{"• Several hurt\n• Sit-ins go on\n\nKARACHI: Battles broke out.", "2025-01-05", "KARACHI:", "KARACHI", "", ""},
		{"Media error: Format(s) not supported\nRAWALPINDI, Apr 12 (APP):The CJCSC met.", "2025-04-12", "RAWALPINDI, Apr 12 (APP):", "RAWALPINDI", "2025-04-12", "APP"},
		{"Gohar hits back at Raja\n\nISLAMABAD: PTI leaders met.", "2025-04-10", "ISLAMABAD:", "ISLAMABAD", "", ""},
		// the year is the one nearest the publication date
		{"ISLAMABAD, Dec 31 (APP): Talks.", "2026-01-01", "ISLAMABAD, Dec 31 (APP):", "ISLAMABAD", "2025-12-31", "APP"},
		{"ISLAMABAD, Jan 1 (APP): Talks.", "2025-12-31", "ISLAMABAD, Jan 1 (APP):", "ISLAMABAD", "2026-01-01", "APP"},
		{"ISLAMABAD, Aug 07 (APP): Talks.", "2025-08-10", "ISLAMABAD, Aug 07 (APP):", "ISLAMABAD", "2025-08-07", "APP"},
		{"ISLAMABAD, Sep 04 (APP): Talks.", "", "ISLAMABAD, Sep 04 (APP):", "ISLAMABAD", "", "APP"},
		{"ISLAMABAD, Sep 04, 2024 (APP): Talks.", "", "ISLAMABAD, Sep 04, 2024 (APP):", "ISLAMABAD", "2024-09-04", "APP"},
	}
	for _, tt := range tests {
		var pub time.Time
		if tt.published != "" {
			pub = day(tt.published)
		}
		d, ok := FindDateline(tt.in, pub)
		if !ok {
			t.Errorf("FindDateline(%q): none", tt.in)
			continue
		}
		checkDateline(t, tt.in, d)
		if got := d.Span.In(tt.in); got != tt.span {
			t.Errorf("FindDateline(%q): span %q, want %q", tt.in, got, tt.span)
		}
		if d.Place != tt.place || d.Agency != tt.agency || accord.FormatDate(d.Date) != tt.date {
			t.Errorf("FindDateline(%q) = place %q agency %q date %q, want %q %q %q",
				tt.in, d.Place, d.Agency, accord.FormatDate(d.Date), tt.place, tt.agency, tt.date)
		}
	}
}

func TestFindDatelineNone(t *testing.T) {
	for _, in := range []string{
		"",
		"   ",
		"Prime Minister Shehbaz Sharif on Thursday said the economy grew.",
		"PAKISTAN, which has one of the largest armies, has emerged.",
		"FINALLY, a ceasefire in Gaza is in place.",
		"THE United States Institute of Peace closed.",
		"NOTE: this story was updated.",
		"Islamabad: a Title Case place needs a date or an agency.",
		"ISLAMABAD, the capital, was calm.",
		"ISLAMABAD",
		"ISLAMABAD, Sep",
		"ISLAMABAD, Sep 44 (APP): no such day.",
		"The talks (Reuters) - went on.",
		"• only bullets\n• and more",
	} {
		if d, ok := FindDateline(in, day(wed)); ok {
			t.Errorf("FindDateline(%q) = %+v, want none", in, d)
		}
	}
}

// checkDateline fails t when d's spans do not hold its parts.
func checkDateline(t testing.TB, text string, d Dateline) {
	t.Helper()
	if d.Span.Start < 0 || d.Span.End > len(text) || d.Span.Start >= d.Span.End {
		t.Fatalf("dateline span %v outside %d bytes", d.Span, len(text))
	}
	if !d.Span.Contains(d.PlaceSpan) || d.PlaceSpan.In(text) != d.Place || d.Place == "" {
		t.Fatalf("place %q at %v is not inside the dateline %v", d.Place, d.PlaceSpan, d.Span)
	}
	if !d.Date.IsZero() && (d.Date.Hour() != 0 || d.Date.Location() != time.UTC) {
		t.Fatalf("dateline date %v is not UTC midnight", d.Date)
	}
}
