package telegram

import (
	"html"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/minebot/minebot/bot"
)

// maxMessageUTF16 is Telegram's limit for one message, in UTF-16 code units. We hold
// the raw HTML to it, tags included, which is stricter than Telegram (it counts the
// text after parsing) and so always safe.
const maxMessageUTF16 = 4096

// Caps that keep one citation line far below the message limit.
const (
	maxTitleRunes     = 200
	maxPublisherRunes = 120
	maxLinkBytes      = 2048
)

// block is a piece of HTML that is never split: a chunk of plain text, escaped, or a
// whole citation line. sep goes before it when it follows another block in the same
// message.
type block struct {
	html string
	sep  string
}

// renderReply turns a reply into the HTML messages to send, in order, and says
// whether link previews may stay on (only when an answer has a single source).
func renderReply(r bot.Reply) (parts []string, preview bool) {
	switch {
	case r.Silent:
		return nil, false
	case r.Answer != nil:
		return pack(answerBlocks(r.Answer, r.Answer.Text), maxMessageUTF16), len(r.Answer.Citations) == 1
	case strings.TrimSpace(r.Text) != "":
		return pack(textBlocks(r.Text, "\n\n"), maxMessageUTF16), false
	}
	return nil, false
}

// answerBlocks renders an answer with the given text: the text with its [n] markers,
// then a "Sources" list of numbered citation links.
func answerBlocks(a *bot.Answer, text string) []block {
	blocks := textBlocks(text, "\n\n")
	for i, c := range a.Citations {
		line := citationHTML(c)
		if i == 0 {
			line = "<b>" + sourcesHeading(a.Lang) + "</b>\n" + line
			blocks = append(blocks, block{html: line, sep: "\n\n"})
			continue
		}
		blocks = append(blocks, block{html: line, sep: "\n"})
	}
	return blocks
}

func sourcesHeading(lang string) string {
	if lang == "zh" {
		return "来源"
	}
	return "Sources"
}

// citationHTML is one line of the sources list: [n] title (a link), publisher, date.
func citationHTML(c bot.Citation) string {
	var b strings.Builder
	b.WriteString("[" + strconv.Itoa(c.N) + "] ")
	title := escapeText(clip(strings.TrimSpace(c.Title), maxTitleRunes))
	if title == "" {
		title = escapeText(c.URL)
	}
	if linkable(c.URL) {
		b.WriteString(`<a href="` + html.EscapeString(c.URL) + `">` + title + "</a>")
	} else {
		b.WriteString(title)
	}
	var meta []string
	if p := strings.TrimSpace(c.Publisher); p != "" {
		meta = append(meta, escapeText(clip(p, maxPublisherRunes)))
	}
	if d := strings.TrimSpace(c.Published); d != "" {
		meta = append(meta, escapeText(clip(d, 20)))
	}
	if len(meta) > 0 {
		b.WriteString(" — " + strings.Join(meta, ", "))
	}
	return b.String()
}

// linkable reports whether Telegram will accept u as a link target.
func linkable(u string) bool {
	if u == "" || len(u) > maxLinkBytes {
		return false
	}
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != ""
}

// clip shortens s to n runes, ending with an ellipsis if it was longer.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// textBlocks escapes plain text into blocks: one per paragraph, or several for a
// paragraph too long for one message. first is the separator before the first block.
func textBlocks(text, first string) []block {
	text = strings.ToValidUTF8(strings.ReplaceAll(text, "\r\n", "\n"), "\uFFFD")
	var blocks []block
	for _, para := range strings.Split(text, "\n\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		for i, chunk := range splitPlain(para, maxMessageUTF16) {
			sep := " "
			if i == 0 {
				sep = first
			}
			blocks = append(blocks, block{html: escapeText(chunk), sep: sep})
		}
	}
	return blocks
}

// pack joins blocks into messages of at most limit UTF-16 units. Each block must fit
// on its own, which textBlocks and citationHTML ensure.
func pack(blocks []block, limit int) []string {
	var parts []string
	var cur strings.Builder
	n := 0
	for _, b := range blocks {
		size := utf16Len(b.html)
		if cur.Len() > 0 && n+utf16Len(b.sep)+size <= limit {
			cur.WriteString(b.sep)
			cur.WriteString(b.html)
			n += utf16Len(b.sep) + size
			continue
		}
		if cur.Len() > 0 {
			parts = append(parts, cur.String())
			cur.Reset()
		}
		cur.WriteString(b.html)
		n = size
	}
	if cur.Len() > 0 {
		parts = append(parts, cur.String())
	}
	return parts
}

