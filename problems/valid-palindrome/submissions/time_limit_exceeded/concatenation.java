// Builds the cleaned text with String += in a loop: every += copies the whole text so far, so a line
// of 10^6 characters costs about 10^12 character copies.
import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line = in.readLine();
        if (line == null) line = "";
        String clean = "";
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) clean += Character.toLowerCase(c);
        }
        String back = new StringBuilder(clean).reverse().toString();
        System.out.println(clean.equals(back) ? "true" : "false");
    }
}
