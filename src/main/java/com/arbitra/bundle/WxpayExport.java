package com.arbitra.bundle;

import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Party;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.RulingNotices;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.store.AtomicFiles;
import com.arbitra.store.ExportQueries;
import com.arbitra.store.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The outbox's actions on {@code WXP-} cases as the requests WeChat Pay's complaints 2.0 API needs, one
 * JSON object a line ({@code {"method","path","body"}}): a reply to the consumer, the complaint's
 * completion, the refund's approval or refusal. Nothing is signed or sent: the merchant's own client
 * posts them. An action the API cannot express is named in the report, never dropped without a word;
 * every action read is then marked exported, as a bundle export marks its own.
 */
public final class WxpayExport {

    /** What the API takes as a reply to the consumer ({@code response_content}), and as a refusal's reason. */
    static final int MAX_RESPONSE = 500;
    static final int MAX_REJECT_REASON = 200;
    private static final String PATH = "/v3/merchant-service/complaints-v2/";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Set<String> REFUNDS = Set.of("FULL_REFUND", "PARTIAL_REFUND", "RETURN_AND_REFUND");

    /** What an export wrote: the requests, the actions read, and those the API cannot express. */
    public record Result(Path file, int requests, int actions, List<String> notExpressed) {
    }

    private final Workspace workspace;
    private final ExportQueries queries;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    public WxpayExport(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.queries = new ExportQueries(workspace);
        this.clock = clock;
    }

