package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end in a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "no": true, "vs": true, "etc": true,
	"pte": true, "pty": true, "bhd": true, "sdn": true, "rep": true, "sen": true, "gen": true,
	"col": true, "capt": true, "sgt": true, "lt": true, "mt": true, "ave": true,
	"e.g": true, "i.e": true, "approx": true, "est": true, "gov": true, "dept": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"u.s": true, "u.k": true, "u.n": true, "a.m": true, "p.m": true,
}

// Sentences splits text into sentences: after . ! ? followed by a space and a capital,
// digit or quote (not after an abbreviation, an initial or inside a number), and after
// Chinese 。！？ and ；.
func Sentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		end := -1
		switch r {
		case '。', '！', '？', '；':
			end = i + utf8.RuneLen(r)
		case '.', '!', '?':
			if endsSentence(text, i, r) {
				end = i + 1
			}
		}
		if end < 0 {
			continue
		}
		// keep closing quotes and brackets with the sentence they close
		for end < len(text) {
			c, size := utf8.DecodeRuneInString(text[end:])
			if !strings.ContainsRune(`"')]”’」』）`, c) {
				break
			}
			end += size
		}
		if s := strings.TrimSpace(text[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return mergeFragments(out)
}

func endsSentence(text string, i int, r rune) bool {
	rest := strings.TrimLeft(text[i+1:], `"')]”’`)
	if rest == "" {
		return true
	}
	next, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsSpace(next) {
		return false
	}
	rest = strings.TrimLeft(rest, " \t\n")
	if rest == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(rest)
	if !(unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune(`"'“‘(`, first) || first > unicode.MaxLatin1) {
		return false
	}
	if r != '.' {
		return true
	}
	word := lastWord(text[:i])
	if abbreviations[strings.ToLower(word)] {
		return false
	}
	// an initial such as "J. Smith", or initials such as "T.H. Chan"
	return !initials(word)
}

// initials reports a word of capital letters each followed by a full stop, the last
// one's stop being the one read: "J", "T.H", "J.R.R".
func initials(word string) bool {
	for _, part := range strings.Split(word, ".") {
		if utf8.RuneCountInString(part) != 1 || !unicode.IsUpper([]rune(part)[0]) {
			return false
		}
	}
	return true
}

func lastWord(s string) string {
	j := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' })
	return s[j+1:]
}

// mergeFragments joins pieces too short to stand alone ("1." of a numbered list) to the
// sentence that follows.
func mergeFragments(in []string) []string {
	var out []string
	carry := ""
	for _, s := range in {
		if carry != "" {
			s = carry + " " + s
			carry = ""
		}
		if utf8.RuneCountInString(s) < 4 {
			carry = s
			continue
		}
		out = append(out, s)
	}
	if carry != "" {
		if len(out) > 0 {
			out[len(out)-1] += " " + carry
		} else {
			out = append(out, carry)
		}
	}
	return out
}
