package org.bigvdm.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedTextTest {

    @Test
    void discsReadApartShareTheirFewRepeatedValues() throws Exception {
        String json = """
                [{"id": 1, "label": "root", "size": 25600, "storage_grade": "sata", "storage_pool": "tail1-sata1"},
                 {"id": 2, "label": "root", "size": 10240, "storage_grade": "sata", "storage_pool": "tail1-sata1"}]
                """;
        List<Disc> first = Json.mapper().readValue(json, new TypeReference<List<Disc>>() { });
        List<Disc> again = Json.mapper().readValue(json, new TypeReference<List<Disc>>() { });

        assertThat(first.get(1).storageGrade()).isSameAs(first.get(0).storageGrade());
        assertThat(again.get(0).storagePool()).isSameAs(first.get(0).storagePool());
        assertThat(again.get(1).label()).isSameAs(first.get(0).label()).isEqualTo("root");
    }

    @Test
    void longValuesAndNullStayAsTheyCame() {
        String long1 = "x".repeat(SharedText.MAX_LENGTH + 1);
        String long2 = new String(long1);
        assertThat(SharedText.of(long2)).isSameAs(long2);
        assertThat(SharedText.of(null)).isNull();
        String zone = new String("york");
        assertThat(SharedText.of(new String("york"))).isSameAs(SharedText.of(zone)).isEqualTo("york");
    }
}
