package graph

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"reflect"
	"strings"

	"github.com/tuopin/tuopin/graph/model"
	"github.com/tuopin/tuopin/kg"
)

// Caps on what one request may ask for.
const (
	maxFirst        = 100
	maxPathHops     = 10
	maxPaths        = 50
	maxHood         = 500
	maxHoodHops     = 3
	maxNodesPerCall = 100
)

func (r *Resolver) loaders(ctx context.Context) *loaders { return loadersFor(ctx, r.cfg.Reader) }

// pointers turns a store's answer into the API's list: f of each item, or
// the store's error.
func pointers[S, T any](xs []S, err error, f func(*S) *T) ([]*T, error) {
	if err != nil {
		return nil, err
	}
	res := make([]*T, len(xs))
	for i := range xs {
		res[i] = f(&xs[i])
	}
	return res, nil
}

// itself is pointers' f for items the API shows as they are.
func itself[T any](x *T) *T { return x }

// end returns one end of a link as T (nil if it is not a T).
func end[T kg.Entity](e kg.Entity) (T, error) {
	t, ok := e.(T)
	if !ok {
		var zero T
		return zero, kg.Errorf(kg.EINTERNAL, "relationship end is a %T", e)
	}
	return t, nil
}

// region loads a region by code; nil when absent.
func (r *Resolver) region(ctx context.Context, code string) (*kg.Region, error) {
	if code == "" {
		return nil, nil
	}
	e, err := r.loaders(ctx).entity(ctx, kg.Ref{Label: kg.LabelRegion, Key: code})
	if err != nil || e == nil {
		return nil, err
	}
	return end[*kg.Region](e)
}

// ancestorCode derives a province (2) or prefecture (4) code prefix from a
// GB/T 2260 code (derived codes below county start with the county's code).
func ancestorCode(code string, digits int) string {
	if len(code) < 6 {
		return ""
	}
	return code[:digits] + strings.Repeat("0", 6-digits)
}

// clamp bounds an optional count argument: def when nil, EINVALID when
// below min or above max.
func clamp(name string, v *int, def, min, max int) (int, error) {
	if v == nil {
		return def, nil
	}
	if *v < min || *v > max {
		return 0, kg.Errorf(kg.EINVALID, "%s must be between %d and %d, got %d", name, min, max, *v)
	}
	return *v, nil
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return strings.TrimSpace(*p)
}

// normalize converts user text the way articles were converted (traditional
// to simplified) when the server was given a normaliser.
func (r *Resolver) normalize(s string) string {
	s = strings.TrimSpace(s)
	if r.cfg.Normalize != nil {
		s = r.cfg.Normalize(s)
	}
	return s
}

// Cursors are opaque to clients: base64 of the JSON list (the label of its
// items), sort order and sort position (sort value and key), so the next
// page starts strictly after it (keyset), and a cursor of another list (an
// official's in counties) is refused rather than read as a position there.
type cursor struct {
	List string `json:"l"`
	Sort string `json:"s"`
	kg.Position
}

