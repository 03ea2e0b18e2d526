package bot

import (
	"regexp"
	"slices"
)

// A what-question may ask what something is called; the sentence that best matches it
// often names the thing only by what it is ("the inquiry"), and its article gives the
// name further on.

// nameWindow is how far below the best sentence one that gives a name a what-question
// asks for may score.
const nameWindow = 1.5

// asksName reports a what-question that asks what something is called: "what is the
// study called?", "what is the code name of …?", "what was the name of the upgrade?".
func asksName(q *question) bool {
	if q.kind != KindWhat || q.lang != "en" {
		return false
	}
	n := len(q.toks)
	return n > 0 && (q.toks[n-1] == "called" || q.toks[n-1] == "named") ||
		slices.Contains(q.toks, "name") || slices.Contains(q.toks, "title") || slices.Contains(q.toks, "titled")
}

// nameMarkRE finds where a text gives something's name: a quoted title, or the name
// after "called", "named", "dubbed", "known as" or "code-named".
var nameMarkRE = regexp.MustCompile(`["“][^"”]{3,}["”]|\b(?:called|named|dubbed|known as|code-named|codenamed|titled)\s+["“]?[A-Z]`)

// namesSomething reports a sentence that gives a name by a quoted title or a naming
// word.
func namesSomething(s *sentence) bool {
	return !s.han && nameMarkRE.MatchString(s.text)
}
