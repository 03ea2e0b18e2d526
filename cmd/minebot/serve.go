package main

import "context"

// serve is being built in its own change; until then it says so.
func (m *Main) serve(ctx context.Context, args []string) error {
	return failf("serve: not available in this build yet")
}
