package fr.spro.label.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

@IntegrationTest
class EvidenceStoreTests {

    @Autowired EvidenceStore store;
    @Autowired MongoTemplate mongo;

    @BeforeEach
    void emptyBucket() {
        mongo.remove(new Query(), "evidence.files");
        mongo.remove(new Query(), "evidence.chunks");
    }

    @Test
    void recognisesPdfPngAndJpegByContentWhateverTheirName() throws Exception {
        assertThat(store.store("registre.png", resource("demo/registre-accessibilite.pdf")).contentType()).isEqualTo("application/pdf");
        assertThat(store.store("affiche.pdf", resource("demo/affichage-spro.png")).contentType()).isEqualTo("image/png");
        assertThat(store.store("photo", resource("intake/cases/photo.jpg")).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void refusesATextFileNamedLikeAPdf() {
        byte[] text = "Ceci n'est pas un PDF".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.store("registre.pdf", text))
                .isInstanceOfSatisfying(EvidenceRefused.class,
                        e -> assertThat(e.code()).isEqualTo(EvidenceRefused.Code.EVIDENCE_TYPE));
        assertThat(mongo.getCollection("evidence.files").countDocuments()).isZero();
    }

    @Test
    void refusesAFileOverTenMegabytesAndAnEmptyOne() {
        byte[] large = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), (int) EvidenceStore.MAX_SIZE + 1);

        assertThatThrownBy(() -> store.store("gros.pdf", large))
                .isInstanceOfSatisfying(EvidenceRefused.class, e -> assertThat(e.code()).isEqualTo(EvidenceRefused.Code.EVIDENCE_TOO_LARGE));
        assertThatThrownBy(() -> store.store("vide.pdf", new byte[0]))
                .isInstanceOfSatisfying(EvidenceRefused.class, e -> assertThat(e.code()).isEqualTo(EvidenceRefused.Code.EVIDENCE_EMPTY));
    }

    @Test
    void acceptsAFileOfExactlyTenMegabytes() {
        byte[] limit = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), (int) EvidenceStore.MAX_SIZE);

        assertThat(store.store("limite.pdf", limit).size()).isEqualTo(EvidenceStore.MAX_SIZE);
    }

    @Test
    void storesTheSameContentOnceUnderItsSha256() throws Exception {
        byte[] pdf = resource("demo/procedure-orientation.pdf");

        EvidenceRef first = store.store("procedure.pdf", pdf);
        EvidenceRef second = store.store("procedure-copie.pdf", pdf);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(first.sha256()).isEqualTo(sha256);
        assertThat(second.fileId()).isEqualTo(first.fileId());
        assertThat(second.fileName()).isEqualTo("procedure-copie.pdf");
        assertThat(mongo.getCollection("evidence.files").countDocuments()).isEqualTo(1);
    }

    @Test
    void opensAStoredFileByIdForDownload() throws Exception {
        byte[] png = resource("demo/affichage-spro.png");
        EvidenceRef stored = store.store("affiche.png", png);

        assertThat(store.open(stored.fileId())).hasValueSatisfying(file -> {
            assertThat(file.content()).isEqualTo(png);
            assertThat(file.contentType()).isEqualTo("image/png");
            assertThat(file.fileName()).isEqualTo("affiche.png");
            assertThat(file.size()).isEqualTo(png.length);
            assertThat(file.sha256()).isEqualTo(stored.sha256());
        });
        assertThat(store.open("0".repeat(64))).isEmpty();
    }

    private static byte[] resource(String path) throws Exception {
        return new ClassPathResource(path).getContentAsByteArray();
    }
}
