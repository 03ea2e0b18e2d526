package index

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Query is a search for passages. User text only ever reaches bleve through match
// queries, never a query-string query, so query syntax in a question is just text.
type Query struct {
	// Text is matched against the passages' English and Chinese text.
	Text string
	// Title is matched against the titles of the passages' articles.
	Title string
	// Terms are extra words (canonical place names, translated keywords) matched
	// against the text with a lower weight than Text.
	Terms []string
	// Regions boost passages of articles that list one of them in their regions.
	Regions []string
	// AllWords finds only the passages whose text matches every word of Text.
	AllWords bool
	// Size is how many hits to return (default 20).
	Size int
	// WithoutText leaves Passage.Text and Line empty: a caller that keeps what it read
	// of each passage saves loading stored text (see Store.Texts).
	WithoutText bool
	// Within, when set, finds only passages of the articles with these paths.
	Within []string
}

// Hit is one passage found, best first.
type Hit struct {
	Passage
	Score      float64
	Generation int // the index generation it was found in
}

// Search finds the passages that best match q in the serving generation.
func (s *Store) Search(ctx context.Context, q Query) ([]Hit, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.gen == nil {
		return nil, ErrNotReady
	}
	bq := buildQuery(q)
	if bq == nil {
		return nil, nil
	}
	if len(q.Within) > 0 {
		bq = bleve.NewConjunctionQuery(bq, bleve.NewDocIDQuery(s.gen.passageIDs(q.Within)))
	}
	size := q.Size
	if size <= 0 {
		size = 20
	}
	// Fetch a few more than asked and cut after ordering equal scores by id, so hits
	// tied at the cut are chosen the same way whatever order segments were built in.
	req := bleve.NewSearchRequestOptions(bq, size+16, 0, false)
	if fts := s.gen.synonymMap(ctx); fts != nil {
		// bleve would otherwise look every word of the query up in the thesaurus
		req.PreSearchData = map[string]any{search.SynonymPreSearchDataKey: fts}
	}
	if !q.WithoutText {
		req.Fields = []string{fieldText, fieldTextZH, fieldLine}
	}
	res, err := s.alias.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	hits := s.gen.hits(res)
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].ID < hits[j].ID
	})
	return hits[:min(size, len(hits))], nil
}

// passageIDs are the ids of the passages of the articles with the given paths
// (path#0, path#1, …). For an article of an index that did not record how many
// passages it has, ids up to maxPassagesGuess are given; ids no passage has match
// nothing.
func (g *generation) passageIDs(paths []string) []string {
	var ids []string
	for _, p := range paths {
		n := maxPassagesGuess
		if a := g.articles[p]; a != nil && a.Passages > 0 {
			n = a.Passages
		}
		for i := range n {
			ids = append(ids, passageID(p, i))
		}
	}
	return ids
}

// maxPassagesGuess bounds the passages looked for in an article whose count is not
// recorded: an article of 1 MiB, the largest a curator may write, in passages of a
// few sentences.
const maxPassagesGuess = 4096

// Texts loads the text of passages found without it. It returns ErrNotReady when the
// generation they were found in no longer serves.
func (s *Store) Texts(ctx context.Context, generation int, ids []string) (map[string]Hit, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.gen == nil || s.gen.number != generation {
		return nil, ErrNotReady
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{fieldText, fieldTextZH, fieldLine}
	res, err := s.gen.index.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("load passages: %w", err)
	}
	out := make(map[string]Hit, len(ids))
	for _, h := range s.gen.hits(res) {
		out[h.ID] = h
	}
	return out, nil
}

// hits turns bleve's hits into passages of this generation.
func (g *generation) hits(res *bleve.SearchResult) []Hit {
	hits := make([]Hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		art := g.articles[h.ID[:max(strings.LastIndexByte(h.ID, '#'), 0)]] // ids are path#n

		if art == nil {
			continue
		}
		text, _ := h.Fields[fieldText].(string)
		if zh, ok := h.Fields[fieldTextZH].(string); ok && (text == "" || art.Lang == "zh") {
			text = zh
		}
		line, _ := h.Fields[fieldLine].(float64)
		hits = append(hits, Hit{Passage: Passage{ID: h.ID, Article: art, Text: text, Line: int(line)}, Score: h.Score, Generation: g.number})
	}
	return hits
}

