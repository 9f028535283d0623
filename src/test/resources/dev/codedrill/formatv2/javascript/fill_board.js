/**
 * @param {character[][]} board
 * @param {character} target
 * @param {character} mark
 * @return {void}
 */
function fill(board, target, mark) {
    // Change board in place: return nothing
    for (const row of board) {
        for (let j = 0; j < row.length; j++) {
            if (row[j] === target) row[j] = mark;
        }
    }
}
