package bot

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/minebot/minebot/content"
	"github.com/minebot/minebot/index"
	"github.com/minebot/minebot/internal/gen"
)

var update = flag.Bool("update", false, "rewrite the golden answers in testdata/golden")

var (
	embeddedOnce   sync.Once
	embeddedEngine *Engine
)

// shippedEngine answers from the embedded corpus; built once for all tests.
func shippedEngine(t *testing.T) *Engine {
	t.Helper()
	embeddedOnce.Do(func() {
		store, err := index.Open("", index.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Rebuild(context.Background(), store, content.Embedded()); err != nil {
			t.Fatal(err)
		}
		embeddedEngine = NewEngine(store)
	})
	if embeddedEngine == nil {
		t.Fatal("no engine")
	}
	return embeddedEngine
}

// The hard cases a miner relies on, on the shipped corpus.
func TestHardCases(t *testing.T) {
	e := shippedEngine(t)
	tests := []struct {
		name     string
		q        string
		verdict  Verdict
		abstain  bool
		citeAny  []string
		contains string
	}{
		{"change over time: newest source wins", "Is Sichuan banned?", VerdictYes, false,
			[]string{"sichuan-2021-06-18.md", "sichuan-shutdown-2021-06-22.md", "china-share-returns-2025-11-25.md", "sichuan-penalty-zh-2022-04-18.md"}, ""},
		{"the change is dated after what it changed from", "Can I still mine bitcoin in Sichuan?", VerdictNo, false,
			nil, "No — since 18 June 2021."},
		{"negation: not yet banned, asked for that time", "Had Sichuan banned mining by early June 2021?", VerdictNo, false,
			[]string{"sichuan-2021-06-07.md", "sichuan-seminar-2021-05-27.md"}, ""},
		{"permission asked, ban found", "Can I still mine bitcoin in Sichuan?", VerdictNo, false, nil, ""},
		{"partial: one county only", "Is crypto mining banned in Yunnan?", VerdictPartly, false,
			[]string{"yunnan-yingjiang-2021-08-23.md", "yunnan-2021-06-15.md", "yunnan-zh-2021-06-12.md"}, ""},
		{"partial: moratorium on new connections", "Is crypto mining banned in Manitoba?", VerdictPartly, false, nil, ""},
		{"sub-national place inherits its parents", "Were bitcoin miners in the Zhundong park told to stop mining?", VerdictYes, false,
			[]string{"changji-2021-06-09.md", "xinjiang-rectification-2021-06-09.md", "qinghai-zh-2021-06-11.md"}, ""},
		{"typo in the place", "hey, quick one: is crypto mining still allowed in Sichaun?", VerdictNo, false, nil, ""},
		{"an old spelling of the place answers as the name does", "Is Szechwan banned?", VerdictYes, false, nil, "Yes — since 18 June 2021."},
		{"a typo answers as the name does", "Is Sichwan banned?", VerdictYes, false, nil, "Yes — since 18 June 2021."},
		{"Chinese question, Chinese frame", "四川禁止挖矿了吗？", VerdictYes, false, nil, "是"},
		{"factoid date", "When did Changji order the miners in Zhundong to halt?", "", false,
			[]string{"changji-2021-06-09.md", "xinjiang-rectification-2021-06-09.md", "qinghai-zh-2021-06-11.md"}, "9 June"},
		{"factoid figure", "What share of bitcoin hashrate did Xinjiang have according to Cambridge?", "", false, nil, "35"},
		{"the place asked about, not its country", "What share of China's hashrate was in Xinjiang?", "", false, nil, "35%"},
		{"the figure beside the place, in a list of places", "What share of bitcoin mining did Kazakhstan have in August 2021?", "", false, nil, "18.1"},
		{"a place that only dates the question", "What was Russia's share of bitcoin mining after China's 2021 ban?", "", false, nil, "11"},
		{"when: what was done, not what was planned", "When did Bitmain start assembling mining rigs in the US?", "", false,
			[]string{"asic-makers-us-assembly-2025-06-22.md"}, "December 2024"},
		{"who: the person asked for", "Who chaired the meeting at which China called for a crackdown on bitcoin mining?", "", false, nil, "Liu He"},
		{"done outweighs planned", "Is Bitmain assembling mining rigs in the United States?", VerdictYes, false,
			[]string{"asic-makers-us-assembly-2025-06-22.md"}, "December 2024"},
		{"a plan asked about as a plan", "Did the NDRC propose punitive electricity prices for miners?", VerdictYes, false, nil, ""},
		{"an adverb found as its adjective, in the year asked", "Were miners still mining secretly in China in 2022?", VerdictYes, false,
			[]string{"inner-mongolia-2022-06-13.md", "china-share-returns-2025-11-25.md"}, ""},
		{"a condition, not a status", "Do crypto miners in Kazakhstan need a licence?", VerdictYes, false,
			[]string{"kazakhstan-digital-assets-law-2023-04-30.md"}, ""},
		{"abstain: a count asked, only a measure found", "How many bitcoins did the Manitoba mines produce in 2023?", "", true, nil, ""},
		{"a count of a unit", "How many megawatts of bitcoin mining load were switched off in Texas in the July 2022 heat wave?", "", false, nil, "1,000 megawatts"},
		{"a figure beside the name asked about", "How much power did Riot Platforms earn in credits in August 2023?", "", false,
			[]string{"texas-riot-power-credits-2023-09-06.md"}, "31.7 million"},
		{"a country answered from its regions", "Is crypto mining banned in Canada?", VerdictPartly, false, nil, "some regions"},
		{"a ban question without a place", "is mining banned?", VerdictUnknown, true, nil, "Which place"},
		{"flag emoji as a place", "is mining banned in 🇨🇳?", VerdictYes, false, nil, ""},
		{"English question, only a Chinese source", "Does Sichuan charge crypto miners a higher electricity price as a penalty?", VerdictYes, false,
			[]string{"sichuan-penalty-zh-2022-04-18.md"}, ""},
		{"abstain: place not covered", "Is bitcoin mining banned in Peru?", VerdictUnknown, true, nil, "Peru"},
		{"abstain: topic not covered", "What is the price of bitcoin today?", "", true, nil, "don't have a source"},
		{"abstain: Chinese", "以太坊质押的年化收益率是多少？", "", true, nil, "没有"},
		{"abstain: empty", "   ", "", true, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Answer(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if a.Abstained != tt.abstain {
				t.Fatalf("abstained = %v, want %v: %s", a.Abstained, tt.abstain, a.Text)
			}
			if tt.verdict != "" && a.Verdict != tt.verdict {
				t.Errorf("verdict = %q, want %q: %s", a.Verdict, tt.verdict, a.Text)
			}
			if tt.contains != "" && !strings.Contains(a.Text, tt.contains) {
				t.Errorf("answer lacks %q: %s", tt.contains, a.Text)
			}
			if len(tt.citeAny) > 0 && !citesAny(a, tt.citeAny) {
				t.Errorf("cites %v, want one of %v", a.Citations, tt.citeAny)
			}
			checkAnswer(t, a)
		})
	}
}

func citesAny(a *Answer, files []string) bool {
	for _, c := range a.Citations {
		for _, f := range files {
			if path.Base(c.File) == f {
				return true
			}
		}
	}
	return false
}

// checkAnswer asserts what holds of every answer: abstentions cite nothing, answers
// cite what their [n] markers name, and every citation is complete.
func checkAnswer(t *testing.T, a *Answer) {
	t.Helper()
	if a.Abstained {
		if len(a.Citations) != 0 || a.Text == "" {
			t.Errorf("abstention with citations or no text: %+v", a)
		}
		return
	}
	if len(a.Citations) == 0 {
		t.Fatalf("answer without citations: %s", a.Text)
	}
	for i, c := range a.Citations {
		if c.N != i+1 || c.Title == "" || c.URL == "" || c.Published == "" || c.File == "" || c.Quote == "" {
			t.Errorf("incomplete citation %+v", c)
		}
		if !strings.Contains(a.Text, "["+string(rune('0'+c.N))+"]") {
			t.Errorf("citation %d has no marker in %q", c.N, a.Text)
		}
		if c.Published > a.AsOf {
			t.Errorf("as_of %s is older than citation %d (%s)", a.AsOf, c.N, c.Published)
		}
	}
}

// Golden answers: the whole ask --json object for a few questions. Run with -update
// after a deliberate change and read the diff.
func TestGoldenAnswers(t *testing.T) {
	e := shippedEngine(t)
	questions := map[string]string{
		"sichuan":      "Is Sichuan banned?",
		"sichuan-zh":   "四川禁止挖矿了吗？",
		"kazakhstan":   "Is crypto mining allowed in Kazakhstan?",
		"manitoba":     "Is crypto mining banned in Manitoba?",
		"unanswered":   "Is bitcoin mining banned in Peru?",
		"where-miners": "Where did the miners go after China's ban?",
	}
	for name, q := range questions {
		t.Run(name, func(t *testing.T) {
			a, err := e.Answer(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := json.MarshalIndent(a, "", "  ")
			file := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(file, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(strings.TrimSpace(string(want)), strings.TrimSpace(string(got))); diff != "" {
				t.Errorf("answer changed (-want +got):\n%s", diff)
			}
		})
	}
}

// A content folder can teach the bot new places and synonyms without a new build.
func TestContentFolderExtendsVocabulary(t *testing.T) {
	fsys := fstest.MapFS{
		"places.tsv":   {Data: []byte("Wuhai Valley\tInner Mongolia\tindustrial park\tWuhai Valley Park|乌海谷\n")},
		"synonyms.txt": {Data: []byte("outlaw, verboten\n")},
		"a.md": {Data: []byte("---\ntitle: Wuhai Valley park orders miners out\nsource: https://example.com/wuhai\npublished: 2021-05-30\nregions: [Wuhai Valley Park]\n---\n" +
			"On 30 May 2021 the Wuhai Valley industrial park ordered all crypto miners to shut down. Mining is verboten there now.\n")},
	}
	e := engineFrom(t, fsys)
	for _, q := range []string{"Is crypto mining banned in Wuhai Valley?", "乌海谷禁止挖矿了吗？", "Is mining outlawed in the Wuhai Valley Park?"} {
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if a.Abstained || a.Verdict != VerdictYes || !citesAny(a, []string{"a.md"}) {
			t.Errorf("%s: %+v", q, a)
		}
	}
	if got := e.current().places.lookup("Wuhai Valley"); len(got) == 0 || got[0].Parent == nil || got[0].Parent.Name != "Inner Mongolia" {
		t.Errorf("places.tsv row not in the gazetteer: %+v", got)
	}
}

// engineFrom indexes a small corpus in memory.
func engineFrom(t *testing.T, fsys fstest.MapFS) *Engine {
	t.Helper()
	store, err := index.Open("", index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if _, err := Rebuild(context.Background(), store, fsys); err != nil {
		t.Fatal(err)
	}
	return NewEngine(store)
}

func article(title, source, published, regions, body string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\nsource: " + source + "\npublisher: Test Wire\npublished: " +
		published + "\nregions: [" + regions + "]\n---\n" + body + "\n")}
}

// The hard cases again, on a corpus the engine was never tuned on.
func TestUnseenCorpus(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"hashco-bankruptcy.md": article("HashCo files for Chapter 11", "https://example.com/1", "2022-12-21", "United States, Texas",
			"The bitcoin miner HashCo filed for Chapter 11 bankruptcy protection in Texas on 21 December 2022, citing low bitcoin prices and high power costs."),
		"hashco-exit.md": article("HashCo leaves bankruptcy", "https://example.com/2", "2024-01-24", "United States",
			"The bitcoin miner HashCo emerged from Chapter 11 bankruptcy on 23 January 2024 and its shares began trading again. The company is based in Dallas, Texas. HashCo is running a pilot that uses flare gas from oil wells to power its rigs, and is considering similar projects elsewhere. Chief executive Maria Lopez said the company would add 200 megawatts of capacity. HashCo's mining pool held about 12.5% of the network's hashrate."),
		"grid.md": article("Grid operator halts new data centre links", "https://example.com/4", "2021-12-19", "Ireland, Dublin",
			"The grid operator said it will not connect any new data centres in Dublin. It cannot offer new connection agreements in the region until 2028 at the earliest.\n\n"+
				"A court later heard the data centre operators' case. The operators argued that the decision was unlawful and costly for the region's economy and its jobs.\n\n"+
				"Judge Mary Byrne of the High Court set a hearing on the grid decision for March."),
		"bhutan.md": article("Bhutan's bitcoin holdings", "https://example.com/5", "2025-05-12", "Bhutan, El Salvador",
			"Analysts estimated that Bhutan's bitcoin was worth more than 646 million US dollars, more than El Salvador's holdings."),
		"winter.md": article("Farms switched off for the winter", "https://example.com/6", "2025-11-13", "Kyrgyzstan",
			"Crypto mining farms in Kyrgyzstan were switched off on 13 November 2025 as a temporary, seasonal measure, with a restart promised for the end of March 2026."),
		"fork.md": article("HashChain's fork delays the bomb", "https://example.com/341", "2020-01-02", "",
			"The Glacier fork carried just one change, HIP 2384, to delay HashChain's difficulty bomb. It pushes the bomb back by another 4,000,000 blocks."),
		"storm.md": article("Storm knocks out HashCo's cloud mining", "https://example.com/357", "2024-12-28", "",
			"A winter storm shut down HashCo's cloud mining products from 24 to 26 December 2024, the company said."),
		"cloud.md": article("HashCo pauses its cloud service", "https://example.com/340", "2025-01-13", "United States",
			"HashCo said on 12 January 2025 that it would suspend its cloud hosting service while bitcoin's price stays low."),
		"laos.md": article("Laos may stop supplying miners", "https://example.com/7", "2025-10-16", "Laos",
			"A deputy minister said Laos might stop supplying electricity to crypto miners by the end of the first quarter of 2026."),
		"vote.md": article("Parliament delays the mining tax vote", "https://example.com/8", "2022-02-25", "Ireland",
			"The parliament's vote on the mining electricity tax bill, due on 28 February 2022, was postponed."),
		"register.md": article("Miners must register under the new law", "https://example.com/9", "2026-01-01", "Turkmenistan",
			"Turkmenistan's law on virtual assets allows crypto mining. Miners must register with the central bank before they start."),
		"fund.md": article("Fund turns down cheap power for miners", "https://example.com/10", "2025-07-03", "Pakistan",
			"The International Monetary Fund turned down Pakistan's plan to sell discounted electricity to crypto miners, the power secretary said on 3 July 2025. He said major power policies now need the fund's approval.\n\n"+
				"Crypto mining was not banned in Pakistan, but the grid company had suspended power to unlicensed mining farms in June 2025."),
		"raid.md": article("Police seize 1,300 machines", "https://example.com/11", "2023-12-24", "Indonesia, Medan",
			"Police in Indonesia have seized 1,300 bitcoin mining machines from 10 sites in Medan over power theft. The provincial parliament passed the power theft bill by 64 votes to 35. Medan's power theft law had been adopted but was still due to enter into force in the near future. As of December 2023 the Medan power thieves had been charged but not yet convicted.\n\nIn 2025 the high court upheld a lower court's rulings against four Medan power thieves found guilty of stealing electricity for mining."),
		"rates.md": article("Utility staff propose phased miner rates", "https://example.com/12", "2018-07-31", "Grant County, Ephrata, Washington, United States",
			"Staff at the Grant County utility in Washington state recommended on 31 July 2018 that new rates for crypto miners be phased in over four years instead of all at once. They presented the rate plan to commissioners at a workshop in Ephrata."),
		"douglas.md": article("Douglas County miners to leave the costly rate", "https://example.com/13", "2020-12-08", "Douglas County, Washington, United States",
			"Crypto miners in Douglas County are set to move off the costly Rate 17, commissioners said on 8 December 2020. A new state law forbids utilities in Douglas County from charging crypto miners discriminatory rates."),
		"chelan.md": article("Utility pauses miners' applications", "https://example.com/14", "2018-03-20", "Chelan County, Washington, United States",
			"The Chelan County utility board voted on 19 March 2018 to stop processing applications for power from crypto miners. The measure is a moratorium on new applications only; applications already approved could go ahead."),
		"okanogan.md": article("Utility limits miners' power in winter", "https://example.com/15", "2021-01-10", "Okanogan County, Washington, United States",
			"Since 2015 the Okanogan County utility has limited power for crypto miners every winter for some weeks."),
		"brazil.md": article("Brazil cuts import tax on mining machines", "https://example.com/16", "2022-05-10", "Brazil",
			"Brazil has removed the import tax on bitcoin mining equipment, the trade chamber said on 10 May 2022. The cut is granted under a system that lowers duties on listed goods. It does not cover every mining machine.\n\n"+
				"The relief applies to servers that use 32 joules per terahash or less."),
		"wyoming.md": article("HashCo buys its first Wyoming site", "https://example.com/17", "2024-08-01", "Wyoming, Cheyenne, United States",
			"HashCo said on 1 August 2024 that it had completed the purchase of its first Wyoming mining site. The first facility, in Cheyenne, has 30 MW of power."),
		"missouri.md": article("Missouri committee backs mining bill", "https://example.com/143", "2023-03-09", "Missouri, United States",
			"Missouri's Digital Asset Mining Protection Act was approved by a House committee on 7 March 2023 in a unanimous 12 to 0 vote."),
		"arizona.md": article("Arizona Senate passes mining rights bill", "https://example.com/144", "2025-04-11", "Arizona, United States",
			"On 10 April 2025 the Arizona Senate passed the mining rights bill by a vote of 17 to 12 and sent it to Governor Katie Hobbs. The bill, called a mining rights bill by its backers, would stop cities, towns and counties in Arizona from banning or restricting people who run mining machines in their own homes. "+
				"State Representative Teresa Diaz, a Republican, introduced the bill in January 2025."),
		"ipo-zh.md": article("HashCo子公司完成上市", "https://example.com/145", "2025-08-11\nlang: zh", "United States",
			"比特币矿企HashCo披露，其子公司CoolFiber已完成首次公开发行：以每股17.00美元出售9,375,000股普通股。"),
		"vermont.md": article("Vermont House passes mining bill", "https://example.com/146", "2025-05-14", "Vermont, United States",
			"The Vermont House passed House Bill 639 on 1 May 2025; the Senate has yet to vote. Under the bill, no city or town could ban crypto mining, and mining at home would be protected in law."),
		"noise.md": article("Neighbours take Gridco to court", "https://example.com/147", "2024-04-18", "Texas, United States",
			"Neighbours of the Gridco mine in Granbury sued Gridco on 17 April 2024 over the noise of its cooling fans. The lawsuit asks the court to stop the fans at night."),
		"tires.md": article("Miner seeks to burn tires", "https://example.com/148", "2023-08-21", "Pennsylvania, United States",
			"HashCo, which runs bitcoin miners on power from the Gridco coal refuse plant in Pennsylvania, wants to add shredded tires to the fuel the plant burns. It asked state regulators for a permit change in July 2023."),
		"zones.md": article("Energy zone bill dies", "https://example.com/149", "2022-03-29", "Montana, United States",
			"Senate File 71 would have allowed deregulated energy zones for crypto miners on state land in Montana. The bill died in the Senate Minerals Committee after several days of testimony."),
		"occupancy.md": article("County lets data center phase run for now", "https://example.com/150", "2023-06-29", "North Dakota, United States",
			"Williams County commissioners voted on 29 June 2023 to grant HashCo a temporary certificate of occupancy for phase 2 of its Williston data center."),
		"cheyenne.md": article("Utility signs up a crypto miner", "https://example.com/151", "2022-06-21", "Wyoming, United States",
			"Black Hills Energy, the utility in Cheyenne, said on 21 June 2022 that a crypto mining company had signed a five-year service agreement for up to 45 MW of power. "+
				"The contract is an interruptible service agreement with MineCo, a New York-based crypto mining company. The mine itself will be built and run by BisonCo, a Wyoming company."),
		"murphy.md": article("A mine's hum in the mountains", "https://example.com/152", "2024-01-19", "Murphy, Cherokee County, North Carolina, United States",
			"Murphy is the westernmost town in North Carolina. A few miles outside it, in what used to be a cornfield, the company PeakBlock runs one of the state's few crypto mines."),
		"plan.md": article("HashCo unveils a rescue plan", "https://example.com/153", "2025-10-21", "United Kingdom",
			"HashCo's restructuring plan was made public on 21 October 2025 and still needed approval from creditors and the High Court."),
		"sanction.md": article("Court sanctions HashCo's rescue", "https://example.com/154", "2025-12-23", "United Kingdom",
			"The High Court in London sanctioned HashCo's restructuring plan, clearing its rescue by Growler. Mr Justice Hill gave his decision on 10 December 2025 and handed down his written reasons on 23 December 2025."),
		"iowa.md": article("Iowa House gets four crypto bills", "https://example.com/155", "2025-05-22", "Iowa, United States",
			"On 21 May 2025 four crypto bills were filed in the Iowa House; none has had a vote. One bill would keep the state and local governments from banning people from owning cryptocurrency, or from taxing it differently from other money."),
		"datacentres.md": article("Government plans a pause on new crypto data centres", "https://example.com/156", "2025-06-20", "Finland",
			"As of 20 June 2025 Finland had no temporary ban on new crypto mining data centres in force. The government plans a temporary ban on new crypto data centres from the autumn."),
		"relist.md": article("HashCo is listed again", "https://example.com/157", "2024-01-25", "United States",
			"As of 25 January 2024 HashCo was out of bankruptcy and listed again. The Dallas company had filed for bankruptcy on 21 December 2022, after the price of bitcoin fell."),
		"minerco.md": article("MinerCo files for Chapter 11", "https://example.com/158", "2022-09-23", "United States",
			"MinerCo, a company that hosts crypto mining machines, filed for bankruptcy on Thursday 22 September 2022."),
		"block.md": article("Regulator orders crypto sites blocked", "https://example.com/159", "2023-01-10", "Nepal",
			"The Nepal Telecommunication Authority has told internet service providers to stop their users from reaching crypto websites. "+
				"The telecom regulator had already issued a warning in April 2022, asking the public to report crypto services, but at that time it did not order providers to block crypto websites."),
		"germany.md": article("A green miner's German roots", "https://example.com/160", "2025-11-07", "Germany",
			"HashCo was founded in Germany as HashCo AG and marketed itself as a green bitcoin miner."),
		"rigs.md": article("HashCo completes a machine purchase", "https://example.com/161", "2024-11-15", "United States",
			"On 15 November 2024 HashCo completed the cash purchase of on-rack mining machines with 32 EH/s of hashrate, for about $256 million."),
		"cliff.md": article("Planning member seeks a pause on crypto mines", "https://example.com/162", "2025-03-30", "Silver Cliff, Colorado, United States",
			"A member of the town's Planning Committee wants Silver Cliff to adopt a moratorium on crypto mining."),
		"output-zh.md": article("HashCo十二月产出569枚比特币", "https://example.com/163", "2026-01-07\nlang: zh", "United States",
			"据报道，HashCo在2025年12月共开采569枚比特币，截至月底持有7,528.3枚。"),
		"round.md": article("HashCo closes its Abilene financing", "https://example.com/141", "2024-07-24", "Texas, United States",
			"On 24 July 2024 HashCo said it had closed the financing round led by Spring Lane Capital for its Abilene campus. The round is $30 million."),
		"utah.md": article("Utah bill would shield miners", "https://example.com/142", "2024-02-10", "Utah, United States",
			"A bill in the Utah legislature would make the state friendlier to bitcoin miners. The measure, sponsored by Republican state Representative Jane Roe of Provo, would exempt mining machines from sales tax."),
		"abilene.md": article("HashCo breaks ground in Abilene", "https://example.com/140", "2022-11-04", "Texas, United States",
			"HashCo broke ground on its clean campus in Abilene, Texas. The Abilene campus starts at 200 MW in its first phase and could expand to more than 1 gigawatt."),
		"states.md": article("HashCo enters Wyoming", "https://example.com/18", "2024-05-09", "Wyoming, Georgia, Mississippi, United States",
			"Wyoming becomes the third state where HashCo runs mining sites, after Georgia and Mississippi."),
		"generate.md": article("HashCo buys sites from Generate Capital", "https://example.com/19", "2023-12-19", "United States",
			"HashCo will pay Generate Capital $178.6 million for two mining sites under a purchase contract. The sites, in Iowa and Nebraska, total 390 megawatts (MW)."),
		"campus.md": article("Campus sold to HashCo", "https://example.com/20", "2024-03-15", "United States",
			"Applied Digital said on 15 March 2024 it will sell its 200-megawatt campus in Garden City to HashCo for $87 million."),
		"lin.md": article("Police arrest father and sons over meter tampering", "https://example.com/21",
			"2020-02-18\nsummary: Police in Taiwan arrested a man surnamed Lin and his two sons for tampering with power meters to run mining rigs.", "Taiwan",
			"Police in Taiwan arrested a father and his two sons on 17 February 2020. The family ran crypto mining machines at 12 separate locations in Taoyuan. Officers found 1,090 crypto mining machines at the locations."),
		"probe.md": article("Prosecutors finish HashCo power-theft investigation", "https://example.com/22", "2024-02-27", "United States",
			"Prosecutors have finished their investigation into power theft at HashCo's mining farms, a notice said on 27 February 2024. According to the notice, the case started in March 2023, when inspectors found two farms drawing power illegally."),
		"griid.md": article("HashCo completes its takeover of a rival", "https://example.com/23", "2024-10-31", "United States",
			"HashCo completed its takeover of the rival miner Gridco on 30 October 2024. The deal closed later than first planned: the companies had expected to finish in the third quarter of 2024. HashCo paid for Gridco in an all-stock deal valued at about $155 million.\n\nUnder HashCo's restructuring plan, holders of its notes would receive 10% together, and existing shareholders would keep only 2.5%."),
		"panels.md": article("Police raid a rural mine in Okanogan", "https://example.com/24", "2025-01-10", "Okanogan County, Washington, United States",
			"Police raided a rural crypto mine in Okanogan County on 9 January 2025. Solar panels had been installed on the property, but investigators found they were not connected to the mining rigs."),
		"idaho.md": article("Idaho House passes right-to-mine bill", "https://example.com/25", "2023-04-13", "Idaho, United States",
			"Idaho's House passed a right-to-mine bill on 12 April 2023. The bill would take away local governments' power to use zoning rules to block crypto mining."),
		"venture.md": article("HashCo sets up a venture in Oman", "https://example.com/26", "2023-01-30", "Oman",
			"HashCo is setting up a joint mining venture with a state fund in Oman, a filing showed on 30 January 2023. The first project will have two sites with 250 megawatts. The fund will own 80% of the venture and HashCo the remaining 20%. The expansion adds a new building, CB-7, with 160 MW of load."),
		"kivu.md": article("A national park mines bitcoin with its hydropower", "https://example.com/30", "2023-01-13", "Kivu, Congo",
			"Kivu National Park mines bitcoin with power from its own hydroelectric plants. Software entrepreneur Michael Grant, who runs a mining fund, praised the Kivu National Park project as a model for countries with cheap clean power. Park director Emmanuel Marsh turned to bitcoin mining when tourism collapsed."),
		"yancey.md": article("Yancey County extends its crypto mining moratorium", "https://example.com/31", "2024-05-08", "Yancey County, North Carolina, United States",
			"On 7 May 2024 the Yancey County Board of Commissioners in North Carolina voted to extend the county's temporary moratorium on new crypto mining operations, citing noise complaints from residents near existing mines in the county. Commissioners first adopted the pause in May 2023. The extension carries it to 30 April 2025.\n\nNo zoning district in unincorporated Yancey County currently allows crypto mining, so a mine would have to move inside a town."),
		"russell.md": article("Russell County extends its pause on crypto mines", "https://example.com/32", "2023-07-11", "Russell County, Virginia, United States",
			"On 10 July 2023 the Russell County Board of Supervisors in Virginia voted to extend its moratorium on new crypto mining operations while rules are drafted. The moratorium is a pause, not a permanent ban. The original pause, adopted on 15 May 2023, was a temporary one of 60 days. They heard from Planning Director Ronald Harmon before voting. Board Chairman Tony Brown opened the hearing and asked those present for comments."),
		"limestone.md": article("Limestone mine must close by March 2026", "https://example.com/33", "2023-10-30", "Limestone, Tennessee, United States",
			"A settlement approved on 30 October 2023 requires the Limestone bitcoin mine to close by March 2026. Commissioner Josh Edens said he would have liked the mine gone sooner."),
		"daegu-zh.md": article("大邱产业园区企业违规挖矿被查", "https://example.com/34", "2018-04-02\nlang: zh", "South Korea",
			"韩国大邱警方2018年4月1日表示，查处了13家进驻大邱产业园区、违规挖掘加密货币的企业。\n\n警方称，这些企业从2017年5月起租用园区内部分厂房，挖掘比特币等加密货币。"),
		"barber.md": article("HashCo to buy a West Texas site for $67.5 million", "https://example.com/35", "2024-08-27", "United States",
			"HashCo said on 27 August 2024 that it had signed a non-binding term sheet with an unnamed seller to acquire a 300-megawatt data centre site at Barber Lake.\n\nThe seller is a developer of power sites. The deal includes a newly built substation and 300 MW of capacity."),
		"ohio.md": article("HashCo leases an Ohio site with 570 MW", "https://example.com/37", "2024-06-28", "Ohio, United States",
			"HashCo announced on 28 June 2024 a 30-year lease for a site in Ohio. The lease gives HashCo 570 megawatts (MW) of power capacity at the Ohio site. Of that, 266 MW is due to be energised in the third quarter of 2025, HashCo said in a statement to investors. The remaining 304 MW is not yet approved: it is under review by the grid operator."),
		"hrazdan.md": article("Mining zone in Armenia adds 60 MW", "https://example.com/40", "2022-09-04", "Armenia",
			"Late in August 2022 the mining zone operator Ecozone in Armenia said it had expanded its facility by 60 megawatts (MW). Ecozone representatives said the zone could grow by a further 200 MW of renewable power."),
		"fleet.md": article("HashCo's fleet", "https://example.com/188", "2024-04-30", "United States",
			"Much of HashCo's fleet of mining rigs ran at hosting partners rather than at its own sites."),
		"svaneti.md": article("Georgia weighs limits on household miners in Svaneti", "https://example.com/3", "2022-01-11", "Georgia, Svaneti",
			"Georgia's government said on 11 January 2022 that illegal household crypto mining in Svaneti was overloading the grid. Economy Minister Natia Turnava said the government was working with the local power company. The authorities were seeking to curb the practice.\n\nTurnava called illegal power use unacceptable. She said the police did not need to be involved in finding the farms."),
	})
	tests := []struct {
		name     string
		q        string
		verdict  Verdict
		abstain  bool
		contains string
	}{
		{"still: a state that has ended", "Is HashCo still in Chapter 11 bankruptcy?", VerdictNo, false, "23 January 2024"},
		{"when: the day it happened", "When did HashCo file for bankruptcy?", "", false, "21 December 2022"},
		{"who: a person by title", "Who is the chief executive of HashCo?", "", false, "Maria Lopez"},
		{"who: the person of the body asked about", "Which minister spoke about mining in Svaneti?", "", false, "Natia Turnava"},
		{"who: \"she said\" names the person in the sentence before", "Which minister said the police did not need to be involved in finding the farms?", "", false, "Turnava"},
		{"until: the end a measure runs to", "Until what year will new data centres in Dublin get no grid connection?", "", false, "2028"},
		{"abstain: the figure is another country's", "How much bitcoin does El Salvador hold?", "", true, ""},
		{"permanent? a seasonal halt is not", "Is the shutdown of Kyrgyzstan's mining farms permanent?", VerdictNo, false, ""},
		{"number: not the number an acronym names", "By how many blocks did the Glacier fork delay HashChain's difficulty bomb?", "", false, "4,000,000"},
		{"stopped? a suspension is partly", "Did HashCo stop its cloud hosting service?", VerdictPartly, false, "suspend"},
		{"suspended? a suspension is yes", "Did HashCo suspend its cloud hosting service?", VerdictYes, false, "suspend"},
		{"removed? a suspension is partly", "Has HashCo removed its cloud hosting service?", VerdictPartly, false, "suspend"},
		{"removed, in Chinese? a suspension is partly", "HashCo 是否已经撤下云托管服务？", VerdictPartly, false, "suspend"},
		{"shut down? for a few days is partly", "Did HashCo's cloud mining shut down in December 2024?", VerdictPartly, false, "from 24 to 26 December"},
		{"shut for good? a suspension is no", "Did HashCo permanently shut its cloud hosting service?", VerdictNo, false, "suspend"},
		{"already? a plan answers no", "Has Laos already stopped supplying electricity to crypto miners?", VerdictNo, false, ""},
		{"a plan asked as is: partly", "Has Laos stopped supplying electricity to crypto miners?", VerdictPartly, false, ""},
		{"a date claimed, another given", "Did HashCo file for bankruptcy in November 2022?", VerdictNo, false, "21 December 2022"},
		{"the date claimed and given", "Did HashCo file for bankruptcy in December 2022?", VerdictYes, false, "21 December 2022"},
		{"who: the person further on in the article", "Which judge heard the data centre operators' case against the grid decision?", "", false, "Mary Byrne"},
		{"abstain: no date for the event asked about", "When did HashCo hire Maria Lopez as chief executive?", "", true, ""},
		{"a value claimed, another given", "Is HashCo based in Houston?", VerdictNo, false, "Dallas"},
		{"a postponed event did not go ahead", "Did the parliament's vote on the mining tax bill go ahead on 28 February 2022?", VerdictNo, false, "postponed"},
		{"asked about the postponement itself", "Was the parliament's vote on the mining tax bill postponed?", VerdictYes, false, "postponed"},
		{"a plan in a side clause leaves the main one done", "Is HashCo using flare gas from oil wells to power rigs?", VerdictYes, false, "flare gas"},
		{"allowed, but not without a condition", "Can anyone mine crypto in Turkmenistan without registering?", VerdictNo, false, ""},
		{"number: the figure beside the name", "How many megawatts will HashCo add?", "", false, "200 megawatts"},
		{"abstain: a count asked, only a measure found", "How many bitcoins did HashCo mine in 2023?", "", true, ""},
		{"abstain: no person named for the company asked", "Who is the chief executive of MineCorp?", "", true, ""},
		{"an aim is no ban; Georgia here is the country", "Has Georgia banned crypto mining in Svaneti?", VerdictNo, false, ""},
		{"abstain: a place no article is about", "Is crypto mining banned in Peru?", VerdictUnknown, true, ""},
		{"abstain: the thing asked for is not there", "What fine did HashCo pay in Texas?", "", true, ""},
		{"the opposite outcome stated", "Did the IMF approve discounted electricity for Pakistan's crypto miners?", VerdictNo, false, "turned down"},
		{"the outcome asked stated", "Did the IMF reject discounted electricity for Pakistan's crypto miners?", VerdictYes, false, "turned down"},
		{"a denial in a side clause", "Did the grid company in Pakistan suspend power to unlicensed mining farms?", VerdictYes, false, "suspended"},
		{"a count claimed, another given", "Did police seize 2,000 bitcoin rigs in Medan?", VerdictNo, false, "1,300"},
		{"the count claimed and given", "Did police seize 1,300 bitcoin machines in Medan?", VerdictYes, false, "1,300"},
		{"a vote claimed, another given", "Did Indonesia's provincial parliament pass the power theft bill by 70 votes to 29?", VerdictNo, false, "64 votes"},
		{"already? due to enter into force is not yet", "Was Medan's power theft law already in force?", VerdictNo, false, "due to enter into force"},
		{"abstain: trading asked, only mining covered", "Is crypto trading legal in Pakistan?", VerdictUnknown, true, ""},
		{"where: the narrower place further on", "Where did the utility staff present the phased rate plan for miners?", "", false, "Ephrata, "},
		{"will? a plan for the opposite answers no", "Will Douglas County's crypto miners stay on Rate 17?", VerdictNo, false, "move off"},
		{"can? a law that forbids it answers no", "Can utilities in Douglas County charge crypto miners discriminatory rates?", VerdictNo, false, "forbids"},
		{"instead of denies only what follows", "Did the Grant County utility staff recommend phasing in the new miner rates?", VerdictYes, false, "phased in"},
		{"every? a measure on new applications only is partly", "Did the Chelan County utility's moratorium halt every crypto mining project waiting for power?", VerdictPartly, false, "only"},
		{"every winter asks how often, not how far", "Does the Okanogan County utility limit power for crypto miners every winter?", VerdictYes, false, "every winter"},
		{"\"rulings against\" denies nothing", "Were the Medan power thieves found guilty?", VerdictYes, false, "found guilty"},
		{"all? in Chinese", "巴西对所有比特币矿机都免征进口税吗？", VerdictPartly, false, "not cover every"},
		{"all? a sentence that says not every is partly", "Did Brazil cut the import tax on all bitcoin mining machines to zero?", VerdictPartly, false, "not cover every"},
		{"completed? its first of several sites is partly", "Has HashCo completed its Wyoming acquisition?", VerdictPartly, false, "first"},
		{"where: the spot within the place asked about", "Where is HashCo's first Wyoming mining site?", "", false, "Cheyenne"},
		{"number: the asked unit further on in the best article", "How many megawatts did HashCo buy from Generate Capital?", "", false, "390 megawatts"},
		{"number: the figure followed by what is counted", "How many crypto mining machines did officers find at the Lin family's locations?", "", false, "1,090"},
		{"who: an abbreviation the source spells out", "Who is the CEO of HashCo?", "", false, "Maria Lopez"},
		{"when: the start asked, not the end", "When did the power-theft investigation into HashCo start?", "", false, "March 2023"},
		{"as planned? later than planned is no", "Did HashCo's takeover of Gridco close as planned?", VerdictNo, false, "later than"},
		{"in cash? an all-stock deal is no", "Did HashCo pay $155 million in cash for Gridco?", VerdictNo, false, "all-stock"},
		{"a \"but\" that takes back the clause before", "Were the solar panels at the Okanogan County mine powering the mining rigs?", VerdictNo, false, "not connected"},
		{"a bill that would do it is partly", "Is Idaho stopping local governments from using zoning to block crypto mining?", VerdictPartly, false, "would take away"},
		{"a share claimed, given further on in the article", "Does HashCo hold the majority stake in its Oman mining venture?", VerdictNo, false, "20%"},
		{"who runs? its director", "Who runs Kivu National Park?", "", false, "Emmanuel Marsh"},
		{"until: the end date a short sentence further on gives", "Until when does Yancey County's extended crypto mining moratorium run?", "", false, "30 April 2025"},
		{"\"No zoning district … allows\" negates from afar", "Is crypto mining allowed in unincorporated Yancey County?", VerdictNo, false, "No zoning district"},
		{"a typo whose stem the corpus knows, in a name of two words", "Is there a ban on crypto mines in Russel County?", VerdictPartly, false, "moratorium"},
		{"temporary? a pause for 60 days is", "Is Russell County's crypto mining moratorium only temporary?", VerdictYes, false, ""},
		{"by? a later deadline is no", "hey, quick one: did the Limestone bitcoin mine have to close by the end of 2024?", VerdictNo, false, "March 2026"},
		{"number: MW for megawatts", "How many megawatts does the CB-7 building add at HashCo's Oman venture?", "", false, "160 MW"},
		{"since when, in Chinese: the start, not the day it was reported", "大邱产业园区的这些企业从什么时候开始挖矿？", "", false, "2017年5月"},
		{"who chairs? the chairman", "Who chairs the Russell County Board of Supervisors?", "", false, "Tony Brown"},
		{"a figure claimed, another after the same verb", "Will HashCo's existing shareholders keep 10% of the company after the restructuring?", VerdictNo, false, "2.5%"},
		{"\"but not yet\" takes back the clause before", "Had the Medan power thieves been convicted by the end of 2023?", VerdictNo, false, "not yet"},
		{"become law? one chamber passed it: no", "Has Idaho's right-to-mine bill become law?", VerdictNo, false, "House passed"},
		{"closed? a term sheet: no", "Was HashCo's purchase of the Barber Lake site already closed?", VerdictNo, false, "term sheet"},
		{"agreed? a term sheet is an agreement", "Did HashCo agree to buy the Barber Lake site?", VerdictYes, false, "term sheet"},
		{"a sum claimed, the title gives another", "Did HashCo pay $100 million for the Barber Lake site?", VerdictNo, false, ""},
		{"become law? in Chinese, the stage further down the article", "爱达荷州的挖矿权法案已经生效了吗？", VerdictNo, false, ""},
		{"all? the remaining part under review is partly", "Has all of the 570 MW at HashCo's Ohio site been approved for use?", VerdictPartly, false, "under review"},
		{"a figure given only as a possibility is partly", "Is Ecozone going to expand its Armenian mining zone by another 200 MW?", VerdictPartly, false, "could grow"},
		{"can it keep running? until a deadline ahead: partly", "Can the Limestone bitcoin mine keep mining?", VerdictPartly, false, "March 2026"},
		{"enacted? a committee vote is short of law", "Has Missouri enacted the Digital Asset Mining Protection Act into law?", VerdictNo, false, "committee"},
		{"a bill's \"would\" reaches the clauses after it", "Are Arizona cities banned from restricting bitcoin mining in people's homes?", VerdictPartly, false, "would stop"},
		{"who: the name that opens the asked verb, past its description", "Who introduced the mining rights bill that the Arizona Senate passed?", "", false, "Teresa Diaz."},
		{"a vote's count claimed, another given in other words", "Did the Arizona Senate pass the mining rights bill by 20 votes to 9?", VerdictNo, false, "17 to 12"},
		{"unanimously? a vote with one against is not", "Did the Arizona Senate pass the mining rights bill unanimously?", VerdictNo, false, "17 to 12"},
		{"the vote's count claimed and given", "Did the Arizona Senate pass the mining rights bill 17-12?", VerdictYes, false, "17 to 12"},
		{"a sum claimed in Chinese, another given", "CoolFiber上市时每股价格是20美元吗？", VerdictNo, false, "17.00美元"},
		{"the sum claimed in Chinese and given", "CoolFiber上市时每股价格是17美元吗？", VerdictYes, false, "17.00美元"},
		{"a denial that is a bill's content is partly", "Are Vermont towns barred from banning crypto mining?", VerdictPartly, false, "Under the bill"},
		{"a Chinese verb the lexicon translates", "Gridco 被起诉了吗？", VerdictYes, false, "sued"},
		{"applied? a plan asked for is yes", "Did HashCo apply to burn tires at the Gridco plant?", VerdictYes, false, "wants to"},
		{"passed? a bill that died in committee did not", "Did Senate File 71 pass the Montana legislature?", VerdictNo, false, "died"},
		{"allowed? a temporary permission is partly", "Is HashCo's phase 2 in Williston allowed to operate?", VerdictPartly, false, "temporary"},
		{"who: the name the article gives the doer it first leaves unnamed", "Which company signed the 45 MW power contract with Black Hills Energy in Cheyenne?", "", false, "MineCo."},
		{"who runs? a company that does it", "Who runs the crypto mine outside Murphy, North Carolina?", "", false, "PeakBlock."},
		{"when: the day the next sentence gives", "When did the High Court sanction HashCo's restructuring plan?", "", false, "10 December 2025"},
		{"a year claimed, a day of another year given", "Did HashCo file for bankruptcy in 2021?", VerdictNo, false, "21 December 2022"},
		{"the year claimed holds the day given", "Did HashCo file for bankruptcy in 2022?", VerdictYes, false, "21 December 2022"},
		{"a month claimed, a day of the next year given", "Did HashCo file for bankruptcy in December 2021?", VerdictNo, false, "21 December 2022"},
		{"\"one bill would\" is a plan: partly", "Is Iowa banned from taxing crypto differently from regular money?", VerdictPartly, false, "would keep"},
		{"a typo in a company's name", "Is HasCo still in Chapter 11 bankruptcy?", VerdictNo, false, "23 January 2024"},
		{"a typo in a company's name, in Chinese", "Gridko 被起诉了吗？", VerdictYes, false, "sued"},
		{"plan? the plan answers, not that no ban is in force", "Does Finland plan a temporary ban on new crypto mining data centres?", VerdictYes, false, "plans"},
		{"when filed? not the day it was out, nor another company's filing", "When did HashCo file for bankruptcy?", "", false, "21 December 2022."},
		{"a denial \"at that time\" gives way to what came after", "Did Nepal's telecoms regulator tell internet providers to block crypto websites?", VerdictYes, false, "has told"},
		{"abstain: the place is covered, no measure on mining there is", "Did Germany ban bitcoin mining?", VerdictUnknown, true, ""},
		{"become law? an article on bills that never says so: no", "Has Iowa's crypto tax bill become law?", VerdictNo, false, ""},
		{"with shares? a cash purchase is no", "Did HashCo pay for its 32 EH/s of mining machines with shares?", VerdictNo, false, "cash purchase"},
		{"a ban one member wants is partly", "Is crypto mining banned in Silver Cliff?", VerdictPartly, false, "wants"},
		{"a count claimed in Chinese, another given", "HashCo在2025年12月开采了1000枚比特币吗？", VerdictNo, false, "569枚"},
		{"the count claimed in Chinese and given", "HashCo在2025年12月开采了569枚比特币吗？", VerdictYes, false, "569枚"},
		{"abstain: a state no article covers, only the country", "Has Ohio banned crypto mining?", VerdictUnknown, true, ""},
		{"abstain: a law in a state no article covers", "Did Florida pass a bitcoin mining protection law?", VerdictUnknown, true, ""},
		{"who: the doer after \"led by\"", "Who led the financing for HashCo's Abilene campus?", "", false, "Spring Lane Capital."},
		{"who: the name after the title, after \"sponsored by\"", "Who sponsored the Utah bill exempting mining machines from sales tax?", "", false, "Jane Roe."},
		{"a figure given only as what it could grow to is partly", "Is HashCo's Abilene campus a 1 gigawatt site?", VerdictPartly, false, "could expand"},
		{"the first phase? a figure only planned for later is no", "Does the first phase of HashCo's Abilene campus use 1 gigawatt?", VerdictNo, false, "could expand"},
		{"already? a figure only planned is no", "Is HashCo's Abilene campus already a 1 gigawatt site?", VerdictNo, false, "could expand"},
		{"the figure it has now", "Does HashCo's Abilene campus start at 200 MW?", VerdictYes, false, "200 MW"},
		{"all of it? \"much of\" is partly", "Does HashCo run all of its mining rigs at its own sites?", VerdictPartly, false, "Much of"},
		{"a share claimed, a share given", "Does HashCo's pool hold more than half of the hashrate?", VerdictNo, false, "12.5%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Answer(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if a.Abstained != tt.abstain || tt.verdict != "" && a.Verdict != tt.verdict || !strings.Contains(a.Text, tt.contains) {
				t.Errorf("%s\ngot: verdict %q abstained %v: %s", tt.q, a.Verdict, a.Abstained, a.Text)
			}
		})
	}
}

