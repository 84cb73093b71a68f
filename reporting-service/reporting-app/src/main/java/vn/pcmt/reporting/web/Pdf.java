package vn.pcmt.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A table of figures as a PDF, A4 landscape, page after page: a title and a subtitle, then the rows under a header
 * repeated on each page, numbers to the right, and the page's number at its foot. DejaVu Sans is embedded (the glyphs
 * used), so Vietnamese text shows and copies as written on any reader (fonts/DejaVu-LICENSE.txt).
 */
final class Pdf {

    static final String MEDIA_TYPE = "application/pdf";

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float ROW = 12;
    private static final float FONT_SIZE = 8;
    private static final float[] WIDTHS = {60, 150, 330, 70, 70, 70};
    private static final int ROWS_PER_PAGE = (int) ((PAGE.getHeight() - 2 * MARGIN - 60) / ROW);

    /** The report figures' names, in Vietnamese: the machine name stays after the label, so a row can be found in the CSV. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("subjects.total", "Đối tượng: tổng số"), Map.entry("subjects.byCategory", "Đối tượng theo diện"),
            Map.entry("subjects.byTreatment", "Đang điều trị, cai nghiện"), Map.entry("subjects.byFlag", "Đối tượng có dấu hiệu"),
            Map.entry("subjects.bySex", "Đối tượng theo giới tính"), Map.entry("subjects.byAgeBand", "Đối tượng theo độ tuổi"),
            Map.entry("subjects.testOverdue", "Quá hạn xét nghiệm"), Map.entry("subjects.underManagement", "Đang trong thời hạn quản lý"),
            Map.entry("found", "Phát hiện mới"), Map.entry("leftList", "Đưa ra khỏi danh sách"), Map.entry("tests", "Lượt xét nghiệm"),
            Map.entry("positiveTests", "Xét nghiệm dương tính"), Map.entry("hotspots", "Điểm, tụ điểm"), Map.entry("cases", "Vụ án, vụ việc"),
            Map.entry("arrests", "Bắt giữ"), Map.entry("cultivation", "Cây có chứa chất ma túy bị phá"), Map.entry("drugFree", "Không ma túy"),
            Map.entry("keyAreaTypes", "Loại địa bàn trọng điểm"), Map.entry("households", "Hộ gia đình"),
            Map.entry("householdsCommitted", "Hộ ký cam kết"), Map.entry("preventionModels", "Mô hình phòng, chống ma túy"),
            Map.entry("kpi", "Chỉ tiêu"));

    private Pdf() {
    }

    /** @param rows the header, then the cells row by row: numbers right-aligned, {@code null} empty */
    static byte[] of(String title, String subtitle, List<List<Object>> rows) {
        List<List<Object>> body = rows.subList(1, rows.size());
        int pages = Math.max(1, (body.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        try (PDDocument document = new PDDocument(); InputStream regular = font("DejaVuSans.ttf"); InputStream bold = font("DejaVuSans-Bold.ttf")) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title);
            information.setCreator("PCMT Platform");
            PDType0Font text = PDType0Font.load(document, regular);
            PDType0Font heading = PDType0Font.load(document, bold);
            for (int page = 0; page < pages; page++) {
                PDPage sheet = new PDPage(PAGE);
                document.addPage(sheet);
                try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
                    float y = PAGE.getHeight() - MARGIN;
                    write(content, heading, 13, MARGIN, y, printable(heading, title));
                    write(content, text, 9, MARGIN, y - 16, printable(text, subtitle));
                    y -= 40;
                    row(content, heading, y, rows.getFirst(), true);
                    content.moveTo(MARGIN, y - 3);
                    content.lineTo(PAGE.getWidth() - MARGIN, y - 3);
                    content.stroke();
                    for (List<Object> cells : body.subList(page * ROWS_PER_PAGE, Math.min(body.size(), (page + 1) * ROWS_PER_PAGE))) {
                        y -= ROW;
                        row(content, text, y, labelled(cells), false);
                    }
                    write(content, text, FONT_SIZE, PAGE.getWidth() - MARGIN - 60, MARGIN / 2, "Trang " + (page + 1) + "/" + pages);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF", e);
        }
    }

    /** The row with its figure's Vietnamese label before its machine name (the third cell). */
    private static List<Object> labelled(List<Object> cells) {
        if (cells.size() < 3 || !(cells.get(2) instanceof String figure)) {
            return cells;
        }
        String label = LABELS.keySet().stream().filter(key -> figure.equals(key) || figure.startsWith(key + "."))
                .max(Comparator.comparingInt(String::length)).map(LABELS::get).orElse(null);
        List<Object> labelled = new ArrayList<>(cells);
        labelled.set(2, label == null ? figure : label + " (" + figure + ")");
        return labelled;
    }

    /** The figures' columns (the last three) right-aligned, their header too. */
    private static void row(PDPageContentStream content, PDType0Font font, float y, List<Object> cells, boolean header) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < WIDTHS.length && i < cells.size(); i++) {
            Object cell = cells.get(i);
            String value = cell == null ? "" : cell instanceof BigDecimal decimal ? decimal.toPlainString()
                    : cell instanceof Boolean yes ? (yes ? "Đạt" : "Không đạt") : cell.toString();
            String fitted = fitted(font, printable(font, value), WIDTHS[i] - 4);
            boolean right = header ? i >= WIDTHS.length - 3 : cell instanceof Number;
            float at = right ? x + WIDTHS[i] - 4 - width(font, fitted) : x;
            write(content, font, FONT_SIZE, at, y, fitted);
            x += WIDTHS[i];
        }
    }

    /** The text with each character the font has no glyph for (a control character, say) shown as '?'. */
    private static String printable(PDType0Font font, String value) {
        StringBuilder shown = new StringBuilder(value.length());
        value.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            try {
                font.encode(character);
                shown.append(character);
            } catch (IOException | IllegalArgumentException e) {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    /** The text, cut with an ellipsis where it would run into the next column. */
    private static String fitted(PDType0Font font, String value, float width) throws IOException {
        if (width(font, value) <= width) {
            return value;
        }
        String cut = value;
        while (!cut.isEmpty() && width(font, cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static float width(PDType0Font font, String value) throws IOException {
        return font.getStringWidth(value) / 1000 * FONT_SIZE;
    }

    private static void write(PDPageContentStream content, PDType0Font font, float size, float x, float y, String value) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(value);
        content.endText();
    }

    private static InputStream font(String name) {
        InputStream font = Pdf.class.getResourceAsStream("/fonts/" + name);
        if (font == null) {
            throw new IllegalStateException("The font " + name + " is not on the class path");
        }
        return font;
    }
}
