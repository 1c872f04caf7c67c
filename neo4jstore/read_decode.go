package neo4jstore

import (
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/tuopin/tuopin/kg"
)

// propReader reads optional properties, remembering the first type
// mismatch.
type propReader struct {
	m   map[string]any
	err error
	// keys and vals, when keys is set: a projected list and the names of
	// its items (a handful, searched in order; no map built per row).
	keys []string
	vals []any
}

// props reads the properties of a map.
func props(m map[string]any) *propReader { return &propReader{m: m} }

func (p *propReader) get(key string) any {
	if p.keys == nil {
		return p.m[key]
	}
	for i, k := range p.keys {
		if k == key && i < len(p.vals) {
			return p.vals[i]
		}
	}
	return nil
}

func (p *propReader) fail(key string, v any, want string) {
	if p.err == nil {
		p.err = fmt.Errorf("property %s: %T, want %s", key, v, want)
	}
}

func (p *propReader) str(key string) string {
	switch v := p.get(key).(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		p.fail(key, v, "string")
		return ""
	}
}

func (p *propReader) boolean(key string) bool {
	switch v := p.get(key).(type) {
	case nil:
		return false
	case bool:
		return v
	default:
		p.fail(key, v, "bool")
		return false
	}
}

func (p *propReader) float(key string) float64 {
	switch v := p.get(key).(type) {
	case nil:
		return 0
	case float64:
		return v
	case int64:
		return float64(v)
	default:
		p.fail(key, v, "number")
		return 0
	}
}

func (p *propReader) integer(key string) int {
	switch v := p.get(key).(type) {
	case nil:
		return 0
	case int64:
		return int(v)
	default:
		p.fail(key, v, "integer")
		return 0
	}
}

func (p *propReader) strs(key string) []string {
	switch v := p.get(key).(type) {
	case nil:
		return nil
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			s, ok := x.(string)
			if !ok {
				p.fail(key, x, "list of strings")
				return nil
			}
			out = append(out, s)
		}
		return out
	default:
		p.fail(key, v, "list")
		return nil
	}
}

// entityOf decodes a node into the kg type of its label.
func entityOf(n neo4j.Node) (kg.Entity, error) {
	label := ""
	for _, l := range entityLabels {
		if slices.Contains(n.Labels, l) {
			label = l
			break
		}
	}
	if label == "" {
		return nil, fmt.Errorf("node %s has no entity label: %v", n.ElementId, n.Labels)
	}
	e, err := entityFrom(label, n.Props)
	if err != nil {
		return nil, fmt.Errorf("node %s: %w", n.ElementId, err)
	}
	return e, nil
}

// single runs a statement that returns one record and returns its column
// key as a T.
func single[T neo4j.RecordValue](ctx context.Context, tx runner, q string, params map[string]any, key string) (T, error) {
	var zero T
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return zero, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return zero, err
	}
	v, _, err := neo4j.GetRecordValue[T](rec, key)
	return v, err
}

// entityAt decodes the node in column key of a record.
func entityAt(rec *neo4j.Record, key string) (kg.Entity, error) {
	n, _, err := neo4j.GetRecordValue[neo4j.Node](rec, key)
	if err != nil {
		return nil, err
	}
	return entityOf(n)
}

// briefFields are the properties a brief projection reads of each label
// (kg.NodeType.Brief).
var briefFields = func() map[string][]string {
	m := make(map[string][]string, len(kg.Nodes))
	for _, n := range kg.Nodes {
		m[n.Label] = n.Brief
	}
	return m
}()

// entityFromList builds an entity from the values of a projected list of
// properties, named fields, without a map per node.
func entityFromList(label string, fields []string, vals []any) (kg.Entity, error) {
	if len(vals) != len(fields) {
		return nil, fmt.Errorf("%s: %d values for %d fields", label, len(vals), len(fields))
	}
	p := propReader{keys: fields, vals: vals}
	return entityOfProps(label, &p)
}

// entityFrom builds the entity of a label from (some of) its properties.
func entityFrom(label string, m map[string]any) (kg.Entity, error) {
	p := propReader{m: m}
	return entityOfProps(label, &p)
}

// entityOfProps builds the entity of a label from what p reads.
func entityOfProps(label string, p *propReader) (kg.Entity, error) {
	var e kg.Entity
	switch label {
	case kg.LabelRegion:
		e = &kg.Region{Code: p.str("code"), Name: p.str("name"), ShortName: p.str("shortName"), Level: p.str("level")}
	case kg.LabelOfficial:
		titles := p.strs("titles")
		if titles == nil {
			titles = []string{}
		}
		e = &kg.Official{ID: p.str("id"), Name: p.str("name"), Titles: titles, Place: p.str("place"), PlaceCode: p.str("placeCode")}
	case kg.LabelProgram:
		e = &kg.Program{ID: p.str("id"), Name: p.str("name"), Category: p.str("category"), Local: p.boolean("local")}
	case kg.LabelIndustry:
		e = &kg.Industry{Name: p.str("name"), Category: p.str("category")}
	case kg.LabelOrganization:
		e = &kg.Organization{ID: p.str("id"), Name: p.str("name"), Kind: p.str("kind")}
	case kg.LabelStatistic:
		e = &kg.Statistic{ID: p.str("id"), Metric: p.str("metric"), Value: p.str("value"), Number: p.float("number"),
			Unit: p.str("unit"), Year: p.str("year"), Place: p.str("place"), PlaceCode: p.str("placeCode")}
	case kg.LabelArticle:
		e = &kg.Article{ID: p.str("id"), Title: p.str("title"), Source: p.str("source"), PublishedAt: p.str("publishedAt"),
			File: p.str("file"), Script: p.str("script"), Encoding: p.str("encoding"), Chars: p.integer("chars")}
	default:
		return nil, fmt.Errorf("unknown label %q", label)
	}
	if p.err != nil {
		return nil, p.err
	}
	return e, nil
}
