package bot

import (
	"context"
	"strings"

	"github.com/minebot/minebot/index"
)

// Engine answers questions from the serving generation of an index.
type Engine struct {
	store *index.Store
}

// NewEngine returns an engine that answers from store.
func NewEngine(store *index.Store) *Engine { return &Engine{store: store} }

// Answer composes a dated, cited answer to question, or an abstention. The error is
// internal (the index failed); callers log it and tell the user something plain.
func (e *Engine) Answer(ctx context.Context, question string) (*Answer, error) {
	q := strings.TrimSpace(question)
	hits, err := e.store.Search(ctx, index.Query{Text: q, Size: 5})
	if err != nil {
		return nil, err
	}
	a := &Answer{Question: question, Kind: KindOther, Lang: "en", Citations: []Citation{}}
	if len(hits) == 0 {
		a.Abstained = true
		a.Text = "I don't have a source for that."
		return a, nil
	}
	h := hits[0]
	a.Text = h.Text + " [1]"
	a.AsOf = h.Article.Published.Format("2006-01-02")
	a.Citations = []Citation{{N: 1, Title: h.Article.Title, URL: h.Article.Source, Publisher: h.Article.Publisher,
		Published: a.AsOf, File: h.Article.Path, Quote: h.Text}}
	return a, nil
}
