package vn.pcmt.registry.query.subjectlist;

import java.text.Normalizer;
import java.util.Locale;

import vn.pcmt.platform.privacy.PersonalDataKeys;

/**
 * A name reduced for matching — "Nguyễn  Văn An" and "nguyen van an" are the same key; đ matches d — and stored only as
 * a blind index, so the list's copy of the store reads no name.
 */
final class NameKey {

    private NameKey() {
    }

    static String of(PersonalDataKeys keys, String fullName) {
        return keys.blindIndex("name", reduced(fullName));
    }

    static String reduced(String fullName) {
        String decomposed = Normalizer.normalize(fullName.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
