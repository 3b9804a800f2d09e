// Package timex finds the time expressions of a news report and resolves them
// against the report's date.
//
// In: the tokens and sentences of package text, and an anchor date (the
// dateline's date where the report has one, else the publication date).
// Out: accord.TimeExprs in text order, each with its byte span, the text as it
// stands, the time it names at the precision the text gives, the window it
// denotes and a modifier for deadlines and bounds. FindDateline reads the
// "ISLAMABAD, Sep 04 (APP):" that opens a report; FindIn looks at one
// sentence's tokens.
//
// Guarantees: spans lie inside the text, never overlap and come in text
// order; Value always has the form Precision implies (YYYY-MM-DD for day,
// YYYY-MM for week and month, YYYY for year, empty for unspecified); Start
// and End, when set, are YYYY-MM-DD with Start <= End; Anchor is the anchor
// as YYYY-MM-DD, or empty when none was given. Nothing panics on any input,
// and the stage is pure: no I/O, no package state. The cost is a switch on
// each token and a parse at the few that can start an expression.
//
// # Spans
//
// A span covers the whole expression with the word that governs it: "in
// October this year", "on Tuesday", "by the end of 2025", "since August
// 2023", "the first week of March", "Saturday (April 19)". A governing word
// of a possessive is left out ("in Friday's session" gives "Friday"). The
// dateline's own date and Dawn's "Published in Dawn, ..." trailer are not
// reported.
//
// # Resolving
//
//   - A date with no year takes the year that puts it nearest the anchor.
//     The nearest tense cue in the sentence (up to 12 tokens before, or up to
//     8 after within the clause) moves it: "will", "would", "is to", "should",
//     "scheduled", "expected", "agreed to hold", "adjourned ... till" to the
//     anchor's future; "was", "had", "said", "last", "ago", an -ed verb next
//     to it to the past. A date between a determiner and a noun ("the May 9
//     riots", "the October 7 attack") names an event and is taken as past.
//     Find gives such a date the year the report states for the same day and
//     month elsewhere ("May 9, 2023" ... "the May 9 riots").
//   - A weekday with no cue, or a past one, is the latest such day on or
//     before the anchor ("on Monday" in a Monday report is that day); with a
//     future cue it is the next one on or after the anchor, strictly after
//     when the sentence says "next".
//   - "by", "within" and "before" lean to the future when there is no cue,
//     "since" to the past; "until", "from" and plain words to the nearest.
//     "in two weeks" is a time only with a future cue ("will resume in two
//     weeks"), not in "killed in two days".
//
// # Windows and values
//
//   - Weeks run Monday to Sunday; a week's Value is the YYYY-MM of the
//     window's first day.
//   - Parts are fixed fractions. Of a month: early days 1-10, mid 11-20, late
//     and the end 21 to its last day, the first to fourth week days 1-7 ...
//     22-28, the last week its last seven days. Of a year: early
//     January-April, mid May-August, late September-December, the end
//     December, halves and quarters as named. Of a week: early
//     Monday-Tuesday, mid Wednesday-Thursday, late and the end
//     Friday-Sunday. Of a decade: early 0-3, mid 4-6, late 7-9.
//   - A year span "2025-26" is a July-June fiscal year when a word beside it
//     says so (fiscal, financial, budget, FY, PSDP), otherwise the two
//     calendar years; its Value is the first year. "FY26" and "FY2026" are
//     July 2025 to June 2026, as Pakistan names them. "the 1990s" has Value
//     1990 and the window 1990-1999.
//
// # Modifiers
//
//   - "by" ("by June", "within a month", "in the next two weeks", "before the
//     end of the month", "no later than"): Start is the anchor (none when the
//     deadline is already past), End the deadline, Value the deadline at its
//     own precision; "within" a number of days or weeks gives a day, of months
//     a month. "within 20 hours of the murder" is counted from another
//     happening, not the anchor: no time.
//   - "since", and "from X" with no end: Start is X, End the anchor (none when
//     X is later). "until", "till", "through": Start the anchor (none when X
//     is past), End the end of X. "before" a past time and "after": the open
//     window on that side. "around": X's window.
//   - Ranges ("from Sep 12-21", "between March 3 and 5", "26 September to 1
//     October", "from 2018 to 2022") have no Mod, the window of the whole
//     range and the Value of its start.
//
// # Vague times
//
// "soon", "shortly", "in the near future", "at an early date", "in due
// course", "at the earliest", "as soon as possible", "in (the) future" are
// Precision unspecified with no Value and no window. Vague periods are
// unspecified too but keep a window, and have no Mod: "in recent days",
// "weeks", "months", "years" end at the anchor and start 7 days, 21 days, 3
// months or 3 years before it; "in the coming days/weeks/months" and "in the
// next few days" start at the anchor and end as far after it ("within days"
// too, with Mod "by"); "over the past two years" is the two years up to the
// anchor; "a few days ago" is 7 to 2 days before it.
//
// With a zero anchor, expressions whose value needs it are unspecified with
// no window; the rest stand, and windows that would start or end at the
// anchor are left open.
package timex
