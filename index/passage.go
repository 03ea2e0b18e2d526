package index

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/minebot/minebot/content"
)

// Article is what the index keeps about each article of a generation: everything a
// citation needs, without the body.
type Article struct {
	Path      string    `json:"path"`
	Title     string    `json:"title"`
	Source    string    `json:"source"`
	Publisher string    `json:"publisher,omitempty"`
	Published time.Time `json:"published"`
	Regions   []string  `json:"regions,omitempty"`
	Tags      []string  `json:"tags,omitempty"`
	Lang      string    `json:"lang"`
	Summary   string    `json:"summary,omitempty"`
	// Passages is how many passages the article was cut into (0 in an index built
	// before it was recorded).
	Passages int `json:"passages,omitempty"`
}

// Passage is one searchable piece of an article: a paragraph, or a window of a few
// sentences of a long one.
type Passage struct {
	ID      string
	Article *Article
	Text    string
	Line    int // file line where the passage's paragraph starts
}

// windowSentences is how many sentences a passage of a long paragraph holds; windows
// overlap by one sentence so a statement is never cut from its context.
const windowSentences = 3

// passages cuts an article into passages. Headings are not passages: they join the
// paragraph under them.
func passages(a *Article, paras []content.Paragraph) []Passage {
	var out []Passage
	heading := ""
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		if p.Heading {
			heading = p.Text
			continue
		}
		// A paragraph that leads into a list ("the states with the most mining
		// were:") keeps its items with it.
		for strings.HasSuffix(p.Text, ":") && i+1 < len(paras) && !paras[i+1].Heading && len(content.Sentences(p.Text)) <= windowSentences {
			i++
			p.Text += " " + paras[i].Text
		}
		for _, text := range windows(p.Text) {
			if heading != "" {
				text = heading + ". " + text
			}
			out = append(out, Passage{ID: passageID(a.Path, len(out)), Article: a, Text: text, Line: p.Line})
		}
		heading = ""
	}
	return out
}

func windows(text string) []string {
	sentences := content.Sentences(text)
	if len(sentences) <= windowSentences+1 {
		return []string{text}
	}
	var out []string
	for i := 0; ; i += windowSentences - 1 {
		end := min(i+windowSentences, len(sentences))
		out = append(out, strings.Join(sentences[i:end], " "))
		if end == len(sentences) {
			return out
		}
	}
}

// hasHan reports whether s contains Chinese characters.
func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

func articleOf(a content.Article) *Article {
	return &Article{
		Path: a.Path, Title: a.Title, Source: a.Source, Publisher: a.Publisher, Published: a.Published,
		Regions: a.Regions, Tags: a.Tags, Lang: a.Lang, Summary: a.Summary,
	}
}

// document is what bleve indexes for a passage.
func document(p Passage) map[string]any {
	a := p.Article
	doc := map[string]any{
		fieldPublished: a.Published,
		fieldLine:      float64(p.Line),
	}
	// Chinese text is cut into bigrams; English text is stemmed. A passage of an English
	// article that quotes a Chinese name gets both.
	han := hasHan(p.Text)
	if han {
		doc[fieldTextZH] = p.Text
	}
	if !han || a.Lang != "zh" {
		doc[fieldText] = p.Text
	}
	if hasHan(a.Title) {
		doc[fieldTitleZH] = a.Title
	} else {
		doc[fieldTitle] = a.Title
	}
	if len(a.Regions) > 0 {
		regions := make([]string, len(a.Regions))
		for i, r := range a.Regions {
			regions[i] = strings.ToLower(r)
		}
		doc[fieldRegions] = regions
	}
	if len(a.Tags) > 0 {
		doc[fieldTags] = a.Tags
	}
	return doc
}

// passageID is the id of an article's i-th passage: "path#i".
func passageID(path string, i int) string {
	return fmt.Sprintf("%s#%d", path, i)
}
