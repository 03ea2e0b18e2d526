package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/minebot/minebot/index"
)

// Engine answers questions from the serving generation of an index: it reads the
// question (kind, places, what is asked), retrieves passages, finds the sentences that
// state the answer, decides a verdict from the newest of them, and cites them.
type Engine struct {
	// Debug, when set, receives how each question was read and the best sentences.
	Debug io.Writer

	store  *index.Store
	lx     *lexicon
	budget int // passages a search of a large corpus may find, see budgeted

	mu    sync.Mutex
	state *engineState
}

// engineState is what the engine derives from one index generation.
type engineState struct {
	generation int
	places     *gazetteer
	synonyms   map[string][]string // stem → stems of the same group
	covered    []string            // the places the articles are about, for abstentions
	regions    map[string][]*place // article path → the places it lists
	toChinese  map[string][]string // English stem → Chinese words it translates
	chinese    bool                // some article is in Chinese
	// titleNames are the capitalised words of five letters or more in the articles'
	// titles, by their lower case: the names a typo is mended to (see fixNames)
	titleNames map[string]string

	facts  sync.Map // passage id → []*facts, see passageFacts
	titles sync.Map // article path → *articleWords
	cached atomic.Int64
	freqs  [3]sync.Map // by index.Field: term → passages that hold it, see freqsIn
}

// docFreqs looks up how many passages hold each stem.
func (st *engineState) docFreqs(ctx context.Context, store *index.Store, stems []string) (map[string]int, int, error) {
	return st.freqsIn(ctx, store, stems, index.InText)
}

// freqsIn looks up how many passages hold each term in a field, remembering the
// answers for the generation (at most maxCachedPassages terms).
func (st *engineState) freqsIn(ctx context.Context, store *index.Store, stems []string, in index.Field) (map[string]int, int, error) {
	cache := &st.freqs[in]
	out := make(map[string]int, len(stems))
	var missing []string
	for _, s := range stems {
		if v, ok := cache.Load(s); ok {
			out[s] = v.(int)
		} else {
			missing = append(missing, s)
		}
	}
	total := store.Info().Passages
	if len(missing) == 0 {
		return out, total, nil
	}
	got, total, err := store.FreqsIn(ctx, in, missing)
	if err != nil {
		return nil, 0, err
	}
	for s, n := range got {
		out[s] = n
		if st.cached.Load() < maxCachedPassages {
			cache.Store(s, n)
			st.cached.Add(1)
		}
	}
	return out, total, nil
}

// reach is, for each stem, how many passages a search by it matches at most: the
// passages that hold it or one of its synonyms (bleve searches a word by its synonyms
// too, so a rare word with a common synonym is a common search).
func (st *engineState) reach(ctx context.Context, store *index.Store, stems []string, in index.Field) (map[string]int, int, error) {
	all := slices.Clone(stems)
	for _, s := range stems {
		all = append(all, st.synonyms[s]...)
	}
	freqs, total, err := st.freqsIn(ctx, store, all, in)
	if err != nil {
		return nil, 0, err
	}
	out := make(map[string]int, len(stems))
	for _, s := range stems {
		n := freqs[s]
		for i, syn := range st.synonyms[s] {
			if syn != s && !slices.Contains(st.synonyms[s][:i], syn) {
				n += freqs[syn]
			}
		}
		out[s] = n
	}
	return out, total, nil
}

// regionsOf returns the places an article lists in its regions.
func (st *engineState) regionsOf(a *index.Article) []*place { return st.regions[a.Path] }

// NewEngine returns an engine that answers from store.
func NewEngine(store *index.Store) *Engine {
	return &Engine{store: store, lx: mustLexicon(), budget: searchBudget}
}