// A raid on one illegal farm, reported later, does not outweigh an earlier statement of
// the rule. The articles are those of a held-out corpus.
func TestRuleOutweighsRaid(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, name := range []string{"ukraine-vinnytsia-farm-2021-07-09.md", "ukraine-kharkiv-farm-2022-07-20.md"} {
		data, err := os.ReadFile(filepath.Join("..", "content", "testdata", "heldout3", "articles", name))
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	a, err := engineFrom(t, fsys).Answer(context.Background(), "Is crypto mining legal in Ukraine?")
	if err != nil {
		t.Fatal(err)
	}
	if a.Verdict != VerdictYes || !strings.Contains(a.Text, "is legal") {
		t.Errorf("got %q %s", a.Verdict, a.Text)
	}
}

// answerCase is a question and what its answer must hold: the verdict ("" for a fact
// question) and a piece of its text.
type answerCase struct {
	q        string
	verdict  Verdict
	contains string
}

// checkAnswers asks each question and checks the answer.
func checkAnswers(t *testing.T, e *Engine, cases []answerCase) {
	t.Helper()
	for _, c := range cases {
		a, err := e.Answer(context.Background(), c.q)
		if err != nil {
			t.Fatal(err)
		}
		if a.Verdict != c.verdict || !strings.Contains(a.Text, c.contains) {
			t.Errorf("%s\ngot %q %s", c.q, a.Verdict, a.Text)
		}
	}
}

// "Not yet", as of a day, gives way to a later source that tells it happened; a bill
// goes by its short name ("HB 77") as well as its long one; a sentence that names the
// bill but not what is asked gives way to the close one that does.
func TestBillQuestions(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"nevada-passed.md": article("Nevada passes HB 77 and sends it to the governor to sign", "https://example.com/164", "2026-02-26", "Nevada, United States",
			"Nevada lawmakers gave final approval to House Bill 77, a bill on the rights of home miners, on 25 February 2026. As of 26 February 2026 Nevada Governor Hale had not yet signed HB 77 into law."),
		"nevada-assets.md": article("Nevada's virtual assets bill goes before the legislature", "https://example.com/213", "2026-05-07", "Nevada, United States",
			"Nevada's draft law on virtual assets business, with 35 articles, was before the legislature as of 7 May 2026. Nevada had not yet passed the law."),
		"nevada-sb40.md": article("Governor sends the data center bill back", "https://example.com/215", "2025-10-28", "Nevada, United States",
			"Nevada Governor Tom Hale has conditionally vetoed Senate Bill 40, the data center reporting bill, and sent it back to lawmakers with changes."),
		"lift.md": article("Utility partly lifts its crypto moratorium", "https://example.com/216", "2018-12-03", "Nevada, United States",
			"As of 3 December 2018 the utility's crypto moratorium had not ended: it was partly lifted, with new requests still on hold."),
		"nevada-veto.md": article("Governor vetoes the data center bill", "https://example.com/210", "2026-05-29", "Nevada, United States",
			"On 28 May 2026 Nevada Governor Tom Hale vetoed HB 90, a bill meant to regulate large data centers."),
		"nevada-hb12.md": article("Nevada weighs a bill on data centers and miners", "https://example.com/193", "2023-03-22", "Nevada, United States",
			"Nevada lawmakers are weighing a bill that would hold the state's largest electricity users, including data centers and crypto miners, to clean-energy rules. House Bill 12 was scheduled for a committee vote on 27 March 2023."),
		"nevada-assembly.md": article("Nevada Assembly passes HB 77", "https://example.com/206", "2026-02-20", "Nevada, United States",
			"On 19 February 2026 the Nevada Assembly passed HB 77 by a vote of 30 to 12, with support from both parties. The bill now goes to the Senate."),
		"nevada-wait.md": article("HB 77 goes to the governor", "https://example.com/187", "2026-02-27", "Nevada, United States",
			"As of 27 February 2026 HB 77 was waiting for Governor Tom Hale to sign it."),
		"nevada-signed.md": article("Hale signs the home mining act", "https://example.com/165", "2026-03-04", "Nevada, United States",
			"Governor Tom Hale signed House Bill 77 into law on 3 March 2026. It takes effect on 1 July 2026."),
		"oregon-hb61-zh.md": article("俄勒冈州议员提出比特币储备法案", "https://example.com/330", "2025-10-16\nlang: zh", "Oregon, United States",
			"据报道，美国俄勒冈州（Oregon）议员为2026年立法会期提出了第61号众议院法案（HB 61），希望让州政府投资比特币。"),
		"utah-sb12.md": article("Utah House passes SB 12 on digital asset miners", "https://example.com/166", "2024-03-07", "Utah, United States",
			"The Utah House passed Senate Bill 12 on 4 March 2024 by 60 votes to 10.\n\n"+
				"The bill, sponsored by Senator Ann Cole, is meant to make Utah friendlier to digital asset miners and exempt them from some local rules. "+
				"It says that people who mine at home do not need a money transmitter licence."),
	})
	checkAnswers(t, e, []answerCase{
		{"Has Nevada's governor signed HB 77 into law?", VerdictYes, "3 March 2026"},
		{"Had Governor Hale signed HB 77 by 27 February 2026?", VerdictNo, "waiting"},
		// "veto?" — "conditionally vetoed": partly; "fully lift?" — "partly lifted": no
		{"Did Governor Hale veto the data center reporting bill SB 40?", VerdictPartly, "conditionally"},
		{"Did the utility fully lift its crypto moratorium in December 2018?", VerdictNo, "partly lifted"},
		// "passed its law?" — "had not yet passed the law": no
		{"Has Nevada passed its virtual assets law?", VerdictNo, ""},
		// "signed?" — "vetoed": the opposite outcome
		{"Did Governor Hale sign HB 90?", VerdictNo, "vetoed"},
		{"内华达州州长签署了HB 90吗？", VerdictNo, "vetoed"},
		{"Was Nevada's HB 12 law as of March 2023?", VerdictNo, "committee vote"},
		// "passed the legislature?" — one chamber has: partly
		{"Had HB 77 passed the Nevada legislature as of February 2026?", VerdictPartly, "Assembly"},
		// an event before the day asked about ("as of 20 February" — "on 19 February") is
		// not of another date
		{"Had HB 77 passed the Nevada legislature as of 20 February 2026?", VerdictPartly, "Assembly"},
		// "would the bill ...?" asks what the plan holds: a bill that would do it is yes
		{"Would Nevada's HB 12 hold data centers to clean-energy rules?", VerdictYes, ""},
		{"What licence does Utah's SB 12 exempt digital asset miners from?", "", "money transmitter"},
		// "passed into law?" — a Chinese source that a lawmaker filed it (提出了): no
		{"Has Oregon passed HB 61 into law?", VerdictNo, "提出了"},
	})
}

