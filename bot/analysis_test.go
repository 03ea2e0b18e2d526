package bot

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/minebot/minebot/content"
	"github.com/minebot/minebot/index"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Is Sichuan banned?", []string{"is", "sichuan", "banned"}},
		{"Xinjiang's share isn't 35.76%", []string{"xinjiang", "share", "isn't", "35.76%"}},
		{"the U.S. and Ya'an, 1,000 rigs", []string{"the", "u.s", "and", "ya'an", "1,000", "rigs"}},
		{"social-credit blacklist on 2021-06-18", []string{"social", "credit", "blacklist", "on", "2021-06-18"}},
		{"四川 bans 挖矿", []string{"bans"}},
		{"Rezin filed SB3643, then SB 1239; the S19 rig", []string{"rezin", "filed", "sb", "3643", "then", "sb", "1239", "the", "s19", "rig"}},
		{"the OP_RETURN limit", []string{"the", "op_return", "limit"}}, // one word, as bleve's tokenizer has it
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, words(tt.in)); diff != "" {
			t.Errorf("words(%q): %s", tt.in, diff)
		}
	}
}

// TestWordsAroundCutsLikeWords checks that the words around a figure, read from a
// window of the text, are the words a whole-text cut gives, at every word of every
// article in the corpus.
func TestWordsAroundCutsLikeWords(t *testing.T) {
	arts, problems := content.Load(content.Embedded())
	if problems != nil {
		t.Fatal(problems)
	}
	checked := 0
	texts := []string{"SB3643 ’s 1,000 — … 3.5 x", "  a", "a\tb\nc - d"}
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			texts = append(texts, p.Text)
		}
	}
	for _, text := range texts {
		ws := strings.Fields(text)
		for k, n := range ws {
			i := strings.Index(text, n)
			b, after := words(text[:i]), words(text[i+len(n):])
			for _, span := range [][2]int{{0, 3}, {6, 0}, {2, 7}, {1, 1}, {40, 40}} {
				want := append(slices.Clone(b[max(len(b)-span[0], 0):]), after[:min(span[1], len(after))]...)
				if got := wordsAround(text, n, span[0], span[1]); !slices.Equal(got, want) {
					t.Fatalf("wordsAround(%q, %q, %d, %d) = %q; want %q", text, n, span[0], span[1], got, want)
				}
				checked++
			}
			if k > 60 {
				break
			}
		}
	}
	if checked < 10000 {
		t.Fatalf("checked %d cuts; the corpus should give more", checked)
	}
}

func TestContainsFolded(t *testing.T) {
	tests := []struct {
		text, sub string
		want      bool
	}{
		{"The IMF said", "imf", true},
		{"the imf said", "imf", true},
		{"Bitmain’s Ordos farm", "ordos", true},
		{"四川 Sichuan", "sichuan", true},
		{"Sich", "sichuan", false},
		{"", "", true},
		{"abc", "", true},
		{"ÉCOLE", "école", true}, // a non-ASCII name is lowered the slow way
		{"AntPool", "pool", true},
		{"Ant Pool", "antpool", false},
	}
	for _, tt := range tests {
		if got := containsFolded(tt.text, tt.sub); got != tt.want {
			t.Errorf("containsFolded(%q, %q) = %v; want %v", tt.text, tt.sub, got, tt.want)
		}
		if want := strings.Contains(strings.ToLower(tt.text), tt.sub); want != tt.want {
			t.Errorf("case %q, %q: strings.Contains of the lowered text says %v", tt.text, tt.sub, want)
		}
	}
}

func TestZHUnitAfter(t *testing.T) {
	tests := []struct{ text, n, want string }{
		{"噪音是60分贝吗？", "60", "分贝"},
		{"被判了12年吗？", "12", "年"},
		{"已售出12000台设备", "12000", "台设"},
		{"成立于2019年", "2019", ""}, // a year
		{"2023年10月", "10", ""},   // a month
		{"共有40个矿场", "40", "个矿"},  // the counter and the first character of the noun
		{"约40%的算力", "40", ""},    // no Chinese right after the figure
		{"大约30多台", "30", ""},     // a particle first
		{"", "30", ""},
	}
	for _, tt := range tests {
		if got := zhUnitAfter(tt.text, tt.n); got != tt.want {
			t.Errorf("zhUnitAfter(%q, %q) = %q; want %q", tt.text, tt.n, got, tt.want)
		}
	}
}

