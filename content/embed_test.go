package content

import "testing"

// The shipped corpus must load cleanly: no invalid article, no duplicate source.
func TestEmbeddedCorpus(t *testing.T) {
	arts, problems := Load(Embedded())
	if problems != nil {
		t.Fatalf("the embedded corpus has problems:\n%v", problems)
	}
	if len(arts) == 0 {
		t.Fatal("the embedded corpus is empty")
	}
	zh := 0
	for _, a := range arts {
		if a.Lang == "zh" {
			zh++
		}
		if len(a.Regions) == 0 {
			t.Errorf("%s: no regions", a.Path)
		}
	}
	t.Logf("%d articles, %d in Chinese", len(arts), zh)
}
