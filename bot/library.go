package bot

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"io/fs"
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
	return store.Rebuild(ctx, index.BuildInput{Articles: arts, Synonyms: synonyms, Places: string(places)})
}
