package org.ozvo.adql;

import adql.parser.feature.FeatureSet;
import adql.parser.feature.LanguageFeature;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The optional ADQL features this service supports, the same list for the parser (anything
 * else is refused) and for the TAPRegExt capabilities ({@link #supported()}). Geometry is
 * translated to pgSphere; features the translator cannot express are switched off here.
 */
public final class AdqlFeatures {

    private AdqlFeatures() {
    }

    /** Applies the service's choice to a parser's feature set. */
    static void configure(FeatureSet features) {
        features.supportAll();
        for (LanguageFeature f : unsupported()) {
            features.unsupport(f);
        }
    }

    /**
     * Optional features announced in capabilities. COALESCE works but is not announced: its
     * type key {@code features-adql-conditional} (ADQL 2.1) is unknown to TAPRegExt 1.0
     * validators (stilts taplint 3.4.7 reports E-CAP-KEYX), and an undeclared extra is harmless.
     */
    public static List<LanguageFeature> supported() {
        FeatureSet set = new FeatureSet(false);
        configure(set);
        List<LanguageFeature> out = new ArrayList<>();
        Iterator<LanguageFeature> it = set.getSupportedFeatures();
        while (it.hasNext()) {
            LanguageFeature f = it.next();
            if (f.optional && f.udfDefinition == null && !f.type.equals(LanguageFeature.TYPE_ADQL_CONDITIONAL)) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<LanguageFeature> unsupported() {
        List<LanguageFeature> out = new ArrayList<>();
        Iterator<LanguageFeature> it = FeatureSet.getAvailableFeatures();
        while (it.hasNext()) {
            LanguageFeature f = it.next();
            if (UNSUPPORTED.contains(f.type + "|" + f.form.toUpperCase(java.util.Locale.ROOT))) {
                out.add(f);
            }
        }
        return out;
    }

    private static final String GEO = LanguageFeature.TYPE_ADQL_GEO;

    /**
     * What the pgSphere translation cannot do (checked in AdqlCompilerTest): IN_UNIT and COORDSYS
     * would reach the SQL verbatim, pgSphere has no centroid of a polygon, and STC-S region
     * union/intersection has no pgSphere equivalent.
     */
    private static final java.util.Set<String> UNSUPPORTED = java.util.Set.of(
        LanguageFeature.TYPE_ADQL_UNIT + "|IN_UNIT", GEO + "|COORDSYS", GEO + "|CENTROID", GEO + "|UNION",
        GEO + "|INTERSECT");
}
