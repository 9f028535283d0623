// CodeDrill harness for Go function problems: reads input.txt, calls the user's function for each test, writes one
// JSON line per test to results.jsonl as each test ends; for a design problem each test is a sequence of calls: the
// user's Constructor, then its methods. Generated; do not edit. Every name it declares in package main starts with
// "codedrill" so that it cannot clash with the user's helpers (besides ListNode, TreeNode, main, and Node where the
// problem has a GraphNode).
package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

{{DECLARATIONS}}

const codedrillStdoutCap = {{STDOUT_CAP}}
const codedrillNodeLimit = 1000000

var codedrillTokens []string
var codedrillPos int

func codedrillTok() string {
	t := codedrillTokens[codedrillPos]
	codedrillPos++
	return t
}

func codedrillInt() int {
	v, _ := strconv.ParseInt(codedrillTok(), 10, 64)
	return int(v)
}

func codedrillInt64() int64 {
	v, _ := strconv.ParseInt(codedrillTok(), 10, 64)
	return v
}

func codedrillFloat() float64 {
	v, _ := strconv.ParseFloat(codedrillTok(), 64)
	return v
}

func codedrillBool() bool { return codedrillTok() == "1" }

// codedrillChar reads a char, given as its character code (printable ASCII): a byte, as LeetCode's Go has it.
func codedrillChar() byte { return byte(codedrillInt()) }

func codedrillString() string {
	b, _ := hex.DecodeString(codedrillTok()[1:])
	return string(b)
}

func codedrillArr[T any](read func() T) []T {
	n := codedrillInt()
	out := make([]T, n)
	for i := range out {
		out[i] = read()
	}
	return out
}

// codedrillList reads a list's values, then the index of the node its tail links to (LeetCode's pos; -1: none).
func codedrillList() *ListNode {
	values := codedrillArr(codedrillInt)
	nodes := make([]*ListNode, len(values))
	for i, v := range values {
		nodes[i] = &ListNode{Val: v}
		if i > 0 {
			nodes[i-1].Next = nodes[i]
		}
	}
	if pos := codedrillInt(); pos >= 0 && pos < len(nodes) {
		nodes[len(nodes)-1].Next = nodes[pos]
	}
	if len(nodes) == 0 {
		return nil
	}
	return nodes[0]
}

// codedrillMap reads a map: its number of entries, then each key and value.
func codedrillMap[K comparable, V any](key func() K, value func() V) map[K]V {
	n := codedrillInt()
	out := make(map[K]V, n)
	for i := 0; i < n; i++ {
		k := key()
		out[k] = value()
	}
	return out
}

func codedrillTree() *TreeNode {
	n := codedrillInt()
	vals := make([]*int, n)
	for i := range vals {
		if t := codedrillTok(); t != "n" {
			v, _ := strconv.Atoi(t)
			vals[i] = &v
		}
	}
	if n == 0 || vals[0] == nil {
		return nil
	}
	root := &TreeNode{Val: *vals[0]}
	queue := []*TreeNode{root}
	i := 1
	for q := 0; q < len(queue) && i < n; q++ {
		node := queue[q]
		if i < n && vals[i] != nil {
			node.Left = &TreeNode{Val: *vals[i]}
			queue = append(queue, node.Left)
		}
		i++
		if i < n && vals[i] != nil {
			node.Right = &TreeNode{Val: *vals[i]}
			queue = append(queue, node.Right)
		}
		i++
	}
	return root
}

func codedrillListJSON(node *ListNode) string {
	var b strings.Builder
	b.WriteByte('[')
	for n := 0; node != nil; n++ {
		if n >= codedrillNodeLimit {
			panic("the returned list has more than 10^6 nodes (a cycle?)")
		}
		if n > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(node.Val))
		node = node.Next
	}
	b.WriteByte(']')
	return b.String()
}

