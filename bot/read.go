package bot

import (
	"context"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/minebot/minebot/index"
)

// reading is what the engine made of the retrieved sentences for one question.
type reading struct {
	sentences []*sentence   // best first
	about     bool          // some retrieved article is about the question's places
	concepts  []concept     // what the question asks about
	figures   *figureLookup // where a figure the question states is given (see figureUnsaid)
}

// miningWords mark a sentence as being about mining at all, so "shut down the
// internet" is not read as a mining ban.
var miningWords = wordList{
	EN: []string{"mining", "mine", "mines", "miner", "miners", "crypto", "cryptocurrency", "cryptocurrencies", "bitcoin",
		"btc", "rigs", "rig", "farms", "farm", "hashrate", "hash", "proof-of-work", "data", "virtual", "digital", "projects", "project", "machines", "asic", "asics"},
	ZH: []string{"挖矿", "矿", "比特币", "加密", "虚拟货币", "算力", "数字货币"},
}

// liftWords turn a restriction around: "lifted the ban".
var liftWords = wordList{
	EN: []string{"lift", "lifted", "lifts", "lifting", "resume", "resumed", "resumes", "resuming", "reopen", "reopened",
		"restart", "restarted", "restarting", "unbanned", "legalize", "legalized", "legalise", "legalised", "legalizes", "legalizing", "legalization", "legalisation"},
	ZH: []string{"解禁", "恢复", "合法化", "取消禁令"},
}

func (e *Engine) read(ctx context.Context, q *question, st *engineState, hits []index.Hit) (*reading, error) {
	cs, err := e.concepts(ctx, q, st)
	if err != nil {
		return nil, err
	}
	sentences, err := e.sentencesOf(ctx, hits, st, q.lang)
	if err != nil {
		return nil, err
	}
	r := &reading{sentences: sentences, concepts: cs}
	q.concepts = cs
	if v := askedVerb(q); v != "" && q.kind == KindWho {
		q.verbForms = append([]string{v}, st.synonyms[v]...)
	}
	// A cheap first pass ranks every sentence; only the best are read closely.
	titles := map[string][]bool{} // article path → which concepts its title holds
	byStem := newStemIndex(cs)
	for _, s := range r.sentences {
		e.skim(s, q, st, cs, byStem, titles)
		if s.artRel >= relAbove || (len(q.names) > 0 || !e.isStatusQuestion(q)) && s.rel >= relAbove {
			// only a question about a place's status needs an article about the place; one
			// about a company, a factoid or a fact there weighs the place as a detail, and
			// a sentence that names it speaks of it ("nodes with Ukraine-located IP
			// addresses")
			r.about = true
		}
	}
	sort.SliceStable(r.sentences, func(i, j int) bool { return r.sentences[i].before(r.sentences[j]) })
	for i, s := range r.sentences {
		if i < closeReads || (s.rel >= relAbove || s.artRel >= relAbove) && (q.restrict || q.permit) {
			e.readClosely(s, q, st)
		}
	}
	sort.SliceStable(r.sentences, func(i, j int) bool { return r.sentences[i].before(r.sentences[j]) })
	return r, nil
}

// closeReads is how many of the best-ranked sentences are read for dates, figures and
// stance.
const closeReads = 24

// concepts lists what the question asks about, weighted by how rare each is in the
// corpus: its English words with their synonyms and Chinese translations, and for a
// Chinese question its known words with their English translations and what is left.
func (e *Engine) concepts(ctx context.Context, q *question, st *engineState) ([]concept, error) {
	var cs []concept
	for _, t := range q.terms {
		for _, stem := range index.Analyze(t) {
			c := concept{stems: append([]string{stem}, st.synonyms[stem]...)}
			c.weigh = len(c.stems)
			if base, ok := strings.CutSuffix(t, "ly"); ok && len(base) >= 4 {
				// "secretly" is covered by "in secret", "illegally" by "illegal"
				c.stems = append(c.stems, index.Analyze(base)...)
			}
			c.zh = st.toChinese[stem]
			cs = append(cs, c)
		}
	}
	rest := q.text
	if q.lang == "zh" {
		for _, z := range e.lx.zhTerms {
			if !strings.Contains(rest, z) {
				continue
			}
			rest = strings.ReplaceAll(rest, z, " ")
			c := concept{zh: []string{z}}
			for _, t := range e.lx.Translations[z] {
				c.stems = append(c.stems, index.Analyze(t)...)
			}
			cs = append(cs, c)
		}
		for _, chunk := range e.residue(rest, q) {
			// a run of characters matches by its pairs: "每千瓦时加价" finds "每千瓦时2元"
			rs := []rune(chunk)
			for i := 0; i+1 < len(rs); i++ {
				cs = append(cs, concept{zh: []string{string(rs[i : i+2])}, share: 1 / float64(len(rs)-1)})
			}
		}
	}
	var all []string
	for _, c := range cs {
		all = append(all, c.stems...)
	}
	q.nearStems = all // what a figure should stand next to, in English
	freqs, total, err := st.docFreqs(ctx, e.store, all)
	if err != nil {
		return nil, err
	}
	for i := range cs {
		// a concept weighs as its rarest form; one the corpus never uses weighs most
		w := idf(0, total)
		if cs[i].share > 0 {
			w *= cs[i].share
		}
		if len(cs[i].stems) > 0 {
			w = 0
			weighing := cs[i].stems
			if cs[i].weigh > 0 {
				weighing = weighing[:cs[i].weigh]
			}
			for _, stem := range weighing {
				w = max(w, idf(freqs[stem], total))
			}
		}
		cs[i].weight = w
	}
	return cs, nil
}

