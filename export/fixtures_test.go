package export

import "github.com/accord-events/accord"

// ev cuts evidence for text at start, as a coder would.
func ev(start int, text string) accord.Evidence {
	return accord.Evidence{Span: accord.Span{Start: start, End: start + len(text)}, Text: text}
}

func span(start, end int) *accord.Span { return &accord.Span{Start: start, End: end} }

// testRecords are the records the golden files are made from: a meeting of
// two persons, an agreement that carries a commitment and a mechanism
// session, an arrest with awkward text and actors, a report with no events,
// and a malformed event.
func testRecords() []accord.Record {
	lead := "ISLAMABAD: Interior Minister Tariq Mehmood met British High Commissioner Jane Marriott in Islamabad on Monday."
	monday := &accord.TimeExpr{Span: accord.Span{Start: 100, End: 109}, Text: "on Monday", Value: "2025-03-03",
		Start: "2025-03-03", End: "2025-03-03", Precision: accord.Day, Anchor: "2025-03-04"}
	meeting := accord.Record{
		ID: "r1-meeting", Date: "2025-03-04", DatelinePlace: "ISLAMABAD", Country: "PAK",
		Title: "Mehmood, Marriott discuss cooperation", URL: "https://example.org/news/r1?a=1&b=2", Source: "Example Daily",
		Persons: []accord.Person{
			{ID: "p1", Name: "Tariq Mehmood", Title: "Interior Minister", Country: "PAK", Sector: "GOV", Aliases: []string{"Mr Mehmood"},
				Mentions: []accord.Mention{{Span: accord.Span{Start: 11, End: 42}, Text: "Interior Minister Tariq Mehmood", Kind: accord.MentionName}}},
			{ID: "p2", Name: "Jane Marriott", Title: "British High Commissioner", Country: "GBR", Sector: "GOV", Aliases: []string{},
				Mentions: []accord.Mention{{Span: accord.Span{Start: 47, End: 86}, Text: "British High Commissioner Jane Marriott", Kind: accord.MentionName}}},
		},
		Actors: []accord.Actor{},
		Events: []accord.Event{{
			ID: "e1", Type: "CONSULT", Cameo: "040", CameoLabel: "Consult, not specified below", QuadClass: 1, Goldstein: 1,
			Source:    accord.Actor{Country: "PAK", Agent: "GOV", Name: "Tariq Mehmood", Person: "p1", Span: span(11, 42)},
			Target:    accord.Actor{Country: "GBR", Agent: "GOV", Name: "Jane Marriott", Person: "p2", Span: span(47, 86)},
			Symmetric: true, Tense: accord.Past, Date: "2025-03-03", Time: monday, Place: "Islamabad",
			Evidence: ev(0, lead), Trigger: ev(43, "met"), Rule: `verb "met" -> CONSULT 040 (events.lex line 42)`,
			Mentions: []accord.Evidence{ev(113, "During the meeting, Mr Mehmood briefed the high commissioner.")},
		}, {
			ID: "e2", Type: "SUPPORT", Cameo: "051", CameoLabel: "Praise or endorse", QuadClass: 1, Goldstein: 3.4,
			Source: accord.Actor{Country: "GBR", Agent: "GOV", Name: "Jane Marriott", Person: "p2", Span: span(176, 185)},
			Target: accord.Actor{Country: "PAK", Agent: "GOV", Name: "Pakistan", Span: span(198, 206)},
			Tense:  accord.Past, Evidence: ev(176, "The envoy appreciated Pakistan's efforts."), Trigger: ev(186, "appreciated"),
			Rule: `verb "appreciated" -> SUPPORT 051 (events.lex line 66)`,
		}},
		Commitments: []accord.Commitment{}, Mechanisms: []accord.Mechanism{},
		Times: []accord.TimeExpr{*monday}, Quotes: []accord.Quote{},
		Topics: []string{"diplomacy", "counterterrorism", "sport"},
	}

	june := &accord.TimeExpr{Span: accord.Span{Start: 113, End: 123}, Text: "on June 16", Value: "2025-06-16",
		Start: "2025-06-16", End: "2025-06-16", Precision: accord.Day, Anchor: "2025-05-12"}
	agreeText := "KABUL: Pakistan and Afghanistan agreed to hold the next round of their Joint Coordination Committee in Islamabad on June 16."
	agreement := accord.Record{
		ID: "r2-agreement", Date: "2025-05-12", DatelinePlace: "KABUL", Country: "AFG",
		Persons: []accord.Person{}, Actors: []accord.Actor{},
		Events: []accord.Event{{
			ID: "e1", Type: "AGREE", Mode: "", Cameo: "036", CameoLabel: "Express intent to meet or negotiate", QuadClass: 1, Goldstein: 4,
			Source:    accord.Actor{Country: "PAK", Agent: "GOV", Name: "Pakistan", Span: span(7, 15)},
			Target:    accord.Actor{Country: "AFG", Agent: "GOV", Name: "Afghanistan", Span: span(20, 31)},
			Symmetric: true, Tense: accord.Past, Place: "Islamabad",
			Evidence: ev(0, agreeText), Trigger: ev(32, "agreed to"), Rule: `verb "agreed to" -> AGREE 030; promised "hold"`,
			Mechanism: "m1",
		}, {
			ID: "e2", Type: "CONSULT", Mode: "multilateral", Cameo: "046", CameoLabel: "Engage in negotiation", QuadClass: 1, Goldstein: 7,
			Source:    accord.Actor{Country: "PAK", Agent: "GOV", Name: "Pakistan", Span: span(7, 15)},
			Target:    accord.Actor{Country: "AFG", Agent: "GOV", Name: "Afghanistan", Span: span(20, 31)},
			Symmetric: true, Tense: accord.Future, Date: "2025-06-16", Time: june, Place: "Islamabad",
			Evidence: ev(0, agreeText), Trigger: ev(42, "hold"), Rule: `promised "hold" -> CONSULT 046`,
		}},
		Commitments: []accord.Commitment{{
			ID: "c1", What: "hold the next round of their Joint Coordination Committee in Islamabad on June 16",
			Parties: []string{"PAK", "AFG"}, Due: june, Status: accord.Pending, Event: "e1", Mechanism: "m1",
			Evidence: ev(0, agreeText), Rule: "agreed to + hold",
		}},
		Mechanisms: []accord.Mechanism{{ID: "m1", Name: "Joint Coordination Committee", Kind: "committee",
			Aliases: []string{"JCC"}, Parties: []string{"PAK", "AFG"}, Mentions: []accord.Mention{}}},
		Times: []accord.TimeExpr{*june}, Quotes: []accord.Quote{},
		Topics: []string{"trade", "disasters and climate", "elections"},
	}

	// Awkward text: a tab, a line break, quotes, commas, non-ASCII and a
	// leading "=" and "-" that a spreadsheet would take for formulas.
	arrestText := "PESHAWAR: Police arrested \"two\"\tsuspects, Zöe and Émile,\nnear the Torkham border."
	arrest := accord.Record{
		ID: "r3-arrest", Date: "2025-02-18", Title: "Two held at Torkham", Source: "Wire, Inc.", Country: "PAK",
		Persons: []accord.Person{}, Actors: []accord.Actor{},
		Events: []accord.Event{{
			ID: "e1", Type: "COERCE", Mode: "arrest", Cameo: "173", CameoLabel: "Arrest, detain", QuadClass: 4, Goldstein: -5,
			Source: accord.Actor{Country: "PAK", Agent: "COP", Name: "Police", Span: span(10, 16)},
			Target: accord.Actor{Country: "PAK"},
			Tense:  accord.Past, Date: "2025-02", Place: "Torkham, Khyber",
			Evidence: ev(0, arrestText), Trigger: ev(17, "arrested"), Rule: "=SUM(A1) -> COERCE 173",
		}, {
			ID: "e2", Type: "ACCUSE", Cameo: "111", CameoLabel: "Criticize or denounce", QuadClass: 3, Goldstein: -2,
			Source: accord.Actor{Country: "UNO", Agent: "IGO", Name: "UN Security Council"},
			Target: accord.Actor{Country: "TLS", Agent: "JRN", Name: "-state media"},
			Tense:  accord.Past, Date: "2026", Evidence: ev(90, "-The UN Security Council criticised the state media."),
			Trigger: ev(115, "criticised"), Rule: "verb criticised",
		}, {
			ID: "e3", Type: "REQUEST", Cameo: "020", QuadClass: 0, Goldstein: 3,
			Source: accord.Actor{Country: "NTO", Agent: "MIL", Name: "NATO forces"},
			Target: accord.Actor{Country: accord.NoCountry, Agent: "MED", Name: "doctors"},
			Tense:  accord.Ongoing, Evidence: ev(150, "NATO forces urged doctors to stay."), Trigger: ev(162, "urged"), Rule: "verb urged",
		}},
		Commitments: []accord.Commitment{}, Mechanisms: []accord.Mechanism{}, Times: []accord.TimeExpr{}, Quotes: []accord.Quote{},
		Topics: []string{},
	}

	quiet := accord.Record{
		ID: "r4-quiet", Date: "2025-07-07", Country: "PAK",
		Persons: []accord.Person{}, Actors: []accord.Actor{}, Events: []accord.Event{}, Commitments: []accord.Commitment{},
		Mechanisms: []accord.Mechanism{}, Times: []accord.TimeExpr{}, Quotes: []accord.Quote{}, Topics: []string{"sport"},
	}

	// A malformed event, as a hand-edited file could hold: no type, a
	// one-digit code, no actors, no date anywhere, a person id that is not
	// in the record.
	odd := accord.Record{
		ID: "r5-odd",
		Events: []accord.Event{{
			ID: "e1", Cameo: "4", QuadClass: 9,
			Source:   accord.Actor{Country: accord.NoCountry, Person: "p9"},
			Target:   accord.Actor{},
			Evidence: accord.Evidence{Span: accord.Span{Start: 5, End: 2}, Text: "x"},
		}},
	}
	return []accord.Record{meeting, agreement, arrest, quiet, odd}
}

// testRows are the rows of testRecords.
func testRows() []Row {
	var rows []Row
	for _, rec := range testRecords() {
		rows = append(rows, RowsFromRecord(rec)...)
	}
	return rows
}
