// Wrong: hands the pattern to JavaScript's RegExp, whose test() succeeds when the pattern matches
// any PART of the text: it is missing the anchors ^ and $.
function isMatch(s, p) {
  return new RegExp(p).test(s);
}
