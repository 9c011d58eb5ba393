package org.ozvo.adql;

import adql.db.DBChecker;
import adql.db.DBColumn;
import adql.db.DBTable;
import adql.db.FunctionDef;
import adql.db.exception.UnresolvedIdentifiersException;
import adql.parser.ADQLParser;
import adql.parser.grammar.ParseException;
import adql.parser.grammar.TokenMgrError;
import adql.query.ADQLSet;
import adql.translator.TranslationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ozvo.dali.fault.UsageFault;

/**
 * Parses, checks and translates one ADQL query. The checker knows only the tables given at
 * construction (the published ones, plus a request's uploads) and no user-defined functions
 * (stack.md Gotcha 9: without the explicit empty list the library lets unknown functions
 * through to the SQL). Optional language features the translator cannot handle are switched off
 * in {@link AdqlFeatures}, so they fail as unsupported instead of producing bad SQL.
 *
 * <p>Immutable and thread-safe; each {@link #compile} call makes its own (stateful) parser.
 */
public final class AdqlCompiler {

    private final List<DBTable> tables;

    /**
     * @param tables the tables queries may use, e.g. {@link AdqlTables#published()} plus uploads
     */
    public AdqlCompiler(List<DBTable> tables) {
        this.tables = List.copyOf(tables);
    }

    /** A compiler for the published tables only. */
    public static AdqlCompiler forPublishedTables() {
        return new AdqlCompiler(AdqlTables.published());
    }

    /**
     * Compiles a query.
     *
     * @param adql    the query text
     * @param version the ADQL version the client asked for
     * @throws UsageFault with the parser's or checker's message (syntax, unknown table or column,
     *                    unsupported feature) and its position
     */
    public CompiledQuery compile(String adql, AdqlVersion version) {
        if (adql == null || adql.isBlank()) {
            throw new UsageFault("QUERY is missing or empty");
        }
        ADQLParser parser = new ADQLParser(version.parserVersion());
        AdqlFeatures.configure(parser.getSupportedFeatures());
        parser.allowAnyUdf(false);
        parser.setQueryChecker(new DBChecker(tables, List.<FunctionDef>of()));
        ADQLSet query;
        try {
            query = parser.parseQuery(adql);
        } catch (UnresolvedIdentifiersException e) {
            throw new UsageFault("ADQL error: " + unresolvedMessage(e), e);
        } catch (ParseException e) {
            throw new UsageFault("ADQL syntax error: " + oneLine(e.getMessage()), e);
        } catch (TokenMgrError e) {
            throw new UsageFault("ADQL syntax error: " + oneLine(e.getMessage()), e);
        }
        String sql;
        try {
            sql = new TapTranslator().translate(query);
        } catch (TranslationException e) {
            throw new UsageFault("ADQL query cannot be translated: " + oneLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new UsageFault("ADQL query cannot be translated: " + e, e);
        }
        return new CompiledQuery(adql, sql, outputColumns(query), query.hasLimit() ? query.getLimit() : -1,
            hasSpatialPredicate(query));
    }

    private static boolean hasSpatialPredicate(ADQLSet query) {
        adql.search.SimpleSearchHandler finder = new adql.search.SimpleSearchHandler(true, true) {
            @Override
            protected boolean match(adql.query.ADQLObject obj) {
                return obj instanceof adql.query.operand.function.geometry.ContainsFunction
                    || obj instanceof adql.query.operand.function.geometry.IntersectsFunction;
            }
        };
        finder.search(query);
        return finder.getNbMatch() > 0;
    }

    /** Names and published metadata of the result columns, in order. */
    static List<OutputColumn> outputColumns(ADQLSet query) {
        DBColumn[] resulting = query.getResultingColumns();
        List<OutputColumn> out = new ArrayList<>(resulting.length);
        Set<String> used = new HashSet<>();
        for (DBColumn c : resulting) {
            if (c instanceof MetadataColumn m) {
                used.add(c.getADQLName().toLowerCase(Locale.ROOT));
            }
        }
        int generated = 0;
        for (DBColumn c : resulting) {
            String name = c.getADQLName();
            if (c instanceof MetadataColumn m) {
                out.add(new OutputColumn(name, m.spec().withName(name)));
                continue;
            }
            String clean = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_")
                .replaceAll("^_+|_+$", "");
            if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
                clean = "col" + (clean.isEmpty() ? "" : "_" + clean);
            }
            // keep a valid, unique alias as given; anything else gets a unique regular identifier
            String unique = name != null && name.equalsIgnoreCase(clean) ? name : clean;
            while (!used.add(unique.toLowerCase(Locale.ROOT))) {
                unique = clean + "_" + (++generated);
            }
            out.add(new OutputColumn(unique, null));
        }
        return out;
    }

    private static String unresolvedMessage(UnresolvedIdentifiersException e) {
        List<String> parts = new ArrayList<>();
        Iterator<ParseException> it = e.getErrors();
        while (it.hasNext()) {
            parts.add(oneLine(it.next().getMessage()));
        }
        return parts.isEmpty() ? oneLine(e.getMessage()) : String.join("; ", parts);
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").trim();
    }
}
