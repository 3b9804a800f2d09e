// Package text cuts a report's text into tokens and sentences.
//
// In: the text as read, any UTF-8 (invalid bytes are kept as one-byte symbol
// tokens, never a panic). Out: an Analysis holding tokens and sentences, each
// with byte offsets into that same text; nothing is copied out of it except
// each token's normalised form (Token.Norm), which folds case, strips soft
// hyphens and zero-width characters, and maps typographic quotes and dashes to
// ASCII, so that dictionaries match "Moh\u00adsin" and "Pakistan’s".
//
// Sentences end at a full stop, question or exclamation mark that is not part
// of an abbreviation (Mr., Dr., Lt. Gen., U.S., No. 5, initials), and at line
// ends that close a headline or a paragraph; a closing quote after the stop
// stays with its sentence.
package text
