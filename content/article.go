// Package content reads curated articles: Markdown files with YAML front matter, as the
// content contract describes (shared/spec/content.md). It validates them, reports every
// problem of a folder at once as PATH:LINE: message, and turns each body into plain-text
// paragraphs for the index. The curated corpus that ships with minebot is embedded here.
package content

import (
	"fmt"
	"strings"
	"time"
)

// MaxFileSize is the largest article file accepted.
const MaxFileSize = 1 << 20

// Article is one validated article.
type Article struct {
	Path      string // slash-separated, relative to the content folder
	Title     string
	Source    string
	Publisher string
	Published time.Time
	Regions   []string
	Tags      []string
	Lang      string // "en" or "zh"
	Summary   string
	// Paragraphs is the body as plain text, one block (paragraph, heading, list item) each.
	Paragraphs []Paragraph

	sourceLine int // where the front matter says source, for duplicate reports
}

// Paragraph is one block of an article's body, as text without markup.
type Paragraph struct {
	Text    string
	Line    int  // 1-based line in the file where the block starts
	Heading bool // a heading rather than running text
}

// PublishedDate formats Published as YYYY-MM-DD.
func (a Article) PublishedDate() string { return a.Published.Format(time.DateOnly) }

// Problem is one thing wrong with one file.
type Problem struct {
	Path    string
	Line    int
	Message string
}

func (p Problem) String() string { return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Message) }

// Problems is every problem a load found. As an error it lists them one per line.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}
