package bot

import (
	"context"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/minebot/minebot/content"
	"github.com/minebot/minebot/index"
)

// relation says how a place named in a source relates to the place a question asks about.
type relation int

const (
	relNone   relation = iota // names no place
	relOther                  // a place outside the question's
	relAbove                  // a place that contains the question's (a national measure)
	relInside                 // a place inside the question's (a province of the country asked about)
	relExact                  // the place itself
)

// stance is what a statement says about whether mining is restricted.
type stance int

const (
	stanceNone       stance = iota
	stanceRestricted        // banned, halted, shut
	stancePartial           // restricted in part, for a time, or only proposed
	stanceAllowed           // legal, allowed, not (yet) banned
)

// sentence is one sentence of a retrieved passage, read against a question.
type sentence struct {
	*facts
	article *index.Article
	hit     float64 // the passage's search score, relative to the best
	// mentionRel relates each of places to the question's places.
	mentionRel []relation
	rel        relation // of the sentence's own place mentions
	artRel     relation // of its article's regions
	cover      float64  // weighted share of the question's terms it contains
	framed     float64  // the same, with what its article's title adds at half weight
	score      float64
	stance     stance
	// stanceRel is where the clause that gave the stance speaks of (relNone: the
	// article's place).
	stanceRel relation
	// aboveDepth is how specific the containing place a stance speaks of is.
	aboveDepth int
	// when is the date the statement speaks of: a date it names, or its publication.
	when time.Time
}

// facts is what a sentence says whatever the question asks: its words, places, dates
// and clauses. They are read once per index generation and kept (see passageFacts).
type facts struct {
	text  string
	next  string   // the sentence after it in its passage, if any
	prev  string   // the sentence before it, if any
	toks  []string // lower case
	stems []string // toks stemmed
	cased []string
	// the words and dates of next, read with the passage (see nextWords)
	nextCased, nextStems []string
	nextDates            []dateMention
	// the words of prev, read with the passage (see prevWords)
	prevCased, prevStems []string
	han                  bool // has Chinese text
	places               []mention
	dates                []dateMention
	figures              []string // numbers it gives, years and dates left out
	mining               bool     // speaks of mining at all
	clauses              []clause
}

// banWords are measures that need no "mining" beside them to be about it, in a
// corpus about mining.
var banWords = wordList{
	EN: []string{"ban", "bans", "banned", "banning", "prohibit", "prohibits", "prohibited", "prohibition", "outlaw",
		"outlawed", "outlaws", "forbid", "forbidden", "moratorium", "crackdown", "legalize", "legalized", "legalise",
		"legalised"},
	ZH: []string{"禁令", "禁止"},
}

// clause is a part of a sentence between commas, colons and contrasting words.
type clause struct {
	text   string
	toks   []string
	places []mention
	marks  clauseMarks
}

func (e *Engine) readFacts(text, next string, g *gazetteer, published time.Time) *facts {
	f := &facts{text: text, next: next, han: hasHan(text)}
	f.cased = wordsCased(text)
	f.toks = lower(f.cased)
	f.stems = stemAll(f.toks)
	f.places = g.nounsOnly(g.find(f.cased, text), f.cased)
	f.dates = datesIn(f.cased, text, f.han, published)
	if strings.ContainsAny(text, "0123456789") {
		f.figures = numbers(text, f.dates)
	}
	// Measures are about mining when the sentence says so, or when the word can only
	// mean one ("a ban"): "shut down the internet" is no mining measure.
	f.mining = miningWords.has(f.toks, text) || banWords.has(f.toks, text)
	if f.mining {
		var said []string // the words of the clauses before
		for _, c := range clauses(text) {
			cased := wordsCased(c)
			toks := lower(cased)
			var subject []string
			if len(toks) > 0 && predicateStarts[toks[0]] {
				subject = said[max(0, len(said)-12):] // "X, a maker of rigs, has stopped operating"
			}
			f.clauses = append(f.clauses, clause{text: c, toks: toks, places: g.nounsOnly(g.find(cased, c), cased), marks: e.markClause(toks, c, f.han, subject)})
			said = append(said, toks...)
		}
	}
	return f
}

