package timex

import (
	"testing"
	"time"

	"github.com/accord-events/accord/text"
)

var fuzzSeeds = []string{
	"ISLAMABAD, Sep 04 (APP):Pakistan and the US agreed to hold talks in October this year.",
	"from Sep 12-21, between March 3 and 5, (26 September to 1 October), 7-8 October 2025",
	"by the end of 2025, within 30 days, since August 2023, until December, the 1990s, FY2025-26",
	"on Saturday (April 19), late on Sunday, the first week of March, mid-August, early next month",
	"He may visit. May God help. 9/11. 24/7. 2025-04-12-at. FY. fy9. the end of. from 2020 to",
	"• bullet\n\nWASHINGTON (Reuters) - in the coming days, a few days ago, in two weeks' time",
	"May 31 and 32, Feb 29, 2023, 29 February 2024, 0 days ago, 999 days ago, within 400 years",
	"\xff\xfe soon \u00ad May\u00a09 \u2013 10 “in due course”",
	"in in in the the next next last last 2025-26-27 1990s-2000s Monday (Tuesday) (",
}

// FuzzFind: on any text and any anchor, Find and FindIn keep the package's
// guarantees and never panic.
func FuzzFind(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, int64(i*97-300))
	}
	base := day(wed)
	f.Fuzz(func(t *testing.T, in string, days int64) {
		a := text.Analyze(in)
		anchor := base.AddDate(0, 0, int(days%100000))
		if days%7 == 0 {
			anchor = time.Time{}
		}
		checkTimes(t, in, Find(a, anchor))
		for _, s := range a.Sentences {
			checkTimes(t, in, FindIn(a, s.First, s.Last, anchor))
		}
		checkTimes(t, in, FindIn(a, int(days%5)-2, len(a.Tokens)+int(days%3), anchor))
	})
}

// FuzzFindDateline: any text gives a dateline whose parts lie inside it, or
// none; never a panic.
func FuzzFindDateline(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range []string{"LAHORE, Aug 5:", "PIR CHINASI, AZAD KASHMIR, May 05 (APP)", "A (B) -", "X, Dec 31, 9999 (Y):", "ST. P:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, pub := range []time.Time{{}, day(wed)} {
			if d, ok := FindDateline(in, pub); ok {
				checkDateline(t, in, d)
			}
		}
	})
}
