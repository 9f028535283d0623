function maxArea(height) {
  // two pointers: always move the lower wall inward
  let i = 0;
  let j = height.length - 1;
  let best = 0;
  while (i < j) {
    let area;
    if (height[i] < height[j]) {
      area = (j - i) * height[i];
      i++;
    } else {
      area = (j - i) * height[j];
      j--;
    }
    if (area > best) best = area;
  }
  return best;
}
