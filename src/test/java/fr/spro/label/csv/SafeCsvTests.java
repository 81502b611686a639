package fr.spro.label.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class SafeCsvTests {

    @Test
    void neutralisesCellsASpreadsheetWouldEvaluate() {
        assertThat(SafeCsv.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SafeCsv.neutralise("+33 3 80")).isEqualTo("'+33 3 80");
        assertThat(SafeCsv.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(SafeCsv.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCsv.neutralise("Dijon")).isEqualTo("Dijon");
        assertThat(SafeCsv.neutralise(null)).isEmpty();
    }

    @Test
    void writesQuotedRowsAfterAHeaderAndABom() {
        StringWriter out = new StringWriter();
        try (SafeCsv csv = SafeCsv.open(out, List.of("file", "message"))) {
            csv.row("a.csv", "ligne \"1\", colonne 2");
            csv.row("b.csv", "=1+1");
        }
        assertThat(out.toString()).isEqualTo("\uFEFFfile,message\r\na.csv,\"ligne \"\"1\"\", colonne 2\"\r\nb.csv,'=1+1\r\n");
    }
}
