package graph

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/kg/kgtest"
)

// fakeReader is an in-memory kg.Reader over a fixed set of entities and
// links, for resolver tests. It counts calls per method, the way the
// Neo4j store's OnQuery counts round trips.
type fakeReader struct {
	entities map[kg.Ref]kg.Entity
	links    []*kg.Link
	version  string

	mu    sync.Mutex
	calls map[string]int
	plans []*kg.Plan // the plans Fetch was given
}

func newFakeReader(es []kg.Entity, links []*kg.Link) *fakeReader {
	f := &fakeReader{entities: map[kg.Ref]kg.Entity{}, links: links, version: "1", calls: map[string]int{}}
	for _, e := range es {
		f.entities[e.EntityRef()] = e
	}
	return f
}

func (f *fakeReader) count(name string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls[name]++
}

func (f *fakeReader) total() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, c := range f.calls {
		n += c
	}
	return n
}

func (f *fakeReader) reset() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = map[string]int{}
}

func (f *fakeReader) Ping(ctx context.Context) error { return nil }

func (f *fakeReader) RegionByName(ctx context.Context, name, level string) (*kg.Region, error) {
	f.count("RegionByName")
	return f.regionByName(name, level)
}

func (f *fakeReader) regionByName(name, level string) (*kg.Region, error) {
	var best *kg.Region
	for _, e := range f.entities {
		r, ok := e.(*kg.Region)
		if !ok || (level != "" && r.Level != level) || (r.Name != name && r.ShortName != name) {
			continue
		}
		if best == nil || r.Code < best.Code {
			best = r
		}
	}
	if best == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no region named %q", name)
	}
	return best, nil
}

func (f *fakeReader) Entities(ctx context.Context, refs []kg.Ref) ([]kg.Entity, error) {
	f.count("Entities")
	res := make([]kg.Entity, len(refs))
	for i, r := range refs {
		res[i] = f.entities[r]
	}
	return res, nil
}

// Fetch reads the roots and runs the plan with kg.ExpandVia, counting one
// call (the store's single statement) and recording the plan.
func (f *fakeReader) Fetch(ctx context.Context, root kg.Root, plan *kg.Plan) (*kg.Fetched, error) {
	f.count("Fetch")
	f.mu.Lock()
	f.plans = append(f.plans, plan)
	f.mu.Unlock()
	var roots []kg.Entity
	if root.Name != "" {
		r, err := f.regionByName(root.Name, root.Level)
		if err != nil {
			return nil, err
		}
		roots = []kg.Entity{r}
	} else {
		for _, k := range root.Keys {
			roots = append(roots, f.entities[kg.Ref{Label: root.Label, Key: k}])
		}
	}
	var found []kg.Entity
	for _, r := range roots {
		if r != nil {
			found = append(found, r)
		}
	}
	links, err := kgtest.ExpandVia(ctx, linkFunc(f.links_), found, plan)
	if err != nil {
		return nil, err
	}
	return &kg.Fetched{Roots: roots, Links: links}, nil
}

// linkFunc adapts a function to kgtest.LinkReader.
type linkFunc func(spec kg.LinkSpec, keys []string) [][]*kg.Link

func (l linkFunc) Links(ctx context.Context, spec kg.LinkSpec, keys []string) ([][]*kg.Link, error) {
	return l(spec, keys), nil
}

func (f *fakeReader) Links(ctx context.Context, spec kg.LinkSpec, keys []string) ([][]*kg.Link, error) {
	f.count("Links")
	return f.links_(spec, keys), nil
}

// links_ is Links without counting.
func (f *fakeReader) links_(spec kg.LinkSpec, keys []string) [][]*kg.Link {
	res := make([][]*kg.Link, len(keys))
	for i, k := range keys {
		res[i] = []*kg.Link{}
		for _, l := range f.links {
			if l.Type != spec.Type {
				continue
			}
			near, other := l.To, l.From
			if spec.Out {
				near, other = l.From, l.To
			}
			if near.EntityRef().Key == k && (spec.Label == "" || near.EntityRef().Label == spec.Label) {
				res[i] = append(res[i], l)
				_ = other
			}
		}
		res[i] = kg.SelectLinks(res[i], spec)
	}
	return res
}

