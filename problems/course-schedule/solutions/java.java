import java.util.*;

class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        // Kahn's algorithm: repeatedly take a course whose prerequisites are all done
        int[] indegree = new int[numCourses];
        List<List<Integer>> unlocks = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) unlocks.add(new ArrayList<>());
        for (int[] p : prerequisites) {
            unlocks.get(p[1]).add(p[0]);
            indegree[p[0]]++;
        }
        int[] queue = new int[numCourses];
        int head = 0, tail = 0;
        for (int i = 0; i < numCourses; i++) if (indegree[i] == 0) queue[tail++] = i;
        while (head < tail) {
            int c = queue[head++];
            for (int next : unlocks.get(c)) {
                if (--indegree[next] == 0) queue[tail++] = next;
            }
        }
        return tail == numCourses;
    }
}
