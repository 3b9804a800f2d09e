package timex

import "time"

// The word tables are switches rather than maps: they cost no allocation,
// hold no package state, and the compiler turns them into binary searches.

// monthOf returns the month a name or abbreviation stands for, and whether
// it is an abbreviation (which never stands alone: "Jan 5" but not "in Jan").
func monthOf(w string) (m int, abbr bool) {
	switch w {
	case "january":
		return 1, false
	case "february":
		return 2, false
	case "march":
		return 3, false
	case "april":
		return 4, false
	case "may":
		return 5, false
	case "june":
		return 6, false
	case "july":
		return 7, false
	case "august":
		return 8, false
	case "september":
		return 9, false
	case "october":
		return 10, false
	case "november":
		return 11, false
	case "december":
		return 12, false
	case "jan":
		return 1, true
	case "feb":
		return 2, true
	case "mar":
		return 3, true
	case "apr":
		return 4, true
	case "jun":
		return 6, true
	case "jul":
		return 7, true
	case "aug":
		return 8, true
	case "sep", "sept":
		return 9, true
	case "oct":
		return 10, true
	case "nov":
		return 11, true
	case "dec":
		return 12, true
	}
	return 0, false
}

func weekdayOf(w string) (time.Weekday, bool) {
	switch w {
	case "sunday":
		return time.Sunday, true
	case "monday":
		return time.Monday, true
	case "tuesday":
		return time.Tuesday, true
	case "wednesday":
		return time.Wednesday, true
	case "thursday":
		return time.Thursday, true
	case "friday":
		return time.Friday, true
	case "saturday":
		return time.Saturday, true
	}
	return 0, false
}

// unit of a duration.
type unit uint8

const (
	noUnit unit = iota
	uHour
	uDay
	uWeek
	uFortnight
	uMonth
	uYear
	uDecade
)

func unitOf(w string) (u unit, plural bool) {
	switch w {
	case "hour":
		return uHour, false
	case "hours":
		return uHour, true
	case "day":
		return uDay, false
	case "days":
		return uDay, true
	case "week":
		return uWeek, false
	case "weeks":
		return uWeek, true
	case "fortnight":
		return uFortnight, false
	case "fortnights":
		return uFortnight, true
	case "month":
		return uMonth, false
	case "months":
		return uMonth, true
	case "year":
		return uYear, false
	case "years":
		return uYear, true
	case "decade":
		return uDecade, false
	case "decades":
		return uDecade, true
	}
	return noUnit, false
}

// numberWord is a count written as a word.
func numberWord(w string) int {
	switch w {
	case "a", "an", "one":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve":
		return 12
	case "fifteen":
		return 15
	case "eighteen":
		return 18
	case "twenty":
		return 20
	case "thirty":
		return 30
	case "forty":
		return 40
	case "fifty":
		return 50
	case "sixty":
		return 60
	case "ninety":
		return 90
	}
	return 0
}

// vagueCount words stand for "a few" units.
func vagueCount(w string) bool {
	switch w {
	case "few", "several", "some", "many":
		return true
	}
	return false
}

func dayPart(w string) bool {
	switch w {
	case "morning", "afternoon", "evening", "night", "midnight", "noon":
		return true
	}
	return false
}

// ordinalPart maps "first" ... "last" before "week/half/quarter of".
func ordinalPart(w, of string) part {
	switch of {
	case "week":
		switch w {
		case "first":
			return week1
		case "second":
			return week2
		case "third":
			return week3
		case "fourth":
			return week4
		case "last", "final":
			return weekLast
		}
	case "half":
		switch w {
		case "first":
			return half1
		case "second", "last":
			return half2
		}
	case "quarter":
		switch w {
		case "first":
			return q1
		case "second":
			return q2
		case "third":
			return q3
		case "fourth", "last", "final":
			return q4
		}
	}
	return whole
}

// edgePart maps the words of "the end of", "early", "mid-" to a part.
func edgePart(w string) part {
	switch w {
	case "end":
		return ending
	case "beginning", "start", "early", "outset":
		return early
	case "middle", "mid":
		return mid
	case "late":
		return late
	}
	return whole
}

// What a word can do at the start of a time expression.
const (
	noStart = iota
	lead    // governs one ("in", "by", "the", "a"): worth trying only before a time word or number
	begin   // begins one ("May", "today", "soon", "last")
	pair    // begins one only before a given word ("as of", "up to", "in due course")
)

// The words that starts classifies, for the filter below and its test.
const (
	leadWords = "in on at by since until till til untill before after within during from between " +
		"for over throughout through around circa no not starting effective late early later " +
		"earlier the a an one two three four five six seven eight nine ten eleven twelve fifteen " +
		"eighteen twenty thirty forty fifty sixty ninety few several some many past coming"
	beginWords = "mid this last next end beginning start middle today tonight yesterday tomorrow " +
		"recent soon shortly future near days weeks months years hours published couple current " +
		"january february march april may june july august september october november december " +
		"jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday " +
		"friday saturday sunday"
	pairWords = "prior up ahead as with due fy"
)

