// Wrong: counts the letters the two strings share (each as often as in both), ignoring their order.
function longestCommonSubsequence(text1, text2) {
  const count = new Map();
  for (const c of text1) count.set(c, (count.get(c) || 0) + 1);
  let shared = 0;
  for (const c of text2) {
    const k = count.get(c) || 0;
    if (k > 0) {
      shared++;
      count.set(c, k - 1);
    }
  }
  return shared;
}
