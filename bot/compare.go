package bot

import (
	"golang.org/x/text/currency"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// comparison is a yes/no question's claim about a share: "more than half", "over
// 40%", "the majority".
type comparison struct {
	more  bool    // more than (or at least) the bound; else less than
	bound float64 // in percent
}

var fractions = map[string]float64{"half": 50, "third": 100.0 / 3, "quarter": 25, "fifth": 20, "tenth": 10}

// shareClaim reads a comparison from a yes/no question, if it makes one.
func shareClaim(q *question) (comparison, bool) {
	if q.kind != KindYesNo || q.lang != "en" {
		return comparison{}, false
	}
	for i, w := range q.toks {
		switch w {
		case "majority":
			return comparison{more: true, bound: 50}, true
		case "minority":
			return comparison{more: false, bound: 50}, true
		}
		more, less := false, false
		rest := q.toks[i+1:]
		switch {
		case (w == "more" || w == "less" || w == "fewer") && len(rest) > 0 && rest[0] == "than":
			more, less, rest = w == "more", w != "more", rest[1:]
		case w == "over" || w == "above" || w == "exceeds" || w == "exceed":
			more = true
		case w == "under" || w == "below":
			less = true
		case (w == "at") && len(rest) > 0 && (rest[0] == "least" || rest[0] == "most"):
			more, less, rest = rest[0] == "least", rest[0] == "most", rest[1:]
		}
		if !more && !less {
			continue
		}
		if len(rest) > 0 && (rest[0] == "a" || rest[0] == "one") {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			continue
		}
		if f, ok := fractions[strings.TrimSuffix(rest[0], "s")]; ok {
			return comparison{more: more, bound: f}, true
		}
		if v, ok := percentOf(rest[0]); ok && (strings.HasSuffix(rest[0], "%") || len(rest) > 1 && (rest[1] == "percent" || rest[1] == "per")) {
			return comparison{more: more, bound: v}, true
		}
	}
	return comparison{}, false
}

// percentOf reads "36.5%" or "36.5" as a number.
func percentOf(w string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.TrimSuffix(strings.ReplaceAll(w, ",", ""), "%"), 64)
	return v, err == nil
}

// holds reports whether a figure such as "36.5%" or "20 percent" meets the claim.
func (c comparison) holds(figure string) (bool, bool) {
	v, ok := shareIn(figure)
	if !ok {
		return false, false
	}
	if c.more {
		return v > c.bound, true
	}
	return v < c.bound, true
}

// shareIn reads a share in percent from a figure: "36.5%", "20 percent", "half of",
// "two thirds of".
func shareIn(figure string) (float64, bool) {
	if m := fractionRE.FindString(figure); m != "" {
		ws := strings.Fields(strings.ToLower(m))
		if ws[0] == "half" {
			return 50, true // "half of"
		}
		share := fractions[strings.TrimSuffix(ws[1], "s")]
		if n := map[string]float64{"two": 2, "three": 3, "four": 4}[ws[0]]; n > 0 {
			share *= n
		}
		return share, true
	}
	f := strings.Fields(figure)
	if len(f) == 0 || !strings.HasSuffix(f[0], "%") && (len(f) < 2 || f[1] != "percent" && f[1] != "per") {
		return 0, false
	}
	return percentOf(f[0])
}

// A figure's class: what it measures.
const (
	classCount   = "count"
	classMoney   = "money"
	classPower   = "power"
	classPercent = "percent"
	classArea    = "area"
	classHash    = "hashrate"
	classEff     = "efficiency"
)

var areaUnits = []string{"square", "km²", "km2", "hectare", "acre", "平方公里", "公顷"}

var moneyUnits = []string{"$", "€", "£", "¥", "₹", "₦", "₽", "₸", "dollar", "euro", "yuan", "tenge", "ruble", "rouble",
	"usd", "pound", "rupee", "peso", "dinar", "rand", "naira", "shilling", "baht", "riyal", "dirham", "lira", "yen",
	"hryvnia", "manat", "lari", "reais", "rupiah", "ringgit", " won", "rial", "taka", "zloty", "krona", "kronor",
	"krone", "kroner", "franc", "cedi", "kwacha", "dong", "元"}
var hashUnits = []string{"eh/s", "ph/s", "th/s", "gh/s", "mh/s", "exahash", "petahash", "terahash", "gigahash", "megahash"}
var powerUnits = []string{"mw", "gw", "kwh", "mwh", "twh", "watt", "兆瓦", "千瓦时"}
var effUnits = []string{"j/th", "joules per terahash", "joule per terahash", "j/t", "w/th", "焦/t", "焦耳"}

// classIn tells what a figure of a sentence measures, from its unit or the two words
// after it ("500 million US dollars").
func classIn(text, n string) string {
	if c := figureClass(n); c != classCount {
		return c
	}
	if currencyBefore(text, n) != "" {
		return classMoney
	}
	if i := strings.Index(text, n); i >= 0 && hasAny(firstRunes(text[i+len(n):], 4), []string{"美元", "元", "欧元", "英镑", "港元", "比索", "卢布", "坚戈", "里亚尔", "卢比", "兰特", "奈拉", "先令", "铢", "里拉"}) {
		return classMoney // "12.41美元"
	}
	if i := strings.Index(text, n); i >= 0 {
		// "1606 MH/s", "16 J/TH": the words of the unit lose its slash
		unit := strings.ToLower(firstRunes(strings.TrimSpace(text[i+len(n):]), 6))
		if hasAny(unit, effUnits) {
			return classEff
		}
		if hasAny(unit, hashUnits) {
			return classHash
		}
	}
	if i := strings.Index(text, n); i >= 0 {
		if r, _ := utf8.DecodeRuneInString(text[i+len(n):]); unicode.Is(unicode.Han, r) {
			// Chinese: the unit follows at once ("2纳米", "10%", "50兆瓦"); the rest of the
			// run of characters is no word of it
			return figureClass(n + firstRunes(text[i+len(n):], 3))
		}
	}
	after := wordsAround(text, n, 0, 2)
	for k, w := range after {
		if isFigureStart(w) {
			after = after[:k] // "BIP 101 need 75%": the unit of the next figure is not its own
			break
		}
	}
	return figureClass(n + " " + strings.Join(after, " "))
}

// firstRunes is the first n runes of a text.
func firstRunes(text string, n int) string {
	r := []rune(text)
	return string(r[:min(n, len(r))])
}

// figureClass tells what a figure measures from its unit.
func figureClass(n string) string {
	l := strings.ToLower(n)
	switch {
	case strings.Contains(l, "%") || strings.Contains(l, "percent") || strings.Contains(l, "per cent") || fractionRE.MatchString(l):
		return classPercent
	case hasAny(l, effUnits):
		return classEff // before money: "16 J/TH" is no sum
	case hasAny(l, moneyUnits):
		return classMoney
	case hasAny(l, powerUnits):
		return classPower
	case hasAny(l, areaUnits):
		return classArea
	case hasAny(l, hashUnits):
		return classHash
	}
	return classCount
}

func hasAny(s string, subs []string) bool {
	for _, u := range subs {
		if strings.Contains(s, u) {
			return true
		}
	}
	return false
}

