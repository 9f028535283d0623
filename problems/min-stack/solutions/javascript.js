class MinStack {
  // Two parallel arrays: the values, and for each position the smallest value at or below it.
  // The minimum of the whole stack is the last entry of mins; popping restores the previous one.
  constructor() {
    this.values = [];
    this.mins = [];
  }

  /**
   * @param {number} val
   * @return {void}
   */
  push(val) {
    this.values.push(val);
    const n = this.mins.length;
    this.mins.push(n === 0 || val < this.mins[n - 1] ? val : this.mins[n - 1]);
  }

  /**
   * @return {void}
   */
  pop() {
    this.values.pop();
    this.mins.pop();
  }

  /**
   * @return {number}
   */
  top() {
    return this.values[this.values.length - 1];
  }

  /**
   * @return {number}
   */
  getMin() {
    return this.mins[this.mins.length - 1];
  }
}
