package fi.silta.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.resources.ResourceAudience;
import fi.silta.resources.ResourceDocument;
import fi.silta.resources.ResourceDocumentRepository;
import fi.silta.resources.ResourceListing;
import fi.silta.resources.ResourceRepository;
import fi.silta.resources.ResourceTopic;

/**
 * The demo resource bank: links to real public Finnish guidance (Muistiliitto, Omaishoitajaliitto, THL, Kela,
 * Ruokavirasto, Pelastusopisto) kept by demo organisations and the county, and one small generated PDF for
 * professionals. Loaded after the demo catalogue (whose organisations keep them), where demo data is enabled, once.
 */
@ApplicationScoped
public class DemoResources {

    private static final Logger LOG = Logger.getLogger(DemoResources.class);
    /** Kokkolan Muistikumppanit ry and Kokkolan Seudun Omaisapu ry in the demo catalogue. */
    private static final String MEMORY_PARTNERS = "1653660-0";
    private static final String CAREGIVERS = "1573858-5";

    private record Demo(String keeper, ResourceTopic topic, ResourceAudience audience, LocalizedText title,
            LocalizedText description, String url) {
    }

    private final boolean enabled;
    private final ResourceRepository resources;
    private final ResourceDocumentRepository documents;
    private final OrganisationRepository organisations;
    private final SearchMapping searchMapping;

    DemoResources(@ConfigProperty(name = "silta.demo-data.enabled", defaultValue = "false") boolean enabled,
            ResourceRepository resources, ResourceDocumentRepository documents, OrganisationRepository organisations,
            SearchMapping searchMapping) {
        this.enabled = enabled;
        this.resources = resources;
        this.documents = documents;
        this.organisations = organisations;
        this.searchMapping = searchMapping;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event)
            throws InterruptedException {
        if (enabled) {
            load();
            searchMapping.scope(ResourceListing.class).massIndexer().startAndWait();
        }
    }

    /** @return whether anything was loaded */
    @Transactional
    public boolean load() {
        if (resources.count() > 0) {
            return false;
        }
        for (Demo demo : demos()) {
            Organisation keeper = demo.keeper() == null ? null
                    : organisations.findByBusinessId(demo.keeper()).orElse(null);
            ResourceListing resource = new ResourceListing(keeper);
            resource.describe(demo.title(), demo.description(), demo.topic(), demo.audience());
            resource.linkTo(demo.url());
            resource.publish();
            resources.persist(resource);
        }
        ResourceListing checklist = new ResourceListing(organisations.findByBusinessId(MEMORY_PARTNERS).orElse(null));
        checklist.describe(LocalizedText.of("Muistihoitajan tarkistuslista kotikäynnille",
                "Minnesskötarens checklista för hembesök", "Memory nurse's checklist for a home visit"),
                LocalizedText.of("Yhden sivun muistilista: turvallisuus, lääkitys, omaisen jaksaminen ja tukipalvelut.",
                        null, null),
                ResourceTopic.MEMORY, ResourceAudience.PROFESSIONALS);
        byte[] pdf = onePagePdf("Muistihoitajan tarkistuslista kotikaynnille");
        String sha256 = sha256(pdf);
        checklist.holdDocument("tarkistuslista-kotikaynti.pdf", pdf.length, sha256);
        checklist.publish();
        resources.persist(checklist);
        resources.flush();
        documents.persist(new ResourceDocument(checklist.id(), pdf, sha256));
        LOG.infof("Loaded the demo resource bank: %d resources", demos().size() + 1);
        return true;
    }

    private static List<Demo> demos() {
        List<Demo> demos = new ArrayList<>();
        demos.add(new Demo(MEMORY_PARTNERS, ResourceTopic.MEMORY, ResourceAudience.PUBLIC,
                LocalizedText.of("Muistisairaudet – tietoa ja tukea", "Minnessjukdomar – information och stöd",
                        "Memory disorders – information and support"),
                LocalizedText.of("Muistiliiton tietoa muistisairauksista, ennaltaehkäisystä ja tuesta sairastuneelle ja "
                        + "läheisille.", null, null),
                "https://www.muistiliitto.fi/"));
        demos.add(new Demo(CAREGIVERS, ResourceTopic.CAREGIVING, ResourceAudience.PUBLIC,
                LocalizedText.of("Omaishoitajan opas", "Guide för närståendevårdare", "A family carer's guide"),
                LocalizedText.of("Omaishoitajaliiton tietoa omaishoidon tuesta, vapaista ja jaksamisesta.", null, null),
                "https://omaishoitajat.fi/"));
        demos.add(new Demo(null, ResourceTopic.BENEFITS_AND_FORMS, ResourceAudience.PUBLIC,
                LocalizedText.of("Eläkettä saavan hoitotuki", "Vårdbidrag för pensionstagare",
                        "Care allowance for pensioners"),
                LocalizedText.of("Kelan hoitotuki ja hakulomake kotona asuvalle eläkeläiselle.", null, null),
                "https://www.kela.fi/elakkeensaajan-hoitotuki"));
        demos.add(new Demo(null, ResourceTopic.NUTRITION, ResourceAudience.PUBLIC,
                LocalizedText.of("Ikääntyneiden ruokasuositus", "Kostrekommendationer för äldre",
                        "Nutrition recommendations for older people"),
                LocalizedText.of("Ruokaviraston suositus ikääntyneiden ravitsemukseen.", null, null),
                "https://www.ruokavirasto.fi/"));
        demos.add(new Demo(null, ResourceTopic.HOME_SAFETY, ResourceAudience.PUBLIC,
                LocalizedText.of("Kaatumisten ehkäisy", "Förebyggande av fall", "Preventing falls"),
                LocalizedText.of("THL:n tietoa kaatumisten ja kaatumisvammojen ehkäisystä kotona.", null, null),
                "https://thl.fi/"));
        demos.add(new Demo(null, ResourceTopic.MOBILITY, ResourceAudience.PROFESSIONALS,
                LocalizedText.of("Toimintakyvyn arviointi (TOIMIA)", "Bedömning av funktionsförmåga (TOIMIA)",
                        "Assessing functional capacity (TOIMIA)"),
                LocalizedText.of("THL:n TOIMIA-tietokanta: suositellut toimintakyvyn mittarit ammattilaisille.", null,
                        null),
                "https://thl.fi/"));
        return demos;
    }

    /** A one-page PDF showing one line of text, with a correct cross-reference table. */
    static byte[] onePagePdf(String line) {
        String stream = "BT /F1 18 Tf 72 760 Td (" + line + ") Tj ET";
        String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
