package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/kg/kgtest"
)

// plan of a county page: officials with evidence, programs and the
// industries they support, industries and their subtypes and articles.
var countyPlan = &kg.Plan{Links: []kg.PlanLink{
	{Spec: kg.LinkSpec{Type: kg.RelServesIn, Evidence: true}},
	{Spec: kg.LinkSpec{Type: kg.RelImplements, Out: true}, Next: &kg.Plan{Links: []kg.PlanLink{
		{Spec: kg.LinkSpec{Type: kg.RelSupports, Out: true}},
	}}},
	{Spec: kg.LinkSpec{Type: kg.RelDevelops, Out: true}, Next: &kg.Plan{Links: []kg.PlanLink{
		{Spec: kg.LinkSpec{Type: kg.RelSubtypeOf, Out: true}},
		{Spec: kg.LinkSpec{Type: kg.RelMentions, Label: kg.LabelIndustry}},
		{Spec: kg.LinkSpec{Type: kg.RelDevelops}, Next: &kg.Plan{Links: []kg.PlanLink{
			{Spec: kg.LinkSpec{Type: kg.RelAssists}},
		}}},
	}}},
	{Spec: kg.LinkSpec{Type: kg.RelPartOf, Out: true}},
}}

// prefetchSummary renders a prefetch as key → far names, titles and
// evidence counts, for comparison.
func prefetchSummary(p kg.Prefetch) map[string][]string {
	out := map[string][]string{}
	for k, ls := range p {
		name := k.Spec.Type + ">" + k.Key
		if !k.Spec.Out {
			name = k.Spec.Type + "<" + k.Key
		}
		row := []string{}
		for _, l := range ls {
			row = append(row, l.Far(k.Spec.Out).EntityName()+"|"+l.Text()+"|"+string(rune('0'+len(l.Evidence))))
		}
		out[name] = row
	}
	return out
}

