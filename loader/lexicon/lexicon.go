// Package lexicon holds the extractor's domain dictionaries: surnames, official
// titles, poverty-alleviation program types and national slogans, and rural
// industries. The data is embedded plain text (see SOURCE.md); Default parses
// it once and the result is read-only.
package lexicon

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

var (
	//go:embed surnames.txt
	surnamesTxt string
	//go:embed titles.txt
	titlesTxt string
	//go:embed programs.txt
	programsTxt string
	//go:embed industries.txt
	industriesTxt string
	//go:embed products_public.txt
	productsTxt string
)

// Title is one form of an official's title. Level is the level character the
// form starts with (县 in 县委书记) or 0 for titles without one (第一书记).
// Canonical is the form to record (县人民政府县长 → 县长).
type Title struct {
	Form      string
	Canonical string
	Level     rune
}

// Program is a program type or fixed program name with its category.
type Program struct {
	Canonical string
	Category  string
}

// Industry is a canonical industry.
type Industry struct {
	Name     string
	Category string
	Parent   string // SUBTYPE_OF target, "" if none
	Sector   bool   // recorded only from explicit development patterns
	// Repeated marks a sector that is recorded also when a report names
	// it in two places or more (电商): a report that returns to it is
	// about it.
	Repeated bool
	// Processed marks a kind made by processing rather than grown ("^" in
	// industries.txt: 红茶, 绿茶): three or more of one parent named
	// together are the parent's range of products.
	Processed bool
}

// Lexicon is the parsed dictionaries. All maps are read-only after Default.
type Lexicon struct {
	surnames map[string]bool

	Titles []Title // longest form first

	Domains map[string]Program // X of X扶贫 → canonical program name (X扶贫) and category
	// SelfNamed holds the domains marked "!" in [domains]: they name a
	// programme by themselves, so listed before another X扶贫 they do not
	// share its 扶贫.
	SelfNamed  map[string]bool
	Programs   map[string]Program // fixed program names and variants
	NotDomains map[string]bool
	Slogans    map[string]bool

	industries map[string]*Industry // every form → canonical industry
	// Public holds the products added from products_public.txt (a public
	// list; see SOURCE.md) that industries.txt does not already know. They
	// are matched like any product but not added to the segmenter's
	// dictionary, so they never change how other text is cut.
	Public    map[string]bool
	Generic   map[string]bool // not industries
	Modifiers []string        // longest first
	TypeWords map[string]bool // kept before a product: where it grows, what its soil gives it
	// Spellings are variants written "~form" in industries.txt: matched as
	// their industry, but recorded as written when an article spells the
	// industry only that way (土豆 for 马铃薯).
	Spellings map[string]bool
	// ShortSpellings are the one-character Spellings (竹, 鸭), in file
	// order: only verb-led readers find them, so they are checked apart.
	ShortSpellings []string
}

var (
	once sync.Once
	def  *Lexicon
)

// Default returns the embedded lexicon, parsed on first use and shared.
func Default() *Lexicon {
	once.Do(func() {
		l, err := Parse(surnamesTxt, titlesTxt, programsTxt, industriesTxt)
		if err == nil {
			l.AddPublicProducts(productsTxt)
		}
		if err != nil {
			// Embedded data covered by tests: a failure is a build mistake.
			panic("lexicon: " + err.Error())
		}
		def = l
	})
	return def
}

// Parse builds a Lexicon from the four data files' contents.
func Parse(surnames, titles, programs, industries string) (*Lexicon, error) {
	l := &Lexicon{
		surnames:   map[string]bool{},
		Domains:    map[string]Program{},
		SelfNamed:  map[string]bool{},
		Programs:   map[string]Program{},
		NotDomains: map[string]bool{},
		Slogans:    map[string]bool{},
		industries: map[string]*Industry{},
		Generic:    map[string]bool{},
		TypeWords:  map[string]bool{},
		Spellings:  map[string]bool{},
	}
	for _, line := range lines(surnames) {
		for _, s := range strings.Fields(line) {
			l.surnames[s] = true
		}
	}
	if err := l.parseTitles(titles); err != nil {
		return nil, fmt.Errorf("titles: %w", err)
	}
	if err := l.parsePrograms(programs); err != nil {
		return nil, fmt.Errorf("programs: %w", err)
	}
	if err := l.parseIndustries(industries); err != nil {
		return nil, fmt.Errorf("industries: %w", err)
	}
	return l, nil
}

// AddPublicProducts adds each product name of a public list (one per line,
// "#" comments) that the lexicon does not know under any form, as its own
// canonical product.
func (l *Lexicon) AddPublicProducts(text string) {
	if l.Public == nil {
		l.Public = map[string]bool{}
	}
	for _, name := range lines(text) {
		n := utf8.RuneCountInString(name)
		if n < 2 || n > 6 || l.industries[name] != nil || l.Generic[name] {
			continue
		}
		l.industries[name] = &Industry{Name: name, Category: "公开名录"}
		l.Public[name] = true
	}
}