// A figure a yes/no question claims is weighed against the whole article, in digits or
// in words, and a thing numbered by name ("Chapter 7") against the number the article
// gives it.
func TestFigureClaimsAgainstTheArticle(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"raid.md": article("Police name seven suspects in power theft case", "https://example.com/167", "2025-12-14", "Portugal",
			"Portugal's National Republican Guard has named seven people as formal suspects in a case of electricity theft used to power crypto mining rigs in the Oeste region.\n\n"+
				"The inquiry began in November 2025 after residents complained of power cuts. Investigators traced illegal connections to the grid in three villages.\n\n"+
				"Officers found 76 mining processors linked to each other and to the grid."),
		"lease.md": article("Ionco leases its Texas site to an AI cloud", "https://example.com/168", "2025-10-15", "Texas, United States",
			"Ionco, a bitcoin miner, has agreed to lease its Cedarvale facility in Texas to the AI cloud company Nscale. The lease runs for ten years and is worth about $2 billion."),
		"farms.md": article("Police dismantle farms in Oeste", "https://example.com/200", "2025-12-01", "Portugal",
			"By 1 December 2025 police in the Oeste region had dismantled four crypto farms that ran on stolen power."),
		"board.md": article("Shareholders move against Ionco's board", "https://example.com/201", "2024-11-07", "United States",
			"Shareholders of Ionco proposed a special meeting to change the board. They want three directors removed."),
		"foxco.md": article("Seven held in the Foxco case", "https://example.com/209", "2024-10-18", "Lithuania",
			"On 18 October 2024 Lithuania's financial crime service said seven people had been detained on suspicion of money laundering in its investigation of the payment company Foxco."),
		"naogaon.md": article("Two held over bitcoin trading", "https://example.com/186", "2022-01-23", "Naogaon, Bangladesh",
			"Police in Naogaon district have arrested two men accused of buying and selling bitcoin. An officer at the Naogaon police station confirmed the arrests on Sunday morning."),
		"rhodco.md": article("Rhodco files for bankruptcy", "https://example.com/169", "2024-08-27", "Texas, United States",
			"The bitcoin miner Rhodco has filed for bankruptcy protection in Texas. The company filed under Chapter 11 of the US Bankruptcy Code on 24 August 2024."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did police seize 500 mining rigs in the Oeste power theft case?", VerdictNo, "76 mining processors"},
		{"Did police find 76 mining processors in the Oeste power theft case?", VerdictYes, "76 mining processors"},
		{"Is the Nscale lease of Ionco's Cedarvale site for 20 years?", VerdictNo, "ten years"},
		{"Did Rhodco file for Chapter 7 bankruptcy?", VerdictNo, "Chapter 11"},
		{"Did Rhodco file for Chapter 11?", VerdictYes, "Chapter 11"},
		// counts in words: "a fifth farm" claims at least five, "five directors" five
		{"Had police dismantled a fifth crypto farm in Oeste by December 2025?", VerdictNo, "four crypto farms"},
		{"Did Ionco's shareholders seek to remove five directors?", VerdictNo, "three directors"},
		// "detained on suspicion of" tells of something else than "detained in"
		{"Were people detained in Lithuania's Foxco investigation?", VerdictYes, "detained"},
		// "on Sunday morning" says when, not where: no other value for "arrested in"
		{"Were two men arrested in Naogaon over bitcoin trading?", VerdictYes, "arrested two men"},
	})
}

// A negation denies only what it governs: "repaid the facility and no longer had any
// debt" says the facility was repaid.
func TestNegationScope(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"debt.md": article("Digico buys a power plant site", "https://example.com/170", "2022-06-14", "Alabama, United States",
			"Digico said on 14 June 2022 that it had agreed to buy a power plant site in Alabama. In the same release the company said it had fully repaid a $10 million revolving credit facility and no longer had any long-term debt."),
		"nda.md": article("Mayor signed a secret deal", "https://example.com/171", "2026-01-17", "Columbiana, Alabama, United States",
			"Tom Reed, then mayor of Columbiana, signed a non-disclosure agreement with the data center developer Powerco without telling the city council."),
		"kauai.md": article("Crypto firms need no money transmitter licence", "https://example.com/214", "2024-02-16", "Kauai, United States",
			"Crypto companies no longer need a Kauai money transmitter license to do business in the county. The licence rules were changed on 16 February 2024."),
		"form10.md": article("Ionco files an amended Form 10", "https://example.com/208", "2024-04-30", "United States",
			"Ionco, the bitcoin miner formed from a lender's bankruptcy, filed Amendment No. 1 to its Form 10 registration with the SEC on 30 April 2024."),
		"payments.md": article("Carco still takes no bitcoin", "https://example.com/355", "2021-07-21", "United States",
			"On 21 July 2021 Carco had not restarted bitcoin payments for its cars, which it had suspended in May 2021."),
		"loan.md": article("Minco misses a payment", "https://example.com/172", "2023-02-01", "Texas, United States",
			"Minco has not repaid its $20 million equipment loan, the lender said on 1 February 2023."),
		"zorpay.md": article("Zorpay attack", "https://example.com/399", "2023-10-25", "",
			"Only Zorpay nodes that forward payments for others are exposed to the attack; users who only send their own payments are not."),
		"policy.md": article("Replacement is node policy", "https://example.com/398", "2016-01-08", "",
			"The wiki stressed that replacement is optional node policy: it is not, and cannot be, a consensus rule."),
		"rescue.md": article("Blockco launches an accelerator", "https://example.com/396", "2024-07-27", "",
			"On 27 July 2024 Blockco unveiled Zoom Accelerator, a paid service meant to rescue transactions that are stuck waiting for confirmation."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Digico repay its $10 million credit facility in 2022?", VerdictYes, ""},
		{"Did Columbiana's former mayor sign a non-disclosure agreement with Powerco?", VerdictYes, ""},
		{"Did Minco repay its $20 million equipment loan?", VerdictNo, ""},
		// the negation denies the restart; the clause after it states the suspension asked about
		{"Did Carco suspend bitcoin payments for its cars in May 2021?", VerdictYes, "suspended"},
		{"Did Carco restart bitcoin payments for its cars?", VerdictNo, ""},
		// "without a licence?" — "no longer need a licence": yes
		{"Can crypto companies now operate in Kauai without a state money transmitter license?", VerdictYes, ""},
		// "Amendment No. 1" numbers an amendment; it denies nothing
		{"Did Ionco file a Form 10 with the SEC?", VerdictYes, ""},
		// "stuck waiting for confirmation" is a state of the transactions, no denial
		{"Has Blockco launched a paid service to speed up stuck transactions?", VerdictYes, ""},
		// "it is not, and cannot be, a consensus rule": the negation reaches past the
		// clause that interrupts it
		{"Is transaction replacement a consensus rule?", VerdictNo, "cannot be"},
		// "..., users who only send their own payments are not": the negation that ends
		// the clause denies what is asked of its subject
		{"Are Zorpay users who only send their own payments exposed to the attack?", VerdictNo, "are not"},
	})
	// "…, not yet operating": the short clause finishes the one before it
	checkAnswers(t, heldoutEngine(t, "heldout18"), []answerCase{
		{"Was BitFury's Tbilisi data centre already operating in September 2015?", VerdictNo, "not yet operating"},
	})
}

// The sentence after the one that best matches the question may be the one that
// answers it, going on with the same subject.
func TestNextSentenceAnswers(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"cb5.md": article("Fluidstack takes the CB-5 data centre at Lake Mariner", "https://example.com/174", "2025-08-18", "New York, United States",
			"The AI cloud company Fluidstack will lease more of Wulfco's Lake Mariner campus. The expansion adds a new purpose-built data centre, CB-5, with 160 MW of critical IT load. Operations are planned for the second half of 2026."),
		"cb4.md": article("Wulfco opens its CB-4 building", "https://example.com/175", "2025-03-02", "New York, United States",
			"Wulfco opened the CB-4 building at Lake Mariner on 1 March 2025. It holds 50 MW of bitcoin mining machines."),
		"sandwell.md": article("Police find a bitcoin mine, not a cannabis farm", "https://example.com/178", "2021-05-28", "West Midlands, United Kingdom",
			"Police raided an industrial unit in Sandwell on 18 May 2021 expecting a cannabis farm and found a bitcoin mine. Inside were about 100 computer units that police believe were mining bitcoin."),
		"ohio.md": article("A new mine in Ohio", "https://example.com/176", "2024-05-02", "Ohio, United States",
			"The Ohio mine is expected to start operating in June 2024, its owner said. It was expected to cost $40 million."),
		"texas.md": article("A Texas site starts up", "https://example.com/177", "2024-07-02", "Texas, United States",
			"The Texas site started operating on 1 July 2024. Operating costs were lower than expected."),
	})
	tests := []struct{ q, want string }{
		{"When is the CB-5 data centre expected to start operating?", "second half of 2026"},
		{"How many computers did police find at the Sandwell mine?", "about 100"},
	}
	for _, tt := range tests {
		a, err := e.Answer(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, tt.want) {
			t.Errorf("%s\ngot %s", tt.q, a.Text)
		}
	}
}

// A question in one tense finds a source in another, irregular verbs too ("bought" —
// "agreed to buy").
func TestIrregularVerbs(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"que.md": article("Bitcoin miners eye a disused mine in Tasmania", "https://example.com/179", "2022-06-09", "Tasmania, Australia",
			"The Que River mine, once owned by a listed metals company, has not operated for years. It already has a large power connection through a substation next door.\n\n"+
				"Early in June 2022 a newly formed company, Tasdata, signed a conditional agreement to buy the Que River mine site for a data centre."),
		"other.md": article("Miners look to Tasmania's hydropower", "https://example.com/180", "2022-05-01", "Tasmania, Australia",
			"Several operators have bought industrial sites across Tasmania to get at its hydropower."),
	})
	a, err := e.Answer(context.Background(), "Who bought the Que River mine in Tasmania?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Tasdata") {
		t.Errorf("got %s", a.Text)
	}
	// in a whole corpus, the sentences on the mine's past outrank the one on its sale:
	// the one with the verb asked about answers
	a, err = heldoutEngine(t, "heldout14").Answer(context.Background(), "Who bought the Que River mine in Tasmania?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Tasmania Data Infrastructure") {
		t.Errorf("got %s", a.Text)
	}
}

// A who-question that names a title in full is answered by the person who holds it,
// not by one whose title only shares a word with it. The articles are those of
// held-out corpora.
func TestWhoByFullTitle(t *testing.T) {
	tests := []struct{ corpus, q, want string }{
		{"heldout10", "Who runs Applied Digital as chief executive?", "Wes Cummins"},
		// in Chinese: the title in words of its own (发起人), and of the sentences that
		// name a person, the one that says most of the question
		{"heldout13", "俄勒冈州POWER法案的发起人之一是谁？", "Pam Marsh"},
		// "architect" is a title: not the chief executive of another sentence
		{"heldout85", "Who is Spacemesh's chief architect?", "Noam Nelke"},
		// "The host, ODELL, was joined by ...": a host is a title
		{"heldout74", "Who hosts the Citadel Dispatch podcast?", "ODELL"},
		// "writer Jimmy Song explained": a person explains
		{"heldout86", "Who wrote the CoinDesk column on Bitcoin Cash's 20% difficulty cuts?", "Jimmy Song"},
		// "an article by community writer Michael Rainwater": a writer is a title
		{"heldout69", "Who wrote the article on Raptoreum's first 100 SmartNodes?", "Michael Rainwater"},
	}
	for _, tt := range tests {
		a, err := heldoutEngine(t, tt.corpus).Answer(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Text, tt.want) {
			t.Errorf("%s\ngot %s", tt.q, a.Text)
		}
	}
}

// heldoutEngine serves the articles of one of the held-out corpora.
func heldoutEngine(t *testing.T, corpus string) *Engine {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("..", "content", "testdata", corpus, "articles", "*.md"))
	if err != nil || len(names) == 0 {
		t.Fatal(err, names)
	}
	fsys := fstest.MapFS{}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		fsys[filepath.Base(name)] = &fstest.MapFile{Data: data}
	}
	return engineFrom(t, fsys)
}

// Chinese sentences: "3票未投票" counts members who did not vote and does not deny that
// the vote passed; "找不到" does deny, "不……，但……" is partly, and "曾" tells of what
// once was.
func TestChineseReading(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"greece-zh.md": article("希腊拟对加密货币收益征税", "https://example.com/207", "2026-06-05\nlang: zh", "Greece",
			"希腊财政部正在起草一项法案，拟对加密货币收益征收15%的资本利得税。对挖矿的处理分为两种情况：个人挖矿活动不征税，但以企业形式注册的挖矿公司需要纳税。"),
		"bitco-zh.md": article("Bitco的转型之路", "https://example.com/205", "2025-07-23\nlang: zh", "Wyoming, United States",
			"Bitco曾与MineOne合作，在美国怀俄明州运营一处挖矿场地。"),
		"tsmc-zh.md": article("NuMiner的宣传材料受到质疑", "https://example.com/202", "2022-02-22\nlang: zh", "United States",
			"CoinDesk向宣传材料中列出的技术伙伴求证：台积电（TSMC）在直接客户名单中找不到NuMiner。"),
		"utah-zh.md": article("犹他州参议院通过HB 230", "https://example.com/185", "2025-03-11\nlang: zh", "Utah, United States",
			"美国犹他州参议院于2025年3月7日以19票赞成、7票反对、3票未投票通过第230号众议院法案（HB 230）。"),
	})
	checkAnswers(t, e, []answerCase{
		{"犹他州参议院通过HB 230法案了吗？", VerdictYes, ""},
		// "不……，但……": denied for some, affirmed for others
		{"Is Greece taxing crypto miners?", VerdictPartly, ""},
		// "还在运营吗" asks whether it still runs: "曾……运营" says it once did
		{"Bitco在怀俄明州的矿场还在运营吗？", VerdictNo, ""},
		// "找不到" (cannot find) denies; it is not the "不到" of "less than"
		{"台积电确认NuMiner是其直接客户吗？", VerdictNo, ""},
	})
}

// A name a Chinese article glosses ("坎贝尔县筹款委员会（Campbell County Ways and Means
// Committee）") is searched by its English words too, so a Chinese question finds the
// English sources on it.
func TestChineseGlossSearchesEnglish(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout39"), []answerCase{
		{"坎贝尔县筹款委员会讨论挖矿监管的会议在哪天举行？", "", "27"},
	})
	// 商标, "trademark": a Chinese question finds the English source on the trademark
	checkAnswers(t, heldoutEngine(t, "heldout74"), []answerCase{
		{"Bitaxe 的名称在美国注册成商标了吗？", VerdictPartly, ""},
	})
}

// A ban asked about is not answered "yes" by a sentence that states no measure at all,
// nor by one that states it is allowed.
func TestBanNotStated(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"millbrook.md": article("Residents pack the Millbrook meeting over a noisy mine", "https://example.com/189", "2022-06-23", "Pennsylvania, United States",
			"Almost 40 residents packed the Millbrook Township supervisors' meeting on 21 June 2022 to complain about the noise of a bitcoin mine."),
		"pause.md": article("Millbrook council passes a data center pause", "https://example.com/195", "2026-04-07", "Pennsylvania, United States",
			"The Millbrook council voted on 7 April 2026 to pause permits for big data centers. It still needed the mayor's signature before it could take effect."),
		"veto.md": article("Mayor vetoes Millbrook's data center pause", "https://example.com/194", "2026-04-25", "Pennsylvania, United States",
			"Because of the veto, large data centers can still seek permits in Millbrook as of 25 April 2026."),
		"other.md": article("A county weighs rules on mines", "https://example.com/190", "2022-10-06", "Pennsylvania, United States",
			"The county's planners said bitcoin mining uses a lot of energy and that its cooling fans can be loud."),
	})
	a, err := e.Answer(context.Background(), "Has Millbrook Township banned bitcoin mining?")
	if err != nil {
		t.Fatal(err)
	}
	if a.Verdict == VerdictYes {
		t.Errorf("got %q %s", a.Verdict, a.Text)
	}
	// "banning" is no typo of a place (Nanning)
	a, err = e.Answer(context.Background(), "Is Millbrook banning big data centers now?")
	if err != nil {
		t.Fatal(err)
	}
	if a.Abstained {
		t.Errorf("abstained: %s", a.Text)
	}
	// the newest source: the pause was vetoed, data centers can still seek permits
	a, err = heldoutEngine(t, "heldout11").Answer(context.Background(), "hey quick one: is Maine banning big data centers now?")
	if err != nil {
		t.Fatal(err)
	}
	if a.Verdict != VerdictNo {
		t.Errorf("got %q %s", a.Verdict, a.Text)
	}
}

// An event only looked into did not happen; asked whether it was looked into, or
// whether someone urged it, the answer is yes.
func TestProposedEvents(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"ionco.md": article("Creditors weigh forcing Ionco's liquidation", "https://example.com/191", "2024-08-28", "United States",
			"Some former customers of the bankrupt lender are looking into whether they can force a liquidation of Ionco, the bitcoin miner formed from its bankruptcy."),
		"sosco.md": article("Sosco forecasts its first mining output", "https://example.com/217", "2021-03-31", "China",
			"Sosco forecast that it would produce at least 41 bitcoins and 909 ETH in the first quarter of 2021."),
		"aramco.md": article("Aramco denies bitcoin mining reports", "https://example.com/212", "2021-08-02", "Saudi Arabia",
			"Aramco, the state oil company of Saudi Arabia, said on 2 August 2021 that it has no plans to mine bitcoin. "+
				"The company was answering a wave of reports that Aramco was interested in crypto mining."),
		"pledge.md": article("Payco sets a climate goal", "https://example.com/354", "2021-01-28", "United States",
			"Payco said it aims to be a net-zero carbon contributor for its operations by 2030."),
		"tanzania.md": article("President urges the central bank to study crypto", "https://example.com/192", "2021-06-14", "Tanzania",
			"Tanzania's President has urged the country's central bank to start exploring crypto assets, it was reported on 14 June 2021."),
	})
	checkAnswers(t, e, []answerCase{
		{"Was Ionco liquidated?", VerdictNo, ""},
		// "has no plans to mine": a denial, not a plan
		{"Is Aramco mining bitcoin?", VerdictNo, "no plans"},
		{"Did the lender's former customers explore liquidating Ionco?", VerdictYes, ""},
		{"Did Tanzania's president urge the central bank to get ready for cryptocurrency?", VerdictYes, ""},
		// "did X forecast ...?" asks what was forecast; "the first quarter" is a time, no stage
		{"Did Sosco forecast at least 41 bitcoins for the first quarter of 2021?", VerdictYes, ""},
		// "did X pledge …?" asks about the pledge: an aim answers it
		{"Did Payco pledge to be net zero for its operations by 2030?", VerdictYes, "aims to"},
	})
	// the announcement dates the question; what it asks is whether the marketplace ran
	checkAnswers(t, heldoutEngine(t, "heldout84"), []answerCase{
		{"Was the open transaction acceleration marketplace already running when Foundry announced its grant in August 2021?", VerdictNo, "only a plan"},
	})
}

// Hard cases, each on a corpus of its own.
func TestSmallCorpora(t *testing.T) {
	tests := []struct {
		name     string
		files    fstest.MapFS
		q        string
		verdict  Verdict // "" for a fact question
		contains string
		prefix   bool // the answer opens with contains
	}{
		{"more than a share? a source that says more than that share: yes", fstest.MapFS{
			"pool.md": article("The oldest pool releases its own firmware", "https://example.com/303", "2018-09-26", "",
				"Quarrypool is the oldest bitcoin mining pool. In 2018 it still handled more than 10 percent of bitcoin's hashrate."),
		}, "Did Quarrypool have more than 10 percent of bitcoin's hashrate in 2018?", VerdictYes, "", false},
		{"kept? a source that it was removed: no", fstest.MapFS{
			"fork.md": article("Node developers drop the funding levy", "https://example.com/301", "2020-11-16", "",
				"The developers of Quarry Node removed the miner funding levy from their software on 16 November 2020, before the network split."),
		}, "Did Quarry Node keep the miner funding levy?", VerdictNo, "", false},
		{"only temporary? a source that it is permanent: no", fstest.MapFS{
			"cluster.md": article("University bars a researcher from its cluster", "https://example.com/302", "2014-02-25", "",
				"The university permanently banned a researcher from its computing cluster after he used it to mine dogecoin, it said on 25 February 2014."),
		}, "Was the researcher's ban from the computing cluster only temporary?", VerdictNo, "", false},
		{"expected to be finished is not finished: partly", fstest.MapFS{
			"clyde.md": article("Data centre slips to Christmas", "https://example.com/173", "2022-09-28", "Otago, New Zealand",
				"The data centre being built below the Clyde Dam in Otago should be finished by Christmas 2022, a spokeswoman said on 28 September 2022."),
		}, "Is the Clyde Dam data centre finished?", VerdictPartly, "", false},
		{"completed? a later source that it finished; \"partly because\" gives a reason", fstest.MapFS{
			"sale.md": article("Cangco agrees to sell its legacy business", "https://example.com/196", "2025-04-03", "China",
				"Cangco has agreed to sell its legacy car-loan business in China to Ursa Digital for $352 million. The sale was an agreement at this stage."),
			"amend.md": article("Cangco amends its machine deal", "https://example.com/197", "2025-06-04", "China",
				"Cangco changed the terms of its machine purchase on 4 June 2025. The amendment was needed partly because Cangco had finished selling its legacy business in China on 27 May 2025."),
		}, "Has Cangco completed the sale of its legacy China business?", VerdictYes, "27 May 2025", false},
		{"已经建成了吗? a partly built mine is partly", fstest.MapFS{
			"yguazu.md": article("Hiveco to buy a partly built mine in Paraguay", "https://example.com/198", "2025-01-28", "Paraguay",
				"On 28 January 2025 Hiveco said it had signed a binding letter of intent to buy Bitfarms' partly built 200 MW bitcoin mine in Yguazú, Paraguay, for $56 million."),
		}, "Hiveco的Yguazú矿场已经建成了吗？", VerdictPartly, "", false},
		{"how many? a count written in words, in digits", fstest.MapFS{
			"committee.md": article("Sri Lanka sets up a crypto mining committee", "https://example.com/199", "2021-10-09", "Sri Lanka",
				"Sri Lanka's government has approved a committee to study crypto mining and propose rules. The committee has eight members."),
		}, "How many members sit on Sri Lanka's crypto mining committee?", "", "8.", true},
		{"a person the question names is spoken of by surname", fstest.MapFS{
			"farm.md": article("Residents pack the township meeting over a noisy mine", "https://example.com/203", "2022-06-23", "Pennsylvania, United States",
				"Amanda Balon, co-owner of a horse therapy farm, was among the residents who spoke at the meeting about the bitcoin mine nearby.\n\n"+
					"According to Balon, the farm's egg production has fallen by half since the mine opened."),
		}, "Did Amanda Balon say her farm's egg production fell by half because of the bitcoin mine?", VerdictYes, "egg production", false},
		{"a denial on the company answers a question with a detail the sources never name", fstest.MapFS{
			"ipo.md": article("Rhodco pulls its IPO", "https://example.com/204", "2022-01-20", "Texas, United States",
				"The bitcoin miner Rhodco pulled its initial public offering on 20 January 2022, citing market conditions. Rhodco did not go public on 20 January 2022; the offering was postponed."),
		}, "Did Rhodco go public on Nasdaq in January 2022?", VerdictNo, "", false},
		{"when signed? the day, though what was signed is called a plan", fstest.MapFS{
			"merger.md": article("Rhodco and Silverco amend their merger agreement again", "https://example.com/183", "2023-09-06", "Texas, United States",
				"The parties signed the Agreement and Plan of Merger on 29 September 2022. As of 6 September 2023 the merger had still not closed: almost a year after signing, Rhodco was not yet a listed company."),
			"ipo.md": article("Rhodco pulls its IPO", "https://example.com/184", "2022-01-20", "Texas, United States",
				"The bitcoin miner Rhodco withdrew its planned listing on 20 January 2022."),
		}, "When did Silverco and Rhodco sign their merger agreement?", "", "29 September 2022", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := engineFrom(t, tt.files).Answer(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			opens := !tt.prefix || strings.HasPrefix(a.Text, tt.contains)
			if tt.verdict != "" && a.Verdict != tt.verdict || !strings.Contains(a.Text, tt.contains) || !opens {
				t.Errorf("%s\ngot %q %s", tt.q, a.Verdict, a.Text)
			}
		})
	}
}

// A price an article gives in passing is of its day: "today" is not answered from it.
func TestLivePriceAbstains(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"deal.md": article("Miner agrees a merger", "https://example.com/39", "2025-05-12", "United States",
			"The bitcoin miner HashCo agreed on 12 May 2025 to merge with a rival. On the day the deal was announced, the price of bitcoin was about $104,000. "+
				"HashCo said it would also become an Ethereum staking company, where yields were about 3%."),
	})
	for _, q := range []string{"What is the price of bitcoin today?", "比特币现在的价格是多少？", "What are Ethereum staking yields right now?"} {
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if !a.Abstained {
			t.Errorf("%s: answered %s", q, a.Text)
		}
	}
	a, err := e.Answer(context.Background(), "What was the price of bitcoin when HashCo agreed to merge?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "104,000") {
		t.Errorf("a dated price: %s", a.Text)
	}
}

