package com.arbitra.samples;

import static com.arbitra.domain.EvidenceCategory.COMMUNICATION_RECORD;
import static com.arbitra.domain.EvidenceCategory.FORCE_MAJEURE;
import static com.arbitra.domain.EvidenceCategory.LISTING_OR_PROMISE;
import static com.arbitra.domain.EvidenceCategory.LOGISTICS;
import static com.arbitra.domain.EvidenceCategory.OTHER;
import static com.arbitra.domain.EvidenceCategory.PAYMENT_RECORD;
import static com.arbitra.domain.EvidenceCategory.POLICY;
import static com.arbitra.domain.EvidenceCategory.PRODUCT_CONDITION;
import static com.arbitra.domain.EvidenceCategory.REFUND_PROOF;
import static com.arbitra.domain.EvidenceCategory.SERVICE_DELIVERY;
import static com.arbitra.domain.EvidenceCategory.TRANSFER_PROOF;
import static com.arbitra.domain.NotificationChannel.EMAIL;
import static com.arbitra.domain.NotificationChannel.IN_APP;
import static com.arbitra.domain.NotificationChannel.PHONE;
import static com.arbitra.domain.NotificationChannel.SMS;
import static com.arbitra.domain.NotificationStatus.DELIVERED;
import static com.arbitra.domain.NotificationStatus.FAILED;
import static com.arbitra.domain.NotificationStatus.SENT;
import static com.arbitra.domain.Party.CONSUMER;
import static com.arbitra.domain.Party.MERCHANT;
import static com.arbitra.domain.TimelineActor.AGENT;
import static com.arbitra.domain.TimelineActor.SUPERVISOR;
import static com.arbitra.domain.TimelineActor.SYSTEM;
import static com.arbitra.samples.SampleCase.notice;
import static com.arbitra.samples.Screens.me;
import static com.arbitra.samples.Screens.them;
import static com.arbitra.samples.Screens.time;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.Channel;
import com.arbitra.domain.CloseReason;
import com.arbitra.domain.InterventionTrigger;
import com.arbitra.domain.Measure;
import com.arbitra.domain.ProblemType;
import com.arbitra.domain.ProofType;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.RequestStatus;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.TimelineActor;
import com.arbitra.domain.VerificationStatus;
import com.arbitra.samples.Documents.Party;
import com.arbitra.samples.Screens.Avatar;
import com.arbitra.samples.Screens.Line;
import com.arbitra.samples.Screens.Row;
import com.arbitra.samples.Screens.Step;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes the sample LIVE bundle of the platform: {@code <out>/live/bundle.json} and every attachment under
 * {@code <out>/live/files/<caseId>/}. Every picture and document is drawn here (Java2D, PDFBox); nothing is
 * copied from anywhere. Deterministic: running it twice gives the same bytes.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) com.arbitra.samples.SampleMaker assets/samples</pre>
 */
public final class SampleMaker {

    static final String BUNDLE_ID = "sample-live-2026-11";
    static final String CREATED_AT = "11-26 06:00";

    // Operators of the console, as the platform records them.
    private static final String LIN = "lin.agent";
    private static final String ZHOU = "zhou.agent";
    private static final String WANG = "wang.agent";
    private static final String MARIA = "maria.agent";
    private static final String KIM = "kim.agent";
    private static final String CHEN = "chen.supervisor";
    private static final String GOMEZ = "gomez.supervisor";

    private static final TimelineActor USER = TimelineActor.CONSUMER;
    private static final TimelineActor SHOP = TimelineActor.MERCHANT;
    private static final TimelineActor PLATFORM = TimelineActor.PLATFORM;

    private final Path bundleDir;

    private SampleMaker(Path bundleDir) {
        this.bundleDir = bundleDir;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SampleMaker <output folder>   (writes <output folder>/live/...)");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        Path live = Path.of(args[0]).resolve("live");
        deleteTree(live);
        Files.createDirectories(live);
        new SampleMaker(live).write();
    }

    private void write() throws IOException {
        List<Function<SampleMaker, SampleCase>> makers = List.of(
                SampleMaker::crackedSerum, SampleMaker::mouldyCherries, SampleMaker::silentHeadphoneShop,
                SampleMaker::courseLoginFailure, SampleMaker::refundAlreadyMade, SampleMaker::dentedEspressoMachine,
                SampleMaker::missingTeaCupGift, SampleMaker::counterfeitSerum, SampleMaker::watchNeverShipped,
                SampleMaker::blizzardDelay, SampleMaker::tornTent, SampleMaker::parcelAtReception,
                SampleMaker::blindBoxShort, SampleMaker::robotRepairVoucher, SampleMaker::brokenAlebrije,
                SampleMaker::dentedOilTin, SampleMaker::greenPhotoBook, SampleMaker::stainedDress,
                SampleMaker::cancelledFestival, SampleMaker::closedGymBranch);
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("format", "case-bundle");
        root.put("formatVersion", 1);
        root.put("bundleId", BUNDLE_ID);
        root.put("createdAt", SampleCase.at(CREATED_AT));
        root.put("producer", "platform");
        root.put("purpose", "LIVE");
        ArrayNode cases = root.putArray("cases");
        for (Function<SampleMaker, SampleCase> maker : makers) {
            cases.add(maker.apply(this).json());
        }
        Files.write(bundleDir.resolve("bundle.json"), json(root));
    }

    /** Pretty-printed, two-space indent, "\n" line ends, `"name": value`, and a final newline. */
    static byte[] json(ObjectNode root) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        String text = new ObjectMapper().writer(printer).writeValueAsString(root) + "\n";
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private SampleCase newCase(int number, Lang lang) {
        return new SampleCase(bundleDir, number, lang);
    }

    // ================================================================ drawing helpers shared by the cases

    private static final Color[] PALETTE = {new Color(0x4A90E2), new Color(0xE67E22), new Color(0x9B59B6),
            new Color(0x16A085), new Color(0xC0392B), new Color(0x2C3E50), new Color(0xD35400)};

    private static Avatar avatar(String name, int colour) {
        return new Avatar(name.substring(0, Character.charCount(name.codePointAt(0))).toUpperCase(Locale.ROOT),
                PALETTE[colour % PALETTE.length]);
    }

    /** An amount as people write it in the case's currency: ¥129.00, $3,899.00 MXN, 45,90 €, $60.00. */
    static String show(long minor, String currency) {
        String us = String.format(Locale.US, "%,.2f", minor / 100.0);
        return switch (currency) {
            case "CNY" -> "¥" + us;
            case "USD" -> "$" + us;
            case "MXN" -> "$" + us + " MXN";
            case "EUR" -> String.format(Locale.forLanguageTag("es-ES"), "%.2f", minor / 100.0) + " €";
            default -> us + " " + currency;
        };
    }

    /** A payment-app refund number: 29 digits, the refund day in it. */
    static String refundNo(String day, int seed) {
        return "50300" + day + String.format("%016d", Math.floorMod(seed * 6364136223846793005L, 10_000_000_000_000_000L));
    }

    private ObjectNode chat(SampleCase c, String fileName, String clock, String title, Avatar mine, Avatar theirs,
                            Line... lines) {
        return c.png(fileName, Screens.chat(new Screens.Chat(c.lang, clock, title, mine, theirs, List.of(lines))));
    }

    /** The payment app's refund detail page, with the refund's progress. */
    private ObjectNode refundPage(SampleCase c, String fileName, String clock, Avatar shop, String shopName,
                                  long amount, String currency, String refundNumber, String requested,
                                  String credited, String destination) {
        Lang l = c.lang;
        List<Step> steps = List.of(
                new Step(l.pick("商户发起退款", "El comercio inició el reembolso", "Refund initiated by merchant"),
                        requested, true),
                new Step(l.pick("银行/零钱处理中", "En proceso", "Processing"), requested, true),
                new Step(l.pick("退款成功", "Reembolso completado", "Refund completed"), credited, true));
        List<Row> rows = List.of(
                new Row(l.pick("退款金额", "Importe", "Refund amount"), show(amount, currency)),
                new Row(l.pick("退回账户", "Destino", "Refunded to"), destination),
                new Row(l.pick("退款单号", "Nº de reembolso", "Refund no."), refundNumber),
                new Row(l.pick("商户单号", "Nº de pedido", "Merchant order no."), c.outTradeNo()),
                new Row(l.pick("交易单号", "Nº de transacción", "Transaction no."), c.transactionId()));
        return c.png(fileName, Screens.detail(new Screens.Detail(l, clock,
                l.pick("退款详情", "Detalle del reembolso", "Refund details"), shop, shopName,
                "+" + show(amount, currency).replace("¥", ""), l.pick("退款成功", "Reembolso completado",
                "Refund completed"), new Color(0x07C160), steps, rows,
                l.pick("对退款有疑问", "¿Dudas sobre el reembolso?", "Questions about this refund?"))));
    }

    private ObjectNode waybill(SampleCase c, String fileName, String carrier, String service, String tracking,
                               String route, Party from, Party to, String contents, String weight, String shipped) {
        Lang l = c.lang;
        String footer = l.pick("快件送达收件人地址，经收件人或收件人允许的代收人签字，视为送达。",
                "La firma del destinatario o de la persona autorizada acredita la entrega.",
                "Signature of the consignee or an authorised person is proof of delivery.");
        return c.png(fileName, Documents.waybill(new Documents.Waybill(l, carrier, service, tracking, route, from, to,
                contents, weight, shipped, footer)));
    }

    // ================================================================ the cases, one method each

    /** 101 · zh · AWAITING_EVIDENCE: a cracked serum bottle; the merchant blames the courier and goes quiet. */
    private SampleCase crackedSerum() {
        SampleCase c = newCase(101, Lang.ZH)
                .miniProgram("青禾美妆")
                .merchant("1900012345", "广州青禾化妆品有限公司", "kefu@qinghe-beauty.example", "020-3892****")
                .consumer("小林", "138****1234")
                .order("QH20261117-40512", "青禾 玻尿酸保湿精华液 50ml", 12900, "CNY", "11-17 20:14:03")
                .complaint("11-19 09:30", "GOODS_DAMAGED", ProblemType.REFUND,
                        "收到的精华液瓶身有裂痕，液体漏了小半瓶，外箱也被压扁了。联系客服说是快递的问题，让我自己找快递理赔。"
                                + "我是在店里买的东西，只要求退款。", 12900L, 1);
        Avatar me = avatar("林", 0);
        Avatar shop = new Avatar("青", new Color(0x3DA35D));
        c.event("11-19 09:30", USER, "USER_CREATE_COMPLAINT", "申请退款：收到商品瓶身破裂漏液。",
                c.jpeg("IMG_20261119_092611.jpg",
                        Photos.bottleCracked(1011, "QINGHE 青禾\n玻尿酸保湿精华液\n50ml", "2026/11/19 09:26")));
        c.event("11-19 09:30", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "已通知商家在48小时内处理投诉。");
        c.event("11-19 15:10", SHOP, "MERCHANT_RESPONSE", "亲，已联系中通快递核实运输破损情况，请您耐心等待3-5个工作日，核实后给您答复。");
        c.event("11-21 09:05", USER, "USER_RESPONSE", "已经等了两天没有任何答复，客服也不回消息。");
        c.event("11-21 09:12", USER, "USER_APPLY_PLATFORM_INTERVENTION", "申请平台客服介入：商家推诿，不处理退款。");
        c.intervention("11-21 09:12", InterventionTrigger.CONSUMER_REQUEST, "商家推诿，拒绝处理退款");
        c.event("11-21 14:40", AGENT, "PLATFORM_ACCEPT_CASE", "平台客服已受理，正在核实。");
        c.event("11-24 10:00", AGENT, "PLATFORM_REQUEST_EVIDENCE",
                "请商家上传与用户的沟通记录及发货物流信息；请用户上传商品破损部位及外包装照片。");
        String rqShop = c.request(MERCHANT, List.of(COMMUNICATION_RECORD, LOGISTICS),
                "请上传与用户的完整沟通记录，以及发货物流单号和签收信息。", "11-24 10:00", "11-26 10:00",
                RequestStatus.OPEN, notice(IN_APP, "11-24 10:00:03", DELIVERED), notice(SMS, "11-24 10:00:05", DELIVERED),
                notice(EMAIL, "11-24 10:00:08", SENT));
        String rqUser = c.request(CONSUMER, List.of(PRODUCT_CONDITION), "请上传商品破损部位及外包装的清晰照片。",
                "11-24 10:00", "11-26 10:00", RequestStatus.ANSWERED, notice(IN_APP, "11-24 10:00:04", DELIVERED));
        c.evidence(rqUser, CONSUMER, PRODUCT_CONDITION, "11-24 13:20", "瓶身裂痕及漏液照片；外箱右上角明显压痕，箱底有油渍。",
                c.jpeg("bottle-crack.jpg",
                        Photos.bottleCracked(1012, "QINGHE 青禾\n玻尿酸保湿精华液\n50ml", "2026/11/24 13:16")),
                c.jpeg("outer-box.jpg", Photos.carton(1013, true, "中通快递 ZTO  7841****1290", "2026/11/24 13:17")));
        c.evidence(null, CONSUMER, COMMUNICATION_RECORD, "11-24 13:22", "与商家客服的聊天记录截图。",
                chat(c, "chat-1.png", "13:21", "青禾美妆官方客服", me, shop,
                        time("11月19日 09:02"),
                        me("你好，今天收到的玻尿酸精华，瓶身裂了，漏了小半瓶"),
                        them("亲亲您好～非常抱歉给您带来不好的体验，麻烦提供一下订单号和破损照片哦"),
                        me("订单号 QH20261117-40512，照片已经在投诉里上传了，外箱也被压扁了"),
                        them("亲，看了一下应该是快递运输途中造成的，建议您联系中通快递申请理赔哦"),
                        me("我是在你们店买的，为什么要我去找快递？退款或者补发都可以"),
                        them("亲，我们这边需要先跟快递核实哦，请耐心等待3-5个工作日"),
                        time("11月21日 08:47"),
                        me("已经两天了，还是没有任何答复？"),
                        Screens.notice("客服当前不在线，您的消息将在客服上线后送达"),
                        me("那我只能申请平台介入了")));
        c.event("11-24 13:22", USER, "USER_UPLOAD_EVIDENCE", "用户已上传破损照片2张及聊天记录1份。");
        return c.state(CaseState.AWAITING_EVIDENCE, "11-24 10:00", "11-26 10:00");
    }

    /** 102 · zh · NEGOTIATION: cherries arrived soft and mouldy; the merchant has 48 h to answer. */
    private SampleCase mouldyCherries() {
        SampleCase c = newCase(102, Lang.ZH)
                .miniProgram("鲜果速递")
                .merchant("1900087731", "成都鲜果速递农业科技有限公司", "service@xianguo.example", null)
                .consumer("阿May", "139****5820")
                .order("XG2611220193", "智利车厘子 JJ级 2.5kg 礼盒装", 26800, "CNY", "11-22 19:40:11")
                .complaint("11-24 21:05", "GOODS_QUALITY", ProblemType.REFUND,
                        "车厘子到货时约三分之一已经软烂发霉，礼盒是准备送人的，没法用了。要求按坏果比例退款（约一半）。",
                        13400L, 1);
        c.event("11-24 21:05", USER, "USER_CREATE_COMPLAINT", "申请部分退款：到货坏果约三分之一，附开箱照片。",
                c.jpeg("IMG_20261124_205812.jpg", Photos.cherries(1021, "2026/11/24 20:58")));
        c.event("11-24 21:05", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "已通知商家在48小时内处理投诉。");
        return c.state(CaseState.NEGOTIATION, "11-24 21:05", "11-26 21:05");
    }