// nextWords are the words of the sentence after f, in their case and stemmed: read
// with the passage, or now for facts made without one.
func (f *facts) nextWords() (cased, stems []string) {
	if f.nextCased != nil || f.next == "" {
		return f.nextCased, f.nextStems
	}
	cased = wordsCased(f.next)
	return cased, stemAll(lower(cased))
}

// prevWords are the words of the sentence before f, in their case and stemmed: read
// with the passage, or now for facts made without one.
func (f *facts) prevWords() (cased, stems []string) {
	if f.prevCased != nil || f.prev == "" {
		return f.prevCased, f.prevStems
	}
	cased = wordsCased(f.prev)
	return cased, stemAll(lower(cased))
}

// maxCachedPassages bounds the facts kept per generation: the whole of a small corpus,
// the busy part of a large one.
const maxCachedPassages = 50_000

// passageFacts returns the facts of a passage's sentences, from the cache when it has
// them. Questions in an article state nothing and are left out.
func (st *engineState) passageFacts(e *Engine, h index.Hit) []*facts {
	// a question that meets a reindex may search the new generation with the old
	// state: its passages are read afresh, not taken from the old cache
	mine := h.Generation == st.generation
	if v, ok := st.facts.Load(h.ID); ok && mine {
		return v.([]*facts)
	}
	texts := content.Sentences(h.Text)
	var out []*facts
	for i, text := range texts {
		if len([]rune(text)) < 12 || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "？") {
			continue
		}
		next := ""
		if i+1 < len(texts) {
			next = texts[i+1]
		}
		f := e.readFacts(text, next, st.places, h.Article.Published)
		if i > 0 {
			f.prev = texts[i-1]
		}
		out = append(out, f)
	}
	for i, f := range out {
		if i > 0 {
			f.prevCased, f.prevStems = out[i-1].cased, out[i-1].stems
		}
		if f.next == "" {
			continue
		}
		if i+1 < len(out) && out[i+1].text == f.next {
			f.nextCased, f.nextStems, f.nextDates = out[i+1].cased, out[i+1].stems, out[i+1].dates
		} else {
			f.nextCased, f.nextStems = f.nextWords()
			f.nextDates = datesIn(f.nextCased, f.next, hasHan(f.next), h.Article.Published)
		}
	}
	if mine && st.cached.Load() < maxCachedPassages {
		if _, loaded := st.facts.LoadOrStore(h.ID, out); !loaded {
			st.cached.Add(1)
		}
	}
	return out
}

// relationTo relates a list of places to the question's places: the closest relation
// of any of them, where a more specific other place outweighs a containing one
// ("Kazakhstan" beats "Asia" in a sentence asked about China).
func relationTo(ps []*place, qs []*place) relation {
	best := relNone
	otherDepth, aboveDepth := -1, -1
	for _, p := range ps {
		r := relOther
		for _, q := range qs {
			switch {
			case p == q:
				r = max(r, relExact)
			case q.contains(p):
				r = max(r, relInside)
			case p.contains(q):
				r = max(r, relAbove)
			}
		}
		switch r {
		case relOther:
			otherDepth = max(otherDepth, p.depth())
		case relAbove:
			aboveDepth = max(aboveDepth, p.depth())
		}
		best = max(best, r)
	}
	if best == relAbove && otherDepth > aboveDepth {
		return relOther
	}
	return best
}

// articleRelation relates an article's regions to the question's places by the most
// specific region that bears on them, unless it leads with the place: an article on
// [British Columbia, Canada] is about a place inside Canada, one on [China, Sichuan]
// about China.
func articleRelation(regions, qs []*place) relation {
	rel := relationTo(regions, qs)
	if rel != relExact || relationTo(regions[:1], qs) == relExact {
		return rel // an article that leads with the place is about it
	}
	deepest, deepestRel := -1, relNone
	for _, p := range regions {
		r := relationTo([]*place{p}, qs)
		if r >= relAbove && p.depth() > deepest {
			deepest, deepestRel = p.depth(), r
		}
	}
	return deepestRel
}

