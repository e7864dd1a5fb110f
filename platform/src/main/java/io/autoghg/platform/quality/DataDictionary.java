package io.autoghg.platform.quality;

import io.autoghg.accounting.catalogue.CollectionMethod;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.parameter.GwpSet;
import io.autoghg.platform.evidence.EvidenceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data dictionary (业务字典, 6.4.3.3 a): every table and field of the service's database with
 * English and Chinese descriptions, and every code the data use. Column types come from the
 * database itself when the dictionary is served; the descriptions live here.
 */
final class DataDictionary {
    private DataDictionary() {
    }

    /** A table: its owning module and descriptions, and its columns in order. */
    record Table(String name, String module, String en, String zh, List<Column> columns) {
    }

    /** A column: its name, SQL type (filled from the database), nullability and descriptions. */
    record Column(String name, String type, Boolean nullable, String en, String zh) {
        Column withType(String type, boolean nullable) {
            return new Column(name, type, nullable, en, zh);
        }
    }

    /** A code of a code list (source types, statuses, rules …) with its descriptions. */
    record Code(String list, String code, String en, String zh) {
    }

    /** The whole dictionary as served. */
    record Dictionary(List<Table> tables, List<Code> codes) {
    }

    private static final List<Table> TABLES = new ArrayList<>();

    private static TableBuilder table(String name, String module, String en, String zh) {
        return new TableBuilder(name, module, en, zh);
    }

    private static final class TableBuilder {
        private final String name;
        private final String module;
        private final String en;
        private final String zh;
        private final List<Column> columns = new ArrayList<>();

        TableBuilder(String name, String module, String en, String zh) {
            this.name = name;
            this.module = module;
            this.en = en;
            this.zh = zh;
        }

        TableBuilder col(String column, String en, String zh) {
            columns.add(new Column(column, null, null, en, zh));
            return this;
        }

        void add() {
            TABLES.add(new Table(name, module, en, zh, List.copyOf(columns)));
        }
    }

