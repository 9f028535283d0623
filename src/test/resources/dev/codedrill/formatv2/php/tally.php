<?php

class Tally {
    private $start;
    private $added = [];

    /**
     * @param Integer $start
     */
    function __construct($start) {
        $this->start = $start;
    }

    function add($x) {
        $this->added[] = $x;
    }

    function total() {
        return $this->start + array_sum($this->added);
    }

    function label($prefix) {
        return $prefix . ':' . $this->total();
    }

    function history() {
        return $this->added;
    }

    function isEmpty() {
        return count($this->added) === 0;
    }
}
