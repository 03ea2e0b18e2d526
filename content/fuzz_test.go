package content

import (
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	f.Add([]byte(goodFront + "Body.\n"))
	f.Add([]byte("---\ntitle: [a\n---\n"))
	f.Add([]byte("---\r\ntitle: x\r\nsource: https://e.com\r\npublished: 2021-01-01\r\n---\r\n# H\r\n\r\n- a\r\n"))
	f.Add([]byte("\xef\xbb\xbf---\n---\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		art, problems := Parse("f.md", data)
		for _, p := range problems {
			if p.Line < 1 || p.Message == "" || !strings.HasPrefix(p.String(), "f.md:") {
				t.Fatalf("bad problem %#v", p)
			}
		}
		if problems == nil && (art.Title == "" || art.Source == "" || art.Published.IsZero() || len(art.Paragraphs) == 0) {
			t.Fatalf("accepted an incomplete article: %#v", art)
		}
	})
}
