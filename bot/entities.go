package bot

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// entity is what a who-question asks for.
type entity int

const (
	entityAny     entity = iota // a body, a person or a company
	entityPerson                // "who chaired the meeting?", "which minister ...?"
	entityCompany               // "which company ...?", "name a firm ..."
)

// wantedEntity reads what an English who-question asks for.
func wantedEntity(q *question, lx *lexicon) entity {
	if q.kind == KindWho && q.lang == "zh" {
		for _, t := range zhTitles {
			if strings.Contains(q.text, t) {
				return entityPerson
			}
		}
		return entityAny
	}
	if q.kind != KindWho || q.lang != "en" {
		return entityAny
	}
	asking := -10 // where "which", "what" or "name" last stood
	for i, t := range q.toks {
		if t == "which" || t == "what" || t == "name" {
			asking = i
		}
		switch {
		case lx.companyNouns[t] && i-asking <= 3:
			return entityCompany // "which mining company", not "who ordered the miners"
		case lx.titles[t] && t != "vice" && t != "acting" && t != "former":
			return entityPerson
		case t == "who" && i+1 < len(q.toks) && lx.personVerbs[q.toks[i+1]]:
			return entityPerson
		}
	}
	return entityAny
}

// capitalRuns returns where runs of capitalised words with nothing but single spaces
// between them stand in text, leftmost first, as FindAllStringIndex would give them for
// the pattern `\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*)*` (which the tests
// check it against), without a regular expression's cost.
func capitalRuns(text string) [][]int {
	var out [][]int
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) {
			i += n
			continue
		}
		start := i
		end := wordEnd(text, i+n)
		// more capitalised words after single spaces
		for end+1 < len(text) && text[end] == ' ' {
			r, n := utf8.DecodeRuneInString(text[end+1:])
			if !unicode.IsUpper(r) {
				break
			}
			end = wordEnd(text, end+1+n)
		}
		out = append(out, []int{start, end})
		i = end
	}
	return out
}

// wordEnd is where a capitalised word that goes on at i ends: letters, digits and
// ' ’ . & - run on.
func wordEnd(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.N, r) && r != '\'' && r != '’' && r != '.' && r != '&' && r != '-' {
			break
		}
		i += n
	}
	return i
}

// nameOf finds in an English text the name of the kind of entity asked for: a person
// (a run of capitalised words after a title, after "said", or before ", <title>") or a
// company (a run ending in a company word, or one a company noun stands beside). It
// returns "" when the text names none.
func nameOf(text string, want entity, lx *lexicon, g *gazetteer) string {
	return nameNotIn(text, want, lx, g, nil)
}

// nameNotIn is nameOf, skipping names every word of which the question itself uses
// ("which issuer invested in the Volcano Energy mine?" is not answered "Volcano
// Energy").
func nameNotIn(text string, want entity, lx *lexicon, g *gazetteer, asked map[string]bool) string {
	if want == entityPerson && hasHan(text) {
		return latinNameInChinese(text)
	}
	if want == entityAny || hasHan(text) {
		return ""
	}
	for _, loc := range capitalRuns(text) {
		run := strings.Fields(text[loc[0]:loc[1]])
		before := lower(lastWordsCased(text[:loc[0]], 2)) // what is read of the words before the run
		after := text[loc[1]:]
		switch want {
		case entityPerson:
			if l := lowerWord(run[0]); len(run) == 1 && whoDoesAsked(after, asked) && !asked[l] && !strings.HasSuffix(l, "s") &&
				!bodyWords[l] && !lx.titles[l] && !lx.peopleNouns[l] && (g == nil || len(g.lookup(run[0])) == 0) {
				// "Hasu, who leads strategy at Flashbots" for "who leads strategy at
				// Flashbots?": one name, and a relative clause on a person doing what is asked
				return run[0]
			}
			apposed := strings.HasSuffix(strings.TrimRight(text[:loc[0]], " "), ",") && slices.Contains(words(text[:loc[0]]), "who") ||
				whoDoesAsked(after, asked)
			if name := personName(run, before, after, apposed, lx); name != "" && (g == nil || len(g.lookup(name)) == 0) && !allAsked(name, asked) && !surnameAsked(name, asked) {
				return name
			}
		case entityCompany:
			// "Galaxy Digital" for "which company leases Galaxy's campus?" is the one asked about
			if name := companyName(run, before, after, lx); name != "" && !allAsked(name, asked) && !asked[lowerWord(strings.Fields(name)[0])] {
				return name
			}
		}
	}
	return ""
}

