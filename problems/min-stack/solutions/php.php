<?php
class MinStack {
    // Two parallel arrays: the values, and for each position the smallest value at or below it.
    // The minimum of the whole stack is the last entry of $mins; popping restores the previous one.
    private $values = [];
    private $mins = [];
    private $size = 0;

    function __construct() {
    }

    /**
     * @param Integer $val
     * @return NULL
     */
    function push($val) {
        $n = $this->size;
        $this->values[$n] = $val;
        $this->mins[$n] = ($n === 0 || $val < $this->mins[$n - 1]) ? $val : $this->mins[$n - 1];
        $this->size = $n + 1;
    }

    /**
     * @return NULL
     */
    function pop() {
        $this->size--;
        unset($this->values[$this->size], $this->mins[$this->size]);
    }

    /**
     * @return Integer
     */
    function top() {
        return $this->values[$this->size - 1];
    }

    /**
     * @return Integer
     */
    function getMin() {
        return $this->mins[$this->size - 1];
    }
}
