/**
 * @param {string[][]} tickets
 * @return {string[]}
 */
function findItinerary(tickets) {
  // Hierholzer's algorithm. Each airport's destinations are sorted in reverse, so pop() gives the
  // smallest unused ticket. Follow tickets until stuck; the airport where we get stuck comes last
  // among those still to place, so it goes to the route, which is built back to front.
  const out = new Map();
  for (const [a, b] of tickets) {
    if (!out.has(a)) out.set(a, []);
    out.get(a).push(b);
  }
  for (const dests of out.values()) dests.sort((p, q) => (p < q ? 1 : p > q ? -1 : 0));
  const route = [];
  const stack = ['SFO'];
  while (stack.length > 0) {
    const dests = out.get(stack[stack.length - 1]);
    if (dests && dests.length > 0) stack.push(dests.pop());
    else route.push(stack.pop());
  }
  return route.reverse();
}
