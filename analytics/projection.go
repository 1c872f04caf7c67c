// Package analytics computes graph analytics as a job over a compact
// projection of the entity graph (int32 node indexes, CSR adjacency, no
// properties) and writes the results back through a kg.Projector, as Neo4j
// Graph Data Science does in write mode. The API reads the stored results;
// it never holds a copy of the graph.
//
// Algorithms and their sources (docs/analytics.md): degree, weakly
// connected components, Jaccard similarity and co-occurrence counts are
// computed here over the CSR arrays, and PageRank (gonum's
// network.PageRankSparse equations from the uniform vector, so that it is
// the same every run); exact betweenness (network.Betweenness), Louvain communities
// (community.Modularize) and modularity (community.Q) come from gonum;
// sampled betweenness above BetweennessExactMax nodes is Brandes'
// algorithm from sampled sources (Brandes and Pich 2007), written here.
package analytics

import (
	"fmt"
	"slices"

	"github.com/tuopin/tuopin/kg"
)

// Projection is the entity graph as CSR arrays. Node i has store id
// IDs[i] and kind Kinds[i] (an index into kg.ProjectedKinds); its outgoing
// relationships are OutTo[OutOff[i]:OutOff[i+1]] with types OutType (indexes
// into kg.ProjectedTypes). Nbr is the undirected simple graph the
// centrality and community algorithms use: distinct neighbours over the
// relationships taken both ways, without self-loops, sorted.
type Projection struct {
	IDs     []int64
	Kinds   []uint8
	OutOff  []int32
	OutTo   []int32
	OutType []uint8
	NbrOff  []int32
	Nbr     []int32
}

// Builder accumulates projected nodes as the store streams them.
type Builder struct {
	p     Projection
	index map[int64]int32
	to    []int64 // store ids of OutTo, resolved by Build
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder {
	return &Builder{index: map[int64]int32{}, p: Projection{OutOff: []int32{0}}}
}

// Add appends one node and its outgoing relationships.
func (b *Builder) Add(n *kg.ProjectedNode) error {
	if _, dup := b.index[n.ID]; dup {
		return fmt.Errorf("projection: node %d streamed twice", n.ID)
	}
	if int(n.Kind) >= len(kg.ProjectedKinds) || len(n.To) != len(n.Types) {
		return fmt.Errorf("projection: node %d: bad kind or relationship lists", n.ID)
	}
	b.index[n.ID] = int32(len(b.p.IDs))
	b.p.IDs = append(b.p.IDs, n.ID)
	b.p.Kinds = append(b.p.Kinds, n.Kind)
	b.to = append(b.to, n.To...)
	b.p.OutType = append(b.p.OutType, n.Types...)
	b.p.OutOff = append(b.p.OutOff, int32(len(b.to)))
	return nil
}

// Len is the number of nodes added.
func (b *Builder) Len() int { return len(b.p.IDs) }

// Build resolves relationship ends to node indexes (dropping those whose
// end was not projected) and builds the undirected neighbour arrays.
func (b *Builder) Build() *Projection {
	p := b.p
	p.OutTo = make([]int32, 0, len(b.to))
	types := p.OutType[:0]
	off := int32(0)
	for i := range p.IDs {
		lo, hi := p.OutOff[i], p.OutOff[i+1]
		p.OutOff[i] = off
		for k := lo; k < hi; k++ {
			j, ok := b.index[b.to[k]]
			if !ok {
				continue
			}
			p.OutTo = append(p.OutTo, j)
			types = append(types, p.OutType[k])
			off++
		}
	}
	p.OutOff[len(p.IDs)] = off
	p.OutType = types
	b.to, b.index = nil, nil
	p.buildNeighbours()
	return &p
}

// buildNeighbours fills NbrOff/Nbr from the outgoing arrays: counting
// sort by node, then sort and deduplicate each row.
func (p *Projection) buildNeighbours() {
	n := len(p.IDs)
	deg := make([]int32, n+1)
	for i := range n {
		for _, j := range p.OutTo[p.OutOff[i]:p.OutOff[i+1]] {
			if int(j) != i {
				deg[i]++
				deg[j]++
			}
		}
	}
	off := make([]int32, n+1)
	for i := range n {
		off[i+1] = off[i] + deg[i]
	}
	nbr := make([]int32, off[n])
	fill := slices.Clone(off[:n])
	for i := range n {
		for _, j := range p.OutTo[p.OutOff[i]:p.OutOff[i+1]] {
			if int(j) != i {
				nbr[fill[i]] = j
				fill[i]++
				nbr[fill[j]] = int32(i)
				fill[j]++
			}
		}
	}
	// Sort and compact each row in place, shifting rows left.
	w := int32(0)
	for i := range n {
		row := nbr[off[i]:off[i+1]]
		slices.Sort(row)
		row = slices.Compact(row)
		off[i] = w
		w += int32(copy(nbr[w:], row))
	}
	off[n] = w
	p.NbrOff, p.Nbr = off, slices.Clip(nbr[:w])
}

// Len is the number of nodes.
func (p *Projection) Len() int { return len(p.IDs) }

// Relationships is the number of projected relationships.
func (p *Projection) Relationships() int { return len(p.OutTo) }

// Neighbours returns node i's distinct neighbours, sorted.
func (p *Projection) Neighbours(i int32) []int32 { return p.Nbr[p.NbrOff[i]:p.NbrOff[i+1]] }

// Bytes is the memory of the projection's arrays.
func (p *Projection) Bytes() int {
	return 8*len(p.IDs) + len(p.Kinds) + 4*len(p.OutOff) + 4*len(p.OutTo) + len(p.OutType) +
		4*len(p.NbrOff) + 4*len(p.Nbr)
}

// out returns node i's outgoing ends of one relationship type.
func (p *Projection) out(i int32, typ uint8, dst []int32) []int32 {
	dst = dst[:0]
	for k := p.OutOff[i]; k < p.OutOff[i+1]; k++ {
		if p.OutType[k] == typ {
			dst = append(dst, p.OutTo[k])
		}
	}
	return dst
}

// typeIndex is the index of a relationship type in kg.ProjectedTypes.
func typeIndex(t string) uint8 { return uint8(slices.Index(kg.ProjectedTypes, t)) }

// kindIndex is the index of a kind in kg.ProjectedKinds.
func kindIndex(k string) uint8 { return uint8(slices.Index(kg.ProjectedKinds, k)) }