func codedrillTreeJSON(root *TreeNode) string {
	var out []string
	queue := []*TreeNode{root}
	for q := 0; q < len(queue); q++ {
		if len(queue) > 2*codedrillNodeLimit {
			panic("the returned tree has more than 10^6 nodes (a cycle?)")
		}
		if node := queue[q]; node == nil {
			out = append(out, "null")
		} else {
			out = append(out, strconv.Itoa(node.Val))
			queue = append(queue, node.Left, node.Right)
		}
	}
	for len(out) > 0 && out[len(out)-1] == "null" {
		out = out[:len(out)-1]
	}
	return "[" + strings.Join(out, ",") + "]"
}

// codedrillJSON writes a returned value as JSON; a nil slice is an empty array, a map (nil too) an object whose
// keys are strings ("7" for the int 7), a byte (a char: the harness has no other byte) a string of one character,
// a pointer (a nullable result) what it points to, null when nil.
func codedrillJSON(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case *ListNode:
		return codedrillListJSON(x)
	case *TreeNode:
		return codedrillTreeJSON(x)
	}
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Bool:
		return strconv.FormatBool(r.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(r.Int(), 10)
	case reflect.Uint8:
		// a byte out of printable ASCII is still one character of a valid JSON string (a wrong answer)
		return codedrillQuote(string(rune(r.Uint())))
	case reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(r.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		f := r.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return "null"
		}
		return strconv.FormatFloat(f, 'g', -1, 64)
	case reflect.String:
		b, _ := json.Marshal(r.String())
		return string(b)
	case reflect.Slice, reflect.Array:
		parts := make([]string, r.Len())
		for i := range parts {
			parts[i] = codedrillJSON(r.Index(i).Interface())
		}
		return "[" + strings.Join(parts, ",") + "]"
	case reflect.Map:
		parts := make([]string, 0, r.Len())
		for it := r.MapRange(); it.Next(); {
			var key string
			switch k := it.Key(); k.Kind() {
			case reflect.String:
				key = k.String()
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				key = strconv.FormatInt(k.Int(), 10)
			default:
				key = fmt.Sprint(k.Interface())
			}
			parts = append(parts, codedrillQuote(key)+":"+codedrillJSON(it.Value().Interface()))
		}
		sort.Strings(parts)
		return "{" + strings.Join(parts, ",") + "}"
	case reflect.Pointer, reflect.Interface:
		if r.IsNil() {
			return "null"
		}
		return codedrillJSON(r.Elem().Interface())
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "null"
	}
	return string(b)
}

// codedrillPanicText says what a recovered panic was and where in solution.go it happened.
func codedrillPanicText(r any) string {
	text := "panic: " + fmt.Sprint(r)
	if e, ok := r.(error); ok {
		text = "panic: " + e.Error()
	}
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
	for {
		frame, more := frames.Next()
		if strings.HasSuffix(frame.File, "/solution.go") {
			return fmt.Sprintf("%s (solution.go, line %d)", text, frame.Line)
		}
		if !more {
			return text
		}
	}
}

// The results file, written by main as each test ends, or by the reader of a test's prints once they flood.
var codedrillResults *os.File
var codedrillResultsMu sync.Mutex

// codedrillExitAfterFlood is the exit code that makes the run script start the harness again from the next test.
const codedrillExitAfterFlood = 86

func codedrillWrite(line string) {
	codedrillResultsMu.Lock()
	defer codedrillResultsMu.Unlock()
	codedrillResults.WriteString(line + "}\n")
}

// codedrillFlooded ends the process once test i's prints pass the cap: Go cannot stop the goroutine that prints, so
// the test is reported as an output flood and the run script goes on with the next test in a new process.
func codedrillFlooded(i int, start time.Time, kept []byte) {
	codedrillResultsMu.Lock()
	ms := float64(time.Since(start).Nanoseconds()) / 1e6
	codedrillResults.WriteString(fmt.Sprintf(`{"i":%d,"status":"flood","ms":%s,"stdout":%s,"flooded":true,"error":"output limit exceeded"}`+"\n",
		i, strconv.FormatFloat(ms, 'f', 3, 64), codedrillQuote(strings.ToValidUTF8(string(kept), "\uFFFD"))))
	os.Exit(codedrillExitAfterFlood)
}

