package fi.silta.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FeedbackTest {

    @Test
    void aConfirmationKeepsTheQueryAndTheFragment() {
        assertEquals("/staff/activities/5?done=saved", Done.SAVED.at("/staff/activities/5").toString());
        assertEquals("/staff/admin/requests?status=PENDING&done=approved#r-3",
                Done.APPROVED.at("/staff/admin/requests?status=PENDING#r-3").toString());
    }

    @Test
    void onlyKnownConfirmationsAreReadBackFromAnAddress() {
        assertEquals(Optional.of(Done.PUBLISHED), Done.of("published"));
        assertEquals(Optional.empty(), Done.of("<script>"));
        assertEquals(Optional.empty(), Done.of(null));
    }

    @Test
    void theSummaryLinksEachFieldByTheIdTheFieldTagsGiveIt() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("title.fi", "Tämä tieto tarvitaan.");
        errors.put("capacity", "Vähintään 1.");
        ErrorSummary summary = ErrorSummary.of(errors, List.of("Tarkista merkityt kentät."),
                field -> field.equals("capacity") ? "Paikkoja" : null);
        assertTrue(summary.present());
        assertEquals(List.of(new ErrorSummary.ErrorLink("f-title-fi", null, "Tämä tieto tarvitaan."),
                new ErrorSummary.ErrorLink("f-capacity", "Paikkoja", "Vähintään 1.")), summary.links());
        assertFalse(ErrorSummary.NONE.present());
    }
}
