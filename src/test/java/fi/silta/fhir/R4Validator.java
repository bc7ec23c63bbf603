package fi.silta.fhir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.convertors.context.ContextResourceLoaderFactory;
import org.hl7.fhir.convertors.loaders.loaderRN.NullLoaderKnowledgeProviderRN;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.model.ModelContext;
import org.hl7.fhir.model.core.Bundle;
import org.hl7.fhir.model.core.CanonicalResource;
import org.hl7.fhir.model.core.CanonicalType;
import org.hl7.fhir.model.core.PackageInformation;
import org.hl7.fhir.model.core.Parameters;
import org.hl7.fhir.model.core.VersionResolutionRules;
import org.hl7.fhir.model.utilities.formats.FhirFormat;
import org.hl7.fhir.services.context.IContextResourceLoaderN;
import org.hl7.fhir.services.elementmodel.Element;
import org.hl7.fhir.services.validation.IResourceValidator;
import org.hl7.fhir.services.validation.IValidatorResourceFetcher;
import org.hl7.fhir.services.validation.ValidatorSession;
import org.hl7.fhir.services.validation.constants.ReferenceValidationPolicy;
import org.hl7.fhir.services.xver.XVerExtensionManagerOld;
import org.hl7.fhir.standalone.context.SimpleWorkerContext;
import org.hl7.fhir.utilities.ByteProvider;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.utilities.validation.ValidationMessage.IssueSeverity;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;
import org.hl7.fhir.validation.instance.advisor.BasePolicyAdvisorForFullValidation;

/**
 * The HL7 core validator (the one its command-line tool runs), offline, against base FHIR R4 4.0.1: its worker
 * context is built from the R4 definitions HAPI ships as classpath bundles (types, resources, extensions, value
 * sets, v2 and v3 code systems), read through the core library's R4-to-R5 loader, as the command-line tool reads
 * the R4 package. It checks structure and cardinality, data types, invariants (FHIRPath), fixed values and codes
 * of required bindings whose value sets it can expand itself; with no terminology server, SNOMED CT and other
 * external code systems are not checked, and references to other resources are taken as resolvable (each is read
 * and validated on its own). Built once per test run: loading the definitions takes some 20 seconds.
 */
final class R4Validator {

    private static final List<String> DEFINITIONS = List.of("profile/profiles-types.xml",
            "profile/profiles-resources.xml", "extension/extension-definitions.xml", "valueset/valuesets.xml",
            "valueset/v3-codesystems.xml", "valueset/v2-tables.xml");
    private static R4Validator instance;

    private final InstanceValidator validator;

    private R4Validator() throws IOException {
        SimpleWorkerContext.SimpleWorkerContextBuilder builder = new SimpleWorkerContext.SimpleWorkerContextBuilder(
                ModelContext.fullCoreContext()).withAllowLoadingDuplicates(true);
        IContextResourceLoaderN loader = ContextResourceLoaderFactory.makeLoaderN(builder.getContext(), "4.0.1",
                new NullLoaderKnowledgeProviderRN());
        SimpleWorkerContext context = builder.fromDefinitions(
                Map.of("version.info", ByteProvider.forBytes("[FHIR]\nversion=4.0.1\n".getBytes(StandardCharsets.UTF_8))),
                loader, new PackageInformation("hl7.fhir.r4.core", "4.0.1", new Date()));
        context.setCanRunWithoutTerminology(true);
        context.setNoTerminologyServer(true);
        context.setExpansionParameters(new Parameters());
        for (String name : DEFINITIONS) {
            try (InputStream in = R4Validator.class.getResourceAsStream("/org/hl7/fhir/r4/model/" + name)) {
                Bundle bundle = loader.loadBundle(in, false);
                for (Bundle.BundleEntryComponent entry : bundle.getEntryList()) {
                    cache(context, entry);
                }
            }
        }
        validator = new InstanceValidator(context, null, new XVerExtensionManagerOld(context), new ValidatorSession(),
                new ValidatorSettings());
        validator.setFetcher(new ReferencesResolve());
        validator.setPolicyAdvisor(
                new BasePolicyAdvisorForFullValidation(ReferenceValidationPolicy.CHECK_TYPE_IF_EXISTS, Set.of()));
    }

    /** Loads one definition; the context's own copy of the SPDX licence code system stays where the R4 one repeats it. */
    private static void cache(SimpleWorkerContext context, Bundle.BundleEntryComponent entry) {
        try {
            context.cacheResource(entry.getResource());
        } catch (FHIRException e) {
            if (!e.getMessage().contains("spdx-license")) {
                throw e;
            }
        }
    }

    static synchronized R4Validator get() {
        if (instance == null) {
            try {
                instance = new R4Validator();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The errors (and fatal errors) the validator finds in a FHIR JSON resource, as "location: message". */
    synchronized List<String> errors(String json) {
        List<ValidationMessage> messages = new ArrayList<>();
        validator.validate(null, messages, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                FhirFormat.JSON);
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : messages) {
            if (message.getLevel() == IssueSeverity.ERROR || message.getLevel() == IssueSeverity.FATAL) {
                errors.add(message.getLocation() + ": " + message.getMessage());
            }
        }
        return errors;
    }

    /** Every reference counts as resolvable, none is fetched: the test reads and validates each resource itself. */
    private static final class ReferencesResolve implements IValidatorResourceFetcher {

        @Override
        public Element fetch(IResourceValidator validator, Object context, String url) {
            return null;
        }

        @Override
        public boolean resolveURL(IResourceValidator validator, Object context, String path, String url,
                VersionResolutionRules rules, String type, boolean canonical, List<CanonicalType> targets) {
            return true;
        }

        @Override
        public byte[] fetchRaw(IResourceValidator validator, String url) {
            return null;
        }

        @Override
        public IValidatorResourceFetcher setLocale(Locale locale) {
            return this;
        }

        @Override
        public CanonicalResource fetchCanonicalResource(IResourceValidator validator, Object context, String url)
                throws URISyntaxException {
            return null;
        }

        @Override
        public boolean fetchesCanonicalResource(IResourceValidator validator, String url) {
            return false;
        }

        @Override
        public Set<ResourceVersionInformation> fetchCanonicalResourceVersions(IResourceValidator validator,
                Object context, String url) {
            return Set.of();
        }
    }
}
