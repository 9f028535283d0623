import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        byte[] data = System.in.readAllBytes();
        Map<String, Integer> counts = new HashMap<>();
        int i = 0, n = data.length;
        StringBuilder word = new StringBuilder();
        while (i < n) {
            while (i < n && !isLetter(data[i])) i++;
            word.setLength(0);
            while (i < n && isLetter(data[i])) {
                word.append((char) (data[i] | 0x20)); // ASCII letter to lowercase
                i++;
            }
            if (word.length() > 0) counts.merge(word.toString(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((x, y) -> !x.getValue().equals(y.getValue())
                ? y.getValue() - x.getValue()
                : x.getKey().compareTo(y.getKey()));
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < Math.min(3, entries.size()); k++) {
            out.append(entries.get(k).getKey()).append(' ').append(entries.get(k).getValue()).append('\n');
        }
        System.out.print(out);
    }

    static boolean isLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }
}