var (
	percentWords = map[string]bool{"share": true, "percent": true, "percentage": true, "proportion": true, "fraction": true, "ratio": true, "rate": true}
	moneyWords   = map[string]bool{"fund": true, "money": true, "investment": true, "invest": true, "invested": true,
		"cost": true, "costs": true, "price": true, "revenue": true, "fine": true, "fines": true, "debt": true, "loan": true,
		"budget": true, "worth": true, "value": true, "valued": true, "pay": true, "paid": true, "earn": true,
		"earned": true, "raise": true, "raised": true, "spend": true, "spent": true, "dollars": true, "bill": true, "bills": true,
		"compensation": true, "damages": true, "profit": true, "profits": true, "proceeds": true,
		"penalty": true, "penalties": true, "salary": true, "wages": true, "payout": true}
	areaWords  = map[string]bool{"large": true, "big": true, "area": true, "size": true, "cover": true, "covers": true}
	powerWords = map[string]bool{"megawatts": true, "power": true, "capacity": true, "electricity": true, "load": true,
		"gigawatts": true, "energy": true, "mw": true, "gw": true}
	hashWords = map[string]bool{"hashrate": true, "hashpower": true, "hash": true}
	effWords  = map[string]bool{"efficiency": true, "efficient": true}
)

// changeWords ask by how much something changed: a figure of any kind answers.
var changeWords = map[string]bool{"rise": true, "rose": true, "risen": true, "fall": true, "fell": true, "fallen": true,
	"drop": true, "dropped": true, "cut": true, "cuts": true, "increase": true, "increased": true, "decrease": true,
	"decreased": true, "grow": true, "grew": true, "grown": true, "jump": true, "jumped": true, "climb": true,
	"climbed": true, "decline": true, "declined": true, "shrink": true, "shrank": true, "plunge": true, "plunged": true,
	"slump": true, "slumped": true}

// asksChange reports an English question on how much something changed: "by how much
// did the costs rise?", "how big were the pay cuts?".
func asksChange(q *question) bool {
	if hasRun(q.toks, "by how much") {
		return true
	}
	for _, w := range q.toks {
		if changeWords[w] {
			return true
		}
	}
	return false
}

// askedClass is what kind of figure a number question wants, or "" if it does not
// say: "what share" a percentage, "how large a fund" money, "how much power" power.
func askedClass(q *question) string {
	if q.kind != KindNumber {
		return ""
	}
	if q.lang == "zh" {
		for _, set := range classWordsZH {
			if hasAny(q.text, set.words) {
				return set.class
			}
		}
		return ""
	}
	sets := []struct {
		words map[string]bool
		class string
	}{{percentWords, classPercent}, {moneyWords, classMoney}, {powerWords, classPower}, {hashWords, classHash}, {effWords, classEff}, {areaWords, classArea}}
	change := asksChange(q)
	if change {
		sets = sets[:1] // "by how much did costs rise?": by 170% or by $2 million
	}
	for _, set := range sets {
		for i, w := range q.toks {
			if set.words[w] && !(w == "share" && i > 0 && q.toks[i-1] == "per") && !countedElse(q.toks, i) && !raisesOther(q.toks, i) { // "price per share": a sum
				return set.class
			}
		}
	}
	if change {
		return ""
	}
	// "how much were the creditors claiming?": a sum, unless it asks how much of a thing
	// ("how much gas") or of a coin
	for i := 0; i+2 < len(q.toks); i++ {
		if q.toks[i] != "how" || q.toks[i+1] != "much" || !auxiliaries[q.toks[i+2]] {
			continue
		}
		for _, w := range q.toks {
			if coinWords[stemAll([]string{w})[0]] {
				return ""
			}
		}
		return classMoney
	}
	return ""
}

// countedElse reports a word of a "how many" question other than the thing it counts:
// "how many members were on the commission set up to draft a crypto bill?" counts
// members, not a bill's sum.
func countedElse(toks []string, i int) bool {
	for k := 0; k+2 < len(toks); k++ {
		if toks[k] == "how" && toks[k+1] == "many" {
			return i != k+2
		}
	}
	return false
}

// classWordsZH are the Chinese words by which a question asks for a share, a sum, a
// power or an area, in the order they are weighed: "交易价值是多少" asks for money, "电价"
// for a price, not a power.
var classWordsZH = []struct {
	class string
	words []string
}{
	{classPercent, []string{"百分比", "比例", "占比", "份额", "百分之", "比重"}},
	{classMoney, []string{"多少钱", "价值", "金额", "价格", "电价", "募资", "募集", "筹资", "融资", "负债", "债务", "成本",
		"费用", "收入", "营收", "利润", "罚款", "投资额", "赔偿", "账单", "售价", "市值", "电费"}},
	{classPower, []string{"兆瓦", "千瓦", "电力容量", "功率", "装机", "用电量", "功耗", "多少瓦", "瓦数"}},
	{classEff, []string{"能效", "功耗比"}},
	{classHash, []string{"算力"}},
	{classArea, []string{"面积", "公顷", "英亩", "平方"}},
}

// auxiliaries open the clause after "how much" when it asks for a sum.
var auxiliaries = map[string]bool{"did": true, "does": true, "do": true, "was": true, "were": true, "is": true,
	"are": true, "will": true, "would": true, "has": true, "have": true, "had": true, "could": true, "can": true}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// currencyBefore is the currency code written just before a figure: "R403 billion",
// "Rs 20 crore", "US$5m".
func currencyBefore(text, n string) string {
	i := strings.Index(text, n)
	if i <= 0 {
		return ""
	}
	before := strings.TrimRight(text[:i], " ")
	// an ISO 4217 code ("USD 2 million", "SCR 75,000")
	if k := len(before) - 3; k >= 0 && (k == 0 || !isLetter(before[k-1])) && isoCurrency(before[k:]) {
		return text[i-(len(text[:i])-len(before))-3 : i]
	}
	for _, c := range currencySigns {
		if strings.HasSuffix(before, c) && (len(before) == len(c) || !isLetter(before[len(before)-len(c)-1])) {
			return text[i-(len(text[:i])-len(before))-len(c) : i]
		}
	}
	return ""
}

// isoCurrency reports an ISO 4217 currency code: three capital letters CLDR knows.
func isoCurrency(w string) bool {
	if len(w) != 3 || strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return false
	}
	_, err := currency.ParseISO(w)
	return err == nil
}

// currencySign reports letters written onto or before an amount that make it money.
func currencySign(w string) bool { return isoCurrency(w) || slices.Contains(currencySigns, w) }

// currencySigns are the signs written before an amount that are no ISO code ("US$",
// "R"), and RMB, which is none either.
var currencySigns = []string{"RMB", "US$", "HK$", "NT$", "S$", "R$", "A$", "C$", "N$", "KSh", "Rs.", "Rs", "Rp", "RM", "R"}

// claimPreps join a question's verb to the value it claims: "powered by geothermal
// energy", "based in Canada", "cooled with air".
var claimPreps = map[string]bool{"by": true, "with": true, "in": true, "from": true, "using": true, "on": true}

// generic words carry no claim of their own.
var genericVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true, "mining": true, "mine": true,
	"miners": true, "crypto": true, "bitcoin": true, "banned": true, "ban": true, "allowed": true, "legal": true,
	"still": true, "now": true, "mainly": true, "only": true}

// claimVerbs are participles that do not end in -ed.
var claimVerbs = map[string]bool{"run": true, "built": true, "made": true, "held": true, "sold": true, "paid": true,
	"owned": true, "led": true, "set": true, "kept": true}

type claim struct {
	verb   string   // stem
	prep   string   // "by", "in": a source's value after another one tells of something else
	values []string // stems
}