// residue is what is left of a Chinese question once places, known words, question
// words and particles are taken out: runs of two or more characters.
func (e *Engine) residue(text string, q *question) []string {
	for _, p := range append(q.places, q.context...) {
		for _, z := range p.zh {
			text = strings.ReplaceAll(text, z, " ")
		}
	}
	for _, k := range e.lx.kindOrder {
		for _, z := range e.lx.Kinds[k].ZH {
			text = strings.ReplaceAll(text, z, " ")
		}
	}
	for _, z := range e.lx.FillerZH {
		text = strings.ReplaceAll(text, z, " ")
	}
	var out []string
	for _, run := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
		if len([]rune(run)) >= 2 {
			out = append(out, run)
		}
	}
	return out
}

// before orders sentences best first, and the same way every time.
func (s *sentence) before(t *sentence) bool {
	if s.score != t.score {
		return s.score > t.score
	}
	if s.article.Path != t.article.Path {
		return s.article.Path < t.article.Path
	}
	return s.text < t.text
}

// skim ranks a sentence by what it has of the question: its place, its words.
// byStem is newStemIndex(cs).
func (e *Engine) skim(s *sentence, q *question, st *engineState, cs []concept, byStem *stemIndex, titles map[string][]bool) {
	s.rel = relationTo(placesOf(s.places), q.places)
	s.mentionRel = make([]relation, len(s.places))
	for i, m := range s.places {
		s.mentionRel[i] = relationTo([]*place{m.place}, q.places)
		if len(q.places) == 0 && insideAny(q.context, m.place) {
			s.mentionRel[i] = relNone // "after China's ban": not where the answer is
		}
	}
	s.artRel = articleRelation(st.regionsOf(s.article), q.places)
	// a sentence speaks of what its title names ("the company", "the two partners"):
	// what only the title holds counts for half towards framed
	inTitle, ok := titles[s.article.Path]
	if !ok {
		stems := st.titleStems(s.article)
		inTitle = make([]bool, len(cs))
		for i, c := range cs {
			inTitle[i] = c.matches(stems, s.article.Title, hasHan(s.article.Title))
		}
		titles[s.article.Path] = inTitle
	}
	held := heldConcepts(cs, byStem, s.stems, s.text, s.han)
	var have, framed, all float64
	for i, c := range cs {
		all += c.weight
		switch {
		case held[i]:
			have += c.weight
			framed += c.weight
		case inTitle[i]:
			framed += titleShare * c.weight
		}
	}
	s.cover, s.framed = 1, 1 // a question only about its place: every sentence covers it
	if all > 0 {
		s.cover, s.framed = have/all, framed/all
	}
	s.when = s.article.Published
	s.score = 2*s.cover + 0.8*s.hit + placeScore(s, q)
}

// stemIndex lists, for each stem of the concepts, which concepts have it.
type stemIndex struct {
	byStem map[string][]int
	// sieve has a bit set for the length and first byte of every stem of byStem, so
	// most words of a sentence are passed over without hashing them
	sieve [1 << 14 / 64]uint64
}

func newStemIndex(cs []concept) *stemIndex {
	x := &stemIndex{byStem: map[string][]int{}}
	for i, c := range cs {
		for _, stem := range c.stems {
			if ids := x.byStem[stem]; len(ids) == 0 || ids[len(ids)-1] != i {
				x.byStem[stem] = append(ids, i)
			}
			k := sieveKey(stem)
			x.sieve[k/64] |= 1 << (k % 64)
		}
	}
	return x
}

func sieveKey(stem string) uint16 {
	if stem == "" {
		return 0
	}
	return uint16(min(len(stem), 63))<<8 | uint16(stem[0])
}

// heldConcepts reports which concepts a sentence holds, as concept.matches does for
// each, in one pass over the sentence's stems; x is newStemIndex(cs).
func heldConcepts(cs []concept, x *stemIndex, stems []string, text string, han bool) []bool {
	held := make([]bool, len(cs))
	for _, stem := range stems {
		if k := sieveKey(stem); x.sieve[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, i := range x.byStem[stem] {
			held[i] = true
		}
	}
	if han {
		for i, c := range cs {
			held[i] = held[i] || slices.ContainsFunc(c.zh, func(z string) bool { return strings.Contains(text, z) })
		}
	}
	return held
}

// titleShare is how much a question word counts when only the sentence's article
// title holds it.
const titleShare = 0.5

// historyAge is how much older than its article a date must be for the sentence to be
// telling history rather than news.
const historyAge = 120 * 24 * time.Hour

// statementDate is when a sentence's statement held: the article's date, or for a
// sentence that tells history ("In June 2021 Sichuan had not banned mining"), the
// earliest date it names, unless that date only says how long something has lasted
// ("in place since December 2022") or names an event ("the April 2024 pause").
func statementDate(s *sentence) time.Time {
	when := s.article.Published
	for _, d := range s.dates {
		if d.precision < 2 || s.article.Published.Sub(d.when) < historyAge || d.when.After(when) {
			continue
		}
		if d.pos > 0 && (s.toks[d.pos-1] == "since" || s.toks[d.pos-1] == "from") {
			continue
		}
		if d.pos > 0 && s.toks[d.pos-1] == "the" {
			continue // "the April 2024 pause is long over": the date names an event
		}
		when = d.when
	}
	return when
}

// readClosely reads a sentence's dates, figures and stance, and scores it for the
// kind of answer the question wants.
func (e *Engine) readClosely(s *sentence, q *question, st *engineState) {
	s.when = statementDate(s)
	s.stance, s.stanceRel, s.aboveDepth = e.stanceOf(s, q, st)
	s.score += kindScore(s, q) + timeScore(s, q)
}

func placesOf(ms []mention) []*place {
	out := make([]*place, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.place)
	}
	return out
}

