// Package gen makes deterministic synthetic mining-news articles for benchmarks, fuzz
// targets and end-to-end tests: plausible sentences about bans, moves, power prices and
// hashrate, built from word lists, places, dates and numbers with a seeded generator.
// Only test code imports it.
package gen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/minebot/minebot/content"
)

// BodySize is the length in bytes a generated body reaches before it ends.
const BodySize = 2048

// bodyLine is the file line where the body starts in Markdown: the front matter has
// six keys between its two fences.
const bodyLine = 9

var (
	places = []string{
		"Sichuan", "Xinjiang", "Inner Mongolia", "Yunnan", "Qinghai", "Gansu", "Anhui", "Hebei",
		"Texas", "New York", "Kentucky", "Georgia", "Washington", "Wyoming", "Ohio", "Pennsylvania",
		"Quebec", "Manitoba", "Alberta", "Kazakhstan", "Iran", "Russia", "Irkutsk", "Norway",
		"Sweden", "Iceland", "Paraguay", "Ethiopia", "Kosovo", "Abkhazia", "Malaysia", "Laos",
		"Bhutan", "Argentina", "Venezuela", "Kuwait", "Oman", "Tajikistan", "Kyrgyzstan", "Uzbekistan",
	}
	companies = []string{
		"Northridge Hash", "Bluepeak Mining", "Coldwater Digital", "Ironvale Compute", "Stonebrook Data",
		"Redfield Hashworks", "Lakeshore Bitfarms", "Granite Arc Mining", "Silver Ember Digital", "Harbor Pine Hash",
		"Eastwind Compute", "Tallgrass Mining", "Copperline Digital", "Foxglen Hash", "Brightwater Mining",
	}
	publishers = []string{
		"Mining Ledger", "Hashrate Weekly", "The Block Report", "Energy Desk", "Chain Wire", "Grid Journal",
	}
	agencies = []string{
		"development and reform commission", "energy regulator", "public utility commission",
		"ministry of energy", "grid operator", "provincial government", "city council", "tax authority",
	}
	reasons = []string{
		"power shortages", "the strain on the grid", "carbon targets", "illegal electricity use",
		"noise complaints", "financial risk", "a drought that cut hydropower", "winter heating demand",
	}
	actions = []string{
		"shut down all crypto mining projects", "stop issuing new mining permits",
		"cut power to mining farms", "raise electricity tariffs for miners",
		"inspect every data centre", "register all mining operations", "allow mining with licences",
	}
	offences = []string{
		"illegal electricity use", "unpaid power bills", "running without a permit",
		"evading taxes", "breaking noise limits", "tapping a state grid line",
	}
	tags = []string{"ban", "power", "hashrate", "relocation", "tax", "regulation", "hydropower", "permits"}
)

// Articles returns n articles made from seed; the same n and seed give the same
// articles. Paths are unique (gen/YYYY/a-NNNNNN.md), so are sources.
func Articles(n int, seed uint64) []content.Article {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	arts := make([]content.Article, n)
	for i := range arts {
		arts[i] = article(r, i)
	}
	return arts
}

func article(r *rand.Rand, i int) content.Article {
	place := pick(r, places)
	published := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(8*365))
	a := content.Article{
		Path:      fmt.Sprintf("gen/%d/a-%06d.md", published.Year(), i),
		Title:     title(r, place),
		Source:    fmt.Sprintf("https://news.example.org/mining/%d/%06d", published.Year(), i),
		Publisher: pick(r, publishers),
		Published: published,
		Regions:   []string{place},
		Tags:      []string{pick(r, tags), pick(r, tags)},
		Lang:      "en",
	}
	if a.Tags[0] == a.Tags[1] {
		a.Tags = a.Tags[:1]
	}
	size, line := 0, bodyLine
	for size < BodySize {
		if size > 0 && r.IntN(5) == 0 {
			h := fmt.Sprintf("What %s means for miners", place)
			a.Paragraphs = append(a.Paragraphs, content.Paragraph{Text: h, Line: line, Heading: true})
			line += 2
		}
		p := paragraph(r, place, published)
		a.Paragraphs = append(a.Paragraphs, content.Paragraph{Text: p, Line: line})
		size += len(p) + 2
		line += 2
	}
	return a
}