// codedrillCapture sends what test i prints on os.Stdout into a pipe read up to the cap; the returned function
// restores os.Stdout and gives the prints and whether they went past the cap. Past the cap the process ends
// (codedrillFlooded).
func codedrillCapture(i int, start time.Time) func() (string, bool) {
	r, w, err := os.Pipe()
	if err != nil {
		return func() (string, bool) { return "", false }
	}
	real := os.Stdout
	os.Stdout = w
	var kept []byte
	size := 0
	done := make(chan struct{})
	go func() {
		chunk := make([]byte, 32*1024)
		for {
			n, err := r.Read(chunk)
			if n > 0 {
				if room := codedrillStdoutCap - len(kept); room > 0 {
					if n < room {
						room = n
					}
					kept = append(kept, chunk[:room]...)
				}
				size += n
				if size > codedrillStdoutCap {
					codedrillFlooded(i, start, kept)
				}
			}
			if err != nil {
				break
			}
		}
		close(done)
	}()
	return func() (string, bool) {
		os.Stdout = real
		w.Close()
		<-done
		r.Close()
		return strings.ToValidUTF8(string(kept), "\uFFFD"), size > codedrillStdoutCap
	}
}

// codedrillAt names the call of a design problem's test under way ("in call 3, get: "), for its panic's message.
var codedrillAt string

// codedrillWrong says why a test's value is wrong whatever is expected (a graph that is not a copy), or is empty.
var codedrillWrong string

// codedrillMethodCall is one call of a design problem's test: the method's number and its arguments.
type codedrillMethodCall struct {
	method int
	args   []any
}

func codedrillCall(call func() string) (value string, status string, errText string) {
	defer func() {
		if r := recover(); r != nil {
			value, status, errText = "", "error", codedrillAt+codedrillPanicText(r)
		}
	}()
	return call(), "ok", ""
}

func codedrillQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func main() {
	debug.SetTraceback("none")
	debug.SetMaxStack({{MAX_STACK_BYTES}})
	debug.SetMemoryLimit({{SOFT_MEMORY_BYTES}})
	input, err := os.ReadFile("input.txt")
	if err != nil {
		panic(err)
	}
	codedrillTokens = strings.Fields(string(input))
	// the tests before first ran in an earlier process (one whose prints flooded)
	first := 0
	if len(os.Args) > 1 {
		first, _ = strconv.Atoi(os.Args[1])
	}
	codedrillResults, err = os.OpenFile("results.jsonl", os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0644)
	if err != nil {
		panic(err)
	}
	count := codedrillInt()
	for i := 0; i < count; i++ {
{{READ_ARGS}}
		if i < first {
			continue
		}
		codedrillAt, codedrillWrong = "", ""
		start := time.Now()
		finish := codedrillCapture(i, start)
		value, status, errText := codedrillCall(func() string {
{{CALL}}
		})
		ms := float64(time.Since(start).Nanoseconds()) / 1e6
		stdout, flooded := finish()
		line := fmt.Sprintf(`{"i":%d,"status":%q,"ms":%s,"stdout":%s,"flooded":%t`, i, status,
			strconv.FormatFloat(ms, 'f', 3, 64), codedrillQuote(stdout), flooded)
		if status == "ok" {
			line += `,"value":` + value
			if codedrillWrong != "" {
				line += `,"wrong":` + codedrillQuote(codedrillWrong)
			}
		} else {
			line += `,"error":` + codedrillQuote(errText)
		}
		codedrillWrite(line)
	}
	codedrillResults.Close()
}