// synonymMap is what bleve's query.ExtractSynonyms finds for a query, for every word
// the thesauri of the text and title fields hold: a search given it skips that look-up,
// which reads the thesaurus afresh for every word of every question. It is nil when
// the index has no synonyms or they cannot be read (bleve then looks them up itself).
func (g *generation) synonymMap(ctx context.Context) search.FieldTermSynonymMap {
	g.synonymsOnce.Do(func() {
		sm, ok := g.index.Mapping().(mapping.SynonymMapping)
		if !ok || sm.SynonymCount() == 0 {
			return
		}
		adv, err := g.index.Advanced()
		if err != nil {
			return
		}
		r, err := adv.Reader()
		if err != nil {
			return
		}
		defer r.Close()
		tr, ok := r.(bindex.ThesaurusReader)
		if !ok {
			return
		}
		// read once for every search to come: a question cancelled meanwhile must not
		// leave the generation without it
		ctx = context.WithoutCancel(ctx)
		fts := search.FieldTermSynonymMap{}
		bySource := map[string]map[string][]string{} // the fields share one thesaurus
		for _, field := range []string{fieldText, fieldTitle} {
			src := sm.SynonymSourceForPath(field)
			if src == "" {
				continue
			}
			terms, ok := bySource[src]
			if !ok {
				if terms, err = thesaurus(ctx, tr, src); err != nil {
					return
				}
				bySource[src] = terms
			}
			if len(terms) > 0 {
				fts[field] = terms
			}
		}
		if len(fts) > 0 {
			g.synonyms = fts
		}
	})
	return g.synonyms
}

// thesaurus reads every word of a thesaurus with its synonyms.
func thesaurus(ctx context.Context, tr bindex.ThesaurusReader, src string) (map[string][]string, error) {
	keys, err := tr.ThesaurusKeys(src)
	if err != nil {
		return nil, err
	}
	defer keys.Close()
	out := map[string][]string{}
	for {
		k, err := keys.Next()
		if err != nil {
			return nil, err
		}
		if k == nil {
			return out, nil
		}
		syns, err := synonymsOf(ctx, tr, src, k.Term)
		if err != nil {
			return nil, err
		}
		if len(syns) > 0 {
			out[k.Term] = syns
		}
	}
}

func synonymsOf(ctx context.Context, tr bindex.ThesaurusReader, src, term string) ([]string, error) {
	r, err := tr.ThesaurusTermReader(ctx, src, []byte(term))
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var out []string
	for {
		syn, err := r.Next()
		if err != nil || syn == "" {
			return out, err
		}
		out = append(out, syn)
	}
}

func buildQuery(q Query) query.Query {
	var should []query.Query
	match := func(text, field string, boost float64, all bool) {
		if strings.TrimSpace(text) == "" {
			return
		}
		m := bleve.NewMatchQuery(text)
		m.SetField(field)
		m.SetBoost(boost)
		if all {
			m.SetOperator(query.MatchQueryOperatorAnd)
		}
		should = append(should, m)
	}
	match(q.Text, fieldText, 1, q.AllWords)
	if hasHan(q.Text) {
		match(q.Text, fieldTextZH, 1, q.AllWords)
	}
	match(q.Title, fieldTitle, 0.5, false)
	if hasHan(q.Title) {
		match(q.Title, fieldTitleZH, 0.5, false)
	}
	for _, t := range q.Terms {
		match(t, fieldText, 0.6, false)
		if hasHan(t) {
			match(t, fieldTextZH, 0.6, false)
		}
	}
	for _, r := range q.Regions {
		if r = strings.ToLower(strings.TrimSpace(r)); r != "" {
			t := bleve.NewTermQuery(r)
			t.SetField(fieldRegions)
			t.SetBoost(0.8)
			should = append(should, t)
		}
	}
	if len(should) == 0 {
		return nil
	}
	return bleve.NewDisjunctionQuery(should...)
}

// EachPassage calls fn with every passage of the serving generation.
func (s *Store) EachPassage(ctx context.Context, fn func(Hit)) error {
	s.mu.RLock()
	gen := s.gen
	s.mu.RUnlock()
	if gen == nil {
		return ErrNotReady
	}
	const page = 1000
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), page, from, false)
		req.Fields = []string{fieldText, fieldTextZH, fieldLine}
		req.SortBy([]string{"_id"})
		s.mu.RLock()
		if s.gen != gen {
			s.mu.RUnlock()
			return nil // a new generation came in; its engine state starts afresh
		}
		res, err := gen.index.SearchInContext(ctx, req)
		var hits []Hit
		if err == nil {
			hits = gen.hits(res)
		}
		s.mu.RUnlock()
		if err != nil {
			return fmt.Errorf("read passages: %w", err)
		}
		for _, h := range hits {
			fn(h)
		}
		if len(res.Hits) < page {
			return nil
		}
	}
}
