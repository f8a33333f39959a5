package org.lurewatch.warnings.share;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.lurewatch.common.Language;
import org.lurewatch.warnings.Severity;

/**
 * The preview image a messenger shows under a shared warning: the warning's title in its own
 * language on the site's colours, drawn here with Java2D and fonts shipped in the jar
 * ({@code classpath:share-card/}, Noto Sans bold for Latin, Vietnamese, Thai, Lao, Khmer and
 * Burmese), so it looks the same on every server and asks no third party. Each character is drawn
 * with the first shipped font that has it; the JDK's HarfBuzz layout shapes Thai, Lao, Khmer and
 * Burmese clusters. No Chinese font ships (a useful one weighs megabytes): a Chinese title is drawn
 * with a system font where the server has one, and a title that no font can show is left off the
 * card rather than drawn as boxes (the messenger still shows the title beside it, as text).
 */
final class WarningCard {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final String[] FONT_FILES = {"latin-vietnamese", "thai", "lao", "khmer", "myanmar"};
    private static final Color INK = new Color(0x1b1b1b);
    private static final Color PAPER = new Color(0xf5f2ed);
    private static final Color ACCENT = new Color(0x8a1c1c);
    private static final int MARGIN = 72;
    private static final int MAX_LINES = 4;

    private final List<Font> fonts;

    WarningCard() {
        List<Font> loaded = new ArrayList<>();
        for (String name : FONT_FILES) {
            loaded.add(load("share-card/noto-sans-" + name + "-bold.ttf"));
        }
        // last resort for Chinese (see above): whatever the system has; never used for a character it lacks
        loaded.add(new Font(Font.SANS_SERIF, Font.BOLD, 1));
        this.fonts = List.copyOf(loaded);
    }

    private static Font load(String resource) {
        try (InputStream in = WarningCard.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource + " in the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + resource, e);
        }
    }

    /** A PNG of {@link #WIDTH} × {@link #HEIGHT} pixels. */
    byte[] png(String title, Language language, Severity severity) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(severity == Severity.LOW ? INK : ACCENT);
            g.fillRect(0, 0, WIDTH, 24);
            drawMark(g, MARGIN, 72);
            g.setColor(INK);
            drawLine(g, "LureWatch", 44f, MARGIN + 88, 130);
            if (displayable(title)) {
                drawTitle(g, title, language);
            }
            g.setColor(ACCENT);
            g.fillRect(MARGIN, HEIGHT - 64, 160, 8);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A warning triangle with an exclamation mark: says "warning" in no language. */
    private static void drawMark(Graphics2D g, int x, int y) {
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(x + 36, y);
        triangle.lineTo(x + 72, y + 64);
        triangle.lineTo(x, y + 64);
        triangle.closePath();
        g.setColor(ACCENT);
        g.fill(triangle);
        g.setColor(PAPER);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(x + 36, y + 22, x + 36, y + 42);
        g.fillOval(x + 32, y + 50, 8, 8);
    }

    private boolean displayable(String text) {
        return text.codePoints().filter(cp -> !Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT)
                .allMatch(cp -> fonts.stream().anyMatch(f -> f.canDisplay(cp)));
    }

    private AttributedString styled(String text, float size) {
        AttributedString styled = new AttributedString(text);
        int i = 0;
        while (i < text.length()) {
            Font font = fontFor(text.codePointAt(i));
            int end = i;
            // a run: the same font, with marks and joiners kept on their base character's font
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                boolean attached = Character.getType(cp) == Character.NON_SPACING_MARK
                        || Character.getType(cp) == Character.COMBINING_SPACING_MARK || Character.getType(cp) == Character.FORMAT;
                if (end > i && !attached && fontFor(cp) != font) {
                    break;
                }
                end += Character.charCount(cp);
            }
            styled.addAttribute(TextAttribute.FONT, font.deriveFont(size), i, end);
            i = end;
        }
        return styled;
    }

    private Font fontFor(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            return fonts.get(0);
        }
        return fonts.stream().filter(f -> f.canDisplay(codePoint)).findFirst().orElse(fonts.get(0));
    }

    private void drawLine(Graphics2D g, String text, float size, float x, float baseline) {
        new TextLayout(styled(text, size).getIterator(), g.getFontRenderContext()).draw(g, x, baseline);
    }

    /** The title, wrapped at word breaks of its language, as large as fits in four lines. */
    private void drawTitle(Graphics2D g, String title, Language language) {
        FontRenderContext frc = g.getFontRenderContext();
        float width = WIDTH - 2f * MARGIN;
        float top = 200;
        float bottom = HEIGHT - 100;
        for (float size = 64; size >= 28; size -= 4) {
            List<TextLayout> lines = wrap(title, size, width, language, frc);
            float height = 0;
            for (TextLayout line : lines) {
                height += line.getAscent() + line.getDescent() + line.getLeading();
            }
            if (lines.size() <= MAX_LINES && height <= bottom - top || size <= 28) {
                float y = top;
                for (TextLayout line : lines.subList(0, Math.min(lines.size(), MAX_LINES))) {
                    y += line.getAscent();
                    g.setColor(INK);
                    line.draw(g, MARGIN, y);
                    y += line.getDescent() + line.getLeading();
                }
                return;
            }
        }
    }

    private List<TextLayout> wrap(String text, float size, float width, Language language, FontRenderContext frc) {
        AttributedString styled = styled(text, size);
        // the JDK's line breaks: a dictionary for Thai; Lao, Khmer and Burmese write no spaces between
        // words and break only where a line is full
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.forLanguageTag(language.name()));
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), breaks, frc);
        List<TextLayout> lines = new ArrayList<>();
        while (measurer.getPosition() < text.length() && lines.size() <= MAX_LINES) {
            lines.add(measurer.nextLayout(width));
        }
        return lines;
    }
}