// idf weighs a term by how rare it is among the passages.
func idf(df, total int) float64 {
	return math.Log(1 + (float64(total)-float64(df)+0.5)/(float64(df)+0.5))
}

// concept is one thing a question asks about, in every form a source may write it:
// English stems (with their synonyms) and Chinese words.
type concept struct {
	stems  []string
	zh     []string
	weigh  int // how many of stems set its weight; the rest are looser forms
	weight float64
	share  float64 // for a piece of a Chinese run: its share of the run's weight
}

// matches reports whether a sentence holds the concept.
func (c concept) matches(stems []string, text string, han bool) bool {
	for _, st := range c.stems {
		if hasStem(stems, st) {
			return true
		}
	}
	if han {
		for _, z := range c.zh {
			if strings.Contains(text, z) {
				return true
			}
		}
	}
	return false
}

// coverage is the weighted share of the question's concepts that a sentence holds.
func coverage(cs []concept, stems []string, text string, han bool) float64 {
	var have, all float64
	for _, c := range cs {
		all += c.weight
		if c.matches(stems, text, han) {
			have += c.weight
		}
	}
	if all == 0 {
		return 1 // the question asks only about its place: every sentence covers it
	}
	return have / all
}

// hasStem reports whether one of the words (already stemmed) is the stem.
func hasStem(stems []string, stem string) bool {
	for _, t := range stems {
		if t == stem {
			return true
		}
	}
	return false
}

// stemCache remembers the English analyzer's stem of each word of the corpus: sources
// repeat their words, so stemming a sentence costs map look-ups. It stops growing at
// maxCachedStems words.
var (
	stemCache   sync.Map
	cachedStems atomic.Int64
)

const maxCachedStems = 500_000

// stemAll stems words as the index does; a stop word stems to "".
func stemAll(toks []string) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		if v, ok := stemCache.Load(t); ok {
			out[i] = v.(string)
			continue
		}
		stem := ""
		if ss := index.Analyze(t); len(ss) > 0 {
			stem = ss[0]
		}
		if cachedStems.Load() < maxCachedStems {
			if _, loaded := stemCache.LoadOrStore(t, stem); !loaded {
				cachedStems.Add(1)
			}
		}
		out[i] = stem
	}
	return out
}

// counts reports whether figure n of a sentence counts the stem head ("45 projects",
// "projects shut down ... to 45").
func counts(s *sentence, n, head string) bool {
	if countsAfter(s.text, n, head) {
		return true
	}
	for _, m := range s.figures {
		if m != n && countsAfter(s.text, m, head) {
			return false // "machines at 12 sites … 1,090 mining machines": the 1,090
		}
	}
	return hasStem(stemAll(wordsAround(s.text, n, 6, 0)), head)
}

// countsAfter reports a figure whose own words or the three after it name what it
// counts: "1,090 cryptocurrency mining machines".
func countsAfter(text, n, head string) bool {
	return hasStem(stemAll(append(words(n), wordsAround(text, n, 0, 3)...)), head)
}

// wordsAround returns up to before words before and after words after n in text.
func wordsAround(text, n string, before, after int) []string {
	i := strings.Index(text, n)
	if i < 0 {
		return nil
	}
	b, a := lastWordsCased(text[:i], before), firstWordsCased(text[i+len(n):], after)
	out := append(b, a[:min(after, len(a))]...)
	for k, w := range out {
		out[k] = strings.ToLower(w)
	}
	return out
}

func hasUnit(n string) bool { return strings.TrimLeft(n, "$€£¥0123456789,. ") != "" }

