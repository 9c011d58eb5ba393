package org.ozvo.server.uws;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ozvo.dali.fault.TransientFault;

/**
 * Jobs in PostgreSQL (schema {@code uws}, migration V4), through the owner pool. Every phase
 * change is a compare-and-set ({@code UPDATE ... WHERE phase IN (...)}), so an abort racing a
 * completion has exactly one winner. Thread-safe; each call uses its own connection.
 */
public final class JobStore {

    private final DataSource owner;

    public JobStore(DataSource owner) {
        this.owner = owner;
    }

    /** A row of the job list. */
    public record JobRef(String jobId, Phase phase, String runId, String ownerId, Instant creationTime) {
    }

    /** Stores a new job with its parameters. */
    public void create(Job job) {
        run(c -> {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO uws.job (job_id, job_list, run_id, owner_id,"
                    + " phase, creation_time, execution_duration, destruction) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setString(1, job.jobId());
                ps.setString(2, job.jobList());
                ps.setString(3, job.runId());
                ps.setString(4, job.ownerId());
                ps.setString(5, job.phase().name());
                ps.setTimestamp(6, ts(job.creationTime()));
                ps.setInt(7, job.executionDuration());
                ps.setTimestamp(8, ts(job.destruction()));
                ps.executeUpdate();
            }
            insertParameters(c, job.jobId(), job.parameters(), 0);
            c.commit();
            return null;
        });
    }