// whoDoesAsked reports a relative clause after a name that does what the question asks,
// its verb and its object: "Con Kolivas, who runs the solo.ckpool.org service" for
// "who runs solo.ckpool.org?", not "Michael Grant, who runs a mining fund" for "who
// runs the park?".
func whoDoesAsked(after string, asked map[string]bool) bool {
	if !strings.HasPrefix(after, ",") {
		return false
	}
	clause := firstWords(strings.TrimLeft(after, ", "), 9)
	if len(clause) < 3 || clause[0] != "who" {
		return false
	}
	n := 0
	for _, w := range clause[1:min(len(clause), 9)] {
		if len(w) >= 4 && asked[w] {
			n++
		}
	}
	return n >= 2
}

// surnameAsked reports a person's name of two words or more whose last word, the
// surname, the question uses: "Homero Josh Garza" is the Garza a question asks about,
// not the answer to who sentenced him.
func surnameAsked(name string, asked map[string]bool) bool {
	ws := strings.Fields(name)
	return len(ws) >= 2 && asked[lowerWord(ws[len(ws)-1])]
}

func lowerWord(w string) string {
	return strings.ToLower(strings.Trim(w, ".'’"))
}

// personName reads a run of capitalised words as a person's name; apposed says the run
// follows a comma after a relative clause on people ("who founded HashFlare, …").
func personName(run, before []string, after string, apposed bool, lx *lexicon) string {
	// "NDRC spokesperson Meng Wei", "Kazakhstan's President Kassym-Jomart Tokayev":
	// the name follows the last title
	// "Minister for Digitalisation and Public Administration Karianne Tung": after the
	// office's name too
	// "an investor surnamed Cheng": a name that reports give by surname only
	titled := len(before) > 0 && (lx.titles[before[len(before)-1]] || before[len(before)-1] == "surnamed") ||
		len(before) > 1 && (before[len(before)-1] == "is" || before[len(before)-1] == "was" || before[len(before)-1] == "are" || before[len(before)-1] == "were") &&
			lx.titles[strings.TrimSuffix(before[len(before)-2], "s")] // "the company's chairman is Nii Quaynor", "its authors are …"
	for i := len(run) - 1; i >= 0; i-- {
		if l := lowerWord(run[i]); lx.titles[l] || bodyWords[l] {
			run, titled = run[i+1:], lx.titles[l] || titled || len(before) > 0 && lx.titles[before[len(before)-1]]
			break
		}
	}
	if len(run) == 0 || len(run) > 4 {
		return ""
	}
	for i, w := range run {
		// a month's short name opens a person's name too: "Jun Zhu", "Jan Capek"
		if l := lowerWord(w); bodyWords[l] || lx.suffixes[l] || lx.titles[l] || months[l] > 0 && (i > 0 || len(run) == 1 || len(l) > 3) {
			return ""
		}
	}
	single := !titled && len(run) < 2 // a surname alone needs a title beside it
	next := firstWords(strings.TrimLeft(after, ", "), 12)
	// "police detained Matjaž Škorjanc", "two citizens who founded HashFlare, Sergei
	// Potapenko and Ivan Turõgin,": named as the one a verb was done to, or in
	// apposition to people a relative clause describes
	done := len(run) >= 2 && len(before) > 0 && lx.personObjectVerbs[before[len(before)-1]]
	apposed = apposed && len(run) >= 2 && len(run) <= 3
	said := done || apposed || len(before) > 0 && lx.personVerbs[before[len(before)-1]] ||
		!strings.HasPrefix(after, ",") && len(next) > 0 && lx.personVerbs[next[0]] && len(run) >= 2 ||
		!strings.HasPrefix(after, ",") && len(run) >= 2 && appointed(next)
	for len(next) > 0 && (next[0] == "the" || next[0] == "a" || next[0] == "an" || next[0] == "its" || next[0] == "former" || next[0] == "co") {
		next = next[1:]
	}
	// "Jihan Wu, a co-founder", "Manoj Madnani, Marathon's managing director"; "David
	// Carmona, who founded IcomTech": a sentence that opens with a name and "who" opens
	// a clause on a person
	described := len(run) >= 2 && len(before) == 0 && strings.HasPrefix(after, ",") && len(next) > 1 && next[0] == "who" ||
		// "a warning from Sergej Kotliar, who said ...": a relative clause of saying
		len(run) >= 2 && strings.HasPrefix(after, ",") && len(next) > 1 && next[0] == "who" && sayingVerbs[next[1]] ||
		len(run) >= 2 && len(before) == 0 && !strings.HasPrefix(after, ",") && len(next) > 1 && next[0] == "of" // "Jason Hughes of the Ocean mining pool"
	apposedTitle := false // "Goodkind, an assistant professor of economics"
	for i, w := range next {
		if i >= 4 || !strings.HasPrefix(after, ",") {
			break
		}
		apposedTitle = apposedTitle || lx.titles[w]
	}
	described = described || apposedTitle
	if single && !apposedTitle {
		return ""
	}
	// "lists Eric Trump as a co-founder", "named Jane Roe as chief executive"
	if len(run) >= 2 && !strings.HasPrefix(after, ",") {
		if as := firstWords(after, 4); len(as) > 1 && as[0] == "as" {
			for _, w := range as[1:min(len(as), 4)] {
				described = described || lx.titles[w]
			}
		}
	}
	if titled || said || described {
		return strings.Join(run, " ")
	}
	return ""
}