    /** 103 · zh · INTERVENTION_REQUESTED by merchant timeout: headphones went silent, the shop never answered. */
    private SampleCase silentHeadphoneShop() {
        SampleCase c = newCase(103, Lang.ZH)
                .miniProgram("乐途数码旗舰店")
                .merchant("1900120398", "深圳乐途数码科技有限公司", "cs@letu-digital.example", null)
                .consumer("追风少年", "186****0417")
                .order("XL-1120-7781035", "乐途 X3 主动降噪蓝牙耳机 曜石黑", 39900, "CNY", "11-20 13:02:45")
                .complaint("11-23 19:30", "QUALITY_ISSUE", ProblemType.OTHERS,
                        "耳机收到第二天左耳就没有声音了，按说明书长按10秒重置也没用。申请换新，商家客服一直不回复。", null, 1);
        c.event("11-23 19:30", USER, "USER_CREATE_COMPLAINT", "申请换货：左耳无声，客服不回复。",
                chat(c, "chat-1.png", "19:28", "乐途数码旗舰店", avatar("追", 1), new Avatar("乐", new Color(0x222222)),
                        time("11月22日 10:15"),
                        me("你好，耳机左耳没有声音了，才用了一天"),
                        them("【自动回复】您好，欢迎光临乐途数码！客服在线时间为每天早9点到晚9点，请留言～"),
                        me("按说明书长按10秒重置过了，还是没声音，能换新吗？"),
                        time("11月22日 20:31"),
                        me("在吗？"),
                        time("11月23日 19:26"),
                        me("一天多了都没人回复"),
                        Screens.notice("商家客服暂未回复，您可以在“投诉”中提交问题")));
        c.event("11-23 19:30", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "已通知商家在48小时内处理投诉。");
        c.event("11-25 19:30", SYSTEM, "MERCHANT_RESPONSE_TIMEOUT", "商家超过48小时未处理，投诉已转平台客服。");
        c.intervention("11-25 19:30", InterventionTrigger.MERCHANT_TIMEOUT, "商家48小时内未回复用户投诉");
        return c.state(CaseState.INTERVENTION_REQUESTED, "11-25 19:30", "11-26 19:30");
    }

    /** 104 · zh · UNDER_REVIEW, third complaint: an online course nobody could log in to. */
    private SampleCase courseLoginFailure() {
        SampleCase c = newCase(104, Lang.ZH)
                .channel(Channel.PAYMENT_COMPLAINT)
                .miniProgram("知行课堂")
                .merchant("1900233415", "杭州知行教育科技有限公司", "service@zhixing-edu.example", "0571-8673****")
                .consumer("Echo", "152****7793")
                .order("ZX2026111000318", "Python 数据分析实战训练营（12周）", 199900, "CNY", "11-10 22:18:30")
                .complaint("11-12 10:05", "SERVICE_NOT_PROVIDED", ProblemType.SERVICE_NOT_WORK,
                        "报名后学习平台一直登录不上，提示“统一认证超时”，第一周的两次直播课都没能参加。客服只让我等，要求退款。",
                        199900L, 3);
        c.event("11-12 10:05", USER, "USER_CREATE_COMPLAINT", "申请退款：课程平台无法登录，直播课未能参加。");
        c.event("11-12 10:05", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "已通知商家在48小时内处理投诉。");
        c.event("11-12 16:30", SHOP, "MERCHANT_RESPONSE", "系统升级导致部分学员无法登录，已修复；第一周直播课将于11月14日20:00补课，回放同步上传。");
        c.event("11-12 18:02", USER, "USER_CONFIRM_COMPLETE", "用户同意商家处理方案。");
        c.event("11-12 18:02", SYSTEM, "COMPLAINT_CLOSED", "投诉已完结（协商解决）。");
        c.event("11-14 21:20", USER, "USER_CONTINUE_COMPLAINT", "继续投诉：补课没有开，平台仍然登录不上。（第2次投诉）");
        c.event("11-15 09:10", SHOP, "MERCHANT_RESPONSE", "已为您重置账号，请用网页端登录；补课改到11月16日20:00。");
        c.event("11-15 10:30", USER, "USER_REVOKE_COMPLAINT", "商家已重置账号，先撤销投诉。");
        c.event("11-15 10:30", SYSTEM, "COMPLAINT_CLOSED", "投诉已完结（用户撤销）。");
        c.event("11-17 20:41", USER, "USER_CONTINUE_COMPLAINT", "继续投诉：补课被取消，登录又提示会话过期，一节课都没上成，要求全额退款。（第3次投诉）");
        c.intervention("11-17 20:41", InterventionTrigger.CONSUMER_REQUEST, "用户第3次投诉：商家承诺的补课未兑现，仍无法登录");
        c.event("11-18 09:30", AGENT, "PLATFORM_ACCEPT_CASE", "平台客服已受理。");
        c.event("11-18 10:00", AGENT, "PLATFORM_REQUEST_EVIDENCE", "请商家上传课程开通、登录及直播记录；请用户上传沟通记录。");
        String rqShop = c.request(MERCHANT, List.of(SERVICE_DELIVERY),
                "请提供该学员的课程开通记录、登录日志及直播课排期与回放记录。", "11-18 10:00", "11-20 10:00",
                RequestStatus.ANSWERED, notice(IN_APP, "11-18 10:00:02", DELIVERED), notice(EMAIL, "11-18 10:00:06", DELIVERED));
        String rqUser = c.request(CONSUMER, List.of(COMMUNICATION_RECORD), "请提供与商家客服或班主任的沟通记录截图。",
                "11-18 10:00", "11-20 10:00", RequestStatus.ANSWERED, notice(IN_APP, "11-18 10:00:03", DELIVERED),
                notice(SMS, "11-18 10:00:05", DELIVERED));
        c.evidence(rqUser, CONSUMER, COMMUNICATION_RECORD, "11-19 15:20", "与班主任的微信聊天记录。",
                chat(c, "chat-1.png", "15:18", "知行课堂·班主任小禾", avatar("E", 2), new Avatar("禾", new Color(0x2E86C1)),
                        time("11月11日 20:05"),
                        me("老师好，我昨天报了Python训练营，学习平台一直登录不上，提示“统一认证超时”"),
                        them("同学你好～系统这两天在升级，明天就好啦"),
                        time("11月12日 20:10"),
                        me("今天的直播课我还是进不去，又错过了"),
                        them("抱歉抱歉，第一周的课会安排补课，回放也会上传的"),
                        time("11月16日 20:25"),
                        me("补课时间到了，直播间显示“已取消”？"),
                        them("同学，讲师临时有事，补课改期，具体时间另行通知"),
                        time("11月17日 20:30"),
                        me("一周了一节课都没上成，我要求退款"),
                        them("训练营开课后不支持退款哦，可以帮您延期到下一期")));
        c.event("11-19 15:20", USER, "USER_UPLOAD_EVIDENCE", "用户已上传沟通记录。");
        c.evidence(rqShop, MERCHANT, SERVICE_DELIVERY, "11-19 17:45",
                "该学员课程已于11月10日正常开通，直播课均按时开课，第1讲回放已上传。附后台导出的学习记录。",
                c.text("learning-record.txt", """
                        知行课堂 学员学习记录（后台导出）
                        导出时间：2026-11-19 17:38:12    导出人：客服主管 陈**
                        学员：Echo（手机 152****7793）
                        订单号：ZX2026111000318    课程：Python 数据分析实战训练营（12周）
                        开通时间：2026-11-10 22:18:45

                        [登录记录]
                        时间                 结果  说明
                        2026-11-11 19:52:07  失败  ERR_SSO_TIMEOUT 统一认证超时
                        2026-11-11 19:53:40  失败  ERR_SSO_TIMEOUT 统一认证超时
                        2026-11-12 19:58:15  失败  ERR_SSO_TIMEOUT 统一认证超时
                        2026-11-12 20:01:02  失败  ERR_SSO_TIMEOUT 统一认证超时
                        2026-11-15 09:30:44  成功  网页端（账号重置后）
                        2026-11-16 19:55:10  失败  ERR_SESSION_EXPIRED 会话过期
                        2026-11-17 20:02:51  失败  ERR_SESSION_EXPIRED 会话过期

                        [直播课排期]
                        第1周 第1讲   2026-11-11 20:00   已开课（学员未进入）
                        第1周 第2讲   2026-11-12 20:00   已开课（学员未进入）
                        补课          2026-11-14 20:00   已取消
                        补课          2026-11-16 20:00   已取消
                        第2周 第1讲   2026-11-18 20:00   已开课（学员未进入）

                        [回放]
                        第1周 第1讲   上传时间 2026-11-17 10:12
                        第1周 第2讲   未上传
                        """));
        c.event("11-19 17:45", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "商家已上传学习记录。");
        c.event("11-19 17:45", SYSTEM, "EVIDENCE_COMPLETE", "举证材料已齐全，案件转回审核。");
        return c.state(CaseState.UNDER_REVIEW, "11-19 17:45", null);
    }

    /** 105 · en · PENDING_APPROVAL: the refund the consumer misses was paid; no one is at fault. */
    private SampleCase refundAlreadyMade() {
        SampleCase c = newCase(105, Lang.EN)
                .channel(Channel.PAYMENT_COMPLAINT)
                .miniProgram("HomeNest Appliances")
                .merchant("1900356620", "Shanghai HomeNest Trading Co., Ltd.", "support@homenest.example", null)
                .consumer("Daniel W.", "135****2210")
                .order("HN-20261115-30877", "HomeNest Air Fryer 5.5L (white)", 45900, "CNY", "11-15 12:03:27")
                .complaint("11-22 11:20", "REFUND_NOT_RECEIVED", ProblemType.REFUND,
                        "I returned the air fryer and the merchant confirmed they received it. They said the refund was "
                                + "issued on Nov 20, but I still haven't got anything. Please help me get my money back.",
                        45900L, 1);
        String refundNo = refundNo("20261120", 105);
        Avatar me = avatar("Daniel", 3);
        Avatar shop = new Avatar("H", new Color(0xE67E22));
        c.event("11-22 11:20", USER, "USER_CREATE_COMPLAINT", "Refund request: approved refund not received.");
        c.event("11-22 11:20", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "The merchant has been asked to respond within 48 hours.");
        c.event("11-22 15:02", SHOP, "MERCHANT_RESPONSE", "Hi Daniel, the refund of ¥459.00 was issued on Nov 20 at 16:22 "
                + "to your original payment method (bank card). Bank cards usually take 1–3 business days.");
        c.event("11-23 09:40", USER, "USER_APPLY_PLATFORM_INTERVENTION", "Still nothing on my card after three days.");
        c.intervention("11-23 09:40", InterventionTrigger.CONSUMER_REQUEST, "Consumer says the approved refund has not arrived");
        c.event("11-23 13:10", AGENT, "PLATFORM_ACCEPT_CASE", "Case accepted by platform customer service.");
        c.event("11-23 13:25", AGENT, "PLATFORM_REQUEST_EVIDENCE", "Evidence requested from both parties.");
        String rqShop = c.request(MERCHANT, List.of(REFUND_PROOF),
                "Upload the refund record: refund number, amount, time and where it was refunded to.", "11-23 13:25",
                "11-25 13:25", RequestStatus.ANSWERED, notice(IN_APP, "11-23 13:25:03", DELIVERED),
                notice(EMAIL, "11-23 13:25:06", DELIVERED));
        String rqUser = c.request(CONSUMER, List.of(COMMUNICATION_RECORD, PAYMENT_RECORD),
                "Upload your chat with the merchant and, if you can, your card statement for Nov 20–23.", "11-23 13:25",
                "11-25 13:25", RequestStatus.ANSWERED, notice(IN_APP, "11-23 13:25:04", DELIVERED),
                notice(SMS, "11-23 13:25:07", DELIVERED));
        SampleCase.Evidence receipt = c.evidence(rqShop, MERCHANT, REFUND_PROOF, "11-23 18:02",
                        "Full refund completed on 2026-11-20 16:22 through the original payment route (bank card).",
                        refundPage(c, "refund-receipt.png", "17:58", shop, "HomeNest Appliances", 45900, "CNY",
                                refundNo, "2026-11-20 16:22", "2026-11-21 09:47", "Bank card (**** 4417)"))
                .payment(refundNo, null, null, 45900);
        c.event("11-23 18:02", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "Merchant uploaded the refund record.");
        SampleCase.Evidence talk = c.evidence(rqUser, CONSUMER, COMMUNICATION_RECORD, "11-24 10:30",
                "My chat with HomeNest. My bank says there is an incoming refund but I can't see it in my balance.",
                chat(c, "chat-1.png", "10:26", "HomeNest Support", me, shop,
                        time("Nov 20, 4:05 PM"),
                        them("Hi Daniel, the air fryer arrived back at our warehouse. We've issued the full refund of ¥459.00 today."),
                        me("Great, thanks. How long until I get it?"),
                        them("It goes back to the original payment method. For bank cards that's usually 1–3 business days."),
                        time("Nov 22, 10:58 AM"),
                        me("Still nothing on my card. Can you send me the refund number?"),
                        them("Sure: " + refundNo + ". Your bank can trace it with this number."),
                        time("Nov 24, 10:12 AM"),
                        me("My bank says they can see an incoming refund but it's not in my available balance yet.")));
        c.event("11-24 10:30", USER, "USER_UPLOAD_EVIDENCE", "Consumer uploaded the chat record.");
        c.event("11-25 16:00", AGENT, "PLATFORM_PROPOSE_RULING", "Ruling proposed; awaiting supervisor approval.");
        c.ruling(Responsibility.NONE, Remedy.NO_ACTION)
                .basis("REFUND_ALREADY_COMPLETED")
                .cites(receipt, talk)
                .rationale("The merchant refunded the full ¥459.00 on 2026-11-20 at 16:22 through the original "
                        + "payment route (refund no. " + refundNo + ", e-1); the payment system shows it completed on "
                        + "11-21. The consumer's own bank confirms an incoming refund (e-2). The money has left the "
                        + "merchant and reached the consumer's bank; the delay is the bank's posting time. Neither "
                        + "party is at fault and nothing remains to be done; the consumer was given the refund number "
                        + "to trace it with the bank.")
                .proposed(ZHOU, "11-25 16:00");
        return c.state(CaseState.PENDING_APPROVAL, "11-25 16:00", null);
    }