// current returns the state for the serving generation, building it after a reindex:
// the regions the articles list join the gazetteer, so a curator's new place is known.
func (e *Engine) current() *engineState {
	gen := e.store.Info().Generation
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.state != nil && e.state.generation == gen {
		return e.state
	}
	arts := e.store.Articles()
	regions := make([][]string, len(arts))
	count := map[string]int{}
	chinese := false
	for i, a := range arts {
		chinese = chinese || a.Lang == "zh"
		regions[i] = a.Regions
		for _, r := range a.Regions {
			count[r]++
		}
	}
	st := &engineState{generation: gen, places: newGazetteer(regions, []byte(e.store.Places())), synonyms: map[string][]string{},
		regions: map[string][]*place{}, toChinese: map[string][]string{}, chinese: chinese}
	st.titleNames = map[string]string{}
	for _, a := range arts {
		for _, w := range latinWord.FindAllString(a.Title, -1) {
			if len(w) >= 5 && isCapitalised(w) {
				st.titleNames[strings.ToLower(w)] = w
			}
		}
	}
	for zh, ens := range e.lx.Translations {
		for _, en := range ens {
			// a phrase ("data centre", "take effect") by its last word
			if stems := index.Analyze(en); len(stems) > 0 {
				last := stems[len(stems)-1]
				if !contains(st.toChinese[last], zh) {
					st.toChinese[last] = append(st.toChinese[last], zh)
				}
			}
		}
	}
	for _, a := range arts {
		var ms []mention // each region as a mention at its own position
		for i, r := range a.Regions {
			ps := st.places.lookup(r)
			if hasHan(r) {
				if p := st.places.findZH(r); p != nil {
					ps = []*place{p}
				}
			}
			for _, p := range ps {
				ms = append(ms, mention{place: p, pos: i})
			}
		}
		for _, m := range disambiguate(ms) { // [Georgia, Svaneti]: the country
			st.regions[a.Path] = append(st.regions[a.Path], m.place)
		}
	}
	for _, group := range e.store.Synonyms() {
		var stems []string
		for _, w := range group {
			stems = append(stems, index.Analyze(w)...)
		}
		for _, s := range stems {
			st.synonyms[s] = append(st.synonyms[s], stems...)
		}
	}
	for r := range count {
		st.covered = append(st.covered, r)
	}
	sort.Slice(st.covered, func(i, j int) bool {
		ci, cj := count[st.covered[i]], count[st.covered[j]]
		return ci > cj || ci == cj && st.covered[i] < st.covered[j]
	})
	e.state = st
	return st
}

// Prepare readies the engine for the serving generation before the first question:
// it builds the gazetteer and, with warm, reads every passage of a corpus of up to
// maxCachedPassages passages, so no question pays for that. Serving calls it after
// each reindex (ReindexerConfig.Ready); a one-off ask does not need it.
func (e *Engine) Prepare(ctx context.Context, warm bool) error {
	st := e.current()
	if !warm || e.store.Info().Passages > maxCachedPassages {
		return nil
	}
	return e.store.EachPassage(ctx, func(h index.Hit) { st.passageFacts(e, h) })
}

// Answer composes a dated, cited answer to question, or an abstention. The error is
// internal (the index failed); callers log it and tell the user something plain.
func (e *Engine) Answer(ctx context.Context, question string) (*Answer, error) {
	a, err := e.answer(ctx, question)
	for try := 0; try < maxRereads && errors.Is(err, index.ErrNotReady) && e.store.Info().Ready && ctx.Err() == nil; try++ {
		// a reindex swapped generations while the question was read (it may search
		// twice, in English and in Chinese): read it again
		a, err = e.answer(ctx, question)
	}
	return a, err
}

// maxRereads is how many times a question is read again when reindexes keep swapping
// generations under it. The first answer from a new generation derives the engine's
// state for it, so under load a few swaps in a row can each catch a reading; three
// were once too few in a test that reindexes five times while four clients ask.
const maxRereads = 10