    /** The job, if it exists in this job list. */
    public Optional<Job> find(String jobList, String jobId) {
        return run(c -> {
            Job.ErrorSummary error;
            Job base;
            try (PreparedStatement ps = c.prepareStatement("SELECT run_id, owner_id, phase, creation_time, start_time,"
                    + " end_time, execution_duration, destruction, error_type, error_message FROM uws.job"
                    + " WHERE job_id = ? AND job_list = ?")) {
                ps.setString(1, jobId);
                ps.setString(2, jobList);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Job>empty();
                    }
                    error = rs.getString(9) == null ? null : new Job.ErrorSummary(rs.getString(9), rs.getString(10));
                    base = new Job(jobId, jobList, rs.getString(1), rs.getString(2), Phase.valueOf(rs.getString(3)),
                        instant(rs, 4), instant(rs, 5), instant(rs, 6), rs.getInt(7), instant(rs, 8), List.of(),
                        List.of(), error);
                }
            }
            List<Job.Parameter> params = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, value, by_reference FROM uws.job_parameter"
                    + " WHERE job_id = ? ORDER BY position")) {
                ps.setString(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        params.add(new Job.Parameter(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
                    }
                }
            }
            List<Job.Result> results = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT result_id, file_name, mime_type, size_bytes"
                    + " FROM uws.job_result WHERE job_id = ? ORDER BY result_id")) {
                ps.setString(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        results.add(new Job.Result(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                    }
                }
            }
            return Optional.of(new Job(base.jobId(), jobList, base.runId(), base.ownerId(), base.phase(),
                base.creationTime(), base.startTime(), base.endTime(), base.executionDuration(), base.destruction(),
                params, results, error));
        });
    }

    /** The current phase, if the job exists. */
    public Optional<Phase> phase(String jobId) {
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT phase FROM uws.job WHERE job_id = ?")) {
                ps.setString(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Phase.valueOf(rs.getString(1))) : Optional.<Phase>empty();
                }
            }
        });
    }

    /**
     * Lists jobs, newest first.
     *
     * @param cap most rows returned when the filter has no LAST (keeps the list quick)
     */
    public List<JobRef> list(String jobList, JobFilter filter, int cap) {
        return run(c -> {
            StringBuilder sql = new StringBuilder("SELECT job_id, phase, run_id, owner_id, creation_time FROM uws.job"
                + " WHERE job_list = ?");
            List<Object> binds = new ArrayList<>(List.of(jobList));
            if (filter.phases().isEmpty()) {
                sql.append(" AND phase <> 'ARCHIVED'");
            } else {
                sql.append(" AND phase IN (").append(filter.phases().stream().map(p -> "?").collect(Collectors.joining(",")))
                    .append(')');
                filter.phases().forEach(p -> binds.add(p.name()));
            }
            if (filter.after() != null) {
                sql.append(" AND creation_time > ?");
                binds.add(ts(filter.after()));
            }
            sql.append(" ORDER BY creation_time DESC, job_id LIMIT ?");
            binds.add(filter.last() != null ? Math.min(filter.last(), cap) : cap);
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < binds.size(); i++) {
                    ps.setObject(i + 1, binds.get(i));
                }
                List<JobRef> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new JobRef(rs.getString(1), Phase.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), instant(rs, 5)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Moves a job from one of {@code from} to {@code to}; sets start time when entering
     * EXECUTING and end time when entering a final phase.
     *
     * @return true if this call made the change
     */
    public boolean transition(String jobId, Set<Phase> from, Phase to, Job.ErrorSummary error) {
        return run(c -> {
            String sql = "UPDATE uws.job SET phase = ?"
                + (to == Phase.EXECUTING ? ", start_time = now()" : "")
                + (to.isFinal() ? ", end_time = now()" : "")
                + (error != null ? ", error_type = ?, error_message = ?" : "")
                + " WHERE job_id = ? AND phase IN (" + placeholders(from) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, to.name());
                if (error != null) {
                    ps.setString(i++, error.type());
                    ps.setString(i++, error.message());
                }
                ps.setString(i++, jobId);
                for (Phase p : from) {
                    ps.setString(i++, p.name());
                }
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** EXECUTING to COMPLETED with its result, atomically; false if the job was aborted meanwhile. */
    public boolean complete(String jobId, Job.Result result) {
        return run(c -> {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("UPDATE uws.job SET phase = 'COMPLETED', end_time = now()"
                    + " WHERE job_id = ? AND phase = 'EXECUTING'")) {
                ps.setString(1, jobId);
                if (ps.executeUpdate() != 1) {
                    c.rollback();
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO uws.job_result (job_id, result_id, file_name,"
                    + " mime_type, size_bytes) VALUES (?,?,?,?,?)")) {
                ps.setString(1, jobId);
                ps.setString(2, result.id());
                ps.setString(3, result.fileName());
                ps.setString(4, result.mimeType());
                ps.setLong(5, result.size());
                ps.executeUpdate();
            }
            c.commit();
            return true;
        });
    }

    /** Adds parameters (replacing same-named ones) while the job is PENDING; false otherwise. */
    public boolean addParameters(String jobId, List<Job.Parameter> params) {
        return run(c -> {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM uws.job WHERE job_id = ? AND phase = 'PENDING'"
                    + " FOR UPDATE")) {
                ps.setString(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        c.rollback();
                        return false;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM uws.job_parameter WHERE job_id = ?"
                    + " AND upper(name) = upper(?)")) {
                for (Job.Parameter p : params) {
                    ps.setString(1, jobId);
                    ps.setString(2, p.name());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            int next;
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(position) + 1, 0) FROM uws.job_parameter"
                    + " WHERE job_id = ?")) {
                ps.setString(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    next = rs.getInt(1);
                }
            }
            insertParameters(c, jobId, params, next);
            c.commit();
            return true;
        });
    }

    /** Sets the execution duration while the job has not started; false otherwise. */
    public boolean setExecutionDuration(String jobId, int seconds) {
        return update("UPDATE uws.job SET execution_duration = ? WHERE job_id = ? AND phase IN ('PENDING', 'QUEUED')",
            seconds, jobId);
    }

    /** Sets the destruction time. */
    public boolean setDestruction(String jobId, Instant destruction) {
        return update("UPDATE uws.job SET destruction = ? WHERE job_id = ?", ts(destruction), jobId);
    }

    /** Deletes the job row (parameters and results cascade); false if it did not exist. */
    public boolean delete(String jobId) {
        return update("DELETE FROM uws.job WHERE job_id = ?", jobId);
    }

    /** Ids of jobs whose destruction time has passed. */
    public List<String> expired(Instant now) {
        return ids("SELECT job_id FROM uws.job WHERE destruction <= ? ORDER BY destruction", ts(now));
    }

    /** Ids of the jobs of a list in a phase, oldest first. */
    public List<String> inPhase(String jobList, Phase phase) {
        return ids("SELECT job_id FROM uws.job WHERE job_list = ? AND phase = ? ORDER BY creation_time", jobList,
            phase.name());
    }

    /** Ids of the jobs of a list that have been EXECUTING since before {@code startedBefore}. */
    public List<String> executingSince(String jobList, Instant startedBefore) {
        return ids("SELECT job_id FROM uws.job WHERE job_list = ? AND phase = 'EXECUTING' AND start_time < ?"
            + " ORDER BY start_time", jobList, ts(startedBefore));
    }

    private List<String> ids(String sql, Object... binds) {
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < binds.length; i++) {
                    ps.setObject(i + 1, binds[i]);
                }
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    private boolean update(String sql, Object... binds) {
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < binds.length; i++) {
                    ps.setObject(i + 1, binds[i]);
                }
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static void insertParameters(Connection c, String jobId, List<Job.Parameter> params, int start)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO uws.job_parameter (job_id, position, name, value,"
                + " by_reference) VALUES (?,?,?,?,?)")) {
            int pos = start;
            for (Job.Parameter p : params) {
                ps.setString(1, jobId);
                ps.setInt(2, pos++);
                ps.setString(3, p.name());
                ps.setString(4, p.value());
                ps.setBoolean(5, p.byReference());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String placeholders(Collection<?> items) {
        return items.stream().map(x -> "?").collect(Collectors.joining(","));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    @FunctionalInterface
    private interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (Connection c = owner.getConnection()) {
            boolean auto = c.getAutoCommit();
            try {
                return work.apply(c);
            } catch (SQLException | RuntimeException e) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                throw e;
            } finally {
                if (c.getAutoCommit() != auto) {
                    c.setAutoCommit(auto);
                }
            }
        } catch (SQLException e) {
            throw new TransientFault("the job database is not available: " + e.getMessage(), e);
        }
    }
}