// companyName reads a run of capitalised words as a company's name.
func companyName(run, before []string, after string, lx *lexicon) string {
	for len(run) > 0 && (run[0] == "The" || run[0] == "A" || run[0] == "An") {
		run = run[1:]
	}
	if len(run) == 0 {
		return ""
	}
	for _, w := range run {
		if l := lowerWord(w); bodyWords[l] && !lx.suffixes[l] {
			return "" // a commission, a ministry
		}
	}
	if len(run) >= 2 && lx.suffixes[lowerWord(run[len(run)-1])] {
		return strings.Join(run, " ")
	}
	// "the firm Mengze", "Bitmain, the Chinese company"
	if n := len(before); n > 0 && (lx.companyNouns[before[n-1]] || n > 1 && lx.companyNouns[before[n-2]] && before[n-1] == "called") {
		return strings.Join(run, " ")
	}
	next := firstWords(strings.TrimLeft(after, ", "), 5)
	if strings.HasPrefix(after, ",") {
		for i, w := range next {
			if i >= 5 {
				break
			}
			if lx.companyNouns[w] {
				return strings.Join(run, " ")
			}
		}
	}
	return ""
}

// zhTitles are the Chinese words that ask for, or introduce, a person.
var zhTitles = []string{"作者", "创始人", "部长", "总统", "总理", "首席执行官", "董事长", "研究员", "分析师", "负责人",
	"发言人", "主席", "局长", "主任", "省长", "市长", "联合创始人", "行长", "州长", "发起人", "议员", "法官", "检察官",
	"警官", "总裁", "经理", "律师", "首席财务官", "首席技术官", "执行长", "镇长", "县长", "专员"}

// latinName is a run of two or more capitalised Latin words, as Chinese text writes a
// foreign person's name ("研究员Jaran Mellerud撰文指出").
var latinName = regexp.MustCompile(`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+`)

// latinNameInChinese finds a foreign person's name in Chinese text: a Latin name
// right after a title or right before a verb of saying.
func latinNameInChinese(text string) string {
	for _, loc := range latinName.FindAllStringIndex(text, -1) {
		before, after := text[:loc[0]], text[loc[1]:]
		titled := false
		for _, t := range append(zhTitles, "（", "(") { // "布克尔（Nayib Bukele）"
			titled = titled || strings.HasSuffix(before, t)
		}
		for _, v := range []string{"撰文", "表示", "指出", "说", "称", "认为", "（"} {
			titled = titled || strings.HasPrefix(after, v)
		}
		if titled {
			return text[loc[0]:loc[1]]
		}
	}
	return ""
}

// allAsked reports a name whose every word the question uses.
func allAsked(name string, asked map[string]bool) bool {
	if len(asked) == 0 {
		return false
	}
	for _, w := range words(name) {
		if !asked[w] {
			return false
		}
	}
	return true
}

