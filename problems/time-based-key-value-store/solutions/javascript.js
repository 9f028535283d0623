class TimeMap {
  // For every key, the timestamps of its set calls (increasing, as they arrive) and the values stored
  // at them. get finds the last timestamp <= the one asked for by binary search: set is O(1), get is
  // O(log k) for a key with k versions.
  constructor() {
    this.history = new Map(); // key -> {times: number[], values: string[]}
  }

  /**
   * @param {string} key
   * @param {string} value
   * @param {number} timestamp
   * @return {void}
   */
  set(key, value, timestamp) {
    let h = this.history.get(key);
    if (h === undefined) {
      h = { times: [], values: [] };
      this.history.set(key, h);
    }
    h.times.push(timestamp);
    h.values.push(value);
  }

  /**
   * @param {string} key
   * @param {number} timestamp
   * @return {string}
   */
  get(key, timestamp) {
    const h = this.history.get(key);
    if (h === undefined) return "";
    // the first index whose timestamp is after the one asked for
    let lo = 0, hi = h.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (h.times[mid] <= timestamp) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? h.values[lo - 1] : "";
  }
}