// valueClaims reads "<verb> <prep> <value>" claims from a yes/no question.
func valueClaims(q *question) []claim {
	if q.kind != KindYesNo || q.lang != "en" {
		return nil
	}
	var out []claim
	for i := 1; i+1 < len(q.toks); i++ {
		verb := q.toks[i-1]
		if !claimPreps[q.toks[i]] || genericVerbs[verb] || q.lx.filler[verb] || months[q.toks[i+1]] > 0 || yearOf(q.toks[i+1]) > 0 {
			continue
		}
		if !strings.HasSuffix(verb, "ed") && !claimVerbs[verb] {
			continue // "rigs in the United States" names a place, it claims no value
		}
		var vals []string
		for _, w := range q.toks[i+1:] {
			if determiners[w] {
				continue
			}
			if claimPreps[w] || countVerbs[w] || len(vals) == 2 {
				break
			}
			vals = append(vals, w)
		}
		if len(vals) > 0 {
			out = append(out, claim{verb: stemAll([]string{verb})[0], prep: q.toks[i], values: stemAll(vals)})
		}
	}
	return out
}

// samePrepKind reports two prepositions that tell the same kind of thing: the means
// ("cooled with air" — "cooled in liquid", "powered by solar") or the place ("based in",
// "at", "from"); "on" only itself.
func samePrepKind(asked, given string) bool {
	return asked == given || meansPreps[asked] && meansPreps[given] && asked != "in" || placePreps[asked] && placePreps[given]
}

var (
	meansPreps = map[string]bool{"by": true, "with": true, "using": true, "in": true}
	placePreps = map[string]bool{"in": true, "at": true, "from": true}
)

// timeOfDayWords open a phrase of time, not of the value a claim puts on its verb.
var timeOfDayWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "morning": true, "afternoon": true, "evening": true,
	"night": true, "week": true, "weekend": true, "day": true, "month": true, "year": true, "time": true}

// contradicted reports a claim that close statements give another value for and none
// gives the claimed one: "powered by geothermal energy?" — "powered by a renewable
// park of solar panels and wind turbines".
func contradicted(cl claim, ss []*sentence) *sentence {
	var other *sentence
	for _, s := range ss {
		for j, t := range s.stems {
			if t != cl.verb {
				continue
			}
			for k := j + 1; k < len(s.toks) && k <= j+2; k++ {
				if !claimPreps[s.toks[k]] {
					continue
				}
				if strings.HasSuffix(s.toks[j], "ing") || adverbialPhrase(s.toks[k:]) {
					continue // "mining in Kazakhstan" names no means; "mined, in this case"
				}
				window := s.stems[k+1 : min(k+7, len(s.stems))]
				for _, v := range cl.values {
					if hasStem(window, v) {
						return nil // a statement gives the claimed value
					}
				}
				if k+1 < len(s.toks) && (timeOfDayWords[s.toks[k+1]] || months[s.toks[k+1]] > 0 || yearOf(s.toks[k+1]) > 0 || isDigits(s.toks[k+1])) {
					continue // "confirmed the arrests on Sunday morning": when, not how
				}
				if other == nil && samePrepKind(cl.prep, s.toks[k]) {
					other = s // not "detained in the investigation?" — "detained on suspicion of"
				}
			}
		}
	}
	return other
}

// figureClaim is a figure a yes/no question states: "did police seize 2,000 rigs?",
// "by 70 votes to 29", "about 90% of requests".
type figureClaim struct {
	value float64
	class string
	nouns []string // stems of the words after the figure, for counts
	near  bool     // "about", "around": within a tenth
	bound int      // +1 "more than", -1 "fewer than", 0 the figure itself
	scale float64  // of its unit, against the class's base unit: 1000 for GW
	// anchor is the stem of the word the figure follows ("keep" in "keep 10% of the
	// company"): a source's figure after the same word is the one to weigh
	anchor string
	// zhUnit is, for a Chinese count the lexicon cannot put into English, the Chinese
	// unit written after it ("60分贝": 分贝); a source's figure with the same unit is
	// the one to weigh
	zhUnit string
	// from is set for a figure the question gives as what something changed from
	// ("raise it from 10 to 20 MW?")
	from bool
}

// figureModifiers stand between a figure and the word it follows: "keep only about 10%".
var figureModifiers = map[string]bool{"about": true, "around": true, "roughly": true, "approximately": true,
	"nearly": true, "almost": true, "some": true, "only": true, "more": true, "less": true, "fewer": true,
	"than": true, "over": true, "under": true, "at": true, "least": true, "most": true, "up": true, "to": true,
	"all": true, "the": true, "a": true, "just": true}

// figureWords are the words after a figure that say nothing of what it counts.
var figureWords = map[string]bool{"to": true, "of": true, "the": true, "a": true, "an": true, "and": true,
	"or": true, "in": true, "on": true, "at": true, "for": true, "from": true, "by": true, "with": true, "was": true,
	"were": true, "is": true, "are": true, "that": true, "than": true, "its": true, "their": true}

// figureClaims reads the figures an English yes/no question states, leaving out years,
// dates and the shares a comparison claims ("more than half"), which settlesClaim weighs.
func figureClaims(q *question) []figureClaim {
	if q.kind != KindYesNo {
		return nil
	}
	if q.lang != "en" {
		return measuredClaimsZH(q)
	}
	var out []figureClaim
	for _, n := range numbers(q.text, q.dates) {
		v, ok := valueOf(n)
		if !ok {
			continue
		}
		c := figureClaim{value: v, class: classIn(q.text, n), scale: unitScale(q.text, n)}
		i := strings.Index(q.text, n)
		if i > 0 && isLetter(q.text[i-1]) {
			continue // "S21": a model's name
		}
		before := words(q.text[:i])
		if cased := wordsCased(q.text[:i]); len(cased) > 1 && isCapitalised(cased[len(cased)-1]) && !strings.ContainsAny(n[:1], "$€£¥") && c.class != classPercent && currencyBefore(q.text, n) == "" {
			continue // "Hut 8", "Phase 2": part of a name; not "fine Nvidia $10 million", "RIGZ 0.75%"
		}
		bare := before
		if n := len(bare); n > 1 && determiners[bare[n-1]] && (bare[n-2] == "above" || bare[n-2] == "below" || bare[n-2] == "over" || bare[n-2] == "under") {
			bare = bare[:n-1] // "above the 500 PH/s target": the bound stands before the article
		}
		last := func(k int) string {
			if len(bare) >= k {
				return bare[len(bare)-k]
			}
			return ""
		}
		switch {
		case last(1) == "about" || last(1) == "around" || last(1) == "roughly" || last(1) == "approximately" ||
			last(1) == "nearly" || last(1) == "almost" || last(1) == "some":
			c.near = true
		case last(1) == "than" && (last(2) == "more" || greaterWords[last(2)]) || last(1) == "over" || last(1) == "above" || last(1) == "least" || exceedVerbs[last(1)]:
			c.bound = 1
		case last(1) == "than" || last(1) == "under" || last(1) == "below" || last(1) == "most" || last(1) == "to" && last(2) == "up":
			c.bound = -1
		}
		if c.class == classPercent && c.bound < 0 && last(1) == "to" && last(2) == "up" {
			c.bound = 0 // "returns of up to 500 percent": the cap a source states, weighed as given
		}
		if c.class == classPercent && c.bound != 0 {
			continue
		}
		c.from = last(1) == "from"
		c.nouns = figureNouns(q.text, n)
		if last(1) == "of" && last(2) == "factor" {
			c.nouns = []string{factorNoun} // "cut it by a factor of 10": a ratio
		}
		c.anchor = anchorBefore(before) // "keep 10%": keep
		if c.class == classCount && len(c.nouns) == 0 {
			continue // "by 70 votes to 29": the 29 says nothing of what it counts
		}
		out = append(out, c)
	}
	// "a fifth crypto farm", "two men", "one block per second": counts written in words
	for _, sp := range append(spelledNumbers(q.toks), spelledOnes(q.toks)...) {
		if sp.next >= len(q.toks) {
			continue
		}
		if sp.value == 1 && (q.toks[sp.next] == "of" || q.toks[sp.next] == "another" || sp.start > 0 && !countsOne[q.toks[sp.start-1]]) {
			continue // "one of its sites", "the one site": no count claimed
		}
		nouns := figureNouns(strings.Join(q.toks[sp.next:], " "), "")
		if len(nouns) == 0 || figureWords[q.toks[sp.next]] {
			continue
		}
		c := figureClaim{value: sp.value, class: classCount, nouns: nouns, scale: 1}
		c.anchor = anchorBefore(q.toks[:sp.start]) // "arrest seven people": arrest
		out = append(out, c)
	}
	for k, t := range q.toks {
		if v, ok := ordinals[t]; ok && k+1 < len(q.toks) && k > 0 && (q.toks[k-1] == "a" || q.toks[k-1] == "the") {
			if nouns := figureNouns(strings.Join(q.toks[k+1:], " "), ""); len(nouns) > 0 {
				out = append(out, figureClaim{value: v, class: classCount, nouns: nouns, scale: 1, bound: 1})
			}
		}
	}
	// "was half of bitcoin's hashrate merge-mining it?": a share in words
	return append(out, fractionClaims(q.text)...)
}

