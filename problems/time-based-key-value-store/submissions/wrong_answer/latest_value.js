// Mistake: get returns the key's latest value whenever the key exists, without looking at the
// timestamp asked for, so asking about a moment before a later update gets the newer value.
class TimeMap {
  constructor() {
    this.latest = new Map();
  }

  set(key, value, timestamp) {
    this.latest.set(key, value);
  }

  get(key, timestamp) {
    return this.latest.has(key) ? this.latest.get(key) : "";
  }
}
