package barebleve

import (
	"context"
	"testing"
)

func TestBuildAndSearch(t *testing.T) {
	texts := []string{
		"Sichuan ordered crypto miners to halt in June 2021.",
		"Texas miners added capacity during the winter.",
		"Hydropower in Sichuan is cheap during the rainy season.",
	}
	for _, path := range []string{"", t.TempDir() + "/idx"} {
		x, err := Build(path, texts)
		if err != nil {
			t.Fatal(err)
		}
		n, err := x.Search(context.Background(), "Did Sichuan halt mining?")
		if err != nil {
			t.Fatal(err)
		}
		if n != 2 {
			t.Errorf("path %q: %d hits, want 2", path, n)
		}
		if err := x.Close(); err != nil {
			t.Fatal(err)
		}
		if path == "" {
			continue
		}
		x, err = Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := x.Search(context.Background(), "Texas"); err != nil || n != 1 {
			t.Errorf("reopened: %d hits, %v", n, err)
		}
		x.Close()
	}
}