func encodeCursor(list, sort string, p kg.Position) string {
	b, _ := json.Marshal(cursor{List: list, Sort: sort, Position: p})
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s, list, sort string) (*kg.Position, error) {
	if s == "" {
		return nil, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	var c cursor
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil {
		return nil, kg.Errorf(kg.EINVALID, "after: malformed cursor")
	}
	if c.List != list {
		return nil, kg.Errorf(kg.EINVALID, "after: cursor is for another list")
	}
	if c.Sort != sort {
		return nil, kg.Errorf(kg.EINVALID, "after: cursor is for another sort order")
	}
	return &c.Position, nil
}

// listQuery builds the store query of a connection field.
func listQuery(label string, first *int, after *string, order *model.ListOrder) (kg.ListQuery, error) {
	n, err := clamp("first", first, 20, 0, maxFirst)
	if err != nil {
		return kg.ListQuery{}, err
	}
	q := kg.ListQuery{Label: label, First: n, Sort: kg.SortName}
	if order != nil {
		switch order.Field {
		case model.ListFieldKey:
			q.Sort = kg.SortKey
		case model.ListFieldDegree, model.ListFieldPagerank, model.ListFieldBetweenness:
			if label == kg.LabelArticle {
				return kg.ListQuery{}, kg.Errorf(kg.EINVALID, "orderBy: articles have no %s", order.Field)
			}
			q.Sort = string(order.Field) // kg.SortDegree, kg.SortPageRank, kg.SortBetweenness
		}
		q.Desc = order.Direction == model.SortDirectionDesc
	}
	sortID := q.Sort
	if q.Desc {
		sortID += "-"
	}
	if q.After, err = decodeCursor(str(after), label, sortID); err != nil {
		return kg.ListQuery{}, err
	}
	return q, nil
}

// regionFilter converts a region list's filter, its text normalised as the
// other lists' filters are (trimmed, traditional to simplified), so that
// 黑龍江省 selects what 黑龙江省 does.
func (r *Resolver) regionFilter(f *model.RegionFilter) kg.ListFilter {
	if f == nil {
		return kg.ListFilter{}
	}
	return kg.ListFilter{Industry: r.normalize(str(f.Industry)), Program: r.normalize(str(f.Program)), Province: r.normalize(str(f.Province)),
		NameContains: r.normalize(str(f.NameContains)), Community: f.Community}
}

// regionRoot finds a region by name for a root field, reading the
// relationships selected below it in the same round trip.
func (r *Resolver) regionRoot(ctx context.Context, name, level string) (*kg.Region, error) {
	plan := r.planBelow(ctx, "Region")
	if plan.Empty() {
		return r.regionByName(ctx, name, level)
	}
	name = r.normalize(name)
	if name == "" {
		return nil, kg.Errorf(kg.EINVALID, "name must not be empty")
	}
	f, err := r.cfg.Reader.Fetch(ctx, kg.Root{Name: name, Level: level}, plan)
	if err != nil {
		return nil, err
	}
	if len(f.Roots) == 0 || f.Roots[0] == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no region named %q", name)
	}
	r.loaders(ctx).prefetch(f.Links)
	return end[*kg.Region](f.Roots[0])
}

// nodeRoot reads a node by ref for a root field, with the relationships
// selected below it in the same round trip; nil when it does not exist.
func (r *Resolver) nodeRoot(ctx context.Context, ref kg.Ref) (kg.Entity, error) {
	plan := r.planBelow(ctx, ref.Label)
	if plan.Empty() {
		return r.loaders(ctx).entity(ctx, ref)
	}
	f, err := r.cfg.Reader.Fetch(ctx, kg.Root{Label: ref.Label, Keys: []string{ref.Key}}, plan)
	if err != nil {
		return nil, err
	}
	r.loaders(ctx).prefetch(f.Links)
	if len(f.Roots) == 0 {
		return nil, nil
	}
	return f.Roots[0], nil
}

// regionByName finds a region by name, normalising the name first.
func (r *Resolver) regionByName(ctx context.Context, name, level string) (*kg.Region, error) {
	name = r.normalize(name)
	if name == "" {
		return nil, kg.Errorf(kg.EINVALID, "name must not be empty")
	}
	return r.cfg.Reader.RegionByName(ctx, name, level)
}

// kindAsked reports whether e, read for the global id, is of the kind the
// id names: a region's id may name its level (County:230129), and that
// id names no node when the region is of another level (Province:230129
// is not the county 230129). A nil e is not of it.
func kindAsked(id string, e kg.Entity) bool {
	if e == nil || reflect.ValueOf(e).IsNil() {
		return false
	}
	prefix, _, _ := strings.Cut(id, ":")
	if _, ok := kg.NodeOf(prefix); ok {
		return true // a label (Region:230129), any level
	}
	return e.EntityKind() == strings.ToUpper(prefix)
}

// refs parses global ids.
func refs(ids ...string) ([]kg.Ref, error) {
	res := make([]kg.Ref, len(ids))
	for i, id := range ids {
		ref, err := kg.ParseRef(id)
		if err != nil {
			return nil, err
		}
		res[i] = ref
	}
	return res, nil
}
