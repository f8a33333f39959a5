package org.lurewatch.warnings.feeds;

import java.util.Map;

import org.lurewatch.common.Language;
import org.lurewatch.warnings.Category;

/** The few fixed texts of the feeds, in every language of the portal. */
final class FeedTexts {

    private static final Map<Category, Map<Language, String>> EVENTS = Map.of(
            Category.JOB_OFFER, Map.of(
                    Language.en, "Fake job offer (trafficking lure)",
                    Language.zh, "虚假招聘（人口贩卖诱骗）",
                    Language.th, "ข้อเสนองานปลอม (กลลวงค้ามมนุษย์)",
                    Language.vi, "Lời mời việc làm giả (chiêu dụ buôn người)",
                    Language.lo, "ການສະເໜີວຽກປອມ (ກົນລວງຄ້າມະນຸດ)",
                    Language.km, "ការផ្តល់ការងារក្លែងក្លាយ (ល្បិចជួញដូរមនុស្ស)",
                    Language.my, "အလုပ်ခေါ်စာ အတု (လူကုန်ကူးမှု လှည့်ကွက်)"),
            Category.TRAVEL_OFFER, Map.of(
                    Language.en, "Fake travel offer (trafficking lure)",
                    Language.zh, "虚假旅行邀约（人口贩卖诱骗）",
                    Language.th, "ข้อเสนอท่องเที่ยวปลอม (กลลวงค้ามมนุษย์)",
                    Language.vi, "Lời mời du lịch giả (chiêu dụ buôn người)",
                    Language.lo, "ການສະເໜີທ່ອງທ່ຽວປອມ (ກົນລວງຄ້າມະນຸດ)",
                    Language.km, "ការផ្តល់ដំណើរកម្សាន្តក្លែងក្លាយ (ល្បិចជួញដូរមនុស្ស)",
                    Language.my, "ခရီးသွားခေါ်စာ အတု (လူကုန်ကူးမှု လှည့်ကွက်)"),
            Category.MARRIAGE_OFFER, Map.of(
                    Language.en, "Fake marriage offer (trafficking lure)",
                    Language.zh, "虚假婚姻介绍（人口贩卖诱骗）",
                    Language.th, "ข้อเสนอแต่งงานปลอม (กลลวงค้ามมนุษย์)",
                    Language.vi, "Mai mối hôn nhân giả (chiêu dụ buôn người)",
                    Language.lo, "ການສະເໜີແຕ່ງງານປອມ (ກົນລວງຄ້າມະນຸດ)",
                    Language.km, "ការផ្តល់អាពាហ៍ពិពាហ៍ក្លែងក្លាយ (ល្បិចជួញដូរមនុស្ស)",
                    Language.my, "လက်ထပ်ရန် ကမ်းလှမ်းချက် အတု (လူကုန်ကူးမှု လှည့်ကွက်)"),
            Category.OTHER, Map.of(
                    Language.en, "Trafficking lure",
                    Language.zh, "人口贩卖诱骗",
                    Language.th, "กลลวงค้ามมนุษย์",
                    Language.vi, "Chiêu dụ buôn người",
                    Language.lo, "ກົນລວງຄ້າມະນຸດ",
                    Language.km, "ល្បិចជួញដូរមនុស្ស",
                    Language.my, "လူကုန်ကူးမှု လှည့်ကွက်"));

    private static final Map<Language, String> INSTRUCTIONS = Map.of(
            Language.en, "Do not pay recruitment fees, do not hand over your passport, and check the recruiter's "
                    + "licence. If someone is in danger, call the police.",
            Language.zh, "不要支付招聘费用，不要交出护照，核实招聘机构的执照。如有人身处危险，请报警。",
            Language.th, "อย่าจ่ายค่าหัวคิว อย่ามอบหนังสือเดินทางให้ใคร และตรวจสอบใบอนุญาตของบริษัทจัดหางาน "
                    + "หากมีผู้ตกอยู่ในอันตราย โทรแจ้งตำรวจ",
            Language.vi, "Không trả phí tuyển dụng, không giao hộ chiếu và hãy kiểm tra giấy phép của đơn vị tuyển dụng. "
                    + "Nếu có người gặp nguy hiểm, hãy gọi công an.",
            Language.lo, "ຢ່າຈ່າຍຄ່າບໍລິການຈັດຫາງານ, ຢ່າມອບໜັງສືຜ່ານແດນໃຫ້ໃຜ ແລະ ກວດສອບໃບອະນຸຍາດຂອງບໍລິສັດຈັດຫາງານ. "
                    + "ຖ້າມີຄົນຕົກຢູ່ໃນອັນຕະລາຍ ໃຫ້ໂທຫາຕຳຫຼວດ.",
            Language.km, "កុំបង់ថ្លៃជ្រើសរើសបុគ្គលិក កុំប្រគល់លិខិតឆ្លងដែនរបស់អ្នក ហើយពិនិត្យអាជ្ញាប័ណ្ណរបស់ភ្នាក់ងារជ្រើសរើស។ "
                    + "ប្រសិនបើមាននរណាម្នាក់ស្ថិតក្នុងគ្រោះថ្នាក់ សូមទូរស័ព្ទទៅប៉ូលិស។",
            Language.my, "အလုပ်ရှာဖွေရေး အခကြေးငွေ မပေးပါနှင့်၊ နိုင်ငံကူးလက်မှတ်ကို မအပ်ပါနှင့်၊ အေဂျင်စီ၏ လိုင်စင်ကို "
                    + "စစ်ဆေးပါ။ တစ်စုံတစ်ယောက် အန္တရာယ်ရှိနေပါက ရဲကို ဖုန်းဆက်ပါ။");

    private FeedTexts() {
    }

    static String event(Category category, Language lang) {
        return EVENTS.get(category).get(lang);
    }

    static String instruction(Language lang) {
        return INSTRUCTIONS.get(lang);
    }
}
