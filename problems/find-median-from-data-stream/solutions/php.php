<?php
class MedianFinder {
    // Two heaps split the numbers into a lower half (a max-heap) and an upper half (a min-heap); the
    // lower half has as many numbers as the upper one, or one more. The median is the top of the
    // lower half, or the mean of both tops. addNum is O(log n), findMedian O(1).
    private $low;
    private $high;

    function __construct() {
        $this->low = new SplMaxHeap();
        $this->high = new SplMinHeap();
    }

    /**
     * @param Integer $num
     * @return NULL
     */
    function addNum($num) {
        if ($this->low->isEmpty() || $num <= $this->low->top()) {
            $this->low->insert($num);
        } else {
            $this->high->insert($num);
        }
        if ($this->low->count() > $this->high->count() + 1) {
            $this->high->insert($this->low->extract());
        } elseif ($this->high->count() > $this->low->count()) {
            $this->low->insert($this->high->extract());
        }
    }

    /**
     * @return Float
     */
    function findMedian() {
        if ($this->low->count() > $this->high->count()) {
            return (float)$this->low->top();
        }
        return ($this->low->top() + $this->high->top()) / 2.0;
    }
}
