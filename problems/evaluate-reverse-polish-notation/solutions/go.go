package main

import "strconv"

func evalRPN(tokens []string) int {
	stack := make([]int, 0, len(tokens))
	for _, tok := range tokens {
		switch tok {
		case "+", "-", "*", "/":
			b := stack[len(stack)-1]
			a := stack[len(stack)-2]
			stack = stack[:len(stack)-2]
			var r int
			switch tok {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			default:
				r = a / b // Go division truncates toward zero
			}
			stack = append(stack, r)
		default:
			v, _ := strconv.Atoi(tok)
			stack = append(stack, v)
		}
	}
	return stack[len(stack)-1]
}