    /** 106 · es · AWAITING_RETURN (MXN): a dented espresso machine goes back on a prepaid label. */
    private SampleCase dentedEspressoMachine() {
        SampleCase c = newCase(106, Lang.ES)
                .miniProgram("Café de Altura MX")
                .merchant("1900412087", "Comercializadora Café de Altura S.A. de C.V.", "ventas@cafedealtura.example",
                        "228 *** **17")
                .consumer("Mariana G.", "55****8841")
                .order("CDA-MX-004512", "Cafetera espresso Barista Pro 15 bar (acero inoxidable)", 389900, "MXN",
                        "11-12 18:45:10")
                .complaint("11-14 10:20", "DEFECTIVE_PRODUCT", ProblemType.REFUND,
                        "La cafetera llegó con un golpe en el costado y el depósito de agua gotea desde el primer uso. "
                                + "Pedí cambio o reembolso y la tienda solo me ofreció un 10 % de descuento en mi próxima "
                                + "compra. Quiero devolverla y que me regresen mi dinero.", 389900L, 1);
        Avatar me = avatar("Mariana", 4);
        Avatar shop = new Avatar("C", new Color(0x6D4C41));
        c.event("11-14 10:20", USER, "USER_CREATE_COMPLAINT", "Solicitud de reembolso: cafetera golpeada que gotea.");
        c.event("11-14 10:20", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "Se notificó al comercio; tiene 48 horas para responder.");
        c.event("11-14 17:05", SHOP, "MERCHANT_RESPONSE", "Lamentamos lo ocurrido. Le ofrecemos un 10 % de descuento en su "
                + "próxima compra; el golpe pudo ocurrir en la paquetería.");
        c.event("11-15 09:12", USER, "USER_APPLY_PLATFORM_INTERVENTION", "No acepto el descuento; pido la intervención de la plataforma.");
        c.intervention("11-15 09:12", InterventionTrigger.CONSUMER_REQUEST, "La tienda se niega a reembolsar un producto dañado");
        c.event("11-15 11:00", AGENT, "PLATFORM_ACCEPT_CASE", "Caso asignado a atención al cliente de la plataforma.");
        c.event("11-15 11:20", AGENT, "PLATFORM_REQUEST_EVIDENCE", "Se solicitaron pruebas a ambas partes.");
        String rqUser = c.request(CONSUMER, List.of(PRODUCT_CONDITION, COMMUNICATION_RECORD),
                "Suba fotos del golpe y de la fuga de agua, y capturas de la conversación con la tienda.", "11-15 11:20",
                "11-17 11:20", RequestStatus.ANSWERED, notice(IN_APP, "11-15 11:20:02", DELIVERED),
                notice(SMS, "11-15 11:20:05", DELIVERED));
        String rqShop = c.request(MERCHANT, List.of(LOGISTICS, COMMUNICATION_RECORD),
                "Suba la guía de envío con la constancia de entrega y la conversación con la clienta.", "11-15 11:20",
                "11-17 11:20", RequestStatus.ANSWERED, notice(EMAIL, "11-15 11:20:06", DELIVERED),
                notice(PHONE, "11-16 10:00", DELIVERED));
        SampleCase.Evidence photo = c.evidence(rqUser, CONSUMER, PRODUCT_CONDITION, "11-15 20:40",
                "Fotos del golpe en el costado derecho y del agua que sale por debajo del depósito.",
                c.jpeg("cafetera-golpe.jpg", Photos.espressoMachine(1061, "2026/11/15 20:31")));
        SampleCase.Evidence talk = c.evidence(rqUser, CONSUMER, COMMUNICATION_RECORD, "11-15 20:41",
                "Conversación con la tienda.",
                chat(c, "chat-1.png", "20:38", "Café de Altura MX", me, shop,
                        time("14 nov 10:02"),
                        me("Hola, me llegó la cafetera Barista Pro con un golpe en el costado y el depósito gotea desde que la usé por primera vez."),
                        them("¡Hola, Mariana! Lamentamos mucho lo ocurrido. ¿Nos puede mandar fotos del golpe y de la fuga?"),
                        me("Ya se las mandé en la queja. Quiero que me la cambien o que me devuelvan mi dinero."),
                        them("El golpe seguramente fue de la paquetería. Lo que podemos ofrecerle es un 10 % de descuento en su próxima compra."),
                        me("No quiero un descuento, pagué $3,899 por una cafetera nueva que no sirve."),
                        them("Entendemos, pero nuestra política no cubre daños de transporte."),
                        time("15 nov 09:05"),
                        me("Voy a pedir que intervenga la plataforma.")));
        c.event("11-15 20:41", USER, "USER_UPLOAD_EVIDENCE", "La consumidora subió 1 foto y 1 conversación.");
        String tracking = "5839201746";
        SampleCase.Evidence guide = c.evidence(rqShop, MERCHANT, LOGISTICS, "11-16 12:10",
                        "Guía original: entregada el 13/11 a las 12:41, firmada por la clienta sin observaciones.",
                        waybill(c, "guia-dhl.png", "DHL Express", "EXPRESS DOMESTIC", tracking, "MEX · C12",
                                new Party("Café de Altura (Ventas)", "228 *** **17",
                                        "Av. Lázaro Cárdenas 2**, Col. Rafael Lucio, 91110 Xalapa, Ver."),
                                new Party("Mariana G*****", "55****8841",
                                        "Calle Durango 1**, Int. *, Col. Roma Norte, 06700 Cuauhtémoc, CDMX"),
                                "Cafetera espresso ×1 (frágil)", "7.4 kg", "2026-11-12 19:20"))
                .logistics("DHL Express México", tracking);
        c.event("11-16 12:10", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "El comercio subió la guía de envío.");
        c.event("11-18 17:30", AGENT, "PLATFORM_PROPOSE_RULING", "Resolución propuesta; pendiente de aprobación.");
        c.event("11-19 16:00", SUPERVISOR, "PLATFORM_RULING", "Devolución y reembolso total: la consumidora devuelve la "
                + "cafetera en 7 días con guía prepagada por la tienda; la tienda reembolsa $3,899.00 MXN al recibirla.");
        c.ruling(Responsibility.MERCHANT, Remedy.RETURN_AND_REFUND)
                .amount(389900)
                .basis("DEFECTIVE_GOODS", "MERCHANT_REFUSED_REMEDY")
                .cites(photo, talk, guide)
                .rationale("Las fotos (e-1) muestran un golpe en el costado y una fuga por debajo del depósito. "
                        + "La guía (e-3) acredita una entrega sin observaciones, pero la fuga es un defecto de "
                        + "funcionamiento que no se explica solo por el transporte, y la tienda vende un producto "
                        + "nuevo: debe entregarlo en buen estado. El descuento ofrecido (e-2) no repara el daño. "
                        + "Procede la devolución con guía prepagada por la tienda y el reembolso total de "
                        + "$3,899.00 MXN en cuanto reciba la cafetera.")
                .obligation(MERCHANT, "PROVIDE_PREPAID_RETURN_LABEL", "11-21 16:00")
                .obligation(CONSUMER, "RETURN_GOODS", "11-26 16:00")
                .proposed(MARIA, "11-18 17:30")
                .issued(GOMEZ, "11-19 16:00");
        String returnTracking = "8055821374651702349120";
        c.event("11-20 10:15", SHOP, "MERCHANT_PROVIDE_RETURN_LABEL", "Guía prepagada de Estafeta para la devolución.",
                waybill(c, "guia-devolucion-estafeta.png", "Estafeta", "Día Siguiente · Devolución", returnTracking,
                        "XAL · 91", new Party("Mariana G*****", "55****8841",
                                "Calle Durango 1**, Int. *, Col. Roma Norte, 06700 Cuauhtémoc, CDMX"),
                        new Party("Café de Altura (Devoluciones)", "228 *** **17",
                                "Av. Lázaro Cárdenas 2**, Col. Rafael Lucio, 91110 Xalapa, Ver."),
                        "Cafetera espresso ×1 (devolución)", "7.4 kg", "2026-11-20 10:12"));
        c.event("11-21 12:35", USER, "USER_SEND_RETURN", "Entregué la cafetera en la sucursal Estafeta Roma Norte, guía "
                + returnTracking + ".");
        return c.state(CaseState.AWAITING_RETURN, "11-19 16:00", "11-26 16:00");
    }

    /** 107 · zh · AWAITING_FULFILMENT: the listing promised a celadon cup with every order; none came. */
    private SampleCase missingTeaCupGift() {
        SampleCase c = newCase(107, Lang.ZH)
                .miniProgram("山野茶舍")
                .merchant("1900478851", "杭州山野茶舍茶业有限公司", "kefu@shanye-tea.example", null)
                .consumer("茶小白", "177****3306")
                .order("SY202611130877", "2026新茶 明前龙井 特级 250g 礼盒装", 35800, "CNY", "11-13 21:30:52")
                .complaint("11-16 14:12", "PROMISE_NOT_KEPT", ProblemType.OTHERS,
                        "商品页面写着“下单即赠青瓷品茗杯一只”，收到只有茶叶没有杯子。客服说赠品送完了，但我下单时页面还在显示赠品，"
                                + "也没写数量有限。要求补发赠品。", null, 1);
        Avatar me = avatar("茶", 5);
        Avatar shop = new Avatar("山", new Color(0x2F5A3A));
        c.event("11-16 14:12", USER, "USER_CREATE_COMPLAINT", "投诉：页面承诺的赠品未收到，要求补发。");
        c.event("11-16 14:12", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "已通知商家在48小时内处理投诉。");
        c.event("11-16 18:40", SHOP, "MERCHANT_RESPONSE", "赠品库存已送完，活动已结束，给您补偿5元无门槛优惠券可以吗？");
        c.event("11-17 08:55", USER, "USER_APPLY_PLATFORM_INTERVENTION", "下单时页面明确写着下单即赠，商家拒绝补发，申请平台介入。");
        c.intervention("11-17 08:55", InterventionTrigger.CONSUMER_REQUEST, "商家拒绝兑现页面承诺的赠品");
        c.event("11-17 10:20", AGENT, "PLATFORM_ACCEPT_CASE", "平台客服已受理。");
        c.event("11-17 10:30", AGENT, "PLATFORM_REQUEST_EVIDENCE", "请用户上传下单时的商品页面；请商家上传活动规则、发货及沟通记录。");
        String rqUser = c.request(CONSUMER, List.of(LISTING_OR_PROMISE), "请上传下单时的商品页面截图（含赠品说明）。",
                "11-17 10:30", "11-19 10:30", RequestStatus.ANSWERED, notice(IN_APP, "11-17 10:30:02", DELIVERED));
        String rqShop = c.request(MERCHANT, List.of(LISTING_OR_PROMISE, LOGISTICS, COMMUNICATION_RECORD),
                "请上传赠品活动规则（含数量限制及公示方式）、该订单发货物流信息及与用户的沟通记录。", "11-17 10:30",
                "11-19 10:30", RequestStatus.TIMED_OUT, notice(IN_APP, "11-17 10:30:03", DELIVERED),
                notice(SMS, "11-17 10:30:05", DELIVERED), notice(PHONE, "11-18 15:00", FAILED));
        SampleCase.Evidence listing = c.evidence(rqUser, CONSUMER, LISTING_OR_PROMISE, "11-17 12:15",
                "下单前截取的商品页面：写明“下单即赠 青瓷品茗杯一只”，未注明数量限制或“送完即止”。",
                c.png("listing.png", Screens.listing(new Screens.Listing(Lang.ZH, "21:28", "山野茶舍", "¥358",
                        "¥428", "已售 2368", "【2026新茶】明前龙井 特级 250g 礼盒装 西湖产区 高山茶园 送礼佳品",
                        "下单即赠 青瓷品茗杯一只", List.of("48小时发货", "七天无理由", "运费险"), List.of(
                                new Row("发货", "浙江杭州 · 快递包邮 · 付款后48小时内发货"),
                                new Row("赠品", "青瓷品茗杯 ×1（随礼盒发出）"),
                                new Row("评价", "1286条评价 · 好评率98% · “茶香很正，杯子也很好看”")),
                        Photos::teaGiftArt))));
        c.evidence(null, CONSUMER, COMMUNICATION_RECORD, "11-17 12:16", "与商家客服的聊天记录。",
                chat(c, "chat-1.png", "13:52", "山野茶舍", me, shop,
                        time("11月16日 13:40"),
                        me("你好，我收到龙井了，但是没有页面上写的青瓷品茗杯"),
                        them("亲，赠品已经送完了哦"),
                        me("我13号晚上下单的时候页面上还写着“下单即赠”，也没有写送完即止"),
                        them("活动是限量的，不好意思哈，给您补偿一张5元无门槛优惠券可以吗？"),
                        me("我就是冲着送杯子才买的礼盒装，要么补发杯子，要么退差价"),
                        them("杯子真的没有库存了，亲")));
        c.event("11-17 12:16", USER, "USER_UPLOAD_EVIDENCE", "用户已上传商品页面截图及聊天记录。");
        c.event("11-19 10:30", SYSTEM, "EVIDENCE_REQUEST_TIMEOUT", "商家未在期限内举证，案件转回审核。");
        String tracking = "78412035561290";
        SampleCase.Evidence shipped = c.evidence(rqShop, MERCHANT, LOGISTICS, "11-19 16:48",
                        "11月14日发货，包裹内为茶叶礼盒一件。",
                        waybill(c, "waybill.png", "中通快递", "标准快递", tracking, "571-W 020",
                                new Party("山野茶舍", "0571-8888****", "浙江省杭州市西湖区龙井路**号 山野茶舍仓储中心"),
                                new Party("茶*白", "177****3306", "广东省广州市海珠区新港中路***号 **小区 *栋 1203"),
                                "茶叶礼盒 ×1", "0.9 kg", "2026-11-14 17:32"))
                .logistics("中通快递", tracking);
        SampleCase.Evidence rule = c.evidence(rqShop, MERCHANT, COMMUNICATION_RECORD, "11-19 16:50",
                "活动说明：赠品限前200名下单用户，已于11月12日送完；客服已向用户说明并提出5元优惠券补偿。");
        c.event("11-19 16:50", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "商家逾期上传举证材料2份。");
        c.event("11-24 10:30", AGENT, "PLATFORM_PROPOSE_RULING", "已提交处理意见，待主管审批。");
        c.event("11-24 15:00", SUPERVISOR, "PLATFORM_RULING", "商家责任：48小时内补发青瓷品茗杯并上传物流单号。");
        c.ruling(Responsibility.MERCHANT, Remedy.RESHIP)
                .basis("PROMISE_NOT_KEPT", "MISLEADING_PROMOTION")
                .cites(listing, shipped, rule)
                .rationale("用户下单时的商品页面（e-1）明确承诺“下单即赠青瓷品茗杯一只”，未注明数量限制或送完即止。"
                        + "商家称赠品限前200名且11月12日已送完（e-4），但未提供任何公示证明，且用户11月13日下单时页面仍在展示赠品；"
                        + "发货单（e-3）显示包裹内仅有茶叶礼盒。商家应兑现页面承诺，48小时内补发赠品并上传物流单号。")
                .obligation(MERCHANT, "RESHIP_GIFT", "11-26 15:00")
                .measures(Measure.WARNING)
                .proposed(LIN, "11-24 10:30")
                .issued(CHEN, "11-24 15:00");
        c.fulfilment("11-26 15:00");
        return c.state(CaseState.AWAITING_FULFILMENT, "11-24 15:00", "11-26 15:00");
    }

