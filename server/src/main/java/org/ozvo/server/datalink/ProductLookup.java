package org.ozvo.server.datalink;

import static org.ozvo.schema.obscore.ObsCoreColumn.DATAPRODUCT_TYPE;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_MAX;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_MIN;
import static org.ozvo.schema.obscore.ObsCoreColumn.FULL_DATA_FORMAT;
import static org.ozvo.schema.obscore.ObsCoreColumn.FULL_DATA_URL;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_COLLECTION;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_ID;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_PUBLISHER_DID;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_TITLE;
import static org.ozvo.schema.obscore.ObsCoreColumn.ORIGINAL_PATH;
import static org.ozvo.schema.obscore.ObsCoreColumn.PRODUCT_PATH;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ozvo.dali.fault.TransientFault;
import org.ozvo.datalink.links.ProductInfo;
import org.ozvo.query.Constraints;
import org.ozvo.query.ObsCoreCursor;
import org.ozvo.query.ObsCoreQuery;
import org.ozvo.query.PgSqlRenderer;
import org.ozvo.query.SelectItem;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * Finds products by publisher DID (exact match on the primary key) on the read-only pool,
 * through the shared ObsCore query layer. Identifiers are only ever bind values. Thread-safe.
 */
@ApplicationScoped
public class ProductLookup {

    /** DIDs per query; keeps statements small and their text cacheable. */
    static final int CHUNK = 200;

    private static final List<ObsCoreColumn> COLUMNS = List.of(OBS_PUBLISHER_DID, OBS_COLLECTION, OBS_ID, PRODUCT_PATH,
        ORIGINAL_PATH, FULL_DATA_URL, FULL_DATA_FORMAT, EM_MIN, EM_MAX, OBS_TITLE, DATAPRODUCT_TYPE);

    @Inject
    org.ozvo.server.app.Databases databases;

    /** A found product and its type ({@code spectrum}, {@code image}). */
    public record Found(ProductInfo info, String productType) {
        /** True for 1D spectra, which can be cut and rendered as VOTable. */
        public boolean isSpectrum() {
            return "spectrum".equals(productType);
        }
    }

    /** One product, if the DID is known. */
    public Optional<Found> find(String did) {
        return Optional.ofNullable(findAll(List.of(did)).get(did));
    }

    /**
     * The products of several DIDs.
     *
     * @return by DID; unknown DIDs are absent
     * @throws TransientFault if the database cannot be asked
     */
    public Map<String, Found> findAll(List<String> dids) {
        Map<String, Found> out = new HashMap<>();
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(dids));
        try (Connection c = databases.reader().getConnection()) {
            for (int from = 0; from < distinct.size(); from += CHUNK) {
                List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
                ObsCoreQuery q = ObsCoreQuery.builder().select(SelectItem.columns(COLUMNS))
                    .where(Constraints.in(OBS_PUBLISHER_DID, chunk)).build();
                try (ObsCoreCursor cur = ObsCoreCursor.open(c, PgSqlRenderer.render(q), 0, 30)) {
                    while (cur.next()) {
                        ProductInfo p = new ProductInfo((String) cur.get(0), (String) cur.get(1), (String) cur.get(2),
                            (String) cur.get(3), (String) cur.get(4), (String) cur.get(5), (String) cur.get(6),
                            cur.getDouble(7), cur.getDouble(8), (String) cur.get(9));
                        out.put(p.publisherDid(), new Found(p, (String) cur.get(10)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new TransientFault("the database is not available at the moment; try again later", e);
        }
        return out;
    }
}