func (e *Engine) answer(ctx context.Context, question string) (*Answer, error) {
	st := e.current()
	known := func(w string) bool { return e.lx.filler[w] }
	q := analyze(question, e.lx, st.places, known)
	if mended := e.fixNames(ctx, q, st); mended != q.full {
		q = analyze(mended, e.lx, st.places, known) // "ClenSpark" asked as CleanSpark
	}
	ans := &Answer{Question: question, Kind: q.kind, Lang: q.lang, Citations: []Citation{}}
	if len(q.toks) == 0 && !hasHan(q.text) {
		return e.abstain(ans, st, "Ask me a question about crypto mining, for example: Is Sichuan banned?"), nil
	}
	// a typo beside a known name: "Chealn County, Washington"
	for _, p := range e.fuzzyPlaces(ctx, q, st) {
		if !containsPlace(q.places, p) {
			q.places = append(q.places, p)
		}
	}
	if q.kind == KindYesNo && len(q.names) > 0 {
		freqs, _, err := st.docFreqs(ctx, e.store, q.names)
		if err != nil {
			return nil, err
		}
		for _, n := range q.names {
			if freqs[n] == 0 {
				q.unknownNames = append(q.unknownNames, n)
			}
		}
	}
	iq, err := e.query(ctx, q, st)
	if err != nil {
		return nil, err
	}
	fresh := *ans
	hits, err := e.store.Search(ctx, iq)
	if err != nil {
		return nil, err
	}
	a, cover, err := e.readAndCompose(ctx, ans, q, st, hits)
	if err != nil || !a.Abstained && cover >= weakCover && !undated(a) || q.lang != "en" || !st.chinese {
		return a, err
	}
	// Nothing in English, or only a weak match: the answer may be in a Chinese source.
	// Searched only now, so an English source that answers well is never outranked by
	// a translation's looser match. Only the Chinese words and the places are searched
	// again: Chinese passages match nothing else of an English question, and scores
	// are weighed within each language, so the English passages found first keep
	// their places beside them. Half as many are taken: a few Chinese passages that
	// match well are what a weak English reading lacks.
	zh := e.chineseTerms(q, st)
	if len(zh) == 0 {
		return a, nil
	}
	more, err := e.store.Search(ctx, index.Query{Terms: []string{strings.Join(zh, " ")}, Regions: iq.Regions, Size: iq.Size / 2, WithoutText: true})
	if err != nil {
		return nil, err
	}
	b, zhCover, err := e.readAndCompose(ctx, &fresh, q, st, unionHits(hits, more))
	if err != nil || b.Abstained || !a.Abstained && zhCover < cover+weakGain && !(undated(a) && !undated(b)) {
		return a, err
	}
	return b, nil
}

// figureLookup finds, for a question being answered, which of a few articles give a
// figure or a date anywhere in their text, with one search restricted to them per form
// of the figure, remembering what it found.
type figureLookup struct {
	ctx   context.Context
	store *index.Store
	found map[string]map[string]bool // form → article path → gives it
	err   error
}

// gives reports which of the articles with the given paths hold every word of form.
func (l *figureLookup) gives(form string, paths []string) map[string]bool {
	if l.found == nil {
		l.found = map[string]map[string]bool{}
	}
	got := l.found[form]
	var ask []string
	for _, p := range paths {
		if _, ok := got[p]; !ok {
			ask = append(ask, p)
		}
	}
	if len(ask) == 0 || l.err != nil {
		return got
	}
	if got == nil {
		got = map[string]bool{}
		l.found[form] = got
	}
	for _, p := range ask {
		got[p] = false
	}
	hits, err := l.store.Search(l.ctx, index.Query{Text: form, AllWords: true, Within: ask, Size: figureLookupSize, WithoutText: true})
	if err != nil {
		l.err = err
		for _, p := range ask {
			got[p] = true // unknown: nothing is said against the answer
		}
		return got
	}
	for _, h := range hits {
		got[h.Article.Path] = true
	}
	return got
}

// figureLookupSize is how many passages of the articles looked in are returned: one
// that gives the figure is enough for each article.
const figureLookupSize = 200

// unionHits is first followed by the hits of more that first lacks.
func unionHits(first, more []index.Hit) []index.Hit {
	out := slices.Clip(first)
	for _, h := range more {
		if !slices.ContainsFunc(first, func(f index.Hit) bool { return f.ID == h.ID }) {
			out = append(out, h)
		}
	}
	return out
}

