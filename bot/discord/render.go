package discord

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/minebot/minebot/bot"
)

// maxContent is Discord's limit on a message's content. We count bytes, which is never
// less than Discord's own count (characters), so a part that fits here fits there.
const maxContent = 2000

// Caps on citation fields, so that one source line always fits in one message and is
// never split: its link must stay whole.
const (
	maxTitle     = 200 // 400 bytes at most once escaped
	maxPublisher = 120
	maxURL       = 1000
)

// renderReply turns a core reply into message contents, each at most limit bytes.
// Silent replies render to nothing.
func renderReply(r bot.Reply, limit int) []string {
	switch {
	case r.Silent:
		return nil
	case r.Answer != nil:
		return pack(answerUnits(r.Answer), limit)
	case strings.TrimSpace(r.Text) != "":
		return pack(textUnits(r.Text), limit)
	default:
		return nil
	}
}

// unit is a piece of a message that is split further only when it alone is too long.
// sep goes between it and the unit before it when both land in the same message.
type unit struct {
	text string
	sep  string
}

// textUnits escapes plain text and cuts it into sentences, keeping its line breaks.
func textUnits(s string) []unit {
	return sentenceUnits(s, func(s string) string { return escapeMarkdown(s) })
}

// answerUnits renders an answer: its text (with [n] markers kept as they are) and then
// one line per citation, each a Markdown link with publisher and date.
func answerUnits(a *bot.Answer) []unit {
	known := make(map[string]bool, len(a.Citations))
	for _, c := range a.Citations {
		known[strconv.Itoa(c.N)] = true
	}
	units := sentenceUnits(a.Text, func(s string) string { return keepMarkers(escapeMarkdown(s), known) })
	for i, c := range a.Citations {
		u := unit{text: citationLine(c, a.Lang), sep: "\n"}
		if i == 0 {
			u.text = "**" + strings.TrimRight(bot.SourcesHeading(a.Lang), ":：") + "**\n" + u.text
			u.sep = "\n\n"
		}
		units = append(units, u)
	}
	if len(units) > 0 {
		units[0].sep = ""
	}
	return units
}

var escapedMarker = regexp.MustCompile(`\\\[(\d{1,3})\\\]`)

// keepMarkers turns escaped citation markers back into plain "[n]". A marker followed
// by "(" cannot become a link: that "(" is still escaped.
func keepMarkers(s string, known map[string]bool) string {
	return escapedMarker.ReplaceAllStringFunc(s, func(m string) string {
		n := escapedMarker.FindStringSubmatch(m)[1]
		if known[n] {
			return "[" + n + "]"
		}
		return m
	})
}

// citationLine renders "[n] [Title](url) — Publisher, 2021-06-18". Its fields are
// capped so that the line always fits in one message and its link is never split.
func citationLine(c bot.Citation, lang string) string {
	title := escapeMarkdown(truncateWords(oneLine(c.Title), maxTitle))
	if title == "" {
		title = "source"
	}
	line := fmt.Sprintf("[%d] ", c.N)
	if u, ok := linkTarget(c.URL); ok {
		line += "[" + title + "](" + u + ")"
	} else {
		line += title
	}
	var meta []string
	if p := truncateWords(oneLine(c.Publisher), maxPublisher); p != "" {
		meta = append(meta, escapeMarkdown(p))
	}
	if t := c.PublishedTime(); !t.IsZero() {
		meta = append(meta, bot.DateWords(t, lang))
	} else if c.Published != "" {
		meta = append(meta, escapeMarkdown(oneLine(c.Published)))
	}
	if len(meta) > 0 {
		line += " — " + strings.Join(meta, ", ")
	}
	return line
}

