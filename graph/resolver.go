package graph

import (
	"context"
	"crypto/subtle"
	"net/http"
	"slices"
	"strings"

	"github.com/tuopin/tuopin/kg"
)

// Resolver is the root of dependency injection for the resolvers.
type Resolver struct {
	cfg Config
}

func newResolver(c Config) *Resolver {
	return &Resolver{cfg: c}
}

type authKey struct{}

// withAuth records whether the request presented the API key; only the
// mutation checks it, so queries need no key.
func withAuth(key string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if key != "" {
			got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if ok && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(key)) == 1 {
				r = r.WithContext(context.WithValue(r.Context(), authKey{}, true))
			}
		}
		next.ServeHTTP(w, r)
	})
}

func authenticated(ctx context.Context) bool {
	ok, _ := ctx.Value(authKey{}).(bool)
	return ok
}

func (r *Resolver) ingest(ctx context.Context, title, text string) (*kg.Article, error) {
	if r.cfg.APIKey == "" || r.cfg.Ingest == nil {
		return nil, kg.Errorf(kg.EUNAUTHORIZED, "mutations are disabled on this server (no API key configured)")
	}
	if !authenticated(ctx) {
		return nil, kg.Errorf(kg.EUNAUTHORIZED, "ingestArticle needs the header Authorization: Bearer <api key>")
	}
	if strings.TrimSpace(text) == "" {
		return nil, kg.Errorf(kg.EINVALID, "input.text must not be empty")
	}
	return r.cfg.Ingest(ctx, title, text)
}

func (r *Resolver) regionByCodeOrName(ctx context.Context, name, code string) (*kg.Region, error) {
	// A code is typed as a name is: full-width digits (２３０１２９) are the same code.
	code = r.normalize(code)
	switch {
	case code != "" && name != "":
		return nil, kg.Errorf(kg.EINVALID, "give name or code, not both")
	case code != "":
		e, err := r.nodeRoot(ctx, kg.Ref{Label: kg.LabelRegion, Key: code})
		if err == nil && e == nil {
			err = kg.Errorf(kg.ENOTFOUND, "no region with code %q", code)
		}
		if err != nil {
			return nil, err
		}
		return end[*kg.Region](e)
	case name != "":
		return r.regionRoot(ctx, name, "")
	}
	return nil, kg.Errorf(kg.EINVALID, "give name or code")
}

func (r *Resolver) search(ctx context.Context, query string, kinds []string, first *int) ([]*kg.SearchHit, error) {
	n, err := clamp("first", first, 10, 1, maxFirst)
	if err != nil {
		return nil, err
	}
	for _, k := range kinds {
		if !searchable(k) {
			return nil, kg.Errorf(kg.EINVALID, "kinds: %s is not searched; search covers regions, officials, programs, industries and organizations", k)
		}
	}
	q := r.normalize(query)
	if q == "" {
		return nil, kg.Errorf(kg.EINVALID, "query must not be empty")
	}
	if len([]rune(q)) > 200 {
		return nil, kg.Errorf(kg.EINVALID, "query: at most 200 characters")
	}
	hits, err := r.cfg.Reader.Search(ctx, kg.SearchQuery{Query: q, Kinds: kinds, First: n})
	return pointers(hits, err, itself)
}

func (r *Resolver) paths(ctx context.Context, from, to string, maxHops *int, all bool, first *int) ([]*kg.Path, error) {
	hops, err := clamp("maxHops", maxHops, 6, 1, maxPathHops)
	if err != nil {
		return nil, err
	}
	n, err := clamp("first", first, 10, 1, maxPaths)
	if err != nil {
		return nil, err
	}
	rs, err := refs(from, to)
	if err != nil {
		return nil, err
	}
	// A region id with a level's prefix (Province:230129) names the region
	// only at that level, as node(id:) does: a county is no province.
	for i, id := range []string{from, to} {
		if prefix, _, _ := strings.Cut(id, ":"); prefix != rs[i].Label {
			e, err := r.loaders(ctx).entity(ctx, rs[i])
			if err != nil {
				return nil, err
			}
			if !kindAsked(id, e) {
				return nil, kg.Errorf(kg.ENOTFOUND, "no node %s", id)
			}
		}
	}
	ps, err := r.cfg.Reader.ShortestPaths(ctx, rs[0], rs[1], hops, all, n, selectsUnder(ctx, "relationships", "evidence"))
	return pointers(ps, err, itself)
}

func (r *Resolver) neighborhood(ctx context.Context, id string, hops, limit *int) (*kg.Subgraph, error) {
	h, err := clamp("hops", hops, 1, 1, maxHoodHops)
	if err != nil {
		return nil, err
	}
	n, err := clamp("limit", limit, 50, 1, maxHood)
	if err != nil {
		return nil, err
	}
	ref, err := kg.ParseRef(id)
	if err != nil {
		return nil, err
	}
	g, err := r.cfg.Reader.Neighborhood(ctx, ref, h, n, selectsUnder(ctx, "edges", "evidence"))
	if err != nil {
		return nil, err
	}
	// A region id with another level's prefix (Province:230129 for a
	// county) names no node, as for node(id:).
	for _, e := range g.Nodes {
		if e.EntityRef() == ref && !kindAsked(id, e) {
			return nil, kg.Errorf(kg.ENOTFOUND, "no node %s", id)
		}
	}
	return g, nil
}

// searchable reports whether the full-text index covers nodes of kind (the
// model's Searchable labels): asking search for articles or statistics
// would otherwise answer nothing, as if none matched.
func searchable(kind string) bool {
	for _, n := range kg.Nodes {
		if n.Searchable && slices.Contains(n.Kinds, kind) {
			return true
		}
	}
	return false
}