// undated reports a when-answer that found no date for the event, only when it was
// reported.
func undated(a *Answer) bool {
	return a.Kind == KindWhen && !a.Abstained && strings.HasPrefix(a.Text, "Reported on ")
}

// A match in English weaker than weakCover is also looked for in Chinese, and the
// Chinese reading wins when it covers weakGain more of the question.
const (
	weakCover = 0.4
	weakGain  = 0.15
)

// readAndCompose reads the passages found and composes their answer; it also reports
// how much of the question the best sentence found covers.
func (e *Engine) readAndCompose(ctx context.Context, ans *Answer, q *question, st *engineState, hits []index.Hit) (*Answer, float64, error) {
	r, err := e.read(ctx, q, st, hits)
	if err != nil {
		return nil, 0, err
	}
	if e.Debug != nil {
		e.debug(q, r)
	}
	cover := 0.0
	if len(r.sentences) > 0 {
		cover = r.sentences[0].framed
	}
	r.figures = &figureLookup{ctx: ctx, store: e.store}
	return e.compose(ans, q, st, r), cover, nil
}

// chineseTerms are the Chinese words the lexicon gives for an English question's
// words and the Chinese names of its places.
func (e *Engine) chineseTerms(q *question, st *engineState) []string {
	var zh []string
	for _, t := range q.terms {
		for _, stem := range index.Analyze(t) {
			zh = append(zh, st.toChinese[stem]...)
		}
	}
	// the names it asks about, which Chinese sources write in Latin letters too
	// ("开发者 Matt Corallo 提出了 BetterHash")
	for i, w := range q.cased {
		if i < len(q.toks) && slices.Contains(q.names, stemAll(q.toks[i : i+1])[0]) {
			zh = append(zh, w)
		}
	}
	if len(zh) == 0 {
		return nil
	}
	for _, p := range append(q.places, q.context...) {
		zh = append(zh, p.zh...)
	}
	return zh
}

// debug prints how the engine read a question, for tuning.
func (e *Engine) debug(q *question, r *reading) {
	fmt.Fprintf(e.Debug, "kind=%s lang=%s restrict=%v permit=%v status=%v terms=%v places=", q.kind, q.lang, q.restrict, q.permit, e.isStatusQuestion(q), q.terms)
	for _, p := range q.places {
		fmt.Fprintf(e.Debug, "%s(%s) ", p.Name, p.Type)
	}
	fmt.Fprintf(e.Debug, "names=%v\n", q.names)
	for i, s := range r.sentences {
		if i >= 12 {
			break
		}
		fmt.Fprintf(e.Debug, "%5.2f cov=%.2f rel=%d art=%d stance=%d/%d %s %s: %.110s\n", s.score, s.cover, s.rel, s.artRel, s.stance, s.stanceRel, s.when.Format("2006-01-02"), s.article.Path, s.text)
	}
}

// fuzzyPlaces looks for a place name typed with one letter wrong, among the words the
// corpus does not know.
// latinWord is a word in Latin letters, also inside Chinese text ("ClenSpark完成收购").
var latinWord = regexp.MustCompile(`[A-Za-z][A-Za-z0-9'’-]*`)