    /** 108 · zh · VERIFYING_FULFILMENT: a counterfeit serum; refund plus three times the price, three proofs. */
    private SampleCase counterfeitSerum() {
        SampleCase c = newCase(108, Lang.ZH)
                .miniProgram("优品美妆海淘")
                .merchant("1900533120", "厦门优品跨境电子商务有限公司", "service@youpin-global.example", "0592-5168****")
                .consumer("王女士", "131****6672")
                .order("YP1115-2290461", "雅润 修护精华露 100ml（专柜正品）", 68000, "CNY", "11-15 10:15:40")
                .complaint("11-17 20:33", "COUNTERFEIT", ProblemType.REFUND,
                        "商品页面写“专柜正品”，收到后防伪码查询不到，和专柜买的对比瓶盖、标签字体都不一样，品牌客服确认批号不存在。"
                                + "要求退一赔三。", 68000L, 1, "HIGH_RISK");
        c.event("11-17 20:33", USER, "USER_CREATE_COMPLAINT", "投诉售假：要求退款并三倍赔偿。");
        c.event("11-17 20:33", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "已通知商家在48小时内处理投诉。");
        c.event("11-18 11:00", SHOP, "MERCHANT_RESPONSE", "我司商品均为正品，批号不同是因为海外版，不支持退一赔三。");
        c.event("11-18 21:10", USER, "USER_APPLY_PLATFORM_INTERVENTION", "申请平台介入：商家售假且拒绝赔偿。");
        c.intervention("11-18 21:10", InterventionTrigger.CONSUMER_REQUEST, "用户投诉商品为假货，商家拒绝处理");
        c.event("11-19 09:30", AGENT, "PLATFORM_ACCEPT_CASE", "平台客服已受理。");
        c.event("11-19 09:45", AGENT, "PLATFORM_REQUEST_EVIDENCE", "请用户上传对比照片及鉴定结果；请商家上传进货凭证及品牌授权。");
        String rqUser = c.request(CONSUMER, List.of(PRODUCT_CONDITION, OTHER),
                "请上传收到的商品与正品的对比照片，以及品牌方出具的真伪查询或鉴定结果。", "11-19 09:45", "11-21 09:45",
                RequestStatus.ANSWERED, notice(IN_APP, "11-19 09:45:02", DELIVERED), notice(SMS, "11-19 09:45:04", DELIVERED));
        String rqShop = c.request(MERCHANT, List.of(OTHER, PAYMENT_RECORD),
                "请上传该商品的进货凭证（采购合同、付款记录）、品牌授权或报关单据。", "11-19 09:45", "11-21 09:45",
                RequestStatus.ANSWERED, notice(IN_APP, "11-19 09:45:03", DELIVERED), notice(EMAIL, "11-19 09:45:07", DELIVERED));
        SampleCase.Evidence photo = c.evidence(rqUser, CONSUMER, PRODUCT_CONDITION, "11-20 14:00",
                "左为专柜购买的正品，右为本次收到的商品：瓶盖高度、颜色不同，标签“修护”印成“修复”，规格“100ml”印成“100mI”。",
                c.jpeg("compare.jpg", Photos.bottlesCompared(1081, "专柜购买", "本次收到", "2026/11/20 13:41")));
        SampleCase.Evidence report = c.evidence(rqUser, CONSUMER, OTHER, "11-20 14:02", "雅润品牌官方客服出具的真伪查询结果。",
                c.text("authenticity-check.txt", """
                        雅润（RUNYA）品牌客服中心  产品真伪查询结果

                        查询编号：RY-CS-20261119-00731
                        查询时间：2026-11-19 16:42
                        查询人：王女士（131****6672）
                        产品：雅润 修护精华露 100ml
                        瓶身批号：RY2405B17
                        防伪码：8830 2291 0475 6612

                        查询结果：
                        1. 批号 RY2405B17 不存在于本品牌生产记录；
                        2. 防伪码未在本品牌防伪系统中登记；
                        3. 据用户提供的照片，瓶盖规格、标签字体与本品牌在售产品不一致。

                        结论：根据以上信息，该产品非雅润品牌出品。
                        本品牌仅通过官方旗舰店及授权专柜销售，未授权“优品美妆海淘”销售本品牌产品。

                        本结果仅依据用户提供的批号、防伪码及照片出具，供消费者维权参考。
                        雅润品牌客服中心  400-***-****
                        """));
        c.event("11-20 14:02", USER, "USER_UPLOAD_EVIDENCE", "用户已上传对比照片及品牌查询结果。");
        SampleCase.Evidence none = c.evidence(rqShop, MERCHANT, OTHER, "11-21 09:20",
                "我司货源为海外代购渠道，暂无法提供品牌授权及报关单据。");
        c.event("11-21 09:20", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "商家已提交说明（无附件）。");
        c.event("11-23 10:00", AGENT, "PLATFORM_PROPOSE_RULING", "已提交处理意见，待主管审批。");
        c.event("11-23 17:20", SUPERVISOR, "PLATFORM_RULING", "商家责任：退还货款680元，并按货款三倍赔偿2040元。");
        c.ruling(Responsibility.MERCHANT, Remedy.COMPENSATION)
                .amount(204000)
                .basis("COUNTERFEIT_GOODS", "FALSE_ADVERTISING", "CONSUMER_PROTECTION_LAW_ART55")
                .cites(photo, report, none)
                .rationale("对比照片（e-1）显示收到的商品瓶盖、标签文字（“修复”“100mI”）与专柜正品明显不同；品牌方查询结果（e-2）"
                        + "确认批号不存在、防伪码未登记，且未授权该店销售。商家未能提供进货凭证、授权或报关单据（e-3）。"
                        + "商品页面宣传“专柜正品”，构成售假及虚假宣传。商家应退还货款680元，并按货款三倍赔偿2040元。"
                        + "用户虽有高风险标记，但本案证据充分、可相互印证，不影响认定。")
                .obligation(MERCHANT, "REFUND", "11-25 17:20")
                .obligation(MERCHANT, "PAY_COMPENSATION", "11-25 17:20")
                .measures(Measure.WARNING, Measure.SCORE_DEDUCTION)
                .proposed(WANG, "11-23 10:00")
                .issued(CHEN, "11-23 17:20");
        String refund = refundNo("20261125", 108);
        String transfer = "HT20261125112033981";
        String flow = "1900533120202611250056780013";
        Avatar shop = new Avatar("优", new Color(0xC2185B));
        c.fulfilment("11-25 17:20")
                .proof(ProofType.PAYMENT_REFUND, "11-25 10:05", refund, null, null, null, null, 68000L,
                        refundPage(c, "voucher-refund.png", "10:03", shop, "优品美妆海淘", 68000, "CNY", refund,
                                "2026-11-25 10:01", "2026-11-25 10:02", "零钱"))
                .proof(ProofType.TRANSFER, "11-25 11:20", null, null, transfer, null, null, 204000L,
                        c.png("voucher-transfer.png", Documents.bankReceipt(new Documents.BankReceipt(Lang.ZH,
                                "恒通银行 HENGTONG BANK", "网上银行电子回单", List.of(
                                        new Row("回单编号", transfer),
                                        new Row("交易时间", "2026-11-25 11:20:33"),
                                        new Row("付款人户名", "厦门优品跨境电子商务有限公司"),
                                        new Row("付款人账号", "3501 **** **** 0672"),
                                        new Row("收款人户名", "王*"),
                                        new Row("收款人账号", "6222 **** **** 0937"),
                                        new Row("收款行", "恒通银行厦门思明支行"),
                                        new Row("金额（小写）", "¥2,040.00"),
                                        new Row("金额（大写）", "人民币贰仟零肆拾元整"),
                                        new Row("用途", "订单" + c.outTradeNo() + " 三倍赔偿款"),
                                        new Row("交易状态", "交易成功")),
                                "恒通银行股份有限公司厦门分行", "电子回单专用章",
                                "本回单仅证明转账指令已处理成功。打印时间：2026-11-25 11:21:02  打印次数：1"))))
                .proof(ProofType.TRANSACTION_FLOW, "11-25 11:40", null, flow, null, null, null, 272000L,
                        c.png("voucher-fund-flow.png", Documents.statement(new Documents.Statement("商户平台",
                                "资金管理  ›  资金账单  ›  资金流水",
                                "账户：基本账户    时间：2026-11-25 至 2026-11-25    收支类型：全部    业务类型：全部",
                                List.of("记账时间", "资金流水单号", "业务名称", "收支类型", "收支金额（元）", "账户结余（元）"),
                                List.of(
                                        List.of("2026-11-25 09:12:40", "1900533120202611250056780009", "交易",
                                                "收入", "+129.00", "19,032.40"),
                                        List.of("2026-11-25 10:01:55", "1900533120202611250056780012", "退款",
                                                "支出", "-680.00", "18,352.40"),
                                        List.of("2026-11-25 11:20:33", flow, "企业付款到银行卡", "支出",
                                                "-2,040.00", "16,312.40"),
                                        List.of("2026-11-25 11:31:08", "1900533120202611250056780016", "交易",
                                                "收入", "+59.90", "16,372.30")),
                                1, 2, new float[] {190, 300, 180, 110, 170, 170}))));
        c.event("11-25 10:05", SHOP, "MERCHANT_UPLOAD_VOUCHER", "商家已上传退款凭证。");
        c.event("11-25 11:20", SHOP, "MERCHANT_UPLOAD_VOUCHER", "商家已上传赔偿款转账回单。");
        c.event("11-25 11:40", SHOP, "MERCHANT_UPLOAD_VOUCHER", "商家已上传资金流水。");
        return c.state(CaseState.VERIFYING_FULFILMENT, "11-25 10:05", null);
    }

    /** 109 · zh · FULFILMENT_OVERDUE: a smartwatch never shipped; proactive intervention, merchant unreachable. */
    private SampleCase watchNeverShipped() {
        SampleCase c = newCase(109, Lang.ZH)
                .miniProgram("童趣智能手表商城")
                .merchant("1900609944", "东莞童趣电子科技有限公司", "tongqu-cs@tongqu-watch.example", null)
                .consumer("乐乐妈妈", "158****2047")
                .order("TQ-20261111-009312", "儿童4G智能电话手表 Q8（粉色）", 59900, "CNY", "11-11 09:20:16")
                .complaint("11-17 08:50", "NOT_SHIPPED", ProblemType.REFUND,
                        "付款后承诺48小时发货，到现在一直显示待发货。客服不回复，申请退款也没人处理。", 59900L, 1);
        Avatar me = avatar("乐", 6);
        Avatar shop = new Avatar("童", new Color(0xF06292));
        c.event("11-17 08:50", USER, "USER_CREATE_COMPLAINT", "申请退款：付款6天未发货。");
        c.event("11-17 08:50", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "已通知商家在48小时内处理投诉。");
        c.event("11-18 15:00", SUPERVISOR, "PLATFORM_PROACTIVE_INTERVENTION",
                "该商户近7日投诉量激增（累计312单），大量订单超时未发货，客服失联，平台主动介入。");
        c.intervention("11-18 15:00", InterventionTrigger.PROACTIVE, "商户近7日投诉激增（312单），大量订单未发货，平台主动介入");
        c.event("11-18 16:10", AGENT, "PLATFORM_ACCEPT_CASE", "平台客服已受理。");
        c.event("11-18 16:30", AGENT, "PLATFORM_REQUEST_EVIDENCE", "请商家上传发货信息；请用户上传支付及沟通记录。");
        String rqShop = c.request(MERCHANT, List.of(LOGISTICS, COMMUNICATION_RECORD),
                "请上传该订单的发货物流信息及与用户的沟通记录；如无法发货，请说明原因。", "11-18 16:30", "11-20 16:30",
                RequestStatus.TIMED_OUT, notice(IN_APP, "11-18 16:30:04", DELIVERED), notice(SMS, "11-18 16:30:06", FAILED),
                notice(EMAIL, "11-18 16:30:09", SENT), notice(PHONE, "11-19 10:00", FAILED));
        String rqUser = c.request(CONSUMER, List.of(PAYMENT_RECORD, COMMUNICATION_RECORD), "请上传支付记录及与商家的沟通记录截图。",
                "11-18 16:30", "11-20 16:30", RequestStatus.ANSWERED, notice(IN_APP, "11-18 16:30:05", DELIVERED));
        SampleCase.Evidence paid = c.evidence(rqUser, CONSUMER, PAYMENT_RECORD, "11-18 20:15", "支付账单详情截图。",
                        c.png("payment-record.png", Screens.detail(new Screens.Detail(Lang.ZH, "20:12", "账单详情",
                                shop, "童趣智能手表商城", "-599.00", "支付成功", new Color(0x888888), List.of(), List.of(
                                new Row("当前状态", "支付成功"),
                                new Row("商品", "儿童4G智能电话手表 Q8（粉色）"),
                                new Row("商户全称", "东莞童趣电子科技有限公司"),
                                new Row("支付时间", "2026年11月11日 09:20:16"),
                                new Row("支付方式", "零钱"),
                                new Row("交易单号", c.transactionId()),
                                new Row("商户单号", c.outTradeNo())), "对订单有疑惑"))))
                .payment(null, c.transactionId(), null, 59900);
        SampleCase.Evidence talk = c.evidence(rqUser, CONSUMER, COMMUNICATION_RECORD, "11-18 20:16", "与商家客服的聊天记录。",
                chat(c, "chat-1.png", "20:10", "童趣智能手表商城", me, shop,
                        time("11月11日 09:31"),
                        me("你好，刚下单的粉色Q8什么时候发货？周末孩子过生日"),
                        them("亲，现货的哦，48小时内发货～"),
                        time("11月13日 18:20"),
                        me("已经两天了还显示待发货"),
                        them("亲，仓库在加急打包，明天一定发出"),
                        time("11月15日 08:30"),
                        me("还是没发货，我申请退款了，请尽快处理"),
                        time("11月16日 21:04"),
                        me("？？？"),
                        Screens.notice("该商家客服暂时无法接收消息")));
        c.event("11-18 20:16", USER, "USER_UPLOAD_EVIDENCE", "用户已上传支付记录及聊天记录。");
        c.event("11-20 16:30", SYSTEM, "EVIDENCE_REQUEST_TIMEOUT", "商家未在期限内举证，将依据已收集的证据处理。");
        c.event("11-21 10:00", AGENT, "PLATFORM_PROPOSE_RULING", "已提交处理意见，待主管审批。");
        c.event("11-22 14:00", SUPERVISOR, "PLATFORM_RULING", "商家责任：48小时内全额退款599元。");
        c.ruling(Responsibility.MERCHANT, Remedy.FULL_REFUND)
                .amount(59900)
                .basis("GOODS_NOT_SHIPPED", "EVIDENCE_NOT_PROVIDED")
                .cites(paid, talk)
                .rationale("用户于11月11日支付599元（e-1），商家承诺48小时内发货（e-2），至今未发货且客服失联。平台多渠道通知商家举证，"
                        + "短信、电话均未能送达，商家逾期未举证，依据已收集的证据处理：商家应全额退款。")
                .decidedOnCollectedEvidence()
                .obligation(MERCHANT, "REFUND", "11-24 14:00")
                .measures(Measure.WARNING)
                .proposed(WANG, "11-21 10:00")
                .issued(CHEN, "11-22 14:00");
        c.fulfilment("11-24 14:00");
        c.event("11-24 14:00", SYSTEM, "FULFILMENT_TIMEOUT", "商家未在期限内上传履行凭证，等待主管处置。");
        return c.state(CaseState.FULFILMENT_OVERDUE, "11-24 14:00", null);
    }

