package content

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

var markdown = goldmark.New(goldmark.WithExtensions(extension.Strikethrough))

// Paragraphs turns a Markdown body into its text blocks, without markup: link text
// without its URL, emphasis without its stars, code as written, raw HTML dropped.
// firstLine is the file line where body starts, so blocks carry file line numbers.
func Paragraphs(body []byte, firstLine int) []Paragraph {
	doc := markdown.Parser().Parse(text.NewReader(body))
	var out []Paragraph
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Type() != ast.TypeBlock {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindParagraph, ast.KindTextBlock, ast.KindHeading:
		case ast.KindCodeBlock, ast.KindFencedCodeBlock:
			out = appendBlock(out, codeText(n, body), blockLine(n, body, firstLine), false)
			return ast.WalkSkipChildren, nil
		default:
			return ast.WalkContinue, nil
		}
		var b strings.Builder
		inlineText(&b, n, body)
		out = appendBlock(out, b.String(), blockLine(n, body, firstLine), n.Kind() == ast.KindHeading)
		return ast.WalkSkipChildren, nil
	})
	return out
}

func appendBlock(out []Paragraph, s string, line int, heading bool) []Paragraph {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return out
	}
	return append(out, Paragraph{Text: s, Line: line, Heading: heading})
}

func inlineText(b *strings.Builder, n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.URL(src))
		case *ast.RawHTML:
			// markup, not text
		default:
			inlineText(b, c, src)
		}
	}
}

func codeText(n ast.Node, src []byte) string {
	var b bytes.Buffer
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(src))
	}
	return b.String()
}

// blockLine finds the file line of a block from the offset of its first text.
func blockLine(n ast.Node, src []byte, firstLine int) int {
	offset := -1
	if lines := n.Lines(); lines != nil && lines.Len() > 0 {
		offset = lines.At(0).Start
	}
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering && offset < 0 {
			offset = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if offset < 0 {
		return firstLine
	}
	return firstLine + bytes.Count(src[:offset], []byte("\n"))
}
