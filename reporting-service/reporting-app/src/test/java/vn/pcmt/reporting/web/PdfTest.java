package vn.pcmt.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTest {

    static final List<Object> HEADER = List.of("Mã địa bàn", "Tên địa bàn", "Chỉ tiêu", "Đầu kỳ", "Cuối kỳ", "Trong kỳ");

    @Test
    void givenVietnameseFigures_whenWritten_thenAPdfWhoseTextReadsBackAsWritten() throws Exception {
        byte[] pdf = Pdf.of("Báo cáo kỳ 2026-H1: Xã Diễn Châu", "Từ 15/12/2025 đến 14/06/2026", List.of(HEADER,
                Arrays.asList("16900", "Xã Diễn Châu", "subjects.byCategory.ADDICT", 3L, 4L, null),
                Arrays.asList("16900", "Xã Diễn Châu", "kpi.DRUG_FREE_CHILDREN.value", null, new BigDecimal("40.5"), null),
                Arrays.asList("16900", "Xã Diễn Châu", "kpi.DRUG_FREE_CHILDREN.met", null, true, null),
                Arrays.asList("16900-02", "Xóm Yên Thịnh\u0007", "found", null, null, 2L)));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Báo cáo kỳ 2026-H1: Xã Diễn Châu");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Báo cáo kỳ 2026-H1: Xã Diễn Châu", "Từ 15/12/2025 đến 14/06/2026", "Mã địa bàn", "Đầu kỳ",
                    "Đối tượng theo diện (subjects.byCategory.ADDICT)", "40.5", "Đạt", "Phát hiện mới (found)", "Trang 1/1");
            assertThat(text).contains("Xóm Yên Thịnh?"); // a control character the font cannot show: a question mark, not a failure
        }
    }

    @Test
    void givenMoreRowsThanAPageHolds_whenWritten_thenPagesEachWithTheHeaderAndNumbered() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < 100; i++) {
            rows.add(Arrays.asList("16900-" + i, "Xóm " + i, "subjects.total", (long) i, (long) i, null));
        }

        try (PDDocument document = Loader.loadPDF(Pdf.of("Báo cáo", "Kỳ", rows))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("Tên địa bàn", "Trang " + page + "/" + pages);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(document);
            assertThat(all).contains("Xóm 0", "Xóm 99");
        }
    }

    /** The longest figure names of the report are printed whole, so each PDF row can be matched with its CSV row. */
    @Test
    void givenTheLongestFigureNames_whenWritten_thenEachReadsBackWhole() throws Exception {
        List<String> figures = List.of("subjects.byTreatment.VOLUNTARY_COMMUNITY", "subjects.byTreatment.VOLUNTARY_FACILITY",
                "subjects.byAgeBand.FROM_31_TO_45", "kpi.HOTSPOTS_ELIMINATED_GROWTH.target", "kpi.TRANSFORMED_NOT_RELAPSING.value",
                "preventionModels.effective", "subjects.underManagement");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        figures.forEach(figure -> rows.add(Arrays.asList("16900-42", "Xóm Phương Lịch 2", figure, 1L, 2L, 3L)));

        try (PDDocument document = Loader.loadPDF(Pdf.of("Báo cáo", "Kỳ", rows))) {
            String text = new PDFTextStripper().getText(document);
            figures.forEach(figure -> assertThat(text).contains("(" + figure + ")"));
            assertThat(text).contains("Đang trong thời hạn quản lý (subjects.underManagement)");
        }
    }
}