    /** 110 · zh · APPEALED: a late gift of beef jerky; the merchant appeals citing a blizzard closure. */
    private SampleCase blizzardDelay() {
        SampleCase c = newCase(110, Lang.ZH)
                .miniProgram("北原好物")
                .merchant("1900651207", "北原牧场食品有限公司", "service@beiyuan-food.example", null)
                .consumer("晴天", "133****9015")
                .order("BY1110190533", "草原手撕风干牛肉 500g×2 礼盒装", 25800, "CNY", "11-10 19:05:33")
                .complaint("11-16 10:00", "DELIVERY_DELAY", ProblemType.REFUND,
                        "下单时写着48小时发货、3天送达，结果快递5天都没出北原市，买来送人的生日礼物耽误了。要求部分退款作为补偿。",
                        12900L, 1);
        c.event("11-16 10:00", USER, "USER_CREATE_COMPLAINT", "申请部分退款：超过承诺时效未送达。");
        c.event("11-16 10:00", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "已通知商家在48小时内处理投诉。");
        c.event("11-16 16:20", SHOP, "MERCHANT_RESPONSE", "暴雪导致快递停运，属于不可抗力，不是我们的原因，不同意退款。");
        c.event("11-17 09:00", USER, "USER_APPLY_PLATFORM_INTERVENTION", "申请平台介入：商家以天气为由拒绝任何补偿。");
        c.intervention("11-17 09:00", InterventionTrigger.CONSUMER_REQUEST, "商家以天气为由拒绝任何补偿");
        c.event("11-17 10:30", AGENT, "PLATFORM_ACCEPT_CASE", "平台客服已受理。");
        c.event("11-17 10:40", AGENT, "PLATFORM_REQUEST_EVIDENCE", "请商家上传发货物流信息及不可抗力证明；请用户上传沟通记录。");
        String rqShop = c.request(MERCHANT, List.of(LOGISTICS, FORCE_MAJEURE),
                "请上传发货物流信息；如主张不可抗力，请上传政府或快递公司发布的正式通知。", "11-17 10:40", "11-19 10:40",
                RequestStatus.ANSWERED, notice(IN_APP, "11-17 10:40:03", DELIVERED), notice(SMS, "11-17 10:40:05", DELIVERED));
        String rqUser = c.request(CONSUMER, List.of(COMMUNICATION_RECORD), "请上传与商家的沟通记录截图。", "11-17 10:40",
                "11-19 10:40", RequestStatus.ANSWERED, notice(IN_APP, "11-17 10:40:04", DELIVERED));
        SampleCase.Evidence talk = c.evidence(rqUser, CONSUMER, COMMUNICATION_RECORD, "11-17 13:00", "与商家客服的聊天记录。",
                chat(c, "chat-1.png", "12:58", "北原好物", avatar("晴", 0), new Avatar("北", new Color(0x8D6E63)),
                        time("11月13日 09:10"),
                        me("你好，我10号晚上下的单，怎么还没发货？页面说48小时发货3天到"),
                        them("亲，这边下暴雪，快递停运了，恢复后第一时间给您发"),
                        time("11月15日 14:22"),
                        me("新闻说14号早上就解除管制了，物流到今天还只有揽收信息"),
                        them("快递那边积压了，我们也没有办法"),
                        me("这是送人的生日礼物，16号就用不上了"),
                        them("非常抱歉，这个是不可抗力，我们也不想的")));
        c.event("11-17 13:00", USER, "USER_UPLOAD_EVIDENCE", "用户已上传沟通记录。");
        String tracking = "4312009876543";
        SampleCase.Evidence shipped = c.evidence(rqShop, MERCHANT, LOGISTICS, "11-18 15:00",
                        "11月14日管制解除后已发货，11月18日用户已签收。",
                        waybill(c, "waybill.png", "韵达快递", "标准快件", tracking, "471-B 02",
                                new Party("北原好物", "0471-66****21", "北原市新城区牧场路**号 北原牧场食品有限公司"),
                                new Party("晴*", "133****9015", "上海市浦东新区张杨路****弄 **号 602室"),
                                "风干牛肉礼盒 ×1", "1.3 kg", "2026-11-14 16:40"))
                .logistics("韵达快递", tracking);
        c.event("11-18 15:00", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "商家已上传发货物流信息。");
        SampleCase.Evidence closure = c.evidence(rqShop, MERCHANT, FORCE_MAJEURE, "11-20 09:30",
                "北原市交通运输局发布的暴雪天气交通管制通告，管制期间快递暂停揽收及干线运输。",
                c.png("official-notice.png", Documents.notice(new Documents.Notice("北原市交通运输局",
                        "北原交运〔2026〕47号", "关于暴雪天气期间实施道路临时交通管制的通告", List.of(
                        "　　受强冷空气影响，我市11月12日至13日出现大范围暴雪天气，全市平均降雪量达18毫米，"
                                + "部分路段积雪结冰严重。为保障人民群众生命财产安全，经研究决定，对以下路段实施临时交通管制。现通告如下：",
                        "　　一、管制时间：2026年11月12日20时至11月14日8时。",
                        "　　二、管制范围：京北高速北原段、国道110线北原段及城区主要干道。",
                        "　　三、管制期间，除抢险救援、民生保障车辆外，禁止其他车辆通行；邮政快递车辆暂停揽收和干线运输。",
                        "　　四、管制解除时间视天气及道路状况另行通告，请广大市民合理安排出行。",
                        "　　特此通告。"), "北原市交通运输局", "2026年11月12日", "北原市交通运输局",
                        "抄送：市公安局交通管理支队，市邮政管理局，各区人民政府。"))));
        c.event("11-20 09:30", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "商家补充上传官方通告（已超过举证期限）。");
        c.event("11-21 14:00", AGENT, "PLATFORM_PROPOSE_RULING", "已提交处理意见，待主管审批。");
        c.event("11-23 10:00", SUPERVISOR, "PLATFORM_RULING", "商家承担主要责任：退款60元。");
        c.ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND)
                .amount(6000)
                .basis("DELIVERY_PROMISE_BROKEN", "FORCE_MAJEURE_NOT_CAUSAL")
                .cites(talk, shipped, closure)
                .rationale("用户11月10日19:05付款，商家承诺48小时发货，即应于11月12日19:05前发出。官方通告（e-3，逾期提交）显示管制自"
                        + "11月12日20时开始，晚于发货期限，暴雪不是未按时发货的原因；管制于14日8时解除，商家当日16:40才发货（e-2）。"
                        + "延误主要由商家造成，酌情退款60元；因确有天气因素，不支持用户主张的129元。")
                .obligation(MERCHANT, "REFUND", "11-25 10:00")
                .proposed(ZHOU, "11-21 14:00")
                .issued(CHEN, "11-23 10:00");
        c.fulfilment("11-25 10:00");
        c.event("11-24 09:15", SHOP, "MERCHANT_APPEAL", "商家申诉：暴雪期间全市快递停运，属不可抗力，请求改判为无责。");
        return c.state(CaseState.APPEALED, "11-24 09:15", null);
    }

    /** 111 · en · CLOSED (FULFILLED), USD: a tent with a snapped pole and a torn fly; blame shared. */
    private SampleCase tornTent() {
        SampleCase c = newCase(111, Lang.EN)
                .miniProgram("Northwind Outdoor")
                .merchant("1900702284", "Northwind Outdoor Supply LLC", "support@northwind-outdoor.example", null)
                .consumer("Alex T.", "415***7302")
                .order("NW-10482", "TrailLite 2-Person Backpacking Tent", 18999, "USD", "11-10 08:12:55")
                .complaint("11-12 19:40", "GOODS_DAMAGED", ProblemType.REFUND,
                        "One of the tent poles arrived snapped and the rain fly has a 3-inch tear near the door zipper. "
                                + "The seller offered 10% back, which doesn't even cover a replacement pole set.", 9000L, 1);
        Avatar me = avatar("Alex", 1);
        Avatar shop = new Avatar("N", new Color(0x2E7D32));
        c.event("11-12 19:40", USER, "USER_CREATE_COMPLAINT", "Partial refund request: pole snapped, rain fly torn.");
        c.event("11-12 19:40", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "The merchant has been asked to respond within 48 hours.");
        c.event("11-13 09:15", SHOP, "MERCHANT_RESPONSE", "Sorry to hear that! The pole may have been damaged in transit, "
                + "but the tear looks like it happened during setup. We can refund 10% ($19.00).");
        c.event("11-13 20:02", USER, "USER_APPLY_PLATFORM_INTERVENTION", "10% is not enough; asking the platform to step in.");
        c.intervention("11-13 20:02", InterventionTrigger.CONSUMER_REQUEST, "Merchant offers only 10% for transit damage");
        c.event("11-14 09:00", AGENT, "PLATFORM_ACCEPT_CASE", "Case accepted by platform customer service.");
        c.event("11-14 09:20", AGENT, "PLATFORM_REQUEST_EVIDENCE", "Evidence requested from both parties.");
        String rqUser = c.request(CONSUMER, List.of(PRODUCT_CONDITION, COMMUNICATION_RECORD),
                "Upload photos of the broken pole and the tear, and your chat with the seller.", "11-14 09:20",
                "11-16 09:20", RequestStatus.ANSWERED, notice(IN_APP, "11-14 09:20:02", DELIVERED),
                notice(EMAIL, "11-14 09:20:05", DELIVERED));
        String rqShop = c.request(MERCHANT, List.of(PRODUCT_CONDITION, LOGISTICS),
                "Upload your packing or quality-check photos of this order and the carrier's delivery record.",
                "11-14 09:20", "11-16 09:20", RequestStatus.ANSWERED, notice(IN_APP, "11-14 09:20:03", DELIVERED),
                notice(EMAIL, "11-14 09:20:06", DELIVERED));
        SampleCase.Evidence photo = c.evidence(rqUser, CONSUMER, PRODUCT_CONDITION, "11-14 18:30",
                "Tent set up in my yard on arrival day: the fly is torn next to the door, one pole section snapped.",
                c.jpeg("tent-damage.jpg", Photos.tent(1111, null)));
        SampleCase.Evidence talk = c.evidence(rqUser, CONSUMER, COMMUNICATION_RECORD, "11-14 18:31", "Chat with the seller.",
                chat(c, "chat-1.png", "6:27", "Northwind Outdoor", me, shop,
                        time("Nov 12, 6:58 PM"),
                        me("Hi, my TrailLite tent arrived today. One pole section is snapped clean through and there's a 3-inch tear in the rain fly next to the door zipper."),
                        them("Hi Alex, so sorry about that! Could you send photos?"),
                        me("Sent them with my complaint. I only set it up in the yard to check it."),
                        them("Thanks. The pole could have been damaged in transit. The tear, though, looks like it happened during setup. We can offer 10% back ($19.00)."),
                        me("$19 doesn't cover a replacement pole set, let alone the fly. I'd like $90 back."),
                        them("I'm afraid 10% is the most we can do.")));
        c.event("11-14 18:31", USER, "USER_UPLOAD_EVIDENCE", "Consumer uploaded a photo and the chat record.");
        SampleCase.Evidence packing = c.evidence(rqShop, MERCHANT, PRODUCT_CONDITION, "11-15 10:10",
                "Packing photo taken at our warehouse on Nov 10 before dispatch: carton intact, poles in the inner sleeve. "
                        + "UPS shows delivery on Nov 12 without exceptions.",
                c.jpeg("packing-photo.jpg", Photos.carton(1112, false, "NW-10482  UPS", "2026/11/10 15:02")));
        c.event("11-15 10:10", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "Merchant uploaded a packing photo.");
        c.event("11-16 15:00", AGENT, "PLATFORM_PROPOSE_RULING", "Ruling proposed; awaiting supervisor approval.");
        c.event("11-17 10:00", SUPERVISOR, "PLATFORM_RULING", "Shared responsibility: the merchant refunds $60.00.");
        c.ruling(Responsibility.SHARED, Remedy.PARTIAL_REFUND)
                .amount(6000)
                .basis("TRANSIT_DAMAGE", "DAMAGE_AFTER_DELIVERY_NOT_EXCLUDED")
                .cites(photo, talk, packing)
                .rationale("The snapped pole (e-1) is consistent with transit damage: the seller's packing photo (e-3) "
                        + "shows the poles in a sleeve but no rigid protection, and the seller bears the risk until "
                        + "delivery. The tear in the fly sits next to the zipper where strain during setup is typical, "
                        + "and the consumer set the tent up before complaining (e-2), so it cannot be attributed to the "
                        + "seller with confidence. The seller refunds $60.00: a replacement pole set plus part of the fly.")
                .obligation(MERCHANT, "REFUND", "11-19 10:00")
                .proposed(KIM, "11-16 15:00")
                .issued(GOMEZ, "11-17 10:00");
        String refund = refundNo("20261118", 111);
        c.fulfilment("11-19 10:00")
                .proof(ProofType.PAYMENT_REFUND, "11-18 14:22", refund, null, null, null, null, 6000L,
                        refundPage(c, "voucher-refund.png", "2:20", shop, "Northwind Outdoor", 6000, "USD", refund,
                                "2026-11-18 14:19", "2026-11-18 14:19", "Original card (**** 0386)"))
                .verification(VerificationStatus.VERIFIED, KIM, "11-18 16:05",
                        "Refund " + refund + " of $60.00 on this order's transaction, completed 2026-11-18 14:19. Matches the ruling.");
        c.event("11-18 14:22", SHOP, "MERCHANT_UPLOAD_VOUCHER", "Merchant uploaded the refund record.");
        c.event("11-18 16:05", AGENT, "PLATFORM_VERIFY_VOUCHER", "Refund verified.");
        c.event("11-18 16:05", SYSTEM, "COMPLAINT_CLOSED", "Complaint closed: ruling fulfilled.");
        return c.closed(CloseReason.FULFILLED, "11-18 16:05");
    }

    /** 112 · en · CLOSED (NO_MERCHANT_LIABILITY): "never received" — signed for by the building's reception. */
    private SampleCase parcelAtReception() {
        SampleCase c = newCase(112, Lang.EN)
                .miniProgram("Bloom & Brew Coffee")
                .merchant("1900755310", "Shanghai Bloom & Brew Coffee Roasters Co., Ltd.", "hello@bloombrew.example", null)
                .consumer("Jake_in_SH", "176****5128")
                .order("BB-2611-0417", "Single-origin Ethiopia Yirgacheffe beans, 1 kg (2 × 500 g)", 23800, "CNY",
                        "11-10 10:31:02")
                .complaint("11-13 21:10", "NOT_RECEIVED", ProblemType.REFUND,
                        "Tracking says delivered on Nov 12 but I never got the package. Nothing at my door or in the "
                                + "building's parcel locker. The seller refuses to refund.", 23800L, 1);
        String tracking = "SF1458203367712";
        c.event("11-13 21:10", USER, "USER_CREATE_COMPLAINT", "Refund request: parcel marked delivered but not received.");
        c.event("11-13 21:10", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "The merchant has been asked to respond within 48 hours.");
        c.event("11-14 10:00", SHOP, "MERCHANT_RESPONSE", "SF Express shows the parcel was signed for by your building's "
                + "reception at 14:26 on Nov 12, after the courier phoned you. Please check with the front desk.");
        c.event("11-14 12:30", USER, "USER_APPLY_PLATFORM_INTERVENTION", "I did not get it. Asking the platform to step in.");
        c.intervention("11-14 12:30", InterventionTrigger.CONSUMER_REQUEST, "Consumer says the parcel never reached them");
        c.event("11-14 14:00", AGENT, "PLATFORM_ACCEPT_CASE", "Case accepted by platform customer service.");
        c.event("11-14 14:15", AGENT, "PLATFORM_REQUEST_EVIDENCE", "Evidence requested from both parties.");
        String rqShop = c.request(MERCHANT, List.of(LOGISTICS), "Upload the waybill and the carrier's proof of delivery.",
                "11-14 14:15", "11-16 14:15", RequestStatus.ANSWERED, notice(IN_APP, "11-14 14:15:02", DELIVERED),
                notice(EMAIL, "11-14 14:15:05", DELIVERED));
        c.request(CONSUMER, List.of(COMMUNICATION_RECORD, OTHER),
                "Please ask your building's reception whether they received an SF Express parcel on Nov 12 and upload "
                        + "their reply (a photo of the parcel log or a chat).", "11-14 14:15", "11-16 14:15",
                RequestStatus.TIMED_OUT, notice(IN_APP, "11-14 14:15:03", DELIVERED), notice(SMS, "11-14 14:15:06", DELIVERED),
                notice(PHONE, "11-15 11:00", FAILED));
        SampleCase.Evidence pod = c.evidence(rqShop, MERCHANT, LOGISTICS, "11-14 17:40",
                        "Waybill and SF Express proof of delivery: signed for at the front desk of Jing'an Plaza Tower B "
                                + "on Nov 12 at 14:26.",
                        waybill(c, "waybill.png", "SF EXPRESS", "Standard Express", tracking, "021 · JA-07",
                                new Party("Bloom & Brew Coffee", "021-5433****",
                                        "No. 1** Xinzhen Rd, Minhang District, Shanghai 201100"),
                                new Party("Jake ***", "176****5128",
                                        "Jing'an Plaza Tower B, **F, No. 8** West Nanjing Rd, Jing'an District, Shanghai"),
                                "Coffee beans 2 × 500 g", "1.18 kg", "2026-11-11 17:46"),
                        c.pdf("proof-of-delivery.pdf", proofOfDelivery(tracking)))
                .logistics("SF Express", tracking);
        SampleCase.Evidence call = c.evidence(rqShop, MERCHANT, COMMUNICATION_RECORD, "11-14 17:42",
                "Notes of our call with the SF courier.",
                c.text("courier-call-notes.txt", """
                        Bloom & Brew Coffee - customer care call notes
                        Case: complaint of order BB-2611-0417 (waybill SF1458203367712)
                        Call: 2026-11-14 16:05, 6 min, with SF Express courier (Jing'an West outlet, courier no. 021-***-8876)
                        Taken by: Amy Z. (customer care)

                        - Courier confirms he phoned the consignee at 14:10 on Nov 12 (call log shows 38 s).
                        - Consignee said he was not in and asked him to leave the parcel at the Tower B front desk.
                        - Parcel handed over at 14:26 to the front desk; receptionist signed the handheld (Zhang*).
                        - Courier took the usual delivery photo at the desk (in the POD).
                        - He remembers the building: reception keeps a paper log of parcels.

                        Follow-up: asked the consignee on Nov 14 (chat) to check the reception's parcel log;
                        no reply as of 17:30.
                        """));
        c.event("11-14 17:42", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "Merchant uploaded waybill, proof of delivery and call notes.");
        c.event("11-16 14:15", SYSTEM, "EVIDENCE_REQUEST_TIMEOUT", "The consumer did not answer the request in time.");
        c.event("11-17 11:00", AGENT, "PLATFORM_PROPOSE_RULING", "Ruling proposed; awaiting supervisor approval.");
        c.event("11-17 16:30", SUPERVISOR, "PLATFORM_RULING", "No merchant liability: delivery to the reception is proven.");
        c.ruling(Responsibility.CONSUMER, Remedy.NO_ACTION)
                .basis("DELIVERY_CONFIRMED", "CONSUMER_EVIDENCE_NOT_PROVIDED")
                .cites(pod, call)
                .rationale("The proof of delivery (e-1) shows the parcel handed to the front desk of the consignee's "
                        + "building on Nov 12 at 14:26, with the receptionist's signature and a photo, after a call to "
                        + "the consignee at 14:10 in which, per the courier (e-2), he asked for it to be left there. "
                        + "The consumer did not answer our request to check the reception's parcel log. Delivery to the "
                        + "address chosen by the consumer is proven; the merchant is not liable.")
                .decidedOnCollectedEvidence()
                .proposed(KIM, "11-17 11:00")
                .issued(GOMEZ, "11-17 16:30");
        c.event("11-17 16:30", SYSTEM, "COMPLAINT_CLOSED", "Complaint closed: no merchant liability.");
        return c.closed(CloseReason.NO_MERCHANT_LIABILITY, "11-17 16:30");
    }

    /** The courier's two-page proof of delivery, as the merchant downloaded it. */
    private static byte[] proofOfDelivery(String tracking) {
        try (PdfDoc pdf = new PdfDoc("Proof of Delivery " + tracking, "SF Express (sample)", "Proof of delivery",
                "POD-" + tracking + "-20261114", 2026, 11, 14, 17, 20)) {
            Color brand = new Color(0x1F1F1F);
            pdf.heading("SF EXPRESS · Proof of Delivery (POD)", 18, brand);
            pdf.paragraph("Issued at the shipper's request on 14 Nov 2026, 17:20 (UTC+8). Document ID POD-" + tracking
                    + "-20261114.", 9, false, 0);
            pdf.barcode(Documents.digits(tracking), "Waybill " + tracking, 42);
            pdf.keyValues(List.of(
                    new Row("Waybill no.", tracking),
                    new Row("Service", "Standard Express · 1 piece · 1.18 kg"),
                    new Row("Shipper", "Bloom & Brew Coffee, No. 1** Xinzhen Rd, Minhang District, Shanghai"),
                    new Row("Consignee", "Jake ***, 176****5128, Jing'an Plaza Tower B, **F, No. 8** West Nanjing Rd, "
                            + "Jing'an District, Shanghai"),
                    new Row("Picked up", "2026-11-11 17:46, Minhang Xinzhen outlet"),
                    new Row("Delivered", "2026-11-12 14:26"),
                    new Row("Delivery method", "Left at building reception at the consignee's request (call 14:10, 38 s)"),
                    new Row("Signed by", "Front desk 前台 — Zhang*"),
                    new Row("Courier", "021-***-8876, Jing'an West outlet")), 130, 10);
            pdf.paragraph("Delivery photo", 10, true, 0);
            pdf.image(Photos.parcelAtReception(1121), 220);
            pdf.signature("Recipient's signature on the courier's handheld (front desk)", 1122);
            pdf.newPage();
            pdf.heading("Scan history", 14, brand);
            pdf.table(List.of("Time (UTC+8)", "Location", "Event", "Operator"), List.of(
                    List.of("2026-11-11 17:46", "Shanghai Minhang Xinzhen outlet", "Picked up from shipper", "021-***-3390"),
                    List.of("2026-11-11 19:02", "Shanghai Minhang Xinzhen outlet", "Departed outlet", "SYSTEM"),
                    List.of("2026-11-11 21:37", "Shanghai Hongqiao transit centre", "Arrived at transit centre", "SYSTEM"),
                    List.of("2026-11-12 03:15", "Shanghai Hongqiao transit centre", "Sorted, departed", "SYSTEM"),
                    List.of("2026-11-12 07:48", "Shanghai Jing'an West outlet", "Arrived at delivery outlet", "SYSTEM"),
                    List.of("2026-11-12 09:05", "Shanghai Jing'an West outlet", "Out for delivery", "021-***-8876"),
                    List.of("2026-11-12 14:10", "Jing'an Plaza Tower B", "Courier called consignee (38 s)", "021-***-8876"),
                    List.of("2026-11-12 14:26", "Jing'an Plaza Tower B", "Delivered · signed: front desk 前台 Zhang*",
                            "021-***-8876")), new float[] {95, 150, 160, 78}, 9);
            pdf.paragraph("This proof of delivery reproduces the records of the carrier's handheld terminal for the "
                    + "waybill above. A parcel left with a building reception, property management or parcel locker at "
                    + "the consignee's request is deemed delivered. Questions: quote the waybill number.", 9, false, 0);
            return pdf.finish("SF EXPRESS · Proof of Delivery · " + tracking,
                    "POD-" + tracking + "-20261114 · Page {page} of {pages}");
        }
    }

    /** 113 · zh · CLOSED (PLATFORM_PAID): a "whole box" with three blind boxes missing; the platform pays. */
    private SampleCase blindBoxShort() {
        SampleCase c = newCase(113, Lang.ZH)
                .miniProgram("潮玩盲盒社")
                .merchant("1900803376", "上海潮玩文化传播有限公司", "kf@chaowan-box.example", null)
                .consumer("momo酱", "187****4461")
                .order("CW20261110-200002-77", "星际萌兽系列盲盒 整盒12只（端盒）", 82800, "CNY", "11-10 20:00:02")
                .complaint("11-11 09:15", "QUANTITY_SHORT", ProblemType.REFUND,
                        "买的是整盒12只，收到的盒子里只有9只，而且外包装封条被割开过，怀疑被挑过隐藏款。商家说仓库漏发会补，之后就不再回复。",
                        82800L, 1);
        Avatar me = avatar("m", 2);
        Avatar shop = new Avatar("潮", new Color(0x6B4FA0));
        c.event("11-11 09:15", USER, "USER_CREATE_COMPLAINT", "申请退款：整盒缺3只，封条被拆。");
        c.event("11-11 09:15", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "已通知商家在48小时内处理投诉。");
        c.event("11-11 13:00", SHOP, "MERCHANT_RESPONSE", "仓库漏发，3天内为您补发3只。");
        c.event("11-14 10:00", USER, "USER_RESPONSE", "3天了还没收到补发，也没有物流信息。");
        c.event("11-14 10:05", USER, "USER_APPLY_PLATFORM_INTERVENTION", "申请平台介入：商家承诺补发未履行。");
        c.intervention("11-14 10:05", InterventionTrigger.CONSUMER_REQUEST, "商家承诺补发未履行");
        c.event("11-14 11:00", AGENT, "PLATFORM_ACCEPT_CASE", "平台客服已受理。");
        c.event("11-14 11:20", AGENT, "PLATFORM_REQUEST_EVIDENCE", "请商家上传补发物流；请用户上传开箱照片。");
        c.request(MERCHANT, List.of(LOGISTICS), "请上传补发商品的物流单号，并说明整盒封条被拆的原因。", "11-14 11:20",
                "11-16 11:20", RequestStatus.TIMED_OUT, notice(IN_APP, "11-14 11:20:02", DELIVERED),
                notice(SMS, "11-14 11:20:04", DELIVERED), notice(PHONE, "11-15 10:00", FAILED));
        String rqUser = c.request(CONSUMER, List.of(PRODUCT_CONDITION), "请上传整盒开箱照片（含外盒封条）。", "11-14 11:20",
                "11-16 11:20", RequestStatus.ANSWERED, notice(IN_APP, "11-14 11:20:03", DELIVERED));
        SampleCase.Evidence photo = c.evidence(rqUser, CONSUMER, PRODUCT_CONDITION, "11-14 15:30",
                "整盒只有9只，3个空位；外盒封条已被割开。", c.jpeg("box-open.jpg", Photos.blindBoxTray(1131, "2026/11/11 09:08")));
        SampleCase.Evidence talk = c.evidence(rqUser, CONSUMER, COMMUNICATION_RECORD, "11-14 15:31", "与商家客服的聊天记录。",
                chat(c, "chat-1.png", "15:25", "潮玩盲盒社", me, shop,
                        time("11月11日 09:02"),
                        me("你好，我买的是星际萌兽整盒12只，打开只有9只，封条也是被割开过的"),
                        them("亲，抱歉，应该是仓库漏发了，3天内给您补发3只哦"),
                        me("封条被拆过是怎么回事？是不是被人挑过隐藏款了？"),
                        them("不会的亲，都是原箱出货的"),
                        time("11月14日 09:55"),
                        me("3天了，补发的还没有发出，物流也查不到"),
                        Screens.notice("客服当前不在线，您的消息将在客服上线后送达")));
        c.event("11-14 15:31", USER, "USER_UPLOAD_EVIDENCE", "用户已上传开箱照片及聊天记录。");
        c.event("11-16 11:20", SYSTEM, "EVIDENCE_REQUEST_TIMEOUT", "商家未在期限内举证，将依据已收集的证据处理。");
        c.event("11-16 15:00", AGENT, "PLATFORM_PROPOSE_RULING", "已提交处理意见，待主管审批。");
        c.event("11-17 10:00", SUPERVISOR, "PLATFORM_RULING", "商家责任：48小时内全额退款828元。");
        c.ruling(Responsibility.MERCHANT, Remedy.FULL_REFUND)
                .amount(82800)
                .basis("GOODS_SHORT_SHIPPED", "PACKAGING_TAMPERED", "EVIDENCE_NOT_PROVIDED")
                .cites(photo, talk)
                .rationale("开箱照片（e-1）显示整盒仅9只、外盒封条被割开，商家在聊天中（e-2）承认漏发并承诺3天内补发，但未履行，"
                        + "也未在期限内举证说明封条被拆的原因。端盒被拆封后已不能作为整盒商品，支持用户全额退款。")
                .decidedOnCollectedEvidence()
                .obligation(MERCHANT, "REFUND", "11-19 10:00")
                .measures(Measure.WARNING)
                .proposed(LIN, "11-16 15:00")
                .issued(CHEN, "11-17 10:00");
        c.fulfilment("11-19 10:00");
        c.event("11-19 10:00", SYSTEM, "FULFILMENT_TIMEOUT", "商家未在期限内上传履行凭证，等待主管处置。");
        c.event("11-19 15:30", SUPERVISOR, "PLATFORM_ADVANCE_PAYMENT", "平台先行垫付828.00元至用户零钱。");
        c.event("11-19 15:30", SYSTEM, "MERCHANT_DEPOSIT_DEDUCTION", "已从商户保证金扣回828.00元，并扣除商户信用分10分。");
        c.event("11-19 15:30", SYSTEM, "COMPLAINT_CLOSED", "投诉已完结（平台先行赔付）。");
        return c.closed(CloseReason.PLATFORM_PAID, "11-19 15:30");
    }

    /** 114 · zh · CLOSED (FULFILMENT_PROOF_INVALID): a robot vacuum "repaired"; both vouchers fail. */
    private SampleCase robotRepairVoucher() {
        SampleCase c = newCase(114, Lang.ZH)
                .miniProgram("小净家电")
                .merchant("1900851649", "苏州小净智能家电有限公司", "aftersale@xiaojing-home.example", "0512-6580****")
                .consumer("老周", "189****3358")
                .order("XJ-S7-20261110-5521", "小净 S7 扫拖一体机器人", 169900, "CNY", "11-10 14:40:18")
                .complaint("11-12 18:20", "QUALITY_ISSUE", ProblemType.OTHERS,
                        "扫地机器人用了两天就一直报“左轮悬空”错误，无法清扫。按商家要求11月13日寄回检修，之后没有任何消息。"
                                + "要求尽快修好寄回。", null, 1);
        String inbound = "SF1302215566781";
        c.event("11-12 18:20", USER, "USER_CREATE_COMPLAINT", "投诉：新机故障，要求维修。");
        c.event("11-12 18:20", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "已通知商家在48小时内处理投诉。");
        c.event("11-13 10:00", SHOP, "MERCHANT_RESPONSE", "请将机器寄回售后中心检修，运费到付，收到后3个工作日内修好寄回。");
        c.event("11-13 16:00", USER, "USER_RESPONSE", "已寄回：顺丰 " + inbound + "。");
        c.event("11-15 09:00", USER, "USER_APPLY_PLATFORM_INTERVENTION", "申请平台介入：寄回两天商家不回复。");
        c.intervention("11-15 09:00", InterventionTrigger.CONSUMER_REQUEST, "用户寄回检修后商家无回应");
        c.event("11-15 10:00", AGENT, "PLATFORM_ACCEPT_CASE", "平台客服已受理。");
        c.event("11-15 10:10", AGENT, "PLATFORM_REQUEST_EVIDENCE", "请用户上传寄修物流及故障照片；请商家上传检修工单。");
        String rqUser = c.request(CONSUMER, List.of(LOGISTICS, PRODUCT_CONDITION), "请上传寄回检修的物流单号及故障照片。",
                "11-15 10:10", "11-17 10:10", RequestStatus.ANSWERED, notice(IN_APP, "11-15 10:10:02", DELIVERED));
        String rqShop = c.request(MERCHANT, List.of(SERVICE_DELIVERY), "请上传检修工单及处理进度。", "11-15 10:10",
                "11-17 10:10", RequestStatus.ANSWERED, notice(IN_APP, "11-15 10:10:03", DELIVERED),
                notice(EMAIL, "11-15 10:10:06", DELIVERED));
        SampleCase.Evidence sent = c.evidence(rqUser, CONSUMER, LOGISTICS, "11-15 13:00", "寄回售后中心的顺丰面单，11月14日已签收。",
                        waybill(c, "waybill-to-service.png", "顺丰速运", "顺丰标快", inbound, "512-AB 03",
                                new Party("老*", "189****3358", "江苏省南京市鼓楼区中山北路***号 **苑 3栋 502"),
                                new Party("小净售后中心", "0512-6580****", "江苏省苏州市工业园区星湖街***号 小净智能售后中心"),
                                "扫地机器人 ×1（返修）", "5.6 kg", "2026-11-13 15:42"))
                .logistics("顺丰速运", inbound);
        SampleCase.Evidence fault = c.evidence(rqUser, CONSUMER, PRODUCT_CONDITION, "11-15 13:01", "寄回前拍的故障照片，App 报错“左轮悬空”。",
                c.jpeg("fault.jpg", Photos.robotVacuum(1141, "错误 2：左轮悬空\n请检查左轮是否卡住", "2026/11/12 18:05")));
        c.event("11-15 13:01", USER, "USER_UPLOAD_EVIDENCE", "用户已上传寄修面单及故障照片。");
        SampleCase.Evidence ticket = c.evidence(rqShop, MERCHANT, SERVICE_DELIVERY, "11-15 17:00",
                "已于11月14日签收用户寄回的机器，检测为左驱动轮模组故障，维修中，预计11月18日寄回。");
        c.event("11-15 17:00", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "商家已提交检修说明。");
        c.event("11-16 10:00", AGENT, "PLATFORM_PROPOSE_RULING", "已提交处理意见，待主管审批。");
        c.event("11-16 16:00", SUPERVISOR, "PLATFORM_RULING", "商家责任：免费维修并寄回，48小时内上传回寄物流单号。");
        c.ruling(Responsibility.MERCHANT, Remedy.REPAIR)
                .basis("QUALITY_DEFECT_WITHIN_WARRANTY", "SERVICE_DELAY")
                .cites(sent, fault, ticket)
                .rationale("新机使用两天即报“左轮悬空”故障（e-2），属三包期内质量问题；用户已按商家要求寄回（e-1），商家确认检测为"
                        + "左驱动轮模组故障（e-3）。商家应免费维修并寄回，48小时内上传回寄物流单号。")
                .obligation(MERCHANT, "REPAIR_AND_RETURN", "11-18 16:00")
                .proposed(LIN, "11-16 10:00")
                .issued(CHEN, "11-16 16:00");
        String claimedReturn = "SF1399900012345";
        Avatar service = new Avatar("净", new Color(0x00897B));
        c.fulfilment("11-20 15:20")
                .proof(ProofType.LOGISTICS, "11-18 11:00", null, null, null, "顺丰速运", inbound, null)
                .proof(ProofType.OTHER, "11-20 09:40", null, null, null, "顺丰速运", claimedReturn, null,
                        c.png("service-order.png", Screens.detail(new Screens.Detail(Lang.ZH, "09:36", "服务工单",
                                service, "小净智能 售后服务", "已完成", "维修完成 · 已回寄", new Color(0x07C160), List.of(
                                new Step("已收件", "2026-11-14 10:12", true),
                                new Step("检测完成", "2026-11-15 16:40", true),
                                new Step("维修完成，已回寄", "2026-11-17 16:20", true)), List.of(
                                new Row("工单号", "XJ-RMA-20261115-0193"),
                                new Row("产品型号", "小净 S7 扫拖一体机器人"),
                                new Row("故障描述", "左轮悬空报警，无法清扫"),
                                new Row("处理结果", "更换左驱动轮模组，整机测试通过"),
                                new Row("回寄快递", "顺丰速运 " + claimedReturn),
                                new Row("工程师", "张**（工号 0457）")), "联系售后"))))
                .verification(VerificationStatus.INVALID, LIN, "11-20 14:10",
                        "第二次凭证无效：工单所列回寄单号 " + claimedReturn + " 在顺丰官网查询无任何轨迹，用户确认未收到机器；"
                                + "工单称11月17日已回寄，与商家11月18日上传的单号（用户寄件单号）矛盾。");
        c.event("11-18 11:00", SHOP, "MERCHANT_UPLOAD_VOUCHER", "已修好寄回，顺丰 " + inbound + "。");
        c.event("11-18 15:20", AGENT, "PLATFORM_REJECT_VOUCHER", "凭证无效：该单号为用户寄往售后中心的寄件单号，并非回寄单号。"
                + "请在48小时内重新上传。");
        c.event("11-20 09:40", SHOP, "MERCHANT_UPLOAD_VOUCHER", "上传维修工单。");
        c.event("11-20 14:10", AGENT, "PLATFORM_REJECT_VOUCHER", "凭证再次无效：回寄单号查询无轨迹，用户未收到机器。");
        c.event("11-20 14:10", SYSTEM, "MERCHANT_SANCTION", "商户履行凭证两次无效：扣除信用分20分，责令商户与用户协商解决。");
        return c.closed(CloseReason.FULFILMENT_PROOF_INVALID, "11-20 14:10");
    }

    /** 115 · es · CLOSED (WITHDRAWN), MXN: the refund transfer arrived; the consumer withdraws. */
    private SampleCase brokenAlebrije() {
        SampleCase c = newCase(115, Lang.ES)
                .miniProgram("Artesanías Oaxaca")
                .merchant("1900903318", "Artesanías de Oaxaca Tradición S. de R.L.", "contacto@artesaniasoaxaca.example", null)
                .consumer("Diego R.", "33****1907")
                .order("AO-2026-1187", "Alebrije tallado a mano – Jaguar (30 cm)", 145000, "MXN", "11-10 12:30:44")
                .complaint("11-13 18:45", "GOODS_DAMAGED", ProblemType.REFUND,
                        "El alebrije llegó con la cola y una oreja rotas. La tienda dice que ya me hizo una transferencia, "
                                + "pero no me ha llegado nada.", 145000L, 1);
        String tracking = "MBAN01002611140045128873";
        c.event("11-13 18:45", USER, "USER_CREATE_COMPLAINT", "Solicitud de reembolso: pieza rota al llegar.");
        c.event("11-13 18:45", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "Se notificó al comercio; tiene 48 horas para responder.");
        c.event("11-14 10:20", SHOP, "MERCHANT_RESPONSE", "Lo sentimos mucho. Hoy le hicimos una transferencia SPEI por "
                + "el total ($1,450.00 MXN) a la cuenta que nos indicó.");
        c.event("11-14 19:00", USER, "USER_APPLY_PLATFORM_INTERVENTION", "No me ha llegado ninguna transferencia.");
        c.intervention("11-14 19:00", InterventionTrigger.CONSUMER_REQUEST, "El consumidor no ha recibido el reembolso prometido");
        c.event("11-15 10:00", AGENT, "PLATFORM_ACCEPT_CASE", "Caso asignado a atención al cliente de la plataforma.");
        c.event("11-15 10:15", AGENT, "PLATFORM_REQUEST_EVIDENCE", "Se solicitaron pruebas a ambas partes.");
        String rqShop = c.request(MERCHANT, List.of(TRANSFER_PROOF),
                "Suba el comprobante de la transferencia con clave de rastreo, cuenta destino y monto.", "11-15 10:15",
                "11-17 10:15", RequestStatus.ANSWERED, notice(EMAIL, "11-15 10:15:06", DELIVERED),
                notice(IN_APP, "11-15 10:15:02", DELIVERED));
        c.request(CONSUMER, List.of(PRODUCT_CONDITION), "Suba fotos del alebrije dañado y del empaque.", "11-15 10:15",
                "11-17 10:15", RequestStatus.CANCELLED, notice(IN_APP, "11-15 10:15:03", DELIVERED),
                notice(SMS, "11-15 10:15:05", SENT));
        c.evidence(rqShop, MERCHANT, TRANSFER_PROOF, "11-15 13:05",
                        "Comprobante de la transferencia SPEI del 14/11, liquidada a las 10:12.",
                        c.png("comprobante-spei.png", Documents.bankReceipt(new Documents.BankReceipt(Lang.ES,
                                "BancoVía · Banca en línea", "Comprobante de transferencia SPEI", List.of(
                                        new Row("Fecha y hora", "14/11/2026 10:12:31"),
                                        new Row("Clave de rastreo", tracking),
                                        new Row("Ordenante", "Artesanías de Oaxaca Tradición S. de R.L."),
                                        new Row("Cuenta ordenante", "BancoVía ****4410"),
                                        new Row("Banco receptor", "Banco Sierra Madre"),
                                        new Row("Cuenta beneficiaria (CLABE)", "0121 **** **** **9075"),
                                        new Row("Beneficiario", "Diego R*****"),
                                        new Row("Monto", "$1,450.00 MXN"),
                                        new Row("Concepto de pago", "Reembolso pedido AO-2026-1187"),
                                        new Row("Referencia numérica", "1411261"),
                                        new Row("Estado", "LIQUIDADA")),
                                null, null, "Consulte el comprobante electrónico de pago (CEP) con la clave de rastreo. "
                                        + "Folio de impresión 00318827."))))
                .payment(null, null, tracking, 145000);
        c.event("11-15 13:05", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "El comercio subió el comprobante de transferencia.");
        c.event("11-16 09:30", USER, "USER_REVOKE_COMPLAINT", "Ya me llegó la transferencia; retiro la queja. Gracias.");
        c.event("11-16 09:30", SYSTEM, "COMPLAINT_CLOSED", "Queja cerrada: retirada por el consumidor.");
        return c.closed(CloseReason.WITHDRAWN, "11-16 09:30");
    }

    /** 116 · es · CLOSED (SETTLED_BY_NEGOTIATION), EUR: a dented olive-oil tin, settled by a partial refund. */
    private SampleCase dentedOilTin() {
        SampleCase c = newCase(116, Lang.ES)
                .miniProgram("Aceites del Sur")
                .merchant("1900950077", "Almazara Aceites del Sur S.L.", "atencion@aceitesdelsur.example", null)
                .consumer("Lucía M.", "612***418")
                .order("ADS-26-33810", "Aceite de oliva virgen extra – lata 5 L, cosecha temprana", 4590, "EUR",
                        "11-12 17:22:09")
                .complaint("11-16 12:00", "GOODS_DAMAGED", ProblemType.REFUND,
                        "La lata llegó abollada y ha perdido aceite; la caja venía empapada. Solicito un reembolso parcial "
                                + "o el envío de una lata nueva.", 2000L, 1);
        String refund = refundNo("20261116", 116);
        c.event("11-16 12:00", USER, "USER_CREATE_COMPLAINT", "Solicitud de reembolso parcial: lata abollada con pérdida de aceite.",
                c.jpeg("IMG_20261116_114805.jpg", Photos.oilTin(1161, "2026/11/16 11:48")));
        c.event("11-16 12:00", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "Se notificó al comercio; tiene 48 horas para responder.");
        c.event("11-16 17:40", SHOP, "MERCHANT_RESPONSE", "Sentimos mucho lo ocurrido. Le reembolsamos ahora 15,00 € por el "
                + "aceite perdido y el mal estado de la lata; si prefiere una lata nueva, díganoslo.");
        c.event("11-16 17:41", SHOP, "MERCHANT_APPROVE_REFUND", "Reembolso parcial de 15,00 € realizado.",
                refundPage(c, "reembolso.png", "17:41", new Avatar("A", new Color(0x558B2F)), "Aceites del Sur", 1500,
                        "EUR", refund, "2026-11-16 17:40", "2026-11-16 17:41", "Saldo de la cartera"));
        c.event("11-17 09:10", USER, "USER_RESPONSE", "De acuerdo, ya me llegó el reembolso. Gracias.");
        c.event("11-17 09:12", USER, "USER_CONFIRM_COMPLETE", "La consumidora confirma que la queja está resuelta.");
        c.event("11-17 09:12", SYSTEM, "COMPLAINT_CLOSED", "Queja cerrada: resuelta entre las partes.");
        return c.closed(CloseReason.SETTLED_BY_NEGOTIATION, "11-17 09:12");
    }

    /** 117 · zh · UNDER_REVIEW, second complaint: a photo book printed green; the policy arrives late. */
    private SampleCase greenPhotoBook() {
        SampleCase c = newCase(117, Lang.ZH)
                .channel(Channel.OTHER)
                .miniProgram("小鹿定制")
                .merchant("1900988102", "宁波小鹿文化创意有限公司", "help@xiaolu-custom.example", null)
                .consumer("一只猫", "150****8826")
                .order("XL-DZ-1110-3391", "定制照片书 A4 横版 40页 硬壳", 16800, "CNY", "11-10 23:11:47")
                .complaint("11-13 08:30", "NOT_AS_DESCRIBED", ProblemType.REFUND,
                        "照片书印刷严重偏色，人物脸都是发绿的，和下单时的预览完全不一样。商家说定制商品不退不换。", 16800L, 2,
                        "HIGH_RISK");
        c.event("11-13 08:30", USER, "USER_CREATE_COMPLAINT", "申请退款：照片书严重偏色。");
        c.event("11-13 08:30", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "已通知商家在48小时内处理投诉。");
        c.event("11-13 14:00", SHOP, "MERCHANT_RESPONSE", "定制商品不支持七天无理由退货，但可以为您免费重印一本，请确认。");
        c.event("11-13 20:00", USER, "USER_CONFIRM_COMPLETE", "用户同意重印。");
        c.event("11-13 20:00", SYSTEM, "COMPLAINT_CLOSED", "投诉已完结（协商解决）。");
        c.event("11-18 10:00", USER, "USER_CONTINUE_COMPLAINT", "继续投诉：重印的照片书还是严重偏色，要求退款。（第2次投诉）");
        c.intervention("11-18 10:00", InterventionTrigger.CONSUMER_REQUEST, "用户继续投诉：重印后仍严重偏色");
        c.event("11-18 11:00", AGENT, "PLATFORM_ACCEPT_CASE", "平台客服已受理。");
        c.event("11-18 11:15", AGENT, "PLATFORM_REQUEST_EVIDENCE", "请商家上传售后政策及沟通记录；请用户上传实物与预览对比照片。");
        String rqShop = c.request(MERCHANT, List.of(POLICY, COMMUNICATION_RECORD),
                "请上传用户下单时页面展示的售后政策，以及与用户的沟通记录（含通话记录）。", "11-18 11:15", "11-20 11:15",
                RequestStatus.TIMED_OUT, notice(IN_APP, "11-18 11:15:02", DELIVERED), notice(EMAIL, "11-18 11:15:06", DELIVERED),
                notice(SMS, "11-18 11:15:04", DELIVERED));
        String rqUser = c.request(CONSUMER, List.of(PRODUCT_CONDITION), "请上传照片书实物与下单预览的对比照片。", "11-18 11:15",
                "11-20 11:15", RequestStatus.ANSWERED, notice(IN_APP, "11-18 11:15:03", DELIVERED));
        c.evidence(rqUser, CONSUMER, PRODUCT_CONDITION, "11-18 16:00", "重印的照片书（左）与手机上的下单预览（右）对比，整体发绿。",
                c.jpeg("photobook-vs-preview.jpg", Photos.photoBook(1171, "2026/11/18 15:47")));
        c.event("11-18 16:00", USER, "USER_UPLOAD_EVIDENCE", "用户已上传对比照片。");
        c.event("11-20 11:15", SYSTEM, "EVIDENCE_REQUEST_TIMEOUT", "商家未在期限内举证，案件转回审核。");
        c.evidence(rqShop, MERCHANT, POLICY, "11-21 09:40", "下单页面展示的《售后服务与退换货政策》。",
                c.pdf("after-sales-policy.pdf", chinesePolicy()));
        c.evidence(rqShop, MERCHANT, COMMUNICATION_RECORD, "11-21 09:42",
                "11月13日14:05客服电话联系用户，用户同意重印；11月17日重印件签收后用户来电称仍偏色，客服解释屏幕显示与印刷存在色差，"
                        + "建议按政策处理。");
        c.event("11-21 09:42", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "商家逾期上传售后政策及沟通说明。");
        return c.state(CaseState.UNDER_REVIEW, "11-20 11:15", null);
    }

    /** The photo-book shop's after-sales policy, two pages, Chinese. */
    private static byte[] chinesePolicy() {
        try (PdfDoc pdf = new PdfDoc("小鹿定制 售后服务与退换货政策", "宁波小鹿文化创意有限公司", "售后服务与退换货政策",
                "XL-POLICY-2026-08", 2026, 8, 1, 9, 0)) {
            Color green = new Color(0x2E7D32);
            pdf.heading("小鹿定制 售后服务与退换货政策", 20, green);
            pdf.paragraph("版本：2026年8月版　生效日期：2026年8月1日　适用于“小鹿定制”小程序内全部商品", 9, false, 0);
            pdf.rule(green, 1);
            String[][] sections = {
                    {"一、定制商品说明", "照片书、台历、相册、印刷挂画等商品均按您上传的照片及排版单独生产，属于《消费者权益保护法》第二十五条规定的"
                            + "“消费者定作的”商品，不适用七天无理由退货。下单前请仔细核对预览、文字及页码。"},
                    {"二、色差说明", "手机、电脑屏幕为发光显示，印刷品为反光呈现，两者存在一定色差属正常现象。我们使用标准色彩管理流程，"
                            + "轻微的明暗、饱和度差异不属于质量问题。"},
                    {"三、质量问题的认定", "以下情形属于质量问题，我们将免费重印或退款：（1）明显偏色，如人物肤色整体偏绿、偏紫，"
                            + "与预览差异肉眼明显可见；（2）缺页、倒页、错页；（3）装订开裂、脱胶；（4）印刷脏污、划痕、折痕；"
                            + "（5）运输造成的破损。"},
                    {"四、处理方式", "质量问题请在签收后7日内联系客服，并提供实物照片及对应预览截图。经核实属实的，首次为您免费重印；"
                            + "重印后仍存在同一质量问题的，可选择全额退款，已收到的商品无需寄回。"},
                    {"五、非质量问题", "因您上传的照片本身分辨率不足、曝光或偏色，或您确认预览后的文字、排版错误，不属于质量问题，"
                            + "可付费重印（8折）。"},
                    {"六、物流", "全国包邮（港澳台及海外除外），一般下单后3-5个工作日内发货。签收时请当面检查外包装，如有破损请拒收或拍照留存。"},
                    {"七、联系我们", "在线客服：小程序“我的—联系客服”，工作时间 9:00-21:00；客服邮箱：help@xiaolu-custom.example。"
                            + "本政策由宁波小鹿文化创意有限公司负责解释。"}};
            for (String[] s : sections) {
                pdf.heading(s[0], 13, Color.BLACK);
                pdf.paragraph(s[1], 10.5f, false, 0);
            }
            pdf.newPage();
            pdf.heading("附：常见问题", 14, green);
            pdf.table(List.of("问题", "答复"), List.of(
                    List.of("重印需要多久？", "核实后2个工作日内安排重印，重印完成后顺丰发出。"),
                    List.of("可以只重印其中几页吗？", "照片书为整本装订，需整本重印。"),
                    List.of("偏色怎么判断？", "请在自然光下拍摄实物与手机预览同框对比照片，客服将与生产部门共同判断。"),
                    List.of("退款多久到账？", "原路退回：零钱即时到账，银行卡1-3个工作日。")),
                    new float[] {160, 323}, 10);
            pdf.paragraph("宁波小鹿文化创意有限公司　2026年8月1日", 10, false, 250);
            return pdf.finish("小鹿定制 · 售后服务与退换货政策（2026年8月版）", "第 {page} 页 / 共 {pages} 页");
        }
    }

    /** 118 · es · PENDING_APPROVAL, EUR: a stained linen dress; proposed shared blame and a partial refund. */
    private SampleCase stainedDress() {
        SampleCase c = newCase(118, Lang.ES)
                .miniProgram("Lucía Moda Madrid")
                .merchant("1901004563", "Lucía Moda Madrid S.L.", "clientes@luciamoda.example", "+34 91 *** **27")
                .consumer("Carmen_R", "644***207")
                .order("LMM-112873", "Vestido midi de lino – color arena, talla M", 8995, "EUR", "11-12 21:08:36")
                .complaint("11-18 10:15", "NOT_AS_DESCRIBED", ProblemType.REFUND,
                        "El vestido tiene una mancha en la falda que no se ve en las fotos y la talla es mucho más pequeña de "
                                + "lo que indica la guía. Pedí la devolución y me dicen que la prenda está lavada, cosa que no es "
                                + "cierta: todavía tiene la etiqueta.", 8995L, 1);
        Avatar me = avatar("Carmen", 4);
        Avatar shop = new Avatar("L", new Color(0x8E6E53));
        c.event("11-18 10:15", USER, "USER_CREATE_COMPLAINT", "Solicitud de reembolso: prenda manchada y talla incorrecta.");
        c.event("11-18 10:15", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "Se notificó al comercio; tiene 48 horas para responder.");
        c.event("11-18 13:30", SHOP, "MERCHANT_RESPONSE", "Según nuestra política solo aceptamos prendas sin usar, sin lavar y "
                + "con etiqueta. La mancha no estaba en nuestro control de calidad, por lo que no podemos aceptar la devolución.");
        c.event("11-19 09:00", USER, "USER_APPLY_PLATFORM_INTERVENTION", "La tienda rechaza la devolución; pido la intervención de la plataforma.");
        c.intervention("11-19 09:00", InterventionTrigger.CONSUMER_REQUEST, "La tienda rechaza la devolución de una prenda con defecto");
        c.event("11-19 10:00", AGENT, "PLATFORM_ACCEPT_CASE", "Caso asignado a atención al cliente de la plataforma.");
        c.event("11-19 10:10", AGENT, "PLATFORM_REQUEST_EVIDENCE", "Se solicitaron pruebas a ambas partes.");
        String rqShop = c.request(MERCHANT, List.of(POLICY, COMMUNICATION_RECORD),
                "Suba la política de devoluciones vigente en la fecha de compra y la conversación con la clienta.",
                "11-19 10:10", "11-21 10:10", RequestStatus.ANSWERED, notice(EMAIL, "11-19 10:10:06", DELIVERED),
                notice(IN_APP, "11-19 10:10:02", DELIVERED));
        String rqUser = c.request(CONSUMER, List.of(PRODUCT_CONDITION), "Suba fotos de la prenda: la mancha y la etiqueta.",
                "11-19 10:10", "11-21 10:10", RequestStatus.ANSWERED, notice(IN_APP, "11-19 10:10:03", DELIVERED),
                notice(SMS, "11-19 10:10:05", DELIVERED));
        SampleCase.Evidence photo = c.evidence(rqUser, CONSUMER, PRODUCT_CONDITION, "11-19 19:30",
                "El vestido extendido: mancha marrón en la falda, etiqueta todavía puesta.",
                c.jpeg("vestido-mancha.jpg", Photos.dress(1181, "LUCÍA MODA", "2026/11/19 19:22")));
        SampleCase.Evidence talk = c.evidence(rqUser, CONSUMER, COMMUNICATION_RECORD, "11-19 19:31", "Conversación con la tienda.",
                chat(c, "chat-1.png", "19:25", "Lucía Moda Madrid", me, shop,
                        time("16 nov 11:20"),
                        me("Hola, recibí el vestido de lino el día 14. Tiene una mancha marrón en la falda y la talla M es como una S."),
                        them("Hola, Carmen, lo sentimos. ¿Ha lavado la prenda? La mancha podría ser del lavado."),
                        me("No la he lavado. Me la probé una vez y todavía tiene la etiqueta puesta."),
                        them("Según nuestra política solo aceptamos devoluciones de prendas sin usar y con etiqueta. La mancha no aparece en nuestro control de calidad."),
                        me("La etiqueta está puesta, les mando la foto. Quiero devolverlo."),
                        them("Lo revisaremos, pero no podemos aceptar la devolución de prendas manchadas.")));
        c.event("11-19 19:31", USER, "USER_UPLOAD_EVIDENCE", "La consumidora subió 1 foto y 1 conversación.");
        SampleCase.Evidence policy = c.evidence(rqShop, MERCHANT, POLICY, "11-20 12:00",
                "Política de devoluciones y reembolsos vigente desde el 1 de septiembre de 2026.",
                c.pdf("politica-devoluciones.pdf", spanishPolicy()));
        c.event("11-20 12:00", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "El comercio subió su política de devoluciones.");
        c.event("11-24 17:00", AGENT, "PLATFORM_PROPOSE_RULING", "Resolución propuesta; pendiente de aprobación.");
        c.ruling(Responsibility.SHARED, Remedy.PARTIAL_REFUND)
                .amount(4000)
                .basis("DEFECT_NOT_EXCLUDED", "RETURN_POLICY_CONDITIONS")
                .cites(photo, talk, policy)
                .rationale("La prenda conserva la etiqueta (e-1) y la reclamación se hizo dentro de los 14 días de la "
                        + "política (e-3, art. 2), por lo que no consta que se haya usado ni lavado. La mancha no aparece en "
                        + "las fotos del anuncio, pero tampoco puede descartarse que se produjera al probarla (e-2). La "
                        + "diferencia de talla no está acreditada. Se propone un reembolso parcial de 40,00 € y que la "
                        + "clienta conserve la prenda.")
                .obligation(MERCHANT, "REFUND", "11-26 17:00")
                .proposed(MARIA, "11-24 17:00");
        return c.state(CaseState.PENDING_APPROVAL, "11-24 17:00", null);
    }

    /** The boutique's returns policy, three pages, Spanish. */
    private static byte[] spanishPolicy() {
        try (PdfDoc pdf = new PdfDoc("Política de devoluciones y reembolsos", "Lucía Moda Madrid S.L.",
                "Condiciones de devolución", "LMM-POL-3.2", 2026, 9, 1, 10, 0)) {
            Color brand = new Color(0x8E6E53);
            pdf.heading("Lucía Moda Madrid", 22, brand);
            pdf.heading("Política de devoluciones y reembolsos", 16, Color.BLACK);
            pdf.paragraph("Versión 3.2 · vigente desde el 1 de septiembre de 2026 · Lucía Moda Madrid S.L., "
                    + "C/ Fuencarral 1**, 28004 Madrid · clientes@luciamoda.example", 9, false, 0);
            pdf.rule(brand, 1);
            String[][] articles = {
                    {"1. Ámbito", "Esta política se aplica a todas las compras realizadas en la tienda de Lucía Moda Madrid "
                            + "dentro de la aplicación y a los pedidos enviados a España, Portugal y Andorra. No limita los "
                            + "derechos que la ley reconoce a las personas consumidoras."},
                    {"2. Derecho de desistimiento (14 días)", "Puede devolver cualquier prenda sin indicar el motivo en un "
                            + "plazo de 14 días naturales desde el día en que la recibe. Para ejercerlo basta con comunicarlo "
                            + "por el chat de la tienda o por correo electrónico antes de que termine el plazo."},
                    {"3. Estado de la prenda", "La prenda debe devolverse sin usar, sin lavar, sin olores ni manchas y con "
                            + "todas sus etiquetas. Podrá probarse como lo haría en una tienda física. Si la prenda presenta "
                            + "un uso mayor del necesario para comprobar su naturaleza, podremos descontar del reembolso la "
                            + "depreciación correspondiente."},
                    {"4. Prendas defectuosas", "Si la prenda llega con un defecto de fabricación o no se corresponde con "
                            + "lo anunciado, comuníquelo con fotografías en los 14 días siguientes a la recepción. Le "
                            + "ofreceremos, a su elección, el cambio por otra prenda o el reembolso completo, incluidos los "
                            + "gastos de envío. La garantía legal de conformidad es de tres años."},
                    {"5. Tallas", "Nuestras medidas se indican en la guía de tallas de cada producto, tomadas con la prenda "
                            + "en plano. Admitimos una tolerancia de ±1,5 cm. Los cambios de talla son gratuitos una vez por "
                            + "pedido."},
                    {"6. Cómo devolver", "Solicite la devolución en el chat de la tienda indicando el número de pedido. Le "
                            + "enviaremos una etiqueta de devolución; lleve el paquete a cualquier oficina de Correos en los "
                            + "7 días siguientes. Las devoluciones por desistimiento tienen un coste de 4,95 €, que se "
                            + "descuenta del reembolso; las de prendas defectuosas son gratuitas."},
                    {"7. Reembolso", "Reembolsamos por el mismo medio de pago en un máximo de 14 días desde que recibimos la "
                            + "prenda y comprobamos su estado. Le informaremos por chat del resultado de la revisión."},
                    {"8. Excepciones", "No se admiten devoluciones de ropa interior y baño sin su precinto higiénico, de "
                            + "prendas hechas a medida ni de tarjetas regalo."},
                    {"9. Reclamaciones", "Si no está conforme con nuestra respuesta, puede acudir al servicio de "
                            + "reclamaciones de la plataforma o a las hojas de reclamaciones oficiales de la Comunidad de "
                            + "Madrid. Lucía Moda Madrid S.L. se somete a los procedimientos de resolución de conflictos "
                            + "de consumo."}};
            for (String[] a : articles) {
                pdf.heading(a[0], 12, Color.BLACK);
                pdf.paragraph(a[1], 10.5f, false, 0);
            }
            pdf.newPage();
            pdf.heading("Anexo · Guía de tallas de vestidos (cm, prenda en plano)", 13, brand);
            pdf.table(List.of("Talla", "Pecho", "Cintura", "Cadera", "Largo"), List.of(
                    List.of("XS", "42", "34", "46", "112"),
                    List.of("S", "44", "36", "48", "113"),
                    List.of("M", "46", "38", "50", "114"),
                    List.of("L", "48,5", "40,5", "52,5", "115"),
                    List.of("XL", "51", "43", "55", "116")), new float[] {90, 98, 98, 98, 99}, 10);
            pdf.paragraph("El lino puede encoger hasta un 3 % en el primer lavado si no se siguen las instrucciones de la "
                    + "etiqueta (lavado a 30 °C, sin secadora). Las manchas de lavado no se consideran defecto de "
                    + "fabricación.", 10, false, 0);
            pdf.heading("Formulario de desistimiento (modelo)", 12, Color.BLACK);
            pdf.paragraph("A la atención de Lucía Moda Madrid S.L., C/ Fuencarral 1**, 28004 Madrid, "
                    + "clientes@luciamoda.example:\nPor la presente le comunico que desisto de mi contrato de compra de "
                    + "los siguientes bienes: ______________________\nPedido el / recibido el: ____________   "
                    + "Nombre: ____________________\nFirma (solo si el formulario se presenta en papel) y fecha: "
                    + "____________________", 10, false, 0);
            return pdf.finish("Lucía Moda Madrid · Política de devoluciones y reembolsos · v3.2",
                    "Versión 3.2 · vigente desde el 1 de septiembre de 2026 · Página {page} de {pages}");
        }
    }

    /** 119 · en · INTERVENTION_REQUESTED, proactive: a cancelled festival whose refunds never came. */
    private SampleCase cancelledFestival() {
        SampleCase c = newCase(119, Lang.EN)
                .channel(Channel.PROACTIVE_INTERVENTION)
                .miniProgram("CityPass Live")
                .merchant("1901051190", "CityPass Live Entertainment (Shenzhen) Co., Ltd.", "care@citypass-live.example", null)
                .consumer("Mia_Chen", "130****5512")
                .order("CPL-NH-0091273", "Neon Harbor Music Festival – 2-day GA ticket (Nov 22–23)", 88000, "CNY",
                        "11-10 12:00:07")
                .complaint("11-21 18:00", "EVENT_CANCELLED", ProblemType.REFUND,
                        "The festival was cancelled two days before it started. The app promised automatic refunds within "
                                + "3 business days, but the refund button only shows an error. Hundreds of us are in the "
                                + "same situation.", 88000L, 1);
        c.event("11-21 18:00", USER, "USER_CREATE_COMPLAINT", "Refund request: event cancelled, refund button fails.",
                chat(c, "chat-1.png", "5:58", "CityPass Live", avatar("Mia", 3), new Avatar("C", new Color(0x7B1FA2)),
                        time("Nov 20, 7:03 PM"),
                        Screens.notice("Neon Harbor Music Festival (Nov 22–23) has been cancelled by the organiser. "
                                + "Refunds will be issued automatically within 3 business days."),
                        time("Nov 21, 5:41 PM"),
                        me("Hi, I tried \"Request refund\" in my orders and it says \"Error 5003: refund service unavailable\"."),
                        them("[Auto-reply] Due to high volume, responses may take up to 72 hours. Thank you for your patience."),
                        me("Can someone confirm my refund for order CPL-NH-0091273? It was ¥880."),
                        them("[Auto-reply] Due to high volume, responses may take up to 72 hours. Thank you for your patience.")));
        c.event("11-21 18:00", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "The merchant has been asked to respond within 48 hours.");
        c.event("11-22 09:00", SHOP, "MERCHANT_RESPONSE", "Refunds for the cancelled festival are being processed in batches. "
                + "No action is needed; please wait.");
        c.event("11-24 18:30", USER, "USER_RESPONSE", "Still nothing, and the refund button still errors out.");
        c.event("11-25 10:00", SUPERVISOR, "PLATFORM_PROACTIVE_INTERVENTION", "Mass cancellation: 1,240 complaints in 72 h "
                + "about Neon Harbor refunds; the merchant's refund service is down and its support answers only with "
                + "auto-replies. The platform intervenes in all affected orders.");
        c.intervention("11-25 10:00", InterventionTrigger.PROACTIVE,
                "Cancelled event: 1,240 refund complaints in 72 h, merchant refund service down");
        return c.state(CaseState.INTERVENTION_REQUESTED, "11-25 10:00", "11-26 10:00");
    }

    /** 120 · en · AWAITING_EVIDENCE: a gym branch closed a week after an annual membership was bought. */
    private SampleCase closedGymBranch() {
        SampleCase c = newCase(120, Lang.EN)
                .miniProgram("FitLab 24/7")
                .merchant("1901098835", "FitLab Fitness Management (Guangzhou) Co., Ltd.", "members@fitlab.example",
                        "020-8552****")
                .consumer("Ryan Lee", "137****0068")
                .order("FL-TH-2611-0452", "FitLab annual membership – Tianhe branch", 268800, "CNY", "11-10 19:45:00")
                .complaint("11-17 09:00", "SERVICE_NOT_PROVIDED", ProblemType.SERVICE_NOT_WORK,
                        "I bought an annual membership for the Tianhe branch on Nov 10. On Nov 15 the branch closed "
                                + "\"for renovation\" without any notice. The other branch is 15 km away. I want a refund for "
                                + "the unused months.", 258000L, 1);
        c.event("11-17 09:00", USER, "USER_CREATE_COMPLAINT", "Refund request: branch closed a week after purchase.");
        c.event("11-17 09:00", SYSTEM, "PLATFORM_NOTIFY_MERCHANT", "The merchant has been asked to respond within 48 hours.");
        c.event("11-17 18:20", SHOP, "MERCHANT_RESPONSE", "The Tianhe branch is under renovation. Members can use the "
                + "Zhujiang New Town branch, and we will extend memberships by the closure period.");
        c.event("11-18 08:30", USER, "USER_APPLY_PLATFORM_INTERVENTION", "The other branch is 15 km away; I want a refund.");
        c.intervention("11-18 08:30", InterventionTrigger.CONSUMER_REQUEST, "Branch closed a week after purchase; merchant refuses a refund");
        c.event("11-18 10:00", AGENT, "PLATFORM_ACCEPT_CASE", "Case accepted by platform customer service.");
        c.event("11-18 10:15", AGENT, "PLATFORM_REQUEST_EVIDENCE", "Requested the member's check-in records from the merchant.");
        String rqLog = c.request(MERCHANT, List.of(SERVICE_DELIVERY),
                "Upload the member's check-in records and the Tianhe branch's opening status since the purchase.",
                "11-18 10:15", "11-20 10:15", RequestStatus.ANSWERED, notice(EMAIL, "11-18 10:15:05", DELIVERED),
                notice(IN_APP, "11-18 10:15:02", DELIVERED));
        c.evidence(null, CONSUMER, COMMUNICATION_RECORD, "11-18 12:00", "My chat with FitLab.",
                chat(c, "chat-1.png", "11:56", "FitLab 24/7 Tianhe", avatar("Ryan", 5), new Avatar("F", new Color(0xD84315)),
                        time("Nov 15, 7:10 AM"),
                        me("The Tianhe branch door is locked and there's a sign saying closed for renovation. Nobody told us?"),
                        them("Hi Ryan, sorry for the inconvenience. The Tianhe branch is closed for renovation from today. You can use our Zhujiang New Town branch."),
                        me("That's 15 km from my home. How long is the renovation?"),
                        them("We expect to reopen in Q2 next year."),
                        me("That's five months. I paid for a year on Nov 10, I want a refund for the months I can't use."),
                        them("Annual memberships are non-refundable under the membership terms, but we can extend yours by the closure period.")));
        c.event("11-18 12:00", USER, "USER_UPLOAD_EVIDENCE", "Consumer uploaded the chat record.");
        c.evidence(rqLog, MERCHANT, SERVICE_DELIVERY, "11-19 16:00", "Check-in records of the member and branch status.",
                c.text("checkin-log.txt", """
                        FitLab 24/7 - member check-in export
                        Exported: 2026-11-19 15:52 by store manager (Zhujiang New Town)
                        Member: Ryan Lee, card no. FL-0452-****, phone 137****0068
                        Plan: Annual membership, Tianhe branch, valid 2026-11-10 to 2027-11-09
                        Paid: CNY 2,688.00 on 2026-11-10 19:45 (order FL-TH-2611-0452)

                        Date        Time   Branch              Door   Result
                        2026-11-10  20:02  Tianhe              D1     IN
                        2026-11-10  21:31  Tianhe              D1     OUT
                        2026-11-12  07:05  Tianhe              D1     IN
                        2026-11-12  08:12  Tianhe              D1     OUT
                        2026-11-14  19:48  Tianhe              D1     IN
                        2026-11-14  21:02  Tianhe              D1     OUT
                        2026-11-15  07:08  Tianhe              D1     DENIED (branch closed)

                        Branch status, Tianhe:
                        2026-11-15 00:00  CLOSED_RENOVATION (expected reopening: 2027 Q2)
                        Member notice of closure: posted at the branch entrance on 2026-11-15.
                        """));
        c.event("11-19 16:00", SHOP, "MERCHANT_UPLOAD_EVIDENCE", "Merchant uploaded the check-in records.");
        c.event("11-19 16:00", SYSTEM, "EVIDENCE_COMPLETE", "All requested evidence received; back to review.");
        c.event("11-24 09:00", AGENT, "PLATFORM_REQUEST_EVIDENCE", "Requested the payment record from the consumer.");
        c.request(CONSUMER, List.of(PAYMENT_RECORD), "Upload the payment record of the membership (the bill details page).",
                "11-24 09:00", "11-26 09:00", RequestStatus.OPEN, notice(IN_APP, "11-24 09:00:02", SENT),
                notice(SMS, "11-24 09:00:04", DELIVERED));
        c.event("11-24 14:00", AGENT, "PLATFORM_REQUEST_EVIDENCE", "Requested the membership terms and the closure notice from the merchant.");
        c.request(MERCHANT, List.of(POLICY, OTHER),
                "Upload the membership terms shown at purchase and any notice of the Tianhe closure given to members "
                        + "before Nov 15.", "11-24 14:00", "11-26 14:00", RequestStatus.OPEN,
                notice(EMAIL, "11-24 14:00:06", SENT), notice(IN_APP, "11-24 14:00:02", DELIVERED));
        return c.state(CaseState.AWAITING_EVIDENCE, "11-24 09:00", "11-26 09:00");
    }
}
