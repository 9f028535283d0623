/**
 * @param {Node} node
 * @return {Node}
 */
function cloneGraph(node) {
    if (node === null) return null;
    const copies = new Map([[node, new Node(node.val)]]);
    const queue = [node];
    for (let q = 0; q < queue.length; q++) {
        const n = queue[q];
        for (const nb of n.neighbors) {
            if (!copies.has(nb)) {
                copies.set(nb, new Node(nb.val));
                queue.push(nb);
            }
            copies.get(n).neighbors.push(copies.get(nb));
        }
    }
    return copies.get(node);
}
