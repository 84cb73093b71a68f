package vn.pcmt.registry.query.subjectlist;

import java.text.Normalizer;
import java.util.Locale;

/** A name reduced for matching: "Nguyễn  Văn An" and "nguyen van an" are the same key; đ matches d. */
final class NameKey {

    private NameKey() {
    }

    static String of(String fullName) {
        String decomposed = Normalizer.normalize(fullName.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
