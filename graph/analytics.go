package graph

import (
	"context"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/tuopin/tuopin/graph/model"
	"github.com/tuopin/tuopin/kg"
)

// Analytics are computed by a job (package analytics) that writes its
// results into the store; these resolvers only read them, each with one
// indexed statement. The server holds no copy of the graph.

// Analyzer starts analyses for the analyzeGraph mutation.
type Analyzer interface {
	// Start starts an analysis unless one is running and returns its job.
	Start(ctx context.Context) (kg.AnalysisJob, error)
	// Latest returns the latest job, nil when none was started.
	Latest() *kg.AnalysisJob
}

var scoreOf = map[model.Centrality]string{
	model.CentralityDegree:      kg.ScoreDegree,
	model.CentralityPagerank:    kg.ScorePageRank,
	model.CentralityBetweenness: kg.ScoreBetweenness,
}

func (r *Resolver) analysis(ctx context.Context) (*model.Analysis, error) {
	st, err := r.cfg.Reader.Analysis(ctx)
	if err != nil {
		return nil, err
	}
	a := &model.Analysis{CurrentVersion: st.CurrentVersion, Stale: st.Stale}
	if st.GraphVersion != "" {
		at := st.AnalyzedAt.Format(time.RFC3339)
		a.GraphVersion, a.AnalyzedAt, a.Modularity, a.Parameters = &st.GraphVersion, &at, &st.Modularity, &st.Parameters
	}
	if r.cfg.Analyzer != nil {
		a.Job = jobModel(r.cfg.Analyzer.Latest())
	}
	return a, nil
}

func jobModel(j *kg.AnalysisJob) *model.AnalysisJob {
	if j == nil {
		return nil
	}
	m := &model.AnalysisJob{ID: j.ID, State: model.AnalysisJobState(j.State), Stage: j.Stage, Progress: j.Progress,
		StartedAt: j.StartedAt.Format(time.RFC3339)}
	if j.FinishedAt != nil {
		f := j.FinishedAt.Format(time.RFC3339)
		m.FinishedAt = &f
	}
	if j.Error != "" {
		// Internal details stay in the log.
		msg := "the analysis failed; see the server log"
		m.Error = &msg
	}
	return m
}

func (r *Resolver) analyzeGraph(ctx context.Context) (*model.AnalysisJob, error) {
	if r.cfg.APIKey == "" || r.cfg.Analyzer == nil {
		return nil, kg.Errorf(kg.EUNAUTHORIZED, "mutations are disabled on this server (no API key configured)")
	}
	if !authenticated(ctx) {
		return nil, kg.Errorf(kg.EUNAUTHORIZED, "analyzeGraph needs the header Authorization: Bearer <api key>")
	}
	j, err := r.cfg.Analyzer.Start(ctx)
	if err != nil {
		return nil, err
	}
	return jobModel(&j), nil
}

func (r *Resolver) topEntities(ctx context.Context, kind *string, by *model.Centrality, first *int) ([]*model.EntityScore, error) {
	n, err := clamp("first", first, 10, 1, maxFirst)
	if err != nil {
		return nil, err
	}
	score := kg.ScoreDegree
	if by != nil {
		score = scoreOf[*by]
	}
	es, err := r.cfg.Reader.TopEntities(ctx, str(kind), score, n)
	return pointers(es, err, func(e *kg.EntityScore) *model.EntityScore {
		return &model.EntityScore{Entity: e.Entity, Score: e.Score}
	})
}

func (r *Resolver) similarCounties(ctx context.Context, name string, first *int) ([]*model.CountySimilarity, error) {
	n, err := clamp("first", first, 5, 1, maxFirst)
	if err != nil {
		return nil, err
	}
	county, err := r.regionByName(ctx, name, kg.LevelCounty)
	if err != nil {
		return nil, err
	}
	shared := selects(ctx, "sharedIndustries") || selects(ctx, "sharedPrograms")
	ss, err := r.cfg.Reader.SimilarCounties(ctx, county.Code, n, shared)
	return pointers(ss, err, func(s *kg.Similarity) *model.CountySimilarity {
		return &model.CountySimilarity{County: s.County, Score: s.Score, SharedIndustries: s.SharedIndustries, SharedPrograms: s.SharedPrograms}
	})
}