func (f *fakeReader) Search(ctx context.Context, q kg.SearchQuery) ([]kg.SearchHit, error) {
	f.count("Search")
	var hits []kg.SearchHit
	for _, e := range f.sorted() {
		if k := e.EntityKind(); k == kg.KindStatistic || k == kg.KindArticle {
			continue
		}
		if strings.Contains(e.EntityName(), q.Query) && (len(q.Kinds) == 0 || slices.Contains(q.Kinds, e.EntityKind())) {
			hits = append(hits, kg.SearchHit{Entity: e, Score: float64(len(q.Query)) / float64(len(e.EntityName()))})
		}
	}
	slices.SortStableFunc(hits, func(a, b kg.SearchHit) int { return cmp.Compare(b.Score, a.Score) })
	if len(hits) > q.First {
		hits = hits[:q.First]
	}
	return hits, nil
}

func (f *fakeReader) sorted() []kg.Entity {
	var es []kg.Entity
	for _, e := range f.entities {
		es = append(es, e)
	}
	slices.SortFunc(es, func(a, b kg.Entity) int { return cmp.Compare(a.EntityRef().String(), b.EntityRef().String()) })
	return es
}

func (f *fakeReader) ShortestPaths(ctx context.Context, from, to kg.Ref, maxHops int, all bool, limit int, evidence bool) ([]kg.Path, error) {
	f.count("ShortestPaths")
	if f.entities[from] == nil || f.entities[to] == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no such node")
	}
	// Breadth-first search over the links (either direction, no MENTIONS).
	type step struct {
		ref  kg.Ref
		path kg.Path
	}
	seen := map[kg.Ref]bool{from: true}
	queue := []step{{from, kg.Path{Nodes: []kg.Entity{f.entities[from]}}}}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if s.ref == to {
			return []kg.Path{s.path}, nil
		}
		if len(s.path.Links) >= maxHops {
			continue
		}
		for _, l := range f.links {
			if l.Type == kg.RelMentions {
				continue
			}
			var next kg.Entity
			switch s.ref {
			case l.From.EntityRef():
				next = l.To
			case l.To.EntityRef():
				next = l.From
			default:
				continue
			}
			if seen[next.EntityRef()] {
				continue
			}
			seen[next.EntityRef()] = true
			p := kg.Path{Nodes: append(slices.Clone(s.path.Nodes), next), Links: append(slices.Clone(s.path.Links), l)}
			queue = append(queue, step{next.EntityRef(), p})
		}
	}
	return nil, nil
}

func (f *fakeReader) Neighborhood(ctx context.Context, center kg.Ref, hops, limit int, evidence bool) (*kg.Subgraph, error) {
	f.count("Neighborhood")
	c := f.entities[center]
	if c == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no such node")
	}
	in := map[kg.Ref]bool{center: true}
	g := &kg.Subgraph{Nodes: []kg.Entity{c}}
	frontier := []kg.Ref{center}
	for h := 0; h < hops && !g.Truncated; h++ {
		var next []kg.Ref
		for _, r := range frontier {
			for _, l := range f.links {
				if l.Type == kg.RelMentions {
					continue
				}
				var o kg.Entity
				if l.From.EntityRef() == r {
					o = l.To
				} else if l.To.EntityRef() == r {
					o = l.From
				}
				if o == nil || in[o.EntityRef()] {
					continue
				}
				if len(g.Nodes) >= limit {
					g.Truncated = true
					break
				}
				in[o.EntityRef()] = true
				g.Nodes = append(g.Nodes, o)
				next = append(next, o.EntityRef())
			}
		}
		frontier = next
	}
	for _, l := range f.links {
		if l.Type != kg.RelMentions && in[l.From.EntityRef()] && in[l.To.EntityRef()] {
			g.Links = append(g.Links, l)
		}
	}
	return g, nil
}

func (f *fakeReader) filtered(q kg.ListQuery) []kg.Entity {
	var res []kg.Entity
	for _, e := range f.sorted() {
		if e.EntityRef().Label != q.Label {
			continue
		}
		if r, ok := e.(*kg.Region); ok && q.Level != "" && r.Level != q.Level {
			continue
		}
		if q.Filter.NameContains != "" && !strings.Contains(e.EntityName(), q.Filter.NameContains) {
			continue
		}
		if q.Filter.Industry != "" && !f.linked(e, kg.RelDevelops, kg.Ref{Label: kg.LabelIndustry, Key: q.Filter.Industry}) {
			continue
		}
		res = append(res, e)
	}
	key := func(e kg.Entity) kg.Position {
		v := e.EntityRef().Key
		if q.Sort == kg.SortName {
			v = e.EntityName()
		}
		return kg.Position{Value: v, Key: e.EntityRef().Key}
	}
	slices.SortFunc(res, func(a, b kg.Entity) int {
		pa, pb := key(a), key(b)
		c := cmp.Or(cmp.Compare(pa.Value, pb.Value), cmp.Compare(pa.Key, pb.Key))
		if q.Desc {
			return -c
		}
		return c
	})
	if q.After != nil {
		i := slices.IndexFunc(res, func(e kg.Entity) bool {
			p := key(e)
			c := cmp.Or(cmp.Compare(p.Value, q.After.Value), cmp.Compare(p.Key, q.After.Key))
			if q.Desc {
				return c < 0
			}
			return c > 0
		})
		if i < 0 {
			return nil
		}
		res = res[i:]
	}
	return res
}

