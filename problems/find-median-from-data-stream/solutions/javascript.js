class Heap {
  // a binary heap of numbers; before(a, b) is true when a must come out before b
  constructor(before) {
    this.items = [];
    this.before = before;
  }

  get size() {
    return this.items.length;
  }

  top() {
    return this.items[0];
  }

  push(x) {
    const a = this.items;
    let i = a.length;
    a.push(x);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(x, a[p])) break;
      a[i] = a[p];
      i = p;
    }
    a[i] = x;
  }

  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    const n = a.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && this.before(a[c + 1], a[c])) c++;
        if (!this.before(a[c], last)) break;
        a[i] = a[c];
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}

class MedianFinder {
  // Two heaps split the numbers into a lower half (a max-heap) and an upper half (a min-heap); the
  // lower half has as many numbers as the upper one, or one more. The median is the top of the lower
  // half, or the mean of both tops. addNum is O(log n), findMedian O(1).
  constructor() {
    this.low = new Heap((a, b) => a > b);
    this.high = new Heap((a, b) => a < b);
  }

  /**
   * @param {number} num
   * @return {void}
   */
  addNum(num) {
    if (this.low.size === 0 || num <= this.low.top()) this.low.push(num);
    else this.high.push(num);
    if (this.low.size > this.high.size + 1) this.high.push(this.low.pop());
    else if (this.high.size > this.low.size) this.low.push(this.high.pop());
  }

  /**
   * @return {number}
   */
  findMedian() {
    if (this.low.size > this.high.size) return this.low.top();
    return (this.low.top() + this.high.top()) / 2;
  }
}