func TestFindDates(t *testing.T) {
	ref := time.Date(2021, 6, 22, 0, 0, 0, 0, time.UTC)
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		in        string
		when      time.Time
		precision int
	}{
		{"On 18 June 2021 Sichuan ordered", day(2021, 6, 18), 3},
		{"on June 18, 2021, it ordered", day(2021, 6, 18), 3},
		{"by 20 June the mines", day(2021, 6, 20), 3},
		{"in December it said", day(2020, 12, 1), 0}, // a bare month is no date
		{"since May 2021", day(2021, 5, 1), 2},
		{"published 2021-06-09", day(2021, 6, 9), 3},
		{"2021年6月18日，四川", day(2021, 6, 18), 3},
		{"6月9日，网传", day(2021, 6, 9), 3},
		{"in the autumn of 2025", day(2025, 9, 1), 2},
		{"in 2019 the farms", day(2019, 1, 1), 1},
		{"they may 20 percent", time.Time{}, 0},
		{"the code 2021-13-45 is no date", time.Time{}, 0},
		{"reference 2021_06_18 or 20210618", time.Time{}, 0},
		{"Between 17 and 27 February 2025 users voted", day(2025, 2, 17), 3}, // a span's first day comes first
		{"from 24 to 26 December 2022", day(2022, 12, 24), 3},
		{"rose from 24 to 26 percent on 26 December 2022", day(2022, 12, 26), 3},
	}
	for _, tt := range tests {
		ds := findDates(tt.in, ref)
		if tt.precision == 0 {
			if len(ds) != 0 {
				t.Errorf("findDates(%q) = %+v, want none", tt.in, ds)
			}
			continue
		}
		d, ok := mostPrecise(ds)
		if !ok || !d.when.Equal(tt.when) || d.precision != tt.precision {
			t.Errorf("findDates(%q) = %+v, want %v at precision %d", tt.in, ds, tt.when, tt.precision)
		}
	}
}

