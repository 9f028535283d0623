class MinStack {
    // Two parallel arrays: the values, and for each position the smallest value at or below it.
    // The minimum of the whole stack is the top position's entry; popping restores the previous one.
    private int[] values = new int[16];
    private int[] mins = new int[16];
    private int size = 0;

    public MinStack() {
    }

    public void push(int val) {
        if (size == values.length) {
            values = java.util.Arrays.copyOf(values, size * 2);
            mins = java.util.Arrays.copyOf(mins, size * 2);
        }
        values[size] = val;
        mins[size] = size == 0 ? val : Math.min(val, mins[size - 1]);
        size++;
    }

    public void pop() {
        size--;
    }

    public int top() {
        return values[size - 1];
    }

    public int getMin() {
        return mins[size - 1];
    }
}
