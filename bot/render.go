package bot

import (
	"fmt"
	"strings"
	"time"
)

// PlainText renders an answer for a terminal: the answer, then its numbered sources.
func PlainText(a *Answer) string {
	var b strings.Builder
	b.WriteString(a.Text)
	b.WriteString("\n")
	if len(a.Citations) > 0 {
		b.WriteString("\n" + SourcesHeading(a.Lang) + "\n")
		for _, c := range a.Citations {
			fmt.Fprintf(&b, "[%d] %s\n    %s\n", c.N, CitationLine(c, a.Lang), c.URL)
		}
	}
	return b.String()
}

// SourcesHeading is the word for sources in the answer's language.
func SourcesHeading(lang string) string {
	if lang == "zh" {
		return "来源："
	}
	return "Sources:"
}

// CitationLine is a citation without its link: title, publisher, date in words.
func CitationLine(c Citation, lang string) string {
	parts := []string{c.Title}
	if c.Publisher != "" {
		parts = append(parts, c.Publisher)
	}
	if t := c.PublishedTime(); !t.IsZero() {
		parts = append(parts, DateWords(t, lang))
	}
	return strings.Join(parts, ", ")
}

// DateWords writes a date the way people read it: "18 June 2021", "2021年6月18日".
func DateWords(t time.Time, lang string) string {
	if lang == "zh" {
		return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
	}
	return t.Format("2 January 2006")
}
