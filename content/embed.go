package content

import (
	"embed"
	"io/fs"
)

//go:embed articles
var embedded embed.FS

// Embedded is the curated corpus built into the binary, rooted at content/articles.
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "articles")
	if err != nil {
		panic(err) // the folder is embedded at build time; it cannot be missing
	}
	return sub
}