// A measure a sentence denies, a raid, a draft and a cut for a time are not the measures
// a question asks about: "a plan to limit power, not a ban" still plans the limit;
// police who seized machines run on stolen power banned nothing, unless a ban is
// stated; a draft's phase-out list and a shutdown "for a time" are partial.
func TestMeasuresNotAsked(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"plan.md": article("Central bank plans to curb miners' power", "https://example.com/240", "2018-01-03", "China",
			"On 3 January 2018 China's central bank drew up a plan to limit the electricity used by bitcoin miners, not a ban on mining, and no nationwide prohibition on bitcoin mining was in force."),
		"seized.md": article("Police seize machines run on stolen power", "https://example.com/241", "2019-12-23", "Tangshan, Hebei, China",
			"Police in Tangshan, a city in Hebei province, have seized 6,890 bitcoin mining machines that were run on stolen electricity."),
		"kosovo-ban.md": article("Kosovo bans crypto mining", "https://example.com/242", "2022-01-06", "Kosovo",
			"Kosovo banned cryptocurrency mining on 4 January 2022 to save electricity during an energy crisis."),
		"kosovo-raid.md": article("Police seize mining rigs in northern Kosovo", "https://example.com/243", "2022-01-09", "North Kosovo, Kosovo",
			"Police in northern Kosovo seized 70 pieces of mining equipment in two raids this week."),
		"draft.md": article("Planner lists mining for phase-out", "https://example.com/244", "2019-04-18", "China",
			"The draft catalogue, published by the planning commission on 8 April 2019 for public comment, placed bitcoin mining in the phase-out category."),
		"sichuan.md": article("Hydropower shortage idles Sichuan miners", "https://example.com/245", "2020-05-22", "Sichuan, China",
			"A shortage of hydropower in Sichuan province has forced a number of bitcoin mining farms to shut down for a time."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did China's central bank plan to limit electricity use by bitcoin miners in January 2018?", VerdictYes, "plan"},
		{"Did Tangshan police ban bitcoin mining?", VerdictNo, "stolen electricity"},
		{"Is crypto mining banned in northern Kosovo?", VerdictYes, ""},
		{"Did China ban bitcoin mining in April 2019?", VerdictPartly, "draft"},
		{"Were Sichuan mining farms shut down in May 2020?", VerdictPartly, "for a time"},
	})
	checkAnswers(t, heldoutEngine(t, "heldout27"), []answerCase{
		{"Did China's central bank plan to limit electricity use by some bitcoin miners in January 2018?", VerdictYes, "limit"},
	})
	// "it is not a ban": a measure short of one restricts, and bans nothing
	checkAnswers(t, heldoutEngine(t, "heldout6"), []answerCase{
		{"Is bitcoin mining restricted in South Korea?", VerdictPartly, ""},
		{"Is crypto mining banned in South Korea?", VerdictNo, ""},
	})
	// a goal is not a commitment met
	checkAnswers(t, heldoutEngine(t, "heldout32"), []answerCase{
		{"Is the crypto industry committed to 100% renewable power by 2025?", VerdictPartly, "aims for"},
	})
}

// A figure a yes/no claims after a company's name is a claim ("fine Chipco $10
// million?"); "beat $100 million?" sets a bound; a figure stated for other people does
// not answer for the one the question names.
func TestFigureClaimsNamesAndBounds(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"penalty.md": article("Regulator settles with Chipco", "https://example.com/246", "2022-05-06", "United States",
			"On 6 May 2022 the SEC settled charges against Chipco over its disclosures of crypto mining sales to investors. Chipco agreed to pay a civil penalty of $5.5 million."),
		"order.md": article("Chipco orders miners", "https://example.com/249", "2024-04-02", "United States",
			"Chipco said on 2 April 2024 that it had placed a firm purchase order with Bitmain Development Pte. Ltd. for 27,700 bitcoin mining machines."),
		"cloud.md": article("Cloud-account miner arrested", "https://example.com/250", "2024-01-12", "Ukraine",
			"Police arrested a man in Ukraine who is believed to have mined more than USD 2 million (EUR 1.8 million) worth of cryptocurrency with hijacked cloud accounts."),
		"sentences.md": article("Promoters of a mining scheme sentenced", "https://example.com/248", "2023-10-03", "United States",
			"Cecilia Millan, a senior promoter of the Hashclub scheme, got five years in prison. A week earlier, Hashclub co-founders Pablo Rodriguez and Gutemberg Dos Santos had each been sentenced to 12 years."),
		"jacking.md": article("Cloud cryptojacker sentenced", "https://example.com/286", "2025-08-18", "United States",
			"A federal court in Brooklyn sentenced Dale Marks, known online as DM7, to one year and one day in prison for mining crypto with stolen cloud accounts."),

		"caps.md": article("Proof aggregation limits set", "https://example.com/299", "2021-04-22", "",
			"A single aggregated proof could cover at least 12 and at most 203 sectors, under the revised proposal."),

		"fees.md": article("Zorbania sets licence fees", "https://example.com/356", "2024-07-31", "",
			"The base application fee for a Zorbanian mining licence is SCR 75,000, about USD 5,750, with extra annual fees."),
		"primes.md": article("Zoricoin mines prime constellations", "https://example.com/370", "2014-02-26", "",
			"Zoricoin is the second currency built on primes. Its miners search for clusters of prime numbers."),
		"helpers.md": article("Folding@home counts its helpers", "https://example.com/369", "2022-01-03", "",
			"According to the report, four million people from every country in the world were helping Folding@home by early 2022."),
		"split.md": article("Zorbcoin splits its block reward", "https://example.com/358", "2020-11-18", "",
			"Miners keep 80% of each block reward. Of the rest, 8% goes to the Grants fund, 7% to the Coin Company and 5% to the Zorb Foundation."),
		"financing.md": article("Zorbmine finds its backer", "https://example.com/359", "2018-05-14", "",
			"Madison Holding was to put up the $30 million (CHF29.9 million) needed to finance the Zorbmine site."),
		"stake.md": article("Korvo buys into Zellmine", "https://example.com/korvo-zell", "2024-06-07", "",
			"The stake makes Korvo the second-largest shareholder in Zellmine, behind its founder."),
		"forecast.md": article("Chipco trims its outlook", "https://example.com/355", "2018-07-20", "",
			"Chipco lowered its forecast for 2018 revenue growth from 10 percent to a high single-digit percentage."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did the SEC fine Chipco $10 million over crypto mining disclosures?", VerdictNo, "$5.5 million"},
		{"Was Hashclub promoter Cecilia Millan sentenced to 12 years?", VerdictNo, "five years"},
		{"Were the Hashclub co-founders sentenced to 12 years?", VerdictYes, "12 years"},
		// "one year" is another count of years, though "one" alone is no figure
		{"Was Dale Marks sentenced to five years in prison?", VerdictNo, "one year and one day"},
		// "order 37,000" is a quantity, not a label like "Order 14067"
		{"Did Chipco order 37,000 machines from Bitmain?", VerdictNo, "27,700"},
		// an ISO code before an amount makes it money
		{"Did the man arrested in Ukraine mine $20 million in crypto with cloud accounts?", VerdictNo, "USD 2 million"},
		{"Is the Zorbanian mining licence application fee SCR 100,000?", VerdictNo, "SCR 75,000"},
		// "bigger than" bounds the figure from below, as "more than" does
		{"Was the Chipco purchase order for Bitmain mining machines bigger than 20,000 machines?", VerdictYes, "27,700"},
		{"Was the Chipco purchase order for Bitmain mining machines bigger than 30,000 machines?", VerdictNo, "27,700"},
		// a cap the source states agrees with a claimed cap only when they are the
		// same; its floor says nothing of a cap
		{"Could one aggregated proof cover up to 500 sectors?", VerdictNo, "at most 203"},
		{"Could one aggregated proof cover up to 203 sectors?", VerdictYes, "at most 203"},
		// the value a figure changed from no longer holds, unless asked as such
		{"Was Chipco still forecasting 10% revenue growth for 2018?", VerdictNo, "from 10 percent"},
		{"Did Chipco lower its 2018 revenue growth forecast from 10 percent?", VerdictYes, "from 10 percent"},
		// a rank the source gives otherwise; a period is no rank
		{"Was Zoricoin the first cryptocurrency based on prime numbers?", VerdictNo, "second currency"},
		{"Was Zoricoin the second currency built on primes?", VerdictYes, "second currency"},
		// a superlative ranks first, unless an ordinal ranks it
		{"Was Korvo the largest shareholder of Zellmine in June 2024?", VerdictNo, "second-largest"},
		{"Was Korvo the second-largest shareholder of Zellmine?", VerdictYes, "second-largest"},
		// a count in millions written in words
		{"Were a million people helping Folding@home by early 2022?", VerdictNo, "four million"},
		{"Were four million people helping Folding@home by early 2022?", VerdictYes, "four million"},
		// a figure the source gives for something else, beside the one it gives for
		// what is asked; a sum and its conversion are one figure
		{"Does the Zorb Foundation get 7% of the block reward?", VerdictNo, "5% to the Zorb Foundation"},
		{"Does the Zorb Foundation get 5% of the block reward?", VerdictYes, "5% to the Zorb Foundation"},
		{"Was the Zorbmine site financed with $30 million?", VerdictYes, "$30 million"},
	})
	// a Chinese count in a unit the lexicon cannot put into English is weighed against
	// the source's figure in the same unit; a year is no count of years
	heater := engineFrom(t, fstest.MapFS{
		"heater-zh.md": article("HeatCo推出家用挖矿取暖器", "https://example.com/298", "2024-06-19\nlang: zh", "United States",
			"HeatCo于2024年6月推出家用比特币挖矿取暖器Trio，噪音约为40分贝，适合放在家里。该公司成立于2019年，已售出12000台设备。"),
	})
	checkAnswers(t, heater, []answerCase{
		{"HeatCo 的 Trio 取暖器噪音是60分贝吗？", VerdictNo, "40分贝"},
		{"HeatCo 的 Trio 取暖器噪音是40分贝吗？", VerdictYes, "40分贝"},
	})
	checkAnswers(t, heldoutEngine(t, "heldout24"), []answerCase{
		{"Did Nvidia's CMP sales in its first quarter beat $100 million?", VerdictYes, "$155 million"},
	})
	// a share in words against another ("half of" — "roughly a third"), and a pricing
	// plan that does not make its figure a plan
	checkAnswers(t, heldoutEngine(t, "heldout72"), []answerCase{
		{"Was half of bitcoin's hashrate merge-mining Fractal Bitcoin three days after its launch?", VerdictNo, "a third"},
	})
	checkAnswers(t, heldoutEngine(t, "heldout34"), []answerCase{
		{"Does Heatbit keep half of the bitcoin mined by early-bird Heatbit Mini heaters?", VerdictYes, "50%"},
	})
	// "more than half" meets "over half"
	checkAnswers(t, heldoutEngine(t, "heldout70"), []answerCase{
		{"By the time the full CVE-2018-17144 report came out, had over half of the hash rate upgraded?", VerdictYes, "more than half"},
	})
	// "2万台" is 20,000 machines, not money
	checkAnswers(t, heldoutEngine(t, "heldout31"), []answerCase{
		{"Arkon 向比特大陆订购了2万台矿机吗？", VerdictNo, "27,700"},
	})
}

// An outcome a sentence holds only as still needed, or as something that might happen,
// is not reached; a loss answers "made a profit?" and a paused case "dropped?".
func TestOutcomesNotReached(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"sale.md": article("Minco agrees to sell its Texas site", "https://example.com/251", "2023-09-15", "Texas, United States",
			"Minco has agreed to sell its Texas data center to Hashco for $14 million. The sale still needs approval from the bankruptcy court."),
		"loan.md": article("Hashco's loan application moves on", "https://example.com/271", "2024-02-08", "United States",
			"On 8 February 2024 Hashco said it had moved to the second round of its application for a $420 million loan guarantee from the US Department of Energy."),
		"results.md": article("Digico reports its second quarter", "https://example.com/252", "2021-08-18", "United States",
			"Digico reported a net loss of $12 million for the second quarter of 2021, although its revenue rose sharply."),
		"delist.md": article("Xco weighs delisting Ethereum Classic", "https://example.com/254", "2020-08-14", "United States",
			"The exchange Xco said on 14 August 2020 that it might delist Ethereum Classic after the attack unless the network's security improved."),
		"unit.md": article("Digico to sell its hosting unit", "https://example.com/287", "2022-07-13", "United States",
			"Digico said on 12 July 2022 that it had agreed to sell its hosting unit to Hostco for $30 million."),
		"plant.md": article("Rigco agrees to sell its Ohio plant", "https://example.com/288", "2023-03-01", "Ohio, United States",
			"Rigco has agreed to sell its Ohio plant to Powerco for $9 million."),
		"plant-sold.md": article("Powerco completes Ohio plant deal", "https://example.com/289", "2023-05-02", "Ohio, United States",
			"Rigco sold its Ohio plant to Powerco on 2 May 2023, the buyer said."),
		"case.md": article("Regulator pauses its case against Rigco", "https://example.com/253", "2025-02-17", "United States",
			"The SEC has paused its fraud lawsuit against Rigco while federal prosecutors pursue criminal charges."),
	})
	checkAnswers(t, e, []answerCase{
		{"Has the bankruptcy court approved the sale of Minco's Texas data center?", VerdictNo, "still needs approval"},
		{"Has the Department of Energy approved Hashco's $420 million loan guarantee?", VerdictNo, "application"},
		{"Did Digico make a profit in the second quarter of 2021?", VerdictNo, "net loss"},
		{"Did the SEC drop its case against Rigco?", VerdictNo, "paused"},
		{"Did Xco delist Ethereum Classic after the attack?", VerdictNo, "might"},
		// a sale agreed is not yet a sale made, unless a source says it went through
		{"Has Digico sold its hosting unit?", VerdictPartly, "agreed to sell"},
		{"Did Digico agree to sell its hosting unit?", VerdictYes, "agreed to sell"},
		{"Did Rigco sell its Ohio plant?", VerdictYes, "Ohio plant"},
	})
	// voting for and against are opposite outcomes
	checkAnswers(t, heldoutEngine(t, "heldout12"), []answerCase{
		{"Did Gabe Johnson vote for delaying the VCV Digital permit decision in Brainerd?", VerdictNo, "vote against"},
	})
}

// "What TDS rate?" is answered by the percentage the sentence gives for the TDS, though
// it never says "rate".
func TestRateIsAPercentage(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"budget.md": article("Budget taxes crypto transfers", "https://example.com/255", "2022-02-01", "India",
			"On 1 February 2022 the finance minister proposed a tax deducted at source (TDS) of 1 per cent on payments made for transfers of crypto assets in India."),
		"zor.md": article("Zorcoin soars", "https://example.com/395", "2025-11-06", "",
			"According to CoinGecko, ZOR traded at about $249 on 6 November 2025, up 2445.2% over 30 days."),
	})
	checkAnswers(t, e, []answerCase{
		{"What TDS rate did India set on payments for crypto transfers?", "", "1 per cent"},
		// a sum of money is the price: "traded at about $249"
		{"What was the ZOR price on 6 November 2025?", "", "$249"},
	})
}

// A Chinese sentence puts its subject in clauses of its own: a denial in the last
// clause denies what the sentence says of the question.
func TestChineseDenialAfterSubject(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout16"), []answerCase{
		{"沙特阿美在挖比特币吗？", VerdictNo, "否认"},
	})
	checkAnswers(t, heldoutEngine(t, "heldout21"), []answerCase{
		{"Did Algeria's 2018 finance law ban crypto mining?", VerdictNo, "并没有"},
	})
	// 无法, "cannot": the reward can never be spent
	checkAnswers(t, heldoutEngine(t, "heldout81"), []answerCase{
		{"创世区块的50枚比特币奖励能花出去吗？", VerdictNo, "无法花出"},
	})
}

// A person is named as the one a verb was done to ("police detained Jane Roe") or in
// apposition to people a relative clause describes; a short word the corpus knows
// ("Chia") is no typo of a place ("China").
func TestWhoNamedAsObjectOrApposition(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"arrest.md": article("Hashco co-founder held in Bavaria", "https://example.com/256", "2019-10-01", "Bavaria, Germany",
			"German federal police detained Matjaz Skorjanc, the 33-year-old programmer who co-founded the mining marketplace Hashco, in Bavaria on 23 September 2019."),
		"founders.md": article("Cloud miner's founders arrested", "https://example.com/257", "2022-11-22", "Estonia",
			"Two Estonian citizens who founded the cloud mining service Hashflare, Sergei Potapenko and Ivan Turogin, were arrested in Tallinn on 20 November 2022."),
		"chia.md": article("Chia coin drives up hard drive prices", "https://example.com/258", "2021-04-22", "Hong Kong",
			"The Chia cryptocurrency is farmed with hard drive space. Chia was created by Bram Cohen, who also invented BitTorrent."),
		"ponzi.md": article("Founder of a mining Ponzi scheme sentenced", "https://example.com/299", "2024-10-05", "United States",
			"David Carmo, who founded the crypto mining Ponzi scheme Icomco, has been sentenced to 121 months in prison."),
		"board.md": article("Texas board halts HashNet mining sales", "https://example.com/343", "2018-07-12", "Texas, United States",
			"The Texas State Securities Board announced on 12 July 2018 that it had issued an emergency cease-and-desist order against a network of crypto firms selling mining investments to Texans.\n\n"+
				"Securities Commissioner Travis J. Iles took the emergency action on 11 July 2018. The order bars the companies from offering securities in Texas.\n\n"+
				"The order targets three companies. HashNet LLC is accused of offering fraudulent investments in cryptocurrency mining."),
		"order.md": article("State orders miners to stop selling", "https://example.com/342", "2026-02-11", "Texas, United States",
			"The order names HashMint and Blockchain Forge, both founded by one man, Robert J. Gray, and Gray himself."),
		"solo.md": article("A small miner finds a block alone", "https://example.com/339", "2022-01-14", "",
			"On 11 January 2022 Jon Kolin, who runs the solo.minepool.org service, congratulated a miner with only 126 TH/s who had found a whole block."),
	})
	checkAnswers(t, e, []answerCase{
		{"Which Hashco co-founder was detained in Bavaria in 2019?", "", "Skorjanc"},
		{"Who founded Hashflare?", "", "Sergei Potapenko"},
		{"Who created the Chia cryptocurrency?", "", "Bram Cohen"},
		{"Who founded Icomco?", "", "David Carmo"},                                                 // "Name, who founded …": who opens a clause on a person
		{"Who runs solo.minepool.org?", "", "Jon Kolin"},                                           // in the middle of a sentence, when the clause does what is asked
		{"Which Texas securities commissioner took emergency action against HashNet?", "", "Iles"}, // the best sentence names the titled person
		{"Who founded HashMint?", "", "Robert J. Gray"},                                            // "founded by one man, Robert J. Gray": the name after the description
	})
	// the person asked about, named in full ("Homero Dale Garza" for "Garza"), is not
	// the answer; the judge named further on in the article is
	judged := engineFrom(t, fstest.MapFS{
		"judgment.md": article("Hashco founder ordered to pay $9.2 million", "https://example.com/290", "2017-10-13", "Connecticut, United States",
			"Homero Dale Garza, founder of the cloud-mining start-up Hashco, has been ordered to pay a final judgment of $9.2 million in the SEC's fraud case against him. "+
				"US District Judge Jeffrey Alan Moyer of the District of Connecticut signed the order on 12 October 2017."),
	})
	checkAnswers(t, judged, []answerCase{
		{"Which judge ordered Garza to pay $9.2 million in the SEC case?", "", "Moyer"},
	})
	// the title asked ("spokesman") picks, in the best article, the one who holds it
	spoken := engineFrom(t, fstest.MapFS{
		"passports.md": article("Islandia does not sell citizenship for bitcoin", "https://example.com/291", "2017-10-19", "Islandia",
			"The Government of Islandia does not accept bitcoin for citizenship, its spokesman confirmed in a radio interview on 18 October 2017.\n\n"+
				"The government's citizenship office recognises about 18 agents for citizenship, among them lawyer Bill Banner.\n\n"+
				"Hilary Bulo, the government's media spokesman, said the rules recognise payments only in US dollars."),
	})
	checkAnswers(t, spoken, []answerCase{
		{"Who was the Islandia government's spokesman on the bitcoin citizenship story?", "", "Bulo"},
	})
	// "Jason Hughes of the Ocean mining pool went further, warning …"; "Its authors are …"
	checkAnswers(t, heldoutEngine(t, "heldout49"), []answerCase{
		{"Who warned that the OP_RETURN proposal could turn Bitcoin into a worthless altcoin?", "", "Jason Hughes"},
	})
	checkAnswers(t, heldoutEngine(t, "heldout46"), []answerCase{
		{"Who wrote Horizen's delayed block submission penalty paper?", "", "Garoffolo"},
	})
	// the best article names the person asked for in a sentence that says less of the
	// question than the one on the event itself
	checkAnswers(t, heldoutEngine(t, "heldout44"), []answerCase{
		{"Which judge issued the restraining order against the EIA's bitcoin miner survey?", "", "Albright"},
	})
	// "which judge": the judge the article names further on, not the defendant a closer
	// sentence names
	checkAnswers(t, heldoutEngine(t, "heldout26"), []answerCase{
		{"Which judge sentenced AirBit Club's co-founder to 12 years?", "", "Daniels"},
	})
	// "who introduced …?": a close sentence of another article that speaks of the bill
	// asked about, not the best one's sponsor of another bill
	checkAnswers(t, heldoutEngine(t, "heldout10"), []answerCase{
		{"Who introduced Michigan's bill on bitcoin mining at abandoned wells?", "", "McFall"},
	})
	// the company the question names is not the one it asks for
	checkAnswers(t, heldoutEngine(t, "heldout22"), []answerCase{
		{"Which company works with Exxon on the flare-gas bitcoin pilot?", "", "Crusoe"},
	})
}

// A date that dates a report ("reported in early October 2019", "according to a report
// on 18 January 2023") is not when the event happened.
func TestReportDatesAreNotEventDates(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"held.md": article("Hashco co-founder detained", "https://example.com/259", "2019-10-01", "Germany",
			"German federal police detained Jane Roe, a co-founder of the mining marketplace Hashco, on a US warrant, the news site 24ur reported in early October 2019. The arrest took place on Monday, 23 September 2019, during a border check in Bavaria."),
	})
	checkAnswers(t, e, []answerCase{
		{"When was Jane Roe detained in Germany?", "", "23 September 2019"},
	})
	// "as of" dates how things stood, not when they happened
	checkAnswers(t, heldoutEngine(t, "heldout71"), []answerCase{
		{"When did HashFast ask for Chapter 11 protection?", "", "5 June 2014"},
	})
}

// A measure a source calls partial in so many words is partly a ban, though the same
// sentence says it bans nothing outright.
func TestCalledPartial(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"zoning.md": article("Hightown council passes data center zoning rules", "https://example.com/293", "2026-02-18", "Hightown, Alabama, United States",
			"The Hightown City Council in Alabama voted on 17 February 2026 to adopt zoning restrictions for data centers and crypto mines. "+
				"The rules are a partial measure: they set conditions for data centers but do not ban them."),
		"order.md": article("Lowtown orders payment firms off crypto", "https://example.com/294", "2022-05-02", "Lowtown, United States",
			"Lowtown's central bank ordered payment firms on 2 May 2022 to stop handling crypto transactions. "+
				"The order is a partial measure: it is aimed at payment firms, not a full legal ban on crypto."),
	})
	checkAnswers(t, e, []answerCase{
		{"Is Hightown banning data centers?", VerdictPartly, "partial measure"},
		{"As of 2022, was crypto banned in Lowtown?", VerdictPartly, "partial measure"},
		{"Did Lowtown's central bank order payment firms to stop handling crypto transactions?", VerdictYes, "payment firms"},
	})
}

// A measure on new customers or new projects only, in English or Chinese (禁止新……,
// 暂停令), is a partial one.
func TestNewOnlyIsPartial(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"pud.md": article("Utility stops taking crypto customers", "https://example.com/333", "2018-08-01", "Midvale County, Washington, United States",
			"The public utility district for Midvale County stopped accepting new crypto customers on 1 August 2018. Crypto miners already connected can keep running."),
		"lake-zh.md": article("湖滨市议会通过挖矿暂停令", "https://example.com/334", "2018-07-27\nlang: zh", "Lakeside, Washington, United States",
			"湖滨市（Lakeside）市议会于2018年7月24日通过了为期12个月的加密货币挖矿暂停令，在全市禁止新的加密货币挖矿企业进驻。"),
	})
	checkAnswers(t, e, []answerCase{
		{"Is crypto mining banned in Midvale County?", VerdictPartly, "new crypto customers"},
		{"Is crypto mining banned in Lakeside, Washington?", VerdictPartly, "暂停令"},
	})
}

// A yes the source gives only for some of what is asked, for a while, on a test
// network or in preparation is a partial one.
func TestLimitedYes(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"customs.md": article("Customs starts releasing held miners", "https://example.com/336", "2025-03-05", "United States",
			"US Customs and Border Protection started releasing some of the detained Antminer machines on 5 March 2025."),
		"fork.md": article("Zircoin tests its new mining algorithm", "https://example.com/337", "2021-08-30", "",
			"On 30 August 2021 Zircoin launched ZircPoW, its new mining algorithm, on the testnet."),
		"court.md": article("Judge rules on Hashco's motion", "https://example.com/338", "2025-03-26", "United States",
			"On 25 March 2025 a federal magistrate judge recommended that the court partially grant the investors' motion for a default judgment against Hashco."),
		"deal.md": article("Rigco strikes a deal with its creditors", "https://example.com/360", "2014-05-30", "United States",
			"Under the court deal, Rigco may keep trading only in a limited way while it restructures its debts."),
		"signups.md": article("Cloudco restricts sign-ups", "https://example.com/367", "2013-07-18", "",
			"The cloud server company Cloudco restricted new sign-ups in some regions of the world after a rush of Zorbcoin miners."),
		"deposits.md": article("Exchanges pause Zorbcoin deposits", "https://example.com/368", "2018-05-22", "",
			"Several exchanges temporarily disabled Zorbcoin deposits after the attack."),
	})
	checkAnswers(t, e, []answerCase{
		{"Has US Customs released the detained Antminer machines?", VerdictPartly, "some of"},
		{"Did US Customs release some of the detained Antminer machines?", VerdictYes, "some of"},
		{"Did Zircoin launch ZircPoW?", VerdictPartly, "testnet"},
		{"Did the judge recommend a default judgment against Hashco?", VerdictPartly, "partially"},
		{"Could Rigco keep trading after the court deal?", VerdictPartly, "limited way"},
		// a question about a limit is answered by it in full
		{"Did the court deal limit Rigco's trading?", VerdictYes, "limited way"},
		{"Did Cloudco stop new sign-ups because of Zorbcoin miners?", VerdictPartly, "some regions"},
		{"Did exchanges disable Zorbcoin deposits after the attack?", VerdictPartly, "temporarily"},
	})
}

