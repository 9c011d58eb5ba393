package org.ozvo.server.vosi;

import adql.parser.feature.LanguageFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ozvo.adql.AdqlFeatures;
import org.ozvo.adql.AdqlVersion;
import org.ozvo.dali.write.TableWriterRegistry;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.schema.tap.TapSchemaContent;
import org.ozvo.server.tap.TapService;
import org.ozvo.tap.TapLimits;

/**
 * The TAP service at {@code /vo/tap} as the capability builder sees it: its TAPRegExt
 * capability written from the same sources the service runs on (the ADQL versions and
 * optional features the parser enforces, the table writers, {@link TapLimits}), DALI examples,
 * VOSI tables, and a registry record whose tableset is {@link TapSchemaContent}. The registry's
 * TAP record comes from here; {@code /vo/tap/capabilities} should be rendered from it too
 * ({@code VosiResponses.capabilities("tap")}), so the two cannot drift apart.
 */
@ApplicationScoped
public class TapDescription implements VoServiceDescription {

    /** Service root below the base URL. */
    public static final String ROOT = "tap";

    private static final String TAPREGEXT = "ivo://ivoa.net/std/TAPRegExt#";

    private final TapService tap;

    /** For CDI's proxy only. */
    protected TapDescription() {
        this.tap = null;
    }

    /** @param tap the running TAP service, for its limits and output formats */
    @Inject
    public TapDescription(TapService tap) {
        this.tap = tap;
    }

    @Override
    public String root() {
        return ROOT;
    }

    @Override
    public boolean hasTables() {
        return true;
    }

    @Override
    public List<Capability> capabilities(ArchiveLayout layout) {
        String base = layout.baseUrl() + "/" + ROOT;
        return List.of(StandardCapabilities.tap(base, tableAccess(tap.limits(), tap.formats())),
            StandardCapabilities.examples(base + "/examples"));
    }

    /** The TAPRegExt content for the given limits and formats. */
    static TapCapability tableAccess(TapLimits limits, TableWriterRegistry formats) {
        List<TapCapability.Version> versions = new ArrayList<>();
        for (AdqlVersion v : AdqlVersion.values()) {
            versions.add(new TapCapability.Version(v.number(), v.ivoId()));
        }
        Map<String, List<TapCapability.Feature>> groups = new LinkedHashMap<>();
        for (LanguageFeature f : AdqlFeatures.supported()) {
            groups.computeIfAbsent(f.type, t -> new ArrayList<>()).add(new TapCapability.Feature(f.form, f.description));
        }
        List<TapCapability.FeatureList> features = groups.entrySet().stream()
            .map(e -> new TapCapability.FeatureList(e.getKey(), e.getValue())).toList();
        TapCapability.Language adql = new TapCapability.Language("ADQL", versions,
            "ADQL 2.0 and 2.1 (LANG=ADQL means 2.1), translated to PostgreSQL with pgSphere; geometry on"
                + " ivoa.obscore uses spatial indexes. No user-defined functions.", features);
        List<TapCapability.OutputFormat> outputs = formats.formats().stream()
            .map(f -> new TapCapability.OutputFormat(f.mime(), List.of(f.aliases().get(0)), f.ivoId())).toList();
        return new TapCapability(
            List.of(new TapCapability.DataModel("ObsCore-1.1", "ivo://ivoa.net/std/ObsCore#core-1.1")),
            List.of(adql), outputs,
            List.of(TAPREGEXT + "upload-inline", TAPREGEXT + "upload-http", TAPREGEXT + "upload-https"),
            new TapCapability.Limit(limits.defaultRetentionSecs(), limits.hardRetentionSecs()),
            new TapCapability.Limit((long) limits.defaultExecutionSecs(), (long) limits.hardExecutionSecs()),
            new TapCapability.Limit(limits.defaultMaxrec(), limits.hardMaxrec()),
            new TapCapability.Limit(limits.maxUploadBytes(), limits.maxUploadBytes()));
    }

    @Override
    public ServiceRegistration registration() {
        return new ServiceRegistration(ROOT, "OzVO table access (TAP) to the survey spectra and images", "OzVO TAP",
            "ADQL queries (TAP 1.1, synchronous and asynchronous, with uploads) on the archive's ObsCore table"
                + " ivoa.obscore: every spectrum of 2dFGRS, 6dFGS, GAMA, OzDES and WiggleZ and the 6dFGS image"
                + " thumbnails, with redshifts and rest-frame spectral coverage.",
            List.of("Spectroscopy", "Redshift surveys", "Galaxies", "Astronomical databases"),
            ServiceRegistration.ResourceType.CATALOG_SERVICE, TapSchemaContent.schemas(), List.of("Optical", "Infrared"));
    }
}
