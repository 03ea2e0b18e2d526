package content

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
)

const goodFront = "---\ntitle: Sichuan orders miners to shut\nsource: https://example.com/a\npublished: 2021-06-18\n---\n"

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []string // "LINE: substring of the message"
	}{
		{"no front matter", "# Title\n\nBody.\n", []string{"1: no front matter"}},
		{"empty file", "", []string{"1: no front matter"}},
		{"never closed", "---\ntitle: x\nsource: https://e.com\n\nBody.\n", []string{"1: front matter never closed"}},
		{"invalid yaml", "---\ntitle: x\nsource: [https://e.com\npublished: 2021-01-01\n---\nBody.\n", []string{"2: invalid YAML"}},
		{"duplicate key", "---\ntitle: x\ntitle: y\nsource: https://e.com\npublished: 2021-01-01\n---\nBody.\n", []string{`3: key "title" appears twice`}},
		{"not a mapping", "---\n- a\n- b\n---\nBody.\n", []string{"2: the front matter must be 'key: value' lines"}},
		{"missing keys", "---\ntitle: x\n---\nBody.\n", []string{`2: missing required key "source"`, `2: missing required key "published"`}},
		{"empty title", "---\ntitle: \"\"\nsource: https://e.com\npublished: 2021-01-01\n---\nBody.\n", []string{"2: title is empty"}},
		{"title is a list", "---\ntitle: [a, b]\nsource: https://e.com\npublished: 2021-01-01\n---\nBody.\n", []string{"2: title must be a single line"}},
		{"relative source", "---\ntitle: x\nsource: /news/1\npublished: 2021-01-01\n---\nBody.\n", []string{"3: source must be an absolute http(s) URL"}},
		{"ftp source", "---\ntitle: x\nsource: ftp://e.com/a\npublished: 2021-01-01\n---\nBody.\n", []string{"3: source must be an absolute http(s) URL"}},
		{"published yesterday", "---\ntitle: x\nsource: https://e.com\npublished: yesterday\n---\nBody.\n", []string{"4: published must be a date written YYYY-MM-DD"}},
		{"published not real", "---\ntitle: x\nsource: https://e.com\npublished: 2021-02-30\n---\nBody.\n", []string{"4: published \"2021-02-30\" is not a real date"}},
		{"published with time", "---\ntitle: x\nsource: https://e.com\npublished: 2021-02-03T10:00:00Z\n---\nBody.\n", []string{"4: published must be a date"}},
		{"regions not a list", goodFront[:len(goodFront)-4] + "regions: Sichuan\n---\nBody.\n", []string{"5: regions must be a list"}},
		{"bad lang", goodFront[:len(goodFront)-4] + "lang: fr\n---\nBody.\n", []string{"5: lang must be en or zh"}},
		{"empty body", goodFront + "\n\n", []string{"6: the article has no body text"}},
		{"only html body", goodFront + "<div></div>\n", []string{"6: the article has no body text"}},
		{"not utf-8", goodFront + "Body.\nbad \xff byte\n", []string{"7: file is not valid UTF-8"}},
		{"too large", goodFront + strings.Repeat("word ", MaxFileSize/5+1), []string{"1: file is"}},
		{"several at once", "---\ntitle: \"\"\nsource: nope\npublished: 2021-13-01\n---\n", []string{"2: title is empty", "3: source must be", "4: published", "6: the article has no body"}},
		{"good", goodFront + "Body.\n", nil},
		{"good with crlf and bom", "\xef\xbb\xbf" + strings.ReplaceAll(goodFront, "\n", "\r\n") + "Body.\r\n", nil},
		{"unknown keys ignored", goodFront[:len(goodFront)-4] + "notes: {who: me}\n---\nBody.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems := Parse("a.md", []byte(tt.file))
			if len(problems) != len(tt.want) {
				t.Fatalf("got %d problems, want %d:\n%v", len(problems), len(tt.want), problems)
			}
			for i, p := range problems {
				line, msg, _ := strings.Cut(tt.want[i], ": ")
				if got := p.String(); !strings.HasPrefix(got, "a.md:"+line+": ") || !strings.Contains(got, msg) {
					t.Errorf("problem %d = %q, want line %s and %q", i, got, line, msg)
				}
			}
		})
	}
}

func TestParseArticle(t *testing.T) {
	file := `---
title: Sichuan orders miners to shut
source: https://example.com/a
published: 2021-06-18
publisher: Example News
regions: [Sichuan, China]
tags: [china, ban]
lang: en
summary: A summary.
---
# Heading

First paragraph with a [link](https://x.com) and *emphasis*
on two lines.

- item one
- item **two**

<span>raw</span> text after html
`
	art, problems := Parse("china/a.md", []byte(file))
	if problems != nil {
		t.Fatal(problems)
	}
	want := Article{
		Path: "china/a.md", Title: "Sichuan orders miners to shut", Source: "https://example.com/a",
		Publisher: "Example News", Published: time.Date(2021, 6, 18, 0, 0, 0, 0, time.UTC),
		Regions: []string{"Sichuan", "China"}, Tags: []string{"china", "ban"}, Lang: "en", Summary: "A summary.",
		Paragraphs: []Paragraph{
			{Text: "Heading", Line: 11, Heading: true},
			{Text: "First paragraph with a link and emphasis on two lines.", Line: 13},
			{Text: "item one", Line: 16},
			{Text: "item two", Line: 17},
			{Text: "raw text after html", Line: 19},
		},
		sourceLine: 3,
	}
	if diff := cmp.Diff(want, art, cmp.AllowUnexported(Article{})); diff != "" {
		t.Error(diff)
	}
}

func TestLoad(t *testing.T) {
	good := func(src string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: t\nsource: " + src + "\npublished: 2021-01-01\n---\nBody.\n")}
	}
	fsys := fstest.MapFS{
		"a.md":               good("https://e.com/1"),
		"sub/b.md":           good("https://e.com/2"),
		"sub/deeper/c.md":    good("https://e.com/3"),
		"dup1.md":            good("https://e.com/dup"),
		"x/dup2.md":          good("https://E.com/dup/"),
		".hidden.md":         {Data: []byte("garbage")},
		".git/d.md":          {Data: []byte("garbage")},
		"notes.txt":          {Data: []byte("not an article")},
		"broken.md":          {Data: []byte("no front matter")},
		"sub/also-broken.md": {Data: []byte("---\ntitle: t\n")},
	}
	arts, problems := Load(fsys)
	var paths []string
	for _, a := range arts {
		paths = append(paths, a.Path)
	}
	if diff := cmp.Diff([]string{"a.md", "sub/b.md", "sub/deeper/c.md"}, paths); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	want := []string{
		"broken.md:1: no front matter",
		"dup1.md:3: same source as x/dup2.md",
		"sub/also-broken.md:1: front matter never closed",
		"x/dup2.md:3: same source as dup1.md",
	}
	if len(problems) != len(want) {
		t.Fatalf("problems:\n%v", problems)
	}
	for i, p := range problems {
		if !strings.HasPrefix(p.String(), want[i]) {
			t.Errorf("problem %d = %q, want %q...", i, p, want[i])
		}
	}
}