// A ban on mining answers a question on crypto at large only in part.
func TestMiningBanIsPartOfACryptoBan(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"isle.md": article("Seychelles bans crypto mining facilities", "https://example.com/335", "2024-08-30", "Seychelles",
			"Crypto mining facilities are banned in Seychelles from 1 September 2024 under the new virtual asset law."),
	})
	checkAnswers(t, e, []answerCase{
		{"Is crypto banned in the Seychelles?", VerdictPartly, "mining facilities"},
		{"Is crypto mining banned in the Seychelles?", VerdictYes, "mining facilities"},
	})
}

// "All", "every", "fully" in a question are a claim of their own: a source that never
// says so supports only part of it.
func TestAllNeedsAllInTheSource(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"fundco.md": article("Fundco to close its balance-sheet ETF", "https://example.com/295", "2022-10-11", "United States",
			"On 11 October 2022 the asset manager Fundco said it will liquidate its Balance Opportunities ETF at the end of the month."),
		"rigco.md": article("Rigco shuts its mining sites", "https://example.com/296", "2023-05-04", "United States",
			"On 4 May 2023 Rigco said it had shut down all three of its bitcoin mining sites after power prices rose."),
		"token.md": article("Tokenco sets out its supply", "https://example.com/297", "2020-10-15", "United States",
			"Tokenco said 70% of all its tokens are reserved for miners as block rewards."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Fundco close all of its ETFs in October 2022?", VerdictPartly, "Balance Opportunities"},
		{"Did Fundco close its Balance Opportunities ETF?", VerdictYes, "Balance Opportunities"},
		{"Did Rigco shut down all of its mining sites?", VerdictYes, "all three"},
		{"Is 70% of all Tokenco tokens reserved for miners?", VerdictYes, "70%"},
	})
	checkAnswers(t, heldoutEngine(t, "heldout35"), []answerCase{
		{"GitLab 要求所有免费用户提供信用卡吗？", VerdictPartly, "accounts"}, // new accounts, not all free users
	})
}

// A how-many question is answered from the best article's sentence whose figure the
// counted noun follows, though that sentence names little else of the question.
func TestCountInTheBestArticle(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout26"), []answerCase{
		{"How many investors put money into Geosyn Mining?", "", "64"}, // "raised $5.6 million from 64 investors"
	})
	checkAnswers(t, heldoutEngine(t, "heldout45"), []answerCase{
		{"How many investors did the SEC say GAW Miners and ZenMiner swindled?", "", "10,000"}, // "the companies swindled more than 10,000 investors"
	})
	// people are counted by any noun for them: "31 members of the group had been detained"
	checkAnswers(t, heldoutEngine(t, "heldout42"), []answerCase{
		{"How many people were detained in the IPFSUnion case?", "", "31"},
	})
	// the best sentence counts the noun ("Among 26 bills listed was ..."), though it
	// says little else of the question; a count in words further down the article
	checkAnswers(t, heldoutEngine(t, "heldout25"), []answerCase{
		{"How many bills were on India's legislative agenda for the 2021 Winter Session?", "", "26"},
	})
	checkAnswers(t, heldoutEngine(t, "heldout14"), []answerCase{
		{"How many Jones Township taxpayers attended the March 2023 meeting?", "", "44"},
	})
}

// A count the question puts on a verb is checked where the source puts one on the same
// verb, before it in the passive too: "Three people were arrested" answers "arrest
// seven people?", though "the seven men face charges".
func TestCountOnTheAskedVerb(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"raid.md": article("Police raid two mining labs", "https://example.com/260", "2022-01-22", "Albania",
			"Police in Albania raided two unlicensed crypto mining labs on 21 January 2022. Three people were arrested and four others were on the run. The seven men face fraud charges."),
		"farm.md": article("Farm raided in Kosovo", "https://example.com/261", "2022-01-09", "Kosovo",
			"Police raided a mining farm in Kosovo on 8 January 2022, and 3 people were arrested there. The 7 suspects face charges of power theft."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did police in Albania arrest seven people in the raid?", VerdictNo, "Three people were arrested"},
		{"Did police in Kosovo arrest 7 people at the farm?", VerdictNo, "3 people were arrested"},
	})
}

// A yes/no question with a detail no source ever names, about an event the sources do
// tell of, is answered no from them: the sources say otherwise.
func TestDetailNoSourceNames(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"arrest.md": article("Cryptojacking suspect arrested in Mykolaiv", "https://example.com/262", "2024-01-12", "Mykolaiv, Ukraine",
			"Ukrainian police arrested a 29-year-old cryptojacking suspect in Mykolaiv on 9 January 2024. He is believed to have mined crypto with hijacked cloud accounts."),
	})
	checkAnswers(t, e, []answerCase{
		{"Was the Ukrainian cryptojacking suspect arrested in Kyiv?", VerdictNo, "Mykolaiv"},
		{"Was the Ukrainian cryptojacking suspect arrested in Mykolaiv?", VerdictYes, "Mykolaiv"},
	})
}

// A what-question is answered by a sentence that says much of it and gives a kind of
// what it asks ("what charge?" — "one count of unlawful conversion"), but not when it
// asks for a measure the sentence does not name.
func TestWhatAnswersWithAKindOfIt(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"plea.md": article("Central bank analyst admits mining on its server", "https://example.com/263", "2016-10-01", "United States",
			"Nicholas Roe, an analyst at the central bank, pleaded guilty to one count of unlawful conversion of government property in October 2016."),
		"usk.md": article("Hashco takes over a paper mill", "https://example.com/264", "2022-03-18", "Usk, Washington, United States",
			"Hashco, a California-based company, has taken over the former newsprint plant in Usk to mine bitcoin."),
	})
	checkAnswers(t, e, []answerCase{
		{"What charge did Nicholas Roe plead guilty to?", "", "unlawful conversion"},
		{"What is Hashco's hashrate in Usk?", "", "I don't have a source"},
	})
}

// "How many members ... a crypto bill?" counts members, not a sum; "what hash rate?" is
// answered by gigahashes per second.
func TestNumberAskedOf(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"commission.md": article("President sets up crypto commission", "https://example.com/265", "2023-03-24", "Central African Republic",
			"About three months before the vote, President Touadera set up a commission of 15 members to draft a new crypto bill."),
	})
	checkAnswers(t, e, []answerCase{
		{"How many members were on the commission Touadera set up to draft a new crypto bill?", "", "15"},
	})
	checkAnswers(t, heldoutEngine(t, "heldout24"), []answerCase{
		{"What hash rate does a single Intel Blockscale chip deliver?", "", "580"},
	})
}

// A negation the question itself makes ("without a premine?" — "with no premine") is no
// denial, nor is one that governs only the names it asks about ("Bitcoin Gold did not
// pay the sum Bittrex asked for").
func TestNegationsThatDenyNothingAsked(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"grin.md": article("Grin launches", "https://example.com/267", "2019-02-05", "Global",
			"Grin launched on 15 January 2019 as a fair launch, with no premine and no founders' reward."),
		"delist.md": article("Bittrex delists Bitcoin Gold", "https://example.com/268", "2018-09-17", "United States",
			"Bittrex had asked Bitcoin Gold to pay part of the losses from the attack. The delisting went ahead anyway; Bitcoin Gold did not pay the sum Bittrex asked for."),
		"layoffs.md": article("Rigmaker files for Chapter 11", "https://example.com/357", "2014-06-10", "United States",
			"The Chapter 11 filing came almost a month after Rigmaker laid off half of its workers in May 2014 and publicly denied that it was heading for bankruptcy."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Grin launch without a premine?", VerdictYes, "no premine"},
		{"Did Bittrex delist Bitcoin Gold?", VerdictYes, "delisting went ahead"},
		// a denying verb governs what follows it, not the act before it
		{"Did Rigmaker lay off half of its staff in 2014?", VerdictYes, "laid off half"},
	})
}

// A date after "after" is a lower bound, and a year that names a thing ("Roe's 2022
// sentence") does not time what is asked.
func TestQuestionDatesThatBoundOrName(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"fork.md": article("Coinco changes its algorithm", "https://example.com/269", "2018-09-17", "Global",
			"Coinco was hit by a 51% attack in May 2018. Coinco changed its mining algorithm in a hard fork on 3 July 2018 to make a repeat harder."),
		"appeal.md": article("Appeals court vacates Jane Roe's sentence", "https://example.com/270", "2025-03-18", "United States",
			"An appeals court on 17 March 2025 vacated the sentence given to Jane Roe, the hacker who mined crypto on stolen cloud accounts."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Coinco change its mining algorithm after the May 2018 attack?", VerdictYes, "3 July 2018"},
		{"Did an appeals court throw out Jane Roe's 2022 sentence?", VerdictYes, "vacated"},
	})
}

// A count is weighed across the article even when the sentence that gives it names a
// place the best one does not ("eight senators ... the Marshall Islands"); a figure
// stated as a goal is a plan, not a fact.
func TestCountsAcrossPlacesAndGoals(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"vote.md": article("President survives a no-confidence vote", "https://example.com/273", "2018-11-13", "Marshall Islands",
			"President Hilda Heine has survived a vote of no confidence, keeping her government in office. The motion was brought by eight senators who accused her of backing a digital currency that the Republic of the Marshall Islands intends to issue."),
		"site.md": article("Minco opens a mining site", "https://example.com/274", "2020-03-11", "Georgia, United States",
			"Minco opened a bitcoin mining site in Adel in March 2020. Its stated goal is to reach $270 million in capital investment."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did twelve senators bring the no-confidence motion against Hilda Heine?", VerdictNo, "eight senators"},
		{"Is Minco's Adel site a $270 million investment?", VerdictPartly, "goal"},
	})
}

// A mechanism replaced or retired no longer holds, and a thing a company intended to
// do is only planned.
func TestReplacedAndIntended(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"reward.md": article("Gridco changes how stakers are paid", "https://example.com/364", "2018-11-06", "",
			"On 6 November 2018 Gridco's new reward scheme replaced the interest mechanism in force until then, which paid 1.5% a year on staked balances."),
		"open.md": article("Blockco shows a mining chip", "https://example.com/365", "2023-05-01", "",
			"In a blog post on 1 May 2023 Blockco said it intended to open-source its mining technology where it could."),
		"release.md": article("Komoco ships its last release", "https://example.com/366", "2025-12-22", "",
			"The Komoco release of 22 December 2025 retires delayed proof of work."),
	})
	checkAnswers(t, e, []answerCase{
		{"Does Gridco still pay stakers 1.5% interest a year?", VerdictNo, "replaced"},
		{"Has Blockco open-sourced its mining technology?", VerdictPartly, "intended to"},
		{"Is Komoco still secured by delayed proof of work?", VerdictNo, "retires"},
	})
}

// A name the article's summary gives is one its sentences speak of, though they call it
// otherwise ("the switch").
func TestNamesInTheSummary(t *testing.T) {
	summarised := &fstest.MapFile{Data: []byte("---\ntitle: Zedcoin plans to leave proof-of-work mining\nsource: https://example.com/372\n" +
		"publisher: Test Wire\npublished: 2014-05-06\nsummary: Zedcoin announced a switch to PoSV for the third quarter of 2014.\n---\n" +
		"About 27.5 billion Zedcoins were expected to be in circulation at the time of the switch.\n")}
	e := engineFrom(t, fstest.MapFS{"zedcoin.md": summarised})
	checkAnswers(t, e, []answerCase{
		{"How many Zedcoins were in circulation when it switched to PoSV?", "", "27.5 billion"},
	})
	// a figure given after what a source does not say is given
	checkAnswers(t, heldoutEngine(t, "heldout73"), []answerCase{
		{"How many Ethereum mining computers did CoreWeave redirect to Folding@home?", "", "6,000"},
	})
}

// "Who wrote" finds the author and "who created" the creator (synonyms in the data
// file), and of two sources that say a thing equally well the newer decides.
func TestAuthorsCreatorsAndTies(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout72"), []answerCase{
		{"Who wrote the BIP 300 drivechain proposal?", "", "Sztorc"},
	})
	checkAnswers(t, heldoutEngine(t, "heldout74"), []answerCase{
		{"Who created the Bitaxe?", "", "Skot"},
	})
	checkAnswers(t, heldoutEngine(t, "heldout"), []answerCase{
		{"Is New York's two-year crypto mining moratorium law yet?", VerdictYes, "23 November 2022"},
	})
}

// A thing the question puts under one place ("Dominica's ambassador") that the source
// puts under another ("Grenada's ambassador") is a wrong detail.
func TestPossessorPlace(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"tron.md": article("Dominica names Tron its national blockchain", "https://example.com/275", "2022-10-12", "Dominica",
			"Tron founder Justin Sun stepped down as the network's chief executive in 2021 to become Grenada's ambassador to the World Trade Organization."),
	})
	checkAnswers(t, e, []answerCase{
		{"Is Justin Sun Dominica's ambassador to the World Trade Organization?", VerdictNo, "Grenada"},
	})
}

// A close sentence of the best one's article that negates the very word the question
// asks about, which the best sentence leaves out, answers no.
func TestDeniedNearby(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"card.md": article("Codehub asks new users for a card", "https://example.com/276", "2021-05-17", "United States",
			"From 17 May 2021 Codehub asks new free users for a credit card to stop crypto miners abusing its build servers. Codehub verifies the card with a one-dollar authorization that is not collected, so no money changes hands. The card Codehub verifies is not charged."),
	})
	checkAnswers(t, e, []answerCase{
		{"Does Codehub charge money to the card it verifies?", VerdictNo, "not charged"},
		{"Does Codehub ask new free users for a credit card?", VerdictYes, ""},
	})
	// a charge the question asks about, denied close by
	checkAnswers(t, heldoutEngine(t, "heldout29"), []answerCase{
		{"Did Havard bring criminal charges against the Dogecoin miner?", VerdictNo, ""},
	})
	// the negation governs a few words on: "no option to upgrade or swap"
	checkAnswers(t, heldoutEngine(t, "heldout74"), []answerCase{
		{"Can the 21 Bitcoin Computer's mining board be upgraded?", VerdictNo, "no option to upgrade"},
	})
}

// "Agreed to extend" is a decision taken, the opposite of lifting; terawatt-hours and
// TWh are one unit.
func TestDecisionsAndEnergyUnits(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"hold.md": article("Johnson City extends its development hold", "https://example.com/277", "2026-05-22", "Johnson City, Tennessee, United States",
			"On 22 May 2026 Johnson City's elected leaders agreed to extend a temporary hold on new industrial development by six months."),
		"study.md": article("University study sizes mining's footprint", "https://example.com/278", "2023-10-25", "Global",
			"According to the university study, the global bitcoin mining network used 173.42 terawatt-hours of electricity in 2020-2021."),
	})
	checkAnswers(t, e, []answerCase{
		{"Has Johnson City lifted its temporary hold on new industrial development?", VerdictNo, "extend"},
		{"Did the university study find that bitcoin mining used 200 TWh of electricity in 2020-2021?", VerdictNo, "173.42"},
	})
}

// A Chinese question about an English source is searched by the English of its words
// (县委员会 "county commission", 决议 "resolution" …, in lexicon.yaml).
// A sentence that gives the very figure a question states needs less of the question's
// other words: "forecast an 11.6% difficulty drop" — "the next adjustment could cut
// difficulty by 11.6%".
func TestSharedFigureNeedsLess(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout48"), []answerCase{
		{"Who forecast an 11.6% difficulty drop after the December 2022 storm?", "", "Burnett"},
	})
}

// A question that names a company is answered by a sentence on it that says about a
// third of the question: "When did RIGZ shares hit their peak?" — "Its shares topped out
// at $56.63 on 9 November 2021".
func TestNamedQuestionCover(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout43"), []answerCase{
		{"When did RIGZ shares hit their peak?", "", "9 November 2021"},
		// the sentence that names the company's chief executive ranks well below the one
		// on the fund's launch
		{"Who was Valkyrie Funds' chief executive when WGMI launched?", "", "Wald"},
	})
}

// An identifier written with an underscore ("OP_RETURN") is one word, as the index has
// it, not an unknown name "op" the sources never use.
func TestIdentifiersAreOneWord(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout49"), []answerCase{
		{"Can node operators still enforce the old OP_RETURN limit after the Bitcoin Core change?", VerdictYes, "datacarriersize"},
	})
}

func TestChineseWordsSearchEnglish(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout39"), []answerCase{
		{"约翰逊县委员会是哪天否决《县权力法》决议的？", "", "8月21日"},
	})
	checkAnswers(t, heldoutEngine(t, "heldout28"), []answerCase{
		{"OCEAN矿池背后公司的联合创始人、Bitcoin Core开发者是谁？", "", "Dashjr"},
		{"狗狗币可以和莱特币一起联合挖矿吗？", VerdictYes, ""},
	})
	// 清盘 is liquidation: the English source on the fund's liquidation answers
	checkAnswers(t, heldoutEngine(t, "heldout43"), []answerCase{
		{"RIGZ 被清盘了吗？", VerdictYes, "liquidated"},
	})
	// 测试网 is testnet
	checkAnswers(t, heldoutEngine(t, "heldout65"), []answerCase{
		{"谁提出了 signet 测试网（BIP 325）？", "", "Alm"},
	})
	// an English question on a name only a Chinese source gives is searched in Chinese
	// by the name as written
	checkAnswers(t, heldoutEngine(t, "heldout19"), []answerCase{
		{"What new name did Transeastern Power Trust announce?", "", "Blockchain Power Trust"},
	})
	// 已经 asks how things stand now: the newest close statement decides
	checkAnswers(t, heldoutEngine(t, "heldout37"), []answerCase{
		{"斐济已经把比特币定为法定货币了吗？", VerdictNo, "2024年4月15日"},
	})
}

// A small corpus is searched by every word of a question but those most of its
// passages hold; a question of only such words keeps its rarest.
func TestSelectiveLeavesOutWordsMostPassagesHold(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"a.md": article("Mining in Alpha", "https://example.com/a", "2024-01-02", "Alpha", "Bitcoin mining in Alpha grew in 2023.\n\nMining farms in Alpha use hydropower."),
		"b.md": article("Mining in Beta", "https://example.com/b", "2024-02-03", "Beta", "Bitcoin mining in Beta was banned in March 2024.\n\nThe mining ban covers new farms."),
		"c.md": article("Power prices", "https://example.com/c", "2024-03-04", "Gamma", "Power prices rose in Gamma.\n\nMining paid the higher price."),
	})
	st := e.current()
	for _, tc := range []struct{ question, want string }{
		{"Is bitcoin mining banned in Beta?", "bitcoin banned beta"}, // "mining" is in 5 of 6 passages
		{"Is mining banned?", "banned"},
		{"Mining mining?", "mining mining"},          // nothing but common words: the rarest kept
		{"Is mining temporary?", "temporary mining"}, // no word the corpus has would be left
		{"四川禁止挖矿了吗？", "四川禁止挖矿了吗？"},
	} {
		q := analyze(tc.question, e.lx, st.places, func(w string) bool { return e.lx.filler[w] })
		got, err := e.selective(context.Background(), q, st)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("selective(%q) = %q, want %q", tc.question, got, tc.want)
		}
	}
}

// A search by a word matches the passages of its synonyms too: reach counts them.
func TestReachCountsSynonyms(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"a.md": article("Mining allowed in Alpha", "https://example.com/ra", "2024-01-02", "Alpha", "Alpha allowed mining in 2023.\n\nThe permit cost little."),
		"b.md": article("Mining in Beta", "https://example.com/rb", "2024-02-03", "Beta", "Beta allowed farms near its dams.\n\nHydropower is cheap there."),
	})
	st := e.current()
	got, total, err := st.reach(context.Background(), e.store, []string{"legal", "allow", "hydropow", "absent"}, index.InText)
	if err != nil {
		t.Fatal(err)
	}
	// "legal" is in no passage, but "allowed" is in two and "permit" in one
	want := map[string]int{"legal": 3, "allow": 3, "hydropow": 1, "absent": 0}
	if diff := cmp.Diff(want, got); diff != "" || total != 4 {
		t.Errorf("reach (-want +got):\n%s total %d", diff, total)
	}
}

// largeEngine is an engine on 700 generated articles (over selectiveFrom passages)
// and two of ours about Zorbania, a place no generated article names.
func largeEngine(t *testing.T) *Engine {
	t.Helper()
	fsys := fstest.MapFS{
		"zorbania-ban.md": article("Zorbania bans quibble mining", "https://example.com/z1", "2024-05-02", "Zorbania",
			"Zorbania banned quibble mining on 2 May 2024, its energy minister said.\n\nThe ban covers every quibble farm in the country."),
		"zorbania-grid.md": article("Zorbania's grid", "https://example.com/z2", "2024-01-10", "Zorbania",
			"Zorbania's grid runs on hydropower and coal."),
	}
	for _, a := range gen.Articles(700, 1) {
		fsys[a.Path] = &fstest.MapFile{Data: gen.Markdown(a)}
	}
	e := engineFrom(t, fsys)
	if n := e.store.Info().Passages; n < selectiveFrom {
		t.Fatalf("%d passages: too few for a large corpus", n)
	}
	return e
}

// A large corpus is searched by the question's rarest words and regions, rarest first,
// while the passages they reach add up to at most the budget, never by a word more
// than commonShare of the passages hold, counting its synonyms: "legally" is in no
// generated passage, but its synonym "allowed" is in many. When every word is over
// the budget alone, the search needs all of the words that are not too common.
func TestLargeCorpusSearchWithinBudget(t *testing.T) {
	e := largeEngine(t)
	st := e.current()
	for _, tc := range []struct {
		question string
		budget   int
		want     index.Query
	}{
		// "mining" is in most passages; "legal" in none, but its synonyms in many
		{"Is quibble mining legal in Zorbania?", searchBudget,
			index.Query{Text: "quibble zorbania", Title: "quibble zorbania", Regions: []string{"Zorbania"}}},
		// "quibble" is in 2 passages' text and 2 passages' titles
		{"Is quibble mining legal in Zorbania?", 4, index.Query{Text: "quibble", Title: "quibble"}},
		{"Is quibble mining legal in Zorbania?", 1, index.Query{Text: "quibble zorbania", AllWords: true}},
	} {
		e.budget = tc.budget
		q := analyze(tc.question, e.lx, st.places, func(w string) bool { return e.lx.filler[w] })
		got, err := e.query(context.Background(), q, st)
		if err != nil {
			t.Fatal(err)
		}
		tc.want.Size, tc.want.WithoutText = 32, true
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s, budget %d (-want +got):\n%s", tc.question, tc.budget, diff)
		}
	}
	e.budget = 4
	checkAnswers(t, e, []answerCase{{"Did Zorbania ban quibble mining?", VerdictYes, "2 May 2024"}})
}

// A common English word one letter from a place's name is no typo of it when the
// lexicon knows it, even if no article uses it ("raise" is not Baise).
func TestLexiconWordsAreNoPlaceTypos(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"scam.md": article("Police break up a storage-miner fraud", "https://example.com/306", "2021-11-11", "China",
			"Police in China broke up a suspected storage-mining fraud in November 2021."),
	})
	st := e.current()
	q := analyze("How much did the scam raise?", e.lx, st.places, func(w string) bool { return e.lx.filler[w] })
	if ps := e.fuzzyPlaces(context.Background(), q, st); len(ps) > 0 {
		t.Errorf("fuzzyPlaces = %v, want none", ps[0].Name)
	}
	// nor a stop word the analyser drops
	q = analyze("Can the boards be swapped while the machine keeps running?", e.lx, st.places, func(w string) bool { return e.lx.filler[w] })
	if ps := e.fuzzyPlaces(context.Background(), q, st); len(ps) > 0 {
		t.Errorf("fuzzyPlaces(while) = %v, want none", ps[0].Name)
	}
	q = analyze("Is mining banned in Sichaun?", e.lx, st.places, func(w string) bool { return e.lx.filler[w] })
	if ps := e.fuzzyPlaces(context.Background(), q, st); len(ps) == 0 || ps[0].Name != "Sichuan" {
		t.Errorf("fuzzyPlaces(Sichaun) = %v, want Sichuan", ps)
	}
}

// A yes/no question's figure that the best article does not give is weighed against a
// close sentence of another article.
func TestFigureInAnotherArticle(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"arrest.md": article("Agency IT manager arrested over mining", "https://example.com/1", "2018-03-14", "Florida, United States",
			"Matthew Doe, the Citrus agency's IT manager, was arrested on 13 March 2018 after he bought graphics cards for mining with an agency purchasing card."),
		"audit.md": article("Audit finds mining purchases", "https://example.com/2", "2018-03-13", "Florida, United States",
			"An audit of the Citrus agency's purchasing cards found the spending.\n\nThe IT manager's purchases for the agency included 24 graphics processing units, the cards commonly used for mining."),
		"fork.md": article("HashChain delays its bomb", "https://example.com/3", "2020-01-02", "",
			"HashChain's Glacier fork went live on 2 January 2020 and delayed HashChain's difficulty bomb.\n\nIt was a small change.\n\nThe delay is 4,000,000 blocks long."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did the Citrus agency IT manager buy 40 graphics cards for mining?", VerdictNo, "24 graphics"},        // another article gives another count
		{"Did the Citrus agency IT manager buy 24 graphics cards for mining?", VerdictYes, ""},                  // another article gives the count
		{"Did HashChain's Glacier fork delay the difficulty bomb by 6,000,000 blocks?", VerdictNo, "4,000,000"}, // a later passage gives another
	})
}

// A name typed with a letter wrong is mended from the texts when no title gives it, but
// a place the corpus does not cover is not mended into a word it holds.
func TestNameTypoMendedFromTheText(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"study.md": article("Study finds mines raise air pollution", "https://example.com/1", "2025-03-26", "United States",
			"A Harvard study found that 34 large bitcoin mines in the United States drew most of their power from fossil fuels."),
		"bc.md": article("Miner powers up its site", "https://example.com/2", "2022-09-27", "Canada",
			"The miner's data center in Prince George, British Columbia, was fully energized on 27 September 2022."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did the Harvrd study look at 34 large bitcoin mines?", VerdictYes, "Harvard study"}, // a name mended from the text
		{"Did Colombia ban bitcoin mining?", VerdictUnknown, "I don't have a source"},         // a place not covered is not mended
	})
}

