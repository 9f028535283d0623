// Converts both numbers with Number(): a double keeps only about 16 significant digits, so big
// products come out rounded (and in exponent notation).
const [a, b] = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
console.log(String(Number(a) * Number(b)));
