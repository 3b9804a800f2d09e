// Package eval is accord's own referee: it holds a system's output against
// gold annotations and reports precision, recall and F1 per category, the
// figures of the reference referee ../shared/eval/score.py.
//
// What goes in: a gold file (ReadGold; the format of FORMAT.md, one annotated
// document a line) and a system's output, read from its JSON Lines
// (ReadSystem) or taken from the engine's records as they are (FromRecord).
// What comes out: a Result (Score) whose figures, written as JSON
// (MarshalJSON) or as text (WriteText), are those `score.py --json` and
// `score.py` print on the same files, key for key and line for line: the
// same greedy one-to-one matching, the same name normalisation, the same
// dates at the gold's precision, the same rounding. On request it also lists
// every miss and false positive with its evidence and sentence (Miss,
// WriteMisses) and counts gold type by system type among events whose actors
// match (Confusion, WriteConfusion).
//
// Where score.py would crash or reads a file in a way no annotator means
// (a gold "persons" that is a string, a system item that is not an object),
// the readers return an error naming the file, the line and the field
// instead.
package eval