// lines returns the non-empty, non-comment lines of s, trimmed.
func lines(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// rewrite splits "form => canonical" (canonical defaults to form).
func rewrite(s string) (form, canonical string) {
	form, canonical, ok := strings.Cut(s, "=>")
	form = strings.TrimSpace(form)
	if !ok {
		return form, form
	}
	return form, strings.TrimSpace(canonical)
}

func (l *Lexicon) parseTitles(data string) error {
	section := ""
	var levels []string
	seen := map[string]bool{}
	add := func(t Title) {
		if !seen[t.Form] {
			seen[t.Form] = true
			l.Titles = append(l.Titles, t)
		}
	}
	for _, line := range lines(data) {
		if strings.HasPrefix(line, "[") {
			section = strings.Trim(line, "[]")
			continue
		}
		switch section {
		case "levels":
			levels = strings.Fields(line)
		case "templates":
			tmpl, lv, _ := strings.Cut(line, "\t")
			form, canon := rewrite(tmpl)
			use := levels
			if f := strings.Fields(lv); len(f) > 0 {
				use = f
			}
			for _, L := range use {
				r, _ := utf8.DecodeRuneInString(L)
				f := strings.ReplaceAll(form, "{L}", L)
				c := strings.ReplaceAll(canon, "{L}", L)
				first, _ := utf8.DecodeRuneInString(f)
				if first != r {
					// 副县长, 常务副县长: the level is inside, not first.
					r = 0
				}
				add(Title{Form: f, Canonical: c, Level: r})
			}
		case "plain":
			form, canon := rewrite(line)
			add(Title{Form: form, Canonical: canon})
		default:
			return fmt.Errorf("line outside a section: %q", line)
		}
	}
	slices.SortStableFunc(l.Titles, func(a, b Title) int {
		return utf8.RuneCountInString(b.Form) - utf8.RuneCountInString(a.Form)
	})
	return nil
}

func (l *Lexicon) parsePrograms(data string) error {
	section := ""
	for _, line := range lines(data) {
		if strings.HasPrefix(line, "[") {
			section = strings.Trim(line, "[]")
			continue
		}
		switch section {
		case "domains", "programs":
			spec, cat, _ := strings.Cut(line, "\t")
			spec, self := strings.CutPrefix(spec, "!")
			form, canon := rewrite(spec)
			cat = strings.TrimSpace(cat)
			if self && section == "domains" {
				l.SelfNamed[form] = true
			}
			if section == "domains" {
				name := canon + "扶贫"
				if strings.HasSuffix(canon, "搬迁") || strings.HasSuffix(canon, "扶贫") {
					name = canon
				}
				l.Domains[form] = Program{Canonical: name, Category: cat}
			} else {
				l.Programs[form] = Program{Canonical: canon, Category: cat}
			}
		case "notdomains":
			l.NotDomains[line] = true
		case "slogans":
			l.Slogans[line] = true
		default:
			return fmt.Errorf("line outside a section: %q", line)
		}
	}
	return nil
}

func (l *Lexicon) parseIndustries(data string) error {
	category := ""
	for _, line := range lines(data) {
		if strings.HasPrefix(line, "[") {
			category = strings.Trim(line, "[]")
			continue
		}
		switch category {
		case "":
			return fmt.Errorf("line outside a section: %q", line)
		case "generic":
			l.Generic[line] = true
			continue
		case "modifiers":
			l.Modifiers = append(l.Modifiers, strings.Fields(line)...)
			continue
		case "types":
			for _, w := range strings.Fields(line) {
				l.TypeWords[w] = true
			}
			continue
		}
		head, variants, _ := strings.Cut(line, "=")
		name, parent, _ := strings.Cut(head, "<")
		name, parent = strings.TrimSpace(name), strings.TrimSpace(parent)
		ind := &Industry{Category: category, Parent: parent}
		if n, ok := strings.CutPrefix(name, "^"); ok {
			if parent == "" {
				return fmt.Errorf("%q: a processed kind (\"^\") needs a parent", line)
			}
			name, ind.Processed = n, true
		}
		if n, ok := strings.CutPrefix(name, "!"); ok {
			name, ind.Sector = n, true
			if n, ok := strings.CutPrefix(name, "+"); ok {
				name, ind.Repeated = n, true
			}
		}
		if strings.HasPrefix(name, "~") || strings.HasPrefix(parent, "~") {
			// "~" marks a variant kept as written; the canonical name is
			// what the written form is a spelling of.
			return fmt.Errorf("%q: \"~\" marks a variant, not a name", line)
		}
		ind.Name = name
		for _, form := range append([]string{name}, strings.Fields(variants)...) {
			if f, ok := strings.CutPrefix(form, "~"); ok {
				form = f
				l.Spellings[form] = true
				if utf8.RuneCountInString(form) == 1 {
					l.ShortSpellings = append(l.ShortSpellings, form)
				}
			}
			if prev, dup := l.industries[form]; dup && prev.Name != name {
				return fmt.Errorf("%s is a form of both %s and %s", form, prev.Name, name)
			}
			l.industries[form] = ind
		}
	}
	for _, ind := range l.industries {
		if ind.Parent != "" && l.industries[ind.Parent] == nil {
			return fmt.Errorf("%s: unknown parent %s", ind.Name, ind.Parent)
		}
	}
	seen := map[string]bool{}
	l.Modifiers = slices.DeleteFunc(l.Modifiers, func(m string) bool {
		dup := seen[m]
		seen[m] = true
		return dup
	})
	slices.SortStableFunc(l.Modifiers, func(a, b string) int {
		return utf8.RuneCountInString(b) - utf8.RuneCountInString(a)
	})
	return nil
}

// IsSurname reports whether s is a surname (one or two characters).
func (l *Lexicon) IsSurname(s string) bool { return l.surnames[s] }

// Industry returns the canonical industry that form names.
func (l *Lexicon) Industry(form string) (*Industry, bool) {
	ind, ok := l.industries[form]
	return ind, ok
}

// IndustryForms returns every industry form (canonical names and variants),
// sorted, for matchers and segmenter dictionaries.
func (l *Lexicon) IndustryForms() []string {
	out := make([]string, 0, len(l.industries))
	for f := range l.industries {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}
