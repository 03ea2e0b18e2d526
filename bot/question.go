package bot

import (
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/minebot/minebot/content"
	"unicode"
	"unicode/utf8"
)

// maxQuestionRunes bounds how much of a question is read: enough for any real
// question, and a 100 KB paste costs no more than a long one.
const maxQuestionRunes = 400

// question is a question taken apart.
type question struct {
	full   string     // cleaned
	text   string     // cleaned, without a chatty opening
	lang   string     // "en" or "zh"
	kind   Kind       // what sort of answer it wants
	wants  entity     // for a who-question: a person, a company or any named body
	lx     *lexicon   // the lexicon it was read with
	gz     *gazetteer // and the gazetteer
	toks   []string   // lower-case words
	cased  []string   // the same words in their original case
	places []*place   // places it asks about
	// context are places it names only to locate another ("China's" in "China's
	// hashrate in Xinjiang")
	context []*place

	restrict bool // asks about a ban, halt, crackdown...
	permit   bool // asks whether mining is allowed, legal, possible
	complete bool // asks whether a measure is complete or permanent
	asksPlan bool // asks about a proposal or an announcement
	// outcomes are the sides of the lexicon's opposites it asks about ("approve")
	outcomes []outcome
	terms    []string
	// names are the stems of the proper names it asks about that are not places
	// ("CoreWeave", "IMF", "Landsvirkjun"): a sentence that answers speaks of them.
	names []string
	// unknownNames are the names no passage of the corpus holds ("Kyiv" asked of a
	// corpus that says Mykolaiv): a detail the sources never give (set when read)
	unknownNames []string
	// surnames are the last words of the names of two words or more, by their first
	// ("amanda" → "balon"): a source names a person by surname after the first time
	surnames map[string]string
	// concepts are what it asks about, weighed against the corpus (set when read)
	concepts []concept
	// verbForms are the stem of the verb a who-question asks about and the stems the
	// synonyms give for it ("wrote": "write", "written"), set when read
	verbForms []string
	// actions are the stems of its English words that name a measure or a permission
	// ("suspend", "allow")
	actions []string
	// nearStems are the English stems of everything the question asks about, its
	// Chinese words translated: a figure that answers stands next to one of them.
	nearStems []string
	years     []int         // years the question names
	dates     []dateMention // dates it names ("in August 2021")
	// byDate is set when the question asks how things stood by a date ("by early
	// June 2021"): the end of the time it names.
	byDate time.Time
}

