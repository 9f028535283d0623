package dev.codedrill.testing;

/** Solutions of problems/two-sum that tests submit. */
public final class TwoSumSources {

    /** Accepted on every test. */
    public static final String ACCEPTED_PYTHON = """
            class Solution:
                def twoSum(self, nums, target):
                    seen = {}
                    for i, n in enumerate(nums):
                        if target - n in seen:
                            return [seen[target - n], i]
                        seen[n] = i
            """;

    private TwoSumSources() {
    }
}
