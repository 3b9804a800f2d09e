// Package actors finds the actors of a report: persons with their titles and
// countries, and the countries, bodies and groups that act in it, with every
// mention of each resolved within the report.
//
// In: the text's tokens and sentences (package text), the dictionaries
// (package lexicon) and the report's home country. Out: a Result holding the
// persons (accord.Person, each with all its mentions: full name, shorter
// names, "Mr Naqvi", role descriptions such as "the interior minister", and
// pronouns) and every actor mention in text order, each coded with a country
// and a sector, which the event coder reads its sources and targets from.
//
// Persons are found from every common pattern: a title before the name
// ("Interior Minister Mohsin Naqvi", "police chief Ali Nasir Rizvi"), an
// apposition ("Donald Blome, the US Ambassador in Islamabad"), a possessive
// ("Pakistan's Additional Foreign Secretary for the UN Syed Haider Shah"),
// abbreviations (PM, FM, COAS) and known given names. A person's country
// follows from the title, the possessive, the body they serve, a known-person
// entry, or else the report's home country.
package actors
