package bot

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/minebot/minebot/index"
)

func TestFractionClaims(t *testing.T) {
	tests := []struct {
		q    string
		want []float64
	}{
		{"Was half of bitcoin's hashrate merge-mining Fractal three days after its launch?", []float64{50}},
		{"Did Tesla sell about a quarter of its bitcoin?", []float64{25}},
		{"Does Foundry control more than half of the hashrate?", nil}, // a bound: shareClaim's
		{"Were miners still leaving China in the first half of 2019?", nil},
		{"Did sales fall by half of 2019's level?", nil},
		{"Did Byzantium cut block revenue in half?", []float64{50}},
		{"Were the credits resold at half their real value?", []float64{50}},
	}
	for _, tt := range tests {
		var got []float64
		for _, c := range fractionClaims(tt.q) {
			if c.class != classPercent || !c.near {
				t.Errorf("fractionClaims(%q): %+v, want a near share", tt.q, c)
			}
			got = append(got, c.value)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("fractionClaims(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestShareIn(t *testing.T) {
	tests := []struct {
		figure string
		want   float64
		ok     bool
	}{
		{"36.5%", 36.5, true},
		{"20 percent", 20, true},
		{"half of", 50, true},
		{"two thirds of", 200.0 / 3, true},
		{"a quarter of", 25, true},
		{"300 machines", 0, false},
	}
	for _, tt := range tests {
		got, ok := shareIn(tt.figure)
		if ok != tt.ok || math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("shareIn(%q) = %v, %v, want %v, %v", tt.figure, got, ok, tt.want, tt.ok)
		}
	}
}

func TestShareClaim(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	tests := []struct {
		q      string
		ok     bool
		more   bool
		bound  float64
		figure string
		holds  bool
	}{
		{"Does Foundry USA control more than half of bitcoin's hashrate?", true, true, 50, "36.5%", false},
		{"Does mining use more than a tenth of Libya's power?", true, true, 10, "2%", false},
		{"Does Marathon hold the majority stake in the venture?", true, true, 50, "80 percent", true},
		{"Was China's share under 10% in August 2021?", true, false, 10, "0%", true},
		{"Do US miners have at least 40 percent of the hashrate?", true, true, 40, "37.8%", false},
		{"Does mining use more than a quarter of Laos's power?", true, true, 25, "a third", true},
		{"Does mining use less than half of the power?", true, false, 50, "two thirds", false},
		{"Is Sichuan banned?", false, false, 0, "", false},
		{"Is mining over in Sichuan?", false, false, 0, "", false},
	}
	for _, tt := range tests {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		c, ok := shareClaim(q)
		if ok != tt.ok || ok && (c.more != tt.more || c.bound != tt.bound) {
			t.Errorf("shareClaim(%q) = %+v, %v", tt.q, c, ok)
			continue
		}
		if !ok {
			continue
		}
		if got, ok := c.holds(tt.figure); !ok || got != tt.holds {
			t.Errorf("%q holds(%q) = %v, %v", tt.q, tt.figure, got, ok)
		}
	}
}

func TestAskedNoun(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	tests := []struct {
		q    string
		want []string
	}{
		{"What fine does Nepal impose on miners?", []string{"fine"}},
		{"What electricity tariff do miners pay in Bhutan?", []string{"electr", "tariff"}},
		{"What kind of crisis did the CFO blame?", []string{"crisi"}},
		{"What model of miners did Iris Energy buy?", []string{"miner"}},
		{"How many people were arrested near Kharkiv?", []string{"peopl"}},
		{"What share of the hashrate did Foundry have?", nil},
		{"What company ran the mine?", nil},
		{"How much was Bhutan's bitcoin worth?", nil},
		{"Which lender declared defaults?", nil},
		{"What was the result of the plenary vote on MiCA?", []string{"result"}},
		{"What is the average electricity price for households in Cheyenne?", []string{"averag", "electr", "price"}},
	}
	for _, tt := range tests {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		got := q.askedNoun()
		if len(got) != len(tt.want) {
			t.Errorf("askedNoun(%q) = %v, want %v", tt.q, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("askedNoun(%q) = %v, want %v", tt.q, got, tt.want)
			}
		}
	}
}

func TestFigureClasses(t *testing.T) {
	text := "Bitdeer planned a 100 megawatt site and a fund that could raise as much as 500 million US dollars, about 12% of its value, on 15,500 square kilometres by 2 p.m. (06:00 UTC), with R403 billion of debt."
	tests := []struct {
		n, class, withUnit string
	}{
		{"100", classPower, "100 megawatt"},
		{"500 million", classMoney, "500 million US dollars"},
		{"12%", classPercent, "12%"},
		{"15,500", classArea, "15,500 square kilometres"},
		{"403 billion", classMoney, "R403 billion"},
	}
	for _, tt := range tests {
		if got := classIn(text, tt.n); got != tt.class {
			t.Errorf("classIn(%q) = %s, want %s", tt.n, got, tt.class)
		}
		if got := withUnit(text, tt.n); got != tt.withUnit {
			t.Errorf("withUnit(%q) = %q, want %q", tt.n, got, tt.withUnit)
		}
	}
	lx := mustLexicon()
	g := newGazetteer(nil)
	for q, want := range map[string]string{
		"How large a fund did Bitdeer plan to raise?":   classMoney,
		"What share of the hashrate did Foundry have?":  classPercent,
		"How much power do miners in Laos use?":         classPower,
		"How many machines were seized in Zliten?":      "",
		"How large is the Zhundong park?":               classArea,
		"How much were the creditors claiming?":         classMoney,
		"How much gas does the pilot use each month?":   "",
		"How much bitcoin did the miner hold?":          "",
		"When did Laos stop supplying power to miners?": "",
		"What price per share did Tether offer?":        classMoney,
		// a change is answered by a share as well as a sum
		"By how much did BitFuFu's operating costs rise?":           "",
		"How big were the pay cuts for senior staff?":               "",
		"What loan-to-cost ratio does the loan have?":               classPercent,
		"What share of the cost did the price rise?":                classPercent,
		"What tax rate applies to crypto income?":                   classPercent,
		"HIVE收购矿场的总交易价值大约是多少？":                                      classMoney,
		"埃塞俄比亚矿场的电价是多少？":                                            classMoney,
		"矿场的装机容量是多少？":                                               classPower,
		"新疆占中国算力的比例是多少？":                                            classPercent,
		"警方查获了多少台矿机？":                                               "",
		"How much hashrate did the network have after the halving?": classHash,
		"比特大陆KS5 Pro的功耗是多少瓦？":                                       classPower,
		"Digihost矿场的算力是多少？":                                         classHash,
		"矿场2025年的电费是多少？":                                            classMoney,
		"蚂蚁S21 Hyd的能效是多少？":                                          classEff,
	} {
		if got := askedClass(analyze(q, lx, g, func(string) bool { return false })); got != want {
			t.Errorf("askedClass(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestNoClockFigures(t *testing.T) {
	got := numbers("The officials had to stop by 2 p.m. on the day (06:00 UTC), 24.kg reported; 26 farms closed.", nil)
	if len(got) != 1 || got[0] != "26 farms" {
		t.Errorf("numbers = %q, want only 26 farms", got)
	}
}

func TestValueClaims(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	src := func(text string) *sentence {
		return &sentence{facts: &facts{text: text, toks: words(text), stems: stemAll(words(text))}}
	}
	tests := []struct {
		q, source    string
		contradicted bool
	}{
		{"Is the Volcano Energy mine powered by geothermal energy?", "It is to be powered by a park of solar panels and wind turbines.", true},
		{"Is the Volcano Energy mine powered by solar energy?", "It is to be powered by a park of solar panels and wind turbines.", false},
		{"Are the rigs cooled with air?", "The machines are cooled in liquid.", true},
		{"Will the merged company be based in Canada?", "The company will be based in the United States.", true},
		{"Is Bitmain assembling mining rigs in the United States?", "Bitmain opened an assembly line in Texas.", false},
		{"Is mining banned in Sichuan?", "Mining was banned in Sichuan.", false},
		// a gerund names no means, and "in this case" is a set phrase, not a value
		{"Is Namecoin merge-mined with bitcoin?", "Bitcoin mining in Kazakhstan grew.", false},
		{"Is Namecoin merge-mined with bitcoin?", "The digit tells which chain is being mined, in this case Namecoin.", false},
		{"Is Namecoin merge-mined with bitcoin?", "Namecoin is mined with scrypt.", true},
	}
	for _, tt := range tests {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		got := false
		for _, cl := range valueClaims(q) {
			got = got || contradicted(cl, []*sentence{src(tt.source)}) != nil
		}
		if got != tt.contradicted {
			t.Errorf("%q against %q: contradicted %v, want %v (claims %+v)", tt.q, tt.source, got, tt.contradicted, valueClaims(q))
		}
	}
}

func TestFigureClaims(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	tests := []struct {
		q    string
		want []figureClaim
	}{
		{"Did police seize 2,000 bitcoin rigs in Medan?", []figureClaim{{value: 2000, class: classCount, nouns: stemAll([]string{"bitcoin", "rigs"})}}},
		{"Did the manager build his server from 12 of the institute's GPUs?", []figureClaim{{value: 12, class: classCount, nouns: stemAll([]string{"institute", "gpus"})}}},
		{"Did the bill pass by 70 votes to 29?", []figureClaim{{value: 70, class: classCount, nouns: stemAll([]string{"votes"})}}},
		{"Were about 90% of the requests from miners?", []figureClaim{{value: 90, class: classPercent, nouns: stemAll([]string{"requests", "miners"}), near: true}}},
		{"Did the firm raise more than $2 million?", []figureClaim{{value: 2e6, class: classMoney, bound: 1}}},
		{"Did its hashrate end the year above the 500 PH/s target?", []figureClaim{{value: 500, class: classHash, bound: 1}}},
		{"Does mining use more than 10% of the power?", nil}, // a share comparison: settlesClaim's
		{"Did China ban mining in 2021?", nil},
		{"Is Sichuan banned?", nil},
		{"Did HashCo buy S21 machines?", nil}, // a model's name
		{"Did Hut 8 buy the site?", nil},      // part of a name
		{"Was the expense ratio of RIGZ 0.75%?", []figureClaim{{value: 0.75, class: classPercent}}}, // a share is no name's part
	}
	for _, tt := range tests {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		got := figureClaims(q)
		if len(got) != len(tt.want) {
			t.Errorf("figureClaims(%q) = %+v, want %+v", tt.q, got, tt.want)
			continue
		}
		for i := range got {
			w := tt.want[i]
			if got[i].value != w.value || got[i].class != w.class || got[i].near != w.near || got[i].bound != w.bound ||
				w.class == classCount && !slices.Equal(got[i].nouns, w.nouns) {
				t.Errorf("figureClaims(%q)[%d] = %+v, want %+v", tt.q, i, got[i], w)
			}
		}
	}
}

func TestValueOf(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1,300", 1300, true},
		{"$2.5 million", 2.5e6, true},
		{"75%", 75, true},
		{"64 votes", 64, true},
		{"500MW", 500, true},
		{"half of", 0, false},
	}
	for _, tt := range tests {
		if got, ok := valueOf(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("valueOf(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSpelledNumbers(t *testing.T) {
	got := spelledNumbers(words("Nineteen were shut down, twenty-five more were found and a dozen moved one way; four million people and a billion dollars"))
	if want := []spelled{{19, 0, 1}, {25, 4, 6}, {12, 11, 12}, {4e6, 15, 17}, {1e9, 19, 21}}; !slices.Equal(got, want) {
		t.Errorf("spelledNumbers = %v, want %v", got, want)
	}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		text, n, head string
		want          bool
	}{
		{"Officers found 1,090 cryptocurrency mining machines at the sites.", "1,090", "machin", true},
		{"The family ran mining machines at 12 separate locations, and police found 1,090 mining machines.", "12", "machin", false},
		{"The family ran mining machines at 12 separate locations.", "12", "machin", true}, // no better figure
		{"Projects shut down so far number 45.", "45", "project", true},
	}
	for _, tt := range tests {
		s := &sentence{facts: &facts{text: tt.text, figures: numbers(tt.text, nil)}}
		if got := counts(s, tt.n, tt.head); got != tt.want {
			t.Errorf("counts(%q, %q, %q) = %v", tt.text, tt.n, tt.head, got)
		}
	}
	if got := numbers("Servers that use the SHA-256 algorithm, 32 J/TH or better.", nil); slices.Contains(got, "256") {
		t.Errorf("SHA-256 read as a figure: %v", got)
	}
	got := numbers("The court sanctioned the Part 26A plan; Growler will own 87.5% and 20 GPUs stay.", nil)
	if slices.Contains(got, "26") || !slices.Contains(got, "87.5%") || !slices.Contains(got, "20") {
		t.Errorf("Part 26A read as a figure, or a figure lost: %v", got)
	}
	// a proposal's number names it: "Yearn Improvement Proposal 57", "Prop 2"
	got = numbers("Yearn Improvement Proposal 57 passed, and Prop 2 failed; it minted 6,666 YFI.", nil)
	if want := []string{"6,666"}; !slices.Equal(got, want) {
		t.Errorf("numbers = %q, want %q", got, want)
	}
	// a model's or a version's name is no figure; a currency written onto the amount is
	got = numbers("It beat the Obelisk SC1 and 400 Antminer S9 machines, ran Stratum V2 and cost R403 billion, NT$33.48 or HKD4.6 million.", nil)
	if want := []string{"400", "403 billion", "$33.48", "4.6 million"}; !slices.Equal(got, want) {
		t.Errorf("numbers = %q, want %q", got, want)
	}
}

func TestChineseFigures(t *testing.T) {
	lx := mustLexicon()
	c := figureClaim{value: 2000, class: classCount, nouns: stemAll([]string{"bitcoin", "rigs"})}
	if !c.sameThing("警方最终查封了1300台使用窃电运行的比特币矿机。", "1300", lx) {
		t.Error("1300台……比特币矿机 not read as a count of rigs")
	}
	if c.sameThing("警方逮捕26名涉案人员。", "26", lx) {
		t.Error("26 people read as a count of rigs")
	}
	if got := classIn("要约以每股12.41美元的现金价格收购。", "12.41"); got != classMoney {
		t.Errorf("12.41美元 is %s, want money", got)
	}
	// a figure a unit of measure follows at once is a size, not a count of the nouns
	// after it; a classifier makes a count
	for _, tc := range []struct {
		text, n string
		want    bool
	}{
		{"2纳米挖矿芯片", "2", true},
		{"60分贝吗", "60", true},
		{"1000枚比特币", "1000", false},
		{"2000片晶圆", "2000", false},
		{"12年", "12", false},
	} {
		if got := measuredZH(tc.text, tc.n); got != tc.want {
			t.Errorf("measuredZH(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestTally(t *testing.T) {
	tests := []struct {
		text string
		want [2]int
		ok   bool
	}{
		{"The Senate passed it by 20 votes to 9.", [2]int{20, 9}, true},
		{"It passed by a vote of 17 to 12 on 10 April.", [2]int{17, 12}, true},
		{"The committee sent it to study on a 4-2 vote.", [2]int{4, 2}, true},
		{"The committee voted 4 to 2 to send it to study.", [2]int{4, 2}, true},
		{"The parliament passed the bill by 64 votes to 35.", [2]int{64, 35}, true},
		{"The site grew from 20 to 40 MW.", [2]int{}, false},
		{"Mining fell 5-10% in May.", [2]int{}, false},
		{"上诉法院随后以2比1的裁决让案件部分恢复。", [2]int{2, 1}, true},
		{"参议院以17票对12票通过该法案。", [2]int{17, 12}, true},
		{"算力从20比特增至40。", [2]int{}, false},
	}
	for _, tt := range tests {
		got, ok := tally(tt.text)
		if got != tt.want || ok != tt.ok {
			t.Errorf("tally(%q) = %v, %v; want %v, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}

func TestClassIn(t *testing.T) {
	tests := []struct {
		text, n, want string
	}{
		{"It caused the institute a loss of 7,862,990 won.", "7,862,990", classMoney},
		{"Police put the total cost to PLN at Rp14.4 billion.", "14.4 billion", classMoney},
		{"Taipower lost NT$80 million.", "80 million", classMoney},
		{"The party won 64 seats.", "64", classCount},
		{"Police seized 1,300 machines.", "1,300", classCount},
		{"The site draws 570 MW.", "570 MW", classPower},
		// any ISO 4217 code before an amount makes it money, glued to it or not
		{"The base application fee is SCR 75,000.", "75,000", classMoney},
		{"The fine was MOP50,000.", "50,000", classMoney},
		// in Chinese the unit follows at once; a percent later in the text is no unit
		{"三星2纳米挖矿芯片订单约占其2纳米产能的10%吗？", "2", classCount},
		{"矿场功率为50兆瓦。", "50", classPower},
		// a hashrate's unit keeps its class though the words lose the slash; a Chinese
		// amount may run on a character or two before its currency
		{"They estimated its computing power at 1606 MH/s.", "1606", classHash},
		{"CFE要求支付1600多万比索。", "1600", classMoney},
		{"S21 Hyd算力为335 TH/s,能效为16 J/TH。", "16", classEff},
		{"NM440 的能效为每太哈希20.2焦耳。", "20.2", classEff},
	}
	for _, tt := range tests {
		if got := classIn(tt.text, tt.n); got != tt.want {
			t.Errorf("classIn(%q, %q) = %q, want %q", tt.text, tt.n, got, tt.want)
		}
	}
}

func TestBoundBefore(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"In 2018 it still handled more than ", "more"},
		{"the pool held at least ", "more"},
		{"a share of over ", "more"},
		{"prices fell by less than ", "less"},
		{"the farm used under ", "less"},
		{"it handled ", ""},
		{"", ""},
		{"more ", ""},
		{"the pool went over the ", "more"}, // "over the 50% mark"
		{"it stayed below the ", "less"},
		{"more than the ", "more"},
	} {
		if got := boundBefore(tc.text); got != tc.want {
			t.Errorf("boundBefore(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestMayNegate(t *testing.T) {
	e := &Engine{lx: mustLexicon()}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Sichuan did not ban mining.", true},
		{"The plan, however, was never adopted.", true},
		{"Miners no longer need a licence.", true},
		{"The utility isn't connecting new farms.", true},
		{"四川没有禁止挖矿。", true},
		{"Sichuan banned mining on 18 June 2021.", false},
		{"Electricity prices rose, but farms kept running.", false},
	} {
		s := &sentence{facts: &facts{text: tc.text, toks: words(tc.text)}}
		if got := e.mayNegate(s); got != tc.want {
			t.Errorf("mayNegate(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestWithholds(t *testing.T) {
	e := &Engine{lx: mustLexicon()}
	for _, tc := range []struct {
		sentence, question string
		want               bool
	}{
		{"The piece did not give DMND's hashrate, its fee, or a count of connected miners.", "What fee does the DMND pool charge?", true},
		{"The piece did not give DMND's hashrate, its fee, or a count of connected miners.", "How many miners were connected to DMND?", true},
		{"The company declined to say how much it paid for the site.", "How much did the company pay for the site?", true},
		{"The company declined to say where its next farm would be.", "How much did the company pay for the site?", false},
		{"The pool charges a 2% fee.", "What fee does the pool charge?", false},
		{"该公司未透露收购价格。", "收购价格是多少？", true},
	} {
		q := analyze(tc.question, e.lx, newGazetteer(nil), func(w string) bool { return e.lx.filler[w] })
		for _, term := range q.terms {
			for _, stem := range stemAll(words(term)) {
				q.concepts = append(q.concepts, concept{stems: []string{stem}, weight: 1})
			}
		}
		if hasHan(tc.question) {
			q.concepts = append(q.concepts, concept{zh: []string{"价格"}, weight: 1})
		}
		s := &sentence{facts: &facts{text: tc.sentence, han: hasHan(tc.sentence)}}
		if got := withholds(s, q); got != tc.want {
			t.Errorf("withholds(%q, %q) = %v, want %v", tc.sentence, tc.question, got, tc.want)
		}
	}
}

// A fact question that names a year favours sentences of that year, and puts those that
// name only another year below those that name none.
func TestTimeScoreOtherYear(t *testing.T) {
	q := &question{kind: KindNumber, dates: findDates("in 2019", time.Time{})}
	published := time.Date(2023, 4, 8, 0, 0, 0, 0, time.UTC)
	score := func(text string) float64 {
		f := &facts{text: text, cased: wordsCased(text), toks: words(text), dates: findDates(text, published)}
		return timeScore(&sentence{facts: f, article: &index.Article{Published: published}}, q)
	}
	same, none, other := score("In 2019 it was 9 of 27."), score("The regulator gave its figures."), score("In 2018, 5 of the 28 complaints were about crypto.")
	if !(same > none && none > other) {
		t.Errorf("timeScore: same year %v, no year %v, another year %v", same, none, other)
	}
	q.kind = KindYesNo
	if score("The regulator gave its figures.") != score("In 2018, 5 of the 28 complaints were about crypto.") {
		t.Error("a yes/no question weighs another year as no year")
	}
}

func TestFirstDayOfASpanIsNoFigure(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"A storm shut the products from 24 to 26 December 2022, and 3 sites.", []string{"3"}},
		{"It ran on 24–26 December 2022 with 40 rigs.", []string{"40 rigs"}},
		{"It ran 24 to 26 machines on 26 December 2022.", []string{"24", "26 machines"}},
	} {
		got := numbers(tt.text, findDates(tt.text, time.Time{}))
		if !slices.Equal(got, tt.want) {
			t.Errorf("numbers(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestWattsArePower(t *testing.T) {
	for _, tt := range []struct {
		text, n string
		scale   float64
	}{
		{"It draws about 1,275 watts.", "1,275", 1e-6},
		{"The site uses 200 megawatts.", "200", 1},
		{"The site uses 2 gigawatts.", "2", 1e3},
	} {
		if c := classIn(tt.text, tt.n); c != classPower {
			t.Errorf("classIn(%q) = %q, want %q", tt.text, c, classPower)
		}
		if s := unitScale(tt.text, tt.n); s != tt.scale {
			t.Errorf("unitScale(%q) = %v, want %v", tt.text, s, tt.scale)
		}
	}
}

func TestAskedClass(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	tests := []struct {
		q, want string
	}{
		{"How much did Hashco raise in its IPO?", classMoney},
		{"How much money did Hashco raise?", classMoney},
		{"How much did Hashco raise the capital by?", classMoney},
		{"To what level does Heilman's defence raise the selfish mining threshold?", ""},
		{"What share of the hashrate did Foundry hold?", classPercent},
		{"How much compensation did Hashco get from the utility?", classMoney},
		{"How big a penalty did the court impose?", classMoney},
		{"What fee does the pool charge?", ""}, // a fee is as often a share
	}
	for _, tt := range tests {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		if got := askedClass(q); got != tt.want {
			t.Errorf("askedClass(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
