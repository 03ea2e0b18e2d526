package bot

import (
	"regexp"
	"strings"
	"unicode"
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
func wordsCased(text string) []string {
	var out []string
	rs := []rune(text)
	start := -1
	isWord := func(r rune) bool {
		return (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%') && !unicode.Is(unicode.Han, r)
	}
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && isWord(rs[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if i < len(rs) && start >= 0 && strings.ContainsRune("'’-.,", rs[i]) && i+1 < len(rs) && isWord(rs[i+1]) &&
			(rs[i] != ',' && rs[i] != '-' || unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1])) {
			continue
		}
		if start >= 0 {
			w := strings.ReplaceAll(string(rs[start:i]), "’", "'")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'S")
			if m := billNumber.FindStringSubmatch(w); m != nil {
				out = append(out, m[1], m[2]) // "SB3643" is "SB 3643"
			} else {
				out = append(out, w)
			}
			start = -1
		}
	}
	return out
}

// billNumber is a bill's short name written as one word: "SB3643", "HB230", "LD307".
var billNumber = regexp.MustCompile(`^((?i:hb|sb|ab|ld|hf|sf))(\d{2,5})$`)

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
