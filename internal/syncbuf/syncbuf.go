// Package syncbuf is a bytes.Buffer that several goroutines may write to: tests
// collect log output in one.
package syncbuf

import (
	"bytes"
	"sync"
)

// Buffer collects output from several goroutines.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *Buffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *Buffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
