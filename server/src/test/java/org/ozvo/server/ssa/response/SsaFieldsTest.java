package org.ozvo.server.ssa.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.schema.archive.ArchiveLayout;

class SsaFieldsTest {

    private final SsaFields fields = new SsaFields(
        new ArchiveLayout("ivo://test.ozvo", "http://host:1/vo", Path.of("/tmp")), "Test publisher");

    /** SSA 1.1 section 4.2.5: mandatory fields and the UCDs of appendix D. */
    private static final Map<String, String> MANDATORY = Map.ofEntries(
        Map.entry("ssa:Access.Reference", "meta.ref.url;meta.dataset"),
        Map.entry("ssa:Access.Format", "meta.code.mime"),
        Map.entry("ssa:Dataset.DataModel", ""),
        Map.entry("ssa:Dataset.Length", "meta.number"),
        Map.entry("ssa:DataID.Title", "meta.title;meta.dataset"),
        Map.entry("ssa:Curation.Publisher", "meta.curation"),
        Map.entry("ssa:Char.SpatialAxis.Coverage.Location.Value", "pos.eq"),
        Map.entry("ssa:Char.SpatialAxis.Coverage.Bounds.Extent", "phys.angSize;instr.fov"),
        Map.entry("ssa:Char.TimeAxis.Coverage.Location.Value", "time.epoch"),
        Map.entry("ssa:Char.SpectralAxis.Coverage.Location.Value", "em.wl;instr.bandpass"),
        Map.entry("ssa:Char.SpectralAxis.Coverage.Bounds.Extent", "em.wl;instr.bandwidth"));

    @Test
    void everyMandatoryFieldIsPresentOnceWithItsUcd() {
        Map<String, List<ColumnSpec>> byUtype = fields.specs().stream().filter(s -> s.utype() != null)
            .collect(Collectors.groupingBy(ColumnSpec::utype));
        MANDATORY.forEach((utype, ucd) -> {
            assertEquals(1, byUtype.getOrDefault(utype, List.of()).size(), utype);
            if (!ucd.isEmpty()) {
                assertEquals(ucd, byUtype.get(utype).get(0).ucd(), utype);
            }
        });
        byUtype.forEach((utype, specs) -> assertEquals(1, specs.size(), "duplicate utype " + utype));
        assertTrue(byUtype.keySet().stream().allMatch(u -> u.startsWith("ssa:")), "only exact ssa: utypes");
    }

    @Test
    void accessReferenceComesFirstAndPyvoPropertiesAreThere() {
        ColumnSpec first = fields.specs().get(0);
        assertEquals("ssa:Access.Reference", first.utype());
        long refs = fields.specs().stream().filter(s -> s.utype() != null
            && s.utype().toLowerCase().contains("access.reference")).count();
        assertEquals(1, refs, "pyvo takes the first FIELD whose utype contains access.reference");
        Set<String> utypes = fields.specs().stream().map(ColumnSpec::utype).collect(Collectors.toSet());
        for (String u : List.of("ssa:Target.Pos", "ssa:DataID.Date", "ssa:DataID.Instrument", "ssa:Access.Size")) {
            assertTrue(utypes.contains(u), u);
        }
    }

    @Test
    void namesAreUniqueAndDataCentralColumnsExist() {
        List<String> names = fields.specs().stream().map(ColumnSpec::name).toList();
        assertEquals(names.size(), new HashSet<>(names).size(), "duplicate FIELD names: " + names);
        for (String n : List.of("access_url", "full_data_url", "target_name", "t_midpoint", "redshift", "em_snr",
            "dataproduct_subtype", "band_name", "score", "obs_publisher_did")) {
            assertTrue(names.contains(n), n);
        }
        ColumnSpec did = fields.specs().stream().filter(s -> s.name().equals("obs_publisher_did")).findFirst().get();
        assertEquals(SsaFields.PUBDID_ID, did.id());
        assertNotNull(did.utype());
    }
}