func (r *Resolver) communities(ctx context.Context, first *int) ([]*model.Community, error) {
	n, err := clamp("first", first, 10, 1, maxFirst)
	if err != nil {
		return nil, err
	}
	cs, err := r.cfg.Reader.Communities(ctx, n)
	if err != nil {
		return nil, err
	}
	res := make([]*model.Community, len(cs))
	ids := make([]int, len(cs))
	for i, c := range cs {
		res[i] = &model.Community{ID: c.ID, Size: c.Size}
		ids[i] = c.ID
	}
	// The members of every community in one statement, when the selection
	// asks for them with one page size.
	if m, ok := membersFirst(ctx); ok && m > 0 && len(ids) > 0 {
		ms, err := r.cfg.Reader.CommunityMembers(ctx, ids, m)
		if err != nil {
			return nil, err
		}
		for i := range res {
			res[i].Members, res[i].Prefetched, res[i].PrefetchedFirst = ms[i], true, m
		}
	}
	return res, nil
}

// membersFirst returns the page size of the members field selected below
// communities, when there is exactly one.
func membersFirst(ctx context.Context) (int, bool) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return 0, false
	}
	oc := graphql.GetOperationContext(ctx)
	first, found := 0, 0
	for _, f := range graphql.CollectFields(oc, fc.Field.Selections, nil) {
		if f.Name != "members" {
			continue
		}
		found++
		first = 20
		switch v := f.ArgumentMap(oc.Variables)["first"].(type) {
		case int64:
			first = int(v)
		case int:
			first = v
		}
	}
	if found != 1 || first < 0 || first > maxFirst {
		return 0, false
	}
	return first, true
}

func (r *Resolver) communityMembers(ctx context.Context, c *model.Community, first *int) ([]kg.Entity, error) {
	n, err := clamp("first", first, 20, 0, maxFirst)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return []kg.Entity{}, nil
	}
	if c.Prefetched && c.PrefetchedFirst == n {
		return c.Members, nil
	}
	ms, err := r.cfg.Reader.CommunityMembers(ctx, []int{c.ID}, n)
	if err != nil {
		return nil, err
	}
	return ms[0], nil
}

func (r *Resolver) industryCooccurrence(ctx context.Context, industry *string, first *int) ([]*model.IndustryPair, error) {
	n, err := clamp("first", first, 20, 1, maxFirst)
	if err != nil {
		return nil, err
	}
	ind := ""
	if industry != nil {
		if ind = r.normalize(*industry); ind == "" {
			return nil, kg.Errorf(kg.EINVALID, "industry must not be empty")
		}
	}
	ps, err := r.cfg.Reader.IndustryPairs(ctx, ind, n, selects(ctx, "regions"))
	return pointers(ps, err, func(p *kg.IndustryPair) *model.IndustryPair {
		return &model.IndustryPair{A: p.A, B: p.B, Count: p.Count, Regions: p.Regions}
	})
}

func (r *Resolver) statisticComparison(ctx context.Context, metric string, regions, years []string, first *int) ([]*model.StatisticPoint, error) {
	n, err := clamp("first", first, 100, 1, 10*maxFirst)
	if err != nil {
		return nil, err
	}
	metric = r.normalize(metric)
	if metric == "" {
		return nil, kg.Errorf(kg.EINVALID, "metric must not be empty")
	}
	if len(regions) > maxFirst || len(years) > maxFirst {
		return nil, kg.Errorf(kg.EINVALID, "at most %d regions and years", maxFirst)
	}
	rs := make([]string, len(regions))
	for i, x := range regions {
		rs[i] = r.normalize(x)
	}
	ys := make([]string, len(years))
	for i, y := range years {
		ys[i] = strings.TrimSpace(y)
	}
	pts, err := r.cfg.Reader.StatisticPoints(ctx, metric, rs, ys, n)
	return pointers(pts, err, func(p *kg.StatisticPoint) *model.StatisticPoint {
		st := p.Stat
		sp := &model.StatisticPoint{Region: p.Region, Metric: st.Metric, Year: st.Year, Value: st.Value}
		if _, ok := kg.ParseNumber(st.Value); ok {
			num := st.Number
			sp.Number = &num
		}
		return sp
	})
}

func (r *Resolver) metrics(ctx context.Context) ([]string, error) {
	return r.cfg.Reader.StatisticMetrics(ctx)
}

// firstOf is the first `first` items of a list the store read whole and
// small (a county similarity's shared industries): 20 when first is nil,
// 1 to 1000, as relationship lists take.
func firstOf[T any](items []T, first *int) ([]T, error) {
	n, err := clamp("first", first, relFirstDefault, 1, relFirstMax)
	if err != nil {
		return nil, err
	}
	return items[:min(n, len(items))], nil
}
