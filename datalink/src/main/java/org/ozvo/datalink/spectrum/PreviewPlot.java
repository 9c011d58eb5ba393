package org.ozvo.datalink.spectrum;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a spectrum as a PNG line plot with java.awt, headless: flux against wavelength, axes
 * with round tick values, the title on top. The flux range is the 0.5 to 99.5 percentile
 * (with a margin), so single hot pixels do not flatten the plot; masked pixels break the line.
 * Stateless and thread-safe.
 */
public final class PreviewPlot {

    /** Image size in pixels. */
    public static final int WIDTH = 800;
    public static final int HEIGHT = 400;

    private static final int LEFT = 80;
    private static final int RIGHT = 20;
    private static final int TOP = 36;
    private static final int BOTTOM = 50;

    static {
        // No display on a server; AWT must never try to open one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private PreviewPlot() {
    }

    /** The PNG bytes of a plot of the whole spectrum. */
    public static byte[] render(SpectrumFile s, String title) throws IOException {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            double x0 = s.wavelength(0);
            double x1 = s.wavelength(s.length() - 1);
            double[] y = yRange(s.flux());
            drawAxes(g, x0, x1, y[0], y[1], s.fluxUnit());
            drawLine(g, s, x0, x1, y[0], y[1]);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(title == null ? "" : title, LEFT, 22);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        if (!ImageIO.write(img, "png", out)) {
            throw new IOException("no PNG writer available");
        }
        return out.toByteArray();
    }

    /** Flux range from robust percentiles, with 5 % margins; [-1, 1] when nothing is finite. */
    static double[] yRange(float[] flux) {
        float[] finite = new float[flux.length];
        int n = 0;
        for (float f : flux) {
            if (Float.isFinite(f)) {
                finite[n++] = f;
            }
        }
        if (n == 0) {
            return new double[] {-1, 1};
        }
        Arrays.sort(finite, 0, n);
        double lo = finite[(int) Math.floor(0.005 * (n - 1))];
        double hi = finite[(int) Math.ceil(0.995 * (n - 1))];
        if (hi <= lo) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            return new double[] {lo - pad, hi + pad};
        }
        double margin = 0.05 * (hi - lo);
        return new double[] {lo - margin, hi + margin};
    }

    private static void drawLine(Graphics2D g, SpectrumFile s, double x0, double x1, double y0, double y1) {
        Path2D.Double path = new Path2D.Double();
        boolean pen = false;
        float[] flux = s.flux();
        for (int i = 0; i < flux.length; i++) {
            if (!Float.isFinite(flux[i])) {
                pen = false;
                continue;
            }
            double px = px(s.wavelength(i), x0, x1);
            double py = py(Math.max(y0, Math.min(y1, flux[i])), y0, y1);
            if (pen) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                pen = true;
            }
        }
        g.setColor(new Color(0x1f, 0x4e, 0x9a));
        g.setStroke(new BasicStroke(1f));
        g.draw(path);
    }

    private static void drawAxes(Graphics2D g, double x0, double x1, double y0, double y1, String unit) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        for (double t : ticks(x0, x1)) {
            int px = (int) Math.round(px(t, x0, x1));
            g.drawLine(px, HEIGHT - BOTTOM, px, HEIGHT - BOTTOM + 5);
            String label = label(t);
            g.drawString(label, px - fm.stringWidth(label) / 2, HEIGHT - BOTTOM + 18);
        }
        for (double t : ticks(y0, y1)) {
            int py = (int) Math.round(py(t, y0, y1));
            g.drawLine(LEFT - 5, py, LEFT, py);
            String label = label(t);
            g.drawString(label, LEFT - 8 - fm.stringWidth(label), py + 4);
        }
        String xTitle = "Wavelength [Angstrom]";
        g.drawString(xTitle, LEFT + (WIDTH - LEFT - RIGHT - fm.stringWidth(xTitle)) / 2, HEIGHT - 12);
        String yTitle = "Flux" + (unit == null ? "" : " [" + unit + "]");
        Graphics2D r = (Graphics2D) g.create();
        r.rotate(-Math.PI / 2);
        r.drawString(yTitle, -(TOP + (HEIGHT - TOP - BOTTOM + fm.stringWidth(yTitle)) / 2), 14);
        r.dispose();
    }

    /** About six round tick values inside [lo, hi]. */
    static double[] ticks(double lo, double hi) {
        double raw = (hi - lo) / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag * (raw / mag < 2 ? 2 : raw / mag < 5 ? 5 : 10);
        double first = Math.ceil(lo / step) * step;
        int n = (int) Math.floor((hi - first) / step) + 1;
        double[] t = new double[Math.max(n, 0)];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
        }
        return t;
    }

    private static String label(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.2g", v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+$", "");
    }

    private static double px(double x, double x0, double x1) {
        return LEFT + (x - x0) / (x1 - x0 == 0 ? 1 : x1 - x0) * (WIDTH - LEFT - RIGHT);
    }

    private static double py(double y, double y0, double y1) {
        return HEIGHT - BOTTOM - (y - y0) / (y1 - y0) * (HEIGHT - TOP - BOTTOM);
    }
}
