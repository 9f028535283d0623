class Tally {
    /**
     * @param {number} start
     */
    constructor(start) {
        this.start = start;
        this.added = [];
    }

    /**
     * @param {number} x
     * @return {void}
     */
    add(x) {
        this.added.push(x);
    }

    /**
     * @return {number}
     */
    total() {
        return this.added.reduce((a, b) => a + b, 0);
    }

    /**
     * @param {string} prefix
     * @return {string}
     */
    label(prefix) {
        return prefix + ':' + this.total();
    }

    /**
     * @return {number[]}
     */
    history() {
        return [...this.added];
    }

    /**
     * @return {boolean}
     */
    isEmpty() {
        return this.added.length === 0;
    }
}
