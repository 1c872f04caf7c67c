// Package loader turns articles into facts and facts into the graph:
// segment.go (the only gse importer) cuts the normalised text of
// loader/textnorm, the extract*.go rules find regions, officials, programs,
// industries, partners, organizations and statistics with the sentence that
// states each (kg.Facts), and ingest.go runs the load pipeline over a
// kg.Writer. See docs/EXTRACTION.md.
package loader
