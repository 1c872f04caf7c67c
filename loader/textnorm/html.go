package textnorm

import (
	"html"
	"strings"
)

// looksLikeHTML reports whether s is an HTML page or fragment rather than
// text that happens to contain "<".
func looksLikeHTML(s string) bool {
	head := s
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = strings.ToLower(strings.TrimSpace(head))
	if !strings.HasPrefix(head, "<") {
		return false
	}
	for _, m := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "</p>", "<br", "</div>"} {
		if strings.Contains(head, m) {
			return true
		}
	}
	return false
}

// Elements whose content is never article text.
var skipElements = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"nav": true, "aside": true, "footer": true, "select": true, "iframe": true,
	"svg": true, "button": true, "form": true,
}

// Elements that end a line of text.
var blockElements = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"tr": true, "table": true, "section": true, "article": true, "header": true,
	"main": true, "blockquote": true, "pre": true, "hr": true, "dd": true,
	"dt": true, "dl": true, "figure": true, "figcaption": true, "title": true,
	"body": true, "head": true, "html": true, "td": true, "th": true,
}

// htmlToText strips tags, comments, scripts and styles, decodes entities and
// puts the page title (the first <h1>, else <title> without a site suffix)
// on the first line. It is a single forward scan.
func htmlToText(s string) string {
	var body strings.Builder
	body.Grow(len(s) / 2)
	var title, h1 strings.Builder
	inTitle, inH1, h1Done := false, false, false
	skip := ""     // name of the element whose content is being skipped
	skipDepth := 0 // nesting of that element
	text := func(t string) {
		if skip != "" || t == "" {
			return
		}
		t = html.UnescapeString(t)
		switch {
		case inTitle:
			title.WriteString(t)
			return
		case inH1 && !h1Done:
			h1.WriteString(t)
		}
		body.WriteString(t)
	}
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			text(s)
			break
		}
		text(s[:lt])
		s = s[lt:]
		if strings.HasPrefix(s, "<!--") {
			end := strings.Index(s, "-->")
			if end < 0 {
				break
			}
			s = s[end+3:]
			continue
		}
		gt := strings.IndexByte(s, '>')
		if gt < 0 {
			text(s)
			break
		}
		tag := s[1:gt]
		s = s[gt+1:]
		closing := strings.HasPrefix(tag, "/")
		name := strings.ToLower(strings.TrimLeft(tag, "/!?"))
		if i := strings.IndexAny(name, " \t\n/"); i >= 0 {
			name = name[:i]
		}
		if skip != "" {
			if name == skip {
				if closing {
					skipDepth--
				} else if !strings.HasSuffix(tag, "/") {
					skipDepth++
				}
				if skipDepth == 0 {
					skip = ""
				}
			}
			continue
		}
		if !closing && skipElements[name] && !strings.HasSuffix(tag, "/") {
			skip, skipDepth = name, 1
			if name == "script" || name == "style" {
				// Their content may hold "<" freely: jump to the end tag.
				end := indexFold(s, "</"+name)
				if end < 0 {
					break
				}
				s = s[end:]
			}
			continue
		}
		switch name {
		case "title":
			inTitle = !closing
		case "h1":
			if closing && inH1 {
				h1Done = true
			}
			inH1 = !closing
		}
		if blockElements[name] {
			body.WriteByte('\n')
		}
	}
	t := pageTitle(collapseSpace(h1.String()), collapseSpace(title.String()))
	out := collapseBlankLines(body.String())
	if t == "" {
		return out
	}
	// The <h1> is usually also the first line of the body.
	if rest, ok := strings.CutPrefix(out, t+"\n"); ok {
		out = rest
	} else if out == t {
		out = ""
	}
	return t + "\n" + out
}

// pageTitle prefers the first <h1>; a <title> usually carries a site name
// after "_", "|" or " - ", which is cut off.
func pageTitle(h1, title string) string {
	if h1 != "" {
		return h1
	}
	for _, sep := range []string{"_", "|", " - ", " – ", "——"} {
		if i := strings.Index(title, sep); i > 0 {
			title = strings.TrimSpace(title[:i])
		}
	}
	return title
}

func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if i+n <= len(s) && strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func collapseBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return strings.Join(out, "\n")
}
