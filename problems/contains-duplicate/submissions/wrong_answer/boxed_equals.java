// Sorts a List<Integer> and compares neighbours with ==, which compares the Integer objects, not
// their values: equal numbers outside -128..127 are different objects, so their repeat is missed.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

class Solution {
    public boolean containsDuplicate(int[] nums) {
        List<Integer> sorted = new ArrayList<>();
        for (int x : nums) sorted.add(x);
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i) == sorted.get(i - 1)) return true;
        }
        return false;
    }
}
