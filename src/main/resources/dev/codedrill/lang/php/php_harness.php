<?php
// CodeDrill harness for PHP function and design problems: reads input.txt, calls the user's method (a function
// problem) or replays the calls on the user's class (a design problem) for each test, writes one JSON line per test to
// results.jsonl, flushed per test. Generated; do not edit.

class ListNode {
    public $val = 0;
    public $next = null;
    function __construct($val = 0, $next = null) {
        $this->val = $val;
        $this->next = $next;
    }
}

class TreeNode {
    public $val = 0;
    public $left = null;
    public $right = null;
    function __construct($val = 0, $left = null, $right = null) {
        $this->val = $val;
        $this->left = $left;
        $this->right = $right;
    }
}
{{GRAPH_CODE}}
const CODEDRILL_STDOUT_CAP = {{STDOUT_CAP}};
const CODEDRILL_NODE_LIMIT = 1000000;
const CODEDRILL_CONTINUE = 86;
const CODEDRILL_JSON = JSON_INVALID_UTF8_SUBSTITUTE | JSON_PARTIAL_OUTPUT_ON_ERROR;
const CODEDRILL_GRAPH = {{GRAPH}}; // whether class Node is the harness's (a graph problem's)

// input.txt is read a line at a time (a line is one argument): split whole, a million-cell board's tokens with the
// rest of the tests' would take more memory than the problem's limit
$codedrill_in = fopen(__DIR__ . '/input.txt', 'rb');
$codedrill_tokens = [];
$codedrill_pos = 0;
$codedrill_count = 0;
$codedrill_results = fopen(__DIR__ . '/results.jsonl', 'a');
$codedrill_first = intval($argv[1] ?? 0); // the tests before it were run by an earlier process
$codedrill_current = -1;     // the test running (-1: loading solution.php; null: between tests)
$codedrill_start = 0;
$codedrill_out = '';
$codedrill_out_size = 0;
$codedrill_capturing = false; // a test is running: its prints past the cap stop it
$codedrill_wrong = null;      // why the test's value is wrong whatever was expected (a graph that is not a copy)
$codedrill_given = [];        // the nodes built for the test's input, by spl_object_id (a returned graph must not reach them)

function codedrill_tok() {
    global $codedrill_in, $codedrill_tokens, $codedrill_pos, $codedrill_count;
    while ($codedrill_pos >= $codedrill_count) {
        $line = fgets($codedrill_in);
        if ($line === false) {
            return '';
        }
        $codedrill_tokens = preg_split('/\s+/', $line, -1, PREG_SPLIT_NO_EMPTY);
        $codedrill_pos = 0;
        $codedrill_count = count($codedrill_tokens);
    }
    return $codedrill_tokens[$codedrill_pos++];
}
function r_int() { return intval(codedrill_tok()); }
function r_double() { return floatval(codedrill_tok()); }
function r_bool() { return codedrill_tok() === '1'; }
function r_string() { return hex2bin(substr(codedrill_tok(), 1)); }
/** A char: its character code, given as a string of one character (PHP has no char type). */
function r_char() { return chr(intval(codedrill_tok())); }
function r_arr($read) {
    $n = r_int();
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $out[] = $read();
    }
    return $out;
}

/** A list: its length, its values, then the index of the node the tail links to (a cycle), -1 for none. */
function r_list() {
    $nodes = [];
    foreach (r_arr('r_int') as $i => $v) {
        $nodes[] = new ListNode($v);
        if ($i > 0) {
            $nodes[$i - 1]->next = $nodes[$i];
        }
    }
    $cycle = r_int();
    if ($cycle >= 0 && $cycle < count($nodes)) {
        $nodes[count($nodes) - 1]->next = $nodes[$cycle];
    }
    return $nodes[0] ?? null;
}

/** A map: its number of entries, then each key and value (an associative array; int keys stay ints). */
function r_map($key, $value) {
    $n = r_int();
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $k = $key();
        $out[$k] = $value();
    }
    return $out;
}