// fixNames mends a one-letter typo in a name a question asks about: a capitalised word
// of five letters or more that no passage holds, one edit from just one name the
// articles' titles give ("ClenSpark" → CleanSpark), or, failing that, a word of six
// letters or more that names no place, one edit from just one term of the texts
// ("Harvrd" → Harvard). It returns the question mended.
func (e *Engine) fixNames(ctx context.Context, q *question, st *engineState) string {
	var typed []string
	var stems []string
	for _, w := range latinWord.FindAllString(q.full, -1) {
		if len(w) >= 5 && isCapitalised(w) && st.titleNames[strings.ToLower(w)] == "" && !e.lx.filler[strings.ToLower(w)] {
			typed = append(typed, w)
			stems = append(stems, index.Analyze(w)...)
		}
	}
	if len(typed) == 0 {
		return q.full
	}
	freqs, _, err := st.docFreqs(ctx, e.store, stems)
	if err != nil {
		return q.full
	}
	mended := q.full
	for _, w := range typed {
		if ss := index.Analyze(w); len(ss) == 0 || !slices.ContainsFunc(ss, func(s string) bool { return freqs[s] == 0 }) {
			continue // a word the corpus holds, or a stop word ("Where"), is no typo; a
			// hyphened one is if a part of it is unknown ("Paraire-Bueno")
		}
		var fix []string
		for low, name := range st.titleNames {
			if editDistanceAtMostOne(strings.ToLower(w), low) {
				fix = append(fix, name)
			}
		}
		if len(fix) == 0 {
			// a name the titles do not give may be one the texts do: the index's one
			// term one edit away ("Harvrd" → harvard)
			if ss := index.Analyze(w); len(w) >= 6 && len(ss) == 1 && len(st.places.lookup(w)) == 0 && len(st.places.findFuzzy([]string{w}, func(string) bool { return false })) == 0 {
				if near, err := e.store.Near(ctx, ss[0]); err == nil && len(near) == 1 {
					fix = []string{strings.ToUpper(near[0][:1]) + near[0][1:]}
				}
			}
		}
		if len(fix) == 1 {
			mended = strings.ReplaceAll(mended, w, fix[0])
		}
	}
	return mended
}

func (e *Engine) fuzzyPlaces(ctx context.Context, q *question, st *engineState) []*place {
	var candidates []string
	for _, w := range words(q.full) {
		if len([]rune(w)) >= 4 && !e.lx.filler[w] { // a four-letter word may be a typo of a longer name ("Egyt")
			candidates = append(candidates, index.Analyze(w)...)
		}
	}
	freqs, _, err := st.docFreqs(ctx, e.store, candidates)
	if err != nil {
		return nil
	}
	known := func(w string) bool {
		if e.lx.filler[w] || e.lx.Restrict.has([]string{w}, "") || e.lx.Permit.has([]string{w}, "") || len(e.lx.oppositesByWord[w]) > 0 {
			return true // "banning" is no typo of Nanning, nor "raise" of Baise
		}
		terms := index.Analyze(w)
		if len(terms) == 0 {
			return true // a stop word the analyser drops ("while" is no typo of Chile)
		}
		for _, s := range terms {
			if freqs[s] > 0 || len(st.synonyms[s]) > 0 {
				return true
			}
		}
		return false
	}
	var out []*place
	cased := wordsCased(q.full)
	search := cased
	if slices.ContainsFunc(cased[min(1, len(cased)):], isCapitalised) {
		// a question that writes names with capitals writes a place so too: its
		// lower-case words are no typos of one ("multi-bundle" is not Mulei), but
		// for the rest of a name ("Buncomb county")
		search = slices.Clone(cased)
		for i, w := range cased {
			if i > 0 && !isCapitalised(w) && !isCapitalised(cased[i-1]) {
				search[i] = ""
			}
		}
	}
	for _, m := range st.places.findFuzzy(search, known) {
		if !containsPlace(out, m.place) {
			out = append(out, m.place)
		}
		for _, w := range cased[m.pos : m.pos+m.n] {
			q.dropTerm(strings.ToLower(w)) // the place's words, as for a name typed right
		}
	}
	return preferCovered(out, st)
}

// preferCovered keeps, among places of the same name or spelling, those the articles
// cover, if any are.
func preferCovered(ps []*place, st *engineState) []*place {
	var covered []*place
	for _, p := range ps {
		for _, r := range st.covered {
			if rs := st.places.lookup(r); len(rs) > 0 && (containsPlace(rs, p) || p.contains(rs[0])) {
				covered = append(covered, p)
				break
			}
		}
	}
	if len(covered) > 0 {
		return covered
	}
	return ps
}

