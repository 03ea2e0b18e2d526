package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// words cuts text into lower-case words; see wordsCased.
func words(text string) []string {
	ws := wordsCased(text)
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	return ws
}

// wordsCased cuts text into words, in their original case: letters and digits, keeping an inner
// apostrophe or full stop between two of them, and a hyphen or comma between two digits ("isn't", "u.s",
// "3.125", "1,000"). Chinese characters are left out: Chinese is matched as
// substrings.
func wordsCased(text string) []string { return firstWordsCased(text, -1) }

// firstWordsCased is wordsCased stopping once it has at least limit words (all of them
// when limit < 0).
func firstWordsCased(text string, limit int) []string {
	var out []string
	start := -1   // byte offset where the current word began, or -1
	var prev rune // the rune before i
	for i := 0; i <= len(text); {
		r, size := rune(-1), 0
		if i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r >= 0 && isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && r >= 0 && strings.ContainsRune("'’-.,", r) && joinsWord(r, prev, text[i+size:]):
		case start >= 0:
			out = appendWord(out, text[start:i])
			start = -1
			if limit >= 0 && len(out) >= limit {
				return out
			}
		}
		if r < 0 {
			break
		}
		prev = r
		i += size
	}
	return out
}

// isWordRune reports a letter, digit or per cent sign, Chinese characters excepted.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '%' || r == '_'
	}
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Han, r)
}

// joinsWord reports whether an apostrophe, full stop, hyphen or comma r, after the rune prev
// and before rest, stays inside a word: all of them between word runes, a hyphen or comma
// only between two digits.
func joinsWord(r, prev rune, rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !isWordRune(next) {
		return false
	}
	return r != ',' && r != '-' || unicode.IsDigit(prev) && unicode.IsDigit(next)
}

// firstWords is the first n words words gives for text (or more: see firstWordsCased).
func firstWords(text string, n int) []string { return lower(firstWordsCased(text, n)) }

// lastWordsCased is the last n words wordsCased gives for text (fewer when text has
// fewer), cutting only the tail of a long text. Words never span white space, so
// cutting at a space keeps the words after it as they were.
func lastWordsCased(text string, n int) []string {
	if n <= 0 {
		return nil
	}
	for spaces := 2 * n; ; spaces *= 2 {
		from := len(text)
		for seen := 0; from > 0 && seen < spaces; {
			from--
			if text[from] == ' ' || text[from] == '\n' || text[from] == '\t' {
				seen++
			}
		}
		ws := wordsCased(text[from:])
		if len(ws) >= n || from == 0 {
			return ws[max(len(ws)-n, 0):]
		}
	}
}

// appendWord adds a word as wordsCased gives it: a curly apostrophe made straight, a
// possessive 's dropped, a bill's short name written as one word cut in two ("SB3643" is
// "SB 3643").
func appendWord(out []string, w string) []string {
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'S")
	if n := billPrefix(w); n > 0 {
		return append(out, w[:n], w[n:])
	}
	return append(out, w)
}

// billPrefix is the length of a bill's chamber prefix when w is a bill's short name
// written as one word ("SB3643", "HB230", "LD307": two letters, then 2–5 digits), else 0.
func billPrefix(w string) int {
	if len(w) < 4 || len(w) > 7 || !isDigits(w[2:]) {
		return 0
	}
	switch strings.ToLower(w[:2]) {
	case "hb", "sb", "ab", "ld", "hf", "sf":
		return 2
	}
	return 0
}

// hasRun reports words that hold one of the phrases as a run of whole words:
// hasRun(words("it used to mine"), "used to") is true, "used to" in "unused tools" is not.
func hasRun(ws []string, phrases ...string) bool {
	t := " " + strings.Join(ws, " ") + " "
	for _, p := range phrases {
		if strings.Contains(t, " "+p+" ") {
			return true
		}
	}
	return false
}

// negated reports whether a word is a contraction with not ("isn't", "hadn't").
func negatedWord(w string) bool { return strings.HasSuffix(w, "n't") }

// hasHan reports whether s contains Chinese characters.
func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 && unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// isDigits reports a word of ASCII digits only.
func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// containsFolded reports whether text holds sub, a lower-case string, in any case:
// strings.Contains(strings.ToLower(text), sub) without lowering text when sub is ASCII.
func containsFolded(text, sub string) bool {
	for i := 0; i < len(sub); i++ {
		if sub[i] >= utf8.RuneSelf {
			return strings.Contains(strings.ToLower(text), sub)
		}
	}
	for i := 0; i+len(sub) <= len(text); i++ {
		j := 0
		for ; j < len(sub); j++ {
			c := text[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}