func title(r *rand.Rand, place string) string {
	switch r.IntN(4) {
	case 0:
		return fmt.Sprintf("%s orders crypto miners to halt", place)
	case 1:
		return fmt.Sprintf("%s moves %d mining machines out of %s", pick(r, companies), 1000+r.IntN(90000), place)
	case 2:
		return fmt.Sprintf("Power prices for miners in %s rise by %d percent", place, 5+r.IntN(60))
	default:
		return fmt.Sprintf("%s considers a moratorium on new mining permits", place)
	}
}

// paragraph is two to four sentences, so that each paragraph is one passage.
func paragraph(r *rand.Rand, place string, published time.Time) string {
	n := 2 + r.IntN(3)
	s := make([]string, n)
	for i := range s {
		s[i] = sentence(r, place, published)
	}
	return strings.Join(s, " ")
}

func sentence(r *rand.Rand, place string, published time.Time) string {
	other := pick(r, places)
	date := published.AddDate(0, 0, -r.IntN(60)).Format("2 January 2006")
	company := pick(r, companies)
	switch r.IntN(10) {
	case 0:
		return fmt.Sprintf("On %s the %s of %s ordered %d crypto mining farms to halt, citing %s.", date, pick(r, agencies), place, 2+r.IntN(300), pick(r, reasons))
	case 1:
		return fmt.Sprintf("%s said it had moved %d machines from %s to %s over the past %d weeks.", company, 500+r.IntN(50000), place, other, 2+r.IntN(20))
	case 2:
		return fmt.Sprintf("Electricity for miners in %s cost %d.%d cents per kilowatt-hour in %s.", place, 2+r.IntN(12), r.IntN(10), published.Format("January 2006"))
	case 3:
		return fmt.Sprintf("The %s in %s said it would %s by %s.", pick(r, agencies), place, pick(r, actions), published.AddDate(0, 1+r.IntN(10), 0).Format("2 January 2006"))
	case 4:
		return fmt.Sprintf("%s reported a hashrate of %d.%d exahashes per second after adding %d ASIC miners.", company, 1+r.IntN(40), r.IntN(10), 1000+r.IntN(20000))
	case 5:
		return fmt.Sprintf("Local officials estimated that mining farms in %s drew %d megawatts, about %d percent of the region's supply.", place, 20+r.IntN(2000), 1+r.IntN(15))
	case 6:
		return fmt.Sprintf("A moratorium on new mining permits in %s will last until %s, according to %s.", place, published.AddDate(1+r.IntN(3), 0, 0).Format("January 2006"), pick(r, publishers))
	case 7:
		return fmt.Sprintf("Regulators fined %s %s yuan for %s at its site in %s.", company, strconv.Itoa(10000*(1+r.IntN(500))), pick(r, offences), place)
	case 8:
		return fmt.Sprintf("Miners in %s rely on cheap hydropower during the rainy season and move to %s when it ends.", place, other)
	default:
		return fmt.Sprintf("Analysts expect the network difficulty to %s by %d percent after the changes in %s.", pick(r, []string{"rise", "fall"}), 1+r.IntN(30), place)
	}
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// Markdown writes a as an article file of the content contract; parsing it gives a
// back (paragraph lines included).
func Markdown(a content.Article) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %q\nsource: %s\npublisher: %q\npublished: %s\n", a.Title, a.Source, a.Publisher, a.PublishedDate())
	fmt.Fprintf(&b, "regions: [%s]\ntags: [%s]\n---\n", strings.Join(a.Regions, ", "), strings.Join(a.Tags, ", "))
	for i, p := range a.Paragraphs {
		if i > 0 {
			b.WriteString("\n")
		}
		if p.Heading {
			b.WriteString("## ")
		}
		b.WriteString(p.Text + "\n")
	}
	return []byte(b.String())
}

// WriteFolder writes arts as Markdown files under dir, at their paths.
func WriteFolder(dir string, arts []content.Article) error {
	for _, a := range arts {
		path := filepath.Join(dir, filepath.FromSlash(a.Path))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, Markdown(a), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Texts returns every passage-sized text of arts (the paragraphs, each heading joined
// to the paragraph under it, as the index cuts them), for a bare bleve baseline that
// indexes the same texts.
func Texts(arts []content.Article) []string {
	var out []string
	for _, a := range arts {
		heading := ""
		for _, p := range a.Paragraphs {
			if p.Heading {
				heading = p.Text
				continue
			}
			text := p.Text
			if heading != "" {
				text = heading + ". " + text
			}
			out = append(out, text)
			heading = ""
		}
	}
	return out
}
