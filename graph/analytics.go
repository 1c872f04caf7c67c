package graph

import (
	"context"
	"sync"

	kg "github.com/tuopin/tuopin"
	"github.com/tuopin/tuopin/graph/model"
)

// analyticsCache holds analytics computed over a snapshot of the graph,
// keyed by the graph's version, so a load (by this server or by `tuopin
// load`) invalidates it.
type analyticsCache struct {
	r  kg.Reader
	mu sync.Mutex
}

func newAnalyticsCache(r kg.Reader) *analyticsCache { return &analyticsCache{r: r} }

// Invalidate drops cached analytics; the next request recomputes them.
func (c *analyticsCache) Invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
}

func (r *Resolver) topEntities(ctx context.Context, kind *string, by *model.Centrality, first *int) ([]*model.EntityScore, error) {
	return nil, kg.Errorf(kg.ENOTIMPLEMENTED, "topEntities is not implemented yet")
}

func (r *Resolver) similarCounties(ctx context.Context, name string, first *int) ([]*model.CountySimilarity, error) {
	return nil, kg.Errorf(kg.ENOTIMPLEMENTED, "similarCounties is not implemented yet")
}

func (r *Resolver) communities(ctx context.Context, first *int) ([]*model.Community, error) {
	return nil, kg.Errorf(kg.ENOTIMPLEMENTED, "communities is not implemented yet")
}

func (r *Resolver) industryCooccurrence(ctx context.Context, industry *string, first *int) ([]*model.IndustryPair, error) {
	return nil, kg.Errorf(kg.ENOTIMPLEMENTED, "industryCooccurrence is not implemented yet")
}

func (r *Resolver) statisticComparison(ctx context.Context, metric string, regions, years []string) ([]*model.StatisticPoint, error) {
	return nil, kg.Errorf(kg.ENOTIMPLEMENTED, "statisticComparison is not implemented yet")
}

func (r *Resolver) metrics(ctx context.Context) ([]string, error) {
	return nil, kg.Errorf(kg.ENOTIMPLEMENTED, "metrics is not implemented yet")
}
