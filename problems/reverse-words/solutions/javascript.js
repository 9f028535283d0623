const text = require('fs').readFileSync(0, 'utf8');
const nl = text.indexOf('\n');
const line = nl >= 0 ? text.slice(0, nl) : text;
const words = line.split(/\s+/).filter((w) => w.length > 0);
words.reverse();
process.stdout.write(words.join(' ') + '\n');