function r_tree() {
    $vals = r_arr(function () { $t = codedrill_tok(); return $t === 'n' ? null : intval($t); });
    if (count($vals) === 0 || $vals[0] === null) {
        return null;
    }
    $root = new TreeNode($vals[0]);
    $queue = [$root];
    $i = 1;
    $n = count($vals);
    for ($q = 0; $q < count($queue) && $i < $n; $q++) {
        $node = $queue[$q];
        if ($i < $n && $vals[$i] !== null) { $node->left = new TreeNode($vals[$i]); $queue[] = $node->left; }
        $i++;
        if ($i < $n && $vals[$i] !== null) { $node->right = new TreeNode($vals[$i]); $queue[] = $node->right; }
        $i++;
    }
    return $root;
}

function w_list($node) {
    $out = [];
    while ($node !== null) {
        $out[] = $node->val;
        if (count($out) > CODEDRILL_NODE_LIMIT) {
            throw new RuntimeException('the returned list has more than 10^6 nodes (a cycle?)');
        }
        $node = $node->next;
    }
    return $out;
}

function w_tree($root) {
    $out = [];
    $queue = [$root];
    for ($q = 0; $q < count($queue); $q++) {
        if (count($queue) > 2 * CODEDRILL_NODE_LIMIT) {
            throw new RuntimeException('the returned tree has more than 10^6 nodes (a cycle?)');
        }
        $node = $queue[$q];
        if ($node === null) {
            $out[] = null;
        } else {
            $out[] = $node->val;
            $queue[] = $node->left;
            $queue[] = $node->right;
        }
    }
    while (count($out) > 0 && end($out) === null) {
        array_pop($out);
    }
    return $out;
}

/** An array returned for an array type is a list, whatever its keys (they would make json_encode write an object). */
function w_array($v) {
    return is_array($v) ? array_map(fn($e) => w_array($e), array_values($v)) : $v;
}

function w_lists($v) {
    return is_array($v) ? array_map('w_list', array_values($v)) : $v;
}

function w_trees($v) {
    return is_array($v) ? array_map('w_tree', array_values($v)) : $v;
}

/** A map is a JSON object, {} when empty (json_encode writes an array with no keys, or keys 0..n-1, as a list). */
function w_map($v) {
    return is_array($v) ? (object) array_map(fn($e) => w_array($e), $v) : $v;
}

function w_value($v) { return $v; }

function codedrill_error_text(Throwable $e) {
    $line = null;
    if (basename($e->getFile()) === 'solution.php') {
        $line = $e->getLine();
    } else {
        foreach ($e->getTrace() as $frame) {
            if (isset($frame['file']) && basename($frame['file']) === 'solution.php') {
                $line = $frame['line'];
                break;
            }
        }
    }
    return get_class($e) . ': ' . $e->getMessage() . ($line !== null ? " (solution.php, line $line)" : '');
}

/** Thrown into the user's code by its prints once they pass the cap (an Error: `catch (Exception $e)` misses it). */
final class CodedrillOutputFlood extends Error {
}

function codedrill_capture($buffer, $phase) {
    global $codedrill_out, $codedrill_out_size, $codedrill_capturing;
    $room = CODEDRILL_STDOUT_CAP - strlen($codedrill_out);
    if ($room > 0) {
        $codedrill_out .= substr($buffer, 0, $room);
    }
    $codedrill_out_size += strlen($buffer);
    if ($codedrill_capturing && $codedrill_out_size > CODEDRILL_STDOUT_CAP) {
        throw new CodedrillOutputFlood('output limit exceeded'); // stops the test
    }
    return '';
}

function codedrill_write($record) {
    global $codedrill_results;
    fwrite($codedrill_results, json_encode($record, CODEDRILL_JSON) . "\n");
    fflush($codedrill_results);
}

