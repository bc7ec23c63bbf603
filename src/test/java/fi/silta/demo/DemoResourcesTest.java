package fi.silta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The demo resource bank's generated PDF is one a reader opens: the PDF header, and a cross-reference that points right. */
class DemoResourcesTest {

    @Test
    void theGeneratedDocumentIsAPdfWhoseCrossReferencePointsAtItsObjects() {
        byte[] pdf = DemoResources.onePagePdf("Muistihoitajan tarkistuslista");
        String text = new String(pdf, StandardCharsets.US_ASCII);
        assertThat(text).startsWith("%PDF-1.4\n").endsWith("%%EOF\n").contains("(Muistihoitajan tarkistuslista) Tj");
        int startxref = Integer.parseInt(text.replaceAll("(?s).*startxref\n([0-9]+)\n%%EOF\n", "$1"));
        assertThat(text.substring(startxref)).startsWith("xref\n0 6\n");
        String firstEntry = text.substring(startxref).split("\n")[3];
        int offset = Integer.parseInt(firstEntry.substring(0, 10));
        assertThat(text.substring(offset)).startsWith("1 0 obj\n<< /Type /Catalog");
    }
}