    static {
        table("plant_group", "organisation", "the owner that consolidates plants", "合并多个工厂的集团").col("id", "key", "主键")
                .col("code", "group code (unique)", "集团代码（唯一）").col("name", "name", "名称").add();
        table("plant", "organisation", "a plant and its boundary", "工厂及其边界").col("id", "key", "主键")
                .col("group_id", "group (→ plant_group), optional", "所属集团（→ plant_group），可空")
                .col("code", "plant code (unique)", "工厂代码（唯一）").col("name", "name", "名称")
                .col("timezone", "IANA time zone; periods are the plant's local days", "IANA 时区；期间为工厂本地日期")
                .col("gwp", "GWP set: AR4, AR5, AR6", "全球变暖潜势值版本：AR4、AR5、AR6")
                .col("boundary_approach", "organisational boundary approach", "组织边界方法")
                .col("equity_share_pct", "equity share in % (equity-share approach only)", "股权比例 %（仅股权比例法）")
                .col("created_at", "when the plant was created (UTC)", "创建时间（UTC）").add();
        table("org_unit", "organisation", "organisational unit: shop, utility, site-wide", "组织单元：车间、公用动力、厂区公共")
                .col("id", "key", "主键").col("plant_id", "plant (→ plant)", "工厂（→ plant）").col("code", "code (unique per plant)", "代码（厂内唯一）")
                .col("name", "name (English)", "名称（英文）").col("name_zh", "name (Chinese)", "名称（中文）").col("kind", "kind", "类别").add();
        table("equipment", "organisation", "equipment: boiler, oven, chiller, generator …", "设备：锅炉、烘炉、冷水机组、发电机等")
                .col("id", "key", "主键").col("plant_id", "plant (→ plant)", "工厂（→ plant）")
                .col("org_unit_id", "organisational unit (→ org_unit), optional", "组织单元（→ org_unit），可空")
                .col("code", "code (unique per plant)", "代码（厂内唯一）").col("name", "name", "名称").col("kind", "kind", "类别").add();
        table("meter", "organisation", "a measurement point", "计量点（仪表）").col("id", "key", "主键")
                .col("plant_id", "plant (→ plant)", "工厂（→ plant）")
                .col("org_unit_id", "organisational unit (→ org_unit), optional", "组织单元（→ org_unit），可空")
                .col("equipment_id", "equipment (→ equipment), optional", "设备（→ equipment），可空")
                .col("code", "meter code (unique per plant)", "仪表代码（厂内唯一）").col("measures", "what it measures", "计量对象")
                .col("unit", "unit symbol of its readings", "读数单位").col("serial_number", "serial number", "出厂编号")
                .col("accuracy_class", "accuracy class", "准确度等级").add();
        table("calibration", "organisation", "calibration or repair record of a meter", "仪表检定/校准或维修记录")
                .col("id", "key", "主键").col("meter_id", "meter (→ meter)", "仪表（→ meter）")
                .col("calibrated_on", "date of calibration", "检定日期").col("due_on", "next calibration due (after calibrated_on)", "下次检定到期日")
                .col("result", "PASSED, ADJUSTED, FAILED or REPAIRED", "合格、调整、不合格或维修")
                .col("certificate", "certificate reference", "证书编号").col("recorded_at", "when it was recorded (UTC)", "记录时间（UTC）").add();
        table("emission_source", "source", "an emission source: a catalogue type in a plant", "排放源：工厂中的一个目录类型实例")
                .col("id", "key", "主键").col("plant_id", "plant (→ plant)", "工厂（→ plant）")
                .col("org_unit_id", "organisational unit (→ org_unit), optional", "组织单元（→ org_unit），可空")
                .col("code", "source code (unique per plant)", "排放源代码（厂内唯一）").col("type", "catalogue type (source type code)", "目录类型（排放源类型代码）")
                .col("name", "name", "名称").col("collection_method", "how its data are collected", "数据采集方式")
                .col("frequency", "expected frequency of its data: DAY, MONTH, EVENT", "数据预期频率：日、月、事件")
                .col("screening_estimate_tco2e", "screening estimate in t CO2e a year (ranks data collection)", "筛选估算（t CO2e/年，用于数据采集排序）")
                .col("created_at", "when the source was created (UTC)", "创建时间（UTC）").add();
        table("source_parameter", "source", "a parameter override of a source", "排放源参数覆盖值").col("source_id", "source (→ emission_source)", "排放源（→ emission_source）")
                .col("name", "parameter name", "参数名").col("value_text", "value with unit as written (\"0.038931 GJ/Nm3\")", "带单位的参数值文本").add();
        table("source_meter", "source", "which meters feed a source", "排放源对应的仪表").col("source_id", "source (→ emission_source)", "排放源（→ emission_source）")
                .col("meter_id", "meter (→ meter)", "仪表（→ meter）").add();
        table("import_batch", "imports", "one accepted import file", "一个已接受的导入文件").col("id", "key", "主键")
                .col("plant_id", "plant (→ plant)", "工厂（→ plant）").col("file_name", "file name", "文件名")
                .col("kind", "PLANT_YAML, ACTIVITY_CSV or ACTIVITY_XLSX", "文件类别").col("sha256", "SHA-256 of the file's bytes", "文件内容的 SHA-256")
                .col("rows_accepted", "rows (sources for a plant file) accepted", "接受的行数（工厂文件为排放源数）")
                .col("imported_by", "actor who imported it", "导入人").col("imported_at", "when (UTC)", "导入时间（UTC）").add();
        table("activity_datum", "activity", "one quantity of one source over one period, with provenance", "某排放源某期间的活动数据及其来源")
                .col("id", "key", "主键").col("plant_id", "plant (→ plant)", "工厂（→ plant）").col("source_id", "source (→ emission_source)", "排放源（→ emission_source）")
                .col("period_start", "first day of the period", "期间开始日").col("period_end", "day after the period (exclusive)", "期间结束日（不含）")
                .col("quantity", "quantity (≥ 0, exact decimal)", "数量（≥ 0，精确小数）").col("unit", "unit symbol", "单位")
                .col("item", "method input ('' = main input)", "方法输入项（空 = 主输入）").col("uncertainty_pct", "uncertainty ±% (95 %)", "不确定度 ±%（95 %）")
                .col("status", "DRAFT, SUBMITTED or CORRECTED", "草稿、已提交或已更正").col("collection_method", "how it was collected", "采集方式")
                .col("entered_by", "actor who entered it", "录入人").col("entered_at", "when it was entered (UTC)", "录入时间（UTC）")
                .col("origin_file", "file it came from", "来源文件").col("origin_row", "row in that file", "来源文件行号")
                .col("origin_meter", "meter it was read from", "读数来源仪表").col("import_id", "import batch (→ import_batch)", "导入批次（→ import_batch）")
                .col("corrects_id", "the datum this one corrects (→ activity_datum)", "被本条更正的数据（→ activity_datum）")
                .col("correction_reason", "why it was corrected", "更正原因").col("evidence_refs", "evidence references (text)", "凭证编号（文本）")
                .col("note", "note", "备注").col("estimation_method", "method that estimated it (null = read or entered)", "估算方法（空 = 实测或录入）").add();
        table("production_volume", "activity", "vehicles produced per month", "每月整车产量").col("plant_id", "plant (→ plant)", "工厂（→ plant）")
                .col("month", "the month (its first day)", "月份（当月第一天）").col("vehicles", "vehicles produced", "产量（辆）").add();
        table("inventory_version", "inventory", "one computed inventory of a plant-year", "某工厂某年度的一版已计算清单")
                .col("id", "key", "主键").col("plant_id", "plant (→ plant)", "工厂（→ plant）").col("year", "reporting year", "报告年度")
                .col("version", "version number (1, 2, … per plant and year)", "版本号（每工厂每年 1、2、…）").col("gwp", "GWP set used", "所用 GWP 版本")
                .col("inputs_hash", "SHA-256 of the canonical inputs", "规范化输入的 SHA-256").col("inputs", "snapshot of the inputs (JSON)", "输入快照（JSON）")
                .col("result", "the JSON result with its trace, as written", "含计算过程的 JSON 结果（原样）")
                .col("total_tco2e", "total in t CO2e (unrounded)", "总排放量 t CO2e（未舍入）")
                .col("computed_at", "when it was computed (UTC)", "计算时间（UTC）").col("computed_by", "actor who computed it", "计算人").add();
        table("api_token", "security", "API tokens of people, machines and automation", "人员、设备和自动化程序的 API 令牌").col("id", "key", "主键")
                .col("name", "token name", "令牌名称").col("token_hash", "SHA-256 of the secret (the secret is never stored)", "密钥的 SHA-256（不存储密钥本身）")
                .col("role", "role", "角色").col("created_at", "when it was created (UTC)", "创建时间（UTC）")
                .col("group_code", "scope: the group the token is limited to", "范围：令牌限定的集团")
                .col("plant_code", "scope: the plant the token is limited to", "范围：令牌限定的工厂")
                .col("year", "scope: the reporting year the token is limited to", "范围：令牌限定的报告年度")
                .col("last_used_at", "when it was last used (UTC, to the minute)", "最近使用时间（UTC，精确到分钟）")
                .col("revoked_at", "when it was revoked (null = active)", "吊销时间（空 = 有效）").add();
        table("user_account", "security", "a person's account (local password or OpenID Connect)", "人员账号（本地密码或 OpenID Connect）")
                .col("id", "key", "主键").col("username", "sign-in name (lower case)", "登录名（小写）").col("display_name", "name shown", "显示名称")
                .col("email_enc", "e-mail address, encrypted at rest (AES-256-GCM)", "电子邮箱（静态加密，AES-256-GCM）")
                .col("password_hash", "Argon2id hash of the password (null = OpenID Connect only)", "密码的 Argon2id 散列（空 = 仅 OpenID Connect）")
                .col("oidc_subject", "subject at the identity provider", "身份提供方中的主体标识")
                .col("must_change_password", "the password was set for one use", "密码仅限使用一次，须修改")
                .col("failed_logins", "failed sign-ins in a row", "连续登录失败次数")
                .col("locked_until", "locked until (UTC) after too many failures", "因失败次数过多锁定至（UTC）")
                .col("disabled_at", "when it was disabled", "停用时间").col("created_at", "when it was created (UTC)", "创建时间（UTC）")
                .col("last_login_at", "last sign-in (UTC)", "最近登录时间（UTC）").add();
        table("role_grant", "security", "a role granted to an account within a scope", "授予账号在某范围内的角色")
                .col("id", "key", "主键").col("user_id", "account (→ user_account)", "账号（→ user_account）").col("role", "role", "角色")
                .col("group_code", "scope: group", "范围：集团").col("plant_code", "scope: plant", "范围：工厂")
                .col("year", "scope: reporting year (with the plant)", "范围：报告年度（与工厂一起）")
                .col("granted_by", "actor who granted it", "授权人").col("granted_at", "when (UTC)", "授权时间（UTC）").add();
        table("audit_event", "security", "the audit log, a hash chain of its own", "审计日志（独立的哈希链）")
                .col("seq", "position in the chain", "链中序号").col("at", "when (UTC)", "时间（UTC）").col("actor", "who", "操作人")
                .col("action", "LOGIN, LOGIN_FAILED, LOCKED, CHANGE, EXPORT, DENIED …", "动作：LOGIN、LOGIN_FAILED、LOCKED、CHANGE、EXPORT、DENIED 等")
                .col("target", "what (path or scope)", "对象（路径或范围）").col("outcome", "OK, DENIED or FAILED", "结果：OK、DENIED 或 FAILED")
                .col("remote_addr", "from where (client address)", "来源地址").col("details", "canonical JSON: request, response, status", "规范化 JSON：请求、响应、状态")
                .col("prev_hash", "hash of the entry before", "前一条的哈希").col("hash", "SHA-256 over this entry and prev_hash", "本条与前一哈希的 SHA-256").add();
        table("evidence", "evidence", "an evidence file (content-addressed by SHA-256) and what it documents",
                "凭证文件（按 SHA-256 内容寻址）及其记载内容").col("id", "key", "主键").col("plant_id", "plant (→ plant)", "工厂（→ plant）")
                .col("sha256", "SHA-256 of the file (one record per distinct file and plant)", "文件的 SHA-256（每个工厂每个文件一条）")
                .col("file_name", "file name as uploaded", "上传文件名").col("content_type", "media type", "文件类型（MIME）")
                .col("size_bytes", "size in bytes", "字节数").col("type", "evidence type", "凭证类型")
                .col("period_start", "first day of the period it documents", "所记载期间开始日")
                .col("period_end", "day after that period (exclusive)", "所记载期间结束日（不含）").col("issuer", "issuer", "出具方")
                .col("amount", "amount it states", "所载数量/金额").col("amount_unit", "unit of the amount", "数量/金额单位")
                .col("uploaded_by", "actor who uploaded it", "上传人").col("uploaded_at", "when (UTC)", "上传时间（UTC）").add();
        table("activity_evidence", "evidence", "which evidence backs which activity datum", "凭证与活动数据的关联")
                .col("datum_id", "activity datum (→ activity_datum)", "活动数据（→ activity_datum）")
                .col("evidence_id", "evidence (→ evidence)", "凭证（→ evidence）").add();
        table("quality_rule_setting", "quality", "data-quality rule settings per plant, source or meter", "按工厂、排放源或仪表配置的数据质量规则")
                .col("id", "key", "主键").col("plant_id", "plant (→ plant)", "工厂（→ plant）").col("rule", "rule code", "规则代码")
                .col("source_id", "source (→ emission_source); null = every source", "排放源（→ emission_source）；空 = 全部排放源")
                .col("meter_id", "meter (→ meter); the main meter for the sub-meter rule", "仪表（→ meter）；分表规则中为总表")
                .col("enabled", "whether the rule runs for this scope", "该范围内是否启用规则")
                .col("min_value", "range rule: minimum", "范围规则：最小值").col("max_value", "range rule: maximum", "范围规则：最大值")
                .col("unit", "range rule: unit of minimum and maximum", "范围规则：最小/最大值的单位")
                .col("threshold", "the rule's limit (factor, days, z-score or tolerance %)", "规则阈值（倍数、天数、z 值或容差 %）")
                .col("sub_meter_ids", "sub-meter rule: the sub-meters (meter ids)", "分表规则：分表（仪表 id）")
                .col("sub_meter_coverage", "sub-meter rule: COMPLETE or PARTIAL", "分表规则：完全覆盖或部分覆盖")
                .col("note", "note", "备注").col("updated_by", "actor who last changed it", "最后修改人")
                .col("updated_at", "when it was last changed (UTC)", "最后修改时间（UTC）").add();
        table("ledger_entry", "ledger", "hash chain of accounting events per plant (docs/ledger.md)", "每个工厂核算事件的哈希链（docs/ledger.md）")
                .col("seq", "position in the chain (one sequence for all plants)", "链中序号（所有工厂共用一个序列）")
                .col("plant_id", "plant (→ plant)", "工厂（→ plant）").col("kind", "event kind, e.g. datum.created", "事件类型，如 datum.created")
                .col("subject", "<year>/<thing>/<id>; the year decides the seal", "<年度>/<对象>/<编号>；年度决定所属封存")
                .col("payload", "the event as canonical JSON", "事件内容（规范化 JSON）").col("recorded_at", "when it was recorded (UTC)", "记录时间（UTC）")
                .col("prev_hash", "hash of the plant's previous entry (64 zeros for the first)", "本工厂上一条的哈希（首条为 64 个 0）")
                .col("hash", "SHA-256 of prev_hash, payload, kind, subject and recorded_at", "prev_hash、内容、类型、对象和记录时间的 SHA-256").add();
        table("ledger_seal", "ledger", "signed Merkle root over a plant-year's ledger entries", "某工厂某年度账本条目的已签名默克尔根")
                .col("id", "key", "主键").col("plant_id", "plant (→ plant)", "工厂（→ plant）").col("year", "reporting year", "报告年度")
                .col("merkle_root", "Merkle root of the sealed entries' hashes", "封存条目哈希的默克尔根")
                .col("first_seq", "first sealed entry", "第一条封存条目").col("last_seq", "last sealed entry", "最后一条封存条目")
                .col("entries", "number of sealed entries", "封存条目数").col("sealed_at", "when it was sealed (UTC)", "封存时间（UTC）")
                .col("signature", "Ed25519 signature (base64)", "Ed25519 签名（base64）")
                .col("public_key", "the plant's public key used (X.509, base64)", "所用工厂公钥（X.509，base64）").add();
        table("ledger_key", "ledger", "the plant's Ed25519 signing key pair", "工厂的 Ed25519 签名密钥对")
                .col("plant_id", "plant (→ plant)", "工厂（→ plant）").col("public_key", "public key (X.509)", "公钥（X.509）")
                .col("private_key", "private key (PKCS#8; to be encrypted at rest)", "私钥（PKCS#8；待静态加密）")
                .col("created_at", "when it was created (UTC)", "创建时间（UTC）").add();
        table("reading", "readings", "raw meter readings, partitioned by month (docs/readings.md)", "仪表原始读数，按月分区（docs/readings.md）")
                .col("meter_id", "meter (→ meter)", "仪表（→ meter）").col("ts", "the reading's instant", "读数时刻")
                .col("value", "value in the meter's unit", "数值（仪表单位）").col("quality", "GOOD, UNCERTAIN or BAD", "质量标志：GOOD、UNCERTAIN 或 BAD")
                .col("origin", "http, mqtt, file or gateway:<name>", "来源：http、mqtt、file 或 gateway:<名称>")
                .col("received_at", "when the service stored it (UTC)", "接收时间（UTC）").add();
        table("reading_correction", "readings", "a stored reading replaced by a different value, kept", "被不同数值替换的读数（保留）")
                .col("id", "key", "主键").col("meter_id", "meter (→ meter)", "仪表（→ meter）").col("ts", "the reading's instant", "读数时刻")
                .col("value", "the replaced value", "被替换的数值").col("quality", "its quality flag", "其质量标志").col("origin", "its origin", "其来源")
                .col("received_at", "when it had come (UTC)", "其接收时间（UTC）").col("replaced_at", "when it was replaced (UTC)", "替换时间（UTC）")
                .col("replaced_by_origin", "origin of the new value", "新数值的来源").add();
        table("reading_rollup_15m", "readings", "consumption per meter and 15 minutes", "每个仪表每 15 分钟的用量")
                .col("meter_id", "meter (→ meter)", "仪表（→ meter）").col("bucket", "start of the quarter hour", "15 分钟起点")
                .col("consumption", "consumption in the meter's unit", "用量（仪表单位）").col("readings", "raw readings in it", "其中原始读数条数").add();
        table("reading_rollup_day", "readings", "consumption per meter and local day", "每个仪表每个本地日的用量")
                .col("meter_id", "meter (→ meter)", "仪表（→ meter）").col("day", "the plant's local day", "工厂本地日期")
                .col("consumption", "consumption in the meter's unit", "用量（仪表单位）").col("readings", "raw readings in it", "其中原始读数条数").add();
        table("reading_rollup_month", "readings", "consumption per meter and local month", "每个仪表每个本地月的用量")
                .col("meter_id", "meter (→ meter)", "仪表（→ meter）").col("month", "first day of the month", "月份首日")
                .col("consumption", "consumption in the meter's unit", "用量（仪表单位）").col("readings", "raw readings in it", "其中原始读数条数").add();
        table("meter_register", "readings", "how a meter's readings count", "仪表读数的计量方式")
                .col("meter_id", "meter (→ meter)", "仪表（→ meter）")
                .col("kind", "INTERVAL (consumption per interval) or CUMULATIVE (register)", "INTERVAL（区间用量）或 CUMULATIVE（累计寄存器）")
                .col("rollover", "value at which the register wraps to zero", "寄存器归零翻转值")
                .col("updated_at", "when it was last changed (UTC)", "最后修改时间（UTC）").col("updated_by", "actor who changed it", "修改人").add();
        table("meter_replacement", "readings", "a cumulative meter replaced", "累计型仪表更换记录")
                .col("id", "key", "主键").col("meter_id", "meter (→ meter)", "仪表（→ meter）").col("replaced_at", "when it was replaced", "更换时刻")
                .col("final_reading", "the old register's last value", "旧表末次读数").col("first_reading", "the new register's first value", "新表首次读数")
                .col("note", "note", "备注").col("recorded_by", "actor who recorded it", "记录人").col("recorded_at", "when it was recorded (UTC)", "记录时间（UTC）").add();
        table("meter_ingest_status", "readings", "per meter: latest reading, counts, last problem", "每个仪表的最新读数、计数和最近问题")
                .col("meter_id", "meter (→ meter)", "仪表（→ meter）").col("last_ts", "instant of the latest reading", "最新读数时刻")
                .col("last_value", "its value", "其数值").col("last_received", "when a reading last came (UTC)", "最近接收时间（UTC）")
                .col("readings", "readings accepted", "已接收读数").col("rejected", "readings rejected", "已拒收读数")
                .col("last_error", "the last problem", "最近问题").col("last_error_at", "when it happened (UTC)", "发生时间（UTC）").add();
        table("reading_activity_sync", "readings", "METERED activity data derived from rollups, per source, item and period",
                "由汇总生成的计量活动数据（按排放源、项目和期间）")
                .col("plant_id", "plant (→ plant)", "工厂（→ plant）").col("source_id", "source (→ emission_source)", "排放源（→ emission_source）")
                .col("item", "method input", "方法输入项").col("period_start", "first day", "起始日").col("period_end", "day after the last", "结束日（不含）")
                .col("status", "PENDING, DONE or REFUSED", "PENDING、DONE 或 REFUSED").col("datum_id", "the datum written", "已写入的活动数据")
                .col("quantity", "its quantity", "其数量").col("unit", "its unit", "其单位").col("message", "what happened or why refused", "处理结果或拒绝原因")
                .col("updated_at", "when it last changed (UTC)", "最后修改时间（UTC）").add();
    }

