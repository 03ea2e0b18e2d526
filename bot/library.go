package bot

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"io/fs"
	"regexp"
	"strings"

	"github.com/minebot/minebot/content"
	"github.com/minebot/minebot/index"
)

//go:embed data/synonyms.txt
var synonymsFile []byte

// Synonyms parses the synonym groups the index is built with.
func Synonyms() [][]string { return parseSynonyms(synonymsFile) }

func parseSynonyms(data []byte) [][]string {
	var groups [][]string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var group []string
		for _, w := range strings.Split(line, ",") {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" && !strings.ContainsAny(w, " \t") {
				group = append(group, w)
			}
		}
		if len(group) > 1 {
			groups = append(groups, group)
		}
	}
	return groups
}

// Rebuild loads every article under fsys and rebuilds store from them. When any
// article is bad, nothing is rebuilt and the error is the content.Problems (test with
// errors.As): the serving index stays as it was.
//
// A content folder may extend the bot's vocabulary without a new build: synonyms.txt
// (groups, as in data/synonyms.txt) and places.tsv (rows, as in data/places.tsv) at
// its root are read at every reindex.
func Rebuild(ctx context.Context, store *index.Store, fsys fs.FS) (index.BuildStats, error) {
	arts, problems := content.Load(fsys)
	if problems != nil {
		return index.BuildStats{Articles: len(arts)}, problems
	}
	synonyms := Synonyms()
	if data, err := fs.ReadFile(fsys, "synonyms.txt"); err == nil {
		synonyms = append(synonyms, parseSynonyms(data)...)
	}
	places, _ := fs.ReadFile(fsys, "places.tsv")
	rows := string(places)
	if rows != "" && !strings.HasSuffix(rows, "\n") {
		rows += "\n"
	}
	return store.Rebuild(ctx, index.BuildInput{Articles: arts, Synonyms: synonyms, Places: rows + chineseAliases(arts)})
}

// zhGlossRE is a Chinese name followed by the English one in brackets: "小镇里延（Rijen）".
var zhGlossRE = regexp.MustCompile(`(\p{Han}{2,12})[（(]([A-Z][\p{L}.' -]*)[）)]`)

// chineseAliases writes gazetteer rows of type alias that teach the Chinese names a
// Chinese article gives its regions: "小镇里延（Rijen）" makes 里延 a name of Rijen. Where
// the name starts is not marked, so every ending of two to eight characters is taken;
// a question holds only the real one. The names it gives other things ("哈佛大学
// （Harvard University）") make rows of type gloss (see glossRow).
func chineseAliases(arts []content.Article) string {
	seen := map[string]bool{}
	var b strings.Builder
	for _, a := range arts {
		if a.Lang != "zh" {
			continue
		}
		regions := map[string]string{}
		for _, r := range a.Regions {
			regions[strings.ToLower(r)] = r
		}
		for _, p := range a.Paragraphs {
			for _, m := range zhGlossRE.FindAllStringSubmatch(p.Text, -1) {
				name, ok := regions[strings.ToLower(strings.TrimSpace(m[2]))]
				if !ok {
					if row := glossRow(m[1], strings.TrimSpace(m[2])); row != "" && !seen[row] {
						seen[row] = true
						b.WriteString(row + "\n")
					}
					continue
				}
				han := []rune(m[1])
				var aliases []string
				for k := len(han) - 2; k >= max(0, len(han)-8); k-- {
					aliases = append(aliases, string(han[k:]))
				}
				if row := name + "\t\talias\t" + strings.Join(aliases, "|"); !seen[row] {
					seen[row] = true
					b.WriteString(row + "\n")
				}
			}
		}
	}
	return b.String()
}

// glossRow is a gazetteer row of type gloss for a Chinese name of something other than
// a region and its English name. As for aliases the endings of the Chinese run are
// taken, but of three characters or more, unless the whole run is two ("微软
// （Microsoft）"): "大学" alone would name every university.
func glossRow(han, en string) string {
	rs := []rune(han)
	if len(en) < 2 || strings.ContainsAny(en, "\t|") {
		return ""
	}
	var endings []string
	for k := len(rs) - 3; k >= max(0, len(rs)-8); k-- {
		endings = append(endings, string(rs[k:]))
	}
	if len(rs) == 2 {
		endings = append(endings, han)
	}
	if len(endings) == 0 {
		return ""
	}
	return en + "\t\tgloss\t" + strings.Join(endings, "|")
}
