import java.util.HashMap;
import java.util.Map;

class LRUCache {
    // A hash map from key to node plus a doubly linked list ordered from the least recently used
    // (just after head) to the most recently used (just before tail). Every operation is O(1).
    private static final class Node {
        int key, value;
        Node prev, next;

        Node(int key, int value) {
            this.key = key;
            this.value = value;
        }
    }

    private final int capacity;
    private final Map<Integer, Node> nodes;
    private final Node head = new Node(0, 0);
    private final Node tail = new Node(0, 0);

    public LRUCache(int capacity) {
        this.capacity = capacity;
        this.nodes = new HashMap<>();
        head.next = tail;
        tail.prev = head;
    }

    private static void unlink(Node node) {
        node.prev.next = node.next;
        node.next.prev = node.prev;
    }

    private void append(Node node) {
        Node last = tail.prev;
        last.next = node;
        node.prev = last;
        node.next = tail;
        tail.prev = node;
    }

    public int get(int key) {
        Node node = nodes.get(key);
        if (node == null) {
            return -1;
        }
        unlink(node);
        append(node);
        return node.value;
    }

    public void put(int key, int value) {
        Node node = nodes.get(key);
        if (node != null) {
            node.value = value;
            unlink(node);
            append(node);
            return;
        }
        if (nodes.size() == capacity) {
            Node oldest = head.next;
            unlink(oldest);
            nodes.remove(oldest.key);
        }
        node = new Node(key, value);
        nodes.put(key, node);
        append(node);
    }
}