func (f *fakeReader) linked(e kg.Entity, typ string, to kg.Ref) bool {
	for _, l := range f.links {
		if l.Type == typ && l.From.EntityRef() == e.EntityRef() && l.To.EntityRef() == to {
			return true
		}
	}
	return false
}

func (f *fakeReader) List(ctx context.Context, q kg.ListQuery) (*kg.Page, error) {
	f.count("List")
	all := f.filtered(q)
	p := &kg.Page{}
	if q.WithCount {
		cq := q
		cq.After = nil
		p.Total = len(f.filtered(cq))
	}
	for i, e := range all {
		if i == q.First {
			p.HasNext = true
			break
		}
		v := e.EntityRef().Key
		if q.Sort == kg.SortName {
			v = e.EntityName()
		}
		p.Items = append(p.Items, e)
		p.Positions = append(p.Positions, kg.Position{Value: v, Key: e.EntityRef().Key})
	}
	if !q.Plan.Empty() {
		links, err := kgtest.ExpandVia(ctx, linkFunc(f.links_), p.Items, q.Plan)
		if err != nil {
			return nil, err
		}
		p.Links = links
	}
	return p, nil
}

func (f *fakeReader) Count(ctx context.Context, q kg.ListQuery) (int, error) {
	f.count("Count")
	q.After = nil
	return len(f.filtered(q)), nil
}

func (f *fakeReader) Version(ctx context.Context) (string, error) {
	f.count("Version")
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.version, nil
}

// The fake's stored analysis: fixed results over testGraph's entities,
// as an analysis would have written them.

func (f *fakeReader) Analysis(ctx context.Context) (*kg.AnalysisState, error) {
	f.count("Analysis")
	f.mu.Lock()
	defer f.mu.Unlock()
	return &kg.AnalysisState{GraphVersion: "1", CurrentVersion: f.version, Stale: f.version != "1",
		AnalyzedAt: time.Date(2026, 12, 5, 4, 0, 0, 0, time.UTC), Parameters: `{"damping":0.85}`, Modularity: 0.5}, nil
}

func (f *fakeReader) entity(label, key string) kg.Entity {
	return f.entities[kg.Ref{Label: label, Key: key}]
}

func (f *fakeReader) TopEntities(ctx context.Context, kind, score string, first int) ([]kg.EntityScore, error) {
	f.count("TopEntities")
	var all []kg.EntityScore
	switch score {
	case kg.ScoreDegree:
		all = []kg.EntityScore{{Entity: f.entity(kg.LabelRegion, "230129"), Score: 7}, {Entity: f.entity(kg.LabelIndustry, "光伏"), Score: 2}, {Entity: f.entity(kg.LabelIndustry, "食用菌"), Score: 2}}
	case kg.ScorePageRank:
		all = []kg.EntityScore{{Entity: f.entity(kg.LabelRegion, "230129"), Score: 0.2}, {Entity: f.entity(kg.LabelIndustry, "光伏"), Score: 0.1}}
	default:
		all = []kg.EntityScore{{Entity: f.entity(kg.LabelRegion, "230129"), Score: 30}}
	}
	var out []kg.EntityScore
	for _, e := range all {
		if kind == "" || e.Entity.EntityKind() == kind {
			out = append(out, e)
		}
	}
	return out[:min(first, len(out))], nil
}

func (f *fakeReader) Communities(ctx context.Context, first int) ([]kg.CommunityInfo, error) {
	f.count("Communities")
	return []kg.CommunityInfo{{ID: 0, Size: 7}, {ID: 1, Size: 5}}[:min(first, 2)], nil
}

func (f *fakeReader) CommunityMembers(ctx context.Context, ids []int, first int) ([][]kg.Entity, error) {
	f.count("CommunityMembers")
	out := make([][]kg.Entity, len(ids))
	for i, id := range ids {
		switch id {
		case 0:
			out[i] = []kg.Entity{f.entity(kg.LabelRegion, "230129"), f.entity(kg.LabelIndustry, "光伏")}
		case 1:
			out[i] = []kg.Entity{f.entity(kg.LabelRegion, "120102")}
		}
		out[i] = out[i][:min(first, len(out[i]))]
	}
	return out, nil
}

