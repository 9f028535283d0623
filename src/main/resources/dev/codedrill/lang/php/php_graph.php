
// ---------------------------------------------------------------- graphs (class Node), for a graph problem
class Node {
    public $val;
    public $neighbors;
    function __construct($val = 0) {
        $this->val = $val;
        $this->neighbors = array();
    }
}

/** A graph: its number of nodes n, then for each node 1..n its neighbours' values; the code gets node 1. */
function r_graph() {
    global $codedrill_given;
    $n = r_int();
    $nodes = [];
    for ($i = 1; $i <= $n; $i++) {
        $node = new Node($i);
        $nodes[] = $node;
        $codedrill_given[spl_object_id($node)] = $node;
    }
    for ($i = 0; $i < $n; $i++) {
        $d = r_int();
        for ($j = 0; $j < $d; $j++) {
            $nodes[$i]->neighbors[] = $nodes[r_int() - 1];
        }
    }
    return $nodes[0] ?? null;
}

/**
 * The graph reached from $start as adjacency lists (entry i: the neighbours of the node of value i+1), [] for none. A
 * graph that reaches a node the harness built for the input is not a copy: $codedrill_wrong says so.
 */
function w_graph($start) {
    global $codedrill_given, $codedrill_wrong;
    if ($start === null) {
        return [];
    }
    if (!($start instanceof Node)) {
        throw new RuntimeException('the returned value is not a Node');
    }
    $seen = [spl_object_id($start) => true];
    $order = [$start];
    for ($q = 0; $q < count($order); $q++) {
        foreach ((is_array($order[$q]->neighbors) ? $order[$q]->neighbors : []) as $next) {
            if ($next instanceof Node && !isset($seen[spl_object_id($next)])) {
                $seen[spl_object_id($next)] = true;
                $order[] = $next;
                if (count($order) > CODEDRILL_NODE_LIMIT) {
                    throw new RuntimeException('the returned graph has more than 10^6 nodes');
                }
            }
        }
    }
    foreach ($order as $node) {
        $id = spl_object_id($node);
        if (isset($codedrill_given[$id]) && $codedrill_given[$id] === $node) {
            $codedrill_wrong = "The returned graph is not a copy: node {$node->val} is one of the given nodes. "
                . 'Build new nodes.';
            break;
        }
    }
    $k = count($order);
    $byValue = [];
    foreach ($order as $node) {
        $v = $node->val;
        $fault = null;
        if (!is_int($v) || $v < 1 || $v > $k) {
            $fault = 'a node has the value ' . json_encode($v);
        } elseif (isset($byValue[$v])) {
            $fault = "two nodes have the value $v";
        }
        if ($fault !== null) {
            if ($codedrill_wrong === null) {
                $codedrill_wrong = "The returned graph's nodes must have the values 1 to $k, each once: $fault.";
            }
            return null;
        }
        $byValue[$v] = $node;
    }
    $out = [];
    for ($v = 1; $v <= $k; $v++) {
        $out[] = array_map(fn($next) => $next instanceof Node ? $next->val : null,
            array_values(is_array($byValue[$v]->neighbors) ? $byValue[$v]->neighbors : []));
    }
    return $out;
}