func placeScore(s *sentence, q *question) float64 {
	if len(q.places) == 0 {
		return 0
	}
	score := map[relation]float64{relExact: 0.4, relInside: 0.25, relAbove: 0.1, relOther: -0.8}[s.rel]
	if s.rel <= relOther {
		score += map[relation]float64{relExact: 0.6, relInside: 0.3, relAbove: 0.1, relOther: -0.5}[s.artRel]
	}
	return score
}

// publishedThen is what a sentence gains by its article's being published in the year a
// question names. Swept on the dev sets (shipped, heldout, heldout2–86) from 0.1: 0
// −4, 0.15 +4, 0.2 +10, 0.25 +6, 0.3 +11 but two shipped questions lost.
const publishedThen = 0.2

// timeScore favours sentences about the time a question names ("in August 2021"):
// one naming that month, or that year, or published then.
func timeScore(s *sentence, q *question) float64 {
	if len(q.dates) == 0 {
		return 0
	}
	events := eventDates(s) // not "reported on 4 August"
	best := -0.3
	if q.kind != KindYesNo && len(events) > 0 {
		best = -0.5 // a fact of another time than the one asked about, unless one below matches
	}
	for _, qd := range q.dates {
		for _, d := range events {
			switch {
			case qd.precision >= 2 && d.precision >= 2 && qd.spans(d.when):
				best = max(best, 0.6)
			case d.when.Year() == qd.when.Year():
				best = max(best, 0.3)
			}
		}
		if s.article.Published.Year() == qd.when.Year() {
			best = max(best, publishedThen)
		}
	}
	return best
}

// placeNear reports whether one of the question's places is named within a few words
// of the figure.
func placeNear(s *sentence, n string, q *question) bool {
	i := strings.Index(s.text, n)
	if i < 0 || len(q.places) == 0 {
		return false
	}
	from, to := max(i-60, 0), min(i+len(n)+40, len(s.text))
	for from > 0 && !utf8.RuneStart(s.text[from]) {
		from--
	}
	for to < len(s.text) && !utf8.RuneStart(s.text[to]) {
		to++
	}
	window := s.text[from:to]
	for _, m := range s.places {
		if containsPlace(q.places, m.place) {
			for _, name := range append(m.place.zh, m.place.Name) {
				if strings.Contains(window, name) {
					return true
				}
			}
		}
	}
	return false
}

// kindScore favours sentences that hold the kind of answer asked for: a date for
// "when", a figure for "how many", a named body for "who", other places for "where".
func kindScore(s *sentence, q *question) float64 {
	if q.kind != KindNumber && q.kind != KindWhen && q.kind != KindWho && q.kind != KindWhere {
		return 0
	}
	switch q.kind {
	case KindWhen:
		best := 0
		for _, d := range s.dates {
			best = max(best, d.precision)
		}
		if best == 0 && s.next != "" && !s.han {
			// "The High Court sanctioned the plan. The judge gave his decision on 10
			// December 2025": the day comes in the next sentence
			for _, d := range s.nextDates {
				if d.when.Before(s.article.Published) && !sameDay(d.when, s.article.Published) {
					best = max(best, d.precision) // an event's day, not the report's "as of"
				}
			}
		}
		return []float64{-0.6, 0.1, 0.7, 1.1}[best]
	case KindNumber:
		switch n, near := figureNear(s, q); {
		case near && q.countedNoun() != "" && counts(s, n, q.countedNoun()):
			return 1.6 // the figure counts what is asked about
		case near && placeNear(s, n, q):
			return 1.3 // "Xinjiang ... 35.76%" for Xinjiang's share
		case near:
			return 1.0
		case n != "":
			return 0.5
		}
		return -0.4
	case KindWho:
		if hasNamedBody(s) {
			return 0.6
		}
		return -0.3
	case KindWhere:
		inside := false
		for _, r := range s.mentionRel {
			if r == relOther {
				return 0.6
			}
			inside = inside || r == relInside
		}
		if inside {
			return 0.5 // "which US state", "where in Kuwait"
		}
		return -0.3
	}
	return 0
}

