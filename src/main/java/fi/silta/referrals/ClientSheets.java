package fi.silta.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

import fi.silta.catalogue.CatalogueService;
import fi.silta.catalogue.api.ActivityDetail;
import fi.silta.catalogue.api.OccurrenceView;
import fi.silta.catalogue.api.PlaceDetail;
import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;

/**
 * The sheet a client takes home, in the client's language: the suggested activities with their next sessions
 * (weekday, start and end; never a called-off one), the full address, the organiser's contact and the price; the
 * planned session marked; the check-in code as text and as a QR code that opens the check-in page; who to call.
 */
@ApplicationScoped
public class ClientSheets {

    private static final int SESSIONS_SHOWN = 3;

    /** The sheet. {@code plannedCalledOff}: the planned session was called off and no new one is planned yet. */
    public record Sheet(Language language, String firstName, LocalDate printedOn, List<Activity> activities,
            boolean plannedCalledOff, String checkInCode, String checkInUrl, String qrSvg,
            LinkPersonService.Contact linkPerson, String unit, String nurseEmail, List<Service> services) {
    }

    /**
     * One suggested service on the sheet: only what residents read of it (name, organisation, how to get it,
     * contacts), never what its organisation tells professionals.
     */
    public record Service(String name, String organisation, String access, String accessInfo, String phone,
            String email, String infoUrl) {
    }

    /** One activity on the sheet. */
    public record Activity(String title, String summary, String place, String address, String organiser,
            String contactName, String contactPhone, String contactEmail, boolean free, String price,
            List<Session> sessions) {
    }

    /** One session on the sheet; {@code planned} when the client agreed to come to it. */
    public record Session(String when, boolean planned) {
    }

    private final ReferralAccess access;
    private final HeldPlaceRepository places;
    private final CatalogueService catalogue;
    private final LinkPersonService linkPersons;
    private final SuggestedServices services;
    private final ReferralsConfig config;
    private final Clock clock;

    ClientSheets(ReferralAccess access, HeldPlaceRepository places, CatalogueService catalogue,
            LinkPersonService linkPersons, SuggestedServices services, ReferralsConfig config, Clock clock) {
        this.services = services;
        this.access = access;
        this.places = places;
        this.catalogue = catalogue;
        this.linkPersons = linkPersons;
        this.config = config;
        this.clock = clock;
    }

    /** The client's sheet of a referral the user may read; the print is written to the access log. */
    @Transactional
    public Sheet sheet(long referralId) {
        Referral referral = access.readable(referralId, "print");
        Language language = referral.client().language();
        Optional<HeldPlace> expected = places.expectedOf(referralId);
        Long planned = expected.map(HeldPlace::occurrenceId).orElse(null);
        boolean calledOff = expected.isEmpty() && places.ofReferral(referralId).stream().findFirst()
                .filter(p -> p.status() == PlaceStatus.CALLED_OFF).isPresent();
        List<Activity> activities = new ArrayList<>();
        for (Long id : referral.activityIds()) {
            activity(id, language, planned).ifPresent(activities::add);
        }
        String code = expected.map(HeldPlace::checkInCode).orElse(null);
        String url = code == null ? null : config.publicUrl().replaceAll("/+$", "") + "/check-in/" + code;
        access.logged(referralId, "print");
        return new Sheet(language, referral.client().firstName(),
                LocalDate.now(clock.withZone(ReferralsConfig.TIME_ZONE)), activities, calledOff,
                code == null ? null : PlaceService.printed(code), url,
                url == null ? null : qrSvg(url, PlaceNotifier.messages(language).print_qr_label()),
                linkPersons.contactOf(referral.assignedTo()).orElse(null), referral.unit(), referral.nurseEmail(),
                services.forClient(referralId, language).stream()
                        .map(d -> new Service(d.name(), d.organisation() == null ? null : d.organisation().label(),
                                d.access() == null ? null : d.access().label(), d.accessInfo(), d.contactPhone(),
                                d.contactEmail(), d.infoUrl()))
                        .toList());
    }

    private Optional<Activity> activity(long id, Language language, Long planned) {
        ActivityDetail d;
        try {
            d = catalogue.get(id, language);
        } catch (ProblemException e) {
            // Withdrawn since it was suggested: left off the sheet.
            return Optional.empty();
        }
        List<Session> sessions = new ArrayList<>();
        for (OccurrenceView o : d.nextOccurrences()) {
            boolean isPlanned = Long.valueOf(o.id()).equals(planned);
            if (!o.cancelled() && (sessions.size() < SESSIONS_SHOWN || isPlanned)) {
                sessions.add(new Session(SessionTimes.format(o.start().toInstant(), o.end().toInstant(), language),
                        isPlanned));
            }
        }
        ActivityDetail.ContactView contact = d.contact();
        String phone = contact != null && contact.phone() != null ? contact.phone()
                : d.registration() == null ? null : d.registration().phone();
        return Optional.of(new Activity(d.title(), d.summary(), d.place() == null ? null : d.place().name(),
                address(d.place()), d.organisation() == null ? null : d.organisation().name(),
                contact == null ? null : contact.name(), phone, contact == null ? null : contact.email(), d.free(),
                d.price(), sessions));
    }

    /** Street, postal code and town; none for a place whose address is given only to those who enrol. */
    private static String address(PlaceDetail place) {
        if (place == null || place.addressConfidential()) {
            return null;
        }
        String town = ((place.postalCode() == null ? "" : place.postalCode() + " ")
                + (place.municipality() == null ? "" : place.municipality().name())).strip();
        String street = place.streetAddress() == null ? "" : place.streetAddress();
        String full = street.isEmpty() || town.isEmpty() ? street + town : street + ", " + town;
        return full.isEmpty() ? null : full;
    }

    /** The QR code as an SVG drawing of its modules: no image library, no script, sharp in any print size. */
    static String qrSvg(String text, String label) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        int size = matrix.getWidth();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"180\" height=\"180\" role=\"img\" aria-label=\"" + escape(label)
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
