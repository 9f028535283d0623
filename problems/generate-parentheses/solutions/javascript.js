const n = parseInt(require('fs').readFileSync(0, 'utf8').trim(), 10);
const out = [];
const buf = new Array(2 * n);
// place one character at position pos; '(' is tried before ')' so the strings come out sorted
function build(pos, opened, closed) {
  if (pos === 2 * n) {
    out.push(buf.join(''));
    return;
  }
  if (opened < n) {
    buf[pos] = '(';
    build(pos + 1, opened + 1, closed);
  }
  if (closed < opened) {
    buf[pos] = ')';
    build(pos + 1, opened, closed + 1);
  }
}
build(0, 0, 0);
process.stdout.write(out.join('\n') + '\n');