// nearChinese picks the figure whose neighbourhood (eight characters each side)
// shares the most character pairs with a Chinese question.
func nearChinese(text string, ns []string, question string) string {
	qr := []rune(question)
	best, bestHits := "", 0
	for _, n := range ns {
		i := strings.Index(text, n)
		if i < 0 {
			continue
		}
		before, after := []rune(text[:i]), []rune(text[i+len(n):])
		window := string(before[max(len(before)-8, 0):]) + string(after[:min(len(after), 8)])
		hits := 0
		for k := 0; k+1 < len(qr); k++ {
			if pair := string(qr[k : k+2]); hasHan(pair) && strings.Contains(window, pair) {
				hits++
			}
		}
		if hits > bestHits || hits == bestHits && hits > 0 && hasUnit(n) && !hasUnit(best) {
			best, bestHits = n, hits
		}
	}
	return best
}

var numberRE = regexp.MustCompile(`(?:[$€£¥]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|percent|per cent|per ?cent|million|billion|trillion|EH/s|TH/s|PH/s|exahashes|MW|GW|kWh|kilowatt-hours|megawatts|gigawatts|BTC|bitcoin|yuan|tenge|rubles|roubles|dollars|tonnes|machines|rigs|companies|projects|farms|mines|miners|元|万|亿|千瓦时|兆瓦|台|家|个)?`)

// numbers lists the figures a sentence gives, leaving out years and dates.
func numbers(s string, dates []dateMention) []string {
	var out []string
	for _, loc := range numberRE.FindAllStringIndex(s, -1) {
		if glued(s, loc[0]) || modelName(s, loc[0]) || loc[1] < len(s) && s[loc[1]-1] != ' ' && s[loc[1]] >= 'A' && s[loc[1]] <= 'Z' {
			continue // a name, not a figure: "SHA-256", "Antminer S9", "Part 26A"
		}
		m := strings.TrimRight(strings.TrimSpace(s[loc[0]:loc[1]]), ",.")
		digits := strings.Trim(m, "$€£¥ ")
		if yearOf(digits) > 0 || isInDates(m, dates) || len(m) == 0 || isLabel(s[:loc[0]], m) || isClock(s, loc) || firstDayOf(s[loc[1]:], m, dates) {
			continue
		}
		out = append(out, m)
	}
	// "more than a third", "about half of": shares in words
	return append(out, fractionRE.FindAllString(s, -1)...)
}

// modelName reports a number written onto the letters before it, a model's or a
// version's name ("Obelisk SC1", "Antminer S9", "Stratum V2"), unless the letters are a
// currency ("R403 billion").
func modelName(s string, at int) bool {
	if s[at] < '0' || s[at] > '9' {
		return false // "NT$33.48": a sign comes between
	}
	from := at
	for from > 0 && isLetter(s[from-1]) {
		from--
	}
	return from < at && !currencySign(s[from:at])
}

// glued reports a number joined by a hyphen to a word before it: "SHA-256", "COVID-19".
func glued(s string, at int) bool {
	return at >= 2 && s[at-1] == '-' && isLetter(s[at-2])
}

// firstDayOf reports a number that opens a span of days whose last day a date gives:
// the 24 of "from 24 to 26 December 2022" or "24–26 December".
func firstDayOf(after, n string, dates []dateMention) bool {
	v, err := strconv.Atoi(n)
	if err != nil || v < 1 || v > 31 {
		return false
	}
	for _, join := range []string{"to ", "and ", "–", "-"} {
		if rest, ok := strings.CutPrefix(strings.TrimLeft(after, " "), join); ok {
			rest = strings.TrimLeft(rest, " ")
			for _, d := range dates {
				if rest != "" && rest[0] >= '0' && rest[0] <= '9' && strings.HasPrefix(rest, d.text) {
					return true
				}
			}
		}
	}
	return false
}

// fractionRE finds shares written in words.
var fractionRE = regexp.MustCompile(`(?i)\b(?:(?:a|one|two|three|four) (?:third|quarter|fifth|tenth)s?|half of)\b`)