// fractionClaims are the shares a question states in words ("half of the network", "a
// third of its sales"), not bounds ("more than half of", shareClaim's) nor parts of a
// year ("the first half of 2019").
func fractionClaims(text string) []figureClaim {
	var out []figureClaim
	for _, at := range fractionRE.FindAllStringIndex(text, -1) {
		m := text[at[0]:at[1]]
		v, ok := shareIn(m)
		if !ok {
			continue
		}
		before := lower(lastWordsCased(text[:at[0]], 2))
		if boundBefore(text[:at[0]]) != "" || len(before) > 0 && periodOrdinals[before[len(before)-1]] {
			continue
		}
		if next := firstWords(text[at[1]:], 2); len(next) > 0 && (yearOf(next[0]) > 0 || months[next[0]] > 0 || next[0] == "the" && len(next) > 1 && (next[1] == "year" || next[1] == "month")) {
			continue // "half of 2019"
		}
		out = append(out, figureClaim{value: v, class: classPercent, near: true, scale: 1})
	}
	for _, at := range halfRE.FindAllStringIndex(text, -1) {
		// "cut block revenue in half", "resold at half their value"; "by half of
		// 2019's level" is fractionRE's
		if !strings.HasPrefix(strings.ToLower(text[at[1]:]), " of") {
			out = append(out, figureClaim{value: 50, class: classPercent, near: true, scale: 1})
			break
		}
	}
	return out
}

// halfRE finds a half a question claims without "of": "in half", "by half", "half
// their value".
var halfRE = regexp.MustCompile(`(?i)\b(?:(?:in|by) half|half (?:their|its|the))\b`)

// periodOrdinals before "half of" make it a part of a period: "the first half of 2019".
var periodOrdinals = map[string]bool{"first": true, "second": true, "last": true, "latter": true, "former": true, "other": true}

// anchorBefore is the stem of the word a question's figure follows, past words that
// only modify it ("keep about 10%": keep), or "" when that word is too common to anchor
// it.
func anchorBefore(before []string) string {
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		if !figureModifiers[before[k]] {
			if !genericVerbs[before[k]] && !figureWords[before[k]] && len(before[k]) > 2 {
				return stemAll(before[k : k+1])[0]
			}
			return ""
		}
	}
	return ""
}

// measuredClaimsZH reads the measured figures a Chinese yes/no question states — a sum,
// a share, a power — which need no English noun to be compared: "每股价格是20美元吗？".
func measuredClaimsZH(q *question) []figureClaim {
	var out []figureClaim
	for _, n := range numbers(q.text, q.dates) {
		v, ok := valueOf(n)
		c := figureClaim{value: v, class: classIn(q.text, n), scale: unitScale(q.text, n)}
		before := strings.TrimRight(q.text[:max(strings.Index(q.text, n), 0)], " ")
		if ok && c.class == classCount && (before == "" || !isLetter(before[len(before)-1])) && !measuredZH(q.text, n) {
			// "1000枚比特币": what it counts, in English, from the words after it; not
			// "HB 116", a name, nor "2纳米芯片", a size
			c.nouns = zhCountedNouns(q.text, n, 8, q.lx)
		}
		if ok && c.class == classCount && len(c.nouns) == 0 && (before == "" || !isLetter(before[len(before)-1])) {
			c.zhUnit = zhUnitAfter(q.text, n) // "噪音是60分贝吗": 分贝
		}
		if ok && (c.class == classMoney || c.class == classPercent || c.class == classPower || len(c.nouns) > 0 || c.zhUnit != "") {
			out = append(out, c)
		}
	}
	return out
}

// measuredZH reports a figure a Chinese text follows at once with a unit of measure
// rather than a classifier or a noun: "2纳米" is a size, "1000枚比特币" a count.
func measuredZH(text, n string) bool {
	u := []rune(zhUnitAfter(text, n))
	return len(u) == 2 && !strings.ContainsRune(zhClassifiers, u[0])
}

// zhClassifiers are the Chinese measure words a count takes before its noun.
const zhClassifiers = "个台家枚名位座次项件户处条艘片张份笔起人只批轮场所辆架颗块套间栋"

// zhUnitAfter is the unit a Chinese text writes right after figure n: one or two
// Chinese characters up to a particle or a mark ("60分贝吗": 分贝, "12年": 年), or "" when
// none follows, or when the figure is part of a date ("2023年10月", "10月").
func zhUnitAfter(text, n string) string {
	i := strings.Index(text, n)
	if i < 0 {
		return ""
	}
	var unit []rune
	for _, r := range text[i+len(n):] {
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune("吗了的呢吧么是在于多余左右以上以下", r) || len(unit) == 2 {
			break
		}
		unit = append(unit, r)
	}
	u := string(unit)
	if u == "" || strings.HasPrefix(u, "月") || strings.HasPrefix(u, "日") || strings.HasPrefix(u, "号") {
		return ""
	}
	if v, ok := valueOf(n); strings.HasPrefix(u, "年") && (!ok || v >= 1900) {
		return "" // a year, not a count of years
	}
	return u
}

// zhCountedNouns are the English stems of the Chinese words the lexicon translates in
// the first runes characters after a figure: "枚比特币" gives bitcoin.
func zhCountedNouns(text, n string, runes int, lx *lexicon) []string {
	i := strings.Index(text, n)
	if i < 0 || lx == nil {
		return nil
	}
	after := []rune(text[i+len(n):])
	window := string(after[:min(len(after), runes)])
	var out []string
	for _, z := range lx.zhTerms {
		if strings.Contains(window, z) {
			for _, en := range lx.Translations[z] {
				out = append(out, stemAll(words(en))...)
			}
		}
	}
	return out
}

