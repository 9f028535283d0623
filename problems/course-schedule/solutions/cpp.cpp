class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        // Kahn's algorithm: repeatedly take a course whose prerequisites are all done
        vector<int> indegree(numCourses, 0);
        vector<vector<int>> unlocks(numCourses);
        for (const auto& p : prerequisites) {
            unlocks[p[1]].push_back(p[0]);
            indegree[p[0]]++;
        }
        vector<int> queue;
        queue.reserve(numCourses);
        for (int i = 0; i < numCourses; i++)
            if (indegree[i] == 0) queue.push_back(i);
        for (size_t head = 0; head < queue.size(); head++) {
            for (int next : unlocks[queue[head]]) {
                if (--indegree[next] == 0) queue.push_back(next);
            }
        }
        return (int)queue.size() == numCourses;
    }
};
