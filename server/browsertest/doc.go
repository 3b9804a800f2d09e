// Package browsertest drives the web interface in a real headless Chromium
// (Debian's chromium, through the chromedp module) against a server
// holding the example reports: every page opens, links lead from the
// overview to a pair, a person, a dialogue, a commitment and a report, the
// report's spans are highlighted and selectable, a report is added with the
// token and refused without it, and a report full of markup runs nothing.
//
// The tests skip, saying why, when no Chromium is installed. With
// -update-screenshots they write a screenshot of each page to
// docs/screenshots/:
//
//	go test ./server/browsertest/ -update-screenshots
package browsertest
