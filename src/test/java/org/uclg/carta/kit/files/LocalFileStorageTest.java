package org.uclg.carta.kit.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.uclg.carta.kit.CartaProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalFileStorageTest {

    @TempDir
    Path dataDir;

    private FileStorage storage(long maxBytes) {
        return new LocalFileStorage(new CartaProperties(
                dataDir,
                "http://x",
                List.of("fr", "en", "es"),
                false,
                null,
                null,
                null,
                new CartaProperties.Files(maxBytes)));
    }

    @Test
    void storesWithChecksumAndTheTypeFoundInTheBytesNotTheName() throws Exception {
        FileStorage storage = storage(1024);
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        StoredFile stored = storage.store(new ByteArrayInputStream(pdf), "report.docx");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sha256()).hasSize(64);
        assertThat(stored.size()).isEqualTo(pdf.length);
        try (InputStream in = storage.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void neverServesMarkupWithItsOwnType() throws Exception {
        StoredFile html = storage(1024)
                .store(
                        new ByteArrayInputStream(
                                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                        "page.html");
        assertThat(html.contentType()).isEqualTo("text/html");
        assertThat(html.safeContentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void refusesEmptyAndOversizedFilesLeavingNothingBehind() throws Exception {
        FileStorage storage = storage(100);
        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(new byte[0]), "empty.pdf"))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage("file.empty");
        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(new byte[101]), "big.pdf"))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage("file.tooLarge");
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void forgedKeysCannotReachOutsideTheStore() throws Exception {
        FileStorage storage = storage(100);
        assertThatThrownBy(() -> storage.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Path> regularFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dataDir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
