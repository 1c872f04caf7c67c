package textnorm

// NormalizeQuery converts the text of a request (a name, a search term, a
// code, a filter) by the character rules articles go through: width and
// spacing (normalizeWidth), variant characters and traditional to
// simplified. What a user types or pastes then finds what the articles gave:
// full-width digits from an input method (２３０１２９) are 230129, 延壽縣 is
// 延寿县, and a name copied from a web page with a zero-width space in it is
// the name. Unlike Normalize it takes no boilerplate out and splits nothing.
func NormalizeQuery(s string) string {
	return ToSimplified(foldVariants(normalizeWidth(s)))
}
