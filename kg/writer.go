package kg

import "context"

// WriteSummary counts what a write changed in the store.
type WriteSummary struct {
	Articles             int `json:"articles"`
	Unchanged            int `json:"unchanged"` // articles already stored with the same content
	Replaced             int `json:"replaced"`  // articles whose file was stored with older content
	NodesCreated         int `json:"nodesCreated"`
	NodesDeleted         int `json:"nodesDeleted"`
	RelationshipsCreated int `json:"relationshipsCreated"`
	RelationshipsDeleted int `json:"relationshipsDeleted"`
	PropertiesSet        int `json:"propertiesSet"`
}

// Add accumulates o into s.
func (s *WriteSummary) Add(o WriteSummary) {
	s.Articles += o.Articles
	s.Unchanged += o.Unchanged
	s.Replaced += o.Replaced
	s.NodesCreated += o.NodesCreated
	s.NodesDeleted += o.NodesDeleted
	s.RelationshipsCreated += o.RelationshipsCreated
	s.RelationshipsDeleted += o.RelationshipsDeleted
	s.PropertiesSet += o.PropertiesSet
}

// Writer persists extracted facts.
type Writer interface {
	// WriteFacts merges the facts of each article into the store. Writing the
	// same article twice changes nothing. When an article's file was stored
	// with other content, the old article's facts are withdrawn first.
	// Returns EUNAVAILABLE when the store cannot be reached.
	WriteFacts(ctx context.Context, batch []*Facts) (WriteSummary, error)

	// Reset deletes every node and relationship.
	Reset(ctx context.Context) error
}
