package neo4jstore

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/tuopin/tuopin/kg"
)

// relProps are the relationship properties readers use (kg.RelProps), then
// the provenance readers show: support (how many articles state the fact),
// confidence, and evidence when asked for (last: relProjection drops it).
var relProps = append(kg.RelProps(), "support", "confidence", "evidence")

// relProjection projects the properties of relationship variable r that
// readers use, as the list of relProps (lists decode faster than maps),
// without evidence unless asked for. The provenance list `articles` is never
// read (it grows with every article that repeats a fact), and `evidence`
// only when asked for (up to 20 strings; their sentences are then read
// from the articles, fillSentences).
func relProjection(r string, evidence bool) string {
	ps := relProps
	if !evidence {
		ps = ps[:len(ps)-1]
	}
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = r + "." + p
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// linkOf builds a Link from a relProjection value (null: a bare
// relationship, read without its properties).
func linkOf(typ string, v any, from, to kg.Entity) (*kg.Link, error) {
	l := &kg.Link{}
	if err := fillLink(l, typ, v, from, to); err != nil {
		return nil, err
	}
	return l, nil
}

// fillLink is linkOf into a Link of the caller's (one of a slice made for a
// whole list, rather than an allocation each).
func fillLink(l *kg.Link, typ string, v any, from, to kg.Entity) error {
	*l = kg.Link{Type: typ, From: from, To: to, Evidence: []kg.Evidence{}}
	if v == nil {
		return nil
	}
	t, ok := v.([]any)
	if !ok || len(t) < len(relProps)-1 {
		return fmt.Errorf("%s relationship: properties of %T", typ, v)
	}
	p := propReader{keys: relProps, vals: t}
	l.Title, l.Titles, l.Mechanism = p.str("title"), p.strs("titles"), p.str("mechanism")
	l.Confidence = p.float("confidence")
	l.Support = p.integer("support")
	for _, s := range p.strs("evidence") {
		if e, ok := kg.ParseEvidence(s); ok {
			l.Evidence = append(l.Evidence, e)
		}
	}
	if p.err != nil {
		return fmt.Errorf("%s relationship: %w", typ, p.err)
	}
	return nil
}

// specPattern returns the pattern of a spec from node variable near to far
// node variable m over relationship variable r, from fixed types. The far
// node carries no label: the writer joins each relationship type between
// fixed labels (kg.Endpoints), so a label test would only cost a db hit
// per row.
func specPattern(spec kg.LinkSpec, near, r, m string) (string, error) {
	if _, _, ok := kg.Endpoints(spec.Type); !ok {
		return "", kg.Errorf(kg.EINVALID, "unknown relationship type %q", spec.Type)
	}
	if spec.Type == kg.RelMentions && !spec.Out {
		if _, ok := keyProp[spec.Label]; !ok || spec.Label == kg.LabelArticle {
			return "", kg.Errorf(kg.EINVALID, "MENTIONS of %q", spec.Label)
		}
	}
	if spec.Out {
		return "(" + near + ")-[" + r + ":" + spec.Type + "]->(" + m + ")", nil
	}
	return "(" + m + ")-[" + r + ":" + spec.Type + "]->(" + near + ")", nil
}

// farLabel is the label of the nodes at the far end of a spec ("" when
// they may have any label: an article's MENTIONS).
func farLabel(spec kg.LinkSpec) string {
	from, to, _ := kg.Endpoints(spec.Type)
	if spec.Out {
		return to
	}
	return from
}

// planCompiler turns a plan into nested pattern comprehensions: for each
// plan link one list of [relationship properties, far node, sub-lists…]
// (elemShape).
type planCompiler struct{ n int }

// elemShape is how one element of a plan link's list is laid out: the
// relationship's properties (relProjection) when props, then the far node,
// or, when brief is set, its brief properties in place (one list fewer per
// element for the driver to decode), then a list per sub-link.
func elemShape(pl kg.PlanLink) (props bool, brief []string) {
	props = !pl.NoProps || pl.Spec.Evidence
	if label := farLabel(pl.Spec); pl.KeyNameOnly && label != "" {
		brief = briefFields[label]
	}
	return props, brief
}

func (c *planCompiler) columns(near string, plan *kg.Plan, depth int) ([]string, error) {
	if plan.Empty() {
		return nil, nil
	}
	if depth > kg.MaxPlanDepth {
		return nil, kg.Errorf(kg.EINVALID, "plan deeper than %d levels", kg.MaxPlanDepth)
	}
	cols := make([]string, 0, len(plan.Links))
	for _, pl := range plan.Links {
		c.n++
		num := c.n
		r, m := "r"+strconv.Itoa(num), "m"+strconv.Itoa(num)
		pat, err := specPattern(pl.Spec, near, r, m)
		if err != nil {
			return nil, err
		}
		sub, err := c.columns(m, pl.Next, depth+1)
		if err != nil {
			return nil, err
		}
		props, brief := elemShape(pl)
		elems := make([]string, 0, 2+len(brief)+len(sub))
		if props {
			elems = append(elems, relProjection(r, pl.Spec.Evidence))
		}
		if brief != nil {
			for _, f := range brief {
				elems = append(elems, m+"."+f)
			}
		} else {
			elems = append(elems, m)
		}
		elems = append(elems, sub...)
		cols = append(cols, linkColumn(pl.Spec, pat, r, m, num, "["+strings.Join(elems, ", ")+"]"))
	}
	return cols, nil
}

// linkColumn is the list of elem, one per relationship of pattern pat (r
// the relationship, m the far node, n the link's number in the plan) that
// spec keeps, as kg.SelectLinks chooses them: a pattern comprehension
// (with the filters as its WHERE) when all are kept, else a COLLECT
// subquery that orders by support and key and stops at $plFirst<n>. The
// values are parameters (linkParams).
func linkColumn(spec kg.LinkSpec, pat, r, m string, n int, elem string) string {
	num := strconv.Itoa(n)
	var conds []string
	if spec.MinConfidence > 0 {
		conds = append(conds, r+".confidence >= $plMin"+num)
	}
	if spec.Metric != "" {
		conds = append(conds, m+".metric = $plMetric"+num)
	}
	if spec.Kind != "" {
		conds = append(conds, kindExpr(m, false)+" = $plKind"+num)
	}
	where := ""
	if len(conds) > 0 {
		where = " WHERE " + strings.Join(conds, " AND ")
	}
	if spec.First <= 0 {
		return "[" + pat + where + " | " + elem + "]"
	}
	recent := "" // articles: the latest first (kg.SelectLinks)
	if farLabel(spec) == kg.LabelArticle {
		recent = "coalesce(" + m + ".publishedAt, '') DESC, "
	}
	return "COLLECT { MATCH " + pat + where + " WITH " + r + ", " + m +
		" ORDER BY coalesce(" + r + ".support, 0) DESC, " + recent + keyExpr(m, farLabel(spec)) +
		" LIMIT $plFirst" + num + " RETURN " + elem + " }"
}

// linkParams adds to params the values linkColumn's statements take, the
// links numbered as planCompiler numbers them (depth first, from 1).
func linkParams(plan *kg.Plan, n *int, params map[string]any) {
	if plan.Empty() {
		return
	}
	for _, pl := range plan.Links {
		*n++
		num := strconv.Itoa(*n)
		if pl.Spec.First > 0 {
			params["plFirst"+num] = pl.Spec.First
		}
		if pl.Spec.MinConfidence > 0 {
			params["plMin"+num] = pl.Spec.MinConfidence
		}
		if pl.Spec.Metric != "" {
			params["plMetric"+num] = pl.Spec.Metric
		}
		if pl.Spec.Kind != "" {
			params["plKind"+num] = pl.Spec.Kind
		}
		linkParams(pl.Next, n, params)
	}
}

// planColumns returns ", <col> AS l0, <col> AS l1 …" for node variable n,
// and adds the values its statements take to params (linkParams). The
// text depends on the plan alone, and a request's plan follows from its
// query document, so the same few plans recur: their columns are kept
// (planColumnCache) rather than built again for every request.
func planColumns(plan *kg.Plan, params map[string]any) (string, error) {
	if plan.Empty() {
		return "", nil
	}
	var n int
	linkParams(plan, &n, params)
	var buf [128]byte
	key := appendPlanKey(buf[:0], plan)
	if cols, ok := planColumnCache.get(key); ok {
		return cols, nil
	}
	var c planCompiler
	cols, err := c.columns("n", plan, 1)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for i, col := range cols {
		fmt.Fprintf(&b, ",\n\t\t       %s AS l%d", col, i)
	}
	planColumnCache.put(key, b.String())
	return b.String(), nil
}

// appendPlanKey appends to b a text that tells plans apart by everything
// planCompiler reads of them.
func appendPlanKey(b []byte, plan *kg.Plan) []byte {
	if plan.Empty() {
		return b
	}
	for _, pl := range plan.Links {
		b = append(b, pl.Spec.Type...)
		b = append(b, 0)
		b = append(b, pl.Spec.Label...)
		b = append(b, 0, '0'+flag(pl.Spec.Out)+2*flag(pl.Spec.Evidence)+4*flag(pl.KeyNameOnly)+8*flag(pl.NoProps),
			'0'+flag(pl.Spec.First > 0)+2*flag(pl.Spec.MinConfidence > 0)+4*flag(pl.Spec.Metric != "")+8*flag(pl.Spec.Kind != ""), '(')
		b = appendPlanKey(b, pl.Next)
		b = append(b, ')')
	}
	return b
}

func flag(v bool) byte {
	if v {
		return 1
	}
	return 0
}

// maxCachedPlans bounds planColumnCache: past it the cache starts again
// empty, so a client sending ever new shapes cannot grow it.
const maxCachedPlans = 512

// planColumnCache holds the columns of recent plans by appendPlanKey.
var planColumnCache = &columnCache{m: map[string]string{}}

type columnCache struct {
	mu sync.Mutex
	m  map[string]string
}

func (c *columnCache) get(key []byte) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cols, ok := c.m[string(key)]
	return cols, ok
}