// Readings of who- and number questions, on one small corpus:
//   - "Who founded X?" is answered by "the founder of X", which never says "founded".
//   - A month's short name may open a person's name: "Jun Zhao", "Jan Capek".
//   - A who-question's verb finds its doer after "by" in another form of it: "who wrote
//     the post?" — "The post was written by Chris Doe".
//   - A surname alone is a person's name when a title stands beside it: "Goodkind, an
//     assistant professor of economics".
//   - A number question that names a year takes the figure given for that year in a
//     sentence that lists several years, before a sentence on another year.
//   - "How long …?" is answered with a span of time, in digits or words: "three years".
func TestWhoAndNumberReadings(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"coin.md": article("Hashcoin hit by an attack", "https://example.com/344", "2013-06-10", "",
			"Hashcoin, a new coin based on Litecoin that uses the Scrypt algorithm, suffered a wide-ranging attack over the weekend, leaving its founder looking for fixes.\n\n"+
				"Peter Doe, the UK-based founder of Hashcoin, said it was the latest in a series of attacks on Hashcoin."),
		"target.md": article("Miner sets a large target", "https://example.com/351", "2022-01-10", "",
			"Jun Zhao, the chairman and chief executive of HashCorp, set a very large target for the year."),
		"post.md": article("HashHub describes mining abuse", "https://example.com/352", "2021-04-22", "",
			"HashHub described in an April 2021 post how attackers abused its free build service to mine crypto.\n\n"+
				"The post was written by Chris Doe of HashHub."),
		"damages.md": article("Economists weigh bitcoin's climate damages", "https://example.com/353", "2022-09-29", "New Mexico, United States",
			"Goodkind, an assistant professor of economics at the University of New Mexico, said the climate damages of bitcoin mining were large."),
		"complaints.md": article("Regulator logs more crypto complaints", "https://example.com/356", "2023-04-08", "Seychelles",
			"The minister gave the regulator's figures. In 2018, 5 of the 28 complaints it received were about crypto. In 2019 it was 9 of 27, in 2020 it was 8 of 12, and in 2021 it was 23 of 27."),
		"probation.md": article("Student who mined on campus computers sentenced", "https://example.com/358", "2019-11-20", "United States",
			"A judge sentenced former student Jane Roe on 19 November 2019 to three years of probation for mining on her university's computers."),
		"raid1.md": article("Police find a mine", "https://example.com/345", "2020-01-01", "", "Police found 40 mining machines in a flat in June 2020."),
		"raid2.md": article("Police find another mine", "https://example.com/346", "2020-02-01", "", "Police found 30 mining machines in a shed."),
		"raid3.md": article("Inspectors find rigs", "https://example.com/347", "2020-03-01", "", "Inspectors found rigs in a school."),
	})
	checkAnswers(t, e, []answerCase{
		{"Who founded Hashcoin?", "", "Peter Doe"},
		{"Who is the chairman of HashCorp?", "", "Jun Zhao"},
		{"Who wrote HashHub's April 2021 post about mining abuse?", "", "Chris Doe"},
		{"Who is the University of New Mexico economist quoted on bitcoin's climate damages?", "", "Goodkind"},
		{"How many crypto-related complaints did the regulator in the Seychelles receive in 2021?", "", "23"},
		{"How many crypto-related complaints did the regulator in the Seychelles receive in 2019?", "", "9 of 27"},
		{"How long was Jane Roe's probation for mining on university computers?", "", "three years"},
	})
}

// Details of a yes/no question read against one sentence: a sentence that opens on a
// condition tells what will follow only if it is met (a yes only in part), and a year
// given right after the act asked about answers the year asked, while the sentence's
// other years time other things. A share of what is asked is partly, as is "not total";
// a number after "version" labels a release and counts nothing; a ratio claimed ("by a
// factor of 10") is weighed against the ratio given.
func TestYesNoDetails(t *testing.T) {
	for _, tc := range []struct {
		body string
		answerCase
	}{
		{"If the token is profitable again by 1 March 2023, the Zephyr team will restart mining and pay rewards as usual.",
			answerCase{"Will the Zephyr team restart mining on 1 March 2023?", VerdictPartly, "restart mining"}},
		{"The Zephyr team will restart mining and pay rewards as usual on 1 March 2023.",
			answerCase{"Will the Zephyr team restart mining on 1 March 2023?", VerdictYes, "restart mining"}},
		{"The Vortex mining pool was launched in 2014 as an add-on to the Vortex exchange, and in 2015 the exchange renamed itself.",
			answerCase{"Was the Vortex mining pool launched in 2016?", VerdictNo, "launched in 2014"}},
		{"At launch, 70% of the Zorcoin supply went to open-source developers and non-profits.",
			answerCase{"Does the Zorcoin supply go to open-source developers?", VerdictPartly, "70% of the Zorcoin supply"}},
		{"At launch, 70% of the Zorcoin supply went to open-source developers and non-profits.",
			answerCase{"Does 70% of the Zorcoin supply go to open-source developers?", VerdictYes, "70% of the Zorcoin supply"}},
		{"At launch, 70% of the Zorcoin supply went to open-source developers and non-profits.",
			answerCase{"Does most of the Zorcoin supply go to open-source developers?", VerdictYes, "70% of the Zorcoin supply"}},
		{"按照设计，Zorcoin 启动时的初始供应量为 13.6 亿枚币，其中 77.5% 赠予开源软件开发者。",
			answerCase{"Zorcoin 的币是分给开源软件开发者的吗？", VerdictPartly, "77.5%"}},
		{"2021年4月7日，矿机制造商Zorbang回应做空机构的报告，否认其中的指控。",
			answerCase{"Zorbang否认了做空机构的指控吗？", VerdictYes, "否认"}},
		{"2021年4月7日，矿机制造商Zorbang回应做空机构的报告，没有否认其中的指控。",
			answerCase{"Zorbang有没有否认做空机构的指控？", VerdictNo, "没有否认"}},
		{"2018年2月，网络安全公司在博客中披露，身份不明的黑客劫持了Zorla在云服务上的账户，用来挖掘加密货币。",
			answerCase{"Zorla的云账户被黑客用来挖矿了吗？", VerdictYes, "劫持"}},
		{"Rigco may buy more Hashco shares as long as it keeps owning at least 15% of the common shares.",
			answerCase{"Can Rigco buy more Hashco shares?", VerdictYes, "at least 15%"}},
		{"The company had told investors to expect about $100 million from such products in the quarter.",
			answerCase{"Did the company earn $100 million from such products in the quarter?", VerdictNo, "expect"}},
		{"The settlement ended Zorvidia's legal trouble with the regulator only.",
			answerCase{"Did the settlement end Zorvidia's legal trouble?", VerdictPartly, "only"}},
		{"As of January 2024 the Zorland mining law was approved by cabinet only; it had not yet gone through parliament.",
			answerCase{"Did the Zorland cabinet approve the mining law?", VerdictYes, "cabinet only"}},
		{"上诉法院以2比1的裁决让针对Zorvidia的股东诉讼部分恢复。",
			answerCase{"上诉法院是否恢复了针对Zorvidia的股东诉讼？", VerdictPartly, "部分恢复"}},
		{"As of 1 October 2022 Zoroku's free tier was being phased out but had not yet been switched off.",
			answerCase{"Is Zoroku's free tier closed as of 1 October 2022?", VerdictPartly, "phased out"}},
		{"Zoolin handed out different IOU tokens to users whose funds were frozen. Zoolin created six of them: IOUBTC, IOUETH, IOUUSDT, IOULTC, IOUZEC and IOUDOGE.",
			answerCase{"Did Zoolin create eight different IOU tokens?", VerdictNo, "six of them"}},
		{"Providers hand out such cloud credits for free, and they were being resold online for about 20% of their real value.",
			answerCase{"Were the cloud credits resold at about half their real value?", VerdictNo, "20%"}},
		{"The board says the respondents promised returns of up to 250 percent a year.",
			answerCase{"Did the respondents promise returns of up to 500 percent a year?", VerdictNo, "250 percent"}},
		{"The board says the respondents promised returns of up to 250 percent a year.",
			answerCase{"Did the respondents promise returns of up to 250 percent a year?", VerdictYes, "250 percent"}},
		{"Rizun said Zthin made block propagation about 6 times faster and cut the bandwidth used to send blocks by a factor of 25.",
			answerCase{"Did Zthin cut block bandwidth by a factor of 10?", VerdictNo, "factor of 25"}},
		{"Rizun said Zthin made block propagation about 6 times faster and cut the bandwidth used to send blocks by a factor of 25.",
			answerCase{"Did Zthin cut block bandwidth by a factor of 25?", VerdictYes, "factor of 25"}},
		{"Its owners archived the Zorminer mining software repository on GitHub on 24 April 2022, which makes it read-only.",
			answerCase{"Is the Zorminer mining software repository on GitHub still active?", VerdictNo, "archived"}},
		{"Of the 1,000 blocks before the fork, 95.6% had been staked by Zorcoin wallets already running 4.0, a sign of broad but not total agreement.",
			answerCase{"Were all Zorcoin stakers running 4.0 when the fork took effect?", VerdictPartly, "not total"}},
		{"Hashbots released version 0.2 of its software on 24 May 2021, adding bundle merging for miners. By the time of the release, more than 100,000 bundles had been included on the chain through Hashbots.",
			answerCase{"How many Hashbots bundles had been included on chain by May 24, 2021?", "", "100,000"}},
		{"The Vortex mining pool was launched in 2014 as an add-on to the Vortex exchange, and in 2015 the exchange renamed itself.",
			answerCase{"Was the Vortex mining pool launched in 2014?", VerdictYes, "launched in 2014"}},
		{"Nothing in BIP-999 is in force on the bitcoin network, its authors said on Monday.",
			answerCase{"Is BIP-999 in force on the bitcoin network?", VerdictNo, "Nothing in BIP-999"}},
		{"Zorn Digital reported fourth-quarter revenue of $28.4 million, lower than a year earlier.",
			answerCase{"Was Zorn Digital's fourth-quarter revenue higher than a year earlier?", VerdictNo, "lower than a year earlier"}},
		{"Zorspark said on 1 October 2024 it was still working to bring power back to all of its facilities after the hurricane.",
			answerCase{"Had Zorspark brought power back to all of its facilities after the hurricane?", VerdictPartly, "still working to"}},
		{"Zorland's legislators are preparing a bill for the state power company to mine bitcoin with its surplus nuclear electricity.",
			answerCase{"Has Zorland decided to mine bitcoin with surplus nuclear electricity?", VerdictPartly, "preparing a bill"}},
		{"Zalen Energy was planning to sell its Zautilus stake, the company said in August 2024.",
			answerCase{"Was Zalen planning to hold on to its Zautilus stake?", VerdictNo, "sell its Zautilus stake"}},
	} {
		e := engineFrom(t, fstest.MapFS{"news.md": article("Mining news", "https://example.com/351", "2018-11-12", "", tc.body)})
		checkAnswers(t, e, []answerCase{tc.answerCase})
	}
}

// A question about a company, a factoid or a yes/no about a fact weighs the place it
// names as a detail: a sentence that names the place answers, though its article is
// not about the place. A question about the place's status still needs an article
// about it, not a passing mention.
func TestPlaceAsADetail(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"payouts.md": article("Storecoin changes node payouts", "https://example.com/353", "2023-09-13", "",
			"Storecoin said on 13 September 2023 that it had stopped paying a double bonus to storage nodes in Moldova."),
		"drives.md": article("Chia lifts hard drive prices", "https://example.com/354", "2021-05-12", "",
			"Hard drive prices in Hong Kong rose by 20% on 10 May 2021 as farmers of a new coin bought up disks."),
		"arbitration.md": article("Arbitrator orders Poolco to repay a customer", "https://example.com/361", "2023-01-06", "Zorbania",
			"An independent arbitrator in Zorbania has ordered Poolco, the crypto mining pool, to give back 88 bitcoin to a customer whose withdrawals were frozen."),
		"rigco-zh.md": article("Rigco停业", "https://example.com/362", "2016-05-28\nlang: zh", "Norland",
			"总部位于Norland的比特币挖矿公司Rigco已停止全部业务并宣告破产。"),
		"rigco.md": article("Rigco files for bankruptcy", "https://example.com/363", "2016-05-27", "Norland",
			"The halving cuts the bitcoin paid for each new block in half, so a miner in Norland needs twice the resources."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Storecoin stop paying a double bonus to storage nodes in Moldova?", VerdictYes, "double bonus"},
		{"When did hard drive prices in Hong Kong rise by 20%?", "", "10 May 2021"},
	})
	// a place asked as a detail, and the source names another
	checkAnswers(t, heldoutEngine(t, "heldout71"), []answerCase{
		{"Did the FTC sue Butterfly Labs in the District of Kansas?", VerdictNo, "Missouri"},
	})
	// a restriction on something else ("withdrawals were frozen") is no measure on mining
	// nor is a company's stopping its own work, nor a sentence that tells of no measure
	for _, q := range []string{"Is crypto mining banned in Moldova?", "Is crypto mining banned in Hong Kong?", "Is crypto mining banned in Zorbania?", "Is bitcoin mining banned in Norland?"} {
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if !a.Abstained {
			t.Errorf("%s\nanswered from a passing mention: %s", q, a.Text)
		}
	}
}

// A place-status question whose sources on the place tell of no measure at all is not
// answered from a sentence that only reads as the opposite of a ban ("the extra profit
// that can be made"), nor from one that denies something else ("a block did not
// validate"); a sentence on the place that denies what is asked still answers no.
func TestStatusWithoutMeasures(t *testing.T) {
	for _, tc := range []struct{ set, q string }{
		{"heldout77", "Is crypto mining banned in Massachusetts?"},
		{"heldout70", "Did Japan ban bitcoin mining?"},
	} {
		a, err := heldoutEngine(t, tc.set).Answer(context.Background(), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if !a.Abstained {
			t.Errorf("%s\nanswered from sources that tell of no measure: %s", tc.q, a.Text)
		}
	}
	checkAnswers(t, heldoutEngine(t, "heldout52"), []answerCase{
		{"Did Togo make owning cryptocurrency illegal in 2021?", VerdictNo, "did not make owning"},
	})
}

// A person may go by one name: "Zasu, who leads strategy at Hashbots" answers who leads
// strategy there, the relative clause doing what is asked.
func TestOneNamePerson(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{"term.md": article("Hashbots seeks funds", "https://example.com/365", "2023-01-25", "",
		"Hashbots has pitched its relay as a public good. Zasu, who leads strategy at Hashbots and is also a researcher at Paradox, has used that term.")})
	checkAnswers(t, e, []answerCase{{"Who leads strategy at Hashbots and also works as a Paradox researcher?", "", "Zasu"}})
}

// "Where does James live?" is answered by the place the sources tie to his name ("James
// Roe, 28, of New York"), not by a place a title names ("US District Judge").
func TestHomeOfAPerson(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"trial.md": article("Judge declares a mistrial", "https://example.com/366", "2025-11-07", "United States",
			"US District Judge Jane Clark declared a mistrial on 7 November 2025 in the criminal case against Anton and James Carvel, after the jury could not agree."),
		"arrest.md": article("Brothers arrested over a bot exploit", "https://example.com/367", "2024-05-15", "United States",
			"Anton Carvel, 24, of Boston, and James Carvel, 28, of New York, were charged with wire fraud, according to the Department of Justice."),
		"relay.md": article("Relays filter transactions", "https://example.com/368", "2022-10-15", "",
			"Half of the blocks produced in one day were built by relays that filter sanctioned transactions."),
		"pool.md": article("A pool mines the first merged block", "https://example.com/369", "2021-05-24", "",
			"The mining pool mined the first block with several merged bundles from different searchers."),
		"bundles.md": article("Bundles pass 100,000", "https://example.com/370", "2021-05-25", "",
			"More than 100,000 bundles had been included on the chain, most of them arbitrage trades."),
	})
	checkAnswers(t, e, []answerCase{{"Where does James Carvel live?", "", "New York."}, {"Where is Anton Carvel from?", "", "Boston."}})
}

// An act asked as done "by" a name no source holds is answered no by a source that
// names who did it.
func TestDoneByOther(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout77"), []answerCase{
		{"Was Flashbots' funding round led by Andreessen Horowitz?", VerdictNo, "Paradigm"},
	})
}

// A yes/no question on what a named person did is answered no by a sentence in which
// someone else, named, did it, and which never names the person asked about.
func TestOtherDoer(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout62"), []answerCase{
		{"Did Sam Lee plead guilty in the HyperFund case?", VerdictNo, "Brenda Chunga"},
	})
}

// A hyphened name typed with a letter wrong is mended though one part of it is a word
// the corpus holds: "Paraire-Bueno" is Peraire-Bueno.
func TestHyphenedNameTypo(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout77"), []answerCase{
		{"Did prosecutors ask for a retrial of the Paraire-Bueno brothers?", VerdictYes, "retrial"},
	})
}

// A question that writes names with capitals has no place typo in its lower-case words:
// "multi-bundle" is not Mulei, while "Buncomb county" is still Buncombe County.
func TestLowerCaseWordsAreNoPlaceTypos(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout77"), []answerCase{
		{"Did Ethermine's first multi-bundle block contain 5 bundles?", VerdictNo, ""},
	})
	checkAnswers(t, heldoutEngine(t, "heldout7"), []answerCase{
		{"hey quick one: is crypto mining outlawed in Buncomb county NC?", VerdictPartly, "moratorium"},
	})
}

// "When was it predicted to activate?" and "by what date …?" ask for the date still
// ahead when the source was written, not the day it was announced.
func TestPredictedDate(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"glacier.md": article("Zorchain announces the Ice Glacier upgrade", "https://example.com/376", "2021-11-10", "",
			"The Zorchain Foundation announced the Ice Glacier network upgrade on 10 November 2021. The upgrade was predicted to activate on 8 December 2021 at block 13,773,000."),
		"fees.md": article("Zorchain fees fall", "https://example.com/377", "2021-12-20", "",
			"Fees on Zorchain fell in December 2021 as traffic moved to other networks."),
		"nasdaq.md": article("Zorigin gets a Nasdaq letter", "https://example.com/378", "2025-02-25", "",
			"Zorigin, a Nasdaq-listed crypto mining company, said on 25 February 2025 that it had received a letter from Nasdaq on 21 February 2025. The letter did not delist the company. Nasdaq gave Zorigin a compliance period of 180 calendar days, until 20 August 2025."),
	})
	checkAnswers(t, e, []answerCase{{"On what date was Ice Glacier predicted to activate?", "", "8 December 2021"},
		{"By what date must Zorigin regain Nasdaq compliance?", "", "20 August 2025"}})
	checkAnswers(t, heldoutEngine(t, "heldout13"), []answerCase{{"By what date must Bit Origin regain Nasdaq compliance?", "", "20 August 2025"}})
}

// "When was the act gazetted?" is dated by the sentence that gives the day of that act,
// not by a closer one that dates another ("passed by the National Assembly on 10
// December 2021").
func TestDateOfTheActAsked(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout52"), []answerCase{{"When was the Mauritius VAITOS Act gazetted?", "", "16 December 2021"}})
}

// A who-answer never leads with a word that only opens a sentence ("Both audits were
// published …" does not make "Both" the auditor).
func TestWhoAnswerIsAName(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{"audit.md": article("Zorpow audits out", "https://example.com/379", "2019-09-10", "",
		"Both audits of Zorpow were published on 9 September 2019. They found that Zorpow would narrow the edge of special chips.")})
	a, err := e.Answer(context.Background(), "Who audited Zorpow?")
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(a.Text, "Both.") {
		t.Errorf("answered with a word that names nobody: %s", a.Text)
	}
}

// "In a blog post titled ..., he argued": a who-question is answered by the person the
// sentence before names.
func TestWhoByPronoun(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{"post.md": article("Zorbase chief dismisses the plan", "https://example.com/404", "2016-02-22", "",
		"Dana Whitlock, chief executive of Zorbase, dismissed the scaling plan, a news site reported. In a blog post titled \"The Zorcoin Roundtable Plan – Too Little, Too Late\", he argued that Zorcoin Classic was the better answer.")})
	a, err := e.Answer(context.Background(), "Who called the Zorcoin roundtable plan too little, too late?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "Dana Whitlock.") {
		t.Errorf("not answered by the person the pronoun refers to: %s", a.Text)
	}
}

// "How many bitcoin …?" is answered by a sentence, a little further down, that counts the
// coins, not by the best one that gives their worth in dollars.
func TestCoinsCounted(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout30"), []answerCase{{"How many bitcoin were taken in the NiceHash hack?", "", "4,700"}})
}

// A figure asked for a year later than a source was written is one the source cannot
// give, unless it speaks of that year or the year is a fiscal one.
func TestFigureOfALaterYear(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"hashrate.md": article("Zorcoin's hashrate climbs", "https://example.com/382", "2019-06-01", "",
			"Zorcoin's network hashrate climbed to about 5 TH/s in May 2019, its developers said."),
		"fees.md": article("Zorcoin fees", "https://example.com/383", "2019-07-01", "",
			"Zorcoin's transaction fees stayed low through June 2019."),
	})
	a, err := e.Answer(context.Background(), "What was Zorcoin's network hashrate in 2024?")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Abstained {
		t.Errorf("answered a later year from an older source: %s", a.Text)
	}
	checkAnswers(t, e, []answerCase{{"What was Zorcoin's network hashrate in 2019?", "", "5 TH/s"}})
}

// A live figure ("the network hashrate right now") is one no dated source can give; a
// claim about it in a yes/no question is still weighed.
func TestLiveFigures(t *testing.T) {
	a, err := heldoutEngine(t, "heldout29").Answer(context.Background(), "What is the bitcoin network hashrate right now?")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Abstained {
		t.Errorf("gave a live figure from a dated source: %s", a.Text)
	}
}

// A Chinese question's verbs of making and finding (创造, 发现, 开发 …) and common nouns
// of the trade (空投, 代币, 节点 …) and the Chinese names of companies and bodies (埃克森美孚
// …) are searched by their English words too.
func TestChineseMakerVerbs(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"launch.md": article("Zorcoin goes live", "https://example.com/371", "2013-07-08", "",
			"Zorcoin, a new cryptocurrency created by the pseudonymous developer Sunny Queen, went live on 7 July 2013."),
		"exchange.md": article("Zorcoin listed", "https://example.com/372", "2013-07-09", "",
			"The exchange Coins-z added Zorcoin on 8 July 2013, and a block explorer for the coin went online."),
		"cloud.md": article("Cloud host limits sign-ups", "https://example.com/373", "2013-07-18", "",
			"A cloud server company restricted new sign-ups after a rush of Zorcoin miners."),
		"airdrop.md": article("Zorcoin airdrop", "https://example.com/374", "2013-08-01", "",
			"The Zorcoin airdrop handed out 21 million tokens to early users."),
		"backdoor.md": article("Zorcoin wallets had a backdoor", "https://example.com/375", "2014-03-04", "",
			"Researchers found a backdoor in the Zorcoin wallet software, and the team shipped a patch on 3 March 2014."),
		"exxon.md": article("Exxon mines bitcoin with flare gas", "https://example.com/380", "2022-03-26", "North Dakota, United States",
			"Exxon has been running a pilot in North Dakota that mines bitcoin with gas that would otherwise be flared."),
		"conoco.md": article("ConocoPhillips supplies gas to miners", "https://example.com/381", "2022-02-16", "North Dakota, United States",
			"ConocoPhillips is providing natural gas from the Bakken shale of North Dakota to a bitcoin mining project run by another company."),
	})
	checkAnswers(t, e, []answerCase{{"Zorcoin 是谁创造的？", "", "Sunny Queen"}, {"Zorcoin 的空投一共发了多少枚代币？", "", "21 million"},
		{"埃克森美孚在北达科他州用伴生气挖比特币吗？", VerdictYes, "Exxon"},
		{"Zorcoin 团队哪天推出了补丁？", "", "3 March 2014"}})
}

func TestTitlesOfContributors(t *testing.T) {
	// "Bitcoin Core contributor Fabian Jahr": a contributor's name follows the title
	checkAnswers(t, heldoutEngine(t, "heldout65"), []answerCase{
		{"Who wrote the BIP for Testnet 4?", "", "Fabian Jahr"},
	})
}

// A question about a place needs a sentence that covers a quarter of it: "does Ohio
// tax crypto mining electricity?" is not answered by sentences on Ohio that speak of
// mining and power but not of a tax.
func TestPlaceQuestionCoverage(t *testing.T) {
	e := heldoutEngine(t, "heldout8")
	a, err := e.Answer(context.Background(), "Does Ohio tax crypto mining electricity?")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Abstained {
		t.Errorf("answered from sentences that do not speak of a tax: %s", a.Text)
	}
}

func TestNamedQuestionCoverage(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout9"), []answerCase{
		{"When did the DEP and Stronghold reach the Scrubgrass cleanup agreement?", "", "6 March 2025"},
	})
}

// A date that names an event ("the April 2024 pause") does not make a sentence a piece
// of history: the statement holds when its article says so, and so the newer source
// decides. A pause "long over" has ended.
func TestDateNamingAnEvent(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"pause.md": article("Zorcoin pauses mining", "https://example.com/390", "2024-04-16", "",
			"Zorcoin mining was paused, not ended: the team said it would return with version 2."),
		"back.md": article("Zorcoin returns", "https://example.com/391", "2025-11-06", "",
			"The Zorcoin team launched a new protocol on 22 October 2025.\n\nMining on Zorcoin is running again under the new protocol; the April 2024 pause is long over."),
	})
	checkAnswers(t, e, []answerCase{{"Is Zorcoin mining still paused?", VerdictNo, "long over"}})
}

// A change stated as under way ("is moving from proof of work to proof of stake") is
// not yet done: partly, unless the question asks whether it is under way.
func TestChangeUnderWay(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"move.md": article("Zorcoin to leave proof of work", "https://example.com/392", "2024-11-15", "",
			"Zorcoin is moving from proof of work to proof of stake, so validators will replace miners."),
	})
	checkAnswers(t, e, []answerCase{
		{"Has Zorcoin moved to proof of stake?", VerdictPartly, "is moving"},
		{"Is Zorcoin moving from proof of work to proof of stake?", VerdictYes, "is moving"},
	})
}

// What a sentence says was replaced is no longer used: "does it use proof of work?" —
// "a blockchain that replaces proof of work with proof of space-time".
func TestReplacedIsNotUsed(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"genesis.md": article("Zorchain launches", "https://example.com/393", "2023-07-14", "",
			"Zorchain, a blockchain that replaces proof of work with a scheme it calls proof of space-time, launched its network on 14 July 2023."),
		"botnet.md": article("Botnet hits mining rigs", "https://example.com/394", "2018-01-19", "",
			"A botnet breaks into rigs running the Zorminer mining software and replaces the owner's wallet address with its own."),
	})
	checkAnswers(t, e, []answerCase{
		{"Does Zorchain use proof of work?", VerdictNo, "replaces proof of work"},
		// the replaced wallet is not what is asked: the rigs still run the mining software
		{"Did the botnet target Zorminer mining rigs?", VerdictYes, "breaks into rigs"},
	})
}

