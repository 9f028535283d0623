import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws CodeDrill's icon — code brackets around a check mark on a rounded blue square — and writes it as PNG
 * (Linux), ICO (Windows) and ICNS (macOS), the formats jpackage takes on each OS. Shapes only, no fonts, so it
 * draws the same anywhere. Run from the repository root: {@code java packaging/icon/DrawIcon.java packaging/icon}
 */
public final class DrawIcon {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        Files.write(dir.resolve("codedrill.png"), png(draw(256)));

        // ICO and ICNS both accept PNG-compressed entries (Windows Vista+, macOS 10.7+).
        Map<Integer, byte[]> ico = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            ico.put(size, png(draw(size)));
        }
        Files.write(dir.resolve("codedrill.ico"), ico(ico));

        Map<String, byte[]> icns = new LinkedHashMap<>();
        icns.put("icp4", png(draw(16)));
        icns.put("icp5", png(draw(32)));
        icns.put("ic07", png(draw(128)));
        icns.put("ic08", png(draw(256)));
        icns.put("ic09", png(draw(512)));
        icns.put("ic10", png(draw(1024)));
        Files.write(dir.resolve("codedrill.icns"), icns(icns));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0); // drawn on a 256 × 256 grid

        g.setPaint(new GradientPaint(0, 0, new Color(0x2B6CB0), 0, 256, new Color(0x1A365D)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        g.setStroke(new BasicStroke(20, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xE2E8F0));
        g.draw(polyline(78, 78, 36, 128, 78, 178));    // <
        g.draw(polyline(178, 78, 220, 128, 178, 178)); // >

        g.setStroke(new BasicStroke(24, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x68D391));
        g.draw(polyline(94, 130, 120, 158, 164, 96));  // ✓
        g.dispose();
        return image;
    }

    private static Path2D polyline(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        return path;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** ICONDIR, one ICONDIRENTRY per size, then the PNGs (little-endian; 0 in a size byte means 256). */
    private static byte[] ico(Map<Integer, byte[]> pngs) {
        int total = 6 + 16 * pngs.size() + pngs.values().stream().mapToInt(b -> b.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) pngs.size());
        int offset = 6 + 16 * pngs.size();
        for (Map.Entry<Integer, byte[]> e : pngs.entrySet()) {
            int size = e.getKey();
            buf.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            buf.putShort((short) 1).putShort((short) 32).putInt(e.getValue().length).putInt(offset);
            offset += e.getValue().length;
        }
        pngs.values().forEach(buf::put);
        return buf.array();
    }

    /** 'icns', the file length, then per entry its OSType and length (big-endian, header included) and the PNG. */
    private static byte[] icns(Map<String, byte[]> pngs) {
        int total = 8 + pngs.values().stream().mapToInt(b -> 8 + b.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        buf.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        for (Map.Entry<String, byte[]> e : pngs.entrySet()) {
            buf.put(e.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + e.getValue().length);
            buf.put(e.getValue());
        }
        return buf.array();
    }
}
