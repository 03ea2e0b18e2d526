package gen

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/minebot/minebot/content"
)

// A generated article written as Markdown parses back to itself, so benchmarks that
// index Article values and tests that write folders see the same articles.
func TestMarkdownRoundTrip(t *testing.T) {
	arts := Articles(50, 7)
	for _, a := range arts {
		got, problems := content.Parse(a.Path, Markdown(a))
		if problems != nil {
			t.Fatalf("%s:\n%v\n%s", a.Path, problems, Markdown(a))
		}
		if diff := cmp.Diff(a, got, cmpopts.IgnoreUnexported(content.Article{})); diff != "" {
			t.Fatalf("%s (-generated +parsed):\n%s", a.Path, diff)
		}
	}
}

func TestArticlesDeterministic(t *testing.T) {
	a, b := Articles(20, 1), Articles(20, 1)
	if diff := cmp.Diff(a, b, cmpopts.IgnoreUnexported(content.Article{})); diff != "" {
		t.Fatalf("same seed, different articles:\n%s", diff)
	}
	if c := Articles(20, 2); cmp.Equal(a, c, cmpopts.IgnoreUnexported(content.Article{})) {
		t.Fatal("different seeds, same articles")
	}
	seen := map[string]bool{}
	for _, x := range Articles(2000, 3) {
		body := 0
		for _, p := range x.Paragraphs {
			body += len(p.Text)
			if n := len(content.Sentences(p.Text)); !p.Heading && (n < 2 || n > 4) {
				t.Errorf("%s: paragraph of %d sentences: %s", x.Path, n, p.Text)
			}
		}
		if body < BodySize-200 || body > BodySize+1200 {
			t.Errorf("%s: body of %d bytes", x.Path, body)
		}
		if seen[x.Source] {
			t.Errorf("%s: source %s twice", x.Path, x.Source)
		}
		seen[x.Source] = true
	}
}
