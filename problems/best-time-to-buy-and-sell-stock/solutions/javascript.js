function maxProfit(prices) {
  let best = 0;
  let low = prices[0];
  for (const p of prices) {
    if (p < low) low = p;
    else if (p - low > best) best = p - low;
  }
  return best;
}