func (f *fakeReader) SimilarCounties(ctx context.Context, code string, first int, shared bool) ([]kg.Similarity, error) {
	f.count("SimilarCounties")
	if code != "230129" {
		return []kg.Similarity{}, nil
	}
	s := kg.Similarity{County: f.entity(kg.LabelRegion, "623024").(*kg.Region), Score: 1.0 / 3, SharedIndustries: []*kg.Industry{}, SharedPrograms: []*kg.Program{}}
	if shared {
		s.SharedIndustries = []*kg.Industry{f.entity(kg.LabelIndustry, "食用菌").(*kg.Industry)}
	}
	return []kg.Similarity{s}, nil
}

func (f *fakeReader) IndustryPairs(ctx context.Context, industry string, first int, regions bool) ([]kg.IndustryPair, error) {
	f.count("IndustryPairs")
	if industry != "" && f.entity(kg.LabelIndustry, industry) == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no industry named %q", industry)
	}
	p := kg.IndustryPair{A: f.entity(kg.LabelIndustry, "光伏").(*kg.Industry), B: f.entity(kg.LabelIndustry, "食用菌").(*kg.Industry), Count: 1, Regions: []*kg.Region{}}
	if regions {
		p.Regions = []*kg.Region{f.entity(kg.LabelRegion, "230129").(*kg.Region)}
	}
	return []kg.IndustryPair{p}, nil
}

func (f *fakeReader) StatisticPoints(ctx context.Context, metric string, regions, years []string, first int) ([]kg.StatisticPoint, error) {
	f.count("StatisticPoints")
	out := []kg.StatisticPoint{}
	for _, l := range f.links {
		st, ok := l.To.(*kg.Statistic)
		reg, _ := l.From.(*kg.Region)
		if l.Type != kg.RelReported || !ok || st.Metric != metric {
			continue
		}
		if (len(regions) > 0 && !slices.Contains(regions, reg.Name) && !slices.Contains(regions, reg.Code)) ||
			(len(years) > 0 && !slices.Contains(years, st.Year)) {
			continue
		}
		out = append(out, kg.StatisticPoint{Region: reg, Stat: st})
	}
	return out[:min(len(out), first)], nil
}

func (f *fakeReader) StatisticMetrics(ctx context.Context) ([]string, error) {
	f.count("Metrics")
	var ms []string
	for _, e := range f.entities {
		if st, ok := e.(*kg.Statistic); ok {
			ms = append(ms, st.Metric)
		}
	}
	slices.Sort(ms)
	return slices.Compact(ms), nil
}

