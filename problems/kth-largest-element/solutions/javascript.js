function findKthLargest(nums, k) {
  // min-heap holding the k largest values seen so far; its top is the answer
  const heap = new Int32Array(k);
  let size = 0;
  const siftUp = (i) => {
    const x = heap[i];
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p] <= x) break;
      heap[i] = heap[p];
      i = p;
    }
    heap[i] = x;
  };
  const siftDown = (i) => {
    const x = heap[i];
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && heap[c + 1] < heap[c]) c++;
      if (heap[c] >= x) break;
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = x;
  };
  for (const x of nums) {
    if (size < k) {
      heap[size++] = x;
      siftUp(size - 1);
    } else if (x > heap[0]) {
      heap[0] = x;
      siftDown(0);
    }
  }
  return heap[0];
}
