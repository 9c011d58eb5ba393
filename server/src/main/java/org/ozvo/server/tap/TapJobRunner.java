package org.ozvo.server.tap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ozvo.dali.fault.FatalFault;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.dali.table.TableResult;
import org.ozvo.dali.write.TableWriterRegistry;
import org.ozvo.dali.write.WriteReport;
import org.ozvo.server.uws.Job;
import org.ozvo.server.uws.JobContext;
import org.ozvo.server.uws.JobRunner;
import org.ozvo.tap.TapQueryRunner;
import org.ozvo.tap.TapRequest;
import org.ozvo.tap.UploadResolver;

/**
 * Executes async TAP jobs: the stored parameters become a {@link TapRequest} (checked only
 * now, TAP 1.1 section 2.7), the query runs with the job's execution duration as statement
 * timeout and can be cancelled by an abort, and the rows stream into the result file
 * {@code result.<ext>} (written under a temporary name first, so a half-written file is never
 * served). Thread-safe.
 */
@ApplicationScoped
public class TapJobRunner implements JobRunner {

    public static final String JOB_LIST = "tap";

    @Inject
    TapService tap;

    @Override
    public String jobList() {
        return JOB_LIST;
    }

    @Override
    public Job.Result run(Job job, JobContext context) throws IOException {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        for (Job.Parameter p : job.parameters()) {
            if (!p.byReference()) {
                raw.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p.value());
            }
        }
        TapRequest request = TapRequest.from(ParamMap.of(raw), tap.limits());
        TableWriterRegistry.Selection format = tap.formats().select(request.responseFormat());
        UploadResolver uploads = UploadResolver.withInline(spec -> {
            Path part = context.part(spec.partName());
            if (part == null) {
                throw new UsageFault("UPLOAD " + spec.name() + ": the job has no inline parameter '"
                    + spec.partName() + "'");
            }
            return Files.newInputStream(part);
        });
        int timeout = job.executionDuration() > 0 ? job.executionDuration() : tap.limits().hardExecutionSecs();
        String fileName = TapQueryRunner.RESULT_NAME + "." + format.writer().fileExtension();
        Path target = context.resultFile(fileName);
        Path partial = context.resultFile(fileName + ".part");
        WriteReport report;
        try (TableResult result = tap.execute(request, uploads, timeout, context::onCancel,
                format.writer().acceptsDatabaseText());
             OutputStream out = Files.newOutputStream(partial)) {
            report = format.writer().write(result, out);
        }
        if (report.failure() != null) {
            Files.deleteIfExists(partial);
            throw new FatalFault("the query failed after " + report.rows() + " rows: " + report.failure().getMessage());
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Job.Result(TapQueryRunner.RESULT_NAME, fileName, format.contentType(), Files.size(target));
    }
}
