import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        byte[] data = System.in.readAllBytes();
        int n = 0;
        while (n < data.length && data[n] != '\n') n++;
        if (n > 0 && data[n - 1] == '\r') n--;
        // two pointers from both ends, each skipping what is not a letter or a digit
        int i = 0, j = n - 1;
        boolean ok = true;
        while (i < j) {
            char a = (char) data[i], b = (char) data[j];
            if (!isAlnum(a)) i++;
            else if (!isAlnum(b)) j--;
            else if (Character.toLowerCase(a) != Character.toLowerCase(b)) { ok = false; break; }
            else { i++; j--; }
        }
        System.out.println(ok ? "true" : "false");
    }

    private static boolean isAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
