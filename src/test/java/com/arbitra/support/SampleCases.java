package com.arbitra.support;

import com.arbitra.domain.Attachment;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Channel;
import com.arbitra.domain.Complaint;
import com.arbitra.domain.Consumer;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.EvidenceRequest;
import com.arbitra.domain.Intervention;
import com.arbitra.domain.InterventionTrigger;
import com.arbitra.domain.Logistics;
import com.arbitra.domain.Merchant;
import com.arbitra.domain.MiniProgram;
import com.arbitra.domain.Money;
import com.arbitra.domain.Notification;
import com.arbitra.domain.NotificationChannel;
import com.arbitra.domain.NotificationStatus;
import com.arbitra.domain.Order;
import com.arbitra.domain.Party;
import com.arbitra.domain.ProblemType;
import com.arbitra.domain.RequestStatus;
import com.arbitra.domain.TimelineActor;
import com.arbitra.domain.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Realistic cases for tests of the store and the services. */
public final class SampleCases {

    public static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    private SampleCases() {
    }

    /** A case waiting for an agent, with a timeline, an answered request and one piece of evidence. */
    public static DisputeCase waiting(String caseId) {
        Money paid = Money.of(12900, "CNY");
        return DisputeCase.builder()
                .caseId(caseId)
                .revision(3)
                .complaintId("200000020261120080123456789")
                .channel(Channel.MINI_PROGRAM_REPORT)
                .miniProgram(new MiniProgram("wx8f3a9c0d2b1e4f56", "青禾美妆"))
                .merchant(new Merchant("1900012345", "广州某某商贸有限公司", "cs@example.cn", null))
                .consumer(new Consumer("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", "小林", "138****1234"))
                .order(new Order("4200001234202611180123456789", "WS20261118-88231", "保湿精华 50ml", paid,
                        Instant.parse("2026-11-18T12:14:03Z")))
                .complaint(new Complaint(Instant.parse("2026-11-19T01:30:00Z"), "GOODS_NOT_AS_DESCRIBED",
                        ProblemType.REFUND, "收到的商品与描述不符，包装已拆封。", paid, 1, List.of("HIGH_RISK")))
                .state(CaseState.INTERVENTION_REQUESTED)
                .stateSince(T0)
                .dueAt(T0.plus(Duration.ofHours(24)))
                .intervention(new Intervention(T0, InterventionTrigger.CONSUMER_REQUEST, "商家拒绝退款"))
                .timeline(List.of(new TimelineEvent("ev-1", Instant.parse("2026-11-19T01:30:00Z"),
                        TimelineActor.CONSUMER, "USER_CREATE_COMPLAINT", "申请退款", List.of())))
                .evidenceRequests(List.of(new EvidenceRequest("rq-0", Party.MERCHANT,
                        List.of(EvidenceCategory.LOGISTICS), "请上传物流单号", T0.minus(Duration.ofHours(30)),
                        T0.plus(Duration.ofHours(18)), RequestStatus.ANSWERED,
                        List.of(new Notification(NotificationChannel.SMS, T0.minus(Duration.ofHours(30)),
                                NotificationStatus.DELIVERED)))))
                .evidence(List.of(new EvidenceItem("e-1", "rq-0", Party.MERCHANT, EvidenceCategory.LOGISTICS,
                        T0.minus(Duration.ofHours(20)), "已于11月18日发货", new Logistics("SF Express", "SF1234567890123"),
                        null, List.of(new Attachment("a-1", "waybill.png", "image/png", 48211,
                                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                        null, null, null, null)))
                .updatedBy("platform")
                .updatedAt(T0)
                .build();
    }
}
