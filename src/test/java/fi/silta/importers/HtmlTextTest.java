package fi.silta.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Feed descriptions become plain text through the sanitizer's allow-list; nothing executable survives. */
class HtmlTextTest {

    @Test
    void scriptsStylesAndHandlersAreDroppedWithTheirContent() {
        String text = HtmlText.toText("<p onclick=\"steal()\">Tervetuloa</p><script>document.cookie</script>"
                + "<style>p{display:none}</style><iframe src=\"https://evil.example\">x</iframe>");
        assertThat(text).isEqualTo("Tervetuloa");
        assertThat(text).doesNotContain("cookie", "display", "steal", "evil");
    }

    @Test
    void paragraphsListsAndLinksKeepTheirShape() {
        String text = HtmlText.toText("<h2>Ohjelma</h2><ul><li>Kahvi</li><li>Laulu</li></ul>"
                + "<p>Lisätietoa <a href=\"https://srk.example/kerho\">kotisivulta</a> &amp; "
                + "<a href=\"javascript:alert(1)\">täältä</a>.</p>");
        assertThat(text).isEqualTo("Ohjelma\n\n• Kahvi\n• Laulu\n\nLisätietoa kotisivulta (https://srk.example/kerho) "
                + "& täältä.");
    }

    @Test
    void aLinkWhoseTextEndsInASpaceKeepsTheSpaceAfterItsTarget() {
        String html = "<p>Kauklahden <a href=\"https://museo.example/lasi\">lasitehtaan </a>historiaan</p>";
        assertThat(HtmlText.toText(html)).isEqualTo("Kauklahden lasitehtaan (https://museo.example/lasi) historiaan");
    }

    @Test
    void plainTextKeepsItsLineBreaksAndAngleBrackets() {
        assertThat(HtmlText.toText("Klo 10 < 12\nKahvia ja pullaa")).isEqualTo("Klo 10 < 12\nKahvia ja pullaa");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(HtmlText.toText("Caf&eacute; &#228;iti &lt;3")).isEqualTo("Café äiti <3");
    }
}