    public Result write(Path out) throws IOException {
        if (workspace.kind() == WorkspaceKind.TRAINING) {
            throw new Exporter.ExportRefusedException("This is a training workspace: its work never goes to the "
                    + "platform.");
        }
        Instant now = clock.instant();
        String exportId = "wxpay-" + now.toEpochMilli() + "-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        List<ExportQueries.PendingAction> actions = queries.claimPending(WxpayComplaints.CASE_PREFIX, exportId, now,
                now.minus(Exporter.CLAIM_EXPIRES));
        List<String> notExpressed = new ArrayList<>();
        int[] requests = {0};
        try {
            Map<String, DisputeCase> cases = new HashMap<>();
            Set<String> ids = new LinkedHashSet<>();
            actions.forEach(a -> ids.add(a.caseId()));
            if (!ids.isEmpty()) {
                queries.forEachCase(ids, c -> cases.put(c.caseId(), c));
            }
            AtomicFiles.write(out, stream -> {
                for (ExportQueries.PendingAction a : actions) {
                    List<ObjectNode> lines = requests(a, cases.get(a.caseId()), notExpressed);
                    for (ObjectNode line : lines) {
                        stream.write(mapper.writeValueAsString(line).getBytes(StandardCharsets.UTF_8));
                        stream.write('\n');
                        requests[0]++;
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            queries.release(exportId);
            throw e;
        }
        queries.markExported(exportId, now);
        return new Result(out, requests[0], actions.size(), notExpressed);
    }

    /** The requests one action needs at the API; none (and a line in the report) when it cannot say it. */
    private List<ObjectNode> requests(ExportQueries.PendingAction a, DisputeCase c, List<String> notExpressed)
            throws IOException {
        String complaint = a.caseId().substring(WxpayComplaints.CASE_PREFIX.length());
        String mchid = c.merchant().merchantId();
        JsonNode payload = a.payloadJson() == null ? mapper.createObjectNode() : mapper.readTree(a.payloadJson());
        List<ObjectNode> out = new ArrayList<>();
        switch (a.type()) {
            case "EVIDENCE_REQUESTED" -> {
                JsonNode request = payload.path("request");
                if (!"CONSUMER".equals(request.path("party").asText())) {
                    notExpressed.add(a.caseId() + " " + a.type() + " (" + a.actionId() + "): the API carries "
                            + "messages to the consumer only; a request to the merchant is the merchant's own work");
                } else {
                    out.add(response(complaint, mchid, request.path("instructions").asText(""), a, notExpressed));
                }
            }
            case "RULING_ISSUED", "APPEAL_DECIDED" -> {
                JsonNode ruling = payload.path("ruling");
                if (ruling.isMissingNode() || ruling.isNull()) {
                    notExpressed.add(a.caseId() + " " + a.type() + " (" + a.actionId() + "): no ruling to send");
                    break;
                }
                out.add(response(complaint, mchid, consumerNotice(c, ruling), a, notExpressed));
                ObjectNode refund = refundProgress(c, ruling, a.at());
                if (refund != null) {
                    out.add(request(complaint, "/update-refund-progress", refund));
                }
            }
            case "CASE_CLOSED" -> out.add(request(complaint, "/complete", body(mchid)));
            default -> notExpressed.add(a.caseId() + " " + a.type() + " (" + a.actionId() + "): the complaints API has "
                    + "no request for it");
        }
        return out;
    }

    /** APPROVE with the days until the refund is due when the ruling orders one; REJECT when it refuses one asked for. */
    private static ObjectNode refundProgress(DisputeCase c, JsonNode ruling, Instant at) {
        String remedy = ruling.path("remedy").asText("");
        ObjectNode body = new ObjectMapper().createObjectNode();
        if (REFUNDS.contains(remedy)) {
            Instant due = null;
            for (JsonNode o : ruling.path("obligations")) {
                Instant d = o.hasNonNull("dueAt") ? Instant.parse(o.get("dueAt").asText()) : null;
                if ("MERCHANT".equals(o.path("party").asText()) && d != null && (due == null || d.isBefore(due))) {
                    due = d;
                }
            }
            long days = due == null ? 0 : Math.max(0, (Duration.between(at, due).toHours() + 23) / 24);
            body.put("action", "APPROVE");
            body.put("launch_refund_day", days);
            return body;
        }
        boolean refundAsked = c.complaint() != null && (c.complaint().requestedRefund() != null
                || c.complaint().problemType() == com.arbitra.domain.ProblemType.REFUND);
        if (!refundAsked) {
            return null;
        }
        body.put("action", "REJECT");
        body.put("reject_reason", cut(ruling.path("rationale").asText("The refund was not granted."), MAX_REJECT_REASON));
        return body;
    }

    /** The ruling's notice to the consumer, in Chinese (WeChat Pay's complaints are CNY), as the ruling form previews it. */
    private static String consumerNotice(DisputeCase c, JsonNode ruling) {
        Ruling current = c.ruling();
        if (current != null && current.rulingId() != null && current.rulingId().equals(ruling.path("rulingId").asText())) {
            RulingNotices.Notice n = RulingNotices.render(c, current, Party.CONSUMER, Locale.SIMPLIFIED_CHINESE,
                    BEIJING, WorkflowSettings.defaults().appealWindow());
            return n.body();
        }
        return ruling.path("rationale").asText("");
    }

    private ObjectNode response(String complaint, String mchid, String text, ExportQueries.PendingAction a,
                                List<String> notExpressed) {
        ObjectNode body = body(mchid);
        if (text.length() > MAX_RESPONSE) {
            notExpressed.add(a.caseId() + " " + a.type() + " (" + a.actionId() + "): the reply was cut to the API's "
                    + MAX_RESPONSE + " characters (it had " + text.length() + ")");
        }
        body.put("response_content", cut(text, MAX_RESPONSE));
        return request(complaint, "/response", body);
    }

    private ObjectNode body(String mchid) {
        ObjectNode body = mapper.createObjectNode();
        body.put("complainted_mchid", mchid);
        return body;
    }

    private ObjectNode request(String complaint, String action, ObjectNode body) {
        ObjectNode line = mapper.createObjectNode();
        line.put("method", "POST");
        line.put("path", PATH + complaint + action);
        line.set("body", body);
        return line;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
