package kg

import (
	"context"
	"time"
)

// Analytics run as a job (package analytics, `tuopin analyze`) over a
// compact projection of the entity graph and write their results into the
// store, as Neo4j Graph Data Science does in write mode; the API only reads
// the stored results. The names below are those of the stored properties
// and relationships (docs/analytics.md).

// Scores stored on every entity node by an analysis.
const (
	ScoreDegree      = "degree"
	ScorePageRank    = "pagerank"
	ScoreBetweenness = "betweenness"
	PropCommunity    = "community"
	PropComponent    = "component"
)

// Relationships written by an analysis.
const (
	RelSimilar    = "SIMILAR"   // (Region)-[:SIMILAR {score}]->(Region): top-k Jaccard per county
	RelCoOccurs   = "CO_OCCURS" // (Industry)-[:CO_OCCURS {count}]->(Industry): regions developing both
	LabelAnalysis = "Analysis"  // the meta node of the latest analysis
)

// ProjectedTypes are the relationship types of the analytics projection, in
// the order ProjectedNode.Types indexes them: facts and structure, not
// MENTIONS (as paths and neighbourhoods).
var ProjectedTypes = TraversedTypes()

// ProjectedKinds are the entity kinds of the projection, in the order
// ProjectedNode.Kind indexes them. Articles are not projected.
var ProjectedKinds = func() []string {
	var out []string
	for _, n := range Nodes {
		if n.Label != LabelArticle {
			out = append(out, n.Kinds...)
		}
	}
	return out
}()

// ProjectedNode is one entity of the projection: its store id (Neo4j's
// internal id), its kind, and its outgoing relationships as the store ids
// of their end nodes and their types (indexes into ProjectedTypes). No
// properties. The slices are reused by the next node: copy what you keep.
type ProjectedNode struct {
	ID    int64
	Kind  uint8
	To    []int64
	Types []uint8
}

// Projector streams the projection and stores analysis results.
type Projector interface {
	// Version is Reader.Version: the graph version an analysis stamps.
	Version(ctx context.Context) (string, error)
	// Project calls fn for every entity node, streaming from the store in
	// pages of about pageSize nodes; pages is called after each page.
	Project(ctx context.Context, pageSize int, fn func(n *ProjectedNode) error, page func(nodes int)) error
	// WriteAnalysis replaces the stored results of any earlier analysis
	// with r, in batches; progress is called with the rows written so far.
	WriteAnalysis(ctx context.Context, r *AnalysisResult, progress func(done, total int)) error
}

// AnalysisResult is what an analysis writes. Node slices are parallel to IDs.
type AnalysisResult struct {
	IDs         []int64 // store ids
	Degree      []int32
	PageRank    []float64
	Betweenness []float64
	Community   []int32 // 0 is the largest community
	Component   []int32 // 0 is the largest component
	Similar     []ScoredPair
	CoOccurs    []CountPair
	Meta        AnalysisMeta
}

// ScoredPair is a SIMILAR relationship between two store ids.
type ScoredPair struct {
	From, To int64
	Score    float64
}

// CountPair is a CO_OCCURS relationship between two store ids.
type CountPair struct {
	A, B  int64
	Count int32
}

// AnalysisMeta describes an analysis: stored on its meta node.
type AnalysisMeta struct {
	GraphVersion   string    `json:"graphVersion"`
	AnalyzedAt     time.Time `json:"analyzedAt"`
	Parameters     string    `json:"parameters"` // JSON: each algorithm's parameters
	Nodes          int       `json:"nodes"`
	Relationships  int       `json:"relationships"`
	Modularity     float64   `json:"modularity"`
	CommunitySizes []int     `json:"-"` // by community id (largest first)
	Components     int       `json:"components"`
}

// AnalysisState is what the API says of the stored analysis: which graph
// version it was computed for, when, and whether the graph has changed
// since (stale). GraphVersion is empty when no analysis was stored.
type AnalysisState struct {
	GraphVersion   string
	CurrentVersion string
	AnalyzedAt     time.Time
	Parameters     string
	Modularity     float64
	Stale          bool
}

// EntityScore is an entity with one of its stored scores.
type EntityScore struct {
	Entity Entity
	Score  float64
}

// CommunityInfo is one stored community: its id (0 the largest) and size.
type CommunityInfo struct {
	ID   int
	Size int
}

// Similarity is one stored SIMILAR relationship seen from a county, with
// the industries and programs the two share (most connected first).
type Similarity struct {
	County           *Region
	Score            float64
	SharedIndustries []*Industry
	SharedPrograms   []*Program
}

// IndustryPair is one stored CO_OCCURS relationship, A's name before B's,
// with the regions developing both when asked.
type IndustryPair struct {
	A, B    *Industry
	Count   int
	Regions []*Region
}

// StatisticPoint is one reported value of a metric in a region.
type StatisticPoint struct {
	Region *Region
	Stat   *Statistic
}

// Job states of an analysis run by the server.
const (
	JobRunning = "RUNNING"
	JobDone    = "DONE"
	JobFailed  = "FAILED"
)

// AnalysisJob is the status of an analysis job.
type AnalysisJob struct {
	ID         string
	State      string
	Stage      string  // projecting, degree, pagerank, ..., writing
	Progress   float64 // 0 to 1
	StartedAt  time.Time
	FinishedAt *time.Time
	Error      string
}
