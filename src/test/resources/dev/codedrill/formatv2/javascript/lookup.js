/**
 * @param {Object<number, string>} names
 * @param {Object<string, number[]>} scores
 * @param {number} id
 * @return {number}
 */
function lookup(names, scores, id) {
    if (!Object.prototype.hasOwnProperty.call(names, id)) return -1;
    return scores[names[id]].reduce((a, b) => a + b, 0);
}
