package org.ozvo.ingest.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ozvo.ingest.testing.IngestHarness.column;
import static org.ozvo.ingest.testing.IngestHarness.count;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.ingest.testing.IngestHarness;
import org.ozvo.schema.archive.ArchiveLayout;

/** {@code ingest synth}, and {@code stats}, {@code verify} and {@code delete} on its rows. */
class SynthCommandIT {

    @TempDir
    Path tmp;

    private IngestHarness ingest;
    private String collection;

    @AfterEach
    void deleteCollection() {
        ingest.run("delete", "--collection", collection);
    }

    @Test
    void fillsAppendsDumpsAndIsSeenByStatsVerifyAndDelete() throws Exception {
        ingest = new IngestHarness(tmp.resolve("data"));
        ArchiveLayout layout = ingest.layout();
        collection = IngestHarness.uniqueCollection("it_synth");

        IngestHarness.Run fill = ingest.run("synth", "--rows", "3000", "--collection", collection, "--chunk", "700",
            "--connections", "2");
        assertEquals(0, fill.exit(), fill.toString());
        assertTrue(fill.out().contains("3,000 rows added to collection " + collection), fill.out());
        assertEquals(3000, count("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = ?", collection));
        assertEquals(List.of("S000000000", "S000002999"), column("SELECT obs_id FROM ivoa.obscore"
            + " WHERE obs_collection = ? AND obs_id IN ('S000000000', 'S000002999') ORDER BY 1", collection));
        long images = count("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = ? AND s_region IS NOT NULL"
            + " AND dataproduct_type = 'image'", collection);
        assertTrue(images > 150 && images < 450, "about a tenth are thumbnails with a region: " + images);
        assertEquals(0, count("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = ? AND (product_path IS NOT NULL"
            + " OR access_url <> ? || replace(replace(replace(obs_publisher_did, ':', '%3A'), '/', '%2F'), '?', '%3F')"
            + " OR s_pos IS NULL)", collection, layout.accessUrl("")), "metadata only, archive URLs, s_pos generated");

        IngestHarness.Run more = ingest.run("synth", "--rows", "500", "--collection", collection);
        assertEquals(0, more.exit(), more.toString());
        assertEquals(3500, count("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = ?", collection));
        assertEquals(List.of("S000003499"), column("SELECT max(obs_id) FROM ivoa.obscore WHERE obs_collection = ?",
            collection), "appended after the existing rows");

        Path dump = tmp.resolve("rows.copy");
        IngestHarness.Run dumped = ingest.run("synth", "--rows", "20", "--collection", collection, "--dump",
            dump.toString());
        assertEquals(0, dumped.exit(), dumped.toString());
        List<String> lines = Files.readAllLines(dump);
        assertEquals(20, lines.size());
        String[] first = lines.get(0).split("\t", -1);
        assertEquals(layout.publisherDid(collection, "S000000000"), first[4]);
        assertEquals(column("SELECT s_ra::text FROM ivoa.obscore WHERE obs_publisher_did = ?", first[4]),
            List.of(Double.toString(Double.parseDouble(first[9]))), "the dump holds the same rows as the table");

        IngestHarness.Run stats = ingest.run("stats");
        assertTrue(stats.out().contains(collection + ": 3,500 rows"), stats.out());
        IngestHarness.Run verify = ingest.run("verify", "--collection", collection, "--max-lines", "2");
        assertEquals(1, verify.exit(), verify.toString());
        assertTrue(verify.out().contains("row_without_product    3,500"), verify.out());

        IngestHarness.Run delete = ingest.run("delete", "--collection", collection);
        assertTrue(delete.out().contains("3,500 rows deleted"), delete.out());
        assertEquals(0, count("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = ?", collection));
    }

    @Test
    void rebuildModeRecreatesTheSecondaryIndexesExactlyAndKeepsThePrimaryKey() throws Exception {
        ingest = new IngestHarness(tmp.resolve("data"));
        collection = IngestHarness.uniqueCollection("it_synth_rebuild");
        String indexes = "SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'ivoa'"
            + " AND tablename = 'obscore' ORDER BY indexname";
        List<Object> before = column(indexes);
        assertTrue(before.size() >= 2 && before.stream().anyMatch(d -> d.toString().startsWith("obscore_pkey: CREATE UNIQUE")),
            before.toString());

        IngestHarness.Run fill = ingest.run("synth", "--rows", "2500", "--collection", collection, "--chunk", "700",
            "--indexes", "rebuild");
        assertEquals(0, fill.exit(), fill.toString());
        assertTrue(fill.out().contains("2,500 rows added to collection " + collection + ", "
            + (before.size() - 1) + " secondary indexes rebuilt"), fill.out());
        assertEquals(2500, count("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = ?", collection));
        assertEquals(before, column(indexes), "the same indexes, defined exactly as before");
        assertEquals(0, count("SELECT count(*) FROM pg_index WHERE indrelid = 'ivoa.obscore'::regclass"
            + " AND NOT (indisvalid AND indisready)"), "every index valid");

        IngestHarness.Run more = ingest.run("synth", "--rows", "300", "--collection", collection, "--indexes", "rebuild");
        assertEquals(0, more.exit(), more.toString());
        assertEquals(2800, count("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = ?", collection));
        assertEquals(List.of("S000002799"), column("SELECT max(obs_id) FROM ivoa.obscore WHERE obs_collection = ?",
            collection), "appended after the existing rows");
        assertEquals(before, column(indexes));
    }
}
