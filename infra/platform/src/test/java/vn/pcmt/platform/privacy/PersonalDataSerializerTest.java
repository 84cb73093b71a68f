package vn.pcmt.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import vn.pcmt.platform.privacy.PersonalDataSerializer.Sealing;

class PersonalDataSerializerTest {

    record Registered(String personId, String fullName, String nationalId, String category) {
    }

    record Moved(String personId, String villageCode) {
    }

    record Person(String personId, String fullName) {
    }

    record Tipster(String fullName, String phone) {
    }

    record CaseOpened(String caseId, List<Person> persons, Tipster tipster) {
    }

    final KeysInMemory keys = new KeysInMemory();
    final PersonalDataSerializer serializer;

    PersonalDataSerializerTest() {
        Map<String, String> erased = new HashMap<>();
        erased.put("fullName", "[đã xóa]");
        erased.put("nationalId", null);
        serializer = new PersonalDataSerializer(JacksonSerializer.defaultSerializer(), keys, Map.of(Registered.class,
                new Sealing("personId", erased), CaseOpened.class, new Sealing("persons", "personId", erased)));
    }

    @Test
    void givenPersonalFields_whenSerialized_thenSealedInTheStoredFormAndOpenedWhenRead() {
        Registered registered = new Registered("a-1", "Lê Văn Tư", "040090001234", "ADDICT");

        SerializedObject<String> stored = serializer.serialize(registered, String.class);

        assertThat(stored.getData()).doesNotContain("Lê Văn Tư").doesNotContain("040090001234").contains("ADDICT").contains("a-1")
                .contains(PersonalDataKeys.SEALED);
        assertThat((Registered) serializer.deserialize(stored)).isEqualTo(registered);
    }

    @Test
    void givenAnotherEventType_whenSerialized_thenStoredAsItIs() {
        SerializedObject<String> stored = serializer.serialize(new Moved("a-1", "17167-02"), String.class);

        assertThat(stored.getData()).contains("17167-02").doesNotContain(PersonalDataKeys.SEALED);
    }

    @Test
    void givenTheKeyDestroyed_whenRead_thenErasedValuesAndTheRestIntact() {
        SerializedObject<String> stored = serializer.serialize(new Registered("a-1", "Lê Văn Tư", "040090001234", "ADDICT"), String.class);
        keys.destroy("a-1");

        assertThat((Registered) serializer.deserialize(stored)).isEqualTo(new Registered("a-1", "[đã xóa]", null, "ADDICT"));
    }

    @Test
    void givenASealedValueMovedToAnotherPerson_whenRead_thenRefusedNotMisread() {
        SerializedObject<String> first = serializer.serialize(new Registered("a-1", "Lê Văn Tư", null, "ADDICT"), String.class);
        keys.keyFor("b-2");
        keys.keys.put("b-2", keys.keys.get("a-1")); // even with the same key, the value is bound to its person and field
        String moved = first.getData().replace("\"a-1\"", "\"b-2\"");

        assertThatThrownBy(() -> serializer.deserialize(new SimpleSerializedObject<>(moved, String.class, first.getType())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenStoredPayloads_whenAskedWhetherSealed_thenOnlyThoseWithEveryPersonalFieldSealed() {
        String sealed = serializer.serialize(new Registered("a-1", "Lê Văn Tư", "040090001234", "ADDICT"), String.class).getData();
        String plain = JacksonSerializer.defaultSerializer().serialize(new Registered("a-1", "Lê Văn Tư", null, "ADDICT"), String.class)
                .getData();

        assertThat(serializer.sealed(Registered.class.getName(), sealed)).isTrue();
        assertThat(serializer.sealed(Registered.class.getName(), plain)).isFalse();
        assertThat(serializer.sealed(Moved.class.getName(), "{\"personId\":\"a-1\"}")).isTrue(); // nothing personal to seal
    }

    @Test
    void givenPersonsInAnArray_whenSerialized_thenEachSealedWithTheirOwnKeyAndErasedAlone() {
        CaseOpened opened = new CaseOpened("c-1", List.of(new Person("p-1", "Hà Văn Tám"), new Person("q-2", "Lò Thị Chín")), null);

        SerializedObject<String> stored = serializer.serialize(opened, String.class);

        assertThat(stored.getData()).doesNotContain("Hà Văn Tám").doesNotContain("Lò Thị Chín");
        assertThat(keys.keys).containsKeys("p-1", "q-2");
        assertThat((CaseOpened) serializer.deserialize(stored)).isEqualTo(opened);
        keys.destroy("p-1");
        assertThat(((CaseOpened) serializer.deserialize(stored)).persons())
                .containsExactly(new Person("p-1", "[đã xóa]"), new Person("q-2", "Lò Thị Chín"));
    }

    @Test
    void givenAValueStoredBeforeSealing_whenRead_thenReadAsItIs() {
        SerializedObject<String> plain = JacksonSerializer.defaultSerializer().serialize(new Registered("a-1", "Lê Văn Tư", null, "ADDICT"),
                String.class);

        assertThat(((Registered) serializer.deserialize(plain)).fullName()).isEqualTo("Lê Văn Tư");
    }
}