// testGraph is a small graph in the shape of the seed articles.
func testGraph() *fakeReader {
	art := &kg.Article{ID: "a1", Title: "延寿县脱贫攻坚"}
	art2 := &kg.Article{ID: "a2", Title: "河东区对口帮扶"}
	hlj := &kg.Region{Code: "230000", Name: "黑龙江省", ShortName: "黑龙江", Level: kg.LevelProvince}
	hrb := &kg.Region{Code: "230100", Name: "哈尔滨市", ShortName: "哈尔滨", Level: kg.LevelPrefecture, ParentCode: "230000"}
	ys := &kg.Region{Code: "230129", Name: "延寿县", ShortName: "延寿", Level: kg.LevelCounty, ParentCode: "230100"}
	tj := &kg.Region{Code: "120000", Name: "天津市", ShortName: "天津", Level: kg.LevelProvince}
	hd := &kg.Region{Code: "120102", Name: "河东区", ShortName: "河东", Level: kg.LevelCounty, ParentCode: "120000"}
	gs := &kg.Region{Code: "620000", Name: "甘肃省", ShortName: "甘肃", Level: kg.LevelProvince}
	db := &kg.Region{Code: "623024", Name: "迭部县", ShortName: "迭部", Level: kg.LevelCounty, ParentCode: "620000"}
	zhq := &kg.Official{ID: "off:zhq", Name: "张洪岐", Titles: []string{"县委副书记", "县长"}, Place: "延寿县", PlaceCode: "230129"}
	gf := &kg.Program{ID: "prog:光伏扶贫", Name: "光伏扶贫"}
	pv := &kg.Industry{Name: "光伏"}
	mush := &kg.Industry{Name: "食用菌"}
	rate := &kg.Statistic{ID: "stat:1", Metric: "贫困发生率", Value: "0.44%", Number: 0.44, Unit: "%", Year: "2019", Place: "延寿县", PlaceCode: "230129"}
	ev := func(a *kg.Article, s string) []kg.Evidence {
		return []kg.Evidence{{ArticleID: a.ID, Sentence: s, Start: 0, End: len([]rune(s))}}
	}
	link := func(typ string, from, to kg.Entity, e []kg.Evidence) *kg.Link {
		return &kg.Link{Type: typ, From: from, To: to, Evidence: e}
	}
	conf := func(l *kg.Link, c float64) *kg.Link { l.Confidence, l.Support = c, int(c*10); return l }
	sv := link(kg.RelServesIn, zhq, ys, ev(art, "延寿县委副书记、县长张洪岐表示"))
	sv.Title, sv.Titles = "县委副书记、县长", []string{"县委副书记", "县长"}
	as := link(kg.RelAssists, hd, db, ev(art2, "河东区对口帮扶迭部县"))
	as.Mechanism = "东西部扶贫协作"
	es := []kg.Entity{art, art2, hlj, hrb, ys, tj, hd, gs, db, zhq, gf, pv, mush, rate}
	links := []*kg.Link{
		sv, as,
		link(kg.RelPartOf, hrb, hlj, nil), link(kg.RelPartOf, ys, hrb, nil),
		link(kg.RelPartOf, hd, tj, nil), link(kg.RelPartOf, db, gs, nil),
		link(kg.RelImplements, ys, gf, ev(art, "实施光伏扶贫")),
		conf(link(kg.RelDevelops, ys, pv, ev(art, "发展光伏产业")), 0.9),
		conf(link(kg.RelDevelops, ys, mush, ev(art, "发展食用菌")), 0.6),
		link(kg.RelDevelops, db, mush, ev(art2, "迭部县发展食用菌")),
		link(kg.RelSupports, gf, pv, ev(art, "光伏扶贫")),
		link(kg.RelReported, ys, rate, ev(art, "贫困发生率降至0.44%")),
	}
	for _, e := range []kg.Entity{ys, zhq, gf, pv, mush, rate} {
		links = append(links, &kg.Link{Type: kg.RelMentions, From: art, To: e})
	}
	for _, e := range []kg.Entity{hd, db, mush} {
		links = append(links, &kg.Link{Type: kg.RelMentions, From: art2, To: e})
	}
	return newFakeReader(es, links)
}

// Relationships pages the fake's links of one type by start key, then end
// key, as the store does.
func (f *fakeReader) Relationships(ctx context.Context, q kg.RelQuery) (*kg.RelPage, error) {
	f.count("Relationships")
	var ls []*kg.Link
	for _, l := range f.links {
		near := l.From
		if q.In {
			near = l.To
		}
		if r, ok := near.(*kg.Region); ok && q.Level != "" && r.Level != q.Level {
			continue
		}
		if l.Type == q.Type && (q.MinConfidence == 0 || l.Confidence >= q.MinConfidence) && (q.Node == nil || near.EntityRef() == *q.Node) {
			ls = append(ls, l)
		}
	}
	pos := func(l *kg.Link) kg.Position {
		return kg.Position{Value: l.From.EntityRef().Key, Key: l.To.EntityRef().Key}
	}
	if q.Node != nil {
		pos = func(l *kg.Link) kg.Position { return kg.Position{Key: l.Far(!q.In).EntityRef().Key} }
	}
	slices.SortFunc(ls, func(a, b *kg.Link) int {
		pa, pb := pos(a), pos(b)
		return cmp.Or(cmp.Compare(pa.Value, pb.Value), cmp.Compare(pa.Key, pb.Key))
	})
	page := &kg.RelPage{Links: []*kg.Link{}}
	for _, l := range ls {
		p := pos(l)
		if q.After != nil && (p.Value < q.After.Value || p.Value == q.After.Value && p.Key <= q.After.Key) {
			continue
		}
		if len(page.Links) == q.First {
			page.HasNext = true
			break
		}
		page.Links = append(page.Links, l)
		page.Positions = append(page.Positions, p)
	}
	return page, nil
}

// CountRelationships counts what Relationships pages, refusing what the
// store refuses.
func (f *fakeReader) CountRelationships(ctx context.Context, q kg.RelQuery) (int, error) {
	if q.Node == nil && q.MinConfidence > 0 {
		return 0, kg.Errorf(kg.EINVALID, "totalCount: not with minConfidence over every %s", q.Type)
	}
	q.After, q.First = nil, len(f.links)+1
	p, err := f.Relationships(ctx, q)
	if err != nil {
		return 0, err
	}
	return len(p.Links), nil
}