// timeUnits are the stems of the words a span of time is counted in.
var timeUnits = map[string]bool{"hour": true, "day": true, "week": true, "month": true, "year": true}

// figureNouns are the stems of the figure's own noun ("2,000 bitcoin") and of up to
// five words after it that say what it counts ("12 of the institute's graphics
// processing units").
func figureNouns(text, n string) []string {
	var out []string
	for _, w := range words(n) { // "2,000 bitcoin": the figure's own noun
		if !isDigits(strings.ReplaceAll(w, ",", "")) && !isUnit(w) && !figureWords[w] && figureClass(w) == classCount {
			out = append(out, w)
		}
	}
	for _, w := range wordsAround(text, n, 0, 7) {
		if len(out) == 0 && timeUnits[stemAll([]string{w})[0]] {
			return stemAll([]string{w}) // "for 20 years": a count of years
		}
		if figureWords[w] || isUnit(w) {
			if len(out) > 0 && w != "of" {
				break
			}
			continue
		}
		out = append(out, w)
		if len(out) >= 5 {
			break
		}
	}
	return stemAll(out)
}

// factorNoun stands for what a ratio claim counts: "by a factor of 10" is weighed
// against the factors a source gives, not against its other counts.
const factorNoun = "factor of"

// meets reports whether a figure of a source is the one claimed.
func (c figureClaim) meets(v float64) bool {
	switch {
	case c.bound > 0:
		return v > c.value || v == c.value
	case c.bound < 0:
		return v < c.value || v == c.value
	case c.near:
		return v >= 0.9*c.value && v <= 1.1*c.value
	}
	return v == c.value
}

// sameThing reports whether a figure of a source measures what the claim does: the same
// class, and for counts a word in common after it ("1,300 bitcoin mining machines" for
// "2,000 bitcoin rigs").
func (c figureClaim) sameThing(text, n string, lx *lexicon) bool {
	if classIn(text, n) != c.class {
		return false
	}
	if c.zhUnit != "" {
		return hasHan(text) && zhUnitAfter(text, n) == c.zhUnit
	}
	if c.class != classCount {
		return true
	}
	if slices.Contains(c.nouns, factorNoun) {
		i := strings.Index(text, n)
		return i > 0 && strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[:i])), "factor of")
	}
	for _, w := range figureNouns(text, n) {
		if slices.Contains(c.nouns, w) {
			return true
		}
	}
	return hasHan(text) && c.countsInChinese(text, n, lx)
}

// countsInChinese reports a Chinese figure followed, within a few characters, by a word
// whose English translation names what the claim counts: "1300台……比特币矿机" for "rigs".
func (c figureClaim) countsInChinese(text, n string, lx *lexicon) bool {
	return slices.ContainsFunc(zhCountedNouns(text, n, 16, lx), func(w string) bool { return slices.Contains(c.nouns, w) })
}

// valueOf reads a figure as a number: "1,300", "$2.5 million", "75%".
func valueOf(n string) (float64, bool) {
	f := strings.Fields(strings.Trim(strings.ToLower(n), "$€£¥ "))
	if len(f) == 0 {
		return 0, false
	}
	num := strings.TrimRight(strings.ReplaceAll(f[0], ",", ""), "%")
	num = strings.TrimLeft(num, "$€£¥")
	end := len(num)
	for end > 0 && (num[end-1] < '0' || num[end-1] > '9') {
		end--
	}
	v, err := strconv.ParseFloat(num[:end], 64)
	if err != nil {
		return 0, false
	}
	scale := map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "万": 1e4, "亿": 1e8}
	for _, w := range f[1:] {
		if s, ok := scale[w]; ok {
			v *= s
		}
	}
	if s, ok := scale[strings.TrimLeft(num[end:], " ")]; ok {
		v *= s
	}
	return v, true
}

// unitScale is the size of a figure's unit against its class's base unit (megawatts,
// terahashes a second): 1000 for "2 GW", a million for "10 EH/s".
func unitScale(text, n string) float64 {
	l := strings.ToLower(n + " " + strings.Join(wordsAround(text, n, 0, 1), " "))
	switch {
	case strings.Contains(l, "twh") || strings.Contains(l, "terawatt"):
		return 1e6
	case strings.Contains(l, "gw") || strings.Contains(l, "gigawatt"):
		return 1e3
	case strings.Contains(l, "kw") && !strings.Contains(l, "kwh") || strings.Contains(l, "kilowatt") && !strings.Contains(l, "hour"):
		return 1e-3
	case strings.Contains(l, "eh/") || strings.Contains(l, "exahash"):
		return 1e6
	case strings.Contains(l, "ph/") || strings.Contains(l, "petahash"):
		return 1e3
	case strings.Contains(l, "watt") && !strings.Contains(l, "megawatt"):
		return 1e-6 // "1,275 watts"
	}
	return 1
}

// figureContradicted is the sentence, of those of the best sentence's article, that
// gives another figure for what a yes/no question puts a figure on, when none gives the
// claimed one: "did police seize 500 rigs?" — "police named seven suspects ... Officers
// found 76 mining processors". The whole article is weighed: the count is often told
// further down than the sentence that best matches the question's other words.
func figureContradicted(best *sentence, q *question, r *reading) *sentence {
	close := inArticle(best, r, math.Inf(1))
	if unanimous(q.text) {
		// "unanimously?" — "by 97 votes to 1"
		for _, s := range close {
			if given, ok := tally(s.text); ok {
				if given[1] > 0 {
					return s
				}
				break
			}
		}
	}
	if asked, ok := tally(q.text); ok {
		// "by 20 votes to 9?" — "by a vote of 17 to 12"
		for _, s := range close {
			if given, ok := tally(s.text); ok {
				if given == asked {
					return nil
				}
				return s
			}
		}
	}
	claims := figureClaims(q)
	if len(claims) == 0 {
		return nil
	}
	// "the co-founders got 12 years" says nothing of the promoter asked about
	close = slices.DeleteFunc(slices.Clone(close), func(s *sentence) bool { return !keepsNames(best, s, q) })
	for _, c := range claims {
		if s, decided := anchoredFigure(c, close); decided {
			if s != nil {
				return s
			}
			continue
		}
		other, given := weighFigure(c, close, q)
		if !given && other == nil && c.class != classCount &&
			(titleGivesOther(c, best.article.Title) || titleGivesOther(c, best.article.Summary)) {
			other = best // "Cipher to buy the site for $67.5 million", the title (or summary) says
		}
		if !given && other == nil {
			// the best article says nothing of the figure: the close sentences of other
			// articles on the same names may ("24 graphics processing units")
			var near []*sentence
			for _, s := range r.sentences {
				if s.article != best.article && s.score >= best.score-otherArticleWindow && keepsNames(best, s, q) {
					near = append(near, s)
				}
			}
			other, given = weighFigure(c, near, q)
		}
		if !given && other != nil {
			return other
		}
	}
	return nil
}

// otherArticleWindow is how far below the best sentence a sentence of another article
// may score and still settle a figure the best article does not give.
const otherArticleWindow = 1.0