// query turns a question into a search: the question's own text, the places' English
// names (so a Chinese question finds English sources and an alias finds the usual
// name) and translated Chinese keywords.
func (e *Engine) query(ctx context.Context, q *question, st *engineState) (index.Query, error) {
	var aliases, regions []string // aliases: place names the question writes otherwise
	lower := strings.ToLower(q.full)
	for _, p := range append(q.places, q.context...) {
		if !strings.Contains(lower, strings.ToLower(p.Name)) {
			aliases = append(aliases, p.Name)
		}
		regions = append(regions, p.Name)
	}
	var translated []string // the English words of a Chinese question
	if q.lang == "zh" {
		for _, gl := range st.places.glosses {
			if strings.Contains(q.text, gl.zh) {
				translated = append(translated, gl.en)
			}
		}
		for _, z := range e.lx.zhTerms {
			if strings.Contains(q.text, z) {
				translated = append(translated, e.lx.Translations[z]...)
			}
		}
	}
	if e.store.Info().Passages >= selectiveFrom {
		return e.budgeted(ctx, q, st, slices.Concat(aliases, translated), regions)
	}
	text, err := e.selective(ctx, q, st)
	if err != nil {
		return index.Query{}, err
	}
	iq := index.Query{Text: text, Regions: regions, Size: 32, WithoutText: true}
	// an alias, a typo or a Chinese name: searched as if the name were typed
	if hasHan(text) {
		iq.Terms = aliases
	} else if len(aliases) > 0 {
		iq.Text += " " + strings.Join(aliases, " ")
	}
	iq.Title = iq.Text
	if len(translated) > 0 {
		iq.Terms = append(iq.Terms, strings.Join(translated, " "))
	}
	return iq, nil
}

// commonShare is the share of passages above which a word is too common to search by:
// in a corpus about mining, "mining" matches nearly everything, and scoring every
// passage is what made large corpora slow. Such words still count when sentences are
// read.
const commonShare = 0.05

// searchBudget is how many passages a search of a large corpus may find: scoring a
// passage is most of a search's cost (about a quarter of a microsecond on our
// machines), so this keeps a search within a few milliseconds.
const searchBudget = 20_000

// selectiveFrom is the corpus size (passages) from which searches are budgeted (see
// budgeted); a smaller corpus is searched by every word but those more than
// mostShare of its passages hold, which ranks a little better.
const selectiveFrom = 5000

// named reports whether a word of the question is part of a name it asks about: a
// company's, a person's or a place's.
func (q *question) named(w string) bool {
	if stems := stemAll([]string{w}); stems[0] != "" && slices.Contains(q.names, stems[0]) {
		return true
	}
	for _, p := range slices.Concat(q.places, q.context) {
		if slices.Contains(words(p.Name), w) {
			return true
		}
	}
	return false
}

// mostShare is the share of passages above which a word is left out of the searches
// of a small corpus too: a word most passages hold ranks none above the others (the
// idea of Elasticsearch's cutoff_frequency), yet scoring it is most of a search's work.
const mostShare = 0.5

// selective is the question's text without the words most passages of a small
// corpus hold, unless nothing would be left.
func (e *Engine) selective(ctx context.Context, q *question, st *engineState) (string, error) {
	if hasHan(q.full) {
		return q.full, nil
	}
	ws := words(q.full)
	stems := stemAll(ws)
	freqs, total, err := st.docFreqs(ctx, e.store, stems)
	if err != nil {
		return "", err
	}
	var kept []string
	found := false // some word kept is in the corpus
	for i, w := range ws {
		// what the question names is searched for however many passages hold it
		if stems[i] != "" && (float64(freqs[stems[i]]) <= mostShare*float64(total) || q.named(w)) {
			kept = append(kept, w)
			found = found || freqs[stems[i]] > 0
		}
	}
	if !found {
		// every word the corpus holds is common: search by the two rarest of them too
		for _, i := range rarest(ws, stems, freqs, 2) {
			kept = append(kept, ws[i])
		}
	}
	if len(kept) == 0 {
		return q.full, nil
	}
	return strings.Join(kept, " "), nil
}

// rarest returns the positions of the n words the fewest passages hold, of those
// some passage holds.
func rarest(ws, stems []string, freqs map[string]int, n int) []int {
	var order []int
	for i := range ws {
		if stems[i] != "" && freqs[stems[i]] > 0 {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return freqs[stems[order[a]]] < freqs[stems[order[b]]] })
	return order[:min(n, len(order))]
}

