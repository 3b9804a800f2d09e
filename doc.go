// Package accord is the vocabulary of the accord event coder: the report that
// goes in (Document) and the record that comes out of coding it (Record), with
// the persons, events, commitments and mechanisms it holds.
//
// Data flows one way: a reader (package read) turns files into Documents; the
// stages composed by package pipeline turn a Document's text into annotations
// (package text: sentences and tokens; package lexicon: dictionary matches;
// package timex: time expressions; package actors: persons and other actors)
// and then into records (package events, commitments, mechanisms). Every
// annotation carries byte offsets into Document.Text as read, so each fact can
// be traced to the sentence that states it.
package accord