    /** The described tables (columns without types). */
    static List<Table> describedTables() {
        return TABLES;
    }

    static List<Code> codes(List<Code> extra) {
        List<Code> codes = new ArrayList<>();
        for (SourceType type : SourceType.values()) {
            codes.add(new Code("source type", type.code(), type.nameEn() + " (" + type.scope() + ", " + type.method() + ", "
                    + type.frequency() + ")", type.nameZh()));
        }
        for (CollectionMethod method : CollectionMethod.values()) {
            codes.add(new Code("collection method", method.name(), method.descriptionEn(), method.descriptionZh()));
        }
        list(codes, "frequency", "DAY", "data every day", "每日数据", "MONTH", "data every month", "每月数据",
                "EVENT", "data when something happens (refills, releases)", "事件发生时的数据（充装、泄漏）");
        list(codes, "activity status", "DRAFT", "kept but not accounted until submitted", "已保存，提交前不参与核算",
                "SUBMITTED", "accounted", "参与核算", "CORRECTED", "replaced by a correction; kept", "已被更正替换，保留原值");
        list(codes, "calibration result", "PASSED", "passed", "合格", "ADJUSTED", "adjusted", "已调整", "FAILED", "failed", "不合格",
                "REPAIRED", "repaired", "已维修");
        list(codes, "boundary approach", "OPERATIONAL_CONTROL", "operational control", "运营控制权法",
                "FINANCIAL_CONTROL", "financial control", "财务控制权法", "EQUITY_SHARE", "equity share", "股权比例法");
        for (GwpSet gwp : GwpSet.values()) {
            codes.add(new Code("GWP set", gwp.name(), gwp.name() + " global warming potentials", "IPCC " + gwp.name() + " 全球变暖潜势值"));
        }
        list(codes, "import kind", "PLANT_YAML", "plant file (YAML)", "工厂文件（YAML）", "ACTIVITY_CSV", "activity data (CSV)",
                "活动数据（CSV）", "ACTIVITY_XLSX", "activity data (XLSX workbook)", "活动数据（XLSX 工作簿）");
        list(codes, "token role", "ADMINISTRATOR", "administrator", "系统管理员", "PLANT_ENGINEER", "plant engineer", "工厂工程师",
                "DATA_ENTRY", "data entry", "数据录入员", "ACCOUNTANT", "carbon accountant", "碳核算员", "PLANT_MANAGER", "plant manager",
                "工厂经理", "VERIFIER", "verifier", "核查员", "GROUP_VIEWER", "group viewer", "集团查看者", "GATEWAY", "edge gateway", "边缘网关");
        for (QualityRule rule : QualityRule.values()) {
            codes.add(new Code("quality rule", rule.code(), rule.descriptionEn() + " [" + rule.dimension().name().toLowerCase(java.util.Locale.ROOT)
                    + ", " + rule.severity().code() + "; settings: " + rule.settings() + "]", rule.descriptionZh()));
        }
        list(codes, "quality severity", "error", "wrong data; counts against the score", "错误数据，计入评分",
                "warning", "suspicious data; counts against the score", "可疑数据，计入评分", "info", "for information; not scored", "提示，不计入评分");
        list(codes, "quality dimension (GB/T 36344)", "completeness", "share of expected periods with data", "完整性：有数据的预期期间占比",
                "accuracy", "share of data not flagged by range, anomaly, plausibility or calibration rules", "准确性：未被范围、异常、合理性或检定规则标记的数据占比",
                "consistency", "share of data not flagged by cross-checks or duplicates", "一致性：未被交叉核对或重复规则标记的数据占比",
                "timeliness", "share of data entered within N days after their period ended", "及时性：期间结束后 N 日内录入的数据占比");
        GapFilling.METHODS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(method -> codes.add(new Code("gap-filling method",
                method.getKey(), "estimated rows carry \"" + method.getValue() + "\"", switch (method.getKey()) {
                    case "linear" -> "线性插值";
                    case "same-day-last-week" -> "上周同日";
                    default -> "按产量（整车）回归";
                })));
        Map<String, String[]> evidence = Map.of(
                "INVOICE", new String[] {"invoice", "发票"}, "STOCK_REPORT", new String[] {"stock report", "库存报表"},
                "PURCHASE_REPORT", new String[] {"purchase report", "采购报表"}, "METER_PHOTO", new String[] {"meter photo", "仪表照片"},
                "CALIBRATION_CERTIFICATE", new String[] {"calibration certificate", "检定/校准证书"},
                "CONTRACT", new String[] {"contract", "合同"}, "GREEN_CERTIFICATE", new String[] {"green electricity certificate", "绿色电力证书"},
                "OTHER", new String[] {"other document", "其他凭证"});
        for (EvidenceType type : EvidenceType.values()) {
            String[] text = evidence.getOrDefault(type.name(), new String[] {type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), ""});
            codes.add(new Code("evidence type", type.name(), text[0], text[1]));
        }
        codes.addAll(extra);
        return codes;
    }

    private static void list(List<Code> codes, String list, String... triples) {
        for (int i = 0; i < triples.length; i += 3) {
            codes.add(new Code(list, triples[i], triples[i + 1], triples[i + 2]));
        }
    }

    /** Columns of a table by name, for filling in the database's types. */
    static Map<String, Table> byName() {
        Map<String, Table> map = new LinkedHashMap<>();
        TABLES.forEach(table -> map.put(table.name(), table));
        return map;
    }
}