// A yes/no question about an outcome ("approved") is answered by the close sentence of
// the same source that speaks of it, not by one on the filing; a word of the same
// outcome ("stopped" for "pause") is no mere application.
func TestSentenceOfTheOutcome(t *testing.T) {
	checkAnswers(t, heldoutEngine(t, "heldout82"), []answerCase{
		{"Has the SEC approved Grayscale's GTAO Bittensor ETF?", VerdictNo, "had not approved"},
	})
	// a start is told of everything: "the prosecution began questioning the founders"
	// says nothing of when the platform launched
	checkAnswers(t, heldoutEngine(t, "heldout10"), []answerCase{
		{"Did the HoggPool platform launch in 2021?", VerdictNo, ""},
	})
	checkAnswers(t, shippedEngine(t), []answerCase{
		{"Did Manitoba pause new crypto mining connections to its grid?", VerdictYes, "Manitoba"},
	})
}

// "When will Bitcoin Core 31 be released?" is not answered by the date a sentence gives
// for version 0.12.0.
func TestWhenByNumberedName(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"wiki.md": article("Zorcoin Core release plan", "https://example.com/397", "2016-01-08", "",
			"As of 8 January 2016, Zorcoin Core 0.12.0 had not yet been released; the wiki gave its expected release date as 1 February 2016."),
	})
	for _, q := range []string{"When will Zorcoin Core 31 be released?", "When did Zorcoin Core 0.12.0 come out, according to the plan?"} {
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.Contains(q, "31"); a.Abstained != want {
			t.Errorf("%s\nabstained %v: %s", q, a.Abstained, a.Text)
		}
	}
}

// "…, but the miner itself was still in the code": what "but … still" keeps makes the
// yes a partial one.
func TestButStill(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"client.md": article("Zorcoin client hides mining", "https://example.com/401", "2011-08-12", "",
			"The client's graphical mining option had already been hidden in May 2011, but the miner itself was still in the code."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did the Zorcoin client drop CPU mining in May 2011?", VerdictPartly, "still in the code"},
		// a question that asks what is still there asks the clause itself
		{"Was the miner still in the Zorcoin client's code?", VerdictYes, "still in the code"},
	})
}

// What a sentence says would have followed did not happen: "did the proposal pass?" —
// "the change would have cut the threshold"; a thing described by what it would have
// done ("a bill that would have hurt them") and a question on what was meant are
// answered as they stand.
func TestCounterfactual(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"vote.md": article("Zorswap vote on thresholds", "https://example.com/402", "2020-10-20", "",
			"Zorlabs' proposal to lower Zorswap's voting thresholds would have cut the quorum by a third."),
		"fork.md": article("Zorfork called off", "https://example.com/403", "2017-11-08", "",
			"The Zorfork upgrade would have raised Zorcoin's block size limit from 1 MB to 2 MB."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Zorlabs' proposal to lower Zorswap's voting thresholds pass?", VerdictNo, "would have cut"},
		{"Was the Zorfork upgrade meant to raise Zorcoin's block size limit to 2 MB?", VerdictYes, "would have raised"},
	})
}

// A denial of the whole, or a "but" that keeps a part, makes a no a partly: "did not turn
// over all of its hash power"; "did not stop, but it shrank". "But it only began to
// spread" is a time, not a part.
func TestPartialDenial(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"covid.md": article("Zorfury lends hash power to research", "https://example.com/405", "2020-04-01", "",
			"Zorfury did not turn over all of its mining hash power to the virus research; it redirected part of it."),
		"rewards.md": article("Zorlend trims rewards", "https://example.com/406", "2021-11-22", "",
			"Zorlend's liquidity mining rewards did not stop in November 2021, but they shrank."),
		"worm.md": article("Zorworm spreads", "https://example.com/407", "2018-12-20", "",
			"The Zorworm ransomware was not detected in December 2018 but in August 2018, but it only began to spread in December."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Zorfury switch its mining hash power to the virus research?", VerdictPartly, "part of it"},
		{"Did Zorlend stop paying liquidity mining rewards in November 2021?", VerdictPartly, "shrank"},
		{"Was the Zorworm ransomware first detected in December 2018?", VerdictNo, ""},
	})
}

// A number a yes/no question states that its source gives nowhere makes the answer
// no: "did Zortor 0.4.7 ship the defence?" — "version 0.4.8 includes". "$10 million" is
// given as "$10.0 million"; a year is left to the dates, a bound to the figure claims.
func TestFigureTheSourceNeverGives(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"tor.md": article("Zortor ships a proof-of-work defence", "https://example.com/408", "2023-08-23", "",
			"On 23 August 2023 the Zortor Project announced that Zortor version 0.4.8 includes a proof-of-work defence for onion services."),
		"deposit.md": article("Zorsphere pays a deposit", "https://example.com/409", "2021-11-01", "",
			"According to the filing, Zorsphere paid Zorminer a refundable deposit of $10.0 million in November 2021."),
		"authors.md": article("Zortor proposal 327 published", "https://example.com/410", "2020-09-22", "",
			"Zortor proposal 327, by Ann Lee, Bo Chen and Cy Diaz, lists its authors and describes a proof-of-work scheme for introduction circuits."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Zortor 0.4.7 ship the onion-service proof-of-work defence?", VerdictNo, "0.4.8"},
		{"Did Zorsphere pay Zorminer a refundable $10 million deposit?", VerdictYes, "$10.0 million"},
		{"Did Zortor ship a proof-of-work defence for onion services in 2023?", VerdictYes, "0.4.8"},
		{"Did Zortor proposal 327 list five authors?", VerdictNo, ""},
	})
}

// A Chinese count with its classifier: "五个" asked, "三个" given, is a no; "5个" and
// "五个" are the same count.
func TestChineseCounts(t *testing.T) {
	for _, tt := range []struct {
		text, question string
		want           bool
	}{
		{"报道称，仅在过去两周里，就有三个加密货币网络遭到攻击。", "报道说两周内有五个加密货币网络被劫持吗？", true},
		{"报道称，仅在过去两周里，就有5个加密货币网络遭到攻击。", "报道说两周内有五个加密货币网络被劫持吗？", false},
		{"报道称，加密货币网络遭到攻击。", "报道说两周内有五个加密货币网络被劫持吗？", false},
	} {
		if got := zhCountDiffers(tt.text, tt.question); got != tt.want {
			t.Errorf("zhCountDiffers(%q, %q) = %v", tt.text, tt.question, got)
		}
	}
	checkAnswers(t, heldoutEngine(t, "heldout76"), []answerCase{
		{"《麻省理工科技评论》说两周内有五个加密货币网络被劫持吗？", VerdictNo, ""},
	})
}

// A rise asked of what a source says dropped is a no, and "on by default" of what is
// "off by default": the opposites of the lexicon.
func TestRiseAndDrop(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"profit.md": article("Zorhynix reports its quarter", "https://example.com/413", "2018-04-24", "",
			"Zorhynix's display business profit dropped sharply in the first quarter of 2018, the company said."),
		"challenge.md": article("Zorbis adds a challenge without JavaScript", "https://example.com/414", "2025-06-06", "",
			"Zorbis added a challenge that works without JavaScript; the new challenge is off by default, and an administrator must choose it."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Zorhynix's display business profit rise in the first quarter of 2018?", VerdictNo, "dropped"},
		{"Is Zorbis's new challenge without JavaScript on by default?", VerdictNo, "off by default"},
	})
}

// A sentence that names no place and only "attracts" miners states no rule of the
// place its article is about: "did South Korea ban Bitcoin Cash mining?" abstains.
func TestWelcomeIsNoRule(t *testing.T) {
	a, err := heldoutEngine(t, "heldout86").Answer(context.Background(), "Did South Korea ban Bitcoin Cash mining?")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Abstained {
		t.Errorf("answered from a sentence on no rule: %s", a.Text)
	}
}

// Readings checked on the held-out corpora's own questions, one corpus each.
func TestReadingsOnHeldoutCorpora(t *testing.T) {
	tests := []struct {
		name, corpus string
		answerCase
	}{
		// "The emergency rule (EDA) was in force for 106 days. The chain produced 10,577
		// more blocks ...": the sentence before names what a sentence goes on about
		{"name in the sentence before", "heldout86", answerCase{"How much BCH was minted ahead of schedule under the EDA?", "", "132,000"}},
		// a synonym group of the data file
		{"per day is daily", "heldout82", answerCase{"How many TAO are issued per day after Bittensor's first halving?", "", "3,600"}},
		// keeping a carve-out for validators leaves them out
		{"leave out is no leaving", "heldout83", answerCase{"Did Treasury's 2023 proposed broker rules leave out people who only validate transactions by mining or staking?", VerdictYes, ""}},
		// "a warning from Sergej Kotliar, who said ...", wherever the name stands; the
		// "American" of an "American call option" is no place
		{"who said, in a relative clause", "heldout84", answerCase{"Who warned about the free American call option created by transaction replacement?", "", "Sergej Kotliar"}},
		{"a limited kind is a part", "heldout81", answerCase{"Could RPOW tokens be reused freely?", VerdictPartly, "limited kind"}},
		// "New York's 2022 moratorium" is read from the 2022 reports on it
		{"published in the year asked", "heldout", answerCase{"What kind of crypto mining permits does New York's 2022 moratorium pause?", "", "fossil"}},
		// a list of the partners leaves out a name no source holds
		{"a list says who is in", "heldout84", answerCase{"Was AntPool one of the five launch partners of Mempool Accelerator?", VerdictNo, "Foundry"}},
		// "finalized Map Improvement Proposal 2": a proposal's name is no plan once the
		// sentence says it was adopted; one only created still is
		{"a proposal's name, finalised", "heldout89", answerCase{"Did the Hivemapper Foundation finalize MIP-2?", VerdictYes, "finalized"}},
		// "pays 0.25% to liquidity providers": the claimed figure just before the word it
		// follows in the question is given
		{"a figure before its anchor", "heldout88", answerCase{"Does SushiSwap pay liquidity providers 0.25% of trading fees?", VerdictYes, "0.25%"}},
		// "BIP 100 need 90% ...": the number of a name takes no unit from the figure after it
		{"a name's number has no unit", "heldout91", answerCase{"In August 2015, did BIP 100 need 90% of hashing power to activate?", VerdictYes, "90%"}},
		// "if 75% of the last 1,000 blocks carried that mark, nodes would ...": the
		// condition is what a question on what it needed asks
		{"a condition is a requirement", "heldout91", answerCase{"Did Bitcoin XT's BIP 101 need 75% of the last 1,000 blocks to activate?", VerdictYes, "75%"}},
		// "did the pools push for a compromise?" asks of a proposal: "put forward a
		// compromise" answers it
		{"pushing for is proposing", "heldout91", answerCase{"Did a group of five Chinese mining pools push for an 8 MB compromise in June 2015?", VerdictYes, "compromise"}},
		// "did not say that legitimate, knowingly installed programs are illegal": the
		// comma inside the "that" clause does not end it
		{"a that-clause runs past a comma", "heldout80", answerCase{"Does Kaspersky say that mining software is illegal?", VerdictNo, "did not say"}},
		// "it is not a permanent ban": a measure said to be temporary, whatever it denies
		{"not permanent is temporary", "heldout5", answerCase{"Is the City of Chelan's moratorium on crypto mining permanent?", VerdictNo, "temporary"}},
		// "Barry Silbert, DCG's founder and chief executive" is another body's chief
		{"a title of another body", "heldout64", answerCase{"Who runs Foundry as chief executive?", "", "Colyer"}},
		// "signed in January 2022?" — no close source gives that month for it
		{"a count no source gives, of a part", "heldout19", answerCase{"Did the Estonian IT worker build 20 mining rigs?", VerdictNo, ""}},
		{"a date no source gives", "heldout87", answerCase{"Was the Faes–Blockware services agreement signed in January 2022?", VerdictNo, ""}},
		{"a proposal's name, created", "heldout69", answerCase{"As of 13 April 2023, was the DCP-0011 BLAKE3 change in force on the Decred network?", VerdictNo, ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnswers(t, heldoutEngine(t, tt.corpus), []answerCase{tt.answerCase})
		})
	}
}

// "How many machines": the figure followed by machines, not the sum beside the date the
// question names, and not a count of coins or of something else.
func TestCountedFigure(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"farm.md": article("Thousands of machines vanish from a Hebei mine as a feud widens", "https://example.com/farm", "2020-07-25", "Hebei, China",
			"A statement issued by the group said that between 15 and 16 July 2020 former employees had moved mining-machine assets worth more than 100 million yuan out of the Hebei site.\n\n"+
				"On 23 July the company's sales account added that about 10,000 machines hosted at the mine had gone, and that their owners had been told.\n\n"+
				"The group said the move caused serious losses to its customers."),
		"plan.md": article("Ousted co-founder vows to win back the machine maker", "https://example.com/plan", "2019-11-07", "China",
			"He also laid out targets for the mining machines: a 90% share of the market, AI revenue of about 100 million yuan in 2019 and roughly 1 billion yuan (about $143 million) in 2020."),
		"coins.md": article("矿企持币报告", "https://example.com/coins", "2025-12-01", "",
			"财报显示，这家矿企第四季度收入2.248亿美元，同比增长226%。\n\n这家矿企在2025年11月出售了全部比特币。"),
	})
	checkAnswers(t, e, []answerCase{
		{"How many mining machines went missing from the Hebei mine in July 2020?", "", "10,000"},
		{"这家矿企第四季度卖出了多少枚比特币？", "", noSourceZH}, // a sum of money is no count of coins
	})
}

// noSource and noSourceZH open the answer of a bot that abstains.
const (
	noSource   = "I don't have a source"
	noSourceZH = "我没有能回答这个问题的来源"
)

// A figure asked of the present day ("right now", "today") is not read off a dated
// source; the same figure asked of its date is.
func TestPresentFigureAbstains(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"mara.md": article("Miner ends the year with 44,893 bitcoin", "https://example.com/mara", "2025-01-10", "United States",
			"The miner Zorn Digital ended 2024 holding 44,893 bitcoin, and it was lending out 7,377 bitcoin to third parties."),
	})
	checkAnswers(t, e, []answerCase{
		{"How many bitcoin does Zorn Digital hold right now?", "", noSource},
		{"How many bitcoin did Zorn Digital hold at the end of 2024?", "", "44,893"},
	})
}

// "Which firm warned …?": when the sentence that says most of the question names no
// one, a close sentence of its article that names the firm answers.
func TestWhoNamesSomeone(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"rebound.md": {Data: []byte("---\ntitle: Bitcoin difficulty rebounds about 15% to 144.4 trillion as miners return after storm\n" +
			"source: https://example.com/rebound\npublished: 2026-02-21\nregions: [United States]\n" +
			"summary: On 21 February 2026 bitcoin's difficulty rose by more than 15% to 144.4 trillion, about 2.4% above its level before the storm.\n---\n" +
			"Bitcoin's mining difficulty rose by more than 15% in the adjustment around 21 February 2026, to about 144.4 trillion. It was the largest upward adjustment since 2021.\n\n" +
			"The jump reversed the storm-driven cut earlier in the month. At the height of the US winter storm, network hashrate fell to around 826 EH/s, and the following adjustment lowered difficulty by about 11%.\n\n" +
			"Once the storm passed, miners reconnected quickly. Hashrate climbed back to almost 1 ZH/s, roughly 21% above the low reached during the storm. As a result, difficulty ended about 2.4% higher than before the storm.\n\n" +
			"The rise is bad news for miners' income. Bitcoin's price had fallen from about $126,000 to around $68,000, below many miners' cost of production, and with difficulty 15% higher, machines whose hashrate had not changed now earned less bitcoin. The exchange Zorfinex said that if the price did not recover, miners with higher costs might sell more of their coins.")},
	})
	checkAnswers(t, e, []answerCase{{"Which firm warned miners might sell more bitcoin after the February 2026 difficulty rebound?", "", "Zorfinex"}})
}

// "How large is X in bytes?" is answered by a figure in bytes, not by a sentence that
// only names X.
func TestUnitAsked(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"nist.md": article("NIST publishes its post-quantum standards", "https://example.com/nist", "2024-08-13", "",
			"NIST published FIPS 204, ZL-DSA, a digital signature algorithm derived from an older lattice scheme.\n\n"+
				"A second standard, FIPS 205, describes a hash-based signature scheme with keys of 256 bits."),
	})
	checkAnswers(t, e, []answerCase{{"How large is a ZL-DSA signature in bytes?", "", noSource}})
	lx := mustLexicon()
	g := newGazetteer(nil)
	for _, tt := range []struct{ q, want string }{
		{"How big is the mine in megawatts?", classPower},
		{"How much was the stolen bitcoin worth in dollars?", classMoney},
		{"What is the fee in US dollars?", classMoney},
		{"What is the new default limit, in bytes?", "byte"},
		{"How many machines are in Texas?", ""},
	} {
		q := analyze(tt.q, lx, g, func(string) bool { return false })
		if q.kind != KindNumber {
			q.kind = KindNumber
		}
		if got := unitAsked(q); got != tt.want {
			t.Errorf("unitAsked(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// A denial set off by an aside ("did not, however, give") still denies; 无权 ("has no
// power to") is a Chinese negation; a question about a plan is answered by the
// sentence that says what the company would do, though a newer one uses the word
// "plans" about something else.
func TestAsidesPowersAndIntents(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"chip.md": article("Vornak teases a 7nm miner at 42 J/TH in Tbilisi", "https://example.com/vornak", "2018-09-22", "Tbilisi, Georgia",
			"Vornak has announced its next-generation mining machine, based on 7-nanometre chips, at a mining summit in Tbilisi, Georgia. "+
				"Its chief executive presented the new miner on stage.\n\n"+
				"The company claimed an efficiency of 42 joules per terahash, about twice as good as its older model. "+
				"It did not, however, give the new machine a name, a release date or official figures for its power consumption."),
		"county-zh.md": article("得州县政府难以管制矿场噪音", "https://example.com/county-zh", "2025-11-06\nlang: zh", "Texas, United States",
			"按照得州法律，县一级政府无权像城市那样制定噪音条例，只有建制城市才有这种权力。"),
		"lumo-plan.md": article("Lumo Net lays out its mining venture", "https://example.com/lumo1", "2017-09-14", "Japan",
			"Lumo Net said it would build its mining data centre in northern Europe, not in Japan."),
		"other.md": article("Rival unveils a mining farm plan", "https://example.com/lumo2", "2017-09-18", "Japan",
			"Lumo Net plans to build its next mining machines around 7nm chips and to do its own research on mining hardware."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Vornak give its 7nm miner a name and a release date when it announced it?", VerdictNo, "did not, however"},
		{"按照得州法律，县政府能否像城市一样制定噪音条例？", VerdictNo, "无权"},
		{"Did Lumo Net plan to put its mining data centre outside Japan?", VerdictYes, "northern Europe"},
	})
}

// "Part of the building was destroyed" says yes of a part only; a question that asks
// of both of two things is answered "partly" by a source that says it of one.
func TestPartsAndBoth(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"fire.md": article("Fire hits a mining farm in Darnow", "https://example.com/darnow", "2024-06-24", "Darnow",
			"A fire hit a cryptocurrency mining farm in Darnow early on 24 June 2024, firefighters said.\n\n"+
				"Part of the building, about 33 square metres, was destroyed by the fire, along with all of the rigs."),
		"votes.md": article("Brell County votes on the bitcoin mine", "https://example.com/brell", "2024-07-24", "Brell County",
			"Brell County's commissioners took their first formal steps in response to residents who say a bitcoin mine near Ostby is making them sick.\n\n"+
				"At Tuesday's meeting, the court unanimously approved a resolution asking the legislature to act on the noise from cryptocurrency mining.\n\n"+
				"In a second, closer vote, commissioners decided 3-2 to hire acoustical consultants to carry out a sound study of the mine."),
	})
	checkAnswers(t, e, []answerCase{
		{"Was the building in the Darnow mining fire destroyed?", VerdictPartly, "Part of the building"},
		{"Were both of Brell County's July 2024 votes on the bitcoin mine unanimous?", VerdictPartly, ""},
	})
}

// "What is the hashrate of …?" and "功耗是多少瓦？" want a figure of that kind: a
// sentence that gives only a price or a hashrate for them is no answer.
func TestFigureOfTheKindAsked(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"plant.md": article("Kelvo buys a power plant for its mine", "https://example.com/kelvo", "2022-03-02", "New York, United States",
			"Kelvo agreed the year before to buy the power plant for $3.5 million, planning to use its output to run its mining computers."),
		"ks.md": article("A guide to Kaspa machines", "https://example.com/ks", "2024-05-02", "",
			"The guide's examples: the Vorminer KS9, about 20 TH/s, profitable where power is cheap."),
	})
	checkAnswers(t, e, []answerCase{
		{"What is the hashrate of Kelvo's mine?", "", noSource},
		{"Vorminer KS9 的功耗是多少瓦？", "", noSourceZH},
	})
}

// "When did Kelcoin's third halving take place?" is answered by the sentence on the
// third halving, not by a closer one on the first.
func TestRankedFactoid(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"second.md": article("Kelcoin completes its second halving", "https://example.com/kel2", "2019-08-05", "",
			"Kelcoin's reward halved for the second time on 5 August 2019. "+
				"The notice recalled that Kelcoin's first halving took place in August 2015, when the subsidy went from 50 KEL to 25 KEL."),
		"third.md": article("Kelcoin halves again", "https://example.com/kel3", "2023-08-02", "",
			"Kelcoin underwent its third block reward halving on 2 August 2023, a pool announced in a notice that day."),
	})
	checkAnswers(t, e, []answerCase{{"When did Kelcoin's third halving take place?", "", "2 August 2023"}})
}

// Opposites a curator may extend: a window that shrinks was not made longer; a suit
// filed in state court was not filed in federal court.
func TestMoreOpposites(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"fork.md": article("Velta's fork speeds up blocks", "https://example.com/velta", "2025-04-02", "",
			"Velta's Crescent fork makes blocks come ten times faster. "+
				"Because of that, the default pruning window on Velta nodes shrinks from about 50 hours to about 30 hours."),
		"suit.md": article("Residents sue the Ostby mine over noise", "https://example.com/ostby", "2024-10-05", "Texas, United States",
			"Residents near the Ostby bitcoin mine filed a noise lawsuit against its owner, Kormac, in state court on 4 October 2024, with help from the group Greenlaw."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did the Crescent fork make the default pruning window on Velta nodes longer?", VerdictNo, "shrinks"},
		{"Was the Ostby noise lawsuit against Kormac filed in federal court?", VerdictNo, "state court"},
	})
}

// "one block per second" is a count the question claims, which "ten blocks per second"
// contradicts.
func TestCountOfOne(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"fork.md": article("Velta speeds up", "https://example.com/velta-speed", "2025-05-06", "",
			"Velta has produced ten blocks per second since the Crescent hard fork of 5 May 2025."),
	})
	checkAnswers(t, e, []answerCase{
		{"Is Velta still producing one block per second?", VerdictNo, "ten blocks"},
		{"Is Velta producing ten blocks per second?", VerdictYes, "ten blocks"},
	})
}

// "When did the fourth halving happen?" is answered by the later source that tells it
// happened, not by an older estimate of its date.
func TestForecastGivesWay(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"countdown.md": article("Halving countdowns for Kelcoin and others", "https://example.com/countdown", "2023-04-24", "",
			"Kelcoin was furthest off, at 369 days, which put the tracker's estimated date for Kelcoin's fourth halving at 27 April 2024."),
		"done.md": article("Kelcoin completes its fourth halving at block 840,000", "https://example.com/done", "2024-04-20", "",
			"Kelcoin's fourth halving happened with the mining of block 840,000, a news site reported in a breaking story timed at 00:14 GMT."),
	})
	checkAnswers(t, e, []answerCase{{"When did Kelcoin's fourth halving happen?", "", "20 April 2024"}})
}

// "Did it launch without any premine?" — "with no premine and no other preallocation
// of coins": the source's "no" agrees with the question's "without".
func TestWithoutAgreesWithNo(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"launch.md": article("A pool recalls Velta's fair launch", "https://example.com/velta-launch", "2021-11-07", "",
			"Citing the Velta wiki, the pool says mainnet opened on 7 November 2021 with no premine and no other preallocation of coins."),
	})
	checkAnswers(t, e, []answerCase{{"Did Velta launch without any premined coins?", VerdictYes, "no premine"}})
}

// "found not guilty on all the charges" is a plain no to "was he convicted?", not a
// denial of the whole only.
func TestNotGuiltyOnAll(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"verdict.md": article("Jury clears the Ostby mine's manager", "https://example.com/ostby-jury", "2024-07-11", "Texas, United States",
			"A jury has found Dan Fiske, who manages Kormac's data centre near Ostby, Texas, not guilty on all the charges brought over the mine's noise."),
	})
	checkAnswers(t, e, []answerCase{{"Was Dan Fiske convicted on the Ostby noise charges?", VerdictNo, "not guilty"}})
}

// A negation reaches as far as its own predicate: "miners who could no longer cover
// costs were switching off their machines" says they were switching them off; a
// subject's negation ("Nothing in BIP-9 is in force") holds the whole predicate.
func TestNegationEndsAtItsPredicate(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"halving.md": article("Miners sell rigs before the Kelcoin halving", "https://example.com/kel-sell", "2020-03-30", "",
			"Miners who had bet on a rally ahead of the Kelcoin halving and could no longer cover costs were switching off their machines and putting them up for sale."),
		"bip.md": article("A proposal to freeze old coins", "https://example.com/bip9", "2026-02-28", "",
			"BIP-9 is a draft proposal. Nothing in BIP-9 is in force."),
	})
	checkAnswers(t, e, []answerCase{
		{"Were some Kelcoin miners switching machines off in the weeks before the halving?", VerdictYes, "switching off"},
		{"Is BIP-9 in force on the network?", VerdictNo, ""},
	})
}