// A question has no publication date to lend a year: a day written without one takes
// the year of the date that closes its span.
func TestQuestionSpanYear(t *testing.T) {
	ds := findDates("Did the pool lose half its hashrate between 31 August and 11 September 2022?", time.Time{})
	if len(ds) != 2 || !ds[0].when.Equal(time.Date(2022, 8, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("findDates = %+v, want 31 August 2022 and 11 September 2022", ds)
	}
	if ds := findDates("What happened on 31 August?", time.Time{}); len(ds) != 0 {
		t.Errorf("findDates = %+v, want none: no year to give it", ds)
	}
}

func TestEditDistanceAtMostOne(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"sichaun", "sichuan", true}, // swap
		{"quebc", "quebec", true},    // deletion
		{"manitboa", "manitoba", true},
		{"yunan", "yunnan", true},
		{"xinjang", "xinjiang", true},
		{"texas", "taxes", false},
		{"china", "chile", false},
		{"kazakhstan", "kazakhstan", true},
	}
	for _, tt := range tests {
		if got := editDistanceAtMostOne(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistanceAtMostOne(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestClauses(t *testing.T) {
	got := clauses("Status from 2025: banned in Dagestan, partly restricted in Irkutsk but legal elsewhere；其他地区")
	want := []string{"Status from 2025", "banned in Dagestan", "partly restricted in Irkutsk", "legal elsewhere", "其他地区"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
}

func TestQuestionKinds(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	tests := []struct {
		q    string
		kind Kind
	}{
		{"Is Sichuan banned?", KindYesNo},
		{"hey, quick one: can I still mine in Sichuan?", KindYesNo},
		{"When did Inner Mongolia ban mining?", KindWhen},
		{"From what date could miners switch back on?", KindWhen},
		{"By what date did Sichuan's order require shutdowns?", KindWhen},
		{"During which month did the pool reach 40%?", KindWhen},
		{"Onto which network did Komodo notarize in 2024?", KindWhat}, // not yes or no
		{"Who founded Xive?", KindWho},
		{"Which company did Inner Mongolia hire?", KindWho},
		{"Where did the miners go?", KindWhere},
		{"Which US state had the most mining?", KindWhere},
		{"Which minister announced the pause?", KindWho},
		{"What Chinese company makes the most rigs?", KindWho},
		{"How many projects were closed?", KindNumber},
		{"What share of China's hashrate was in Xinjiang?", KindNumber},
		{"What pool fee did Ethermine charge miners?", KindNumber},                         // a fee, not a pool
		{"Which Columbia County planning director recommended denying the mine?", KindWho}, // a body, though a place names it
		{"Which county did the mining pool move to?", KindWhere},
		{"What did Wu Blockchain say?", KindWhat},
		{"四川禁止挖矿了吗？", KindYesNo},
		{"国务院金融委是哪一天提出打击比特币挖矿的？", KindWhen},
		{"谁创立了Xive？", KindWho},
		{"哪个组织认为这项调查属于联邦越权？", KindWho},
		{"哪家交易所暂停了提现？", KindWho},
		{"比特矿业把矿机运到了哪里？", KindWhere},
		{"十堰市有多少个部门联合印发了方案？", KindNumber},
		{"开发商有几天时间上诉？", KindNumber},
		{"Rhodium申请的是哪一章破产保护？", KindWhat},
		{"如果比特币是一个国家，其能耗排世界第几？", KindNumber},
		// what 哪 asks for, a few characters on
		{"墨西哥电工工会哪些地方被指偷电挖矿？", KindWhere},
		{"哪些律师事务所宣布调查这家公司？", KindWho},
		{"Taproot 在哪个区块高度激活？", KindNumber},
		{"沙特阿美投资了哪些区块链平台？", KindWhat},
		{"约翰逊县委员会是哪天否决决议的？", KindWhen}, // the opening says it first
		{"哪几名员工被起诉？", KindWho},
		{"为什么矿工离开中国？", KindWhat},
		{"For what date was the vote originally scheduled?", KindWhen},
		{"About how many people live in the town?", KindNumber},
		{"Above what size would the moratorium have paused data centers?", KindNumber},
		{"Under which article did the assembly reject the amendment?", KindWhat},
		{"Which stablecoin issuer invested in the mine?", KindWho},
		{"Which police officer commented on the raid?", KindWho},
		{"What was the CleanSpark-GRIID deal worth?", KindNumber},
		{"What did the new substation cost?", KindNumber},
		{"What noise limit did the settlement set for the mine?", KindNumber},
		{"What is the deal's value to shareholders?", KindWhat},
		{"Which street in Medan was raided?", KindWhere},
		{"棉兰哪条街上的矿场被查？", KindWhere},
	}
	for _, tt := range tests {
		if got := analyze(tt.q, lx, g, func(string) bool { return false }).kind; got != tt.kind {
			t.Errorf("kind(%q) = %s, want %s", tt.q, got, tt.kind)
		}
	}
}

func TestQuestionFocus(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	names := func(ps []*place) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.Name)
		}
		return out
	}
	tests := []struct {
		q                string
		places, settings []string
	}{
		{"What share of China's hashrate was in Xinjiang?", []string{"Xinjiang"}, []string{"China"}},
		{"What was Russia's share of bitcoin mining after China's 2021 ban?", []string{"Russia"}, []string{"China"}},
		{"Did Kazakhstan gain miners since the China ban?", []string{"Kazakhstan"}, []string{"China"}},
		{"Did miners move from China to Kazakhstan?", []string{"China", "Kazakhstan"}, nil},
		{"Did a Singapore-based miner open a site in Bhutan?", []string{"Bhutan"}, []string{"Singapore"}},
		{"Where did BIT Mining send its machines after Sichuan cut its power?", nil, []string{"Sichuan"}},
		{"Is mining banned in Svaneti, Georgia?", []string{"Svaneti"}, []string{"Georgia"}}, // the country, not the US state
		{"Did the Singapore-based miner raise money?", nil, []string{"Singapore"}},
		{"Is mining banned after China's ban?", []string{"China"}, nil}, // the only place is what is asked
		{"When did Ethereum's Shanghai upgrade go live?", nil, nil},     // an upgrade named after a city
		{"What share of nodes were in sync when London went live?", nil, nil},
		{"At which block did London activate?", nil, nil},
		{"Did the court in London rule for Wright?", []string{"London"}, nil},
	}
	for _, tt := range tests {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		if diff := cmp.Diff(tt.places, names(q.places)); diff != "" {
			t.Errorf("places of %q: %s", tt.q, diff)
		}
		if diff := cmp.Diff(tt.settings, names(q.context)); diff != "" {
			t.Errorf("settings of %q: %s", tt.q, diff)
		}
	}
}

func TestGazetteer(t *testing.T) {
	g := newGazetteer([][]string{{"Wuhai East Park", "Inner Mongolia", "China"}})
	chain := func(name string) []string {
		ps := g.lookup(name)
		if len(ps) == 0 {
			t.Fatalf("%q unknown", name)
		}
		out := []string{ps[0].Name}
		for _, a := range ps[0].ancestors() {
			out = append(out, a.Name)
		}
		return out
	}
	if diff := cmp.Diff([]string{"Zhundong", "Changji", "Xinjiang", "China"}, chain("Zhundong")); diff != "" {
		t.Errorf("Zhundong: %s", diff)
	}
	if diff := cmp.Diff([]string{"Wuhai East Park", "Inner Mongolia", "China"}, chain("Wuhai East Park")); diff != "" {
		t.Errorf("a curator's region: %s", diff)
	}
	for _, zh := range []struct{ text, want string }{{"四川禁止挖矿了吗", "Sichuan"}, {"新疆准东的企业", "Zhundong"}, {"哈萨克斯坦允许挖矿吗", "Kazakhstan"}} {
		ms := g.find(nil, zh.text)
		found := false
		for _, m := range ms {
			found = found || m.place.Name == zh.want
		}
		if !found {
			t.Errorf("%q: no %s in %+v", zh.text, zh.want, ms)
		}
	}
	if ms := g.find(wordsCased("Is mining in Kyrgyz farms stopped?"), ""); len(ms) == 0 || ms[0].place.Name != "Kyrgyzstan" {
		t.Errorf("a country's adjective in a question: %+v", ms)
	}
	src := wordsCased("The Canadian province of Manitoba paused new mines")
	if ms := g.nounsOnly(g.find(src, ""), src); len(ms) != 1 || ms[0].place.Name != "Manitoba" {
		t.Errorf("a country's adjective in a source: %+v", ms)
	}
	for _, name := range []string{"Vietnam", "Myanmar", "Germany"} {
		if ps := g.lookup(name); len(ps) != 1 {
			t.Errorf("%s is %d places", name, len(ps))
		}
	}
	if ms := g.find(wordsCased("please tell us more"), "please tell us more"); len(ms) != 0 {
		t.Errorf("'us' taken for a place: %+v", ms)
	}
	if ms := g.find(wordsCased("mining in the US"), "mining in the US"); len(ms) == 0 || ms[0].place.Name != "United States" {
		t.Errorf("US not found: %+v", ms)
	}
	for _, text := range []string{"about 1,800 million US dollars moved", "fines of 5,000 Hong Kong dollars"} {
		if ms := g.find(wordsCased(text), text); len(ms) != 0 {
			t.Errorf("a currency taken for a place in %q: %+v", text, ms)
		}
	}
	fz := g.findFuzzy(wordsCased("is mining legal in Sichaun"), func(w string) bool { return w != "sichaun" })
	if len(fz) == 0 || fz[0].place.Name != "Sichuan" {
		t.Errorf("typo: %+v", fz)
	}
	// a letter dropped from a five-letter name, in a capitalised word of four
	unknown := func(w string) bool { return false }
	for _, tt := range []struct {
		q, want string
	}{
		{"Did Egyt arrest 50 people?", "Egypt"},
		{"did police in egyt arrest anyone?", ""}, // not capitalised: too short to guess
		{"Did Iris Energy buy miners?", ""},       // a word of a name
		{"Was the power cut in Rjen?", "Rijen"},
	} {
		g := newGazetteer([][]string{{"Rijen", "North Brabant", "Netherlands"}})
		fz := g.findFuzzy(wordsCased(tt.q), unknown)
		got := ""
		if len(fz) > 0 {
			got = fz[0].place.Name
		}
		if got != tt.want {
			t.Errorf("findFuzzy(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	if ps := g.lookup("Wuhaieast Park"); len(ps) != 0 {
		t.Errorf("a name joined only in part: %+v", ps)
	}
	if ps := g.lookup("Wuhaieastpark"); len(ps) != 1 || ps[0].Name != "Wuhai East Park" {
		t.Errorf("a name of several words written as one: %+v", ps)
	}
	// a typo in a name of two words finds that name, not a one-word name it is close to
	g = newGazetteer([][]string{{"Wuhai", "Inner Mongolia", "China"}, {"Wuhai East Park", "Inner Mongolia", "China"}})
	fz = g.findFuzzy(wordsCased("is mining legal in Wuhia East Park"), func(w string) bool { return w != "wuhia" })
	if len(fz) != 1 || fz[0].place.Name != "Wuhai East Park" || fz[0].pos != 4 || fz[0].n != 3 {
		t.Errorf("typo in a longer name: %+v", fz)
	}
}

func TestRelationTo(t *testing.T) {
	g := newGazetteer(nil)
	p := func(n string) *place { return g.lookup(n)[0] }
	sichuan := []*place{p("Sichuan")}
	tests := []struct {
		ps   []*place
		want relation
	}{
		{[]*place{p("Sichuan")}, relExact},
		{[]*place{p("Ya'an")}, relInside},
		{[]*place{p("China")}, relAbove},
		{[]*place{p("Kazakhstan")}, relOther},
		{[]*place{p("China"), p("Xinjiang")}, relOther}, // about Xinjiang, not China at large
		{nil, relNone},
	}
	for _, tt := range tests {
		if got := relationTo(tt.ps, sichuan); got != tt.want {
			t.Errorf("relationTo(%v) = %d, want %d", tt.ps, got, tt.want)
		}
	}
}

// The Chinese terms are tried longest first; terms of one length must come in the same
// order every run, or a Chinese question's reading (and its answer) varies between runs.
func TestChineseTermsInOneOrder(t *testing.T) {
	first := mustLexicon().zhTerms
	for range 5 {
		if got := mustLexicon().zhTerms; !slices.Equal(got, first) {
			t.Fatalf("zhTerms order differs between loads")
		}
	}
}

func TestNarrowerScope(t *testing.T) {
	lx := mustLexicon()
	tests := []struct {
		text string
		want bool
	}{
		{"It is not a province-wide ban.", true},
		{"The county ban covers only new mines.", true},
		{"As of 17 February 2023, Buncombe County had no moratorium and no ban on crypto mining.", false},
		{"Buncombe County banned mining in some districts.", true},
		{"The article reports no statewide ban on crypto mining in North Dakota.", false},
		{"There is no nationwide ban, but some districts stopped new mines.", true},
	}
	for _, tt := range tests {
		if got := narrowerScope(words(tt.text), tt.text, lx); got != tt.want {
			t.Errorf("narrowerScope(%q) = %v", tt.text, got)
		}
	}
}

func TestCloseIsNoMeasure(t *testing.T) {
	lx := mustLexicon()
	tests := []struct {
		text string
		want int // restriction words left
	}{
		{"Northern Data expected the deal to close in the second half of 2025.", 0},
		{"The sale closed on 30 October 2024.", 0},
		{"Its share came close to 50 percent.", 0},
		{"The province ordered all mines to close by 20 June.", 1},
	}
	for _, tt := range tests {
		toks := words(tt.text)
		if got := notNear(toks, lx.Restrict.find(toks, tt.text)); len(got) != tt.want {
			t.Errorf("%q: %d restriction words left, want %d", tt.text, len(got), tt.want)
		}
	}
}

func TestUnrealised(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"The measure would make it legal to mine at home.", "legal", true},
		{"Laos might stop supplying miners.", "stop", true},
		{"Mining is legal in Ukraine.", "legal", false},
		{"The IMF turned down the plan and the fund approved nothing.", "approved", false},
	}
	for _, tt := range tests {
		toks := words(tt.text)
		if got := unrealised(toks, slices.Index(toks, tt.word)); got != tt.want {
			t.Errorf("unrealised(%q at %q) = %v", tt.text, tt.word, got)
		}
	}
}

func TestLacksWhatBestSays(t *testing.T) {
	e := &Engine{lx: mustLexicon()}
	q := analyze("When does the utility's new rate schedule take effect?", e.lx, newGazetteer(nil), func(string) bool { return false })
	sent := func(text string) *sentence {
		toks := words(text)
		return &sentence{facts: &facts{text: text, toks: toks, stems: stemAll(toks)}}
	}
	best := sent("New applications must wait until the new rate schedule takes effect in April 2019.")
	day := sent("The board voted on Monday, 3 December 2018, to adopt a new rate schedule.")
	if !e.lacksWhatBestSays(day, best, q) {
		t.Error("the vote's day was taken for when the rate takes effect")
	}
	if e.lacksWhatBestSays(best, day, q) {
		t.Error("the sentence that says \"takes effect\" was said to lack it")
	}
}

func TestYearsEnd(t *testing.T) {
	tests := []struct {
		q         string
		month     time.Month
		precision int
	}{
		{"How many miners did HashCo own at the end of 2021?", time.December, 2},
		{"Did HashCo open a site in late 2021?", time.December, 2},
		{"Did HashCo open a site in 2021?", time.January, 1},
		{"Did HashCo open a site by the end of March 2022?", time.March, 2},
	}
	for _, tt := range tests {
		ds := findDates(tt.q, time.Time{})
		yearsEnd(words(tt.q), ds)
		if len(ds) != 1 || ds[0].when.Month() != tt.month || ds[0].precision != tt.precision {
			t.Errorf("yearsEnd(%q) = %+v", tt.q, ds)
		}
	}
}

// A Chinese article that glosses a region's name ("小镇里延（Rijen）") teaches the
// gazetteer that Chinese name at reindex.
func TestChineseAliases(t *testing.T) {
	arts := []content.Article{{
		Lang:       "zh",
		Regions:    []string{"Netherlands", "North Brabant", "Rijen"},
		Paragraphs: []content.Paragraph{{Text: "荷兰警方在北布拉班特省（North Brabant）小镇里延（Rijen）查获一处挖矿场，嫌疑人被关押在蒂尔堡（Tilburg）。"}},
	}, {
		Lang:       "en",
		Regions:    []string{"Texas"},
		Paragraphs: []content.Paragraph{{Text: "阿比林（Abilene）"}}, // an English article teaches nothing
	}}
	rows := chineseAliases(arts)
	if strings.Contains(rows, "Abilene") {
		t.Errorf("an English article's gloss: %q", rows)
	}
	g := newGazetteer([][]string{arts[0].Regions}, []byte(rows))
	// a name that is no region of its article is a gloss, no place
	if ms := g.find(wordsCased("蒂尔堡在哪里？"), "蒂尔堡在哪里？"); len(ms) > 0 {
		t.Errorf("Tilburg became a place: %+v", ms)
	}
	if !slices.Contains(g.glosses, zhGloss{"蒂尔堡", "Tilburg"}) || slices.ContainsFunc(g.glosses, func(gl zhGloss) bool { return len([]rune(gl.zh)) < 3 }) {
		t.Errorf("glosses = %q, want 蒂尔堡 for Tilburg and no name of fewer than three characters", g.glosses)
	}
	for q, want := range map[string]string{"里延的嫌疑人被关押在哪里？": "Rijen", "北布拉班特省有矿场吗？": "North Brabant"} {
		// the region itself, placed under its parent, not a new place of the same name
		if ms := g.find(wordsCased(q), q); len(ms) == 0 || ms[0].place.Name != want || ms[0].place.Parent == nil {
			t.Errorf("find(%q) = %+v, want %s", q, ms, want)
		}
	}
}

func TestSaidZH(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"韩国光州地方警察厅2018年4月1日表示，查处了13家企业。", true},
		{"2023年1月4日转载的一篇报道介绍了舒夫山区的矿工。", true},
		{"2022年1月，警方在舒夫山区进行了突击搜查。", false},
	}
	for _, tt := range tests {
		var zh *dateMention // the date read as Chinese, not its year alone
		for _, d := range findDates(tt.text, time.Date(2023, 1, 4, 0, 0, 0, 0, time.UTC)) {
			if d.pos < 0 {
				zh = &d
			}
		}
		if zh == nil {
			t.Fatalf("no Chinese date in %q", tt.text)
		}
		if got := saidZH(tt.text, *zh); got != tt.want {
			t.Errorf("saidZH(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestNeedsNo(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Mining there counts as an accessory use and needs no council-approved interim use permit.", true},
		{"Home miners do not need a money transmitter licence.", true},
		{"No permit is required for mining at home.", true},
		{"The council did not issue a permit for the mine.", false},
		{"Mining is not permitted in the district.", false},
	}
	for _, tt := range tests {
		if got := needsNo(words(tt.text)); got != tt.want {
			t.Errorf("needsNo(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestNamesOfNumberedThings(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	tests := []struct {
		q    string
		want []string
	}{
		{"Did the solo miner of block 903,883 collect 6.25 BTC?", []string{"903,883"}},
		{"Who proposed BIP 91?", []string{"bip", "91"}},
		{"Did police seize 2,000 rigs?", nil}, // a count, not a name
		{"Was the block reward 3.125 BTC in 2024?", nil},
		{"How much did Ebang's shares fall on Tuesday?", []string{"ebang"}},         // a day is no name
		{"Did Hal Finney quit mining because his PC got too hot?", []string{"hal"}}, // a PC is no name
		// in a Chinese question every Latin word is a name, but a figure is none
		{"三星2纳米挖矿芯片订单约占其2纳米产能的10%吗？", nil},
	}
	for _, tt := range tests {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		if diff := cmp.Diff(tt.want, q.names); diff != "" {
			t.Errorf("names of %q (-want +got):\n%s", tt.q, diff)
		}
	}
}

// TestCapitalRunsMatchTheExpression checks the hand-written scanner against the
// regular expression it replaces on every paragraph of the corpus and on hard cases.
func TestCapitalRunsMatchTheExpression(t *testing.T) {
	arts, problems := content.Load(content.Embedded())
	if problems != nil {
		t.Fatal(problems)
	}
	texts := []string{"", "A", "iPhone and Ant Pool", "O’Brien's  Mine Co.", "the U.S. Senate-House deal", "Ébène Cyber City 2",
		"X Æ A-12", "Bitmain’s Antminer S19 XP Hyd.", "四川（Sichuan）的Bit Digital公司", "End With Capital ", "A  B", "Ω Ohm"}
	for _, a := range arts {
		texts = append(texts, a.Title)
		for _, p := range a.Paragraphs {
			texts = append(texts, p.Text)
		}
	}
	for _, text := range texts {
		want := capitalRunRE.FindAllStringIndex(text, -1)
		if got := capitalRuns(text); !cmp.Equal(got, want, cmpopts.EquateEmpty()) {
			t.Fatalf("capitalRuns(%q) = %v; want %v", text, got, want)
		}
	}
}

func TestUnionHits(t *testing.T) {
	hit := func(id string, score float64) index.Hit {
		return index.Hit{Passage: index.Passage{ID: id}, Score: score}
	}
	ids := func(hs []index.Hit) []string {
		var out []string
		for _, h := range hs {
			out = append(out, h.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name        string
		first, more []index.Hit
		want        []string
	}{
		{"none", nil, nil, nil},
		{"only first", []index.Hit{hit("a#1", 2)}, nil, []string{"a#1"}},
		{"only more", nil, []index.Hit{hit("zh#1", 3)}, []string{"zh#1"}},
		{"more after first", []index.Hit{hit("a#1", 2), hit("a#2", 1)}, []index.Hit{hit("zh#1", 9)}, []string{"a#1", "a#2", "zh#1"}},
		{"found twice, kept once where first found", []index.Hit{hit("a#1", 2), hit("b#1", 1)}, []index.Hit{hit("b#1", 5), hit("zh#2", 4)}, []string{"a#1", "b#1", "zh#2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := slices.Clone(tc.first)
			got := unionHits(first, tc.more)
			if !slices.Equal(ids(got), tc.want) {
				t.Errorf("unionHits = %v, want %v", ids(got), tc.want)
			}
			if len(first) > 0 && got[0].Score != tc.first[0].Score {
				t.Errorf("the first search's score was not kept: %v", got[0].Score)
			}
			if !slices.EqualFunc(first, tc.first, func(a, b index.Hit) bool { return a.ID == b.ID }) {
				t.Errorf("unionHits changed its first argument: %v", ids(first))
			}
		})
	}
}

// heldConcepts must say what concept.matches says of every concept.
func TestHeldConcepts(t *testing.T) {
	cs := []concept{
		{stems: []string{"ban", "prohibit"}, zh: []string{"禁止"}},
		{stems: []string{"mine"}, zh: []string{"挖矿"}},
		{stems: []string{"hydro", "ban"}},
		{zh: []string{"四川"}},
		{},
	}
	byStem := newStemIndex(cs)
	for _, tc := range []struct {
		text string
		han  bool
	}{
		{"Sichuan prohibited mining in June.", false},
		{"The province banned hydro-powered farms.", false},
		{"Nothing here is asked about.", false},
		{"", false},
		{"四川禁止挖矿。", true},
		{"四川 hydro plants", true},
	} {
		stems := stemAll(words(tc.text))
		got := heldConcepts(cs, byStem, stems, tc.text, tc.han)
		for i, c := range cs {
			if want := c.matches(stems, tc.text, tc.han); got[i] != want {
				t.Errorf("%q: concept %d held %v, matches says %v", tc.text, i, got[i], want)
			}
		}
	}
}

// outcomesOf reads only the opposites oppositesIn picks, and must read what every
// opposite would give.
func TestOutcomesOfPicksEveryOpposite(t *testing.T) {
	lx := mustLexicon()
	every := func(toks []string, text string) []outcome {
		var out []outcome
		for _, o := range lx.Opposites {
			for _, swapped := range []bool{false, true} {
				if asked, other := o.sides(swapped); len(verbal(toks, asked.find(toks, text))) > 0 && !other.has(toks, text) {
					out = append(out, outcome{asked, other})
				}
			}
		}
		return out
	}
	read := 0
	for _, text := range []string{
		"Did the plan pass?", "Was the bill rejected or approved?", "Did the miners win the case?",
		"The court dismissed the lawsuit and the company lost.", "Did the firm shut down its farm?",
		"Did the deal close?", "They use abandoned oil wells.", "议案通过了吗？", "", "Is Sichuan banned?",
	} {
		toks := words(text)
		got, want := lx.outcomesOf(toks, text), every(toks, text)
		if !slices.EqualFunc(got, want, func(a, b outcome) bool { return a == b }) {
			t.Errorf("%q: outcomesOf gives %d outcomes, every opposite gives %d", text, len(got), len(want))
		}
		read += len(want)
	}
	if read < 5 {
		t.Errorf("the texts gave %d outcomes in all: too few to compare", read)
	}
}

// capitalRunRE is what capitalRuns finds, as a regular expression.
var capitalRunRE = regexp.MustCompile(`\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*)*`)

// A clause that opens with its verb takes its subject from the words before it: a
// company that stops its own work imposes no measure.
func TestAuthorityActions(t *testing.T) {
	lx := mustLexicon()
	tests := []struct {
		clause, before string
		measure        bool
	}{
		{"has stopped operating", "spondoolies tech one of the better known makers of bitcoin mining hardware", false},
		{"has stopped operating", "", true},
		{"has stopped all mining", "the province", true},
		{"has stopped bitcoin mining", "the company", true}, // done to mining: an object follows
		{"the firm stopped operating", "", false},
		{"the province ordered miners to stop", "", true},
	}
	for _, tt := range tests {
		toks := words(tt.clause)
		var subject []string
		if tt.before != "" {
			subject = words(tt.before)
		}
		got := len(authorityActions(toks, lx.Restrict.find(toks, tt.clause), lx.companyNouns, subject)) > 0
		if got != tt.measure {
			t.Errorf("%q after %q: measure %v, want %v", tt.clause, tt.before, got, tt.measure)
		}
	}
}

// "Still" in English and in Chinese asks how things stand now.
func TestAsksContinuing(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	tests := []struct {
		q    string
		want bool
	}{
		{"Is Sichuan still banning mining?", true},
		{"Can miners keep running in Sichuan?", true},
		{"Flux 现在还能用显卡挖矿吗？", true},
		{"Gridcoin 现在还向质押者支付每年1.5%的利息吗？", true}, // "now still", before a preposition
		{"Zcoin 之后还接受用 Lyra2z 挖出的区块吗？", true},
		{"四川仍在禁止挖矿吗？", true},
		{"Is Sichuan banned?", false},
		{"Elastos 除了合并挖矿还用什么共识？", false},
	}
	for _, tt := range tests {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		if got := q.asksContinuing(); got != tt.want {
			t.Errorf("asksContinuing(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestRestrictsOther(t *testing.T) {
	lx := mustLexicon()
	tests := []struct {
		clause string
		other  bool
	}{
		{"to a customer whose withdrawals were frozen", true},
		{"the exchange halted deposits", true},
		{"the province halted mining", false},
		{"the utility froze mining deposits", false}, // mining beside it: about mining
	}
	for _, tt := range tests {
		toks := words(tt.clause)
		at := lx.Restrict.find(toks, tt.clause)
		if len(at) == 0 {
			t.Fatalf("%q: no restriction word", tt.clause)
		}
		if got := restrictsOther(toks, at[0]); got != tt.other {
			t.Errorf("restrictsOther(%q) = %v, want %v", tt.clause, got, tt.other)
		}
	}
}

func TestRankIn(t *testing.T) {
	tests := []struct {
		q     string
		rank  float64
		nouns []string
	}{
		{"Was Riecoin the first cryptocurrency based on prime numbers?", 1, []string{"cryptocurrency", "based"}},
		{"Was it its third attack in May?", 3, []string{"attack"}},
		{"Did X earn more in the first quarter of 2018?", 0, nil}, // a period
		{"Who came first?", 0, nil},
		{"When did Litecoin's third halving take place?", 3, []string{"halving", "take", "place"}},
		{"Was Korvo the largest shareholder of Zell in June 2024?", 1, []string{"shareholder"}},
		{"Was Korvo the second-largest holder?", 2, []string{"largest", "holder"}},
		{"Is it one of the biggest mines?", 0, nil},
	}
	for _, tt := range tests {
		rank, nouns := rankIn(words(tt.q), tt.q)
		if rank != tt.rank || !slices.Equal(nouns, tt.nouns) {
			t.Errorf("rankIn(%q) = %v %v, want %v %v", tt.q, rank, nouns, tt.rank, tt.nouns)
		}
	}
}

func TestCountedNoun(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	tests := []struct{ q, want string }{
		{"How many mining machines went missing from the mine in July 2020?", "machin"},
		{"How many crypto mining projects had the province approved?", "project"},
		{"How many miners lost power in the storm?", "miner"},
		{"How many rigs shipped to Ethiopia in 2023?", "rig"},
		{"How many megawatts of mining load were switched off?", "load"},
		{"How many megajoules per dollar does aluminium mining need?", "dollar"},
		{"How many of Riot's miners were offline?", "miner"},
	}
	for _, tt := range tests {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		if got := q.countedNoun(); got != tt.want {
			t.Errorf("countedNoun(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestZHAskedCoin(t *testing.T) {
	tests := []struct{ q, want string }{
		{"比特小鹿第一季度卖出了多少枚比特币？", "比特币"},
		{"Core Scientific 年底还持有多少比特币？", "比特币"},
		{"计划六个月总共能筹集多少枚BCH？", "BCH"},
		{"Fractal 这次空投一共多少枚 FB？", "FB"},
		{"RSK 获得了多少比特币算力？", ""}, // hashrate, not coins
		{"空投一共发了多少枚代币？", ""},    // tokens of any kind
		{"这座矿场用了多少兆瓦电力？", ""},
	}
	for _, tt := range tests {
		if got := zhAskedCoin(tt.q); got != tt.want {
			t.Errorf("zhAskedCoin(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestAsksPresentFigure(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	tests := []struct {
		q    string
		want bool
	}{
		{"How many bitcoin does MARA hold right now?", true},
		{"How many miners are hosted at the site today?", true},
		{"Who runs the pool today?", true},
		{"吴忌寒现在持有比特小鹿多少股份?", true},
		{"How many bitcoin did MARA hold at the end of 2024?", false},
		{"Where is Folding@home run from today?", false}, // a place seldom moves
		{"Is mining banned in Sichuan today?", false},    // a status the newest source weighs
		{"Who said the tax was defeated only for now?", false},
	}
	for _, tt := range tests {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		if got := asksPresentFigure(q); got != tt.want {
			t.Errorf("asksPresentFigure(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestVerbAfterDid(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	tests := []struct {
		q              string
		verbs, subject []string
	}{
		{"When did Culper publish its CleanSpark short report?", []string{"publish"}, []string{"culper"}},
		{"When did the NDRC approve adding crypto mining to its obsolete industries?", []string{"approve"}, []string{"ndrc"}},
		{"When did the High Court sanction HashCo's restructuring plan?", []string{"sanction"}, []string{"high", "court"}},
		{"When did the $281 million crypto exchange hack happen?", nil, nil}, // "happen" says only that it came about
		{"When did the DYDX token become transferable?", nil, nil},
		{"When was the vote held?", nil, nil},
		{"When did Aleo's Testnet 3 Phase II end?", []string{"end"}, []string{"aleo", "testnet", "phase", "ii"}},
		{"When did Binance's 2Z trading challenge end?", []string{"trading"}, []string{"binance"}},
		{"When did SilverSun and Rhodium sign their merger agreement?", []string{"sign"}, []string{"silversun", "rhodium"}},
	}
	for _, tt := range tests {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		verbs, subject := verbAfterDid(q)
		if !slices.Equal(verbs, tt.verbs) || !slices.Equal(subject, tt.subject) {
			t.Errorf("verbAfterDid(%q) = %v %v, want %v %v", tt.q, verbs, subject, tt.verbs, tt.subject)
		}
	}
}

// writtenBefore finds the month a question frames as a time wherever the question
// puts it, its head included ("As of late November 2025, …").
func TestWrittenBeforeFramedMonth(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	at := func(day string) *sentence {
		d, _ := time.Parse(time.DateOnly, day)
		text := "Korvo is mining bitcoin in Uruguay."
		return &sentence{facts: &facts{text: text, toks: words(text), stems: stemAll(words(text))}, article: &index.Article{Title: "Korvo", Published: d}}
	}
	for _, tt := range []struct {
		q, day string
		want   bool
	}{
		{"As of late November 2025, is Korvo still mining in Uruguay?", "2025-06-25", true},
		{"As of late November 2025, is Korvo still mining in Uruguay?", "2025-11-28", false},
		{"Was Korvo mining in Uruguay in November 2025?", "2025-06-25", true},
		{"Was it November 2025 when Korvo left Uruguay?", "2025-06-25", false}, // a month put to the test
	} {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		if got := writtenBefore(at(tt.day), q); got != tt.want {
			t.Errorf("writtenBefore(%q, %s) = %v, want %v", tt.q, tt.day, got, tt.want)
		}
	}
}

func TestComparisonWay(t *testing.T) {
	tests := []struct {
		text     string
		question bool
		want     int
	}{
		{"Was revenue higher than a year earlier?", true, 1},
		{"Did Zell earn more in the first quarter of 2018 than a year before?", true, 1},
		{"Did blocks take more than six hours?", true, 0}, // a bound on a figure
		{"Did it start with more than 100 supporters?", true, 0},
		{"Was it cheaper to mine?", true, 0},
		{"revenue of $28.4 million, down 58% from a year earlier", false, -1},
		{"Displays earned only 410 billion won, down from 1.3 trillion won a year earlier", false, -1},
		{"sales were up 12% on the year", false, 1},
		{"Bitcoin Cash paid less than bitcoin", false, -1},
		{"the price went down", false, 0},
	}
	for _, tt := range tests {
		if got := comparisonWay(words(tt.text), tt.question); got != tt.want {
			t.Errorf("comparisonWay(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