// bodyWords end the names of organisations and offices.
var bodyWords = map[string]bool{
	"commission": true, "bureau": true, "committee": true, "ministry": true, "bank": true, "council": true,
	"company": true, "corporation": true, "inc": true, "ltd": true, "group": true, "association": true,
	"department": true, "administration": true, "agency": true, "office": true, "government": true,
	"authority": true, "authorities": true, "regulator": true, "court": true, "parliament": true, "senate": true,
	"minister": true, "governor": true, "president": true, "premier": true, "founder": true, "ceo": true,
	"chairman": true, "utility": true, "grid": true, "exchange": true, "pool": true, "university": true,
	"institute": true, "centre": true, "center": true, "police": true, "prosecutors": true, "duma": true,
}

// hasNamedBody reports a capitalised name that is not a place or the sentence's first
// word, or an organisation word.
func hasNamedBody(s *sentence) bool {
	if s.han {
		return strings.ContainsAny(s.text, "委局部会行院司厅")
	}
	for i, w := range s.cased {
		if bodyWords[s.toks[i]] {
			return true
		}
		if i > 0 && len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && i+1 < len(s.cased) {
			n := s.cased[i+1]
			if len(n) > 1 && n[0] >= 'A' && n[0] <= 'Z' && !s.isPlaceWord(i) {
				return true
			}
		}
	}
	return false
}

// isPlaceWord reports whether word i is part of a place name the sentence mentions.
func (s *sentence) isPlaceWord(i int) bool {
	for _, m := range s.places {
		if m.pos >= 0 && i >= m.pos && i < m.pos+m.n {
			return true
		}
	}
	return false
}

// stanceOf reads whether a sentence says mining is restricted where the question asks.
// It reads clause by clause, so "banned in Dagestan, partly restricted in Irkutsk"
// says different things of the two places; a clause that names no place speaks of the
// place named before it, or of the article's.
func (e *Engine) stanceOf(s *sentence, q *question, st *engineState) (stance, relation, int) {
	if !s.mining {
		return stanceNone, relNone, 0
	}
	best, bestRel, bestDepth := stanceNone, relNone, 0
	carry, carryDepth := relNone, 0
	restrictive, allowing := relation(-1), relation(-1) // the closest place each speaks of
	for _, c := range s.clauses {
		rel, depth := carry, carryDepth
		if len(c.places) > 0 {
			rel = relationTo(placesOf(c.places), q.places)
			depth = containingDepth(placesOf(c.places), q.places)
			carry, carryDepth = rel, depth
		}
		cs := e.clauseStance(&c, q)
		if cs == stanceNone || rel == relOther || rel == relNone && s.artRel == relOther || e.aboutOther(c, q) {
			continue
		}
		if rel == relNone {
			depth = containingDepth(st.regionsOf(s.article), q.places)
		}
		if cs == stanceAllowed {
			allowing = max(allowing, rel)
		} else {
			restrictive = max(restrictive, rel)
		}
		if best == stanceNone || rel > bestRel {
			best, bestRel, bestDepth = cs, rel, depth
		}
	}
	if best == stanceRestricted && e.draftSubject(s) {
		best = stancePartial // "The draft catalogue, published for comment, placed mining in the phase-out category"
	}
	if best == stanceAllowed && callsPartial(s) {
		best = stancePartial // "The rules are a partial measure: they set conditions for data centers but do not ban them"
	}
	sameHere := restrictive == allowing || min(restrictive, allowing) == relNone && max(restrictive, allowing) == relExact
	if restrictive >= 0 && allowing >= 0 && sameHere {
		// "closed for now, though mining itself stays legal": a partial measure.
		// Not "banned in Dagestan, legal elsewhere in Russia".
		best = stancePartial
	}
	return best, bestRel, bestDepth
}

// callsPartial reports an English sentence that calls a measure partial in so many
// words: "a partial measure", "a partial ban", "not a full ban".
func callsPartial(s *sentence) bool {
	for i, t := range s.toks {
		if i+1 >= len(s.toks) || !policyWords[s.toks[i+1]] {
			continue
		}
		if t == "partial" || (t == "full" || t == "total" || t == "complete") && i >= 2 && s.toks[i-1] == "a" && s.toks[i-2] == "not" {
			return true
		}
	}
	return false
}

// policyWords name a measure a source may call partial.
var policyWords = map[string]bool{"measure": true, "ban": true, "restriction": true, "moratorium": true,
	"shutdown": true, "prohibition": true, "crackdown": true}

// draftSubject reports an English sentence whose subject, a short opening clause
// before its measure, is a draft or a proposal: "The draft catalogue, published on
// 8 April for comment, placed …".
func (e *Engine) draftSubject(s *sentence) bool {
	if s.han || !slices.ContainsFunc(s.toks, func(w string) bool { return draftWords[w] }) {
		return false
	}
	cs := clauses(s.text)
	if len(cs) < 2 {
		return false
	}
	ws := words(cs[0])
	return len(ws) <= 9 && slices.ContainsFunc(ws, func(w string) bool { return draftWords[w] })
}

// draftWords name a text that is not yet in force.
var draftWords = map[string]bool{"draft": true, "drafted": true, "proposed": true, "proposal": true}