// appointed reports words that say a person took a post: "has been appointed",
// "was named", "was elected".
func appointed(next []string) bool {
	for i, w := range next {
		if i >= 3 {
			break
		}
		switch w {
		case "appointed", "named", "elected", "hired", "nominated", "promoted":
			return true
		}
	}
	return false
}

// askedVerb is the stem of the verb a who-question asks the doer of: "sponsored" in
// "who sponsored the bill?", "signed" in "which company signed the contract?".
func askedVerb(q *question) string {
	for i, t := range q.toks {
		k := -1
		switch t {
		case "who":
			k = i + 1
		case "which", "what":
			k = i + 2
		}
		for k > 0 && k < len(q.toks) && auxVerbs[q.toks[k]] {
			k++
		}
		if k > 0 && k < len(q.toks) {
			return stemAll(q.toks[k : k+1])[0]
		}
	}
	return ""
}

var auxVerbs = map[string]bool{"did": true, "does": true, "do": true, "is": true, "was": true, "were": true,
	"are": true, "has": true, "have": true, "had": true, "will": true, "would": true, "first": true}

// agentOf is the name a sentence gives, after "by", as the doer of the verb a
// who-question asks about: "the round led by Spring Lane Capital" for "who led the
// financing?", "sponsored by state Representative Scott Hilton" for "who sponsored
// the bill?".
func agentOf(s *sentence, q *question) string {
	verb := askedVerb(q)
	if verb == "" || s.han || q.lang != "en" {
		return ""
	}
	lower := strings.ToLower(s.text)
	for j, st := range s.stems {
		if st != verb && !slices.Contains(q.verbForms, st) {
			continue
		}
		if j+1 >= len(s.toks) || s.toks[j+1] != "by" {
			if name := subjectOf(s.text, lower, s.toks[j], q); name != "" {
				return name
			}
			continue
		}
		i := strings.Index(lower, s.toks[j]+" by ")
		if i < 0 {
			continue
		}
		rest := s.text[i+len(s.toks[j])+4:]
		rest = rest[:min(len(rest), 90)]
		if cut := strings.IndexAny(rest, ",;("); cut >= 0 {
			if after, ok := strings.CutPrefix(rest[cut:], ", "); ok && len(capitalRuns(rest[:cut])) == 0 && isCapitalised(after) {
				rest = after // "founded by one man, Robert J. Gray, …": the name after the description
				if cut := strings.IndexAny(rest, ",;("); cut >= 0 {
					rest = rest[:cut]
				}
			} else {
				rest = rest[:cut] // "led by X, a fund ..."
			}
		}
		runs := capitalRuns(rest)
		for r, loc := range runs {
			run := strings.Fields(rest[loc[0]:loc[1]])
			run = dropTitles(run, q.lx)
			if len(run) == 0 || len(run) == 1 && r+1 < len(runs) {
				continue // "Republican state Representative Scott Hilton": the name comes last
			}
			if q.wants == entityPerson && asksTitle(q) && len(run) < 2 {
				continue
			}
			return strings.Join(run, " ")
		}
	}
	return ""
}

// subjectOf is the name that a sentence opens its verb with: "State Representative
// Teresa Martinez, a Republican, introduced the bill" gives Teresa Martinez.
func subjectOf(text, lower, verb string, q *question) string {
	i := strings.Index(lower, " "+verb+" ")
	if i < 0 {
		return ""
	}
	before := strings.TrimSpace(text[:i])
	if strings.HasSuffix(before, ",") { // ", a Republican," describes the name before it
		before = strings.TrimSuffix(before, ",")
		k := strings.LastIndex(before, ",")
		if k < 0 {
			return ""
		}
		before = strings.TrimSpace(before[:k])
	}
	locs := capitalRuns(before)
	if len(locs) == 0 || locs[len(locs)-1][1] != len(before) {
		return ""
	}
	loc := locs[len(locs)-1]
	run := strings.Fields(before[loc[0]:loc[1]])
	run = dropTitles(run, q.lx)
	if len(run) == 0 || q.wants == entityPerson && asksTitle(q) && len(run) < 2 || len(run) == 1 && (determiners[lowerWord(run[0])] || figureWords[lowerWord(run[0])] || pronouns[lowerWord(run[0])]) {
		return "" // "The draft set out ...", "He asked ...": no name
	}
	if allAsked(strings.Join(run, " "), askedWords(q)) {
		return "" // "Black Hills Energy said" for a question about Black Hills Energy
	}
	return strings.Join(run, " ")
}

