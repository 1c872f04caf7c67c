// Package kg holds Tuopin's domain: the entities and facts of the
// poverty-alleviation knowledge graph, the interfaces through which they are
// stored and read, and the error codes shared by every adapter.
//
// It imports only the standard library. The loader produces Facts, a Writer
// (neo4jstore) persists them and a Reader serves them to the GraphQL layer.
package kg

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

// Region levels, from the GB/T 2260 hierarchy down to villages.
const (
	LevelProvince   = "province"
	LevelPrefecture = "prefecture"
	LevelCounty     = "county"
	LevelTown       = "town"
	LevelVillage    = "village"
)

// Region roles within one article.
const (
	RoleSubject  = "subject"  // what the article is about
	RolePartner  = "partner"  // a helper or helped region in a partnership
	RoleMention  = "mention"  // named in passing
	RoleAncestor = "ancestor" // added to complete the hierarchy (PART_OF), never named
)

// Evidence ties a fact to the sentence of an article that states it.
// Start and End are rune offsets into the article's normalised text.
type Evidence struct {
	ArticleID string `json:"article"`
	Sentence  string `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	// Rule names the extraction rule that matched in this sentence
	// (partner.verb, industry.dev-verb …); see loader/rules.go.
	Rule string `json:"rule,omitempty"`
}

// Article is one input document after normalisation.
type Article struct {
	ID          string `json:"id"` // hex SHA-256 of the normalised text
	Title       string `json:"title"`
	Source      string `json:"source,omitempty"`
	PublishedAt string `json:"publishedAt,omitempty"` // 2006-01-02 or ""
	File        string `json:"file,omitempty"`        // base name of the input
	// Path is where the input was read (absolute), or another name of its
	// source ("ingest:<id>" for the API): a later article from the same
	// Path replaces this one. Empty when unknown; the store then keys
	// replacement on File.
	Path     string `json:"path,omitempty"`
	Script   string `json:"script,omitempty"` // hans, hant or mixed
	Encoding string `json:"encoding,omitempty"`
	Chars    int    `json:"chars"` // runes in the normalised text
}

// Region is an administrative division. Code is the GB/T 2260 code for
// province..county; below that it is a derived key (parent code + name hash).
type Region struct {
	Code       string `json:"code"`
	Name       string `json:"name"`
	ShortName  string `json:"shortName,omitempty"`
	Level      string `json:"level"`
	ParentCode string `json:"parentCode,omitempty"`
}

// RegionFact is a region an article names (or needs for its hierarchy).
type RegionFact struct {
	Region
	Role string `json:"role"`
	// Confidence is the calibrated precision of the best rule that found
	// the fact (0..1; see loader/rules.json).
	Confidence float64    `json:"confidence,omitempty"`
	Evidence   []Evidence `json:"evidence,omitempty"`
}

// Role is one title an official holds in one region.
type Role struct {
	Title      string `json:"title"`
	RegionCode string `json:"regionCode,omitempty"`
	Region     string `json:"region,omitempty"`
}

// OfficialFact is a named person with a government or Party title.
type OfficialFact struct {
	ID        string   `json:"id"` // OfficialID(name, place code)
	Name      string   `json:"name"`
	Titles    []string `json:"titles"`
	Place     string   `json:"place"`
	PlaceCode string   `json:"placeCode,omitempty"`
	Roles     []Role   `json:"roles,omitempty"`
	// Confidence is the calibrated precision of the best rule that found
	// the fact (0..1; see loader/rules.json).
	Confidence float64    `json:"confidence,omitempty"`
	Evidence   []Evidence `json:"evidence,omitempty"`
}

// ProgramFact is a poverty-alleviation program a region implements.
// National program types (产业扶贫) are shared; local named initiatives
// ("四联四帮") are keyed by name and region.
type ProgramFact struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Category   string   `json:"category,omitempty"`
	Local      bool     `json:"local,omitempty"`
	RegionCode string   `json:"regionCode,omitempty"` // the implementing region
	Industries []string `json:"industries,omitempty"` // industries it supports (SUPPORTS)
	// Confidence is the calibrated precision of the best rule that found
	// the fact (0..1; see loader/rules.json).
	Confidence float64    `json:"confidence,omitempty"`
	Evidence   []Evidence `json:"evidence,omitempty"`
}

// IndustryFact is an industry a region develops.
type IndustryFact struct {
	// Name is the lexicon's canonical name, or the spelling the report
	// writes when it writes the industry only in a form kept as written
	// (洋芋 for 马铃薯; then Parent is the canonical name).
	Name       string `json:"name"`
	Category   string `json:"category,omitempty"`
	Parent     string `json:"parent,omitempty"` // SUBTYPE_OF, e.g. 黑木耳 -> 食用菌
	RegionCode string `json:"regionCode,omitempty"`
	// Confidence is the calibrated precision of the best rule that found
	// the fact (0..1; see loader/rules.json).
	Confidence float64    `json:"confidence,omitempty"`
	Evidence   []Evidence `json:"evidence,omitempty"`
}

// PartnerFact is region-to-region assistance (东西部扶贫协作, 对口帮扶…).
type PartnerFact struct {
	HelperCode string `json:"helperCode"`
	Helper     string `json:"helper"`
	HelpedCode string `json:"helpedCode"`
	Helped     string `json:"helped"`
	Mechanism  string `json:"mechanism,omitempty"`
	// Confidence is the calibrated precision of the best rule that found
	// the fact (0..1; see loader/rules.json).
	Confidence float64    `json:"confidence,omitempty"`
	Evidence   []Evidence `json:"evidence,omitempty"`
}

// StatFact is a reported figure, such as 贫困发生率 0.44% in 2019.
type StatFact struct {
	ID        string  `json:"id"` // StatID(place code, metric, year, value)
	Place     string  `json:"place"`
	PlaceCode string  `json:"placeCode,omitempty"`
	Metric    string  `json:"metric"`
	Value     string  `json:"value"` // normalised text: 0.44%, 8680户16492人, 46个
	Number    float64 `json:"number"`
	Unit      string  `json:"unit,omitempty"`
	Year      string  `json:"year"`
	// Confidence is the calibrated precision of the best rule that found
	// the fact (0..1; see loader/rules.json).
	Confidence float64    `json:"confidence,omitempty"`
	Evidence   []Evidence `json:"evidence,omitempty"`
}

// OrganizationFact is an enterprise, cooperative or department operating in a region.
type OrganizationFact struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Kind       string `json:"kind,omitempty"` // enterprise, cooperative, department
	RegionCode string `json:"regionCode,omitempty"`
	// Confidence is the calibrated precision of the best rule that found
	// the fact (0..1; see loader/rules.json).
	Confidence float64    `json:"confidence,omitempty"`
	Evidence   []Evidence `json:"evidence,omitempty"`
}

// Facts is everything extracted from one article.
type Facts struct {
	Article       Article            `json:"article"`
	Regions       []RegionFact       `json:"regions"`
	Officials     []OfficialFact     `json:"officials"`
	Programs      []ProgramFact      `json:"programs"`
	Industries    []IndustryFact     `json:"industries"`
	Partners      []PartnerFact      `json:"partners"`
	Stats         []StatFact         `json:"stats"`
	Organizations []OrganizationFact `json:"organizations"`
}

// Count returns the number of facts (entities and relations) in f.
func (f *Facts) Count() int {
	return len(f.Regions) + len(f.Officials) + len(f.Programs) + len(f.Industries) +
		len(f.Partners) + len(f.Stats) + len(f.Organizations)
}

// HashID returns a short deterministic key from its parts.
func HashID(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return hex.EncodeToString(h[:12])
}

// OfficialID keys an official by name and the region served, never by name alone.
func OfficialID(name, placeCode string) string { return "off:" + HashID(name, placeCode) }

// StatID keys a statistic by place, metric, year and value.
func StatID(placeCode, metric, year, value string) string {
	return "stat:" + HashID(placeCode, metric, year, value)
}

// ProgramID keys a national program type by its canonical name and a local
// initiative by name and region, so local initiatives are not shared.
func ProgramID(name string, local bool, regionCode string) string {
	if local {
		return "prog:" + name + "@" + regionCode
	}
	return "prog:" + name
}

// OrganizationID keys an organisation by name and region.
func OrganizationID(name, regionCode string) string { return "org:" + HashID(name, regionCode) }

// EncodeEvidence packs e into the string form stored on relationships:
// "<articleId>:<start>:<end>", the article and the span of the sentence in
// its normalised text. The sentence itself is stored once, on the article
// (ArticleSentences); EvidenceSpan is the key it is stored under.
func EncodeEvidence(e Evidence) string {
	return e.ArticleID + ":" + EvidenceSpan(e.Start, e.End)
}

// EvidenceSpan is the key of a sentence on its article: "<start>:<end>".
func EvidenceSpan(start, end int) string { return itoa(start) + ":" + itoa(end) }

// ParseEvidence decodes the string form written by EncodeEvidence, with an
// empty Sentence (the reader takes it from the article), or the form stored
// before sentences moved to articles, "<articleId>:<start>:<end>:<sentence>",
// with its Sentence.
func ParseEvidence(s string) (Evidence, bool) {
	parts := strings.SplitN(s, ":", 4)
	if len(parts) < 3 {
		return Evidence{}, false
	}
	start, ok1 := atoi(parts[1])
	end, ok2 := atoi(parts[2])
	if !ok1 || !ok2 {
		return Evidence{}, false
	}
	e := Evidence{ArticleID: parts[0], Start: start, End: end}
	if len(parts) == 4 {
		e.Sentence = parts[3]
	}
	return e, true
}

// SplitEvidence splits an evidence string into its article id and the rest
// (the span, and in the older form the sentence after it).
func SplitEvidence(s string) (article, rest string, ok bool) {
	return strings.Cut(s, ":")
}

func itoa(n int) string { return strconv.Itoa(n) }

func atoi(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil
}
