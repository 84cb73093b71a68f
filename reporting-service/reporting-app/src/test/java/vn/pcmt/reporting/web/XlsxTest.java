package vn.pcmt.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XlsxTest {

    @Test
    void givenATable_whenWritten_thenAWorkbookWhoseSheetHoldsEveryCellAsItsKind() throws Exception {
        byte[] workbook = Xlsx.of("2026-H1", List.of(
                List.of("areaCode", "name", "figure"),
                Arrays.asList("17167", "Xã Diễn Châu <&> \"Nghệ An\"", 42L),
                Arrays.asList("17170", null, new BigDecimal("79.8"))));

        Map<String, byte[]> parts = unzip(workbook);
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/worksheets/sheet1.xml");
        for (byte[] part : parts.values()) {
            parse(part); // every part is well-formed XML
        }
        Document sheet = parse(parts.get("xl/worksheets/sheet1.xml"));
        Map<String, Element> cells = new HashMap<>();
        NodeList found = sheet.getElementsByTagName("c");
        for (int i = 0; i < found.getLength(); i++) {
            Element cell = (Element) found.item(i);
            cells.put(cell.getAttribute("r"), cell);
        }
        assertThat(cells.get("B2").getAttribute("t")).isEqualTo("inlineStr");
        assertThat(cells.get("B2").getTextContent()).isEqualTo("Xã Diễn Châu <&> \"Nghệ An\"");
        assertThat(cells.get("C2").getAttribute("t")).isEmpty(); // a number
        assertThat(cells.get("C2").getTextContent()).isEqualTo("42");
        assertThat(cells.get("C3").getTextContent()).isEqualTo("79.8");
        assertThat(cells).doesNotContainKey("B3"); // empty
        assertThat(parse(parts.get("xl/workbook.xml")).getElementsByTagName("sheet").item(0).getAttributes().getNamedItem("name")
                .getNodeValue()).isEqualTo("2026-H1");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, A", "25, Z", "26, AA", "51, AZ", "52, BA", "701, ZZ", "702, AAA"})
    void givenAColumnIndex_whenNamed_thenSpreadsheetLetters(int index, String name) {
        assertThat(Xlsx.column(index)).isEqualTo(name);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static Document parse(byte[] xml) throws Exception {
        try (InputStream in = new ByteArrayInputStream(xml)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }
}