// aboutOther reports a clause whose measure word stands nearest to a place other than
// the question's: "slow to act on Beijing's call to crack down" is Beijing's measure.
func (e *Engine) aboutOther(c clause, q *question) bool {
	if len(c.places) < 2 {
		return false
	}
	at := append(append([]int{}, c.marks.restrictAt...), c.marks.permitAt...)
	for _, p := range at {
		if p < 0 {
			return false
		}
		nearest, dist := (*place)(nil), 1<<30
		for _, m := range c.places {
			if m.pos > p && m.pos-p <= 6 && relationTo([]*place{m.place}, q.places) != relOther {
				return false // "banned in Dagestan and Chechnya": the measure's own place
			}
			if d := abs(m.pos - p); m.pos >= 0 && d < dist {
				nearest, dist = m.place, d
			}
		}
		if nearest == nil || relationTo([]*place{nearest}, q.places) != relOther {
			return false
		}
	}
	return len(at) > 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// containingDepth is the depth of the most specific of ps that contains one of the
// question's places: a province-wide measure outranks a national one for a city.
func containingDepth(ps, qs []*place) int {
	d := 0
	for _, p := range ps {
		for _, q := range qs {
			if p != q && p.contains(q) {
				d = max(d, p.depth()+1)
			}
		}
	}
	return d
}

// clauseStance reads one clause: a restriction, negated or not, partial or not, or a
// permission.
func (e *Engine) clauseStance(c *clause, q *question) stance {
	m := c.marks
	if len(m.restrictAt) == 0 && len(m.permitAt) == 0 {
		return stanceNone
	}
	if m.onOther && len(m.permitAt) == 0 && !e.asksOtherActivity(q) && !slices.ContainsFunc(q.toks, func(w string) bool { return nonMiningObjects[w] }) {
		return stanceNone // "a customer whose withdrawals were frozen" is no measure on mining
	}
	// a partial measure is not partial news to a question that asks about just that
	// part ("did X pause new connections?")
	partial, proposed := false, false
	for _, at := range m.partialAt {
		isProposal := at >= 0 && m.inProposal[at]
		switch {
		case at >= 0 && q.hasWord(c.toks[at]):
		case isProposal && q.asksPlan:
			// "did X plan to shut mining?" — a draft plan is the plan asked about
		case isProposal:
			proposed = true
		default:
			partial = true
		}
	}
	if proposed && !partial && m.authority && !m.negRestrict && !m.onlyNew && !m.limited {
		return stanceAllowed // a ban only planned: not banned yet
	}
	partial = partial || proposed
	if !partial && !q.hasWord("new") {
		partial = m.onlyNew
	}
	partial = partial || m.limited
	switch {
	case m.lift && m.negLift:
		return stanceRestricted
	case m.lift && proposed:
		return stanceRestricted // "will be allowed to resume after the winter": not yet
	case m.lift:
		return stanceAllowed
	case m.authority && m.negRestrict && m.narrower:
		return stancePartial // "not a province-wide ban": a local one
	case m.authority && m.negRestrict && (partial || measureNotABan(c.toks) && !asksBan(q) && !hasAny(q.text, []string{"禁止", "禁令"})):
		return stancePartial // "restricted?" — "it is not a ban on mining": a measure short of one
	case m.authority && m.negRestrict:
		return stanceAllowed
	case m.authority && partial:
		return stancePartial
	case m.authority:
		return stanceRestricted
	case len(m.permitAt) == 0:
		return stanceNone
	case m.negPermit && m.limited:
		return stancePartial // "not allowed to operate until the end of March"
	case m.negPermit:
		return stanceRestricted
	case partial:
		return stancePartial
	}
	return stanceAllowed
}

// measureNotABan reports a clause that says a measure it speaks of is not a ban: "it is
// not a ban on mining", "the rules are not a moratorium".
func measureNotABan(toks []string) bool {
	for i := 0; i+3 < len(toks); i++ {
		switch toks[i] {
		case "it", "this", "that", "these", "which", "rules", "measure", "law", "order", "notice", "circular", "regulation":
		default:
			continue
		}
		if (toks[i+1] == "is" || toks[i+1] == "was" || toks[i+1] == "are" || toks[i+1] == "were") && toks[i+2] == "not" &&
			(toks[i+3] == "a" || toks[i+3] == "an") {
			return true
		}
	}
	return false
}

// describing are restriction words that, before a noun, describe one operation
// rather than state a rule: "illegal household mining" was found, "mining is
// illegal" is the rule.
var describing = map[string]bool{"illegal": true, "illicit": true, "unlicensed": true, "clandestine": true,
	"unlawful": true, "criminal": true, "unauthorised": true, "unauthorized": true, "underground": true}

// copulas make a describing word a statement: "is illegal", "declared illegal".
var copulas = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "made": true, "declared": true, "deemed": true, "remains": true, "remained": true,
	"became": true, "become": true, "considered": true, "ruled": true, "now": true, "still": true, "not": true}

