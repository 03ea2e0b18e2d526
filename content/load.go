package content

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// Load reads and validates every article under fsys: files ending in .md, in any
// sub-folder, skipping hidden files and folders and symlinks. It returns the valid
// articles sorted by path, and every problem found (nil when there are none). Two
// articles with the same source are both reported.
func Load(fsys fs.FS) ([]Article, Problems) {
	var (
		arts     []Article
		problems Problems
	)
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			problems = append(problems, Problem{Path: path, Line: 1, Message: "cannot read: " + plainError(err)})
			return nil
		}
		if path != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || d.Type()&fs.ModeSymlink != 0 || !strings.HasSuffix(d.Name(), ".md") || !d.Type().IsRegular() {
			return nil
		}
		art, ps := loadFile(fsys, path, d)
		problems = append(problems, ps...)
		if len(ps) == 0 {
			arts = append(arts, art)
		}
		return nil
	})
	if err != nil {
		problems = append(problems, Problem{Path: ".", Line: 1, Message: "cannot read the content folder: " + plainError(err)})
	}
	arts, dups := dropDuplicateSources(arts)
	problems = append(problems, dups...)
	sort.Slice(problems, func(i, j int) bool {
		if problems[i].Path != problems[j].Path {
			return problems[i].Path < problems[j].Path
		}
		return problems[i].Line < problems[j].Line
	})
	if len(problems) == 0 {
		problems = nil
	}
	return arts, problems
}

func loadFile(fsys fs.FS, path string, d fs.DirEntry) (Article, Problems) {
	if info, err := d.Info(); err == nil && info.Size() > MaxFileSize {
		return Article{}, Problems{{Path: path, Line: 1, Message: fmt.Sprintf("file is %d bytes, larger than the 1 MiB limit: split it into several articles", info.Size())}}
	}
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		return Article{}, Problems{{Path: path, Line: 1, Message: "cannot read: " + plainError(err)}}
	}
	return Parse(path, data)
}

// dropDuplicateSources keeps no article whose source another article also has: the
// curator must decide which one is right.
func dropDuplicateSources(arts []Article) ([]Article, Problems) {
	bySource := map[string][]int{}
	for i, a := range arts {
		key := strings.TrimRight(strings.ToLower(a.Source), "/")
		bySource[key] = append(bySource[key], i)
	}
	var problems Problems
	var kept []Article
	for i, a := range arts {
		same := bySource[strings.TrimRight(strings.ToLower(a.Source), "/")]
		if len(same) == 1 {
			kept = append(kept, a)
			continue
		}
		var others []string
		for _, j := range same {
			if j != i {
				others = append(others, arts[j].Path)
			}
		}
		problems = append(problems, Problem{Path: a.Path, Line: a.sourceLine, Message: fmt.Sprintf("same source as %s: each source may be cited by one article only", strings.Join(others, ", "))})
	}
	return kept, problems
}

// plainError drops the Go-internal wrapping ("open x: ") a curator need not read.
func plainError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