// isClock reports a number that is part of a time of day ("06:00", "2 p.m.") or of a
// name ("24.kg").
func isClock(s string, loc []int) bool {
	after := strings.TrimLeft(s[loc[1]:], " ")
	before := strings.TrimRight(s[:loc[0]], " ")
	if len(after) > 1 && after[0] == '.' && (after[1] >= 'a' && after[1] <= 'z') {
		return true // "24.kg", a name
	}
	return strings.HasPrefix(after, ":") || strings.HasSuffix(before, ":") ||
		strings.HasPrefix(after, "p.m.") || strings.HasPrefix(after, "a.m.") || strings.HasPrefix(after, "pm") || strings.HasPrefix(after, "am ")
}

// labelWords name a thing by a number rather than count it: "Chapter 11", "Law 7300",
// "Article 20", "No. 193".
var labelWords = map[string]bool{"chapter": true, "law": true, "article": true, "section": true, "no": true,
	"number": true, "decree": true, "resolution": true, "bill": true, "act": true, "order": true, "rule": true,
	"form": true, "phase": true, "block": true, "item": true, "clause": true, "paragraph": true, "case": true,
	"document": true, "circular": true, "notice": true, "route": true, "unit": true, "line": true, "part": true,
	"schedule": true, "rate": true, "version": true, "v": true, "proposal": true, "prop": true, "amendment": true}

// isLabel reports text before a number n that ends in a label word: "Chapter 11",
// "Executive Order 14067".
func isLabel(before, n string) bool {
	ws := words(before)
	if len(ws) == 0 || !labelWords[ws[len(ws)-1]] || strings.HasSuffix(strings.TrimSpace(before), ",") {
		return false
	}
	// "order 37,000 machines" is a quantity: labels are not grouped in thousands,
	// but for a block's height ("block 840,000")
	return !strings.Contains(n, ",") || ws[len(ws)-1] == "block"
}

// durationRE finds a span of time a text gives, in digits or words: "eight hours",
// "four to six years", "a 90-day pause", "18 months".
var durationRE = regexp.MustCompile(`(?i)\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|sixty|ninety)(?:\s+(?:to|or)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve))?[\s-](?:hours?|days?|weeks?|months?|years?)\b`)

// durationIn is the first span of time a text gives, or "".
func durationIn(text string) string {
	return durationRE.FindString(text)
}

// asksHowLong reports an English number question that asks for a span of time.
func asksHowLong(q *question) bool {
	if q.kind != KindNumber || q.lang != "en" {
		return false
	}
	for i := 0; i+1 < len(q.toks); i++ {
		if q.toks[i] == "how" && q.toks[i+1] == "long" {
			return true
		}
	}
	return false
}

// numbered reports a figure of a text that is the number of a thing an acronym names,
// the 2384 of "EIP 2384", when the question does not name that thing itself.
func numbered(text, n string, q *question, title string) bool {
	i := strings.Index(text, n)
	if i <= 0 || !isDigits(n) {
		return false
	}
	if acronymBefore(text[:i]) && !strings.Contains(q.full, n) {
		return true
	}
	// "Hut 8": a capitalised word and a number that the question or the title also
	// write together name a company, not a count
	if before := strings.TrimRight(text[:i], " "); len(before) < i && len(n) <= 3 {
		w := before[strings.LastIndexAny(before, " (\"“")+1:]
		name := w + " " + n
		if isCapitalised(w) && months[strings.ToLower(w)] == 0 && (strings.Contains(q.full, name) || strings.Contains(title, name)) {
			return true
		}
	}
	return false
}

