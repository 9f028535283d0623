<?php
class Solution {
    /**
     * @param Integer $numCourses
     * @param Integer[][] $prerequisites
     * @return Boolean
     */
    function canFinish($numCourses, $prerequisites) {
        // Kahn's algorithm: repeatedly take a course whose prerequisites are all done
        $indegree = array_fill(0, $numCourses, 0);
        $unlocks = array_fill(0, $numCourses, []);
        foreach ($prerequisites as $p) {
            $unlocks[$p[1]][] = $p[0];
            $indegree[$p[0]]++;
        }
        $queue = [];
        for ($i = 0; $i < $numCourses; $i++) {
            if ($indegree[$i] === 0) $queue[] = $i;
        }
        for ($head = 0; $head < count($queue); $head++) {
            foreach ($unlocks[$queue[$head]] as $next) {
                if (--$indegree[$next] === 0) $queue[] = $next;
            }
        }
        return count($queue) === $numCourses;
    }
}
