// Package textnorm turns article bytes into normalised simplified Chinese
// text with its metadata and sentences: the loader's steps 2 and 3
// (decode, normalise). It is pure Go and knows nothing of segmentation or
// storage.
//
// Normalize runs, in order:
//
//  1. Decode: UTF-8 with or without BOM, UTF-16 (BOM, or recognised by its
//     NUL bytes), else GB18030/GBK or Big5, whichever decodes a sample into
//     the larger share of common hanzi (chardet only breaks near ties). A
//     character cut off at the end is dropped. NUL bytes or over 1% control
//     bytes are ErrBinary, nothing but white space is ErrEmpty, and a text
//     that no candidate turns into Chinese is ErrUndecodable. HTML pages lose
//     tags, comments, scripts, styles and navigation; entities are decoded
//     and the first <h1> (else <title>) becomes the first line.
//  2. Repair the pinyin-annotation damage (repair.go), only in texts showing
//     at least three "X(pinyin)" where the pinyin is a reading of X; then
//     remove reading glosses printed for learners (电【diàn】站【zhàn】,
//     gloss.go), in texts with at least three.
//  3. Script: "hans", "hant" or "mixed", from characters only one script
//     uses (DetectScript), before conversion.
//  4. Width and spacing (width.go): full-width letters, digits and
//     ％．，：；（） become ASCII; CJK punctuation stays; 「」『』 become
//     “”‘’; zero-width and control characters go; spaces collapse; lines are
//     trimmed.
//  5. Traditional to simplified with OpenCC's t2s data (ToSimplified).
//  6. Boilerplate and metadata (boilerplate.go): title, dateline
//     (PublishedAt), 来源 (Source); copyright and reprint notices, related
//     link lists, share counters, editor and reviewer lines, photo captions
//     and credits, navigation, breadcrumbs, keyword lines, bylines and
//     journal issue lines are removed and listed in Doc.Removed.
//  7. Text is the title (if any) and the body paragraphs joined by "\n"; ID
//     is its SHA-256; SplitSentences cuts it into sentences with rune
//     offsets.
//
// # The pinyin-annotation damage
//
// Some articles reached us after a tool "helped" readers with rare
// characters. Working on GBK bytes, it took each character outside GB2312
// and replaced every occurrence of its two bytes with the bytes followed by
// "(pinyin)" (tone marks in GBK's pinyin row). It ignored character
// boundaries, so the trail byte of one character and the lead byte of the
// next could match too: 河東 is BA D3 96 7C, and D3 96 is 訓 (xùn), so
// "(xùn)" went between 96 and 7C. The bytes were then decoded as GBK again,
// and a lead byte followed by "(" is invalid: both became "?". Text read as
// 河?xùn)|區(qū): 河, the lost 96 with "(", "xùn)", 7C read alone as "|",
// then 區 with its own annotation. After a lost byte the decoder runs one
// byte out of step and produces unrelated characters until an ASCII byte
// realigns it: 當(dāng)?shù)匦竽翗I(yè) is 當地畜牧業 with 94 B5 (數, shù)
// matched across 當 and 地.
//
// The repair encodes each damaged line back to GBK and rebuilds the byte
// stream left to right: "(p)" is dropped when the two bytes before it form
// a character outside GB2312 that reads p; "?p)" is replaced by the lost
// byte L, chosen so that the previous byte and L form such a character;
// "?X(p)" (a misaligned pair the decoder could not read at all) is replaced
// by the two bytes that make it fit. When several bytes fit, a small beam
// search keeps the candidates until the following text has been decoded and
// picks the reconstruction whose text has the most common characters (GB2312
// level 1 and their traditional forms), plus Options.WordScorer if the
// caller plugs in a dictionary. Private-use characters (code page 936's
// user-defined area) are mapped back to their bytes; a "?" between digits in
// a damaged text becomes "·" (7·29). A lead byte lost without an annotation
// after it (a bare "?", or nothing, before the "!" that the misaligned
// trail of 。 and lead of ” make) is put back the same way, unless reading
// on from it tears apart what reads well as it stands (a real mark and the
// mark or ASCII word after it: 好!”OK, 好?Yes, 好??”《); in a traditional
// text, simplified-only characters count against a reconstruction, because
// only misaligned bytes make them there.
package textnorm
