<?php
class TimeMap {
    // For every key, the timestamps of its set calls (increasing, as they arrive) and the values
    // stored at them. get finds the last timestamp <= the one asked for by binary search: set is
    // O(1), get is O(log k) for a key with k versions.
    private $times = [];
    private $values = [];

    function __construct() {
    }

    /**
     * @param String $key
     * @param String $value
     * @param Integer $timestamp
     * @return NULL
     */
    function set($key, $value, $timestamp) {
        $this->times[$key][] = $timestamp;
        $this->values[$key][] = $value;
    }

    /**
     * @param String $key
     * @param Integer $timestamp
     * @return String
     */
    function get($key, $timestamp) {
        if (!isset($this->times[$key])) {
            return "";
        }
        $times = &$this->times[$key];
        // the first index whose timestamp is after the one asked for
        $lo = 0;
        $hi = count($times);
        while ($lo < $hi) {
            $mid = ($lo + $hi) >> 1;
            if ($times[$mid] <= $timestamp) {
                $lo = $mid + 1;
            } else {
                $hi = $mid;
            }
        }
        return $lo > 0 ? $this->values[$key][$lo - 1] : "";
    }
}