// weighFigure reads the sentences for a claimed figure: other is the first that gives
// another figure for what the claim counts or measures, given whether any gives the
// claimed one.
func weighFigure(c figureClaim, ss []*sentence, q *question) (other *sentence, given bool) {
	for _, s := range ss {
		for _, sp := range append(spelledNumbers(s.toks), spelledOnes(s.toks)...) {
			switch {
			case c.meets(sp.value):
				given = true // "Nineteen were shut down": what it counts is not checked
			case other == nil && c.class == classCount && sp.next < len(s.stems) && slices.Contains(c.nouns, s.stems[sp.next]):
				other = s // "for ten years" against "for 20 years"
			case other == nil && c.class == classCount && c.anchor != "" && ofThem(s.toks, sp.next) &&
				slices.Contains(s.stems[max(0, sp.start-3):sp.start], c.anchor):
				other = s // "did Poolin create eight tokens?" — "Poolin created six of them"
			}
		}
		if c.class == classPercent && c.bound == 0 {
			// "roughly a third of bitcoin's mining power" against "half of"
			for _, m := range fractionRE.FindAllString(s.text, -1) {
				if boundBefore(s.text[:strings.Index(s.text, m)]) != "" {
					continue
				}
				if v, ok := shareIn(m); ok && c.meets(v) {
					given = true
				} else if ok && other == nil {
					other = s
				}
			}
		}
		for _, n := range s.figures {
			v, ok := valueOf(n)
			if !ok || !c.sameThing(s.text, n, q.lx) {
				continue
			}
			v *= unitScale(s.text, n) / c.scale
			met, bears := c.judge(s.text, n, v)
			if !bears {
				continue
			}
			if met && (c.class == classPercent || c.class == classMoney) && ownedElsewhere(c, s, n, q) {
				met = false // "7% to the company and 5% to the Foundation"
			}
			if met {
				given = true
			} else if other == nil {
				other = s
			}
		}
	}
	return other, given
}

// judge reads a figure of a source (its value v in the claim's unit) against the
// claim: whether it is the figure claimed, and whether it bears on the claim at all.
// Two caps agree only when they are the same ("up to 500 sectors?" — "at most 203
// sectors"), and a floor says nothing of a cap ("at least 12").
func (c figureClaim) judge(text, n string, v float64) (met, bears bool) {
	if !c.from && changedFrom(text, n) {
		// "lowered its forecast from 10 percent to a high single-digit percentage": the
		// figure no longer holds
		return false, true
	}
	if c.bound < 0 {
		switch statedBound(text, n) {
		case -1:
			return v == c.value, true
		case 1:
			return false, false
		}
	}
	return c.meets(v), true
}

// changedFrom reports a figure a sentence gives as the value something changed from:
// "from 10 percent to …".
func changedFrom(text, n string) bool {
	i := strings.Index(text, n)
	if i < 0 {
		return false
	}
	b := wordsAround(text, n, 1, 0)
	return len(b) == 1 && b[0] == "from" && slices.Contains(firstWords(text[i+len(n):], 6), "to")
}

// statedBound is -1 for a figure a sentence gives as a cap ("at most 203", "up to
// 500", "a maximum of 30", "no more than 5"), 1 for a floor ("at least 12", "a minimum
// of 3", "no fewer than 5") and 0 otherwise.
func statedBound(text, n string) int {
	b := wordsAround(text, n, 3, 0)
	last := func(k int) string {
		if len(b) >= k {
			return b[len(b)-k]
		}
		return ""
	}
	switch {
	case last(2) == "at" && last(1) == "most", last(2) == "up" && last(1) == "to",
		last(2) == "maximum" && last(1) == "of", last(3) == "no" && last(2) == "more" && last(1) == "than":
		return -1
	case last(2) == "at" && last(1) == "least", last(2) == "minimum" && last(1) == "of",
		last(3) == "no" && (last(2) == "fewer" || last(2) == "less") && last(1) == "than":
		return 1
	}
	return 0
}

// possessive finds "Dominica's ambassador": a capitalised name, then the thing it owns.
var possessive = regexp.MustCompile(`(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*)['’]s (\p{L}+)`)

// possessorContradicted is a close sentence of the best one's article that gives the
// thing a question puts under one place ("Dominica's ambassador") under another
// ("Grenada's ambassador"), when none puts it under the asked place.
func possessorContradicted(best *sentence, q *question, r *reading) *sentence {
	if q.lang != "en" || q.gz == nil {
		return nil
	}
	for _, m := range possessive.FindAllStringSubmatch(q.full, -1) {
		asked := placeAtEnd(q.gz, m[1])
		if len(asked) == 0 {
			continue
		}
		noun := stemAll([]string{strings.ToLower(m[2])})[0]
		var other *sentence
		for _, s := range inArticle(best, r, figureWindow) {
			for _, o := range possessive.FindAllStringSubmatch(s.text, -1) {
				if stemAll([]string{strings.ToLower(o[2])})[0] != noun {
					continue
				}
				owner := placeAtEnd(q.gz, o[1])
				switch {
				case len(owner) == 0:
				case relationTo(owner, asked) == relOther:
					if other == nil {
						other = s
					}
				default:
					return nil // the asked place's own
				}
			}
		}
		if other != nil {
			return other
		}
	}
	return nil
}

// placeAtEnd is the place the last words of a run of capitalised words name: "Is
// Justin Sun Dominica" ends in Dominica.
func placeAtEnd(g *gazetteer, run string) []*place {
	ws := strings.Fields(run)
	for k := max(0, len(ws)-3); k < len(ws); k++ {
		if ps := g.lookup(strings.Join(ws[k:], " ")); len(ps) > 0 {
			return ps
		}
	}
	return nil
}

// labelContradicted is the sentence of the best one's article that numbers a thing the
// question names by a word and a number ("Chapter 7", "Phase 2") with another number,
// when none of them gives the question's: "did it file for Chapter 7?" — "it filed for
// Chapter 11 protection".
func labelContradicted(best *sentence, q *question, r *reading) *sentence {
	if q.lang != "en" {
		return nil
	}
	for i := 1; i+1 < len(q.cased); i++ {
		if !isCapitalised(q.cased[i]) || !isDigits(q.cased[i+1]) {
			continue
		}
		label, n := q.toks[i], q.cased[i+1]
		month := months[label] > 0 // "November 2016": the year is the number
		var other *sentence
		given := slices.ContainsFunc([]string{best.article.Title, best.article.Summary}, func(t string) bool {
			return hasRun(words(t), label+" "+n)
		})
		for _, s := range inArticle(best, r, math.Inf(1)) {
			for j := 0; j+1 < len(s.toks); j++ {
				if s.toks[j] != label || !isDigits(s.toks[j+1]) {
					continue
				}
				num := s.toks[j+1]
				if month && len(num) <= 2 && j+2 < len(s.toks) && isDigits(s.toks[j+2]) {
					num = s.toks[j+2] // "December 19, 2024"
				}
				if num == n {
					given = true
				} else if other == nil {
					other = s
				}
			}
		}
		if !given && other != nil {
			return other
		}
	}
	return nil
}