// linkTarget returns a URL safe to put inside "(...)" of a Markdown link: http or
// https only, with the characters that would end the link percent-encoded.
func linkTarget(raw string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	s := strings.NewReplacer("(", "%28", ")", "%29", "<", "%3C", ">", "%3E", " ", "%20", "`", "%60").Replace(u.String())
	if len(s) > maxURL {
		return "", false
	}
	return s, true
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// truncateWords shortens s to at most max bytes, cutting between words and adding "…".
func truncateWords(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(s[:cut], ' '); i > 0 {
		cut = i
	}
	return strings.TrimRight(s[:cut], " ") + "…"
}

// sentenceUnits cuts text into sentences (and keeps its paragraph and line breaks as
// separators), escaping each with esc.
func sentenceUnits(s string, esc func(string) string) []unit {
	s = strings.ReplaceAll(strings.TrimSpace(s), "\r\n", "\n")
	var units []unit
	breaks := 0
	for _, line := range strings.Split(s, "\n") {
		prev := ""
		for j, sentence := range sentences(strings.TrimSpace(line)) {
			sep := " "
			switch {
			case j == 0:
				sep = strings.Repeat("\n", min(breaks, 2))
			case strings.HasSuffix(prev, "。") || strings.HasSuffix(prev, "！") || strings.HasSuffix(prev, "？"):
				sep = "" // CJK sentences follow each other without a space
			}
			units = append(units, unit{text: esc(sentence), sep: sep})
			prev, breaks = sentence, 0
		}
		breaks++
	}
	if len(units) > 0 {
		units[0].sep = ""
	}
	return units
}

// sentences splits a line after ". ", "! ", "? " (and after the CJK full stops), so
// that each sentence keeps its closing punctuation and any [n] marker before it.
func sentences(line string) []string {
	var out []string
	start := 0
	for i, r := range line {
		if i < start {
			continue // inside a marker already taken
		}
		end := i + utf8.RuneLen(r)
		switch r {
		case '.', '!', '?':
			if end < len(line) && line[end] == ' ' {
				end += trailingMarker(line[end:])
				out = append(out, line[start:end])
				start = end + 1
			}
		case '。', '！', '？':
			if end < len(line) {
				out = append(out, line[start:end])
				start = end
			}
		}
	}
	if start < len(line) {
		out = append(out, line[start:])
	}
	return out
}

var leadingMarker = regexp.MustCompile(`^ \[\d{1,3}\](?: |$)`)

// trailingMarker returns how many bytes of rest (which starts with the space after a
// sentence) are a citation marker that belongs to that sentence: "… Xinjiang. [1] Before".
func trailingMarker(rest string) int {
	m := leadingMarker.FindString(rest)
	return len(strings.TrimRight(m, " "))
}

// pack fills messages greedily with units; a unit too long for one message (only a
// sentence can be) is cut between words, and only a word longer than a message inside.
func pack(units []unit, limit int) []string {
	var parts []string
	cur := ""
	for _, u := range units {
		if u.text == "" {
			continue
		}
		if cur != "" && len(cur)+len(u.sep)+len(u.text) <= limit {
			cur += u.sep + u.text
			continue
		}
		if cur != "" {
			parts = append(parts, cur)
			cur = ""
		}
		if len(u.text) <= limit {
			cur = u.text
			continue
		}
		pieces := splitWords(u.text, limit)
		parts = append(parts, pieces[:len(pieces)-1]...)
		cur = pieces[len(pieces)-1]
	}
	if cur != "" {
		parts = append(parts, cur)
	}
	return parts
}

// splitWords cuts an over-long sentence at spaces into pieces of at most limit bytes.
func splitWords(s string, limit int) []string {
	var parts []string
	cur := ""
	for _, w := range strings.Split(s, " ") {
		if cur != "" && len(cur)+1+len(w) <= limit {
			cur += " " + w
			continue
		}
		if cur != "" {
			parts = append(parts, cur)
		}
		for len(w) > limit {
			cut := hardCut(w, limit)
			parts = append(parts, w[:cut])
			w = w[cut:]
		}
		cur = w
	}
	return append(parts, cur)
}

// hardCut finds where to cut a word longer than limit: on a rune boundary and not
// between a backslash and the character it escapes.
func hardCut(w string, limit int) int {
	cut := limit
	for cut > 0 && !utf8.RuneStart(w[cut]) {
		cut--
	}
	slashes := 0
	for i := cut - 1; i >= 0 && w[i] == '\\'; i-- {
		slashes++
	}
	if slashes%2 == 1 {
		cut--
	}
	return cut
}

// escapeMarkdown makes text show literally in Discord: markup characters are
// backslash-escaped, "<" is escaped so no <@user>, <@&role>, <#channel> or <t:...>
// sequence forms, and @everyone/@here get a zero-width space after the "@".
// Line starts that would make a heading, a list or a quote are escaped too.
func escapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	lineStart := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		rest := s[i+size:]
		switch {
		case strings.ContainsRune("\\*_~`|>[]()<", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '@' && massMention(rest):
			b.WriteString("@\u200b")
		case lineStart && (r == '#' || r == '-' && strings.HasPrefix(rest, "#") || (r == '-' || r == '+') && strings.HasPrefix(rest, " ")):
			b.WriteByte('\\')
			b.WriteRune(r)
		case lineStart && unicode.IsDigit(r):
			j := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsDigit(r) })
			if j >= 0 && strings.HasPrefix(rest[j:], ". ") {
				b.WriteString(s[i : i+size+j])
				b.WriteString("\\.")
				i += size + j + 1
				lineStart = false
				continue
			}
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
		if r == '\n' {
			lineStart = true
		} else if !unicode.IsSpace(r) {
			lineStart = false
		}
		i += size
	}
	return b.String()
}

// massMention reports whether the text after an "@" starts with everyone or here.
func massMention(rest string) bool {
	lower := strings.ToLower(rest)
	return strings.HasPrefix(lower, "everyone") || strings.HasPrefix(lower, "here")
}
