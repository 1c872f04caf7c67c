// Package loader turns articles into facts and facts into the graph:
// read.go is the one reader of inputs (bounded, in parallel, in input
// order) for load, extract and the bulk load; segment.go (the only gse
// importer) cuts the normalised text of loader/textnorm, whose Doc carries
// the kg.Article from bytes to facts; the extract*.go rules find regions,
// officials, programs, industries, partners, organizations and statistics
// with the sentence that states each (kg.Facts); ingest.go runs the load
// pipeline over a kg.Writer, facts.go loads facts extracted elsewhere and
// article.go one article given as text (the API's ingestArticle). See
// docs/EXTRACTION.md.
package loader
