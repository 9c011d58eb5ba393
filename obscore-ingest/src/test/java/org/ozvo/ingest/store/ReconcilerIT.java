package org.ozvo.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.ingest.testing.IngestHarness;
import org.ozvo.schema.archive.ArchiveLayout;

/**
 * The crash windows of a run, reproduced exactly: a transaction committed its rows and its
 * journal but the process died before (or while) moving the files; or it died before the
 * commit, leaving staged files nobody refers to.
 */
class ReconcilerIT {

    @TempDir
    Path tmp;

    @Test
    void committedOperationsAreFinishedAndUncommittedStagingIsDropped() throws Exception {
        DataSource owner = IngestHarness.owner();
        ArchiveLayout layout = new ArchiveLayout("ivo://test.ozvo.org", "http://test.example/vo", tmp.resolve("data"));
        ProductStore killed = new ProductStore(layout, "run-killed");
        StagedFile committed = killed.stage(".fits", out -> out.write("new product".getBytes(StandardCharsets.UTF_8)));
        StagedFile alreadyMoved = killed.stage(".fits", out -> out.write("moved".getBytes(StandardCharsets.UTF_8)));
        StagedFile uncommitted = killed.stage(".fits", out -> out.write("never committed".getBytes(StandardCharsets.UTF_8)));
        Path vanished = layout.resolve("products/it_reconcile/vanished.fits");
        Files.createDirectories(vanished.getParent());
        Files.writeString(vanished, "product whose row was deleted");
        Path moved = layout.resolve("products/it_reconcile/moved.fits");
        Files.move(layout.resolve(alreadyMoved.stagedPath()), moved);

        PendingFileOps journal = new PendingFileOps(killed);
        try (Connection c = owner.getConnection()) {
            journal.add(c, List.of(FileOp.remove("products/it_reconcile/vanished.fits"),
                FileOp.place(committed.stagedPath(), "products/it_reconcile/new.fits"),
                FileOp.place(alreadyMoved.stagedPath(), "products/it_reconcile/moved.fits")));
        }
        assertEquals(3, journal.countPending(owner.getConnection()));

        Reconciler.Result result;
        try (IngestLock lock = IngestLock.acquire(owner)) {
            assertThrows(IllegalStateException.class, () -> IngestLock.acquire(owner).close(),
                "a second writer is refused while the lock is held");
            result = Reconciler.reconcile(owner, new ProductStore(layout, "run-next"));
        }

        assertEquals(3, result.operationsApplied());
        assertEquals(1, result.stagedFilesDeleted(), "the uncommitted staged file");
        assertEquals("new product", Files.readString(layout.resolve("products/it_reconcile/new.fits")));
        assertEquals("moved", Files.readString(moved), "an operation done before the crash is harmless to repeat");
        assertFalse(Files.exists(vanished));
        assertFalse(Files.exists(layout.resolve(uncommitted.stagedPath())));
        try (Connection c = owner.getConnection()) {
            assertEquals(0, journal.countPending(c));
        }
        assertTrue(Reconciler.reconcile(owner, new ProductStore(layout, "run-after")).operationsApplied() == 0,
            "nothing left to do");
    }

    @Test
    void operationsOfAnotherDataDirectoryAreLeftAlone() throws Exception {
        DataSource owner = IngestHarness.owner();
        ArchiveLayout mine = new ArchiveLayout("ivo://test.ozvo.org", "http://test.example/vo", tmp.resolve("mine"));
        ArchiveLayout other = new ArchiveLayout("ivo://test.ozvo.org", "http://test.example/vo", tmp.resolve("other"));
        ProductStore otherStore = new ProductStore(other, "run-other");
        PendingFileOps otherJournal = new PendingFileOps(otherStore);
        try (Connection c = owner.getConnection()) {
            otherJournal.add(c, List.of(FileOp.remove("products/x/y.fits")));
            Reconciler.reconcile(owner, new ProductStore(mine, "run-mine"));
            assertEquals(1, otherJournal.countPending(c));
            otherJournal.applyAll(c);
            assertEquals(0, otherJournal.countPending(c));
        }
    }
}