/** A fatal error (memory exhausted, a class declared twice) ends the script: report it for the test it hit. */
register_shutdown_function(function () {
    global $codedrill_current, $codedrill_start, $codedrill_out, $codedrill_out_size;
    $error = error_get_last();
    if ($codedrill_current === null || $error === null
            || !($error['type'] & (E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_RECOVERABLE_ERROR))) {
        return;
    }
    $where = basename($error['file']) === 'solution.php' ? " (solution.php, line {$error['line']})" : '';
    if ($codedrill_current === -1) {
        codedrill_write(['i' => -1, 'status' => 'error', 'error' => 'Fatal error: ' . $error['message'] . $where]);
        return;
    }
    $ms = (hrtime(true) - $codedrill_start) / 1e6;
    $GLOBALS['codedrill_capturing'] = false;
    while (ob_get_level() > 0) {
        ob_end_flush();
    }
    $memory = str_contains($error['message'], 'Allowed memory size');
    codedrill_write(['i' => $codedrill_current, 'status' => $memory ? 'memory' : 'error', 'ms' => $ms,
        'stdout' => $codedrill_out, 'flooded' => $codedrill_out_size > CODEDRILL_STDOUT_CAP,
        'error' => ($memory ? '' : 'Fatal error: ') . $error['message'] . $where]);
    exit(CODEDRILL_CONTINUE); // the run script starts a new process for the tests after this one
});

// PHP frees a linked structure recursively: dropping a 100000-node list or a deep tree at once overflows the C
// stack (a segfault). Unlink them node by node first; setting links to null as we go also ends cycles.
function codedrill_unlink($v) {
    $stack = [$v];
    while ($stack) {
        $n = array_pop($stack);
        if ($n instanceof ListNode) {
            while ($n instanceof ListNode) {
                $next = $n->next;
                $n->next = null;
                $n = $next;
            }
        } elseif ($n instanceof TreeNode) {
            if ($n->left !== null) { $stack[] = $n->left; }
            if ($n->right !== null) { $stack[] = $n->right; }
            $n->left = null;
            $n->right = null;
        } elseif (CODEDRILL_GRAPH && $n instanceof Node) {
            if (is_array($n->neighbors)) {
                foreach ($n->neighbors as $x) { $stack[] = $x; }
            }
            $n->neighbors = [];
        } elseif (is_array($n)) {
            foreach ($n as $x) { $stack[] = $x; }
        }
    }
}

/** Loads solution.php; false (the error reported) when it does not load. */
function codedrill_load() {
    try {
        require __DIR__ . '/solution.php';
    } catch (CompileError $e) {
        // a parse error is a compile error, worded as `php -l` words it
        $kind = $e instanceof ParseError ? 'Parse error' : 'Fatal error';
        codedrill_write(['i' => -1, 'status' => 'compile', 'error' => "PHP $kind:  " . $e->getMessage() . ' in '
            . basename($e->getFile()) . ' on line ' . $e->getLine()]);
        return false;
    } catch (Throwable $e) {
        codedrill_write(['i' => -1, 'status' => 'error', 'error' => codedrill_error_text($e)]);
        return false;
    }
    return true;
}

/** Starts a test: its prints are captured from here on. */
function codedrill_begin($i) {
    global $codedrill_current, $codedrill_start, $codedrill_out, $codedrill_out_size, $codedrill_capturing;
    $codedrill_out = '';
    $codedrill_out_size = 0;
    $codedrill_current = $i;
    ob_start('codedrill_capture', 4096);
    $codedrill_capturing = true;
    $codedrill_start = hrtime(true);
}

/** Ends a test: its time, its prints, the line written. */
function codedrill_end(array $record) {
    global $codedrill_current, $codedrill_start, $codedrill_out, $codedrill_out_size, $codedrill_capturing;
    $record['ms'] = (hrtime(true) - $codedrill_start) / 1e6;
    $codedrill_capturing = false;
    while (ob_get_level() > 0) {
        ob_end_flush();
    }
    $codedrill_current = null;
    $record['stdout'] = $codedrill_out;
    $record['flooded'] = $codedrill_out_size > CODEDRILL_STDOUT_CAP;
    codedrill_write($record);
}

{{KIND}}
codedrill_main();