// notAttributive drops describing words that stand before a noun.
func notAttributive(toks []string, at []int) []int {
	out := at[:0:0]
	for _, p := range at {
		if p >= 0 && describing[toks[p]] && p+1 < len(toks) && toks[p+1] != "to" && toks[p+1] != "in" &&
			toks[p+1] != "under" && toks[p+1] != "since" && toks[p+1] != "and" && toks[p+1] != "or" &&
			(p == 0 || !copulas[toks[p-1]]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// enforcement words act against one operation; against an illegal one ("seized an
// illegal mining operation drawing stolen power") they say nothing of whether mining
// is allowed.
var enforcement = map[string]bool{"seize": true, "seized": true, "raid": true, "raids": true, "raided": true,
	"confiscate": true, "confiscated": true, "expel": true, "expelled": true, "evict": true, "evicted": true}

// notEnforcement drops a clause's measures when they are all enforcement against
// operations it calls illegal.
func notEnforcement(toks []string, at []int) []int {
	illegal := false
	for _, t := range toks {
		illegal = illegal || describing[t] || t == "stolen" || t == "theft" || t == "stealing"
	}
	if !illegal {
		return at
	}
	for _, p := range at {
		if p < 0 || !enforcement[toks[p]] {
			return at
		}
	}
	return nil
}

// notNear drops "close" meaning near ("close to 50 percent", "a close second") or
// completing a deal ("expected the deal to close", "the sale closed").
func notNear(toks []string, at []int) []int {
	out := at[:0:0]
	for _, p := range at {
		if p >= 0 && toks[p] == "close" && (p+1 < len(toks) && (toks[p+1] == "to" || toks[p+1] == "second") || p > 0 && toks[p-1] == "a") {
			continue
		}
		if p >= 0 && closingWords[toks[p]] && dealNear(toks, p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

var closingWords = map[string]bool{"close": true, "closes": true, "closed": true, "closing": true}

// dealWords are what closes when a transaction is completed.
var dealWords = map[string]bool{"deal": true, "deals": true, "transaction": true, "sale": true, "acquisition": true,
	"merger": true, "takeover": true, "purchase": true, "offer": true, "round": true, "financing": true, "agreement": true}

// dealNear reports a word of a transaction in the four words before position p.
func dealNear(toks []string, p int) bool {
	for i := max(0, p-4); i < p; i++ {
		if dealWords[toks[i]] {
			return true
		}
	}
	return false
}

// clauseMarks is what a clause says of measures, whatever the question: read once.
type clauseMarks struct {
	restrictAt, permitAt, partialAt []int
	lift, negLift                   bool // "lifted the ban", "did not lift"
	authority                       bool // a restriction imposed, not a miner's own switch-off
	negRestrict, negPermit          bool
	narrower                        bool   // "not a province-wide ban"
	onlyNew                         bool   // "banned new projects"
	limited                         bool   // "for four months", "until March"
	inProposal                      []bool // which words are part of a proposal's words
	onOther                         bool   // every restriction falls on something else: "withdrawals were frozen"
}

// partialMarks finds the words that make a measure partial, leaving out "partly" that
// gives a reason ("needed partly because ...").
func partialMarks(lx *lexicon, toks []string, text string) []int {
	var out []int
	for _, i := range lx.Partial.find(toks, text) {
		if i >= 0 && i+1 < len(toks) && (toks[i] == "partly" || toks[i] == "partially") && causeWords[toks[i+1]] {
			continue
		}
		out = append(out, i)
	}
	return out
}

// causeWords open a reason: "partly because", "partly due to".
var causeWords = map[string]bool{"because": true, "due": true, "owing": true, "thanks": true, "as": true, "since": true}

func (e *Engine) markClause(toks []string, text string, han bool, subject []string) clauseMarks {
	lx := e.lx
	m := clauseMarks{
		restrictAt: notEnforcement(toks, notAttributive(toks, notNear(toks, lx.Restrict.find(toks, text)))),
		permitAt:   lx.Permit.find(toks, text),
		partialAt:  append(partialMarks(lx, toks, text), lx.Proposal.find(toks, text)...),
	}
	if len(m.restrictAt) == 0 && len(m.permitAt) == 0 {
		return m
	}
	m.onlyNew = bansOnlyNew(toks, m.restrictAt)
	m.limited = forLimitedTime(toks, m.restrictAt)
	if len(m.permitAt) > 0 && e.negatedNear(toks, text, han, m.permitAt, lx.Permit.ZH) {
		m.limited = m.limited || forLimitedTime(toks, m.permitAt) // "not allowed to operate until March"
	}
	if liftAt := liftWords.find(toks, text); len(liftAt) > 0 {
		m.lift, m.negLift = true, e.negatedNear(toks, text, han, liftAt, liftWords.ZH)
	}
	m.onOther = len(m.restrictAt) > 0 && !slices.ContainsFunc(m.restrictAt, func(r int) bool { return !restrictsOther(toks, r) })
	actions := authorityActions(toks, m.restrictAt, lx.companyNouns, subject)
	if han && ownStopZH(text) {
		actions = slices.DeleteFunc(actions, func(r int) bool { return r < 0 })
	}
	m.authority = len(actions) > 0
	m.negRestrict = m.authority && e.negatedNear(toks, text, han, actions, lx.Restrict.ZH)
	m.negPermit = len(m.permitAt) > 0 && e.negatedNear(toks, text, han, m.permitAt, lx.Permit.ZH) && !needsNo(toks)
	m.narrower = narrowerScope(toks, text, lx)
	m.inProposal = lx.Proposal.covers(toks)
	return m
}

// needsNo reports a clause that says no permit is needed ("mining needs no interim use
// permit", "miners do not need a licence", "no permit is required"): a negated permit
// that allows.
func needsNo(toks []string) bool {
	for i, t := range toks {
		if t != "no" && t != "not" && !negatedWord(t) {
			continue
		}
		if i > 0 && needWords[toks[i-1]] || i+1 < len(toks) && needWords[toks[i+1]] {
			return true
		}
		// "no permit is required"
		for j := i + 2; t == "no" && j < len(toks) && j <= i+4; j++ {
			if needWords[toks[j]] {
				return true
			}
		}
	}
	return false
}

// needWords say something is required.
var needWords = map[string]bool{"need": true, "needs": true, "needed": true, "require": true, "requires": true, "required": true}

// narrowerScope reports a word of a narrower scope ("a county ban", "some districts")
// that is not part of a place's name ("Buncombe County had no moratorium").
func narrowerScope(toks []string, text string, lx *lexicon) bool {
	cased := wordsCased(text)
	for _, at := range lx.Narrower.find(toks, text) {
		if at < 0 || len(cased) != len(toks) {
			return true
		}
		named := at > 0 && isCapitalised(cased[at]) && isCapitalised(cased[at-1])
		// "no statewide ban" denies any ban at that level; "not a province-wide
		// ban" grants a narrower one.
		denied := at > 0 && toks[at-1] == "no"
		if !named && !denied {
			return true
		}
	}
	return false
}

func isCapitalised(w string) bool {
	r := []rune(w)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// minerSubjects are words for those who mine: when one of them does the shutting down
// ("miners shut down when the grid is tight"), it is no measure against mining.
var minerSubjects = map[string]bool{"miners": true, "miner": true, "they": true, "companies": true, "firms": true,
	"operators": true, "rigs": true, "machines": true, "farms": true, "it": true, "company": true, "firm": true}

var passiveMarks = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "get": true, "got": true, "to": true}

// authorityActions keeps the restriction words that are measures: not a miner's or a
// company's own switching off, unless it is done to mining (an object follows) or to
// the miners (a passive). subject is the words before a clause that opens with its
// verb: "Spondoolies, a maker of mining hardware, | has stopped operating".
func authorityActions(toks []string, at []int, companies map[string]bool, subject []string) []int {
	var out []int
	for _, r := range at {
		if r < 0 {
			out = append(out, r)
			continue
		}
		bySubject := false
		for k := max(r-10, 0); k < r; k++ {
			bySubject = bySubject || minerSubjects[toks[k]] || companies[toks[k]]
		}
		for _, w := range subject {
			bySubject = bySubject || minerSubjects[w] || companies[w]
		}
		for k := max(r-2, 0); k < r; k++ {
			if passiveMarks[toks[k]] {
				bySubject = false // "miners were shut down": done to them
			}
		}
		hasObject := false
		for k := r + 1; k < len(toks) && k <= r+4; k++ {
			one := toks[k : k+1]
			if miningWords.has(one, toks[k]) {
				hasObject = true
			}
		}
		if !bySubject || hasObject {
			out = append(out, r)
		}
	}
	return out
}

var durationUnits = map[string]bool{"days": true, "weeks": true, "months": true, "years": true, "day": true,
	"week": true, "month": true, "year": true, "hours": true}

// forLimitedTime reports a measure with an end: "a ban for four months", "shut down
// until March 2022".
func forLimitedTime(toks []string, restrictAt []int) bool {
	for _, r := range restrictAt {
		for k := r + 1; r >= 0 && k < len(toks) && k <= r+10; k++ {
			switch toks[k] {
			case "for":
				if k+2 < len(toks) && durationUnits[toks[k+2]] || k+3 < len(toks) && durationUnits[toks[k+3]] {
					return true
				}
			case "until", "till":
				// "until March", "until the end of March 2026", "until spring"
				for j := k + 1; j < len(toks) && j <= k+4; j++ {
					if months[toks[j]] > 0 || yearOf(toks[j]) > 0 || seasons[toks[j]] > 0 {
						return true
					}
				}
			}
		}
	}
	return false
}

// bansOnlyNew reports a restriction of new things only: "ban new mining operations".
func bansOnlyNew(toks []string, restrictAt []int) bool {
	for _, t := range toks {
		if t == "existing" || t == "all" {
			return false // "banned new projects and phased out existing ones"
		}
	}
	for _, r := range restrictAt {
		for k := r + 1; r >= 0 && k < len(toks) && k <= r+3; k++ {
			if toks[k] == "new" || toks[k] == "future" {
				return true
			}
		}
	}
	return false
}

var clauseBreak = regexp.MustCompile(`[,;:()，；：（）]|\s(?:but|while|whereas|although|though)\s`)

// clauses cuts a sentence at commas, semicolons, colons, brackets and contrasting
// conjunctions.
func clauses(text string) []string {
	var out []string
	for _, c := range clauseBreak.Split(text, -1) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

func lower(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// negations lists where a text negates: English negations and contractions (not
// "not only", which affirms), and -1 for each Chinese one.
func (e *Engine) negations(toks []string, text string) []int {
	var at []int
	for _, n := range e.lx.Negation.find(toks, text) {
		if n >= 0 && n+1 < len(toks) && (toks[n+1] == "only" || toks[n+1] == "just" || toks[n+1] == "merely") {
			continue
		}
		if n >= 0 && n+1 < len(toks) && toks[n] == "no" && isDigits(toks[n+1]) {
			continue // "Amendment No. 1": a number
		}
		if n > 0 && toks[n] == "waiting" && (toks[n-1] == "stuck" || toks[n-1] == "left" || toks[n-1] == "sat") {
			continue // "transactions stuck waiting for confirmation": a state, not a denial
		}
		if n < 0 && !e.chineseNegation(text) {
			continue
		}
		at = append(at, n)
	}
	for i, w := range toks {
		if negatedWord(w) || zeroOf(toks, i) {
			at = append(at, i)
		}
	}
	return at
}

// zeroOf reports a zero amount of the thing named after it, which denies it as "no"
// would: "a 0% fee", "zero emissions", "zero-coupon notes"; not "zero-knowledge proofs".
func zeroOf(toks []string, i int) bool {
	if i+1 >= len(toks) || figureWords[toks[i+1]] || isFigureStart(toks[i+1]) || notZeroOf[toks[i+1]] {
		return false
	}
	switch toks[i] {
	case "zero", "0%", "0.0%", "0.00%":
		return true
	}
	return false
}

// notZeroOf are the words after "zero" that make a name, not an amount.
var notZeroOf = map[string]bool{"knowledge": true, "day": true, "sum": true, "hour": true, "point": true, "in": true, "to": true, "and": true, "or": true}

// chineseNegation reports a Chinese negation that is not part of a word meaning
// something else (未来, 非法).
func (e *Engine) chineseNegation(text string) bool {
	if hasAny(text, []string{"找不到", "查不到", "得不到", "看不到", "做不到", "达不到", "拿不到"}) {
		return true // "cannot find": not the "不到" of "less than"
	}
	for _, w := range e.lx.NotNegZH {
		text = strings.ReplaceAll(text, w, "")
	}
	for _, neg := range e.lx.Negation.ZH {
		if strings.Contains(text, neg) {
			return true
		}
	}
	return false
}

// negatedNear reports a negation within seven words before any of the positions (twelve
// for a sentence that opens with "No"), or a
// Chinese negation right before one of the Chinese words.
func (e *Engine) negatedNear(toks []string, text string, han bool, at []int, zh []string) bool {
	negAt := e.negations(toks, text)
	for _, p := range at {
		if p < 0 {
			continue
		}
		for _, n := range negAt {
			reach := 7
			if n == 0 && (toks[0] == "no" || toks[0] == "none" || toks[0] == "neither") {
				reach = 12 // "No zoning district in the county currently allows mining"
			}
			if n >= 0 && n < p && p-n <= reach {
				return true
			}
		}
	}
	if !han {
		return false
	}
	// Chinese negation stands shortly before what it negates: 未禁止, 并非整个新疆的禁令
	for _, w := range zh {
		from := 0
		for {
			i := strings.Index(text[from:], w)
			if i < 0 {
				break
			}
			i += from
			window := []rune(text[:i])
			if len(window) > 10 {
				window = window[len(window)-10:]
			}
			before := string(window)
			for _, w := range e.lx.NotNegZH {
				before = strings.ReplaceAll(before, w, "")
			}
			for _, neg := range e.lx.Negation.ZH {
				if strings.Contains(before, neg) {
					return true
				}
			}
			from = i + len(w)
		}
	}
	return false
}

// insideAny reports whether p is one of the places or lies inside one.
func insideAny(ps []*place, p *place) bool {
	for _, c := range ps {
		if c.contains(p) {
			return true
		}
	}
	return false
}

// restrictsOther reports a restriction word, at r, on something other than mining:
// "whose withdrawals were frozen", "halted deposits".
func restrictsOther(toks []string, r int) bool {
	if r < 0 {
		return false
	}
	other := false
	for k := max(0, r-2); k < min(len(toks), r+4); k++ {
		if miningWords.has(toks[k:k+1], toks[k]) {
			return false
		}
		other = other || nonMiningObjects[toks[k]]
	}
	return other
}

// nonMiningObjects are what a restriction may fall on other than mining.
var nonMiningObjects = map[string]bool{"withdrawals": true, "withdrawal": true, "deposits": true, "deposit": true,
	"accounts": true, "account": true, "trading": true, "transactions": true, "transfers": true, "payments": true,
	"sales": true, "shipments": true, "imports": true, "exports": true, "website": true, "websites": true,
	"app": true, "apps": true, "assets": true, "funds": true}

// ownStopZH reports a Chinese clause in which a company stops its own work: a company
// word and no authority ("比特币挖矿公司KnCMiner已停止全部业务").
func ownStopZH(text string) bool {
	return hasAny(text, []string{"公司", "企业", "矿企", "交易所", "矿池"}) &&
		!hasAny(text, []string{"政府", "当局", "部门", "监管", "委员会", "法院", "警方", "公安", "发改委", "能源局", "电网", "国家", "要求", "责令", "命令", "通知", "禁止", "禁令", "叫停", "取缔"})
}