// acronymBefore reports text that ends in a word of two to five capital letters that
// is no currency: the name a number follows in "EIP 2384" or "SB 339", not the sign of
// "USD 40".
func acronymBefore(before string) bool {
	if !strings.HasSuffix(before, " ") {
		return false
	}
	t := strings.TrimRight(before, " ")
	w := t[strings.LastIndexAny(t, " (\"“")+1:]
	if len(w) < 2 || len(w) > 5 || currencySign(w) {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// figureFor picks the figure that answers: the one next to the question's words
// ("26 projects" for "how many projects"), or else the first.
func figureFor(s *sentence, q *question) string {
	n, _ := figureNear(s, q)
	return n
}

// spelledCount is a count a sentence writes in words ("The committee has eight
// members", "Forty-four taxpayers attended"), in digits, when a word of a how-many
// question follows it closely.
func spelledCount(s *sentence, q *question) string {
	if q.kind != KindNumber || q.lang != "en" || !slices.Contains(q.toks, "many") {
		return ""
	}
	for _, sp := range spelledNumbers(s.toks) {
		for j := sp.next; j < len(s.stems) && j < sp.next+4; j++ {
			if slices.Contains(q.nearStems, s.stems[j]) {
				return strconv.Itoa(int(sp.value))
			}
		}
	}
	return ""
}

// figureNear returns the figure that answers and whether the question's words stand
// next to it.
func figureNear(s *sentence, q *question) (string, bool) {
	if asksHowLong(q) && !s.han {
		if d := durationIn(s.text); d != "" {
			return d, true // "how long was the probation?" — "three years"
		}
	}
	ns := s.figures
	if slices.ContainsFunc(ns, func(n string) bool { return numbered(s.text, n, q, s.article.Title) }) {
		ns = slices.DeleteFunc(slices.Clone(ns), func(n string) bool { return numbered(s.text, n, q, s.article.Title) })
	}
	if len(ns) == 0 {
		if n := spelledCount(s, q); n != "" {
			return n, true
		}
		return "", false
	}
	if s.han && q.lang == "zh" {
		if n := nearChinese(s.text, ns, q.text); n != "" {
			return n, true
		}
	}
	if n := figureOfYear(s, ns, q); n != "" {
		return n, true // "in 2019 it was 9 of 27, … in 2021 it was 23 of 27" for 2021
	}
	if n := figureOfPlace(s, q); n != "" {
		return n, true
	}
	if n := figureOfName(s, q); n != "" {
		return n, true
	}

	if head := q.countedNoun(); head != "" {
		// "how many projects": the figure counting projects, wherever it stands
		for _, n := range ns {
			if counts(s, n, head) {
				return n, true
			}
		}
	}
	stems := q.nearStems
	for _, n := range ns {
		i := strings.Index(s.text, n)
		after := firstWords(s.text[i+len(n):], 4)
		if len(after) > 4 {
			after = after[:4]
		}
		before := lower(lastWordsCased(s.text[:i], 3))
		near := stemAll(append(before, after...))
		for _, st := range stems {
			if hasStem(near, st) && yearOf(st) == 0 {
				return n, true
			}
		}
	}
	if c := askedClass(q); c != "" {
		// "how large a fund": the money, not the megawatts
		for _, n := range ns {
			if classIn(s.text, n) == c {
				return n, false
			}
		}
	}
	// a figure with its unit ("2 yuan", "35%") says more than a bare one ("186")
	for _, n := range ns {
		if hasUnit(n) {
			return n, false
		}
	}
	return ns[0], false
}

func isInDates(m string, dates []dateMention) bool {
	for _, d := range dates {
		if strings.Contains(d.text, m) {
			return true
		}
	}
	return false
}

// sentencesOf cuts the hits into sentences, once each. Hits found without their text
// take it from the facts already read, or have it loaded.
func (e *Engine) sentencesOf(ctx context.Context, hits []index.Hit, st *engineState, lang string) ([]*sentence, error) {
	var missing []string
	known := make([][]*facts, len(hits)) // what the cache has read of each hit
	for i, h := range hits {
		if v, ok := st.facts.Load(h.ID); ok && h.Generation == st.generation {
			known[i] = v.([]*facts)
		} else if h.Text == "" {
			missing = append(missing, h.ID)
		}
	}
	if len(missing) > 0 && len(hits) > 0 {
		texts, err := e.store.Texts(ctx, hits[0].Generation, missing)
		if err != nil {
			return nil, err
		}
		for i, h := range hits {
			if t, ok := texts[h.ID]; ok {
				hits[i].Text, hits[i].Line = t.Text, t.Line
			}
		}
	}
	var out []*sentence
	type seenKey struct{ path, text string }
	seen := map[seenKey]bool{}
	// scores from the English and the Chinese fields do not compare: for an English
	// question a Chinese passage, found through translations, is weighed against the
	// best Chinese one (a Chinese question matches English passages through their
	// place names and translations, and those stay weighed against the best overall)
	top := map[string]float64{}
	langOf := func(h index.Hit) string {
		if lang == "en" && h.Article.Lang == "zh" {
			return "zh"
		}
		return ""
	}
	for _, h := range hits {
		top[langOf(h)] = math.Max(top[langOf(h)], h.Score)
	}
	for i, h := range hits {
		fs := known[i]
		if fs == nil {
			fs = st.passageFacts(e, h)
		}
		for _, f := range fs {
			key := seenKey{h.Article.Path, f.text}
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, &sentence{facts: f, article: h.Article, hit: h.Score / math.Max(top[langOf(h)], 1e-9)})
		}
	}
	return out, nil
}

// figureOfYear is, in a sentence that gives figures for several years, the first
// figure within a few words after the year the question names.
func figureOfYear(s *sentence, ns []string, q *question) string {
	if len(q.years) != 1 || len(ns) < 2 || s.han || !otherYear(s, q.years[0]) {
		return ""
	}
	year := strconv.Itoa(q.years[0])
	i := strings.Index(s.text, year)
	if i < 0 {
		return ""
	}
	rest := s.text[i+len(year):]
	best, at := "", len(rest)
	for _, n := range ns {
		if j := strings.Index(rest, n); j >= 0 && j < at && len(words(rest[:j])) <= 4 {
			best, at = n, j
		}
	}
	return best
}

// otherYear reports a sentence that names a year other than year.
func otherYear(s *sentence, year int) bool {
	return slices.ContainsFunc(s.dates, func(d dateMention) bool { return d.when.Year() != year })
}

// figureOfPlace is, in a sentence that gives figures for several places, the one that
// follows the question's place within a few words, with no other figure or place
// between ("followed by Kazakhstan with 18.1% and Russia with 11%").
func figureOfPlace(s *sentence, q *question) string {
	if len(q.places) == 0 || len(s.figures) < 2 || s.han {
		return ""
	}
	named := map[*place]bool{}
	for _, m := range s.places {
		named[m.place] = true
	}
	if len(named) < 2 {
		return ""
	}
	for _, m := range s.places {
		if m.pos < 0 || !containsPlace(q.places, m.place) {
			continue
		}
		// the words after the place, up to the next place
		end := len(s.cased)
		for _, o := range s.places {
			if o.pos > m.pos && o.pos < end {
				end = o.pos
			}
		}
		from := m.pos + m.n
		for i := from; i < end && i < from+4; i++ {
			for _, n := range s.figures {
				if strings.HasPrefix(n, s.cased[i]) && isFigureStart(s.cased[i]) {
					return n
				}
			}
		}
	}
	return ""
}

// isFigureStart reports a word that begins with a digit.
func isFigureStart(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// figureOfName is the first figure within sixteen words after a name the question
// asks about ("Foundry USA, the largest pool, controlled about 36.5%").
func figureOfName(s *sentence, q *question) string {
	if len(q.names) == 0 || len(s.figures) == 0 || s.han {
		return ""
	}
	class := askedClass(q) // "how large a fund did Bitdeer raise": money, not its megawatts
	for i, t := range s.toks {
		if !contains(q.names, stemAll([]string{t})[0]) {
			continue
		}
		for j := i + 1; j < len(s.cased) && j <= i+16; j++ {
			w := s.cased[j]
			if isFigureStart(w) {
				for _, n := range s.figures {
					if (strings.HasPrefix(n, w) || strings.HasPrefix(strings.TrimLeft(n, "$€£¥ "), w)) &&
						(class == "" || classIn(s.text, n) == class) {
						return n
					}
				}
			}
		}
	}
	return ""
}
