class Solution {
    public int evalRPN(String[] tokens) {
        int[] stack = new int[tokens.length];
        int top = 0;
        for (String tok : tokens) {
            if (tok.length() == 1 && "+-*/".indexOf(tok.charAt(0)) >= 0) {
                int b = stack[--top];
                int a = stack[--top];
                switch (tok.charAt(0)) {
                    case '+': stack[top++] = a + b; break;
                    case '-': stack[top++] = a - b; break;
                    case '*': stack[top++] = a * b; break;
                    default: stack[top++] = a / b; break;
                }
            } else {
                stack[top++] = Integer.parseInt(tok);
            }
        }
        return stack[top - 1];
    }
}