// tallyPatterns are the ways news writes a vote's count: "by 20 votes to 9", "by a vote
// of 17 to 12", "a 4-2 vote", "voted 4 to 2".
var tallyPatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(\d+)\s+votes?\s+(?:to|against)\s+(\d+)\b`),
	regexp.MustCompile(`(?i)\bvote\s+of\s+(\d+)\s*(?:to|-|–)\s*(\d+)\b`),
	regexp.MustCompile(`(?i)\b(\d+)\s*(?:-|–|to)\s*(\d+)\s+(?:vote|decision|margin)\b`),
	regexp.MustCompile(`(?i)\bvoted\s+(\d+)\s*(?:to|-|–)\s*(\d+)\b`),
	regexp.MustCompile(`以\s*(\d+)\s*(?:票)?\s*(?:比|对)\s*(\d+)`), // 以2比1的裁决, 以17票对12票
	regexp.MustCompile(`(\d+)\s*票\s*(?:比|对)\s*(\d+)\s*票`),      // 17票对12票
}

// tally reads the count of a vote a text gives, for and against.
func tally(text string) ([2]int, bool) {
	for _, p := range tallyPatterns {
		if m := p.FindStringSubmatch(text); m != nil {
			a, errA := strconv.Atoi(m[1])
			b, errB := strconv.Atoi(m[2])
			if errA == nil && errB == nil {
				return [2]int{a, b}, true
			}
		}
	}
	return [2]int{}, false
}

// unanimous reports a question that claims a vote was unanimous.
func unanimous(text string) bool {
	l := strings.ToLower(text)
	return strings.Contains(l, "unanimous") || strings.Contains(text, "一致") || strings.Contains(text, "全票")
}

// titleGivesOther reports a title (or summary) that gives another measured figure of the
// claim's class, and not the claimed one.
func titleGivesOther(c figureClaim, title string) bool {
	other := false
	for _, n := range numbers(title, nil) {
		v, ok := valueOf(n)
		if !ok || classIn(title, n) != c.class {
			continue
		}
		if c.meets(v * unitScale(title, n) / c.scale) {
			return false
		}
		other = true
	}
	return other
}

// anchoredFigure weighs a claim against the figures that follow its anchor word in the
// sentences ("existing shareholders would keep only 2.5%" for "keep 10%"): decided is
// whether any does, and the sentence is the one that gives another figure, if one does.
func anchoredFigure(c figureClaim, ss []*sentence) (*sentence, bool) {
	if c.anchor == "" {
		return nil, false
	}
	var other *sentence
	for _, s := range ss {
		for j, t := range s.stems {
			if t != c.anchor || j >= len(s.toks) {
				continue
			}
			// "Three people were arrested": a count written in words just before the
			// verb, in the passive
			for _, sp := range spelledNumbers(s.toks[max(0, j-4):j]) {
				if c.class != classCount || sp.next >= j-max(0, j-4) {
					continue
				}
				if c.meets(sp.value) {
					return nil, true
				}
				if other == nil {
					other = s
				}
			}
			// "133% in its first four months": a count written in words just after
			for _, sp := range spelledNumbers(s.toks[j+1 : min(j+3, len(s.toks))]) {
				if c.class == classCount && c.meets(sp.value) {
					return nil, true
				}
			}
			after := " " + strings.Join(s.toks[j+1:min(j+9, len(s.toks))], " ") + " "
			before := " " + strings.Join(s.toks[max(0, j-4):j], " ") + " " // "3 people were arrested"
			for _, n := range s.figures {
				v, ok := valueOf(n)
				first := " " + strings.ToLower(strings.Fields(n)[0]) + " "
				inAfter, inBefore := strings.Contains(after, first), strings.Contains(before, first)
				if !ok || classIn(s.text, n) != c.class || !inAfter && !inBefore {
					continue
				}
				met, bears := c.judge(s.text, n, v*unitScale(s.text, n)/c.scale)
				if met {
					return nil, true // "pays 0.25% to liquidity providers" for "pay liquidity providers 0.25%?"
				}
				if bears && other == nil && (inAfter || c.class == classCount) {
					other = s
				}
			}
		}
	}
	return other, other != nil
}

// figureGiven is the close sentence of the best one's article that gives the figure a
// yes/no question claims, when the best sentence does not: "could grow by a further
// 200 MW" for "will it expand by another 200 MW?".
func figureGiven(best *sentence, q *question, r *reading) *sentence {
	claims := figureClaims(q)
	gives := func(s *sentence, c figureClaim) bool {
		for _, n := range s.figures {
			if v, ok := valueOf(n); ok && c.sameThing(s.text, n, q.lx) && c.meets(v*unitScale(s.text, n)/c.scale) {
				return true
			}
		}
		return false
	}
	for _, c := range claims {
		if gives(best, c) {
			continue
		}
		for _, s := range inArticle(best, r, figureWindow)[1:] {
			if gives(s, c) && keepsNames(best, s, q) {
				return s
			}
		}
	}
	return nil
}

// keepsNames reports a sentence that does not put other people or bodies in place of
// a name of the question the best one names: "Cecilia Millan got five years" does not
// give way to "the co-founders Pablo Rodriguez and Gutemberg Dos Santos had each been
// sentenced to 12 years" for "was Cecilia Millan sentenced to 12 years?"; "Phases 2 and
// 3 would raise that to 700 MW" and "They want three directors removed: Tom DiFiore,
// …" go on with the best one's subject.
func keepsNames(best, s *sentence, q *question) bool {
	for _, n := range q.names {
		if hasStem(best.stems, n) && !hasStem(s.stems, n) && namesOther(s, q) && !pronounEarly(s.text) {
			return false
		}
	}
	return true
}

// namesOther reports a sentence that names, with two or more capitalised words after
// its first, someone or something the question does not (a place aside).
func namesOther(s *sentence, q *question) bool {
	asked := strings.ToLower(q.text)
	return anyRunAfterFirst(s.text, func(run, _ string) bool {
		ws := strings.Fields(run)
		return len(ws) >= 2 && !strings.Contains(asked, strings.ToLower(ws[0])) && !strings.Contains(asked, strings.ToLower(ws[len(ws)-1])) &&
			(q.gz == nil || len(q.gz.lookup(run)) == 0) // "the Marshall Islands" is a place, not someone else
	})
}

// anyRunAfterFirst reports whether ok holds for a run of capitalised words of the text,
// the first word left out (it is capitalised as the sentence's first), given the run and
// the text before it.
func anyRunAfterFirst(text string, ok func(run, before string) bool) bool {
	if _, rest, cut := strings.Cut(text, " "); cut {
		text = rest
	}
	for _, loc := range capitalRuns(text) {
		if ok(text[loc[0]:loc[1]], text[:loc[0]]) {
			return true
		}
	}
	return false
}

// greaterWords before "than" claim more than a figure: "bigger than 1 MB".
var greaterWords = map[string]bool{"bigger": true, "larger": true, "higher": true, "greater": true,
	"longer": true, "heavier": true, "older": true, "faster": true, "taller": true, "wider": true}

// exceedVerbs set a lower bound on the figure after them: "did sales beat $100 million?".
var exceedVerbs = map[string]bool{"beat": true, "exceed": true, "exceeded": true, "top": true, "topped": true,
	"surpass": true, "surpassed": true, "pass": true, "passed": true}

// planWords say that what follows is an intent or a possibility: "could expand to
// 1 gigawatt", "plans to reach 700 MW".
var planWords = map[string]bool{"would": true, "could": true, "might": true, "may": true, "will": true,
	"plan": true, "plans": true, "planned": true, "aims": true, "aim": true, "target": true, "targets": true,
	"expects": true, "expected": true, "eventually": true, "potential": true, "proposed": true, "intends": true,
	"goal": true, "goals": true, "expect": true, "forecast": true, "forecasts": true, "forecasted": true, "projected": true}

// statingVerbs ask whether something was said or offered, not whether it came true.
var statingVerbs = map[string]bool{"announce": true, "announced": true, "propose": true, "proposed": true,
	"promise": true, "promised": true, "pledge": true, "pledged": true, "say": true, "said": true, "offer": true,
	"offered": true, "seek": true, "sought": true, "apply": true, "applied": true, "request": true, "requested": true,
	"forecast": true, "forecasts": true, "forecasted": true, "predict": true, "predicted": true, "estimate": true,
	"estimated": true, "projected": true}

// plannedFigure reports a yes/no question that states a figure as a fact ("is the
// campus a 1 gigawatt site?") when the sentence gives it only as a plan or a
// possibility ("starts at 200 MW and could expand to more than 1 gigawatt").
func plannedFigure(s *sentence, q *question) bool {
	for _, t := range q.toks {
		if planWords[t] || statingVerbs[t] {
			return false // "will it reach 700 MW?", "did X announce 2,000 MW?" ask about the plan
		}
	}
	planned := false
	for _, c := range figureClaims(q) {
		for _, n := range s.figures {
			v, ok := valueOf(n)
			if !ok || !c.sameThing(s.text, n, q.lx) || !c.meets(v*unitScale(s.text, n)/c.scale) {
				continue
			}
			cased := wordsCased(s.text[:strings.Index(s.text, n)])
			before := words(s.text[:strings.Index(s.text, n)])
			modal := false
			for k := max(len(before)-8, 0); k < len(before); k++ {
				// "on that plan Heatbit keeps 50%": a plan to do something, not a pricing plan
				noun := (before[k] == "plan" || before[k] == "plans") && (k+1 >= len(before) || before[k+1] != "to")
				month := cased[k] == "May" && k > 0 // "as of 25 May 2017": the month, not the modal
				modal = modal || planWords[before[k]] && !noun && !month
			}
			if !modal {
				return false // the figure stands as a fact
			}
			planned = true
		}
	}
	return planned
}

// figureWindow is how far below the best sentence one of its article may score and
// still give the figure a question claims.
const figureWindow = 1.0

var spelledUnits = map[string]float64{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12}
var spelledTens = map[string]float64{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "hundred": 100}

// spelledOnes are the places a text writes "one", which spelledNumbers leaves out ("one
// of them"): against a claimed count, "one year and one day" is another count of years.
func spelledOnes(toks []string) []spelled {
	var out []spelled
	for i, t := range toks {
		if t == "one" {
			out = append(out, spelled{1, i, i + 1})
		}
	}
	return out
}

// countsOne are the words before "one" in a question that claims a count of one: "is
// it still producing one block per second?" (not "the one site", "no one").
var countsOne = map[string]bool{"producing": true, "produce": true, "produces": true, "only": true, "just": true,
	"exactly": true, "still": true, "mine": true, "mines": true, "mined": true, "find": true, "found": true,
	"every": true, "per": true}

// ordinals claim a count reached: "a fifth farm" is at least five farms.
var ordinals = map[string]float64{"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10}

// spelled is a number written in words, the index of its first word and of the word
// after it.
type spelled struct {
	value       float64
	start, next int
}

// spelledNumbers reads the numbers a text writes in words, from two to ninety-nine and
// in millions and billions: "nineteen", "twenty-five", "a dozen", "four million", "a
// billion".
func spelledNumbers(toks []string) []spelled {
	var out []spelled
	for i := 0; i < len(toks); i++ {
		start := i
		v, ok := spelledUnits[toks[i]]
		if t, isTens := spelledTens[toks[i]]; isTens {
			v, ok = t, true
			if i+1 < len(toks) && spelledUnits[toks[i+1]] > 0 && spelledUnits[toks[i+1]] < 10 {
				i++ // "twenty-five", cut in two
				v += spelledUnits[toks[i]]
			}
		}
		if !ok && (toks[i] == "a" || toks[i] == "one") && i+1 < len(toks) && spelledScales[toks[i+1]] > 0 {
			v, ok = 1, true // "a million"
		}
		if !ok {
			continue
		}
		if i+1 < len(toks) && spelledScales[toks[i+1]] > 0 {
			i++
			v *= spelledScales[toks[i]]
		}
		out = append(out, spelled{v, start, i + 1})
	}
	return out
}

var spelledScales = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// adverbialPhrase reports a preposition that opens a set phrase, not a value: "in
// this case", "in use", "in addition", "in part".
func adverbialPhrase(toks []string) bool {
	for _, w := range toks[1:min(len(toks), 3)] {
		if determiners[w] || w == "this" || w == "that" || w == "such" {
			continue
		}
		return setPhraseNouns[w]
	}
	return false
}

var setPhraseNouns = map[string]bool{"case": true, "use": true, "addition": true, "part": true, "order": true,
	"fact": true, "turn": true, "practice": true, "theory": true, "total": true, "general": true, "particular": true,
	"response": true, "full": true, "effect": true, "short": true, "time": true, "principle": true, "return": true}

// ownedElsewhere reports a claimed figure that the source gives for something else:
// another figure of its kind stands among more of the question's words, five words
// either side ("does the Foundation get 7%?" — "7% to the company and 5% to the
// Foundation").
func ownedElsewhere(c figureClaim, s *sentence, n string, q *question) bool {
	if s.han || len(q.concepts) == 0 {
		return false
	}
	near := func(fig string) int {
		i := strings.Index(s.text, fig)
		if i < 0 {
			return -1
		}
		at := len(words(s.text[:i]))
		ws := s.stems[max(0, at-5):min(len(s.stems), at+6)]
		count := 0
		for _, cn := range q.concepts {
			if slices.ContainsFunc(cn.stems, func(st string) bool { return hasStem(ws, st) }) {
				count++
			}
		}
		return count
	}
	mine := near(n)
	for _, m := range s.figures {
		if m == n || classIn(s.text, m) != c.class {
			continue
		}
		if in, im := strings.Index(s.text, n), strings.Index(s.text, m); in >= 0 && im > in && strings.HasPrefix(strings.TrimSpace(s.text[in+len(n):im]), "(") {
			continue // "$30 million (CHF29.9 million)": the same sum in another unit
		}
		v, ok := valueOf(m)
		if !ok || c.meets(v*unitScale(s.text, m)/c.scale) {
			continue
		}
		if near(m) > mine {
			return true
		}
	}
	return false
}

// raisesOther reports "raise" with an object that is not money: "raise the selfish
// mining threshold", not "raise $10 million" nor "raise in its IPO".
func raisesOther(toks []string, i int) bool {
	if toks[i] != "raise" && toks[i] != "raised" && toks[i] != "raises" {
		return false
	}
	for _, w := range toks[i+1:] {
		switch {
		case determiners[w] || w == "that" || w == "this":
			continue
		case prepositions[w] || w == "?" || moneyWords[w] || moneyObjects[w]:
			return false
		}
		return true
	}
	return false
}

// moneyObjects are what a sum raised is called.
var moneyObjects = map[string]bool{"capital": true, "funds": true, "funding": true, "cash": true, "financing": true}

// ofThem reports "of them", "of these" or "of those" at position i: a count of what
// came before.
func ofThem(toks []string, i int) bool {
	return i+1 < len(toks) && toks[i] == "of" && (toks[i+1] == "them" || toks[i+1] == "these" || toks[i+1] == "those")
}
