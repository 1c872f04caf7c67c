package loader

import (
	"context"

	"github.com/tuopin/tuopin/kg"
)

// IngestArticle loads one article given as text (the API's ingestArticle):
// the title, if any, becomes the first line; the text is extracted as a file
// would be (named "ingest", within DefaultMaxBytes) and the facts written
// in one batch. It returns the article as stored. Errors: EINVALID for an
// empty, over-long or unreadable text; the writer's otherwise.
func IngestArticle(ctx context.Context, extract ExtractFunc, w kg.Writer, title, text string) (*kg.Article, error) {
	if len(text) == 0 {
		return nil, kg.Errorf(kg.EINVALID, "text: must not be empty")
	}
	raw := []byte(text)
	if title != "" {
		raw = []byte(title + "\n" + text)
	}
	if len(raw) > DefaultMaxBytes {
		return nil, kg.Errorf(kg.EINVALID, "text: %d bytes, over the %d-byte limit", len(raw), DefaultMaxBytes)
	}
	facts, err := extract("ingest", raw)
	if err != nil {
		return nil, kg.Errorf(kg.EINVALID, "text: %v", err)
	}
	// Each text gets a file name of its own: the writer replaces a stored
	// article whose file an incoming one shares (an edited file's new
	// version), so the one name extraction was given, "ingest", would make
	// every ingested article withdraw the one before it.
	facts.Article.File = "ingest:" + facts.Article.ID
	facts.Article.Path = facts.Article.File
	if _, err := w.WriteFacts(ctx, []*kg.Facts{facts}); err != nil {
		return nil, err
	}
	return &facts.Article, nil
}
