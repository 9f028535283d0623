import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

class Solution {
    public Node cloneGraph(Node node) {
        if (node == null) {
            return null;
        }
        // copies maps every original node reached so far to its copy; breadth-first, no recursion
        Map<Node, Node> copies = new HashMap<>();
        copies.put(node, new Node(node.val, new ArrayList<>()));
        ArrayDeque<Node> queue = new ArrayDeque<>();
        queue.add(node);
        while (!queue.isEmpty()) {
            Node original = queue.poll();
            Node copy = copies.get(original);
            for (Node nb : original.neighbors) {
                Node nbCopy = copies.get(nb);
                if (nbCopy == null) {
                    nbCopy = new Node(nb.val, new ArrayList<>());
                    copies.put(nb, nbCopy);
                    queue.add(nb);
                }
                copy.neighbors.add(nbCopy);
            }
        }
        return copies.get(node);
    }
}
