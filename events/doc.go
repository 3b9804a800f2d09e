// Package events codes the happenings a report tells of as PLOVER events with
// CAMEO codes.
//
// In: the tokens and sentences (package text), the dictionaries (package
// lexicon: event triggers and grammatical cues), the actors found by package
// actors, the time expressions found by package timex, and the report's
// anchor date and home country. Out: events, each with its type and CAMEO
// code, quad class and Goldstein value, source and target actors (country,
// sector, the person or body named), tense, date, place, the evidence
// sentence, the trigger, and the rule that produced it; and, for each
// promise or plan, the promised thing, which package commitments turns into
// commitments.
//
// The coder reads each sentence's triggers (verbs and nouns from the event
// dictionary) and, for each, finds the source to its left (the subject, or
// the agent of a passive) and the target to its right (the object, "talks
// with X", "a visit to X"), or both in "a meeting between X and Y". Promises
// and plans ("agreed to hold", "will visit", "is scheduled to") are AGREE
// events, as PLOVER codes them. Negated and hypothetical triggers are not
// coded. Mentions of one happening across sentences ("the meeting", "the two
// sides discussed") are folded into one event. docs/RULES.md describes the
// rules.
package events