// escapeText makes plain text safe for Telegram's HTML parse mode: <, >, &, and quotes
// become entities, and an @ that starts a username gets an invisible word joiner so
// it cannot mention (and notify) anyone.
func escapeText(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		b.WriteString(escapeRune(r, next(rs, i)))
	}
	return b.String()
}

func next(rs []rune, i int) rune {
	if i+1 < len(rs) {
		return rs[i+1]
	}
	return 0
}

const wordJoiner = "\u2060"

func escapeRune(r, next rune) string {
	switch r {
	case '<':
		return "&lt;"
	case '>':
		return "&gt;"
	case '&':
		return "&amp;"
	case '"':
		return "&quot;"
	case '@':
		if next == '_' || next < unicode.MaxASCII && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
			return "@" + wordJoiner
		}
	}
	return string(r)
}

// utf16Len is the length of s in UTF-16 code units, as Telegram counts.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += max(utf16.RuneLen(r), 1)
	}
	return n
}

// Break strengths between two runes of a paragraph.
const (
	breakNone     = iota
	breakGrapheme // between characters, but not inside an emoji sequence or before a combining mark
	breakWord     // after whitespace
	breakSentence // after the end of a sentence (and its [n] markers)
)

// splitPlain cuts a paragraph into chunks whose escaped form fits in limit UTF-16
// units, preferring sentence ends, then spaces, and splitting inside a word only
// when one word alone is too long.
func splitPlain(p string, limit int) []string {
	rs := []rune(p)
	cost := make([]int, len(rs))
	total := 0
	for i, r := range rs {
		cost[i] = utf16Len(escapeRune(r, next(rs, i)))
		total += cost[i]
	}
	if total <= limit {
		return []string{p}
	}
	breaks := breakPoints(rs)
	var chunks []string
	for start := 0; start < len(rs); {
		end, n := start, 0
		for end < len(rs) && n+cost[end] <= limit {
			n += cost[end]
			end++
		}
		if end < len(rs) {
			end = bestBreak(breaks, start, end)
		}
		if c := strings.TrimSpace(string(rs[start:end])); c != "" {
			chunks = append(chunks, c)
		}
		start = end
	}
	return chunks
}

// bestBreak is the strongest (then latest) break in (start, end]; end itself if none.
func bestBreak(breaks []int, start, end int) int {
	best, at := breakNone, end
	for i := end; i > start; i-- {
		if breaks[i] > best {
			best, at = breaks[i], i
		}
	}
	return at
}

// breakPoints gives, for each position i (a cut before rs[i]), how good a place to
// cut it is.
func breakPoints(rs []rune) []int {
	b := make([]int, len(rs)+1)
	b[len(rs)] = breakSentence
	for i := 1; i < len(rs); i++ {
		switch {
		case unicode.IsSpace(rs[i-1]) && !unicode.IsSpace(rs[i]):
			b[i] = breakWord
		case joinsPrevious(rs[i]) || rs[i-1] == '\u200d':
			b[i] = breakNone
		default:
			b[i] = breakGrapheme
		}
	}
	for i, r := range rs {
		if !strings.ContainsRune(".!?…。！？", r) {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune(`)]"'”’」』`, rs[j]) {
			j++
		}
		j = skipMarkers(rs, j)
		wide := r >= 0x3000 // CJK full stops need no space after them
		k := j
		for k < len(rs) && unicode.IsSpace(rs[k]) {
			k++
		}
		if k < len(rs) && (wide || k > j) {
			b[k] = breakSentence
		}
	}
	return b
}

// skipMarkers steps over citation markers like " [2][3]" after a sentence end.
func skipMarkers(rs []rune, j int) int {
	for {
		k := j
		for k < len(rs) && rs[k] == ' ' {
			k++
		}
		if k >= len(rs) || rs[k] != '[' {
			return j
		}
		m := k + 1
		for m < len(rs) && rs[m] >= '0' && rs[m] <= '9' {
			m++
		}
		if m == k+1 || m >= len(rs) || rs[m] != ']' {
			return j
		}
		j = m + 1
	}
}

// joinsPrevious reports runes that belong to the character before them.
func joinsPrevious(r rune) bool {
	return r == '\u200d' || r == '\ufe0e' || r == '\ufe0f' ||
		r >= 0x1f3fb && r <= 0x1f3ff || r >= 0xe0020 && r <= 0xe007f ||
		unicode.Is(unicode.M, r)
}
