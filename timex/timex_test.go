package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/text"
)

func day(s string) time.Time {
	t, err := time.Parse(accord.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

// tx writes a TimeExpr compactly: text|value|start|end|precision|mod.
func tx(te accord.TimeExpr) string {
	return fmt.Sprintf("%s|%s|%s|%s|%s|%s", te.Text, te.Value, te.Start, te.End, te.Precision, te.Mod)
}

func txs(times []accord.TimeExpr) []string {
	out := make([]string, len(times))
	for i, te := range times {
		out[i] = tx(te)
	}
	return out
}

// wed is the anchor of most cases: Wednesday 16 April 2025, in the week of
// Monday 14 to Sunday 20 April.
const wed = "2025-04-16"

func TestFind(t *testing.T) {
	tests := []struct {
		anchor, in string
		want       []string // tx of each expression, in order
	}{
		// absolute dates
		{wed, "They agreed to hold the dialogue in October this year.", []string{"in October this year|2025-10|2025-10-01|2025-10-31|month|"}},
		{wed, "It was signed on 2024-07-14.", []string{"on 2024-07-14|2024-07-14|2024-07-14|2024-07-14|day|"}},
		{wed, "It was signed on July 14, 2024 in Doha.", []string{"on July 14, 2024|2024-07-14|2024-07-14|2024-07-14|day|"}},
		{wed, "It was signed on 14 July 2024.", []string{"on 14 July 2024|2024-07-14|2024-07-14|2024-07-14|day|"}},
		{wed, "The meeting is scheduled for 14th July.", []string{"for 14th July|2025-07-14|2025-07-14|2025-07-14|day|"}},
		{wed, "Talks were held on Jul 14.", []string{"on Jul 14|2024-07-14|2024-07-14|2024-07-14|day|"}},
		{wed, "He will visit on Sept. 5.", []string{"on Sept. 5|2025-09-05|2025-09-05|2025-09-05|day|"}},
		{wed, "The meeting held on 30 June 2025 ended.", []string{"on 30 June 2025|2025-06-30|2025-06-30|2025-06-30|day|"}},
		{wed, "the General Conference (26 September to 1 October)", []string{"26 September to 1 October|2025-09-26|2025-09-26|2025-10-01|day|"}},
		{wed, "A workshop will be held on 7-8 October 2025.", []string{"on 7-8 October 2025|2025-10-07|2025-10-07|2025-10-08|day|"}},
		{wed, "an upcoming workshop from 3-7 November 2025", []string{"from 3-7 November 2025|2025-11-03|2025-11-03|2025-11-07|day|"}},
		{wed, "The exercise will run from Sep 12-21.", []string{"from Sep 12-21|2025-09-12|2025-09-12|2025-09-21|day|"}},
		{wed, "Talks were held between March 3 and 5.", []string{"between March 3 and 5|2025-03-03|2025-03-03|2025-03-05|day|"}},
		{"2025-06-01", "Some 49 were pushed back between May 27-29 alone.", []string{"between May 27-29|2025-05-27|2025-05-27|2025-05-29|day|"}},
		{wed, "The session will run from 8 to 13 December.", []string{"from 8 to 13 December|2025-12-08|2025-12-08|2025-12-13|day|"}},
		{wed, "Exports fell in 2023.", []string{"in 2023|2023|2023-01-01|2023-12-31|year|"}},
		{wed, "Exports fell in January 2025.", []string{"in January 2025|2025-01|2025-01-01|2025-01-31|month|"}},
		{wed, "Prices peaked in January 2025 and fell.", []string{"in January 2025|2025-01|2025-01-01|2025-01-31|month|"}},
		{wed, "The riots of May 9, 2023 shook the country.", []string{"May 9, 2023|2023-05-09|2023-05-09|2023-05-09|day|"}},
		{wed, "Militancy grew in the 1990s.", []string{"in the 1990s|1990|1990-01-01|1999-12-31|year|"}},
		{wed, "The budget for the fiscal year 2025-26 was passed.", []string{"2025-26|2025|2025-07-01|2026-06-30|year|"}},
		{wed, "Pakistan sits on the UNSC for the term 2025-26.", []string{"2025-26|2025|2025-01-01|2026-12-31|year|"}},
		{wed, "Growth in FY26 and FY2024-25 and FY 2024.", []string{
			"in FY26|2025|2025-07-01|2026-06-30|year|", "FY2024-25|2024|2024-07-01|2025-06-30|year|", "FY 2024|2023|2023-07-01|2024-06-30|year|"}},
		{wed, "It was filed on 20.02.2025.", []string{"on 20.02.2025|2025-02-20|2025-02-20|2025-02-20|day|"}},
		{wed, "On March 25th of 2025, staff agreed.", []string{"On March 25th of 2025|2025-03-25|2025-03-25|2025-03-25|day|"}},
		{wed, "The 20th of May is a holiday.", []string{"The 20th of May|2025-05-20|2025-05-20|2025-05-20|day|"}},

		// a month without a year: nearest, or on the side the tense points to
		{wed, "He will visit Kabul in May.", []string{"in May|2025-05|2025-05-01|2025-05-31|month|"}},
		{wed, "He visited Kabul in October.", []string{"in October|2024-10|2024-10-01|2024-10-31|month|"}},
		{wed, "Elections will be held in March.", []string{"in March|2026-03|2026-03-01|2026-03-31|month|"}},
		{wed, "In January, prices rose.", []string{"In January|2025-01|2025-01-01|2025-01-31|month|"}},
		{wed, "The months of April, May and June are hot.", []string{
			"April|2025-04|2025-04-01|2025-04-30|month|", "May|2025-05|2025-05-01|2025-05-31|month|", "June|2025-06|2025-06-01|2025-06-30|month|"}},
		{"2025-01-03", "He visited Quetta in December.", []string{"in December|2024-12|2024-12-01|2024-12-31|month|"}},
		{"2025-01-03", "The census will be held in December.", []string{"in December|2025-12|2025-12-01|2025-12-31|month|"}},
		{"2024-12-30", "The talks will resume on January 5.", []string{"on January 5|2025-01-05|2025-01-05|2025-01-05|day|"}},
		{"2025-01-02", "Police arrested him on December 31.", []string{"on December 31|2024-12-31|2024-12-31|2024-12-31|day|"}},

		// weekdays: past or no cue, the latest on or before the anchor;
		// future, the next on or after it (after it when the sentence says next)
		{wed, "He met the envoy on Tuesday.", []string{"on Tuesday|2025-04-15|2025-04-15|2025-04-15|day|"}},
		{wed, "He will meet the envoy on Tuesday.", []string{"on Tuesday|2025-04-22|2025-04-22|2025-04-22|day|"}},
		{wed, "The minister said on Wednesday that talks went well.", []string{"on Wednesday|2025-04-16|2025-04-16|2025-04-16|day|"}},
		{wed, "He will meet the envoy on Wednesday.", []string{"on Wednesday|2025-04-16|2025-04-16|2025-04-16|day|"}},
		{wed, "The next round will be held on Wednesday.", []string{"on Wednesday|2025-04-23|2025-04-23|2025-04-23|day|"}},
		{wed, "He will meet him next Tuesday.", []string{"next Tuesday|2025-04-22|2025-04-22|2025-04-22|day|"}},
		{wed, "He met him last Wednesday.", []string{"last Wednesday|2025-04-09|2025-04-09|2025-04-09|day|"}},
		{wed, "Shelling resumed on Sunday night.", []string{"on Sunday night|2025-04-13|2025-04-13|2025-04-13|day|"}},
		{wed, "Hamas replied late on Sunday.", []string{"late on Sunday|2025-04-13|2025-04-13|2025-04-13|day|"}},
		{wed, "Talks are scheduled for Saturday (April 19).", []string{"for Saturday (April 19)|2025-04-19|2025-04-19|2025-04-19|day|"}},
		{wed, "The envoy Friday met the minister.", []string{"Friday|2025-04-11|2025-04-11|2025-04-11|day|"}},
		{wed, "Police on Monday arrested two men who will be tried.", []string{"on Monday|2025-04-14|2025-04-14|2025-04-14|day|"}},
		{wed, "The court adjourned the hearing till Tuesday.", []string{"till Tuesday|2025-04-22|2025-04-16|2025-04-22|day|until"}},
		{wed, "He arrived in Cairo on Friday to discuss the truce.", []string{"on Friday|2025-04-11|2025-04-11|2025-04-11|day|"}},
		// a time before a promise verb is when the promise was made; after it, what is promised
		{wed, "The military on Friday vowed to take decisive action.", []string{"on Friday|2025-04-11|2025-04-11|2025-04-11|day|"}},
		{wed, "The two sides on Monday agreed to resume talks.", []string{"on Monday|2025-04-14|2025-04-14|2025-04-14|day|"}},
		{wed, "The two sides agreed to resume talks on Monday.", []string{"on Monday|2025-04-21|2025-04-21|2025-04-21|day|"}},
		{wed, "He told reporters on Tuesday, adding that it would end.", []string{"on Tuesday|2025-04-15|2025-04-15|2025-04-15|day|"}},

		// relative to the anchor
		{wed, "It happened today.", []string{"today|2025-04-16|2025-04-16|2025-04-16|day|"}},
		{wed, "It happens tonight.", []string{"tonight|2025-04-16|2025-04-16|2025-04-16|day|"}},
		{wed, "It happened yesterday.", []string{"yesterday|2025-04-15|2025-04-15|2025-04-15|day|"}},
		{wed, "It happens tomorrow (Thursday).", []string{"tomorrow (Thursday)|2025-04-17|2025-04-17|2025-04-17|day|"}},
		{wed, "It happened a day ago.", []string{"a day ago|2025-04-15|2025-04-15|2025-04-15|day|"}},
		{wed, "It happened two days ago.", []string{"two days ago|2025-04-14|2025-04-14|2025-04-14|day|"}},
		{wed, "It happened two weeks ago.", []string{"two weeks ago|2025-03|2025-03-31|2025-04-06|week|"}},
		{wed, "It happened last week.", []string{"last week|2025-04|2025-04-07|2025-04-13|week|"}},
		{wed, "It happens this week.", []string{"this week|2025-04|2025-04-14|2025-04-20|week|"}},
		{wed, "It happens next week.", []string{"next week|2025-04|2025-04-21|2025-04-27|week|"}},
		{wed, "He travels at the end of the week.", []string{"at the end of the week|2025-04|2025-04-18|2025-04-20|week|"}},
		{wed, "It happened earlier this week.", []string{"earlier this week|2025-04|2025-04-14|2025-04-16|week|"}},
		{wed, "It happens later this week.", []string{"later this week|2025-04|2025-04-16|2025-04-20|week|"}},
		{wed, "It happened last month.", []string{"last month|2025-03|2025-03-01|2025-03-31|month|"}},
		{wed, "It happens this month.", []string{"this month|2025-04|2025-04-01|2025-04-30|month|"}},
		{wed, "It happens next month.", []string{"next month|2025-05|2025-05-01|2025-05-31|month|"}},
		{wed, "It happened earlier this month.", []string{"earlier this month|2025-04|2025-04-01|2025-04-16|month|"}},
		{wed, "It happens later this month.", []string{"later this month|2025-04|2025-04-16|2025-04-30|month|"}},
		{wed, "It happened last year.", []string{"last year|2024|2024-01-01|2024-12-31|year|"}},
		{wed, "It happens this year.", []string{"this year|2025|2025-01-01|2025-12-31|year|"}},
		{wed, "It happens next year.", []string{"next year|2026|2026-01-01|2026-12-31|year|"}},
		{wed, "It happened earlier this year.", []string{"earlier this year|2025|2025-01-01|2025-04-16|year|"}},
		{wed, "It happens later this year.", []string{"later this year|2025|2025-04-16|2025-12-31|year|"}},
		{wed, "It happens in October next year.", []string{"in October next year|2026-10|2026-10-01|2026-10-31|month|"}},
		{wed, "It happened in October last year.", []string{"in October last year|2024-10|2024-10-01|2024-10-31|month|"}},
		{wed, "It happened last November.", []string{"last November|2024-11|2024-11-01|2024-11-30|month|"}},
		{wed, "It happens next March.", []string{"next March|2026-03|2026-03-01|2026-03-31|month|"}},
		{wed, "It happens in mid-August.", []string{"in mid-August|2025-08|2025-08-11|2025-08-20|month|"}},
		{wed, "It happens early next month.", []string{"early next month|2025-05|2025-05-01|2025-05-10|month|"}},
		{wed, "It happened late last year.", []string{"late last year|2024|2024-09-01|2024-12-31|year|"}},
		{wed, "It happens in the first week of March.", []string{"in the first week of March|2025-03|2025-03-01|2025-03-07|week|"}},
		{wed, "It happens in the last week of June.", []string{"in the last week of June|2025-06|2025-06-24|2025-06-30|week|"}},
		{wed, "It happened over the weekend.", []string{"over the weekend|2025-04|2025-04-12|2025-04-13|week|"}},
		{"2025-01-02", "It happened last week.", []string{"last week|2024-12|2024-12-23|2024-12-29|week|"}},

		// vague periods keep a window
		{wed, "Tension grew in recent weeks.", []string{"in recent weeks||2025-03-26|2025-04-16|unspecified|"}},
		{wed, "Tension grew in recent days.", []string{"in recent days||2025-04-09|2025-04-16|unspecified|"}},
		{wed, "Iran would host Grossi in the coming days.", []string{"in the coming days||2025-04-16|2025-04-23|unspecified|"}},
		{wed, "More talks are due in the coming weeks.", []string{"in the coming weeks||2025-04-16|2025-05-07|unspecified|"}},
		{wed, "He will decide in the next few days.", []string{"in the next few days||2025-04-16|2025-04-23|unspecified|"}},
		{wed, "Prices rose over the past two years.", []string{"over the past two years||2023-04-16|2025-04-16|unspecified|"}},
		{wed, "It happened a few days ago.", []string{"a few days ago||2025-04-09|2025-04-14|unspecified|"}},

		// deadlines and bounds
		{wed, "It must be done within a month.", []string{"within a month|2025-05|2025-04-16|2025-05-16|month|by"}},
		{wed, "It must be done within two weeks.", []string{"within two weeks|2025-04-30|2025-04-16|2025-04-30|day|by"}},
		{wed, "It must be done within 30 days.", []string{"within 30 days|2025-05-16|2025-04-16|2025-05-16|day|by"}},
		{wed, "It must be done within 24 hours.", []string{"within 24 hours|2025-04-17|2025-04-16|2025-04-17|day|by"}},
		// counted from another happening: no time of the report's calendar
		{wed, "Police arrested the suspect within 20 hours of the murder.", nil},
		{wed, "He resigned within days of taking office.", nil},
		{wed, "It will be done in the next two weeks.", []string{"in the next two weeks|2025-04-30|2025-04-16|2025-04-30|day|by"}},
		{wed, "A decision is expected within days.", []string{"within days||2025-04-16|2025-04-23|unspecified|by"}},
		{wed, "Warnings remain in effect through Wednesday.", []string{"through Wednesday|2025-04-16|2025-04-16|2025-04-16|day|until"}},
		{wed, "The bill will be tabled in Friday’s session.", []string{"Friday|2025-04-18|2025-04-18|2025-04-18|day|"}},
		{wed, "Targets for FY2026 were set.", []string{"for FY2026|2025|2025-07-01|2026-06-30|year|"}},
		{wed, "It must be done by the end of the year.", []string{"by the end of the year|2025|2025-04-16|2025-12-31|year|by"}},
		{wed, "It must be done by the end of 2025.", []string{"by the end of 2025|2025|2025-04-16|2025-12-31|year|by"}},
		{wed, "It must be done by June.", []string{"by June|2025-06|2025-04-16|2025-06-30|month|by"}},
		{wed, "It must be done by next week.", []string{"by next week|2025-04|2025-04-16|2025-04-27|week|by"}},
		{wed, "It must be done by 2030.", []string{"by 2030|2030|2025-04-16|2030-12-31|year|by"}},
		{wed, "It should have been done by 2022.", []string{"by 2022|2022||2022-12-31|year|by"}},
		{wed, "It must be done before the end of the month.", []string{"before the end of the month|2025-04|2025-04-16|2025-04-30|month|by"}},
		{wed, "It must be paid not later than April 30, 2025.", []string{"not later than April 30, 2025|2025-04-30|2025-04-16|2025-04-30|day|by"}},
		{wed, "He has been in jail since August 2023.", []string{"since August 2023|2023-08|2023-08-01|2025-04-16|month|since"}},
		{wed, "Gaza has been under blockade since March 2.", []string{"since March 2|2025-03-02|2025-03-02|2025-04-16|day|since"}},
		{wed, "The ban will stay until December.", []string{"until December|2025-12|2025-04-16|2025-12-31|month|until"}},
		{wed, "The ban will stay till December.", []string{"till December|2025-12|2025-04-16|2025-12-31|month|until"}},
		{wed, "Spending stayed low till December.", []string{"till December|2024-12||2024-12-31|month|until"}},
		{"2025-08-21", "He said the perpetrators of the May 9 incidents must be punished.", []string{"May 9|2025-05-09|2025-05-09|2025-05-09|day|"}},
		{wed, "The new fares apply from July 1.", []string{"from July 1|2025-07-01|2025-07-01||day|since"}},
		{wed, "It was quiet before March 2024.", []string{"before March 2024|2024-03||2024-02-29|month|before"}},
		{wed, "It was quiet after 2020.", []string{"after 2020|2020|2021-01-01||year|after"}},
		{wed, "The IMF visits around mid-May.", []string{"around mid-May|2025-05|2025-05-11|2025-05-20|month|around"}},
		{wed, "They ruled from 2018 to 2022.", []string{"from 2018 to 2022|2018|2018-01-01|2022-12-31|year|"}},
		{wed, "Visits rose from January to March.", []string{"from January to March|2025-01|2025-01-01|2025-03-31|month|"}},
		{wed, "The talks will resume in two weeks' time.", []string{"in two weeks' time|2025-04-30|2025-04-30|2025-04-30|day|"}},

		// vague times: no value and no window
		{wed, "He will visit soon.", []string{"soon||||unspecified|"}},
		{wed, "He will visit shortly.", []string{"shortly||||unspecified|"}},
		{wed, "He will visit in the near future.", []string{"in the near future||||unspecified|"}},
		{wed, "He will visit at an early date.", []string{"at an early date||||unspecified|"}},
		{wed, "He will visit in due course.", []string{"in due course||||unspecified|"}},
		{wed, "Resolve it at the earliest.", []string{"at the earliest||||unspecified|"}},
		{wed, "Resolve it as soon as possible.", []string{"as soon as possible||||unspecified|"}},

		// a dateline's own date is not a time of the report
		{wed, "ISLAMABAD, Apr 16 (APP): Talks were held on Tuesday.", []string{"on Tuesday|2025-04-15|2025-04-15|2025-04-15|day|"}},
		{wed, "Talks ended.\n\nPublished in Dawn, April 16th, 2025", nil},
	}
	for _, tt := range tests {
		a := text.Analyze(tt.in)
		got := Find(a, day(tt.anchor))
		checkTimes(t, tt.in, got)
		if g, w := strings.Join(txs(got), "\n"), strings.Join(tt.want, "\n"); g != w {
			t.Errorf("Find(%q) at %s =\n%s\nwant\n%s", tt.in, tt.anchor, g, w)
		}
		for _, te := range got {
			if te.Anchor != tt.anchor {
				t.Errorf("Find(%q): anchor %q, want %q", tt.in, te.Anchor, tt.anchor)
			}
		}
	}
}

// TestFindNone lists text that holds numbers, modal verbs and names that
// look like times but are not.
func TestFindNone(t *testing.T) {
	for _, in := range []string{
		"1,000 attacks were reported and 24 people, aged 45 to 60, died.",
		"He may visit Kabul.",
		"May God bless Pakistan.",
		"They will march to the capital in a long march.",
		"Aurat March organisers spoke to the press.",
		"The Sunday Times reported the story.",
		"The Municipal Corporation’s Friday Bazaar was closed.",
		"Good Friday services were held.",
		"They negotiated for three weeks.",
		"They signed a 14-point agreement.",
		"They reached an eight-month peace agreement after a two-day visit.",
		"The 9/11 attacks changed the world; help is on call 24/7.",
		"Pakistan Today reported it.",
		"Members of this August House passed the bill.",
		"The next day police arrested him.",
		"Twenty people were killed in two days of fighting.",
		"It rose in future talks.",
		"Download WhatsApp-Video-2025-04-12-at-18.34.34.mp4 now.",
		"Shortly after the attack, and soon after the blast, police came.",
		"The 2015 deal and the 18th Amendment.",
	} {
		if got := Find(text.Analyze(in), day(wed)); len(got) != 0 {
			t.Errorf("Find(%q) = %q, want nothing", in, txs(got))
		}
	}
}

// TestYearFromReport: a date whose year the sentence leaves out takes the
// year the report gives it elsewhere, before or after.
func TestYearFromReport(t *testing.T) {
	for _, in := range []string{
		"The May 9, 2023 riots shook the country. The May 9 accused were tried.",
		"The May 9 accused were tried. The riots of May 9, 2023 shook the country.",
	} {
		got := Find(text.Analyze(in), day(wed))
		if len(got) != 2 || got[0].Value != "2023-05-09" || got[1].Value != "2023-05-09" {
			t.Errorf("Find(%q) = %q, want both 2023-05-09", in, txs(got))
		}
	}
}

func TestFindIn(t *testing.T) {
	in := "Elections will be held soon. He visited Kabul in May and met the envoy on Tuesday."
	a := text.Analyze(in)
	if len(a.Sentences) != 2 {
		t.Fatalf("want 2 sentences, got %d", len(a.Sentences))
	}
	s := a.Sentences[1]
	got := FindIn(a, s.First, s.Last, day(wed))
	want := []string{"in May|2024-05|2024-05-01|2024-05-31|month|", "on Tuesday|2025-04-15|2025-04-15|2025-04-15|day|"}
	if g, w := strings.Join(txs(got), "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("FindIn(second sentence) =\n%s\nwant\n%s", g, w)
	}
	// FindIn over each sentence finds what Find finds
	var each []string
	for _, s := range a.Sentences {
		each = append(each, txs(FindIn(a, s.First, s.Last, day(wed)))...)
	}
	if g, w := strings.Join(each, "\n"), strings.Join(txs(Find(a, day(wed))), "\n"); g != w {
		t.Errorf("FindIn by sentence =\n%s\nFind =\n%s", g, w)
	}
	// ranges outside the tokens are clipped, never a panic
	for _, r := range [][2]int{{-5, 3}, {3, 1000}, {10, 2}, {len(a.Tokens), len(a.Tokens) + 1}} {
		got := FindIn(a, r[0], r[1], day(wed))
		checkTimes(t, in, got)
	}
	if FindIn(nil, 0, 1, day(wed)) != nil || Find(nil, day(wed)) != nil {
		t.Error("a nil analysis has times")
	}
}

// TestZeroAnchor: with no anchor, what needs it is unspecified; the rest
// stands.
func TestZeroAnchor(t *testing.T) {
	in := "They met on Tuesday, in October 2024, and will finish by the end of 2025."
	got := Find(text.Analyze(in), time.Time{})
	want := []string{
		"on Tuesday||||unspecified|",
		"in October 2024|2024-10|2024-10-01|2024-10-31|month|",
		"by the end of 2025|2025||2025-12-31|year|by",
	}
	if g, w := strings.Join(txs(got), "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("Find with no anchor =\n%s\nwant\n%s", g, w)
	}
	for _, te := range got {
		if te.Anchor != "" {
			t.Errorf("%q has anchor %q with none given", te.Text, te.Anchor)
		}
	}
}

// TestAnchorLocation: the anchor's calendar day counts, whatever its zone.
func TestAnchorLocation(t *testing.T) {
	pkt := time.FixedZone("PKT", 5*3600)
	anchor := time.Date(2025, 4, 16, 2, 0, 0, 0, pkt) // 15 April in UTC
	got := Find(text.Analyze("It happened yesterday."), anchor)
	if len(got) != 1 || got[0].Value != "2025-04-15" || got[0].Anchor != wed {
		t.Errorf("yesterday from 16 April PKT = %q", txs(got))
	}
}

// TestLargeReport: cost stays linear on a long text full of dates, with
// years to carry over between them.
func TestLargeReport(t *testing.T) {
	in := strings.Repeat("On May 9, 2023 and on May 9 they met in March; by June 5 it ended. ", 20000)
	a := text.Analyze(in)
	start := time.Now()
	got := Find(a, day(wed))
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("Find over %d bytes took %v", len(in), el)
	}
	if len(got) != 4*20000 {
		t.Errorf("found %d times, want %d", len(got), 4*20000)
	}
	checkTimes(t, in, got)
	if got[1].Value != "2023-05-09" {
		t.Errorf("the second time is %s", tx(got[1]))
	}
}
