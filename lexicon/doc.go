// Package lexicon holds accord's dictionaries and finds their phrases in
// tokenized text.
//
// In: lexicon files (the embedded defaults under data/, and any a user adds)
// and tokens from package text. Out: matches of dictionary phrases at token
// positions, each with the entries it names.
//
// # File format
//
// A lexicon file is UTF-8 text with one entry a line. Blank lines and lines
// starting with # are ignored. An entry has up to five fields separated by |,
// with spaces around them trimmed; trailing fields may be left out:
//
//		kind | phrases | code | class | attributes
//
//		country   | Pakistan; Islamic Republic of Pakistan | PAK
//		demonym   | Pakistani                              | PAK
//		place     | Islamabad                              | PAK | -   | type=capital
//		org       | Islamabad police; ICT police           | PAK | COP
//		title     | interior minister                      | -   | GOV
//		event     | arrest; detain                         | 173 | COERCE | pos=verb
//
//	  - kind is one of the kinds listed in Kinds; a misspelt kind is an error.
//	  - phrases are one or more phrases separated by ;. Matching ignores case,
//	    except that a word written with a capital must be capitalised in the
//	    text, and a word written in capitals of two or more letters (an
//	    acronym: US, TTP) must be in capitals there, so "US" never matches "us".
//	  - code is a country code (ISO 3166-1 alpha-3, or UNO, EUR, NTO, IGO, ---),
//	    or for events a CAMEO code; "-" or empty for none.
//	  - class is a sector (GOV, MIL, COP, JUD, LEG, IGO, REB, PTY, ...), or for
//	    events a PLOVER type; "-" or empty for none.
//	  - attributes are key=value pairs separated by ;. A phrase of an entry with
//	    pos=verb is also matched in its inflected forms (agree, agrees, agreed,
//	    agreeing); irregular verbs are listed with kind verb and the attributes
//	    past= and participle=.
//
// The kinds, and the entries' meaning for each, are documented in
// docs/LEXICON.md.
package lexicon