func TestFetch(t *testing.T) {
	s := readStore(t)
	ctx := context.Background()

	t.Run("ByNameEqualsExpandVia", func(t *testing.T) {
		f, err := s.Fetch(ctx, kg.Root{Name: "延寿", Level: kg.LevelCounty}, countyPlan)
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Roots) != 1 || f.Roots[0].EntityName() != "延寿县" {
			t.Fatalf("roots = %v", names(f.Roots))
		}
		want, err := kgtest.ExpandVia(ctx, s, f.Roots, countyPlan)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(prefetchSummary(want), prefetchSummary(f.Links)); diff != "" {
			t.Errorf("Fetch differs from one Links call per level (-want +got):\n%s", diff)
		}
		got := prefetchSummary(f.Links)
		checks := map[string][]string{
			"SERVES_IN<230129":  {"张洪岐|县委副书记、县长|1"},
			"IMPLEMENTS>230129": {"光伏扶贫||0"},
			"DEVELOPS>230129":   {"光伏||0", "黑木耳||0"},
			"SUBTYPE_OF>黑木耳":    {"食用菌||0"},
			"DEVELOPS<光伏":       {"延寿县||0", "迭部县||0"},
			"ASSISTS<623024":    {"河东区|东西部扶贫协作|0"},
			"MENTIONS<光伏":       {"延寿县脱贫||0", "河东区对口帮扶||0"},
		}
		for k, w := range checks {
			if diff := cmp.Diff(w, got[k]); diff != "" {
				t.Errorf("%s (-want +got):\n%s", k, diff)
			}
		}
	})
	t.Run("ByKeys", func(t *testing.T) {
		plan := &kg.Plan{Links: []kg.PlanLink{{Spec: kg.LinkSpec{Type: kg.RelDevelops}, Next: &kg.Plan{Links: []kg.PlanLink{
			{Spec: kg.LinkSpec{Type: kg.RelServesIn}}}}}}}
		f, err := s.Fetch(ctx, kg.Root{Label: kg.LabelIndustry, Keys: []string{"光伏", "无此产业", "黑木耳"}}, plan)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"光伏", "<nil>", "黑木耳"}, names(f.Roots)); diff != "" {
			t.Fatalf("roots (-want +got):\n%s", diff)
		}
		want, err := kgtest.ExpandVia(ctx, s, []kg.Entity{f.Roots[0], f.Roots[2]}, plan)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(prefetchSummary(want), prefetchSummary(f.Links)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("BriefAndBare", func(t *testing.T) {
		plan := &kg.Plan{Links: []kg.PlanLink{
			{Spec: kg.LinkSpec{Type: kg.RelServesIn}, KeyNameOnly: true, NoProps: true},
			{Spec: kg.LinkSpec{Type: kg.RelReported, Out: true}, KeyNameOnly: true},
			{Spec: kg.LinkSpec{Type: kg.RelMentions, Label: kg.LabelRegion}, KeyNameOnly: true, NoProps: true},
		}}
		f, err := s.Fetch(ctx, kg.Root{Label: kg.LabelRegion, Keys: []string{"230129"}}, plan)
		if err != nil {
			t.Fatal(err)
		}
		sv := f.Links[kg.LinkKey{Spec: plan.Links[0].Spec, Key: "230129"}]
		if len(sv) != 1 {
			t.Fatalf("SERVES_IN: %d links", len(sv))
		}
		o := sv[0].From.(*kg.Official)
		if o.Name != "张洪岐" || o.ID != kg.OfficialID("张洪岐", "230129") || o.Place != "" || sv[0].Title != "" {
			t.Errorf("brief official %+v, bare title %q", o, sv[0].Title)
		}
		st := f.Links[kg.LinkKey{Spec: plan.Links[1].Spec, Key: "230129"}]
		if len(st) != 1 || st[0].To.EntityName() != "贫困发生率 0.44% (2019)" {
			t.Errorf("brief statistic: %+v", st)
		}
		ar := f.Links[kg.LinkKey{Spec: plan.Links[2].Spec, Key: "230129"}]
		if len(ar) != 1 || ar[0].From.(*kg.Article).Title != "延寿县脱贫" || ar[0].From.(*kg.Article).File != "" {
			t.Errorf("brief article: %+v", ar)
		}
	})
	t.Run("NotFound", func(t *testing.T) {
		_, err := s.Fetch(ctx, kg.Root{Name: "黑龙江省", Level: kg.LevelCounty}, countyPlan)
		if kg.ErrorCode(err) != kg.ENOTFOUND {
			t.Fatalf("err = %v, want ENOTFOUND", err)
		}
		_, err = s.Fetch(ctx, kg.Root{Label: "Nope", Keys: []string{"x"}}, nil)
		if kg.ErrorCode(err) != kg.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
	t.Run("ListWithCountAndPlan", func(t *testing.T) {
		plan := &kg.Plan{Links: []kg.PlanLink{{Spec: kg.LinkSpec{Type: kg.RelDevelops, Out: true}}}}
		tests := []struct {
			name      string
			q         kg.ListQuery
			wantNames []string
			wantTotal int
			wantNext  bool
		}{
			{"first page", kg.ListQuery{Label: kg.LabelRegion, Level: kg.LevelCounty, Sort: kg.SortName, First: 2},
				[]string{"宁县", "延寿县"}, 4, true},
			{"after the last", kg.ListQuery{Label: kg.LabelRegion, Level: kg.LevelCounty, Sort: kg.SortName, First: 2,
				After: &kg.Position{Value: "迭部县", Key: "623024"}}, []string{}, 4, false},
			{"filtered desc", kg.ListQuery{Label: kg.LabelRegion, Sort: kg.SortKey, Desc: true, First: 5,
				Filter: kg.ListFilter{Industry: "光伏"}}, []string{"迭部县", "延寿县"}, 2, false},
			{"nothing matches", kg.ListQuery{Label: kg.LabelRegion, First: 5, Filter: kg.ListFilter{Industry: "无此产业"}},
				[]string{}, 0, false},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				q := tt.q
				q.WithCount, q.Plan = true, plan
				p, err := s.List(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tt.wantNames, names(p.Items)); diff != "" {
					t.Errorf("items (-want +got):\n%s", diff)
				}
				if p.Total != tt.wantTotal || p.HasNext != tt.wantNext {
					t.Errorf("total %d, hasNext %v; want %d, %v", p.Total, p.HasNext, tt.wantTotal, tt.wantNext)
				}
				n, err := s.Count(ctx, tt.q)
				if err != nil || n != p.Total {
					t.Errorf("Count = %d, %v; the page says %d", n, err, p.Total)
				}
				plain, err := s.List(ctx, tt.q)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(names(plain.Items), names(p.Items)); diff != "" || plain.HasNext != p.HasNext {
					t.Errorf("counted page differs from the plain one (-plain +counted):\n%s", diff)
				}
				want, err := kgtest.ExpandVia(ctx, s, p.Items, plan)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(prefetchSummary(want), prefetchSummary(p.Links)); diff != "" {
					t.Errorf("plan (-want +got):\n%s", diff)
				}
			})
		}
	})
}
