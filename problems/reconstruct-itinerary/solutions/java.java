import java.util.*;

class Solution {
    public String[] findItinerary(String[][] tickets) {
        // Hierholzer's algorithm. A priority queue per airport gives its smallest unused ticket.
        // Follow tickets until stuck; the airport where we get stuck comes last among those still to
        // place, so it goes to the route, which is built back to front.
        Map<String, PriorityQueue<String>> out = new HashMap<>();
        for (String[] t : tickets) out.computeIfAbsent(t[0], a -> new PriorityQueue<>()).add(t[1]);
        ArrayDeque<String> stack = new ArrayDeque<>();
        List<String> route = new ArrayList<>();
        stack.push("SFO");
        while (!stack.isEmpty()) {
            PriorityQueue<String> dests = out.get(stack.peek());
            if (dests != null && !dests.isEmpty()) stack.push(dests.poll());
            else route.add(stack.pop());
        }
        Collections.reverse(route);
        return route.toArray(new String[0]);
    }
}