// clean makes user text safe to read: no control characters, single spaces, and at
// most maxQuestionRunes runes.
func clean(s string) string {
	var b strings.Builder
	n := 0
	space := false
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.IsSpace(r) {
			space = true
			continue
		}
		if n >= maxQuestionRunes {
			break
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			n++
		}
		space = false
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// analyze takes a question apart with the lexicon and the gazetteer.
func analyze(raw string, lx *lexicon, g *gazetteer, known func(string) bool) *question {
	q := &question{text: dedupeSentences(flagsToNames(clean(raw))), lang: "en"}
	if hasHan(q.text) {
		q.lang = "zh"
	}
	// The kind and the words come from the clause that asks; places may be named
	// before it ("my cousin wants to move his rigs to Texas, is mining legal there?").
	full := q.text
	q.text = lx.spellOut(lx.dropOpening(full))
	q.cased = wordsCased(q.text)
	q.toks = words(q.text)
	q.kind = lx.kindOf(q)
	if q.kind == KindWhat && asksForBody(q.toks, lx) {
		q.kind = KindWho // "which stablecoin issuer invested ...?"
	}
	if q.kind == KindWhat && len(q.toks) > 1 && q.toks[0] == "what" && asksValue(q.toks) {
		q.kind = KindNumber // "what was the deal worth?", "what did the plan cost?"
	}
	if q.kind == KindWho && q.lang != "zh" {
		for i, w := range q.toks {
			if title, ok := lx.RoleVerbs[w]; ok && (i == 0 || q.toks[i-1] != "co") { // not "co-founded"
				q.text += " (" + title + ")" // "who runs the park?" — its director
				q.cased, q.toks = wordsCased(q.text), words(q.text)
				break
			}
		}
	}
	q.wants = wantedEntity(q, lx)
	q.lx, q.gz = lx, g
	q.full = full

	cased := wordsCased(full)
	ms := g.idiomsOut(g.find(cased, full), cased)
	placeWord := map[string]bool{}
	for _, m := range ms {
		if !containsPlace(q.places, m.place) {
			q.places = append(q.places, m.place)
		}
		for _, n := range m.place.names {
			for _, w := range strings.Fields(n) {
				placeWord[w] = true
			}
		}
	}
	q.dates = findDates(full, time.Time{})
	q.byDate = byDate(words(full), q.dates)
	yearsEnd(words(full), q.dates)
	q.context = focus(&q.places)
	q.context = append(q.context, settingInTime(&q.places, ms, words(full), q.kind == KindWhere)...)
	q.restrict = lx.Restrict.has(q.toks, q.text)
	q.permit = lx.Permit.has(q.toks, q.text) || asksAbility(q.toks)
	if q.lang == "en" {
		for i, w := range q.toks {
			if lx.Restrict.has(q.toks[i:i+1], "") || lx.Permit.has(q.toks[i:i+1], "") {
				q.actions = append(q.actions, stemAll([]string{w})[0])
			}
		}
	}
	q.complete = lx.Completeness.has(q.toks, q.text)
	q.asksPlan = lx.Proposal.has(q.toks, q.text) || lx.Announce.has(q.toks, q.text)
	q.names = properNames(q, ms, lx)
	for i, w := range q.toks {
		if placeWord[w] || lx.filler[w] || i > 0 && q.toks[i-1] == "how" {
			continue // "how large": the kind of answer, not what it is about
		}
		if y := yearOf(w); y > 0 {
			q.years = append(q.years, y)
		}
		q.terms = append(q.terms, w)
	}
	q.outcomes = lx.outcomesOf(q.toks, q.text)
	return q
}

// asksAbility reports questions like "can I still mine in X?".
func asksAbility(toks []string) bool {
	if len(toks) == 0 || (toks[0] != "can" && toks[0] != "could" && toks[0] != "may") {
		return false
	}
	for _, w := range toks[1:] {
		switch w {
		case "mine", "mining", "operate", "run", "set", "open", "start", "move", "build":
			return true
		}
	}
	return false
}

func yearOf(w string) int {
	if len(w) != 4 || (w[:2] != "19" && w[:2] != "20") {
		return 0
	}
	y := 0
	for _, r := range w {
		if r < '0' || r > '9' {
			return 0
		}
		y = y*10 + int(r-'0')
	}
	return y
}

// dropOpening removes a chatty opening ("hey, quick one:") before the clause that
// asks the question.
func (lx *lexicon) dropOpening(text string) string {
	if hasHan(text) {
		return text
	}
	start := 0
	for i, r := range text {
		if i > 0 && !strings.ContainsRune(",:;!-–—", r) {
			continue
		}
		clause := strings.TrimLeft(text[i:], ",:;!-–— ")
		if i == 0 {
			clause = text
		}
		if lx.opening(words(clause)) != "" {
			start = len(text) - len(clause)
			break
		}
	}
	return text[start:]
}

// placeNouns make "which US state", "what province" ask where.
var placeNouns = map[string]bool{"country": true, "countries": true, "province": true, "provinces": true,
	"region": true, "regions": true, "state": true, "states": true, "city": true, "cities": true, "place": true,
	"places": true, "county": true, "counties": true, "area": true, "areas": true, "town": true, "district": true}

// quantityNouns make a what-question ask for a figure.
var quantityNouns = map[string]bool{"share": true, "percentage": true, "percent": true, "proportion": true,
	"fraction": true, "portion": true, "amount": true, "number": true, "price": true, "rate": true,
	"total": true, "size": true, "capacity": true, "cost": true, "fee": true, "fees": true}

// bodyNouns make "which minister", "what Chinese company" ask who.
var bodyNouns = map[string]bool{"minister": true, "ministers": true, "official": true, "officials": true,
	"governor": true, "president": true, "person": true, "people": true, "company": true, "companies": true,
	"firm": true, "firms": true, "agency": true, "regulator": true, "regulators": true, "bank": true,
	"department": true, "ministry": true, "utility": true, "exchange": true, "pool": true, "leader": true,
	"commission": true, "body": true, "bodies": true, "authority": true, "authorities": true, "chairman": true,
	"ceo": true, "founder": true, "spokesperson": true, "spokesman": true, "lawmaker": true, "senator": true,
	"outlet": true, "newspaper": true, "maker": true, "makers": true, "manufacturer": true, "operator": true,
	"director": true, "judge": true, "mayor": true, "prosecutor": true, "prosecutors": true, "researcher": true,
	"researchers": true, "developer": true, "developers": true, "analyst": true, "analysts": true, "executive": true,
	"officer": true, "inspector": true, "economist": true, "economists": true, "professor": true, "lawyer": true,
	"attorney": true, "investor": true, "investors": true, "startup": true}

// opening returns the kind whose longest opening phrase starts toks.
func (lx *lexicon) opening(toks []string) Kind {
	if len(toks) >= 2 && (toks[0] == "which" || toks[0] == "what") {
		for _, w := range toks[1:min(5, len(toks))] {
			if quantityNouns[w] {
				return KindNumber // "what was Russia's share", "what is the price"
			}
		}
		// the noun phrase after the question word, up to its verb: a body in it asks
		// who, though a place names it ("which Columbia County planning director")
		var phrase []string
		for _, w := range toks[1:min(5, len(toks))] {
			if countVerbs[w] {
				break
			}
			phrase = append(phrase, w)
		}
		for i, w := range phrase {
			switch {
			case bodyNouns[w] && (i < 2 || slices.ContainsFunc(phrase[:i], func(p string) bool { return placeNouns[p] })):
				return KindWho
			case placeNouns[w] && i < 2 && !slices.ContainsFunc(phrase[i+1:], func(p string) bool { return bodyNouns[p] }):
				return KindWhere
			}
		}
	}
	best, bestLen := Kind(""), 0
	for _, k := range lx.kindOrder {
		for _, parts := range lx.kindPhrases[k] {
			if len(parts) > bestLen && len(parts) <= len(toks) && equalWords(toks[:len(parts)], parts) {
				best, bestLen = k, len(parts)
			}
		}
	}
	return best
}

func (lx *lexicon) kindOf(q *question) Kind {
	if q.lang == "zh" {
		if i := strings.Index(q.text, "哪"); i >= 0 {
			// the longest opening the question starts its 哪 with says it first ("哪天…县
			// 委员会" asks when), unless it is only a measure word ("哪些", "哪个")
			opening, kind := "", Kind("")
			for _, k := range lx.kindOrder {
				for _, s := range lx.Kinds[k].ZH {
					if strings.HasPrefix(s, "哪") && strings.HasPrefix(q.text[i:], s) && len(s) > len(opening) {
						opening, kind = s, k
					}
				}
			}
			if opening != "" && !zhMeasureWords[opening] {
				return kind
			}
			// then the kind of thing asked for, a few characters on: "哪个加勒比国家",
			// "哪些律师事务所"
			window := []rune(q.text[i:])
			window = window[:min(len(window), 9)]
			for _, k := range []Kind{KindWhen, KindWho, KindNumber, KindWhere} { // "哪个区块高度" before "哪个区"
				for _, noun := range lx.WhichNounsZH[k] {
					if strings.Contains(string(window), noun) {
						return k
					}
				}
			}
		}
		for _, k := range lx.kindOrder {
			for _, s := range lx.Kinds[k].ZH {
				if strings.Contains(q.text, s) {
					return k
				}
			}
		}
		switch {
		case strings.Contains(q.text, "第几"):
			return KindNumber // "排世界第几？"
		case strings.Contains(q.text, "哪") || strings.Contains(q.text, "什么"):
			return KindWhat // "哪一章破产保护？", "哪项行政命令？": asks for a thing, not yes or no
		}
	}
	if k := lx.opening(q.toks); k != "" {
		return k
	}
	if len(q.toks) > 2 && (prepositions[q.toks[0]] || openingPrepositions[q.toks[0]]) && (q.toks[1] == "what" || q.toks[1] == "which" || q.toks[1] == "whom" || q.toks[1] == "how") {
		// "for what date ...?", "under which article ...?", "about how many ...?"
		if k := lx.opening(q.toks[1:]); k != "" {
			return k
		}
	}
	if strings.HasSuffix(strings.TrimSpace(q.text), "?") || strings.HasSuffix(q.text, "？") {
		return KindYesNo
	}
	if len(q.toks) == 0 {
		return KindOther
	}
	return KindWhat
}

// openingPrepositions may also open a question before its question word: "onto which
// network ...?", "during which month ...?".
var openingPrepositions = map[string]bool{"onto": true, "into": true, "upon": true, "through": true, "across": true,
	"via": true, "toward": true, "towards": true, "against": true, "among": true, "between": true, "within": true,
	"during": true, "after": true, "before": true, "since": true, "until": true, "behind": true, "with": true, "about": true}

// zhMeasureWords follow 哪 without saying what is asked for: "哪些城市", "哪个组织".
var zhMeasureWords = map[string]bool{"哪些": true, "哪个": true, "哪家": true, "哪位": true, "哪名": true, "哪座": true,
	"哪条": true, "哪本": true, "哪一": true}

// hasWord reports whether the question uses a word (lower case).
func (q *question) hasWord(w string) bool {
	for _, t := range q.toks {
		if t == w {
			return true
		}
	}
	return false
}

// dropTerm removes a word from the question's content words (a misspelt place name).
func (q *question) dropTerm(w string) {
	kept := q.terms[:0]
	for _, t := range q.terms {
		if t != w {
			kept = append(kept, t)
		}
	}
	q.terms = kept
	names := q.names[:0]
	for _, n := range q.names {
		if ss := stemAll([]string{w}); n != ss[0] {
			names = append(names, n)
		}
	}
	q.names = names
}

// asksContinuing reports a question about whether something goes on ("still
// issuing", "continue to").
func (q *question) asksContinuing() bool {
	return q.hasWord("still") || q.hasWord("continue") || q.hasWord("continuing") || q.hasWord("keep") ||
		hasAny(q.text, []string{"还在", "仍在", "依然", "仍然", "继续", "还能", "还可以", "仍能", "仍可", "还接受", "还允许", "现在还", "目前还", "如今还", "至今还", "现在仍", "目前仍"})
}

// asksOutcome reports a question about how things stand now or turned out: "still",
// "did X end up buying Y?", "these days".
func (q *question) asksOutcome() bool {
	if q.asksContinuing() {
		return true
	}
	for _, w := range []string{"eventually", "finally", "ultimately", "now", "currently", "today", "anymore", "nowadays"} {
		if q.hasWord(w) {
			return true
		}
	}
	return hasRun(q.toks, "end up", "ended up", "in the end", "these days", "any longer", "any more") ||
		hasAny(q.text, []string{"现在", "目前", "如今", "最终", "已经"})
}

var prepositions = map[string]bool{"for": true, "under": true, "in": true, "on": true, "at": true, "by": true,
	"from": true, "to": true, "with": true, "since": true, "until": true, "after": true, "before": true,
	"during": true, "of": true, "through": true, "into": true, "about": true, "above": true, "below": true,
	"over": true, "around": true, "roughly": true, "approximately": true, "nearly": true, "almost": true,
	"within": true, "between": true}

// asksForBody reports "which/what" followed, within three words, by a word for a
// company or a person's title.
func asksForBody(toks []string, lx *lexicon) bool {
	if len(toks) < 2 || toks[0] != "which" && toks[0] != "what" {
		return false
	}
	for _, w := range toks[1:min(4, len(toks))] {
		if w == "of" || countVerbs[w] {
			return false
		}
		if lx.companyNouns[w] || lx.titles[w] && w != "head" && w != "chief" {
			return true
		}
	}
	return false
}

// asksAlready reports a question about whether something has happened yet: a plan
// answers it "no".
func (q *question) asksAlready() bool {
	return q.hasWord("already") || q.hasWord("yet") || strings.Contains(q.text, "已经")
}

// asksSince reports a question about when something began: "since when", "从什么时候开始".
func (q *question) asksSince() bool {
	return q.hasWord("since") || hasAny(q.text, []string{"从什么时候", "什么时候开始", "何时开始", "自何时", "从何时"})
}

// asksTemporary reports a question about whether a measure is only for a time.
func (q *question) asksTemporary() bool {
	return q.hasWord("temporary") || q.hasWord("temporarily") || strings.Contains(q.text, "暂时") ||
		strings.Contains(q.text, "临时")
}

// asksPermanence reports a question about whether a measure is for good.
func (q *question) asksPermanence() bool {
	return q.hasWord("permanent") || q.hasWord("permanently") || q.hasWord("forever") ||
		hasRun(q.toks, "for good") || strings.Contains(q.text, "永久")
}

// byDate reads "by early June 2021", "before 2022", "as of May 2021": the last day the
// question asks about, or the zero time.
func byDate(toks []string, dates []dateMention) time.Time {
	for _, d := range dates {
		k := d.pos - 1
		if d.pos <= 0 || k >= len(toks) {
			continue
		}
		end := d.when.AddDate(1, 0, -1)
		switch d.precision {
		case 2:
			end = d.when.AddDate(0, 1, -1)
		case 3:
			end = d.when
		}
		switch toks[k] {
		case "early":
			end, k = d.when.AddDate(0, 0, 9), k-1
		case "mid":
			end, k = d.when.AddDate(0, 0, 19), k-1
		case "late", "end":
			k--
		}
		if k >= 0 && (toks[k] == "by" || toks[k] == "before" || toks[k] == "until" || toks[k] == "till" ||
			k > 0 && toks[k] == "of" && toks[k-1] == "as") {
			return end
		}
	}
	return time.Time{}
}

// yearsEnd reads "at the end of 2021" and "late 2021" in a question as its last month,
// so a source's "31 December 2021" answers it before one that names only the year.
func yearsEnd(toks []string, dates []dateMention) {
	for i, d := range dates {
		k := d.pos - 1
		if d.precision != 1 || d.pos <= 0 || k >= len(toks) {
			continue
		}
		if toks[k] == "late" || k > 1 && toks[k] == "of" && toks[k-1] == "end" {
			dates[i].when, dates[i].precision = time.Date(d.when.Year(), time.December, 1, 0, 0, 0, 0, time.UTC), 2
		}
	}
}

// flagsToNames writes a flag emoji as its country's name: 🇨🇳 → China.
func flagsToNames(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		if i+1 < len(rs) && isRegionalIndicator(rs[i]) && isRegionalIndicator(rs[i+1]) {
			code := string([]rune{'A' + rs[i] - 0x1F1E6, 'A' + rs[i+1] - 0x1F1E6})
			if r, err := language.ParseRegion(code); err == nil {
				if name := display.English.Regions().Name(r); name != "" {
					b.WriteString(" " + name + " ")
					i++
					continue
				}
			}
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// dedupeSentences drops a sentence the question repeats, so a pasted wall of the
// same question reads as the question.
func dedupeSentences(s string) string {
	seen := map[string]bool{}
	var out []string
	for _, part := range content.Sentences(s) {
		key := strings.ToLower(part)
		if !seen[key] {
			seen[key] = true
			out = append(out, part)
		}
	}
	return strings.Join(out, " ")
}

// focus keeps the places a question asks about and returns those it names only as
// the setting of another: of Xinjiang and China, Xinjiang.
func focus(ps *[]*place) []*place {
	var keep, context []*place
	for _, p := range *ps {
		inner := false
		for _, o := range *ps {
			if o != p && p.contains(o) {
				inner = true
			}
		}
		if inner {
			context = append(context, p)
		} else {
			keep = append(keep, p)
		}
	}
	*ps = keep
	return context
}

// properNames picks the words a question writes with a capital, other than its first
// word, places, months and the lexicon's words: the names of companies, bodies and
// people it asks about. In a Chinese question every Latin word is one.
func properNames(q *question, ms []mention, lx *lexicon) []string {
	inPlace := map[string]bool{}
	for _, m := range ms {
		for _, n := range m.place.names {
			for _, w := range strings.Fields(n) {
				inPlace[w] = true
			}
		}
	}
	var out []string
	prevName := false
	for i, w := range q.cased {
		l := strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		if innerCapital(w) && !units[l] && !inPlace[l] && !(q.gz != nil && len(q.gz.lookup(l)) > 0) {
			// "hAnt", "eCash", "bitFlyer": a name however it starts
			prevName = true
			if ss := stemAll([]string{l}); ss[0] != "" && !contains(out, ss[0]) {
				out = append(out, ss[0])
			}
			continue
		}
		if !unicode.IsUpper(r) && q.lang != "zh" || i == 0 && q.lang != "zh" || inPlace[l] || lx.filler[l] ||
			months[l] > 0 || timeOfDayWords[l] || l == "i" || lx.titles[l] || isDigits(strings.TrimRight(l, "%")) || units[l] ||
			q.gz != nil && (len(q.gz.lookup(l)) > 0 || len(q.gz.lookup(strings.TrimSuffix(l, "n"))) > 0) && // "Georgian"
				!(i+1 < len(q.toks) && upgradeNouns[q.toks[i+1]]) { // "the Shanghai upgrade" is a name
			prevName = false
			continue
		}
		if prevName && !possessed(q.full, q.cased[i-1]) {
			// "Riot Platforms", "Core Scientific": the first word names it; a person
			// ("Amanda Balon said") also goes by the last word
			if len(out) > 0 && i+1 < len(q.cased) && personCue(q.toks[i+1], lx) && !lx.suffixes[l] && !lx.companyNouns[l] {
				if q.surnames == nil {
					q.surnames = map[string]string{}
				}
				q.surnames[out[len(out)-1]] = stemAll([]string{l})[0]
			}
			continue
		}
		prevName = true
		if ss := stemAll([]string{l}); ss[0] != "" && !contains(out, ss[0]) {
			out = append(out, ss[0])
		}
	}
	// a number that names one thing: "block 903,883", "BIP 54", "Decree 335"
	for i := 1; i < len(q.toks); i++ {
		if numberedNouns[q.toks[i-1]] && isDigits(strings.ReplaceAll(q.toks[i], ",", "")) && !contains(out, q.toks[i]) {
			out = append(out, q.toks[i])
		}
	}
	return out
}

// possessed reports a word the text writes with a possessive: after "Ethereum's" a new
// name starts ("Ethereum's Shanghai upgrade").
func possessed(text, w string) bool {
	return strings.Contains(text, w+"'s") || strings.Contains(text, w+"’s")
}

// numberedNouns are things a number after them names rather than counts.
var numberedNouns = map[string]bool{"block": true, "height": true, "bip": true, "eip": true, "zip": true,
	"decree": true, "resolution": true, "ordinance": true}

// personCue reports a word after a name that makes it a person's: "Amanda Balon say".
func personCue(w string, lx *lexicon) bool {
	switch w {
	case "say", "said", "says", "tell", "told", "claim", "claimed", "write", "wrote", "argue", "argued", "warn", "warned":
		return true
	}
	return lx.personVerbs[w]
}

// units are the measures and common terms a question may write in capitals ("0.5 MW",
// "an IPO"): no names.
var units = map[string]bool{"mw": true, "gw": true, "kw": true, "kwh": true, "mwh": true, "gwh": true, "twh": true,
	"eh": true, "ph": true, "th": true, "gh": true, "mh": true, "kh": true, "btc": true, "usd": true, "eur": true, "cny": true, "rmb": true, "us": true,
	"uk": true, "eu": true, "ai": true, "hpc": true, "gpu": true, "gpus": true, "asic": true, "asics": true, "pow": true, "pos": true,
	"ipo": true, "ipos": true, "mou": true, "spac": true, "etf": true, "ico": true, "nft": true, "vat": true, "ceo": true,
	"cfo": true, "coo": true, "cto": true, "pc": true, "pcs": true, "cpu": true, "cpus": true, "tv": true, "usb": true,
	"api": true, "ssd": true, "ram": true, "os": true, "vpn": true}

// asksValue reports a what-question that asks for an amount: "worth", "cost", "valued
// at", "what noise limit".
func asksValue(toks []string) bool {
	last := toks[len(toks)-1]
	if last == "worth" || last == "cost" || last == "valued" || slices.Contains(toks, "valued") && slices.Contains(toks, "at") {
		return true
	}
	// "what noise limit did the settlement set?", "what fee do miners pay?"
	for _, w := range toks[1:min(4, len(toks))] {
		if valueNouns[w] {
			return true
		}
	}
	return false
}

// valueNouns, asked for by "what", want a figure.
var valueNouns = map[string]bool{"limit": true, "cap": true, "threshold": true, "ceiling": true, "fee": true,
	"tariff": true, "fine": true, "target": true}

// timeWords open a phrase that dates a question by an event: "after China's ban".
var timeWords = map[string]bool{"after": true, "before": true, "since": true, "following": true, "until": true}

// settingInTime keeps the places a question asks about and returns those it names only
// to date it: of "Russia's share after China's ban", China. A where-question may be
// left with no place of its own.
func settingInTime(ps *[]*place, ms []mention, toks []string, where bool) []*place {
	if len(*ps) == 0 {
		return nil
	}
	dating := map[*place]bool{}
	other := map[*place]bool{}
	for _, m := range ms {
		if m.pos >= 0 && m.pos+m.n < len(toks) && toks[m.pos+m.n] == "based" {
			dating[m.place] = true // "a Singapore-based miner" says who, not where
			continue
		}
		if m.pos > 0 && m.pos-1 < len(toks) && (timeWords[toks[m.pos-1]] ||
			m.pos > 1 && toks[m.pos-1] == "the" && timeWords[toks[m.pos-2]]) {
			dating[m.place] = true
		} else {
			other[m.place] = true
		}
	}
	var keep, context []*place
	for _, p := range *ps {
		if dating[p] && !other[p] {
			context = append(context, p)
		} else {
			keep = append(keep, p)
		}
	}
	// "where did BIT Mining send its machines after Sichuan cut its power?" asks about
	// somewhere else
	if len(keep) == 0 && !onlyBased(ms, toks) && !where {
		return nil
	}
	*ps = keep
	return context
}

// onlyBased reports a question whose every place is named as where something is based.
func onlyBased(ms []mention, toks []string) bool {
	for _, m := range ms {
		if m.pos < 0 || m.pos+m.n >= len(toks) || toks[m.pos+m.n] != "based" {
			return false
		}
	}
	return len(ms) > 0
}

// asksUntil reports a question about when something ends: "until when", "持续到什么时候".
func (q *question) asksUntil() bool {
	return q.hasWord("until") || q.hasWord("till") || strings.Contains(q.text, "持续到") ||
		strings.Contains(q.text, "到什么时候") || strings.Contains(q.text, "截止")
}

// countsUnits reports a "how many" question that counts a unit of measure ("how many
// megawatts of load").
func (q *question) countsUnits() bool {
	for i := 0; i+2 < len(q.toks); i++ {
		if q.toks[i] != "how" || q.toks[i+1] != "many" {
			continue
		}
		for _, w := range q.toks[i+2:] {
			if countVerbs[w] {
				break
			}
			if isUnit(w) {
				return true
			}
		}
	}
	return false
}

// askedNoun is the stemmed noun phrase of the thing a "what X" or "how many X"
// question asks for: "what fine does Nepal impose" → fine, "what is Marathon's hash
// rate" → marathon digit hash rate, "what kind of crisis" → crisis. Words that only
// frame a figure (share, amount) or name a kind of company or person give nil.
func (q *question) askedNoun() []string {
	for i := 0; i < len(q.toks); i++ {
		rest := q.toks[i+1:]
		switch {
		case q.toks[i] == "how" && len(rest) > 0 && rest[0] == "many":
			rest = rest[1:]
		case q.toks[i] == "what":
		default:
			continue
		}
		if len(rest) > 0 && (rest[0] == "is" || rest[0] == "was" || rest[0] == "are" || rest[0] == "were") {
			rest = rest[1:]
		}
		var phrase []string
		kindOf := false // "what model of miners": a kind of thing, not "what company"
		for j, w := range rest {
			if determiners[w] && len(phrase) == 0 {
				continue // "what is the average electricity price"
			}
			if countVerbs[w] || determiners[w] || w == "in" || w == "for" || w == "to" || w == "from" || w == "at" ||
				w == "by" || w == "on" || len(phrase) == 4 {
				break
			}
			if w == "of" {
				if n := len(phrase); n > 0 && (phrase[n-1] == "kind" || phrase[n-1] == "type" || phrase[n-1] == "sort" ||
					phrase[n-1] == "model" || phrase[n-1] == "make" || phrase[n-1] == "brand") { // "what model of miners": the miners
					phrase, kindOf = phrase[:n-1], true
					continue
				}
				break
			}
			if j > 0 && strings.HasSuffix(w, "ed") && len(phrase) > 0 {
				break // "how many people arrested": the noun came first
			}
			phrase = append(phrase, w)
		}
		if len(phrase) == 0 {
			return nil
		}
		if frameWords[phrase[len(phrase)-1]] {
			return nil // "what share": any figure answers
		}
		for _, w := range phrase {
			if q.lx != nil && !kindOf && (q.lx.companyNouns[w] || q.lx.titles[w]) {
				return nil // "what company": any name answers
			}
		}
		return stemAll(phrase)
	}
	return nil
}

// determiners open a noun phrase of their own: "what company ran the mine".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

// frameWords frame a figure or a date rather than name what is asked.
var frameWords = map[string]bool{"share": true, "percentage": true, "percent": true, "proportion": true,
	"fraction": true, "portion": true, "part": true, "amount": true, "number": true, "size": true, "level": true,
	"kind": true, "type": true, "sort": true, "large": true, "big": true, "much": true, "many": true,
	"long": true, "high": true, "low": true, "fast": true, "far": true, "year": true, "month": true, "date": true,
	"day": true, "time": true, "happened": true, "happen": true}

// countedNoun is the stem of what a "how many" question counts: the last word before
// its verb ("how many crypto mining projects had ..." → project).
func (q *question) countedNoun() string {
	for i := 0; i+2 < len(q.toks); i++ {
		if q.toks[i] != "how" || q.toks[i+1] != "many" {
			continue
		}
		head := ""
		for _, w := range q.toks[i+2:] {
			if w == "of" && isUnit(head) {
				continue // "how many megawatts of load": the load
			}
			if countVerbs[w] || head != "" && endsNounPhrase(w) {
				break // "how many mining machines went missing from …": machines
			}
			head = w
		}
		if ss := stemAll([]string{head}); head != "" && ss[0] != "" {
			return ss[0]
		}
	}
	return ""
}

// endsNounPhrase reports a word that cannot go on a counted noun phrase: a
// preposition, or a verb in the past ("went", "lost", "shipped").
func endsNounPhrase(w string) bool {
	return prepositions[w] || pastIrregular[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// pastIrregular are common English verbs whose past has no "-ed".
var pastIrregular = map[string]bool{"went": true, "got": true, "came": true, "took": true, "made": true, "left": true,
	"lost": true, "sold": true, "bought": true, "paid": true, "held": true, "kept": true, "ran": true, "began": true,
	"won": true, "spent": true, "stood": true, "fell": true, "rose": true, "grew": true, "saw": true, "gave": true,
	"brought": true, "built": true, "shut": true, "sent": true, "stole": true, "found": true, "drew": true, "met": true}

var countVerbs = map[string]bool{"had": true, "have": true, "has": true, "did": true, "do": true, "does": true,
	"were": true, "was": true, "are": true, "is": true, "will": true, "would": true, "could": true, "can": true}

// asksFuture reports a question about what is to come: "when could it be introduced?".
func (q *question) asksFuture() bool {
	return q.hasWord("could") || q.hasWord("will") || q.hasWord("would") || q.hasWord("expected") || q.hasWord("due") ||
		q.kind == KindWhen && (slices.ContainsFunc(q.toks, func(w string) bool { return aheadWords[w] }) ||
			len(q.toks) > 1 && q.toks[0] == "by" && (q.toks[1] == "what" || q.toks[1] == "when" || q.toks[1] == "which"))
}

// aheadWords ask when something was to happen, a date ahead when it was written: "when
// was the upgrade predicted to activate?", "what was the deadline for comments?".
var aheadWords = map[string]bool{"predicted": true, "scheduled": true, "planned": true, "deadline": true,
	"targeted": true, "slated": true, "supposed": true, "projected": true}

// innerCapital reports a word that starts lower case and has a capital after: "hAnt",
// "eCash", "bitFlyer".
func innerCapital(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && strings.IndexFunc(w[size:], unicode.IsUpper) >= 0
}
