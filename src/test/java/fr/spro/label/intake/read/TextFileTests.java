package fr.spro.label.intake.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import fr.spro.label.intake.RejectionCode;
import org.junit.jupiter.api.Test;

class TextFileTests {

    @Test
    void dropsTheByteOrderMark() throws UnreadableFile {
        assertThat(TextFile.decode("\uFEFFid;name\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("id;name\n");
    }

    @Test
    void tellsUtf16FromOtherEncodingsWithOrWithoutAMark() {
        for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            assertThatThrownBy(() -> TextFile.decode("id;name\nML-DIJON;Mission locale\n".getBytes(charset)))
                    .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                        assertThat(e.problem().code()).isEqualTo(RejectionCode.NOT_UTF8);
                        assertThat(e.problem().details().get("detail")).contains("UTF-16");
                    });
        }
    }

    @Test
    void pointsAtTheLineOfTheFirstLatin1Character() {
        byte[] latin1 = "id;name\nML-A;Dijon\nML-B;Nièvre\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TextFile.decode(latin1)).isInstanceOfSatisfying(UnreadableFile.class, e -> {
            assertThat(e.problem().code()).isEqualTo(RejectionCode.NOT_UTF8);
            assertThat(e.line()).isEqualTo(3);
        });
    }
}
