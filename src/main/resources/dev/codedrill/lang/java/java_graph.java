
    // ---------------------------------------------------------------- graphs (class Node)
    /** A graph: its number of nodes n, then for each node 1..n its neighbours' values; the code gets node 1. */
    static Node rGraph() {
        int n = rInt();
        Node[] nodes = new Node[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = new Node(i + 1);
            given.add(nodes[i]);
        }
        for (int i = 0; i < n; i++) {
            for (int d = rInt(); d > 0; d--) {
                nodes[i].neighbors.add(nodes[rInt() - 1]);
            }
        }
        return n == 0 ? null : nodes[0];
    }

    /**
     * The graph reached from {@code start} as adjacency lists (entry i: the neighbours of the node of value i+1),
     * [] for none. A graph that reaches a node the harness built for the input is not a copy: {@link #wrong} says so.
     */
    static void wGraph(StringBuilder sb, Node start) {
        if (start == null) {
            sb.append("[]");
            return;
        }
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> order = new ArrayList<>();
        seen.add(start);
        order.add(start);
        for (int i = 0; i < order.size(); i++) {
            List<Node> neighbors = order.get(i).neighbors;
            if (neighbors == null) {
                continue;
            }
            for (Node next : neighbors) {
                if (next != null && seen.add(next)) {
                    order.add(next);
                    if (order.size() > NODE_LIMIT) {
                        throw new IllegalStateException("the returned graph has more than 10^6 nodes");
                    }
                }
            }
        }
        for (Node node : order) {
            if (given.contains(node)) {
                wrong = "The returned graph is not a copy: node " + node.val + " is one of the given nodes. "
                        + "Build new nodes.";
                break;
            }
        }
        int k = order.size();
        Node[] byValue = new Node[k];
        for (Node node : order) {
            String fault = null;
            if (node.val < 1 || node.val > k) {
                fault = "a node has the value " + node.val;
            } else if (byValue[node.val - 1] != null) {
                fault = "two nodes have the value " + node.val;
            }
            if (fault != null) {
                if (wrong == null) {
                    wrong = "The returned graph's nodes must have the values 1 to " + k + ", each once: " + fault + ".";
                }
                sb.append("null");
                return;
            }
            byValue[node.val - 1] = node;
        }
        sb.append('[');
        for (int i = 0; i < k; i++) {
            if (i > 0) sb.append(',');
            sb.append('[');
            List<Node> neighbors = byValue[i].neighbors;
            if (neighbors != null) {
                boolean first = true;
                for (Node next : neighbors) {
                    if (!first) sb.append(',');
                    first = false;
                    if (next == null) sb.append("null"); else sb.append(next.val);
                }
            }
            sb.append(']');
        }
        sb.append(']');
    }