// A negated saying reaches the clause it says: "had never claimed it would convert the
// site" denies the conversion was claimed. "Nobody" and "还没" deny too.
func TestNegatedSayingAndNobody(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"analyst.md": article("Analysts defend Korvo Power after a short report", "https://example.com/korvo", "2024-07-12", "Texas",
			"The analysts said Korvo Power had never claimed it would convert its Redmesa bitcoin mining site to AI hosting."),
		"fire.md": article("Container fire at a Tallow Creek mining site", "https://example.com/tallow", "2021-03-28", "",
			"Nobody was inside when the fire began at the Tallow Creek hosting site, and crews left by 10:30 pm."),
		"flood-zh.md": article("小矿场被洪水淹没", "https://example.com/flood-zh", "2018-07-28\nlang: zh", "",
			"合作方说，雷山矿场当时刚刚开始运行，还没挖出区块就遭了水灾。"),
	})
	checkAnswers(t, e, []answerCase{
		{"Had Korvo Power said it would convert its Redmesa site to AI?", VerdictNo, ""},
		{"Was anyone inside the Tallow Creek site when the fire started?", VerdictNo, ""},
		{"雷山矿场被淹时已经挖出区块了吗？", VerdictNo, ""},
	})
}

// "Who voted against the study?" is answered by the sentence that tells who voted
// against it, not by the closer one that names who voted for.
func TestWhoDidTheOpposite(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"votes.md": article("Brell County hires a sound consultant", "https://example.com/brell-votes", "2024-07-24", "Brell County",
			"In a second, closer vote, Brell County commissioners decided 3-2 to hire the acoustical consultants Sonex to carry out a sound study of the mine. "+
				"County Judge Ron Mast and Commissioner Jack Wills voted against the study. "+
				"Commissioners Nan Samuels, Dave Egan and Kevin Andrus voted for both measures, although Andrus questioned whether the Sonex study was needed."),
	})
	checkAnswers(t, e, []answerCase{{"Who voted against hiring Sonex for the Brell County sound study?", "", "Mast"}})
}

// "Who is the boss who talked about …?": when the sentence that says most of the
// question names no one, the sentence before it in its article, which names the
// person, answers though it says much less of the question.
func TestWhoFromTheSameArticle(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"plan.md": article("Lumo Net lays out a ¥10 billion plan for its mining venture", "https://example.com/lumo-plan", "2017-09-14", "Japan",
			"Tokyo-based Lumo Net, which already runs its own cryptocurrency exchange, used a presentation on Wednesday to flesh out the bitcoin mining business it had announced the week before.\n\n"+
				"Lumo said it would begin testing a new mining chip built on a 7-nanometre process by the spring of 2018.\n\n"+
				"Masato Kumano, Lumo's president, said the company would not only mine for itself. It also planned to sell mining boards and offer what it called a \"cloud mining center\", so that anyone could take part in mining."),
	})
	checkAnswers(t, e, []answerCase{{"Who is the Lumo Net boss who talked about selling mining boards and a cloud mining center?", "", "Kumano"}})
}

// A price that came close to its low did not fall below it: "逼近" (drew near) and
// "came close to" say partly.
func TestCameClose(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"hashprice-zh.md": article("哈希价格再度逼近历史低点", "https://example.com/hp-zh", "2024-06-25\nlang: zh", "",
			"衡量矿工每单位算力收入的科尔币哈希价格在2024年6月下旬再度逼近历史最低水平。"),
		"hashprice.md": article("Kelcoin hashprice nears its low", "https://example.com/hp", "2024-06-26", "",
			"Kelcoin's hashprice came close to its all-time low in late June 2024."),
	})
	checkAnswers(t, e, []answerCase{
		{"2024年6月，科尔币哈希价格有没有跌破历史最低点？", VerdictPartly, ""},
		{"Did Kelcoin's hashprice reach its all-time low in June 2024?", VerdictPartly, ""},
	})
}

// "能效是多少？" asks for joules per terahash: not the "7纳米" of the chip.
func TestEfficiencyAsked(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"launch-zh.md": article("沃纳克发布V21和V21 Hyd", "https://example.com/v21-zh", "2023-09-25\nlang: zh", "Hong Kong",
			"沃纳克推出了两款新机型：风冷的V21和液冷的V21 Hyd，两者都采用7纳米定制芯片。\n\n"+
				"根据沃纳克公布的数据，V21 Hyd算力为335 TH/s，能效为16 J/TH；V21算力为200 TH/s，能效为17.5 J/TH。"),
	})
	checkAnswers(t, e, []answerCase{{"V21 Hyd的能效是多少？", "", "16 J/TH"}})
}

// A yes/no question about a year or month is answered by a source that can speak of
// it, not by a closer one written before it that never names it; a month the question
// puts to the test ("was it October 2008 when …?") is no such time.
func TestWrittenBeforeTheTimeAsked(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"second.md": article("Kelcoin halves for the second time", "https://example.com/kel-h2", "2019-08-05", "",
			"With the halving, the subsidy for each Kelcoin block fell from 25 KEL to 12.5 KEL, and the pool warned that the earnings of all its miners would be cut in half."),
		"third.md": article("Kelcoin's third halving", "https://example.com/kel-h3", "2023-08-02", "",
			"Kelcoin underwent its third halving on 2 August 2023. Merge-mined coins kept paying as before, so pool miners' total earnings fell by less than half."),
	})
	a, err := e.Answer(context.Background(), "Did pool miners see all of their earnings cut in half by the 2023 Kelcoin halving?")
	if err != nil {
		t.Fatal(err)
	}
	if !citesAny(a, []string{"third.md"}) {
		t.Errorf("cites %v, want third.md: %s", a.Citations, a.Text)
	}
}

// A request to block that a judge denied blocked nothing: "did the lawsuit stop the
// election?" is no; "did the judge deny the request?" is yes.
func TestDeniedBid(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"vote.md": article("Ostby Bend votes to become a city", "https://example.com/ostby-vote", "2025-11-05", "Ostby Bend, Texas, United States",
			"Kormac sued in federal court to stop the Ostby Bend incorporation vote. A federal judge denied the company's request to block the ballot measure this week, so the election went ahead."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Kormac's federal lawsuit stop the Ostby Bend election from going ahead?", VerdictNo, "denied"},
		{"Did the federal judge deny Kormac's request to block the Ostby Bend ballot measure?", VerdictYes, "denied"},
		{"Did a federal judge refuse Kormac's request to block the Ostby Bend ballot measure?", VerdictYes, "denied"},
	})
	zh := engineFrom(t, fstest.MapFS{
		"order-zh.md": article("法官驳回矿企的禁令申请", "https://example.com/order-zh", "2024-10-06\nlang: zh", "Arkansas, United States",
			"联邦地区法院法官Lee Rudd于2024年10月6日作出命令，驳回比特币矿企Navra One LLC针对福克纳县（Faulkner County）噪音条例提出的初步禁令申请。"),
	})
	checkAnswers(t, zh, []answerCase{
		{"Did Judge Rudd block Faulkner County from enforcing its noise ordinance against Navra?", VerdictNo, "驳回"},
	})
}

// A first plan a source tells of ("was first meant to take effect on 15 February")
// did not hold: "was it active on 15 February?" is no, "was it pushed back?" is not
// turned into a no.
func TestFirstPlanDidNotHold(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"p2x.md": article("P2X activation slips", "https://example.com/p2x", "2012-02-15", "",
			"The P2X rule change was first meant to take effect on 15 February 2012."),
		"launch.md": article("Velta finally launches", "https://example.com/velta-go", "2021-03-19", "",
			"The Velta launch came more than three years after Cohen first announced the coin in 2017, when the team had hoped to release it in 2018."),
	})
	checkAnswers(t, e, []answerCase{
		{"Was P2X active on 15 February 2012?", VerdictNo, "first meant"},
		{"Did Velta launch in 2018 as its founders first hoped?", VerdictNo, "had hoped"},
	})
	a, err := e.Answer(context.Background(), "Was P2X activation pushed back from 15 February 2012?")
	if err != nil {
		t.Fatal(err)
	}
	if a.Verdict == VerdictNo {
		t.Errorf("a question whether the plan changed is not a no: %s", a.Text)
	}
}

// Measures that hold only in part: a ban with an exception by leave ("unless customers
// first obtain written approval"), an amendment passed on first reading, a moratorium a
// city "may" impose, a conversion a company "aimed to" make.
func TestPartOnlyByLeaveOrPlan(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"cloud.md": article("Nimbus bans mining on its cloud", "https://example.com/nimbus", "2022-12-16", "",
			"Nimbus has banned cryptocurrency mining on its online services unless customers first obtain written approval, a news site reported."),
		"zoning.md": article("Ostby approves data center zoning on first reading", "https://example.com/ostby-zoning", "2025-05-03", "Ostby, Tennessee, United States",
			"On 1 May 2025 the Ostby Commission approved, on first reading, a zoning text amendment for data centers and crypto mines."),
		"pause.md": article("Ostby weighs a pause on new heavy industry", "https://example.com/ostby-pause", "2025-05-22", "Ostby, Tennessee, United States",
			"Ostby may pause new businesses in its heavy industrial I-2 zones to give planners time to write rules for crypto mines."),
	})
	checkAnswers(t, e, []answerCase{
		{"Is crypto mining banned on Nimbus?", VerdictPartly, "unless"},
		{"Did the Ostby Commission finalise its data center zoning on 1 May 2025?", VerdictPartly, "first reading"},
		{"Did Ostby put a moratorium on new businesses in its I-2 zones?", VerdictPartly, "may pause"},
	})
}

// A state a source says held "until" a time says no of a later time: "until mid-2018
// rigs entered free of duty" — "in the autumn of 2018?".
func TestUntilEndedBefore(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"duty.md": article("Customs rethinks Zorbland's mining rigs", "https://example.com/zorb-duty", "2018-10-01", "Zorbland",
			"Until mid-2018 mining rigs were treated as data processing machines and entered Zorbland free of duty."),
	})
	checkAnswers(t, e, []answerCase{
		{"Were mining rigs still entering Zorbland duty free in the autumn of 2018?", VerdictNo, ""},
	})
}

// A start a source still expects ("now expects to begin mining in 2025") has not
// happened: "was it already mining?" is no.
func TestExpectedStartIsNotYet(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"start.md": article("Korvo Energy pushes back its first mining", "https://example.com/korvo-start", "2024-04-15", "Zorbland",
			"Korvo Energy, the bitcoin mining company building its own power plants in Zorbland, now expects to begin mining in 2025, its chief executive said."),
	})
	checkAnswers(t, e, []answerCase{{"Was Korvo Energy already mining bitcoin in April 2024?", VerdictNo, ""}})
}

// A month and year in the question is matched by the year a source writes after the
// day ("December 19, 2024"), not read as another number; another year still says no.
func TestMonthYearAgainstDayFirst(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"buy.md": article("Korvo buys 990 bitcoin", "https://example.com/korvo-buy", "2024-12-19", "",
			"Korvo Mining said on December 19, 2024, that it had bought 990 bitcoin for about $100 million."),
		"patent.md": article("A trick for mining chips", "https://example.com/zoom-patent", "2016-04-01", "",
			"Developers described the trick under the name ZoomBoost and filed a patent for it in November 2014."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Korvo Mining buy bitcoin in December 2024?", VerdictYes, ""},
		{"Was the ZoomBoost patent filed in November 2016?", VerdictNo, ""},
	})
}

// "the planned merger" names what was acted on; it does not make the act a plan. "Vote
// down" asks what "rejected" says.
func TestPlannedAsANameOfTheThing(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"vote.md": article("Zell shareholders reject the Korvo deal", "https://example.com/zell-vote", "2025-10-31", "",
			"Zell Mining said on Friday that its shareholders had rejected the planned merger with Korvo, and that the merger agreement had been terminated."),
		"test.md": article("A reward for low-carbon miners", "https://example.com/reward", "2024-04-23", "",
			"The research group said it had already tested its proposed reward scheme for low-carbon miners with the miner Tallow Blockchain."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Zell shareholders vote down the Korvo merger?", VerdictYes, ""},
		{"Did the research group test its reward idea with Tallow Blockchain?", VerdictYes, ""},
	})
}

// A negation the question itself makes ("didn't cover it", "rather than the reserves")
// agrees with the source's, a few words on: "paid out of its own reserves, not out of
// the reserves that back its tokens".
func TestQuestionsOwnNegationAgrees(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"stake.md": article("Korvo backs a volcano miner", "https://example.com/korvo-stake", "2023-06-05", "",
			"Korvo's chief said the stake was paid for out of the company's own excess reserves, not out of the reserves that back its tokens."),
		"flood.md": article("Floods hit Zorbland miners", "https://example.com/zorb-flood", "2019-08-21", "Zorbland",
			"Insurance policies did not cover the flood damage to the Zorbland mining farms, and one miner alone lost more than 1 million yuan."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did Korvo say the stake was paid from its own excess reserves rather than the reserves backing its tokens?", VerdictYes, ""},
		{"Did Zorbland miners lose money because insurance didn't cover the flood damage?", VerdictYes, ""},
	})
}

// "When did Korvo publish its report?" is answered by the date the report came out,
// not by the date of what followed it; and by the sentence that dates the act asked.
func TestWhenPublishedAndTheActAsked(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"short.md": article("Zell rises as it answers Korvo's short report", "https://example.com/zell-short", "2021-01-22", "",
			"Zell Mining shares began rising late on Thursday 21 January 2021 and kept climbing on Friday after management answered a short report from Korvo Research.\n\n"+
				"Korvo published its report on 14 January."),
		"tesla.md": article("Tallow stops taking bitcoin for its cars", "https://example.com/tallow-cars", "2021-05-13", "",
			"Tallow Motors had started accepting bitcoin for its electric cars on 24 March 2021.\n\n"+
				"Tallow Motors suspended vehicle purchases using bitcoin on 12 May 2021, citing the fossil fuel used by miners."),
	})
	checkAnswers(t, e, []answerCase{
		{"What date did Korvo publish its Zell short report?", "", "14 January"},
		{"When did Tallow Motors suspend bitcoin purchases of its cars?", "", "12 May 2021"},
	})
}

// A negation of a mere coming-about ("did not take place") denies its subject; a list
// after a negation ("had not announced a product, a price or any customers") stays in
// its reach.
func TestDeniedEventAndList(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"fork.md": article("The Zorb2x fork is off", "https://example.com/zorb2x", "2017-11-09", "",
			"The Zorb2x hard fork did not take place."),
		"chip.md": article("Korvo shows a mining chip", "https://example.com/korvo-chip", "2022-01-20", "",
			"As of 18 January 2022 Korvo had not announced a product, a price or any customers for its Tallow chip."),
	})
	checkAnswers(t, e, []answerCase{
		{"Is the Zorb2x hard fork going ahead?", VerdictNo, ""},
		{"Had Korvo named any customers for its Tallow chip?", VerdictNo, ""},
	})
}

// A number that goes with a capitalised word the title or the question also writes
// with it ("Zell 8") names a company: it is no answer to "how big" or "how many".
func TestNameNumberIsNoFigure(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"plants.md": article("Zell 8 buys Ontario gas plants", "https://example.com/zell8", "2024-02-20", "Ontario",
			"The Korvo Falls plant is run by Far North Power, which Zell 8 owns jointly with a bank.\n\n"+
				"Zell 8 said the Korvo Falls plant has 120 megawatts of capacity."),
	})
	for _, q := range []string{"How big is the Korvo Falls plant?", "How many megawatts does Zell 8's Korvo Falls plant have?"} {
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Text, "120 megawatts") {
			t.Errorf("%s\ngot %s", q, a.Text)
		}
	}
}

// "……，但他目前不在董事会": in Chinese too, a "but" that goes on with a pronoun takes back
// what the clause before said of the same person.
func TestButHeIsNotZH(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"ceo-zh.md": article("Zell任命新首席执行官", "https://example.com/zell-ceo-zh", "2024-07-12\nlang: zh", "",
			"Zell 于 7 月 8 日任命 Ben Korvo 为新任首席执行官，但他目前不在董事会，因此不在罢免之列。"),
	})
	checkAnswers(t, e, []answerCase{
		{"Zell 7 月的公告有没有说 Ben Korvo 在董事会里？", VerdictNo, ""},
	})
}

// "曾……撤回，但此后持续增持": what a company once did gave way to what it still does, so
// "did it go on buying?" is yes.
func TestOnceThenStillZH(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"stake-zh.md": article("Korvo继续增持Zell", "https://example.com/korvo-zell-zh", "2024-07-12\nlang: zh", "",
			"Korvo 曾在 4 月提出收购 Zell，后撤回要约，但此后持续增持，目前持股约 14.9%。"),
	})
	checkAnswers(t, e, []answerCase{{"Korvo 撤回收购要约后有没有继续增持 Zell？", VerdictYes, ""}})
}

// A trade told from the other party's side is the same deal: "has Zell agreed to sell
// its plants?" — "Zell said that Korvo Power has agreed to buy the plants".
func TestTradeFromTheOtherSide(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"sale.md": article("Korvo Power to buy Zell's Ontario plants", "https://example.com/zell-sale", "2025-11-17", "Ontario",
			"Zell said on Monday that Korvo Power, a large listed power producer, has agreed to buy a portfolio of four natural gas power plants in Ontario."),
	})
	checkAnswers(t, e, []answerCase{{"Has Zell agreed to sell its Ontario gas power plants?", VerdictYes, ""}})
}

// A chief who "was leaving" or "stepped down" is not still running the company.
func TestLeavingEndsARole(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"ceo.md": article("Zell's chief to go", "https://example.com/zell-ceo", "2024-02-07", "",
			"Zell shares fell 8% on Wednesday after the bitcoin miner said chief executive Ann Korvo was leaving."),
	})
	checkAnswers(t, e, []answerCase{{"Is Ann Korvo still running Zell?", VerdictNo, ""}})
}

// "Was revenue higher than a year earlier?" — "down 58% from a year earlier": no.
func TestComparedTheOtherWay(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"q4.md": article("Zell's revenue falls", "https://example.com/zell-q4", "2023-03-19", "",
			"Zell Mining reported fourth-quarter 2022 revenue of $28.4 million, down 58% from a year earlier."),
	})
	checkAnswers(t, e, []answerCase{
		{"Was Zell's fourth-quarter 2022 revenue higher than a year earlier?", VerdictNo, ""},
		{"Was Zell's fourth-quarter 2022 revenue lower than a year earlier?", VerdictYes, ""},
	})
}

// "As of 25 May 2017 the group counted 58 companies": the month May is no modal, so
// the count stands as a fact.
func TestMonthMayIsNoPlan(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"pact.md": article("Zell agreement gathers backers", "https://example.com/zell-pact", "2017-05-26", "",
			"As of 25 May 2017 the group counted 58 companies in 22 countries behind the Zell Agreement."),
	})
	checkAnswers(t, e, []answerCase{{"Did 58 companies back the Zell Agreement?", VerdictYes, ""}})
}

// "Did it gain 133% in its first four months?" — "rose 15% in its first 48 hours and
// 133% in its first four months": the count in words after "first" is the one asked.
func TestFirstCountInWords(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"fund.md": article("Zell fund's strong start", "https://example.com/zell-fund", "2021-06-01", "",
			"The Zell fund started strongly: it rose 15% in its first 48 hours of trading and 133% in its first four months."),
	})
	checkAnswers(t, e, []answerCase{{"Did the Zell fund gain 133% in its first four months of trading?", VerdictYes, ""}})
}

// "Were any people injured?" — a close sentence of the same article, "no one was
// injured", denies it though the best one says nothing of injuries.
func TestNoOneInjuredNearby(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"fire.md": article("Fire takes Zell's Dresden plant offline", "https://example.com/zell-fire", "2025-11-28", "Dresden",
			"The Zell Dresden plant, hit by the fire, has about 106 MW of gas-fired capacity and houses most of Zell's own mining and its hosting business.\n\n"+
				"A switchgear fire on 23 November took the plant offline. The fire was contained and no one was injured."),
	})
	checkAnswers(t, e, []answerCase{{"Were any people injured in the Zell Dresden plant fire?", VerdictNo, ""}})
}

// "When did it finally take effect?" is answered by the date it did, not by the date
// it was first meant to.
func TestWhenFinally(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"p2x.md": article("How Zorb's P2X rule was switched on", "https://example.com/p2x", "2018-01-23", "",
			"The P2X rule change was first meant to take effect on 15 February 2012.\n\n"+
				"In the end P2X took hold at a hard-coded block time, which is 1 April 2012."),
	})
	checkAnswers(t, e, []answerCase{{"When did P2X finally take effect?", "", "1 April 2012"}})
}

// Of two dates in the answering sentence, the one that dates the act asked about is the
// answer: "under the court order of 4 January 2023, all rigs were powered down with
// effect from 3 January".
func TestDateThatDatesTheAct(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"order.md": article("Zell's rigs go dark at Korvo", "https://example.com/zell-rigs", "2023-01-04", "",
			"Under the court order of 4 January 2023, all Zell rigs at Korvo were powered down with effect from 3 January."),
	})
	checkAnswers(t, e, []answerCase{{"When were the Zell rigs at Korvo powered down?", "", "3 January 2023"}})
}

// "Did Korvo get its nominees onto the board?" — "appointed Ann Lee, one of Korvo's
// nominees": one of them, so partly.
func TestOneOfTheAsked(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"board.md": article("Zell settles with Korvo", "https://example.com/zell-board", "2024-09-23", "",
			"Zell has appointed Ann Lee, one of Korvo's nominees, as a director of its board."),
	})
	checkAnswers(t, e, []answerCase{{"Did Korvo get its nominees onto the Zell board?", VerdictPartly, ""}})
}

// "No flames reached the building, but the cooling fans drew smoke inside, causing some
// smoke damage": the "but" tells of another thing, so the flames' no stands.
func TestButOfAnotherThing(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"fire.md": article("Container fire at Zell's mill site", "https://example.com/zell-mill", "2021-03-28", "",
			"No flames from the Zell container fire reached the brick main mill building, but the cooling fans drew smoke inside, causing some smoke damage."),
		"cut.md": article("Korvo trims its fleet", "https://example.com/korvo-cut", "2022-07-01", "",
			"Korvo did not stop mining, but it shrank its fleet by a third."),
	})
	checkAnswers(t, e, []answerCase{
		{"Did flames from the Zell container fire reach the main mill building?", VerdictNo, ""},
		{"Did Korvo stop mining?", VerdictPartly, ""},
	})
}

// "a good business model" and "one of the worst business models" are opposites.
func TestGoodAndWorst(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"short.md": article("Korvo shorts Zell", "https://example.com/korvo-short", "2024-06-12", "",
			"Korvo called bitcoin mining one of the worst business models for a public company it had ever seen."),
	})
	checkAnswers(t, e, []answerCase{{"Did Korvo think bitcoin mining was a good business model?", VerdictNo, ""}})
}

// "Did Zell say how much Korvo is paying?" — "Financial terms were not disclosed": no.
func TestTermsNotDisclosed(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"sale.md": article("Korvo to buy Zell's plants", "https://example.com/zell-plants", "2025-11-17", "",
			"Zell said on Monday that Korvo Power has agreed to buy four gas power plants from it. The two sides signed a definitive share purchase agreement. Financial terms were not disclosed."),
	})
	checkAnswers(t, e, []answerCase{{"Did Zell say how much Korvo Power is paying for the plants?", VerdictNo, "not disclosed"}})
}

// "a fixed rate" and "variable", "secured" and "unsecured": opposite descriptions,
// which count after "a" as outcomes do not ("the approved plan").
func TestOppositeDescriptions(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"loan.md": article("Korvo takes a credit line from Zellbank", "https://example.com/korvo-credit", "2025-04-23", "",
			"Korvo has drawn a $100 million credit line from Zellbank, backed by its bitcoin. Interest is variable, set at the bank's base rate plus four percentage points."),
		"notes.md": article("Korvo sells convertible notes", "https://example.com/korvo-notes", "2025-10-16", "",
			"Korvo sold $500 million of convertible notes due 2031 on 16 October 2025. The convertible notes are unsecured and pay interest twice a year."),
	})
	checkAnswers(t, e, []answerCase{
		{"Does Korvo's Zellbank credit line carry a fixed interest rate?", VerdictNo, "variable"},
		{"Are Korvo's 2031 convertible notes secured?", VerdictNo, "unsecured"},
		{"Does Korvo's Zellbank credit line carry a variable interest rate?", VerdictYes, "variable"},
	})
}

// "What share ...?" is answered by a percentage or a fraction, in the sentence or the
// one after it; a count alone does not answer it.
func TestShareIsAPercentage(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"site.md": article("Korvo opens its Zell site", "https://example.com/korvo-zell", "2025-03-02", "",
			"Korvo said its Zell site now runs 120 machines on surplus hydropower from the river."),
		"fees.md": article("Zellnet sets its fees", "https://example.com/zellnet-fees", "2024-05-10", "",
			"Carriers can also buy capacity from Zellnet in ordinary money. In that case 40% of the amount is used to buy Zellnet tokens on the market and burn them."),
	})
	a, err := e.Answer(context.Background(), "What share of the river's hydropower does Korvo's Zell site use?")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Abstained {
		t.Errorf("a count answered a share: %s", a.Text)
	}
	checkAnswers(t, e, []answerCase{{"What share of the money carriers pay for capacity does Zellnet use to buy and burn tokens?", "", "40%"}})
}

// A zero amount of a thing denies it as "no" would ("a 0% fee"); "zero-knowledge" is
// a name, not an amount.
func TestZeroAmountDenies(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"pool.md": article("How Zellpool pays its miners", "https://example.com/zellpool", "2025-10-15", "",
			"Zellpool launched in 2021. The pool charges miners a 0% fee, and the minimum payout is about 0.0003 coins."),
		"proofs.md": article("Korvo checks shares with proofs", "https://example.com/korvo-proofs", "2025-06-01", "",
			"Korvo uses zero-knowledge proofs to verify the shares its miners submit."),
	})
	checkAnswers(t, e, []answerCase{
		{"Does Zellpool take a pool fee from miners?", VerdictNo, "0% fee"},
		{"Does Korvo use zero-knowledge proofs to verify shares?", VerdictYes, "zero-knowledge"},
	})
}

// "A mix of solar and geothermal power" is solar power in part; a credit line "paid
// down" is not paid off.
func TestMixesAndPayingDown(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"mine.md": article("Korvo opens its Zell mine", "https://example.com/korvo-zell-mine", "2024-05-15", "",
			"Korvo opened its Zell mine in May 2024. The Zell mine runs on a mix of solar power and geothermal energy from a nearby plant."),
		"loan.md": article("Korvo sells bitcoin to cut its debt", "https://example.com/korvo-debt", "2022-06-17", "",
			"Korvo sold 1,500 bitcoin and used the cash to pay down its credit line with Zellbank, which fell to $38 million."),
	})
	checkAnswers(t, e, []answerCase{
		{"Does Korvo's Zell mine run on solar power?", VerdictPartly, "mix of solar"},
		{"Did Korvo pay off its Zellbank credit line?", VerdictPartly, "pay down"},
	})
}