func (c *columnCache) put(key []byte, cols string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= maxCachedPlans {
		clear(c.m)
	}
	c.m[string(key)] = cols
}

// decodePlan reads the plan's columns of one record below near.
func decodePlan(rec *neo4j.Record, near kg.Entity, plan *kg.Plan, out kg.Prefetch) error {
	if plan.Empty() {
		return nil
	}
	vals := make([]any, len(plan.Links))
	for i := range plan.Links {
		v, ok := rec.Get("l" + strconv.Itoa(i))
		if !ok {
			return fmt.Errorf("plan: record without column l%d", i)
		}
		vals[i] = v
	}
	return decodeLinks(near, plan, vals, out)
}

func decodeLinks(near kg.Entity, plan *kg.Plan, vals []any, out kg.Prefetch) error {
	if plan.Empty() {
		return nil
	}
	for i, pl := range plan.Links {
		subs := 0
		if pl.Next != nil {
			subs = len(pl.Next.Links)
		}
		props, brief := elemShape(pl)
		width := 1
		if brief != nil {
			width = len(brief)
		}
		if props {
			width++
		}
		items, _ := vals[i].([]any)
		ls := make([]*kg.Link, 0, len(items))
		slab := make([]kg.Link, len(items))
		for j, it := range items {
			tup, _ := it.([]any)
			if len(tup) != width+subs {
				return fmt.Errorf("plan %s: element of %d values", pl.Spec.Type, len(tup))
			}
			var rm any // nil: a bare relationship, read without its properties
			if props {
				rm, tup = tup[0], tup[1:]
			}
			var far kg.Entity
			var err error
			if brief != nil {
				far, err = entityFromList(farLabel(pl.Spec), brief, tup[:len(brief)])
				tup = tup[len(brief):]
			} else {
				if fn, ok := tup[0].(neo4j.Node); ok {
					far, err = entityOf(fn)
				} else {
					err = fmt.Errorf("plan %s: node of %T", pl.Spec.Type, tup[0])
				}
				tup = tup[1:]
			}
			if err != nil {
				return err
			}
			from, to := near, far
			if !pl.Spec.Out {
				from, to = far, near
			}
			l := &slab[j]
			if err := fillLink(l, pl.Spec.Type, rm, from, to); err != nil {
				return err
			}
			ls = append(ls, l)
			if err := decodeLinks(far, pl.Next, tup, out); err != nil {
				return err
			}
		}
		kg.SortLinks(ls, pl.Spec.Out)
		out[kg.LinkKey{Spec: pl.Spec, Key: near.EntityRef().Key}] = ls
	}
	return nil
}

