<?php
class LRUCache {
    // The cached keys form a doubly linked list, kept in the arrays $prev and $next (indexed by key),
    // from the least recently used (after the head sentinel) to the most recently used (before the
    // tail sentinel); $values holds the value of each cached key. Every operation is O(1).
    private $capacity;
    private $values = [];
    private $prev = [];
    private $next = [];
    private const HEAD = -1;
    private const TAIL = -2;

    /**
     * @param Integer $capacity
     */
    function __construct($capacity) {
        $this->capacity = $capacity;
        $this->next[self::HEAD] = self::TAIL;
        $this->prev[self::TAIL] = self::HEAD;
    }

    private function unlink($key) {
        $p = $this->prev[$key];
        $n = $this->next[$key];
        $this->next[$p] = $n;
        $this->prev[$n] = $p;
    }

    private function append($key) {
        $last = $this->prev[self::TAIL];
        $this->next[$last] = $key;
        $this->prev[$key] = $last;
        $this->next[$key] = self::TAIL;
        $this->prev[self::TAIL] = $key;
    }

    /**
     * @param Integer $key
     * @return Integer
     */
    function get($key) {
        if (!isset($this->values[$key])) {
            return -1;
        }
        $this->unlink($key);
        $this->append($key);
        return $this->values[$key];
    }

    /**
     * @param Integer $key
     * @param Integer $value
     * @return NULL
     */
    function put($key, $value) {
        if (isset($this->values[$key])) {
            $this->values[$key] = $value;
            $this->unlink($key);
            $this->append($key);
            return;
        }
        if (count($this->values) == $this->capacity) {
            $oldest = $this->next[self::HEAD];
            $this->unlink($oldest);
            unset($this->values[$oldest], $this->prev[$oldest], $this->next[$oldest]);
        }
        $this->values[$key] = $value;
        $this->append($key);
    }
}
