package fr.spro.label.intake.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.spro.label.intake.schema.Column;
import fr.spro.label.intake.schema.FieldTypes;
import fr.spro.label.intake.schema.Schema;
import org.junit.jupiter.api.Test;

class CsvRecordsTests {

    static final Schema SCHEMA = new Schema(List.of(Column.required("id", FieldTypes.text()), Column.optional("name", FieldTypes.text())),
            List.of(), List.of());

    @Test
    void detectsTheDelimiterFromTheHeaderIgnoringQuotedOnes() {
        assertThat(CsvRecords.delimiterOf("id;name\nA,B;C")).isEqualTo(';');
        assertThat(CsvRecords.delimiterOf("id,name\nA;B;C,D")).isEqualTo(',');
        assertThat(CsvRecords.delimiterOf("\"i;d;x\",name\n")).isEqualTo(',');
    }

    @Test
    void numbersRecordsByThePhysicalLineWhereTheyStartWhateverTheLineEndings() throws UnreadableFile {
        for (String end : List.of("\n", "\r\n", "\r")) {
            String text = "id;name" + end + "A;\"deux" + end + "lignes\"" + end + end + "B;b" + end;

            assertThat(CsvRecords.read(text, SCHEMA)).extracting(RawRecord::line).as(end.replace("\r", "CR").replace("\n", "LF"))
                    .containsExactly(2, 5);
        }
    }

    @Test
    void acceptsHeaderNamesInAnyCaseAndWithSpaces() throws UnreadableFile {
        assertThat(CsvRecords.read(" ID ; Name \nA;b\n", SCHEMA)).singleElement()
                .satisfies(r -> assertThat(r.cells()).containsEntry("id", "A").containsEntry("name", "b"));
    }
}