// pronouns stand for a name given before; they are none themselves.
var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"this": true, "that": true}

// indefiniteDoer is the description of a doer a sentence tells of without naming it,
// its noun last: "crypto mining company" in "a crypto mining company had signed".
func indefiniteDoer(s *sentence, lx *lexicon) []string {
	for k, t := range s.toks {
		if t != "a" && t != "an" {
			continue
		}
		for j := k + 1; j < min(k+5, len(s.toks)); j++ {
			if lx.companyNouns[s.toks[j]] {
				return s.toks[k+1 : j+1]
			}
		}
	}
	return nil
}

// namedAs finds the name a text puts before a description ending in the doer's noun
// ("MineOne, a New York-based crypto mining company"), and how many of the doer's
// other words the description shares.
func namedAs(text string, doer []string, asked map[string]bool) (string, int) {
	if len(doer) == 0 {
		return "", 0
	}
	re := appositionBy(doer[len(doer)-1])
	best, most := "", -1
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		if allAsked(m[1], asked) {
			continue
		}
		shared := 0
		for _, w := range words(m[2]) {
			if slices.Contains(doer, w) {
				shared++
			}
		}
		if shared > most {
			best, most = m[1], shared
		}
	}
	return best, most
}

// appositions holds appositionBy's expressions by noun (at most maxAppositions of
// them: the nouns come from the sources' sentences).
var (
	appositions     sync.Map
	appositionCount atomic.Int64
)

const maxAppositions = 4096

// appositionBy matches a capitalised name followed by an apposition that ends in noun:
// "Jane Roe, a former employee".
func appositionBy(noun string) *regexp.Regexp {
	if re, ok := appositions.Load(noun); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(`(\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*)*), an? ([^,.;]{0,60}?)\b` + regexp.QuoteMeta(noun) + `\b`)
	if appositionCount.Load() < maxAppositions {
		if _, loaded := appositions.LoadOrStore(noun, re); !loaded {
			appositionCount.Add(1)
		}
	}
	return re
}

// namingSentence is the sentence of the best one's article that names the doer the best
// sentence tells of without a name, the one whose description is closest.
func namingSentence(best *sentence, r *reading, q *question) *sentence {
	doer := indefiniteDoer(best, q.lx)
	if len(doer) == 0 {
		return nil
	}
	asked := askedWords(q)
	var found *sentence
	most := -1
	for _, s := range r.sentences {
		if s == best || s.article != best.article {
			continue
		}
		if name, shared := namedAs(s.text, doer, asked); name != "" && shared > most {
			found, most = s, shared
		}
	}
	return found
}

// dropTitles drops the titles and body words a run of capitalised words opens with:
// "State Representative Teresa Martinez" → Teresa Martinez.
func dropTitles(run []string, lx *lexicon) []string {
	for len(run) > 0 && (lx.titles[lowerWord(run[0])] || bodyWords[lowerWord(run[0])]) {
		run = run[1:]
	}
	return run
}

// askedWords are the question's words, to leave out the names it asks with.
func askedWords(q *question) map[string]bool {
	asked := map[string]bool{}
	for _, w := range q.toks {
		asked[w] = true
	}
	return asked
}

// companyDoer is the company a sentence names for a who-question that asks about a
// person only by its verb ("who runs the mine?"), not by a title: a company may be
// the one that does it.
func companyDoer(s *sentence, q *question) string {
	if q.wants != entityPerson || q.lang != "en" {
		return ""
	}
	if asksTitle(q) {
		return "" // "which minister ...?" asks for a person
	}
	return nameNotIn(s.text, entityCompany, q.lx, q.gz, askedWords(q))
}

// asksTitle reports a question that names a person's title: "which minister", "who is
// the chief executive".
func asksTitle(q *question) bool {
	return len(askedTitle(q)) > 0
}

// askedTitle is the first run of title words a question uses, not the one a verb was
// read as: "chief executive" in "who runs it as chief executive?".
func askedTitle(q *question) []string {
	var run []string
	for _, t := range words(q.full) {
		switch {
		case q.lx.titles[t]:
			run = append(run, t)
		case len(run) > 0:
			return run
		}
	}
	return run
}