// startBits is a 1024-bit set of the buckets (see bucket) that the words
// above fall in; most other words fall outside it and skip the switch.
// TestStartBits checks it and prints a new one when the words change.
const startBits = "\x42\x02\x00\x04\x10\x41\x00\x00\x10\x08\x80\x00\x00\x00\x00\x01\x00\x20\x00\x00\xc0\x10\x0a\x00\x00\x00\x00\xa0\x04\x80\xa0\x00\x80\x08\x80\x08\x43\x02\x08\x80\x00\x00\x92\x44\x00\x22\x00\x00\x84\x40\x01\x30\x08\x00\x11\x00\x81\x00\x20\x08\x00\x04\x00\xa2\x00\x01\x00\x90\x00\x00\x80\x40\x00\x40\x00\x00\x00\x00\x00\x00\x00\x82\x46\x00\x04\x01\x00\x02\x80\x4c\x20\x00\x00\x01\x20\x04\x00\x10\x10\x00\x42\x20\x18\x80\x00\x00\xa0\x00\x11\xa0\x00\x60\x00\x09\x02\x00\x04\x02\x44\x08\x08\x11\x00\x34\x02\x00\x00\x00"

func bucket(w string) int {
	n := len(w)
	return (n*16 + int(w[0])*72 + int(w[n-1])*53 + int(w[n/2])*97) & 1023
}

// starts classifies a word. Words outside startBits' buckets stop at once;
// the rest switch on their first letter, then on the few words that begin
// with it.
func starts(w string) uint8 {
	if len(w) > 10 || w == "" {
		return noStart
	}
	if b := bucket(w); startBits[b>>3]&(1<<(b&7)) == 0 {
		if len(w) >= 4 && w[0] == 'f' && w[1] == 'y' && w[2] >= '0' && w[2] <= '9' {
			return begin // FY25, FY2025
		}
		return noStart
	}
	switch w[0] {
	case 'a':
		switch w {
		case "a", "after", "an", "around", "at":
			return lead
		case "apr", "april", "aug", "august":
			return begin
		case "ahead", "as":
			return pair
		}
	case 'b':
		switch w {
		case "before", "between", "by":
			return lead
		case "beginning":
			return begin
		}
	case 'c':
		switch w {
		case "circa", "coming":
			return lead
		case "couple", "current":
			return begin
		}
	case 'd':
		switch w {
		case "during":
			return lead
		case "days", "dec", "december":
			return begin
		case "due":
			return pair
		}
	case 'e':
		switch w {
		case "earlier", "early", "effective", "eight", "eighteen", "eleven":
			return lead
		case "end":
			return begin
		}
	case 'f':
		switch w {
		case "few", "fifteen", "fifty", "five", "for", "forty", "four", "from":
			return lead
		case "feb", "february", "friday", "future":
			return begin
		case "fy":
			return pair
		}
		if len(w) >= 4 && w[1] == 'y' && w[2] >= '0' && w[2] <= '9' {
			return begin
		}
	case 'h':
		switch w {
		case "hours":
			return begin
		}
	case 'i':
		switch w {
		case "in":
			return lead
		}
	case 'j':
		switch w {
		case "jan", "january", "jul", "july", "jun", "june":
			return begin
		}
	case 'l':
		switch w {
		case "late", "later":
			return lead
		case "last":
			return begin
		}
	case 'm':
		switch w {
		case "many":
			return lead
		case "mar", "march", "may", "mid", "middle", "monday", "months":
			return begin
		}
	case 'n':
		switch w {
		case "nine", "ninety", "no", "not":
			return lead
		case "near", "next", "nov", "november":
			return begin
		}
	case 'o':
		switch w {
		case "on", "one", "over":
			return lead
		case "oct", "october":
			return begin
		}
	case 'p':
		switch w {
		case "past":
			return lead
		case "published":
			return begin
		case "prior":
			return pair
		}
	case 'r':
		switch w {
		case "recent":
			return begin
		}
	case 's':
		switch w {
		case "seven", "several", "since", "six", "sixty", "some", "starting":
			return lead
		case "saturday", "sep", "sept", "september", "shortly", "soon", "start", "sunday":
			return begin
		}
	case 't':
		switch w {
		case "ten", "the", "thirty", "three", "through", "throughout", "til", "till", "twelve", "twenty", "two":
			return lead
		case "this", "thursday", "today", "tomorrow", "tonight", "tuesday":
			return begin
		}
	case 'u':
		switch w {
		case "until", "untill":
			return lead
		case "up":
			return pair
		}
	case 'w':
		switch w {
		case "within":
			return lead
		case "wednesday", "weeks":
			return begin
		case "with":
			return pair
		}
	case 'y':
		switch w {
		case "years", "yesterday":
			return begin
		}
	}
	return noStart
}

// pairs reports whether w, a pair word, is followed by its partner.
func pairs(w, next string) bool {
	switch w {
	case "prior", "up":
		return next == "to" || next == "until" || next == "till"
	case "ahead", "as":
		return next == "of" || next == "soon" && w == "as"
	case "with":
		return next == "effect"
	case "due":
		return next == "course"
	case "fy":
		return next != "" && next[0] >= '0' && next[0] <= '9'
	}
	return false
}

// followsLead reports whether a word after a governing word may carry the
// expression on: "the [end of]", "a [day ago]", "in [the first week]".
func followsLead(w string) bool {
	if u, _ := unitOf(w); u != noUnit {
		return true
	}
	switch w {
	case "first", "second", "third", "fourth", "final", "day", "weekend", "earliest", "outset",
		"than", "fiscal", "financial", "date":
		return true
	}
	return false
}
