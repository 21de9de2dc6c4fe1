package org.bigvdm.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.EstateWords.ServerText;
import org.bigvdm.testutil.EstateFixtures;
import org.junit.jupiter.api.Test;

class EstateWordsTest {
    private final Estate estate = new Estate(EstateFixtures.smallEstate());

    @Test
    void everyServersWordsAreReadyWithTheEstateBeforeAnyFilterAsksInTreeOrder() {
        EstateWords words = estate.words();
        assertThat(words.size()).isEqualTo(4);
        int i = 0;
        for (ServerEntry s : estate.servers()) {
            ServerText text = words.at(i++, s.vm());
            assertThat(text).isNotNull().isSameAs(words.of(s.vm()));
        }
        assertThat(words.of(EstateFixtures.vm(99, "elsewhere", 1, true, false))).isNull();
    }

    @Test
    void aServerPartAndEachDiscPartMatchOnlyTheirOwnWordsInLowerCase() {
        VirtualMachine vm = EstateFixtures.vm(7, "Web7", 1, true, false,
                EstateFixtures.disc(701, "Root", 25600, "SATA", 7), EstateFixtures.disc(702, "data", 51200, "ssd", 7));
        ServerText text = ServerText.of(vm);
        assertThat(text.serverContains("web7.example")).isTrue();
        assertThat(text.serverContains("root")).isFalse();
        assertThat(text.discContains(0, "root")).isTrue();
        assertThat(text.discContains(0, "sata")).isTrue();
        assertThat(text.discContains(0, "701")).isTrue();
        assertThat(text.discContains(1, "root")).isFalse();
        assertThat(text.discContains(1, "702")).isTrue();
        assertThat(text.discContains(0, "web7")).isFalse();
        assertThat(text.contains("ssd")).isTrue();
        // no match across two words
        assertThat(text.contains("rootsata")).isFalse();
    }

    @Test
    void aServerReadAgainGetsFreshWordsAndTheOthersKeepTheirs() {
        VirtualMachine web1 = estate.server(11).orElseThrow().vm();
        VirtualMachine mail = estate.server(21).orElseThrow().vm();
        VirtualMachine renamed = EstateFixtures.vm(11, "frontend", 1, true, false);

        Estate after = estate.withServer(renamed);

        assertThat(after.words().of(mail)).isSameAs(estate.words().of(mail));
        assertThat(after.words().of(web1)).isNull();
        assertThat(after.words().of(renamed).serverContains("frontend")).isTrue();
    }
}
