package bot

import (
	"slices"
	"strings"
	"testing"
)

func TestWantedEntity(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	tests := []struct {
		q    string
		want entity
	}{
		{"Who chaired the meeting?", entityPerson},
		{"Which minister announced the pause?", entityPerson},
		{"Who is the chief executive of Riot Platforms?", entityPerson},
		{"Which company did Inner Mongolia hire?", entityCompany},
		{"Name a company listed in the notice.", entityCompany},
		{"Who ordered the miners to stop?", entityAny},
		{"Which bodies issued the notice?", entityAny},
		{"谁创立了Xive？", entityAny},
		{"Is Sichuan banned?", entityAny},
	}
	for _, tt := range tests {
		if got := analyze(tt.q, lx, g, func(string) bool { return false }).wants; got != tt.want {
			t.Errorf("wants(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
}

func TestNameOf(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	tests := []struct {
		text string
		want entity
		name string
	}{
		{"The statement summarised a meeting hosted by Vice Premier Liu He, which a website published.", entityPerson, "Liu He"},
		{`"We are pausing connections," said Josie Osborne, Minister of Energy.`, entityPerson, "Josie Osborne"},
		{"NDRC spokesperson Meng Wei told a press conference that prices would rise.", entityPerson, "Meng Wei"},
		{"Kazakhstan's President Kassym-Jomart Tokayev signed the amendments.", entityPerson, "Kassym-Jomart Tokayev"},
		{"Didar Bekbauov, founder of the mining company Xive, said miners called.", entityPerson, "Didar Bekbauov"},
		{"Police arrested four more people: an investor surnamed Cheng and his wife.", entityPerson, "Cheng"},
		{"American Bitcoin, a company that lists Eric Trump as a co-founder, will merge with Gryphon.", entityPerson, "Eric Trump"},
		{"The Sichuan Development and Reform Commission issued the notice.", entityPerson, ""},
		{"In October 2021 the United States led.", entityPerson, ""},
		{"It named 26 companies, among them Heishui Kedi Big Data Tech Co. and others.", entityCompany, "Heishui Kedi Big Data Tech Co."},
		{"The region hired a contractor, Mengze, to find the mines.", entityCompany, "Mengze"},
		{"Bitmain, the Chinese company that makes most rigs, opened a plant.", entityCompany, "Bitmain"},
		{"The Sichuan Energy Bureau told power companies to cut supply.", entityCompany, ""},
		{"四川省发改委发布通知。", entityCompany, ""},
		{"Liu He chaired it.", entityAny, ""},
		{"Minister for Digitalisation and Public Administration Karianne Tung said the plan stood.", entityPerson, "Karianne Tung"},
		{"Bitdeer is chaired by Jihan Wu, a co-founder of Bitmain.", entityPerson, "Jihan Wu"},
		{"Jihan Wu said the fund would open.", entityPerson, "Jihan Wu"},
		{"Amy Freedman has been appointed to the board.", entityPerson, "Amy Freedman"},
		{"The company's chairman is Nii Quaynor, one of the early builders of the internet.", entityPerson, "Nii Quaynor"},
		{"Manoj Narender Madnani, Marathon's managing director for Europe, said it was a first.", entityPerson, "Manoj Narender Madnani"},
	}
	for _, tt := range tests {
		if got := nameOf(tt.text, tt.want, lx, g); got != tt.name {
			t.Errorf("nameOf(%q, %d) = %q, want %q", tt.text, tt.want, got, tt.name)
		}
	}
}

func TestProperNames(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	tests := []struct {
		q    string
		want []string
	}{
		{"Did CoreWeave end up buying Core Scientific?", []string{"coreweav", "core"}},
		{"Who is the chief executive of Riot Platforms?", []string{"riot"}},
		{"Did the IMF approve cheap power for Pakistan's miners?", []string{"imf"}},
		{"What tax did data centres over 0.5 MW pay in Norway in 2018?", nil},
		{"Is Sichuan banned?", nil},
		{"Did American Bitcoin go public through a traditional IPO?", []string{"bitcoin"}}, // an IPO is no name
		{"CoreWeave最终收购了Core Scientific吗？", []string{"coreweav"}},                          // words in a row are one name
		{"How many bitcoin did the hAnt ransomware demand?", []string{"hant"}},             // a capital inside makes a name
		{"eCash will start at a lower difficulty?", []string{"ecash"}},
		{"Was the Satori botnet's mining power around 3,000 MH/s?", []string{"satori"}},
		{"When did Ethereum's Shanghai upgrade go live?", []string{"ethereum", "shanghai"}}, // a new name after a possessive
		{"Which Togolese minister ordered the crypto trading firms to stop?", nil},          // a people, not a name // nor is a hash rate's
		{"Does the site pay $0.047 per kWh?", nil},                                          // a unit is no name
	}
	for _, tt := range tests {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		if len(q.names) != len(tt.want) {
			t.Errorf("names(%q) = %v, want %v", tt.q, q.names, tt.want)
			continue
		}
		for i := range tt.want {
			if q.names[i] != tt.want[i] {
				t.Errorf("names(%q) = %v, want %v", tt.q, q.names, tt.want)
			}
		}
	}
}

func TestInitials(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Druk Holding and Investments (DHI) said", "dhi", true},
		{"the International Monetary Fund objected", "imf", true},
		{"the fund objected", "imf", false},
		{"Domestic Heat Index", "dhix", false},
	}
	for _, tt := range tests {
		if got := initials(wordsCased(tt.text), tt.name); got != tt.want {
			t.Errorf("initials(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

func TestLatinNameInChinese(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Hashrate Index研究员Jaran Mellerud撰文指出，阿曼可能成为中心。", "Jaran Mellerud"},
		{"萨尔瓦多总统纳伊布·布克尔（Nayib Bukele）表示，他已指示LaGeo制订计划。", "Nayib Bukele"},
		{"文章由吴说作为Hashrate Index中文合作方发布。", ""},
	}
	for _, tt := range tests {
		if got := latinNameInChinese(tt.text); got != tt.want {
			t.Errorf("latinNameInChinese(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSubjectOf(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	q := analyze("Who asked the city to bar crypto mining from outdoor storage sites?", lx, g, func(string) bool { return false })
	tests := []struct{ text, want string }{
		{"Council member Sarah Thiesse asked the city to bar mining from outdoor storage sites.", "Sarah Thiesse"},
		{"He asked how the city could study a facility that did not exist yet.", ""},
		{"The draft asked for a noise study.", ""},
	}
	for _, tt := range tests {
		if got := subjectOf(tt.text, strings.ToLower(tt.text), "asked", q); got != tt.want {
			t.Errorf("subjectOf(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// Every one-letter typo of a name, wherever it is made, finds the name among the
// candidates typoCandidates gives.
func TestTypoCandidatesHoldEveryTypo(t *testing.T) {
	g := newGazetteer(nil)
	checked := 0
	for i, sn := range g.sized {
		if i%61 != 0 { // a sample of the names keeps the test quick
			continue
		}
		rs := []rune(sn.name)
		var typos []string
		for p := 0; p <= len(rs); p++ {
			typos = append(typos, string(rs[:p])+"q"+string(rs[p:])) // a letter added
			if p < len(rs) {
				typos = append(typos, string(rs[:p])+string(rs[p+1:]))     // dropped
				typos = append(typos, string(rs[:p])+"z"+string(rs[p+1:])) // changed
			}
			if p+1 < len(rs) {
				swapped := slices.Clone(rs)
				swapped[p], swapped[p+1] = swapped[p+1], swapped[p]
				typos = append(typos, string(swapped))
			}
		}
		for _, typo := range typos {
			runes := len([]rune(typo))
			if runes < 4 || typo == sn.name {
				continue
			}
			longer := runes == 4
			var got, want []string
			for _, c := range g.typoCandidates(typo, len(sn.words), runes, longer) {
				if editDistanceAtMostOne(typo, c.name) {
					got = append(got, c.name)
				}
			}
			for _, c := range g.sized { // every name, in order, as findFuzzy once read them
				if len(c.words) == len(sn.words) && (c.runes == runes+1 || !longer && c.runes >= runes-1 && c.runes <= runes) && editDistanceAtMostOne(typo, c.name) {
					want = append(want, c.name)
				}
			}
			if !slices.Contains(got, sn.name) || !slices.Equal(got, want) {
				t.Errorf("typo %q of %q: candidates one letter away %q, want %q", typo, sn.name, got, want)
			}
			checked++
		}
	}
	if checked < 2000 {
		t.Errorf("only %d typos checked", checked)
	}
}
