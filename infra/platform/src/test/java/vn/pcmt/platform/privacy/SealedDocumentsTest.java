package vn.pcmt.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import vn.pcmt.platform.privacy.PersonalDataSerializer.Sealing;

class SealedDocumentsTest {

    static final String ERASED = "[đã xóa]";

    final KeysInMemory keys = new KeysInMemory();
    final SealedDocuments documents;

    SealedDocumentsTest() {
        Map<String, String> identity = new HashMap<>();
        identity.put("fullName", ERASED);
        identity.put("nationalId", null);
        documents = new SealedDocuments(keys, Map.of("subject_list", new Sealing("_id", identity),
                "drug_case", new Sealing("persons", "personId", identity)));
    }

    @Test
    void givenANamedCollection_whenWrittenAndRead_thenStoredSealedAndReadPlain() {
        Document stored = saved("subject_list", new Document("_id", "s-1").append("fullName", "Lê Văn Tư")
                .append("nationalId", "040090001234").append("category", "ADDICT"));

        assertThat(stored.toJson()).doesNotContain("Lê Văn Tư").doesNotContain("040090001234").contains("ADDICT")
                .contains(PersonalDataKeys.SEALED);
        Document read = loaded("subject_list", stored);
        assertThat(read.getString("fullName")).isEqualTo("Lê Văn Tư");
        assertThat(read.getString("nationalId")).isEqualTo("040090001234");
    }

    @Test
    void givenAnotherCollection_whenWritten_thenStoredAsItIs() {
        Document stored = saved("tip", new Document("_id", "t-1").append("fullName", "Lê Văn Tư"));

        assertThat(stored.getString("fullName")).isEqualTo("Lê Văn Tư");
    }

    @Test
    void givenPersonsInAnArray_whenTheKeyOfOneIsDestroyed_thenOnlyTheirsReadsErased() {
        List<Document> persons = new ArrayList<>(List.of(new Document("personId", "p-1").append("fullName", "Hà Văn Tám"),
                new Document("personId", "q-2").append("fullName", "Lò Thị Chín").append("nationalId", "040090005555"),
                new Document("subjectId", "s-9"))); // a registry subject: nobody named here, nothing to seal
        Document stored = saved("drug_case", new Document("_id", "c-1").append("persons", persons));
        assertThat(stored.toJson()).doesNotContain("Hà Văn Tám").doesNotContain("Lò Thị Chín").doesNotContain("040090005555");

        keys.destroy("p-1");

        List<Document> read = loaded("drug_case", stored).getList("persons", Document.class);
        assertThat(read.get(0).getString("fullName")).isEqualTo(ERASED);
        assertThat(read.get(1).getString("fullName")).isEqualTo("Lò Thị Chín");
        assertThat(read.get(1).getString("nationalId")).isEqualTo("040090005555");
    }

    @Test
    void givenTheKeyDestroyed_whenWrittenAgain_thenTheErasedValueIsStoredNotANewKey() {
        keys.keyFor("s-1");
        keys.destroy("s-1");

        Document stored = saved("subject_list", new Document("_id", "s-1").append("fullName", "Lê Văn Tư").append("nationalId", "040090001234"));

        assertThat(stored.getString("fullName")).isEqualTo(ERASED);
        assertThat(stored.get("nationalId")).isNull();
        assertThat(keys.keys).doesNotContainKey("s-1");
    }

    @Test
    void givenTheErasedPlaceholder_whenWritten_thenStoredAsItIs() {
        Document stored = saved("subject_list", new Document("_id", "s-1").append("fullName", ERASED));

        assertThat(stored.getString("fullName")).isEqualTo(ERASED);
        assertThat(keys.keys).doesNotContainKey("s-1");
    }

    @Test
    void givenASealedValueCopiedToAnotherPerson_whenRead_thenRefusedNotMisread() {
        Document stored = saved("subject_list", new Document("_id", "s-1").append("fullName", "Lê Văn Tư"));
        keys.keyFor("s-2");
        keys.keys.put("s-2", keys.keys.get("s-1"));

        assertThatThrownBy(() -> loaded("subject_list", new Document("_id", "s-2").append("fullName", stored.getString("fullName"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenValues_whenBlindIndexed_thenEqualForEqualValuesAndPurposeAndNeverThePlainValue() {
        String index = keys.blindIndex("name", "le van tu");

        assertThat(index).isEqualTo(keys.blindIndex("name", "le van tu")).doesNotContain("le van tu");
        assertThat(PersonalDataKeys.isBlindIndex(index)).isTrue();
        assertThat(keys.blindIndex("name", "le van tuu")).isNotEqualTo(index);
        assertThat(keys.blindIndex("nationalId", "le van tu")).isNotEqualTo(index);
        assertThat(new PersonalDataKeys(null, new javax.crypto.spec.SecretKeySpec(new byte[32], "AES")).blindIndex("name", "le van tu"))
                .isNotEqualTo(index); // another master key, another index
    }

    private Document saved(String collection, Document document) {
        documents.onBeforeSave(new BeforeSaveEvent<>(new Object(), document, collection));
        return Document.parse(document.toJson());
    }

    private Document loaded(String collection, Document stored) {
        Document copy = Document.parse(stored.toJson());
        documents.onAfterLoad(new AfterLoadEvent<>(copy, Object.class, collection));
        return copy;
    }
}
