// Package ledger joins the records of many reports into one record: the
// same person across reports, the same happening reported by several
// sources, the same dialogue under different names, and commitments followed
// through later reports.
//
// In: one report's accord.Record at a time, with its id, date and source, and
// a Lookup that answers questions about what is already stored (persons with
// a name key, events of a type between two countries in a date window, ...).
// Out: a Plan saying, for every person, event, mechanism, session and
// commitment of the report, which stored record it joins or that it starts a
// new one, plus the postponement and cancellation signals the report holds
// and the follow-up links between commitments and the happenings that fulfil,
// postpone or cancel them, in both directions (a fulfilling report stored
// before the promise still fulfils it). Status turns a commitment and its
// follow-ups into a status as of a date, with the evidence that set it.
//
// The package is pure: it reads through Lookup and writes nothing; the store
// applies the Plan in the transaction that stores the report. Identifiers it
// gives new records are stable keys derived from the report (report id and
// byte offsets into its text) or from normalised names, so that recoding the
// same reports in the same order gives the same identifiers, and corrections
// keyed on them survive. docs/STORE.md states the matching and follow-up
// rules in prose.
package ledger
