class Solution:
    def palindromePairs(self, words):
        # Cut every word w in two, w = left + right, at each of its len(w) + 1 places.
        # - If right is a palindrome and some other word is left reversed, then w + that word is
        #   a palindrome: pair [i, k].
        # - If left is a palindrome and some other word is right reversed, then that word + w is
        #   a palindrome: pair [k, i]. The cut before the first letter is skipped here: that pair
        #   (k + w with k the whole of w reversed) is already found from k's side.
        index = {w: i for i, w in enumerate(words)}
        pairs = []
        for i, w in enumerate(words):
            rw = w[::-1]
            n = len(w)
            for j in range(n + 1):
                # left = w[:j], reversed: rw[n - j:]; right = w[j:], reversed: rw[:n - j]
                k = index.get(rw[n - j:])
                if k is not None and k != i:
                    right = w[j:]
                    if right == right[::-1]:
                        pairs.append([i, k])
                if j > 0:
                    k = index.get(rw[:n - j])
                    if k is not None and k != i:
                        left = w[:j]
                        if left == left[::-1]:
                            pairs.append([k, i])
        return pairs
