// Mistake: always flies on the smallest unused ticket and never reconsiders. At an airport where the
// smallest destination is the journey's dead end, it gets there too early and stops with tickets left.
import java.util.*;

class Solution {
    public String[] findItinerary(String[][] tickets) {
        Map<String, PriorityQueue<String>> out = new HashMap<>();
        for (String[] t : tickets) out.computeIfAbsent(t[0], a -> new PriorityQueue<>()).add(t[1]);
        List<String> route = new ArrayList<>();
        String at = "SFO";
        route.add(at);
        while (out.containsKey(at) && !out.get(at).isEmpty()) {
            at = out.get(at).poll();
            route.add(at);
        }
        return route.toArray(new String[0]);
    }
}