// budgeted is the search of a large corpus. Its cost is the passages it scores, so
// it finds passages by the question's rarest English words, in the text or in the
// titles, and by the regions it asks about, while the passages these reach add up to
// at most the engine's budget; a word or region more than commonShare of the
// passages hold is never searched by. (Scoring passages only by the rest, as
// Elasticsearch's common terms query does, costs as much in bleve as finding them.)
// An English question whose every word is over the budget alone is searched for the
// passages that hold all of its words that are not too common. A Chinese question is
// searched by its own text too, and its English words (more) are searched as terms.
func (e *Engine) budgeted(ctx context.Context, q *question, st *engineState, more, regions []string) (index.Query, error) {
	han := hasHan(q.full)
	ws := words(strings.Join(more, " "))
	if !han {
		ws = words(q.full + " " + strings.Join(more, " "))
	}
	stems := stemAll(ws)
	text, total, err := st.reach(ctx, e.store, stems, index.InText)
	if err != nil {
		return index.Query{}, err
	}
	title, _, err := st.reach(ctx, e.store, stems, index.InTitles)
	if err != nil {
		return index.Query{}, err
	}
	names := lower(regions)
	inRegions, _, err := st.freqsIn(ctx, e.store, names, index.InRegions)
	if err != nil {
		return index.Query{}, err
	}
	most := int(commonShare * float64(total))
	var cands []searchTerm
	add := func(term string, in index.Field, reach int) {
		c := searchTerm{term, in, reach}
		if reach > 0 && reach <= most && !slices.Contains(cands, c) {
			cands = append(cands, c)
		}
	}
	for i, w := range ws {
		if stems[i] != "" {
			add(w, index.InText, text[stems[i]])
			if !han {
				add(w, index.InTitles, title[stems[i]])
			}
		}
	}
	for i, r := range regions {
		add(r, index.InRegions, inRegions[names[i]])
	}
	iq := index.Query{Size: 32, WithoutText: true}
	var found []string // the text words searched by
	for _, c := range withinBudget(cands, e.budget) {
		switch c.in {
		case index.InText:
			found = append(found, c.term)
		case index.InTitles:
			iq.Title = strings.TrimSpace(iq.Title + " " + c.term)
		case index.InRegions:
			iq.Regions = append(iq.Regions, c.term)
		}
	}
	if !han && len(found) == 0 && iq.Title == "" && len(iq.Regions) == 0 {
		for _, c := range cands {
			if c.in == index.InText {
				found = append(found, c.term)
			}
		}
		iq.AllWords = true
	}
	if !han {
		iq.Text = strings.Join(found, " ")
		return iq, nil
	}
	iq.Text, iq.Title = q.full, q.full
	if len(found) > 0 {
		iq.Terms = []string{strings.Join(found, " ")}
	}
	return iq, nil
}

// searchTerm is a word or region to search a field by, and how many passages it
// reaches there.
type searchTerm struct {
	term  string
	in    index.Field
	reach int
}

// withinBudget picks terms, rarest first, while the passages they reach add up to at
// most budget.
func withinBudget(cands []searchTerm, budget int) []searchTerm {
	cands = slices.Clone(cands)
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].reach < cands[j].reach })
	var picked []searchTerm
	sum := 0
	for _, c := range cands {
		if sum+c.reach > budget {
			break
		}
		sum += c.reach
		picked = append(picked, c)
	}
	return picked
}

// articleWords are the words of an article's title and summary, read once per
// generation.
type articleWords struct {
	titleCased, titleStems, summaryStems []string
}

func (st *engineState) articleWords(a *index.Article) *articleWords {
	if v, ok := st.titles.Load(a.Path); ok {
		return v.(*articleWords)
	}
	cased := wordsCased(a.Title)
	aw := &articleWords{titleCased: cased, titleStems: stemAll(lower(cased)), summaryStems: stemAll(words(a.Summary))}
	st.titles.Store(a.Path, aw)
	return aw
}

// titleStems are the stemmed words of an article's title.
func (st *engineState) titleStems(a *index.Article) []string { return st.articleWords(a).titleStems }