// Fetch implements kg.Reader: the roots and the plan's relationships in one
// statement of nested pattern comprehensions.
func (s *Store) Fetch(ctx context.Context, root kg.Root, plan *kg.Plan) (*kg.Fetched, error) {
	return s.fetch(ctx, "Fetch", root, plan)
}

// fetch is Fetch reporting its round trip under name.
func (s *Store) fetch(ctx context.Context, name string, root kg.Root, plan *kg.Plan) (*kg.Fetched, error) {
	params := map[string]any{}
	cols, err := planColumns(plan, params)
	if err != nil {
		return nil, err
	}
	var q string
	if root.Name != "" {
		q = `MATCH (n:Region) WHERE n.name = $name OR n.shortName = $name
		WITH n WHERE $level = '' OR n.level = $level
		WITH n ORDER BY CASE WHEN n.name = $name THEN 0 ELSE 1 END, n.code LIMIT 1
		RETURN n.code AS k, n` + cols
		params["name"], params["level"] = root.Name, root.Level
	} else {
		kp, ok := keyProp[root.Label]
		if !ok {
			return nil, kg.Errorf(kg.EINVALID, "unknown label %q", root.Label)
		}
		q = "UNWIND $keys AS k MATCH (n:" + root.Label + " {" + kp + ": k})\n\t\tRETURN k, n" + cols
		keys := make([]any, len(root.Keys))
		for i, k := range root.Keys {
			keys[i] = k
		}
		params["keys"] = keys
	}
	return query(ctx, s, name, func(tx runner) (*kg.Fetched, error) {
		res, err := tx.Run(ctx, q, params)
		if err != nil {
			return nil, err
		}
		f := &kg.Fetched{Links: kg.Prefetch{}}
		byKey := map[string]kg.Entity{}
		for res.Next(ctx) {
			rec := res.Record()
			k, _, err := neo4j.GetRecordValue[string](rec, "k")
			if err != nil {
				return nil, err
			}
			e, err := entityAt(rec, "n")
			if err != nil {
				return nil, err
			}
			byKey[k] = e
			if root.Name != "" {
				f.Roots = append(f.Roots, e)
			}
			if err := decodePlan(rec, e, plan, f.Links); err != nil {
				return nil, err
			}
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		if err := fillPrefetched(ctx, tx, plan, f.Links); err != nil {
			return nil, err
		}
		if root.Name != "" {
			if len(f.Roots) == 0 {
				if root.Level != "" {
					return nil, kg.Errorf(kg.ENOTFOUND, "no %s named %q", root.Level, root.Name)
				}
				return nil, kg.Errorf(kg.ENOTFOUND, "no region named %q", root.Name)
			}
			return f, nil
		}
		f.Roots = make([]kg.Entity, len(root.Keys))
		for i, k := range root.Keys {
			f.Roots[i] = byKey[k]
		}
		return f, nil
	})
}

// planEvidence says whether a plan reads evidence anywhere.
func planEvidence(plan *kg.Plan) bool {
	if plan.Empty() {
		return false
	}
	for _, pl := range plan.Links {
		if pl.Spec.Evidence || planEvidence(pl.Next) {
			return true
		}
	}
	return false
}

// fillPrefetched gives the evidence read by a plan its sentences
// (fillSentences), when the plan reads evidence.
func fillPrefetched(ctx context.Context, tx runner, plan *kg.Plan, links kg.Prefetch) error {
	if !planEvidence(plan) {
		return nil
	}
	return fillSentences(ctx, tx, func(yield func(*kg.Link) bool) {
		for _, ls := range links {
			for _, l := range ls {
				if !yield(l) {
					return
				}
			}
		}
	})
}

// sentencesStatement reads, for each article of $refs, the sentences of
// the spans asked for (kg.ArticleSentences): one index seek per article.
var sentencesStatement = `
		UNWIND $refs AS ref
		MATCH (a:` + kg.ArticleSentences.Label + ` {id: ref.id})
		WITH ref, coalesce(a.` + kg.ArticleSentences.Spans + `, []) AS spans, a.` + kg.ArticleSentences.Sentences + ` AS texts
		RETURN ref.id AS id, [i IN range(0, size(spans) - 1) WHERE spans[i] IN ref.spans | [spans[i], texts[i]]] AS found`

// fillSentences gives the evidence of links its sentences, which are
// stored once per article (kg.ArticleSentences), not in the evidence
// strings: one statement for all the links of a read, whatever their
// number. Evidence in the form stored before (its sentence inside) is
// left as it is.
func fillSentences(ctx context.Context, tx runner, links func(yield func(*kg.Link) bool)) error {
	type want struct {
		spans []string
		seen  map[string]bool
	}
	wants := map[string]*want{}
	var order []string
	for l := range links {
		for _, e := range l.Evidence {
			if e.Sentence != "" {
				continue
			}
			w := wants[e.ArticleID]
			if w == nil {
				w = &want{seen: map[string]bool{}}
				wants[e.ArticleID] = w
				order = append(order, e.ArticleID)
			}
			span := kg.EvidenceSpan(e.Start, e.End)
			if !w.seen[span] {
				w.seen[span] = true
				w.spans = append(w.spans, span)
			}
		}
	}
	if len(order) == 0 {
		return nil
	}
	refs := make([]any, len(order))
	for i, id := range order {
		refs[i] = map[string]any{"id": id, "spans": wants[id].spans}
	}
	res, err := tx.Run(ctx, sentencesStatement, map[string]any{"refs": refs})
	if err != nil {
		return err
	}
	found := map[string]map[string]string{}
	for res.Next(ctx) {
		rec := res.Record()
		id, _ := rec.Values[0].(string)
		pairs, _ := rec.Values[1].([]any)
		m := make(map[string]string, len(pairs))
		for _, p := range pairs {
			if kv, ok := p.([]any); ok && len(kv) == 2 {
				span, _ := kv[0].(string)
				text, _ := kv[1].(string)
				m[span] = text
			}
		}
		found[id] = m
	}
	if err := res.Err(); err != nil {
		return err
	}
	for l := range links {
		for i := range l.Evidence {
			e := &l.Evidence[i]
			if e.Sentence == "" {
				e.Sentence = found[e.ArticleID][kg.EvidenceSpan(e.Start, e.End)]
			}
		}
	}
	return nil
}

// linksOf ranges over links (for fillSentences).
func linksOf(ls []*kg.Link) func(yield func(*kg.Link) bool) {
	return func(yield func(*kg.Link) bool) {
		for _, l := range ls {
			if !yield(l) {
				return
			}
		}
	}
}
